"""What the Phoenix actor tables cost at start-up and per article, with and without them, in one run.

usage: python benchmarks/phoenix_actors_speed.py [--limit 50] [--jsonl PATH]

Each side runs in a fresh process (the lexicon and the pipeline are cached per process): "without"
replaces the Phoenix loader by a no-op. Measured: the actor lexicon load, ``build_nlp`` (model +
matchers) and ``analyze_document`` over the first N newswire articles that no blind split holds
(ids in benchmarks/blind/draw.json are skipped, so the frozen test set is never run). Reports the
ratios with/without; the target is start-up under 1.5x and analysis under 1.1x.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
DRAW = ROOT / "benchmarks" / "blind" / "draw.json"
OUT = ROOT / "benchmarks" / "results" / "phoenix_actors_speed.json"


def held_out(draw: Path) -> set[str]:
    if not draw.is_file():   # without the draw the blind test articles cannot be kept out
        raise SystemExit(f"{draw} not found: pass --draw benchmarks/blind/draw.json")
    data = json.loads(draw.read_text(encoding="utf-8"))
    return {e["id"] if isinstance(e, dict) else e for split in ("test", "dev") for e in data.get(split, [])}


def side(phoenix: bool, jsonl: Path, limit: int, draw: Path) -> dict[str, float]:
    """One measurement in this process (called in a child)."""
    from sitroom.config import Settings
    from sitroom.ingest.jsonl import document_from_record
    from sitroom.nlp.actors import lexicon as actor_lexicon
    from sitroom.records import Document

    if not phoenix:
        actor_lexicon.add_phoenix = lambda lex: None   # type: ignore[assignment]
    from sitroom.analysis import analyze_document
    from sitroom.nlp.actors.lexicon import load_actor_lexicon
    from sitroom.nlp.pipeline import build_nlp

    skip = held_out(draw)
    settings = Settings()
    docs: list[Document] = []
    with jsonl.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            record = json.loads(line)
            if record["id"] not in skip and len(docs) < limit:
                docs.append(document_from_record(record, where=f"{jsonl}:{number}", settings=settings))
    t0 = time.perf_counter()
    lex = load_actor_lexicon()
    t1 = time.perf_counter()
    build_nlp(settings)
    t2 = time.perf_counter()
    for d in docs:
        analyze_document(d, settings)
    t3 = time.perf_counter()
    return {"lexicon_s": t1 - t0, "build_nlp_s": t2 - t1, "analyze_s": t3 - t2, "articles": len(docs),
            "people": len(lex.people), "names": len(lex.names)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--draw", type=Path, default=DRAW)
    ap.add_argument("--side", choices=["with", "without"])
    args = ap.parse_args()
    if args.side:
        print(json.dumps(side(args.side == "with", args.jsonl, args.limit, args.draw)))
        return
    results = {}
    for name in ("without", "with"):
        cmd = [sys.executable, __file__, "--side", name, "--jsonl", str(args.jsonl), "--limit", str(args.limit),
               "--draw", str(args.draw)]
        results[name] = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    w, wo = results["with"], results["without"]
    results["ratios"] = {k: w[k] / wo[k] for k in ("lexicon_s", "build_nlp_s", "analyze_s") if wo[k]}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
