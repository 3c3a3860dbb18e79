"""Casualty verbs that tell the harm of a use of force already coded, not a use of force of their own.

PLOVER's ASSAULT is the use of force by an actor; "killed", "wounded", "injured" say what
that force did. When the clause that tells the force also tells its casualties, gold counts
one happening, and the casualty verb is part of it:

- attached to a mention of force in the same clause complex: "gunmen opened fire, *killing*
  three and *injuring* a driver", "the bombing, which *killed* 12 and *wounded* 40", "three
  were killed and five *wounded*" (the first casualty verb is the mention, the others add to it);
- a tally of a told attack, with no agent of its own: "a child was *wounded* in the attack"
  (a definite attack noun: told before; the indefinite "killed in an ambush" reports it);
- the participle used as a noun for the victims: "ambulances took *the injured* to hospital";
- deaths in a mishap, where no one used force at all: "killed *in a road accident*" (``mishaps``);
- an injury verb in the passive with no agent, after an earlier sentence told a use of force:
  "four other shoppers *were wounded*" (the verbs ``injury_verbs``; "were killed" so told is the
  news itself and keeps its mention).

The definite attack noun of such a tally is dropped with it: it points back to the attack told
before ("the clashes" in "dozens were wounded in the clashes").

A casualty verb keeps its mention when nothing above it was emitted ("the bombing, which
killed 12" after "the bombing" was dropped as a back-reference), so the happening is never
lost. The verbs are the word set ``casualty_verbs`` of ``resources/event_guards.csv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.classifiers import participle_as_noun
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import Pattern, lemma_keys, match
from sitroom.nlp.events.roles import clause_span
from sitroom.records import Event

_TYPE = "ASSAULT"
# Links by which a clause hangs from the clause or noun that tells the same happening.
_ATTACHED = frozenset({"conj", "advcl", "relcl", "acl", "xcomp"})
_AGENTS = frozenset({"nsubj", "agent", "csubj"})  # "agent" is the "by" phrase of a passive
_SETTINGS = frozenset({"in", "during"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _casualty(token: Token) -> bool:
    verbs = guard_words()["casualty_verbs"]
    return any(key in verbs for key in lemma_keys(token))


def _force(token: Token) -> bool:
    pattern = match(token)
    return pattern is not None and pattern.type == _TYPE


def _emitted(token: Token, seen: list[tuple[int, Event]]) -> bool:
    """True when an ASSAULT mention on ``token``'s clause is among the mentions already kept."""
    span = clause_span(token)
    return any(e.type == _TYPE and e.evidence.start == span.start_char and e.evidence.end == span.end_char
               for _, e in seen)


def _heads(token: Token) -> list[Token]:
    """The clauses above ``token`` that may tell the same happening: by a participle, relative or purpose
    clause ("opened fire, killing three"), or by coordination with another casualty verb ("were killed and
    five wounded"); a casualty verb coordinated with another act ("recaptured the town and killed 100") is
    an act of its own."""
    out: list[Token] = []
    current = token
    for _ in range(4):
        if current.dep_ not in _ATTACHED or current.head.i == current.i:
            break
        if current.dep_ == "conj" and not _casualty(current.head):
            break
        current = current.head
        out.append(current)
    return out


def _forces(token: Token) -> list[Token]:
    """The mentions of force among the clauses above ``token``: the clause's verb, or a noun of force as its
    subject ("three bomb *explosions* rocked the province, injuring three soldiers")."""
    out: list[Token] = []
    for head in _heads(token):
        out += [head] if _force(head) else [c for c in head.children if c.dep_ == "nsubj" and _force(c)]
    return out


def _attached(token: Token, seen: list[tuple[int, Event]]) -> bool:
    """True when a clause above ``token`` is, or has as subject, a kept mention of force."""
    return any(_emitted(force, seen) for force in _forces(token))


def lend_victims(found: list[tuple[Token, Pattern]], table: dict[int, tuple[str | None, str | None]]) -> None:
    """The victims of a casualty verb are the recipients of the force it tells: "six gunmen opened fire,
    killing two engineers" codes the engineers on the shooting, which is kept when the verb is not."""
    for token, pattern in found:
        if pattern.type != _TYPE or not _casualty(token) or table[token.i][1] is None:
            continue
        head = next((h for h in _forces(token) if h.i in table), None)
        if head is None:
            continue
        actor, recipient = table[head.i]
        if recipient is None and table[token.i][1] != actor:
            table[head.i] = (actor, table[token.i][1])


