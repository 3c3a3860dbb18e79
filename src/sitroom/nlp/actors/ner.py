"""The NER fallback: named entities that no dictionary or role rule explained become actors.

Kept with their text and type rather than dropped, unless a step of ``_NER_SKIPS`` says the
entity is something else (a surname already seen, a time zone, a town named as a place).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.headlines import without_headline_verb
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.doctext import doc_text
from sitroom.nlp.places.gazetteer import gazetteer
from sitroom.nlp.steps import Step, first

_NER_TYPES = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "state"}

def covered_spans(drafts: list[ActorDraft]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for d in drafts for m in d.mentions]


def _after_dash(ent: Span) -> Span:
    """'GMT - The Arakan Army': a live-blog stamp or dateline before a dash is not part of the name."""
    for k in range(len(ent) - 1, 0, -1):
        spaced = bool(ent[k - 1].whitespace_ or ent[k].whitespace_)  # "Kim Kye-gwan": a hyphen inside a name
        if ent[k].text in ("-", "\u2013", "\u2014", "--") and spaced:
            return ent[k + 1:]
    return ent


_CLOCK_BEFORE = re.compile(r"(?:\d[:.]\d\d|\d\s?[ap]\.?m\.?|\b[012]\d[0-5]\d)\s*$", re.I)
# time-zone abbreviations wire copy puts after a clock time ("at 1040 GMT"); never a party
_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST", "JST"})


class CoveredSpans:
    """Character spans already explained, answering overlap questions in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among spans up to each position
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start


@dataclass
class _NerScan:
    """What the NER fallback knows about the actors the rules found."""

    doc: Doc
    drafts: list[ActorDraft]
    single_names: bool
    heads: frozenset[str]
    body: str = ""
    covered: CoveredSpans = field(default_factory=lambda: CoveredSpans([]))
    name_words: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    people: dict[str, ActorDraft] = field(default_factory=dict)
    acronyms: dict[str, ActorDraft] = field(default_factory=dict)
    by_key: dict[tuple[str, ...], ActorDraft] = field(default_factory=dict)

    def __post_init__(self) -> None:
        drafts = self.drafts
        self.body = doc_text(self.doc)
        self.covered = CoveredSpans(covered_spans(drafts))
        self.by_key = {d.key: d for d in drafts}
        self.name_words = {w for d in drafts if d.type == "person" for w in d.name.split()}
        self.countries = {d.country for d in drafts if d.country is not None}
        self.people = {d.name.lower(): d for d in drafts if d.type == "person" and d.key[0] != "ner"}
        self.acronyms = {self.body[m.start:m.end]: d for d in drafts for m in d.mentions if m.rule == "acronym"}


def _surname_seen(ent: Span, kind: str, scan: _NerScan) -> bool:
    return len(ent) == 1 and ent.text in scan.name_words


def _not_a_name(ent: Span, kind: str, scan: _NerScan) -> bool:
    return ent[0].lower_ in ("a", "an") or ent.text.islower() or "\n" in ent.text


def _single_name_waits(ent: Span, kind: str, scan: _NerScan) -> bool:
    return not scan.single_names and kind == "person" and len(ent) == 1


def _time_zone(ent: Span, kind: str, scan: _NerScan) -> bool:
    return len(ent) == 1 and (ent.text in _ZONES or _CLOCK_BEFORE.search(
        scan.body, max(0, ent.start_char - 12), ent.start_char) is not None)


def _explained(ent: Span, kind: str, scan: _NerScan) -> bool:
    return scan.covered.overlaps(ent.start_char, ent.end_char)


def _place_not_subject(ent: Span, kind: str, scan: _NerScan) -> bool:
    return kind == "state" and ent.root.dep_ not in ("nsubj", "nsubjpass")


def _a_town(ent: Span, kind: str, scan: _NerScan) -> bool:
    """A town or region of a country the article names, whatever label the tagger gave it ("recaptured
    Weldiya" tagged ORG, "in Solo, Central Java" tagged PERSON); an organisation whose head word marks
    it as one ("Rakhine Party") is left to the other steps, and so is the place of a body or people ("the
    armed forces of Nagorno-Karabakh"): there it stands for those who live or rule there."""
    if kind == "state" or (kind == "person" and len(ent) == 1):
        return a_place(ent.text, scan.countries)
    if kind not in ("person", "org") or ent.root.lower_ in scan.heads:
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return False
    return a_place(_ner_name(ent), scan.countries)


