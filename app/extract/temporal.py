"""Find date expressions in a sentence and resolve them against the document date.

Reads: text spans.  Assigns: `DateMention`s whose `value` is written at its
precision ("2014", "2018-04", "2018-04-09"), with `rule` saying how it was read.
A month or day without a year takes the document's year (moved back a year when
that would put a past event after the document date, forward for a planned one);
with no document date it stays unresolved (value None).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.extract import prefilter, quick
from app.extract.types import PRECISIONS, DateMention, Publication

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
# A year beside a month's name may be an older one ("on 1 January 1820", "March 1895"): so
# long a date is never a count; a bare older year only after "in" or "since" ("in 1895").
_YM = r"(?:1[6-9]|20)\d{2}"
_Y_OLD = r"(?:(?<=\bin\s)|(?<=\bsince\s))1[6-8]\d{2}"
_DASH = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
# "on 3 March last year": the year said relative to the document's
_YREL = r"\s+(?P<yrel>last|this|next)\s+year"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# The days of a month in words ("the first of March"), in order
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
ORDINAL_WORDS: list[str] = [
    *_UNITS,
    *_TEENS,
    *["seventeenth", "eighteenth", "nineteenth", "twentieth"],
    *(f"twenty-{u}" for u in _UNITS),
    *["thirtieth", "thirty-first"],
]
_ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

PATTERNS: list[tuple[str, str]] = [
    # "2020-03-03", and the date of a timestamp "2020-03-03T10:15:00Z"
    ("iso", rf"\b(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))"),
    # "03/03/2020", "03.03.2020", "03-03-2020"; "2020/03/03", "2020.03.03"
    ("numeric", rf"\b(?P<a>\d{{1,2}})[./-](?P<b>\d{{1,2}})[./-](?P<y>{_Y})\b"),
    ("slash_ymd", rf"\b(?P<y>{_Y})[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}})\b"),
    (
        "range_dm_dm",
        # "from 30 December 2023 to 2 January 2024": a year on each side
        rf"\b(?:between\s+|from\s+)?(?:the\s+)?(?P<d>{_D})\s+(?:of\s+)?(?P<m>{_MON})"
        rf"(?:,?\s+(?P<y1>{_YM}))?{_DASH}(?:the\s+)?"
        rf"(?P<d2>{_D})\s+(?:of\s+)?(?P<m2>{_MON})(?:,?\s+(?P<y>{_YM}))?",
    ),
    (
        "range_md_md",
        # "Dec. 30, 2023–Jan. 2, 2024"
        rf"\b(?:between\s+|from\s+)?(?P<m>{_MON})\s+(?P<d>{_D})(?:,?\s+(?P<y1>{_YM}))?{_DASH}"
        rf"(?P<m2>{_MON})\s+"
        rf"(?P<d2>{_D})(?:,?\s+(?P<y>{_YM}))?",
    ),
    (
        "range_d_dm",
        # "on 5, 6 and 7 March": the days listed between (consecutive ones) make a span too
        rf"\b(?:from\s+|between\s+)?(?:the\s+)?(?P<d>{_D})(?P<mid>(?:,\s*{_D}\b)+,?)?{_DASH}"
        rf"(?:the\s+)?(?P<d2>{_D})\s+"
        rf"(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YM}))?",
    ),
    (
        "range_md_d",
        rf"\b(?:from\s+|between\s+)?(?P<m>{_MON})\s+(?P<d>{_D})(?P<mid>(?:,\s*{_D}\b)+,?)?{_DASH}"
        rf"(?P<d2>{_D})\b(?:,?\s+(?P<y>{_YM}))?",
    ),
    (
        "dmy",
        # "12-Mar-2024" (a header's hyphens) too
        rf"\b(?:the\s+)?(?P<d>{_D})(?:\s+(?:of\s+)?|-)(?P<m>{_MON})(?:(?:,?\s+|-)(?P<y>{_YM})|{_YREL})?\b",
    ),
    # "on the first of March", "the twenty-first of May 2023"
    ("dmy_word", rf"\bthe\s+(?P<dw>{_ORDINALS})\s+of\s+(?P<m>{_MON})(?:,?\s+(?P<y>{_YM}))?\b"),
    (
        "mdy",
        # "March 5, 2024"; ENA's "March 5/2024"
        # "March the 3rd" (spoken style)
        rf"\b(?P<m>{_MON})\s+(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<d>{_D})\b"
        r"(?!\s*(?:%|percent|million|billion))"
        rf"(?:(?:,?\s+|/)(?P<y>{_YM})|{_YREL})?",
    ),
    (
        # "on the 26th", "On the 12th, …": a day of a month the text does not name; never
        # "on the 14th session" or "on the 26th anniversary" (a word other than a preposition).
        "day_only",
        # "on the 9th of last month": that month's day
        r"\b[Oo]n\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        # "on the 26th and 27th": two days of that month; not the first day of a range that
        # names its month ("on the 5th and 6th of March")
        rf"(?:{_DASH}(?:the\s+)?(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        rf"(?!\s+(?:of\s+)?{_MON}))?(?!{_DASH}(?:the\s+)?\d)"
        r"(?:\s+of\s+(?P<drel>last|next)\s+month\b"
        r"|(?=\s*(?:[,.;:)]|$)|\s+(?:for|in|at|and|to|with|when|during|while|as|after|before|"
        r"but|of\s+this\s+month)\b))",
    ),
    (
        "part_year",
        rf"\b(?:(?:the\s+)?(?:early|mid|late|end\s+of|middle\s+of|beginning\s+of|start\s+of)"
        rf"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+(?P<y>{_YM})\b",
    ),
    (
        "season",
        r"\b(?:(?P<srel>this|last|next|in\s+the|in|during\s+the|by\s+the|until\s+the)\s+)"
        r"(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?![\s-]+(?:of\s+)?(?:19|20)\d\d)",
    ),
    (
        "part_rel",
        r"\b(?:the\s+)?(?P<part>first|second|third|fourth|last)\s+(?P<unit>quarter|half)\s+of\s+"
        r"(?P<which>this|next|last|the\s+year|the\s+current\s+year)(?:\s+year)?\b",
    ),
    (
        "year_part",
        r"\b(?:(?:the\s+)?(?P<part>beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+"
        r"(?P<which>the|this|next|last)\s+year|(?:the\s+)?(?:first|second|third|fourth|final)\s+"
        r"quarter\b(?!\s+of)|\bQ[1-4]\b(?!\s*(?:19|20)\d\d))",
    ),
    (
        "weekend",
        r"\b(?:(?P<wrel>last|this|next|past|coming)\s+weekend|(?:at|over|on|during)\s+the\s+weekend)\b",
    ),
    (
        "day_before",
        r"\b(?:the\s+(?:day\s+before(?!\s+yesterday)|previous\s+day|day\s+after(?!\s+tomorrow)|following\s+day"
        r"|next\s+day|(?:next|following)\s+(?:morning|afternoon|evening)|previous\s+(?:evening|night))"
        # "Two days later, they signed …": counted from the event told before
        r"|a\s+day\s+(?:earlier|later)|(?:two|three|four|five|six|[2-6])\s+days\s+(?:earlier|later))\b",
    ),
    (
        # "On the second day of his visit", "on the final day of the trip"
        "visit_day",
        r"\b(?:the\s+)(?P<ord>first|second|third|fourth|fifth|final|last|closing|opening)\s+day\s+of\s+"
        r"(?:his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b"
        # "On the first day, the EAM called on …": a day of the visit the story tells
        r"|\b(?<=[Oo]n\s)the\s+(?P<ord2>first|second|third|fourth|fifth|final|last)\s+day(?!\s*\w)",
    ),
    ("month_rel", rf"\b(?P<m>{_MON})\s+(?P<rel>this|last|next)\s+year\b"),
    ("rel_month", rf"\b(?P<rel>this|last|next)\s+(?P<m>{_MON})\b"),
    (
        "month_between",
        rf"\bbetween\s+(?P<m>{_MON})\s+and\s+(?P<m2>{_MON})(?![\w.]?\s*\d{{1,2}}\b)"
        rf"(?:,?\s+(?P<y>{_YM}))?\b",
    ),
    (
        # "from January to March 2023", "in February-March": a span of whole months
        "month_range",
        rf"\b(?:from\s+)?(?P<m>{_MON})\s*(?:-|–|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*"
        rf"(?P<m2>{_MON})(?![\w.]?\s*\d{{1,2}}\b)(?:,?\s+(?P<y>{_YM}))?\b",
    ),
    (
        "month_year",
        rf"\b(?:(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?P<m>{_MON})(?:,?\s+|\s+of\s+)(?P<y>{_YM})\b",
    ),
    (
        "month",
        rf"\b(?:in|since|from|until|by|during|of|on|for|early|mid|late|last|next|end\s+of)[\s-]+"
        rf"(?:(?:early|mid|late)[\s-]+)?(?P<m>{_MON})\b(?!\.?\s+(?:the\s+)?\d)(?!\s+(?:this|last|next)\s+year|\s+of\s+{_YM})"
        rf"(?!\s*(?:-|–|\bto\b|\buntil\b|\bthrough\b)\s*{_MON})",
    ),
    ("year_range", rf"\b(?:from\s+)?(?P<y>{_Y})\s*(?:-|–|to)\s*(?P<y2>{_Y})\b"),
    ("weekday_day", rf"\b(?:(?:this|last|on|next)\s+)?{_WD}\s*\((?P<d>[12]\d|3[01]|0?[1-9])\)"),
    ("weekday", rf"\b(?:(?P<wrel>last|next|this|on|late\s+on|early\s+on)\s+)?(?P<wd>{_WD})\b"),
    (
        "relative_day",
        r"\b(?P<rd>yesterday|today|tonight|tomorrow|the\s+day\s+before\s+yesterday|last\s+night|"
        r"the\s+day\s+after\s+tomorrow|"
        # "talks overnight", not "an overnight stop"
        r"this\s+morning|this\s+afternoon|this\s+evening|(?<!\ban\s)(?<!\ba\s)overnight|"
        # "earlier in the day": the day of the news (or of the event told before it)
        r"(?P<inday>(?:earlier|later)\s+(?:in|on)\s+the\s+day))\b",
    ),
    (
        "relative_unit",
        r"\b(?:(?:(?P<pre>earlier|later)\s+)?(?P<rel>last|this|next|past|coming|previous|preceding"
        r"|the\s+following)\s+"
        # "later in the month": this month
        r"|(?:earlier|later)\s+in\s+the\s+)"
        # not "the last week of February", "the last month of 2019": a part of a named time
        rf"(?P<unit>week|month|year)\b(?!\s+of\s+(?:{_MON}|{_Y}))",
    ),
    (
        # "at the end of the month", "by the beginning of next month", "in the middle of last month"
        "month_part",
        r"\b(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+(?P<which>the|this|next|last)\s+month\b",
    ),
    (
        "year_end",
        r"\b(?:by|before|until|at)\s+the\s+end\s+of\s+(?P<which>the|this|next)\s+year\b",
    ),
    (
        "ago",
        # "a couple of weeks ago", "a few days ago": a span of days, as precise as it allows
        r"\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|twenty|thirty|(?P<vague>a\s+couple\s+of|a\s+few|several))\s+"
        r"(?P<unit>years?|months?|weeks?|days?|decades?|fortnights?)\s+ago\b",
    ),
    (
        "year",
        rf"(?<![\d$€£,.\-/])\b(?P<y>{_Y}|{_Y_OLD})\b(?![\d%]|\s*(?:-|–)\s*\d|\s+(?:people|delegates|percent|"
        r"tons?|tonnes|km|kilometres|kilometers|MPs|members|soldiers|troops|units|cars|"
        r"companies|students|projects|hectares|metres|meters|dollars|USD|euros))",
    ),
]
_UNNAMED = re.compile(r"\(\?P<\w+>")
# One scan over every form (inner groups unnamed: names repeat across forms), then
# the matching form alone re-reads its groups.
SCAN = re.compile("|".join(f"(?P<{name}>{_UNNAMED.sub('(?:', body)})" for name, body in PATTERNS))
# The forms built on ordinary words are tried only in sentences that hold one of their words:
# most sentences scan with the shorter pattern.
_WORD_FORMS = frozenset(
    {
        "part_year",
        "season",
        "part_rel",
        "year_part",
        "weekend",
        "day_before",
        "visit_day",
        "month_part",
    }
)
SCAN_BASIC = re.compile(
    "|".join(
        f"(?P<{name}>{_UNNAMED.sub('(?:', body)})"
        for name, body in PATTERNS
        if name not in _WORD_FORMS
    )
)
_WORD_HINT = re.compile(
    r"(?i:\b(?:spring|summer|autumn|fall|winter|quarter|half|weekend|mid|early|late)\b|"
    r"\bday\s+(?:before|after|earlier|later|of)|\b(?:previous|following|next)\s+(?:day|morning|afternoon|evening|night)|"
    r"\bdays\s+(?:earlier|later)|"
    r"\b(?:beginning|start|middle|end)\s+of|\b(?:first|second|third|fourth|fifth|final|last)\s+day,)"
    r"|\bQ[1-4]\b"
)
FORMS: dict[str, re.Pattern[str]] = {name: re.compile(body) for name, body in PATTERNS}
_QUICK = re.compile(
    rf"\d+|{_MON}|{_WD}|yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|week|month|year"
    r"|\b(?:spring|summer|autumn|fall|winter|quarter|half|ago)\b|\bQ[1-4]\b"
    r"|days?\s+(?:before|after|earlier|later|of)|(?:previous|following|next|the)\s+day"
    r"|\b(?:first|second|third|fourth|fifth|final|last)\s+day,",
)
# Sentence openings that are date words ("Yesterday, …", "Last week …", "In March, …"): the
# scan reads them with a small first letter, as they stand inside a sentence.
_FIRST_WORD = re.compile(r"[\s\"“‘'(]*([A-Z][a-z]+)")
_LOWER_FIRST = frozenset(
    [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "last",
        "next",
        "this",
        "in",
        "on",
        "since",
        "from",
        "until",
        "by",
        "during",
        "early",
        "mid",
        "late",
        "the",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "a",
        "an",
        "one",
        "earlier",
        "later",
        "overnight",
        "at",
        "over",
        "past",
        "coming",
    ]
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "twenty": 20, "thirty": 30,
}  # fmt: skip


@dataclass(frozen=True)
class _Found:
    kind: str
    match: re.Match[str]


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


_NOT_DIGIT = re.compile(r"\D")
_DIGITS = re.compile(r"\d+")


def _day(token: str) -> int:
    return int(_NOT_DIGIT.sub("", token))


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _shift_year(month: int, day: int | None, published: dt.date, future: bool) -> tuple[int, str]:
    """The year of a month/day given without one."""
    year = published.year
    probe = dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))
    after = probe > published + dt.timedelta(days=1) and (day or month > published.month)
    if not future and after and ((probe - published).days > 31 or day is not None):
        return year - 1, "document year minus one: a past event after the document date"
    if future and probe < published and (published - probe).days > 31:
        return year + 1, "next year: a planned event before the document date"
    return year, "document year"


def _with_year(
    m: int, d: int | None, y: str | None, published: dt.date | None, future: bool
) -> tuple[str | None, str]:
    if y:
        return _iso(int(y), m, d), "explicit"
    if published is None:
        return None, "no year and no document date"
    year, rule = _shift_year(m, d, published, future)
    return _iso(year, m, d), rule


def _day_only(
    day: int, published: dt.date | None, future: bool, rel: str | None = None
) -> tuple[str | None, str | None, str]:
    """ "on the 26th": the document's month, or the month before when that day is still to
    come (after it, for a planned event whose day has passed); "on the 9th of last month"
    (`rel` "last" or "next"): the day of that month."""
    if published is None:
        return None, None, "day without a month and no document date"
    year, month = published.year, published.month
    if rel:
        month += -1 if rel.lower() == "last" else 1
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return _iso(year, month, day), None, f"day of {rel.lower()} month"
    if future and day < published.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        rule = "day of the month after the document's: a planned event"
    elif not future and day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        rule = "day of the month before the document's: a past event"
    else:
        rule = "day of the document's month"
    return _iso(year, month, day), None, rule


def _span_days(start: str, end: str) -> int:
    """Days from `start` to `end` (ISO days), 0 when `end` is not after `start`."""
    return max(0, (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days)


def _resolve_absolute(
    f: _Found, published: dt.date | None, future: bool
) -> tuple[str | None, str | None, str]:
    g = f.match.groupdict()
    kind = f.kind
    if kind == "iso" or kind == "slash_ymd":
        return _iso(int(g["y"]), int(g["m"]), int(g["d"])), None, "explicit numeric date"
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, month = (b, a) if a <= 12 < b else (a, b)
        return _iso(int(g["y"]), month, day), None, "explicit numeric date (day first)"
    if kind in ("range_dm_dm", "range_md_md", "range_d_dm", "range_md_d"):
        m = _month(g["m"])
        m2 = _month(g["m2"]) if g.get("m2") else m
        first, last = g.get("y1"), g.get("y")
        start, rule = _with_year(m, _day(g["d"]), first or last, published, future)
        if start is None:
            return None, None, rule
        year = int(start[:4]) + (1 if m2 < m else 0)
        if first and last:
            year = int(last)
        end = _iso(year, m2, _day(g["d2"]))
        listed = [_day(d) for d in _DIGITS.findall(g.get("mid") or "")]
        if listed and listed != list(range(_day(g["d"]) + 1, _day(g["d"]) + 1 + len(listed))):
            end = None  # "on March 5, 12 and 19": days apart, not one span
        if end is None or not _span_days(start, end) or (first and _span_days(start, end) > 62):
            # "on 5 May 2019 and 6 June 2020": two dates, not a span
            return start, None, f"day and month, {rule}: the first of two dates"
        return start, end, f"date range, {rule}"
    if kind == "dmy_word":
        day = ORDINAL_WORDS.index(g["dw"].lower()) + 1
        value, rule = _with_year(_month(g["m"]), day, g.get("y"), published, future)
        return value, None, f"day (in words) and month, {rule}"
    if kind in ("dmy", "mdy"):
        given: str | None = g.get("y")
        if g.get("yrel"):
            if published is None:
                return None, None, "day and month of a relative year, no document date"
            given = str(published.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0))
        value, rule = _with_year(_month(g["m"]), _day(g["d"]), given, published, future)
        return value, None, f"day and month, {rule}"
    if kind == "day_only":
        value, _, rule = _day_only(_day(g["d"]), published, future, g.get("drel"))
        last = _iso(int(value[:4]), int(value[5:7]), int(g["d2"])) if value and g["d2"] else None
        if value and last and _span_days(value, last):
            return value, last, f"{rule}, through the {g['d2']}"
        return value, None, rule
    if kind in ("month_range", "month_between"):
        return _month_range(_month(g["m"]), _month(g["m2"]), g.get("y"), published, future)
    if kind == "month_year":
        return _iso(int(g["y"]), _month(g["m"])), None, "month and year"
    if kind in ("month_rel", "rel_month"):
        if published is None:
            return None, None, "relative month without a document date"
        offset = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        m = _month(g["m"])
        if kind == "rel_month":  # "last June": the most recent June before the document
            year = (
                published.year
                if (m < published.month) == (offset <= 0)
                else published.year + offset
            )
            year = published.year + (offset if offset else 0) if offset == 0 else year
        else:
            year = published.year + offset
        return _iso(year, m), None, "month relative to the document year"
    if kind == "month":
        value, rule = _with_year(_month(g["m"]), None, None, published, future)
        return value, None, f"month, {rule}"
    if kind == "part_year":
        return g["y"], None, "part of a year (early, mid, late, a season): the year"
    if kind == "year_range":
        return g["y"], g["y2"], "year range"
    return g["y"], None, "year"


def _month_range(
    m: int, m2: int, year: str | None, published: dt.date | None, future: bool
) -> tuple[str | None, str | None, str]:
    """ "from January to March 2023": the first and last months (the year written after the
    span is its last month's; a span over New Year starts the year before)."""
    if m2 == m:
        return None, None, "month range of one month"
    if year is not None:
        last = int(year)
        return _iso(last - (1 if m2 < m else 0), m), _iso(last, m2), "month range and year"
    start, rule = _with_year(m, None, None, published, future)
    if start is None:
        return None, None, rule
    first = int(start[:4])
    return start, _iso(first + (1 if m2 < m else 0), m2), f"month range, {rule}"


def _resolve_relative(
    f: _Found, published: dt.date | None, future: bool
) -> tuple[str | None, str | None, str]:
    g = f.match.groupdict()
    if published is None:
        return None, None, f"{f.kind}: no document date"
    if f.kind == "weekday":
        target = WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("wrel") or "").lower()
        forward = rel == "next" or (future and rel != "last")
        delta = (target - published.weekday()) % 7
        day = (
            published + dt.timedelta(days=delta)
            if forward
            else published
            - dt.timedelta(days=(published.weekday() - target) % 7 or (7 if rel == "last" else 0))
        )
        if rel == "next" and delta == 0:
            day = published + dt.timedelta(days=7)
        how = "next" if forward else "most recent"
        return day.isoformat(), None, f"weekday: {how} {g['wd']} relative to the document date"
    if f.kind == "weekday_day":
        # "this Wednesday (17)": the 17th of the month nearest the document date
        dom = int(g["d"])
        month_start = published.replace(day=1)
        candidates = [
            _iso(d.year, d.month, dom)
            for d in (
                month_start - dt.timedelta(days=1),
                month_start,
                month_start + dt.timedelta(days=32),
            )
        ]
        near = min(
            (c for c in candidates if c),
            key=lambda c: abs((dt.date.fromisoformat(c) - published).days),
        )
        return near, None, "weekday with the day of the month in brackets"
    if f.kind == "season":
        return _season(g["season"].lower(), (g.get("srel") or "").lower(), published, future)
    if f.kind == "part_rel":
        which = g["which"].lower()
        offset = 1 if which == "next" else -1 if which == "last" else 0
        return f"{published.year + offset:04d}", None, f"relative: a {g['unit']} of {which} year"
    if f.kind == "year_part":
        which = (g.get("which") or "this").lower()
        offset = 1 if which == "next" else -1 if which == "last" else 0
        return f"{published.year + offset:04d}", None, "relative: a part of the year"
    if f.kind == "weekend":
        rel = (g.get("wrel") or "").lower()
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if rel in ("next", "coming") or (future and rel != "last" and rel != "past"):
            saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7 or 7)
        sunday = saturday + dt.timedelta(days=1)
        if saturday.month == sunday.month:
            return (
                _iso(saturday.year, saturday.month),
                None,
                "relative: a weekend, within one month",
            )
        return f"{saturday.year:04d}", None, "relative: a weekend across two months"
    if f.kind == "day_before":
        word = " ".join(f.match.group(0).lower().split())
        return (
            (published + dt.timedelta(days=day_shift(word))).isoformat(),
            None,
            f"relative: {word}, from the document date",
        )
    if f.kind == "visit_day":
        word = (g["ord"] or g["ord2"]).lower()
        return published.isoformat(), None, f"relative: the {word} day of the visit"
    if f.kind == "month_part":
        offset = {"next": 1, "last": -1}.get(g["which"].lower(), 0)
        month = published.month - 1 + offset
        rule = f"relative: part of {g['which'].lower()} month"
        return _iso(published.year + month // 12, month % 12 + 1), None, rule
    if f.kind == "year_end":
        year = published.year + (1 if g["which"].lower() == "next" else 0)
        return f"{year:04d}", None, "relative: the end of the year"
    if f.kind == "relative_day":
        word = " ".join(g["rd"].lower().split())
        if g.get("inday"):
            return published.isoformat(), None, f"relative: {word}, from the document date"
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(
            # (the day before yesterday, the day after tomorrow; never "this afternoon")
            word,
            -2 if "day before" in word else 2 if "day after" in word else 0,
        )
        return (published + dt.timedelta(days=shift)).isoformat(), None, f"relative: {word}"
    if f.kind == "relative_unit":
        rel, unit = " ".join((g["rel"] or "this").lower().split()), g["unit"].lower()
        offset = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0}.get(rel, 1)
        if unit == "year":
            return f"{published.year + offset:04d}", None, f"relative: {rel} year"
        if unit == "month":
            month = published.month - 1 + offset
            return (
                _iso(published.year + month // 12, month % 12 + 1),
                None,
                f"relative: {rel} month",
            )
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        if offset == 0:  # "earlier this week": its days up to the report; "later this week": after
            monday, sunday = (published, sunday) if future else (monday, published)
        if monday.month == sunday.month:
            return _iso(monday.year, monday.month), None, f"relative: {rel} week, within one month"
        if monday.year == sunday.year:
            return f"{monday.year:04d}", None, f"relative: {rel} week, across two months"
        return None, None, f"relative: {rel} week across two years"
    if g.get("vague"):
        return _vaguely_ago(g["unit"].lower().rstrip("s"), published)
    # "N units ago"
    n_text = g["n"].lower()
    n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
    unit = g["unit"].lower().rstrip("s")
    if unit == "year":
        return f"{published.year - n:04d}", None, f"relative: {n} years ago"
    if unit == "month":
        month = published.month - 1 - n
        return _iso(published.year + month // 12, month % 12 + 1), None, f"relative: {n} months ago"
    if unit == "decade":
        return f"{published.year - 10 * n:04d}", None, f"relative: {n} decades ago"
    days = n * {"week": 7, "fortnight": 14}.get(unit, 1)
    return (published - dt.timedelta(days=days)).isoformat(), None, f"relative: {n} {unit}s ago"


# "a few days ago": two to six days back; "a few weeks ago": two to five weeks back
_VAGUE_DAYS = {"day": (2, 6), "week": (14, 35), "month": (60, 180), "year": (730, 2190)}


def _vaguely_ago(unit: str, published: dt.date) -> tuple[str | None, str | None, str]:
    """ "A couple of weeks ago": the month (or year) all the days it may mean fall in."""
    rule = f"relative: a few {unit}s ago"
    if unit not in _VAGUE_DAYS:
        return None, None, rule
    near, far = (published - dt.timedelta(days=n) for n in _VAGUE_DAYS[unit])
    if (near.year, near.month) == (far.year, far.month):
        return _iso(near.year, near.month), None, rule
    return (f"{near.year:04d}" if near.year == far.year else None), None, rule


_DAYS_SHIFT = re.compile(r"(\w+) days (earlier|later)")


_LATER = re.compile(r"after|following|next|later")


def day_shift(phrase: str) -> int:
    """Days from the day counted from to the day `phrase` names: "the day before" -1, "the
    following morning" 1, "three days earlier" -3, "earlier in the day" 0."""
    if phrase.endswith("the day"):
        return 0
    sign = 1 if _LATER.search(phrase) else -1
    many = _DAYS_SHIFT.search(phrase)
    if many is None:
        return sign
    n = many.group(1)
    return sign * (int(n) if n.isdigit() else NUMBER_WORDS[n])


ORDINAL_DAYS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(
    season: str, rel: str, published: dt.date, future: bool
) -> tuple[str | None, str | None, str]:
    """ "in the autumn", "last summer", "next spring": the year of that season (winter runs
    from December, counted in the year it starts)."""
    first, last = SEASON_MONTHS.get(season, (12, 12))
    year = published.year
    month = published.month
    if rel == "last":
        year -= 0 if month > last else 1
    elif rel == "next":
        year += 0 if month < first else 1
    elif future and month > last:
        year += 1
    elif not future and month < first and season != "winter":
        year -= 1
    return f"{year:04d}", None, f"season: {rel + ' ' if rel else ''}{season}, the year it falls in"


RELATIVE_KINDS = frozenset(
    {
        "weekday",
        "weekday_day",
        "weekend",
        "year_part",
        "relative_day",
        "relative_unit",
        "ago",
        "year_end",
        "season",
        "part_rel",
        "day_before",
        "visit_day",
        "month_part",
    }
)


def _scan(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """SCAN's matches, tried only in a window around each anchor (a number, a month or
    weekday name, a relative word): the same matches as SCAN.finditer, several times faster."""
    pos = start
    scan = SCAN if _WORD_HINT.search(text, start, end) else SCAN_BASIC
    while pos < end:
        anchor = _QUICK.search(text, pos, end)
        if anchor is None:
            return
        match = scan.search(text, max(pos, anchor.start() - 28), min(end, anchor.end() + 60))
        if match is None or match.start() > anchor.end():
            pos = anchor.end()
            continue
        yield match
        pos = match.end()


_PAST_BEFORE = re.compile(
    # not a participle of a future form: "will be held in Ashgabat on 15 October", "which is
    # due to be held in Nouakchott in January"
    r"\b(?<!\bbe\s)(?<!\bbeen\s)(?:arrived|landed|came|met|held|signed|visited|began|started|"
    r"opened|was|were|had)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?(?:on\s+|last\s+)?$"
)
# "Vision 2030", "Agenda 2063": a year naming a plan's horizon, never a date.  "Abu Dhabi
# Sustainability Week 2025", "Expo 2020": an event's edition, which says no more than the news
# day when it is the document's year (and the year of that event otherwise).
# "Law No. 2019", "Resolution 2018", "Decree 2020", "Room 2020": a number, never a date.
_PLAN_YEAR = re.compile(
    r"\b(?:Vision|Agenda|Strategy|Programme|Program|Plan|Horizon|Resolution|Decree|Order|Article"
    r"|No\.?|Nr\.?|Number|Room|Flight|Route|Highway|Gate|Hall|Block)\s+$"
)
_EVENT_YEAR = re.compile(
    r"\b(?:Week|Summit|Forum|Expo|EXPO|Games|Cup|Olympics|Paralympics|Conference|Congress|Festival"
    r"|Fair|Exhibition|Show|Dialogue|Championship|Biennale|COP)\s+$"
)


# "met X in Amman on Monday to discuss a visit scheduled for April": an act told as done, and
# no word of a plan between its verb and the date
_DONE_VERB = re.compile(
    # not a participle of a plan: "will be held on", "is scheduled to be received by … on"
    r"\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?:met|held|signed|received|visited|arrived|landed|hosted|discussed|inked|concluded|paid|travell?ed|flew)\b"
)
_PLAN_WORDS = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|scheduled|expected|due|plans?|planned|set\s+to"
    r"|upcoming|forthcoming|next|ahead\s+of|prepar\w+"
    r"|to\s+(?:meet|hold|visit|sign|travel|attend|discuss|host|be))\b"
)


def done_verb(words: str) -> bool:
    """Do `words` open with a verb of an act told as done ("met", "held talks", "signed")?"""
    return _DONE_VERB.match(words) is not None


def _told_done(text: str, start: int, at: int) -> bool:
    """The date at `at` follows a verb of an act told as done, with no plan between them."""
    verbs = list(_DONE_VERB.finditer(text, max(start, at - 120), at))
    return bool(verbs) and _PLAN_WORDS.search(text, verbs[-1].end(), at) is None


def _named_year(text: str, start: int, end: int, published: dt.date | None) -> bool:
    before = max(0, start - 30)
    if _PLAN_YEAR.search(text, before, start):
        return True
    same = published is not None and text[end - 4 : end] == f"{published.year:04d}"
    return same and _EVENT_YEAR.search(text, before, start) is not None


def date_mentions(
    text: str, start: int, end: int, *, published: dt.date | None, future: bool = False
) -> list[DateMention]:
    """Date expressions in text[start:end], resolved against `published`."""
    out: list[DateMention] = []
    src, base, s0, e0 = text, 0, start, end
    first = _FIRST_WORD.match(text, start, end)
    if first and first.group(1).lower() in _LOWER_FIRST:
        at = first.start(1)
        src = text[start:at] + text[at].lower() + text[at + 1 : end]
        base, s0, e0 = start, 0, end - start
    for match in _scan(src, s0, e0):
        kind = match.lastgroup or ""
        inner = FORMS[kind].fullmatch(src, match.start(), match.end())  # (its lookbehinds see)
        m0, m1 = base + match.start(), base + match.end()
        if inner is None or (kind == "year" and _named_year(text, m0, m1, published)):
            continue
        found = _Found(kind, inner)
        relative = kind in RELATIVE_KINDS
        resolver = _resolve_relative if relative else _resolve_absolute
        # "Battsetseg, who arrived Sunday, is scheduled to …": a past verb dates its own words
        here = (
            future
            and not _PAST_BEFORE.search(text, max(0, m0 - 45), m0)
            and not in_past_clause(text, start, end, m0)
            and not _told_done(text, start, m0)
        ) or later_act_before(text, start, m0)
        value, value_end, rule = resolver(found, published, here)
        out.append(
            DateMention(
                start=m0,
                end=m1,
                surface=text[m0:m1],
                value=value,
                value_end=value_end,
                precision=PRECISIONS.get(len(value)) if value else None,
                rule=rule,
                relative=relative,
                future=(value > published.isoformat()[: len(value)])
                if value and published
                else None,
            )
        )
    return _combine(text, out, published) if len(out) > 1 else out


_WD_WORD = re.compile(rf"{_WD}", re.I)
_WD_THEN_DATE = re.compile(r"\s*,?\s*\(?\s*(?:the\s+)?")
_WD_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*")
_WD_AND = re.compile(r"\s+and\s+(?:on\s+)?")
_WD_THEN_WEEK = re.compile(r"\s+(?:of\s+)?")
_WEEK_NAMED = re.compile(r"(last|past|previous|this|next|coming)\s+week", re.I)


def _weekday_of(m: DateMention) -> int | None:
    word = _WD_WORD.search(m.surface)
    return WEEKDAYS.index(word.group(0).lower()) if word else None


def _combine(
    text: str, found: list[DateMention], published: dt.date | None = None
) -> list[DateMention]:
    """A weekday next to the date it names ("on Thursday, February 9") is that date, in the
    year whose calendar agrees; a weekday of a named week ("on Monday last week", "on Thursday
    next week") is that day of that week; two weekdays joined ("from Monday to Wednesday", "on
    Saturday and Sunday") are one span ("from Monday to Wednesday last week": of that week)."""
    found = list(found)
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        m = found[i]
        n = found[i + 1] if i + 1 < len(found) else None
        wd = _weekday_of(m) if m.rule.startswith("weekday:") else None
        if n is None or wd is None:
            out.append(m)
            i += 1
            continue
        gap = text[m.end : n.start]
        if n.precision == "day" and not n.relative and _WD_THEN_DATE.fullmatch(gap) and n.value:
            value = n.value
            if "document year" in n.rule and not n.value_end:
                day = dt.date.fromisoformat(value)
                for year in (day.year, day.year - 1, day.year + 1):
                    probe = _iso(year, day.month, day.day)
                    if probe and dt.date.fromisoformat(probe).weekday() == wd:
                        value = probe
                        break
            out.append(
                replace(
                    n,
                    start=m.start,
                    surface=text[m.start : n.end],
                    value=value,
                    rule=f"{n.rule}, {WEEKDAYS[wd]} as the calendar agrees",
                )
            )
            i += 2
            continue
        week = (
            _WEEK_NAMED.fullmatch(n.surface)
            if published and n.rule.startswith("relative")
            else None
        )
        if week and published and _WD_THEN_WEEK.fullmatch(gap):
            offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
                week.group(1).lower(), 0
            )
            day = published + dt.timedelta(days=7 * offset + wd - published.weekday())
            out.append(
                replace(
                    m,
                    end=n.end,
                    surface=text[m.start : n.end],
                    value=day.isoformat(),
                    value_end=_moved(m.value_end, m.value, day),
                    rule=f"weekday: {WEEKDAYS[wd]} of {week.group(1).lower()} week",
                )
            )
            i += 2
            continue
        wd2 = _weekday_of(n) if n.rule.startswith("weekday:") else None
        if (
            wd2 is not None
            and m.value
            and (_WD_RANGE.fullmatch(gap) or (_WD_AND.fullmatch(gap) and (wd2 - wd) % 7 == 1))
        ):
            last = dt.date.fromisoformat(m.value) + dt.timedelta(days=(wd2 - wd) % 7)
            # read again with what follows ("from Monday to Wednesday last week")
            found[i + 1] = replace(
                m,
                end=n.end,
                surface=text[m.start : n.end],
                value_end=last.isoformat(),
                rule=f"{m.rule}, through {WEEKDAYS[wd2]}",
            )
            i += 1
            continue
        out.append(m)
        i += 1
    return out


def _moved(end: str | None, start: str | None, day: dt.date) -> str | None:
    """`end` moved by as many days as `start` moves to `day` (a span read in another week)."""
    if end is None or start is None:
        return end
    shift = day - dt.date.fromisoformat(start)
    return (dt.date.fromisoformat(end) + shift).isoformat()


def years_before(value: str | None, years: int) -> str | None:
    """The year `years` before `value` ("2014", 20 -> "1994")."""
    return f"{int(value[:4]) - years:04d}" if value else None


_HEADER_LINES = 8
_SHORT_LINE = 120
_LINE = re.compile(r"[^\n]+")
_LABEL = re.compile(r"^\s*(?:date|published|posted|updated|created|last\s+updated)\b", re.I)


def _full_dates(text: str, start: int, end: int) -> list[DateMention]:
    return [
        m
        for m in date_mentions(text, start, end, published=None)
        if m.value and m.precision == "day" and not m.relative
    ]


_DATELINE_CLOSE = re.compile(r"\s(?:--|—|–|-)\s|\(|:\s")

# A header's date with a two-digit year: "03/03/20", "12.03.24", "12-Mar-24", "12 Mar. '24",
# "Mar 12 '24" (a month before the day needs the apostrophe: "March 12 24" may count things)
_SHORT_YEAR = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2})(?![\d/.-])"
    rf"|\b(?P<d>{_D})[\s-](?P<m>{_MON})[\s-]['’]?(?P<y2>\d{{2}})\b(?![\d:.,/-])"
    rf"|\b(?P<m3>{_MON})\s+(?P<d3>{_D}),?\s+['’](?P<y3>\d{{2}})\b(?![\d:])"
)


