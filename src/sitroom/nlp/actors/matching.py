"""Finding actor mentions: dictionary names, titles with names, country + role nouns.

The cascade keeps the precise rule first: a title in apposition to a name
("Kremlin spokesman Dmitry Peskov") gives both the person and the role; a role
noun with a country modifier ("South Korea's spy agency", "North Korean troops")
gives a body of that country; plain dictionary names come last.  Each mention
keeps the name of the rule that made it.  Matchers are built once per pipeline.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitroom.nlp.actors.cached import name_tables
from sitroom.nlp.actors.caseless import caseless_name
from sitroom.nlp.actors.lexicon import ActorLexicon, NameRef
from sitroom.nlp.actors.mentions import Mention, name_mention
from sitroom.nlp.actors.roles import DocNames, role_mentions

LOCATIVE = frozenset({"in", "at", "to", "from", "near", "into", "outside", "inside", "across", "via",
                      "around", "toward", "towards", "through", "within"})


def _hyphen_goes_on(span: Span) -> bool:
    """The name's last word is the first half of a hyphenated given name ("Park Jin-young", "Kim Kye-gwan")."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and not span[-1].whitespace_ and doc[end].text == "-"
            and not doc[end].whitespace_ and doc[end + 1].is_alpha)


class MentionFinder:
    """Mention detection over a parsed Doc, with matchers built from the lexicon."""

    def __init__(self, nlp: Language, lex: ActorLexicon) -> None:
        self.lex = lex
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.written: dict[str, list[str]] = {}   # lowercase token text -> phrases as written
        self.split: dict[str, list[str]] = {}
        self.first_capital: dict[str, int | None] = {}  # per entry: index of its first capitalised word
        patterns: list[Doc] = []
        # The names' tokens come from the disk cache (tokenising them is most of the build).
        phrases = [p for p in lex.names if p not in lex.bulk]
        tokens, self.bulk = name_tables(nlp, phrases, lex.bulk)
        for phrase, (words, spaces) in zip(phrases, tokens, strict=True):
            pattern = Doc(nlp.vocab, words=words, spaces=spaces)
            key = " ".join(t.lower_ for t in pattern)
            self.written.setdefault(key, []).append(phrase)
            self.split[phrase] = [t.text for t in pattern]
            patterns.append(pattern)
        self.names.add("NAME", patterns)
        self.roles.add("ROLE", [nlp.make_doc(w) for w in {*lex.nouns, *lex.titles}])
        self.role_words = frozenset(w for w in {*lex.nouns, *lex.titles} if " " not in w)

    # ------------------------------------------------------------------ names
    def _tokens(self, phrase: str) -> list[str]:
        return self.split.get(phrase) or phrase.split()

    def _first_capital(self, phrase: str) -> int | None:
        if phrase not in self.first_capital:
            self.first_capital[phrase] = next(
                (k for k, w in enumerate(self._tokens(phrase)) if any(c.isupper() for c in w)), None)
        return self.first_capital[phrase]

    def _name_ref(self, span: Span) -> NameRef | None:
        """The dictionary entry of a matched span, if its capitalisation agrees with the entry."""
        key = " ".join(t.lower_ for t in span)
        for phrase in self.written.get(key, []):
            # The first capitalised word of the entry must be capitalised in the text too:
            # "Turkey" but not "turkey", "US" but not "us"; later words may be lowercase
            # ("the People Power party").
            first = self._first_capital(phrase)
            if first is None or first >= len(span) or not span[first].is_lower or caseless_name(span, phrase):
                return self.lex.names[phrase]
        return None

    def _own_adjective(self, word: Token, ref: NameRef) -> bool:
        """'Chinese' before "People's Liberation Army": the organisation's own country adjective."""
        org = self.lex.orgs.get(ref.key) if ref.kind == "org" else None
        country = self.lex.countries.get(org.country) if org is not None and org.country else None
        return country is not None and word.text == country.adjective

    def _matches(self, doc: Doc) -> list[tuple[Span, NameRef | None]]:
        """Pattern matches, then the converted dictionary's names (capitalised as in the entry)."""
        out = [(doc[s:e], self._name_ref(doc[s:e])) for _, s, e in self.names(doc)]
        out += [(doc[s:e], self.lex.names.get(phrase)) for s, e, phrase in self.bulk.matches(doc)]
        return out

    def name_spans(self, doc: Doc) -> dict[tuple[int, int], NameRef]:
        found: list[Span] = []
        refs: dict[tuple[int, int], NameRef] = {}
        for span, ref in self._matches(doc):
            if ref is not None and not self._part_of_another_name(span, ref):
                found.append(span)
                refs[(span.start, span.end)] = ref
        return {(sp.start, sp.end): refs[(sp.start, sp.end)] for sp in filter_spans(found)}

    def _part_of_another_name(self, span: Span, ref: NameRef) -> bool:
        """The dictionary name is a piece of a longer name that means something else."""
        doc, s = span.doc, span.start
        before = doc[s - 1] if s > 0 else None
        if ref.kind in ("country", "capital") and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I":
            return True  # "Jordan" in "Michael Jordan"
        if ref.kind == "person" and _hyphen_goes_on(span):
            return True  # "Park Jin" in "Park Jin-young"
        if ref.kind in ("org", "igo") and span[0].ent_iob_ == "I" and before is not None and before.is_title \
                and before.pos_ == "PROPN" and not self._own_adjective(before, ref):
            return True  # part of a longer name: "Sudan People's Liberation Army", not "Chinese People's …"
        if before is not None and (_region_of(before, span) or self._foreign_adjective(before, ref)):
            return True  # "Latin America" (a region, not the US); "the *Peruvian* Congress" (Peru's, not the US one)
        # "New Mexico", "the Niger Delta", "the Indian Ocean"; "the China Daily", "Turkish Airlines"
        return ref.kind in ("country", "demonym") and (self._inside_a_place(span) or self._inside_a_title(span))

    def _inside_a_place(self, span: Span) -> bool:
        """The tagger's place entity around a country's name is longer than it and no dictionary name itself:
        words before the name ("New Mexico", "the Gulf of Mexico", "Latin America") or a landform after it
        ("the Niger Delta", "the Indian Ocean"); not "Indian Kashmir", "Iraqi Kurdistan" or "western
        Cambodia", which name a part of the country, nor "Catholic Italy" or "Israel-Palestine"."""
        ent = _entity_around(span, _PLACE_ENTS)
        if ent is None:
            return False
        doc = span.doc
        words = [t for t in ent if t.lower_ not in _ARTICLES]
        before = [t for t in words if t.i < span.start]
        after = [t for t in words if t.i >= span.end]
        named_before = bool(before) and all(t.lower_ in _PLACE_WORDS for t in before)
        landform_after = bool(after) and after[-1].lower_ in _LANDFORMS and not any(t.is_punct for t in after)
        if not (named_before or landform_after):
            return False  # "western Cambodia", "Catholic Italy", "Israel-Palestine": the country itself
        return not any(t.lower_ in _STATE_WORDS for t in before + after) \
            and self.lex.names.get(doc[words[0].i:words[-1].i + 1].text) is None

    def _inside_a_title(self, span: Span) -> bool:
        """The tagger's organisation around a country's name is a newspaper's or a firm's ("China *Daily*",
        "*Times of* India", "Turkish *Airlines*", ``_PAPERS_AND_FIRMS``), which speaks for itself, not for
        the state; "Chinese Foreign Ministry" and "Vietnam News Agency" are the state's."""
        ent = _entity_around(span, frozenset({"ORG"}))
        if ent is None:
            return False
        extra = [t for t in ent if (t.i < span.start or t.i >= span.end) and t.lower_ not in _FUNCTION_WORDS]
        return (bool(extra) and any(t.lower_ in _PAPERS_AND_FIRMS for t in extra)
                and all(t.is_title and t.lower_ not in self.role_words and t.lower_ not in _STATE_WORDS
                        and self.lex.names.get(t.text) is None for t in extra)
                and self.lex.names.get(ent.text) is None)

    def _foreign_adjective(self, word: Token, ref: NameRef) -> bool:
        """A country adjective of another country before an organisation's name ("Peruvian Congress")."""
        org = self.lex.orgs.get(ref.key) if ref.kind == "org" else None
        if org is None or not org.country:
            return False
        before = self.lex.names.get(word.text)
        return before is not None and before.kind in ("demonym", "country") and before.key != org.country

    def _context_org(self, name: str, first: dict[str, int]) -> NameRef | None:
        """The organisation a bare shared name stands for: of those whose country the article names, the
        one whose country it names first ("Congress" in a story from New Delhi that mentions Washington once
        is India's party)."""
        orgs = [o for o in self.lex.contextual_orgs[name] if (self.lex.orgs[o].country or "") in first]
        orgs.sort(key=lambda o: first[self.lex.orgs[o].country or ""])
        return NameRef("org", orgs[0]) if orgs else None

    def _meant(self, doc: Doc, span: tuple[int, int], ref: NameRef, present: set[str | None],
               first: dict[str, int]) -> NameRef | None:
        """What a dictionary name stands for here, or None where the context says it is no actor."""
        s, e = span
        if ref.kind == "capital" and s > 0 and doc[s - 1].lower_ in LOCATIVE:
            return None  # "in Moscow" is a place, not the state acting
        if ref.kind == "contextual" and ref.key not in present \
                and not present.intersection(self.lex.countries[ref.key].pair):
            return None  # "the North" only where the Koreas are the subject
        if ref.kind == "org" and doc[s:e].text in self.lex.contextual_orgs:
            return self._context_org(doc[s:e].text, first)  # "Congress": the US one, or India's party
        if ref.kind == "org" and doc[s:e].text in self.bulk.acronyms:
            country = self.lex.orgs[ref.key].country
            if country and country not in present:
                return None  # "FPC" in a story from Kinshasa is no Corsican front: a converted acronym
                # stands for its body only where the article names the body's country
        return ref

    # ------------------------------------------------------------------ the cascade
    def find(self, doc: Doc, on: date | None) -> list[Mention]:
        """All mentions in the doc, noun-phrase-level ones (title + name, country + role noun) first."""
        ctx = DocNames(doc, self.lex, self.name_spans(doc), on, self.role_words)
        taken = {i for s, e in ctx.names for i in range(s, e)}
        out: list[Mention] = []
        for rs in filter_spans([doc[s:e] for _, s, e in self.roles(doc)]):
            if not any(i in taken for i in range(rs.start, rs.end)) and not _inside_a_name(rs):
                out.extend(role_mentions(ctx, rs))
        present = {m.country for m in out} | {r.key for r in ctx.names.values() if r.kind == "country"}
        first: dict[str, int] = {}
        for at, country in sorted([(m.start, m.country) for m in out if m.country] + [
                (doc[s].idx, r.key) for (s, _), r in ctx.names.items() if r.kind in ("country", "demonym", "capital")]):
            first.setdefault(country, at)
        for (s, e), ref in ctx.names.items():
            if any(cs <= s and e <= ce for cs, ce in ctx.consumed):
                continue  # part of a person's name already explained by a title
            meant = self._meant(doc, (s, e), ref, present, first)
            mention = name_mention(self.lex, doc[s:e], meant, on) if meant is not None else None
            if mention is not None:
                out.append(mention)
        return out


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Title words of newspapers and firms named for a country ("China Daily", "Jordan Times", "Turkish Airlines"). A
# state body's ("China Coast Guard", "Vietnam News Agency"), a central bank's or a state broadcaster's are not
# among them: those speak for the state, and coders give them its code.
_PAPERS_AND_FIRMS = frozenset({"daily", "times", "herald", "post", "tribune", "journal", "gazette", "mail", "telegraph",
                               "express", "observer", "chronicle", "standard", "star", "today", "airlines",
                               "airways", "telecom", "motors", "holdings"})
