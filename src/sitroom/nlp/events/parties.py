"""Parties an event's own clause names outside the subject and object slots.

The syntactic roles (``event_roles``) read the subject, the object and a few
prepositions; wire copy often names the two sides of an event elsewhere:

- *between A and B* ("clashes between A and B", "the meeting between the
  delegations of A and B", "the war between A and B broke out"), and the
  hyphenated pair before a noun ("a A-B summit"): the first named side is the
  actor, the other the recipient, the way the annotation reads them;
- a relative clause whose light verb has the nominal event as its object ("the
  drills *that the navy began*", ``relative_doers``);
- a condemnation or protest whose object is itself an event ("condemned the
  strikes", "expressed concern about the drills"): the recipient is the actor of
  that event, or, when the noun only points back ("the strikes"), of the latest
  earlier event of the same type whose actor is known.

Each step only fills a role that is empty or already one of the parties it found,
so an actor found by the subject is never replaced by a name elsewhere in the clause.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import sentence, sentence_back
from sitroom.nlp.events.arguments import objects, prep_objects, preps
from sitroom.nlp.events.controlled import complement_partner, controlled_actor
from sitroom.nlp.events.examples import joined_nouns
from sitroom.nlp.events.light_verbs import light_verb
from sitroom.nlp.events.pair_mentions import bilateral, fitted, nominal_pair, pairs_of_kind, story_pair, subject_pair
from sitroom.nlp.events.patterns import Pattern, index, lemma_keys
from sitroom.nlp.events.principals import principal
from sitroom.nlp.events.relative_doers import relative_actor
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.stranded import stranded_subject
from sitroom.nlp.events.subjects import span_actor, subjects
from sitroom.nlp.events.targets import located_target, protested_site, visited_state
from sitroom.nlp.events.undergoers import undergoer
from sitroom.nlp.steps import Step

Roles = tuple[str | None, str | None]

_DASHES = frozenset({"-", "\u2013"})
# types whose object may be another event that the actor of this one judges
_JUDGING = frozenset({"ACCUSE", "PROTEST", "AGREE", "REJECT", "SUPPORT"})
_ABOUT = frozenset({"about", "over", "at", "against", "on", "of"})
_JOINT = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_PAIR_SENTENCES = 3
_SCENE = frozenset({"in", "after", "during", "amid", "following"})


def _members(obj: Token) -> list[Token]:
    """The object of *between* with its conjuncts, or those of its *of* phrase ("delegations of A and B")."""
    found = [obj, *obj.conjuncts]
    if len(found) >= 2:
        return found
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        for inner in prep_objects(prep):
            if inner.conjuncts:
                return [inner, *inner.conjuncts]
    return found


def _between(doc: Doc, noun: Token) -> Roles | None:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
        for obj in prep_objects(prep):
            sides: list[str] = []
            for member in sorted(_members(obj), key=lambda t: t.i):
                found = actor_of(doc, member)
                if found and found not in sides:
                    sides.append(found)
            if len(sides) >= 2:
                return sides[0], sides[1]
    return None


def _hyphen_pair(doc: Doc, noun: Token) -> Roles | None:
    """"a A-B summit": two actors joined by a dash among the noun's pre-modifiers."""
    for t in doc[max(noun.left_edge.i, sentence(noun).start) + 1: noun.i - 1]:
        if t.text in _DASHES and t.whitespace_ == "" and doc[t.i - 1].whitespace_ == "":
            left = span_actor(doc, t.i - 1, t.i)
            right = span_actor(doc, t.i + 1, t.i + 2)
            if left and right and left != right:
                return left, right
    return None


def _pair_nouns(token: Token, pattern: Pattern) -> list[Token]:
    """The trigger itself when nominal, else its subject noun ("the war between A and B broke out", "talks
    between A and B were held"), and, where that noun is the event itself, the verb and the nouns of its
    phrases: the parser hangs a late "between" on the verb or on the last noun before it."""
    if pattern.pos == "NOUN":
        return [token, *joined_nouns(token)]
    doers = [c for c in token.children if c.dep_ == "nsubjpass"] or subjects(token)
    nouns = [s for s in doers[:1] if s.pos_ == "NOUN"]
    if not doers:  # "(by) establishing ties between A and B"; "X brokered …" is X's
        nouns += [o for o in objects(token) if o.pos_ == "NOUN"]
    if nouns:  # "talks were taking place between A and B", "clashes erupted on Monday evening between A and B"
        nouns += [token, *(o for p in preps(token) if p.lower_ != "between" for o in prep_objects(p))]
    return nouns


