"""Deterministic news-like documents for benchmarks: many countries, all six event
types, the date forms the extractor handles, 2–6 KB each, some with no event.

Usage: python -m bench.generate OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

import pycountry

COUNTRIES = sorted(c.name for c in pycountry.countries if "," not in c.name and len(c.name) < 20)
ROLES = [
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Deputy Foreign Minister",
    "Speaker of Parliament",
]
FIRST = ["Amir", "Sara", "Daniel", "Aigerim", "Nguyen", "Fatima", "Carlos", "Olena", "Kwame", "Mei"]
LAST = [
    "Karimov",
    "Santos",
    "Haddad",
    "Okafor",
    "Tanaka",
    "Novak",
    "Rahman",
    "Silva",
    "Petrov",
    "Mensah",
]
FILLER = (
    "The sides discussed cooperation in trade, energy, transport and culture, and noted the "
    "potential for joint projects in agriculture and digital technologies. Officials said that "
    "bilateral trade had grown steadily over recent years and that investment was expected to rise. "
)
HEADERS = [
    lambda d: f" date {d.isoformat()} By Staff Reporter\n\n",
    lambda d: f"{d.day} {d:%B %Y} | 10:{d.day:02d}\n\n",
    lambda d: f"{d:%A}, {d.day} {d:%B %Y} 09:30 GMT\n\n",
    lambda d: f"{d:%d/%m/%Y}\n\n",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _event(rng: random.Random, a: str, b: str, when: dt.date) -> str:
    day = f"{when:%B} {when.day}"
    forms = [
        f"{a}'s {rng.choice(ROLES)} {_person(rng)} met {b}'s {rng.choice(ROLES)} {_person(rng)} in the capital on {day}.",
        f"{a} and {b} signed a memorandum of understanding on trade on {when.day} {when:%B %Y}.",
        f"{a} and {b} signed an agreement on visa exemption for diplomatic passports yesterday.",
        f"The {rng.choice(ROLES)} of {a} {_person(rng)} paid an official visit to {b} on {day}-{when.day + 1}, {when.year}.",
        f"{a} and {b} established diplomatic relations in {rng.randint(1960, 2015)}.",
        f"{a} and {b} signed a protocol on transport cooperation last week.",
        f"The {rng.choice(ROLES)} of {a} will visit {b} next month, officials said.",
    ]
    return rng.choice(forms)


def document(rng: random.Random, index: int) -> str:
    when = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    a, b = rng.sample(COUNTRIES, 2)
    head = rng.choice(HEADERS)(when)
    paragraphs = [f"{a} and {b} review ties\n"]
    if rng.random() > 0.1:  # one in ten has no event at all
        paragraphs += [_event(rng, a, b, when - dt.timedelta(days=rng.randrange(1, 5)))]
        if rng.random() < 0.5:
            paragraphs.append(_event(rng, a, b, when - dt.timedelta(days=rng.randrange(5, 400))))
    paragraphs += [FILLER * rng.randint(6, 22), f"Reference number {index}."]
    return head + "\n\n".join(paragraphs) + "\n"


def generate(out: Path, n: int, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = out / f"gen_{i:06d}.txt"
        path.write_text(document(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
