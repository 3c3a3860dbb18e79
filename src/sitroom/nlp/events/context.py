"""The context of an event mention: its stance (reporting frame + the clause's own modality) and its
date, place and quantity from the layers that found them.

The attribution layer says who vouches for a stretch of text; the clause's grammar
can weaken that ("would mark", "could send", "a possible deployment"), and a
nominal trigger or a gerund subject takes its modality from the verb that
carries it. Dates and places come from the times/places layers' own
``*_for_token`` helpers when they have them, else from the nearest expression in
the parse; an infinitive of purpose shares its head's date ("summoned the envoy on
Monday to demand …"), but a time inside the infinitive is not its head's ("agreed to
resume talks next month": the agreement is not next month), nor is the head's time that of a
clause set a span away from it ("on Tuesday, a day after the army ordered …").
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.attribution import component as attribution_layer
from sitroom.nlp.attribution.noun_stance import hedging_noun, scheduled_noun
from sitroom.nlp.attribution.quoted import quoted_attribution
from sitroom.nlp.attribution.self_denial import as_denial, is_self_denial
from sitroom.nlp.events.anaphora import own_year
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.light_verbs import light_verb
from sitroom.nlp.events.occurrence import date_anchors, time_head
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import clause_span
from sitroom.nlp.span_index import doc_derived, doc_index
from sitroom.records import Attribution

try:  # the clause-modality reader of the attribution layer
    from sitroom.nlp.attribution import stance as _stance
except ImportError:  # pragma: no cover - older trees without nlp/stance.py
    _stance = None  # type: ignore[assignment]

_NEG_DETS = frozenset({"no"})
_RANK = {"asserted": 0, "planned": 1, "speculative": 2, "conditional": 3}
_HEDGE_ADJ = {"possible": "speculative", "potential": "speculative", "likely": "speculative",
              "alleged": "speculative", "suspected": "speculative", "rumored": "speculative",
              "rumoured": "speculative", "planned": "planned", "proposed": "planned", "expected": "planned",
              "future": "planned", "hypothetical": "conditional"}


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose or complement ("sending troops *to fight*"), which shares its head's modality;
    so does a bare infinitive joined to one ("will go to Baidoa to present and *discuss* the laws")."""
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head is not token:
        return _is_purpose(token.head)
    return token.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _stance_tokens(token: Token, pattern: Pattern) -> list[Token]:
    """The trigger and the predicates that govern its modality (a nominal's verb, a subject's verb,
    the verb an infinitive of purpose depends on)."""
    out = [token]
    current = token
    if (pattern.pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of"
            and token.head.head.pos_ == "NOUN"):
        # "the fifth round *of talks* will begin", "the agenda *of his talks* will include": the noun the act
        # is told through carries the clause
        current = token.head.head
        out.append(current)
    for _ in range(1 if pattern.pos == "NOUN" else 4):
        climb = current.pos_ != "VERB" or current.dep_ in ("csubj", "nsubj", "nsubjpass", "pobj", "dobj", "pcomp")
        if not climb and not _is_purpose(current):
            break
        head = current.head
        if head is current:
            break
        out.append(head)
        current = head
    if (pattern.pos == "NOUN" and token.dep_ == "pobj" and current.dep_ == "prep" and current.head.pos_ == "VERB"
            and current.lower_ not in guard_words()["temporal_preps"]):
        out.append(current.head)  # "would not return *to the talks*": the verb the preposition hangs from
        # (but "will return … *following the 2003 invasion*" dates the verb by an event of its own time)
    return out


def _noun_modality(token: Token) -> tuple[str, str | None, bool]:
    stance, cue, negated = "asserted", None, False
    for c in token.children:
        low = c.lower_
        if c.dep_ == "amod" and low in _HEDGE_ADJ and _RANK[_HEDGE_ADJ[low]] > _RANK[stance]:
            stance, cue = _HEDGE_ADJ[low], c.text
        if c.dep_ == "det" and low in _NEG_DETS:
            negated = True
    hedge = hedging_noun(token)
    if hedge is not None and _RANK["speculative"] > _RANK[stance]:
        stance, cue = "speculative", hedge
    word = scheduled_noun(token) if stance == "asserted" else None
    if word is not None:
        stance, cue = "planned", word
    return stance, cue, negated


