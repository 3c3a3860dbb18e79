"""Rows for nominalizations of trigger verbs, made from the verbs' own rows.

News names an act by its noun as often as by its verb: "the *closure* of the Rafah crossing", "the
*signing* of the accord", "the *seizure* of the ship". A verb row whose frame is only its object
("close + dobj:border|crossing") says what that object must be; the noun takes the same words as its
of-complement, so a row is derived rather than written twice, and "the closure of the factory" stays
no event for the same reason "closed the factory" does. A verb of force coded by its lemma alone ("seized",
"executed", "demolished") gives its noun a row that needs an of-phrase ("the seizure of the tanker"); a
stance verb so coded does not ("his approval of the attack" approves nothing new). The derived rows have a
lower confidence and pass the same guards as any nominal (a bare definite back-reference is dropped). A
noun the hand-written tables list keeps only its own rows; the pairs come from
``resources/event_nominalizations.csv``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitroom.lexicon import load_csv


def _pairs() -> dict[str, tuple[str, ...]]:
    return {row["verb"].strip().lower(): tuple(n.strip().lower() for n in row["nouns"].split("|") if n.strip())
            for row in load_csv("event_nominalizations.csv")}


def _object_words(frame: str) -> str | None:
    """``dobj:W`` alone → W, an empty frame or ``dobj:*`` → '*'; any other frame → None."""
    conds = [c.strip() for c in frame.split(" + ") if c.strip()]
    if not conds:
        return "*"
    if len(conds) != 1 or not conds[0].startswith("dobj:"):
        return None
    words = conds[0][len("dobj:"):]
    return None if words == "" else words


_FORCE = frozenset({"ASSAULT", "COERCE"})  # types whose noun with any of-phrase names the act


def nominal_rows(rows: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    """Derived NOUN rows for the verb rows of ``rows`` (see the module docstring)."""
    rows = list(rows)
    pairs = _pairs()
    listed = {r["lemma"].lower() for r in rows if r["pos"] == "NOUN"}
    out: list[dict[str, str]] = []
    for row in rows:
        words = _object_words(row.get("frame") or "") if row["pos"] == "VERB" else None
        if words is None or words == "*" and row["plover_type"] not in _FORCE:
            continue
        for noun in pairs.get(row["lemma"].lower(), ()):
            if noun in listed:
                continue
            confidence = round(float(row.get("confidence") or 0.5) * 0.6, 3)
            out.append({**row, "id": f"nominal.{noun}.{row['id']}", "lemma": noun, "pos": "NOUN",
                        "frame": "prep:of" if words == "*" else f"prep:of={words}", "confidence": str(confidence),
                        "roles": ""})
    return out
