"""Extraction throughput on one core: seed documents, repeated, through `extract.run`.

Usage: python -m bench.extract_speed [N] [ROUNDS]   (default 2000 documents, 3 rounds)

Each round runs N documents; the best round is the machine's one-core throughput
(shared machines add noise of ±20% between rounds), the mean is printed beside it.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from app import extract

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(n: int = 2000, rounds: int = 3) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    resources = extract.load_resources()
    extract.run(texts[0], resources=resources)  # warm up compiled patterns
    times: list[float] = []
    events = 0
    for _ in range(rounds):
        gc.collect()
        events = 0
        start = time.perf_counter()
        for i in range(n):
            events += len(extract.run(texts[i % len(texts)], resources=resources).events)
        times.append(time.perf_counter() - start)
    size = sum(len(t) for t in texts) / len(texts)
    best, mean = min(times), sum(times) / len(times)
    print(f"extractor: {extract.BUILD}")
    print(f"documents: {n} x {rounds} rounds (mean {size / 1024:.1f} KB), events/round: {events}")
    print(f"best round: {best:.2f} s, {n / best:.0f} documents/s on one core")
    print(f"mean round: {mean:.2f} s, {n / mean:.0f} documents/s on one core")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 2000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
