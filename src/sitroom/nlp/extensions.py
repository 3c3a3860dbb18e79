"""Doc extensions that sitroom's components read and write.

Declared in one place so that every component's ``requires``/``assigns``
names refer to something real, and so that registering twice is harmless.
Each list holds frozen records from ``sitroom.records`` (or attribution
frames), appended to in pipeline order:

actors -> times -> places -> attribution (+ quotes) -> quantities -> events

``ref_date``, ``meta`` and ``text`` are inputs that ``pipeline.parse_document`` sets
before the components run; every other extension has exactly one component that writes it.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    "ref_date": None,        # datetime.date | None: what relative dates resolve against
    "meta": None,            # dict: title, dateline, outlet … for components that need them
    "text": None,            # str: Doc.text built once (spaCy rebuilds it on each access); see nlp.doctext
    "actors": None,          # list[records.Actor]
    "times": None,           # list[records.Time]
    "places": None,          # list[records.Place]
    "frames": None,          # list[nlp.attribution.Frame]
    "quotes": None,          # list[records.Quote]
    "quantities": None,      # list[records.Quantity]
    "events": None,          # list[records.Event]
    "dated_actors": None,    # list[records.Actor]: people recoded by an event's date (events layer)
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def ensure_lists(doc: Doc) -> None:
    for name in ("actors", "times", "places", "frames", "quotes", "quantities", "events", "dated_actors"):
        if getattr(doc._, name) is None:
            setattr(doc._, name, [])
    if doc._.meta is None:
        doc._.meta = {}
