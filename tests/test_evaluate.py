"""The guide's scoring, and `diplo evaluate` on the seeds."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from app.cli import cli
from app.evaluate import Event, score
from tests.conftest import GOLD, SEEDS


def ev(type: str = "meeting", countries: tuple[str, ...] = ("AZE", "KAZ"), **kw: object) -> Event:
    base: dict[str, object] = {
        "doc": "d", "type": type, "countries": countries, "date": "2021", "status": "occurred",
        "location": None, "participants": (),
    }  # fmt: skip
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_perfect_match() -> None:
    r = score([ev()], [ev()])
    assert (r.tp, r.fp, r.fn, r.f1) == (1, 0, 0, 1.0)


def test_spurious_and_missed() -> None:
    r = score([ev("visit")], [ev("meeting")])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_optional_gold_counts_neither_way() -> None:
    r = score([ev(required=False)], [ev()])
    assert (r.tp, r.fp, r.fn) == (0, 0, 0)
    assert score([ev(required=False)], []).fn == 0


def test_date_must_equal_at_gold_precision() -> None:
    r = score([ev(date="2018-04")], [ev(date="2018-04-09")])
    assert r.tp == 1 and r.dates_right == 0
    assert score([ev(date=None)], [ev(date=None)]).dates_right == 1


def test_one_to_one_prefers_the_agreeing_prediction() -> None:
    gold = [ev(date="2021-04-15"), ev(date="2021-06-14")]
    pred = [ev(date="2021-06-14"), ev(date="2021-04-15")]
    r = score(gold, pred)
    assert (r.tp, r.dates_right) == (2, 2)


def test_participants_case_insensitive_f1() -> None:
    r = score([ev(participants=("A B", "C D"))], [ev(participants=("a b", "E F"))])
    assert (r.people_tp, r.people_fp, r.people_fn) == (1, 1, 1)


def test_cli_evaluate_on_seeds_meets_the_targets() -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--docs", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["f1"] == 1.0
    assert report["date_accuracy"] >= 0.95
    assert report["status_accuracy"] >= 0.95
    assert report["participant_f1"] >= 0.95