# "Sep 25 - 2025", "25 Sep – 2025": a header's day and month, then its year after a dash
_DASHED_YEAR = re.compile(
    rf"\b(?:(?P<m>{_MON})\s+(?P<d>{_D})|(?P<d2>{_D})\s+(?P<m2>{_MON}))\s*[-–—]\s*(?P<y>{_Y})\b(?![\d/.-])"
)


def _dashed_year_dates(text: str, start: int, end: int) -> list[DateMention]:
    """The dates of a header line written with a dash before the year ("Sep 25 - 2025")."""
    return _month_day_year_dates(_DASHED_YEAR, "dashed year", text, start, end)


def _month_day_year_dates(
    pattern: re.Pattern[str], rule: str, text: str, start: int, end: int
) -> list[DateMention]:
    """The day dates `pattern` finds, its groups m/d or d2/m2 and y naming them."""
    out = []
    for m in pattern.finditer(text, start, end):
        month = _month(m.group("m") or m.group("m2"))
        value = _iso(int(m.group("y")), month, _day(m.group("d") or m.group("d2")))
        if value:
            out.append(DateMention(m.start(), m.end(), m.group(0), value, None, "day", rule))
    return out


def _short_year_dates(text: str, start: int, end: int) -> list[DateMention]:
    """The dates with a two-digit year of a header line (numeric ones day first, as
    `_month_first` may turn them), read as years of this century."""
    out = []
    for m in _SHORT_YEAR.finditer(text, start, end):
        if m.group("a"):
            day, month, rule = int(m.group("a")), int(m.group("b")), "two-digit year, day first"
            year = m.group("y")
        elif m.group("d"):
            day, month, rule = _day(m.group("d")), _month(m.group("m")), "two-digit year"
            year = m.group("y2")
        else:
            day, month, rule = _day(m.group("d3")), _month(m.group("m3")), "two-digit year"
            year = m.group("y3")
        value = _iso(2000 + int(year), month, day) if 1 <= month <= 12 else None
        if value:
            out.append(DateMention(m.start(), m.end(), m.group(0), value, None, "day", rule))
    return out


