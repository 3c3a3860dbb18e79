"""Nouns whose possessor is the party the act befalls: "Lumumba's murder", "his arrest", "her release".

English marks the patient of many act nouns with the possessive (NomBank's ARG1 of murder, arrest,
detention …): "Lumumba's murder" was done to Lumumba, by someone the phrase does not name. With an
"of" phrase the patient is there and the possessor is the doer again ("Israel's killing of two
militants"). Nouns whose possessor usually does the act ("Israel's attack", "the army's offensive")
are not in the word set ``patient_nouns``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import lemma_of, wordsets


def possessor_undergoes(noun: Token) -> bool:
    """Whether the noun's possessive names the party the act befalls rather than its doer."""
    if lemma_of(noun) not in wordsets().get("patient_nouns", frozenset()):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
