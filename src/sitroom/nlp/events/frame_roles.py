"""The ``subjrole:`` frame condition: what kind of actor the trigger's subject is.

Movement verbs change sense with their subject: "rebels *entered* the town" is an assault, "the
delegation *entered* the hall" is nothing; "the president *fled* the capital" is a retreat, "residents
fled" is flight, not an act of a party. The word of the subject cannot say it when the subject is a
name or a pronoun ("the MNDAA took Laukkai", "they have entered Damascus"), but the actor layer has
already coded it, with the role of the Phoenix agent dictionary (MIL, REB, INS, GOV ...). The
condition holds when the first subject resolves to an actor whose role holds one of the listed codes.
"""

from __future__ import annotations

from spacy.tokens import Token


def _roles(role: str | None) -> set[str]:
    """'GOVMIL' → {'GOV', 'MIL'}: the dictionary joins three-letter codes."""
    text = role or ""
    return {text[i:i + 3] for i in range(0, len(text), 3)}


def subject_role(words: frozenset[str], token: Token) -> bool:
    """``subjrole:MIL|REB``: the trigger's subject is an actor with one of these role codes."""
    from sitroom.nlp.events.roles import actor_of
    from sitroom.nlp.events.subjects import subjects

    if any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    subj = subjects(token)[:1]
    if not subj:
        return False
    doc = token.doc
    actor_id = actor_of(doc, subj[0])
    if actor_id is None:
        return False
    actor = next((a for a in doc._.actors or [] if a.id == actor_id), None)
    return actor is not None and bool(_roles(actor.role) & {w.upper() for w in words})