# "Date: 20240306": a labelled header's date written without separators
_COMPACT = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d/.-])"
)


def _compact_dates(text: str, start: int, end: int) -> list[DateMention]:
    out = []
    for m in _COMPACT.finditer(text, start, end):
        value = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value:
            out.append(DateMention(m.start(), m.end(), m.group(0), value, None, "day", "YYYYMMDD"))
    return out


# "Lima, 28 de junio de 2024", "Paris, le 3 mars 2023", "Lisboa, 5 de março, 2025": a
# header's date in Spanish, Portuguese, French, Italian or German (the body is English)
_FOREIGN_MONTHS = {
    month: number
    for number, names in enumerate(
        (
            "enero janeiro janvier gennaio januar",
            "febrero fevereiro février fevrier febbraio februar",
            "marzo março marco mars märz",
            "abril avril aprile",
            "mayo maio mai maggio",
            "junio junho juin giugno juni",
            "julio julho juillet luglio juli",
            "agosto août aout august",
            "septiembre setiembre setembro septembre settembre",
            "octubre outubro octobre ottobre oktober",
            "noviembre novembro novembre",
            "diciembre dezembro décembre decembre dicembre dezember",
        ),
        start=1,
    )
    for month in names.split()
}
_FOREIGN_DATE = re.compile(
    r"\b(?P<d>[12]\d|3[01]|0?[1-9])(?:º|er|\.)?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,10})"
    r"(?:\s+de|\s*,)?\s+(?P<y>(?:19|20)\d{2})\b",
    re.I,
)


