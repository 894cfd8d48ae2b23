"""Golden cases: short documents with the events a careful annotator would record.

Each case in tests/data/golden_extract.jsonl has an id, a note on what it
exercises, the text and its expected events; the extractor must give exactly
those events (type and parties), with their date, date_end, status, location
and participant names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import extract

CASES_FILE = Path(__file__).resolve().parent.parent / "data" / "golden_extract.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line]
RESOURCES = extract.load_resources()


def _view(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": event["type"],
        "countries": sorted(event["countries"]),
        "date": event["date"],
        "date_end": event.get("date_end"),
        "status": event["status"],
        "location": event["location"],
        "participants": sorted(n.casefold() for n in event["participants"]),
    }


def _key(view: dict[str, Any]) -> tuple[str, ...]:
    return (view["type"], *view["countries"], view["date"] or "")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    drafts = extract.run(case["text"], resources=RESOURCES).events
    got = sorted(
        (
            _view(
                {
                    "type": d.type,
                    "countries": list(d.countries),
                    "date": d.date,
                    "date_end": d.date_end,
                    "status": d.status,
                    "location": d.location,
                    "participants": [p.name for p in d.participants],
                }
            )
            for d in drafts
        ),
        key=_key,
    )
    expected = sorted((_view(e) for e in case["events"]), key=_key)
    assert got == expected, case["note"]


def test_cases_are_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case["note"] and case["text"]
