"""Assembly rules through `run`: who took part, and background events."""

from __future__ import annotations

import pytest

from app.extract import Resources, load_resources, run


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


def _names(text: str, res: Resources, type: str) -> list[str]:
    events = [e for e in run(text, resources=res).events if e.type == type]
    assert events, text
    return [p.name for p in events[0].participants]


def test_reporter_of_a_visit_is_not_the_visitor(res: Resources) -> None:
    text = (
        "ACCRA, 24 August 2022\n\n"
        "Ghana's Foreign Minister Shirley Ayorkor Botchwey said President Nana Akufo-Addo "
        "would visit Abuja before the end of the year."
    )
    assert _names(text, res, "visit") == ["Nana Akufo-Addo"]


def test_reporter_of_talks_is_not_a_participant(res: Resources) -> None:
    text = (
        "Chilean Foreign Minister Alberto van Klaveren said President Gabriel Boric "
        "held talks with Argentine President Alberto Fernandez in Buenos Aires on 3 May 2023."
    )
    names = _names(text, res, "meeting")
    assert "Alberto van Klaveren" not in names
    assert "Alberto Fernandez" in names


def test_speaker_who_met_is_a_participant(res: Resources) -> None:
    text = (
        "Kenyan Cabinet Secretary Alfred Mutua said he met Tanzanian Foreign Minister "
        "January Makamba in Arusha on 12 March 2023."
    )
    assert "Alfred Mutua" in _names(text, res, "meeting")


def test_background_meeting_of_an_earlier_year_takes_no_speakers(res: Resources) -> None:
    text = (
        "Abuja, Wednesday, 24 August 2022\n\n"
        "Nigeria's Minister of Foreign Affairs Geoffrey Onyeama said the Nigeria-Ghana joint "
        "commission, which last met in Accra in 2019, had reviewed consular matters."
    )
    meetings = [e for e in run(text, resources=res).events if e.type == "meeting"]
    assert all(e.date == "2019" for e in meetings)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Kyrgyz and Tajik border delegations met in the Batken region on 2 March 2023.",
            "Batken region",
        ),
        (
            "Thai Prime Minister Srettha Thavisin met Malaysian Prime Minister Anwar Ibrahim "
            "in the Songkhla province on 11 December 2023.",
            "Songkhla province",
        ),
    ],
)
def test_meeting_in_a_region(res: Resources, sentence: str, place: str) -> None:
    events = [e for e in run(sentence, resources=res).events if e.type == "meeting"]
    assert [e.location for e in events] == [place]


def test_sentence_subject_pronoun_is_the_first_official_before(res: Resources) -> None:
    text = (
        "Nairobi, June 5, 2023\n\n"
        "Kenyan President William Ruto was welcomed at the airport by his Ugandan counterpart "
        "Yoweri Museveni. He will tour an industrial park and hold talks with Museveni "
        "on Tuesday."
    )
    names = _names(text, res, "meeting")
    assert "William Ruto" in names
    assert "Yoweri Museveni" in names


@pytest.mark.parametrize("link", ["Read also:", "READ MORE:", "See also:", "Related:"])
def test_links_to_other_reports_are_no_events(res: Resources, link: str) -> None:
    text = (
        "Tashkent, 14 November 2023\n\n"
        "The Uzbek economy grew by 6 percent.\n\n"
        f"{link} Uzbekistan, Kazakhstan sign agreement on demarcation of state border\n"
    )
    assert run(text, resources=res).events == ()


def test_the_same_day_is_not_a_background_date(res: Resources) -> None:
    text = (
        "YEREVAN, FEBRUARY 6, ARMENPRESS.\n\n"
        "Minister of Foreign Affairs of Armenia Ararat Mirzoyan received the newly appointed "
        "Ambassador of Argentina to Armenia Mariano Vergara in Yerevan.\n\n"
        "Armenia and Argentina established diplomatic relations on January 2, 1992.\n\n"
        "On the same day, Armenian Foreign Minister Ararat Mirzoyan had a telephone "
        "conversation with Iranian Foreign Minister Abbas Araghchi."
    )
    calls = [e for e in run(text, resources=res).events if "IRN" in e.countries]
    assert [e.date for e in calls] == [None]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Indian and Nepalese ministers signed a revised Treaty of Transit, which will give "
            "Nepal access to India's waterways, and a memorandum of understanding on hydropower.",
            "occurred",
        ),
        (
            "Peru and Chile announced a memorandum of understanding that will be signed in Lima.",
            "planned",
        ),
    ],
)
def test_what_a_document_will_do_is_not_its_status(
    res: Resources, sentence: str, status: str
) -> None:
    mous = [e for e in run(sentence, resources=res).events if e.type == "mou"]
    assert [e.status for e in mous] == [status]


def test_expected_later_this_month_is_planned(res: Resources) -> None:
    text = (
        "Nigerian Foreign Minister Yusuf Tuggar is expected in Rabat later this month to "
        "co-chair with Moroccan Foreign Minister Nasser Bourita the session of the joint "
        "commission."
    )
    meetings = [e for e in run(text, resources=res).events if e.type == "meeting"]
    assert [e.status for e in meetings] == ["planned"]
