"""Articles of a research-use corpus named by id, so gold files can point at text the repo must not hold.

The blind test set annotates real newswire that may not be copied into the repository; its gold
files name the corpus and the article id instead, and the text is read from the shared corpus
at evaluation time. The article is built by the JSONL reader itself, so evaluation analyses the
same document (title, dateline and date as metadata, body as text) as ``sitroom analyze`` on
the corpus file would.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from ..records import Document

CORPORA = {"newswire": Path("newswire/afp-xinhua-1997-2006.jsonl")}
ENV = "SITROOM_CORPUS_DIR"


def corpus_dir() -> Path:
    """``$SITROOM_CORPUS_DIR``, else ``../shared/corpus`` next to the repository."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def corpus_path(corpus: str) -> Path:
    if corpus not in CORPORA:
        raise KeyError(f"unknown corpus {corpus!r}; known: {', '.join(sorted(CORPORA))}")
    return corpus_dir() / CORPORA[corpus]


@lru_cache(maxsize=4)
def _records(path: Path) -> dict[str, tuple[int, dict]]:
    """Every record by id, with its line number (the JSONL reader's ``where``)."""
    out: dict[str, tuple[int, dict]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                obj = json.loads(line)
                out[str(obj.get("id"))] = (number, obj)
    return out


def corpus_document(corpus: str, corpus_id: str, reference_date: str | None = None) -> Document:
    """The corpus article as the JSONL reader builds it; KeyError/OSError name what is missing."""
    from ..config import Settings
    from ..ingest.jsonl import document_from_record

    path = corpus_path(corpus)
    if not path.is_file():
        raise OSError(f"corpus file {path} not found (set {ENV} to the folder holding {CORPORA[corpus]})")
    found = _records(path).get(corpus_id)
    if found is None:
        raise KeyError(f"no article {corpus_id!r} in {path}")
    number, obj = found
    settings = Settings(reference_date=reference_date)  # type: ignore[call-arg]
    return document_from_record(obj, where=f"{path}:{number}", settings=settings)  # type: ignore[no-any-return]
