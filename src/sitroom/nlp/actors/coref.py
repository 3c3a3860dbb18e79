"""Coreference for actors: later mentions that point back to an actor already named.

Links are added as mentions of the actor they resolve to, so every later
component finds the actor of "he said" or "the agency said" through
``actor_at`` like any name.  Rules, most reliable first: a surname alone
("Peskov"), a definite description naming a kind of actor ("the agency",
"the party", "the bloc", "the embassy"), then pronouns by salience: within the
sentence the nearest earlier subject, else the subject of the closest
preceding sentence (three back at most; a quotation mark left alone between paragraphs is no sentence).
A pronoun outside quotation marks takes no antecedent from inside them: the names in a quote belong to
the quoted speaker's telling ("… allow Mobutu to stay in power," Karaha said. *He* rejected …: "he" is
Karaha). This holds for personal pronouns only.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors.binding import not_own_subject, object_antecedent
from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import load_actor_lexicon
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.actors.name_bounds import JOINED_PARTICLES
from sitroom.nlp.actors.speaker_coref import SUBJECT_DEPS, last_speaker, speaking
from sitroom.nlp.actors.surname_claims import reclaim_surnames, short_forms
from sitroom.nlp.doctext import sentence, sentence_back, sentences_back, token_table
from sitroom.nlp.quotes.spans import find_double
from sitroom.nlp.span_index import SpanSet

MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
PERSONAL = MASCULINE | FEMININE
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
DETERMINERS = frozenset({"the", "this", "that"})
SENTENCES_BACK = 3
FORWARD_SENTENCES = 3


class _Index:
    """Which characters are already explained by a mention."""

    def __init__(self, drafts: list[ActorDraft]) -> None:
        self.spans: SpanSet[None] = SpanSet((m.start, m.end, None) for d in drafts for m in d.mentions)

    def covered(self, start: int, end: int) -> bool:
        return self.spans.overlaps(start, end)

    def add(self, start: int, end: int) -> None:
        self.spans.add(start, end, None)


def _link(draft: ActorDraft, index: _Index, start: int, end: int, head: int, rule: str) -> None:
    draft.add(Mention(start, end, draft.key, draft.name, draft.type, draft.country, draft.role, rule, head))
    index.add(start, end)


def link_back(drafts: list[ActorDraft], index: _Index, tok: Token, sentences: int,
              fits: Callable[[ActorDraft, Mention], bool], rule: str) -> None:
    """Link a pointing word ("soldiers", "the country") to the draft with the latest mention before it, a
    few sentences back at most, that ``fits``; nothing when none does."""
    floor = sentence_back(tok, sentences).start_char
    before = [(m.start, d) for d in drafts for m in d.mentions if floor <= m.start and m.end <= tok.idx and fits(d, m)]
    if before:
        _link(max(before, key=lambda x: x[0])[1], index, tok.idx, tok.idx + len(tok), tok.i, rule)


# Words of a full name that never stand for the person alone.
_NAME_PARTICLES = frozenset({"Al", "Bin", "Ibn", "Abu", "De", "Del", "Da", "Van", "Von", "Le", "La", "El", "Mullah",
                             "Sheikh", "Haji", "Maulana", "Ayatollah", "Sir", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr"})


def _given_forms(draft: ActorDraft) -> set[str]:
    """The other words of a name of three or more ("Mullah Abdurrahman Hotaki" is "Abdurrahman" later on:
    news often names people from Afghanistan, the Arab world or Indonesia by one given name), or of two
    when the family name carries its article ("Barzan al-Tikriti" is "Barzan")."""
    words = draft.name.split()
    if len(words) < 3 and not (len(words) == 2 and words[1].split("-")[0].lower() in JOINED_PARTICLES):
        return set()
    return {w for w in words[:-1] if len(w) > 3 and w[0].isupper() and w.isalpha() and w not in _NAME_PARTICLES}


def link_surnames(doc: Doc, drafts: list[ActorDraft], index: _Index) -> None:
    owners: dict[str, list[ActorDraft]] = {}
    people = [d for d in drafts if d.type == "person"]
    for d in people:
        for form in short_forms(d):
            owners.setdefault(form, []).append(d)
    given: dict[str, list[ActorDraft]] = {}
    for d in people:
        for form in _given_forms(d) - set(owners):
            given.setdefault(form, []).append(d)
    owners.update(given)
    if not owners:
        return
    _, words = token_table(doc)
    for i in [i for i, word in enumerate(words) if word in owners]:
        tok = doc[i]
        found = owners[tok.text]
        if len(found) != 1 or index.covered(tok.idx, tok.idx + len(tok)):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.whitespace_ is not None \
                and not index.covered(nxt.idx, nxt.idx + len(nxt)):
            continue  # part of another name ("Kim Jong Un" is not Kim Yong-hyun)
        _link(found[0], index, tok.idx, tok.idx + len(tok), tok.i, "surname")


def _sentence_end(doc: Doc, i: int, ahead: int) -> int:
    """Character end of the sentence ``ahead`` sentences after the one holding token ``i``."""
    sent = sentence(doc[i])
    for _ in range(ahead):
        if sent.end >= len(doc):
            break
        sent = sentence(doc[sent.end])
    return sent.end_char


def merge_short_names(drafts: list[ActorDraft]) -> None:
    """ "Prime Minister Hashimoto" and "Ryutaro Hashimoto" in one article are one person; so are "Bizima
    Karaha" and a later "Karaha" that the entity model took for a place or a body (no dictionary knows it),
    and "Honore Ngbanda Nzambo" and a later "Ngbanda" (a name of three words is often cut to its middle one)."""
    people = [d for d in drafts if d.type == "person"]
    shorts = [d for d in drafts if len(d.name.split()) == 1 and (d.type == "person" or d.rule == "ner_fallback")]
    for short in shorts:
        full = [d for d in people
                if d is not short and len(d.name.split()) > 1 and short.name in short_forms(d) | _given_forms(d)]
        if len(full) == 1:
            for m in short.mentions:
                full[0].add(m)
            full[0].country, full[0].role = full[0].country or short.country, full[0].role or short.role
            drafts.remove(short)


def link_definites(doc: Doc, drafts: list[ActorDraft], index: _Index) -> None:
    """ "the agency", "the ruling party", "the bloc": the latest actor of that kind, else the next."""
    _, texts = token_table(doc)
    for i in [i for i, word in enumerate(texts[:-1]) if word.lower() in DETERMINERS]:
        tok = doc[i]
        j = tok.i + 1
        while j < len(doc) - 1 and doc[j].pos_ in ("ADJ", "VERB") and doc[j].is_lower:
            j += 1
        noun = doc[j]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod"):
            continue
        if index.covered(tok.idx, noun.idx + len(noun)):
            continue
        words = {noun.lower_, noun.lemma_.lower()}
        kin = [d for d in drafts if d.descriptors & words and d.type != "person"]
        if not kin:
            continue
        before = [(m.start, d) for d in kin for m in d.mentions if m.end <= tok.idx]
        # Looking ahead (a lead sentence naming "the embassy" before "Russia's embassy") only a
        # few sentences, so that "the government" does not jump to another country's later on.
        horizon = _sentence_end(doc, tok.i, FORWARD_SENTENCES)
        after = [(m.start, d) for d in kin for m in d.mentions if noun.idx <= m.start and m.end <= horizon]
        if before:
            target = max(before, key=lambda x: x[0])[1]
        elif after:
            target = min(after, key=lambda x: x[0])[1]
        else:
            continue
        _link(target, index, tok.idx, noun.idx + len(noun), noun.i, "definite_description")


def _is_expletive(tok: Token) -> bool:
    """ "it's our right", "it would be concerning": no actor behind the pronoun."""
    return tok.dep_ == "expl" or (tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ in ("be", "seem", "appear"))


def _agrees(doc: Doc, m: Mention, d: ActorDraft, types: frozenset[str]) -> bool:
    """Type agreement; "it" may also be a body named by a singular noun ("Israel's military says it")."""
    if d.type in types:
        return True
    return ("org" in types and "group" not in types and d.type == "group" and 0 <= m.head < len(doc)
            and doc[m.head].tag_ in ("NN", "NNP") and not _one_member(doc[m.head]))


def _one_member(head: Token) -> bool:
    """"the militant", "a gunman": one member of a group, a person whom "it" does not point to."""
    noun = load_actor_lexicon().nouns.get(head.lower_)
    return noun is not None and noun.type == "person"


def _candidates(doc: Doc, drafts: list[ActorDraft], sent: Span, before: int, types: frozenset[str],
                gender: str | None = None) -> list[tuple[Mention, ActorDraft]]:
    """Mentions in ``sent`` before a position; those known to agree in gender first, if any."""
    found = [(m, d) for d in drafts for m in d.mentions
             if sent.start_char <= m.start and m.end <= before and _agrees(doc, m, d, types)]
    agreeing = [(m, d) for m, d in found if gender and f"gender:{gender}" in d.descriptors]
    return agreeing or found


def _salient(doc: Doc, found: list[tuple[Mention, ActorDraft]], same_sentence: bool) -> ActorDraft | None:
    if not found:
        return None
    subjects = [(m, d) for m, d in found if 0 <= m.head < len(doc) and doc[m.head].dep_ in SUBJECT_DEPS]
    pool = subjects or found
    pick = max(pool, key=lambda x: x[0].start) if same_sentence else min(pool, key=lambda x: x[0].start)
    return pick[1]


_PRONOUNS = PERSONAL | NEUTER | PLURAL


def _thing_subject(sent: Span, index: _Index) -> bool:
    """The sentence's main subject is a thing no actor covers ("*The resolution* asked the government …"):
    a following "it" is that thing, not an actor of the sentence's other slots."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    return (subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NN"
            and not index.covered(subj.left_edge.idx, subj.idx + len(subj)))