def _group_label(ent: Span, kind: str, scan: _NerScan) -> bool:
    """"the *Tamil* rebels", "*Hutu* militias": one word the tagger calls a person, modifying a plural noun,
    labels the group by its people; it is nobody a pronoun could point back to."""
    tok = ent.root
    return (kind == "person" and len(ent) == 1 and tok.dep_ in ("compound", "amod")
            and tok.head.tag_ in ("NNS", "NNPS") and tok.head.i > tok.i)


# Entities the fallback leaves alone, in order; the first step that holds skips the entity.
_NER_SKIPS: tuple[Step[bool], ...] = (
    Step("surname_seen", _surname_seen, "'Villanueva' tagged ORG after 'Ramon Villanueva'"),
    Step("not_a_name", _not_a_name, "'a Reuters reporter', lower-case or multi-line entities"),
    Step("single_name_waits", _single_name_waits, "'Hassan' may be the surname of someone named later"),
    Step("time_zone", _time_zone, "'10:05 GMT', '9 a.m. EST'"),
    Step("group_label", _group_label, "'the Tamil rebels': a people's name on a group"),
    Step("explained", _explained, "a span a rule already turned into an actor"),
    Step("place_not_subject", _place_not_subject, "a city or region named as a place, not acting"),
    Step("a_town", _a_town, "'Goma fell': a town of a country the article names"),
)


_PEOPLE_ENDING = re.compile(r"(?:ist|ian|[^m]er|or|ant|grapher|logist)$")
# trades that firms ply as often as people: "access provider Spacestar Communications", "carrier Kenya Airways"
_FIRM_TRADES = frozenset({"carrier", "operator", "provider", "manufacturer", "maker", "producer", "retailer",
                          "distributor", "supplier", "exporter", "importer", "insurer", "lender", "developer",
                          "publisher", "broadcaster", "builder", "shipper", "refiner", "brewer", "contractor",
                          "subcontractor", "competitor", "rival", "partner", "owner", "sponsor", "investor",
                          "buyer", "seller", "bidder", "vendor", "trader", "marketer", "printer", "organiser",
                          "organizer", "promoter", "player", "miner", "explorer", "forwarder", "handler"})


