"""Actors: who is named in the text, coded as country/IGO plus role (placeholder, see issue 4)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Actor

_TYPES = {"PERSON": "person", "ORG": "org", "GPE": "state", "NORP": "group"}


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    """Id of the actor with a mention inside or covering the character range [start, end)."""
    best: tuple[int, str] | None = None
    for actor in doc._.actors or []:
        for s, e in actor.mentions:
            if s < end and start < e:
                size = e - s
                if best is None or size > best[0]:
                    best = (size, actor.id)
    return best[1] if best else None


def actor_for_token(doc: Doc, token: Token | Span) -> str | None:
    """Actor of a token or span: a mention it falls in, else one in its syntactic subtree."""
    if isinstance(token, Token):
        found = actor_at(doc, token.idx, token.idx + len(token))
        if found:
            return found
        sub = list(token.subtree)
        return actor_at(doc, sub[0].idx, sub[-1].idx + len(sub[-1])) if sub else None
    return actor_at(doc, token.start_char, token.end_char)


class ActorTagger:
    def __init__(self, nlp: Language, name: str, actor_files: list[str]) -> None:
        self.name = name
        self.actor_files = actor_files

    def __call__(self, doc: Doc) -> Doc:
        by_name: dict[str, dict] = {}
        for ent in doc.ents:
            kind = _TYPES.get(ent.label_)
            if not kind:
                continue
            key = ent.text.lower()
            entry = by_name.setdefault(key, {"name": ent.text, "type": kind, "mentions": []})
            entry["mentions"].append((ent.start_char, ent.end_char))
        doc._.actors = [
            Actor(id=f"a{i}", name=e["name"], type=e["type"], mentions=e["mentions"], rule="ner")
            for i, e in enumerate(by_name.values(), 1)
        ]
        return doc


@Language.factory(
    "sitroom_actors",
    default_config={"actor_files": []},
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.actors"],
)
def make_actor_tagger(nlp: Language, name: str, actor_files: list[str]) -> ActorTagger:
    return ActorTagger(nlp, name, actor_files)
