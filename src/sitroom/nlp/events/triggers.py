"""Which tokens are event triggers, and which of them another trigger already covers.

A trigger in the complement of a demand, promise, threat or refusal ("urged them *to withdraw*") is
only intended, and a noun a verb trigger already codes ("*launched* an *attack*") is the same event;
the coder reads these relations off the parse before it makes any record.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import tokens_with_pos
from sitroom.nlp.events.arguments import for_clause
from sitroom.nlp.events.field import trusted
from sitroom.nlp.events.light_verbs import light_verb
from sitroom.nlp.events.patterns import TRIGGER_POS, Pattern, lemma_of, match, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.visiting import visitor_phrase

# Types whose complement is only intended, demanded, threatened or refused, not done.
_SUBSUMING = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT"})
# Dependency links through which a trigger is *not* the content of the governing one.
_NOT_CONTENT = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "relcl", "advcl", "conj", "appos", "npadvmod"})
# Prepositions of circumstance: "refused, *amid protests*, to renew": the protests are no content of the refusal.
# Prepositions that give the reason for an act, unless the row names them: an owned act there is another act.
_REASON_PREPS = frozenset({"for", "over", "about"})
_ADJUNCT_PREPS = frozenset({"amid", "amidst", "after", "before", "during", "despite", "following", "since", "until",
                            "throughout"})


def candidates(doc: Doc) -> list[tuple[Token, Pattern]]:
    """Matched triggers; adjectival participles ("Russian-*occupied* territories") describe, not report,
    but a past-tense verb the parser hung as a modifier ("… and *deployed* units") is still a verb."""
    return [(tok, p) for tok in map(doc.__getitem__, tokens_with_pos(doc, TRIGGER_POS))
            if not (tok.dep_ == "amod" and tok.tag_ != "VBD" and visitor_phrase(tok) is None)
            and (p := match(tok)) is not None
            and trusted(tok, p)]


def carries_content(dep_child: Token) -> bool:
    """Whether a word's link to its head can hold the head's content: subjects, relative and adverbial
    clauses, conjuncts and setting prepositions ("after the talks") stand beside an act, not inside it."""
    if dep_child.dep_ in _NOT_CONTENT:
        return for_clause(dep_child)  # "called for Israel to withdraw": what is called for
    return not (dep_child.dep_ == "prep" and dep_child.lower_ in _ADJUNCT_PREPS)


def content_governors(token: Token) -> Iterator[tuple[Token, Token]]:
    """(child, ancestor) pairs up from ``token`` while each step can still be content of the ancestor."""
    child = token
    for anc in token.ancestors:
        if not carries_content(child):
            return
        yield child, anc
        child = anc


def is_content_of(token: Token, triggers: dict[int, Pattern]) -> bool:
    """True when ``token`` sits in the complement of a REQUEST/AGREE/THREATEN/REJECT trigger, or is a
    relation a meeting is about."""
    for child, anc in content_governors(token):
        if child is token and child.dep_ == "acl" and child.tag_ == "VBG":
            return False  # "demanded the departure of troops *backing* the regime": a relative clause, a fact
        governing = triggers.get(anc.i)
        if child.dep_ == "acl" and child.tag_ == "VBN" and governing is not None and child is token \
                and getattr(triggers.get(token.i), "type", governing.type) != governing.type:
            return False  # a reduced relative ("the accord, *lauded* by …") tells another act, as a relative clause
        if governing is not None and child is token and _answered_demand(token, triggers.get(token.i), governing):
            return False
        if governing is not None and governing.type in _SUBSUMING:
            return True
        if governing is not None and governing.type == "CONSULT" and _topic(token, triggers):
            return True
    return False


_RELATIONS = frozenset({"cooperation", "co-operation", "collaboration", "partnership"})


def _topic(token: Token, triggers: dict[int, Pattern]) -> bool:
    """"talks on military cooperation", "to discuss bilateral cooperation": an ongoing relation named as
    what a meeting is about is its subject matter, not an act of its own."""
    own = triggers.get(token.i)
    return (token.pos_ == "NOUN" and own is not None and own.type == "COOPERATE"
            and lemma_of(token) in _RELATIONS | wordsets().get("relations", frozenset()))


def _owned(noun: Token) -> bool:
    """The noun names its own doer: a possessive ("its criticism") or a *by* agent."""
    return any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in noun.children)


_ANSWERS = frozenset({"REJECT", "CONCEDE"})
_DEMANDS = frozenset({"REQUEST", "THREATEN"})


def _answered_demand(noun: Token, pattern: Pattern | None, verb: Pattern) -> bool:
    """"Mobutu rejected *a rebel ultimatum*", "accepted the rebels' demands": the demand answered is its
    owner's act, told in the same breath; the answer does not code it."""
    return pattern is not None and verb.type in _ANSWERS and pattern.type in _DEMANDS and any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and actor_of(noun.doc, c) is not None for c in noun.children)