def _foreign_dates(text: str, start: int, end: int) -> list[DateMention]:
    out = []
    for m in _FOREIGN_DATE.finditer(text, start, end):
        month = _FOREIGN_MONTHS.get(m.group("m").lower())
        value = _iso(int(m.group("y")), month, int(m.group("d"))) if month else None
        if value:
            rule = "a date in the language of the outlet"
            out.append(DateMention(m.start(), m.end(), m.group(0), value, None, "day", rule))
    return out


# "Pyongyang, October 15 Juche 112 (2023)", "Taipei, 3 May Minguo 113 (2024)": a day and month
# with a national era's year, then the Gregorian year in brackets
_ERA_YEAR = re.compile(
    rf"\b(?:(?P<m>{_MON})\s+(?P<d>{_D})|(?P<d2>{_D})\s+(?P<m2>{_MON}))\s+"
    rf"(?:[A-Z][a-z]+\s+){{1,2}}\d{{1,4}}\s*\((?P<y>{_Y})\)"
)


def _era_year_dates(text: str, start: int, end: int) -> list[DateMention]:
    """The dates of a dateline whose year is a national era's, the Gregorian one bracketed."""
    rule = "era year, the Gregorian one in brackets"
    return _month_day_year_dates(_ERA_YEAR, rule, text, start, end)


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline of a running first line ends ("WARSAW, June 14, 2019 (PAP) —"):
    a date after that is the story's, not the document's."""
    close = _DATELINE_CLOSE.search(text, start, min(end, start + 60))
    # "Luanda – 30 July 2024 | 20:45 – The ministers …": the city, then the date
    if (
        close
        and not any(c.isdigit() for c in text[start : close.start()])
        and _DATE_ONLY_HINT.match(text, close.end())
    ):
        after = _DATELINE_CLOSE.search(text, close.end(), min(end, close.end() + 60))
        return after.start() if after else min(end, close.end() + 60)
    # "RIYADH, 12 Rabi al-Awwal 1445 (27 September 2023) (SPA) -": the Gregorian date in
    # brackets after the Hijri one
    bracket = _BRACKETED_DATE.match(text, close.start()) if close else None
    if bracket:
        return bracket.end()
    era = _ERA_YEAR.search(text, start, min(end, start + 80))
    if era and close and era.start() < close.start() < era.end():
        return era.end()
    # "Tashkent, Uzbekistan (UzA), 12 February 2024 --", "DOHA (QNA) – March 6, 2024 –": the
    # agency's tag, then the date
    tag = _TAG_THEN_DATE.match(text, close.start()) if close and close.group(0) == "(" else None
    if tag:
        after = _DATELINE_CLOSE.search(text, tag.end(), min(end, tag.end() + 60))
        return after.start() if after else min(end, tag.end() + 60)
    return close.start() if close else min(end, start + 60)


_BRACKETED_DATE = re.compile(r"\([^()\n]{4,30}?\b\d{4}\s*\)")
_TAG_THEN_DATE = re.compile(
    r"\([A-Za-z]{2,12}\)\s*(?:,|--|[—–-])\s*(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d)"
)


# A line that holds only a date and a time ("2024/05/20 17:12 KST", "15/01/2024 13:40"): the
# document's date even when it stands after the lead paragraph (Yonhap, KUNA).
# "VNA | Tuesday, November 14, 2023 - 15:40": an agency's tag and a weekday may lead
_AGENCY_TAG = r"[A-Z]{2,10}\s*[|/]\s*"
_WEEKDAY_WORD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_DATE_ONLY_HINT = re.compile(
    rf"\s*(?:{_AGENCY_TAG})?(?:{_WEEKDAY_WORD})?(?:\d|[A-Z][a-z]{{2,8}}\.?,?\s+\d)"
)
_LEAD_WORDS = re.compile(rf"^\s*(?:{_AGENCY_TAG})?(?:{_WEEKDAY_WORD})?")
_TIME_LEFT = re.compile(
    r"[\d\s:|,./()+\-–—]*(?:(?:[A-Z]{2,5}|GMT|UTC|[AaPp]\.?[Mm]\.?|hrs|h)[\d\s:|,./()+\-–—]*)?"
)


def _date_only(line: str, surface: str) -> bool:
    """Nothing on the line but the date, a time, and perhaps an agency's tag and a weekday."""
    rest = line.replace(surface, " ", 1)
    return _TIME_LEFT.fullmatch(_LEAD_WORDS.sub(" ", rest, count=1)) is not None


