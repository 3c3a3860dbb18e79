"""API keys: random tokens shown once, kept only as SHA-256 hashes.

A key is 32 random bytes, so a fast hash is enough: there is nothing to guess from
the hash, unlike a password. The keys file holds one JSON object per line (name,
hash, created) and is created readable by its owner only.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ResourceError

PREFIX = "sr_"


def hash_key(key: str) -> str:
    return "sha256:" + hashlib.sha256(key.strip().encode("utf-8")).hexdigest()


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def read_key_hashes(path: Path | None) -> set[str]:
    if path is None or not path.exists():
        return set()
    out: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.add(str(json.loads(line)["hash"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ResourceError(f"keys file line {n} is not a key record", where=str(path),
                                hint="remove the line or recreate the key with 'sitroom keys create'") from exc
    return out


def create_key(path: Path, name: str) -> str:
    """Append a new key's hash to ``path`` and return the key itself (shown once, never stored)."""
    key = new_key()
    record = {"name": name, "hash": hash_key(key), "created": datetime.now(UTC).isoformat(timespec="seconds")}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    return key
