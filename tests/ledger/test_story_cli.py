"""``sitroom story`` and the compact tables, against the hand-coded story store."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def db(store) -> str:
    return str(store.engine.url)


def troop_claim(store) -> str:
    rows = json.loads(runner.invoke(app, ["claims", "--status", "disputed", "--actor", "PRK", "--format", "json",
                                          "--db", db(store)]).stdout)
    return rows[0]["id"]


def test_story_json_gathers_positions_numbers_and_articles(story_store):
    out = runner.invoke(app, ["story", troop_claim(story_store)[:8], "--format", "json", "--db", db(story_store)])
    assert out.exit_code == 0, out.output
    story = json.loads(out.stdout)
    main = story["claims"][0]
    assert main["id"] == story["seed"] and main["status"] == "disputed"
    assert set(main["asserts"]) == {"KOR", "UKR", "USA"} and set(main["denies"]) == {"RUS", "PRK"}
    assert len(story["claims"]) > 1   # the envoy summons and the demand, reported by the same articles
    figures = [(p["claimant"], p["value"]) for p in story["numbers"] if p["claimant"] == "KORSPY"]
    assert figures == [("KORSPY", 1500), ("KORSPY", 12000), ("KORSPY", 3000), ("KORSPY", 11000)]
    stated = [t["stated"] for t in story["timeline"]]
    assert stated == sorted(stated) and {"denied", "asserted"} <= {t["stance"] for t in story["timeline"]}
    assert len(story["articles"]) >= 15


def test_story_by_actor_and_period_in_markdown(story_store):
    out = runner.invoke(app, ["story", "--actor", "PRK", "--since", "2024-10-01", "--format", "markdown",
                              "--db", db(story_store)])
    assert out.exit_code == 0, out.output
    text = out.stdout
    for heading in ("## Claims", "## Numbers over time", "## Timeline", "## Articles"):
        assert heading in text
    assert "| disputed |" in text


def test_compact_tables_fit_80_columns_and_wide_shows_more(story_store):
    claim = troop_claim(story_store)
    for args in (["claims"], ["timeline"], ["actors"], ["claim", claim], ["story", claim]):
        out = runner.invoke(app, [*args, "--db", db(story_store)], env={"COLUMNS": "80"}, terminal_width=80)
        assert out.exit_code == 0, out.output
        lines = out.stdout.splitlines()
        assert lines and max(len(line.rstrip()) for line in lines) <= 80, args
    compact = runner.invoke(app, ["claims", "--db", db(story_store)], terminal_width=80).stdout
    wide = runner.invoke(app, ["claims", "--wide", "--db", db(story_store)], terminal_width=80).stdout
    assert claim not in compact and claim[:9] in compact   # short ids
    assert " place " not in compact and " place " in wide   # columns only --wide shows


def test_story_needs_a_claim_or_an_actor(story_store):
    out = runner.invoke(app, ["story", "--db", db(story_store)])
    assert out.exit_code == 2
