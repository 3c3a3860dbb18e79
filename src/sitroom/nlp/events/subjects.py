"""Who is the subject of a verb trigger, through the parser's common slips on news text.

Besides control ("agreed to send") and coordination ("met and signed"), the parse of
wire copy needs repair: a dateline taken for the subject ("ADEN, Yemen - The navy
struck …"), a verb coordinated with the clause a speaker reports rather than with the
speaking ("X said five were killed and warned …"), a finite verb hung on its subject
as a modifier after a relative clause, the infinitive of a possessed plan ("Russia's
decision to send …"), and a gerund after "accused X of", whose doer is the object.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors import component as actor_layer
from sitroom.nlp.events.datelines import after_dateline as _after_dateline
from sitroom.nlp.events.patterns import lemma_of, wordsets

SUBJ = ("nsubj", "csubj")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "his", "its", "their",
                      "our"})


def span_actor(doc: Doc, start: int, end: int) -> str | None:
    """Actor id the actor layer gives the tokens ``start:end``."""
    return actor_layer.actor_at(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


_ACTIVE_ACL = frozenset({"VBD", "VBZ", "VBP", "VBG"})


def _merged_name(subj: Token) -> Token | None:
    """"President Mobutu Sese Seko and rebel leader Laurent Kabila": the parser may read two coordinated
    titled names as one, the first a modifier inside the second with the "and" hung on it."""
    if subj.pos_ != "PROPN":
        return None
    return next((t for t in subj.subtree if t.i < subj.i and t.dep_ in ("nmod", "compound") and t.pos_ == "PROPN"
                 and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)), None)


def _with_conjuncts(subj: Token) -> list[Token]:
    """The subject and its conjuncts, the chain followed ("A, B and C": C hangs on B)."""
    merged = _merged_name(subj)
    out = [merged, _after_dateline(subj)] if merged is not None else [_after_dateline(subj)]
    for t in out:
        out.extend(c for c in t.children if c.dep_ == "conj" and c not in out)
    return out


def _loose_conj(clause: Token) -> bool:
    """Whether a verb coordinated with this reported clause more likely shares the reporting verb's
    subject: the clause is passive, or its subject names no actor in its own words ("X says the fate of
    Y is …, and has called for talks")."""
    subj = [c for c in clause.children if c.dep_ in SUBJ or c.dep_ == "nsubjpass"]
    if not subj or any(c.dep_ == "nsubjpass" for c in subj):
        return True
    head = subj[0]
    return span_actor(head.doc, head.left_edge.i, head.i + 1) is None and head.lower_ not in PRONOUNS


def _finite_acl(verb: Token) -> bool:
    """A modifier verb that is really the clause's main verb: finite or -ing, or a past form right after
    a parenthesis closed by a comma ("Chile, which …, called for calm")."""
    if verb.tag_ in _ACTIVE_ACL:
        return True
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (verb.tag_ == "VBN" and prev is not None and prev.text == ","
            and any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in verb.head.children))


def _plan_link(token: Token) -> Token | None:
    """The word that hangs the act from a noun of plan: the infinitive itself ("plans *to send*") or the
    "of" of a gerund ("no intention *of* attacking"); None when the act hangs from no plan noun."""
    if token.dep_ == "acl" and token.tag_ == "VB":
        return token
    noun = token.head.head
    owned = wordsets().get("intent_nouns", frozenset()) | wordsets().get("course_nouns", frozenset())
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and noun.pos_ == "NOUN" and lemma_of(noun) in owned:
        return token.head  # also "Vietnam's consistent policy *of* attaching importance to …"
    return None


def _plan_owner(infinitive: Token) -> tuple[list[Token], Token | None]:
    """"Russia's decision to send troops": the owner of the plan is the one who acts. An unowned plan
    that is the object of a verb is its subject's ("Japan announced plans to send aid"): then the verb
    to climb to is returned instead."""
    noun = infinitive.head
    owner = [c for c in noun.children if c.dep_ == "poss"][:1]
    if owner or noun.dep_ != "dobj" or lemma_of(noun) not in wordsets().get("intent_nouns", ()):
        return owner, None
    return [], noun.head


def _stray_conjunct(subj: list[Token]) -> Token | None:
    """An earlier subject left with a dangling "and" (a ``cc`` and no conjunct) when the parser hung the
    second conjunct on the verb too ("Abbas and Foreign Minister Shalom met")."""
    if len(subj) < 2:
        return None
    near = subj[0]
    for other in subj[1:]:
        if other.i < near.i and other.dep_ == near.dep_ and any(c.dep_ == "cc" for c in other.children) \
                and not any(c.dep_ == "conj" for c in other.children):
            return other
    return None


