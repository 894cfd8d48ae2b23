"""Bare titles that point back to an official named earlier.

Reads: a sentence, its country mentions, the officials named so far.  Assigns:
that official, at the words of the title.  "Later, the Minister received a
call …", "His Highness the Amir received …", "the Senegalese president since he
took office": the report named the official once and then uses the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.extract import quick
from app.extract.people import Person
from app.extract.types import CountryMention

_BARE = re.compile(
    r"\b(?:[Tt]he|His\s+Highness\s+the|His\s+Majesty\s+the|Her\s+Majesty\s+the)\s+"
    r"(?:(?P<dem>[A-Z][\w’'-]+)\s+)?"
    r"(?P<title>(?:[Ff]oreign\s+|[Pp]rime\s+|[Dd]eputy\s+)?[Mm]inister|[Pp]resident|[Pp]remier|"
    r"[Aa]mir|[Ee]mir|King|Queen|Sultan|Crown\s+Prince|[Ss]peaker|[Cc]hancellor|"
    r"[Hh]ead\s+of\s+[Ss]tate|[Ll]eader)\b"
    r"(?!\s+(?:of\b|and\b|for\b|[A-Z]|’s|'s))"
)


_LESSER = re.compile(r"(?i)\b(?:vice|deputy|first\s+deputy|acting)\b")


def _matches(person: Person, title: str) -> bool:
    """ "the president" is the President, not the Vice-President."""
    if person.role is None or title.casefold() not in person.role.casefold():
        return False
    return bool(_LESSER.search(title)) or not _LESSER.search(person.role)


def resolve(
    text: str,
    start: int,
    end: int,
    mentions: list[CountryMention],
    found: list[Person],
    known: Iterable[Person],
    home: str | None,
) -> list[Person]:
    """The officials the sentence's bare titles stand for (not those named in it already)."""
    earlier = list(known)
    out: list[Person] = []
    for m in _BARE.finditer(text, start, end):
        if any(m.end() <= p.start <= m.end() + 3 for p in found):
            continue  # "the President, Bassirou Diomaye Faye": the name follows
        dem = m.group("dem")
        code = None
        if dem is not None:
            at = [c for c in mentions if c.start == m.start("dem") and c.kind == "demonym"]
            if not at:
                continue
            code = at[0].code
        title = " ".join(m.group("title").split())
        candidates = [p for p in reversed(earlier) if _matches(p, title)]
        if code is not None:
            candidates = [p for p in candidates if p.country == code]
        elif home is not None and any(p.country == home for p in candidates):
            candidates = [p for p in candidates if p.country == home]
        if not candidates or any(p.name == candidates[0].name for p in found + out):
            continue
        out.append(replace(candidates[0], start=m.start(), end=m.end(), speaks=False))
    return out


# The same matches, found faster: a first-character guard on each (see `quick`).
_BARE = quick.guard(_BARE)
_LESSER = quick.guard(_LESSER)
