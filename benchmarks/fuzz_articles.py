"""A longer fuzz run than the test suite's: hostile articles through every reader and through analyze.

usage: python benchmarks/fuzz_articles.py [--examples N] [--seed S]

Uses the Hypothesis strategies of tests/fuzz/strategies.py. Reports, for analyze, how many examples
ran, how many ended in a coded error, the longest run and the worst seconds per 1,000 characters, and
fails (exit 1) on any uncaught exception or offset outside the text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz.strategies import articles, broken_html, hostile_feeds, jsonl_dumps  # noqa: E402
from tests.fuzz.test_properties import check_offsets  # noqa: E402

from sitroom.analysis import analyze_document  # noqa: E402
from sitroom.config import Settings  # noqa: E402
from sitroom.errors import SitroomError, SitroomWarning  # noqa: E402
from sitroom.ingest import Failure, read_inputs  # noqa: E402
from sitroom.ingest.text import document_from_text  # noqa: E402
from sitroom.nlp.pipeline import build_nlp  # noqa: E402


def run(examples: int, seed_value: int) -> dict:
    stats: dict = {"analyzed": 0, "coded_errors": 0, "max_chars": 0, "max_seconds": 0.0, "worst_s_per_kchar": 0.0,
             "read": 0}
    codes: dict[str, int] = {}
    stats["codes"] = codes  # type: ignore[assignment]
    conf = settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))
    cfg = Settings(fetch_entries=True)

    @seed(seed_value)
    @conf
    @given(text=articles())
    def analyze_one(text: str) -> None:
        t0 = time.perf_counter()
        try:
            check_offsets(analyze_document(document_from_text(text, fallback_date="2024-10-21"), cfg))
        except SitroomError as exc:
            stats["coded_errors"] += 1
            codes[exc.code] = codes.get(exc.code, 0) + 1
        secs = time.perf_counter() - t0
        stats["analyzed"] += 1
        stats["max_chars"] = max(stats["max_chars"], len(text))
        stats["max_seconds"] = max(stats["max_seconds"], secs)
        stats["worst_s_per_kchar"] = max(stats["worst_s_per_kchar"], 1000 * secs / max(len(text), 1000))

    @seed(seed_value)
    @conf
    @given(html=broken_html(), feed=hostile_feeds(), dump=jsonl_dumps())
    def read_one(html: str, feed: str, dump: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            for name, data in (("a.html", html), ("f.xml", feed), ("d.jsonl", dump)):
                (Path(tmp) / name).write_text(data, encoding="utf-8", errors="replace")
            for item in read_inputs([tmp], cfg):
                assert isinstance(item, Failure) or item.text.strip()
        stats["read"] += 1

    read_one()
    analyze_one()
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=200)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    warnings.simplefilter("ignore", SitroomWarning)
    build_nlp(Settings())
    t0 = time.perf_counter()
    stats = run(args.examples, args.seed)
    stats["wall_seconds"] = round(time.perf_counter() - t0, 1)
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in stats.items()})


if __name__ == "__main__":
    main()
