"""Read the country gazetteer data file (`data/countries.txt`).

The file holds what pycountry lacks: short names, aliases, demonyms, capitals,
parliaments and seats of government, and phrases that must not yield a country.
Its format is described at the top of the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

DATA_FILE = "countries.txt"


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One country line of the data file."""

    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    institutions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountryData:
    """Everything the data file says: country rows in file order, blocked phrases, and
    names of states that are also given names ("Chad Johnson")."""

    rows: tuple[CountryRow, ...]
    blocked: tuple[str, ...]
    given_names: tuple[str, ...] = ()


def read_country_data() -> CountryData:
    """Read and parse the data file shipped in `app/extract/data/`."""
    text = resources.files("app.extract").joinpath("data", DATA_FILE).read_text("utf-8")
    return parse_country_data(text)


def parse_country_data(text: str) -> CountryData:
    """Parse the data file format; raises ValueError naming the bad line."""
    rows: list[CountryRow] = []
    blocked: list[str] = []
    given_names: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            blocked.extend(_items(line[1:]))
            continue
        if line.startswith("~"):
            given_names.extend(_items(line[1:]))
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 6 or len(fields[0]) != 3 or not fields[0].isupper() or not fields[1]:
            raise ValueError(f"{DATA_FILE}:{number}: expected 'CODE | name | 4 lists': {raw!r}")
        rows.append(
            CountryRow(
                code=fields[0],
                name=fields[1],
                aliases=_items(fields[2]),
                demonyms=_items(fields[3]),
                capitals=_items(fields[4]),
                institutions=_items(fields[5]),
            )
        )
    return CountryData(rows=tuple(rows), blocked=tuple(blocked), given_names=tuple(given_names))


def _items(field: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in field.split(";") if item.strip())
