"""Fill a SQLite database with N events directly (no extraction): a realistic spread of
countries (Zipf-like), pairs, types, dates and precisions, with documents, parties,
participants and sources.

Usage: python -m bench.load DB_PATH N [--seed S]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import random
import sqlite3
import time
from pathlib import Path

import pycountry

from app import db

TYPES = ["meeting", "visit", "mou", "agreement", "visa_agreement", "diplomatic_relations"]
TYPE_WEIGHTS = [50, 20, 10, 12, 3, 5]
BATCH = 20_000


def _codes(rng: random.Random) -> list[str]:
    codes = sorted(c.alpha_3 for c in pycountry.countries)
    rng.shuffle(codes)
    return ["AZE", "KHM", "KAZ", *[c for c in codes if c not in ("AZE", "KHM", "KAZ")]]


def _date(rng: random.Random) -> tuple[str, str, str, str, str]:
    """date, precision, date_lo, date_hi, sort_date."""
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
    kind = rng.choices(["day", "month", "year"], [80, 12, 8])[0]
    if kind == "day":
        return day.isoformat(), "day", day.isoformat(), day.isoformat(), day.isoformat()
    if kind == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        lo, hi = day.replace(day=1), day.replace(day=last)
        return f"{day:%Y-%m}", "month", lo.isoformat(), hi.isoformat(), lo.isoformat()
    return f"{day.year}", "year", f"{day.year}-01-01", f"{day.year}-12-31", f"{day.year}-01-01"


def load(path: Path, n: int, seed: int = 11) -> float:
    """Load N events; returns seconds taken."""
    db.upgrade(db.get_engine(f"sqlite:///{path}"))
    rng = random.Random(seed)
    codes = _codes(rng)
    weights = [1 / (i + 1) for i in range(len(codes))]
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=WAL")
    stamp = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    docs_per_batch = BATCH // 3
    for base in range(0, n, BATCH):
        size = min(BATCH, n - base)
        doc_ids = [
            hashlib.sha1(f"d{base}-{i}".encode()).hexdigest()[:16] for i in range(docs_per_batch)
        ]
        conn.executemany(
            "INSERT INTO documents (id, name, path, sha256, published, published_surface, text, ingested_at)"
            " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)",
            [
                (
                    d,
                    f"{d}.txt",
                    f"/bench/{d}.txt",
                    hashlib.sha256(d.encode()).hexdigest(),
                    "text",
                    stamp,
                )
                for d in doc_ids
            ],
        )
        events, parties, people, sources = [], [], [], []
        for i in range(size):
            eid = hashlib.sha1(f"e{base + i}".encode()).hexdigest()[:16]
            a, b = rng.choices(codes, weights, k=1)[0], rng.choices(codes, weights, k=1)[0]
            while b == a:
                b = rng.choices(codes, weights, k=1)[0]
            pair = sorted((a, b))
            etype = rng.choices(TYPES, TYPE_WEIGHTS)[0]
            date, precision, lo, hi, sort = (
                _date(rng) if rng.random() > 0.05 else (None, None, None, None, "")
            )
            events.append((eid, etype, "occurred" if rng.random() > 0.1 else "planned", date, None, precision,
                           lo, hi, sort, rng.choice([None, "Baku", "Astana", "online", "Geneva"]),
                           ",".join(pair), 1, stamp, stamp))  # fmt: skip
            parties += [(eid, pair[0]), (eid, pair[1])]
            if rng.random() < 0.6:
                name = f"Person {rng.randrange(5000)}"
                people.append((eid, 0, name, name.lower(), "Foreign Minister", pair[0], None))
            doc = rng.choice(doc_ids)
            sources.append(
                (
                    eid,
                    doc,
                    f"{pair[0]} and {pair[1]} held a {etype} number {base + i}.",
                    0,
                    40,
                    date,
                    None,
                    None,
                    "occurred",
                )
            )
        conn.executemany(
            "INSERT INTO events (id, type, status, date, date_end, date_precision, date_lo, date_hi, sort_date,"
            " location, countries_key, source_count, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            events,
        )
        conn.executemany("INSERT INTO event_countries (event_id, code) VALUES (?, ?)", parties)
        conn.executemany(
            "INSERT INTO participants (event_id, position, name, name_folded, role, country, document_id)"
            " VALUES (?,?,?,?,?,?,?)",
            people,
        )
        conn.executemany(
            'INSERT INTO sources (event_id, document_id, evidence, start, "end", date, date_end, location, status)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            sources,
        )
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    print(f"loaded {args.n} events in {load(args.db, args.n, args.seed):.1f} s")


if __name__ == "__main__":
    main()