def _described_person(ent: Span) -> bool:
    """'jazz trumpeter Wynton Marsalis', 'epidemiologist Clifford McDonald': two or three capitalised words
    right after a lower-case noun of a person's trade are that person's name, whatever label the tagger
    gave them."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent) or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (before.is_lower and before.tag_ == "NN" and before.head.i == ent.root.i
            and _PEOPLE_ENDING.search(before.lower_) is not None and before.lower_ not in _FIRM_TRADES)


_MEMBERS_NAMED = frozenset({"such", "like", "including"})


def _with_plural_head(ent: Span, kind: str, scan: _NerScan) -> Span:
    """A people's or a region's name on a plural noun names the group by both ("Buddhist monks", "Islamic
    moderates", "Shiite groups", "European foreign ministers"): the adjective alone is nobody."""
    root, doc = ent.root, ent.doc
    head = root.head
    if kind != "group" or root.dep_ != "amod" or head.i < ent.end or head.tag_ != "NNS":
        return ent
    if not all(t.dep_ in ("amod", "compound") and t.is_lower for t in doc[ent.end:head.i]):
        return ent
    near = [*head.children, *(g for c in head.children for g in c.children)]
    if any(c.dep_ == "nummod" or c.lower_ in _MEMBERS_NAMED for c in near):
        return ent  # "five African presidents", "Andean states such as Peru": the members stand for it
    span = doc[ent.start:head.i + 1]
    return ent if scan.covered.overlaps(ent.end_char, span.end_char) else span


def _ner_name(ent: Span) -> str:
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    for suffix in ("'s", "\u2019s", "(", "-"):
        text = text.removesuffix(suffix).strip()
    return text


def _join(draft: ActorDraft, ent: Span, rule: str) -> None:
    draft.add(Mention(ent.start_char, ent.end_char, draft.key, draft.name, draft.type, draft.country,
                      draft.role, rule, ent.end - 1))


def _add_entity(ent: Span, kind: str, text: str, scan: _NerScan) -> None:
    named = scan.people.get(text.lower()) if kind in ("person", "org") else None
    if named is not None:  # "reporter Daniel Bekele" … "Daniel Bekele": the person already found
        _join(named, ent, "ner_fallback")
        return
    expanded = scan.acronyms.get(text) or _expansion(scan.drafts, text, scan.body, ent.start_char)
    if expanded is not None:  # "the Rapid Support Forces (RSF)", and "RSF" thereafter
        _join(expanded, ent, "acronym")
        scan.acronyms[text] = expanded
        return
    head = ent.root.lower_
    marks = frozenset({head}) if kind == "org" and head in scan.heads else frozenset()
    add_uncoded(ent, text, kind, scan.drafts, scan.by_key, marks)


def add_uncoded(span: Span, text: str, kind: str, drafts: list[ActorDraft],
                by_key: dict[tuple[str, ...], ActorDraft], marks: frozenset[str] = frozenset()) -> None:
    """``span`` as a mention of the uncoded fallback actor named ``text``, made on its first mention."""
    key = ("ner", text.lower())
    m = Mention(span.start_char, span.end_char, key, text, kind, None, None, "ner_fallback", span.end - 1, marks)
    if key not in by_key:
        by_key[key] = ActorDraft(key, text, kind, None, None, "ner_fallback")
        drafts.append(by_key[key])
    by_key[key].add(m)


def ner_fallback(doc: Doc, drafts: list[ActorDraft], single_names: bool = True,
                 heads: frozenset[str] = frozenset()) -> None:
    """Named entities no rule explained become actors with their text and type, uncoded.

    With ``single_names`` False, one-word person names wait: they are more often the
    surname of someone named in full ("Hassan" after "Abdullah Hassan"). An organisation
    whose head noun is one of ``heads`` ("Ministry of National Defense") can be referred to
    by it ("the ministry"); an acronym in brackets after a name is that name ("(MND)").
    """
    scan = _NerScan(doc, drafts, single_names, heads)
    for ent in doc.ents:
        kind = _NER_TYPES.get(ent.label_)
        if kind is None or first(_NER_SKIPS, ent, kind, scan) is not None:
            continue
        ent = _with_plural_head(without_headline_verb(_after_dash(ent)), kind, scan)
        kind = "person" if kind == "org" and _described_person(ent) else kind
        text = _ner_name(ent)
        if text:
            _add_entity(ent, kind, text, scan)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def _expansion(drafts: list[ActorDraft], acronym: str, body: str, start: int) -> ActorDraft | None:
    """The actor an acronym in brackets spells out, named right before it; or, later on, the actor
    whose own mention took the bracketed acronym in ("Liberation Tigers of Tamil Eelam (LTTE)"); or, for
    three letters or more, the one actor named earlier by words with those initials."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    if body[max(0, start - 2):start].endswith("("):
        for d in drafts:
            if any(0 <= start - m.end <= 3 for m in d.mentions) and _initials(d.name) == acronym:
                return d
    bracketed = "(" + acronym
    for d in drafts:
        if d.country and any(m.end <= start and bracketed in body[m.start:m.end + 1] for m in d.mentions):
            return d
    if len(acronym) < 3:
        return None  # two letters spell too many names
    spelled = {id(d): d for d in drafts for m in d.mentions
               if m.end <= start and _initials(body[m.start:m.end]) == acronym}
    return next(iter(spelled.values())) if len(spelled) == 1 else None


def town_countries(text: str) -> set[str]:
    """Countries of the cities, divisions and regions the gazetteer knows by this name (countries
    themselves are dictionary actors)."""
    return {e.country for e in gazetteer().lookup(text) if e.feature in ("city", "adm1", "region") and e.country}


def a_place(text: str, countries: set[str]) -> bool:
    """A town or region of a country the article names; "Fano" in a story on Ethiopia is the
    militia, not the Italian town."""
    return bool(town_countries(text) & countries)
