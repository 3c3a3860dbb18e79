"""The README documents every error code and every CLI command (the docs are tested, not trusted)."""

from __future__ import annotations

import pytest

from sitroom import errors
from sitroom.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _codes() -> list[str]:
    found = set()
    for obj in vars(errors).values():
        if isinstance(obj, type) and issubclass(obj, (errors.SitroomError, errors.SitroomWarning)):
            if obj.code not in ("E000", "W000"):
                found.add(obj.code)
    return sorted(found)


@pytest.mark.parametrize("code", _codes())
def test_error_code_documented(code):
    assert f"| {code} |" in README


def _commands() -> list[str]:
    return sorted((c.name or (c.callback.__name__ if c.callback else "")) for c in app.registered_commands)


@pytest.mark.parametrize("name", _commands())
def test_command_documented(name):
    assert f"sitroom {name}" in README
