"""Run time on hostile inputs and its growth with article length, in one run.

usage: python benchmarks/hostile_inputs.py [--growth 1,4,16] [--skip-hostile] [--budget S]

Measured on the same machine in the same process:
  growth    the first N newswire articles joined into one document (N = 1, 4, 16): ms per word
            for sitroom and for a bare spaCy parse of the same text; the ratio of the largest to the
            smallest ms/word says whether a stage grows faster than the text.
  quotes    200,000 straight quote marks as one article;
  oneline   a 2 MB single line of newswire words with the punctuation taken out;
  joined    a 2 MB single line of newswire copy with its punctuation kept.
Each hostile input must end, with a result or a coded error (the per-article time budget), within
60 s. Without ../shared the growth texts fall back to the bundled demo article repeated.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import spacy

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.errors import SitroomError
from sitroom.ingest.text import document_from_text
from sitroom.nlp.pipeline import build_nlp
from sitroom.records import Document

ROOT = Path(__file__).resolve().parents[1]
NEWSWIRE = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
DEMO = ROOT / "src" / "sitroom" / "demo" / "rfa-2024-10-21-south-korea-summons-russian-envoy.txt"


def _articles(n: int) -> list[str]:
    if NEWSWIRE.exists():
        with NEWSWIRE.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for _, line in zip(range(n), fh, strict=False)]
    return [DEMO.read_text(encoding="utf-8")] * n


def _document(text: str) -> Document:
    return Document(id="bench", text=text, title=None, reference_date="2006-11-09")


def _timed(settings: Settings, text: str) -> tuple[float, str]:
    t0 = time.perf_counter()
    try:
        analysis = analyze_document(_document(text), settings)
        outcome = f"{len(analysis.events)} events, {len(analysis.actors)} actors"
    except SitroomError as exc:
        outcome = exc.code
    return time.perf_counter() - t0, outcome


def growth(settings: Settings, sizes: list[int]) -> list[dict]:
    bare = spacy.load(settings.model)
    rows = []
    for n in sizes:
        text = "\n\n".join(_articles(n))
        words = len(text.split())
        t0 = time.perf_counter()
        bare(text)
        bare_s = time.perf_counter() - t0
        secs, outcome = _timed(settings, text)
        rows.append({"articles": n, "words": words, "sitroom_ms_per_word": round(1000 * secs / words, 3),
                     "bare_ms_per_word": round(1000 * bare_s / words, 3), "outcome": outcome})
        print(rows[-1], flush=True)
    return rows


def hostile(settings: Settings) -> list[dict]:
    copy = " ".join(_articles(400))
    plain = re.sub(r"[^\w\s]", "", copy)
    cases = {
        "quotes_200k": '"' * 200_000,
        "oneline_2mb_no_punct": " ".join(plain.split())[:2_000_000],
        "oneline_2mb_punct": " ".join(copy.split())[:2_000_000],
    }
    rows = []
    for name, text in cases.items():
        if len(text) < 2_000_000 and name.startswith("oneline"):
            text = (text + " ") * (2_000_000 // (len(text) + 1) + 1)
            text = text[:2_000_000]
        secs, outcome = _timed(settings, text)
        rows.append({"case": name, "chars": len(text), "seconds": round(secs, 1), "outcome": outcome,
                     "within_60s": secs <= 60})
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--growth", default="1,4,16")
    ap.add_argument("--skip-hostile", action="store_true")
    ap.add_argument("--skip-growth", action="store_true")
    ap.add_argument("--budget", type=float, default=None, help="per-article time budget in seconds")
    args = ap.parse_args()
    overrides = {"article_seconds": args.budget} if args.budget else {}
    settings = Settings(**overrides)
    build_nlp(settings)
    document_from_text("warm up.\n\nThe army said on Monday it had moved.", fallback_date="2024-01-01")
    analyze_document(_document("The army said on Monday it had moved troops."), settings)
    if not args.skip_growth:
        growth(settings, [int(x) for x in args.growth.split(",")])
    if not args.skip_hostile:
        hostile(settings)


if __name__ == "__main__":
    main()
