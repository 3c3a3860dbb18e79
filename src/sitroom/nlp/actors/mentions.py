"""Mentions: a stretch of text and the actor it stands for, built from dictionary entries.

Kept apart from the matching rules so that each rule only decides *which*
actor a span refers to, while the naming and coding of that actor (canonical
name, type, country, role on the date) is done the same way for all rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from sitroom.nlp.actors.lexicon import ActorLexicon, NameRef, Person, slug


@dataclass
class Mention:
    """One stretch of text that refers to an actor (``key`` says which actor)."""

    start: int                      # char offsets into doc.text
    end: int
    key: tuple[str, ...]
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    rule: str = "dictionary"
    head: int = -1                  # token index of the head word
    descriptors: frozenset[str] = field(default_factory=frozenset)


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(w for p in phrases if p for w in (p.lower(), p.lower().split()[-1]))


def name_mention(lex: ActorLexicon, span: Span, ref: NameRef, on: date | None) -> Mention | None:
    """The mention a dictionary name stands for on its own (None for pending/contextual names)."""
    s, e, head = span.start_char, span.end_char, span.end - 1
    if ref.kind in ("country", "capital"):
        c = lex.countries[ref.key]
        return Mention(s, e, ("state", c.iso3), c.name, "state", c.iso3, None, "dictionary", head)
    if ref.kind == "contextual":
        c = lex.countries[ref.key]
        return Mention(s, e, ("state", c.iso3), c.name, "state", c.iso3, None, "contextual", head)
    if ref.kind == "demonym":
        c = lex.countries[ref.key]
        return Mention(s, e, ("generic", c.iso3, "people"), span.text, "group", c.iso3, None, "demonym", head,
                       _words("people"))
    if ref.kind == "seat":
        name = span.text[4:] if span.text.lower().startswith("the ") else span.text
        return Mention(s, e, ("org", "seat-" + slug(name)), name, "org", ref.key, ref.role, "seat_of_power",
                       head, _words(name))
    if ref.kind == "igo":
        igo = lex.igos[ref.key]
        return Mention(s, e, ("igo", igo.code), igo.name, "igo", igo.code, None, "dictionary", head,
                       frozenset(igo.descriptions))
    if ref.kind == "org":
        org = lex.orgs[ref.key]
        return Mention(s, e, ("org", org.id), org.name, "org", org.country_on(on), org.role_on(on), "dictionary",
                       head, frozenset(org.descriptions) | _words(org.name))
    if ref.kind == "person":
        return person_mention(lex, lex.people[ref.key], s, e, head, on, None, "dictionary")
    return None


def person_mention(lex: ActorLexicon, person: Person, start: int, end: int, head: int, on: date | None,
                   title_office: tuple[str | None, str | None] | None, rule: str) -> Mention:
    """A known person, coded by the office held on the date; a title in the text fills a gap."""
    country, role, in_office = lex.person_office(person, on)
    if not in_office and title_office is not None:
        country, role = title_office[0] or country, title_office[1]
    period = person.period_on(on)
    marks = {"gender:" + person.gender} if person.gender else set()
    if period is not None and period.title:
        marks.add("title:" + period.title)
    return Mention(start, end, ("person", person.id), person.name, "person", country, role, rule, head,
                   frozenset(marks))


def generic_mention(lex: ActorLexicon, start: int, end: int, head: int, country: str | None, label: str,
                    kind: str, role: str | None, rule: str, words: str) -> Mention:
    """A body or group named by a role word: "Russia's embassy" -> "Russian embassy" (RUS, GOV)."""
    adjective = lex.adjective(country)
    name = f"{adjective} {label}" if adjective else label
    return Mention(start, end, ("generic", country or "", label), name, kind, country, role, rule, head,
                   _words(words, label))
