"""Which states are parties to an event, and which only its venue.

Reads: the trigger, the sentence's country mentions and people, the
document's dominant pair.  Assigns: sorted alpha-3 codes with the words they
came from.  The venue is not a party ("in Moscow", "to the Russian Federation"
for a meeting), nor a mediator ("brokered by China"); a visit's parties are the
visitor and the host (its destination).  A sentence that names one side or
none ("his counterpart", "the two countries") takes the document's dominant pair.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from app.extract.people import Person
from app.extract.types import CountryMention

_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|to|visiting|near|outside|inside|across|via|landed\s+in|arrived\s+in)\s+(?:the\s+)?"
    r"(?:(?:capital|city|town)\s+(?:city\s+)?(?:of\s+)?)?$",
    re.I,
)
_NOT_PARTY_BEFORE = re.compile(
    r"\b(?:brokered|mediated|facilitated|organi[sz]ed|moderated)\s+by\s+(?:the\s+)?$|"
    r"\bmediation\s+of\s+(?:the\s+)?$|\bagainst\s+(?:the\s+)?$",
    re.I,
)
_BOTH_SIDES = re.compile(
    r"\b(?:two|both)\s+(?:countries|states|nations|sides|parties|governments|ministries|"
    r"parliaments|legislatures|leaders|ministers|presidents|prime\s+ministers)\b|\bbilateral\b|"
    r"\bbetween\s+the\s+countries\b|\bthe\s+(?:sides|parties)\b|\bcounterpart\b",
    re.I,
)


def is_venue(text: str, mention: CountryMention) -> bool:
    return bool(_VENUE_BEFORE.search(text, max(0, mention.start - 40), mention.start))


def _not_party(text: str, mention: CountryMention) -> bool:
    return bool(_NOT_PARTY_BEFORE.search(text, max(0, mention.start - 40), mention.start))


def dominant_pair(text: str, mentions: Sequence[CountryMention]) -> tuple[str, ...]:
    """The two states the document is mostly about (headline mentions count double)."""
    counts: Counter[str] = Counter()
    head = text.find("\n\n", 0, 400)
    for m in mentions:
        if m.kind == "capital" and is_venue(text, m):
            continue
        counts[m.code] += 2 if head > 0 and m.start < head else 1
    top = [code for code, n in counts.most_common(2) if n >= 2]
    return tuple(sorted(top)) if len(top) == 2 else ()


def sentence_parties(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[CountryMention],
    people: Sequence[Person],
    *,
    keep_venue: frozenset[str] = frozenset(),
) -> tuple[set[str], list[str]]:
    """Parties named in the sentence and the words that name them."""
    codes: set[str] = set()
    surfaces: list[str] = []
    for m in mentions:
        if not start <= m.start < end or _not_party(text, m):
            continue
        if is_venue(text, m) and m.code not in keep_venue:
            continue
        codes.add(m.code)
        surfaces.append(m.surface)
    for p in people:
        if p.country and start <= p.start < end:
            codes.add(p.country)
    return codes, surfaces


def with_context(
    codes: set[str], text: str, start: int, end: int, dominant: tuple[str, ...]
) -> tuple[set[str], str | None]:
    """Complete a one-sided or empty sentence with the document's dominant pair."""
    if len(codes) >= 2 or not dominant:
        return codes, None
    if codes and codes <= set(dominant):
        return set(dominant), "the other side from the document's dominant pair"
    if not codes and _BOTH_SIDES.search(text, start, end):
        return set(dominant), "'the two countries': the document's dominant pair"
    return codes, None