_CAPS_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b")


DATELINE = "dateline at the start of the text"  # the rule of a document date read there


def publication_date(text: str) -> Publication | None:
    """The document's own date, read from its header lines or dateline.

    Looks at the first few lines: a short line (a header, a byline, "Posted: …")
    or the opening of the first long line (a dateline such as "WARSAW, June 14,
    2019 (PAP) —").  A date needs a year: "HANOI, Oct. 3 (VNA)" fixes none.
    """
    body = False  # past the first paragraph of running text, only labelled lines count
    for number, line in enumerate(_LINE.finditer(text)):
        if number >= _HEADER_LINES:
            break
        if not line.group(0).strip():
            continue
        labelled = _LABEL.match(line.group(0)) is not None
        short = len(line.group(0).strip()) <= _SHORT_LINE
        if body and not labelled and not (short and _DATE_ONLY_HINT.match(line.group(0))):
            continue
        was_body = body
        body = body or not short
        short = short or labelled
        end = line.end() if short else _dateline_end(text, line.start(), line.end())
        found = _full_dates(text, line.start(), end)
        if not found and _CAPS_MONTH.search(text, line.start(), end):
            # "4 APR 2023, 14:22": the month in capitals, read as written in title case
            titled = text[: line.start()] + text[line.start() : end].title() + text[end:]
            found = _full_dates(titled, line.start(), end)
        if not found and short:
            found = _short_year_dates(text, line.start(), end) or _dashed_year_dates(
                text, line.start(), end
            )
        if not found and labelled:
            found = _compact_dates(text, line.start(), end)
        if not found:
            found = _foreign_dates(text, line.start(), end)
        if not found:
            found = _era_year_dates(text, line.start(), end)
        if found and was_body and not labelled and not _date_only(line.group(0), found[0].surface):
            continue
        if found:
            pub = _publication(
                text,
                _published_first(text, line.start(), found),
                "header line" if short else DATELINE,
            )
            return _dateline_day(text, pub)
    closing = _closing_date(text)
    return _dateline_day(text, closing) if closing else None


