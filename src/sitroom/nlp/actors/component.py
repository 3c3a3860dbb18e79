"""Actors: who is named in the text, coded as country/IGO plus role on the article's date.

Mentions come from ``actor_matching`` (dictionary, titles, country + role nouns),
are grouped into actors here, extended by ``coref`` (surnames, pronouns, "the
agency"), and completed by NER for names the dictionary lacks, which are kept
with their text and type rather than dropped.  Later components ask
``actor_at``/``actor_for_token`` and get the resolved actor of any span.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors.apposition import name_appositions
from sitroom.nlp.actors.context import infer_countries, merge_inferred
from sitroom.nlp.actors.coref import link_mentions
from sitroom.nlp.actors.counted import counted_groups
from sitroom.nlp.actors.country_coref import link_country_nouns
from sitroom.nlp.actors.dateline_country import doc_dateline_country
from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.group_places import place_groups
from sitroom.nlp.actors.lexicon import ActorLexicon, load_actor_lexicon
from sitroom.nlp.actors.matching import MentionFinder
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.actors.ner import covered_spans, ner_fallback, town_countries
from sitroom.nlp.actors.proper_names import proper_name_fallback
from sitroom.nlp.actors.role_coref import link_role_nouns
from sitroom.nlp.actors.title_coref import link_titles
from sitroom.nlp.span_index import SpanSet, doc_index
from sitroom.records import Actor


def group_mentions(mentions: list[Mention], lex: ActorLexicon) -> list[ActorDraft]:
    """Actors in order of first mention; a generic body joins the one named body of its code."""
    drafts: dict[tuple[str, ...], ActorDraft] = {}
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        draft = drafts.get(m.key)
        if draft is None:
            draft = drafts[m.key] = ActorDraft(m.key, m.name, m.type, m.country, m.role, m.rule)
        draft.add(m)
    named: dict[tuple[str | None, str | None], list[ActorDraft]] = {}
    for d in drafts.values():
        if d.key[0] == "org":
            named.setdefault((d.country, d.role), []).append(d)
    for d in list(drafts.values()):
        targets = named.get((d.country, d.role), [])
        if d.key[0] == "generic" and d.type != "person" and d.role in lex.merge_roles and len(targets) == 1:
            for m in d.mentions:
                targets[0].add(m)
            del drafts[d.key]
    _name_untitled_people(drafts)
    return list(drafts.values())


def _name_untitled_people(drafts: dict[tuple[str, ...], ActorDraft]) -> None:
    """ "Russia's ambassador" ... "Ambassador Georgy Zinoviev": one person, named and with a country.

    An unnamed title holder ("the US defense secretary") joins the one named person with the
    same title and the same (or no) country in the article; never when two could be meant.
    """
    named = [d for d in drafts.values() if d.type == "person" and d.key[0] == "person"]
    unnamed = [d for d in drafts.values() if d.type == "person" and d.key[0] == "generic"]
    for generic in unnamed:
        titles = {t for t in generic.descriptors if t.startswith("title:")}
        same = [p for p in named if p.descriptors & titles and p.country in (None, generic.country)]
        if len(same) != 1:
            continue
        person = same[0]
        person.country, person.role = person.country or generic.country, person.role or generic.role
        for m in generic.mentions:
            person.add(m)
        drafts.pop(generic.key, None)


HEADLINE_WEIGHT = 3  # a country in the headline counts as much as three mentions in the body


def place_countries(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> Counter[str]:
    """Extra weight for the article's dominant country: the towns and regions it names (where the
    name is unambiguous: every gazetteer entry in one country; the small model often tags a town
    PERSON or ORG, so a one-word name of any label counts), and the countries of the headline."""
    covered = SpanSet((s, e, None) for s, e in covered_spans([d for d in drafts if d.country]))
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") and not (ent.label_ in ("PERSON", "ORG") and len(ent) == 1):
            continue
        if covered.overlaps(ent.start_char, ent.end_char):
            continue
        found = town_countries(ent.text)
        if len(found) == 1:
            counts[found.pop()] += 1
    title = (doc._.meta or {}).get("title") if Doc.has_extension("meta") else None
    for iso3 in headline_countries(title or "", lex):
        counts[iso3] += HEADLINE_WEIGHT
    return counts


def headline_countries(title: str, lex: ActorLexicon) -> list[str]:
    """Countries a headline names, by name, capital, demonym or adjective ("Myanmar's junta loses …")."""
    pattern, by_phrase = lex.country_phrases()
    return [by_phrase[m.group(0)] for m in pattern.finditer(title)] if title else []


class ActorTagger:
    def __init__(self, nlp: Language, name: str, actor_files: list[str]) -> None:
        self.name = name
        self.actor_files = actor_files
        self.lex = load_actor_lexicon(tuple(str(p) for p in actor_files))
        self.finder = MentionFinder(nlp, self.lex)
        # head nouns that let "the ministry", "the alliance" refer back to an organisation the NER found
        self.heads = frozenset(w for w in self.lex.nouns if " " not in w) | frozenset(
            d for igo in self.lex.igos.values() for d in igo.descriptions)

    def __call__(self, doc: Doc) -> Doc:
        on: date | None = doc._.ref_date if Doc.has_extension("ref_date") else None
        drafts = group_mentions(self.finder.find(doc, on), self.lex)
        ner_fallback(doc, drafts, single_names=False, heads=self.heads)  # unknown organisations are antecedents
        drafts = name_appositions(doc, drafts, self.lex)
        link_mentions(doc, drafts, surnames_only=True)  # surnames first: they are antecedents of pronouns
        link_titles(doc, drafts, self.lex)  # "the president" after "President Iajuddin Ahmed"
        ner_fallback(doc, drafts, heads=self.heads)
        proper_name_fallback(doc, drafts, self.heads)  # names the tagger missed, in a party's slot
        link_mentions(doc, drafts)  # pronouns last, so that every name found is an antecedent ("Ngbanda")
        counted_groups(doc, drafts, self.lex)  # "eight people were killed"
        drafts = place_groups(doc, drafts, self.lex)  # "civilians were killed in Muzaffarabad"
        drafts.sort(key=lambda d: min(m.start for m in d.mentions))
        infer_countries(drafts, place_countries(doc, drafts, self.lex), doc_dateline_country(doc, self.lex))
        drafts = merge_inferred(drafts)
        link_role_nouns(doc, drafts, self.lex)  # "soldiers" after "Israeli troops"
        link_country_nouns(doc, drafts)  # "a state visit to the country" after "Mongolia"
        doc._.actors = [
            Actor(id=f"a{i}", name=d.name, type=d.type, country=d.country, role=d.role,  # type: ignore[arg-type]
                  code=self.lex.code(d.country, d.role),
                  mentions=sorted({(m.start, m.end) for m in d.mentions}), rule=d.rule)
            for i, d in enumerate(drafts, 1)
        ]
        return doc


# ---------------------------------------------------------------------- public helpers
def _mention_spans(actors: list[Actor]) -> list[tuple[int, int, tuple[int, int, str]]]:
    return [(s, e, (a, m, actor.id)) for a, actor in enumerate(actors) for m, (s, e) in enumerate(actor.mentions)]


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    """Id of the actor a character range refers to.

    A mention equal to the range wins; then the smallest mention covering it (the most
    specific); then the largest mention inside it (the head noun phrase of a clause).
    Only the mentions that touch the range are looked at (a sorted index), in the order of
    the actor list, so that ties go to the first actor as a full scan would.
    """
    index = doc_index(doc, "actor_mentions", doc._.actors or [], _mention_spans)
    near = sorted(index.overlapping(start, end) if end > start else index.overlapping(start - 1, start + 1),
                  key=lambda x: x[2][:2])
    covering: tuple[int, str] | None = None
    inside: tuple[int, int, str] | None = None
    for s, e, (_, _, actor_id) in near:
        if s == start and e == end:
            return actor_id
        if s <= start and end <= e:
            if covering is None or e - s < covering[0]:
                covering = (e - s, actor_id)
        elif start <= s and e <= end:
            if inside is None or (e - s, -s) > (inside[0], -inside[1]):
                inside = (e - s, s, actor_id)
    if covering:
        return covering[1]
    if inside:
        return inside[2]
    # Partial overlap: a mention that starts inside the range.
    for s, e, (_, _, actor_id) in near:
        if s < end and start < e:
            return actor_id
    return None


def actor_for_token(doc: Doc, token: Token | Span) -> str | None:
    """Actor of a token or span: a mention over it, else one in its noun phrase (left subtree first)."""
    if isinstance(token, Span):
        return actor_at(doc, token.start_char, token.end_char)
    found = _smallest_covering(doc, token.idx, token.idx + len(token))
    if found:
        return found
    sub = list(token.subtree)
    if not sub:
        return None
    left = [t for t in sub if t.i <= token.i]
    for span in (left, sub):
        found = actor_at(doc, span[0].idx, span[-1].idx + len(span[-1]))
        if found:
            return found
    return None


def actor_for_phrase(doc: Doc, phrase: Span) -> str | None:
    """Actor of a noun phrase, else of the name set beside it: "the acting governor of the Kursk
    region, Alexei Smirnov, told …" is Smirnov even when the phrase alone names no actor."""
    found = actor_for_token(doc, phrase)
    if found:
        return found
    for child in phrase.root.children:
        if child.dep_ == "appos":
            found = actor_for_token(doc, doc[child.left_edge.i:child.right_edge.i + 1])
            if found:
                return found
    return None


def _smallest_covering(doc: Doc, start: int, end: int) -> str | None:
    """The smallest mention over [start, end) (ties: the first in actor order); a non-empty range
    is looked up in the sorted mention index, since this is asked for tokens all over the text."""
    if end > start:
        index = doc_index(doc, "actor_mentions", doc._.actors or [], _mention_spans)
        mentions = [(s, e, actor_id) for s, e, (_, _, actor_id) in
                    sorted(index.overlapping(start, end), key=lambda x: x[2][:2])]
    else:
        mentions = [(s, e, actor.id) for actor in doc._.actors or [] for s, e in actor.mentions]
    best: tuple[int, str] | None = None
    for s, e, actor_id in mentions:
        if s <= start and end <= e and (best is None or e - s < best[0]):
            best = (e - s, actor_id)
    return best[1] if best else None


@Language.factory(
    "sitroom_actors",
    default_config={"actor_files": []},
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.actors"],
)
def make_actor_tagger(nlp: Language, name: str, actor_files: list[str]) -> ActorTagger:
    return ActorTagger(nlp, name, actor_files)