def _clause_modality(doc: Doc, token: Token, pattern: Pattern) -> tuple[str, bool, str | None]:
    """(stance, negated, cue) from the grammar around the trigger, without any reporting frame."""
    best, negated, cue = "asserted", False, None
    if pattern.pos == "NOUN":
        best, cue, negated = _noun_modality(token)
    reader = getattr(_stance, "clause_stance", None)
    for i, tok in enumerate(_stance_tokens(token, pattern)):
        if tok.pos_ not in ("VERB", "AUX") or reader is None:
            continue
        stance, neg, word = reader(doc, tok)
        if i == 0 or pattern.pos == "NOUN" and tok is light_verb(token):
            negated = negated or neg
        if _RANK.get(stance, 0) > _RANK.get(best, 0):
            best, cue = stance, word
    return best, negated, cue


def _on_record(token: Token, pattern: Pattern, frame: Attribution) -> bool:
    """"the 1975 coup", "the March 2003 invasion" in someone's statement: a past happening named with its
    year is a matter of record the outlet states, not the speaker's claim (a denial or doubt still counts)."""
    return pattern.pos == "NOUN" and frame.stance in ("asserted", "reported") and own_year(token)


def attribution(doc: Doc, token: Token, pattern: Pattern) -> tuple[Attribution, Attribution | None, str, bool]:
    """(attribution of the mention, the reporting frame alone, clause stance, clause negation)."""
    frame = attribution_layer.attribution_for(doc, token.idx, token.idx + len(token))
    if frame is not None and _on_record(token, pattern, frame):
        frame = None
    if frame is None:  # a quotation running on past its cue is still its speaker's
        frame = quoted_attribution(doc, token.idx, token.idx + len(token))
    clause, negated, cue = _clause_modality(doc, token, pattern)
    combine = getattr(_stance, "combine", None)
    if frame is None:
        own = Attribution(source=None, cue=cue, stance=clause, negated=negated)  # type: ignore[arg-type]
        return own, None, clause, negated
    stance = combine(frame.stance, clause) if combine else (clause if clause != "asserted" else frame.stance)
    if clause == "asserted" and is_self_denial(doc, token, frame, negated):
        return as_denial(frame), frame, clause, negated
    return frame.model_copy(update={"stance": stance, "negated": frame.negated or negated}), frame, clause, negated


def _distance(a: Token, b: Token) -> int:
    """Length of the dependency path between two tokens of one sentence (large if unrelated)."""
    up_a = [a, *a.ancestors]
    idx = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in idx:
            return n + idx[t.i]
    return 99


def _in_infinitive(token: Token, anchor: Token) -> bool:
    """Whether ``token`` sits in an infinitive below ``anchor``: "pledged *to push* the bill through at
    the end of the month" puts the pushing, not the pledge, at the end of the month."""
    for current in token.ancestors:
        if current.i == anchor.i:
            return False
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True
    return False


_PRENOMINAL = frozenset({"compound", "nummod", "npadvmod", "amod", "poss", "nmod"})
_SETTING = frozenset({"in", "at", "during", "amid", "amidst"})


def _dates_other_noun(root: Token, anchor: Token, trigger: Token) -> bool:
    """A time written before a noun ("the *May 29* election", "the *1992* murder") dates that noun, not
    a trigger whose phrase holds it ("calls for a boycott of the May 29 election"). Not so for the
    trigger's own noun, the anchor's subject ("the 2003 war killed thousands") or the setting it happens
    in ("killed *in Tuesday's* unrest", "discussed *at Monday's* meeting")."""
    noun = root.head
    if root.dep_ not in _PRENOMINAL or root.i > noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i in (anchor.i, trigger.i):
        return False
    if noun.head.i == anchor.i and noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.lower_ in _SETTING and prep.head.i == anchor.i)


def _prenominal_elsewhere(doc: Doc, items: Sequence, item_id: str, anchor: Token, trigger: Token) -> bool:
    item = next((x for x in items if x.id == item_id), None)
    piece = doc.char_span(item.start, item.end, alignment_mode="expand") if item is not None else None
    return piece is not None and _dates_other_noun(piece.root, anchor, trigger)


