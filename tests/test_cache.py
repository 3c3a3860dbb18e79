"""The disk cache: a hit skips the build, a changed input or a damaged file rebuilds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITROOM_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, list[int]]:
        self.calls += 1
        return {"table": [1, 2, self.calls]}


def test_a_second_call_with_the_same_key_reads_the_file(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("a,b\n")
    build = Builder()
    key = cache.cache_key([source])
    first = cache.cached("t", key, build)
    second = cache.cached("t", cache.cache_key([source]), build)
    assert build.calls == 1
    assert first == second == {"table": [1, 2, 1]}
    assert (folder / "t.pickle").is_file()


def test_a_changed_input_file_rebuilds(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("a,b\n")
    build = Builder()
    cache.cached("t", cache.cache_key([source]), build)
    source.write_text("a,c\n")
    value = cache.cached("t", cache.cache_key([source]), build)
    assert build.calls == 2
    assert value == {"table": [1, 2, 2]}
    # ...and the rebuilt value is what the next process reads.
    assert cache.cached("t", cache.cache_key([source]), build) == {"table": [1, 2, 2]}
    assert build.calls == 2


def test_keys_differ_by_package_version_and_extra_inputs(tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("a,b\n")
    assert cache.cache_key([source]) != cache.cache_key([source], extra=("min=1",))
    assert cache.cache_key([source]) != cache.cache_key([source], packages=("pyyaml",))
    assert cache.cache_key([source]) != cache.cache_key([tmp_path / "absent.csv"])


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],                 # truncated
    lambda data: data[:-5] + b"xxxxx",                   # payload altered
    lambda data: b"not a cache file at all",             # foreign file
    lambda data: b"",                                    # empty
])
def test_a_damaged_file_is_rebuilt_not_fatal(folder: Path, damage) -> None:  # type: ignore[no-untyped-def]
    build = Builder()
    cache.cached("t", "k", build)
    path = folder / "t.pickle"
    path.write_bytes(damage(path.read_bytes()))
    assert cache.cached("t", "k", build) == {"table": [1, 2, 2]}
    assert build.calls == 2
    assert cache.cached("t", "k", build) == {"table": [1, 2, 2]}
    assert build.calls == 2


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SITROOM_CACHE_DIR", str(blocker / "cache"))   # a folder under a file
    build = Builder()
    assert cache.cached("t", "k", build) == {"table": [1, 2, 1]}
    assert cache.cached("t", "k", build) == {"table": [1, 2, 2]}


def test_off_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITROOM_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    build = Builder()
    cache.cached("t", "k", build)
    cache.cached("t", "k", build)
    assert build.calls == 2


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SITROOM_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "sitroom"


def test_the_cached_gazetteer_equals_a_fresh_build(folder: Path) -> None:
    from sitroom.nlp.places import gazetteer as gz

    gz.gazetteer.cache_clear()
    try:
        built = gz.gazetteer()
        gz.gazetteer.cache_clear()
        loaded = gz.gazetteer()
        assert loaded is not built
        assert (folder / "gazetteer.pickle").is_file()
        tables = gz.GazetteerTables()
        assert loaded.names.as_dict() == built.names.as_dict() == dict(tables.by_name)
        assert loaded.division_names.as_dict() == built.division_names.as_dict() == dict(tables.division_index)
        assert loaded.countries == built.countries == tables.countries
        assert loaded.capitals == built.capitals == tables.capitals
    finally:
        gz.gazetteer.cache_clear()
