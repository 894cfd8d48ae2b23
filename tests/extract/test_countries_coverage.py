"""Gazetteer coverage: the surfaces news of any region uses for a state, and their traps.

Data-driven checks of `data/countries.txt`: every surface alone yields exactly one
mention of its state, spanning the whole surface; every trap yields none (or the
codes given).  `test_countries.py` holds the behaviour of the matcher itself.
"""

from __future__ import annotations

import pycountry
import pytest

from app.extract.countries import Gazetteer
from app.extract.countries_data import read_country_data


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# code -> surfaces that must each be one mention of that code
SURFACES: dict[str, tuple[str, ...]] = {
    # official and short names, and their common variants
    "TUR": ("Türkiye", "Turkiye", "Turkey", "Republic of Türkiye", "Ak Saray", "Beştepe"),
    "CZE": ("Czechia", "Czech Republic", "Czechs", "Czernin Palace"),
    "CIV": ("Côte d'Ivoire", "Cote d’Ivoire", "Ivory Coast", "Cote D'Ivoire", "Yamoussoukro"),
    "CPV": ("Cabo Verde", "Cape Verde", "Cabo Verdean", "Praia"),
    "TLS": ("Timor-Leste", "East Timor", "Timorese", "Dili"),
    "SWZ": ("Eswatini", "Swaziland", "Kingdom of Eswatini", "Swazi", "Mbabane"),
    "MMR": ("Myanmar", "Burma", "Burmese", "Naypyidaw", "Nay Pyi Taw", "Pyidaungsu Hluttaw"),
    "MKD": ("North Macedonia", "Republic of North Macedonia", "North Macedonian", "Skopje"),
    "COD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congolese"),
    "COG": ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Brazzaville"),
    "LAO": ("Laos", "Lao PDR", "Lao P.D.R.", "Lao People's Democratic Republic", "Laotian"),
    "VNM": ("Viet Nam", "Vietnam", "Socialist Republic of Viet Nam", "Ha Noi", "Hanoi"),
    "KOR": ("Republic of Korea", "South Korea", "ROK", "R.O.K.", "Cheong Wa Dae"),
    "PRK": ("DPRK", "North Korea", "Workers' Party of Korea", "Korean People's Army"),
    "KGZ": ("Kyrgyz Republic", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Jogorku Kenesh"),
    "KAZ": ("Kazakhstan", "Kazakhstani", "Astana", "Nur-Sultan", "Nur Sultan", "Mazhilis"),
    "TJK": ("Tajikistan", "Tajik", "Dushanbe", "Majlisi Oli"),
    "TKM": ("Turkmenistan", "Turkmen", "Ashgabat", "Ashkhabad", "Oguzkhan"),
    "UZB": ("Uzbekistan", "Uzbek", "Tashkent", "Oliy Majlis", "Kuksaroy", "Oqsaroy"),
    "MNG": ("Mongolia", "Ulaanbaatar", "Ulan Bator", "Great State Khural", "State Great Khural"),
    # the Gulf and the Middle East
    "ARE": ("Emirati", "UAE", "Abu Dhabi", "Qasr Al Watan", "Federal National Council"),
    "BHR": ("Bahraini", "Manama", "Sakhir Palace", "Gudaibiya Palace"),
    "KWT": ("Kuwaiti", "Kuwait City", "Bayan Palace", "Seif Palace"),
    "OMN": ("Omani", "Sultanate of Oman", "Muscat", "Majlis A'Shura", "Al Alam Palace"),
    "QAT": ("Qatari", "Doha", "Lusail Palace"),
    "SAU": ("Saudi", "KSA", "Riyadh", "Al-Yamamah Palace"),
    "YEM": ("Yemeni", "Sanaa", "Sana’a", "Aden"),
    "JOR": ("Hashemite Kingdom of Jordan", "Jordanian", "Al Husseiniya Palace", "Basman Palace"),
    "EGY": ("Egyptian", "Cairo", "Ittihadiya Palace"),
    "LBN": ("Lebanese", "Baabda Palace", "Grand Serail"),
    "PSE": ("State of Palestine", "Palestinian Authority", "Palestinian", "Ramallah", "Muqataa"),
    # South and South-East Asia
    "IND": ("Bharat", "New Delhi", "Lok Sabha", "Rajya Sabha", "Hyderabad House", "MEA"),
    "BGD": ("Bangladeshi", "Jatiya Sangsad", "Bangabhaban", "Ganabhaban"),
    "NPL": ("Nepali", "Nepalese", "Singha Durbar", "Sheetal Niwas", "Katmandu"),
    "LKA": ("Sri Lankan", "Sri Jayawardenepura Kotte", "Temple Trees"),
    "MDV": ("Maldivian", "Malé", "People's Majlis"),
    "PAK": ("Pakistani", "Majlis-e-Shoora", "Aiwan-e-Sadr"),
    "MYS": ("Putrajaya", "Wisma Putra", "Dewan Rakyat", "Perdana Putra", "Istana Negara"),
    "SGP": ("Singaporean", "Istana", "Sri Temasek"),
    "IDN": ("DPR", "MPR", "Pejambon", "Istana Merdeka", "Istana Bogor", "Kemlu"),
    "BRN": ("Brunei Darussalam", "Bruneian", "Bandar Seri Begawan", "Istana Nurul Iman"),
    "PHL": ("Filipino", "Filipina", "Philippine", "Malacañang", "DFA"),
    "THA": ("Kingdom of Thailand", "Thai", "Saranrom Palace"),
    "KHM": ("Kingdom of Cambodia", "Khmer", "Phnom Penh"),
    "CHN": ("PRC", "Zhongnanhai", "National People's Congress", "CPPCC"),
    "JPN": ("Kantei", "National Diet", "Akasaka Palace", "Gaimusho"),
    "TWN": ("Chinese Taipei", "Legislative Yuan", "Taipei"),
    # Europe
    "DEU": ("Bundestag", "Auswärtiges Amt", "Bellevue Palace", "Schloss Bellevue"),
    "FRA": ("Élysée", "Elysee", "Quai d'Orsay", "Matignon"),
    "ITA": ("Farnesina", "Palazzo Chigi", "Quirinale", "Montecitorio"),
    "ESP": ("Moncloa", "Zarzuela Palace", "Palacio de Santa Cruz"),
    "GBR": ("Downing Street", "FCDO", "Foreign, Commonwealth and Development Office", "Scotland"),
    "POL": ("Sejm", "Poles", "Belweder"),
    "LTU": ("Seimas",),
    "LVA": ("Saeima",),
    "EST": ("Riigikogu", "Stenbock House"),
    "NOR": ("Storting", "Stortinget"),
    "DNK": ("Folketing", "Christiansborg"),
    "SWE": ("Riksdag", "Rosenbad"),
    "FIN": ("Eduskunta",),
    "ISL": ("Althing", "Alþingi"),
    "IRL": ("Dáil", "Oireachtas", "Leinster House", "Iveagh House"),
    "GRC": ("Hellenic Republic", "Hellenic", "Maximos Mansion"),
    "HRV": ("Sabor", "Banski dvori"),
    "SVN": ("Državni zbor",),
    "HUN": ("Sándor Palace", "Karmelita"),
    "SVK": ("Grassalkovich Palace",),
    "PRT": ("Belém Palace", "São Bento Palace"),
    "BIH": ("Bosniak", "Republika Srpska"),
    "CYP": ("Turkish Republic of Northern Cyprus", "TRNC", "Turkish Cypriot"),
    "UKR": ("Kyiv", "Kiev", "Verkhovna Rada"),
    "RUS": ("Kremlin", "State Duma", "Federation Council"),
    "VAT": ("Holy See", "Vatican", "Apostolic Nuncio"),
    "XKX": ("Kosovo", "Kosovar", "Pristina"),
    "GEO": ("Tbilisi", "Orbeliani Palace"),
    # Africa
    "NGA": ("Abuja", "Aso Rock", "Aso Villa"),
    "NER": ("Nigerien", "Niamey"),
    "GHA": ("Ghanaian", "Jubilee House"),
    "ZAF": ("Union Buildings", "DIRCO"),
    "RWA": ("Village Urugwiro", "Urugwiro Village"),
    "CMR": ("Etoudi",),
    "BFA": ("Burkinabe", "Burkinabé", "Kosyam"),
    "TZA": ("Dodoma", "Dar es Salaam", "Dar-es-Salaam"),
    "ETH": ("Addis Ababa", "Addis Abeba"),
    "CAF": ("Central African Republic", "CAR", "Bangui"),
    "SSD": ("South Sudanese", "SPLM"),
    "GNB": ("Bissau-Guinean", "Bissau Guinean"),
    "MDG": ("Malagasy",),
    "COM": ("Comorian",),
    "ESH": ("Sahrawi", "Sahrawi Arab Democratic Republic", "SADR", "Western Sahara"),
    # the Americas
    "MCO": ("Monegasque", "Monégasque"),
    "KNA": ("Kittitian", "Saint Kitts", "St Kitts and Nevis"),
    "VCT": ("Vincentian", "SVG", "St. Vincent and the Grenadines"),
    "TTO": ("T&T", "Trinidadian"),
    "SLV": ("Salvadoran",),
    "GTM": ("Guatemalan", "Guatemala City"),
    "BLZ": ("Belize City",),
    "CAN": ("Rideau Hall", "Parliament Hill"),
    "USA": ("Oval Office", "State Department", "White House"),
    "BRA": ("Itamaraty", "Planalto", "Alvorada Palace"),
    "ARG": ("Casa Rosada", "San Martín Palace", "Quinta de Olivos"),
    "COL": ("Casa de Nariño", "San Carlos Palace"),
    "URY": ("Torre Ejecutiva",),
    "PRY": ("Palacio de López",),
    "PAN": ("Palacio de las Garzas",),
    "CUB": ("Palace of the Revolution",),
    "BOL": ("Palacio Quemado", "Casa Grande del Pueblo"),
    # the Pacific
    "AUS": ("DFAT",),
    "NZL": ("MFAT", "Beehive", "Aotearoa"),
    "MHL": ("RMI", "Marshallese"),
    "FSM": ("FSM", "Federated States of Micronesia"),
    "TON": ("Nuku'alofa", "Nukualofa"),
    "COK": ("Cook Islands", "Cook Islander", "Avarua"),
    "NIU": ("Niue", "Niuean"),
}

