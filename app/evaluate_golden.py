"""Golden regression cases: load them, score the extractor on them, summarise.

A case file is JSON Lines; each line is one short document with the events a
careful annotator records for it::

    {"id": ..., "note": ..., "text": ..., "events": [{"type", "countries",
     "date", "date_end"?, "status", "location", "participants", "required"?}]}

`participants` are objects with a `name` (older cases give bare names).
Each case is scored as its own document (doc = case id) with the rules of
`app.evaluate.score`.  Usable as a command::

    .venv/bin/python -m app.evaluate_golden tests/data/golden_extract.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.evaluate import GoldEvent, PredEvent, Report, gold_from_json, pred_from_draft, score


@dataclass(frozen=True)
class GoldenCase:
    """One golden document and its expected events."""

    id: str
    note: str
    text: str
    events: tuple[dict[str, Any], ...]

    @property
    def gold(self) -> list[GoldEvent]:
        return [gold_from_json({**e, "doc": self.id}) for e in self.events]

    @property
    def feature(self) -> str:
        """The group a case belongs to: the first word of its id ('meet', 'neg', ...)."""
        parts = self.id.split("-")
        return parts[1] if parts[0] == "a" and len(parts) > 1 else parts[0]


def load_cases(path: Path) -> list[GoldenCase]:
    """The cases of a golden JSON Lines file, in file order."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(GoldenCase(row["id"], row["note"], row["text"], tuple(row["events"])))
    return cases


def predict_case(case: GoldenCase, resources: Any) -> list[PredEvent]:
    """Run the extractor on one case's text (`resources` from `load_resources()`)."""
    from app import extract

    drafts = extract.run(case.text, resources=resources).events
    return [pred_from_draft(case.id, d) for d in drafts]


def summarize(cases: Sequence[GoldenCase], preds: dict[str, list[PredEvent]]) -> str:
    """Pass counts per feature and per gold event type, then the pooled report."""
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        ok = not score(case.gold, preds[case.id]).errors
        for group in {f"feature {case.feature}"} | {f"type {e['type']}" for e in case.events}:
            total[group] += 1
            passed[group] += ok
        total["all"] += 1
        passed["all"] += ok
    lines = [f"{g:<32} {passed[g]:>4}/{total[g]:<4}" for g in sorted(total)]
    pooled: Report = score(
        [g for c in cases for g in c.gold], [p for c in cases for p in preds[c.id]]
    )
    return "\n".join(["cases passing", *lines, "", pooled.to_text()])


def main(argv: Sequence[str]) -> int:
    from app import extract

    path = Path(argv[0]) if argv else Path("tests/data/golden_extract.jsonl")
    cases = load_cases(path)
    resources = extract.load_resources()
    preds = {c.id: predict_case(c, resources) for c in cases}
    sys.stdout.write(summarize(cases, preds) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
