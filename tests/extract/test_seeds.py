"""The extractor against the seed gold, through the scorer: every required event,
nothing extra, and each field right.  (The development set is still growing with hard
new cases, so it is reported by `diplo evaluate`, not held to floors here.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluate import evaluate_dir
from app.evaluate_report import Report

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return evaluate_dir(DATA / "gold_seeds.jsonl", SEEDS)


def test_seed_events_all_found_and_nothing_extra(seeds: Report) -> None:
    assert (seeds.fp, seeds.fn) == (0, 0), [e.line() for e in seeds.errors]
    assert seeds.f1 == 1.0


@pytest.mark.parametrize(
    "field", ["date_accuracy", "status_accuracy", "location_accuracy", "participant_f1"]
)
def test_seed_fields(seeds: Report, field: str) -> None:
    assert getattr(seeds, field) >= 0.95, [e.line() for e in seeds.errors]
