"""Extraction cost in CPU instructions per seed document, counted by valgrind's callgrind.

Usage: python -m bench.extract_instructions [N]   (default 50 documents)

Wall-clock throughput on a shared machine swings ±25 % between runs; instruction counts do
not, so speed work is judged by them. Two runs under callgrind — after the same warm-up over
the seeds, one extracting N seed documents and one extracting none — and the difference over N
is the cost of one document (start-up and compiling the patterns cancel out). Needs valgrind.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from app import extract

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_TOTAL = re.compile(r"Collected\s*:\s*(\d+)")


def work(n: int) -> None:
    """Warm up on every seed, then extract `n` seed documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    resources = extract.load_resources()
    for text in texts:
        extract.run(text, resources=resources)
    for i in range(n):
        extract.run(texts[i % len(texts)], resources=resources)


def _count(n: int) -> int:
    """Instructions of a whole run of `work(n)` under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-m",
            "bench.extract_instructions",
            "--work",
            str(n),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        found = _TOTAL.search(done.stderr)
        if found is None:
            raise SystemExit(f"callgrind printed no total:\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main(n: int = 50) -> None:
    base, loaded = _count(0), _count(n)
    print(f"extractor: {extract.BUILD}")
    print(f"instructions: {base:,} (warm-up only), {loaded:,} (+{n} seed documents)")
    print(f"per seed document: {(loaded - base) / n / 1e6:.2f}M instructions")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--work":
        work(int(sys.argv[2]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
