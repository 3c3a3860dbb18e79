"""The actor tables from the disk cache are those a fresh build gives, and any input change rebuilds them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitroom import lexicon as resources
from sitroom.nlp.actors import cached as actor_cache
from sitroom.nlp.actors import lexicon as actor_lexicon
from sitroom.nlp.actors.bulk_names import BulkNames
from sitroom.nlp.actors.matching import MentionFinder


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("SITROOM_CACHE_DIR", str(tmp_path / "cache"))
    actor_lexicon.load_actor_lexicon.cache_clear()
    yield tmp_path / "cache"
    actor_lexicon.load_actor_lexicon.cache_clear()


def test_the_cached_lexicon_equals_a_fresh_build(folder: Path) -> None:
    built = actor_lexicon.load_actor_lexicon()
    assert (folder / "actors.pickle").is_file()
    actor_lexicon.load_actor_lexicon.cache_clear()
    loaded = actor_lexicon.load_actor_lexicon()
    assert loaded is not built
    assert loaded == built == actor_lexicon._build(())
    assert loaded.bulk == built.bulk and list(loaded.names) == list(built.names)


def test_a_user_file_has_its_own_cache_and_its_edits_rebuild(folder: Path, tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("agencies:\n  - {name: Sahel Liberation Front, country: MLI, role: REB}\n")
    first = actor_lexicon.load_actor_lexicon((str(extra),))
    assert first.names["Sahel Liberation Front"].kind == "org"
    assert len(list(folder.glob("actors-*.pickle"))) == 1
    extra.write_text("agencies:\n  - {name: Sahel Freedom Front, country: MLI, role: REB}\n")
    actor_lexicon.load_actor_lexicon.cache_clear()
    resources.load_yaml.cache_clear()   # a new process: only the disk cache remains
    second = actor_lexicon.load_actor_lexicon((str(extra),))
    assert "Sahel Freedom Front" in second.names and "Sahel Liberation Front" not in second.names
    assert actor_cache.lexicon_key((str(extra),)) != actor_cache.lexicon_key(())


def test_stored_name_tokens_give_the_matcher_of_a_fresh_tokenisation(folder: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    lex = actor_lexicon.load_actor_lexicon()
    first = MentionFinder(nlp, lex)      # tokenises and stores
    assert (folder / "actor-names.pickle").is_file()
    second = MentionFinder(nlp, lex)     # reads the stored tokens
    phrases = [p for p in lex.names if p not in lex.bulk]
    fresh = {p: [t.text for t in doc] for p, doc in zip(phrases, nlp.tokenizer.pipe(phrases), strict=True)}
    assert first.split == second.split == fresh
    assert first.written == second.written
    assert second.bulk.by_key == BulkNames(lex.bulk).by_key and second.bulk.longest == BulkNames(lex.bulk).longest
    doc = nlp("Ban Ki-moon met the Sudan People's Liberation Army and Kremlin spokesman Dmitry Peskov in Moscow.")
    assert [(s, e) for _, s, e in first.names(doc)] == [(s, e) for _, s, e in second.names(doc)]
    assert first.bulk.matches(doc) == second.bulk.matches(doc)


def test_the_tokens_key_follows_the_names_and_the_tokenizer(nlp) -> None:  # type: ignore[no-untyped-def]
    key = actor_cache.tokens_key(nlp, ["NATO", "Hamas"], ["Ban Ki-moon"])
    assert key == actor_cache.tokens_key(nlp, ["NATO", "Hamas"], ["Ban Ki-moon"])
    assert key != actor_cache.tokens_key(nlp, ["NATO", "Hamas", "UN"], ["Ban Ki-moon"])
    assert key != actor_cache.tokens_key(nlp, ["NATO", "Hamas"], ["Ban Ki-moon", "Kofi Annan"])