# "BAMAKO, Sept. 16 (Xinhua) --", "LONDON, 12 February (Reuters) -": a dateline's day, no year
_DATELINE_DAY = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?P<md>(?P<m>{_MON})\s+(?P<d>{_D})|(?P<d2>{_D})\s+"
    rf"(?P<m2>{_MON}))\b(?!,?\s*\d{{4}})",
    re.M,
)
# The same after the line break that opens the line: `re` skips to each "\n" at once (it tries
# a pattern led by "^" at every position).
_DATELINE_DAY_AFTER_BREAK = re.compile("\n" + _DATELINE_DAY.pattern[1:])


def _dateline_day_line(text: str, end: int) -> re.Match[str] | None:
    """`_DATELINE_DAY.search(text, 0, end)`: its "^" holds at 0 and after each "\n", so its
    first match is at 0 or just after the first "\n" that `_DATELINE_DAY_AFTER_BREAK` finds
    (the rest of the two patterns is the same, read up to the same `end`), and matching the
    pattern there gives the same match."""
    first = _DATELINE_DAY.match(text, 0, end)
    if first is not None:
        return first
    found = _DATELINE_DAY_AFTER_BREAK.search(text, 0, end)
    return None if found is None else _DATELINE_DAY.match(text, found.start() + 1, end)


def _dateline_month_day(text: str) -> tuple[int, int, re.Match[str]] | None:
    """The month and day of a dateline without a year near the top of the text."""
    line = _dateline_day_line(text, min(len(text), _HEAD * 2))
    if line is None:
        return None
    return (
        _month(line.group("m") or line.group("m2")),
        _day(line.group("d") or line.group("d2")),
        line,
    )


def _dateline_day(text: str, pub: Publication) -> Publication:
    """The story's day when the dateline names one a day or two before the header's (a report
    filed late and published after midnight): "today" and "on Saturday" count from it."""
    found = _dateline_month_day(text)
    if found is None:
        return pub
    month, day, line = found
    year = pub.date.year - (1 if (month, day) > (pub.date.month, pub.date.day) else 0)
    told = _iso(year, month, day)
    if told is None or not 1 <= (pub.date - dt.date.fromisoformat(told)).days <= 2:
        return pub
    start, end = line.span("md")
    return Publication(
        dt.date.fromisoformat(told), text[start:end], start, end, f"{pub.rule}; the dateline's day"
    )


def _publication(text: str, found: DateMention, rule: str) -> Publication:
    surface = text[found.start : found.end]  # as written, capitals and all
    day = dt.date.fromisoformat(found.value or "")
    month_first = _month_first(text, found, day)
    if month_first is not None:
        return Publication(month_first, surface, found.start, found.end, f"{rule}, month first")
    return Publication(day, surface, found.start, found.end, rule)


_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]")
_HEAD = 600
# A US time zone on the header's line: the date beside it is written month first
_US_STYLE = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")


def _month_first(text: str, found: DateMention, day: dt.date) -> dt.date | None:
    """A numeric date read day first ("02/12/2024" as 2 December) that the top of the text
    tells month first: the dateline's "Feb. 12", or a weekday just before it ("Monday
    02/12/2024") that only 12 February has. None when the day-first reading stands."""
    parts = _NUMERIC.search(found.surface)
    if parts is None or "day first" not in found.rule or parts.group(1) == parts.group(2):
        return None
    a, b = int(parts.group(1)), int(parts.group(2))
    if a > 12 or b > 12:
        return None
    other = dt.date(day.year, a, b) if b <= calendar.monthrange(day.year, a)[1] else None
    if other is None:
        return None
    spelled = _spelled_beside(text, found)  # "03/06/2024 March 6, 2024": the line spells it
    if spelled is not None:
        return other if spelled == other else None
    dateline = _dateline_month_day(text)  # "WASHINGTON, Feb. 12 (AP) -"
    if dateline and dateline[:2] == (other.month, other.day):
        return other
    if dateline and dateline[:2] == (day.month, day.day):
        return None
    line_end = text.find("\n", found.end)
    if _US_STYLE.search(text, found.end, line_end if line_end >= 0 else len(text)):
        return other  # "02/12/2024 09:30 AM EST": an American clock, an American date
    at = found.start + parts.start()
    weekday = _WD_WORD.search(text, max(text.rfind("\n", 0, at) + 1, at - 15), at)
    if weekday:
        wd = WEEKDAYS.index(weekday.group(0).lower())
        if other.weekday() == wd != day.weekday():
            return other
    return None


def _spelled_beside(text: str, found: DateMention) -> dt.date | None:
    """The date that the numeric one's line also gives with the month in words, if any."""
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    for d in _full_dates(text, start, end if end >= 0 else len(text)):
        if d.start != found.start and not _NUMERIC.search(d.surface) and d.value:
            return dt.date.fromisoformat(d.value)
    return None


_PUBLISHED_WORD = re.compile(r"\b(?:[Pp]ublished|[Pp]osted|[Cc]reated|[Ii]ssued)\b")


def _published_first(text: str, start: int, found: list[DateMention]) -> DateMention:
    """Of several dates on one header line, the one labelled as the publication's ("Updated
    March 4, 2020, Published March 3, 2020"), else the first."""
    if len(found) > 1:
        for d in found:
            if _PUBLISHED_WORD.search(text, start, d.start):
                return d
            start = d.end
    return found[0]


_CLOSING_LINES = 3
# "Bali, 6 November 2025", "Done at Brasília, 12 May 2024": where and when a statement was issued
_PLACE_COMMA = re.compile(
    r"\s*(?:Done\s+(?:at|in)\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s+(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)"
)