CASES = [(code, surface) for code, surfaces in SURFACES.items() for surface in surfaces]


@pytest.mark.parametrize(("code", "surface"), CASES)
def test_surface_names_its_state(gaz: Gazetteer, code: str, surface: str) -> None:
    mentions = gaz.mentions(surface)
    assert [(m.code, m.surface) for m in mentions] == [(code, surface)]


# phrases -> the codes of their mentions in order (empty: none)
TRAPS = [
    ("the governor of Niger State", []),
    ("the River Niger and the Jordan River", []),
    ("farms in the Jordan Valley", []),
    ("Georgia Tech and the University of Georgia", []),
    ("in Atlanta, Georgia", []),
    ("Georgia Governor Brian Kemp", []),
    ("the Taiwan Strait", []),
    ("Inner Mongolia", []),
    ("East Azerbaijan province", []),
    ("the Gulf of Aden", []),
    ("the Mejlis of the Crimean Tatar People", []),
    ("Coptic Orthodox Pope Tawadros II", []),
    ("Agence France-Presse reported", []),
    ("the Korean Central News Agency", []),
    ("the Times of Israel", []),
    ("New South Wales", []),
    ("a Guinea fowl", []),
    ("Greco-Roman wrestling", []),
    ("Greco-Turkish relations", ["GRC", "TUR"]),
    ("the Workers' Party of Korea and South Korea", ["PRK", "KOR"]),
    ("South Sudan's SPLM and Sudan", ["SSD", "SSD", "SDN"]),
    ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea", ["GIN", "GNB", "GNQ", "PNG"]),
    ("Niger and Nigeria", ["NER", "NGA"]),
    ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
    ("Sudan and South Sudan", ["SDN", "SSD"]),
    ("a roast turkey", []),
    ("in Athens, Georgia", []),
    ("the Camp David Accords", []),
    ("the American University of Beirut", ["LBN"]),
    ("Smolenskaya Square and USAID", ["RUS", "USA"]),
]


@pytest.mark.parametrize(("text", "codes"), TRAPS)
def test_traps(gaz: Gazetteer, text: str, codes: list[str]) -> None:
    assert [m.code for m in gaz.mentions(text)] == codes


UN_OBSERVERS_AND_OTHERS = {"VAT", "PSE", "XKX", "TWN"}
UN_MEMBERS = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH"
    " BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP"
    " CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU"
    " GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ"
    " KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS"
    " MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN"
    " PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC"
    " SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN"
    " TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE"
)


def test_every_un_member_and_observer_has_a_row() -> None:
    """193 UN members (every ISO state but the territories) plus observers and Kosovo, Taiwan."""
    rows = {row.code: row for row in read_country_data().rows}
    members = set(UN_MEMBERS.split())
    assert len(members) == 193
    missing = sorted((members | UN_OBSERVERS_AND_OTHERS) - set(rows))
    assert missing == []
    for code in members:
        assert pycountry.countries.get(alpha_3=code) is not None, code
        assert rows[code].demonyms or code in {"DMA", "COG"}, code  # see the file's choices
