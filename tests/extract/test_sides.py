"""The state of an official a record names without one (`sides`, `visitors.guests_of_host`):
participant countries, which the golden cases (scored on names) do not check."""

from __future__ import annotations

import pytest

from app import extract

RESOURCES = extract.load_resources()


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.type, p.name, p.country)
        for e in extract.run(text, resources=RESOURCES).events
        for p in e.participants
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5:04 pm on 12 February 2025\n\nForeign Minister Winston Peters met his Australian "
            "counterpart Penny Wong in Wellington on Tuesday.",
            [("meeting", "Winston Peters", "NZL"), ("meeting", "Penny Wong", "AUS")],
        ),
        (
            "Published: Monday | March 4, 2024\n\nPrime Minister Andrew Holness welcomed Ghana's "
            "President Nana Akufo-Addo to Jamaica House on Sunday.",
            [("meeting", "Andrew Holness", "JAM"), ("meeting", "Nana Akufo-Addo", "GHA")],
        ),
        (
            "March 6, 2024\n\nPrime Minister Fumio Kishida visited Seoul on Tuesday, the first "
            "visit by a Japanese leader in 12 years.",
            [("visit", "Fumio Kishida", "JPN")],
        ),
    ],
)
def test_stateless_official_takes_the_side_the_text_shows(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _people(text) == expected
