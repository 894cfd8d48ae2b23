"""JSON view of an extraction with the words and rule behind every value."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from app.extract import Extraction


def extraction_json(doc: str, extraction: Extraction) -> dict[str, Any]:
    published = extraction.published
    return {
        "document": doc,
        "published": published.date.isoformat() if published else None,
        "published_from": {"surface": published.surface, "rule": published.rule}
        if published
        else None,
        "events": [
            {
                "type": d.type,
                "status": d.status,
                "date": d.date,
                "date_end": d.date_end,
                "date_precision": d.date_precision,
                "countries": list(d.countries),
                "location": d.location,
                "participants": [asdict(p) for p in d.participants],
                "evidence": d.evidence,
                "start": d.start,
                "end": d.end,
                "why": {k: asdict(v) for k, v in d.why.items()},
            }
            for d in extraction.events
        ],
    }
