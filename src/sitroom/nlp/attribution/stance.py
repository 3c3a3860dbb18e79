"""Modality of a clause: whether its verb is stated, hedged, planned, conditional, negated.

A reporting frame says who vouches for a clause and how (``asserted``,
``denied`` …); the clause's own grammar can weaken that: "X said Russia
*could* send troops" is asserted by X but only as a possibility. This module
reads that grammar (modals, hedging adverbs, "if" clauses, planning verbs,
hedging nouns, negation); ``combine`` merges it with a frame's stance:

- a frame that is ``denied``, ``unconfirmed`` or ``declined`` keeps its stance:
  the source's refusal to vouch outranks any modality inside the clause;
- otherwise a clause modality other than ``asserted`` wins ("asserted" frame
  around "could send" -> ``speculative``; "reported" around "will" -> ``planned``);
- otherwise the frame's stance holds.
Within a clause, ``conditional`` outranks ``speculative``, which outranks ``planned``
("likely planning to send" -> speculative).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.attribution.modality_words import words as _words
from sitroom.nlp.attribution.would import committed_gerund
from sitroom.nlp.attribution.would import has_condition as _has_condition
from sitroom.nlp.attribution.would import would_stance as _would_stance
from sitroom.records import Stance

_RANK: dict[str, int] = {"asserted": 0, "planned": 1, "speculative": 2, "conditional": 3}
_STRONG_FRAME: frozenset[str] = frozenset({"denied", "unconfirmed", "declined"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def is_negated(verb: Token) -> bool:
    """A ``neg`` child, except "not only" which coordinates rather than negates."""
    negators = _words("negators") or frozenset({"not", "never", "n't"})
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ == "only":
                continue
            if child.lower_ in negators or child.dep_ == "neg":
                return True
    return False


# "no one", "nobody", "none of them": an argument that names nobody makes the clause deny the act
_NOBODY = frozenset({"nobody", "none", "nothing", "no-one", "noone"})
_NOT_NOUN_NEGATION = frozenset({"fewer", "less", "more", "longer", "sooner", "later"})


def negative_argument(verb: Token) -> bool:
    """"*No* policemen were killed", "*nobody* was hurt", "fired *no* shots": the clause says the act
    did not happen although the verb carries no "not". "No fewer than ten were killed" counts ten."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if child.lower_ in _NOBODY:
            return True
        for det in child.children:
            nxt = det.doc[det.i + 1] if det.i + 1 < len(det.doc) else None
            if det.dep_ == "det" and det.lower_ == "no" and (nxt is None or nxt.lower_ not in _NOT_NOUN_NEGATION):
                return True
    return False


def _lemmas(tok: Token) -> set[str]:
    """The lemma and guesses from the inflected form, for the small model's lemmatiser slips
    ("hopes" -> "hop", "vowed" -> "vow" but "aimed" -> "aim"), so a lexicon of lemmas still matches."""
    low = tok.lower_
    keys = {tok.lemma_.lower(), low}
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        keys |= {low[:-1], low[:-2]}
    elif tok.tag_ == "VBZ" and low.endswith("s"):
        keys |= {low[:-1], low[:-2]}
    elif tok.tag_ == "VBG" and low.endswith("ing"):
        keys |= {low[:-3], low[:-3] + "e"}
    return keys


def _negated_until(verb: Token) -> bool:
    """"would not return *until* the strikes stop": a refusal that holds only until a condition is met."""
    return is_negated(verb) and any(
        c.dep_ in ("advcl", "prep") and (c.lower_ == "until" or any(g.dep_ == "mark" and g.lower_ == "until"
                                                                   for g in c.children))
        for c in verb.children)


def _own_complement(hedge: Token) -> bool:
    """"talks with leaders *likely to touch on* the programme": a hedge with an infinitive of its own hedges
    that infinitive (the parser hung the reduced relative on the main verb), not the verb it hangs from."""
    return any(c.dep_ == "xcomp" for c in hedge.children)


def _markers(verb: Token) -> list[tuple[Stance, str]]:
    """Stances suggested by one verb's own dependents."""
    found: list[tuple[Stance, str]] = []
    spec_modals = _words("speculative", "modals")
    plan_modals = _words("planned", "modals")
    cond_modals = _words("conditional", "modals")
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "aux":
            if low in _words("speculative", "ability_modals") and is_negated(verb):
                continue  # "could not cooperate": an inability told as fact
            if low in spec_modals:
                found.append(("speculative", child.text))
            elif low in plan_modals:
                found.append(("planned", child.text))
            elif low in cond_modals:
                found.append((_would_stance(verb) if low == "would" else "conditional", child.text))
        elif child.dep_ == "advmod" and low in _words("speculative", "adverbs") and not _own_complement(child):
            found.append(("speculative", child.text))
    question = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "whether"), None)
    if question is not None:
        found.append(("speculative", question.text))  # "not clear whether X will attend": an open question
    if committed_gerund(verb):
        found.append(("planned", verb.head.head.text))  # "committed to developing ties"
    if _has_condition(verb):
        found.append(("conditional", "if"))
    elif _negated_until(verb):
        found.append(("conditional", "until"))
    return found


