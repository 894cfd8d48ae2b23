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
        # recall: calls, talks and signings told with other verbs
        ("President Ruto telephoned President Samia on Monday.", ["meeting"]),
        ("She spoke with the Iranian minister by phone.", ["meeting"]),
        ("He sat down with his Vietnamese counterpart.", ["meeting"]),
        ("The ministers penned a memorandum on energy.", ["mou"]),
        ("They forged a security pact.", ["agreement"]),
        ("The leaders witnessed the signing of a number of cooperation documents.", ["agreement"]),
        ("They signed an agreement on mutual recognition of visas.", ["visa_agreement"]),
        ("Nicaragua was breaking diplomatic ties with Taiwan.", ["diplomatic_relations"]),
        # and what stays silent
        ("They concluded negotiations on a trade agreement.", ["meeting"]),
        ("They exchanged instruments of ratification of the treaty.", []),
        ("They agreed to work towards signing a visa exemption agreement.", []),
        # (the talks a proposal: `Trigger.proposal`, dropped when drafts are made)
        ("They agreed to begin talks on restoring diplomatic relations.", ["meeting"]),
        ("The two sides signed the documents on behalf of their governments.", []),
        ("They have forged close ties over seven decades.", []),
    ],
)
def test_types(sentence: str, types: list[str]) -> None:
    assert [t.type for t in find(sentence, 0, len(sentence))] == types


def test_a_proposed_meeting_is_no_meeting() -> None:
    text = "Chinh proposed the two sides soon convene the 10th meeting of the Joint Commission."
    # kept only as a proposal, so that its date and place are not taken by another event
    assert [(t.type, t.proposal) for t in find(text, 0, len(text))] == [("meeting", True)]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        # acts that were due but did not happen: no event
        (
            "The agreement had originally been expected to be signed in June, but the "
            "negotiations were delayed while PNG consulted its churches.",
            [],
        ),
        ("The signing of the pipeline agreement was postponed to next year.", []),
        ("Nepal was due to sign a power deal with India, but the ceremony was called off.", []),
        ("Li Qiang had planned to visit Australia in April.", []),
        ("Armenia and Azerbaijan have not yet signed a peace treaty.", []),
        ("A planned meeting of the two ministers did not take place.", []),
        ("Talks between Ethiopia and Egypt have stalled.", []),
        ("Serbia and Kosovo failed to sign the agreement at the talks in Brussels.", ["meeting"]),
        # still to come: a planned event, which fires
        ("The agreement is expected to be signed next month in Lima.", ["agreement"]),
        ("The MoU, which had been expected for months, was finally signed on Monday.", ["mou"]),
        ("The ministers, who had not met since 2019, held talks in Doha.", ["meeting"]),
        ("Portugal and Angola have yet to sign the mobility agreement.", []),
        ("Tuggar said there were no plans for a meeting with his Ghanaian counterpart.", []),
        ("Peru and Bolivia agreed in principle to sign a migration agreement.", []),
        ("The cabinet approved a proposal to sign a memorandum with the Maldives.", []),
        ("Honduras hopes to establish diplomatic relations with China.", []),
        ("Michal, who had never visited Japan before, arrived in Tokyo on Monday.", ["visit"]),
        ("Finland has yet to establish diplomatic relations with Bhutan.", []),
        ("They reviewed the implementation of the agreements signed between the two.", []),
        ("They discussed the implementation of the memoranda signed in 2019.", ["mou"]),
        ("Lithuania and Poland have signed more than 100 agreements since 1991.", []),
        ("Kazakhstan and Kyrgyzstan signed 12 memoranda in Bishkek on Monday.", ["mou"]),
        ("The ministers met in Vienna, days after a planned meeting was cancelled.", ["meeting"]),
        ("The visit of Orban to Serbia, planned for May, has been postponed indefinitely.", []),
        # appeals, denials and aims
        ("Pakistan called for talks with India on Kashmir.", []),
        ("The Kremlin denied reports that Putin had held a phone call with Trump.", []),
        ("Saudi Arabia and Israel will work towards establishing diplomatic relations.", []),
        ("Widodo invited Brazilian President Luiz Inacio Lula da Silva to visit Jakarta.", []),
        (
            "Putin held a phone call with Erdogan, the Kremlin said, denying reports of a rift.",
            ["meeting"],
        ),
    ],
)
def test_unrealised_and_intended_acts(sentence: str, types: list[str]) -> None:
    assert sorted(t.type for t in find(sentence, 0, len(sentence))) == sorted(types)


def test_headline_purpose_talks() -> None:
    headline = "PNG PM Marape in Suva for talks"
    assert find(headline, 0, len(headline)) == []
    body = "Marape held talks in Suva for two hours."
    assert [t.type for t in find(body, 0, len(body))] == ["meeting"]
