"""A surname after a title: "President Clinton" is the one Clinton holding such an office that day.

Dictionary people are matched by full names only, because a surname alone is ambiguous
("Kim", "Khan", "Clinton" before 1993 and after 2009). After a title the ambiguity is small:
the title gives the role and often the country, and the article's date picks the office
holders. The surname is taken only when exactly one person fits all three.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache

from sitroom.nlp.actors.lexicon import ActorLexicon, Person, load_actor_lexicon

# Countries whose press names a person by the first word of the name: the family name, which comes first
# ("Jiang Zemin" is "Jiang", "Kim Dae-jung" "Kim", "Lim Kit Siang" "Lim"), or, in Malay and Thai usage, the
# given name ("Mahathir Mohamad" is "Mahathir", "Thaksin Shinawatra" "Thaksin"). Vietnamese names put the
# family name first too, but a Vietnamese is named by the last word ("Vo Van Kiet" is "Kiet"), and so is a
# Singaporean with an English given name ("George Yeo" is "Yeo").
SURNAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC", "MYS", "THA"})


@cache
def surname_first_words() -> frozenset[str]:
    """Words that open the names of more of the dictionary's people from the first-word countries than of the
    others ("Zhang", "Kim", "Thaksin"; not "Joseph"): a name that starts with one is named by it even when the
    article has not yet said whose national the person is ("Zhang Jian, deputy director of …" is "Zhang")."""
    east, other = Counter[str](), Counter[str]()
    for person in load_actor_lexicon().people.values():
        words = person.name.split()
        if len(words) > 1:
            (east if {p.country for p in person.periods} & SURNAME_FIRST else other)[words[0]] += 1
    return frozenset(w for w, n in east.items() if n > other[w])


def _surname(person: Person) -> str:
    words = person.name.split()
    countries = {p.country for p in person.periods}
    return (words[0] if countries & SURNAME_FIRST else words[-1]).lower()


def _index(lex: ActorLexicon) -> dict[str, list[Person]]:
    if lex.surnames is None:
        lex.surnames = {}
        for person in lex.people.values():
            if len(person.name.split()) > 1:
                lex.surnames.setdefault(_surname(person), []).append(person)
    return lex.surnames


def titled_surname(lex: ActorLexicon, word: str, on: date | None, role: str | None,
                   countries: list[str | None]) -> Person | None:
    """The one person with this surname holding an office of this role (and country) on the date."""
    if on is None or " " in word or not word[:1].isupper():
        return None
    wanted = {c for c in countries if c}
    found = [p for p in _index(lex).get(word.lower(), [])
             if (period := p.period_on(on)) is not None and (period.role == role or period.country in lex.igos)
             and (not wanted or period.country in wanted)]
    return found[0] if len(found) == 1 else None
