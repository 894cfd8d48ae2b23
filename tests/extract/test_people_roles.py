"""People: whole roles (ambassadors, portfolios, styles after a comma) and names that do not
swallow the end of a role."""

from __future__ import annotations

import pytest

from app.extract.countries import Gazetteer
from app.extract.people import find

GAZ = Gazetteer.load()


def _find(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.name, p.role, p.country)
        for p in find(sentence, 0, len(sentence), GAZ.mentions(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tokayev received the credentials of Spain's Ambassador-designate Carlos Ruiz González.",
            [("Carlos Ruiz González", "Spain's Ambassador-designate", "ESP")],
        ),
        (
            "Indonesian Ambassador Arrmanatha Nasir and Tuvalu's Ambassador Tapugao Falefou signed it.",
            [
                ("Arrmanatha Nasir", "Indonesian Ambassador", "IDN"),
                ("Tapugao Falefou", "Tuvalu's Ambassador", "TUV"),
            ],
        ),
        (
            "Abiy Ahmed received Ambassador Extraordinary and Plenipotentiary of the Republic of "
            "Korea to Ethiopia Kang Seok-hee.",
            [
                (
                    "Kang Seok-hee",
                    "Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Ethiopia",
                    "KOR",
                ),
            ],
        ),
        (
            "Permanent Representative of Azerbaijan to the UN Yashar Aliyev signed it.",
            [("Yashar Aliyev", "Permanent Representative of Azerbaijan to the UN", "AZE")],
        ),
        (
            "Thai Minister of Agriculture and Cooperatives Thamanat Prompow spoke.",
            [("Thamanat Prompow", "Thai Minister of Agriculture and Cooperatives", "THA")],
        ),
        (
            "A call came from Minister of Foreign Affairs and Human Mobility of the Republic of "
            "Ecuador Gabriela Sommerfeld.",
            [
                (
                    "Gabriela Sommerfeld",
                    "Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador",
                    "ECU",
                )
            ],
        ),
        (
            "Bhutanese Minister for Industry, Commerce and Employment Namgyal Dorji signed.",
            [("Namgyal Dorji", "Bhutanese Minister for Industry, Commerce and Employment", "BTN")],
        ),
        (
            "He was joined by Foreign Minister Mohamad Hasan, Investment, Trade and Industry "
            "Minister Tengku Datuk Seri Zafrul Abdul Aziz and others.",
            [
                ("Mohamad Hasan", "Foreign Minister", None),
                ("Zafrul Abdul Aziz", "Investment, Trade and Industry Minister", None),
            ],
        ),
        (
            "Commerce and Industry Minister Piyush Goyal met Law and Human Rights Minister "
            "Yasonna Laoly.",
            [
                ("Piyush Goyal", "Commerce and Industry Minister", None),
                ("Yasonna Laoly", "Law and Human Rights Minister", None),
            ],
        ),
        (
            "She called on Prime Minister, the Most Hon. Andrew Holness, at Jamaica House.",
            [("Andrew Holness", "Prime Minister", None)],
        ),
        (
            "Burkina Faso's Captain Ibrahim Traore and Niger's General Abdourahamane Tiani signed.",
            [
                ("Ibrahim Traore", "Burkina Faso's Captain", "BFA"),
                ("Abdourahamane Tiani", "Niger's General", "NER"),
            ],
        ),
        (
            "It was signed by the Permanent Representative of Maldives to the United Nations, "
            "Ambassador Thilmeeza Hussain, and the Permanent Representative of Saint Vincent and "
            "the Grenadines to the United Nations, Ambassador Inga Rhonda King.",
            [
                (
                    "Thilmeeza Hussain",
                    "Permanent Representative of Maldives to the United Nations",
                    "MDV",
                ),
                (
                    "Inga Rhonda King",
                    "Permanent Representative of Saint Vincent and the Grenadines to the United Nations",
                    "VCT",
                ),
            ],
        ),
        (
            "He met the foreign ministers of Singapore, Vivian Balakrishnan, and Norway, Espen "
            "Barth Eide, in Riyadh.",
            [
                ("Vivian Balakrishnan", "foreign ministers of Singapore", "SGP"),
                ("Espen Barth Eide", "foreign ministers of Singapore", "NOR"),
            ],
        ),
        (
            "He had an audience with the Yang di-Pertuan Agong Al-Sultan Abdullah Ri'ayatuddin "
            "Al-Mustafa Billah Shah at Istana Negara.",
            [("Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", "Yang di-Pertuan Agong", "MYS")],
        ),
        (
            "The Amir received the newly-appointed Ambassador of Algeria Mohammad Al-Amin Darradji.",
            [("Mohammad Al-Amin Darradji", "newly-appointed Ambassador of Algeria", "DZA")],
        ),
        (
            "It was signed by Peruvian Foreign Minister Oscar Maúrtua and the Brazilian "
            "Ambassador to Peru, Rodrigo de Azeredo Santos.",
            [
                ("Oscar Maúrtua", "Peruvian Foreign Minister", "PER"),
                ("Rodrigo de Azeredo Santos", "Brazilian Ambassador to Peru", "BRA"),
            ],
        ),
        (
            "Iraqi Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein met "
            "Jordanian Foreign Minister Ayman Safadi.",
            [
                (
                    "Fuad Hussein",
                    "Iraqi Deputy Prime Minister and Minister of Foreign Affairs",
                    "IRQ",
                ),
                ("Ayman Safadi", "Jordanian Foreign Minister", "JOR"),
            ],
        ),
        (
            "Party General Secretary and President Nguyen Phu Trong received Lao President "
            "Thongloun Sisoulith.",
            [("Nguyen Phu Trong", "Party General Secretary and President", None)],
        ),
        (
            "Kenyan President and Ugandan Foreign Minister Jeje Odongo met.",
            [("Jeje Odongo", "Ugandan Foreign Minister", "UGA")],
        ),
        (
            "Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman in Makkah.",
            [("Mohammed bin Salman", "Crown Prince", None)],
        ),
        (
            "On Saturday, the President will call on King Norodom Sihamoni at the Royal Palace.",
            [("Norodom Sihamoni", "King", None)],
        ),
        (
            "The Head of State conveyed his greetings to President of Mongolia Ukhnaagiin "
            "Khurelsukh.",
            [("Ukhnaagiin Khurelsukh", "President of Mongolia", "MNG")],
        ),
        (
            "H.H. Sheikh Mansour bin Zayed Al Nahyan, Vice President, Deputy Prime Minister and "
            "Chairman of the Presidential Court, and H.E. William Ruto met.",
            [
                (
                    "Mansour bin Zayed Al Nahyan",
                    "Vice President, Deputy Prime Minister and Chairman of the Presidential Court",
                    None,
                )
            ],
        ),
        (
            "He met Ahn Duk-geun, Minister of Trade, Industry and Energy of the Republic of "
            "Korea, on Monday.",
            [
                (
                    "Ahn Duk-geun",
                    "Minister of Trade, Industry and Energy of the Republic of Korea",
                    "KOR",
                )
            ],
        ),
        (
            "He met Ouch Borith, Secretary of State for Cambodia’s Foreign Ministry, in Baku.",
            [("Ouch Borith", "Secretary of State for Cambodia’s Foreign Ministry", "KHM")],
        ),
    ],
)
def test_roles(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = _find(sentence)
    names = [g[0] for g in got]
    for name, role, country in expected:
        assert name in names, (name, got)
        if role is not None:
            assert (name, role, country) in got, got


def test_sender_is_still_a_sender() -> None:
    """ "a special envoy of Chadian President X": the president sent him."""
    sentence = "Biya received a special envoy of Chadian President Mahamat Idriss Deby."
    people = find(sentence, 0, len(sentence), GAZ.mentions(sentence))
    assert [p.sender for p in people if p.name == "Mahamat Idriss Deby"] == [True]


def test_representative_is_not_a_sender() -> None:
    sentence = "Permanent Representative of Indonesia to the UN Arrmanatha Nasir signed."
    people = find(sentence, 0, len(sentence), GAZ.mentions(sentence))
    assert [p.sender for p in people] == [False]


def test_ordinary_words_still_begin_names() -> None:
    """The new stop words are portfolios, not name words: "Gilberto Teodoro" and "Luis Lacalle
    Pou" are still read whole."""
    assert _find("Defense Secretary Gilberto Teodoro met President Luis Lacalle Pou.") == [
        ("Gilberto Teodoro", "Defense Secretary", None),
        ("Luis Lacalle Pou", "President", None),
    ]
