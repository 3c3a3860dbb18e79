"""Where the content of a reporting frame lies: the reported clause, or the quotation beside the cue.

Kept apart from the cue and source rules in ``rules`` because these are
character-level helpers over the text (quotation marks, colons, paragraphs) as
much as over the parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import doc_text, sentence

_PUNCT_EDGE = set(" \t\n,;:.!?\"'“”‘’—–-()[]")
_OPEN_Q = "“\"‘"
_CLOSE_Q = "”\"’"
_QUOTES = frozenset("“”\"‘’«»")
_REPORTED_DEPS = ("ccomp", "parataxis")


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc_text(doc)
    while start < end and text[start] in _PUNCT_EDGE:
        start += 1
    while end > start and text[end - 1] in _PUNCT_EDGE:
        end -= 1
    # keep a closing quote mark when its opening one is kept, so quoted content reads whole
    return start, end


def subtree_chars(tokens: Iterable[Token], skip: set[int] | None = None) -> tuple[int, int] | None:
    kept = [t for t in tokens if not skip or t.i not in skip]
    if not kept:
        return None
    first = min(kept, key=lambda t: t.i)
    last = max(kept, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def quote_extent(doc: Doc, start: int, end: int, cue_start: int) -> tuple[int, int]:
    """Widen content that precedes its cue to the whole quotation it closes ("...," he said)."""
    text = doc_text(doc)
    between = text[end:cue_start]
    close = max(between.rfind(q) for q in _CLOSE_Q)
    if close < 0:
        return start, end
    close_at = end + close
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para
    opens = [text.rfind(q, para, start + 1) for q in _OPEN_Q if q != "\""]
    straight = [i for i in range(para, start + 1) if text[i] == "\""]
    candidates = [o for o in opens if o >= 0] + straight[-1:]
    if not candidates:
        return start, end
    return max(candidates) + 1, close_at


def span_for(head: Token, skip: set[int]) -> tuple[int, int] | None:
    return subtree_chars(head.subtree, skip)


def clause_region(verb: Token) -> tuple[int, int]:
    """Characters of the cue's own clause around the verb (subject, addressee, asides), stopping at
    quotation marks and at clauses hung on it, to look for a quotation or statement beside it."""
    doc = verb.doc
    inside = {t.i for t in verb.subtree}
    skip: set[int] = set()
    for t in verb.subtree:
        if t.i != verb.i and t.dep_ in ("ccomp", "parataxis"):
            skip |= {x.i for x in t.subtree}

    def ok(i: int) -> bool:
        return i in inside and i not in skip and not doc[i].is_space and doc[i].text not in _QUOTES

    left = right = verb.i
    while ok(left - 1):
        left -= 1
    while ok(right + 1):
        right += 1
    while left < verb.i and doc[left].is_punct:
        left += 1
    while right > verb.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def that_clause(verb: Token) -> tuple[int, int] | None:
    """'adding that …' where the parse lost the clause: from 'that' to the end of the sentence."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ != "that" or doc[nxt].pos_ != "SCONJ":
        return None
    sent = sentence(verb)
    return doc[nxt].idx, sent.end_char


def leading_statement(verb: Token, region: tuple[int, int]) -> tuple[int, int] | None:
    """'Civilians must leave the area, the army told residents.': an unquoted statement before a
    sentence-final cue clause set off by a comma."""
    doc = verb.doc
    sent = sentence(verb)
    text = doc_text(doc)
    tail = text[region[1]:sent.end_char].strip()
    if tail and tail not in (".", "!", "?"):
        return None
    before = text[sent.start_char:region[0]].rstrip()
    if not before.endswith(",") or len(before) < 12:
        return None
    return sent.start_char, sent.start_char + len(before) - 1


def adjacent_quote(doc: Doc, region: tuple[int, int]) -> tuple[int, int] | None:
    """A quotation right before ('"…," he said') or right after ('he said: "…"') the cue."""
    text = doc_text(doc)
    para_start = text.rfind("\n\n", 0, region[0])
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", region[1])
    para_end = len(text) if para_end < 0 else para_end
    before = text[para_start:region[0]].rstrip(" ,\u2014-")
    if before and before[-1] in _CLOSE_Q:
        close = para_start + len(before) - 1
        opens = [text.rfind(q, para_start, close) for q in _OPEN_Q]
        open_at = max(opens)
        lead = text[para_start:open_at].rstrip()
        # a whole statement in quotes, not a phrase quoted inside the sentence ("a so-called “operation”")
        if open_at >= 0 and (not lead or lead[-1] in ".!?:\u201d\"" or lead.endswith("\u2014")):
            return open_at + 1, close
    after = text[region[1]:para_end]
    stripped = after.lstrip(" ,:\u2014-")
    if stripped and stripped[0] in _OPEN_Q:
        open_at = region[1] + len(after) - len(stripped)
        closes = [i for i in (text.find(q, open_at + 1, para_end) for q in _CLOSE_Q) if i >= 0]
        return open_at + 1, min(closes) if closes else para_end
    return None


