"""The cue lexicon (``resources/cues.yaml``) as typed lookups over spaCy tokens.

Kept apart from the frame rules so that the quotes component, the stance rules
and the PolNeAR benchmark all read the same entries the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.doctext import token_table
from sitroom.records import Stance

SPEECH_KINDS = frozenset({"speech", "report", "denial"})
INTERNAL_KINDS = frozenset({"belief", "intent"})
# positions taken and topics addressed ("supported", "praised", "discussed"): frames that say whose
# view or topic a stretch is, relaying no claim, so they never source a clause or a quote inside them
POSITION_KINDS = frozenset({"position"})


@dataclass(frozen=True)
class CueEntry:
    """One lexicon entry: the stance a cue gives its source toward the content, and the cue's kind."""

    stance: Stance
    kind: str
    negated: Stance | None = None
    requires: frozenset[str] = field(default_factory=frozenset)
    requires_clause: bool = False
    aspectual: bool = False
    not_objects: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_speech(self) -> bool:
        return self.kind in SPEECH_KINDS


def _entry(raw: dict[str, Any]) -> CueEntry:
    return CueEntry(
        stance=cast(Stance, raw.get("stance", "asserted")),
        kind=str(raw.get("kind", "speech")),
        negated=cast(Stance | None, raw.get("negated")),
        requires=frozenset(raw.get("requires") or ()),
        requires_clause=bool(raw.get("requires_clause", False)),
        aspectual=bool(raw.get("aspectual", False)),
        not_objects=frozenset(str(w).lower() for w in raw.get("not_objects") or ()),
    )


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, CueEntry]
    phrases: dict[tuple[str, ...], CueEntry]
    nouns: dict[str, CueEntry]
    media_nouns: frozenset[str]
    media_names: frozenset[str]
    evidence_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    modality: dict[str, Any]
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    light: dict[str, dict[str, CueEntry]] = field(default_factory=dict)


def _lowered(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


@lru_cache(maxsize=1)
def lexicon() -> CueLexicon:
    data = load_yaml("cues.yaml") or {}
    return CueLexicon(
        verbs={k.lower(): _entry(v or {}) for k, v in (data.get("verbs") or {}).items()},
        phrases={tuple(k.lower().split()): _entry(v or {}) for k, v in (data.get("phrases") or {}).items()},
        nouns={k.lower(): _entry(v or {}) for k, v in (data.get("nouns") or {}).items()},
        media_nouns=_lowered(data, "media_nouns"),
        media_names=_lowered(data, "media_names"),
        evidence_nouns=_lowered(data, "evidence_nouns"),
        situation_nouns=_lowered(data, "situation_nouns"),
        modality=dict(data.get("modality") or {}),
        lemma_fixes={k.lower(): str(v).lower() for k, v in (data.get("lemma_fixes") or {}).items()},
        light={verb.lower(): {w.lower(): _entry(e or {}) for w, e in (words or {}).items()}
               for verb, words in (data.get("light_verbs") or {}).items()},
    )


def cue_lemma(token: Token) -> str:
    """The token's lemma as the cue entries spell it: the lemmatiser turns "hoping" into "hop"."""
    return lexicon().lemma_fixes.get(token.lower_) or token.lemma_.lower()


def verb_entry(lemma: str) -> CueEntry | None:
    return lexicon().verbs.get(lemma.lower())


def cue_kind(lemma: str) -> str | None:
    """Kind of a cue word (verb, noun or one-word phrase), for splitting speech from internal states."""
    lex = lexicon()
    low = lemma.lower()
    entry = lex.verbs.get(low) or lex.nouns.get(low) or lex.phrases.get((low,))
    return entry.kind if entry else None


def verb_cue(token: Token) -> CueEntry | None:
    """The entry of a verb token that can head a reporting frame, honouring ``requires``."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass", "amod"):
        return None
    entry = verb_entry(cue_lemma(token))
    if entry is None:
        return None
    if entry.requires:
        comp = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in entry.requires]
        return entry if comp else None
    if entry.aspectual and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "as talks continue to stall": aspect, not speech
    if entry.not_objects and any(c.dep_ == "dobj" and c.lemma_.lower() in entry.not_objects for c in token.children):
        return None  # "the violence claimed 3,700 lives": another sense of the verb
    return entry


def phrase_matches(doc: Doc) -> list[tuple[Span, CueEntry]]:
    """Multi-word and adverbial cues, longest match first at each position."""
    lex = lexicon()
    if not lex.phrases:
        return []
    longest = max(len(k) for k in lex.phrases)
    firsts = {k[0] for k in lex.phrases}   # most words open no cue: one set lookup, no slicing
    lowered = [w.lower() for w in token_table(doc)[1]]  # what Token.lower_ holds, without a Token per word
    found: list[tuple[Span, CueEntry]] = []
    i = 0
    size = len(lowered)
    while i < size:
        if lowered[i] not in firsts:
            i += 1
            continue
        for n in range(min(longest, size - i), 0, -1):
            entry = lex.phrases.get(tuple(lowered[i:i + n]))
            if entry is not None:
                found.append((doc[i:i + n], entry))
                i += n - 1
                break
        i += 1
    return found


def is_media(span: Span | Token | None, actor_role: str | None = None) -> bool:
    """Whether a source names a news outlet, which relays rather than makes a claim."""
    if span is None:
        return False
    if actor_role and actor_role.upper() == "MED":
        return True
    lex = lexicon()
    tokens = [span] if isinstance(span, Token) else list(span)
    text = " ".join(t.lower_ for t in tokens)
    if any(name in lex.media_names for name in (text, *(t.lower_ for t in tokens))):
        return True
    if any(t.lower_ == "news" for t in tokens):
        return True
    root = span if isinstance(span, Token) else span.root
    return root.lemma_.lower() in lex.media_nouns or root.lower_ in lex.media_nouns