def _nearest(doc: Doc, items: Sequence, anchor: Token, span: Span, limit: int = 6,
             trigger: Token | None = None) -> str | None:
    """Id of the item (time, place, quantity) inside ``span`` closest to ``anchor`` in the parse; with the
    ``trigger`` (for times), not inside an infinitive below ``anchor`` (a time there is the infinitive's)
    nor written before another noun."""
    best: tuple[int, str] | None = None
    index = doc_index(doc, f"nearest-{id(items)}", items, lambda xs: ((x.start, x.end, x) for x in xs))
    for _, _, item in index.within(span.start_char, span.end_char):
        piece = doc.char_span(item.start, item.end, alignment_mode="expand")
        if piece is None:
            continue
        dist = _distance(anchor, piece.root)
        root = piece.root
        if trigger is not None and (_in_infinitive(root, anchor) or _dates_other_noun(root, anchor, trigger)):
            continue
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, item.id)
    return best[1] if best else None


def _layer_link(doc: Doc, module: str, func: str, anchor: Token) -> tuple[bool, str | None]:
    """Ask a layer's own ``*_for_token`` helper when it has one: (helper exists, id or None)."""
    mod = importlib.import_module(f"sitroom.nlp.{module}.component")
    helper = getattr(mod, func, None)
    if helper is None:
        return False, None
    found = helper(doc, anchor)
    return True, getattr(found, "id", found)


_SPANS_OF_TIME = frozenset({"minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade"})


def _offset_clause(verb: Token) -> bool:
    """A clause set a span of time away from its head ("struck on Tuesday, *a day after* the army
    ordered …", "*weeks before* talks opened"): the head's time is not the clause's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS_OF_TIME
                                        for c in verb.children)


def _anchors(token: Token) -> list[Token]:
    """The trigger (a nominal's light verb) and the verbs it hangs from by purpose or coordination:
    "summoned the envoy on Monday to demand …" dates the demand too."""
    out = [light_verb(token) or token]
    for _ in range(2):
        cur = out[-1]
        if cur.dep_ in ("xcomp", "advcl", "conj") and cur.head is not cur and cur.head.pos_ in ("VERB", "AUX") \
                and not _offset_clause(cur):
            out.append(cur.head)
        else:
            break
    return [out[0], *date_anchors(token), *out[1:]]


# How far (dependency steps) from the anchor a time or place may hang when the layer's own helper
# found none. A time reaches one step further: the parser often hangs a clause's time on a noun
# inside it ("injured three, including a policeman, *on Thursday*"; "four were killed and several
# others injured *on Tuesday*"), four steps from the verb.
_SHORT = {"times": 4, "places": 3}


def _link(doc: Doc, module: str, func: str, items: Sequence, token: Token) -> str | None:
    for anchor in _anchors(token):
        has, found = _layer_link(doc, module, func, anchor)
        if found and module == "times" and _prenominal_elsewhere(doc, items, found, anchor, token):
            found = None
        if not found:  # the layer's helper looks at the clause head only; also try a short path
            found = _nearest(doc, items, anchor, clause_span(anchor), limit=6 if not has else _SHORT[module],
                             trigger=token if module == "times" else None)
        if found:
            return found
    return None


def _dating_times(times: Sequence) -> list:
    # "now" dates no event of its own; an unresolved time ("three days after he took office") dates nothing
    return [t for t in times if t.rule != "present_ref" and t.value is not None]


def _time_at(times: Sequence, word: Token | None) -> str | None:
    """Id of the time whose expression holds ``word``."""
    if word is None:
        return None
    return next((t.id for t in times if t.start <= word.idx < t.end), None)


def links(doc: Doc, token: Token) -> tuple[str | None, str | None, str | None]:
    times = doc_derived(doc, "dating_times", doc._.times or [], _dating_times)
    date = _link(doc, "times", "time_for_token", times, token) or _time_at(times, time_head(token))
    place = _link(doc, "places", "place_for_token", doc._.places or [], token)
    sub = doc[token.left_edge.i: token.right_edge.i + 1]
    quantity = _nearest(doc, doc._.quantities or [], token, sub, limit=3)
    return date, place, quantity
