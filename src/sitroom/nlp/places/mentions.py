"""Where places are mentioned: candidate spans for the gazetteer, before any disambiguation.

Three kinds of mention, each a small rule over the parse:
- ``name``: an NER place entity ("Moscow", "the Gaza Strip"), trimmed of "the" and a
  possessive, with a qualifier when written "Paris, Texas" and a division word when
  written "Kursk region";
- ``demonym``: a demonym heading a region noun ("Russian-occupied Ukrainian
  territories", "the Syrian border") or the word capital ("the Sudanese capital");
- ``scan``: a proper noun the NER missed or mislabelled ("Kharkiv", "Rakhine State"),
  kept as ``syntax`` strength when the parse makes it a place (object of "in", of
  "shelled", conjunct of a place) and as ``weak`` otherwise;
- the dateline, which is metadata and not in the text (handled in ``places.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.places.gazetteer import normalize

_TRIM_LEFT = {"the", "a", "an"}
_NOT_NAMES = {"DATE", "TIME", "NORP", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW"}
_TRIM_RIGHT = {"'s", "\u2019s", "'", "\u2019", ",", "."}


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    kind: str  # name | division | demonym_region | demonym_capital
    label: str  # NER label the mention came from
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    country_hint: str | None = None  # ISO3 for demonym mentions
    lookup: str | None = None  # the name to look up when it differs from text ("Kursk" in "Kursk region")
    strength: str = "ner"  # ner: a place entity | syntax: the parse says place | weak: only the name
    linked: int | None = None  # start of a conjoined proper noun ("Marseille and Lyon"): a place if it is
    locative: bool = False  # the parse puts it where places go ("in X", "shelled X")


@lru_cache(maxsize=1)
def place_config() -> dict:
    return dict(load_yaml("places.yaml") or {})


@cache
def place_words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in place_config().get(key) or [])


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (place_config().get("demonyms") or {}).items()}


def demonym_country(text: str) -> str | None:
    """ISO3 for a demonym ("Ukrainian", "Russians", "South Korean"), or None."""
    table = _demonyms()
    key = normalize(text)
    if key in table:
        return str(table[key])
    if key.endswith("s") and key[:-1] in table:
        return str(table[key[:-1]])
    return None


def _trim(span: Span) -> Span | None:
    """Without "the" and a possessive; None unless it is written as a name (capitalised)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _TRIM_LEFT:
        start += 1
    while end > start and doc[end - 1].lower_ in _TRIM_RIGHT:
        end -= 1
    if end <= start or not any(c.isupper() for c in doc[start:end].text.split()[0]):
        return None  # names are capitalised: "al-Arish" is one, "van" is not
    return doc[start:end]


