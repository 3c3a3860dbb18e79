"""A name set beside a role by apposition is one person with that role's code.

"A Rwandan government spokeswoman, Yolande Makolo, said …", "A senior Hamas official,
Basem Naim, told …", "Yolande Makolo, a spokeswoman for the Rwandan government, …":
the name is unknown to the dictionary (NER finds it, often calling it an ORG), the role
phrase carries the country and role. Joining them gives the named person the code the
role phrase has, and makes the name the antecedent of the surname later on. A named body the
dictionary lists with a role and no country ("a spokesman for the Moro Islamic Liberation Front")
lends its role; the article's country completes both codes later, as it does the body's. A name beside
an outlet's noun ("Resalat, a conservative daily", "Kar-va-Kargar, a radical daily") is that outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import ActorLexicon
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.attribution.cues import lexicon as cue_lexicon
from sitroom.nlp.places.gazetteer import gazetteer

# names found without a code: by NER, or by a title in apposition with no country ("X, a spokeswoman for …")
NAME_RULES = frozenset({"ner_fallback", "title_apposition"})


# media words that name other things as often ("a volunteer network", "the press", "the site")
_NOT_OUTLETS = frozenset({"network", "site", "media", "press", "news", "wire"})


def media_words() -> frozenset[str]:
    """Nouns of an outlet ("daily", "newspaper", "weekly"): a name beside one in apposition is that outlet."""
    return cue_lexicon().media_nouns - _NOT_OUTLETS


def _outlet(role: Token, name: Span, titles: frozenset[str]) -> bool:
    """The role beside the name is a lower-case outlet noun ("a radical daily"), not a name's own word ("BBC
    News") nor a thing the name abbreviates in brackets ("closed circuit television (CCTV)")."""
    before = name.doc[name.start - 1] if name.start else None
    return (role.is_lower and role.lower_ not in titles and role.lemma_.lower() in media_words()
            and not (before is not None and before.text == "("))


def _title_words(lex: ActorLexicon) -> frozenset[str]:
    return frozenset(t.split()[-1] for t in lex.titles)


def _title_role(lex: ActorLexicon, word: str) -> str | None:
    """Role of the title a word ends ("council" ends "secretary of the security council")."""
    title = lex.titles.get(word) or next((t for k, t in lex.titles.items() if k.split()[-1] == word), None)
    return title.role if title is not None else None


def _role_token(name: Span) -> Token | None:
    """The head noun of the role phrase in apposition with ``name``, if any."""
    root = name.root
    if root.dep_ == "appos" and root.head not in name:
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c not in name), None)


def _role_phrase(role: Token, name: Span) -> tuple[int, int]:
    """Character range of the role phrase: the role word's subtree, the name left aside."""
    tokens = [t for t in role.subtree if not name.start <= t.i < name.end]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _holder(drafts: list[ActorDraft], role: Token, phrase: tuple[int, int], name: ActorDraft
            ) -> tuple[ActorDraft, ActorDraft | None, Mention | None] | None:
    """(whose code the person takes, an unnamed person to absorb, a body mention to take over).

    The code comes from, in order: the body modifying the title ("Kenyan police spokeswoman":
    the police's, not a government spokeswoman's), an unnamed person over the title, a body
    mention over the title ("Hamas official"), a body named in the phrase ("a spokeswoman for
    the Kenyan police")."""
    at = role.idx
    modifiers = [t for t in role.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
    left = min((m.left_edge.idx for m in modifiers), default=at)
    generic: ActorDraft | None = None
    best: tuple[int, ActorDraft, Mention] | None = None
    for d in drafts:
        if d is name or not (d.country or d.type == "org" and d.role):  # a named body may carry a role only
            continue
        for m in d.mentions:
            covers_role = m.start <= at < m.end
            if covers_role and d.type == "person" and d.key[0] == "generic":
                generic = d
                rank = 1
            elif left <= m.start and m.end <= at and d.type != "person" and d.role:
                rank = 0
            elif covers_role:
                rank = 2
            elif phrase[0] <= m.start and m.end <= phrase[1] and d.type != "person":
                rank = 3
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, d, m)
    if best is None:
        return None
    rank, holder, mention = best
    return holder, generic, (mention if rank == 2 else None)


def _place_country(doc: Doc, phrase: tuple[int, int]) -> str | None:
    """The one country of the places a role phrase names ("governor of the Kursk region")."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None:
        return None
    found = {e.country for t in span if t.pos_ == "PROPN" for e in gazetteer().lookup(t.text)
             if e.feature in ("city", "adm1", "region", "country") and e.country}
    return found.pop() if len(found) == 1 else None


def name_appositions(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> list[ActorDraft]:
    """Join each NER-found name to the role phrase beside it (see module docstring)."""
    titles = _title_words(lex)
    removed: set[int] = set()
    for named in [d for d in drafts if d.rule in NAME_RULES and d.type in ("person", "org") and not d.country]:
        for m in list(named.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            role = _role_token(span) if span is not None else None
            if span is not None and role is not None and _outlet(role, span, titles):
                named.type, named.role, named.rule = "org", "MED", "appositive_outlet"  # "Resalat, a daily"
                break
            if span is None or role is None or role.lower_ not in titles:
                continue
            phrase = _role_phrase(role, span)
            found = _holder(drafts, role, phrase, named)
            if found is None:
                country = _place_country(doc, phrase)
                if country is not None:  # "the acting governor of the Kursk region, Alexei Smirnov"
                    named.type, named.country, named.role = "person", country, _title_role(lex, role.lower_)
                    named.rule = "appositive_place"
                    break
                continue
            holder, generic, over_role = found
            named.type, named.country, named.role = "person", holder.country, holder.role
            named.rule = "appositive"
            if generic is not None:
                for gm in generic.mentions:
                    named.add(gm)
                removed.add(id(generic))
            if over_role is not None:
                holder.mentions.remove(over_role)  # "Hamas official" is the official, not Hamas
                named.add(over_role)
                if not holder.mentions:
                    removed.add(id(holder))
            break
    return [d for d in drafts if id(d) not in removed]
