"""The party a charge or a warning is about, when the verb names it only inside its that-clause.

"X warned that Y would face consequences", "X charged that Y rigged the vote",
"X complained that Y's coverage was biased": the verb has no object, and what it
accuses or threatens is the subject of the clause it reports (the subject's
owner when the subject is a possessed noun, "Y's judgement"). Wire copy puts the
accused there more often than in an object, and event coders code that subject
as the recipient. Only for accusations and threats: a request's clause ("urged
that talks resume") has its own role rows, and a report ("said that Y …") is no
event at all. The clause's subject must name an actor other than the accuser, so
"warned that it would retaliate" (the warner itself) and "warned that the economy
would shrink" (no actor) give no recipient.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# types whose verbs report what they accuse or threaten in a clause
ALLEGING = frozenset({"ACCUSE", "THREATEN"})
_CLAUSE_SUBJ = ("nsubj", "nsubjpass", "csubj")


def clause_subjects(token: Token) -> list[Token]:
    """Subjects of the that-clauses the verb takes (active or passive)."""
    return [s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in _CLAUSE_SUBJ]


def alleged_party(token: Token, kind: str, actor: str | None,
                  actor_of: Callable[[Token], str | None]) -> str | None:
    """The recipient an accusation or threat names only in its complement clause, else None."""
    if kind not in ALLEGING:
        return None
    for subj in clause_subjects(token):
        found = actor_of(subj)
        if found and found != actor:
            return found
    return None
