"""The attribute ruler as lookup tables (nlp/model/attribute_rules.py) gives spaCy's ruler's annotations."""

from __future__ import annotations

import json
from itertools import islice

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from sitroom.config import Settings
from sitroom.nlp.model.attribute_rules import AttributeRules, compile_rules, install
from tests.conftest import SHARED

COLUMNS = (POS, TAG, MORPH, LEMMA, DEP)
NEWSWIRE = SHARED / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
# Written for this test: contractions, "ain't", "y'all", expletive "there is", spaces, numbers.
SENTENCES = [
    "There are no talks planned, and there's nothing the envoy ain't tried.",
    "Y'all said the ministry hadn't got the letter; it gets them weekly.",
    "Rebels   shelled the town on 3 May 2024 -- 12 civilians were killed.\n\nPolice said nothin'.",
    "\"We will not return,\" she said.  The U.S. and N. Korea didn't agree.",
]


def _fast_and_slow(nlp: Language, texts: list[str]) -> tuple[list[spacy.tokens.Doc], list[spacy.tokens.Doc]]:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    patterns = compile_rules(ruler)
    assert patterns is not None
    fast = AttributeRules()
    fast.load(patterns, list(ruler.attrs))
    base = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer"]))
    return [fast(d.copy()) for d in base], [ruler(d.copy()) for d in base]


def _same(a: spacy.tokens.Doc, b: spacy.tokens.Doc) -> bool:
    return all((a.to_array(c) == b.to_array(c)).all() for c in COLUMNS)


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load(Settings().model)


@pytest.mark.model
def test_the_tables_annotate_like_the_models_ruler(model: Language) -> None:
    fast, slow = _fast_and_slow(model, SENTENCES)
    assert all(_same(a, b) for a, b in zip(fast, slow, strict=True))
    # the rules did set something: every token has its coarse part of speech from its tag
    assert all(t.pos_ for doc in fast for t in doc)


@pytest.mark.model
@pytest.mark.skipif(not NEWSWIRE.exists(), reason="needs ../shared/corpus/newswire (absent in a clone)")
def test_the_tables_annotate_like_the_models_ruler_on_newswire(model: Language) -> None:
    lines = islice(NEWSWIRE.open(encoding="utf-8"), 120)
    texts = [p for line in lines for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    fast, slow = _fast_and_slow(model, texts)
    assert len(texts) > 500
    assert all(_same(a, b) for a, b in zip(fast, slow, strict=True))


@pytest.mark.model
def test_the_pipeline_carries_the_tables(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRules)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def _ruler(patterns: list[dict]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


def test_a_later_rule_wins_and_matches_are_found_before_any_is_applied() -> None:
    nlp = _ruler([
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"TAG": "NNS", "LEMMA": "talk"}},
        {"patterns": [[{"TAG": "NNS"}]], "attrs": {"LEMMA": "plural"}},       # must not see rule 0's TAG
        {"patterns": [[{"LOWER": {"IN": ["talks", "truce"]}}]], "attrs": {"LEMMA": "later"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": {"REGEX": "^tal"}}]], "attrs": {"POS": "NOUN"}, "index": -1},
    ])
    text = "peace talks and a truce"
    slow = nlp(text)
    fast = nlp.make_doc(text)
    assert install(nlp)
    fast = nlp.get_pipe("attribute_ruler")(fast)
    assert [t.lemma_ for t in fast] == [t.lemma_ for t in slow] == ["", "later", "", "", "later"]
    assert fast[1].tag_ == "NNS" and fast[1].pos_ == "NOUN" == slow[1].pos_


def test_a_pattern_the_tables_cannot_state_keeps_the_models_ruler() -> None:
    nlp = _ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"LEMMA": "very"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    assert compile_rules(ruler) is None
    assert not install(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