_ARTICLES = frozenset({"the", "'s", "\u2019s"})  # around a name, not part of it ("the Niger Delta", "South Africa's")
_FUNCTION_WORDS = _ARTICLES | {"of", "for", "and"}
_LANDFORMS = frozenset({"ocean", "sea", "gulf", "river", "delta", "peninsula", "basin", "lake", "mountains",
                        "valley", "desert", "plateau", "strait", "straits", "bay", "coast", "islands", "subcontinent"})
# Words that make a country's name part of another place's name before it ("New Mexico", "the Gulf of Mexico",
# "Inner Mongolia", "Latin America").
_PLACE_WORDS = frozenset({"new", "gulf", "of", "inner", "outer", "greater", "latin", "great", "bay", "sea", "strait",
                          "straits", "lake", "mount", "port", "cape", "isle", "island"})
# Words of a state's formal name: "the Democratic Republic of Congo" is the state, not a place inside it.
_STATE_WORDS = frozenset({"republic", "democratic", "kingdom", "federal", "federation", "islamic", "people",
                          "people's", "state", "states", "union", "emirates", "commonwealth", "principality",
                          "sultanate", "socialist", "arab", "united"})
# Names a country shares with its continent, and the words that make them the continent's regions or its first
# peoples ("Latin America", "Native Americans").
_CONTINENT_NAMES = frozenset({"america", "american", "americans"})
_REGION_WORDS = frozenset({"latin", "south", "north", "central", "native"})


def _entity_around(span: Span, labels: frozenset[str]) -> Span | None:
    """The tagger's entity of one of ``labels`` that holds the whole span, if any."""
    if span[0].ent_type_ not in labels:
        return None
    return next((e for e in span.doc.ents if e.start <= span.start and span.end <= e.end), None)


def _region_of(word: Token, span: Span) -> bool:
    return span.text.lower() in _CONTINENT_NAMES and word.lower_ in _REGION_WORDS and word.is_title


def _inside_a_name(span: Span) -> bool:
    """'Sudan People's Liberation Army': a country and role noun that open a longer proper name."""
    doc = span.doc
    nxt = span.end
    return (nxt + 1 < len(doc) and doc[nxt].lower_ in ("'s", "\u2019s") and doc[nxt + 1].is_title
            and doc[nxt + 1].ent_type_ == "ORG" and span[-1].ent_type_ == "ORG")
