"""The extractor against the seed gold and the development gold, through the scorer.

Seeds: every required event, nothing extra, and each field right.  The development
set (other countries and phrasings, written apart from the seeds, and still growing)
keeps floors under today's figures so a broad regression there fails the suite too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluate import evaluate_dir, load_gold, predict_dir, score
from app.evaluate_report import Report

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return evaluate_dir(DATA / "gold_seeds.jsonl", SEEDS)


@pytest.fixture(scope="module")
def dev() -> Report:
    """Only the documents the dev gold covers (new documents land before their gold)."""
    gold = load_gold(DATA / "gold_dev.jsonl")
    return score(gold, predict_dir(DATA / "dev_docs", {g.doc for g in gold}))


def test_seed_events_all_found_and_nothing_extra(seeds: Report) -> None:
    assert (seeds.fp, seeds.fn) == (0, 0), [e.line() for e in seeds.errors]
    assert seeds.f1 == 1.0


@pytest.mark.parametrize(
    "field", ["date_accuracy", "status_accuracy", "location_accuracy", "participant_f1"]
)
def test_seed_fields(seeds: Report, field: str) -> None:
    assert getattr(seeds, field) >= 0.95, [e.line() for e in seeds.errors]


def test_dev_events(dev: Report) -> None:
    assert dev.f1 >= 0.9, [e.line() for e in dev.errors]


@pytest.mark.parametrize(
    ("field", "floor"),
    [
        ("date_accuracy", 0.8),
        ("status_accuracy", 0.95),
        ("location_accuracy", 0.8),
        ("participant_f1", 0.8),
    ],
)
def test_dev_fields(dev: Report, field: str, floor: float) -> None:
    assert getattr(dev, field) >= floor, [e.line() for e in dev.errors]
