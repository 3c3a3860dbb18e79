"""The event pattern table (``resources/event_patterns.csv``): loading, indexing, matching a trigger.

Patterns are data so that coverage grows by adding rows, not code. A row names
a trigger lemma, its part of speech and a *frame*: conditions on the trigger's
dependents ("dobj:@troops + prep:to"). Several rows may share a lemma; the one
whose frame matches with the most conditions wins, so "send troops" (AID) and
"send an envoy" (no event) are told apart, and a row with an empty frame is the
lemma-only fallback. The frame language is documented in the CSV header.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from sitroom.lexicon import load_csv
from sitroom.nlp.events.frame_conditions import Condition, check
from sitroom.nlp.events.frame_conditions import lemma_keys as lemma_keys  # re-exported: the word keys of a trigger
from sitroom.nlp.events.frame_conditions import lemma_of as lemma_of
from sitroom.nlp.events.nominal import nominal_rows

_ANY: frozenset[str] = frozenset()  # empty set = any word
# A row whose lemma is this holds for any word its frame fits ("*jointly* inspected", "a *joint* study"): a
# modifier, not the word, names the act. It is read only when no row of the word's own lemma holds.
ANY_LEMMA = "*"


@dataclass(frozen=True)
class Pattern:
    id: str
    lemma: str
    pos: str
    conditions: tuple[Condition, ...]
    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    intensity: float | None
    confidence: float
    roles: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def specificity(self) -> int:
        return sum(1 for c in self.conditions if not c.negated)

    def role(self, name: str) -> tuple[str, ...]:
        """Role sources for ``actor`` or ``recipient`` named by the row, in order of preference."""
        for key, values in self.roles:
            if key == name:
                return values
        return ()


@lru_cache(maxsize=1)
def wordsets() -> dict[str, frozenset[str]]:
    return {row["name"]: frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip())
            for row in load_csv("event_wordsets.csv")}


def _words(spec: str) -> frozenset[str]:
    if spec in ("", "*"):
        return _ANY
    out: set[str] = set()
    sets = wordsets()
    for part in spec.split("|"):
        part = part.strip().lower()
        if part.startswith("@"):
            if part[1:] not in sets:
                raise ValueError(f"unknown word set {part!r} in event_patterns.csv")
            out |= sets[part[1:]]
        elif part:
            out.add(part)
    return frozenset(out)


def parse_condition(text: str) -> Condition:
    """``"prep:to=@troops"`` → Condition(kind="prep", preps={"to"}, words=troops); see the CSV header."""
    text = text.strip()
    negated = text.startswith("!")
    text = text.lstrip("!")
    kind, _, rest = text.partition(":")
    if kind == "prep":
        preps, _, words = rest.partition("=")
        return Condition("prep", _words(words), frozenset(p.strip().lower() for p in preps.split("|")), negated)
    return Condition(kind, _words(rest), negated=negated)


_ROLE_WORDS = frozenset({"dobj", "dative", "ccomp_subj", "dobj_owner", "subj_owner", "nsubj", "poss", "agent"})


def _roles(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``"recipient=prep:to|into|dative;actor=dobj_owner"``: a bare word after ``prep:`` is another preposition."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for part in (text or "").split(";"):
        key, _, value = part.partition("=")
        if not key.strip() or not value.strip():
            continue
        vals: list[str] = []
        in_prep = False
        for v in (x.strip() for x in value.split("|")):
            if v.startswith("prep:"):
                in_prep = True
                vals.append(v)
            elif v in _ROLE_WORDS:
                in_prep = False
                vals.append(v)
            elif in_prep:
                vals.append("prep:" + v)
            else:
                raise ValueError(f"unknown role source {v!r} in event_patterns.csv")
        out.append((key.strip(), tuple(vals)))
    return tuple(out)


def _field_rows() -> list[dict[str, str]]:
    """Verb phrases converted from the CAMEO dictionary (``petrarch_verbs.csv``), as a guarded fallback:
    only for verbs the hand-written table does not know at all, and only with a frame (an object or
    preposition that fixes the sense), never the bare verb. The policing rows
    (``event_patterns_policing.csv``: crowd control, custody, "shot dead") and the coverage rows
    (``event_patterns_coverage.csv``: acts told with words the first table lacked) come after the hand-written
    ones. A verb the hand-written or policing rows know takes no converted row; a coverage row sits beside
    the converted rows of its verb, the most specific frame winning."""
    hand = [*load_csv("event_patterns.csv"), *load_csv("event_patterns_policing.csv")]
    own = [*hand, *load_csv("event_patterns_coverage.csv")]
    known = {row["lemma"].lower() for row in hand if row["pos"] == "VERB"}
    extra = [row for row in load_csv("petrarch_verbs.csv")
             if row["lemma"].lower() not in known and (row.get("frame") or "").strip()]
    return [*own, *nominal_rows(own), *extra]


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    rows = []
    for row in _field_rows():
        frame = row.get("frame") or ""
        conds = tuple(parse_condition(c) for c in frame.split(" + ") if c.strip())
        rows.append(Pattern(
            id=row["id"], lemma=row["lemma"].lower(), pos=row["pos"], conditions=conds,
            type=row["plover_type"], mode=row.get("mode") or None, context=row.get("context") or None,
            cameo=row.get("cameo") or None,
            intensity=float(row["intensity"]) if row.get("intensity") else None,
            confidence=float(row.get("confidence") or 0.5), roles=_roles(row.get("roles") or ""),
        ))
    return tuple(rows)


@lru_cache(maxsize=1)
def index() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Rows by (lemma, part of speech), most specific first; rows that tie keep the table's order,
    so the first row whose frame holds is the one ``match`` wants."""
    table: dict[tuple[str, str], list[Pattern]] = {}
    for p in patterns():
        table.setdefault((p.lemma, p.pos), []).append(p)
    return {k: tuple(sorted(v, key=lambda p: (p.specificity, p.confidence), reverse=True))
            for k, v in table.items()}


def matches(pattern: Pattern, token: Token) -> bool:
    return all(check(c, token) != c.negated for c in pattern.conditions)


# The parts of speech a trigger can have: ``match`` returns None for every other token. An adjective
# triggers only through rows written for it ("was *pleased with*", "is *angry at*"), read like a verb's.
TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ"})


def _pos(token: Token) -> str | None:
    return token.pos_ if token.pos_ in TRIGGER_POS else None


def match(token: Token) -> Pattern | None:
    """The most specific pattern whose frame holds for ``token``, or None."""
    pos = _pos(token)
    if pos is None:
        return None
    table = index()
    candidates = next((table[(k, pos)] for k in lemma_keys(token) if (k, pos) in table), ())
    found = next((p for p in candidates if matches(p, token)), None)
    return found or next((p for p in table.get((ANY_LEMMA, pos), ()) if matches(p, token)), None)


@lru_cache(maxsize=1)
def lemma_types() -> dict[str, str]:
    """Lemma → PLOVER type of its first row, ignoring frames (the syntax-free baseline)."""
    out: dict[str, str] = {}
    for p in patterns():
        out.setdefault(p.lemma, p.type)
    return out
