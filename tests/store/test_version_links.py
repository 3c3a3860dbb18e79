"""Versions only for the same story: slug and standing headlines never link unrelated wires."""

from __future__ import annotations

import json

import pytest

from sitroom.ingest.identity import text_overlap
from sitroom.ingest.text import document_from_text
from sitroom.records import Analysis
from sitroom.store import Store
from sitroom.store.linking import MIN_JACCARD
from sitroom.store.versions import story_versions
from tests.conftest import SHARED

NEWSWIRE = SHARED / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
SLUGS = ["=(PICTURE)=", "= (PICTURES) =", "ATTENTION - ADDS DETAILS ///"]
TRIAL = ("A court in the capital on Tuesday sentenced two former officials to eight years in prison for "
         "taking bribes from a construction firm, the prosecutor's office said in a statement.")
SKATING = ("The home pair won the figure skating title on Saturday night with a free programme that drew "
           "a standing ovation, ahead of the defending champions from the north.")


def _wire(text: str, title: str, outlet: str = "Xinhua", date: str = "2006-11-09") -> Analysis:
    doc = document_from_text(text, fallback_date=date, title=title, headers=False)
    return Analysis(document=doc.model_copy(update={"outlet": outlet}))


@pytest.fixture()
def store(tmp_path):
    with Store.open(str(tmp_path / "v.db")) as s:
        yield s


@pytest.mark.parametrize("slug", SLUGS)
def test_unrelated_wires_under_one_slug_are_separate_stories(store, slug):
    trial, skating = _wire(TRIAL, slug), _wire(SKATING, slug)
    assert store.ingest(trial).status == "stored"
    second = store.ingest(skating)
    assert (second.status, second.previous_id) == ("stored", None)
    with store.engine.connect() as conn:
        versions = story_versions(conn, skating.document.id)["versions"]
    assert [v["id"] for v in versions] == [skating.document.id]


@pytest.mark.parametrize("slug", SLUGS)
def test_an_update_under_a_slug_is_still_a_version_with_its_reason(store, slug):
    store.ingest(_wire(TRIAL, slug))
    store.ingest(_wire(SKATING, slug))
    update = _wire(TRIAL + " Both men said they would appeal the verdict.", slug, date="2006-11-10")
    result = store.ingest(update)
    assert result.status == "new_version" and result.rule is not None
    assert result.rule.startswith("headline+text:") and float(result.rule.split(":")[1]) >= MIN_JACCARD
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("select version_rule, previous_id from documents where id = ?",
                                   (update.document.id,)).one()
    assert row[0] == result.rule and row[1] == _wire(TRIAL, slug).document.id


def test_same_url_records_its_rule(store):
    a = _wire(TRIAL, "Officials jailed").model_copy()
    a = a.model_copy(update={"document": a.document.model_copy(update={"url": "https://x.example/a"})})
    b = _wire(SKATING, "Officials jailed")
    b = b.model_copy(update={"document": b.document.model_copy(update={"url": "https://x.example/a"})})
    store.ingest(a)
    assert store.ingest(b).rule == "same-url"


def test_overlap_separates_updates_from_other_stories():
    assert text_overlap(TRIAL, TRIAL + " Both men said they would appeal.") > MIN_JACCARD
    assert text_overlap(TRIAL, SKATING) < MIN_JACCARD


@pytest.mark.skipif(not NEWSWIRE.exists(), reason="needs ../shared/corpus/newswire (not in a user's clone)")
def test_newswire_slug_headlines_link_nothing(tmp_path):
    rows = [json.loads(line) for line in NEWSWIRE.read_text(encoding="utf-8").splitlines()[:600]]
    analyses = [_wire(r["text"], r["title"] or "", r["outlet"], r["published"][:10]) for r in rows]
    with Store.open(str(tmp_path / "n.db")) as store:
        results = [r for chunk in range(0, len(analyses), 100) for r in store.ingest_many(analyses[chunk:chunk + 100])]
    titles = {a.document.id: a.document.title for a in analyses}
    linked = [titles[r.doc_id] for r in results if r.status == "new_version"]
    assert not any(t.strip(" =()").upper() in ("PICTURE", "PICTURES") or "///" in t for t in linked), linked