def _gerund_doer(verb: Token) -> list[Token]:
    """Who does the gerund after a verb: its object ("accused X of attacking", "blamed X for shelling");
    after a passive, its subject ("X was accused of beating Y"), or the noun its participle modifies
    ("soldiers accused of beating Y", "men arrested for attacking Y"): the surface subject of a passive
    controls its gerund adjunct as the object does in the active."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        return objs[:1]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return _with_conjuncts(passive[0])
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    return []


def _name_on_date(verb: Token) -> list[Token]:
    """"Prime Minister X Friday promised …": wire copy puts the day between the subject and the verb, and
    the parser hangs the name on the day as its compound, leaving the verb without a subject."""
    for day in (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and c.ent_type_ == "DATE"):
        names = [m for m in day.children if m.dep_ == "compound" and m.pos_ == "PROPN"]
        if names:
            return names[-1:]
    return []


def _own_subjects(verb: Token, subj: list[Token]) -> list[Token]:
    """The verb's own subjects, with their conjuncts. A misparse can hang two subjects on one verb: the
    nearest one before it is the likelier, unless the other is an earlier one left with a dangling
    "and" ("A and B met", B hung on the verb beside A): then both are."""
    subj.sort(key=lambda c: (c.i > verb.i, abs(verb.i - c.i)))
    stray = _stray_conjunct(subj)
    if stray is not None:
        return [*_with_conjuncts(stray), *_with_conjuncts(subj[0])]
    return _with_conjuncts(subj[0])


_CLAIM_VERBS = frozenset({"claim", "accept", "admit", "take", "bear", "acknowledge"})


def claim_verb(token: Token) -> Token | None:
    """The verb by which a party owns the act ``token`` names: "X claimed responsibility *for* the
    bombing", "... for *launching* rockets"."""
    prep, noun = token.head, token.head.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ != "for" or noun.lemma_.lower() not in (
            "responsibility", "credit"):
        return None
    verb = noun.head
    return verb if noun.dep_ == "dobj" and lemma_of(verb) in _CLAIM_VERBS else None


def _passive_controller(verb: Token) -> list[Token]:
    """"Protesters were seen throwing stones", "the rebels were reported to have attacked", "he was
    ordered to withdraw": the complement of a passive verb is done by that verb's passive subject. A
    complement that is passive itself ("X was expected to be freed") has X as its undergoer instead."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    passive = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not passive or any(c.dep_ in SUBJ for c in head.children):
        return []
    return _with_conjuncts(passive[0])


def _finite_modifier(verb: Token) -> list[Token]:
    """A finite verb misparsed as the subject's modifier ("Chile, which …, called for calm")."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _finite_acl(verb):
        return _with_conjuncts(verb.head)
    return []


def _object_controlled(verb: Token) -> list[Token]:
    """"urged Iran to resume talks": the object of an object-control verb does its complement."""
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in wordsets().get("object_control", ()):
        return [c for c in verb.head.children if c.dep_ == "dobj"]
    return []


def _claimed(verb: Token) -> list[Token]:
    """"claimed responsibility for launching rockets": the claimant."""
    claim = claim_verb(verb)
    return subjects(claim) if claim is not None else []


# Doers a verb without a subject of its own takes at once, tried in order, before climbing further.
_DIRECT = (_finite_modifier, _object_controlled, _passive_controller, _claimed)


def _direct_doers(verb: Token) -> list[Token]:
    for step in _DIRECT:
        found = step(verb)
        if found:
            return found
    return []


def _verb_above(conjunct: Token) -> Token:
    """What a verb conjunct is joined to; where the parser hung it on a preposition of the first verb ("joined X
    in 2003 but later *teamed up* with Y": on "in"), that verb."""
    head = conjunct.head
    if conjunct.pos_ == "VERB" and head.pos_ == "ADP" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _infinitive_twin(verb: Token, conjunct: Token) -> Token | None:
    """The "to"-infinitive of ``verb`` that a bare infinitive joined to ``verb`` shares its doer with: a bare
    infinitive cannot be the twin of a participle or a finite verb ("is expected to hold …, and meet"), only of
    that verb's infinitive (but "cannot ask X to hand over …, but will seek" joins two bare infinitives)."""
    if conjunct.tag_ != "VB" or conjunct.head.i != verb.i or verb.tag_ == "VB":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < conjunct.i), None)


def subjects(token: Token) -> list[Token]:
    """Grammatical subjects of a verb trigger, climbing through control and coordination."""
    current = token
    came_by_conj = False
    for _ in range(4):
        twin = _infinitive_twin(current, token) if came_by_conj else None
        if twin is not None:  # "is expected to hold talks with X, and *meet* Y": "meet" is "hold"'s twin
            came_by_conj, current = False, twin
            continue
        if came_by_conj and current.dep_ == "ccomp" and _loose_conj(current):
            # "X said five were killed and warned …": the second verb belongs with "said", not "killed"
            current = current.head
            came_by_conj = False
            continue
        subj = [c for c in current.children if c.dep_ in SUBJ] or _name_on_date(current)
        if subj:
            return _own_subjects(current, subj)
        plan = _plan_link(current)
        if plan is not None:
            owner, announcer = _plan_owner(plan)
            if announcer is None:
                return owner
            came_by_conj, current = False, announcer
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ == "VERB":
            # "accused X of attacking", "blamed X for shelling": the object did it; else the subject
            verb = current.head.head
            done = _gerund_doer(verb)
            if done:
                return done
            came_by_conj, current = False, verb
            continue
        direct = _direct_doers(current)
        if direct:
            return direct
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and current.head is not current:
            # an adjective of intent ("Iran is ready to resume talks") has the copula's subject
            came_by_conj = current.dep_ == "conj"
            current = _verb_above(current) if came_by_conj else current.head
            continue
        if current.dep_ == "relcl":
            return [current.head]
        break
    return _split_relative(token)


def _split_relative(verb: Token) -> list[Token]:
    """"(The sources said) Israeli troops *backed by* 15 jeeps *raided* Nablus": the parser made the reduced
    relative a clause of its own, with the noun as its subject, and left the verb after it with none. The
    participle, with its "by" phrase, sits right before the verb under the same head."""
    before = [c for c in verb.head.children if c.i < verb.i and c.tag_ == "VBN" and c.dep_ in ("ccomp", "conj")
              and c.right_edge.i == verb.i - 1 and any(p.lower_ in ("by", "with") for p in c.children)]
    return [s for c in before[-1:] for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
