"""People and organisations converted from the Phoenix dictionaries, added under the hand-written ones.

The hand-written files know 2020s office holders and their titles; the Phoenix tables
(``people_phoenix.csv``, ``agencies_phoenix.csv``, made by ``scripts/convert_phoenix_actors.py``)
know tens of thousands of 1990s-2010s office holders with dated roles but no titles. They are
added after the hand-written entries and never replace them: an entry whose name the lexicon
already has (a person, an agency, a country) is skipped whole, so a hand-written person keeps
every alias; a row that leads with a hand-written organisation's name lends it its other names.
Rows are read as CSV because the lexicon is built at start-up and YAML of this size takes seconds
to parse.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sitroom import lexicon
from sitroom.nlp.actors.bulk_names import name_key
from sitroom.nlp.actors.entries import Igo, NameRef, Org, Period, Person, slug

PEOPLE = "actors/people_phoenix.csv"
AGENCIES = "actors/agencies_phoenix.csv"


class ActorLexicon(Protocol):
    """What this loader fills in (the actor lexicon, which calls it while loading)."""

    igos: dict[str, Igo]
    orgs: dict[str, Org]
    people: dict[str, Person]
    names: dict[str, NameRef]
    person_index: dict[str, str]
    bulk: set[str]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _grouped(rows: tuple[dict[str, str], ...]) -> list[tuple[list[str], list[Period]]]:
    """A row with names starts an entry; the rows after it with empty names add its periods."""
    out: list[tuple[list[str], list[Period]]] = []
    for row in rows:
        period = Period(row["country"] or None, row["role"] or None, None, _day(row["start"]), _day(row["end"]))
        if row["names"]:
            out.append((row["names"].split("|"), [period]))
        elif out:
            out[-1][1].append(period)
    return out


def _free(lex: ActorLexicon, names: list[str], table: dict, known: set[str]) -> bool:
    """No name of the entry is known yet, in any spelling ("Al Qaeda" is "al-Qaeda"): hand-written
    entries and countries win."""
    return slug(names[0]) not in table and not any(
        n in lex.names or n.lower() in lex.person_index or name_key(n) in known for n in names)


def add_phoenix_people(lex: ActorLexicon, rows: tuple[dict[str, str], ...]) -> int:
    added, known = 0, {name_key(n) for n in lex.names}
    for names, periods in _grouped(rows):
        if not _free(lex, names, lex.people, known):
            continue
        pid = slug(names[0])
        lex.people[pid] = Person(pid, names[0], tuple(names[1:]), tuple(periods))
        for n in names:
            lex.person_index[n.lower()] = pid
            lex.names[n] = NameRef("person", pid)
            lex.bulk.add(n)
        added += 1
    return added


def add_phoenix_orgs(lex: ActorLexicon, rows: tuple[dict[str, str], ...]) -> int:
    added, known = 0, {name_key(n) for n in lex.names if n not in lex.bulk}
    for row in rows:
        names = row["names"].split("|")
        own = lex.names.get(names[0])
        if own is not None and own.kind == "org" and names[0] not in lex.bulk:  # another name of a hand-written org
            for n in names[1:]:
                if n not in lex.names and name_key(n) not in known and n.lower() not in lex.person_index:
                    lex.names[n] = own
                    lex.bulk.add(n)
            added += 1
            continue
        if not _free(lex, names, lex.orgs, known):
            continue
        if row["country"] in lex.igos and not row["role"]:   # another name of an IGO sitroom knows
            for n in names:
                lex.names[n] = NameRef("igo", row["country"])
                lex.bulk.add(n)
            added += 1
            continue
        oid = slug(names[0])
        lex.orgs[oid] = Org(oid, names[0], row["country"] or None, row["role"] or None,
                            ("group",) if row["role"] == "REB" else ())
        for n in names:
            lex.names[n] = NameRef("org", oid)
            lex.bulk.add(n)
        added += 1
    return added


def add_phoenix(lex: ActorLexicon) -> None:
    """Both Phoenix tables, after the hand-written dictionary has been loaded."""
    add_phoenix_people(lex, lexicon.load_csv(PEOPLE))
    add_phoenix_orgs(lex, lexicon.load_csv(AGENCIES))
