"""Where the syntax puts a pronoun's antecedent, or rules one out.

Object control: in "X summoned Russia's envoy to demand that it stop", "it" is in the object. Binding: a
pronoun object that is not reflexive never points to the subject of its own clause ("Kovac welcomed
*him*": someone else; "himself" would be Kovac).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.actors.speaker_coref import SUBJECT_DEPS


def object_antecedent(tok: Token, found: list[tuple[Mention, ActorDraft]]) -> ActorDraft | None:
    """A pronoun in a clause under a verb with a direct object refers to a candidate inside that
    object rather than to the verb's subject.
    """
    for verb in tok.ancestors:
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "iobj") or obj.i > tok.i:
                continue
            if obj.left_edge.i <= tok.i <= obj.right_edge.i:
                continue
            start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
            inside = [(m, d) for m, d in found if start <= m.start and m.end <= end]
            if inside:
                return max(inside, key=lambda x: x[0].end - x[0].start)[1]
    return None


_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


def not_own_subject(tok: Token, found: list[tuple[Mention, ActorDraft]]) -> list[tuple[Mention, ActorDraft]]:
    """"Kovac welcomed *him*": an object pronoun that is not reflexive never points to the subject of its own
    clause ("himself" would), so the candidates drop that subject's phrase."""
    if tok.dep_ not in _OBJECT_DEPS or tok.lower_.endswith(("self", "selves")):
        return found
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in subj]
    return [(m, d) for m, d in found if not any(a <= m.start and m.end <= b for a, b in spans)]
