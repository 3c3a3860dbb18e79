"""Score sitroom's times against TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned) gold TIMEX3 values.

Usage:  .venv/bin/python benchmarks/timex_eval.py [--gold DIR] [--limit N] [--errors N]

Each document's text (the <TEXT> element, tags stripped) is parsed by the same
spaCy model sitroom uses, paragraph by paragraph as ``parse_document`` does;
sitroom's time component runs on it with the document creation time (DCT) as
reference date. In the same run the baseline, spaCy's DATE/TIME entities
normalised by plain dateparser (RELATIVE_BASE = DCT), is scored on the same parse.

Scoring (spans match when they overlap):
- the *target* gold set is TIMEX3 of type DATE or TIME whose value is a calendar
  value (starts with a digit); gold DURATION/SET and PRESENT_REF/PAST_REF/FUTURE_REF
  are not targets, but a prediction overlapping them is not a false positive either;
- recall = targets overlapped by a prediction; precision = predictions overlapping
  any gold TIMEX3; value accuracy = exact string match of the value on detected
  targets (the prediction with the largest overlap).
Gold data is used for evaluation only; nothing from it is stored in the package.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "timex"
RESULTS = ROOT / "benchmarks" / "results"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str

    @property
    def target(self) -> bool:
        return self.type in ("DATE", "TIME") and self.value[:1].isdigit()


@dataclass
class GoldDoc:
    name: str
    dct: date
    text: str
    timexes: list[Gold] = field(default_factory=list)
    corpus: str = ""


def read_tml(path: Path) -> GoldDoc:
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None:
        raise ValueError(f"{path}: no CREATION_TIME")
    dct = date.fromisoformat(dict(_ATTR.findall(dct_match.group(0)))["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Gold] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            timexes.append(Gold(start, length, "", a.get("type", ""), a.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    for g in timexes:
        g.text = text[g.start:g.end]
    return GoldDoc(path.stem, dct, text, timexes, path.parent.name)


@dataclass
class Pred:
    start: int
    end: int
    text: str
    value: str | None
    rule: str | None = None
    part: str | None = None


def sitroom_and_baseline(docs: list[GoldDoc]) -> tuple[list[list[Pred]], list[list[Pred]], float, float]:
    import spacy
    from spacy.tokens import Doc

    from sitroom.config import Settings
    from sitroom.nlp.extensions import ensure_lists, register_extensions
    from sitroom.nlp.pipeline import paragraphs
    from sitroom.nlp.times.component import TimeTagger

    # The model sitroom uses, without the other sitroom components: only the times layer is measured.
    register_extensions()
    nlp = spacy.load(Settings().model)
    tagger = TimeTagger()
    ours: list[list[Pred]] = []
    base: list[list[Pred]] = []
    t_ours = t_base = 0.0
    for gd in docs:
        chunks = [c for _, c in paragraphs(gd.text)] or [gd.text]
        parsed = list(nlp.pipe(chunks))
        doc = Doc.from_docs(parsed, ensure_whitespace=False) if len(parsed) > 1 else parsed[0]
        doc._.ref_date = gd.dct
        ensure_lists(doc)
        t0 = time.perf_counter()
        tagger(doc)
        t_ours += time.perf_counter() - t0
        ours.append([Pred(t.start, t.end, t.text, t.value, t.rule, t.part) for t in doc._.times])
        t0 = time.perf_counter()
        base.append(baseline(doc, gd.dct))
        t_base += time.perf_counter() - t0
    return ours, base, t_ours, t_base


def baseline(doc, dct: date) -> list[Pred]:  # type: ignore[no-untyped-def]
    """spaCy DATE/TIME entities, each normalised by plain dateparser against the DCT."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(dct.year, dct.month, dct.day), "RETURN_TIME_AS_PERIOD": True})
    preds = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = parser.get_date_data(ent.text)
        value = None
        if data is not None and data.date_obj is not None:
            d, period = data.date_obj, data.period
            value = {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}",
                     "week": "{:04d}-W{:02d}".format(*d.isocalendar()[:2]),
                     "time": d.strftime("%Y-%m-%dT%H:%M")}.get(period or "", d.date().isoformat())
        preds.append(Pred(ent.start_char, ent.end_char, ent.text, value))
    return preds


DAY_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def canonical(value: str | None, part: str | None = None) -> str | None:
    """One spelling per meaning, applied to gold and to both systems alike: ISO weeks zero-padded
    (W7 -> W07), unspecified trailing parts dropped (1968-XX -> 1968, 199X -> 199, 19XX -> 19), a bare
    clock hour given its minutes (T17 -> T17:00), and a day with a part of the day (sitroom's value
    1998-01-08 with part "night") written the TimeML way (1998-01-08TNI)."""
    if value is None:
        return None
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"^(\d{2})XX$", r"\1", value)
    value = re.sub(r"T(\d\d)$", r"T\1:00", value)
    if part in DAY_PART_CODES and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        value += "T" + DAY_PART_CODES[part]
    return re.sub(r"^(\d{3})X$", r"\1", value)


