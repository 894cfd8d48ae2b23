"""Ingest throughput and peak memory: `diplo ingest` over generated documents.

Usage: python -m bench.ingest N [--workers W ...]
Prints documents/s, the CPU seconds spent (the ingest and its workers: on a shared
machine wall time also counts other people's work) and the peak RSS of the largest
process (the ingest or one of its workers) per run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate


def run(folder: Path, workers: int) -> tuple[float, float, int]:
    """Seconds, CPU seconds (the ingest and its workers, user + system) and peak RSS (MB,
    largest single process: the ingest or one of its workers) of one ingest into a new
    SQLite file. Both are this run's own (wait4), not the sum or the largest of every
    run so far (RUSAGE_CHILDREN)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/bench.db"}
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "ingest", str(folder), "--workers", str(workers)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise subprocess.CalledProcessError(proc.returncode, proc.args)
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int, nargs="+", help="corpus sizes, e.g. 10000 50000")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print("| documents | workers | seconds | documents/s | CPU s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for n in args.n:
        folder = Path(tempfile.mkdtemp(prefix="diplo-bench-"))
        try:
            generate(folder, n)
            for workers in args.workers if n == args.n[0] else [1]:
                seconds, cpu, peak = run(folder, workers)
                print(
                    f"| {n} | {workers} | {seconds:.1f} | {n / seconds:.0f} | {cpu:.1f} | {peak} |",
                    flush=True,
                )
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
