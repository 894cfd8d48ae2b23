"""Country gazetteer: mentions in news text, lookups of user spellings, data sanity."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pycountry
import pytest

from app.extract.countries import Gazetteer
from app.extract.countries_data import parse_country_data, read_country_data
from app.extract.countries_table import build_table, normalize
from app.extract.countries_trie import trie_pattern
from app.extract.types import CountryMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.code) for m in gaz.mentions(text)]


def codes_in(gaz: Gazetteer, text: str) -> list[str]:
    return [m.code for m in gaz.mentions(text)]


# --- single surfaces: (text, expected surface, code, kind) -----------------------------

SINGLE = [
    # names and aliases
    ("Azerbaijan", "Azerbaijan", "AZE", "name"),
    ("the Republic of Azerbaijan", "Republic of Azerbaijan", "AZE", "name"),
    ("the Kingdom of Cambodia", "Kingdom of Cambodia", "KHM", "name"),
    ("the Kingdom of Saudi Arabia", "Kingdom of Saudi Arabia", "SAU", "name"),
    ("the Sultanate of Oman", "Sultanate of Oman", "OMN", "name"),
    ("the State of Qatar", "State of Qatar", "QAT", "name"),
    ("the Kingdom of Bahrain", "Kingdom of Bahrain", "BHR", "name"),
    ("Brunei Darussalam", "Brunei Darussalam", "BRN", "name"),
    ("the UAE", "UAE", "ARE", "alias"),
    ("the United Arab Emirates", "United Arab Emirates", "ARE", "name"),
    ("the US", "US", "USA", "alias"),
    ("the U.S. side", "U.S.", "USA", "alias"),
    ("USA", "USA", "USA", "alias"),
    ("the United States", "United States", "USA", "name"),
    ("trade with America", "America", "USA", "alias"),
    ("the UK", "UK", "GBR", "alias"),
    ("Britain", "Britain", "GBR", "alias"),
    ("Great Britain", "Great Britain", "GBR", "alias"),
    ("Russia", "Russia", "RUS", "name"),
    ("the Russian Federation", "Russian Federation", "RUS", "name"),
    ("South Korea", "South Korea", "KOR", "name"),
    ("the Republic of Korea", "Republic of Korea", "KOR", "alias"),
    ("North Korea", "North Korea", "PRK", "name"),
    ("the DPRK", "DPRK", "PRK", "alias"),
    (
        "the Democratic People's Republic of Korea",
        "Democratic People's Republic of Korea",
        "PRK",
        "name",
    ),
    ("Iran", "Iran", "IRN", "name"),
    ("Syria", "Syria", "SYR", "name"),
    ("Laos", "Laos", "LAO", "name"),
    ("Lao PDR", "Lao PDR", "LAO", "alias"),
    ("Vietnam", "Vietnam", "VNM", "name"),
    ("Viet Nam", "Viet Nam", "VNM", "name"),
    ("Bolivia", "Bolivia", "BOL", "name"),
    ("Venezuela", "Venezuela", "VEN", "name"),
    ("Tanzania", "Tanzania", "TZA", "name"),
    ("Moldova", "Moldova", "MDA", "name"),
    ("the Czech Republic", "Czech Republic", "CZE", "name"),
    ("Czechia", "Czechia", "CZE", "name"),
    ("Turkey", "Turkey", "TUR", "alias"),
    ("Türkiye", "Türkiye", "TUR", "name"),
    ("Turkiye", "Turkiye", "TUR", "name"),
    ("Ivory Coast", "Ivory Coast", "CIV", "alias"),
    ("Côte d'Ivoire", "Côte d'Ivoire", "CIV", "name"),
    ("Côte d’Ivoire", "Côte d’Ivoire", "CIV", "name"),
    ("Cape Verde", "Cape Verde", "CPV", "alias"),
    ("Cabo Verde", "Cabo Verde", "CPV", "name"),
    ("Eswatini", "Eswatini", "SWZ", "name"),
    ("Swaziland", "Swaziland", "SWZ", "alias"),
    ("Myanmar", "Myanmar", "MMR", "name"),
    ("Burma", "Burma", "MMR", "alias"),
    ("DR Congo", "DR Congo", "COD", "name"),
    ("the DRC", "DRC", "COD", "alias"),
    ("the Democratic Republic of the Congo", "Democratic Republic of the Congo", "COD", "alias"),
    ("Congo-Kinshasa", "Congo-Kinshasa", "COD", "alias"),
    ("the Republic of the Congo", "Republic of the Congo", "COG", "name"),
    ("Congo-Brazzaville", "Congo-Brazzaville", "COG", "alias"),
    ("the Holy See", "Holy See", "VAT", "name"),
    ("the Vatican", "Vatican", "VAT", "alias"),
    ("Palestine", "Palestine", "PSE", "name"),
    ("the State of Palestine", "State of Palestine", "PSE", "name"),
    ("the Palestinian Authority", "Palestinian Authority", "PSE", "alias"),
    ("Kosovo", "Kosovo", "XKX", "name"),
    ("Taiwan", "Taiwan", "TWN", "name"),
    ("Timor-Leste", "Timor-Leste", "TLS", "name"),
    ("East Timor", "East Timor", "TLS", "alias"),
    ("North Macedonia", "North Macedonia", "MKD", "name"),
    ("Macedonia", "Macedonia", "MKD", "alias"),
    ("the Netherlands", "Netherlands", "NLD", "name"),
    ("Guinea-Bissau", "Guinea-Bissau", "GNB", "name"),
    ("Hong Kong", "Hong Kong", "HKG", "name"),
    # demonyms
    ("Cambodian", "Cambodian", "KHM", "demonym"),
    ("Kazakh", "Kazakh", "KAZ", "demonym"),
    ("Kazakhstani", "Kazakhstani", "KAZ", "demonym"),
    ("Azerbaijani", "Azerbaijani", "AZE", "demonym"),
    ("Filipino", "Filipino", "PHL", "demonym"),
    ("Philippine", "Philippine", "PHL", "demonym"),
    ("Ivorian", "Ivorian", "CIV", "demonym"),
    ("Dutch", "Dutch", "NLD", "demonym"),
    ("Emirati", "Emirati", "ARE", "demonym"),
    ("Saudi", "Saudi", "SAU", "demonym"),
    ("Omani", "Omani", "OMN", "demonym"),
    ("Qatari", "Qatari", "QAT", "demonym"),
    ("Bahraini", "Bahraini", "BHR", "demonym"),
    ("Kuwaiti", "Kuwaiti", "KWT", "demonym"),
    ("Malagasy", "Malagasy", "MDG", "demonym"),
    ("Burkinabe", "Burkinabe", "BFA", "demonym"),
    ("Lao", "Lao", "LAO", "demonym"),
    ("Thai", "Thai", "THA", "demonym"),
    ("Vietnamese", "Vietnamese", "VNM", "demonym"),
    ("Malaysian", "Malaysian", "MYS", "demonym"),
    ("Indonesian", "Indonesian", "IDN", "demonym"),
    ("Singaporean", "Singaporean", "SGP", "demonym"),
    ("Bruneian", "Bruneian", "BRN", "demonym"),
    ("Uzbek", "Uzbek", "UZB", "demonym"),
    ("Kyrgyz", "Kyrgyz", "KGZ", "demonym"),
    ("Tajik", "Tajik", "TJK", "demonym"),
    ("Turkmen", "Turkmen", "TKM", "demonym"),
    ("Nigerien", "Nigerien", "NER", "demonym"),
    ("Nigerian", "Nigerian", "NGA", "demonym"),
    ("Guinean", "Guinean", "GIN", "demonym"),
    ("Congolese", "Congolese", "COD", "demonym"),
    ("Chinese", "Chinese", "CHN", "demonym"),
    ("American", "American", "USA", "demonym"),
    ("British", "British", "GBR", "demonym"),
    ("Russian", "Russian", "RUS", "demonym"),
    ("Turkish", "Turkish", "TUR", "demonym"),
    ("Brazilian", "Brazilian", "BRA", "demonym"),
    ("Argentine", "Argentine", "ARG", "demonym"),
    ("Argentinian", "Argentinian", "ARG", "demonym"),
    ("Peruvian", "Peruvian", "PER", "demonym"),
    ("Chilean", "Chilean", "CHL", "demonym"),
    ("Colombian", "Colombian", "COL", "demonym"),
    ("Mexican", "Mexican", "MEX", "demonym"),
    ("Kenyan", "Kenyan", "KEN", "demonym"),
    ("Ethiopian", "Ethiopian", "ETH", "demonym"),
    ("Kosovar", "Kosovar", "XKX", "demonym"),
    ("Greek Cypriot", "Greek Cypriot", "CYP", "demonym"),
    ("Turkish Cypriot", "Turkish Cypriot", "CYP", "demonym"),
    ("North Korean", "North Korean", "PRK", "demonym"),
    ("South Sudanese", "South Sudanese", "SSD", "demonym"),
    ("Equatorial Guinean", "Equatorial Guinean", "GNQ", "demonym"),
    ("Bissau-Guinean", "Bissau-Guinean", "GNB", "demonym"),
    ("Azerbaijanis", "Azerbaijanis", "AZE", "demonym"),
    ("Kazakhs", "Kazakhs", "KAZ", "demonym"),
    ("Filipinos", "Filipinos", "PHL", "demonym"),
    ("Emiratis", "Emiratis", "ARE", "demonym"),
    ("Finns", "Finns", "FIN", "demonym"),
    ("Turks", "Turks", "TUR", "demonym"),
    ("Serbs", "Serbs", "SRB", "demonym"),
    ("Central African", "Central African", "CAF", "demonym"),
    # capitals
    ("Baku", "Baku", "AZE", "capital"),
    ("Phnom Penh", "Phnom Penh", "KHM", "capital"),
    ("Astana", "Astana", "KAZ", "capital"),
    ("Nur-Sultan", "Nur-Sultan", "KAZ", "capital"),
    ("Tashkent", "Tashkent", "UZB", "capital"),
    ("Bishkek", "Bishkek", "KGZ", "capital"),
    ("Dushanbe", "Dushanbe", "TJK", "capital"),
    ("Ashgabat", "Ashgabat", "TKM", "capital"),
    ("Moscow", "Moscow", "RUS", "capital"),
    ("Beijing", "Beijing", "CHN", "capital"),
    ("Washington", "Washington", "USA", "capital"),
    ("London", "London", "GBR", "capital"),
    ("Paris", "Paris", "FRA", "capital"),
    ("Berlin", "Berlin", "DEU", "capital"),
    ("Ankara", "Ankara", "TUR", "capital"),
    ("Tehran", "Tehran", "IRN", "capital"),
    ("Riyadh", "Riyadh", "SAU", "capital"),
    ("Abu Dhabi", "Abu Dhabi", "ARE", "capital"),
    ("Doha", "Doha", "QAT", "capital"),
    ("Manama", "Manama", "BHR", "capital"),
    ("Muscat", "Muscat", "OMN", "capital"),
    ("Kuwait City", "Kuwait City", "KWT", "capital"),
    ("Hanoi", "Hanoi", "VNM", "capital"),
    ("Vientiane", "Vientiane", "LAO", "capital"),
    ("Bangkok", "Bangkok", "THA", "capital"),
    ("Kuala Lumpur", "Kuala Lumpur", "MYS", "capital"),
    ("Jakarta", "Jakarta", "IDN", "capital"),
    ("Manila", "Manila", "PHL", "capital"),
    ("Naypyidaw", "Naypyidaw", "MMR", "capital"),
    ("Bandar Seri Begawan", "Bandar Seri Begawan", "BRN", "capital"),
    ("Nairobi", "Nairobi", "KEN", "capital"),
    ("Addis Ababa", "Addis Ababa", "ETH", "capital"),
    ("Abuja", "Abuja", "NGA", "capital"),
    ("Pretoria", "Pretoria", "ZAF", "capital"),
    ("Cairo", "Cairo", "EGY", "capital"),
    ("Lima", "Lima", "PER", "capital"),
    ("Brasilia", "Brasilia", "BRA", "capital"),
    ("Brasília", "Brasília", "BRA", "capital"),
    ("Buenos Aires", "Buenos Aires", "ARG", "capital"),
    ("Santiago", "Santiago", "CHL", "capital"),
    ("Bogota", "Bogota", "COL", "capital"),
    ("Bogotá", "Bogotá", "COL", "capital"),
    ("Mexico City", "Mexico City", "MEX", "capital"),
    ("N’Djamena", "N’Djamena", "TCD", "capital"),
    ("Pristina", "Pristina", "XKX", "capital"),
    # institutions
    ("the Milli Majlis", "Milli Majlis", "AZE", "institution"),
    ("the Mazhilis", "Mazhilis", "KAZ", "institution"),
    ("the Majilis", "Majilis", "KAZ", "institution"),
    ("the Oliy Majlis", "Oliy Majlis", "UZB", "institution"),
    ("the Jogorku Kenesh", "Jogorku Kenesh", "KGZ", "institution"),
    ("the Majlisi Oli", "Majlisi Oli", "TJK", "institution"),
    ("the Mejlis", "Mejlis", "TKM", "institution"),
    ("the State Duma", "State Duma", "RUS", "institution"),
    ("the Federation Council", "Federation Council", "RUS", "institution"),
    ("the Knesset", "Knesset", "ISR", "institution"),
    ("the Bundestag", "Bundestag", "DEU", "institution"),
    ("the Sejm", "Sejm", "POL", "institution"),
    ("the Verkhovna Rada", "Verkhovna Rada", "UKR", "institution"),
    ("the Lok Sabha", "Lok Sabha", "IND", "institution"),
    ("the Riksdag", "Riksdag", "SWE", "institution"),
    ("the Storting", "Storting", "NOR", "institution"),
    ("the Folketing", "Folketing", "DNK", "institution"),
    ("the Eduskunta", "Eduskunta", "FIN", "institution"),
    ("the Althing", "Althing", "ISL", "institution"),
    ("the Alþingi", "Alþingi", "ISL", "institution"),
    ("the Dáil", "Dáil", "IRL", "institution"),
    ("the Oireachtas", "Oireachtas", "IRL", "institution"),
    (
        "the Grand National Assembly of Turkey",
        "Grand National Assembly of Turkey",
        "TUR",
        "institution",
    ),
    ("the TBMM", "TBMM", "TUR", "institution"),
    ("the Dewan Rakyat", "Dewan Rakyat", "MYS", "institution"),
    ("the DPR", "DPR", "IDN", "institution"),
    ("the Cortes Generales", "Cortes Generales", "ESP", "institution"),
    ("the Saeima", "Saeima", "LVA", "institution"),
    ("the Seimas", "Seimas", "LTU", "institution"),
    ("the Riigikogu", "Riigikogu", "EST", "institution"),
    ("the Sabor", "Sabor", "HRV", "institution"),
    ("the Majlis-e-Shoora", "Majlis-e-Shoora", "PAK", "institution"),
    ("the Wolesi Jirga", "Wolesi Jirga", "AFG", "institution"),
    ("the National People's Congress", "National People's Congress", "CHN", "institution"),
    ("the Kremlin", "Kremlin", "RUS", "institution"),
    ("the White House", "White House", "USA", "institution"),
    ("the Élysée", "Élysée", "FRA", "institution"),
    ("the Elysee", "Elysee", "FRA", "institution"),
    ("Downing Street", "Downing Street", "GBR", "institution"),
    ("Zhongnanhai", "Zhongnanhai", "CHN", "institution"),
    ("the Quai d’Orsay", "Quai d’Orsay", "FRA", "institution"),
    ("Itamaraty", "Itamaraty", "BRA", "institution"),
    ("Wisma Putra", "Wisma Putra", "MYS", "institution"),
    ("the Blue House", "Blue House", "KOR", "institution"),
    ("Aso Rock", "Aso Rock", "NGA", "institution"),
    ("Pope Francis", "Pope", "VAT", "institution"),
    ("the Auswärtiges Amt", "Auswärtiges Amt", "DEU", "institution"),
    ("eSwatini", "eSwatini", "SWZ", "alias"),
]


@pytest.mark.parametrize(("text", "surface", "code", "kind"), SINGLE)
def test_single_mention(gaz: Gazetteer, text: str, surface: str, code: str, kind: str) -> None:
    mentions = gaz.mentions(text)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert (mention.surface, mention.code, mention.kind) == (surface, code, kind)
    assert text[mention.start : mention.end] == surface


# --- longest match, neighbours that share letters -----------------------------------------

LONGEST = [
    ("Equatorial Guinea and Guinea", [("Equatorial Guinea", "GNQ"), ("Guinea", "GIN")]),
    ("Papua New Guinea", [("Papua New Guinea", "PNG")]),
    ("Guinea-Bissau, Guinea", [("Guinea-Bissau", "GNB"), ("Guinea", "GIN")]),
    ("South Sudan and Sudan", [("South Sudan", "SSD"), ("Sudan", "SDN")]),
    ("Niger and Nigeria", [("Niger", "NER"), ("Nigeria", "NGA")]),
    ("Dominica and the Dominican Republic", [("Dominica", "DMA"), ("Dominican Republic", "DOM")]),
    (
        "the Republic of the Congo and the Democratic Republic of the Congo",
        [("Republic of the Congo", "COG"), ("Democratic Republic of the Congo", "COD")],
    ),
    ("Samoa, American Samoa", [("Samoa", "WSM"), ("American Samoa", "ASM")]),
    ("Ireland and Northern Ireland", [("Ireland", "IRL"), ("Northern Ireland", "GBR")]),
    ("People's Republic of China", [("People's Republic of China", "CHN")]),
    ("Republic of China", [("Republic of China", "TWN")]),
    ("Chinese Taipei", [("Chinese Taipei", "TWN")]),
    ("Kuwait City, Kuwait", [("Kuwait City", "KWT"), ("Kuwait", "KWT")]),
    ("DPR Korea", [("DPR Korea", "PRK")]),
    ("Port Sudan", [("Port Sudan", "SDN")]),
]


@pytest.mark.parametrize(("text", "expected"), LONGEST)
def test_longest_match(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


# --- possessives and hyphenated pairs -----------------------------------------------------

PAIRS = [
    ("Azerbaijan’s parliament", [("Azerbaijan", "AZE")]),
    ("Azerbaijan's parliament", [("Azerbaijan", "AZE")]),
    ("the Philippines’ envoy", [("Philippines", "PHL")]),
    ("the Azerbaijan-Kazakhstan Working Group", [("Azerbaijan", "AZE"), ("Kazakhstan", "KAZ")]),
    ("the Cambodian-Azerbaijani co-operation", [("Cambodian", "KHM"), ("Azerbaijani", "AZE")]),
    ("Azerbaijani-Kazakh bonds", [("Azerbaijani", "AZE"), ("Kazakh", "KAZ")]),
    ("Azerbaijan–Kazakhstan talks", [("Azerbaijan", "AZE"), ("Kazakhstan", "KAZ")]),
    ("U.S.-China trade", [("U.S.", "USA"), ("China", "CHN")]),
    ("Sino-Kazakh ties", [("Sino", "CHN"), ("Kazakh", "KAZ")]),
    ("Franco-German axis", [("Franco", "FRA"), ("German", "DEU")]),
    ("Russo-Japanese war", [("Russo", "RUS"), ("Japanese", "JPN")]),
    ("Kazakhstan's and Uzbekistan’s leaders", [("Kazakhstan", "KAZ"), ("Uzbekistan", "UZB")]),
    ("Indo-US relations", [("Indo", "IND"), ("US", "USA")]),
    ("the Indo–Bangladesh border", [("Indo", "IND"), ("Bangladesh", "BGD")]),
    ("the Indo-Pacific and Indo-China", []),
    ("Uzbek-Tajik-Kyrgyz summit", [("Uzbek", "UZB"), ("Tajik", "TJK"), ("Kyrgyz", "KGZ")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_possessives_and_hyphens(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gaz, text) == expected


# --- things that must not become a country ------------------------------------------------

NOTHING = [
    "Turkic Council",
    "the Organization of Turkic States",
    "the Arab League and Arabic media",
    "European and Asian partners",
    "the African Union",
    "Latin American states",
    "Latin America and the Caribbean",
    "the Americas",
    "the Indian Ocean",
    "the South China Sea",
    "the East China Sea",
    "New Mexico and New Jersey",
    "the Gulf of Guinea",
    "a Guinea pig",
    "the Washington Post reported",
    "the Paris Agreement on climate",
    "the OSCE Minsk Group",
    "US$5 million",
    "5 billion US dollars",
    "Francisco Franco",
    "the Korean Peninsula",
    "the Pan-American Health Organization",
    "the Inter-American Development Bank",
    "the Organization of American States",
    "Male and female delegates",
    "the Khmer Rouge",
    "Santiago de Cuba",
    "the Niger Delta",
    "Antarctica",
    "according to the Bangkok Post",
    "Vietnam News Agency",
    "azerbaijan in lower case",
    "McAzerbaijan",
    "Azerbaijaniya",
    "Latin Americans and Native Americans",
    "President Santiago Peña said",
    "Jordan Bardella of the National Rally",
    "the Indo-Pacific",
    "the Minsk agreements",
    "the Astana format talks",
    "the Sovereign Order of Malta",
    "the Central African region",
    "New England",
    "Finn and Dane",
    "the Coptic Pope Tawadros",
    "the Lake Chad Basin Commission",
    "the Gulf of Finland",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_country(gaz: Gazetteer, text: str) -> None:
    assert gaz.mentions(text) == []


def test_accepted_homonyms(gaz: Gazetteer) -> None:
    assert codes_in(gaz, "Jordan, Chad and Georgia") == ["JOR", "TCD", "GEO"]
    assert codes_in(gaz, "India and the Indian Ocean Rim") == ["IND"]
    assert codes_in(gaz, "Washington Post says Washington and Beijing met") == ["USA", "CHN"]


# --- upper-case datelines --------------------------------------------------------------

DATELINES = [
    ("HANOI, Vietnam — ", [("HANOI", "VNM"), ("Vietnam", "VNM")]),
    ("NAIROBI (Reuters) -", [("NAIROBI", "KEN")]),
    ("ASTANA, KAZAKHSTAN.", [("ASTANA", "KAZ"), ("KAZAKHSTAN", "KAZ")]),
    ("PHNOM PENH, Jan 5", [("PHNOM PENH", "KHM")]),
    ("BOGOTA —", [("BOGOTA", "COL")]),
    ("AZERBAIJANI SPEAKER MEETS KAZAKH SENATOR", [("AZERBAIJANI", "AZE"), ("KAZAKH", "KAZ")]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_upper_case(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


# --- offsets and the start/end window -------------------------------------------------


def test_offsets_in_window(gaz: Gazetteer) -> None:
    text = "Baku hosted Kazakh and Uzbek envoys. Later, Astana replied."
    whole = gaz.mentions(text)
    assert [m.code for m in whole] == ["AZE", "KAZ", "UZB", "KAZ"]
    for mention in whole:
        assert text[mention.start : mention.end] == mention.surface
    sentence_two = text.index("Later")
    tail = gaz.mentions(text, sentence_two)
    assert tail == [CountryMention("KAZ", 44, 50, "Astana", "capital")]
    middle = gaz.mentions(text, 5, sentence_two)
    assert [m.surface for m in middle] == ["Kazakh", "Uzbek"]
    assert gaz.mentions(text, 0, 0) == []


def test_names_across_line_breaks(gaz: Gazetteer) -> None:
    text = "talks with South\nKorea in Phnom  Penh; the Kingdom of\nCambodia"
    assert found(gaz, text) == [
        ("South\nKorea", "KOR"),
        ("Phnom  Penh", "KHM"),
        ("Kingdom of\nCambodia", "KHM"),
    ]
    # A paragraph break ends a name: two mentions, not Guinea-Bissau.
    assert found(gaz, "Guinea\n\nBissau") == [("Guinea", "GIN"), ("Bissau", "GNB")]


def test_window_starting_mid_word_keeps_left_boundary(gaz: Gazetteer) -> None:
    # "xOman" is one word: no mention even if the window starts at the "O".
    assert gaz.mentions("xOman", 1) == []


def test_mentions_in_seed_documents_are_ordered_and_exact(gaz: Gazetteer) -> None:

    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        text = path.read_text("utf-8")
        mentions = gaz.mentions(text)
        assert mentions, path.name
        for before, after in pairwise(mentions):
            assert before.end <= after.start
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.surface
            assert mention.code in gaz.codes()
        assert {"AZE"} <= {m.code for m in mentions}


def test_seed_paragraph(gaz: Gazetteer) -> None:
    text = (
        "Chair of the Milli Majlis Sahiba Gafarova had a meeting with Chairman of the "
        "National Assembly of the Kingdom of Cambodia Akka Moha Ponhea Chakri Heng Samrin "
        "in the course of her official visit to that country. Her coming to Phnom Penh was "
        "a sign of friendly ties; the Cambodian parliament’s backing was reiterated."
    )
    assert found(gaz, text) == [
        ("Milli Majlis", "AZE"),
        ("Kingdom of Cambodia", "KHM"),
        ("Phnom Penh", "KHM"),
        ("Cambodian", "KHM"),
    ]


def test_mixed_news_sentence(gaz: Gazetteer) -> None:
    text = (
        "Emirati, Saudi and Omani ministers met their Indonesian, Thai and Malaysian "
        "counterparts in Riyadh, while Brazil's and Peru's envoys flew to Bogotá."
    )
    assert codes_in(gaz, text) == [
        "ARE", "SAU", "OMN", "IDN", "THA", "MYS", "SAU", "BRA", "PER", "COL",
    ]  # fmt: skip


# --- resolve, suggest, name, codes, is_capital ----------------------------------------------

RESOLVE = [
    ("AZ", "AZE"),
    ("aze", "AZE"),
    ("Azerbaijan", "AZE"),
    ("republic of azerbaijan", "AZE"),
    ("Azerbaijani", "AZE"),
    ("BAKU", "AZE"),
    ("kh", "KHM"),
    ("Kingdom of Cambodia", "KHM"),
    ("the gambia", "GMB"),
    ("Korea, Republic of", "KOR"),
    ("u.s.", "USA"),
    ("uk", "GBR"),
    ("GB", "GBR"),
    ("turkey", "TUR"),
    ("Türkiye", "TUR"),
    ("cote d'ivoire", "CIV"),
    ("Côte d’Ivoire", "CIV"),
    ("XK", "XKX"),
    ("kosovo", "XKX"),
    ("viet nam", "VNM"),
    ("  The   Netherlands ", "NLD"),
    ("Lao PDR", "LAO"),
    ("congo", "COD"),
    ("republic of the congo", "COG"),
    ("Guinea Bissau", "GNB"),
    ("st kitts & nevis", "KNA"),
    ("in", "IND"),
    ("milli majlis", "AZE"),
    ("Filipino", "PHL"),
]


@pytest.mark.parametrize(("query", "code"), RESOLVE)
def test_resolve(gaz: Gazetteer, query: str, code: str) -> None:
    assert gaz.resolve(query) == code


@pytest.mark.parametrize("query", ["xyz", "", "   ", "Azerbajan", "European", "Arab"])
def test_resolve_unknown(gaz: Gazetteer, query: str) -> None:
    assert gaz.resolve(query) is None


def test_suggest(gaz: Gazetteer) -> None:
    assert gaz.suggest("Azerbajan")[0] == "AZE"
    assert gaz.suggest("Kazakstann")[0] == "KAZ"
    assert gaz.suggest("Cambodai")[0] == "KHM"
    assert gaz.suggest("Phillipines")[0] == "PHL"
    assert "COL" in gaz.suggest("Columbia")
    assert len(gaz.suggest("Guinee", n=2)) <= 2
    assert gaz.suggest("qqqqqqq") == []
    assert gaz.suggest("Kyrgistan", n=0) == []
    assert all(code in gaz.codes() for code in gaz.suggest("Ukraina"))


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KHM", "Cambodia"),
        ("RUS", "Russia"),
        ("XKX", "Kosovo"),
        ("TWN", "Taiwan"),
        ("VNM", "Vietnam"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("IRN", "Iran"),
        ("LAO", "Laos"),
        ("BOL", "Bolivia"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("COD", "DR Congo"),
        ("PSE", "Palestine"),
        ("ABW", "Aruba"),
        ("aze", "Azerbaijan"),
    ],
)
def test_name(gaz: Gazetteer, code: str, name: str) -> None:
    assert gaz.name(code) == name


def test_name_unknown_raises(gaz: Gazetteer) -> None:
    with pytest.raises(KeyError):
        gaz.name("QQQ")


def test_codes(gaz: Gazetteer) -> None:
    codes = gaz.codes()
    assert isinstance(codes, frozenset)
    assert {"AZE", "KHM", "KAZ", "XKX", "PSE", "VAT", "TWN"} <= codes
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert all(len(code) == 3 and code.isupper() for code in codes)


def test_every_mention_code_is_known(gaz: Gazetteer) -> None:
    table = build_table(read_country_data())
    entries = [e for e in table.surfaces.values() if e is not None]
    assert {e.code for e in entries} <= gaz.codes()
    assert {e.code for e in table.prefixes.values()} <= gaz.codes()


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Baku", True),
        ("baku", True),
        ("Nur-Sultan", True),
        ("HANOI", True),
        ("Brasilia", True),
        ("Kuwait City", True),
        ("Singapore", True),
        ("The Hague", True),
        ("Kazakhstan", False),
        ("Geneva", False),
        ("Azerbaijani", False),
        ("", False),
    ],
)
def test_is_capital(gaz: Gazetteer, surface: str, expected: bool) -> None:
    assert gaz.is_capital(surface) is expected


# --- data sanity ------------------------------------------------------------------------


def test_every_un_member_and_observer_has_a_row() -> None:
    data = read_country_data()
    rows = {row.code: row for row in data.rows}
    # 193 members + the Holy See and Palestine, all listed before the observers section.
    un = [row.code for row in data.rows][: [row.code for row in data.rows].index("XKX")]
    assert len(un) == len(set(un)) == 195
    no_demonym = {"COG", "DMA", "VAT"}  # their demonyms belong to a neighbour (see data file)
    no_capital = {"SYC"}  # Victoria is too ambiguous
    for code in un:
        assert (rows[code].demonyms != ()) is (code not in no_demonym), code
        assert (rows[code].capitals != ()) is (code not in no_capital), code
        assert code == "XKX" or pycountry.countries.get(alpha_3=code) is not None, code


def test_data_rows_conflict_is_an_error() -> None:
    text = "AAA | Aland | | Alandic | Capa |\nBBB | Bland | | Alandic | Capb |\n"
    with pytest.raises(ValueError, match="Alandic"):
        build_table(parse_country_data(text))


def test_bad_data_line_is_an_error() -> None:
    with pytest.raises(ValueError, match=":2:"):
        parse_country_data("# comment\nAZE | Azerbaijan | only three\n")


def test_normalize() -> None:
    assert normalize("  The  Côte d’Ivoire ") == "cote divoire"
    assert normalize("U.S.A.") == "usa"
    assert normalize("Guinea-Bissau") == "guinea bissau"
    assert normalize("Trinidad & Tobago") == "trinidad and tobago"


def test_trie_pattern_prefers_longest() -> None:
    import re

    pattern = re.compile(rf"(?:{trie_pattern(['Niger', 'Nigeria', 'Nigerian', 'A.B.'])})(?!\w)")
    assert [m.group() for m in pattern.finditer("Niger Nigerian Nigeria Nigerians A.B.")] == [
        "Niger",
        "Nigerian",
        "Nigeria",
        "A.B.",
    ]
    assert trie_pattern([]) == "(?!)"


# --- a long document ------------------------------------------------------------------
# (Speed is measured by `python -m bench.extract_speed`, never asserted here.)


def test_a_long_document_is_scanned_whole(gaz: Gazetteer) -> None:
    paragraph = (
        "Chair of the Milli Majlis Sahiba Gafarova met the Speaker of the Kazakh Mazhilis "
        "in Astana on 14 June; the sides discussed trade with Uzbekistan, Türkiye and the "
        "UAE, and praised the Azerbaijani-Kazakh friendship groups for their work in 2021. "
    )
    document = paragraph * 20
    once = [(m.code, m.surface) for m in gaz.mentions(paragraph)]
    found = gaz.mentions(document)
    assert [(m.code, m.surface) for m in found] == once * 20
    assert all(document[m.start : m.end] == m.surface for m in found)
