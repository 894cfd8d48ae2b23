"""Score extracted events against gold, as the annotation guide defines it.

Pure: gold and predictions in, a `Report` out.  An extracted event matches a
gold event of the same document when `type` and the set of `countries` are
equal (one-to-one).  Optional gold events (`required: false`) count neither
way: a prediction that matches one is neither right nor wrong.  Date, status
and location accuracy and participant F1 are over matched required events.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.extract.types import EventDraft


@dataclass(frozen=True)
class Event:
    """One event of one document, gold or predicted."""

    doc: str
    type: str
    countries: tuple[str, ...]
    date: str | None
    status: str
    location: str | None
    participants: tuple[str, ...]
    evidence: str = ""
    required: bool = True
    date_end: str | None = None

    @property
    def key(self) -> tuple[str, str, tuple[str, ...]]:
        return self.doc, self.type, tuple(sorted(self.countries))


def load_gold(path: Path) -> list[Event]:
    """Gold events from a JSON Lines file in the guide's format."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(_from_json(json.loads(line)))
    return out


def _from_json(row: dict[str, Any]) -> Event:
    return Event(
        doc=row["doc"],
        type=row["type"],
        countries=tuple(sorted(row["countries"])),
        date=row.get("date"),
        status=row.get("status", "occurred"),
        location=row.get("location"),
        participants=tuple(p["name"] for p in row.get("participants", [])),
        evidence=row.get("evidence", ""),
        required=row.get("required", True),
        date_end=row.get("date_end"),
    )


def from_draft(doc: str, draft: EventDraft) -> Event:
    return Event(
        doc=doc,
        type=draft.type,
        countries=draft.countries,
        date=draft.date,
        status=draft.status,
        location=draft.location,
        participants=tuple(p.name for p in draft.participants),
        evidence=draft.evidence,
        date_end=draft.date_end,
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _agreement(gold: Event, pred: Event) -> tuple[int, int, int]:
    return (gold.date == pred.date, gold.status == pred.status, _same_place(gold, pred))


def _same_place(gold: Event, pred: Event) -> bool:
    return (gold.location or "").casefold() == (pred.location or "").casefold()


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates_right: int = 0
    status_right: int = 0
    location_right: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def participant_f1(self) -> float:
        p = _ratio(self.people_tp, self.people_tp + self.people_fp)
        r = _ratio(self.people_tp, self.people_tp + self.people_fn)
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, right: int) -> float:
        return _ratio(right, self.tp)

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": {"tp": self.tp, "fp": self.fp, "fn": self.fn},
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_accuracy": round(self.accuracy(self.dates_right), 4),
            "status_accuracy": round(self.accuracy(self.status_right), 4),
            "location_accuracy": round(self.accuracy(self.location_right), 4),
            "participant_f1": round(self.participant_f1, 4),
            "errors": self.errors,
        }

    def to_text(self) -> str:
        lines = [
            f"events     tp={self.tp} fp={self.fp} fn={self.fn}",
            f"precision  {self.precision:.3f}",
            f"recall     {self.recall:.3f}",
            f"F1         {self.f1:.3f}",
            f"date       {self.accuracy(self.dates_right):.3f}",
            f"status     {self.accuracy(self.status_right):.3f}",
            f"location   {self.accuracy(self.location_right):.3f}",
            f"people F1  {self.participant_f1:.3f}",
        ]
        if self.errors:
            lines += ["", f"{len(self.errors)} errors:"] + [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def _score_pair(report: Report, gold: Event, pred: Event) -> None:
    report.tp += 1
    where = f"{gold.doc} {gold.type} {','.join(gold.countries)}"
    if gold.date == pred.date:
        report.dates_right += 1
    else:
        report.errors.append(f"date      {where}: gold {gold.date} got {pred.date}")
    if gold.status == pred.status:
        report.status_right += 1
    else:
        report.errors.append(f"status    {where}: gold {gold.status} got {pred.status}")
    if _same_place(gold, pred):
        report.location_right += 1
    else:
        report.errors.append(f"location  {where}: gold {gold.location} got {pred.location}")
    want = {n.casefold() for n in gold.participants}
    got = {n.casefold() for n in pred.participants}
    report.people_tp += len(want & got)
    report.people_fp += len(got - want)
    report.people_fn += len(want - got)
    if want != got:
        report.errors.append(
            f"people    {where}: missing {sorted(want - got)} extra {sorted(got - want)}"
        )


def score(gold: Sequence[Event], pred: Iterable[Event]) -> Report:
    """Event P/R/F1 and field accuracies by the guide's matching rules."""
    report = Report()
    by_key: dict[tuple[str, str, tuple[str, ...]], list[Event]] = defaultdict(list)
    for p in pred:
        by_key[p.key].append(p)
    golds: dict[tuple[str, str, tuple[str, ...]], list[Event]] = defaultdict(list)
    for g in gold:
        golds[g.key].append(g)
    for key in sorted(set(by_key) | set(golds)):
        preds = list(by_key.get(key, []))
        # Required gold first, each taking the prediction that agrees with it most.
        for g in sorted(golds.get(key, []), key=lambda g: not g.required):
            if not preds:
                if g.required:
                    report.fn += 1
                    report.errors.append(
                        f"missed    {g.doc} {g.type} {','.join(g.countries)} {g.date}"
                    )
                continue
            best = max(preds, key=lambda p: _agreement(g, p))
            preds.remove(best)
            if g.required:
                _score_pair(report, g, best)
        for p in preds:
            report.fp += 1
            report.errors.append(
                f"spurious  {p.doc} {p.type} {','.join(p.countries)} {p.date}: {p.evidence[:80]!r}"
            )
    return report


def predict_dir(docs: Path, names: Iterable[str]) -> list[Event]:
    """Run the extractor over the named documents of `docs`."""
    from app import extract

    resources = extract.load_resources()
    out: list[Event] = []
    for name in sorted(set(names)):
        text = (docs / name).read_text(encoding="utf-8-sig")
        out += [from_draft(name, d) for d in extract.run(text, resources=resources).events]
    return out


def evaluate_dir(gold_path: Path, docs: Path) -> Report:
    """Score the extractor on every document of `docs` that the gold covers or that `docs` holds."""
    gold = load_gold(gold_path)
    names = {g.doc for g in gold} | {p.name for p in docs.glob("*.txt")}
    return score(gold, predict_dir(docs, names))