def _joint_owners(doc: Doc, noun: Token) -> Roles | None:
    """"A and B's talks": a possessive with a conjunct names both sides (also where the parser made the
    noun the conjunct of A)."""
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        heads = [poss, *poss.conjuncts]
        if len(heads) < 2 and noun.dep_ == "conj" and noun.head.i == poss.i - 2 and doc[poss.i - 1].lower_ == "and":
            heads = [noun.head, poss]  # the parser's "A [and [B's talks]]"
        if len(heads) < 2:
            continue
        sides = [a for a in (actor_of(doc, t) for t in sorted(heads, key=lambda t: t.i)) if a]
        if len(sides) >= 2 and sides[0] != sides[1]:
            return sides[0], sides[1]
    return None


def _pair(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    for noun in _pair_nouns(token, pattern):
        pair = _between(doc, noun) or _hyphen_pair(doc, noun) or _joint_owners(doc, noun)
        if pair is None:
            continue
        if found[0] in (None, *pair) and found[1] in (None, *pair):
            return pair
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a phrase belongs to, past participles that only describe a noun ("a bridge
    *linking* A to B after …" belongs to the verb of "the bridge")."""
    for anc in token.ancestors:
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ != "acl":
            return anc
    return None


def _scene_partner(doc: Doc, token: Token) -> str | None:
    """The other side of a two-sided event the verb happened in: "killed in clashes *with Y*",
    "recaptured the bridge after two days of fighting *with Y*"."""
    own = sentence(token)
    for prep in (t for t in token.subtree if t.dep_ == "prep" and t.lower_ in _SCENE and sentence(t) == own):
        verb = _clause_verb(prep)
        if verb is None or verb.i != token.i:
            continue
        for noun in prep_objects(prep):
            for _ in range(2):  # "two days of fighting"
                inner = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
                if not inner or _event_noun(noun):
                    break
                noun = inner[0]
            if not _event_noun(noun):
                continue
            for with_ in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                for obj in prep_objects(with_):
                    found = actor_of(doc, obj)
                    if found:
                        return found
    return None


def _event_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(index().get((key, "NOUN")) for key in lemma_keys(noun))


def _scene(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """A passive victim's attacker, or an active actor's opponent, named by the scene's *with* phrase."""
    if pattern.pos != "VERB":
        return None
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    if (found[0] if passive else found[1]) is not None:
        return None
    partner = _scene_partner(doc, token)
    if partner is None or partner in found:
        return None
    return (partner, found[1]) if passive else (found[0], partner)


STEPS: tuple[Step[Roles], ...] = (
    Step("pair", _pair, "clashes between A and B; a A-B summit"),
    Step("principal", principal, "claimed the attack on behalf of the Islamists"),
    Step("relative_actor", relative_actor, "the drills that the navy began"),
    Step("scene", _scene, "five soldiers were killed in clashes with Y; X retook the town after fighting with Y"),
    Step("stranded_subject", stranded_subject, "Prior to talks between A and B, Wang Lei, an envoy, met …"),
    Step("located_target", located_target, "strikes hit camps in Pakistan"),
    Step("protested_site", protested_site, "rallied outside the Dutch embassy"),
    Step("visited_state", visited_state, "a three-day visit to Lima"),
    Step("controlled_actor", controlled_actor, "Egypt has exerted efforts to improve its relations with Turkey"),
    Step("complement_partner", complement_partner, "Kabila agreed to hold talks with Mobutu"),
    Step("undergoer", undergoer, "Peru suffered an attack by rebels; Arroyo faces charges"),
)


def with_parties(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles:
    """``found`` with the roles the parties of the clause fill (each step sees the previous result)."""
    for step in STEPS:
        better = step.run(doc, token, pattern, found)
        if better is not None:
            found = better
    return found


def _judged(token: Token) -> list[Token]:
    """Nouns a judging verb is about: its objects, and the objects of about/over … on it or on them."""
    nouns = objects(token)
    for holder in (token, *nouns):
        nouns += [o for p in preps(holder) if p.lower_ in _ABOUT for o in prep_objects(p)]
    return nouns


def _noun_kinds(noun: Token, kinds: Mapping[int, str]) -> frozenset[str]:
    """Event types a noun names: its own trigger's, or any nominal row of its lemma ("the strikes"
    unmatched here for want of a modifier is still a strike)."""
    if noun.i in kinds:
        return frozenset({kinds[noun.i]})
    return frozenset(p.type for key in lemma_keys(noun) for p in index().get((key, "NOUN"), ()))


def _antecedent_actor(noun: Token, types: frozenset[str], found: list[tuple[Token, Pattern]],
                      table: Mapping[int, Roles]) -> str | None:
    """Actor of the latest earlier trigger with one and the same word ("struck" for "the strikes"), else
    of the same type: what the noun points back to."""
    earlier = [tok for tok, p in found if p.type in types and tok.i < noun.i and table[tok.i][0]]
    keys = set(lemma_keys(noun))
    same = [tok for tok in earlier if keys & set(lemma_keys(tok))]
    chosen = same or earlier
    return table[chosen[-1].i][0] if chosen else None


def _plural_subject(token: Token) -> bool:
    """"they agreed", "the two sides started talks", "talks between the two sides": a pair, not named."""
    holder = light_verb(token) or token  # "the two sides started talks": the light verb's subject
    if holder.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
        holder = holder.head  # "the two sides would discuss how to expand cooperation": the controller's
    return subject_pair(holder) or (token.pos_ in ("NOUN", "PROPN") and nominal_pair(token))


def _pairable(pattern: Pattern) -> bool:
    """Joint acts, and ties between two parties whatever their PLOVER type (CAMEO 050: "the two countries
    normalized relations")."""
    return pattern.type in _JOINT or pattern.cameo == "050"


def _named_pairs(doc: Doc) -> list[tuple[int, Roles]]:
    """(token index, the two sides) of every "between A and B" naming two actors ("the exchange between
    China and Japan"), whether or not an event was coded there."""
    out: list[tuple[int, Roles]] = []
    for prep in (t for t in doc if t.dep_ == "prep" and t.lower_ == "between"):
        sides = [a for a in (actor_of(doc, o) for o in prep_objects(prep)) if a]
        if len(sides) == 2 and sides[0] != sides[1]:
            out.append((prep.i, (sides[0], sides[1])))
    return out


def shared_pairs(found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """In place: a joint act whose subject stands for a pair ("they agreed"), or a bilateral one that
    names no side ("the bilateral cooperation"), takes the two sides of the latest joint event with both
    sides named, or of the latest "between A and B", a few sentences back at most ("talks between A and
    B")."""
    pairs = [(tok.i, table[tok.i]) for tok, p in found if _pairable(p) and all(table[tok.i])]
    named: list[tuple[int, Roles]] | None = None
    for tok, pattern in found:
        if not _pairable(pattern) or not (_plural_subject(tok) or bilateral(tok, table[tok.i])):
            continue
        named = _named_pairs(tok.doc) if named is None else named
        floor = sentence_back(tok, _PAIR_SENTENCES).start
        earlier = sorted([(i, r) for i, r in pairs if floor <= i < tok.i]
                         + [(i, r) for i, r in named if floor <= i < tok.i])
        earlier = pairs_of_kind(light_verb(tok) or tok, earlier) or earlier
        pair = earlier[-1][1] if earlier else None
        if table[tok.i][0] is not None and bilateral(tok, table[tok.i]):  # its doer named, the partner not
            table[tok.i] = fitted(tok.doc, table[tok.i], pair or story_pair(tok.doc) or table[tok.i])
        elif pair is not None:
            table[tok.i] = pair
        elif table[tok.i] == (None, None):
            table[tok.i] = story_pair(tok.doc) or table[tok.i]


def judged_recipients(found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """Fill, in place, the recipient of a condemnation with the actor of the event it condemns: when
    empty, or when it is only what the event's noun phrase named, before that event's roles were read
    ("condemned the *military* drills that the Chinese navy began": the navy, not "military")."""
    kinds = {tok.i: p.type for tok, p in found}
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if pattern.type not in _JUDGING or pattern.pos != "VERB":
            continue
        for noun in _judged(tok):
            types = _noun_kinds(noun, kinds)
            if not types:
                continue
            own = table[noun.i][0] if noun.i in table else None
            if recipient is not None and not (own and recipient == actor_of(noun.doc, noun)):
                continue
            target = own or _antecedent_actor(noun, types, found, table)
            if target and target != actor:
                table[tok.i] = (actor, target)
                break
