"""A real ``sitroom serve`` process on a free localhost port, for tests that go through the network."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(db: Path, env: dict[str, str] | None = None, timeout: float = 90.0) -> Iterator[str]:
    port = free_port()
    full_env = {**os.environ, "SITROOM_API_KEYS_FILE": str(db) + ".test-keys", **(env or {})}
    cmd = [sys.executable, "-c", "from sitroom.cli import main; main()", "serve", "--db", str(db),
           "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                output = proc.stdout.read() if proc.stdout else ""
                raise RuntimeError(f"sitroom serve exited {proc.returncode}: {output}")
            try:
                with urllib.request.urlopen(base + "/api/v1/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("sitroom serve did not answer in time")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
