"""The parties listed as taking part in a meeting told by a noun: one consultation each.

"The new round of talks, *involving* China, the DPRK, the United States, South Korea, Russia and
Japan", "the summit will be *attended by* ten ASEAN members, China, Japan …", "leaders *of* China,
Japan … *attended* the summit", "the talks *bring together* China, Japan …": a multilateral meeting
names its participants in a list, not as an actor and a partner. Each party listed takes part, so
each is the actor of a consultation of its own with no single partner, as the project's annotators
code six-party talks and summits. A list of two ("talks involving A and B") is an ordinary pair.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.examples import name_tail
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

_TYPE = "CONSULT"
_LISTING_VERBS = frozenset({"involve", "include", "bring"})
_ATTEND = frozenset({"attend"})


def _listed(head: Token) -> list[Token]:
    """``head`` and the names chained to it by coordination or apposition ("China, the DPRK, …")."""
    out = [head]
    for t in out:
        out.extend(c for c in t.children if c.dep_ in ("conj", "appos") and c not in out)
        out.extend(c for c in name_tail(t) if c not in out)
    return sorted(out, key=lambda t: t.i)



def _of_list(head: Token) -> list[Token]:
    """"leaders *of* China, Japan and India": the states a list of people stands for."""
    return [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for t in _listed(o)]


def _list_heads(noun: Token) -> list[Token]:
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)  # "the new round of talks, involving …"
    for holder in holders:
        for acl in (c for c in holder.children if c.dep_ == "acl" and c.lemma_.lower() in _LISTING_VERBS):
            return [o for o in acl.children if o.dep_ == "dobj"]
        verb = holder.head
        if holder.dep_ == "nsubj" and verb.lemma_.lower() in _LISTING_VERBS:  # "the talks bring together …"
            return [o for o in verb.children if o.dep_ == "dobj"]
        if holder.dep_ == "nsubjpass" and verb.lemma_.lower() in _ATTEND:
            return [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        if holder.dep_ == "dobj" and verb.lemma_.lower() in _ATTEND:  # "leaders of … attended the summit"
            return [o for o in verb.children if o.dep_ == "nsubj"]
    return []


def participants(doc: Doc, token: Token, pattern: Pattern) -> list[str]:
    """Actor ids of the parties a meeting noun lists as taking part, first to last (empty if none)."""
    if pattern.type != _TYPE or pattern.pos != "NOUN":
        return []
    out: list[str] = []
    for head in _list_heads(token):
        listed = _listed(head)
        if len(listed) == 1 and len(_of_list(head)) > 1:
            listed = _of_list(head)
        for t in listed:
            found = actor_of(doc, t)
            if found and found not in out:
                out.append(found)
    return out


def listed_parties(doc: Doc, found: list[tuple[Token, Pattern]], table: dict[int, tuple[str | None, str | None]]) \
        -> None:
    """The first listed party is the meeting's actor (each other one gets a mention of its own in
    ``extract_events``); a list of two is actor and partner when the roles step found neither."""
    for token, pattern in found:
        listed = participants(doc, token, pattern)
        if len(listed) > 2:
            table[token.i] = (listed[0], None)
        elif len(listed) == 2 and table[token.i] == (None, None):
            table[token.i] = (listed[0], listed[1])
