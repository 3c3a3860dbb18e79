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


def draw(corpus: Path) -> dict[str, list[dict[str, str]]]:
    articles = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(SEED).shuffle(articles)
    picked: dict[str, list[dict[str, str]]] = {"test": [], "dev": []}
    taken = {split: dict.fromkeys(KINDS, 0) for split in PER_KIND}
    for article in articles:
        kind = kind_of(article)
        if kind is None or len(article["text"].split()) < 80:
            continue
        for split, limit in PER_KIND.items():
            if taken[split][kind] < limit:
                taken[split][kind] += 1
                picked[split].append({"id": article["id"], "kind": kind, "title": article["title"]})
                break
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    parser.add_argument("--corpus", type=Path, default=shared / "corpus/newswire/afp-xinhua-1997-2006.jsonl")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("draw.json"))
    args = parser.parse_args()
    picked = draw(args.corpus)
    args.out.write_text(json.dumps({"seed": SEED, "per_kind": PER_KIND, **picked}, indent=1) + "\n")
    for split, items in picked.items():
        print(split, len(items))


if __name__ == "__main__":
    main()
