"""Score extracted events against gold, as the annotation guide defines it.

Pure: gold and predictions in, a `Report` out (no database, no prints).

- An extracted event matches a gold event of the same document when `type`
  and the set of `countries` are equal; matching is one-to-one.
- Optional gold events (`required: false`) count neither way: a prediction
  that matches one is neither a true nor a false positive.
- Over matched required events: date accuracy (``date`` and ``date_end``
  equal as strings, i.e. at the gold event's precision; see `_same_date`),
  status accuracy, location accuracy (case-insensitive, null == null) and
  participant F1 on names compared case-insensitively.
- When several predictions could match, pairs are taken greedily by best
  agreement: required gold first, then equal date, then status, location and
  shared participants.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.evaluate_report import Report, ScoreError
from app.extract.types import EventDraft

__all__ = [
    "GoldEvent",
    "PredEvent",
    "Report",
    "ScoreError",
    "evaluate_dir",
    "gold_from_json",
    "load_gold",
    "pred_from_draft",
    "predict_dir",
    "score",
]

Key = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event of one document."""

    doc: str
    type: str
    countries: tuple[str, ...]
    date: str | None
    date_end: str | None
    status: str
    location: str | None
    participants: tuple[str, ...]
    evidence: str = ""
    required: bool = True


@dataclass(frozen=True)
class PredEvent:
    """One extracted event of one document, reduced to what is scored."""

    doc: str
    type: str
    countries: tuple[str, ...]
    date: str | None
    date_end: str | None
    status: str
    location: str | None
    participants: tuple[str, ...]
    evidence: str = ""


Event = GoldEvent | PredEvent


def _key(e: Event) -> Key:
    return e.doc, e.type, tuple(sorted(e.countries))


def gold_from_json(row: dict[str, Any]) -> GoldEvent:
    """A gold event from one JSON object of the guide's format.

    `participants` may be objects with a `name` or bare name strings.
    """
    people = row.get("participants") or []
    return GoldEvent(
        doc=row["doc"],
        type=row["type"],
        countries=tuple(sorted(row["countries"])),
        date=row.get("date"),
        date_end=row.get("date_end"),
        status=row.get("status", "occurred"),
        location=row.get("location"),
        participants=tuple(p if isinstance(p, str) else p["name"] for p in people),
        evidence=row.get("evidence", ""),
        required=row.get("required", True),
    )


def load_gold(path: Path) -> list[GoldEvent]:
    """Gold events from a JSON Lines file in the guide's format."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [gold_from_json(json.loads(line)) for line in lines if line.strip()]


def pred_from_draft(doc: str, draft: EventDraft) -> PredEvent:
    """The scored view of an extractor draft."""
    return PredEvent(
        doc=doc,
        type=draft.type,
        countries=tuple(sorted(draft.countries)),
        date=draft.date,
        date_end=draft.date_end,
        status=draft.status,
        location=draft.location,
        participants=tuple(p.name for p in draft.participants),
        evidence=draft.evidence,
    )


def _same_date(gold: GoldEvent, pred: PredEvent) -> bool:
    """Equal at the gold event's precision, and null only where gold is null.

    The guide asks for dates "as precise as the text allows", so gold already
    carries the precision the text supports: a prediction of "2018-04-09"
    against gold "2018-04" claims a day the text does not give, and a
    prediction of "2018" against "2018-04-09" loses one it does.  Both are
    wrong; the strings must be equal.  The end of a range counts too.
    """
    return gold.date == pred.date and gold.date_end == pred.date_end


def _same_place(gold: GoldEvent, pred: PredEvent) -> bool:
    return (gold.location or "").casefold() == (pred.location or "").casefold() and (
        gold.location is None
    ) == (pred.location is None)


def _names(names: Iterable[str]) -> set[str]:
    return {" ".join(n.split()).casefold() for n in names}


def _agreement(gold: GoldEvent, pred: PredEvent) -> tuple[bool, bool, bool, bool, int]:
    shared = len(_names(gold.participants) & _names(pred.participants))
    return (
        gold.required,
        _same_date(gold, pred),
        gold.status == pred.status,
        _same_place(gold, pred),
        shared,
    )


def _error(kind: Any, gold: Event, got: str | None, want: str | None) -> ScoreError:
    return ScoreError(kind, gold.doc, gold.type, _key(gold)[2], want, got, gold.evidence)


def _score_pair(report: Report, gold: GoldEvent, pred: PredEvent) -> None:
    report.tp += 1
    if _same_date(gold, pred):
        report.dates_right += 1
    else:
        want = gold.date if gold.date_end is None else f"{gold.date}/{gold.date_end}"
        got = pred.date if pred.date_end is None else f"{pred.date}/{pred.date_end}"
        report.errors.append(_error("date", gold, got, want))
    if gold.status == pred.status:
        report.status_right += 1
    else:
        report.errors.append(_error("status", gold, pred.status, gold.status))
    if _same_place(gold, pred):
        report.location_right += 1
    else:
        report.errors.append(_error("location", gold, pred.location, gold.location))
    want_people, got_people = _names(gold.participants), _names(pred.participants)
    report.people_tp += len(want_people & got_people)
    report.people_fp += len(got_people - want_people)
    report.people_fn += len(want_people - got_people)
    if want_people != got_people:
        report.errors.append(
            _error(
                "participants",
                gold,
                "; ".join(sorted(got_people)),
                "; ".join(sorted(want_people)),
            )
        )


def _match(golds: list[GoldEvent], preds: list[PredEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), greedily by best agreement."""
    candidates = sorted(
        ((_agreement(g, p), -gi, -pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, neg_gi, neg_pi in candidates:
        gi, pi = -neg_gi, -neg_pi
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def score(gold: Sequence[GoldEvent], pred: Sequence[PredEvent]) -> Report:
    """Event P/R/F1, field accuracies and errors by the guide's matching rules."""
    report = Report()
    golds: dict[Key, list[GoldEvent]] = defaultdict(list)
    preds: dict[Key, list[PredEvent]] = defaultdict(list)
    for g in gold:
        golds[_key(g)].append(g)
    for p in pred:
        preds[_key(p)].append(p)
    for key in sorted(set(golds) | set(preds)):
        gs, ps = golds.get(key, []), preds.get(key, [])
        pairs = _match(gs, ps)
        for gi, pi in pairs:
            if gs[gi].required:
                _score_pair(report, gs[gi], ps[pi])
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(gs):
            if gi not in matched_gold and g.required:
                report.fn += 1
                report.errors.append(_error("missed", g, None, g.date))
        for pi, p in enumerate(ps):
            if pi not in matched_pred:
                report.fp += 1
                report.errors.append(_error("spurious", p, p.date, None))
    return report


def predict_dir(docs: Path, names: Iterable[str]) -> list[PredEvent]:
    """Run the extractor over the named documents of `docs`."""
    from app import extract

    resources = extract.load_resources()
    out: list[PredEvent] = []
    for name in sorted(set(names)):
        text = (docs / name).read_text(encoding="utf-8-sig")
        drafts = extract.run(text, resources=resources).events
        out += [pred_from_draft(name, d) for d in drafts]
    return out


def evaluate_dir(gold_path: Path, docs: Path) -> Report:
    """Score the extractor on every document the gold covers or that `docs` holds."""
    gold = load_gold(gold_path)
    names = {g.doc for g in gold} | {p.name for p in docs.glob("*.txt")}
    return score(gold, predict_dir(docs, names))