def _qualifier_after(span: Span, place_ents: dict[int, Span]) -> Span | None:
    """The place entity after a comma: "Texas" in "Paris, Texas"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        return place_ents.get(span.end + 1)
    return None


def _demonym_mentions(doc: Doc, labels: set[str], taken: set[int]) -> list[Mention]:
    region_nouns, capital_nouns = place_words("region_nouns"), place_words("capital_nouns")
    out: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in labels or ent.start in taken:
            continue
        iso3 = demonym_country(ent.text)
        head: Token = ent.root.head
        if not iso3 or head.i == ent.root.i or ent.root.dep_ not in ("amod", "compound", "nmod"):
            continue
        if head.pos_ not in ("NOUN", "PROPN") or head.i < ent.root.i:
            continue
        noun = head.lower_
        if noun not in region_nouns and noun not in capital_nouns:
            continue
        lefts = [t for t in head.lefts if t.dep_ not in ("det", "poss", "predet", "nummod", "quantmod", "case")]
        first = min((t.left_edge.i for t in lefts), default=ent.start)
        while first < ent.start and doc[first].dep_ in ("det", "punct"):
            first += 1
        span = doc[first:head.i + 1]
        kind = "demonym_capital" if noun in capital_nouns else "demonym_region"
        out.append(Mention(span.start_char, span.end_char, span.text, kind, ent.label_, country_hint=iso3))
        taken.update(range(ent.start, ent.end))
    return out


def _division(doc: Doc, span: Span, label: str, strength: str) -> Mention | None:
    """"Kursk region", "Darfur region": the name with the division word after it."""
    if span.end < len(doc) and doc[span.end].lower_ in place_words("division_words"):
        whole = doc[span.start:span.end + 1]
        if strength == "weak":  # "in the Kursk region": the parse speaks of the whole phrase
            strength = _syntax_strength(whole, set())
        return Mention(whole.start_char, whole.end_char, whole.text, "division", label, lookup=span.text,
                       strength=strength)
    return None


def _syntax_strength(span: Span, placed: set[int]) -> str:
    """Whether the parse puts a proper noun where places go."""
    node = span.root
    if node.dep_ == "pobj" and node.head.lower_ in place_words("scan_preps"):
        return "syntax"
    if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in place_words("place_object_verbs"):
        return "syntax"
    if node.dep_ == "conj" and node.head.i in placed or any(c.dep_ == "conj" and c.i in placed
                                                            for c in node.children):
        return "syntax"
    return "weak"


def _surnames(doc: Doc) -> set[str]:
    """Last words of multi-word person names: "Austin" after "Lloyd Austin" is the person again."""
    return {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}


def _scan(doc: Doc, taken: set[int], placed: set[int]) -> list[Mention]:
    out: list[Mention] = []
    surnames = _surnames(doc)
    i = 0
    while i < len(doc):
        if i in taken or doc[i].pos_ != "PROPN" or doc[i].ent_type_ in _NOT_NAMES:
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and j not in taken and doc[j].ent_type_ not in _NOT_NAMES:
            j += 1
        span = _trim(doc[i:j])
        i = j
        if span is None or normalize(span.text) in place_words("not_places") or not any(c.isalpha() for c in span.text):
            continue
        if span.end < len(doc) and doc[span.end].lower_ in place_words("facility_nouns"):
            continue
        label = span[0].ent_type_ or "PROPN"
        strength = _syntax_strength(span, placed)
        if strength == "weak" and span.text.lower() in surnames:
            continue
        division = _division(doc, span, label, strength)
        root = span.root
        if division is None and root.dep_ == "compound" and root.head.pos_ == "NOUN":
            continue  # a name modifying a noun names something else: "the Xinhua news agency"
        linked = root.head.idx if root.dep_ == "conj" else None
        out.append(division or Mention(span.start_char, span.end_char, span.text, "name", label,
                                       strength=strength, linked=linked))
    return out


def find_mentions(doc: Doc) -> list[Mention]:
    """All candidate place mentions in text order."""
    cfg = place_config()
    labels = set(cfg.get("place_labels") or ["GPE", "LOC"])
    not_places = place_words("not_places")
    taken: set[int] = set()
    mentions = _demonym_mentions(doc, set(cfg.get("demonym_labels") or ["NORP"]), taken)
    place_ents = {e.start: e for e in doc.ents if e.label_ in labels}
    for ent in doc.ents:
        if ent.label_ not in labels or ent.start in taken:
            continue
        taken.update(range(ent.start, ent.end))
        span = _trim(ent)
        if span is None or normalize(span.text) in not_places:
            continue
        qualifier = _qualifier_after(ent, place_ents)
        if "," in span.text and qualifier is None:  # "Paris, Texas" tagged as one entity
            head_text, _, rest = span.text.partition(",")
            end_char = span.start_char + len(head_text)
            mentions.append(Mention(span.start_char, end_char, head_text, "name", ent.label_,
                                    qualifier=rest.strip()))
            continue
        division = _division(doc, span, ent.label_, "ner") if ent.end == span.end else None
        locative = _syntax_strength(span, set()) == "syntax"
        mentions.append(division or Mention(span.start_char, span.end_char, span.text, "name", ent.label_,
                                            qualifier=qualifier.text if qualifier is not None else None,
                                            locative=locative))
    placed = {t.i for e in place_ents.values() for t in e}
    mentions.extend(_scan(doc, taken, placed))
    return sorted(mentions, key=lambda m: (m.start, m.end))
