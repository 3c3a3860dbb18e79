"""`sitroom claim` takes a unique prefix of a claim id, matched literally."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def test_claim_by_prefix(story_store):
    db = str(story_store.engine.url)
    claims = json.loads(runner.invoke(app, ["claims", "--format", "json", "--db", db]).stdout)
    ids = [c["id"] for c in claims]
    target = ids[0]
    prefix = next(target[:n] for n in range(4, len(target) + 1) if sum(i.startswith(target[:n]) for i in ids) == 1)
    result = runner.invoke(app, ["claim", prefix, "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == target
    wildcard = runner.invoke(app, ["claim", "%", "--db", db])
    assert wildcard.exit_code == 4 and "E011" in wildcard.output
