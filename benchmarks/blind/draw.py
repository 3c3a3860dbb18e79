"""Draw the blind evaluation sets from the bundled newswire, reproducibly.

The draw is fixed by its seed and by the keyword lists below, so anyone can check which
articles were taken and in which order; annotators take articles in that order and skip
one only when it is not a story of its kind (the skip and its reason are recorded in the
manifest). Nothing here runs the pipeline: the test set must be annotated blind.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261204
KINDS: dict[str, tuple[str, ...]] = {
    "diplomacy": ("talks", "visit", "foreign minister", "summit", "ambassador", "envoy", "diplomatic",
                  "treaty", "bilateral", "delegation", "relations"),
    "armed_conflict": ("killed", "troops", "attack", "rebels", "bomb", "fighting", "militants", "shelling",
                       "soldiers", "clashes", "guerrillas", "army"),
    "protest_policing": ("protest", "demonstrators", "police", "arrested", "riot", "rally", "detained",
                         "protesters", "tear gas", "march"),
    "politics_elections": ("election", "vote", "parliament", "opposition", "polls", "candidate", "ballot",
                           "coalition", "prime minister", "party"),
}
PER_KIND = {"test": 12, "dev": 5}
# A retired test set becomes dev; the next test set is the next articles of the same shuffle that
# no earlier round took, so every round stays reproducible from the one seed.
# Round 3 adds fresh dev articles only: error analysis needs text the rules were not written on,
# and the frozen test set stays untouched.
# Rounds 4 to 8 do the same once more, each after the previous round's articles had been read for
# a day of rules.
ROUNDS: tuple[dict[str, int], ...] = (PER_KIND, {"test": 12, "reserve": 3}, {"dev": 6, "reserve": 2},
                                      {"dev": 5, "reserve": 2}, {"dev": 5, "reserve": 2},
                                      {"dev": 5, "reserve": 2}, {"dev": 5, "reserve": 2},
                                      {"dev": 5, "reserve": 2}, {"dev": 5, "reserve": 2})
MIN_HITS = 3


def _score(text: str, words: tuple[str, ...]) -> int:
    low = text.lower()
    return sum(len(re.findall(r"\b" + re.escape(w) + r"\b", low)) for w in words)


def kind_of(article: dict[str, str]) -> str | None:
    """The kind with the most keyword hits in headline and first three paragraphs; None when unclear."""
    head = article["title"] + "\n" + "\n".join(article["text"].split("\n\n")[:3])
    scores = sorted(((_score(head, words), kind) for kind, words in KINDS.items()), reverse=True)
    (best, kind), (second, _) = scores[0], scores[1]
    return kind if best >= MIN_HITS and best > second else None


def draw(corpus: Path, round_no: int = 1) -> dict[str, list[dict[str, str]]]:
    """The splits of one round; articles taken by an earlier round are passed over."""
    articles = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(SEED).shuffle(articles)
    used: set[str] = set()
    for earlier in range(1, round_no):
        used |= {item["id"] for items in _pick(articles, ROUNDS[earlier - 1], used).values() for item in items}
    return _pick(articles, ROUNDS[round_no - 1], used)


def _pick(articles: list[dict[str, str]], quotas: dict[str, int], used: set[str]) -> dict[str, list[dict[str, str]]]:
    picked: dict[str, list[dict[str, str]]] = {split: [] for split in quotas}
    taken = {split: dict.fromkeys(KINDS, 0) for split in quotas}
    for article in articles:
        if article["id"] in used:
            continue
        kind = kind_of(article)
        if kind is None or len(article["text"].split()) < 80:
            continue
        for split, limit in quotas.items():
            if taken[split][kind] < limit:
                taken[split][kind] += 1
                picked[split].append({"id": article["id"], "kind": kind, "title": article["title"]})
                break
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    parser.add_argument("--corpus", type=Path, default=shared / "corpus/newswire/afp-xinhua-1997-2006.jsonl")
    parser.add_argument("--round", type=int, default=len(ROUNDS), choices=range(1, len(ROUNDS) + 1),
                        help="1 = the first test and dev sets; 2 = the test set drawn when the first was retired; "
                        "3 to 9 = fresh dev articles for error analysis")
    parser.add_argument("--out", type=Path, help="default draw.json (round 1), draw-N.json (round N)")
    args = parser.parse_args()
    out = args.out or Path(__file__).with_name("draw.json" if args.round == 1 else f"draw-{args.round}.json")
    picked = draw(args.corpus, args.round)
    quotas = ROUNDS[args.round - 1]
    out.write_text(json.dumps({"seed": SEED, "round": args.round, "per_kind": quotas, **picked}, indent=1) + "\n")
    for split, items in picked.items():
        print(split, len(items))


if __name__ == "__main__":
    main()
