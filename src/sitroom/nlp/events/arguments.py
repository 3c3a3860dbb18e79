"""A trigger's arguments as the parse gives them: objects (with a passive's subject and conjuncts),
prepositions on the trigger and its objects, and their objects.

The pattern matcher's frame conditions and the role readers ask for the same arguments of the same
trigger many times, so a trigger's objects are kept per Doc (the parse does not change once the
components run).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

_OBJ_DEPS = ("dobj", "nsubjpass", "obj")
_OBJECTS_MEMO = "sitroom.event_objects"
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# verbs whose object is followed by a bare infinitive ("help X realize", "let X go")
_BARE_INFINITIVE_VERBS = frozenset({"help", "let"})


def _with_conj(tokens: list[Token]) -> Iterator[Token]:
    """Each token with its conjuncts, the chain followed: the parser hangs "C" of "A, B and C" on B as
    often as on A."""
    for t in tokens:
        chain = [t]
        for c in chain:
            chain.extend(x for x in c.children if x.dep_ == "conj" and x not in chain)
        yield from chain


def objects(token: Token) -> list[Token]:
    """Direct objects, or the subject of a passive trigger, with their conjuncts; a reduced passive
    relative ("the deal *signed* in Pretoria") has its head noun as object."""
    memo = token.doc.user_data.setdefault(_OBJECTS_MEMO, {})
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _objects(token)
    return list(found)


def _objects(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ in _OBJ_DEPS]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head is not token:
        found.append(token.head)
    if token.dep_ == "relcl" and token.head is not token:
        found = _relative_object(token, found)
    if not found and shared_passive(token):  # "X was arrested and charged": X was charged too
        found = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    if not found and raised_passive(token):
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and gapped_passive(token):  # "four were killed and three soldiers wounded"
        found = [c for c in token.children if c.dep_ == "nsubj"]
    if not found and token.lemma_.lower() in _BARE_INFINITIVE_VERBS:
        # "will help Vietnam realize its target": the parser makes the helped party the clause's subject
        found = [s for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                 for s in c.children if s.dep_ == "nsubj"][:1]
    return list(_with_conj(found))


def _relative_object(verb: Token, found: list[Token]) -> list[Token]:
    """A contact relative clause leaves out the object that the noun it modifies stands for ("the
    ministers he fired", "the aid Japan sent"). A relative pronoun is kept as it is: its roles are read
    through it."""
    if found or any(c.tag_ in _RELATIVE_TAGS or c.lower_ == "that" for c in verb.children):
        return found
    if any(c.dep_ == "nsubj" for c in verb.children):
        return [verb.head]
    return found


def shared_passive(token: Token) -> bool:
    """A participle conjoined with a passive verb shares its passive subject, bare or with a passive
    auxiliary of its own ("X was arrested and *was* questioned"); one with a subject or an active
    auxiliary of its own ("X was arrested and police have charged Y", "… and has admitted") does not."""
    own = {c.dep_ for c in token.children}
    return (token.dep_ == "conj" and token.tag_ == "VBN"
            and not own & {"nsubj", "nsubjpass"} and ("aux" not in own or "auxpass" in own)
            and any(c.dep_ == "nsubjpass" for c in token.head.children))


def gapped_passive(token: Token) -> bool:
    """"four insurgents were killed and three soldiers *wounded*": a participle conjoined with a passive verb,
    its auxiliary left out, is passive too; the parser calls its undergoer a subject."""
    return (token.dep_ == "conj" and token.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in token.children)
            and any(c.dep_ == "nsubj" for c in token.children)
            and any(c.dep_ == "auxpass" for c in token.head.children))


def raised_passive(token: Token) -> bool:
    """"X is expected *to be released*", "X was *to be questioned*": a passive infinitive with no subject of
    its own undergoes what it says to the subject of the verb it completes."""
    return (token.dep_ == "xcomp" and token.tag_ == "VBN" and token.head is not token
            and any(c.dep_ == "auxpass" for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def for_clause(clause: Token) -> bool:
    """An infinitive clause opened by "for" ("called *for Israel to withdraw*"): the parser reads "for" as
    the clause's mark, where the verb above governs it as a preposition with the clause as its object."""
    return (clause.dep_ in ("advcl", "ccomp", "xcomp")
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def preps(token: Token) -> list[Token]:
    """Prepositions on the trigger and on its objects ("sent troops to Russia" attaches either way), and the
    "for" of an infinitive clause on the trigger ("called for Israel to withdraw")."""
    found = [c for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP"]
    for obj in objects(token):
        found.extend(c for c in obj.children if c.dep_ == "prep")
    found.extend(m for c in token.children if for_clause(c) for m in c.children if m.dep_ == "mark")
    return found


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; for the "for" of an infinitive clause, the clause's subject."""
    if prep.dep_ == "mark":
        return list(_with_conj([c for c in prep.head.children if c.dep_ == "nsubj"]))
    return list(_with_conj([c for c in prep.children if c.dep_ in ("pobj", "pcomp")]))


def agents(token: Token) -> list[Token]:
    """The objects of a passive's "by" phrase, with their conjuncts ("signed by A and B"); where the verb has
    none, a "by" phrase the parser hung on the object of the verb's own preposition ("was indicted on
    corruption charges *by* the anti-graft agency")."""
    found = [o for p in token.children if p.dep_ == "agent" for o in prep_objects(p)]
    return found or [o for p in token.children if p.dep_ == "prep" for x in prep_objects(p)
                     for b in x.children if b.dep_ == "prep" and b.lower_ == "by" for o in prep_objects(b)]


def stranded_by(noun: Token) -> list[Token]:
    """The doer of a nominal event whose "by" phrase the parser hung elsewhere: on the of-object ("the
    bombing of the embassy *by* the rebels") or on the active verb above the noun ("led to the invasion of
    Afghanistan *by* the Soviet Union"), right after the noun's phrase. A passive verb's own "by" names its
    own agent and is left alone."""
    found = [p for o in noun.children if o.dep_ == "prep" and o.lower_ == "of"
             for x in o.children if x.dep_ == "pobj" for p in x.children if p.dep_ == "prep" and p.lower_ == "by"]
    doc, after = noun.doc, noun.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ == "by" and doc[after].dep_ in ("prep", "agent"):
        verb = doc[after].head
        if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            found.append(doc[after])
    return [o for p in found for o in prep_objects(p)]


def passive_voice(token: Token) -> bool:
    """A passive verb, a bare participle sharing a passive subject, or a participle on a noun with a "by"
    phrase ("the accord, *signed by* A and B"): its doers are in the "by" phrase."""
    return (any(c.dep_ == "nsubjpass" for c in token.children) or shared_passive(token) or gapped_passive(token)
            or raised_passive(token)
            or token.tag_ == "VBN" and token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children))


def participles(noun: Token) -> list[Token]:
    """Reduced passive relatives describing a noun ("the agreement *signed* in 2002 between A and B")."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def described_between(noun: Token) -> list[Token]:
    """The parties of a "between" phrase on a participle describing the noun, with their conjuncts: the
    noun's act is theirs ("the agreement signed in 2002 between the government and the LTTE")."""
    return [o for verb in participles(noun) for p in preps(verb) if p.lower_ == "between" for o in prep_objects(p)]


def relative_clause(token: Token, pronouns: frozenset[str]) -> Token | None:
    """The relative clause a relative pronoun opens, also from under its preposition ("Kovac, *with whom*
    Chernomyrdin met"): the pronoun stands for the noun the clause describes."""
    if token.lower_ not in pronouns:
        return None
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if token.dep_ == "poss":  # "the Communists, whose support is crucial": the clause holds the possessed noun
        for _ in range(2):
            if head.dep_ == "relcl" or head.head is head:
                break
            head = head.head
    return head if head.dep_ == "relcl" and head.head is not head else None
