"""`quick.guard` returns patterns that find exactly what the originals find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.extract import quick, temporal, triggers

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev_docs").glob("*.txt"))] + [
    "The \u212aing met İlham Aliyev; ſigned talks. MET, Met, mEt meeting 12th anniversary",
    "LAST May, next may, the day The day THE DAY 2023 \u212aING",
    "",
]
PATTERNS = [
    (r"\b(?:met|meets|talks|signed|visit(?:ed)?)\b", re.I),
    (r"\b(?:king|ilham)\b", re.I),
    (r"(?i)\b(?:the|this)\s+(?:[\w-]+\s+)?$", 0),
    (r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary", re.I),
    (r"\b(?:a|b)?c|\bd", 0),
    (r"\b(?<=\s)(?:over|by)\s+the\b|\bmeeting", re.I),
    (r"\b[A-Z][a-z]+", 0),
    (r"(?P<one>\b(?:19|20)\d\d)|(?P<two>(?<![\d.])\bMay\s+\d+)|(?P<three>\bthe\s+day)", 0),
    (r"\b(?:(?i:last|next)\s+May|(?-i:The)\s+day|\d+)", 0),
    (r"\b(?:(?-i:The)\s+day|(?i:king))", re.I),
    (r"\d+|may|week(?:end)?|q[1-4]|day\s+(?:before|after)|(?:previous|next)\s+day", re.I),
    (r"(?i)king|the\s+day", 0),
    (r"(?i)(?s)\bking.|\bthe\s+day", 0),
    (r"\b(?:x*)", 0),  # can match empty: left as is
    (r"\b.", 0),  # any character: left as is
]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_guard_finds_the_same_matches(source: str, flags: int) -> None:
    original = re.compile(source, flags)
    guarded = quick.guard(original)
    for text in TEXTS:
        for start in (0, 3):
            a = [(m.span(), m.groupdict(), m.lastgroup) for m in original.finditer(text, start)]
            b = [(m.span(), m.groupdict(), m.lastgroup) for m in guarded.finditer(text, start)]
            assert a == b


def test_empty_or_any_first_character_is_not_guarded() -> None:
    for source in (r"\b(?:x*)", r"\b.", r"foo", r"\d+|May"):
        pattern = re.compile(source)
        assert quick.guard(pattern) is pattern


def test_trigger_and_date_patterns_are_guarded() -> None:
    assert triggers.MEETING.pattern.startswith(r"\b(?=[")
    assert temporal.SCAN.pattern.startswith(r"\b(?=[")


def test_every_guarded_rule_pattern_matches_like_its_original() -> None:
    import app.extract.pipeline  # noqa: F401  (imports and guards every stage's patterns)

    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*_docs/*.txt"))]
    assert len(quick.ORIGINALS) > 50
    for guarded, original in quick.ORIGINALS.items():
        for text in texts:
            a = [(m.span(), m.groups()) for m in original.finditer(text)]
            b = [(m.span(), m.groups()) for m in guarded.finditer(text)]
            assert a == b, original.pattern[:60]
            for start, end in ((0, 100), (50, 400), (120, 130)):
                x = original.search(text, start, end)
                y = guarded.search(text, start, end)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))