def _closing_date(text: str) -> Publication | None:
    """A date on a line of its own, or labelled ("Published: 03.03.2020"), among the last few
    lines: the document's date when its header gives none."""
    end = len(text)
    for _ in range(_CLOSING_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            place = _PLACE_COMMA.match(line)  # "Bali, 6 November 2025" under a joint statement
            if place and len(line) <= _SHORT_LINE:
                found = _full_dates(text, start + place.end(), end)
                if found and _date_only(line[place.end() :], found[0].surface):
                    return _publication(text, found[0], "closing line: place and date")
            if len(line) > _SHORT_LINE or not (_LABEL.match(line) or _DATE_ONLY_HINT.match(line)):
                return None
            found = _full_dates(text, start, end)
            if found and (_LABEL.match(line) or _date_only(line, found[0].surface)):
                return _publication(text, found[0], "closing line")
        if start == 0:
            return None
        end = start - 1
    return None


# ", who is on a state visit on 13-14 November,": a relative clause, up to its closing comma.
# (a clause goes on over a comma before its day and the visit it tells: ", who arrived on
# Monday, March 10, for a three-day visit", "…, who arrived on Sunday, 29 Sha'ban 1445 AH,
# corresponding to 10 March 2024, on an official visit …")
_CLAUSE_DATE_GOES_ON = (
    r"(?:,\s+(?=\d|corresponding\s+to\b|equivalent\s+to\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:on|for)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+){0,3}"
    r"visit\b)[^,;:()]*)*"
)
_RELATIVE_CLAUSE = re.compile(
    # ", under which young diplomats will take part in exchanges from next year": what the
    # document provides for, not when it was signed
    r",\s+(?:(?:with|to|of|from|under|through|by)\s+)?(?:who|whom|whose|which|when)\b[^,;:()]*"
    + _CLAUSE_DATE_GOES_ON
)
_DURING_WHICH = re.compile(r",\s+during\s+which\b")
_SPAN_ENDED = re.compile(r"\b(?:concluded|ended|wrapped\s+up|completed|rounded\s+off)\b")


def _as_month(d: DateMention, why: str) -> DateMention:
    """`d` at month precision (a day-precision date only)."""
    if d.value is None or len(d.value) != 10:
        return d
    return replace(d, value=d.value[:7], value_end=None, precision="month", rule=f"{d.rule}; {why}")


# ", which was signed on April 1, 2022": the clause dates the document it follows (not ", which
# were first signed in 2007", an earlier act).
_DATING_CLAUSE = re.compile(
    r",\s+which\s+(?:was|were|had\s+been|has\s+been)\s+(?:signed|held|inked|concluded|initialled)\b"
    # ", which Argentina and Chile signed at the Vatican on November 29, 1984"
    r"|,\s+which\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}(?:had\s+)?(?:signed|inked|concluded)\b"
    r"|,\s+which\s+the\s+two\s+(?:countries|sides|states|governments|ministers|leaders)\s+(?:had\s+)?"
    r"(?:signed|inked|concluded)\b"
    # "the 9th meeting of the … Commission, which is due to take place in Ulaanbaatar in the autumn"
    r"|"
    + r"(?P<planned>,\s+which\s+(?:(?:is|are)\s+(?:due|scheduled|expected|set|planned)\s+to|will)\s+"
    r"(?:take\s+place|be\s+held)\b)"
)


def planned_clause(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold ", which is due to take place …" (the act it follows is planned)?"""
    return any(
        (m := _DATING_CLAUSE.match(text, c0)) is not None and m.group("planned") is not None
        for c0, _c1, dating in _clauses(text, start, end)
        if dating
    )


# ", scheduled for next month in Nouakchott", ", to be held in May": an aside on a plan that
# follows the act's trigger (the next session of a commission, a summit to come)
_PLAN_ASIDE = re.compile(
    r",\s+(?:(?:which\s+is\s+)?(?:scheduled|slated|planned|set|due)\s+(?:for|to)\b|to\s+be\s+held\b)"
)


def plan_between(text: str, sent_start: int, trigger_end: int, at: int) -> bool:
    """An act told as done ("held talks on … the next session") and, between its trigger and
    `at`, an aside on a plan (", scheduled for next month"): a date or place at `at` is the
    plan's. Not "The summit, scheduled for May": a plan's own date."""
    if at <= trigger_end or "," not in text[trigger_end:at]:
        return False
    return (
        _PLAN_ASIDE.search(text, trigger_end, at) is not None
        and _PAST_VERB.search(text, sent_start, trigger_end) is not None
    )


_SIGNED_TYPES = frozenset({"visa_agreement", "mou", "agreement"})


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Relative clauses of text[start:end]: (start, end, whether the clause shares the main
    clause's time: a 'when' clause, or one that dates the document it follows)."""
    if "," not in text[start:end]:
        return []
    return [
        (
            m.start(),
            m.end(),
            " when" in m.group(0)[:12]
            or bool(_DATING_CLAUSE.match(m.group(0)))
            or _visit_told_again(text, start, m.start()),
        )
        for m in _RELATIVE_CLAUSE.finditer(text, start, end)
    ]


# "the preparations for the official visit of the Speaker, Saulius Skvernelis, who will visit
# Helsinki on 2–3 December": the clause tells the visit its sentence names, and dates it
_WHO_WILL_VISIT = re.compile(
    r",\s+who\s+(?:will|is\s+(?:due|scheduled|expected|set)\s+to)\s+(?:also\s+)?"
    r"(?:visit|travel\s+to|pay)\b"
)
_VISIT_OF = re.compile(r"(?i)\bvisit\s+of\b")


def _visit_told_again(text: str, start: int, clause: int) -> bool:
    """A ", who will visit …" clause (at `clause`) after "the visit of X": the same visit, not
    another act."""
    return (
        _WHO_WILL_VISIT.match(text, clause) is not None
        and _VISIT_OF.search(text, max(start, clause - 120), clause) is not None
    )


# "The visiting minister, who arrived in Abuja on Sunday for a two-day visit, said …": the
# clause on the visitor tells the visit the trigger names
_ARRIVED_CLAUSE = re.compile(r",\s+who\s+(?:had\s+)?(?:arrived|landed|is\s+on|was\s+on|came)\b")


def _visitor_arrived(text: str, t1: int, c0: int, c1: int) -> bool:
    """A ", who arrived …" clause right after the visitor the visit trigger at `t1` names
    ("the visiting minister"), and telling a visit or an arrival."""
    return (
        c0 - t1 <= 60
        and "," not in text[t1:c0]
        and _ARRIVED_CLAUSE.match(text, c0) is not None
        and ("visit" in text[c0:c1] or "arriv" in text[c0:c1])
    )


def dates_for(
    text: str,
    sent_start: int,
    sent_end: int,
    dates: list[DateMention],
    trigger: tuple[int, int, str],
    others: list[tuple[int, int, str]],
) -> list[DateMention]:
    """The dates of a sentence that can date this trigger's event.

    A date inside a relative clause (", who is on a state visit on 13-14 November,", ", which
    were first signed in 2007") dates what that clause tells, not the main clause's act; a trigger
    inside a clause takes its clause's dates first ("when" clauses share the main clause's time).
    A date after another kind of event's trigger is that event's ("signed a protocol and agreed
    to hold the next meeting in the second half of the year")."""
    if len(dates) == 0:
        return dates
    t0, t1, kind = trigger
    dates = [d for d in dates if not _of_a_thing_begun(text, t1, d)]
    if kind in _SIGNED_TYPES:
        # "the implementation of the security agreement signed last week": the participle
        # right after the document dates it, not the sentence's other act
        own = [d for d in dates if d.start >= t1 and _SIGNED_THEN.fullmatch(text, t1, d.start)]
        if own:
            return own
    clauses = _clauses(text, sent_start, sent_end)
    mine = next((c for c in clauses if c[0] <= t0 < c[1]), None)

    def clause_of(d: DateMention) -> tuple[int, int, bool] | None:
        return next((c for c in clauses if c[0] <= d.start < c[1]), None)

    if mine is None and kind == "visit":
        # "the official visit of X, who will visit Helsinki on 2–3 December": the clause's days
        again = [
            d
            for d in dates
            if (c := clause_of(d)) is not None
            and c[0] >= t1
            and (
                _visit_told_again(text, sent_start, c[0]) or _visitor_arrived(text, t1, c[0], c[1])
            )
        ]
        if again:
            return again
    during = _DURING_WHICH.search(text, sent_start, t0)
    if (
        during
        and _SPAN_ENDED.search(text, sent_start, during.start())
        and not any(d.start > during.start() for d in dates)
    ):
        # "concluded his visit on Friday, during which the two sides signed pacts": a day
        # of the span, not the day it ended: its month
        return [_as_month(d, "a day of the span told before") for d in dates]
    if mine is None and kind in _SIGNED_TYPES:
        # "marked on Thursday the anniversary of the Treaty …, which A and B signed in Almaty
        # on October 22, 1993": the clause right after the document dates it
        dating = [
            d
            for d in dates
            if (c := clause_of(d)) is not None
            and c[2]
            and t1 <= c[0] <= t1 + 80
            and "," not in text[t1 : c[0]]
        ]
        if dating:
            return dating
    if mine is not None:
        inside = [d for d in dates if clause_of(d) == mine]
        if inside:
            return inside
        if not mine[2]:
            return [d for d in dates if clause_of(d) is None]
    usable = [d for d in dates if (c := clause_of(d)) is None or c[2] or c == mine]
    outside_others = [o for o in others if not any(c[0] <= o[0] < c[1] for c in clauses)]
    kept = [
        d
        for d in usable
        if not any(
            o[2] != kind
            and not (o[2] in _SIGNED_TYPES and kind in _SIGNED_TYPES)
            and {o[2], kind} != {"visit", "meeting"}
            # "The Joint Communiqué establishing diplomatic relations was signed on March 3":
            # relations set up by signing a document share its day
            and not _relations_by_document(o[2], kind)
            and t1 <= o[0] < d.start
            and not _occasion_of(text, t1, o[0])
            for o in outside_others
        )
    ]
    return _not_said(text, t0, kept) if len(kept) > 1 else kept


# "the agreement signed last week", "the MoU signed in Rabat on Monday"
_SIGNED_THEN = re.compile(
    r"\s+(?:signed|inked|concluded)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"\s+(?:on\s+|in\s+)?"
)


# "visas under a scheme launched two years ago": a participle after a preposition's object,
# then a date counted back from today, tells when some other thing began, not the act
_BEGUN_AGO = re.compile(
    r"\b(?:under|of|for|in|into|to|with|from|through|within|by)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:launched|introduced|created|set\s+up|founded|started|inaugurated|"
    r"opened|built)\s+$"
)


def _of_a_thing_begun(text: str, t1: int, d: DateMention) -> bool:
    """A date after the trigger that tells when some other thing began ("signed an exchange of
    notes that doubles the visas under a scheme launched two years ago")."""
    if d.start < t1 or not d.surface.endswith("ago"):
        return False
    return _BEGUN_AGO.search(text, max(t1, d.start - 60), d.start) is not None


def _relations_by_document(a: str, b: str) -> bool:
    """One kind is relations, the other a signed document (its means)."""
    return "diplomatic_relations" in (a, b) and (a in _SIGNED_TYPES or b in _SIGNED_TYPES)


# "signed 27 agreements during the 22nd session of the joint commission, held in Algiers in
# 2017": the other act is the occasion of this one, and its date this one's
_OCCASION_OF = re.compile(
    r"\b(?:during|amid|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of|within\s+the\s+"
    r"framework\s+of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+(?:\s+|$)){0,5}$",
    re.I,
)


_OCCASION_WORD = re.compile(r"(?i)(?:during|amid|in\s+the\s+course\s+of)\b")


def _occasion_of(text: str, t1: int, other: int) -> bool:
    """Is the act whose trigger starts at `other` named as the occasion of the one ending at
    `t1` ("signed … during a visit by …", its trigger holding "during" or following it)?"""
    return (
        _OCCASION_WORD.match(text, other) is not None
        or _OCCASION_OF.search(text, max(t1, other - 60), other) is not None
    )


def _not_said(text: str, t0: int, dates: list[DateMention]) -> list[DateMention]:
    """Without the day the news was told, when the act has a date of its own ("Bayramov told
    journalists earlier this week, recalling that … was held in Almaty on 10-11 May 2024")."""
    said = [
        d
        for d in dates
        if d.end <= t0 and _SAID_ON.search(text, max(0, d.start - 30), d.start) is not None
    ]
    return [d for d in dates if d not in said] if said and len(said) < len(dates) else dates


_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|noted|confirmed)\s+(?:\w+\s+){0,2}$"
)


def said_before(text: str, at: int) -> bool:
    """The date at `at` follows a verb of telling ("the ministry announced yesterday")."""
    return _SAID_ON.search(text, max(0, at - 30), at) is not None


def finer_within(text: str, chosen: DateMention, dates: list[DateMention]) -> DateMention:
    """A relative date and a finer one inside it in the same sentence ("earlier this month, during
    the state visit … on March 13"): the finer one dates the act (not the day it was reported:
    "… next week, State House said on Tuesday")."""
    if not chosen.value or chosen.precision == "day" or not chosen.relative:
        return chosen
    inside = [
        d
        for d in dates
        if d.value
        and len(d.value) > len(chosen.value)
        and d.value.startswith(chosen.value)
        and not d.value_end
        and not _SAID_ON.search(text, max(0, d.start - 30), d.start)
    ]
    return max(inside, key=lambda d: len(d.value or "")) if inside else chosen


