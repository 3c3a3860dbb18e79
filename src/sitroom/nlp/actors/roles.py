"""Rules over role words: a title with a name, a country with a role noun, a title alone.

Each rule looks at one role word found in the text ("spokesman", "spy agency",
"troops") and its surroundings: the country or organisation modifying it
("South Korea's", "Kremlin", "Hamas"), a name before or after it, or an "of"
phrase ("the foreign ministers of France and Ukraine").  The rule's name is
kept on every mention it makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from sitroom.nlp.actors.lexicon import ActorLexicon, NameRef, Person, RoleNoun, Title, slug
from sitroom.nlp.actors.mentions import Mention, generic_mention, name_mention, person_mention
from sitroom.nlp.actors.name_bounds import POSSESSIVE, name_end, name_word_before, personal_name
from sitroom.nlp.actors.surnames import titled_surname
from sitroom.nlp.actors.title_body import body_noun, of_body_noun
from sitroom.nlp.steps import Step, first

FORMER = frozenset({"former", "ex", "ex-", "then", "late", "outgoing"})
NP_MODIFIERS = frozenset({"amod", "compound", "nmod", "advmod", "nummod", "npadvmod", "hmod"})
# Titles that say nothing about the sector without a country or organisation before them
# ("head of the company", "chief of the club").
VAGUE_TITLES = frozenset({"chief", "official", "leader", "spokesperson"})
Tokens = tuple[int, int]
# Titles that name a post in whatever body the "of" phrase after them names ("chairman of the joint chiefs of
# staff", "head of the finance ministry's … department"); "deputy of the Free Democratic Party" stays a lawmaker.
_OF_BODY_TITLES = frozenset({"chief", "executive", "spokesperson", "official", "leader"})


@dataclass
class DocNames:
    """What one rule needs to know about the doc: dictionary names found, and the date."""

    doc: Doc
    lex: ActorLexicon
    names: dict[Tokens, NameRef]
    on: date | None
    role_words: frozenset[str]
    consumed: set[Tokens] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.by_end = {e: (s, e) for s, e in self.names}
        self.by_start = {s: (s, e) for s, e in self.names}

    def country_of(self, ref: NameRef) -> str | None:
        if ref.kind == "org":
            return self.lex.orgs[ref.key].country_on(self.on)
        return None if ref.kind == "person" else ref.key

    def person_of(self, span: Tokens, text: str) -> Person | None:
        ref = self.names.get(span)
        if ref is not None and ref.kind == "person":
            return self.lex.people[ref.key]
        return self.lex.find_person(text)


def modifier(ctx: DocNames, i: int) -> tuple[Tokens | None, bool]:
    """The name modifying the role word at token ``i`` from the left, and whether it is "former"."""
    doc, former, j = ctx.doc, False, i - 1
    # Skip lowercase words of the same noun phrase ("the ruling ... party", "regular troops").
    while j >= 0 and doc[j].is_lower and doc[j].dep_ in NP_MODIFIERS and j < doc[j].head.i <= i + 4:
        former = former or doc[j].lower_ in FORMER
        j -= 1
    if j >= 0 and doc[j].lower_ in POSSESSIVE:
        j -= 1
    span = ctx.by_end.get(j + 1)
    if span is None and j >= 0 and doc[j].lower_ in FORMER:
        former = True
    return span, former


def of_countries(ctx: DocNames, end: int) -> list[Tokens]:
    """Countries or an organisation after "of": "the foreign ministers of France and Ukraine"."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ != "of":
        return []
    out: list[Tokens] = []
    k = end + 1
    while k < len(doc):
        if doc[k].lower_ == "the" and k + 1 in ctx.by_start:
            k += 1
        span = ctx.by_start.get(k)
        if span is None or ctx.names[span].kind not in ("country", "igo", "contextual", "org"):
            break
        out.append(span)
        k = span[1]
        if k + 1 < len(doc) and doc[k].text in (",", "and"):
            k += 1 if doc[k].text == "and" else (2 if doc[k + 1].lower_ == "and" else 1)
            continue
        break
    return out


def _office(title: Title, countries: list[str | None], former: bool) -> tuple[str | None, str | None]:
    vague = not countries and title.title in VAGUE_TITLES and not title.bodied
    return (countries[0] if countries else None), (None if former or vague else title.role)


