"""Triggers: which kinds of event a sentence states, with the guide's precedence."""

from __future__ import annotations

import pytest

from app.extract.triggers import find


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("They inked an agreement on visa exemption for diplomats.", ["visa_agreement"]),
        ("Azerbaijan and Cambodia have canceled visa requirements.", ["visa_agreement"]),
        ("A Memorandum of Understanding was signed in 2014.", ["mou"]),
        ("They signed an agreement and a memorandum of understanding.", ["agreement", "mou"]),
        ("The ministers signed a roadmap for cooperation.", ["agreement"]),
        ("X and Y established diplomatic relations on February 2, 1995.", ["diplomatic_relations"]),
        ("Riyadh severed ties with Doha.", ["diplomatic_relations"]),
        (
            "the 20th anniversary of the establishment of diplomatic relations",
            ["diplomatic_relations"],
        ),
        ("Hun Sen’s visit to Azerbaijan on April 23-24, 2014.", ["visit"]),
        ("He will travel to Addis Ababa next week.", ["visit"]),
        ("The presidents held talks in Astana.", ["meeting"]),
        ("He held a phone conversation with the president.", ["meeting"]),
        ("The political consultations were held in Baku.", ["meeting"]),
        ("She received the credentials of the ambassador.", ["meeting"]),
        ("They reached an agreement in principle.", []),
        ("They discussed the possibility of signing an agreement.", []),
        ("He invited his counterpart to visit Abuja.", []),
        ("The exchange of visits by officials is important.", []),
        ("The documents that our states have signed are a foundation.", []),
        ("Trade reached $2 billion last year.", []),
    ],
)
def test_types(sentence: str, types: list[str]) -> None:
    assert [t.type for t in find(sentence, 0, len(sentence))] == types


def test_a_proposed_meeting_is_no_meeting() -> None:
    text = "Chinh proposed the two sides soon convene the 10th meeting of the Joint Commission."
    # kept only as a proposal, so that its date and place are not taken by another event
    assert [(t.type, t.proposal) for t in find(text, 0, len(text))] == [("meeting", True)]
