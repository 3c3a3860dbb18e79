"""Where a personal name written beside a title begins and ends.

Names run over capitalised words, hyphens joined to both neighbours ("Lee Teng-hui") and the particles
of Arabic and European names ("Awad Ahmed al-Bandar", "Ludwig van Beethoven"); a date, a possessive or
a title-case stop word ends them ("... Envoy To Urge It" is a headline, not a name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

NAME_PARTICLES = frozenset({"al", "bin", "ibn", "abu", "von", "der", "van", "de", "da", "le", "el"})
# Arabic articles and kin words joined to a family name by a hyphen ("al-Bandar", "bin-Laden")
JOINED_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "ould"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "NORP"})


def _token_end(doc: Doc, i: int, j: int) -> int | None:
    """Where a name running from ``i`` goes on after token ``j``, or None when ``j`` is not part of it."""
    t = doc[j]
    if t.ent_type_ in NOT_NAMES or t.lower_ in POSSESSIVE or t.is_stop and t.ent_type_ != "PERSON":
        return None  # "... Envoy To Urge It": a headline in title case, not a name
    if t.text[:1].isupper() and t.is_alpha or (t.is_title and "." in t.text):
        return j + 1
    if t.text in ("-", "‐") and j > i and not doc[j - 1].whitespace_ and not t.whitespace_ \
            and j + 1 < len(doc) and doc[j + 1].text[:1].isalpha():
        return j + 2  # "Lee Teng-hui": the part after the hyphen may be lowercase
    if t.lower_ in NAME_PARTICLES and j + 1 < len(doc) and (doc[j + 1].text[:1].isupper() or doc[j + 1].text == "-"):
        return j + 1
    return None


def name_end(doc: Doc, i: int, role_words: frozenset[str]) -> int:
    """End of a personal name starting at token ``i`` (``i`` if there is none)."""
    j = i
    while j < len(doc):
        nxt = _token_end(doc, i, j)
        if nxt is None:
            break
        j = nxt
    if j > i and not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in doc[i:j]):
        return i
    if j > i and doc[i].ent_type_ != "PERSON" and doc[i].lower_ in role_words:
        return i  # "Justice Ministry" is a body, not a judge named Ministry
    return j


def name_word_before(doc: Doc, k: int) -> bool:
    """Token ``k`` belongs to a name read leftwards from its end: a capitalised word, a hyphen joined to
    both neighbours, or a particle before one ("Awad Ahmed *al*-Bandar", "Ludwig *van* Beethoven")."""
    t = doc[k]
    if t.text[:1].isupper() and t.is_alpha or t.text == "-" and not t.whitespace_:
        return True
    return t.lower_ in NAME_PARTICLES and (doc[k + 1].text == "-" or doc[k + 1].text[:1].isupper())


def personal_name(name: Span, role_words: frozenset[str]) -> bool:
    """Whether a name the tagger did not call a person's, set before a person's title in apposition, is one
    all the same: two to four capitalised words it took for an organisation or left untagged ("Makoto Fukuda,
    head of the finance ministry's insurance department"), none of them a date, a place or a role word
    ("Justice Ministry")."""
    words = [t for t in name if t.is_alpha]
    return (2 <= len(words) <= 4 and not name[0].is_stop  # "But Maqbool Dar", "For Jim Kim": the sentence's
            and all(t.is_title or t.text == "-" or t.lower_ in NAME_PARTICLES for t in name)  # first word
            and not any(t.ent_type_ in NOT_NAMES or t.lower_ in role_words for t in name))
