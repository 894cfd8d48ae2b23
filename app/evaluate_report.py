"""The scorer's result: counts, the guide's metrics, and every error with both values.

Pure value types; `app.evaluate.score` fills them.  `to_dict` is the JSON shape
of `diplo evaluate --json`; `to_text` is the table it prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ErrorKind = Literal["missed", "spurious", "date", "status", "location", "participants"]


def ratio(num: int, den: int) -> float:
    """`num / den`, or 1.0 when there is nothing to count."""
    return num / den if den else 1.0


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ScoreError:
    """One disagreement: which event, which field, what gold says and what was got."""

    kind: ErrorKind
    doc: str
    type: str
    countries: tuple[str, ...]
    gold: str | None
    got: str | None
    evidence: str = ""

    def line(self) -> str:
        where = f"{self.doc} {self.type} {','.join(self.countries)}"
        text = f"{self.kind:<12} {where}: gold {self.gold!r} got {self.got!r}"
        return text + (f"  [{self.evidence[:70]!r}]" if self.evidence else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc": self.doc,
            "type": self.type,
            "countries": list(self.countries),
            "gold": self.gold,
            "got": self.got,
            "evidence": self.evidence,
        }


@dataclass
class Report:
    """Counts over one scoring run; the metrics are properties over them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates_right: int = 0
    status_right: int = 0
    location_right: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    errors: list[ScoreError] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def date_accuracy(self) -> float:
        return ratio(self.dates_right, self.tp)

    @property
    def status_accuracy(self) -> float:
        return ratio(self.status_right, self.tp)

    @property
    def location_accuracy(self) -> float:
        return ratio(self.location_right, self.tp)

    @property
    def participant_f1(self) -> float:
        p = ratio(self.people_tp, self.people_tp + self.people_fp)
        r = ratio(self.people_tp, self.people_tp + self.people_fn)
        return f1(p, r)

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": {"tp": self.tp, "fp": self.fp, "fn": self.fn},
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "status_accuracy": round(self.status_accuracy, 4),
            "location_accuracy": round(self.location_accuracy, 4),
            "participant_f1": round(self.participant_f1, 4),
            "people": {"tp": self.people_tp, "fp": self.people_fp, "fn": self.people_fn},
            "errors": [e.to_dict() for e in self.errors],
        }

    def to_text(self) -> str:
        rows = [
            ("events", f"tp={self.tp} fp={self.fp} fn={self.fn}"),
            ("precision", f"{self.precision:.3f}"),
            ("recall", f"{self.recall:.3f}"),
            ("F1", f"{self.f1:.3f}"),
            ("date", f"{self.date_accuracy:.3f}"),
            ("status", f"{self.status_accuracy:.3f}"),
            ("location", f"{self.location_accuracy:.3f}"),
            ("people F1", f"{self.participant_f1:.3f}"),
        ]
        lines = [f"{name:<10} {value}" for name, value in rows]
        if self.errors:
            lines += ["", f"{len(self.errors)} errors:"] + [f"  {e.line()}" for e in self.errors]
        return "\n".join(lines)
