"""Events that a clause's mood makes: intentions, threats, demands and refusals.

PLOVER (like CAMEO) codes what was *done* in a sentence. "Iraq must let the
inspectors in, the council said" is a REQUEST by the council; "Israel will not
accept the plan" is a REJECT. The planned action itself stays on record as its
own mention (stance ``planned``); the functions here add the mention of the act
of saying, coded by the table of moods below, with the rule's name suffixed so
that the provenance is visible. A planned act that is not refused ("Japan will
send aid", "the army is prepared to impose martial law") adds nothing: the one
planned mention already says it, and the manual's AGREE or THREATEN for it is
derived on demand (``manual.manual_coding``) rather than recorded twice.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import lemma_keys, lemma_of, wordsets
from sitroom.records import Event

# Types that are cooperation (an intention to do them is AGREE, a refusal REJECT) or
# conflict (an intention to do them is THREATEN), with the CAMEO code of that intention.
COOPERATIVE: dict[str, str] = {
    "CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "CONCEDE": "035", "RETREAT": "035",
}
CONFLICTUAL: dict[str, str] = {
    "SANCTION": "131", "COERCE": "132", "ASSAULT": "138", "MOBILIZE": "138", "PROTEST": "133",
}
REFUSAL_CAMEO = "120"
_DEONTIC = frozenset({"must", "should"})
_NEED = frozenset({"have", "need"})


def intent_governor(token: Token) -> Token | None:
    """A word of intention the trigger is the complement of ("willing / ready / plans *to send*"), or a noun
    of intention it completes ("Japan's plan *to send*", "a bid *to join*")."""
    intents = wordsets().get("intent", frozenset())
    nouns = wordsets().get("intent_nouns", frozenset())
    current = token
    for _ in range(3):
        if current.dep_ == "acl" and current.head.pos_ == "NOUN" and lemma_of(current.head) in nouns:
            return current.head  # "plans / a bid / its readiness *to send*"
        if (current.dep_ == "pcomp" and current.head.lower_ == "of" and current.head.head.pos_ == "NOUN"
                and lemma_of(current.head.head) in nouns):
            return current.head.head  # "no intention *of attacking*"
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and lemma_of(current.head.head) in intents:
            return current.head.head  # "aimed *at forging* a truce"
        if current.dep_ not in ("xcomp", "ccomp") or current.head is current:
            return None
        current = current.head
        if any(key in intents for key in lemma_keys(current)[:3]):  # the lemmatiser's "hopes" → "hop"
            return current
    return None


def called_protest(token: Token, kind: str) -> Token | None:
    """"called a general shutdown on May 3", "announced sit-in demonstrations": a protest called or
    announced is still to come; the verb that calls it is returned."""
    if kind != "PROTEST":
        return None
    calls = wordsets().get("protest_calls", frozenset())
    if token.pos_ == "VERB" and lemma_of(token) in calls and any(c.dep_ == "dobj" for c in token.children):
        return token
    head = token.head
    return head if token.dep_ == "dobj" and head.pos_ == "VERB" and lemma_of(head) in calls else None


def disowned(intent: Token) -> bool:
    """"has *no* intention of attacking", "no plans to send": the intention is denied, so is the act."""
    return intent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in intent.children)


def failed(token: Token) -> bool:
    """The trigger is the complement of "fail" ("failed to reach agreement"): a refusal in effect."""
    return token.dep_ == "xcomp" and lemma_of(token.head) in ("fail",)


def deontic(token: Token) -> Token | None:
    """The modal that makes the clause an obligation: "must/should withdraw", "has/needs to withdraw". Not
    "should" before its subject, which makes a condition ("should talks fail, …"), nor a duty denied ("will
    not have to work", "does not need to apply"): no one is asked to do anything."""
    subject = next((c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux" and c.i < token.i]
    if token.tag_ == "VBN" and "should" in auxes and "have" in auxes:
        return None  # "his team should have won": a past that was due and did not come, asking nothing now
    for c in token.children:
        if c.dep_ == "aux" and c.lower_ in _DEONTIC and not (c.lower_ == "should" and subject is not None
                                                             and c.i < subject):
            return c
    need = token.head
    if token.dep_ == "xcomp" and lemma_of(need) in _NEED and need.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
                c.dep_ == "neg" for c in need.children):
            return need
    return None


def obliged(event: Event) -> Event:
    """"Russia still has to sign the protocols", "the two sides should speed up talks": an act its doer must
    or should do, asking no one else, is still to come (planned), not done."""
    if event.attribution.stance != "asserted":
        return event
    return event.model_copy(update={"attribution": event.attribution.model_copy(update={"stance": "planned"})})


def mood_type(base_type: str, stance: str, negated: bool, intended: bool) -> tuple[str, str] | None:
    """(PLOVER type, CAMEO code) of the act a mood makes of ``base_type``, or None when it makes none.

    Only a cooperative act its subject says it *will not* do is a refusal ("Hamas would not send a
    delegation", "Israel will not accept the plan"). An act that failed or did not happen ("failed to
    agree", "could not reach agreement", "I never signed a contract") is that act negated and nothing
    more: the annotators of four blind samples coded it so, and a REJECT beside it was wrong nine times
    in ten on the dev sets. A planned act that is not refused is one planned mention; the manual's AGREE
    or THREATEN for it is derived on demand (``manual.py``).
    """
    if negated and (intended or stance == "planned") and (base_type in COOPERATIVE or base_type == "AGREE"):
        return "REJECT", REFUSAL_CAMEO
    return None
