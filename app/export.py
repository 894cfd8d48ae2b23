"""Events as CSV rows and JSON lines, for streamed bulk exports.

CSV: one row per event; list fields are joined with "; " — countries as codes,
participants as "Name (role, COUNTRY)", documents by file name; `evidence` is
the first source's sentence.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

CSV_COLUMNS = (
    "id", "type", "status", "date", "date_end", "date_precision", "countries", "location",
    "participants", "source_count", "documents", "evidence", "date_note",
)  # fmt: skip


def _person(name: str, role: str | None, country: str | None) -> str:
    detail = ", ".join(x for x in (role, country) if x)
    return f"{name} ({detail})" if detail else name


def csv_row(event: dict[str, Any]) -> list[str]:
    """One CSV row of an EventOut-shaped dict."""
    sources = event["sources"]
    return [
        event["id"],
        event["type"],
        event["status"],
        event["date"] or "",
        event["date_end"] or "",
        event["date_precision"] or "",
        "; ".join(event["countries"]),
        event["location"] or "",
        "; ".join(_person(p["name"], p["role"], p["country"]) for p in event["participants"]),
        str(event["source_count"]),
        "; ".join(dict.fromkeys(s["document"] for s in sources)),
        sources[0]["evidence"] if sources else "",
        event["date_note"] or "",
    ]


def csv_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The header, then one CSV line per event."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(csv_row(event))
        if buffer.tell() > 256 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(events: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """One JSON object a line, written in chunks of about 256 KB."""
    chunk: list[bytes] = []
    size = 0
    for event in events:
        line = orjson.dumps(event, option=orjson.OPT_APPEND_NEWLINE)
        chunk.append(line)
        size += len(line)
        if size > 256 * 1024:
            yield b"".join(chunk)
            chunk, size = [], 0
    if chunk:
        yield b"".join(chunk)
