"""Country gazetteer: find the words in a text that stand for a state.

`Gazetteer.load()` reads pycountry and `data/countries.txt` once and compiles
one trie-shaped regex; callers keep the instance and pass it around.  Mentions
are names ("Azerbaijan", "Republic of Azerbaijan"), aliases ("UAE", "U.S."),
demonyms ("Azerbaijani", "Kazakhs"), capitals ("Baku", "HANOI") and national
institutions that name a state by themselves ("Milli Majlis", "Kremlin").

Matching is case-sensitive on word boundaries, longest match first, so
"Equatorial Guinea" is not "Guinea" and "Nigerian" is not "Niger".  Possessives
("Azerbaijan’s") and hyphenated pairs ("Azerbaijani-Kazakh") yield each side.
Phrases listed as blocked in the data file ("South China Sea", "Latin American",
"Washington Post") are consumed whole and yield nothing.
"""

from __future__ import annotations

import difflib
import re

from app.extract.countries_data import read_country_data
from app.extract.countries_table import CountryTable, Entry, build_table, normalize
from app.extract.countries_trie import trie_pattern
from app.extract.types import CountryMention

# Hyphens and dashes after which a prefix form ("Sino-") counts.
_HYPHENS = "-‐‑–"
# What a surface not in the table looks up as (no entry, not even a blocked one's None).
_UNLISTED = Entry("", "name")
# What may stand between the words of a name: blanks and at most one line break.
_BLANK = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
# After a state's name that is also a given name, one capitalised word that ends the name
# (a comma, a stop or a small word next): "met Chad Johnson, chief executive of …".
_SURNAME_AFTER = re.compile(r" ([A-Z][^\W\d_]+)(?=[,.;:)]|\s+[a-z(])")
# Before it, what leaves the name a state: "President of Chad Déby", "visited Jordan Tuesday".
_STATE_BEFORE = re.compile(r"\b(?:of|from|in|to|visit(?:ed|ing|s)?)\s+(?:the\s+)?$")
# Words after such a name that are no surname: "the Chad Basin, …", "in Jordan Monday".
_NOT_SURNAMES = frozenset(
    re.findall(
        r"\w+",
        "Basin Valley River Lake Government Embassy Ministry Parliament Army Police Republic State"
        " Times Post Today Television Radio Airways Airlines Cup Open Monday Tuesday Wednesday"
        " Thursday Friday Saturday Sunday January February March April May June July August"
        " September October November December",
    )
)


# A paragraph led by a word in capitals: "PAPUA New Guinea …", "SOUTH Korean President …"
_DROP_CAP = re.compile(r"(?m)^[^\S\n]*([A-Z][A-Z’'-]+)(?= [A-Za-z])")
# The same after the line break that opens the line: `re` skips to each "\n" at once (it tries
# `_DROP_CAP`, led by "^", at every position of the text).
_DROP_CAP_AFTER_BREAK = re.compile(r"\n[^\S\n]*[A-Z][A-Z’'-]+(?= [A-Za-z])")


def _has_drop_cap(text: str, start: int, stop: int) -> bool:
    """Whether `_DROP_CAP.search(text, start, stop)` finds a match.  Its "^" holds at the
    text's own start (0, whatever `start` is) and after each "\n"; so a match starts at 0 or
    just after a "\n" at `start - 1` or later, which `_DROP_CAP_AFTER_BREAK` finds from there
    (the rest of the two patterns is the same, read up to the same `stop`)."""
    if start == 0 and _DROP_CAP.match(text, 0, stop) is not None:
        return True
    return _DROP_CAP_AFTER_BREAK.search(text, max(start - 1, 0), stop) is not None


