"""Games told in the words of force: "Arsenal beat Sparta", "hit the net", "the semifinal clash".

Newswire carries sports copy beside the political news, and sports writing borrows the verbs
and nouns of force (beat, attack, clash, storm, crush, seize the lead). An event coder that reads
them as assaults fills a conflict count with football scores. An article that uses two or more
words only sports copy uses (``sports_words`` of ``event_guards.csv``: tournament, midfielder,
wicket, olympics …) is a sports story; in it a mention of force, a meeting, a concession, a
withdrawal or help on a contest word (``contest_words``: beat, clash, "meet in the final", "conceded
two goals", "pulled out of the tournament", "helped Australia go into half-time ahead") is a game,
unless a security force or an armed group is one of its parties ("fans clashed with riot police after
the match" is still force). Acts that are no metaphor of play (an arrest, an assault, a ban) keep their
mention in any story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import lemma_keys
from sitroom.records import Event

_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "CONCEDE", "RETREAT", "AID"})
_ARMED_ROLES = frozenset({"COP", "MIL", "SPY", "REB", "INS", "UAF"})
_MIN_WORDS = 2
_KEY = "sitroom.sports_story"


def sports_story(doc: Doc) -> bool:
    """Two or more distinct sports-only words in the article (computed once per Doc)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        words = guard_words()["sports_words"]
        cached = len({t.lower_ for t in doc if t.lower_ in words}) >= _MIN_WORDS
        doc.user_data[_KEY] = cached
    return bool(cached)


def _armed(doc: Doc, event: Event) -> bool:
    roles = {a.id: a.role for a in doc._.actors or []}
    return any(roles.get(p or "") in _ARMED_ROLES for p in (event.actor, event.recipient))


def contest(token: Token, event: Event) -> bool:
    """True for a mention of force, a meeting, a concession, a withdrawal or help on a contest word in a
    sports story with no armed party."""
    if event.type not in _TYPES or not any(k in guard_words()["contest_words"] for k in lemma_keys(token)):
        return False
    return sports_story(token.doc) and not _armed(token.doc, event)
