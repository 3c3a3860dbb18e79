"""Role nouns from the Phoenix agent dictionary (``resources/petrarch_agents.csv``), kept narrow.

The hand-written ``roles.yaml`` names the usual words for police, troops and armed
groups; the field's dictionary knows many more ("constable", "police personnel",
"paratroopers", "insurgent commander"). Only its police (COP), military (MIL) and
rebel (REB) entries are used, only those not already in ``roles.yaml``, and only
phrases whose last word names people or a body of people: the dictionary also lists
weapons, ships and buildings under MIL and COP ("attack helicopter", "prison"),
which are no actors.
"""

from __future__ import annotations

import re

from sitroom.lexicon import load_csv

_LABELS = {"COP": "police", "MIL": "military", "REB": "rebels"}
_PEOPLE = re.compile(
    r"(?:man|men|woman|women|person|people|officers?|agents?|officials?|guards?|forces?|troopers?|"
    r"constables?|patrols?|police|personnel|detectives?|soldiers?|militias?|militiamen|rebels?|"
    r"insurgents?|guerrill?as?|commandos?|paratroopers?|marines?|troops|units?|battalions?|brigades?|"
    r"squads?|gendarmes?|gendarmerie|rangers?|infantry|army|sheriffs?|deputies|recruits?|conscripts?|"
    r"reservists?|militants?|gunmen|separatists?|jawans?)$")


def _forms(phrase: str) -> list[str]:
    """The phrase and its plural ("constable" → "constables"); the dictionary lists most nouns once."""
    if phrase.endswith(("s", "men", "people", "police", "personnel", "infantry", "gendarmerie")):
        return [phrase]
    return [phrase, phrase + "s"]


def field_role_nouns(known: set[str]) -> list[tuple[str, str, str, bool]]:
    """(phrase, role, label, bare) for the usable entries not in ``known``; police and rebel nouns name
    an actor on their own ("constables fired"), soldiers need their country as in ``roles.yaml``."""
    out: list[tuple[str, str, str, bool]] = []
    for row in load_csv("petrarch_agents.csv"):
        phrase, code = row["phrase"].strip().lower(), row["code"].strip()
        if code not in _LABELS or not _PEOPLE.search(phrase) or "." in phrase:
            continue
        out.extend((form, code, _LABELS[code], code != "MIL") for form in _forms(phrase) if form not in known)
    return out


# Phoenix sectors of private people, coded as the gold's civilians; criminals and business people (a trader,
# an investor: BUS) keep their own code.
_COUNTED = {"CVL": ("CVL", "civilians"), "EDU": ("CVL", "civilians"), "LAB": ("CVL", "civilians"),
            "AGR": ("CVL", "civilians"), "REF": ("CVL", "civilians"), "HLH": ("CVL", "civilians"),
            "CRM": ("CRM", "suspects"), "BUS": ("BUS", "business people")}
# Entries of those sectors that name places, vehicles or institutions, not people.
_NOT_PEOPLE = re.compile(
    r"liner|jet|village|settlement|neighbo|town|community|population|school|college|universit|kindergar|"
    r"institution|congress|conservatory|union|federation|organi[sz]ation|council|industr|cartel|syndicate|"
    r"gang|maf+ia|hospital|infirmary|sanat|sanit|facilit|building|firm|association|electorate|group|"
    r"maker|tanker|freighter|ship|jet|airline|airway|aerospace|compan|corporation|conglomerate|industry|"
    r"business$|oiler|producer|man[au]?fa|monger|boss")


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word  # listed in the plural already ("taxpayers", "victims")
    if word == "child":
        return "children"
    if word.endswith(("man", "woman")):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def field_counted_nouns(known: set[str]) -> list[tuple[str, str, str]]:
    """(plural noun, role, label) for the one-word people nouns of the private sectors
    ("shopkeepers", "pupils", "labourers") that are not in ``known``: groups when counted."""
    out: list[tuple[str, str, str]] = []
    for row in load_csv("petrarch_agents.csv"):
        phrase, code = row["phrase"].strip().lower(), row["code"].strip()
        if code not in _COUNTED or " " in phrase or "-" in phrase or phrase.endswith("ed") \
                or _NOT_PEOPLE.search(phrase):
            continue
        form = phrase if phrase.endswith(("people", "men", "children")) else _plural(phrase)
        if form not in known:
            out.append((form, *_COUNTED[code]))
    return out
