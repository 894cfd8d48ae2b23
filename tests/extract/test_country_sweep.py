"""Country sweep: every surface of every state, through the whole extractor.

`test_countries_coverage.py` checks the gazetteer alone.  This sweep writes short
sentences from templates for each row of `data/countries.txt` (its name, aliases,
demonyms, capitals and institutions, and pycountry's names for it) and checks the
parties `app.extract.run` gives: every event found has exactly the two states of the
sentence, and at least one event is found.  Negative cases check the words that are
states only sometimes ("Chad" as a given name, "Georgia" the US state).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pycountry
import pytest

from app import extract
from app.extract.countries_data import CountryRow, parse_country_data, read_country_data

RESOURCES = extract.load_resources()
ROWS = read_country_data().rows


@dataclass(frozen=True, slots=True)
class Partner:
    """The other state of every sentence: its name, demonym and capital."""

    code: str
    name: str
    demonym: str
    capital: str


NORWAY = Partner("NOR", "Norway", "Norwegian", "Oslo")
KENYA = Partner("KEN", "Kenya", "Kenyan", "Nairobi")

# Templates by kind of surface; "{s}" is the surface, "{p…}" the partner's words.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "name": (
        "{s} and {pn} signed a memorandum of understanding on tourism on Monday.",
        "The Foreign Minister of the {s} met his counterpart from {pn} on Monday.",
        "{S}, March 3 -- {s} and {pn} signed an agreement on air services on Monday.",
    ),
    "short": ("{s}'s President Anna Berg received the {pd} ambassador Carl Dorn on Monday.",),
    "demonym": (
        "{s} Foreign Minister Anna Berg met his {pd} counterpart Carl Dorn in {pc} on Monday.",
        "The {pd} and {s} governments signed an agreement on trade on Monday.",
        "{s} President Anna Berg will pay a state visit to {pn} next week.",
    ),
    "capital": (
        "{s} and {pc} established diplomatic relations in 1995.",
        "{pc} and {s} signed a memorandum of understanding on tourism on Monday.",
        "{S}, March 3 (Xinhua) -- {pd} Prime Minister Anna Berg arrived in {s} on Monday"
        " for an official visit.",
    ),
    "institution": (
        "A delegation of the {s} led by Anna Berg met {pd} Speaker Carl Dorn in {pc} on Monday.",
    ),
}

# (code, surface, template number) -> why it does not pass: documented choices and known gaps.
EXPECTED_MISSES: dict[tuple[str, str, int], str] = {
    ("BEL", "Brussels", 0): "choice: Brussels stands for the EU, not Belgium",
    ("BEL", "Brussels", 1): "choice: Brussels stands for the EU, not Belgium",
}


@dataclass(frozen=True, slots=True)
class Case:
    """One sentence and the parties every event of it must have."""

    code: str
    surface: str
    kind: str
    number: int
    text: str
    parties: tuple[str, ...]


def _catalogue_names(code: str) -> list[str]:
    """pycountry's names for a code that read as running text (no "Korea, Republic of"),
    but those the data file gives to another state (the Republic of the Congo's "Congo":
    alone, it is the DR Congo)."""
    country = pycountry.countries.get(alpha_3=code)
    names: set[str] = set()
    for attribute in ("name", "common_name", "official_name"):
        value = getattr(country, attribute, None) if country else None
        if isinstance(value, str) and "," not in value and "(" not in value:
            names.add(value.removeprefix("the "))
    return sorted(n for n in names if RESOURCES.gazetteer.resolve(n) == code)


def _surfaces(row: CountryRow) -> Iterator[tuple[str, str]]:
    """(kind, surface) for every surface of a row that names the state by itself."""
    names = dict.fromkeys([row.name, *row.aliases, *_catalogue_names(row.code)])
    for name in names:
        yield "name", name
    yield "short", row.name
    for demonym in row.demonyms:
        if not demonym.endswith("-"):
            yield "demonym", demonym
    for capital in row.capitals:
        yield "capital", capital
    for institution in row.institutions:
        yield "institution", institution


def _cases(row: CountryRow) -> list[Case]:
    partner = KENYA if row.code == NORWAY.code else NORWAY
    parties = tuple(sorted({row.code, partner.code}))
    cases: list[Case] = []
    for kind, surface in _surfaces(row):
        for number, template in enumerate(TEMPLATES[kind]):
            text = template.format(
                s=surface,
                S=surface.upper(),
                pn=partner.name,
                pd=partner.demonym,
                pc=partner.capital,
            )
            cases.append(Case(row.code, surface, kind, number, text, parties))
    return cases


def _passes(case: Case) -> bool:
    events = extract.run(case.text, resources=RESOURCES).events
    return bool(events) and all(event.countries == case.parties for event in events)


@pytest.mark.parametrize("row", ROWS, ids=[row.code for row in ROWS])
def test_every_surface_of_a_state_makes_it_a_party(row: CountryRow) -> None:
    failed: list[str] = []
    for case in _cases(row):
        expected_miss = (case.code, case.surface, case.number) in EXPECTED_MISSES
        if _passes(case) == expected_miss:
            state = "passes now" if expected_miss else "fails"
            failed.append(f"{state}: {case.kind} {case.surface!r}: {case.text}")
    assert failed == []


def test_expected_misses_name_real_cases() -> None:
    """Every listed miss is still one of the generated cases (no stale entries)."""
    generated = {(c.code, c.surface, c.number) for row in ROWS for c in _cases(row)}
    assert set(EXPECTED_MISSES) <= generated


# One case a line: the parties of each event in order ("A B ; C D"; "-": no event) | text.
NEGATIVES_TABLE = """
# states' names that are also given names
-        | Norwegian Foreign Minister Anna Berg met Chad Johnson, chief executive of Equinor, in Oslo on Monday.
-        | Kenyan President Carl Dorn met Jordan Smith, a banker, in Nairobi on Monday.
-        | Norwegian Foreign Minister Anna Berg met Santiago Cafiero, a lawmaker, in Oslo on Monday.
-        | Norwegian Foreign Minister Anna Berg met Sofia Andersson, a businesswoman, in Oslo on Monday.
NOR TCD  | Norwegian Foreign Minister Anna Berg met Chad's Foreign Minister Abderaman Koulamallah in Oslo on Monday.
NOR TCD  | The President of Chad Mahamat Deby met Norwegian Foreign Minister Anna Berg in Oslo on Monday.
JOR NOR  | Norwegian Foreign Minister Anna Berg met Jordan's King Abdullah II in Amman on Monday.
JOR NOR  | Norwegian Foreign Minister Anna Berg visited Jordan Tuesday.
CHL PER  | Santiago and Lima established diplomatic relations in 1995.
# Georgia the US state
-        | Kenyan President Carl Dorn met the governor of Georgia, Brian Kemp, in Atlanta on Monday.
-        | Norwegian Foreign Minister Anna Berg met Georgia Governor Brian Kemp in Atlanta on Monday.
GEO NOR  | Norwegian Prime Minister Anna Berg met the Prime Minister of Georgia Irakli Kobakhidze in Tbilisi on Monday.
# Vietnamese provinces named with a neighbour's word
NOR VNM  | Vietnamese Deputy Prime Minister Tran Hong Ha met Norwegian Ambassador Hilde Solbakken in Thai Nguyen province on Monday.
-        | Officials of Lao Cai province met Chinese officials from Yunnan on Monday.
# names inside longer names
NOR PNG  | Norway and Papua New Guinea signed a memorandum of understanding on Monday.
GNQ NOR  | Norway and Equatorial Guinea signed a memorandum of understanding on Monday.
GNB NOR  | Norway and Guinea-Bissau signed a memorandum of understanding on Monday.
NER NGA  | Niger and Nigeria signed a memorandum of understanding on Monday.
DMA DOM  | Dominica and the Dominican Republic signed a memorandum of understanding on Monday.
SDN SSD  | Sudan and South Sudan signed a memorandum of understanding on Monday.
COD COG  | The Republic of the Congo and the Democratic Republic of the Congo signed an agreement on Monday.
COD COG  | Congo-Brazzaville and Congo-Kinshasa signed an agreement on Monday.
# "Korea" alone is the South, "N. Korea" the North; "Turkish Cypriot" is Cyprus, not Türkiye
KOR NOR  | Norwegian Foreign Minister Anna Berg met her Korean counterpart Park Jin in Seoul on Monday.
PRK RUS  | North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Monday.
PRK RUS  | N. Korea and Russia signed a treaty on comprehensive strategic partnership on Wednesday.
KOR PRK  | S. Korean and N. Korean officials met in Panmunjom on Monday.
CYP NOR  | Turkish Cypriot leader Ersin Tatar met Norwegian Foreign Minister Anna Berg in Oslo on Monday.
# one state under two names is one party
-        | Eswatini and Swaziland signed an agreement on Monday.
# capitals for governments, institutions and metonyms
IRN SAU  | Tehran and Riyadh agreed to restore diplomatic relations on Friday.
ATG NOR  | Oslo and St. John's signed a memorandum of understanding on tourism on Monday.
NOR USA  | Oslo and Washington, D.C. signed a memorandum of understanding on tourism on Monday.
BRA FRA  | Itamaraty and the Quai d'Orsay held political consultations in Brasília on Monday.
JPN MYS  | Wisma Putra and Gaimusho officials held talks in Tokyo on Monday.
AZE UZB  | The Speaker of the Oliy Majlis met the Chair of the Milli Majlis in Baku on Monday.
IND KOR  | Raisina Hill and Cheongwadae signed an agreement on defence cooperation on Monday.
"""


def _negatives() -> list[tuple[str, list[tuple[str, ...]]]]:
    cases: list[tuple[str, list[tuple[str, ...]]]] = []
    for line in NEGATIVES_TABLE.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parties, text = (part.strip() for part in line.split("|", 1))
        events = [] if parties == "-" else [tuple(e.split()) for e in parties.split(";")]
        cases.append((text, events))
    return cases


NEGATIVES = _negatives()


@pytest.mark.parametrize(("text", "parties"), NEGATIVES)
def test_words_that_are_states_only_sometimes(text: str, parties: list[tuple[str, ...]]) -> None:
    events = extract.run(text, resources=RESOURCES).events
    assert [event.countries for event in events] == parties


def test_given_names_are_read_from_their_own_lines() -> None:
    data = parse_country_data("TCD | Chad | | Chadian | | \n~ Chad; Jordan\n! Lake Chad\n")
    assert data.given_names == ("Chad", "Jordan")
    assert data.blocked == ("Lake Chad",)
