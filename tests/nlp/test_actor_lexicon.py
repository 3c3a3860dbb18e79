"""The actor dictionary: data integrity and coding a person by date (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.actors.lexicon import ROLE_CODES, code_person, load_actor_lexicon


def test_every_period_is_well_formed() -> None:
    lex = load_actor_lexicon()
    states_and_igos = set(lex.countries) | set(lex.igos)
    for person in lex.people.values():
        assert person.periods, person.name
        for p in person.periods:
            assert p.country in states_and_igos, (person.name, p.country)
            assert p.role is None or p.role in ROLE_CODES, (person.name, p.role)
            assert p.start is None or p.end is None or p.start < p.end, person.name


def test_orgs_and_role_words_use_known_codes() -> None:
    lex = load_actor_lexicon()
    known = set(lex.countries) | set(lex.igos)
    for org in lex.orgs.values():
        assert org.country is None or org.country in known, org.name
        assert org.role in ROLE_CODES, org.name
    assert {n.role for n in lex.nouns.values()} <= ROLE_CODES
    assert {t.role for t in lex.titles.values()} <= ROLE_CODES


def test_required_countries_have_people() -> None:
    lex = load_actor_lexicon()
    required = {
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "KOR",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "TUR",
        "GBR",
        "USA",
        "EU",
        "UKR",
        "PRK",
        "IRN",
        "ISR",
        "PSE",
    }
    covered = {p.country for person in lex.people.values() for p in person.periods}
    assert required <= covered


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Mark Rutte", date(2023, 5, 1), "NLDGOV"),  # Dutch prime minister
        ("Mark Rutte", date(2024, 10, 21), "NATO"),  # NATO secretary general
        ("Mark Rutte", date(2024, 8, 1), "NLD"),  # between offices: country only
        ("Hakan Fidan", date(2022, 1, 1), "TURSPY"),  # intelligence chief ...
        ("Hakan Fidan", date(2024, 1, 1), "TURGOV"),  # ... then foreign minister
        ("Yoon Suk Yeol", date(2020, 6, 1), "KORJUD"),  # prosecutor general
        ("Yoon Suk Yeol", date(2023, 6, 1), "KORGOV"),  # president
        ("Yoon Suk Yeol", date(2025, 6, 1), "KOR"),  # removed from office
        ("Benjamin Netanyahu", date(2022, 1, 1), "ISROPP"),  # opposition leader
        ("Netanyahu", date(2024, 1, 1), "ISRGOV"),  # alias, back in office
        ("Valerii Zaluzhnyi", date(2023, 1, 1), "UKRMIL"),
        ("Valerii Zaluzhnyi", date(2025, 1, 1), "UKRGOV"),  # ambassador
        ("Ahmed al-Sharaa", date(2024, 1, 1), "SYRREB"),
        ("Ahmed al-Sharaa", date(2025, 3, 1), "SYRGOV"),
        ("Lloyd Austin", date(2024, 10, 21), "USAGOV"),
        ("Lloyd Austin", date(2025, 3, 1), "USA"),
        ("vladimir-putin", date(2024, 10, 21), "RUSGOV"),  # by id
        ("Nobody Atall", date(2024, 10, 21), None),
    ],
)
def test_code_person_by_date(name: str, on: date, code: str | None) -> None:
    assert code_person(name, on) == code


def test_holder_of_unique_titles() -> None:
    lex = load_actor_lexicon()
    on = date(2024, 10, 21)
    held = {
        (c, t): (lex.holder(c, t, on).name if lex.holder(c, t, on) else None)
        for c, t in [
            ("RUS", "president"),
            ("UKR", "foreign minister"),
            ("KOR", "defence minister"),
            ("JPN", "prime minister"),
            ("RUS", "official"),
        ]
    }
    assert held == {
        ("RUS", "president"): "Vladimir Putin",
        ("UKR", "foreign minister"): "Andrii Sybiha",
        ("KOR", "defence minister"): "Kim Yong-hyun",
        ("JPN", "prime minister"): "Shigeru Ishiba",
        ("RUS", "official"): None,
    }


def test_user_file_extends_the_dictionary(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Jane Example\n"
        "    aliases: [Example]\n"
        "    periods: [{country: SDN, role: REB, title: rebel leader, start: 2023-01-01, end: null}]\n",
        encoding="utf-8",
    )
    assert code_person("Jane Example", date(2024, 1, 1), (str(extra),)) == "SDNREB"
    assert code_person("Jane Example", date(2024, 1, 1)) is None
