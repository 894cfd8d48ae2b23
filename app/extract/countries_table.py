"""Build the country lookup tables from pycountry and the repo's data file.

Text surfaces are gathered in three tiers; a surface taken by a higher tier is
never overridden by a lower one:

1. the data file (`countries_data`): names, aliases, capitals, demonyms,
   institutions, and blocked phrases (which win over everything);
2. pycountry's names, common names and official names (those without a comma
   or a bracket, which are catalogue forms like "Korea, Republic of");
3. spellings derived from tiers 1-2: curly apostrophes, accent-free forms,
   ALL-CAPS forms and demonym plurals.  A derived spelling claimed by two
   countries is dropped as ambiguous.

Two data-file rows claiming one surface is an error in the data (ValueError).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pycountry

from app.extract.countries_data import CountryData
from app.extract.types import MentionKind

# Codes pycountry lacks, with their alpha-2 (user-assigned ISO codes).
EXTRA_ALPHA_2 = {"XKX": "XK"}
# Kinds in order of preference when one country lists the same surface twice.
KIND_ORDER: tuple[MentionKind, ...] = ("name", "alias", "capital", "demonym", "institution")
_NO_PLURAL_ENDINGS = ("s", "sh", "ch", "x", "z", "ese", "-")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface stands for."""

    code: str
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class CountryTable:
    """All lookups the gazetteer needs, built once.

    `surfaces` maps exact text to its entry, or to None for blocked phrases;
    `prefixes` holds forms that count only before a hyphen ("Sino-Kazakh");
    `lookup` maps `normalize()`d spellings (codes included) to alpha-3 codes.
    """

    surfaces: dict[str, Entry | None]
    prefixes: dict[str, Entry]
    names: dict[str, str]
    lookup: dict[str, str]
    capitals: frozenset[str]
    given_names: frozenset[str] = frozenset()
    # normalized capital -> the data file's spelling ("dar es salaam" -> "Dar es Salaam")
    capital_spellings: dict[str, str] = field(default_factory=dict)


def normalize(query: str) -> str:
    """Fold a user spelling for lookups: no accents, case, dots, apostrophes, leading "the"."""
    decomposed = unicodedata.normalize("NFKD", query.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace(".", "").replace("'", "").replace("&", " and ")
    plain = plain.replace("-", " ").replace("–", " ").replace(",", " ")
    words = plain.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def build_table(data: CountryData) -> CountryTable:
    """Combine the data file with pycountry into one `CountryTable`."""
    explicit = _explicit_surfaces(data)
    catalogue = _pycountry_surfaces()
    surfaces: dict[str, Entry | None] = {}
    # Blocked phrases get plurals too: "Latin Americans" must not leave "Americans".
    blocked = {variant for phrase in data.blocked for variant in _spellings(phrase, "demonym")}
    for phrase in blocked:
        surfaces[phrase] = None
    for tier in (explicit, catalogue):
        for surface, entry in tier.items():
            surfaces.setdefault(surface, entry)
    for surface, entry in catalogue.items():  # an ISO name the data file lists as an alias
        if surfaces.get(surface) == Entry(entry.code, "alias"):
            surfaces[surface] = explicit[surface] = entry
    for surface, entry in _derived(explicit | _without(catalogue, explicit)).items():
        surfaces.setdefault(surface, entry)
    prefixes = {s[:-1]: e for s, e in list(surfaces.items()) if e and s.endswith("-")}
    for surface in [s for s in surfaces if s.endswith("-")]:
        del surfaces[surface]
    return CountryTable(
        surfaces=surfaces,
        prefixes=prefixes,
        names=_short_names(data),
        lookup=_lookup(data),
        capitals=frozenset(normalize(c) for row in data.rows for c in row.capitals),
        given_names=frozenset(data.given_names),
        capital_spellings=_capital_spellings(data),
    )


def _capital_spellings(data: CountryData) -> dict[str, str]:
    spellings: dict[str, str] = {}
    for row in data.rows:
        for capital in row.capitals:
            spellings.setdefault(normalize(capital), capital)
    return spellings


def _explicit_surfaces(data: CountryData) -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for row in data.rows:
        lists: dict[MentionKind, Iterable[str]] = {
            "name": (row.name,),
            "alias": row.aliases,
            "capital": row.capitals,
            "demonym": row.demonyms,
            "institution": row.institutions,
        }
        for kind in KIND_ORDER:
            for surface in lists[kind]:
                earlier = found.get(surface)
                if earlier is not None and earlier.code != row.code:
                    raise ValueError(f"{surface!r} is listed for {earlier.code} and {row.code}")
                found.setdefault(surface, Entry(row.code, kind))
    return found


def _pycountry_surfaces() -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for country in pycountry.countries:
        for surface in _catalogue_names(country):
            if "," not in surface and "(" not in surface:
                found.setdefault(surface, Entry(country.alpha_3, "name"))
    return found


def _catalogue_names(country: object) -> Iterator[str]:
    for attribute in ("name", "common_name", "official_name"):
        value = getattr(country, attribute, None)
        if isinstance(value, str) and value:
            yield value.removeprefix("the ")


def _without(tier: dict[str, Entry], taken: dict[str, Entry]) -> dict[str, Entry]:
    return {s: e for s, e in tier.items() if s not in taken}


def _derived(base: dict[str, Entry]) -> dict[str, Entry]:
    """Derived spellings of every base surface; ambiguous ones are dropped."""
    found: dict[str, Entry] = {}
    ambiguous: set[str] = set()
    for surface, entry in base.items():
        for variant in _spellings(surface, entry.kind):
            if variant in base:
                continue
            earlier = found.setdefault(variant, entry)
            if earlier.code != entry.code:
                ambiguous.add(variant)
    return {s: e for s, e in found.items() if s not in ambiguous}


def _spellings(surface: str, kind: MentionKind) -> set[str]:
    """The surface with curly/straight apostrophes, accents or not, plural, ALL CAPS."""
    forms = {surface, _strip_accents(surface)}
    forms |= {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}
    if kind == "demonym" and not surface.endswith(_NO_PLURAL_ENDINGS):
        forms |= {f + "s" for f in forms}
    if kind != "institution":
        forms |= {f.upper() for f in forms}
    return forms


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _short_names(data: CountryData) -> dict[str, str]:
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update({row.code: row.name for row in data.rows})
    return names


def _lookup(data: CountryData) -> dict[str, str]:
    """Normalized spelling -> code; codes first, then names, demonyms, capitals."""
    lookup: dict[str, str] = {}

    def add(spelling: str, code: str) -> None:
        key = normalize(spelling)
        if key:
            lookup.setdefault(key, code)

    for country in pycountry.countries:
        add(country.alpha_3, country.alpha_3)
        add(country.alpha_2, country.alpha_3)
    for code, alpha_2 in EXTRA_ALPHA_2.items():
        add(code, code)
        add(alpha_2, code)
    for row in data.rows:
        for spelling in (row.name, *row.aliases):
            add(spelling, row.code)
    for country in pycountry.countries:
        for spelling in _catalogue_names(country):
            add(spelling, country.alpha_3)
    for attribute in ("demonyms", "capitals", "institutions"):
        for row in data.rows:
            for spelling in getattr(row, attribute):
                add(spelling.rstrip("-"), row.code)
    return lookup
