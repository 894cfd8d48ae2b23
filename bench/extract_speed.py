"""Extraction throughput on one core: seed documents, repeated, through `extract.run`.

Usage: python -m bench.extract_speed [N]   (default 2000 documents)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app import extract

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(n: int = 2000) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    resources = extract.load_resources()
    extract.run(texts[0], resources=resources)  # warm up compiled patterns
    events = 0
    start = time.perf_counter()
    for i in range(n):
        events += len(extract.run(texts[i % len(texts)], resources=resources).events)
    elapsed = time.perf_counter() - start
    size = sum(len(t) for t in texts) / len(texts)
    print(f"documents: {n} (mean {size / 1024:.1f} KB), events: {events}")
    print(f"elapsed: {elapsed:.2f} s, {n / elapsed:.0f} documents/s on one core")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
