"""The country a wire dateline places the story in, for groups that belong to where it happens.

"MAR DEL PLATA, Argentina, Nov. 4 (Xinhua) -- Demonstrations against US President George W.
Bush turned violent … protesters threw rocks at the police": the story names the United States
more often than Argentina, so the article's dominant country is the wrong one for the police
and the protesters. Police, civilians and protesters are people of the place where the report
was filed; the dateline says where that is ("LUSAKA", "YALA, Thailand"). A country is taken
only when the dateline names one (a capital, a country, or a town the gazetteer puts in one
country) and the article's text names that country too, so a story filed in Washington about
Iraq keeps its inference from the body.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.ingest.dateline import parse_dateline
from sitroom.nlp.actors.lexicon import ActorLexicon
from sitroom.nlp.actors.ner import town_countries


def _place_country(part: str, lex: ActorLexicon) -> str | None:
    """The country of one comma-separated part of a dateline's place ("HEBRON", "West Bank")."""
    pattern, by_phrase = lex.country_phrases()
    for form in (part, part.title()):
        m = pattern.fullmatch(form)
        if m is not None:
            return by_phrase[m.group(0)]
    found = town_countries(part.title())
    return found.pop() if len(found) == 1 else None


def dateline_country(dateline: str | None, lex: ActorLexicon) -> str | None:
    """The country of a dateline's place: the last part that names one ("YALA, Thailand" -> THA)."""
    if not dateline:
        return None
    parsed = parse_dateline(dateline, lead=False)
    place = parsed.place if parsed is not None else dateline.split(",")[0]
    if not place:
        return None
    for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
        country = _place_country(part, lex)
        if country is not None:
            return country
    return None


def doc_dateline_country(doc: Doc, lex: ActorLexicon) -> str | None:
    """The dateline country of a parsed article (its metadata), if any."""
    meta = (doc._.meta or {}) if Doc.has_extension("meta") else {}
    return dateline_country(str(meta.get("dateline") or "") or None, lex)