def _quelled(noun: Pattern, verb: Pattern) -> bool:
    """"broke up the clashes", "dispersed the protest": force used on a gathering or a fight that did take
    place, by other people; the noun is its own event."""
    return verb.type == "COERCE" and noun.type in ("PROTEST", "ASSAULT")


def _circumstance(token: Token, verb: Pattern) -> bool:
    """The noun names another act around the verb's: its reason, owned by someone ("blasted Ankara *for its
    criticism*"), or its setting ("signed the pacts *despite condemnation by* …")."""
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    if prep in _REASON_PREPS and _owned(token):
        return not any(c.kind == "prep" and prep in c.preps for c in verb.conditions)
    return prep in _ADJUNCT_PREPS


def _describes_noun(token: Token, pattern: Pattern, triggers: dict[int, Pattern]) -> bool:
    """"its weekly meeting *held* in Johannesburg", "the talks *held* in Beijing": a participle in a reduced
    relative on a noun trigger of talks describes that meeting (a sanction "imposed on allegations of …"
    says more than the noun, and keeps its mention)."""
    noun = triggers.get(token.head.i)
    return (token.dep_ == "acl" and token.tag_ == "VBN" and noun is not None and noun.pos == "NOUN"
            and noun.type == pattern.type == "CONSULT")


def _purpose_of_same(token: Token, pattern: Pattern, triggers: dict[int, Pattern]) -> bool:
    """"sent 1,400 troops *to aid* the rebels": an infinitive of purpose on a verb trigger of its own type tells
    that act's aim, not a second act (``lend_aims`` gives that act the infinitive's recipient)."""
    head = token.head
    governing = triggers.get(head.i)
    return (token.dep_ in ("advcl", "xcomp") and head.i != token.i and governing is not None
            and governing.type == pattern.type and governing.pos == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def lend_aims(found: list[tuple[Token, Pattern]], table: dict[int, tuple[str | None, str | None]]) -> None:
    """In place: an act whose recipient is named only by its aim ("sent food aid *to help Pakistan*") takes it
    from the infinitive of purpose, which is no mention of its own."""
    triggers = {tok.i: p for tok, p in found}
    for tok, pattern in found:
        if pattern.pos != "VERB" or not _purpose_of_same(tok, pattern, triggers):
            continue
        actor, recipient = table[tok.head.i]
        if recipient is None and table[tok.i][1] not in (None, actor):
            table[tok.head.i] = (actor, table[tok.i][1])


def carried(token: Token, pattern: Pattern, triggers: dict[int, Pattern]) -> bool:
    """A nominal trigger that a verb trigger already codes: same type ("launched an attack") or the
    verb's constrained object ("suspended military aid", "demanded the withdrawal"); a participle that
    describes a noun trigger of its type ("the talks held in Beijing"); an infinitive of purpose of its
    verb's type ("sent troops to aid the rebels")."""
    if pattern.pos == "VERB":
        return _describes_noun(token, pattern, triggers) or _purpose_of_same(token, pattern, triggers)
    if pattern.pos != "NOUN":
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    verb = triggers.get(head.i)
    if verb is None or head.pos_ != "VERB":
        return False
    if verb.type == pattern.type and light_verb(token) is not None:
        return True
    if _answered_demand(token, pattern, verb) or _quelled(pattern, verb):
        return False
    if token.dep_ == "nsubj" and any(c.kind == "subj" and c.words and not c.negated for c in verb.conditions):
        return True  # "the war broke out": the verb's row was chosen for this very subject
    if _circumstance(token, verb):
        return False
    constrained = any(c.kind in ("dobj", "prep", "dobjmod") and not c.negated for c in verb.conditions)
    return constrained and token.dep_ in ("dobj", "nsubjpass", "pobj")


def governing_trigger(token: Token, triggers: dict[int, Pattern]) -> int | None:
    """The trigger this one depends on by purpose or coordination ("summoned … *to demand*")."""
    current = token
    for _ in range(2):
        if current.dep_ not in ("xcomp", "advcl", "conj") or current.head is current:
            return None
        current = current.head
        if current.i in triggers:
            return current.i
    return None