def _named(ctx: DocNames, person: Person | None, text: str, spans: list[tuple[int, int, int]],
           office: tuple[str | None, str | None], title: Title) -> list[Mention]:
    """Mentions (char start, char end, head token) of a titled person, known or not."""
    if person is not None:
        found = [person_mention(ctx.lex, person, s, e, h, ctx.on, office, "title_apposition")
                 for s, e, h in spans]
        for m in found:
            m.descriptors = m.descriptors | {"title:" + title.title}
        return found
    return [Mention(s, e, ("person", slug(text)), text, "person", office[0], office[1], "title_apposition", h,
                    frozenset({"title:" + title.title})) for s, e, h in spans]


def titled_person(ctx: DocNames, rs: Span, name_end: int, title: Title, countries: list[str | None],
                  former: bool) -> list[Mention]:
    """Title + name: "Kremlin spokesman Dmitry Peskov" gives the person and the role."""
    name = ctx.doc[rs.end:name_end]
    ctx.consumed.add((rs.end, name_end))
    person = ctx.person_of((rs.end, name_end), name.text)
    if person is None and not former:   # "President Clinton": the one Clinton in such an office that day
        person = titled_surname(ctx.lex, name.text, ctx.on, title.role, countries)
    return _named(ctx, person, name.text, [(rs.start_char, name.end_char, name_end - 1)],
                  _office(title, countries, former), title)


def appositive_person(ctx: DocNames, np_start: int, rs: Span, title: Title, countries: list[str | None],
                      former: bool) -> list[Mention]:
    """Name, then title in apposition: "Dmitry Peskov, the Kremlin spokesman" (both are the person)."""
    doc = ctx.doc
    k = np_start - 1
    if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return []
    end = start = k
    while start > 0 and name_word_before(doc, start - 1):
        start -= 1
    name = doc[start:end]
    if start == end:
        return []
    person = ctx.person_of((start, end), name.text)
    singular = rs[-1].tag_ not in ("NNS", "NNPS")  # "the Bogor Goals, the ministers said" names no minister
    if person is None and not (all(t.ent_type_ == "PERSON" for t in name)
                               or singular and personal_name(name, ctx.role_words)):
        return []
    ctx.consumed.add((start, end))
    spans = [(name.start_char, name.end_char, end - 1), (doc[np_start].idx, rs.end_char, rs.end - 1)]
    return _named(ctx, person, name.text, spans, _office(title, countries, former), title)


def _inside_proper_name(doc: Doc, rs: Span) -> bool:
    """'the Arakan Army', 'Kachin Independence Army': a capitalised role word closing a proper name
    belongs to that name (an organisation the entity layer keeps), not to a generic body."""
    prev = doc[rs.start - 1] if rs.start > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and rs.text[:1].isupper()


@dataclass
class _RoleCase:
    """What one role word brings: its noun and title entries, its modifier, the countries it names."""

    rs: Span
    phrase: str
    noun: RoleNoun | None
    title: Title | None
    mod: tuple[int, int] | None
    mod_ref: NameRef | None
    former: bool
    ofs: list[tuple[int, int]]
    countries: list[str | None]
    start_char: int


def _role_case(ctx: DocNames, rs: Span) -> _RoleCase:
    lex, phrase = ctx.lex, rs.text.lower()
    noun, title = lex.nouns.get(phrase), lex.titles.get(phrase)
    mod, former = modifier(ctx, rs.start)
    mod_ref = ctx.names[mod] if mod else None
    ofs = of_countries(ctx, rs.end) if mod_ref is None else []
    owner = ctx.names[ofs[0]] if len(ofs) == 1 else mod_ref  # "head of the Shin Bet", "Hamas leader"
    if owner is not None and owner.kind == "org" and title is not None:
        title = Title(lex.orgs[owner.key].role_on(ctx.on) or title.role, title.title)
    elif owner is None and title is not None and (body := body_noun(ctx.doc, lex, rs.start)) is not None:
        title = Title(body.role, title.title, bodied=True)
    elif (owner is None or owner.kind == "country") and title is not None and title.title in _OF_BODY_TITLES \
            and (body := of_body_noun(ctx.doc, lex, rs.end)) is not None:
        title = Title(body.role, title.title, bodied=True)
    countries: list[str | None] = []
    if mod_ref is not None and mod_ref.kind != "person":
        countries = [ctx.country_of(mod_ref)]
    if not countries:
        countries = [ctx.country_of(ctx.names[sp]) for sp in ofs]
    start_char = ctx.doc[mod[0]].idx if mod else rs.start_char
    return _RoleCase(rs, phrase, noun, title, mod, mod_ref, former, ofs, countries, start_char)