class Gazetteer:
    """Country names, codes and mentions; immutable once loaded."""

    __slots__ = ("_codes", "_pattern", "_small", "_small_words", "_table")

    def __init__(self, table: CountryTable) -> None:
        self._table = table
        self._codes = frozenset(table.names)
        words = [*table.surfaces, *(p + h for p in table.prefixes for h in _HYPHENS)]
        # A surface led by a small letter ("eSwatini") would make every "e" of a text a place
        # to enter the trie: those few have a pattern of their own (no surface of one starts
        # like a surface of the other, so each finds at a position what the two together would).
        small = [w for w in words if w[0].islower()]
        self._pattern = _matcher([w for w in words if not w[0].islower()])
        self._small = _matcher(small) if small else None
        # Every match of `_small` holds one of these whole, as written (each surface's longest
        # word: only the blanks between its words may stand otherwise in a text).
        self._small_words = tuple(sorted({max(w.split(" "), key=len) for w in small}))

    @classmethod
    def load(cls) -> Gazetteer:
        """Read pycountry and the data file once and compile the matcher."""
        return cls(build_table(read_country_data()))

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
        """Country mentions in text[start:end], offsets into the whole text.

        In text order and non-overlapping; blocked phrases yield nothing.
        """
        stop = len(text) if end is None else end
        found: list[CountryMention] = []
        search = self._pattern.search
        surfaces = self._table.surfaces
        pos = start
        # the next match of a small-letter surface at or after `pos` (None: there is none)
        small = None
        if self._small is not None and any(text.find(w, pos, stop) >= 0 for w in self._small_words):
            small = self._small.search(text, pos, stop)
        while True:
            match = search(text, pos, stop)
            if small is not None and small.start() < pos:
                small = small.re.search(text, pos, stop)
            if small is not None and (match is None or small.start() < match.start()):
                match = small
            if match is None:
                break
            first, last = match.span()
            if first > 0 and _is_word_char(text[first - 1]):
                pos = first + 1  # began inside a word ("McDonald"): look again further on
                continue
            pos = last
            surface = match.group()
            entry = surfaces.get(surface, _UNLISTED)
            if surface[-1] in _HYPHENS:
                entry = self._table.prefixes.get(surface[:-1])
                surface, last = surface[:-1], last - 1
            elif entry is _UNLISTED:  # a name broken over a line or a double space
                entry = surfaces.get(" ".join(surface.split()))
            if entry is not None and not (
                (entry.kind == "institution" and _first_name(text, first, last))
                or self._given_name(text, surface, first, last)
            ):
                found.append(CountryMention(entry.code, first, last, surface, entry.kind))
        if "\n" in text and _has_drop_cap(text, start, stop):
            found = self._drop_caps(text, start, stop, found)
        return found

    def _drop_caps(
        self, text: str, start: int, stop: int, found: list[CountryMention]
    ) -> list[CountryMention]:
        """A paragraph's first word in capitals, the newspaper style ("PAPUA New Guinea Prime
        Minister James Marape arrived …"): the name it begins, read as if not in capitals."""
        added = []
        for cap in _DROP_CAP.finditer(text, start, stop):
            first = cap.start(1)
            if any(m.start <= first < m.end for m in found):
                continue
            word = cap.group(1)
            probe = word[0] + word[1:].lower() + text[cap.end(1) : min(stop, cap.end(1) + 60)]
            match = self._pattern.match(probe)
            entry = self._table.surfaces.get(match.group()) if match else None
            if match is None or entry is None or match.end() < len(word):
                continue
            if match.end() < len(probe) and _is_word_char(probe[match.end()]):
                continue
            last = first + match.end()
            added.append(CountryMention(entry.code, first, last, text[first:last], entry.kind))
        if not added:
            return found
        kept = [m for m in found if not any(a.start <= m.start < a.end for a in added)]
        return sorted([*kept, *added], key=lambda m: m.start)

    def _given_name(self, text: str, surface: str, first: int, last: int) -> bool:
        """True when a state's name that is also a given name leads a person's name here."""
        if surface not in self._table.given_names:
            return False
        after = _SURNAME_AFTER.match(text, last)
        if after is None or after.group(1) in _NOT_SURNAMES:
            return False
        return not _STATE_BEFORE.search(text, max(0, first - 20), first)

    def resolve(self, query: str) -> str | None:
        """Any user spelling -> alpha-3, case-insensitive; None if unknown.

        'AZ', 'aze', 'Azerbaijan', 'republic of azerbaijan', 'Azerbaijani', 'Baku'
        all give 'AZE'.  Codes win over names, names over demonyms and capitals.
        """
        return self._table.lookup.get(normalize(query))

    def suggest(self, query: str, n: int = 3) -> list[str]:
        """Nearest valid alpha-3 codes for an unknown query (difflib over codes and names)."""
        key = normalize(query)
        if not key or n <= 0:
            return []
        lookup = self._table.lookup
        close = difflib.get_close_matches(key, list(lookup), n=n * 4, cutoff=0.6)
        codes: list[str] = []
        for spelling in close:
            code = lookup[spelling]
            if code not in codes:
                codes.append(code)
        return codes[:n]

    def name(self, code: str) -> str:
        """Common English short name: 'KHM' -> 'Cambodia', 'RUS' -> 'Russia', 'XKX' -> 'Kosovo'.

        Raises KeyError for a code the gazetteer does not know.
        """
        return self._table.names[code.upper()]

    def codes(self) -> frozenset[str]:
        """Every alpha-3 code the gazetteer can produce or resolve to."""
        return self._codes

    def is_capital(self, surface: str) -> bool:
        """True when `surface` is a capital city name (so it can be a location)."""
        return normalize(surface) in self._table.capitals

    def capital_spelling(self, surface: str) -> str | None:
        """The data file's spelling of the capital `surface` names ("DAR ES SALAAM" →
        "Dar es Salaam"), if it is one."""
        return self._table.capital_spellings.get(normalize(surface))


def _matcher(words: list[str]) -> re.Pattern[str]:
    """One trie-shaped pattern for these surfaces, with the word end each needs."""
    # No leading (?<!\w): a pattern that starts with a literal lets `re` skip ahead to
    # candidate first letters, several times faster; `mentions` checks the left boundary
    # itself.  A prefix form ends on its hyphen, a blocked currency ("US$") on its sign:
    # neither needs a word end after.
    trie = trie_pattern(words, space=_BLANK)
    return re.compile(rf"(?:{trie})(?:(?<=[{_HYPHENS}$])|(?!\w))")


# "President Duma Boko": a title, then an institution's name ("Duma") as a first name
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Minister|Premier|Speaker|Chairman|Ambassador|Mr|Mrs|Ms|Dr)\.?\s+$"
)
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")


def _first_name(text: str, first: int, last: int) -> bool:
    """The institution's name at text[first:last] is a person's first name after a title."""
    if not _CAPITALISED_AFTER.match(text, last):
        return False
    return _TITLE_BEFORE.search(text, max(0, first - 12), first) is not None


def _is_word_char(char: str) -> bool:
    """The characters `re` counts as \\w."""
    return char.isalnum() or char == "_"
