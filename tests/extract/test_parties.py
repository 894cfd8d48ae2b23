"""The cheap tests before the patterns of `parties` change no result."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.extract import parties
from app.extract.types import CountryMention, MentionKind

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TRICKY = [
    "talks brokered by the Qatar",
    "talks brokered by  \n the Qatar",
    "talks brokered by\nQatar",
    "talks BROKERED BY THE Qatar",
    "talks brokered bY tHe Qatar",
    "mediatıon of Qatar",
    "agaınst Qatar",
    "amidst Qatar",
    "amıdst the Qatar",
    "concerns over Qatar",
    "the peace process between Armenia and the Qatar",
    "the peace process between the Republic of Armenia and Qatar",
    "independence from Qatar",
    "ındependence from Qatar",
    "hosted by Qatar",
    "hosted by the\tQatar",
    "at the invitation of Qatar",
    "at the ınvitation of Qatar",
    "landed in the capital city of Qatar",
    "arrived in\n\nQatar",
    "visiting Qatar",
    "in Doha, Qatar",
    "in Doha,\nQatar",
    "in the Doha Lusail, Qatar",
    "breathe Qatar",
    "in  the   Qatar",
    "Lamu Port-Qatar-Ethiopia",
    "Lamu Port-\nQatar",
    "the Qatar-Africa summit",
    "Qatari border",
    "Qatari-Saudi border guards",
    "Qatari\n  borders",
    "Qatari-speaking",
    "Qatari language",
    "Qatari Language",
    "Qatari-language",
    "Qatari speakers",
    "Qatari" + " " * 50 + "border",
    "Qatari" + " " * 50,
    "Qatari",
    "in" + " " * 45 + "Qatar",
    "brokered by" + " " * 70 + "Qatar",
    "\u212a in Qatar",
    "ſ from Qatar",
    "(against Qatar",
    "talks (hosted by Qatar",
    "talks co-hosted by the Qatar",
    "the war between Qatar",
    "the war between the Saudi Arabian Kingdom and the Qatar",
    "the war between one two three four Qatar",
    "relations between Qatar",
    "the peace talks between\nQatar",
    "concerns about Qatar",
    "the Qatar-war between, Qatar",
    "in the capital of the Qatar",
    "in the city Qatar",
    "2in Qatar",
    "now, Qatar",
    "under the auspices of Qatar",
    "the border delimitation between Qatar",
    "to deter Qatar",
    "deterring the Qatar",
    "with the support of Qatar",
    "independence from the Qatar",
]


def _windows(text: str, surface: str) -> Iterator[int]:
    for m in re.finditer(re.escape(surface), text):
        yield m.start()


def _plain_venue(text: str, m: CountryMention) -> bool:
    if m.kind in ("demonym", "institution"):
        return False
    lead = max(0, m.start - 40)
    return bool(
        parties._VENUE_BEFORE.search(text, lead, m.start)
        or parties._CITY_COMMA.search(text, lead, m.start)
    )


def _plain_not_party(text: str, m: CountryMention) -> bool:
    return bool(
        parties._NOT_PARTY_BEFORE.search(text, max(0, m.start - 70), m.start)
        or (m.kind == "demonym" and parties._THING_AFTER.match(text, m.end))
    )


def _plain_glued(text: str, m: CountryMention) -> bool:
    glued = parties._GLUED.search(text, max(0, m.start - 20), m.start)
    return bool(glued) or bool(parties._GLUED_AFTER.match(text, m.end))


def _cases(kind: MentionKind) -> Iterator[tuple[str, CountryMention]]:
    """Each tricky text's "Qatar" and "Qatari", and every word of the seeds, as a mention."""
    for text in TRICKY:
        for surface in ("Qatari", "Qatar"):
            for start in _windows(text, surface):
                yield text, CountryMention("QAT", start, start + len(surface), surface, kind)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for word in re.finditer(r"\b\w+", text):
            yield text, CountryMention("QAT", word.start(), word.end(), word.group(), kind)


@pytest.mark.parametrize("kind", ["venue", "not_party", "host", "glued"])
def test_prefilters_keep_every_result(kind: str) -> None:
    for text, m in _cases("demonym" if kind == "not_party" else "name"):
        if kind == "venue":
            assert parties.is_venue(text, m) == _plain_venue(text, m), (text, m)
        elif kind == "not_party":
            assert parties._not_party(text, m) == _plain_not_party(text, m), (text, m)
        elif kind == "host":
            plain = parties._HOST_BEFORE.search(text, max(0, m.start - 40), m.start)
            assert parties._hosts(text, m.start) == bool(plain), (text, m)
        else:
            got = parties._inside_a_name(text, m, [])
            assert got == _plain_glued(text, m), (text, m)
