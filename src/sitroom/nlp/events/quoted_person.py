"""The first person inside a quotation is the one quoted.

"\"We call on all parties to let aid workers do their jobs,\" said X": the pronoun is no
one the actor layer can resolve from the text around it, and the reporting-clause fallback
for pronouns would climb to the wrong clause; the quote layer has already paired the quote
with its speaker, who is the actor (a spokesperson speaking for a body stays that person,
as the gold codes the one quoted).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})


def quoted_speaker(doc: Doc, token: Token) -> str | None:
    """"We call on all parties …," said X: a first-person pronoun inside a quotation is its speaker."""
    if token.lower_ not in _FIRST_PERSON:
        return None
    ids = {a.id for a in doc._.actors or []}
    for quote in doc._.quotes or []:
        if quote.start <= token.idx < quote.end and quote.speaker in ids:
            return str(quote.speaker)
    return None
