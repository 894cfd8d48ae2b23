"""Dump `extract.run` of every evaluation document as JSON lines, to diff before/after a change.

Usage: python -m bench.extract_dump OUT_DIR

Writes one file per tuning set (seeds, dev, dev2, dev3, dev4, test, final, fresh3, fresh4, fresh5,
fresh7, fresh8, fresh10, fresh14, fresh15, fresh17, fresh18, fresh19, fresh20, fresh21, fresh23,
fresh25, fresh26, fresh28, fresh29, golden; never the untouched fresh, fresh2, fresh6, fresh9, fresh11,
fresh12, fresh13, fresh16, fresh22, fresh24 and fresh27 sets) to OUT_DIR, a JSON line per
document: its name
and the whole `Extraction` (every field, `why` included).  A speed change must leave every
file byte-identical.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from app import extract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DIRS = {
    "seeds": ROOT / "seeds",
    "dev": DATA / "dev_docs",
    "dev2": DATA / "dev2_docs",
    "dev3": DATA / "dev3_docs",
    "dev4": DATA / "dev4_docs",
    "test": DATA / "test_docs",
    "final": DATA / "final_docs",
    "fresh3": DATA / "fresh3_docs",
    "fresh4": DATA / "fresh4_docs",
    "fresh5": DATA / "fresh5_docs",
    "fresh7": DATA / "fresh7_docs",
    "fresh8": DATA / "fresh8_docs",
    "fresh10": DATA / "fresh10_docs",
    "fresh14": DATA / "fresh14_docs",
    "fresh15": DATA / "fresh15_docs",
    "fresh17": DATA / "fresh17_docs",
    "fresh18": DATA / "fresh18_docs",
    "fresh19": DATA / "fresh19_docs",
    "fresh20": DATA / "fresh20_docs",
    "fresh21": DATA / "fresh21_docs",
    "fresh23": DATA / "fresh23_docs",
    "fresh25": DATA / "fresh25_docs",
    "fresh26": DATA / "fresh26_docs",
    "fresh28": DATA / "fresh28_docs",
    "fresh29": DATA / "fresh29_docs",
}


def _documents(name: str) -> Iterator[tuple[str, str]]:
    """(name, text) of each document of a set."""
    if name == "golden":
        for line in (DATA / "golden_extract.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                yield case["id"], case["text"]
        return
    for path in sorted(DIRS[name].glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    resources = extract.load_resources()
    for name in (*DIRS, "golden"):
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for doc, text in _documents(name):
                found = dataclasses.asdict(extract.run(text, resources=resources))
                f.write(json.dumps({"doc": doc, **found}, default=str, sort_keys=True) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
