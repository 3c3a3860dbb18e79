"""Names the entity recogniser missed: a run of capitalised proper nouns that acts or is acted on.

The small model leaves many names of people from outside its training news untagged or
mislabelled ("Minister of Foreign Affairs Per Stig Moeller met…", "shot dead 17-year-old Bilal
Ashaar"), so the event has no party where the text names one. A run of two or more proper nouns
(tag NNP, each capitalised) whose last word is the subject or object of a verb, or the agent after
"by", and that no rule or entity has explained, becomes an uncoded person, kept only when an event,
quote or claim refers to it (the NER fallback's rule). Places the gazetteer knows and runs in a
title-case line (headlines), and names of bodies or buildings, are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.headlines import title_case_line
from sitroom.nlp.actors.ner import CoveredSpans, add_uncoded, covered_spans, town_countries
from sitroom.nlp.doctext import doc_text, tokens_with_tag
from sitroom.nlp.places.mentions import place_words

_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_NNP = frozenset({"NNP"})
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE"})


def _runs(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised NNP tokens that end on a subject, object or agent."""
    out: list[Span] = []
    proper = [i for i in tokens_with_tag(doc, _NNP) if doc[i].text[:1].isupper()]
    k = 0
    while k < len(proper):
        i = j = proper[k]
        while k + 1 < len(proper) and proper[k + 1] == j + 1:
            k += 1
            j = proper[k]
        k += 1
        last = doc[j]
        acting = last.dep_ in _ROLES or last.dep_ == "pobj" and last.head.lower_ == "by"
        if j > i and acting and not any(t.ent_type_ in _PLACES for t in doc[i:j + 1]):
            out.append(doc[i:j + 1])
    return out


def proper_name_fallback(doc: Doc, drafts: list[ActorDraft], heads: frozenset[str] = frozenset()) -> None:
    """Unexplained runs of proper nouns in a party's slot become uncoded people.

    A run whose last word names a kind of body (``heads``: "ministry", "front") or of building or
    region ("Yasukuni Shrine", "Kibera District") is no person and is left alone.
    """
    not_people = heads | place_words("facility_nouns") | place_words("division_words")
    body = doc_text(doc)
    covered = CoveredSpans(covered_spans(drafts))
    by_key = {d.key: d for d in drafts}
    for run in _runs(doc):
        if covered.overlaps(run.start_char, run.end_char) or title_case_line(body, run.start_char, run.end_char):
            continue
        text = run.text
        if run[-1].lower_ in not_people or town_countries(text):
            continue
        add_uncoded(run, text, "person", drafts, by_key)
