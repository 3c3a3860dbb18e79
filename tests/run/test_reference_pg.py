"""The reference article ingested into PostgreSQL gives the same claims as into SQLite."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

from ..conftest import REFERENCE
from ..dbs import Databases


@pytest.mark.model
def test_reference_claims_are_the_same_on_both_backends(tmp_path, nlp):
    runner = CliRunner()
    databases = Databases("postgresql", tmp_path)
    try:
        outputs = {}
        for name, url in (("sqlite", f"sqlite:///{tmp_path / 'ref.db'}"), ("postgresql", databases.new("ref"))):
            ingested = runner.invoke(app, ["ingest", str(REFERENCE), "--db", url])
            assert ingested.exit_code == 0 and "stored 1" in ingested.stdout, ingested.output
            claims = runner.invoke(app, ["claims", "--format", "json", "--db", url])
            assert claims.exit_code == 0, claims.output
            # Claims of the same date come in index order, which is each database's own.
            outputs[name] = sorted(json.loads(claims.stdout), key=lambda c: (c["sort_date"] or "", c["id"]))
        assert outputs["postgresql"] and outputs["postgresql"] == outputs["sqlite"]
        assert [c["sort_date"] for c in json.loads(claims.stdout)] == [c["sort_date"] for c in outputs["sqlite"]][::-1]
    finally:
        databases.drop()
