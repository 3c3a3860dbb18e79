"""Score sitroom's attribution frames against PolNeAR (hand-annotated attributions in 2016 election news).

Gold: ``shared/eval/polnear/<split>/attributions/*.ann`` (brat standoff: T lines are Source / Cue /
Content spans, E lines join them) beside ``text/*.txt`` (offsets are into the raw text). Each text is
run through the whole pipeline (``build_nlp`` + ``parse_document``) and its ``doc._.frames`` are matched
to gold attributions one-to-one by cue overlap. Reported:

- cue P/R/F1 (a frame whose cue overlaps a gold cue);
- source P/R/F1: a matched frame whose source phrase overlaps the gold source (over frames that
  name a source, and gold attributions that have one);
- content: mean character-overlap F1 of matched pairs, and the share with overlap F1 >= 0.5.

Attributions are grouped by the cue's lemma kind in ``cues.yaml``: ``speech`` (speech, report, denial,
plus "according to"), ``internal`` (belief, intent), ``position`` (positions taken and topics
addressed: support, praise, discuss), ``unlisted`` (cues the lexicon does not know, counted against recall). Frames are
grouped by their own kind for precision.

Nested frames: PolNeAR annotates no attribution inside another's content (none of the 9,719
attribution cues of the first 400 train articles lies in another attribution's content), while
sitroom keeps them ("'I think …,' he said": the inner frame sets the stance of what follows it).
A frame whose cue lies inside another frame's content and that matches no gold attribution is
therefore counted apart (``nested_unmatched``), not as a false positive; ``precision_all_frames``
gives the cue precision that counts them.

Usage: ``python benchmarks/polnear_eval.py [--split dev] [--limit N] [--misses FILE]``.
Writes ``benchmarks/results/polnear.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.nlp.attribution.cues import INTERNAL_KINDS, POSITION_KINDS, SPEECH_KINDS, cue_kind
from sitroom.nlp.pipeline import build_nlp, parse_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "polnear"
RESULTS = ROOT / "benchmarks" / "results"
Spans = list[tuple[int, int]]
_GROUPS = ("speech", "internal", "position", "unlisted")


@dataclass
class Gold:
    cue: Spans
    source: Spans = field(default_factory=list)
    content: Spans = field(default_factory=list)
    cue_text: str = ""
    group: str = "unlisted"


def _spans(offsets: str) -> Spans:
    out = []
    for part in offsets.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def read_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, Spans, str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(offsets), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    gold = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""))
        if cue is None:
            continue
        g = Gold(cue=cue[1], cue_text=cue[2])
        if "Source" in roles and roles["Source"] in spans:
            g.source = spans[roles["Source"]][1]
        if "Content" in roles and roles["Content"] in spans:
            g.content = spans[roles["Content"]][1]
        gold.append(g)
    return gold


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _chars(spans: Spans, text: str) -> set[int]:
    return {i for s, e in spans for i in range(s, min(e, len(text))) if not text[i].isspace()}


def _content_f1(pred: Spans, gold: Spans, text: str) -> float:
    p, g = _chars(pred, text), _chars(gold, text)
    if not p or not g:
        return 0.0
    inter = len(p & g)
    return 0.0 if inter == 0 else 2 * inter / (len(p) + len(g))


def _group_of_kind(kind: str | None) -> str:
    if kind in SPEECH_KINDS:
        return "speech"
    if kind in INTERNAL_KINDS:
        return "internal"
    if kind in POSITION_KINDS:
        return "position"
    return "unlisted"


def _gold_group(doc, g: Gold) -> str:  # type: ignore[no-untyped-def]
    text = " ".join(doc.text[s:e] for s, e in g.cue).lower()
    if "according" in text:
        return "speech"
    s, e = g.cue[0][0], g.cue[-1][1]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return "unlisted"
    heads = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "NOUN"] or list(span)
    return _group_of_kind(cue_kind(heads[0].lemma_))


def _nested(frame, frames) -> bool:  # type: ignore[no-untyped-def]
    """Whether the frame's cue lies inside another frame's content (PolNeAR annotates no such attribution)."""
    return any(o is not frame and o.start <= frame.cue_start < o.end for o in frames)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def evaluate(split: str, limit: int | None, misses: Path | None) -> dict:
    nlp = build_nlp()
    ann_files = sorted((GOLD / split / "attributions").glob("*.ann"))
    chosen: dict[str, Path] = {}
    for ann in ann_files:  # doubly annotated texts: score against the first annotator only
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    items = sorted(chosen.items())[:limit] if limit else sorted(chosen.items())
    counts: dict[str, Counter] = defaultdict(Counter)
    content_scores: dict[str, list[float]] = defaultdict(list)
    missed: Counter = Counter()
    spurious: Counter = Counter()
    wrong_source: list[str] = []
    started = time.perf_counter()
    n_chars = 0
    for stem, ann in items:
        text = (GOLD / split / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        n_chars += len(text)
        doc = parse_document(nlp, text)
        gold = read_ann(ann)
        frames = list(doc._.frames)
        used: set[int] = set()
        for g in gold:
            g.group = _gold_group(doc, g)
            counts[g.group]["gold"] += 1
            counts[g.group]["gold_source"] += bool(g.source)
            best, best_ov = None, 0
            for k, f in enumerate(frames):
                ov = _overlap([(f.cue_start, f.cue_end)], g.cue)
                if k not in used and ov > best_ov:
                    best, best_ov = k, ov
            if best is None:
                missed[(g.group, g.cue_text.lower())] += 1
                if g.group == "speech" and len(wrong_source) < 2000:
                    sent = doc.char_span(g.cue[0][0], g.cue[0][1], alignment_mode="expand")
                    wrong_source.append(f"MISSED\t{g.cue_text!r}\t{sent.sent.text[:300] if sent is not None else ''!r}")
                continue
            used.add(best)
            f = frames[best]
            counts[g.group]["cue_tp"] += 1
            counts[g.group]["pred"] += 1
            counts[g.group]["pred_all"] += 1
            has_src = f.source_start is not None and f.source_end is not None
            counts[g.group]["pred_source"] += has_src
            if has_src and g.source and _overlap([(f.source_start, f.source_end)], g.source):  # type: ignore[list-item]
                counts[g.group]["source_tp"] += 1
            elif g.source and len(wrong_source) < 400:
                got = text[f.source_start:f.source_end] if has_src else None
                sent = doc.char_span(g.cue[0][0], g.cue[0][1], alignment_mode="expand")
                wrong_source.append(f"{g.group}\t{g.cue_text!r}\tgold={text[g.source[0][0]:g.source[-1][1]]!r}\t"
                                    f"pred={got!r}\t{sent.sent.text[:300] if sent is not None else ''!r}")
            if g.content:
                score = _content_f1([(f.start, f.end)], g.content, text)
                content_scores[g.group].append(score)
        for k, f in enumerate(frames):
            if k in used:
                continue
            group = _group_of_kind(f.kind)
            counts[group]["pred_all"] += 1
            if _nested(f, frames):
                counts[group]["nested_unmatched"] += 1
                continue
            counts[group]["pred"] += 1
            counts[group]["pred_source"] += f.source_start is not None
            spurious[(group, text[f.cue_start:f.cue_end].lower())] += 1
            if group == "speech" and len(wrong_source) < 2000:
                sent = doc.char_span(f.cue_start, f.cue_end, alignment_mode="expand")
                wrong_source.append(f"SPURIOUS\t{text[f.cue_start:f.cue_end]!r}\t"
                                    f"{sent.sent.text[:300] if sent is not None else ''!r}")
    elapsed = time.perf_counter() - started
    report: dict = {"split": split, "documents": len(items), "characters": n_chars,
                    "seconds": round(elapsed, 1), "groups": {}}
    for group in (*_GROUPS, "all"):
        c: Counter = Counter()
        for name in (_GROUPS if group == "all" else (group,)):
            c.update(counts[name])
        scores = [s for name in (_GROUPS if group == "all" else (group,)) for s in content_scores[name]]
        report["groups"][group] = {
            "cue": _prf(c["cue_tp"], c["pred"], c["gold"]),
            "nested_unmatched": c["nested_unmatched"],
            "precision_all_frames": round(c["cue_tp"] / c["pred_all"], 3) if c["pred_all"] else 0.0,
            "source": _prf(c["source_tp"], c["pred_source"], c["gold_source"]),
            "content_overlap_f1": round(sum(scores) / len(scores), 3) if scores else 0.0,
            "content_overlap_ge_0.5": round(sum(s >= 0.5 for s in scores) / len(scores), 3) if scores else 0.0,
        }
    report["top_missed_cues"] = [f"{g}:{c} x{n}" for (g, c), n in missed.most_common(25)]
    report["top_spurious_cues"] = [f"{g}:{c} x{n}" for (g, c), n in spurious.most_common(25)]
    if misses is not None:
        misses.write_text("\n".join(wrong_source), encoding="utf-8")
    return report


def to_markdown(report: dict) -> str:
    lines = [f"# PolNeAR attribution scores ({report['split']} split)", "",
             f"{report['documents']} documents, {report['characters']} characters, {report['seconds']} s "
             "(whole sitroom pipeline, one process).", "",
             "| group | cue P | cue R | cue F1 | source P | source R | source F1 | content F1 | content >= 0.5 "
             "| nested unmatched | cue P all frames |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for group, g in report["groups"].items():
        cue, src = g["cue"], g["source"]
        lines.append(f"| {group} (gold {cue['gold']}) | {cue['precision']} | {cue['recall']} | {cue['f1']} | "
                     f"{src['precision']} | {src['recall']} | {src['f1']} | {g['content_overlap_f1']} | "
                     f"{g['content_overlap_ge_0.5']} | {g['nested_unmatched']} | {g['precision_all_frames']} |")
    lines += ["", "Groups: `speech` = speech, report and denial cues of `cues.yaml` plus 'according to'; "
              "`internal` = belief and intent cues; `position` = positions taken and topics addressed "
              "(support, praise, discuss); `unlisted` = gold cues whose lemma the lexicon lacks "
              "(colons, nouns, rare verbs); frames are grouped by their own kind for precision.",
              "Source: a cue-matched frame whose source phrase overlaps the gold source span.",
              "Nested unmatched: frames whose cue lies inside another frame's content and that match no gold "
              "attribution; PolNeAR annotates no nested attribution, so they are not counted as false positives "
              "(cue P, source P); the last column counts them.", "",
              "Most missed gold cues: " + ", ".join(report["top_missed_cues"][:15]), "",
              "Most frequent unmatched frame cues: " + ", ".join(report["top_spurious_cues"][:15]), ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", type=Path, default=None, help="write wrong-source cases here")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    report = evaluate(args.split, args.limit, args.misses)
    print(to_markdown(report))
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "polnear.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        (RESULTS / "polnear.md").write_text(to_markdown(report), encoding="utf-8")


if __name__ == "__main__":
    main()
