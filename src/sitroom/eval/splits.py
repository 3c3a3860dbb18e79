"""Named gold splits scored side by side: a dev set for error analysis next to a blind test set.

A score on articles that were read while writing rules overstates what the rules do on news nobody
tuned for; a frozen test set annotated before the system ran on it keeps that honest. Showing both
in one table makes the gap visible. The misses of a test split are never listed (reading them
would turn the test set into a dev set), so ``misses_allowed`` refuses them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from ..errors import BadOption
from .report import EVENT_TYPES, Report
from .scoring import NONE, Counts, DocumentScore

TEST_SPLIT = "test"
SPLITS_SCHEMA = "sitroom-eval-splits/1"


def parse_splits(specs: Sequence[str]) -> dict[str, list[Path]]:
    """``NAME=PATH`` items, in order; a name given twice gathers its paths."""
    splits: dict[str, list[Path]] = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise BadOption(f"bad split {spec!r}",
                            hint="write --split NAME=PATH, e.g. --split test=benchmarks/blind/test")
        splits.setdefault(name.strip(), []).append(Path(path.strip()))
    return splits


def misses_allowed(names: Sequence[str]) -> None:
    """Refuse to list the errors of a blind test split."""
    if TEST_SPLIT in names:
        raise BadOption("--misses is refused for the 'test' split: its errors must not be read while writing rules",
                        hint="list the misses of the dev split only; a test set whose errors were read becomes dev")


def type_counts(confusion: Mapping[str, Mapping[str, int]]) -> dict[str, Counts]:
    """Precision and recall per PLOVER type from the place-paired confusion matrix.

    A gold event paired with a prediction of the same type is a true positive of that type; a
    pairing with another type (or NONE) is a miss of the gold type and a spurious item of the
    predicted type.
    """
    out: dict[str, Counts] = {}
    for gold_type, row in confusion.items():
        for pred_type, n in row.items():
            if gold_type == pred_type:
                out.setdefault(gold_type, Counts()).tp += n
                continue
            if gold_type != NONE:
                out.setdefault(gold_type, Counts()).fn += n
            if pred_type != NONE:
                out.setdefault(pred_type, Counts()).fp += n
    return {t: out[t] for t in EVENT_TYPES if t in out}


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def _cells(c: Counts | None) -> list[str]:
    if c is None:
        return ["", "", "", ""]
    return [f"{c.tp}/{c.fp}/{c.fn}", _pct(c.precision), _pct(c.recall), _pct(c.f1)]


def _rows(reports: Mapping[str, Report], by_type: bool) -> list[list[str]]:
    tables = {s: (type_counts(r.confusion) if by_type else r.components) for s, r in reports.items()}
    names: list[str] = []
    for counts in tables.values():
        names += [n for n in counts if n not in names]
    return [[name] + [cell for s in reports for cell in _cells(tables[s].get(name))] for name in names]


def _header(reports: Mapping[str, Report], first: str) -> list[str]:
    return [first] + [f"{s} {col}" for s in reports for col in ("TP/FP/FN", "P %", "R %", "F1 %")]


def side_by_side_table(reports: Mapping[str, Report], by_type: bool = False) -> Table:
    sizes = ", ".join(f"{s}: {len(r.documents)} articles" for s, r in reports.items())
    table = Table(title=("event types" if by_type else "components") + f" ({sizes})")
    header = _header(reports, "type" if by_type else "component")
    for i, col in enumerate(header):
        table.add_column(col, justify="left" if i == 0 else "right")
    for row in _rows(reports, by_type):
        table.add_row(*row)
    return table


def side_by_side_markdown(reports: Mapping[str, Report], by_type: bool = False) -> str:
    header = _header(reports, "type" if by_type else "component")
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(row) + " |" for row in _rows(reports, by_type)]
    return "\n".join(lines)


def splits_dict(reports: Mapping[str, Report]) -> dict[str, Any]:
    """Every split's report plus per-type figures; a test split keeps its counts but not its error lists."""
    out: dict[str, Any] = {}
    for name, report in reports.items():
        data = report.to_dict()
        per_type = type_counts(report.confusion)
        data["event_types"] = {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn} for t, c in per_type.items()}
        if name == TEST_SPLIT:
            for doc in data["per_document"]:
                for figures in doc["components"].values():
                    figures.pop("misses", None)
                    figures.pop("spurious", None)
        out[name] = data
    return {"schema": SPLITS_SCHEMA, "splits": out}


def write_splits_json(reports: Mapping[str, Report], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(splits_dict(reports), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """A split's counts back from its JSON, so a frozen test split scored once is shown again, not rescored."""
    components = {name: Counts(tp=c["tp"], fp=c["fp"], fn=c["fn"]) for name, c in data["components"].items()}
    documents = [DocumentScore(name=d["name"], components={}, confusion={}) for d in data["per_document"]]
    return Report(documents=documents, components=components, confusion=data["confusion"]["matrix"])
