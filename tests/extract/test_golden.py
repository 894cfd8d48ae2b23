"""Golden cases: short documents with the events a careful annotator would record.

Each case in tests/data/golden_extract.jsonl has an id, a note on what it
exercises, the text and its expected events.  By the scorer's rules
(`app.evaluate.score`): the extracted (type, countries) must equal the
expected ones one-to-one, and each matched event must have the expected date,
date_end, status and location and the same participant names (case-insensitive).
Events marked `"required": false` may be extracted or not.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from app import extract
from app.evaluate import GoldEvent, PredEvent, score
from app.evaluate_golden import GoldenCase, load_cases, predict_case

CASES_FILE = Path(__file__).resolve().parent.parent / "data" / "golden_extract.jsonl"
CASES = load_cases(CASES_FILE)
GAPS_FILE = CASES_FILE.with_name("golden_known_gaps.txt")
KNOWN_GAPS = {
    line.split("#", 1)[0].strip(): line.split("#", 1)[1].strip() if "#" in line else ""
    for line in GAPS_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def _param(case: GoldenCase) -> Any:
    reason = KNOWN_GAPS.get(case.id)
    marks = (
        [pytest.mark.xfail(reason=f"known gap: {reason}", strict=True)]
        if reason is not None
        else []
    )
    return pytest.param(case, id=case.id, marks=marks)


TYPES = {"meeting", "visit", "mou", "visa_agreement", "agreement", "diplomatic_relations"}
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@pytest.fixture(scope="module")
def resources() -> Any:
    """Extraction resources, loaded once for the module."""
    return extract.load_resources()


def _show(event: GoldEvent | PredEvent) -> str:
    when = event.date if event.date_end is None else f"{event.date}..{event.date_end}"
    optional = " (optional)" if isinstance(event, GoldEvent) and not event.required else ""
    people = ", ".join(event.participants)
    return (
        f"  {event.type:<20} {','.join(event.countries):<12} {when!s:<22} {event.status:<9}"
        f" @{event.location}  [{people}]{optional}"
    )


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_golden(case: GoldenCase, resources: Any) -> None:
    gold = case.gold
    got = predict_case(case, resources)
    report = score(gold, got)
    message = "\n".join(
        [
            f"{case.id}: {case.note}",
            "expected:",
            *([_show(e) for e in gold] or ["  (no events)"]),
            "got:",
            *([_show(e) for e in got] or ["  (no events)"]),
            "differences:",
            *(f"  {e.kind}: {e.type} {','.join(e.countries)} gold={e.gold!r} got={e.got!r}"
              for e in report.errors),
        ]
    )  # fmt: skip
    if report.errors:
        pytest.fail(message, pytrace=False)


def _check_event(event: dict[str, Any]) -> None:
    assert event["type"] in TYPES
    assert event["countries"] == sorted(event["countries"]) and len(event["countries"]) >= 2
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in event["countries"])
    for key in ("date", "date_end"):
        value = event.get(key)
        assert value is None or DATE.fullmatch(value), value
    assert event["status"] in {"occurred", "planned"}
    for person in event["participants"]:
        assert isinstance(person, str) or person["name"]


def test_cases_are_well_formed() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case.note and case.text
        for event in case.events:
            _check_event(event)
