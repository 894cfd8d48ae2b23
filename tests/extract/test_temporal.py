"""Dates: publication dates from headers and datelines; expressions resolved against them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.extract.temporal import date_mentions, publication_date, years_before

DOC = dt.date(2018, 4, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (" date 2018-04-10 By Rashid Shirinov\n\nText.", "2018-04-10"),
        ("Title\n\n15 April 2021 | 21:25\n\nText.", "2021-04-15"),
        ("Tuesday, 3 March 2020 10:15 GMT\n\nText.", "2020-03-03"),
        ("03/03/2020\n\nText.", "2020-03-03"),
        ("Published: 12 Jan 2019\n\nText.", "2019-01-12"),
        ("WARSAW, June 14, 2019 (PAP) — Polish President met.", "2019-06-14"),
        ("Date: 05.09.2024\n\nText.", "2024-09-05"),
        ("2020-03-03T10:15:00Z\n\nText.", "2020-03-03"),
        ("03-03-2020\n\nText.", "2020-03-03"),
        ("Title\nUpdated March 4, 2020, Published March 3, 2020\n\nText.", "2020-03-03"),
        (
            "Title\n\n" + ("Running text. " * 9 + "\n\n") * 9 + "Source: MFA\n3 March 2020",
            "2020-03-03",
        ),
        (
            "Title\n\n" + ("Running text. " * 9 + "\n\n") * 9 + "It was set up on 3 March 1992.",
            None,
        ),
        ("2020.03.03\n\nText.", "2020-03-03"),
        ("HANOI, March 3 (VNA) - no year in this dateline.", None),
        ("news content\n\nNo date at all.", None),
    ],
)
def test_publication_date(header: str, expected: str | None) -> None:
    found = publication_date(header)
    assert (found.date.isoformat() if found else None) == expected


def test_body_date_is_not_the_publication_date() -> None:
    text = (
        "Headline\n\n" + "Long paragraph. " * 20 + "\n\nRelations were set up on February 2, 1995."
    )
    assert publication_date(text) is None


@pytest.mark.parametrize(
    ("phrase", "value", "end"),
    [
        ("on April 9", "2018-04-09", None),
        ("on 9 April", "2018-04-09", None),
        ("the 10th of November 2020", "2020-11-10", None),
        ("February 2, 1995", "1995-02-02", None),
        ("Feb. 2, 1995", "1995-02-02", None),
        ("2021-04-15", "2021-04-15", None),
        ("15.04.2021", "2021-04-15", None),
        ("04/15/2021", "2021-04-15", None),
        ("in 2014", "2014", None),
        ("in June 2021", "2021-06", None),
        ("in early March", "2018-03", None),
        ("June last year", "2017-06", None),
        ("April 23-24, 2014", "2014-04-23", "2014-04-24"),
        ("23-24 April 2014", "2014-04-23", "2014-04-24"),
        ("from 5 to 7 October 2017", "2017-10-05", "2017-10-07"),
        ("between 30 May and 2 June 2017", "2017-05-30", "2017-06-02"),
        ("on Monday", "2018-04-09", None),
        ("on Tuesday", "2018-04-10", None),
        ("yesterday", "2018-04-09", None),
        ("today", "2018-04-10", None),
        ("last year", "2017", None),
        ("next month", "2018-05", None),
        ("28 years ago", "1990", None),
        ("on December 28", "2017-12-28", None),  # past event after the document date
        ("in June", "2017-06", None),  # a past month over a month ahead: last year's
        ("in May", "2018-05", None),  # within a month ahead: often a plan the words do not mark
        ("on the 9th of last month", "2018-03-09", None),
        ("on Monday last week", "2018-04-02", None),
        ("on Thursday of next week", "2018-04-19", None),
        ("on March the 3rd", "2018-03-03", None),
        ("in March of 2019", "2019-03", None),
        ("the day before yesterday", "2018-04-08", None),
        ("at the end of the month", "2018-04", None),
        ("by the beginning of next month", "2018-05", None),
        ("March 3 through 5", "2018-03-03", "2018-03-05"),
        ("the previous week", "2018-04", None),
        ("the day after tomorrow", "2018-04-12", None),
        ("a decade ago", "2008", None),
        ("a fortnight ago", "2018-03-27", None),
        ("on 3 March last year", "2017-03-03", None),
        ("March 3 next year", "2019-03-03", None),
        ("in the last week of February", "2018-02", None),
    ],
)
def test_resolved(phrase: str, value: str, end: str | None) -> None:
    [found] = date_mentions(phrase, 0, len(phrase), published=DOC)
    assert (found.value, found.value_end) == (value, end)
    assert phrase[found.start : found.end] == found.surface


def test_planned_weekday_resolves_forward() -> None:
    [found] = date_mentions("on Friday", 0, 9, published=DOC, future=True)
    assert found.value == "2018-04-13"


def test_no_document_date_leaves_relative_dates_unresolved() -> None:
    [found] = date_mentions("on Monday", 0, 9, published=None)
    assert found.value is None


@pytest.mark.parametrize(
    "text",
    [
        "125 MPs",
        "$2.2 million",
        "he may come",
        "the long march",
        "COVID-19",
        "a 44-day war",
        "24/7",
        "Law No. 2019",
        "Resolution 2018",
    ],
)
def test_not_dates(text: str) -> None:
    assert date_mentions(text, 0, len(text), published=DOC) == []


def test_years_before() -> None:
    assert years_before("2014", 20) == "1994"
    assert years_before(None, 20) is None
