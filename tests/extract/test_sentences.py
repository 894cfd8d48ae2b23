"""Sentence splitting keeps offsets and does not break at abbreviations."""

from __future__ import annotations

from app.extract.sentences import split


def test_offsets_are_exact() -> None:
    text = "Headline without a stop\n\nFirst one. Second one! Third?"
    sents = split(text)
    assert [s.text for s in sents] == [
        "Headline without a stop",
        "First one.",
        "Second one!",
        "Third?",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_abbreviations_and_initials() -> None:
    text = "Mr. Smith met H.E. Mr. Ali in the U.S. on Feb. 2. J. Doe attended."
    assert [s.text for s in split(text)] == [
        "Mr. Smith met H.E. Mr. Ali in the U.S. on Feb. 2.",
        "J. Doe attended.",
    ]