def _unquoted(found: list[tuple[Mention, ActorDraft]], quoted: SpanSet[None],
              tok: Token) -> list[tuple[Mention, ActorDraft]]:
    """Candidates a personal pronoun outside quotation marks may take: those outside them too ("it said"
    after a quote often names the body whose words it quoted, and wire copy names it inside)."""
    if tok.lower_ not in PERSONAL or quoted.overlaps(tok.idx, tok.idx + len(tok)):
        return found
    return [(m, d) for m, d in found if not quoted.overlaps(m.start, m.end)]


def _spoke_last(doc: Doc, tok: Token, allowed: list[ActorDraft], types: frozenset[str],
                gender: str | None, quoted: SpanSet[None]) -> ActorDraft | None:
    """For a pronoun that speaks: the latest earlier speaker of its kind, this sentence or the ones before."""
    found = _candidates(doc, allowed, sentence(tok), tok.idx, types, gender)
    earlier = sentences_back(tok, SENTENCES_BACK)
    for prev in earlier:
        found += _candidates(doc, allowed, prev, prev.end_char, types, gender)
    first = earlier[-1].start if earlier else sentence(tok).start
    return last_speaker(doc, tok, first, _unquoted(found, quoted, tok))


def link_pronouns(doc: Doc, drafts: list[ActorDraft], index: _Index) -> None:
    _, words = token_table(doc)
    quoted: SpanSet[None] = SpanSet((a, b, None) for q in find_double(doc.text) for a, b in q.pieces)
    for i in [i for i, word in enumerate(words) if word.lower() in _PRONOUNS]:
        tok = doc[i]
        low = tok.lower_
        if low in PERSONAL:
            types = frozenset({"person"})
        elif low in NEUTER and not _is_expletive(tok):
            types = frozenset({"state", "org", "igo"})
        elif low in PLURAL:
            types = frozenset({"group", "org", "state", "igo"})
        else:
            continue
        if index.covered(tok.idx, tok.idx + len(tok)):
            continue
        gender = "m" if low in MASCULINE else "f" if low in FEMININE else None
        other = {"m": "gender:f", "f": "gender:m"}.get(gender or "")
        allowed = [d for d in drafts if other is None or other not in d.descriptors]
        found = not_own_subject(tok, _unquoted(_candidates(doc, allowed, sentence(tok), tok.idx, types, gender),
                                                quoted, tok))
        target = _spoke_last(doc, tok, allowed, types, gender, quoted) if speaking(tok) else None
        target = target or object_antecedent(tok, found) or _salient(doc, found, True)
        for prev in sentences_back(tok, SENTENCES_BACK):
            if target is not None or low in NEUTER and _thing_subject(prev, index):
                break
            target = _salient(doc, _unquoted(_candidates(doc, allowed, prev, prev.end_char, types, gender), quoted,
                                             tok), False)
        if target is not None:
            _link(target, index, tok.idx, tok.idx + len(tok), tok.i, "pronoun")
            if gender:
                target.descriptors.add("gender:" + gender)  # "she" once, "she" thereafter


def link_mentions(doc: Doc, drafts: list[ActorDraft], surnames_only: bool = False) -> None:
    """Add coreferent mentions to the drafts (surnames, definite descriptions, pronouns)."""
    merge_short_names(drafts)
    reclaim_surnames(doc, drafts)
    index = _Index(drafts)
    link_surnames(doc, drafts, index)
    if surnames_only:
        return
    link_definites(doc, drafts, index)
    link_pronouns(doc, drafts, index)
