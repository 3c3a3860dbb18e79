"""A group with no country of its own takes the country of the town its sentence names.

"31 civilians were killed in the strikes on Muzaffarabad", "an attack on tourists in Pahalgam
that killed 26 people": in a story about two countries neither dominates, and the civilians of
each sentence are of the place where it happened. A mention of a group of private people,
protesters, police or criminals with no country before it takes the country of the towns and
regions its sentence names, when the gazetteer puts them all in one country; it then belongs
to the group of that country ("Pakistani civilians"), and the article-wide inference only
fills the mentions no sentence places.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import ActorLexicon
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.actors.ner import town_countries

LOCAL_ROLES = frozenset({"CVL", "CRM"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def sentence_country(sent: Span, named: set[str]) -> str | None:
    """The one country of the towns and regions a sentence names, if they agree and the article
    names that country (a small town of the same name elsewhere is the gazetteer's noise)."""
    found: set[str] = set()
    for ent in sent.ents:
        if ent.label_ in _PLACE_LABELS:
            countries = town_countries(ent.text)
            if len(countries) == 1:
                found |= countries
    return found.pop() if len(found) == 1 and found <= named else None


def _relabel(lex: ActorLexicon, m: Mention, country: str, label: str) -> Mention:
    adjective = lex.adjective(country)
    name = f"{adjective} {label}" if adjective else label
    return Mention(m.start, m.end, ("generic", country, label), name, m.type, country, m.role,
                   m.rule + "+context_place", m.head, m.descriptors)


def place_groups(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> list[ActorDraft]:
    """Move each placed mention of a country-less group to the group of its sentence's country."""
    by_key = {d.key: d for d in drafts}
    named = {d.country for d in drafts if d.country}
    out: list[ActorDraft] = []
    for d in drafts:
        if d.key[0] != "generic" or d.country or d.role not in LOCAL_ROLES or d.type == "person":
            out.append(d)
            continue
        kept: list[Mention] = []
        for m in d.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            country = sentence_country(span.sent, named) if span is not None else None
            if country is None:
                kept.append(m)
                continue
            moved = _relabel(lex, m, country, d.key[-1])
            target = by_key.get(moved.key)
            if target is None:
                target = by_key[moved.key] = ActorDraft(moved.key, moved.name, moved.type, country, d.role,
                                                        moved.rule)
                out.append(target)
            target.add(moved)
        d.mentions = kept
        if kept:
            out.append(d)
    return out
