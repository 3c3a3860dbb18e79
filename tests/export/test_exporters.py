"""Every exporter against the story store: row counts, column contracts, and values that must follow."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from sitroom.errors import BadOption
from sitroom.export import EXPORTERS, export, stream
from sitroom.export.gdelt import COLUMNS, EXTRAS
from sitroom.ledger.schema import claims, mentions
from sitroom.records import Analysis
from sitroom.store import schema as store_schema


def run(store, fmt: str, **options) -> tuple[int, str]:
    buf = io.StringIO()
    n = export(store, fmt, buf, **options)
    return n, buf.getvalue()


def count(store, table, *where) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()


def test_registry_lists_every_format():
    assert set(EXPORTERS) == {"jsonl", "csv", "parquet", "gdelt", "geojson", "graphml"}
    assert all(e.description for e in EXPORTERS.values())


def test_jsonl_is_the_record_contract(story_store):
    n, text = run(story_store, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == count(story_store, store_schema.documents) == 22
    records = [Analysis.from_json(line) for line in lines]
    assert all(r.schema_ == "sitroom/1" for r in records)


def test_csv_events_and_claims(story_store):
    n, text = run(story_store, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == count(story_store, mentions)
    assert {r["claim_status"] for r in rows} <= {"corroborated", "single-source", "disputed", "denied",
                                                 "unconfirmed"}
    relayed = [r for r in rows if r["via"]]
    assert relayed and all(r["source_code"] not in json.loads(r["via"]) for r in relayed)
    n_claims, text = run(story_store, "csv", table="claims")
    assert n_claims == count(story_store, claims, claims.c.active.is_(True)) == 9
    with pytest.raises(BadOption):
        run(story_store, "csv", table="nope")


def gdelt_rows(store, **options) -> list[dict[str, str]]:
    _, text = run(store, "gdelt", **options)
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


def test_gdelt_columns_follow_gdelt_2(story_store):
    _, text = run(story_store, "gdelt")
    header = text.splitlines()[0].split("\t")
    assert len(COLUMNS) == 61 and header == list(COLUMNS + EXTRAS)
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[60] == "SOURCEURL"
    _, bare = run(story_store, "gdelt", header=False, extras=False)
    assert all(len(line.split("\t")) == 61 for line in bare.splitlines())
    assert len(bare.splitlines()) == 9


@pytest.mark.parametrize(("plover", "actor1", "actor2", "root", "quad", "sqldate"), [
    ("AID", "PRK", "RUS", "07", "2", "20241001"),
    ("ASSAULT", "PRK", "UKR", "18", "4", "20241027"),
    ("ACCUSE", "KOR", "RUS", "11", "3", "20241021"),
    ("AGREE", "RUS", "PRK", "03", "1", "20240619"),
])
def test_gdelt_values(story_store, plover, actor1, actor2, root, quad, sqldate):
    row = next(r for r in gdelt_rows(story_store) if r["PLOVERType"] == plover and r["Actor1CountryCode"] == actor1
               and r["Actor2CountryCode"] == actor2)
    assert (row["EventRootCode"], row["QuadClass"], row["SQLDATE"]) == (root, quad, sqldate)
    assert row["MonthYear"] == sqldate[:6] and row["Year"] == sqldate[:4]
    assert row["GoldsteinScale"] != ""  # the CAMEO root's weight when the events carry no intensity
    assert row["SOURCEURL"].startswith("https://")
    assert int(row["NumMentions"]) >= int(row["NumArticles"]) >= 1


def test_gdelt_counts_and_geo(story_store):
    rows = {r["PLOVERType"] + r["Actor2CountryCode"]: r for r in gdelt_rows(story_store)}
    troops = rows["AIDRUS"]
    assert (troops["NumSources"], troops["ClaimStatus"]) == ("5", "disputed")   # KOR UKR USA vs RUS PRK
    assert troops["Actor1Code"] == "PRK" and troops["Actor1Name"] == "NORTH KOREA"
    kursk = rows["ASSAULTUKR"]
    assert kursk["ActionGeo_FullName"] == "Kursk" and kursk["ActionGeo_Type"] == "4"
    assert float(kursk["ActionGeo_Lat"]) == pytest.approx(51.7373) and kursk["ActionGeo_FeatureID"] == "538560"
    assert rows["CONSULTKOR"]["Actor1KnownGroupCode"] == "NATO"
    ids = [r["GLOBALEVENTID"] for r in rows.values()]
    assert len(set(ids)) == len(ids) and all(i.isdigit() for i in ids)


def test_geojson_has_located_events_only(story_store):
    n, text = run(story_store, "geojson")
    data = json.loads(text)
    places = sorted(f["properties"]["place_name"] for f in data["features"])
    assert n == 3 and places == ["Kursk", "Pyongyang", "Vladivostok"]
    kursk = next(f for f in data["features"] if f["properties"]["place_name"] == "Kursk")
    assert kursk["geometry"] == {"type": "Point", "coordinates": [36.1874, 51.7373]}
    assert kursk["properties"]["status"] == "single-source"   # Ukraine's army and president: one government


def test_graphml_actor_network(story_store):
    n, text = run(story_store, "graphml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.fromstring(text).find("g:graph", ns)
    nodes = {node.get("id") for node in graph.findall("g:node", ns)}
    assert nodes == {"KOR", "RUS", "PRK", "UKR", "NATO"}
    edges = {(e.get("source"), e.get("target")): {d.get("key"): d.text for d in e.findall("g:data", ns)}
             for e in graph.findall("g:edge", ns)}
    assert n == len(edges) == 6
    assert edges[("KOR", "RUS")]["weight"] == "2" and edges[("KOR", "RUS")]["n_ACCUSE"] == "1"
    assert edges[("RUS", "PRK")]["types"] == "AGREE:1;AID:1;COOPERATE:1"


def test_parquet_one_file_per_kind(story_store, tmp_path):
    n = export(story_store, "parquet", tmp_path / "pq")
    files = {p.stem: pq.read_table(p) for p in (tmp_path / "pq").glob("*.parquet")}
    assert set(files) == {"documents", "actors", "events", "quotes", "quantities", "times", "places", "claims",
                          "mentions"}
    assert n == files["events"].num_rows == count(story_store, store_schema.events)
    assert files["documents"].num_rows == 22 and "record" not in files["documents"].column_names
    assert files["claims"].schema.field("n_mentions").type == "int64"
    with pytest.raises(BadOption):
        export(story_store, "parquet", io.StringIO())


def test_small_batches_give_the_same_rows(story_store, monkeypatch):
    _, whole = run(story_store, "csv")
    monkeypatch.setattr(stream, "BATCH", 3)
    monkeypatch.setattr(stream.rows, "__defaults__", (3,))
    _, chunked = run(story_store, "csv")
    assert chunked == whole


def test_unknown_format(story_store):
    with pytest.raises(BadOption):
        export(story_store, "xlsx", io.StringIO())


def test_cli_export_to_file(story_store, tmp_path):
    from sitroom.cli import app

    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(app, ["export", "--format", "gdelt", "--out", str(out),
                                      "--db", str(story_store.engine.url)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 10
