"""The faster searches of `people` find exactly what the patterns they stand for find."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.extract import people
from app.extract.types import Sentence

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev_docs").glob("*.txt"))] + [
    "Vice-President X, the Kenyan president, Crown Prince Y, Attorney-General Z, Chargé "
    "d'Affaires W, Yang di-Pertuan Agong V; MPs, PMs, mpss, co-chair, cochairs, Both leaders",
    "xPresident Ministerx crownprince chargé  d'affairess The two ministers; the \u212aing ſ",
    "",
]


def _spans(text: str) -> list[Sentence]:
    """Windows over the text, many of them cutting words at both ends."""
    rng = random.Random(len(text))
    spans = [Sentence(0, len(text), text)]
    for _ in range(60):
        a = rng.randrange(len(text) + 1)
        b = min(len(text), a + rng.randrange(400))
        spans.append(Sentence(a, b, text[a:b]))
    return spans


@pytest.mark.parametrize("text", TEXTS)
def test_title_in_finds_what_the_title_pattern_finds(text: str) -> None:
    for sent in _spans(text):
        for pos in (0, 3):
            found, expected = people._title_in(sent.text, pos), people._TITLE.search(sent.text, pos)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_two_answers_as_its_pattern(text: str) -> None:
    for sent in _spans(text):
        expected = people._two_of(text, sent.start, sent.end) is not None
        assert people.mentions_two(text, sent.start, sent.end) == expected