# (not "corresponding to 10 March 2024", "according to", "equivalent to": another calendar's
# day, a source)
_UNTIL = re.compile(
    r"\b(?:until|till|through|(?<!corresponding\s)(?<!equivalent\s)(?<!according\s)to)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "a visit that began on Sunday (12) and ends on Wednesday (15)", "… that concludes today"
_ENDS = re.compile(
    r"\b(?:ends|will\s+end|ending|concludes|will\s+conclude|concluding|closes|will\s+close|"
    r"wraps\s+up|will\s+wrap\s+up)\s+(?:on\s+)?(?:the\s+)?$",
    re.I,
)
# "concluded today an official visit … that began on Monday": a past end, after the first day
_ENDED = re.compile(r"(?i)\b(?:concluded|ended|wrapped\s+up)\s+(?:on\s+)?$")


# "on a three-day visit to the UK that ends on Friday": the span's length
_N_DAY_SPAN = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])[- ]day\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\b"
)
_ENDS_NOW = re.compile(
    r"(?i)\b(?:ends|will\s+end|concludes|will\s+conclude|wraps\s+up)\s+(?:on\s+)?$"
)


def _span_ending(
    text: str, start: int, end: int, chosen: DateMention, published: str | None
) -> tuple[str, str] | None:
    """The first and last day of an "N-day visit that ends on Friday" dated only by its end: a
    weekday the visit still "ends" on is the coming one, its first day N-1 days before."""
    if not _ENDS_NOW.search(text, max(start, chosen.start - 20), chosen.start):
        return None
    length = _N_DAY_SPAN.search(text, start, end)
    if length is None or not chosen.value or len(chosen.value) != 10:
        return None
    last = dt.date.fromisoformat(chosen.value)
    if chosen.rule.startswith("weekday") and published and last.isoformat() < published:
        last += dt.timedelta(days=7)
    n = length.group("n").lower()
    first = last - dt.timedelta(days=(int(n) if n.isdigit() else NUMBER_WORDS[n]) - 1)
    return first.isoformat(), last.isoformat()


def visit_span(
    text: str,
    start: int,
    end: int,
    chosen: DateMention,
    dates: list[DateMention],
    published: str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """The whole span of a visit dated by one day: the range in the sentence that holds the day
    ("arrived on Wednesday … between 31 May and 3 June"), a day it runs "until" ("until
    Thursday (18)"). "Arrived on Monday for a two-day visit" stays the day the text gives."""
    value = chosen.value
    if not value or len(value) != 10 or chosen.value_end:
        return value, chosen.value_end, None
    if _UNTIL.search(text, max(start, chosen.start - 12), chosen.start):
        return _month_until(text, start, chosen), None, "under way, until that day: its month"
    ending = _span_ending(text, start, end, chosen, published)
    if ending:
        return ending[0], ending[1], "the N-day span that ends that day"
    for d in dates:
        if d.value and d.value_end and d.value <= value <= d.value_end:
            return d.value, d.value_end, f"the range that holds it: {d.surface}"
    for d in dates:
        last = _after_weekday(d, value)
        if last and _UNTIL.search(text, max(start, d.start - 12), d.start):
            return value, last, f"until {d.surface}"
        if last and _ENDS.search(text, max(start, d.start - 20), d.start):
            return value, last, f"ends {d.surface}"
        past = d.value and len(d.value) == 10 and d.value > value
        if past and _ENDED.search(text, max(start, d.start - 20), d.start):
            return value, d.value, f"ended {d.surface}"
    return value, None, None


def _month_until(text: str, start: int, until: DateMention) -> str | None:
    """ "is on a state visit to Tajikistan until Friday": a visit under way whose first day the
    text does not give is in the month of its last (a weekday of a sentence told in the present
    is the coming one)."""
    value = until.value
    recent = until.rule.startswith("weekday: most recent")
    if value and recent and not _PAST_VERB.search(text, start, until.start):
        value = (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
    if value and "minus one" in until.rule and not _PAST_VERB.search(text, start, until.start):
        value = f"{int(value[:4]) + 1}{value[4:]}"  # "until 13 September": the coming one
    return value[:7] if value else None


def _after_weekday(d: DateMention, first: str) -> str | None:
    """The day `d` names after `first`: a weekday read as the one before ("arrived on Sunday
    for a visit that will last until Wednesday") is that weekday of the days after."""
    if not d.value or len(d.value) != 10:
        return None
    if d.value > first:
        return d.value
    if not d.rule.startswith("weekday"):
        return None
    later = (dt.date.fromisoformat(d.value) + dt.timedelta(days=7)).isoformat()
    return later if later > first else None


# "met on Sunday ahead of a visit by X to Riyadh on June 20", "accepted an invitation to make an
# official visit to Montevideo in September", "agreed to meet again in Georgetown in October":
# the words name an act that comes after the one the sentence tells, whatever its tense.
_LATER_ACT = re.compile(
    r"\b(?:(?:ahead\s+of|in\s+(?:preparation\s+for|the\s+run-up\s+to)|to\s+prepare\s+for)\s+"
    # (an act: not "signed an MoU ahead of COP28 on Monday", whose day is the signing's)
    r"(?:[\w'’.-]+\s+){0,6}?(?:visit|trip|tour|talks|meeting|summit|session|consultations)"
    r"|(?:accepted|extended|conveyed|handed|renewed)\s+(?:[\w.]+\s+){0,4}?invitations?\s+"
    r"(?:\w+\s+){0,4}?to\s+(?:visit|make|pay|travel)"
    r"|agreed\s+to\s+(?:meet|hold|visit|convene|travel))\b",
    re.I,
)
_LATER_ACT_STOP = re.compile(r"[,;:()]|\s(?:and|but|while|after|when|where)\s")


def later_act_before(text: str, sent_start: int, at: int) -> bool:
    """Do words naming an act to come after the sentence's own ("ahead of", "accepted an
    invitation to visit", "agreed to meet") stand before `at` in its clause, so that a date or
    trigger at `at` is that later act's?"""
    return later_act_start(text, sent_start, at) is not None


def later_act_start(text: str, sent_start: int, at: int) -> int | None:
    """Where the words of `later_act_before` begin, if they stand before `at`."""
    found = None
    for m in _LATER_ACT.finditer(text, max(sent_start, at - 110), at + 24):
        if m.start() < at:  # (the words may end in the trigger: "an invitation to visit")
            found = m
    if found is None or _LATER_ACT_STOP.search(text, found.end(), at) is not None:
        return None
    return found.start()


_PAST_VERB = re.compile(r"\b(?:arrived|came|landed|was|were|had|met|held|signed|visited|paid)\b")
_NOT_PAST = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|scheduled|expected|due|plans?|set\s+to)\b"
)


def dated_outside_clauses(text: str, sent_start: int, sent_end: int) -> bool:
    """Does the sentence give a date outside its relative clauses (the main clause's own)?"""
    clauses = _clauses(text, sent_start, sent_end)
    return any(
        not any(c0 <= d.start < c1 for c0, c1, _ in clauses)
        for d in date_mentions(text, sent_start, sent_end, published=None)
    )


def in_past_clause(text: str, sent_start: int, sent_end: int, at: int) -> bool:
    """ "Battsetseg, who arrived Sunday for an official visit, is scheduled to …": the words at
    `at` stand in a relative clause told in the past, whatever the main clause plans."""
    for c0, c1, _ in _clauses(text, sent_start, sent_end):
        if c0 <= at < c1:
            part = text[c0:c1]
            return bool(_PAST_VERB.search(part)) and not _NOT_PAST.search(part)
    return False


def in_aside(text: str, sent_start: int, sent_end: int, at: int, trigger: int) -> bool:
    """The words at `at` stand in a relative clause that does not hold the trigger at
    `trigger` ("Mr Sun, who arrived on Monday, held talks … earlier in the day")."""
    return any(
        c0 <= at < c1 and not c0 <= trigger < c1
        for c0, c1, _ in _clauses(text, sent_start, sent_end)
    )


# The same matches, found faster: a first-character guard on each (see `quick`).
_SAID_ON = quick.guard(_SAID_ON)
SCAN = quick.guard(SCAN)
_PAST_BEFORE = quick.guard(_PAST_BEFORE)
_DONE_VERB = quick.guard(_DONE_VERB)
_PLAN_WORDS = quick.guard(_PLAN_WORDS)
_UNTIL = quick.guard(_UNTIL)
_PAST_VERB = quick.guard(_PAST_VERB)
_LATER_ACT = prefilter.sift(quick.guard(_LATER_ACT))
_RELATIVE_CLAUSE = prefilter.sift(_RELATIVE_CLAUSE)
_OCCASION_OF = quick.guard(_OCCASION_OF)
_NOT_PAST = quick.guard(_NOT_PAST)
_PLAN_YEAR = quick.guard(_PLAN_YEAR)
_EVENT_YEAR = quick.guard(_EVENT_YEAR)
_CAPS_MONTH = quick.guard(_CAPS_MONTH)
_US_STYLE = quick.guard(_US_STYLE)
_QUICK = quick.guard(_QUICK, scanned=True)
_WD_WORD = quick.guard(_WD_WORD)
SCAN_BASIC = quick.guard(SCAN_BASIC)
_WORD_HINT = prefilter.sift(quick.guard(_WORD_HINT))
