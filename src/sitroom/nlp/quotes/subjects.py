"""Subjects the parse did not give a speech verb: an inverted "said X", a name set before a verb the
parser took for a noun, the sentence's first subject.

Each is a fallback of ``speakers.speaker_of_cue``, tried in that order when the verb has no subject
of its own (nor one inherited from the verb above it).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence


def inverted_subject(cue: Token, stop: int) -> Token | None:
    """"…," said Tulsa police Chief Chuck Jordan: the last name of the noun phrase after the verb.

    Used when the parse gave the verb no subject; titles and places before the name
    ("Tulsa police Chief") belong to the phrase, the speaker is its last proper noun.
    """
    found: Token | None = None
    for tok in cue.doc[cue.i + 1:]:
        if tok.idx >= stop or tok.is_punct:
            break
        if tok.pos_ == "PRON" and found is None:
            return tok
        if tok.pos_ == "PROPN":
            found = tok
        elif tok.pos_ == "NOUN" or (tok.is_stop and found is None):
            continue
        else:
            break
    return found


def name_before(cue: Token) -> Token | None:
    """'"…," Trump barked': a name or pronoun alone between the quote's close (or a comma) and the
    verb is its subject, though the parser, taking the rare verb for a noun, made it a compound."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and cue.i - i <= 4:
        i -= 1
    names = doc[i + 1:cue.i]
    if not len(names) and i >= 0 and doc[i].pos_ == "PRON" and doc[i].dep_ not in ("nsubj", "nsubjpass"):
        names, i = doc[i:cue.i], i - 1
    if not len(names) or i < 0 or not (doc[i].is_quote or doc[i].text == ","):
        return None
    return names[-1]


def first_subject(cue: Token) -> Token | None:
    """"X, in comments issued after Y did Z, said …": the parser hangs X under the inner clause.

    When the speech verb heads its sentence but has no subject, the sentence's first
    subject before the verb is the best guess for who speaks.
    """
    if cue.dep_ != "ROOT":
        return None
    for tok in sentence(cue):
        if tok.i >= cue.i:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
    return None
