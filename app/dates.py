"""Partial ISO dates ("2014", "2018-04", "2018-04-09") as intervals of days."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = {4: "year", 7: "month", 10: "day"}


def parse_partial(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a partial date; ValueError when malformed."""
    match = _PARTIAL.match(value)
    if not match:
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last)
    exact = dt.date(year, month, day)
    return exact, exact


def precision_of(value: str | None) -> str | None:
    return PRECISIONS.get(len(value)) if value else None


def interval(date: str | None, date_end: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days an event's date (and optional end) cover; (None, None) when undated."""
    if not date:
        return None, None
    lo, hi = parse_partial(date)
    if date_end:
        hi = max(hi, parse_partial(date_end)[1])
    return lo, hi
