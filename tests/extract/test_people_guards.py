"""The sentence guards of `people` answer exactly as the patterns they stand in front of."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.extract import people
from app.extract.types import Sentence

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev_docs").glob("*.txt"))] + [
    "Vice-President X, the Kenyan president, Crown Prince Y, Attorney-General Z, Chargé "
    "d'Affaires W, Yang di-Pertuan Agong V; MPs, PMs, mpss, co-chair, cochairs, unsaid, retold",
    "xPresident Ministerx crownprince chargé  d'affairess saidx XSaid aforesaid The president.",
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
def test_guards_answer_as_their_patterns(text: str) -> None:
    low = text.lower()
    for sent in _spans(text):
        span = (sent.start, sent.end)
        assert people.may_speak(low, sent) == bool(people._SPEECH_WORD.search(low, *span))
        assert people.has_title(low, sent) == bool(people._TITLE_LOW.search(low, *span))
        assert people.names_official(text, sent) == bool(people._OFFICIAL.search(text, *span))


def test_guard_words_are_matches() -> None:
    assert all(people._TITLE_LOW.fullmatch(w) for w in people._TITLE_LOW_WORDS)
    assert all(people._OFFICIAL.fullmatch(w) for w in people._OFFICIAL_WORDS)


@pytest.mark.parametrize("text", TEXTS)
def test_title_in_finds_what_the_title_pattern_finds(text: str) -> None:
    for sent in _spans(text):
        for pos in (0, 3):
            found, expected = people._title_in(sent.text, pos), people._TITLE.search(sent.text, pos)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", [*TEXTS, "an ENVOY of the President X; a message from King ſ"])
def test_sent_by_answers_as_the_sender_pattern(text: str) -> None:
    for sent in _spans(text):
        expected = people._SENDER.search(text, sent.start, sent.end) is not None
        assert people._sent_by(text, sent.start, sent.end) == expected
