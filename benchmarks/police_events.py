"""Police-event sentence labels: sitroom (through sitroom.eval.police) against the keyword rule, same run.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/police_events.py [--misses]``. Writes
``benchmarks/results/police.json`` and ``police.md``.

The dev set (``benchmarks/police/dev.jsonl``) holds article ids, offsets, a hash and four labels
annotated before any sitroom run; the newswire's licence (research use) does not allow shipping
its text, so each sentence is rebuilt from ``../shared/corpus/newswire`` here, lowercased, and
for every third one passed through a UTF-8-read-as-cp1252 round trip, the mojibake of the
target newspaper. Each sentence goes through the text reader like a file (``sitroom analyze``),
so ingest's encoding repair is part of what is measured. Skips with a reason without the corpus.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import warnings
from pathlib import Path

from sitroom.analysis import analyze_stream
from sitroom.errors import EncodingRepaired
from sitroom.eval.police import LABELS, PoliceLabels, keyword_labels, span_labels
from sitroom.ingest.text import document_from_text
from sitroom.records import Analysis

ROOT = Path(__file__).resolve().parent
DEV = ROOT / "police" / "dev.jsonl"
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "results"
_CURLY = (("--", "\u2014"), (" '", " \u2018"), ("'", "\u2019"), (' "', " \u201c"), ('"', "\u201d"))


def mangle(text: str) -> str:
    """Typographic quotes and dashes, then the UTF-8 bytes read as cp1252 ("â€™", "â€\ufffd")."""
    for plain, curly in _CURLY:
        text = text.replace(plain, curly)
    return text.encode("utf-8").decode("cp1252", errors="replace")


def load(corpus: Path = CORPUS) -> list[tuple[dict, str]]:
    needed = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = {row["article"] for row in needed}
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in ids:
                texts[art["id"]] = art["text"]
    out = []
    for row in needed:
        sent = texts[row["article"]][row["start"]:row["end"]]
        if hashlib.sha1(sent.encode()).hexdigest()[:12] != row["sha1"]:
            raise SystemExit(f"dev sentence {row['n']} does not match the corpus (hash); corpus changed?")
        low = sent.lower()
        out.append((row, mangle(low) if row["mojibake"] else low))
    return out


def prf(pred: list[bool], gold: list[bool]) -> dict[str, float | int]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def score(preds: list[PoliceLabels], golds: list[dict]) -> dict[str, dict]:
    return {name: prf([getattr(p, name) for p in preds], [bool(g["labels"][name]) for g in golds])
            for name in LABELS}


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"skipped: the newswire corpus is not at {CORPUS} (the dev set stores ids and offsets only)")
        return 0
    rows = load()
    warnings.simplefilter("ignore", EncodingRepaired)  # a third of the set is mangled on purpose
    started = time.perf_counter()
    docs = [document_from_text(text, fallback_date="2006-01-01") for _, text in rows]
    analyses = [a for a in analyze_stream(docs) if isinstance(a, Analysis)]
    if len(analyses) != len(rows):
        raise SystemExit("an article failed to analyse")
    seconds = time.perf_counter() - started
    golds = [row for row, _ in rows]
    ours = [span_labels(a) for a in analyses]
    keyword = [keyword_labels(text) for _, text in rows]
    result = {"sentences": len(rows), "mojibake": sum(r["mojibake"] for r in golds), "seconds": round(seconds, 1),
              "sitroom": score(ours, golds), "keyword": score(keyword, golds)}
    OUT.mkdir(exist_ok=True)
    (OUT / "police.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    lines = [f"Police-event sentence labels, {len(rows)} dev sentences ({result['mojibake']} with mojibake)", "",
             "| label | sitroom P | R | F1 | keyword P | R | F1 |", "|---|---|---|---|---|---|---|"]
    for name in LABELS:
        s, k = result["sitroom"][name], result["keyword"][name]
        lines.append(f"| {name} | {s['p']} | {s['r']} | **{s['f1']}** | {k['p']} | {k['r']} | {k['f1']} |")
    (OUT / "police.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if "--misses" in argv:
        for (row, text), got in zip(rows, ours, strict=True):
            wrong = [n for n in LABELS if getattr(got, n) != bool(row["labels"][n])]
            if wrong:
                print(f"#{row['n']} {','.join(('+' if getattr(got, n) else '-') + n for n in wrong)}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
