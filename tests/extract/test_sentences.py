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


def test_titles_of_arab_african_and_south_asian_news() -> None:
    text = "Minister of Electricity Eng. Mahmoud Esmat met Smt. Nirmala Sitharaman and Sh. Piyush Goyal."
    assert len(split(text)) == 1


def test_country_abbreviation_ends_a_sentence_before_a_sentence_start() -> None:
    text = "He criticised sanctions imposed by the U.S. The minister then met the U.S. envoy."
    assert [s.text for s in split(text)] == [
        "He criticised sanctions imposed by the U.S.",
        "The minister then met the U.S. envoy.",
    ]
