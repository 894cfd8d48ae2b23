"""app.merge: when two reports are one event, and which date wins."""

from __future__ import annotations

import pytest

from app.merge import Reading, choose_date, choose_location, choose_status, same_event


def r(date: str | None, end: str | None = None, **kw: object) -> Reading:
    return Reading(date=date, date_end=end, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("etype", "new", "old", "lone", "expected", "why"),
    [
        ("mou", r("2014"), [r("2014-04-24")], False, True, "year contains the day"),
        ("visit", r("2014-04-24"), [r("2014-04-23", "2014-04-24")], False, True, "day in a range"),
        ("meeting", r("2018-04"), [r("2018-04-09")], False, True, "month contains the day"),
        ("meeting", r("2021-04-15"), [r("2021-06-14")], False, False, "different days"),
        ("meeting", r("2021-04-15"), [r("2021-04-16")], False, False, "next day is another"),
        ("mou", r("2014"), [r("2015")], False, False, "different years"),
        ("meeting", r(None), [r(None)], True, False, "undated meetings never merge"),
        ("meeting", r(None), [r("2021-04-15")], True, False, "undated meeting stays apart"),
        (
            "diplomatic_relations",
            r("1994"),
            [r("1995-02-02")],
            True,
            True,
            "derived year off by one",
        ),
        ("diplomatic_relations", r(None), [r("1995-02-02")], True, True, "undated joins the pair"),
        ("diplomatic_relations", r(None), [r("1995")], False, False, "not the lone candidate"),
        ("diplomatic_relations", r("1992"), [r("1995")], True, False, "years too far apart"),
        (
            "meeting",
            r("2021-04-15", participants=frozenset({"a b"})),
            [r("2021-04-15", participants=frozenset({"c d"}))],
            False,
            False,
            "disjoint participants contradict",
        ),
        (
            "meeting",
            r("2021-04-15", participants=frozenset({"a b", "e f"})),
            [r("2021-04-15", participants=frozenset({"a b"}))],
            False,
            True,
            "overlapping participants agree",
        ),
        (
            "meeting",
            r("2021-04-15", location="Baku"),
            [r("2021-04-15", location="Astana")],
            False,
            False,
            "two cities contradict",
        ),
        (
            "visit",
            r("2014-04-23", location="Baku"),
            [r("2014-04-23", location="Azerbaijan")],
            False,
            True,
            "a city and its country agree",
        ),
    ],
)
def test_same_event(
    etype: str, new: Reading, old: list[Reading], lone: bool, expected: bool, why: str
) -> None:
    assert same_event(etype, new, old, lone_candidate=lone) is expected, why


def test_choose_most_precise_date_without_note() -> None:
    choice = choose_date([r("2014"), r("2014-04-24"), r(None)])
    assert (choice.date, choice.date_end, choice.note) == ("2014-04-24", None, None)


def test_disagreement_is_recorded() -> None:
    choice = choose_date([r(None), r("1994"), r("1995-02-02")])
    assert choice.date == "1995-02-02"
    assert choice.note is not None
    assert "1994" in choice.note and "1995-02-02" in choice.note


def test_range_is_kept_whole() -> None:
    choice = choose_date([r("2014-04-23", "2014-04-24"), r("2014-04")])
    assert (choice.date, choice.date_end) == ("2014-04-23", "2014-04-24")


def test_no_date() -> None:
    assert choose_date([r(None)]).date is None


def test_occurred_outweighs_planned() -> None:
    assert choose_status([r("2021", status="planned"), r("2021", status="occurred")]) == "occurred"
    assert choose_status([r("2021", status="planned")]) == "planned"


def test_city_preferred_to_country() -> None:
    assert choose_location([r(None, location="Azerbaijan"), r(None, location="Baku")]) == "Baku"
    assert choose_location([r(None)]) is None
