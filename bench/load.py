"""Fill a SQLite database with N events directly (no extraction): a realistic spread of
countries (Zipf-like), pairs, types, dates and precisions, with documents, parties,
participants and sources.

Fast: the schema comes from the migrations, then its triggers and secondary indexes are
set aside, rows go in with executemany in big transactions (journal and sync off), and
the indexes, the evidence search table and the triggers are rebuilt once at the end; the
data version is bumped once. The result is the same database ingest would keep.

Usage: python -m bench.load DB_PATH N [--seed S]
       python -m bench.load --cache DIR N [--seed S]   # reuse DIR/<key>.db when present

With --cache the file name holds N, the seed, the schema head and a hash of this script
and the migrations,
so a changed loader or migration builds a new file; a file is renamed into place only
once complete. The path is printed on the last line.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import itertools
import random
import sqlite3
import time
from pathlib import Path

import pycountry
from alembic.script import ScriptDirectory

from app import db

TYPES = ["meeting", "visit", "mou", "agreement", "visa_agreement", "diplomatic_relations"]
TYPE_WEIGHTS = [50, 20, 10, 12, 3, 5]
LOCATIONS = [None, "Baku", "Astana", "online", "Geneva"]
BATCH = 50_000
EPOCH = dt.date(2000, 1, 1)


def _codes(rng: random.Random) -> list[str]:
    codes = sorted(c.alpha_3 for c in pycountry.countries)
    rng.shuffle(codes)
    return ["AZE", "KHM", "KAZ", *[c for c in codes if c not in ("AZE", "KHM", "KAZ")]]


def _dates() -> list[tuple[str, str, str, str, str]]:
    """Every (date, precision, date_lo, date_hi, sort_date) the loader draws from."""
    out = []
    for offset in range(9000):
        day = EPOCH + dt.timedelta(days=offset)
        iso = day.isoformat()
        out.append((iso, "day", iso, iso, iso))
        last = calendar.monthrange(day.year, day.month)[1]
        lo, hi = day.replace(day=1).isoformat(), day.replace(day=last).isoformat()
        out.append((f"{day:%Y-%m}", "month", lo, hi, lo))
        out.append((f"{day.year}", "year", f"{day.year}-01-01", f"{day.year}-12-31",
                    f"{day.year}-01-01"))  # fmt: skip
    return out


def _set_aside(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers and secondary indexes; return the SQL that recreates them."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index')"
        " AND sql IS NOT NULL AND tbl_name NOT LIKE 'sources_fts%'"
    ).fetchall()
    for kind, name, _sql in rows:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    # Indexes first (the build sorts once), triggers last (nothing fires during the load).
    return [sql for kind, _n, sql in rows if kind == "index"] + [
        sql for kind, _n, sql in rows if kind == "trigger"
    ]


def load(path: Path, n: int, seed: int = 11) -> float:
    """Load N events into a new database at `path`; returns seconds taken."""
    engine = db.get_engine(f"sqlite:///{path}")
    db.upgrade(engine)
    engine.dispose()
    rng = random.Random(seed)
    codes = _codes(rng)
    cum = list(itertools.accumulate(1 / (i + 1) for i in range(len(codes))))
    type_cum = list(itertools.accumulate(TYPE_WEIGHTS))
    dates = _dates()
    start = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144",
                   "temp_store=MEMORY", "locking_mode=EXCLUSIVE", "foreign_keys=OFF"):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("BEGIN")
    rebuild = _set_aside(conn)
    stamp = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    docs_per_batch = BATCH // 3
    random_ = rng.random
    for base in range(0, n, BATCH):
        size = min(BATCH, n - base)
        doc_ids = [
            hashlib.sha1(f"d{base}-{i}".encode()).hexdigest()[:16] for i in range(docs_per_batch)
        ]
        conn.executemany(
            "INSERT INTO documents (id, name, path, sha256, published, published_surface, text, ingested_at)"
            " VALUES (?, ?, ?, ?, NULL, NULL, 'text', ?)",
            [
                (d, f"{d}.txt", f"/bench/{d}.txt", hashlib.sha256(d.encode()).hexdigest(), stamp)
                for d in doc_ids
            ],
        )
        firsts = rng.choices(codes, cum_weights=cum, k=size)
        seconds = rng.choices(codes, cum_weights=cum, k=size)
        etypes = rng.choices(TYPES, cum_weights=type_cum, k=size)
        events, parties, people, sources = [], [], [], []
        for i in range(size):
            number = base + i
            eid = hashlib.sha1(f"e{number}".encode()).hexdigest()[:16]
            a, b = firsts[i], seconds[i]
            while b == a:
                b = rng.choices(codes, cum_weights=cum)[0]
            pair = (a, b) if a < b else (b, a)
            key = f"{pair[0]},{pair[1]}"
            etype = etypes[i]
            if random_() > 0.05:
                kind = 0 if (r := random_()) < 0.8 else 1 if r < 0.92 else 2
                date, precision, lo, hi, sort = dates[3 * rng.randrange(9000) + kind]
            else:
                date = precision = lo = hi = None
                sort = ""
            status = "occurred" if random_() > 0.1 else "planned"
            events.append((eid, etype, status, date, precision, lo, hi, sort,
                           LOCATIONS[rng.randrange(5)], key, stamp))  # fmt: skip
            parties.append((eid, pair[0], sort, key))
            parties.append((eid, pair[1], sort, key))
            doc = doc_ids[rng.randrange(docs_per_batch)]
            if random_() < 0.6:
                name = f"Person {rng.randrange(5000)}"
                people.append((eid, name, name.lower(), pair[0], doc))
            sources.append((eid, doc, f"{pair[0]} and {pair[1]} held a {etype} number {number}.",
                            date, status))  # fmt: skip
        conn.executemany(
            "INSERT INTO events (id, type, status, date, date_end, date_precision, date_lo, date_hi,"
            " sort_date, location, countries_key, source_count, created_at, updated_at)"
            " VALUES (?,?,?,?,NULL,?,?,?,?,?,?,1,?11,?11)",
            events,
        )
        conn.executemany(
            "INSERT INTO event_countries (event_id, code, sort_date, countries_key) VALUES (?,?,?,?)",
            parties,
        )
        conn.executemany(
            "INSERT INTO participants (event_id, position, name, name_folded, role, country, document_id)"
            " VALUES (?,0,?,?,'Foreign Minister',?,?)",
            people,
        )
        conn.executemany(
            'INSERT INTO sources (event_id, document_id, evidence, start, "end", date, date_end, location, status)'
            " VALUES (?,?,?,0,40,?,NULL,NULL,?)",
            sources,
        )
    for sql in rebuild:
        conn.execute(sql)
    conn.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
    conn.execute("UPDATE data_version SET version = version + 1 WHERE id = 1")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return time.perf_counter() - start


def cache_key(n: int, seed: int) -> str:
    head = ScriptDirectory.from_config(db.alembic_config("sqlite://")).get_current_head()
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for migration in sorted(db.MIGRATIONS_DIR.glob("versions/*.py")):
        digest.update(migration.read_bytes())
    loader = digest.hexdigest()[:10]
    return f"events-{n}-seed{seed}-schema{head}-loader{loader}.db"


def cached(folder: Path, n: int, seed: int) -> tuple[Path, float | None]:
    """The database of N events in `folder`, built unless present; (path, seconds or None)."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / cache_key(n, seed)
    if final.exists():
        return final, None
    partial = final.with_suffix(".partial")
    for stale in folder.glob(f"{partial.name}*"):
        stale.unlink()
    seconds = load(partial, n, seed)
    partial.rename(final)
    return final, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cache", type=Path, help="folder of cached databases")
    args = parser.parse_args()
    if args.cache:
        path, seconds = cached(args.cache, args.n, args.seed)
        if seconds is None:
            print(f"cached database of {args.n} events (bench.load, seed {args.seed})")
        else:
            print(f"loaded {args.n} events in {seconds:.1f} s")
        print(path)
    elif args.db is None:
        parser.error("give DB_PATH or --cache DIR")
    else:
        print(f"loaded {args.n} events in {load(args.db, args.n, args.seed):.1f} s")


if __name__ == "__main__":
    main()