def _agentless(token: Token) -> bool:
    return not any(c.dep_ in _AGENTS for c in token.children)


def _bare_definite(noun: Token) -> bool:
    """"the attack", "the shooting": a definite mention of force that adds nothing of its own (a modifier
    or relative clause, as in "the previous deadly attacks which shocked the capital", makes it news)."""
    return (any(c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.tag_ == "PRP$") for c in noun.children)
            and all(c.dep_ in ("det", "poss", "punct") for c in noun.children))


def _told_setting(token: Token) -> Token | None:
    """"wounded in the attack": the bare definite mention of force an agentless casualty verb is set in."""
    if not _agentless(token):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SETTINGS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _force(obj) and _bare_definite(obj):
                return obj
    return None


def _tally(token: Token, seen: list[tuple[int, Event]]) -> bool:
    """"Four other shoppers were wounded.": an injury verb in the passive with no agent, after an earlier
    sentence told a use of force: the injured of that attack (a killing so told is news, and kept)."""
    injuries = guard_words()["injury_verbs"]
    if (not any(key in injuries for key in lemma_keys(token)) or not _agentless(token)
            or not any(c.dep_ == "nsubjpass" for c in token.children)):
        return False
    return any(e.type == _TYPE and start < sentence(token).start for start, e in seen)


def _mishap(token: Token) -> bool:
    """"Four people were killed in a road accident", "in a gas explosion": deaths with no one using force
    (``mishaps``); the phrase may hang from a coordinated casualty verb ("were killed and 15 injured in a crash")."""
    mishaps = guard_words()["mishaps"]
    verbs = [token, *(c for c in token.conjuncts if _casualty(c))]
    return any(prep.dep_ == "prep" and any(o.dep_ == "pobj" and _named_mishap(o, mishaps) for o in prep.children)
               for verb in verbs for prep in verb.children)


def _named_mishap(noun: Token, mishaps: frozenset[str]) -> bool:
    """"a road accident", "a *gas* explosion", "a *colliery* blast": the noun or its modifier names a mishap."""
    return noun.lemma_.lower() in mishaps or any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in mishaps for m in noun.children)


def casualty_of_told(token: Token, event: Event, seen: list[tuple[int, Event]]) -> bool:
    """True when the casualty verb ``token`` only tells the harm of a use of force coded elsewhere."""
    if event.type != _TYPE or not _casualty(token):
        return False
    return (participle_as_noun(token) or _mishap(token) or _attached(token, seen)
            or _told_setting(token) is not None and _force_told(seen) or _tally(token, seen))


def _force_told(seen: list[tuple[int, Event]]) -> bool:
    """"Three soldiers were injured in the blast" is a tally only where some use of force was kept before
    it; as the article's first word on the blast, it is the news."""
    return any(e.type == _TYPE for _, e in seen)


def setting_of_casualty(token: Token, event: Event, nominal: bool, seen: list[tuple[int, Event]]) -> bool:
    """True for the told attack a casualty tally is set in: "the clashes" of "dozens were wounded in the
    clashes" points back to a happening told before, like the verb it hangs from."""
    if not nominal or event.type != _TYPE or token.dep_ != "pobj" or token.head.lower_ not in _SETTINGS:
        return False
    verb = token.head.head
    if verb.i == token.i or not (_casualty(verb) and _force(verb)):
        return False
    setting = _told_setting(verb)
    if setting is not None:
        return setting.i == token.i
    return _tally(verb, seen) and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def cause_of_told_casualty(token: Token, event: Event, seen: list[tuple[int, Event]]) -> bool:
    """"One soldier was killed *when a roadside bomb struck* their vehicle": an act of force with no actor,
    in a clause of time under a kept casualty verb, is how that casualty came about, not a second attack."""
    if event.type != _TYPE or event.actor is not None or _casualty(token) or token.dep_ != "advcl":
        return False
    head = token.head
    while head.dep_ == "conj" and _casualty(head) and _casualty(head.head):
        head = head.head  # "was killed and two others wounded when …": the first casualty verb was kept
    return _casualty(head) and _emitted(head, seen)


def part_of_told_force(token: Token, event: Event, nominal: bool, seen: list[tuple[int, Event]]) -> bool:
    """The casualty verb, or the bare attack noun of a casualty tally, that adds no use of force of its own;
    the actorless force a kept casualty verb came from."""
    if nominal:
        return setting_of_casualty(token, event, nominal, seen)
    return casualty_of_told(token, event, seen) or cause_of_told_casualty(token, event, seen)
