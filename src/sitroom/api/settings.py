"""What ``sitroom serve`` runs with: the store, the address, the keys and the limits.

Read once when the app is built (``ApiSettings.load``), so a test can build an app
with its own settings and a server never changes them while it runs.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from .keys import hash_key, read_key_hashes


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


DEFAULT_MAX_BODY = 5_000_000


def default_keys_file(db_url: str) -> Path:
    """Keys live beside a SQLite store (``sitroom.db`` → ``sitroom.db.keys``); otherwise in the working folder."""
    env = os.environ.get("SITROOM_API_KEYS_FILE")
    if env:
        return Path(env)
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url.removeprefix("sqlite:///") + ".keys")
    return Path("sitroom.keys")


def _env_list(name: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in os.environ.get(name, "").split(",") if v.strip())


@dataclass(frozen=True)
class ApiSettings:
    db_url: str
    host: str = "127.0.0.1"
    port: int = 8000
    key_hashes: frozenset[str] = field(default_factory=frozenset)
    keys_file: Path | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = ()
    open_reads: bool = True
    page_limit_max: int = 500

    @classmethod
    def load(cls, db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> ApiSettings:
        """Defaults < environment (SITROOM_DB, SITROOM_API_KEYS, …) < arguments, as for the CLI."""

        db_url = (Settings(db=db) if db else Settings()).db_url
        keys_file = default_keys_file(db_url)
        hashes = {hash_key(k) for k in _env_list("SITROOM_API_KEYS")} | read_key_hashes(keys_file)
        max_body = int(os.environ.get("SITROOM_API_MAX_BYTES", DEFAULT_MAX_BODY))
        reads = os.environ.get("SITROOM_API_OPEN_READS")
        open_reads = is_loopback(host) if reads is None else reads.strip().lower() in ("1", "true", "yes")
        return cls(db_url=db_url, host=host, port=port, key_hashes=frozenset(hashes), keys_file=keys_file,
                   max_body_bytes=max_body, cors_origins=_env_list("SITROOM_CORS_ORIGINS"), open_reads=open_reads)
