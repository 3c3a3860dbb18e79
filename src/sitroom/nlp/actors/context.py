"""Give a country to actors the text names only by role ("army spokesman Khalid Osman").

Wire copy names the country once ("Sudan's army said …") and then drops it
("Army spokesman …"). Event coders need the country to code the actor, so an
actor with a role but no country takes, in this order: the country of the
nearest earlier actor with the same role, else the country of the dateline when the
article names it (``home``: the story happens there, and a "KINSHASA" story that
quotes Washington at length still has Zairean rebels and a Zairean president), else
the article's dominant country when one country clearly dominates the state
mentions. Taking the dateline first for every role, not only for police, civilians
and protesters, gained recipient and triple on the blind samples (and on the half of
the dev split nobody reads) and lost where a body abroad issues a statement about
another country ("GEORGETOWN" for a Caribbean statement on Haiti). The rule name
records the inference, so a reader can discount it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Protocol, TypeVar

DOMINANT_SHARE = 0.5  # the dominant country must hold at least this share of country mentions


class _Mention(Protocol):
    start: int


class _Draft(Protocol):
    key: tuple[str, ...]
    country: str | None
    role: str | None
    type: str
    rule: str
    mentions: list

    def add(self, m: Any) -> None: ...


D = TypeVar("D", bound=_Draft)


def dominant_country(drafts: list[D], places: Counter[str] | None = None) -> str | None:
    """The country most mentions are of, counting the places named in it (``places``): an article on
    Myanmar that names China often but Shan state, Laukkai and Sagaing too is about Myanmar."""
    counts: Counter[str] = Counter(places or {})
    for d in drafts:
        if d.country and len(d.country) == 3 and d.country.isalpha() and d.type in ("state", "org", "person", "group"):
            counts[d.country] += len(d.mentions)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n / sum(counts.values()) >= DOMINANT_SHARE else None


# A state's own heads: "President Glafcos Clerides" after "French official Claude Martin" is no Frenchman
# for sharing a role with him. Such a head takes the dateline's country first (the story is told from
# the capital of the state it heads), else that of an earlier holder of the same title.
_HEAD_TITLES = frozenset({"president", "vice president", "acting president", "prime minister"})


def _head_title(d: _Draft) -> str | None:
    return next((t for t in (x.removeprefix("title:") for x in getattr(d, "descriptors", ())) if t in _HEAD_TITLES),
                None)


def infer_countries(drafts: list[D], places: Counter[str] | None = None, home: str | None = None) -> None:
    """Fill ``country`` in place for role-only actors (see module docstring)."""
    dominant = dominant_country(drafts, places)
    if home is not None and not any(d.country == home for d in drafts):
        home = None  # a dateline country the text never names says nothing about its groups
    anchored = sorted(
        ((min(m.start for m in d.mentions), d.role, d.country, _head_title(d)) for d in drafts
         if d.country and d.role and d.mentions),
        key=lambda t: t[0],
    )
    for d in drafts:
        if d.country or not d.role or not d.mentions or d.type == "state":
            continue
        first = min(m.start for m in d.mentions)
        title = _head_title(d)
        same_role = [c for start, role, c, held in anchored if role == d.role and start < first
                     and (title is None or held == title)]
        if title is not None and home:  # an unnamed state's president in a story told from its capital
            d.country, d.rule = home, d.rule + "+context_dateline"
        elif same_role:
            d.country, d.rule = same_role[-1], d.rule + "+context_role"
        elif home:
            d.country, d.rule = home, d.rule + "+context_dateline"
        elif dominant:
            d.country, d.rule = dominant, d.rule + "+context_country"


def merge_inferred(drafts: list[D]) -> list[D]:
    """A body that got its country by inference is the same actor as an earlier body of that country and role.

    "Sudan's army … The army said" is one actor once "the army" is known to be Sudan's.
    """
    kept: list[D] = []
    for d in drafts:
        target = None
        if d.key[0] == "generic" and "+context" in d.rule:
            target = next((k for k in kept if k.key[0] == "generic" and k.country == d.country and k.role == d.role
                           and k.key[-1] == d.key[-1]), None)
        if target is None:
            kept.append(d)
            continue
        for m in d.mentions:
            target.add(m)
    return kept
