"""The tuning sets' figures may not fall: a regression net wider than the golden cases.

Each tuning set (documents and gold written by annotators, whose errors rules were tuned on)
is scored by the guide's metrics with `app.evaluate.evaluate_dir`, as `diplo evaluate` does.
The floors are the figures measured when they were last raised, less 0.005 for rounding;
raise them when a change lifts a figure, never lower them to let a change in. The untouched
sets are not here: their errors are never printed, by tests or anyone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evaluate import evaluate_dir

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"

# set: (events F1, date, location, participants F1), as printed by `diplo evaluate`
FLOORS: dict[str, tuple[float, float, float, float]] = {
    "seeds": (1.000, 1.000, 1.000, 1.000),
    "dev": (0.976, 0.950, 0.965, 0.979),
    "dev2": (0.981, 0.829, 0.908, 0.935),
    "dev3": (0.993, 0.940, 0.940, 0.938),
    "dev4": (0.983, 0.948, 1.000, 0.972),
    "test": (0.939, 0.974, 0.957, 0.936),
    "final": (0.938, 0.989, 0.956, 0.927),
    "fresh3": (0.981, 0.987, 0.974, 0.933),
    "fresh4": (0.988, 1.000, 0.973, 0.957),
    "fresh5": (0.964, 0.985, 0.955, 0.917),
    "fresh7": (1.000, 0.987, 0.987, 0.955),
    "fresh8": (0.972, 0.986, 1.000, 0.974),
    "fresh10": (0.981, 0.961, 0.987, 0.927),
    "fresh14": (1.000, 1.000, 0.986, 0.993),
    "fresh15": (0.993, 1.000, 0.929, 0.987),
    "fresh17": (0.981, 0.967, 0.941, 0.930),
    "fresh18": (0.944, 0.941, 0.863, 0.974),
    "fresh19": (0.916, 0.959, 0.898, 0.938),
    "fresh20": (0.979, 0.962, 0.962, 0.958),
    "fresh21": (0.978, 0.977, 0.977, 0.972),
    "fresh23": (0.985, 0.906, 0.938, 0.918),
    "fresh25": (0.985, 0.995, 0.891, 0.936),
    "fresh26": (0.940, 0.995, 0.948, 0.928),
    "fresh28": (0.952, 0.965, 0.874, 0.913),
    "fresh29": (0.962, 0.961, 0.972, 0.891),
}


def _paths(name: str) -> tuple[Path, Path]:
    if name == "seeds":
        return DATA / "gold_seeds.jsonl", ROOT / "seeds"
    return DATA / f"gold_{name}.jsonl", DATA / f"{name}_docs"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_tuning_set_figures_do_not_fall(name: str) -> None:
    gold, docs = _paths(name)
    report = evaluate_dir(gold, docs)
    got = (
        report.f1,
        report.date_accuracy,
        report.location_accuracy,
        report.participant_f1,
    )
    floors = FLOORS[name]
    labels = ("events F1", "date", "location", "people F1")
    fallen = [
        f"{label} {value:.3f} < {floor:.3f}"
        for label, value, floor in zip(labels, got, floors, strict=True)
        if value < floor - 0.005
    ]
    assert not fallen, f"{name}: " + "; ".join(fallen)
