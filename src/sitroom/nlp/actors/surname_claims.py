"""A surname the article has already given a full name to is that person, not a namesake in the dictionary.

"Major-General Bryan Dutton … Dutton gave a veiled warning": the dictionary knows a Peter Dutton and
matches the bare surname to him, since a dictionary entry may be named by its surname. When every mention
of a dictionary person is that one word, and exactly one person named in full in this article has it as
surname, the mentions are that person's and the namesake is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.name_bounds import JOINED_PARTICLES
from sitroom.nlp.actors.surnames import SURNAME_FIRST, surname_first_words


def short_forms(draft: ActorDraft) -> set[str]:
    """Surname forms: the last word, or the first for East Asian names ("Kim Yong-hyun"); a family name
    joined to its article ("Awad Ahmed al-Bandar") is also named with it, capitalised at a sentence's
    start ("Al-Bandar said")."""
    words = draft.name.replace("-", " - ").split()
    joined = len(words) > 2 and words[-2] == "-" and words[-3].lower() in JOINED_PARTICLES
    east_asian = len(words) > 2 and "-" in words or len(words) > 1 and draft.country in SURNAME_FIRST
    surname_first = east_asian and not joined
    forms = {words[0]} if surname_first else {words[-1]}
    if len(words) in (2, 3) and words[0] in surname_first_words():
        forms.add(words[0])
    if joined:
        forms |= {f"{words[-3].lower()}-{words[-1]}", f"{words[-3].capitalize()}-{words[-1]}"}
    return {f for f in forms if len(f) > 1 and f[0].isupper()}


def reclaim_surnames(doc: Doc, drafts: list[ActorDraft]) -> None:
    """In place: a dictionary person named only by a surname that a person named in full here carries is
    that person."""
    people = [d for d in drafts if d.type == "person" and len(d.name.split()) > 1]
    for namesake in [d for d in people if d.rule == "dictionary"]:
        words = {doc.text[m.start:m.end] for m in namesake.mentions if m.rule == "dictionary"}
        if len(words) != 1 or " " in next(iter(words)):
            continue  # named in full somewhere in the article: the dictionary's person is meant
        word = next(iter(words))
        owners = [d for d in people if d is not namesake and word in short_forms(d)]
        if len(owners) != 1:
            continue
        for m in namesake.mentions:
            owners[0].add(m)
        drafts.remove(namesake)
