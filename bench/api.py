"""API latency and throughput at scale, side by side with Datasette, with wrk on loopback.

Usage: python -m bench.api DB_PATH [--seconds S] [--connections C] [--workers W]
                                   [--export-rows N] [--datasette PATH]

Both servers run under uvicorn with the same number of worker processes over the same
SQLite file; every URL gets one warm-up request and a 1 s warm-up run of wrk before its
timed run. "cold ms" is the time of diplo's very first request for the URL after the
server started (its count caches empty). Prints one Markdown table. The database is
filled by bench.load.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import httpx

from tests.server import free_port

ROOT = Path(__file__).resolve().parent.parent
PAGE = 50
QUERIES = {
    "a country=AZE": "/v1/events?country=AZE",
    "b AZE+KHM, 2010-2020": "/v1/events?country=AZE&country=KHM&date_from=2010&date_to=2020",
    "c type=mou since 2014": "/v1/events?type=mou&date_from=2014",
    "d 50th page (cursor)": "",  # found by following next
    "e stats by year": "/v1/stats?group_by=year",
}
EVENT = "e.id, e.type, e.status, e.date, e.date_end, e.date_precision, e.countries_key, e.location, e.source_count, e.date_note"
# The same rows read through the same indexes as diplo's queries (Datasette runs SQL as
# given): the parties' index newest first, the type index, a keyset seek, a group-by.
DATASETTE_SQL = {
    "a country=AZE": f"select {EVENT} from event_countries c join events e on e.id = c.event_id where c.code = 'AZE' order by c.sort_date desc, c.event_id limit {PAGE}",
    "b AZE+KHM, 2010-2020": f"select {EVENT} from event_countries c join events e on e.id = c.event_id where c.code = 'AZE' and (',' || c.countries_key || ',') like '%,KHM,%' and exists (select 1 from event_countries k where k.event_id = c.event_id and k.code = 'KHM') and e.date_hi >= '2010-01-01' and e.date_lo <= '2020-12-31' and c.sort_date <= '2020-12-31' order by c.sort_date desc, c.event_id limit {PAGE}",
    "c type=mou since 2014": f"select {EVENT} from events e where e.type = 'mou' and e.date_hi >= '2014-01-01' order by e.sort_date desc, e.id limit {PAGE}",
    "d 50th page (cursor)": f"select {EVENT} from events e where e.sort_date <= :s and (e.sort_date < :s or e.id > :i) order by e.sort_date desc, e.id limit {PAGE}",
    "e stats by year": "select substr(sort_date, 1, 4) as key, count(*) as count from events where sort_date != '' group by key order by count desc, key",
}


def wait_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=5).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def wrk(url: str, seconds: float, connections: int) -> tuple[float, float, float, int]:
    """requests/s, p50 ms, p99 ms, non-2xx responses."""
    threads = min(2, connections)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency",
         "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*timeout (\d+)", out)

    def pct(p: str) -> float:
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    failed = (int(bad.group(1)) if bad else 0) + (int(errors.group(1)) if errors else 0)
    return rps, pct("50"), pct("99"), failed


def measure(url: str, seconds: float, connections: int) -> tuple[float, float, float, int]:
    httpx.get(url, timeout=60)
    wrk(url, 1, connections)  # warm-up, not reported
    return wrk(url, seconds, connections)


def rss_kb(pid: int) -> int:
    """The process's own memory (RssAnon: heap and stacks). VmRSS would also count the
    pages of the database file that SQLite reads through its memory map (the kernel's
    page cache, shared, not the process's)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return int(next(line for line in f if line.startswith("RssAnon")).split()[1])
    except (OSError, StopIteration):
        return 0


def family(pid: int) -> list[int]:
    """The server process and its worker processes."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return [pid, *map(int, children)]


@contextmanager
def serve(argv: list[str], env: dict[str, str], health: str) -> Iterator[tuple[str, int]]:
    port = free_port()
    proc = subprocess.Popen(
        [*argv, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(base + health, proc)
        yield base, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def fiftieth_page(base: str) -> str:
    path = f"/v1/events?limit={PAGE}"
    for _ in range(49):
        path = httpx.get(base + path, timeout=60).json()["next"]
    return path


def csv_export(base: str, pid: int, rows: int) -> tuple[int, float, int, int, int]:
    """A full streamed CSV export (the server caps it at `rows`): rows received, rows/s,
    and the largest worker RSS before, at its peak during, and after (KB)."""
    pids = family(pid)
    before = max(rss_kb(p) for p in pids)
    peak = before
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.1):
            peak = max(peak, *(rss_kb(p) for p in pids))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    got = 0
    with httpx.stream("GET", f"{base}/v1/events?format=csv&type=meeting", timeout=600) as resp:
        resp.raise_for_status()
        for chunk in resp.iter_bytes():
            got += chunk.count(b"\n")
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    return got - 1, (got - 1) / elapsed, before, peak, max(rss_kb(p) for p in pids)


def first_request_ms(base: str, path: str) -> float:
    start = time.perf_counter()
    httpx.get(base + path, timeout=120).raise_for_status()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--datasette", default=os.environ.get("DATASETTE", "datasette"))
    args = parser.parse_args()
    run_start = time.perf_counter()
    uvicorn = [sys.executable, "-m", "uvicorn", "app.main:app", "--workers", str(args.workers)]
    env = {"DATABASE_URL": f"sqlite:///{args.db.resolve()}",
           "MAX_EXPORT_ROWS": str(args.export_rows)}  # fmt: skip
    cold: dict[str, float] = {}
    with serve(uvicorn, env, "/health") as (base, pid):
        for name, path in QUERIES.items():
            if path:
                cold[name] = first_request_ms(base, path)
        QUERIES["d 50th page (cursor)"] = fiftieth_page(base)
        cold["d 50th page (cursor)"] = first_request_ms(base, QUERIES["d 50th page (cursor)"])
        health = measure(base + "/health", args.seconds, args.connections)
        diplo = {
            name: measure(base + path, args.seconds, args.connections)
            for name, path in QUERIES.items()
        }
        export = csv_export(base, pid, args.export_rows)
    ds: dict[str, tuple[float, float, float, int]] = {}
    ds_health: tuple[float, float, float, int] | None = None
    datasette = shutil.which(args.datasette) or args.datasette
    if Path(datasette).exists():
        python = str(Path(datasette).parent / "python")
        cursor = httpx.QueryParams(QUERIES["d 50th page (cursor)"].split("?", 1)[1])["cursor"]
        from app.queries import Cursor

        keyset = Cursor.decode(cursor)
        argv = [python, "-m", "uvicorn", "--factory", "bench.datasette_app:app",
                "--workers", str(args.workers)]  # fmt: skip
        with serve(argv, {"BENCH_DATASETTE_DB": str(args.db.resolve())}, "/-/versions.json") as (
            dbase,
            _,
        ):
            ds_health = measure(dbase + "/-/versions.json", args.seconds, args.connections)
            name = args.db.stem
            for query, sql in DATASETTE_SQL.items():
                extra = f"&s={quote(keyset.sort_date)}&i={quote(keyset.id)}" if ":s" in sql else ""
                url = f"{dbase}/{quote(name)}.json?sql={quote(sql)}&_shape=array{extra}"
                check = httpx.get(url, timeout=60)
                check.raise_for_status()
                assert isinstance(check.json(), list), check.text[:200]
                ds[query] = measure(url, args.seconds, args.connections)
    rows = [
        f"/health (ceiling): {health[0]:.0f} req/s, p50 {health[1]:.1f} ms, p99 {health[2]:.1f} ms; "
        f"{args.connections} connections, {args.workers} uvicorn workers each, {args.seconds:g} s per run\n",
        *(
            [
                f"Datasette's own ceiling (/-/versions.json, same setup): {ds_health[0]:.0f} req/s, "
                f"p99 {ds_health[2]:.1f} ms\n"
            ]
            if ds_health
            else []
        ),
        "| query | diplo req/s | p50 ms | p99 ms | cold ms | share of /health | Datasette req/s | Datasette p99 ms | diplo ÷ Datasette |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    failures = health[3]
    for name, (rps, p50, p99, bad) in diplo.items():
        failures += bad
        d = ds.get(name)
        if d and d[0] > 0:
            theirs = f"{d[0]:.0f} | {d[2]:.1f} | {rps / d[0]:.2f}"
        elif d:  # not one response within the run
            theirs = f"0 ({d[3]} timed out) | – | > {rps * args.seconds:.0f}"
        else:
            theirs = "– | – | –"
        rows.append(
            f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {cold[name]:.0f} | "
            f"{rps / health[0]:.2f} | {theirs} |"
        )
    got, rate, before, peak, after = export
    rows.append(
        f"\nf full CSV export of {got} rows: {rate:.0f} rows/s; largest worker RssAnon "
        f"{before // 1024} MB before, {peak // 1024} MB at peak, {after // 1024} MB after"
    )
    rows.append(
        f"\nnon-2xx or timed-out responses: {failures}; benchmark took {time.perf_counter() - run_start:.0f} s"
    )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
