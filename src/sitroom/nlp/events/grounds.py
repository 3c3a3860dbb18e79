"""The accusation an arrest, a detention or a penalty is made on.

"Georgia detained four Russian officers *on spying charges*", "police held two men *on suspicion of*
involvement in the murder", "froze the accounts *on allegations of* money laundering": the phrase tells a
second act beside the coercion, that the same actor accuses the same party of a crime (CAMEO 112,
PLOVER ACCUSE). Coders record both. The grounds are the charge nouns of the word set ``grounds``
(``resources/event_wordsets.csv``) as the object of "on", "over" or "for" on the coercive verb itself; a
noun phrase that only mentions charges ("the charges were dropped") is left to the patterns.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.obligations import recode
from sitroom.nlp.events.patterns import lemma_of, wordsets
from sitroom.records import Event, Evidence

_PREPS = frozenset({"on", "over", "for"})
_ON_GROUNDS = frozenset({"COERCE", "SANCTION"})
_CAMEO = "112"


def _grounds(token: Token) -> Token | None:
    words = wordsets().get("grounds", frozenset())
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ in _PREPS
                 for o in prep_objects(p) if lemma_of(o) in words), None)


def accused_on_grounds(token: Token, base: Event) -> list[Event]:
    """The ACCUSE told by the grounds of a coercive verb ``token``, or nothing."""
    if base.type not in _ON_GROUNDS or token.pos_ != "VERB":
        return []
    noun = _grounds(token)
    if noun is None:
        return []
    span = token.doc[noun.head.i: noun.right_edge.i + 1]
    evidence = Evidence(start=span.start_char, end=span.end_char, text=span.text)
    return [recode(base, "ACCUSE", _CAMEO, "grounds", evidence=evidence, mode="allege")]
