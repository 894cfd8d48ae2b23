"""Decide when two reports are the same real-world event, and which date to keep.

Pure functions over `Reading`s (what one source says of an event); the write
path in app/store.py feeds them rows and applies the verdict.

Rules (README "One event, many sources"):
- never across types or parties (the caller only offers same-type, same-party
  candidates), never two events one document reports separately;
- dated reports merge when one date interval contains the other ("2014" and
  "2014-04-23"; "April 23-24, 2014" and "April 24, 2014"): equal at the coarser
  precision;
- `diplomatic_relations` are established once per pair, and their dates are often
  derived ("28 years ago", "the 20th anniversary ... in 2014"), so reports whose
  years are at most RELATIONS_WINDOW_YEARS apart merge, and an undated report
  joins the pair's single existing record; the disagreement is recorded;
- other undated reports never merge: nothing says they are the same meeting;
- participants and location, where both reports have them, must not contradict:
  disjoint participant lists or two different cities keep events apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pycountry

from app.dates import interval

RELATIONS_WINDOW_YEARS = 1
UNDATED_JOIN_TYPES = frozenset({"diplomatic_relations"})


@dataclass(frozen=True)
class Reading:
    """What one source says of an event."""

    date: str | None
    date_end: str | None = None
    location: str | None = None
    participants: frozenset[str] = frozenset()  # folded names
    status: str = "occurred"


@dataclass(frozen=True)
class DateChoice:
    date: str | None
    date_end: str | None
    note: str | None  # set when sources disagree


def contains(a: Reading, b: Reading) -> bool:
    """Either reading's date interval lies within the other's."""
    (alo, ahi), (blo, bhi) = interval(a.date, a.date_end), interval(b.date, b.date_end)
    if alo is None or ahi is None or blo is None or bhi is None:
        return False
    return (alo <= blo and bhi <= ahi) or (blo <= alo and ahi <= bhi)


def _year(value: str) -> int:
    return int(value[:4])


def _is_country(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def contradicts(a: Reading, b: Reading) -> bool:
    """Participants or location, present in both, that cannot be the same event."""
    if a.participants and b.participants and not a.participants & b.participants:
        return True
    if a.location and b.location and a.location.casefold() != b.location.casefold():
        # A city and a country ("Baku", "Azerbaijan") can describe one event.
        return not (_is_country(a.location) or _is_country(b.location))
    return False


def dates_match(event_type: str, a: Reading, b: Reading) -> bool:
    if a.date is None or b.date is None:
        return False
    if contains(a, b):
        return True
    return (
        event_type == "diplomatic_relations"
        and abs(_year(a.date) - _year(b.date)) <= RELATIONS_WINDOW_YEARS
    )


def same_event(
    event_type: str, new: Reading, stored: Sequence[Reading], *, lone_candidate: bool
) -> bool:
    """Whether `new` reports the event that the `stored` readings report."""
    if any(contradicts(new, old) for old in stored):
        return False
    dated = [old for old in stored if old.date]
    if new.date is None or not dated:
        return event_type in UNDATED_JOIN_TYPES and lone_candidate
    return any(dates_match(event_type, new, old) for old in dated)


def choose_date(readings: Sequence[Reading]) -> DateChoice:
    """The most precise date the sources support; disagreements are written down."""
    dated = [r for r in readings if r.date]
    if not dated:
        return DateChoice(None, None, None)
    best = max(dated, key=lambda r: (len(r.date or ""), r.date_end is not None))
    disagree = [r for r in dated if not contains(r, best)]
    if not disagree:
        return DateChoice(best.date, best.date_end, None)
    votes = Counter(r.date for r in dated)
    listed = ", ".join(f"{d} ({n} source{'s' if n > 1 else ''})" for d, n in votes.most_common())
    note = f"sources disagree: {listed}; chose {best.date}, the most precise"
    return DateChoice(best.date, best.date_end, note)


def choose_status(readings: Sequence[Reading]) -> str:
    """A report that the event took place outweighs an announcement of it."""
    return "occurred" if any(r.status == "occurred" for r in readings) else "planned"


def choose_location(readings: Sequence[Reading]) -> str | None:
    """The first city named; a country only when no source names a city."""
    named = [r.location for r in readings if r.location]
    cities = [loc for loc in named if not _is_country(loc)]
    chosen = cities or named
    return chosen[0] if chosen else None
