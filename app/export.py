"""Events as CSV rows and JSON lines, for streamed bulk exports.

CSV: one row per event; list fields are joined with "; " — countries as codes,
participants as "Name (role, COUNTRY)", documents by file name; `evidence` is
the first source's sentence.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from app.schemas import EventOut

CSV_COLUMNS = (
    "id", "type", "status", "date", "date_end", "date_precision", "countries", "location",
    "participants", "source_count", "documents", "evidence", "date_note",
)  # fmt: skip


def _person(name: str, role: str | None, country: str | None) -> str:
    detail = ", ".join(x for x in (role, country) if x)
    return f"{name} ({detail})" if detail else name


def csv_row(event: EventOut) -> list[str]:
    return [
        event.id,
        event.type,
        event.status,
        event.date or "",
        event.date_end or "",
        event.date_precision or "",
        "; ".join(event.countries),
        event.location or "",
        "; ".join(_person(p.name, p.role, p.country) for p in event.participants),
        str(event.source_count),
        "; ".join(dict.fromkeys(s.document for s in event.sources)),
        event.sources[0].evidence if event.sources else "",
        event.date_note or "",
    ]


def csv_lines(events: Iterable[EventOut]) -> Iterator[str]:
    """The header, then one CSV line per event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(csv_row(event))
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(events: Iterable[EventOut]) -> Iterator[str]:
    for event in events:
        yield event.model_dump_json() + "\n"
