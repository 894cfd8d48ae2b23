"""`prefilter.sift` patterns find exactly what their originals find, over the read document,
its folded form, phrases cut from it and texts it cannot fold."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import app.extract
from app.extract import literals, prefilter, quick
from tests.extract.test_quick import FOLD_TEXTS
from tests.extract.test_quick import PATTERNS as QUICK_PATTERNS

DATA = Path(__file__).resolve().parent.parent / "data"
DOCS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev_docs").glob("*.txt"))][:12]
TEXTS = [
    *DOCS,
    *FOLD_TEXTS[-5:],  # with İ, ſ, the Kelvin sign, "ÉTÉ" …: not read, or read with care
    "The PM’s “visit” (by video) to Kyiv – 2023-05-01 – will take place next week " * 4,
    "",
    "met",
]
SPANS = ((0, 10**9), (3, 10**9), (0, 60), (40, 300), (120, 130), (-5, 20), (50, 40))


def _shape(match: re.Match[str] | None) -> object:
    return match and (match.span(), match.groups())


def _same(original: re.Pattern[str], sifted: re.Pattern[str], text: str) -> None:
    for pos, endpos in SPANS:
        a = [(m.span(), m.groups()) for m in original.finditer(text, pos, endpos)]
        b = [(m.span(), m.groups()) for m in sifted.finditer(text, pos, endpos)]
        assert a == b, original.pattern[:80]
        assert _shape(original.search(text, pos, endpos)) == _shape(
            sifted.search(text, pos, endpos)
        )
    starts = {m.start() for m in original.finditer(text)} | set(range(0, len(text), 37))
    for pos in sorted(starts):
        for endpos in (len(text), pos + 25):
            assert _shape(original.match(text, pos, endpos)) == _shape(
                sifted.match(text, pos, endpos)
            ), (original.pattern[:80], pos)
            assert _shape(original.fullmatch(text, pos, endpos)) == _shape(
                sifted.fullmatch(text, pos, endpos)
            )


def _check(original: re.Pattern[str], sifted: re.Pattern[str]) -> None:
    try:
        for text in TEXTS:
            low = text.lower()
            prefilter.read(text, low)
            _same(original, sifted, text)  # the document read
            _same(original, sifted, low)  # its folded form (when ASCII: an alias)
            _same(original, sifted, text[5:200])  # a phrase cut from it: the pattern's own
    finally:
        prefilter.forget()


PATTERNS = [
    *QUICK_PATTERNS,
    (r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+visit", re.I),
    (r"(?<=the )PM|\bPM’s", 0),
    (r"[Tt]alks|HELD", 0),
    (r"(?:ÉTÉ|été)\s+talks", 0),
    (r"(?i)été|talks", 0),  # a letter beyond ASCII without case: that part unknown
    (r"\(by\s+\w+\)|\s[-–—]\s", 0),
    (r"(?-i:The)\s+(?i:ministers?)", 0),
    (r"will\s+take\s+place(?=\s+next)|(?<!\w)visit\b", re.I),
    (r"[“\"](?:talks|visit)[”\"]", re.I),
    (r"\d{4}-\d\d-\d\d|\b(?:19|20)\d\d\b", 0),
    (r"(?:the\s+)?king", re.I),
    (r"met|(?:x*)", 0),  # can match the empty string: left as is
]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_sifted_finds_the_same_matches(source: str, flags: int) -> None:
    original = re.compile(source, flags)
    _check(original, prefilter.sift(original))


def test_every_stage_pattern_sifted_matches_like_its_own() -> None:
    """Every pattern a stage module keeps, sifted (sifting a guarded or folded one too)."""
    for info in pkgutil.iter_modules(app.extract.__path__):
        module = importlib.import_module(f"app.extract.{info.name}")
        for value in list(vars(module).values()):
            if isinstance(value, prefilter.Sifted):
                value = value.inner
            if isinstance(value, type):  # a compiled class has its fields ("twin") as descriptors
                continue
            if isinstance(value, re.Pattern) or hasattr(value, "twin"):
                sifted = prefilter.sift(value)
                if sifted is not value:
                    _check(getattr(value, "original", value), sifted)


@pytest.mark.parametrize(
    ("source", "flags", "strings", "leading"),
    [
        (r"\b(?:met|meets|talks|talked)\b", re.I, {"met", "meets", "talks", "talked"}, True),
        (r"(?<=over )the\s+PHONE", 0, {"phone"}, False),  # lookarounds consume nothing
        (r"\bvisit(?:ed|s)?\b", 0, {"visit"}, True),
        (r"[Tt]alks|HELD", 0, {"talks", "held"}, True),
        (r"(?i)été|talks", 0, {"t"}, False),  # "é" without case: unknown, "t" is not
        (r"\d+", 0, None, None),
        (r"(?:x)?y*", 0, None, None),
    ],
)
def test_required_strings(
    source: str, flags: int, strings: set[str] | None, leading: bool | None
) -> None:
    found = literals.required(re.compile(source, flags))
    if strings is None:
        assert found is None
    else:
        assert found is not None and set(found.strings) == strings and found.leading == leading


def test_a_text_with_special_letters_is_not_read() -> None:
    prefilter.read("The \u212aing met the ſultan")
    assert prefilter._document is None
    assert quick.folded("The \u212aing") is None