def matches(gold: str, value: str | None, part: str | None) -> bool:
    """Gold and predicted value agree. A gold part-of-day value (1998-01-08TNI) needs the same date and
    the same part; a gold plain date (1998-01-08 for "Friday night") is matched by the predicted date,
    the part being extra detail the annotator left out."""
    with_part = bool(re.search(r"T(?:MO|AF|EV|NI)$", gold))
    return canonical(value, part if with_part else None) == canonical(gold)


def error_class(gold: str, value: str | None, part: str | None) -> str:
    """A coarse reason for a wrong value, read off the two values alone (no text): for the error table."""
    g, v = canonical(gold) or "", canonical(value) or ""
    if "X" in gold:
        return "gold leaves part unspecified (1989-WXX, 1989-QX, 1998-12-XX)"
    if value is None:
        return "no value (duration, unresolved or anchored without anchor)"
    if re.search(r"T(?:MO|AF|EV|NI)$", g) and v[:10] == g[:10]:
        return "same day, other part of day (night vs TEV)"
    days = [re.fullmatch(r"(\d{4}-\d\d-\d\d).*", x) for x in (g, v)]
    if days[0] and days[1]:
        gap = abs((date.fromisoformat(days[0].group(1)) - date.fromisoformat(days[1].group(1))).days)
        if gap == 7:
            return "a week off (weekday resolved to the other side of the reference date)"
        if gap in (1, 2, 3, 4, 5, 6):
            return "day off by 1-6 days (tense or document date)"
        if gap >= 360:
            return "date a year or more off"
    weeks = [re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", x) for x in (g, v)]
    if weeks[0] and weeks[1] and weeks[0].group(1) == weeks[1].group(1):
        if abs(int(weeks[0].group(2)) - int(weeks[1].group(2))) == 1:
            return "week off by one (ISO Monday weeks vs weeks counted from Sunday)"
    if ("-W" in v) != ("-W" in g):
        return "week vs month or day ('last week' as 1998-10, 'two weeks ago' as a day)"
    if v[:4] == g[:4] and ("-Q" in v) != ("-Q" in g):
        return "quarter vs year or day (earnings comparisons: 'a year earlier', 'last year')"
    if v[:4] == g[:4] and (v.startswith(g) or g.startswith(v)):
        return "same period, other grain (1989 vs 1989-12-31, 1989-09 vs 1989-09-30)"
    if v[4:] == g[4:] and v[:4] != g[:4]:
        return "same calendar slot, other year"
    return "other"


def _overlap(a: Gold | Pred, b: Gold | Pred) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def expressible(value: str) -> bool:
    """Whether sitroom's value format can state this gold value at all: not with an unspecified part left
    inside it (1998-WXX, 1989-QX, 1998-12-XX)."""
    return "X" not in (canonical(value) or "")


def score(docs: list[GoldDoc], preds: list[list[Pred]], errors: list[dict] | None = None) -> dict:
    targets = detected = correct = n_pred = pred_ok = n_expressible = expressible_ok = 0
    by_shape: Counter[str] = Counter()
    wrong_shape: Counter[str] = Counter()
    wrong_class: Counter[str] = Counter()
    for gd, ps in zip(docs, preds, strict=True):
        n_pred += len(ps)
        pred_ok += sum(1 for p in ps if any(_overlap(g, p) for g in gd.timexes))
        for g in gd.timexes:
            if not g.target:
                continue
            targets += 1
            shape = re.sub(r"\d", "9", g.value)
            by_shape[shape] += 1
            hits = [p for p in ps if _overlap(g, p)]
            if not hits:
                if errors is not None:
                    errors.append({"doc": gd.name, "kind": "missed", "gold": g.text, "value": g.value})
                continue
            detected += 1
            best = max(hits, key=lambda p: _overlap(g, p))
            ok = matches(g.value, best.value, best.part)
            if expressible(g.value):
                n_expressible += 1
                expressible_ok += ok
            if ok:
                correct += 1
            else:
                wrong_shape[shape] += 1
                wrong_class[error_class(g.value, best.value, best.part)] += 1
                if errors is not None:
                    errors.append({"doc": gd.name, "dct": gd.dct.isoformat(), "kind": "value", "gold": g.text,
                                   "value": g.value, "pred": best.text, "got": best.value, "rule": best.rule,
                                   "context": gd.text[max(0, g.start - 90):g.end + 60].replace("\n", " ")})
    if errors is not None:
        for gd, ps in zip(docs, preds, strict=True):
            errors.extend({"doc": gd.name, "kind": "spurious", "pred": p.text, "got": p.value}
                          for p in ps if not any(_overlap(g, p) for g in gd.timexes))
    precision = pred_ok / n_pred if n_pred else 0.0
    recall = detected / targets if targets else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "targets": targets, "predictions": n_pred, "detected": detected, "value_correct": correct,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "value_accuracy_on_detected": round(correct / detected, 4) if detected else 0.0,
        "value_accuracy_on_all_targets": round(correct / targets, 4) if targets else 0.0,
        "detected_expressible": n_expressible,
        "value_accuracy_on_detected_expressible": (
            round(expressible_ok / n_expressible, 4) if n_expressible else 0.0),
        "wrong_by_gold_shape": dict(wrong_shape.most_common(12)),
        "wrong_by_class": dict(wrong_class.most_common()),
    }


