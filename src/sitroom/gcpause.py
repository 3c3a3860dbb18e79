"""Pausing Python's cyclic garbage collector while start-up builds long-lived tables.

Building the pipeline (importing spaCy, loading the model, the actor dictionary, the
matchers) and unpickling cached tables create millions of objects that live as long as the
process. Each 700 new container objects trigger a collection, and the older generations are
traversed again and again while the heap grows: on the development machine that tripled the
CPU time of building the pipeline (about 1.6 s with the collector paused against 5 s without).
Nothing built there is garbage worth collecting at once, so the collector waits until the
build is done; it then runs as usual.

Collecting afterwards would still traverse every object the build made, several times as
they are promoted through the generations (about half a second at the first collections of
the first article). ``freeze=True`` moves them into the permanent generation instead
(``gc.freeze``): a built pipeline lives as long as its process, so later collections skip
it. What a build leaves as cyclic garbage is a few hundred objects, so freezing them costs
nothing worth the full collection that would find them.

The pause sets the first threshold to 0 (which switches automatic collection off) rather than
calling ``gc.disable()``, because libraries enable the collector again on their own (srsly's
msgpack loader calls ``gc.enable()`` while spaCy loads a model). Pauses nest.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()
_freeze = False


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """No automatic cyclic collection inside the block (the thresholds are restored after it);
    with ``freeze``, what exists when the outermost pause ends is left out of later collections."""
    global _depth, _saved, _freeze
    with _lock:
        if _depth == 0:
            _saved, _freeze = gc.get_threshold(), False
            gc.set_threshold(0)
        _depth += 1
    try:
        yield
        _freeze = _freeze or freeze
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _freeze:
                    gc.freeze()
                gc.set_threshold(*_saved)