def _title_and_name(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    if c.title is None:
        return None
    end = name_end(ctx.doc, c.rs.end, ctx.role_words)
    last = c.rs[-1]
    if last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i >= end:
        return None  # "the official Xinhua news agency": an adjective on the noun after the name, no title
    return titled_person(ctx, c.rs, end, c.title, c.countries, c.former) if end > c.rs.end else None


def _name_and_title(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    if c.title is None or c.noun is not None:
        return None
    found = appositive_person(ctx, c.mod[0] if c.mod else c.rs.start, c.rs, c.title, c.countries, c.former)
    return found or None


def _person_and_body(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    if c.mod_ref is None or c.mod_ref.kind != "person" or c.noun is None or c.noun.role != "GOV":
        return None
    return [_persons_body(ctx, ctx.lex.people[c.mod_ref.key], c.start_char, c.rs, c.noun.label)]


def _org_and_noun(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    if c.mod is None or c.mod_ref is None or c.mod_ref.kind != "org" or c.noun is None:
        return None
    org_mention = name_mention(ctx.lex, ctx.doc[c.mod[0]:c.rs.end], c.mod_ref, ctx.on)
    return [org_mention] if org_mention else []


def _title_without_name(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    if c.noun is not None or c.title is None:
        return None
    title = c.title
    return [_title_alone(ctx, c.start_char, c.rs, country, title, c.phrase, c.former)
            for country in c.countries if country is not None]


def _role_noun(ctx: DocNames, c: _RoleCase) -> list[Mention] | None:
    noun, doc, rs = c.noun, ctx.doc, c.rs
    if noun is None:
        return []
    countries = c.countries
    if not countries:
        if not noun.bare or _inside_proper_name(doc, rs):
            return []
        countries = [None]
    end_char = doc[c.ofs[-1][1] - 1].idx + len(doc[c.ofs[-1][1] - 1]) if c.ofs else rs.end_char  # "… of Ukraine"
    return [generic_mention(ctx.lex, c.start_char, end_char, rs.end - 1, country, noun.label, noun.type,
                            noun.role, "country_role_noun" if country else "role_noun", c.phrase)
            for country in countries]


# The cascade for one role word, in order; the first step with an answer decides.
_ROLE_STEPS: tuple[Step[list[Mention]], ...] = (
    Step("title_and_name", _title_and_name, "Kremlin spokesman Dmitry Peskov"),
    Step("name_and_title", _name_and_title, "Dmitry Peskov, the Kremlin spokesman"),
    Step("person_and_body", _person_and_body, "Netanyahu's office"),
    Step("org_and_noun", _org_and_noun, "the AFP news agency"),
    Step("title_without_name", _title_without_name, "the Russian president"),
    Step("role_noun", _role_noun, "Ukrainian troops, the army"),
)


def role_mentions(ctx: DocNames, rs: Span) -> list[Mention]:
    """The cascade for one role word: title + name, name + title, org + noun, title alone, noun."""
    found = first(_ROLE_STEPS, ctx, _role_case(ctx, rs))
    return found[1] if found is not None else []


def _title_alone(ctx: DocNames, start_char: int, rs: Span, country: str, title: Title, phrase: str,
                 former: bool) -> Mention:
    """ "the Russian president": the holder on the date if the data knows one, else a generic person."""
    holder = None if former else ctx.lex.holder(country, title.title, ctx.on)
    if holder is not None:
        return person_mention(ctx.lex, holder, start_char, rs.end_char, rs.end - 1, ctx.on, None,
                              "title_lookup")
    m = generic_mention(ctx.lex, start_char, rs.end_char, rs.end - 1, country, phrase, "person",
                        None if former else title.role, "country_title", phrase)
    m.descriptors = m.descriptors | {"title:" + title.title}
    return m


def _persons_body(ctx: DocNames, person: Person, start_char: int, rs: Span, label: str) -> Mention:
    """ "Netanyahu's office": a government body of the person's country on the date."""
    country, role, _ = ctx.lex.person_office(person, ctx.on)
    return Mention(start_char, rs.end_char, ("generic", country or "", f"{label} of {person.id}"),
                   f"{person.name}'s {label}", "org", country, "GOV" if role else None, "person_role_noun",
                   rs.end - 1, frozenset({label}))
