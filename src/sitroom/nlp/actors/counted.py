"""Counted groups: "eight people were killed", "four suspects", "dozens of students were detained".

Wire copy names the victims, the detained and the deployed by a count and a plural noun, and
event coders code them as a group of the country (civilians ``CVL``, criminals ``CRM``, or the
role the noun has: "14 soldiers" ``MIL``, "200 police" ``COP``). Without an actor for them an
assault or an arrest has no recipient, or takes a wrong name nearby. The noun alone is no
actor ("people say"), nor is every role noun ("soldiers" mostly points back to an army named
before); a number, or "dozens/hundreds/thousands of", is what makes it a group the story is
about, and so does the place of a party to an act: the subject or object of a verb ("police
arrested students", "farmers blocked the road") or the subject of a passive ("villagers were
evacuated"). The nouns are the role table's groups, its ``counted`` list and the field's agent
dictionary (Phoenix) for private people; a country adjective before the noun ("three Thai
workers") gives the country, else the article's context does, as for any role-only actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.coref import _Index
from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import ActorLexicon, RoleNoun
from sitroom.nlp.actors.mentions import generic_mention
from sitroom.nlp.attribution.cues import SPEECH_KINDS, cue_kind
from sitroom.nlp.doctext import tokens_with_tag
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.pair_mentions import pair_phrase

QUANTITY_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "scores",
                            "million", "millions", "tens"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})
# "government troops", "regime forces": the home state's own force, never a pointer to a foreign one
GOVERNMENT_WORDS = frozenset({"government", "regime", "junta", "state"})
_NOUN_TAGS = frozenset({"NNS", "NNPS", "NN"})
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "quantmod", "advmod"})


def _noun(tok: Token, lex: ActorLexicon) -> RoleNoun | None:
    """The group a plural people noun stands for: a role group of the table, else a counted noun."""
    if tok.tag_ not in ("NNS", "NNPS", "NN") or not tok.is_alpha and "-" not in tok.text:
        return None
    low = tok.lower_
    noun = lex.nouns.get(low)
    if noun is not None and noun.type == "group":
        # "sent 3,000 troops": an armed force's men as an object are sent or moved by the force named
        # before (role_coref links them back); counted anew they would take the article's country,
        # often the wrong side's. As a subject they act or suffer ("14 soldiers were killed"), and as the
        # object of a casualty verb they are its victims ("killed 14 soldiers").
        harmed = tok.dep_ == "dobj" and tok.head.lemma_.lower() in guard_words()["casualty_verbs"] \
            or any(c.lower_ in GOVERNMENT_WORDS and c.dep_ in _MODIFIERS for c in tok.children)
        moved = noun.role == "MIL" and not noun.bare and not harmed and tok.dep_ not in ("nsubj", "nsubjpass")
        return None if moved else noun
    counted = lex.counted.get(low)
    # "local entrepreneurs protested": business people as doers keep the phrase the doers reader names
    return None if counted is not None and counted.role == "BUS" and tok.dep_ == "nsubj" else counted


_SINGLE_DETS = frozenset({"a", "an", "the"})
_PRIVATE = frozenset({"CVL", "BUS"})


def _singular(tok: Token, lex: ActorLexicon) -> RoleNoun | None:
    """"a 46-year-old man was shot dead", "tackled a businessman": one private person who is a party to
    an act is coded as the group he belongs to, by the plural of his noun in the counted list (the
    victim or doer of a crime story has no other actor). Only a singular with an article, as the
    subject or object of a verb."""
    if tok.tag_ != "NN" or tok.dep_ not in ARGUMENT_DEPS or tok.head.pos_ != "VERB" or _audience(tok):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in tok.children):
        return None
    low = tok.lower_
    plurals = (low + "s", low + "es", low[:-2] + "en" if low.endswith("man") else "")
    return next((lex.counted[p] for p in plurals if p in lex.counted and lex.counted[p].role in _PRIVATE), None)


def _count_start(tok: Token) -> Token | None:
    """The first word of the count before a noun: "14 soldiers", "at least 300 civilians", "dozens of
    students"; for a plural that is a verb's subject or object, the first word of its phrase; None when
    the noun is neither counted nor a party to an act."""
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.like_num and c.i < tok.i]
    if nums:
        return min((t for c in nums for t in c.subtree), key=lambda t: t.i)
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in QUANTITY_HEADS and prep.head.i < tok.i:
        return prep.head.left_edge
    if tok.tag_ == "NNS" and tok.dep_ in ARGUMENT_DEPS and tok.head.pos_ == "VERB" and not _audience(tok):
        return tok.left_edge  # "police arrested students", "villagers were evacuated", "farmers marched"
    if tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.left_edge  # "was tackled by passengers": a passive's doer is a party as its subject is
    return None


def _pair_back(tok: Token) -> bool:
    """"the two men met", "both men": a definite pair points back to two parties named before, it is no new
    group ("two men were shot" is)."""
    return pair_phrase(tok) and any(c.lower_ == "both" or c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _audience(tok: Token) -> bool:
    """ "told journalists", "briefed reporters": the hearers of a statement are no party to it;
    the addressee of a demand is ("urged villagers to leave": the verb has a complement to do).
    The speakers ("local doctors said") are left to the attribution layer, which names them as
    the source they are."""
    verb = tok.head
    if tok.dep_ == "nsubj":
        return cue_kind(verb.lemma_) is not None
    return tok.dep_ == "dobj" and cue_kind(verb.lemma_) in SPEECH_KINDS \
        and not any(c.dep_ == "xcomp" for c in verb.children)


def _country(tok: Token, lex: ActorLexicon) -> str | None:
    """A country adjective or demonym modifying the noun ("three Thai workers"; "three thai workers" in
    lower-case copy)."""
    pattern, by_phrase = lex.country_phrases()
    for c in tok.children:
        if c.dep_ not in _MODIFIERS or c.i > tok.i:
            continue
        for form in (c.text, c.text[:1].upper() + c.text[1:]):
            if (m := pattern.fullmatch(form)) is not None:
                return by_phrase[m.group(0)]
    return None


def counted_groups(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> None:
    """Add a generic group mention for each counted people noun that no mention covers yet."""
    index = _Index(drafts)
    by_key = {d.key: d for d in drafts}
    for i in tokens_with_tag(doc, _NOUN_TAGS):  # people nouns only: no Token for other words
        tok = doc[i]
        noun = _noun(tok, lex)
        first = _count_start(tok) if noun is not None else None
        if noun is None and (noun := _singular(tok, lex)) is not None:
            first = next(c for c in tok.children if c.dep_ == "det")  # "a 46-year-old man": from "a" on
        if noun is None or index.covered(tok.idx, tok.idx + len(tok)):
            continue
        if first is None or _pair_back(tok):
            continue
        country = _country(tok, lex)
        m = generic_mention(lex, first.idx, tok.idx + len(tok), tok.i, country, noun.label, "group", noun.role,
                            "counted_group", tok.lower_)
        draft = by_key.get(m.key)
        if draft is None:
            draft = by_key[m.key] = ActorDraft(m.key, m.name, m.type, m.country, m.role, m.rule)
            drafts.append(draft)
        draft.add(m)
        index.add(m.start, m.end)
