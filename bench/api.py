"""API latency and throughput at scale, side by side with Datasette, with wrk on loopback.

Usage: python -m bench.api DB_PATH [--seconds S] [--connections C] [--datasette PATH]
Prints one Markdown table. The database is filled by bench.load.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from tests.server import free_port

QUERIES = {
    "a country=AZE": "/v1/events?country=AZE",
    "b AZE+KHM, 2010-2020": "/v1/events?country=AZE&country=KHM&date_from=2010&date_to=2020",
    "c type=mou since 2014": "/v1/events?type=mou&date_from=2014",
    "d 50th page (cursor)": None,  # found by following next
    "e stats by year": "/v1/stats?group_by=year",
}
DATASETTE_SQL = {
    "a country=AZE": "select e.* from events e join event_countries c on c.event_id = e.id where c.code = 'AZE' order by e.sort_date desc, e.id limit 50",
    "b AZE+KHM, 2010-2020": "select e.* from events e where e.id in (select event_id from event_countries where code = 'AZE') and e.id in (select event_id from event_countries where code = 'KHM') and e.date_hi >= '2010-01-01' and e.date_lo <= '2020-12-31' order by e.sort_date desc, e.id limit 50",
    "c type=mou since 2014": "select * from events where type = 'mou' and date_hi >= '2014-01-01' order by sort_date desc, id limit 50",
    "d 50th page (cursor)": "select * from events order by sort_date desc, id limit 50 offset 2450",
    "e stats by year": "select substr(sort_date, 1, 4) as key, count(*) as count from events where sort_date != '' group by key order by count desc",
}


def wait_up(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def wrk(url: str, seconds: int, connections: int) -> tuple[float, float, float]:
    """requests/s, p50 ms, p99 ms."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def pct(p: str) -> float:
        value, unit = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return rps, pct("50"), pct("99")


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        return int(next(line for line in f if line.startswith("VmRSS")).split()[1])


def fiftieth_page(base: str) -> str:
    path = "/v1/events?limit=50"
    for _ in range(49):
        path = httpx.get(base + path, timeout=30).json()["next"]
    return path


def csv_export(base: str, pid: int, rows: int) -> tuple[float, int, int]:
    """rows/s of a streamed CSV export of `rows` events, server RSS before and after (KB)."""
    before = rss_kb(pid)
    start = time.perf_counter()
    got = 0
    with httpx.stream("GET", f"{base}/v1/events?format=csv&type=meeting", timeout=300) as resp:
        for _line in resp.iter_lines():
            got += 1
            if got > rows:
                break
    elapsed = time.perf_counter() - start
    return (got - 1) / elapsed, before, rss_kb(pid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--datasette", default=os.environ.get("DATASETTE", "datasette"))
    args = parser.parse_args()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{args.db}"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    rows: list[str] = []
    try:
        wait_up(base + "/health")
        QUERIES["d 50th page (cursor)"] = fiftieth_page(base)
        health = wrk(base + "/health", args.seconds, args.connections)[0]
        diplo = {
            name: wrk(base + path, args.seconds, args.connections)
            for name, path in QUERIES.items()
            if path
        }
        export = csv_export(base, server.pid, args.export_rows)
    finally:
        server.terminate()
        server.wait(10)
    ds = {}
    datasette = shutil.which(args.datasette) or args.datasette
    if Path(datasette).exists() or shutil.which(datasette):
        dport = free_port()
        proc = subprocess.Popen(
            [
                datasette,
                "serve",
                str(args.db),
                "--port",
                str(dport),
                "--setting",
                "sql_time_limit_ms",
                "10000",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        dbase = f"http://127.0.0.1:{dport}"
        try:
            wait_up(dbase + "/-/versions.json")
            name = args.db.stem
            for query, sql in DATASETTE_SQL.items():
                ds[query] = wrk(
                    f"{dbase}/{name}.json?sql={quote(sql)}&_shape=array",
                    args.seconds,
                    args.connections,
                )
        finally:
            proc.terminate()
            proc.wait(10)
    rows.append(
        f"/health (ceiling): {health:.0f} req/s; {args.connections} connections, {args.seconds} s each\n"
    )
    rows.append(
        "| query | diplo req/s | p50 ms | p99 ms | share of /health | Datasette req/s | diplo ÷ Datasette |"
    )
    rows.append("|---|---|---|---|---|---|---|")
    for name, (rps, p50, p99) in diplo.items():
        d = ds.get(name)
        rows.append(
            f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {rps / health:.2f} | "
            f"{d[0]:.0f} | {rps / d[0]:.2f} |"
            if d
            else f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {rps / health:.2f} | – | – |"
        )
    rate, before, after = export
    rows.append(
        f"\nf CSV export of {args.export_rows} rows: {rate:.0f} rows/s; server RSS {before // 1024} MB before, {after // 1024} MB after"
    )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
