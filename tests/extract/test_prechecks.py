"""The literal tests that skip a search find no less than the search: every match of each
pattern holds one of the words tested before it, and `_futures` finds FUTURE's matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.extract import assemble, pipeline, quick, sentences, split, visitors

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev_docs").glob("*.txt"))] + [
    "THE THREE LEADERS met. The Previous SUMMIT. Kazakh President To Visit Baku.\n"
    "Related News:\nThe talks WERE ATTENDED BY X. He was Accompanied by Y. TELEPHONE calls.",
    "Since he ASSUMED office. One-On-One talks. The Forum. After the Talks, they SIGNED.",
    "His first visit to Baku SINCE HE ASSUMED OFFICE in ",  # _SINCE reads up to a date: `$`
    "A Tripartite meeting. The Fourth Summit. Held BILATERAL talks; met Separately. "
    "The two VISITING ministers. On the Margins of the meeting.",
]
# (pattern, the words one of which every match holds, lower-cased in the folded text)
CHECKS = [
    (assemble.BACK_REFERENCE, assemble._BACK_WORDS),
    (assemble._GATHERING_REF, assemble._GATHERINGS),
    (assemble._GATHERING_SUBJECT, assemble._GATHERINGS),
    (assemble._PHONE, ("phone",)),
    (assemble._TRAVEL, assemble._TRAVEL_WORDS),
    (assemble._SINCE, ("since",)),
    (pipeline._THE_N, pipeline._COUNTS),
    (pipeline._ROUND, pipeline._ROUND_FIRST),
    (pipeline._ATTENDED, ("by",)),
    (pipeline._ATTENDED, ("attended", "led", "headed", "chaired")),
    (pipeline._ACCOMPANIED, ("accompanied",)),
    (pipeline._LINK_HEADING, pipeline._HEADING_WORDS),
    (split._ONE_BY_ONE, split._ONE_WORDS),
    (pipeline._SIDE_ACT, pipeline._SIDE_WORDS),
    (visitors._VISITING, ("visiting",)),
]  # fmt: skip


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    original = quick.ORIGINALS.get(getattr(pattern, "original", pattern), pattern)
    return list(original.finditer(text))


@pytest.mark.parametrize(("pattern", "words"), CHECKS)
def test_every_match_holds_a_tested_word(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    for text in TEXTS:
        low = quick.folded(text)
        assert low is not None and len(low) == len(text)
        for m in _matches(pattern, text):
            assert quick.may_hold(low, m.start(), m.end(), words), m.group(0)


def test_folded_keeps_offsets_and_gives_up_on_letters_beyond_ascii() -> None:
    assert quick.folded("Kazakh PRESIDENT Tokayev, Türkiye") == "kazakh president tokayev, türkiye"
    for special in ("İ", "ı", "ſ", "\u212a"):
        assert quick.folded(f"The {special}ing met") is None
        assert quick.may_hold(None, 0, 5, ("king",))


def test_futures_finds_what_future_finds() -> None:
    for text in TEXTS:
        for sent in sentences.split(text):
            for start in (sent.start, max(sent.start, sent.end - 60)):
                a = [
                    (m.span(), m.group("headline"))
                    for m in assemble.FUTURE.finditer(text, start, sent.end)
                ]
                b = [
                    (m.span(), m.group("headline"))
                    for m in assemble._futures(text, start, sent.end)
                ]
                assert a == b
