"""Value types passed between extraction stages and out of `app.extract.run`.

Every stage reads plain text (and offsets into it) and returns these frozen
values; nothing here touches a database, the network or stdout.  Offsets are
always character offsets into the whole document text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EventType = Literal[
    "meeting", "visit", "mou", "visa_agreement", "agreement", "diplomatic_relations"
]
EVENT_TYPES: tuple[EventType, ...] = (
    "meeting",
    "visit",
    "mou",
    "visa_agreement",
    "agreement",
    "diplomatic_relations",
)
Precision = Literal["day", "month", "year"]
# A partial ISO date's precision by its length ("2014", "2014-04", "2014-04-23").
PRECISIONS: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}
Status = Literal["occurred", "planned"]
MentionKind = Literal["name", "demonym", "capital", "institution", "alias"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document: its text and where it stands."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CountryMention:
    """Words in the text that stand for a state (`code` is ISO 3166-1 alpha-3)."""

    code: str
    start: int
    end: int
    surface: str
    kind: MentionKind


@dataclass(frozen=True, slots=True)
class Publication:
    """The document's own date and the words it was read from."""

    date: date
    surface: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text, resolved as far as the text allows.

    `value` / `value_end` are written at their precision: "2014",
    "2018-04", "2018-04-09"; `value` is None when the expression cannot be
    fixed (a weekday with no document date, "28 years ago" undated).
    """

    start: int
    end: int
    surface: str
    value: str | None
    value_end: str | None
    precision: Precision | None
    rule: str
    relative: bool = False
    future: bool | None = None  # True when the expression points after the document date


@dataclass(frozen=True, slots=True)
class Why:
    """Why a field of a draft has its value: the words and the rule that chose it."""

    surface: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class ParticipantDraft:
    name: str
    role: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An extracted event, not yet stored."""

    type: EventType
    countries: tuple[str, ...]  # sorted ISO alpha-3 codes of the parties
    date: str | None
    date_end: str | None
    date_precision: Precision | None
    status: Status
    location: str | None
    participants: tuple[ParticipantDraft, ...]
    evidence: str  # verbatim: text[start:end] == evidence
    start: int
    end: int
    why: dict[str, Why] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `run` returns for one document."""

    published: Publication | None
    events: tuple[EventDraft, ...]
