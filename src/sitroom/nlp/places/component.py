"""Places: place mentions geocoded with the gazetteer and disambiguated by the article's context.

A name can denote several places ("Paris", "Georgia", "Moscow"). The article
tells which: the countries and divisions it names unambiguously (and its
dateline) are its context, and a candidate in that context beats a bigger one
outside it; population and capital status break the remaining ties. Tiny
ambiguous towns with no support from the context are dropped rather than guessed.

The dateline ("Taipei, Taiwan") is where the report was filed: it becomes a Place
with ``rule="dateline"``. It is usually metadata removed from the body, and then
has the empty offsets ``start=end=0`` (no evidence span in ``document.text``);
when the body still opens with it, the offsets are those of that text.
Country-level places carry the capital's coordinates as their point; region
phrases ("Ukrainian territories") carry the country but no point.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import doc_text
from sitroom.nlp.places.gazetteer import Entry, Gazetteer, city_weight, gazetteer, normalize
from sitroom.nlp.places.mentions import Mention, demonym_country, find_mentions, place_config, place_words
from sitroom.nlp.span_index import doc_derived
from sitroom.records import Place

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"}


class Context:
    """Countries (ISO3) and first-level divisions the article names without ambiguity."""

    def __init__(self) -> None:
        self.countries: set[str] = set()
        self.adm1: set[str] = set()

    def add(self, entry: Entry) -> None:
        if entry.country:
            self.countries.add(entry.country)
        if entry.feature in ("adm1", "city") and entry.adm1:
            self.adm1.add(entry.adm1)


def score(entry: Entry, ctx: Context, weights: dict, name: str | None = None) -> float:
    """How likely this candidate is what the article means; see ``places.yaml`` scoring. With the
    ``name`` the text uses, a city called so outranks one that merely has it among its alternate
    names (Pokrovsk in Donetsk oblast, not Engels, once called Pokrovsk)."""
    in_country = bool(entry.country) and entry.country in ctx.countries
    bonus = float(weights.get("country_context_bonus", 2.0)) if in_country else 0.0
    if entry.feature == "country":
        return float(weights.get("country_base", 10.0)) + bonus
    if entry.feature in ("adm1", "city") and entry.adm1 in ctx.adm1:
        bonus += float(weights.get("adm1_context_bonus", 3.0))
    if entry.feature == "adm1":
        return float(weights.get("adm1_base", 6.0)) + bonus
    if entry.feature == "region":
        return float(weights.get("region_base", 9.0)) + bonus
    if entry.feature == "continent":
        return float(weights.get("continent_base", 8.0))
    if name is not None and normalize(entry.name) == normalize(name):
        bonus += float(weights.get("own_name_bonus", 1.0))
    return city_weight(entry) + (float(weights.get("capital_bonus", 1.5)) if entry.capital else 0.0) + bonus


def _qualified(cands: list[Entry], qualifier: str | None, gaz: Gazetteer) -> list[Entry]:
    """Keep the candidates inside the qualifying state or country ("Paris, Texas")."""
    for part in (qualifier or "").split(","):  # "Thailand, Dec 14, 2006": the first part that is a place
        quals = [q for q in gaz.lookup(part) if q.feature in ("country", "adm1")] if part.strip() else []
        kept = [c for c in cands for q in quals
                if (q.feature == "adm1" and c.adm1 == q.adm1) or (q.feature == "country" and c.country == q.country)]
        if kept:
            return kept
    return cands


def choose(cands: list[Entry], ctx: Context, weights: dict, trusted: bool, name: str | None = None) -> Entry | None:
    """The best candidate, or None when only an unsupported small town would be left."""
    if not cands:
        return None
    best = max(cands, key=lambda e: score(e, ctx, weights, name))
    if best.feature == "city" and best.country not in ctx.countries and best.adm1 not in ctx.adm1:
        small = best.population < int(weights.get("min_population_without_context", 100000))
        if small and (len(cands) > 1 or not trusted):
            return None
    return best


def _candidates(m: Mention, gaz: Gazetteer) -> list[Entry]:
    if m.kind == "demonym_capital":
        capital = gaz.capitals.get(m.country_hint or "")
        return [capital] if capital else []
    if m.kind == "demonym_region":
        country = gaz.country(m.country_hint)
        if country is None:
            return []
        return [Entry(name=m.text, feature="region", country=country.country, lat=None, lon=None, geonameid=None)]
    cands = gaz.lookup(m.lookup or m.text)
    if m.label == "DATELINE":  # "HONG KONG", "SINGAPORE": a report is filed from the city
        cands = [c for c in cands if c.feature == "city"] or cands
    if m.kind == "division":
        # "Darfur region" is the region itself; "Kursk region" the division around the city of that name.
        areas = [c for c in cands if c.feature in ("region", "adm1")]
        areas = areas or gaz.divisions(m.lookup or m.text)
        cands = areas or [c for c in cands if c.feature == "city"]
    return _qualified(cands, m.qualifier, gaz)


def strong_enough(m: Mention, entry: Entry, ctx: Context) -> bool:
    """A proper noun the NER did not call a place needs the parse or a strong name to become one.

    Only a city's own name counts here, not one of its alternate names: those include common
    words and names of other things ("White House", "Xinhua") that only a place entity may use.
    """
    if m.label == "DATELINE" or m.kind not in ("name", "division"):
        return True
    cfg = place_config()
    in_context = entry.country in ctx.countries and entry.population >= int(
        cfg.get("scan_min_population_in_context", 100000))
    if entry.feature == "city" and normalize(entry.name) != normalize(m.lookup or m.text):
        # "Kiev" in an article about Ukraine, or "in Kiev"; not "Atalanta" (a football club) for Atlanta
        return (m.strength == "ner" and m.locative) or (m.strength != "weak" and entry.country in ctx.countries)
    big = entry.population >= int(cfg.get("scan_min_population", 500000))
    if m.label == "PERSON" and m.strength != "ner":
        # "Yala, Pattani and Narathiwat" tagged as people in an article about Thailand; "over Kyiv"
        return in_context or (m.strength == "syntax" and (big or entry.feature != "city"))
    if m.strength != "weak":
        return True
    if entry.feature != "city":
        return True
    return big or in_context


def _rule(m: Mention, entry: Entry) -> str:
    if m.kind == "demonym_region":
        return "region_phrase"
    if m.kind == "demonym_capital":
        return "demonym_capital"
    if m.kind == "division":
        return "division_phrase"
    return f"gazetteer_{entry.feature}"


def _feature(m: Mention, entry: Entry) -> str:
    if m.kind == "division" and entry.feature == "city":
        return "adm1"
    return "region" if entry.feature == "continent" else entry.feature


def _dateline_mention(dateline: str, body: str) -> Mention | None:
    """"Taipei, Taiwan" or "KYIV, Ukraine (Reuters) -" as a name with its qualifier.

    Offsets are those of the dateline in the body when the body still opens with it, else (0, 0).
    """
    dateline = dateline.strip()
    text = dateline.split("(")[0].strip(" -\u2014\u2013")
    if not text:
        return None
    first, _, rest = text.partition(",")
    pos = body.find(dateline, 0, 300)
    start, end = (pos, pos + len(dateline)) if pos >= 0 else (0, 0)
    return Mention(start, end, dateline, "name", "DATELINE", lookup=first.strip(), qualifier=rest.strip() or None)


def _dominant(cands: list[Entry], ctx: Context, weights: dict) -> bool:
    """One candidate is so much likelier than the rest (tenfold population) that it can set context."""
    ranked = sorted((score(c, ctx, weights) for c in cands), reverse=True)
    return len(ranked) == 1 or ranked[0] - ranked[1] >= 1.0


def _set_context(ordered: list[Mention], cands: list[list[Entry]], ctx: Context, weights: dict) -> None:
    """First pass: the unambiguous NER mentions say which countries the article is about."""
    for m, cs in zip(ordered, cands, strict=True):
        if m.strength != "ner" or not cs:
            continue
        features = {c.feature for c in cs}
        one_country = len({c.country for c in cs}) == 1
        if len(cs) == 1 or (m.qualifier and one_country) or (features == {"city"} and _dominant(cs, ctx, weights)):
            ctx.add(cs[0] if len(cs) == 1 else max(cs, key=lambda e: score(e, ctx, weights)))
        elif "country" in features and "adm1" not in features:  # "Jordan" the country, not a town
            ctx.add(next(c for c in cs if c.feature == "country"))


def _trusted(m: Mention) -> bool:
    return m.label == "DATELINE" or m.kind != "name" or m.strength == "syntax" or m.locative


def resolve(mentions: Iterable[Mention], dateline: Mention | None, extra_context: Iterable[str] = ()) -> list[Place]:
    """Geocode mentions in two passes: unambiguous ones set the context that settles the rest."""
    gaz = gazetteer()
    weights = dict(place_config().get("scoring") or {})
    ctx = Context()
    ctx.countries.update(extra_context)
    ordered = list(mentions)
    if dateline is not None:  # a dateline left in the body is not also an ordinary mention
        ordered = [dateline] + [m for m in ordered if not (dateline.start <= m.start < dateline.end)]
    cands = [_candidates(m, gaz) for m in ordered]
    _set_context(ordered, cands, ctx, weights)
    places: list[Place] = []
    placed: list[tuple[int, int]] = []
    for m, cs in zip(ordered, cands, strict=True):
        entry = choose(cs, ctx, weights, trusted=_trusted(m), name=m.lookup or m.text)
        linked = m.linked is not None and any(s <= m.linked < e for s, e in placed)
        if entry is None or not (linked or strong_enough(m, entry, ctx)):
            continue
        placed.append((m.start, m.end))
        places.append(Place(
            id=f"p{len(places) + 1}", text=m.text, name=entry.name, country=entry.country,
            lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid, feature=_feature(m, entry),
            start=m.start, end=m.end, rule="dateline" if m.label == "DATELINE" else _rule(m, entry),
        ))
    return places


def _demonym_context(doc: Doc) -> set[str]:
    """Countries named only through demonyms ("North Korean troops") still frame the article."""
    return {iso3 for e in doc.ents if e.label_ == "NORP" and (iso3 := demonym_country(e.text))}


def _first_at(places: Sequence[Place]) -> dict[int, Place]:
    """The first non-empty place starting at each offset: ``place_for_token`` runs for every event."""
    first: dict[int, Place] = {}
    for p in places:
        if p.end > p.start:
            first.setdefault(p.start, p)
    return first


def place_for_token(doc: Doc, token: Token) -> Place | None:
    """A place in the clause headed by ``token``: its own "in/at/near X" phrases first, then deeper ones."""
    first_at = doc_derived(doc, "places_by_start", doc._.places or [], _first_at)
    if not first_at:
        return None
    preps = place_words("locative_preps")

    def place_under(tok: Token) -> Place | None:
        # The phrase itself, not clauses hanging from it ("from countries that said North Korea ...").
        starts: set[int] = set()
        stack = [tok]
        while stack:
            node = stack.pop()
            starts.add(node.idx)
            stack.extend(c for c in node.children if c.dep_ not in _CLAUSE_DEPS)
        found = [s for s in starts if s in first_at]
        return first_at[min(found)] if found else None

    def clause_preps(head: Token) -> Iterable[Token]:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                yield child
        for child in head.children:
            if child.dep_ not in _CLAUSE_DEPS and child.dep_ != "prep":
                yield from clause_preps(child)

    for prep in clause_preps(token):
        found = place_under(prep)
        if found is not None:
            return found
    return None


class PlaceTagger:
    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta or {}
        dateline = _dateline_mention(str(meta["dateline"]), doc_text(doc)) if meta.get("dateline") else None
        doc._.places = resolve(find_mentions(doc), dateline, _demonym_context(doc))
        return doc


@Language.factory("sitroom_places", requires=["doc.ents", "doc._.actors"], assigns=["doc._.places"])
def make_place_tagger(nlp: Language, name: str) -> PlaceTagger:
    gazetteer()  # build the index with the pipeline, not on the first document
    return PlaceTagger()
