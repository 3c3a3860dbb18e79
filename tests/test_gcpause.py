"""Start-up pauses the cyclic collector and gives it back as it was, even when a library
switches the collector on again inside the pause."""

from __future__ import annotations

import gc

import pytest

from sitroom.gcpause import gc_paused


def test_a_pause_holds_against_gc_enable_and_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with gc_paused():
        gc.enable()   # what srsly's msgpack loader does while spaCy loads a model
        assert gc.get_threshold()[0] == 0
        with gc_paused():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0   # the inner pause ends, the outer holds
    assert gc.get_threshold() == before


def test_thresholds_come_back_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), gc_paused(freeze=True):
        raise RuntimeError("build failed")
    assert gc.get_threshold() == before


def test_freeze_leaves_what_was_built_out_of_later_collections() -> None:
    frozen_before = gc.get_freeze_count()
    try:
        with gc_paused(freeze=True):
            table = [[i] for i in range(1000)]
        assert gc.get_freeze_count() >= frozen_before + len(table)
    finally:
        gc.unfreeze()
