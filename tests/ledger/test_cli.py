"""The ledger verbs of the CLI, run against the story store."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from sitroom.cli import app

runner = CliRunner()


def db(store) -> str:
    return str(store.engine.url)


def test_claims_json_filters(story_store):
    out = runner.invoke(app, ["claims", "--status", "disputed", "--actor", "PRK", "--since", "2024-10-01",
                              "--format", "json", "--db", db(story_store)])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert [(r["type"], r["actor_key"], r["recipient_key"]) for r in rows] == [("AID", "PRK", "RUS")]


def test_claims_actor_matches_either_side(story_store):
    out = runner.invoke(app, ["claims", "--actor", "UKR", "--format", "json", "--db", db(story_store)])
    rows = json.loads(out.stdout)
    assert {(r["actor_key"], r["recipient_key"]) for r in rows} == {("PRK", "UKR"), ("KOR", "UKR")}


def test_claims_table_and_csv(story_store):
    table = runner.invoke(app, ["claims", "--status", "disputed", "--db", db(story_store)])
    assert table.exit_code == 0 and "Claims" in table.stdout and "KORSPY" not in table.stdout
    assert "PRK AID RUS" in table.stdout.replace("\n", " ") or "PRK" in table.stdout
    out = runner.invoke(app, ["claims", "--format", "csv", "--db", db(story_store)])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 9 and {"status", "sources", "numbers"} <= set(rows[0])


def test_bad_status_and_date_are_coded_errors(story_store):
    bad = runner.invoke(app, ["claims", "--status", "true", "--db", db(story_store)])
    assert bad.exit_code == 2 and "E040" in bad.output
    bad_date = runner.invoke(app, ["claims", "--since", "last week", "--db", db(story_store)])
    assert bad_date.exit_code == 2 and "E012" in bad_date.output


def test_timeline_in_date_order(story_store):
    out = runner.invoke(app, ["timeline", "--format", "json", "--db", db(story_store)])
    rows = json.loads(out.stdout)
    keys = [r["sort_date"] for r in rows]
    assert keys == sorted(keys) and rows[0]["type"] == "AGREE"   # the June treaty comes first
    only = json.loads(runner.invoke(app, ["timeline", "--type", "assault", "--format", "json",
                                          "--db", db(story_store)]).stdout)
    assert [r["status"] for r in only] == ["single-source"]   # Ukraine's army and president: one government


def test_actors_and_claim_detail(story_store):
    rows = json.loads(runner.invoke(app, ["actors", "--format", "json", "--db", db(story_store)]).stdout)
    pair = next(r for r in rows if (r["actor"], r["recipient"]) == ("KOR", "RUS"))
    assert pair["types"] == {"ACCUSE": 1, "REQUEST": 1} and pair["events"] == 2
    claim_id = json.loads(runner.invoke(app, ["claims", "--type", "ASSAULT", "--format", "json",
                                              "--db", db(story_store)]).stdout)[0]["id"]
    shown = runner.invoke(app, ["claim", claim_id, "--db", db(story_store)])
    assert shown.exit_code == 0 and "Kursk" in shown.stdout
    missing = runner.invoke(app, ["claim", "nope", "--db", db(story_store)])
    assert missing.exit_code == 4


def test_versions_command(story_store):
    doc = story_store.results["a10-pacific-times-v2.txt"].doc_id
    out = runner.invoke(app, ["versions", doc[:8], "--db", db(story_store)])
    assert out.exit_code == 0, out.output
    assert "Versions" in out.stdout and "denied by" in out.stdout
    data = json.loads(runner.invoke(app, ["versions", doc, "--format", "json", "--db", db(story_store)]).stdout)
    assert len(data["versions"]) == 2 and data["changes"][0]["quotes"]["added"]
