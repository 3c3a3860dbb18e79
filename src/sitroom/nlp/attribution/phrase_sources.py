"""Sources that name no known actor: "witnesses said", "an official statement said", "police said".

The actor layer finds names, titles and coded bodies; an unnamed speaker ("witnesses",
"a source from the government", "Swedish environmentalists", "rights groups") is no actor
there, so a frame it speaks in would fall back to the outlet's own voice and its claims
would lose who vouches for them. Such a source phrase becomes an actor of its own here
(rule ``frame-source``), one per distinct phrase, so that events, quotes and claims inside
the frame keep their source. Pronouns, relative pronouns and bare determiners stay
unresolved (anaphora decides those); denials and internal states ("he feared") get no new
actor, since only a statement on record makes a source worth naming.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.nlp.actors.lexicon import load_actor_lexicon
from sitroom.nlp.attribution.cues import lexicon
from sitroom.nlp.attribution.issuers import statement_issuer
from sitroom.nlp.attribution.sources import makers
from sitroom.nlp.quotes.bodies import body_of_spokesperson, is_bare_spokesperson
from sitroom.records import Actor, ActorType

# frames whose speaker is worth an actor of its own: statements and reports on record
_STATEMENT_KINDS = frozenset({"speech", "report", "denial"})
_LEAD_DETS = frozenset({"a", "an", "the", "some", "several", "many", "other", "one", "two", "three"})
# head nouns of a written or spoken statement rather than a speaker: a body issues them
_DOCUMENT_HEADS = frozenset({"statement", "communique", "communiqué", "report", "release", "notice", "letter",
                             "declaration", "announcement", "bulletin", "broadcast", "message", "website",
                             "ministry", "office", "government", "agency", "council", "committee", "service",
                             "resolution", "agreement", "accord", "deal", "treaty", "bill", "law", "decree",
                             "editorial", "commentary", "article", "draft", "text", "document"})
_MAX_TOKENS = 8
# a quantifier that says nobody ("no group claimed") or a bare count ("four people") names no speaker
_NOBODY = frozenset({"no", "none", "neither", "nobody", "both", "each", "either"})


def _clean(phrase: Span) -> Span | None:
    """The phrase less leading determiners and trailing punctuation; None when no noun is left."""
    start, end = phrase.start, phrase.end
    doc = phrase.doc
    while start < end and (doc[start].lower_ in _LEAD_DETS or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    span = doc[start:end]
    if not len(span) or len(span) > _MAX_TOKENS:
        return None
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ in ("WP", "WDT", "PRP"):
        return None
    if doc[phrase.start].lower_ in _NOBODY or any(t.like_num or t.lower_ == "one" for t in span):
        return None
    if root.lemma_.lower() in _evidence() or root.lower_ in _evidence():
        return None
    if root.lemma_.lower() in lexicon().situation_nouns:
        return None  # "the deadlock threatens …": a state of affairs speaks for no one
    return span


@lru_cache(maxsize=1)
def _evidence() -> frozenset[str]:
    """Evidence nouns ("the data show", "results showed") are what a report rests on, not who makes it;
    a report itself ("reports reaching here said") does speak for someone."""
    return lexicon().evidence_nouns - {"report"}


def _made_by(phrase: Span) -> Span | None:
    """Who made the evidence a source phrase names: "the latest results announced by election officials",
    "a survey by a polling group": the maker vouches for what it shows."""
    root = phrase.root
    if root.lemma_.lower() not in _evidence() and root.lower_ not in _evidence():
        return None
    found = makers(root)
    if not found:
        return None
    return phrase.doc[found[0].left_edge.i:found[0].i + 1]  # up to its head: "officials", not "officials Thursday"


def _type_and_role(span: Span) -> tuple[ActorType, str | None]:
    """A singular head is a person unless the actor lexicon or the media words say it is a body: "the
    newspaper said", "the paper said", "the company said" speak for an outlet or a firm, not a person;
    a title ("the official", "the reporter") is always a person."""
    root = span.root
    lemma = root.lemma_.lower()
    lex = load_actor_lexicon()
    words = [t.lower_ for t in span[:root.i - span.start + 1]]
    noun = next((n for k in (3, 2, 1) if (n := lex.nouns.get(" ".join(words[-k:]))) is not None), None)
    role = noun.role if noun is not None and noun.type == "org" else None  # "the official WAM news agency"
    if lemma in _DOCUMENT_HEADS:
        return "org", role
    if root.tag_ in ("NNS", "NNPS"):
        return "group", None
    if lemma in lex.titles:
        return "person", None
    if role is not None:  # "the company"
        return "org", role
    if lemma in lexicon().media_nouns:
        return "org", "MED"
    return "person", None


def _key(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span if not t.is_punct)


def phrase_actors(doc: Doc, frames: Sequence[tuple[int, str, Span | None]],
                  resolved: dict[int, str | None], rule: str = "frame-source") -> dict[int, str]:
    """Actor ids for frames whose source phrase names no actor; new actors join ``doc._.actors``.

    ``frames`` gives (frame key, cue kind, source phrase); ``resolved`` the actor found so far by
    frame key; ``rule`` is the provenance the new actors carry. Returns the new assignments only.
    """
    actors = list(doc._.actors or [])
    taken = {a.id for a in actors}
    by_key: dict[str, int] = {}
    heads: dict[str, str] = {}
    out: dict[int, str] = {}
    for key, kind, phrase in frames:
        if resolved.get(key) is not None or phrase is None or kind not in _STATEMENT_KINDS:
            continue
        if is_bare_spokesperson(phrase.root):  # "a spokesman said": the body just named speaks, else the
            body = body_of_spokesperson(doc, phrase.root)  # spokesperson as the unnamed source they are
            if body is not None:
                out[key] = body
                continue
        issuer = statement_issuer(doc, phrase, sorted(
            (p.start_char, a) for k2, _, p in frames if (a := resolved.get(k2) or out.get(k2)) and p is not None))
        if issuer is not None:
            out[key] = issuer
            continue
        span = _clean(_made_by(phrase) or phrase)
        if span is None:
            continue
        k = _key(span)
        if len(span) == 1 and k not in by_key:  # "the statement" after "an official statement"
            k = heads.get(k, k)
        if k in by_key:
            index = by_key[k]
            old = actors[index]
            mention = (span.start_char, span.end_char)
            if mention not in old.mentions:
                actors[index] = old.model_copy(update={"mentions": sorted([*old.mentions, mention])})
            out[key] = old.id
            continue
        n = len(actors) + 1
        while f"a{n}" in taken:
            n += 1
        kind, role = _type_and_role(span)
        actor = Actor(id=f"a{n}", name=span.text, type=kind, role=role,
                      mentions=[(span.start_char, span.end_char)], rule=rule)
        taken.add(actor.id)
        by_key[k] = len(actors)
        heads.setdefault(span.root.lemma_.lower(), k)
        actors.append(actor)
        out[key] = actor.id
    if out:
        doc._.actors = actors
    return out
