"""`quick.guard` returns patterns that find exactly what the originals find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.extract import assemble, quick, temporal, triggers

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


FOLD_TEXTS = [
    *TEXTS,
    # long enough to be folded (short strings use the original), with caseless non-ASCII
    "The ministers MET in Baku – “talks” were HELD over the PHONE; " * 5,
    # a cased non-ASCII letter: searched with the original pattern
    "Ilham Aliyev MET İlham Aliyev; The Ministers Met, ÉTÉ talks " * 5,
    "The \u212aing met the ſultan: TAL\u212aS were held, ÉTÉ " * 5,
    "Ministers MET in Baku; ÉTÉ TALKS were held, Émile MEETS Zoë " * 5,
    "Lavrov to visit, lavrov to visit; LAVROV TO hold talks, he WILL meet " * 5,
]


@pytest.mark.parametrize(
    "pattern",
    [
        triggers.MEETING,
        triggers.NO_MEETING,
        triggers.NO_VISIT,
        triggers.RELATIONS,
        assemble.FUTURE,
        quick.fold(re.compile(r"\b(?:will|(?-i:[A-Z]\w+)\s+to)\b", re.I)),
    ],
)
def test_folded_patterns_find_what_their_originals_find(pattern: re.Pattern[str]) -> None:
    original = quick.ORIGINALS[pattern.original] if hasattr(pattern, "original") else pattern
    texts = FOLD_TEXTS + [
        p.read_text(encoding="utf-8") for p in sorted(DATA.glob("dev_docs/*.txt"))
    ]
    _assert_same_matches(original, pattern, texts)


def _assert_same_matches(
    original: re.Pattern[str], pattern: re.Pattern[str], texts: list[str]
) -> None:
    """`pattern` finds what `original` finds in each text, whole, trimmed and in a window."""
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) - 5), (40, 300)):
            a = [(m.span(), m.groups()) for m in original.finditer(text, start, end)]
            b = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
            assert a == b
            x, y = original.search(text, start, end), pattern.search(text, start, end)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))


@pytest.mark.parametrize(
    ("source", "folds"),
    [
        (r"\b(?:met|talks)\b", True),
        (r"\b(?P<verb>met|talks)\s+[A-Z]\w+", True),
        (r"\b(?:met|(?-i:The))\b", True),  # a part with case: the twin looser, checked
        (r"\b(?!(?-i:The))\w+", True),  # … a negative lookaround with it dropped (looser)
        (r"\b(?:met|(?s:.))", False),  # other scoped flags
        (r"(?:met)?", False),  # can match the empty string
        (r"[A-z]+", False),  # a range across cases
        (r"\x41BC", False),  # a letter by number
    ],
)
def test_fold_only_patterns_it_can_lower_case(source: str, folds: bool) -> None:
    folded = quick.fold(re.compile(source, re.I))
    assert hasattr(folded, "twin") is folds


def test_every_folded_rule_pattern_matches_like_its_original() -> None:
    import app.extract.pipeline  # noqa: F401  (imports and folds every stage's patterns)

    texts = FOLD_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*_docs/*.txt"))]
    assert len(quick.FOLDED) >= 5
    for folded in quick.FOLDED:
        original = quick.ORIGINALS.get(folded.original, folded.original)
        for text in texts:
            for start, end in ((0, len(text)), (50, 400), (120, 130)):
                a = [(m.span(), m.groups()) for m in original.finditer(text, start, end)]
                b = [(m.span(), m.groups()) for m in folded.finditer(text, start, end)]
                assert a == b, original.pattern[:60]
                x = original.search(text, start, end)
                y = folded.search(text, start, end)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))


def test_folded_twins_are_led_by_a_class() -> None:
    folded = quick.fold(re.compile(r"\b(?:met|signed)\b", re.I))
    assert folded.twin.pattern.startswith("[ms](?<=")
    text = "They MET and Signed; unmet, resigned. " * 8  # long enough to be folded
    assert [m.span() for m in folded.finditer(text)][:2] == [(5, 8), (13, 19)]


@pytest.mark.parametrize(
    "source",
    [
        r"\((?P<tag>[A-Z][A-Za-z .\-]{0,24}?)\)|\b(?P<word>[A-Z]{4,})\b|^(?P<mast>[A-Z]{2,6})\s*[|]",
        r"(?<=[,\s])(?P<dash>[A-Z]{2,3})\s+(?:--|–)\s|\bMet\b",
        r"\b[A-Z][a-z]+",
    ],
)
def test_led_patterns_find_what_their_originals_find(source: str) -> None:
    original = re.compile(source, re.M)
    led = quick.lead(original)
    assert hasattr(led, "twin")
    texts = [*FOLD_TEXTS, "KUNA | 2024\nThe (KUNA) said, SPA -- AFP REUTERS Met Riyadh"]
    _assert_same_matches(original, led, texts)


def test_lead_leaves_caseless_or_unlisted_patterns_guarded() -> None:
    assert not hasattr(quick.lead(re.compile(r"\bmet\b", re.I)), "twin")
    assert not hasattr(quick.lead(re.compile(r"\b.")), "twin")


def test_has_special() -> None:
    assert not quick.has_special("Ilham Aliyev met Émile")
    assert all(quick.has_special(f"the {c}ing") for c in quick.NOT_ASCII_LETTERS)


def test_twins_read_latin_letters_in_both_cases() -> None:
    folded = quick.fold(re.compile(r"\b(?:t[eê]te-[aà]-t[eê]te|communiqu[ée]|café)\b", re.I))
    assert hasattr(folded, "twin")
    text = "A TÊTE-À-TÊTE, a tête-à-tête; the COMMUNIQUÉ and a CAFÉ, Café " * 5
    original = quick.ORIGINALS.get(folded.original, folded.original)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in original.finditer(text)]
    assert len(list(folded.finditer(text))) == 25


def test_twins_drop_negations_with_a_cased_part() -> None:
    source = r"a(?!x(?-i:B))b(?<!\s)c\(?!d[(?!]e(?!(?!(?-i:Q)))f[]()]g"
    assert quick._without_cased_negations(source) == r"ab(?<!\s)c\(?!d[(?!]ef[]()]g"
    folded = quick.fold(re.compile(r"\bmet\b(?!\s+(?-i:[A-Z]))", re.I))
    assert hasattr(folded, "twin")
    text = "They MET Ruto, then met the press; Met them " * 6
    original = quick.ORIGINALS.get(folded.original, folded.original)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in original.finditer(text)]


def test_factored_patterns_find_what_their_originals_find() -> None:
    import app.extract.pipeline  # noqa: F401  (imports and factors every stage's patterns)
    from app.extract import factored

    texts = FOLD_TEXTS + [
        p.read_text(encoding="utf-8") for p in sorted(DATA.glob("dev*_docs/*.txt"))
    ]
    assert len(factored.ORIGINALS) > 50
    for pattern, original in factored.ORIGINALS.items():
        _assert_same_matches(original, pattern, texts)


def test_factoring_keeps_order_and_groups() -> None:
    from app.extract import factored

    pattern = factored.factor(re.compile(r"\b(?:met|meet|talks|(?<=\s)on|meeting|tele)\b"))
    # "meeting" and "tele" join their letter's alternatives past ones that cannot start so
    assert pattern.pattern == r"\b(?:m(?:e(?:t|e(?:t(?:|ing))))|t(?:alks|ele)|(?<=\s)on)\b"
    # ... but not past one that may: "meeting" stays after "(?<=\s)(?:on|mid)", and "king"
    # after "[jk]ing" (not with "kenya")
    blocked = re.compile(r"\b(?:met|(?<=\s)(?:on|mid)|meeting)\b")
    assert factored.factor(blocked) is blocked
    classed = re.compile(r"(?i)\b(?:kenya|met|\d+m|meeting|[jk]ing|king)\b")
    assert factored.factor(classed).pattern == (
        r"(?i)\b(?:kenya|m(?:e(?:t|eting))|\d+m|[jk]ing|king)\b"
    )
    # a leading group of several alternatives is tried as one alternative for each
    led = re.compile(r"\b(?:(?:held|had)\s+talks|hosted|(?<!business\s)forum)\b")
    assert factored.factor(led).pattern == (
        r"\b(?:h(?:eld\s+talks|ad\s+talks|osted)|(?<!business\s)forum)\b"
    )
    captured = re.compile(r"(?:ab|(?P<x>ac)|ad|ae)")
    assert factored.factor(captured).pattern == r"(?:ab|(?P<x>ac)|a(?:d|e))"
