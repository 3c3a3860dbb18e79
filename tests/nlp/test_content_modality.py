"""Modality inside quoted and reported content, and denials that point back to earlier claims."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model

QUOTES = [
    # text, stance the quote's attribution carries, negated
    ('The interior ministry said: "We will close the border crossings next week."', "planned", False),
    ('"If the shelling continues, the hospital will run out of fuel," the charity said.', "conditional", False),
    ("The union said it would not resume work until the arrested leaders were freed.", "conditional", True),
    ('"Rebels may try to cut the highway," the governor said.', "speculative", False),
    ('"The convoy reached the town on Monday," the agency said.', "asserted", False),
]


@pytest.mark.parametrize(("text", "stance", "negated"), QUOTES)
def test_quote_takes_the_modality_of_its_clause(analyze_text, text, stance, negated):
    [quote] = analyze_text(text).quotes
    assert quote.attribution is not None
    assert (quote.attribution.stance, quote.attribution.negated) == (stance, negated)


def test_nested_frame_keeps_the_chain_and_the_inner_stance(analyze_text):
    a = analyze_text("Japan's foreign minister said the White House could not independently confirm claims "
                     "that Russian forces had shelled the port.")
    [shelling] = [e for e in a.events if e.type == "ASSAULT"]
    assert shelling.attribution.stance == "unconfirmed"
    assert actor_named(a, shelling.attribution.source) == "White House"
    outer = next(q for q in a.quotes if q.cue == "said")
    assert outer.speaker is not None and shelling.attribution.via == [outer.speaker]  # the chain: minister > WH
    assert outer.attribution is not None and outer.attribution.stance == "asserted"


def test_denial_keeps_its_stance_over_content_modality(analyze_text):
    [quote] = [q for q in analyze_text("Moscow denied that it will send troops to the border.").quotes]
    assert quote.attribution is not None and quote.attribution.stance == "denied"


def test_nominal_event_under_a_conditional_refusal(analyze_text):
    a = analyze_text("The opposition said it would not return to the negotiations until the curfew was lifted.")
    talks = [e for e in a.events if e.type == "CONSULT"]
    assert talks and all(e.attribution.stance == "conditional" for e in talks)


def test_not_saying_whether_is_not_an_assertion(analyze_text):
    a = analyze_text("The minister did not say whether the army had withdrawn from the town.")
    [retreat] = [e for e in a.events if e.type == "RETREAT"]
    assert retreat.attribution.stance == "unconfirmed" and not retreat.attribution.negated


def test_denial_in_the_next_sentence_lands_on_the_claim(analyze_text):
    a = analyze_text("Kenya said Somali militants attacked a police post near the border. "
                     "Somalia rejected the allegations on Friday.")
    attacks = [e for e in a.events if e.type == "ASSAULT"]
    by_source = {actor_named(a, e.attribution.source): e.attribution.stance for e in attacks}
    assert by_source.get("Kenya") == "asserted"
    assert by_source.get("Somalia") == "denied"
    denied = next(e for e in attacks if e.attribution.stance == "denied")
    assert denied.evidence == next(e for e in attacks if e.attribution.stance == "asserted").evidence
    assert denied.attribution.date is not None


def test_denial_with_its_own_content_adds_nothing(analyze_text):
    a = analyze_text("Kenya said militants attacked a police post. Somalia denied that its troops crossed the border.")
    assert not [e for e in a.events if e.rule and e.rule.endswith("+denied_later")]
