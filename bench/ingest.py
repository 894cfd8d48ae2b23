"""Ingest throughput and peak memory: `diplo ingest` over generated documents.

Usage: python -m bench.ingest N [--workers W ...]
Prints documents/s and the peak RSS of the ingest process (and its workers) per run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate


def run(folder: Path, workers: int) -> tuple[float, int]:
    """Seconds and peak RSS (MB, largest single process) of one ingest into a new SQLite file."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/bench.db"}
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app.cli", "ingest", str(folder), "--workers", str(workers)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int, nargs="+", help="corpus sizes, e.g. 10000 50000")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print("| documents | workers | seconds | documents/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for n in args.n:
        folder = Path(tempfile.mkdtemp(prefix="diplo-bench-"))
        try:
            generate(folder, n)
            for workers in args.workers if n == args.n[0] else [1]:
                seconds, peak = run(folder, workers)
                print(
                    f"| {n} | {workers} | {seconds:.1f} | {n / seconds:.0f} | {peak} |", flush=True
                )
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
