"""The guide's scoring on hand-built cases, and `diplo evaluate` on the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from app.cli import cli
from app.evaluate import GoldEvent, PredEvent, gold_from_json, pred_from_draft, score
from app.extract.types import EventDraft, ParticipantDraft
from tests.conftest import GOLD, SEEDS

BASE: dict[str, Any] = {
    "doc": "d", "type": "meeting", "countries": ("AZE", "KAZ"), "date": "2021",
    "date_end": None, "status": "occurred", "location": None, "participants": (),
}  # fmt: skip


def gold(**kw: Any) -> GoldEvent:
    return GoldEvent(**{**BASE, **kw})


def pred(**kw: Any) -> PredEvent:
    return PredEvent(**{**BASE, **kw})


def test_perfect_match() -> None:
    r = score(
        [gold(location="Baku", participants=("A B",))],
        [pred(location="baku", participants=("a b",))],
    )
    assert (r.tp, r.fp, r.fn, r.f1) == (1, 0, 0, 1.0)
    assert (r.date_accuracy, r.status_accuracy, r.location_accuracy, r.participant_f1) == (
        1,
        1,
        1,
        1,
    )
    assert r.errors == []


def test_countries_compared_as_a_set() -> None:
    r = score([gold(countries=("KAZ", "AZE"))], [pred(countries=("AZE", "KAZ"))])
    assert r.tp == 1


def test_spurious_and_missed() -> None:
    r = score([gold(type="visit")], [pred(type="meeting")])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)
    assert r.precision == 0.0 and r.recall == 0.0 and r.f1 == 0.0
    assert sorted(e.kind for e in r.errors) == ["missed", "spurious"]


def test_other_document_does_not_match() -> None:
    r = score([gold(doc="a")], [pred(doc="b")])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_optional_gold_counts_neither_way() -> None:
    r = score([gold(required=False)], [pred()])
    assert (r.tp, r.fp, r.fn) == (0, 0, 0)
    assert score([gold(required=False)], []).fn == 0


def test_optional_and_required_with_same_key() -> None:
    g = [gold(date="2014", required=False), gold(date="2021-04-15")]
    r = score(g, [pred(date="2021-04-15")])
    assert (r.tp, r.fp, r.fn, r.dates_right) == (1, 0, 0, 1)
    r = score(g, [pred(date="2014"), pred(date="2021-04-15")])
    assert (r.tp, r.fp, r.fn, r.dates_right) == (1, 0, 0, 1)


def test_date_must_equal_at_gold_precision() -> None:
    r = score([gold(date="2018-04")], [pred(date="2018-04-09")])
    assert r.tp == 1 and r.dates_right == 0
    assert [(e.kind, e.gold, e.got) for e in r.errors] == [("date", "2018-04", "2018-04-09")]
    assert score([gold(date="2018-04-09")], [pred(date="2018")]).dates_right == 0
    assert score([gold(date=None)], [pred(date=None)]).dates_right == 1
    assert score([gold(date=None)], [pred(date="2020")]).dates_right == 0
    assert score([gold(date="2020")], [pred(date=None)]).dates_right == 0


def test_date_end_is_part_of_the_date() -> None:
    g = gold(date="2014-04-23", date_end="2014-04-24")
    assert score([g], [pred(date="2014-04-23", date_end="2014-04-24")]).dates_right == 1
    assert score([g], [pred(date="2014-04-23")]).dates_right == 0


def test_status_and_location_errors_carry_both_values() -> None:
    r = score([gold(status="planned", location="Doha")], [pred(location=None)])
    assert r.status_accuracy == 0 and r.location_accuracy == 0
    found = {(e.kind, e.gold, e.got) for e in r.errors}
    assert found == {("status", "planned", "occurred"), ("location", "Doha", None)}


def test_location_online_and_null() -> None:
    assert score([gold(location="online")], [pred(location="Online")]).location_right == 1
    assert score([gold(location=None)], [pred(location=None)]).location_right == 1


def test_one_to_one_prefers_the_agreeing_prediction() -> None:
    g = [gold(date="2021-04-15"), gold(date="2021-06-14")]
    p = [pred(date="2021-06-14"), pred(date="2021-04-15")]
    r = score(g, p)
    assert (r.tp, r.fp, r.fn, r.dates_right) == (2, 0, 0, 2)


def test_extra_prediction_of_same_key_is_spurious() -> None:
    r = score([gold()], [pred(), pred(date="2020")])
    assert (r.tp, r.fp, r.fn, r.dates_right) == (1, 1, 0, 1)


def test_participants_partial_f1() -> None:
    r = score([gold(participants=("A B", "C D"))], [pred(participants=("a  b", "E F"))])
    assert (r.people_tp, r.people_fp, r.people_fn) == (1, 1, 1)
    assert r.participant_f1 == 0.5
    assert [e.kind for e in r.errors] == ["participants"]


def test_unmatched_events_do_not_count_for_fields() -> None:
    r = score([gold(type="visit", date="1999")], [pred(date="2000")])
    assert r.tp == 0 and r.dates_right == 0 and r.date_accuracy == 1.0


def test_report_shapes() -> None:
    r = score([gold(date="2018-04")], [pred(date="2018-04-09"), pred(type="mou")])
    d = r.to_dict()
    assert d["events"] == {"tp": 1, "fp": 1, "fn": 0}
    assert {e["kind"] for e in d["errors"]} == {"date", "spurious"}
    json.dumps(d)
    text = r.to_text()
    assert "precision" in text and "2018-04-09" in text and "spurious" in text


def test_gold_from_json_and_pred_from_draft() -> None:
    g = gold_from_json(
        {"doc": "x", "type": "mou", "countries": ["KHM", "AZE"], "date": None, "status": "occurred",
         "location": None, "participants": [{"name": "A", "role": None, "country": "AZE"}]}
    )  # fmt: skip
    assert g.countries == ("AZE", "KHM") and g.participants == ("A",) and g.required
    draft = EventDraft(
        type="mou", countries=("AZE", "KHM"), date=None, date_end=None, date_precision=None,
        status="occurred", location=None, participants=(ParticipantDraft("A", None, "AZE"),),
        evidence="e", start=0, end=1,
    )  # fmt: skip
    r = score([g], [pred_from_draft("x", draft)])
    assert (r.tp, r.fp, r.fn, r.participant_f1) == (1, 0, 0, 1.0)


def test_cli_evaluate_on_seeds_meets_the_targets() -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--docs", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["f1"] == 1.0
    assert report["date_accuracy"] >= 0.95
    assert report["status_accuracy"] >= 0.95
    assert report["participant_f1"] >= 0.95


def test_golden_cases_load_and_summarize(tmp_path: Path) -> None:
    from app.evaluate_golden import load_cases, summarize

    rows = [
        {"id": "a-meet-x-001", "note": "n", "text": "t", "events": [
            {"type": "meeting", "countries": ["AZE", "KAZ"], "date": "2021", "status": "occurred",
             "location": None, "participants": [{"name": "A B", "role": None, "country": "AZE"}]}]},
        {"id": "neg-002", "note": "n", "text": "t", "events": []},
    ]  # fmt: skip
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    cases = load_cases(path)
    assert [c.feature for c in cases] == ["meet", "neg"]
    assert cases[0].gold[0].doc == "a-meet-x-001" and cases[0].gold[0].participants == ("A B",)
    preds = {"a-meet-x-001": [pred(doc="a-meet-x-001", participants=("a b",))], "neg-002": []}
    text = summarize(cases, preds)
    assert "all" in text and "2/2" in text and "F1         1.000" in text


# The evaluation sets held in the repository, each gold file beside its documents (the
# held-out "fresh", "fresh2", "fresh6" and "fresh9" sets are read by no test).
_DATA = GOLD.parent
_SETS = {
    "gold_seeds.jsonl": SEEDS,
    "gold_dev.jsonl": _DATA / "dev_docs",
    "gold_dev2.jsonl": _DATA / "dev2_docs",
    "gold_dev3.jsonl": _DATA / "dev3_docs",
    "gold_dev4.jsonl": _DATA / "dev4_docs",
    "gold_test.jsonl": _DATA / "test_docs",
    "gold_final.jsonl": _DATA / "final_docs",
    "gold_fresh3.jsonl": _DATA / "fresh3_docs",
    "gold_fresh4.jsonl": _DATA / "fresh4_docs",
    "gold_fresh5.jsonl": _DATA / "fresh5_docs",
    "gold_fresh7.jsonl": _DATA / "fresh7_docs",
    "gold_fresh8.jsonl": _DATA / "fresh8_docs",
}
_TYPES = {"meeting", "visit", "mou", "visa_agreement", "agreement", "diplomatic_relations"}


def test_gold_sets_are_well_formed() -> None:
    """Every gold record names a document of its set, a required one quotes its evidence
    verbatim, and all have the guide's field shapes (sorted alpha-3 parties, a date at some
    precision)."""
    date = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
    for name, docs in _SETS.items():
        path = _DATA / name
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = (docs / row["doc"]).read_text(encoding="utf-8-sig")
            where = f"{name}: {row['doc']} {row['type']}"
            assert row["type"] in _TYPES, where
            assert row["countries"] == sorted(row["countries"]), where
            assert all(re.fullmatch(r"[A-Z]{3}", c) for c in row["countries"]), where
            assert len(set(row["countries"])) >= 2, where
            assert row["date"] is None or date.fullmatch(row["date"]), where
            assert row.get("date_end") is None or date.fullmatch(row["date_end"]), where
            assert row["status"] in ("occurred", "planned"), where
            assert isinstance(row.get("required", True), bool), where
            # (an optional record may describe what implies it instead)
            assert not row.get("required", True) or row["evidence"] in text, where