def after_colon(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'X said:' introducing the rest of the paragraph, or the next one."""
    right = max(t.i for t in verb.subtree if not t.is_space)
    colon = doc[right] if doc[right].text == ":" else (doc[right + 1] if right + 1 < len(doc) else None)
    if colon is None or colon.text != ":":
        return None
    text = doc_text(doc)
    start = colon.idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n\n", start)
    return start, len(text) if end < 0 else end


def parenthetical(verb: Token) -> tuple[int, int] | None:
    """'The truce, he says, is holding': the clause around a parenthetical cue."""
    if verb.dep_ != "parataxis" or verb.head.i == verb.i:
        return None
    inner = {t.i for t in verb.subtree}
    return subtree_chars((t for t in verb.head.subtree if t.i not in inner and not t.is_space), None)


def as_clause(verb: Token) -> tuple[int, int] | None:
    """'As X reported, …': the clause the 'as' clause hangs from."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or verb.head.i == verb.i:
        return None
    inner = {t.i for t in verb.subtree}
    return subtree_chars((t for t in verb.head.subtree if t.i not in inner), None)


def stranded_that_clause(verb: Token) -> Token | None:
    """'told reporters at a press conference that troops had seized …': the parse hangs the reported
    clause on the nearest noun as a relative clause; a "that" which is a complementiser (``mark``)
    and a clause with its own subject make it the cue's complement, not a relative."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for rc in (c for c in pobj.children if c.dep_ in ("relcl", "acl") and c.i > pobj.i):
                if _complementiser(rc) and any(c.dep_ in ("nsubj", "nsubjpass") for c in rc.children):
                    return rc
    return None


def _complementiser(clause: Token) -> bool:
    """A "that" opening the clause as ``mark``, or read as its object although the clause has an
    object of its own ("said at the talks *that* China had sent *aid*": no relative pronoun)."""
    for child in clause.children:
        if child.lower_ != "that":
            continue
        if child.dep_ == "mark":
            return True
        if child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i != child.i for c in clause.children):
            return True
    return False


def earlier_clauses(verb: Token, head: Token) -> list[Token]:
    """'A rallied outside the embassy, B wanted in Norway, police said': a sentence-final cue
    reports every clause the parse hangs on it before its subject, not only the last one."""
    if head.i > verb.i or head.dep_ not in _REPORTED_DEPS:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < head.i:
        return []
    return [t for c in verb.children if c.dep_ in _REPORTED_DEPS and c.i < head.i
            and c.right_edge.i < subj.left_edge.i for t in c.subtree]


def later_clauses(verb: Token, head: Token) -> list[Token]:
    """'The sources said troops backed by jeeps raided the town': the parser can split one reported
    clause into two clauses of the cue ("backed", "raided"); the content runs on through every clause
    of the cue after the first, up to the end of the last."""
    if head.i < verb.i or head.dep_ != "ccomp":
        return []
    return [t for c in verb.children if c.dep_ == "ccomp" and c.i > head.i for t in c.subtree]


_TERMINAL = frozenset(".!?:;\"”’")


def unbroken_start(verb: Token, start: int) -> int:
    """Where content before its cue really starts when the parser broke the sentence in two:
    "X will deploy 7,000 policemen for the (ASEAN) | Summit to be held in Cebu, the police chief said."
    Content that opens its parse sentence continues back over earlier pieces of the same paragraph
    that end without terminal punctuation."""
    doc = verb.doc
    text = doc_text(doc)
    sent = sentence(verb)
    if text[sent.start_char:start].strip(" \n" + "".join(_QUOTES) + "'`"):
        return start
    if any(q in text[max(0, start - 3):start + 1] for q in (*_QUOTES, "''", "``")):
        return start  # a quotation: its marks delimit it, whatever the parser made of the sentence
    for _ in range(2):
        if sent.start == 0:
            break
        previous = sentence(doc[sent.start - 1])
        tail = text[previous.start_char:previous.end_char].rstrip().rstrip("".join(_QUOTES) + "'`").rstrip()
        if not tail or tail[-1] in _TERMINAL or "\n" in text[previous.end_char - 1:sent.start_char]:
            break
        start, sent = previous.start_char, previous
    return start


_ANSWERS = frozenset({"so", "yes", "no"})


def answer_of(verb: Token) -> Token | None:
    """'said so', 'said yes': the one-word answer is the content."""
    return next((c for c in verb.children if c.lower_ in _ANSWERS and c.dep_ in ("advmod", "intj", "dobj")), None)


def declined_content(comp: Token) -> Token:
    """For "declined to answer a question on whether X": the whether-clause, else the object."""
    for tok in comp.subtree:
        if tok.lower_ in ("whether", "if") and tok.dep_ == "mark":
            return tok.head
    for child in comp.children:
        if child.dep_ in ("dobj", "prep", "ccomp"):
            return child
    return comp


def object_with_predicate(verb: Token, head: Token) -> list[Token]:
    """'accused Kyiv of shelling', 'called the vote a sham': the object with what is said of it."""
    tokens = list(head.subtree)
    for extra in verb.children:
        if extra.i > head.i and (extra.dep_ == "oprd" or extra.dep_ == "prep" and extra.lower_ in (
                "of", "for", "over", "as")):
            tokens += list(extra.subtree)
    return tokens
