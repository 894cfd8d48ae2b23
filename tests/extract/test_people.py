"""People: names with roles and countries; honorifics left out of names."""

from __future__ import annotations

import pytest

from app.extract.countries import Gazetteer
from app.extract.people import find

GAZ = Gazetteer.load()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Azerbaijani Deputy Foreign Minister Elnur Mammadov and his Cambodian counterpart Chem Widhya met.",
            [("Elnur Mammadov", "Azerbaijani Deputy Foreign Minister", "AZE"),
             ("Chem Widhya", "his Cambodian counterpart", "KHM")],
        ),
        (
            "He met Ouch Borith, Secretary of State for Cambodia’s Foreign Ministry, in Baku.",
            [("Ouch Borith", "Secretary of State for Cambodia’s Foreign Ministry", "KHM")],
        ),
        (
            "Chairman of the National Assembly of the Kingdom of Cambodia Akka Moha Ponhea Chakri Heng Samrin spoke.",
            [("Heng Samrin", "Chairman of the National Assembly of the Kingdom of Cambodia", "KHM")],
        ),
        (
            "Saudi Arabia's Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah called.",
            [("Faisal bin Farhan bin Abdullah", "Saudi Arabia's Minister of Foreign Affairs", "SAU")],
        ),
        (
            "President Ilham Aliyev of Azerbaijan received guests.",
            [("Ilham Aliyev", "President", "AZE")],
        ),
        (
            "The Milli Majlis deputies Etibar Aliyev, Ulviya Agayeva and Anar Mammadov took part.",
            [("Etibar Aliyev", "Milli Majlis deputies", "AZE"),
             ("Ulviya Agayeva", "Milli Majlis deputies", "AZE"),
             ("Anar Mammadov", "Milli Majlis deputies", "AZE")],
        ),
        ("Portuguese Prime Minister Luis Montenegro spoke.", [("Luis Montenegro", "Portuguese Prime Minister", "PRT")]),
        ("Philippine President Ferdinand Marcos Jr. arrived.", [("Ferdinand Marcos Jr.", "Philippine President", "PHL")]),
        ("Turkish special envoy Serdar Kilic visited.", [("Serdar Kilic", "Turkish special envoy", "TUR")]),
    ],
)  # fmt: skip
def test_people(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = find(sentence, 0, len(sentence), GAZ.mentions(sentence))
    assert [(p.name, p.role, p.country) for p in found] == expected


def test_names_without_roles_are_not_people() -> None:
    sentence = "Visitors saw Torre Tagle Palace and Fuzuli International Airport."
    assert find(sentence, 0, len(sentence), GAZ.mentions(sentence)) == []
