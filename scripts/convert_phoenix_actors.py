"""Convert the Phoenix actor dictionaries (openeventdata/petrarch2, MIT) into sitroom's actor tables.

usage: python scripts/convert_phoenix_actors.py DICT_DIR COMMIT [--out src/sitroom/resources/actors]

DICT_DIR holds Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (``petrarch2/data/dictionaries`` at COMMIT). Only the data is read.
Writes ``people_phoenix.csv`` (one row per dated office) and ``agencies_phoenix.csv`` (named
organisations and armed groups), and prints what was dropped and why.

The dictionaries code people with CAMEO actor codes and dated restrictions; sitroom codes a person
by ISO3 + one role valid on the article's date, so each code is cut into its country part and the
first role sitroom knows. Precision matters more than coverage here: a name becomes a pattern only
if it has at least two words that are not all common words, titles or country names (or is the
acronym of three letters or more the dictionary brackets after a body's name, unless another body is
better known by it: ``shared_acronyms``), and a name claimed by two entries with different codes is
dropped. Surnames alone are left to coreference.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from phoenix_format import LOWER_PARTICLES, Entry, parse, phrase_text, restriction  # noqa: E402

from sitroom import lexicon  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
SOURCE = "openeventdata/petrarch2, petrarch2/data/dictionaries"
_CODES = lexicon.load_yaml("actors/phoenix_codes.yaml")
ROLE_MAP: dict[str, str] = _CODES["roles"]
SPECIFIC: tuple[str, ...] = tuple(_CODES["specific"])
IGO_MAP: dict[str, str] = _CODES["igos"]
COUNTRY_MAP: dict[str, str] = _CODES["countries"]
IGO_CODES = frozenset(IGO_MAP.values())
ORG_WORDS = frozenset(_CODES["org_words"])
SHARED_ACRONYMS = frozenset(_CODES["shared_acronyms"])
SINCE = date(1990, 1, 1)   # people out of office by then are left out: the newswire starts in 1997


_BRACKETED = re.compile(r"^(?P<name>.*?)\s*\((?P<inner>[^()]*)\)\s*$")


def split_brackets(name: str) -> tuple[str, str | None]:
    """'Free Aceh Movement (gam)' -> the name and its acronym 'GAM' (three letters or more: two spell too
    many names); any other bracketed remark ('Dev Sol (karatas Faction)') is no part of the name."""
    m = _BRACKETED.match(name)
    if m is None:
        return name, None
    inner = m["inner"].strip()
    acronym = inner.upper()
    return m["name"], acronym if re.fullmatch(r"[A-Z]{3,6}", acronym) and acronym not in SHARED_ACRONYMS else None


def org_like(name: str) -> bool:
    """Bodies rather than people in the country files ("Afghan National Army", "State Duma")."""
    return any(w in ORG_WORDS for w in name.lower().split())


def map_code(code: str, person: bool, known: frozenset[str] = frozenset()) -> tuple[str | None, str | None] | None:
    """(country, role) for a CAMEO code, or None when sitroom has no code for it.

    People take the first role sitroom knows ("AZEGOVMIL": a civilian minister, GOV); bodies
    take the most specific one ("DEUGOVLEG": a legislature, LEG).
    """
    if code.startswith("IGO"):
        prefix = max((p for p in IGO_MAP if code.startswith(p)), key=len, default=None)
        return (IGO_MAP[prefix], None) if prefix else None
    head = COUNTRY_MAP.get(code[:3], code[:3])
    if head and known and head not in known:
        return None
    roles = [ROLE_MAP[code[i:i + 3]] for i in range(3, len(code), 3) if code[i:i + 3] in ROLE_MAP]
    if code[:3] == "IMG":
        roles = roles or ["REB"]
    if not person:
        roles = [r for r in roles if r in SPECIFIC] + roles
    role = roles[0] if roles else None
    if head == "" and role is None:
        return None
    if role is None and not person:
        return None   # a country name or a sector with no role: countries.yaml covers the states
    return (head or None), role


def _order(period: tuple[str | None, str | None, date | None, date | None]) -> tuple[bool, date]:
    """Dated offices first, the open default last, so that the date decides before the default."""
    return period[2] is None and period[3] is None, period[2] or date.min


class Converter:
    """Collects people and organisations from entries, counting everything it drops."""

    def __init__(self, names: frozenset[str], adjectives: frozenset[str], plain: frozenset[str],
                 title_words: frozenset[str], known: frozenset[str]) -> None:
        self.common = names | adjectives | plain
        self.titles = adjectives | plain
        self.plain = plain
        self.title_words = title_words
        self.known = known
        self.dropped: Counter[str] = Counter()
        self.people: dict[str, dict] = {}
        self.orgs: dict[str, dict] = {}
        self.claims: dict[str, set[str]] = {}

    def usable(self, name: str, person: bool) -> bool:
        words = name.lower().replace("-", " ").split()
        if len(name.split()) < 2:   # "Al-Bashir" is one word: Bashar or his father
            self.dropped["name: one word"] += 1
            return False
        common = self.common if person else self.plain
        if all(w in common or w in LOWER_PARTICLES or len(w) < 2 for w in words):
            self.dropped["name: only common words"] += 1
            return False
        if person and words[0] in self.titles:   # "President Clinton": the matcher reads titles itself
            self.dropped["name: starts with a title or common word"] += 1
            return False
        if person and any(w in self.title_words for w in name.lower().split()):
            self.dropped["name: holds a title"] += 1
            return False
        return True

    def periods(self, entry: Entry, person: bool) -> list[tuple[str | None, str | None, date | None, date | None]]:
        out = []
        for code, text in entry.codes:
            span = restriction(text)
            mapped = map_code(code, person, self.known)
            if span is None:
                self.dropped["period: unreadable date"] += 1
            elif mapped is None:
                self.dropped[f"code: {code[:3]}{'' if code[:3] == 'IGO' else code[3:6]} not mapped"] += 1
            elif person and mapped[1] is None and mapped[0] not in IGO_CODES:
                self.dropped["period: no role (elites, sectors; the nearest office gives the country)"] += 1
            else:
                out.append((mapped[0], mapped[1], *span))
        return sorted(out, key=_order)

    def add(self, entry: Entry) -> None:
        name = phrase_text(entry.name)
        person = not org_like(name) and not entry.source.endswith("MilNonState.actors.txt")
        periods = self.periods(entry, person)
        if not periods:
            self.dropped["entry: no code sitroom maps"] += 1
            return
        if person and all(end is not None and end < SINCE for _, _, _, end in periods):
            self.dropped["person: out of office before 1990"] += 1
            return
        aliases = [phrase_text(a) for a in entry.aliases]
        if person:   # "Clinton Administration" is not the man
            aliases = [a for a in aliases if not org_like(a)]
        split = [split_brackets(n) for n in [name, *aliases]]
        # an acronym the dictionary puts in brackets after a name is kept, though it is one word
        acronyms = {a for _, a in split if a is not None and not person}
        written = [part for n, a in split for part in (n, a) if part]
        names = [n for n in dict.fromkeys(written) if n in acronyms or self.usable(n, person)]
        if not names:
            return
        key = names[0].lower().replace("-", " ")   # "Ban Ki Moon" (Korea) and "Ban Ki-moon" (UN) are one
        table = self.people if person else self.orgs
        if key in table:   # the same person listed twice (a country file and the IGO list) ...
            rec = table[key]
            before, now = {p[0] for p in rec["periods"]}, {p[0] for p in periods}
            # a group listed by its region and again by its country is one group
            unplaced = not person and (not any(before) or not any(now))
            if not (before & now or (before | now) & IGO_CODES or unplaced):   # ... or two namesakes
                self.claims.setdefault(names[0].lower(), set()).add("namesake")
                return
            rec["periods"] += [p for p in periods if p not in rec["periods"]]
            rec["aliases"] += [n for n in names if n != rec["name"] and n not in rec["aliases"]]
            rec["written"] += written
        else:
            table[key] = {"name": names[0], "aliases": names[1:], "periods": periods, "written": written}
        for n in names:
            self.claims.setdefault(n.lower(), set()).add(("p:" if person else "o:") + key)

    def ambiguous(self) -> set[str]:
        return {n for n, owners in self.claims.items() if len(owners) > 1}

    @staticmethod
    def _owner(written: list[str], hand_orgs: dict[str, str]) -> str | None:
        """The hand-written organisation an entry is, by its own name ("HEZBOLLAH", even where one word
        keeps it out of the table), else by the one such organisation its other names point to."""
        if written and written[0].lower() in hand_orgs:
            return hand_orgs[written[0].lower()]
        owners = {hand_orgs[n.lower()] for n in written if n.lower() in hand_orgs}
        return owners.pop() if len(owners) == 1 else None

    def resolve(self, taken: set[str], hand_orgs: dict[str, str] | None = None) -> None:
        """Drop names two entries claim and names the hand-written dictionary already has.

        An organisation whose own first name the hand-written files lack but one of whose names is a
        hand-written organisation's ("Harakat Al-Muqawammah Al-Islammiyya", listed with "Hamas") is that
        organisation: its row leads with the hand-written name, and its other names become that entry's
        aliases when loaded, rather than a second actor.
        """
        bad, hand_orgs = self.ambiguous(), hand_orgs or {}
        for table in (self.people, self.orgs):
            for key in list(table):
                rec = table[key]
                every = [rec["name"], *rec["aliases"]]
                names = [n for n in every if n.lower() not in bad and n.lower() not in taken]
                self.dropped["name: claimed by two entries"] += sum(n.lower() in bad for n in every)
                self.dropped["name: already hand-written"] += sum(n.lower() in taken for n in every)
                if rec["name"].lower() in taken or not names:
                    del table[key]   # a hand-written entry for this person wins outright
                    continue
                owner = self._owner(rec["written"], hand_orgs) if table is self.orgs else None
                if owner is not None:
                    self.dropped["entry: folded into a hand-written organisation"] += 1
                    rec["name"], rec["aliases"] = owner, names
                    continue
                rec["name"], rec["aliases"] = names[0], names[1:]


def header(commit: str, what: str) -> list[str]:
    return [f"# {what}, converted by scripts/convert_phoenix_actors.py from {SOURCE}",
            f"# at commit {commit}. Licence: MIT (c) 2014 Open Event Data Alliance; CountryInfo data: Computational",
            "# Event Data System Project. Do not edit by hand: rerun the script. Hand-written files win over this one.",
            "# Dates: start inclusive, end exclusive (the day after the dictionary's inclusive end); empty = open.",
            "# names: '|'-separated; the first is canonical. country: ISO3 or IGO code; role: sitroom role or empty."]


def write(out: Path, conv: Converter, commit: str) -> tuple[int, int]:
    with (out / "people_phoenix.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header(commit, "People with dated offices")) + "\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["names", "country", "role", "start", "end"])
        for key in sorted(conv.people):
            rec = conv.people[key]
            names = "|".join([rec["name"], *rec["aliases"]])
            for k, (country, role, start, end) in enumerate(sorted(rec["periods"], key=_order)):
                w.writerow([names if k == 0 else "", country, role or "", start or "", end or ""])
    with (out / "agencies_phoenix.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header(commit, "Named organisations and armed groups")) + "\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["names", "country", "role"])
        for key in sorted(conv.orgs):
            rec = conv.orgs[key]
            placed = [p for p in rec["periods"] if p[0]] or rec["periods"]   # a country beats a region
            country, role, _, _ = placed[-1]
            w.writerow(["|".join([rec["name"], *rec["aliases"]]), country or "", role or ""])
    return len(conv.people), len(conv.orgs)


def common_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Country name words, country adjectives and demonyms, and plain common words (stop words, titles,
    role nouns). A person's name may not be made of these alone nor start with an adjective or a
    common word ("Israeli President Ruby Rivlin"); it may start with a country word ("Solomon
    Ewugu"). A body's name may not be made of plain common words alone ("National Assembly")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    names: set[str] = set()
    adjectives: set[str] = set()
    titles = {"mr", "mrs", "ms", "dr", "sir", "gen", "general", "president", "minister", "secretary", "premier",
              "king", "queen", "prince", "chairman", "leader", "chancellor", "governor", "secretary-general"}
    words = set(STOP_WORDS) | titles | {"sheikh", "u.s.", "us", "un"}
    roles = lexicon.load_yaml("actors/roles.yaml") or {}
    for group in ("nouns", "titles"):
        for e in roles.get(group) or []:
            words.update(w for phrase in e["words"] for w in str(phrase).lower().split())
            if group == "titles":
                titles.update(w for phrase in e["words"] for w in str(phrase).lower().split())
    for e in lexicon.load_yaml("actors/countries.yaml") or []:
        for n in [*(e.get("adjectives") or []), *(e.get("demonyms") or [])]:
            adjectives.update(str(n).lower().split())
        for n in [e["name"], *(e.get("names") or [])]:
            names.update(str(n).lower().split())
    return frozenset(names), frozenset(adjectives), frozenset(words), frozenset(titles)


def hand_written() -> set[str]:
    """Every name the bundled hand-written files already use (they stay authoritative)."""
    taken: set[str] = set()
    for e in lexicon.load_yaml("actors/people.yaml") or []:
        taken.update(n.lower() for n in [e["name"], *(e.get("aliases") or [])])
    for e in lexicon.load_yaml("actors/agencies.yaml") or []:
        taken.update(n.lower() for n in [e["name"], *(e.get("names") or [])])
    for e in lexicon.load_yaml("actors/igos.yaml") or []:
        taken.update(str(n).lower() for n in [e["name"], e["code"], *(e.get("names") or [])])
    return taken


def hand_written_orgs() -> dict[str, str]:
    """Each name of a hand-written organisation, lower-cased, with the organisation's own name."""
    return {n.lower(): e["name"] for e in lexicon.load_yaml("actors/agencies.yaml") or []
            for n in [e["name"], *(e.get("names") or [])]}


def known_codes() -> frozenset[str]:
    return frozenset(e["iso3"] for e in lexicon.load_yaml("actors/countries.yaml")) | IGO_CODES


def convert(texts: dict[str, str], commit: str, out: Path) -> Counter[str]:
    conv = Converter(*common_words(), known_codes())
    for source, text in texts.items():
        for entry in parse(text, source):
            conv.add(entry)
    conv.resolve(hand_written(), hand_written_orgs())
    people, orgs = write(out, conv, commit)
    conv.dropped["kept: people"], conv.dropped["kept: organisations"] = people, orgs
    return conv.dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dict_dir", type=Path)
    ap.add_argument("commit")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/sitroom/resources/actors")
    args = ap.parse_args(argv)
    texts = {name: (args.dict_dir / name).read_text(encoding="utf-8", errors="replace") for name in FILES}
    counts = convert(texts, args.commit, args.out)
    for what, n in sorted(counts.items()):
        print(f"{n:7d}  {what}")
    print(f"role codes mapped: {', '.join(sorted(ROLE_MAP))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
