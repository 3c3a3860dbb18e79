"""Story versions: what an update added to or removed from an article.

An article updated in place is stored as a new version (the store links it to
the previous one). The reader wants the editorial difference, not a text diff:
which claims (event + who says so + stance), which quotes and which numbers
appeared or disappeared, and the update notes the newsroom added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Analysis
from .reading import mentions_from


def _norm(text: str) -> str:
    return (
        re.sub(r"\s+", " ", text.replace("\u201c", '"').replace("\u201d", '"')).strip().strip('"').casefold()
    )


def claim_lines(analysis: Analysis) -> dict[str, str]:
    """Signature -> readable line, one per distinct (event, source, stance) in the article."""
    out: dict[str, str] = {}
    for m in mentions_from(analysis):
        stance = m.stance + (" (negated)" if m.negated else "")
        sig = "|".join(
            [
                m.type,
                m.actor_code or m.actor_key,
                m.recipient_code or m.recipient_key,
                m.source_key,
                stance,
                m.date_value or "",
            ]
        )
        who = m.source_name or m.source_key
        when = f" on {m.date_value}" if m.date_value else ""
        out.setdefault(
            sig, f"{m.actor_code or '?'} {m.type} {m.recipient_code or '?'}{when} — {stance} by {who}"
        )
    return out


def quote_lines(analysis: Analysis) -> dict[str, str]:
    names = {a.id: a.name for a in analysis.actors}
    return {_norm(q.text): f"{names.get(q.speaker or '', 'unknown')}: {q.text}" for q in analysis.quotes}


def number_lines(analysis: Analysis) -> dict[str, str]:
    names = {a.id: a.name for a in analysis.actors}
    out: dict[str, str] = {}
    for q in analysis.quantities:
        who = names.get(q.claimant or "", "unattributed")
        value = f"{q.value:g}" + (f"-{q.value_max:g}" if q.value_max is not None else "")
        out[f"{value}|{(q.unit or '').casefold()}|{who}"] = (
            f"{q.text} ({value} {q.unit or ''}, {who})".replace(" ,", ",")
        )
    return out


@dataclass(frozen=True, slots=True)
class Diff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return {"added": self.added, "removed": self.removed}


@dataclass(frozen=True, slots=True)
class VersionDiff:
    old_id: str
    new_id: str
    claims: Diff
    quotes: Diff
    numbers: Diff
    notes: list[str]

    @property
    def empty(self) -> bool:
        return not any(
            [
                self.claims.added,
                self.claims.removed,
                self.quotes.added,
                self.quotes.removed,
                self.numbers.added,
                self.numbers.removed,
                self.notes,
            ]
        )

    def as_dict(self) -> dict:
        return {
            "from": self.old_id,
            "to": self.new_id,
            "claims": self.claims.as_dict(),
            "quotes": self.quotes.as_dict(),
            "numbers": self.numbers.as_dict(),
            "notes": self.notes,
        }


def _diff(old: dict[str, str], new: dict[str, str]) -> Diff:
    return Diff(added=[new[k] for k in new if k not in old], removed=[old[k] for k in old if k not in new])


def diff_versions(old: Analysis, new: Analysis) -> VersionDiff:
    notes = [n for n in new.document.update_notes if n not in old.document.update_notes]
    return VersionDiff(
        old_id=old.document.id,
        new_id=new.document.id,
        claims=_diff(claim_lines(old), claim_lines(new)),
        quotes=_diff(quote_lines(old), quote_lines(new)),
        numbers=_diff(number_lines(old), number_lines(new)),
        notes=notes,
    )