def _own_clause(verb: Token) -> bool:
    """A conjunct with its own tense or its own subject is a clause of its own: "would not run but
    *urged* …", "the army would have to cross the jungle, and Brazil *has reinforced* its troops"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    # "will hold talks with X, *meet* Y": a present form joined to a bare infinitive is that infinitive's
    # twin (the tagger cannot tell them apart), sharing its auxiliary
    return verb.tag_ in _FINITE and not (verb.tag_ == "VBP" and verb.head.tag_ == "VB")


def _climb(verb: Token) -> list[Token]:
    """The verb and the heads that govern its modality: planners, hedging adjectives and nouns."""
    chain = [verb]
    current = verb
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ == "xcomp" or _bare_be_clause(current) or (
                current.dep_ in ("acl", "pcomp", "pobj", "prep") and head.pos_ != "VERB"):
            chain.append(head)
            current = head
            continue
        if current.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not _own_clause(current):
            # coordinated verbs share auxiliaries written once ("could send and deploy"); a finite
            # conjunct has its own tense ("would not run but urged voters to …")
            chain.append(head)
            current = head
            continue
        break
    return chain


def to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _bare_be_clause(verb: Token) -> bool:
    """"Olmert was then *to meet* the Pope": a "to"-infinitive the parser hung on "be" as an adverbial
    clause, "be" saying nothing else (not "was in Rome to meet", "is important to meet")."""
    head = verb.head
    return (verb.dep_ == "advcl" and head.i < verb.i and head.lemma_.lower() == "be" and to_infinitive(verb)
            and not any(c.dep_ in ("attr", "acomp", "prep", "expl") for c in head.children))


def _be_to(chain: list[Token], i: int) -> bool:
    """"The ministers *are to* meet next week", "the envoy *is going to* visit Kabul": "be" or "be going"
    + "to"-infinitive states an arrangement or an intention, not a fact."""
    tok = chain[i]
    below = chain[i - 1] if i else None
    if below is None or not (below.dep_ == "xcomp" and to_infinitive(below) or _bare_be_clause(below)):
        return False
    lemma = tok.lemma_.lower()
    return lemma == "be" or lemma == "go" and tok.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)


def _arranged_infinitive(verb: Token) -> bool:
    """"a summit *to be held* in June": a passive "to"-infinitive that modifies a noun or has its own
    subject is an arrangement; one that complements a verb ("is believed to be held") is not."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not (passive and to_infinitive(verb)):
        return False
    return verb.dep_ in ("acl", "relcl") or any(c.dep_ == "nsubjpass" for c in verb.children)


def _hedged(noun: Token, adjectives: frozenset[str]) -> bool:
    """"the *apparent* switch to targeting …", "a *possible* move to send …": a hedged noun governing
    the clause makes what it governs a possibility."""
    return any(c.dep_ == "amod" and c.lower_ in adjectives for c in noun.children)


def _plans(tok: Token, below: Token, planners: frozenset[str]) -> bool:
    """A planner governs its complement ("plans to attack"), not a verb coordinated with it
    ("set flags on fire and attacked banks")."""
    return tok.pos_ == "VERB" and bool(_lemmas(tok) & planners) and below.dep_ != "conj"


def _governing(tok: Token, below: Token | None, chain: list[Token], i: int) -> tuple[list[tuple[Stance, str]], bool]:
    """What one link of the climb from a clause's verb says of its stance: (stance, word) candidates, and
    whether a negation on that word negates the clause ("is not ready to send")."""
    if below is not None and tok.pos_ in ("NOUN", "PROPN") and (
            tok.lemma_.lower() in _words("hedge_nouns") or _hedged(tok, _words("speculative", "adjectives"))):
        return [("speculative", tok.text)], False
    if below is not None and tok.pos_ == "ADJ" and tok.lower_ in _words("speculative", "adjectives"):
        return [("speculative", tok.text)], False
    if _be_to(chain, i) or (below is None and _arranged_infinitive(tok)):
        return [("planned", tok.text)], False
    if below is not None and tok.pos_ == "ADJ" and tok.lower_ in _words("planned", "adjectives") \
            and below.dep_ == "xcomp":
        return [("planned", tok.text)], is_negated(tok.head if tok.dep_ == "acomp" else tok)
    candidates = _markers(tok) if tok.pos_ in ("VERB", "AUX", "ADJ") else []
    if below is not None and _plans(tok, below, _words("planners")):
        return [*candidates, ("planned", tok.text)], is_negated(tok)
    if below is not None and _plans(tok, below, _words("speculative", "verbs")):
        return [*candidates, ("speculative", tok.text)], False  # "was expected to meet": a forecast
    return candidates, False


def clause_stance(doc: Doc, verb: Token) -> tuple[Stance, bool, str | None]:
    """Stance, negation and the word that set them for the clause headed by ``verb``, without any frame."""
    best: Stance = "asserted"
    cue: str | None = None
    negated = is_negated(verb) or negative_argument(verb)
    chain = _climb(verb)
    for i, tok in enumerate(chain):
        candidates, negates = _governing(tok, chain[i - 1] if i else None, chain, i)
        negated = negated or negates
        for stance, word in candidates:
            if _RANK.get(stance, 0) > _RANK.get(best, 0):
                best, cue = stance, word
    return best, negated, cue


def combine(frame_stance: Stance | None, clause: Stance) -> Stance:
    """Stance of a clause inside a frame; see the module docstring for the order."""
    if frame_stance in _STRONG_FRAME:
        return frame_stance  # type: ignore[return-value]
    if _RANK.get(frame_stance or "", 0) > _RANK.get(clause, 0):
        return frame_stance  # type: ignore[return-value]  # "X believes Russia will attack": a belief
    if clause != "asserted":
        return clause
    return frame_stance or "asserted"