def markdown(result: dict) -> str:
    rows = ["| corpus | system | gold targets | predictions | precision | recall | F1 "
            "| value acc. (detected) | value acc. (all targets) | value acc. (detected, expressible) |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    parts = [("all", result), *sorted(result["by_corpus"].items())]
    for corpus, block in parts:
        for name in ("sitroom", "baseline"):
            r = block[name]
            rows.append(f"| {corpus} | {name} | {r['targets']} | {r['predictions']} | {r['precision']:.3f} "
                        f"| {r['recall']:.3f} | {r['f1']:.3f} | {r['value_accuracy_on_detected']:.3f} | "
                        f"{r['value_accuracy_on_all_targets']:.3f} | "
                        f"{r['value_accuracy_on_detected_expressible']:.3f} |")
    notes = result["notes"]
    return "\n".join([
        "# Times on TimeBank + AQUAINT (TBAQ-cleaned)", "",
        f"{result['documents']} documents, reference date = each document's creation time. "
        f"Run {result['run_at']}, {result['seconds']:.0f} s.", "",
        *rows, "",
        *[f"- {n}" for n in notes], "",
        "sitroom's value errors by the shape of the gold value (9 = digit): "
        + ", ".join(f"`{k}` {v}" for k, v in result["sitroom"]["wrong_by_gold_shape"].items()), "",
        "sitroom's value errors by class (read off gold and predicted values by `error_class`):", "",
        "| class | errors |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in result["sitroom"]["wrong_by_class"].items()], "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents (0 = all)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N sitroom errors of each kind")
    ap.add_argument("--dump-errors", type=Path, help="write every sitroom error as JSON lines here")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results/timex.*")
    args = ap.parse_args(argv)
    files = sorted(args.gold.glob("*/*.tml"))
    if args.limit:
        files = files[: args.limit]
    started = time.perf_counter()
    docs = [read_tml(f) for f in files]
    ours, base, t_ours, t_base = sitroom_and_baseline(docs)
    errors: list[dict] = []
    result = {
        "documents": len(docs),
        "run_at": datetime.now().isoformat(timespec="seconds"),
        "sitroom": score(docs, ours, errors), "baseline": score(docs, base),
        "by_corpus": {
            corpus: {
                "documents": len(idx),
                "sitroom": score([docs[i] for i in idx], [ours[i] for i in idx]),
                "baseline": score([docs[i] for i in idx], [base[i] for i in idx]),
            }
            for corpus in sorted({d.corpus for d in docs})
            for idx in [[i for i, d in enumerate(docs) if d.corpus == corpus]]
        },
        "component_seconds": {"sitroom_times": round(t_ours, 2), "baseline_dateparser": round(t_base, 2)},
        "notes": [
            "Targets: gold TIMEX3 of type DATE/TIME with a calendar value (digit first); DURATION, SET and "
            "PRESENT_REF/PAST_REF/FUTURE_REF are not targets, but predictions overlapping them are not "
            "false positives.",
            "Detection: overlap of character spans. Value accuracy: exact match of the ISO/TimeML value "
            "after "
            "canonical spelling on both sides (ISO week zero-padded, W7 = W07; unspecified trailing parts "
            "dropped, 1968-XX = 1968, 199X = 199).",
            "Part of day: sitroom keeps the ISO date as value and puts the part of the day in `part` "
            "(grain part: morning, afternoon, evening, night). A gold value with a TimeML part-of-day suffix "
            "(TMO, TAF, TEV, TNI) matches when the predicted date is equal and the part agrees (MO = morning, "
            "AF = afternoon, EV = evening, NI = night); 'Friday night' predicted as night against gold "
            "...TEV is an error. A gold plain date is matched by the predicted date whatever its part. The "
            "same rule is applied to the baseline (which never has a part).",
            "Further canonical spelling on both sides: a bare clock hour gets its minutes (T17 = T17:00), "
            "a century with unspecified years loses them (19XX = 19, TimeML's 20th century).",
            "sitroom gives durations a null value, so gold DATEs on durations count as value errors here.",
            "Expressible: detected targets whose gold value sitroom's format can state at all (no "
            "unspecified part left inside it such as 1998-WXX, 1989-QX or 1998-12-XX); a secondary figure, "
            "the primary one is value acc. (detected).",
            "Baseline: spaCy en_core_web_sm DATE/TIME entities + dateparser.get_date_data with "
            "RELATIVE_BASE = "
            "DCT, value formatted by dateparser's period (day, week, month, year, time).",
        ],
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    if args.errors:
        for kind in ("value", "missed", "spurious"):
            chosen = [e for e in errors if e["kind"] == kind][: args.errors]
            print(f"--- {kind} ({sum(1 for e in errors if e['kind'] == kind)})", file=sys.stderr)
            for e in chosen:
                print("   ", json.dumps(e, ensure_ascii=False), file=sys.stderr)
    if args.dump_errors:
        args.dump_errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "timex.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        (RESULTS / "timex.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
