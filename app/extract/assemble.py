"""Turn one sentence's triggers into event drafts: parties, date, status, place, people."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from app.extract import companions, places, prefilter, quick, temporal, triggers
from app.extract import parties as party
from app.extract import people as person_rules
from app.extract.people import Person
from app.extract.temporal import years_before
from app.extract.triggers import Trigger
from app.extract.types import (
    CountryMention,
    DateMention,
    EventType,
    ParticipantDraft,
    Sentence,
    Status,
    Why,
)

FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+(?:also\s+)?due\s+to|due\s+to\s+(?:take\s+place|be\s+held)|"
    r"(?:is|are|was|were)\s+(?:also\s+|now\s+|reportedly\s+)?(?:scheduled|expected|set|slated|planned|going)\s+to|"
    r"scheduled\s+for|later\s+this\s+(?:week|month|year)|(?:is|are)\s+expected\s+in\s+(?=[A-Z])|"
    # "is leaving for Qatar on Wednesday": a departure to come
    r"(?:is|are)\s+(?:leaving|departing|heading|flying|travell?ing)\s+(?:for|to)\s+(?=[A-Z])|"
    r"(?:departs|leaves|heads|flies)\s+(?:for|to)\s+(?=[A-Z])|"
    # "is planning a visit to France", "is due in Warsaw on 14 March"
    r"(?:is|are)\s+planning\s+(?:a|an|his|her|their)\s|(?:is|are)\s+(?:also\s+)?due\s+in\s+(?=[A-Z])|"
    r"(?<!action\s)(?<!a\s)(?<!the\s)(?<!peace\s)plans?\s+to|planning\s+to|intends?\s+to|upcoming|forthcoming|"
    # (not "next month's summit": a noun the date qualifies, told of in any tense)
    r"next\s+(?:week|month|year)(?!['’]s)|"
    r"would\s+(?:visit|travel|meet|hold|sign|be\s+held|take\s+place|pay|undertake|embark|attend|host)|"
    # headlines: "Kazakh President to visit Azerbaijan"
    r"(?P<headline>(?:President|Minister|PM|Premier|Chancellor|King|Queen|Speaker|[Ll]eader|"
    r"[Dd]elegation|Emir|Sultan|Pope)s?\s+to\s+(?:visit|meet|travel|sign|hold|embark|undertake|ink)|"
    # headlines with a name: "Lavrov to hold talks with …", "Kazakhstan to host summit"
    # (not a month or weekday: "visited Baku in May to attend the Energy Week")
    r"(?-i:\b(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'-]+)\s+to\s+(?:visit|meet|travel|sign|hold|host|attend|pay|embark|undertake|ink)))\b",
    re.I,
)
# FUTURE without its headline forms (whose group never takes part: `(?!)` fails at once),
# for a span with no "to visit", "to meet" … that every headline form needs.
_FUTURE_PLAIN = re.compile(
    FUTURE.pattern[: FUTURE.pattern.index("|(?P<headline>")] + r"|(?P<headline>(?!)z))\b",
    FUTURE.flags,
)
_TO_VERB = re.compile(r"to\s+(?:visit|meet|travel|sign|hold|host|attend|pay|embark|undertake|ink)")


def _futures(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`FUTURE.finditer(text, start, end)`: the same matches, found without trying the
    headline forms where they cannot match."""
    low = quick.folded(text)
    if low is not None and _TO_VERB.search(low, start, end) is None:
        return _FUTURE_PLAIN.finditer(text, start, end)
    return FUTURE.finditer(text, start, end)


# "Milei travelled to Montevideo on Tuesday to meet …": a purpose told in the past, not a
# headline's "Milei to meet …".
_PAST_BEFORE = re.compile(
    r"\b(?:travell?ed|flew|went|came|arrived|returned|headed|was|were|had)\b", re.I
)


def future_form(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first future form in text[start:end] (a headline's "X to visit" only where no
    past verb comes before it in the sentence)."""
    for f in _futures(text, start, end):
        if f.group("headline") and _PAST_BEFORE.search(text, start, f.start()):
            continue
        return f
    return None


GROUP_RULE = "the members of the group the sentence names"
NOT_PARTICIPANT = re.compile(
    r"^(?:the\s+)?(?:former|late|first\s+president|national\s+leader)\b", re.I
)
BACK_REFERENCE = re.compile(
    r"\b(?:following|after|during|on\s+the\s+(?:sidelines|margins)\s+of|within\s+the\s+framework\s+of|"
    r"at\s+the\s+end\s+of|in\s+the\s+course\s+of)\s+(?:the|that|this)\s+(?:talks|meeting|visit|negotiations|"
    r"consultations|session)\b|\b(?:on\s+)?the\s+same\s+(?:day|occasion)\b|"
    # "is expected to be signed at the Abuja session": the session told before
    r"\bat\s+the\s+(?:[\w'’-]+\s+)?session\b|"
    r"\b(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day\b|\bon\s+(?:that|this)\s+"
    r"occasion\b|\bafter\s+the\s+(?:talks|meeting)\b|"
    # "The two defence ministers then signed …", "They subsequently inked …": after the talks
    r"\b(?:they|the\s+(?:two\s+)?(?:[a-z]+\s+)?(?:ministers|leaders|presidents|prime\s+ministers|"
    r"sides|delegations|men|women))\s+(?:then|subsequently|afterwards)\s+(?:signed|inked|exchanged)\b",
    re.I,
)
# A word every match of BACK_REFERENCE holds.
_BACK_WORDS = (
    "following", "after", "during", "sidelines", "margins", "framework", "end", "course", "same",
    "later",
    "earlier", "occasion", "then", "subsequently", "afterwards", "session",
)  # fmt: skip
PHONE = "a phone call has no place"
LATER_ACT = "an act to come after the one the sentence tells (ahead of, an invitation to visit)"
DATELINE_DAY = "dateline city, event of the news day"
DATELINE_DATE = "the dateline's date: the day of the report"  # (a rule of dates)
NO_DATE = "no date in the sentence"
_HERE = re.compile(r"\bhere\b")
_PHONE = re.compile(r"\b(?:tele)?phon(?:e|ed|es|ing)\b", re.I)  # "telephoned", "phoned"


def placeless(d: Draft) -> bool:
    """A call, or a change of relations, takes no place from the events around it."""
    return d.type == "diplomatic_relations" or d.why["location"].rule == PHONE


@dataclass
class Draft:
    """An event being assembled (mutable until the document is done)."""

    type: EventType
    countries: tuple[str, ...]
    date: str | None
    date_end: str | None
    status: Status
    location: str | None
    people: list[Person]
    sent: Sentence
    why: dict[str, Why] = field(default_factory=dict)
    back_reference: bool = False
    item: int = 0  # the n-th document of a list signed at once (see `triggers.Trigger.item`)

    def replaced(self, **changes: Any) -> Draft:
        """`dataclasses.replace(self, **changes)`, without its per-field checks: every field
        of a draft is a plain one, set by `__init__` from its value (named one by one, as a
        mypyc-compiled draft has no `__dict__`)."""
        fields: dict[str, Any] = {
            "type": self.type,
            "countries": self.countries,
            "date": self.date,
            "date_end": self.date_end,
            "status": self.status,
            "location": self.location,
            "people": self.people,
            "sent": self.sent,
            "why": self.why,
            "back_reference": self.back_reference,
            "item": self.item,
        }
        return Draft(**{**fields, **changes})


@dataclass(frozen=True)
class Context:
    """What the whole document tells every sentence."""

    text: str
    published: str | None
    dominant: tuple[str, ...]
    dateline: places.Place | None
    dateline_span: tuple[int, int] | None
    roles: party.Roles
    dateline_code: str | None = None  # the state of the dateline's city
    told: tuple[str, ...] = ()  # the pair "the two sides" stands for, when not `dominant`


_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
_SIGNING_ANNIVERSARY = re.compile(
    r"(?i)\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINALS) + r"))\s+anniversary\s+"
    r"of\s+the\s+signing\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$"
)


def _signing_anniversary(text: str, trigger: Trigger) -> int | None:
    """The years since a document was signed whose anniversary the sentence marks."""
    if trigger.type not in triggers.SIGNED_TYPES:
        return None
    found = _SIGNING_ANNIVERSARY.search(text, max(0, trigger.start - 80), trigger.start)
    if found is None:
        return None
    return int(found["n"]) if found["n"] else _ORDINALS.index(found["w"].lower()) + 1


# "The 1959 agreement", "the 2015 deal": a year naming the document
_NAMING_YEAR = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:agreement|treaty|accord|deal|memorandum|MoU|protocol|declaration|"
    r"convention|pact|communiqu[ée])\b",
    re.I,
)


def _without_naming_years(dates: list[DateMention], text: str) -> list[DateMention]:
    """ "The 1959 agreement was signed … on November 8, 1959": the year that names the
    document yields to the finer date the sentence gives in that year."""
    if len(dates) < 2:
        return dates
    return [
        d
        for d in dates
        if not (
            d.precision == "year"
            and d.value
            and _NAMING_YEAR.match(text, d.end)
            and any(o.value and len(o.value) > 4 and o.value[:4] == d.value for o in dates)
        )
    ]


def _date_for(
    trigger: Trigger,
    dates: list[DateMention],
    ctx: Context,
    sent: Sentence | None = None,
    others: tuple[Trigger, ...] = (),
) -> tuple[str | None, str | None, Why]:
    if not dates and sent is not None and (news := _from_the_news(ctx, sent, trigger)):
        return news
    if not dates and trigger.rule != triggers.TOUR and trigger.anniversary is None:
        return None, None, Why(None, NO_DATE)  # what the steps below give
    unperiodic = [d for d in dates if not _for_period(ctx.text, d)] or [
        d for d in dates if _names_trigger(ctx.text, d, trigger)
    ]
    unperiodic = _without_naming_years(unperiodic, ctx.text)
    usable = unperiodic
    if sent is not None:
        # "held talks on … the next session, scheduled for next month": the plan's date
        usable = [
            d
            for d in usable
            if not temporal.plan_between(ctx.text, sent.start, trigger.end, d.start)
        ]
        usable = usable or unperiodic
    if ctx.dateline_span is not None:
        # "New Delhi, 10 May 2024 (PTI) - … held talks … on Thursday": the dateline's date
        # is the report's, not the act's, when the sentence dates the act itself
        lo, hi = ctx.dateline_span
        usable = [d for d in usable if not lo <= d.start < hi] or usable
    if trigger.rule == triggers.TOUR:  # "a tour that earlier took him to A": not the day's date
        later = [d for d in usable if d.start >= trigger.end]
        if not later:
            return _tour_month(trigger, usable, ctx)
        usable = later
    to_come = (
        None if sent is None else temporal.later_act_start(ctx.text, sent.start, trigger.start)
    )
    if trigger.rule == triggers.ACCEPTED_INVITATION:
        to_come = trigger.start  # "Earlier this week, X accepted an invitation to visit Riyadh"
    if to_come is not None:
        # "met on Sunday ahead of a visit by X to Riyadh on June 20", "agreed to meet again in
        # Georgetown in October for the next session": only a date after those words
        unperiodic = [d for d in unperiodic if d.start >= to_come]
        usable = [d for d in usable if d.start >= to_come]
        if not usable:
            return None, None, Why(None, LATER_ACT)
    if sent is not None:
        usable = temporal.dates_for(
            ctx.text,
            sent.start,
            sent.end,
            usable,
            (trigger.start, trigger.end, trigger.type),
            [(o.start, o.end, o.type) for o in others if o is not trigger],
        )
    if trigger.anniversary is not None:
        base = _nearest(trigger, usable)
        year = (
            base.value[:4] if base and base.value else ctx.published[:4] if ctx.published else None
        )
        published = int(ctx.published[:4]) if ctx.published else None
        if year and published and int(year) + trigger.anniversary <= published + 1:
            # "the 60th anniversary of their relations, established in 1964": the year itself;
            # "… established on 1 June 2004": that day, as precise as the text gives it
            if base is not None and base.value and not base.value_end:
                return base.value, None, Why(base.surface, "the date the relations began")
            return year, None, Why(year, "the year the relations began")
        value = years_before(year, trigger.anniversary)
        return (
            value,
            None,
            Why(trigger.surface, f"anniversary: {year} minus {trigger.anniversary} years"),
        )
    signed_years = _signing_anniversary(ctx.text, trigger)
    if signed_years is not None and ctx.published:
        # "on the occasion of the second anniversary of the signing of the Declaration": the
        # year it was signed, not the day it is marked
        value = years_before(ctx.published, signed_years)
        return value, None, Why(trigger.surface, f"anniversary: signed {signed_years} years before")
    chosen = _nearest(trigger, usable)
    if chosen is None:
        return None, None, Why(None, NO_DATE)
    finer = unperiodic
    if sent is not None:  # not a day told in a clause of its own (", who met … on Monday,")
        act = (trigger.start, trigger.end, trigger.type)
        finer = temporal.dates_for(ctx.text, sent.start, sent.end, unperiodic, act, [])
    chosen = temporal.finer_within(ctx.text, chosen, finer)
    offset = _offset_from(ctx.text, chosen, trigger)
    if offset is not None:
        return offset
    if sent is not None:
        counted = _counted_in_sentence(ctx.text, sent, chosen, dates, trigger)
        if counted is not None:
            return counted
    if trigger.type == "visit" and sent is not None:
        start, end, span = temporal.visit_span(
            ctx.text, sent.start, sent.end, chosen, dates, ctx.published
        )
        if span:
            return start, end, Why(chosen.surface, f"{chosen.rule}; visit span: {span}")
    if trigger.type in triggers.SIGNED_TYPES and chosen.value and chosen.value_end:
        # "during the visit to Tashkent on 16-17 May 2024, … documents were signed": a
        # signing on a day of those the text does not give is in their month
        same = chosen.value[:7] == chosen.value_end[:7]
        value = chosen.value[:7] if same else chosen.value[:4]
        return value, None, Why(chosen.surface, f"{chosen.rule}; a signing on one of those days")
    return chosen.value, chosen.value_end, Why(chosen.surface, chosen.rule)


# "The announcement came a day after Cho and Iwaya held a phone conversation", "The statement
# comes two days after the ministers met": the act that many days before the report's news
_NEWS_OFFSET = re.compile(
    r"\W*(?:The|This|That|Its|Their|His|Her)\s+(?:[\w-]+\s+)?(?:announcement|statement|remarks|"
    r"comments|news|decision|move|invitation|report|readout|visit\s+announcement)\s+"
    r"(?:came|comes|was\s+made|is\s+made)\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|"
    r"\d)\s+days?\s+after\s+(?:[\w'’-]+\s+){0,12}$",
    re.I,
)


def _from_the_news(ctx: Context, sent: Sentence, trigger: Trigger) -> tuple[str, None, Why] | None:
    """An act told as "… came a day after" the report's announcement: the report's day less
    those days."""
    if ctx.published is None or "after" not in ctx.text[sent.start : trigger.start]:
        return None
    found = _NEWS_OFFSET.match(ctx.text, sent.start, trigger.start)
    if found is None or found.end() != trigger.start:
        return None
    n = found.group("n").lower()
    days = int(n) if n.isdigit() else temporal.NUMBER_WORDS[n]
    day = dt.date.fromisoformat(ctx.published) - dt.timedelta(days=days)
    return day.isoformat(), None, Why(found.group(0).strip(), "days before the report's news")


# "signed … on Monday, two days after their ministers met in Tashkent": the act after the
# offset is counted from the day before it (no stop between; a few words up to its trigger)
_OFFSET = re.compile(
    r",?\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|\d+)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before)\s+(?:[\w'’-]+\s+){0,10}$",
    re.I,
)


def _offset_from(
    text: str, chosen: DateMention, trigger: Trigger
) -> tuple[str | None, None, Why] | None:
    """The day of an act told after "two days after" / "a day before" the day the sentence
    gives to its own act: that day shifted, at day precision only."""
    if chosen.value is None or len(chosen.value) != 10 or chosen.value_end is not None:
        return None
    if not chosen.end < trigger.start <= chosen.end + 120:
        return None
    found = _OFFSET.match(text, chosen.end, trigger.start)
    if found is None or found.end() != trigger.start:
        return None
    n = found.group("n").lower()
    days = int(n) if n.isdigit() else temporal.NUMBER_WORDS[n]
    days *= 7 if found.group("unit").lower().startswith("week") else 1
    sign = -1 if found.group("dir").lower() == "after" else 1
    day = dt.date.fromisoformat(chosen.value) + dt.timedelta(days=sign * days)
    rule = f"{chosen.rule}; {found.group('n')} {found.group('unit')} {found.group('dir')}"
    return day.isoformat(), None, Why(chosen.surface, rule)


# "recognised its independence on 27 August 1991, and the two countries established relations
# two days later": counted from the day the sentence told before
_SHIFT_RULE = re.compile(r"^relative: (\w+ days? (?:earlier|later)), from the document date$")
# "… on November 11, 1975, and the two countries established relations that same year"
_SAME_UNIT = re.compile(
    r"\s*(?:(?:in|during)\s+)?(?:that\s+same|the\s+same|later\s+that|earlier\s+that|that)\s+"
    r"(?P<unit>year|month)\b",
    re.I,
)


def shift_of(rule: str) -> str | None:
    """The shift ("two days later") a date counted from the document's date was read by."""
    shift = _SHIFT_RULE.match(rule)
    return shift.group(1) if shift else None


def _counted_in_sentence(
    text: str, sent: Sentence, chosen: DateMention, dates: list[DateMention], trigger: Trigger
) -> tuple[str | None, None, Why] | None:
    """An act its sentence dates from another day it tells before it: "two days later" after
    "on 27 August 1991" (that day shifted), "that same year" after "on November 11, 1975"
    (that year)."""
    shift = _SHIFT_RULE.match(chosen.rule)
    if shift is not None:
        base = [
            d
            for d in dates
            if d.end <= chosen.start and d.value and len(d.value) == 10 and not d.relative
        ]
        if not base or base[-1].value is None:
            return None
        day = dt.date.fromisoformat(base[-1].value)
        day += dt.timedelta(days=temporal.day_shift(shift.group(1)))
        return (
            day.isoformat(),
            None,
            Why(chosen.surface, f"{shift.group(1)}: from {base[-1].surface}"),
        )
    if chosen.value is None or len(chosen.value) < 7 or chosen.end > trigger.start:
        return None
    same = _SAME_UNIT.match(text, trigger.end, sent.end)
    if same is None:
        return None
    unit = same.group("unit").lower()
    value = chosen.value[:4] if unit == "year" else chosen.value[:7]
    return value, None, Why(same.group(0).strip(), f"that {unit}: of {chosen.surface}")


def _tour_month(
    trigger: Trigger, dates: list[DateMention], ctx: Context
) -> tuple[str | None, str | None, Why]:
    """The earlier legs of a tour with no date of their own ("arrived in Tashkent on Thursday,
    the last leg of a tour that earlier took him to A and B"): the month of the leg the
    sentence dates, else of the document (a tour is reported while it runs)."""
    before = [d for d in dates if d.value and d.end <= trigger.start]
    if before:
        leg = max(before, key=lambda d: d.end)
        value = leg.value[:7] if leg.value else None
        return value, None, Why(leg.surface, "earlier leg of the tour: the month of this leg")
    if ctx.published:
        return ctx.published[:7], None, Why(None, "earlier leg of the tour: the document's month")
    return None, None, Why(None, NO_DATE)


def _for_period(text: str, d: DateMention) -> bool:
    return _period(text, d) or _attributive(text, d) or _titled_span(text, d) or _history(text, d)


# "signed on Monday a border agreement first negotiated in 2019", "a deal proposed in 2015":
# a participle on the document's past, not the act's date
_HISTORY = re.compile(
    r"\b(?:first\s+)?(?:negotiated|drafted|proposed|initiall?ed|mooted|conceived|envisaged|"
    r"under\s+negotiation)\s+(?:(?:as\s+early\s+as|back|first)\s+)?(?:(?:in|on|since)\s+)?$"
)


def _history(text: str, d: DateMention) -> bool:
    """A date told of what came before the document (its negotiation, its proposal)."""
    return _HISTORY.search(text, max(0, d.start - 45), d.start) is not None


# "the … Statement of Partnership 2024–2028": a span of years that ends a document's name
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")


def _titled_span(text: str, d: DateMention) -> bool:
    """A span of years written after a capitalised name is the period the document covers
    ("signed the Statement of Partnership 2024–2028"), not the date of its signing."""
    if d.precision != "year" or d.value_end is None:
        return False
    return _NAME_BEFORE.search(text, max(0, d.start - 40), d.start) is not None


def _attributive(text: str, d: DateMention) -> bool:
    """ "the 1997 agreement": a year naming another document, not the date of this act (but
    "on the sidelines of the 2023 G20 summit": the year of the gathering the act was at)."""
    before = text[max(0, d.start - 4) : d.start]
    return (
        d.precision == "year"
        and before.endswith("the ")
        and bool(re.match(r"\s+[A-Za-z]", text[d.end : d.end + 3]))
        and not (
            _AT_THE.search(text, max(0, d.start - 30), d.start)
            and _GATHERING_AFTER.match(text, d.end)
        )
    )


def names_document(text: str, d: DateMention) -> bool:
    """ "amending the 2004 agreement": a year that names another document."""
    return _attributive(text, d)


# "the 2019 agreement", "the 2015 visa waiver agreement": a few words, no stop, up to the trigger
_UP_TO_TRIGGER = re.compile(r"(?:\s+[\w-]+){0,3}\s+$")
_JOINED = re.compile(r"\b(?:and|or|as\s+well\s+as)\b")


def _names_trigger(text: str, d: DateMention, trigger: Trigger) -> bool:
    """A year written just before the act's own noun ("Under the 2019 agreement signed by A
    and B", "the 2015 visa waiver agreement") dates that act when the sentence gives no other
    date ("under the 2016 pact, they signed a new agreement on Monday": Monday)."""
    if not _attributive(text, d) or not d.end < trigger.start <= d.end + 40:
        return False
    between = text[d.end : trigger.start]
    return _UP_TO_TRIGGER.fullmatch(between) is not None and not _JOINED.search(between)


_AT_THE = re.compile(r"\b(?:at|during|(?:sidelines|margins)\s+of|attending|attended)\s+the\s+$")
_GATHERING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:summit|forum|conference|congress|assembly|session|meeting|games)\b",
    re.I,
)


def _period(text: str, d: DateMention) -> bool:
    """ "a programme for 2023-2024": a period the document covers, not a date of the act;
    "his first since he assumed office in 2023": the date of something else."""
    if d.precision == "year" and _FOR_YEARS.search(text[max(0, d.start - 15) : d.start]):
        return True
    if d.relative and d.precision == "day" and text[max(0, d.start - 6) : d.start] == "since ":
        return False  # "on a state visit since Monday": the day the act began
    lo = max(0, d.start - 60)
    return quick.may_hold(quick.folded(text), lo, d.start, ("since",)) and bool(
        _SINCE.search(text, lo, d.start)
    )


_FOR_YEARS = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?:years?\s+)?$")


# "since he assumed office in 2023", "since … took office", "his first visit to Türkiye since 2019"
_SINCE = re.compile(
    r"(?i)\bsince\s+(?:(?:he|she|they|it|taking|assuming|his|her)\b[^,.;]{0,50}"
    r"|[^,;]{0,40}?\b(?:assumed|took|became|came\s+to\s+power|was\s+(?:elected|sworn|appointed))"
    r"\b[^,.;]{0,30})?$"
)


def _nearest(trigger: Trigger, dates: list[DateMention]) -> DateMention | None:
    # A resolved date beats one the document cannot fix ("on Thursday (February 9, 2023)").
    dates = [d for d in dates if d.value] or dates
    if not dates:
        return None

    def distance(d: DateMention) -> int:
        return d.start - trigger.end if d.start >= trigger.end else (trigger.start - d.end) + 20

    return min(dates, key=distance)


# "signed a treaty, which will give Nepal access …": what a document will do, not when.
_WHAT_IT_DOES = re.compile(r"\b(?:which|that)\s+$")
_FUTURE_ACT = re.compile(
    r"\s+(?:also\s+)?(?:be\s+(?:signed|held|inked|concluded)|take\s+place|"
    # "a tour that will also take him to Laos": legs to come
    r"take\s+(?:him|her|them|His|Her|the)\b)"
)


# "a protocol under which Tunisia will train …", "a delegation that will explore …": a
# relative clause on what a thing will do, after an act told in the past.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:which|that|whereby|under\s+which|who)\s+(?:[A-Z][\w'’-]*\s+){0,3}$"
    # "signed an agreement under which customs officers will be trained"
    r"|\b(?:whereby|under\s+which)\s+(?:[\w'’-]+\s+){0,3}$"
)
_PAST_ACT = re.compile(r"\b(?:signed|inked|met|held|arrived|visited|received|concluded|hosted)\b")


# "discussed the preparations for the visit of the President to Seoul": a visit to come
_PREPARED_FOR = re.compile(
    r"(?i)\bprepar(?:ations?|ing|e)\s+(?:for\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3})?$"
)
_PLANNED_PREDICATE = re.compile(
    r"(?:,?\s+(?:of|between|with|on|for|in|at|and|the|[\w'’-]+)\b){0,14}?\s+(?:(?:is|are)\s+(?:now\s+|also\s+)?"
    r"(?:due|scheduled|expected|set|slated|planned)\s+to|will)\s+(?:take\s+place|be\s+held|convene)\b"
)


# "Kenyans will no longer need a visa after Nairobi and Abu Dhabi signed a visa waiver": the
# future is what follows from the act, told done after it
_SINCE_DONE = re.compile(
    r"\b(?:after|since|now\s+that|because|following)\s+(?:[^.;]{0,80}?\s)?(?:signed|inked|"
    r"concluded|agreed|abolished|lifted|waived|scrapped|established)\s+(?:[\w-]+\s+){0,4}$"
)


def _what_it_will_do(text: str, start: int, f: re.Match[str]) -> bool:
    """The future form `f` says what a thing done in the past will do ("signed a protocol
    under which Tunisia will train …"), not that an act is to come."""
    if _FUTURE_ACT.match(text, f.end()):
        return False  # "… which will be signed next week"
    if _WHAT_IT_DOES.search(text, max(start, f.start() - 8), f.start()):
        return True
    relative = _RELATIVE_BEFORE.search(text, max(start, f.start() - 60), f.start())
    return relative is not None and _PAST_ACT.search(text, start, relative.start()) is not None


# "is on a working visit to Vietnam from 20 to 23 April, which will also take her to Ho Chi
# Minh City": the legs still to come of a visit told as under way
_LEGS_CLAUSE = re.compile(r",\s+(?:which|that)\s+$")
_LEGS_AFTER = re.compile(r"\s+also\s+take\s+(?:him|her|them)\b")
_UNDER_WAY = re.compile(r"(?i)\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:on\s|visiting\b|in\s)")


def _legs_to_come(text: str, trigger: Trigger, f: re.Match[str]) -> bool:
    """The future form `f` tells the later legs of a visit under way (see _LEGS_CLAUSE)."""
    return (
        trigger.type == "visit"
        and f.start() >= trigger.end
        and _LEGS_CLAUSE.search(text, max(trigger.end, f.start() - 10), f.start()) is not None
        and _LEGS_AFTER.match(text, f.end()) is not None
        and _UNDER_WAY.search(text, max(0, trigger.start - 30), trigger.end) is not None
    )


def sentence_future(text: str, start: int, end: int) -> bool:
    """The sentence speaks of the future: a future form other than what a thing done in the
    past will do."""
    return any(
        not (f.group("headline") and _PAST_BEFORE.search(text, start, f.start()))
        and (not _what_it_will_do(text, start, f) or not _PAST_ACT.search(text, start, f.start()))
        for f in _futures(text, start, end)
    )


def _status(
    trigger: Trigger, sent: Sentence, text: str, date: str | None, ctx: Context
) -> tuple[Status, Why]:
    if trigger.rule == triggers.AGREED_MEETING:
        return "planned", Why(None, "agreed to be held, with its venue")
    if trigger.rule == triggers.ACCEPTED_INVITATION:
        return "planned", Why(None, triggers.ACCEPTED_INVITATION)
    if temporal.in_past_clause(text, sent.start, sent.end, trigger.start):
        return "occurred", Why(None, "told in a relative clause in the past")
    if _SAID_AFTER.search(text, max(sent.start, trigger.start - 60), trigger.start):
        # "… will establish a joint commission, the minister said after meeting X": the
        # future is what was said; the meeting it was said after took place
        return "occurred", Why(None, "what was said after it")
    if trigger.type == "diplomatic_relations" and (
        trigger.anniversary is not None
        or (date and ctx.published and date < ctx.published[: len(date)])
    ):
        # "will mark the 30th anniversary of diplomatic relations next year": what is marked
        # is the establishment, already done (as is relations dated before the report)
        return "occurred", Why(date, "relations established before the report")
    if date and ctx.published and len(date) < 10 and date < ctx.published[: len(date)]:
        # "… under a loan agreement signed last year": a year or month already past
        return "occurred", Why(date, "a year or month before the document date")
    window_start = max(sent.start, trigger.start - 140)
    future = next(
        (
            f
            for f in _futures(text, window_start, min(sent.end, trigger.end + 40))
            if not _what_it_will_do(text, sent.start, f)
            and not (f.group("headline") and _PAST_BEFORE.search(text, sent.start, f.start()))
            and not _SINCE_DONE.search(text, f.end(), max(f.end(), trigger.start))
            and not _legs_to_come(text, trigger, f)
        ),
        None,
    )
    if future:
        return "planned", Why(future.group(0), "future form near the trigger")
    verb = _future_verb_of(text, trigger, sent)
    if verb:
        return "planned", Why(verb.group("verb"), "the future verb of the act's own noun phrase")
    if (
        trigger.type in ("meeting", "visit")
        and not temporal.done_verb(trigger.surface)
        and (
            _PLANNED_PREDICATE.match(text, trigger.end, sent.end)
            or _PREPARED_FOR.search(text, max(sent.start, trigger.start - 50), trigger.start)
        )
    ):
        # "The next meeting of the intergovernmental commission is expected to be held in
        # Budapest": the noun's own predicate, past the window of the future forms
        return "planned", Why(None, "its predicate says it is due to take place")
    if (
        trigger.type == "meeting"
        # "met … ahead of the summit on Friday, which will be held in Brussels": the clause
        # plans the summit, not the meeting told with a past verb
        and not temporal.done_verb(trigger.surface)
        and temporal.planned_clause(text, trigger.end, min(sent.end, trigger.end + 160))
    ):
        return "planned", Why(None, "a clause after it says it is due to take place")
    if date and ctx.published and date[:10] > ctx.published[: len(date)]:
        return "planned", Why(date, "date after the document date")
    if (
        date is None or (ctx.published and date[:10] >= ctx.published[: len(date)])
    ) and temporal.later_act_before(text, sent.start, trigger.start):
        # "ahead of a state visit by X to Addis Ababa next week": to come, unless dated before
        return "planned", Why(date, LATER_ACT)
    return "occurred", Why(None, "reported as done")


# "The next meeting of the Colombia-Paraguay Mechanism for Political Consultations will be
# held in Bogotá": the trigger noun's long name, then its own verb in the future
_NAME_THEN_FUTURE = re.compile(
    r"(?:\s+(?!(?:which|who|whom|whose|that|where|when|while|and|but|as|after|before|if|"
    # ("a memorandum … under the Green Imperative Programme is expected to be signed")
    r"under(?!\s+the\b)|whereby)\b)[\w’'-]+){0,12}?\s+(?P<verb>(?:will|shall|would)\s+(?:also\s+)?be\s+"
    r"(?:held|convened|hosted|signed|organi[sz]ed)|(?:is|are)\s+(?:scheduled|expected|due|set)\s+"
    r"to\s+(?:be\s+(?:held|signed|inked|concluded)|take\s+place|convene|meet))\b"
)


def _future_verb_of(text: str, trigger: Trigger, sent: Sentence) -> re.Match[str] | None:
    """The future passive that is the trigger noun's own verb, with no clause or past act
    between them and no past act before it ("held the first session …" is done)."""
    if trigger.type not in ("meeting", "visit") and trigger.type not in triggers.SIGNED_TYPES:
        return None
    if _PAST_ACT.search(text, sent.start, trigger.start):
        return None
    return _NAME_THEN_FUTURE.match(text, trigger.end, sent.end)


_SAID_AFTER = re.compile(
    r"\b(?:said|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)|announced|"
    r"stated|noted|declared)\s+(?:on\s+\w+\s+)?(?:after|following)\s+(?:the\s+|his\s+|her\s+|"
    r"their\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence standing at `at` ends (its full stop or the line's end)."""
    m = _SENTENCE_END.search(text, at)
    return m.end() if m else len(text)


def _sides_before(people: list[Person], p: Person) -> int:
    """How many states the others named before `p` are officials of (or how many others are
    named before him, when fewer of them have a state: "President Mnangagwa spoke with
    President Lukashenko, Mr George Charamba said")."""
    before = [q for q in people if q.start < p.start and q.name != p.name]
    return max(len({q.country for q in before if q.country}), len({q.name for q in before}))


def _told_sides(type: EventType, people: list[Person], p: Person, trigger: Trigger) -> int:
    """`_sides_before`, but a visit whose visitor is named before its verb counts as two
    sides: "Lula is expected to visit Nigeria later this year, Vieira said": the one named
    after the comma tells of another's trip."""
    sides = _sides_before(people, p)
    if type == "visit" and any(q.end <= trigger.start and q.name != p.name for q in people):
        return max(sides, 2)
    return sides


def _participants(
    type: EventType,
    people: list[Person],
    codes: set[str],
    visitor: str | None,
    trigger: Trigger,
    text: str = "",
    traveller: Person | None = None,
    others: tuple[Trigger, ...] = (),
    sent_start: int = 0,
) -> list[Person]:
    if text and (_aside(text, trigger, others) or _signing_anniversary(text, trigger)):
        return []  # who marks a signing's anniversary did not sign it
    if text and _SINCE_BEFORE.search(text, max(sent_start, trigger.start - 50), trigger.start):
        # "The Minister and the Ambassador reviewed the progress since the signing of the
        # declaration …": who reviews it now did not sign it then
        people = [p for p in people if p.start > trigger.start]
    kept = [
        p
        for p in people
        if not (
            p.role and NOT_PARTICIPANT.match(p.role) and not person_rules.bound_to(text, p, trigger)
        )
        and not p.sender
        and not (text and person_rules.possessor(text, p))
    ]
    kept = [p for p in kept if p.country is None or p.country in codes]
    if type == "diplomatic_relations" and trigger.anniversary is not None:
        return []  # "marked the 120th anniversary … at a ceremony attended by X": X set up nothing
    if type == "diplomatic_relations" and text:
        # "relations reached a new level thanks to the leaders of both states, according to
        # X": relations have participants only when the sentence names who signed them
        signed = triggers.SIGN.search(text, sent_start, max(sent_start, trigger.end + 200))
        kept = [
            p
            for p in kept
            if (signed and _named_here(text, p)) or person_rules.changes_relations(text, p, trigger)
        ]
    if text:
        kept = [p for p in kept if not person_rules.reports(text, p, trigger.start)]
        end = _sentence_end(text, trigger.end)
        kept = [
            p
            for p in kept
            if not person_rules.attributes(
                text, p, sent_start, trigger.end, end, _told_sides(type, kept, p, trigger)
            )
        ]
        if type == "meeting":
            kept = person_rules.other_meeting(text, kept, trigger.end)
            if person_rules.body_sitting(text, trigger.start, trigger.end, sent_start, end):
                # "the two ministers agreed that the next session … will be held in Abuja"
                kept = [p for p in kept if person_rules.chairs(text, p)]
        # who saw a signing did not sign it, nor hold the talks told beside it ("A and B signed
        # the pact in the presence of President C, following talks between …")
        if type in triggers.SIGNED_TYPES:
            kept = [p for p in kept if not person_rules.witnesses(text, p, sent_start)]
            if _STATES_SIGN.search(text, max(sent_start, trigger.start - 90), trigger.start):
                # "President X is expected to hold talks with Y, and the two countries are
                # expected to sign an agreement", "the two countries signed …, on the occasion
                # of the visit of X": the states sign, and the text names no signatory
                kept = []
        elif any(o.type in triggers.SIGNED_TYPES for o in others):
            kept = [p for p in kept if not person_rules.in_presence(text, p, sent_start)]
        kept = person_rules.same_part(text, sent_start, trigger.start, kept)
    if text and type != "visit":
        # "… since the visit of HM King Mohammed VI": the visitor of another event (not when
        # the act is his: "the visit of X to Damascus, where he was received by Y")
        kept = [p for p in kept if not person_rules.visitor_elsewhere(text, p, trigger)]
    if type == "visit" and text:
        # "…, accompanied by Prime Minister Mark Phillips": the visitor's officials
        kept = _with_companions(text, kept, traveller.country if traveller else visitor, sent_start)
    if type == "visit" and traveller is not None:
        # "Marcos Jr., who is paying a state visit", "the visit of King Mohammed VI": the one
        # who travels, and officials of his state; named after "the visit of", only those
        # listed with him ("the two ministers welcomed … since the visit of King X": not them).
        after = traveller.start >= trigger.end
        return [
            p
            for p in kept
            if p.name == traveller.name
            or (
                traveller.country
                and p.country == traveller.country
                and not (after and p.start < trigger.start)
            )
        ]
    if type in ("visit", "meeting"):
        # "Botchwey said President Akufo-Addo would visit Abuja": the one who reports it
        # is not in it when someone else is named as its subject.
        kept = [
            p
            for p in kept
            if not (
                p.speaks
                and p.end < trigger.start
                and any(p.end < q.start < trigger.start and q.name != p.name for q in kept)
                # "Peters says he and Fiji's Prime Minister Rabuka … spoke by phone": one of them
                and not (text and _SAYS_HE_AND.match(text, p.end))
                # "X expressed condolences to his Turkish counterpart Y in a phone call", "X
                # thanked Y during the talks": who he speaks to is no subject of a report
                and not (type == "meeting" and text and _speaks_to(text, p, kept, trigger.start))
            )
        ]
    if type == "visit" and visitor:
        # The visitor's officials, or an official without a country named before the verb
        # (not one of an organisation, whose trip is no state's visit).
        guest = trigger.surface.lower().startswith(_GUEST_VERBS)
        kept = [
            p
            for p in kept
            if p.country == visitor
            or (
                p.country is None
                and p.start < trigger.start
                and not guest
                and not (text and person_rules.organisation_official(text, p))
            )
        ]
    return kept


# "expressed condolences to", "conveyed the greetings of the President to", "thanked"
_SPOKEN_TO = re.compile(
    r"\s+(?:also\s+)?(?:(?:expressed|voiced|conveyed|extended|offered)\s+(?:[\w'’-]+\s+){1,6}?to|"
    r"told|thanked|congratulated|briefed|assured|greeted|informed)\s+(?:(?:his|her|the)\s+)?"
    r"(?:[\w'’-]+\s+){0,6}$"
)


def _speaks_to(text: str, p: Person, kept: list[Person], trigger_start: int) -> bool:
    """The first one named after the speaker `p`, before the trigger, is whom he speaks to."""
    q = min(
        (q for q in kept if p.end < q.start < trigger_start), key=lambda q: q.start, default=None
    )
    if q is None or q.start - p.end > 100 or text.find(" that ", p.end, q.start) >= 0:
        return False
    return _SPOKEN_TO.match(text, p.end, q.start) is not None


def _with_companions(
    text: str, kept: list[Person], state: str | None, sent_start: int
) -> list[Person]:
    """The people listed after "accompanied by" with no state of their own are of `state`."""
    if state is None or not any(p.country is None for p in kept):
        return kept
    end = max(p.end for p in kept)  # the sentence's people: its companions end by the last
    listed = {p.start for p in companions.listed(text, sent_start, end, kept)}
    return [
        replace(p, country=state) if p.country is None and p.start in listed else p for p in kept
    ]


def _named_here(text: str, p: Person) -> bool:
    """The person is named where he stands ("Prince Faisal bin Farhan" for Faisal bin Farhan
    bin Abdullah), not referred to ("the two leaders", "the Minister")."""
    words = person_rules.written(text, p)
    return words == p.name.split() or (len(words) > 1 and set(words) <= set(p.name.split()))


_ASIDE = re.compile(
    r"(?i)\b(?:following|after|before|prior\s+to|at\s+the\s+(?:end|close)\s+of|"
    r"on\s+the\s+sidelines\s+of)\s+(?:the|their|these|this)\s+$"
)


def _aside(text: str, trigger: Trigger, others: tuple[Trigger, ...]) -> bool:
    """ "Following the meeting, A and B signed an MoU": the meeting is named only to time
    another act of the sentence, whose people are not its people."""
    if not _ASIDE.search(text, max(0, trigger.start - 30), trigger.start):
        return False
    if _OF_BY.match(text, trigger.end):
        return False  # "after the visit of Prince Faisal to Damascus, where …": its own people
    return any(o.type != trigger.type and o.start > trigger.end for o in others)


_OF_BY = re.compile(r"\s+(?:of|by)\s")
_SINCE_BEFORE = re.compile(
    r"(?i)\bsince\s+(?:the\s+|their\s+|its\s+)?(?:(?:signing|conclusion|adoption)\s+of\s+"
    r"(?:the\s+|an?\s+)?)?(?:[\w'’-]+\s+){0,2}$"
)
_SAYS_HE_AND = re.compile(r"\s+(?:says|said)\s+(?:he|she)\s+and\b")
_GUEST_VERBS = ("visiting", "host", "welcomed")  # "hosted", "hosts", "will host"
_HOST_VERBS = ("host", "welcomed")


# "a visit to Fiji at the invitation of Prime Minister Sitiveni Rabuka"
_INVITED_BY = re.compile(r"(?i)\binvitation\s+(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$")


def _inviters_of(host: str, people: list[Person], text: str) -> list[Person]:
    """Who invited the visitor, named with no state of his own, is the host's official."""
    return [
        replace(p, country=host)
        if p.country is None and _INVITED_BY.search(text, max(0, p.start - 60), p.start)
        else p
        for p in people
    ]


def _visitor(
    text: str,
    trigger: Trigger,
    people: list[Person],
    host: str | None,
    mentions: list[CountryMention],
    codes: set[str],
    traveller: Person | None = None,
) -> str | None:
    """Who travels: the guest after "visiting"/"hosted", else the first official not of the host."""
    if trigger.surface.lower().startswith(_GUEST_VERBS):
        # "will host X", "welcomed X": the guest travels, not the subject before the verb
        guest = next((p.country for p in people if p.start >= trigger.end and p.country), None)
        if guest:
            return guest
    if traveller is not None and traveller.country:
        return traveller.country
    # "arrived in Abidjan from Accra, where he held talks with Ghana's Minister …": who is
    # met in the "where" clause did not travel
    where = _WHERE_AFTER.search(text, trigger.end, trigger.end + 200)
    cut = where.start() if where else len(text)
    others = [p.country for p in people if p.country and p.country != host and p.start < cut]
    others += [m.code for m in mentions if m.code != host and m.code in codes and m.start < cut]
    return others[0] if others else None


_WHERE_AFTER = re.compile(r",\s+where\b")
# "From Doha, the President will proceed to the United Arab Emirates": the next leg of a tour
_FROM_LEG = re.compile(
    r"\W*(?:From|After)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),"
)


def _people_of_its_meeting(
    trigger: Trigger, people: list[Person], others: tuple[Trigger, ...]
) -> list[Person]:
    """ "A held talks with B on Monday, which was followed by a meeting with C": A and B at the
    talks, A and C at the meeting that followed."""
    second = next((o for o in others if o.rule == triggers.FOLLOWED_MEETING), None)
    if second is None or trigger.type != "meeting":
        return people
    first = min((o.start for o in others if o.type == "meeting"), default=second.start)
    if trigger.rule == triggers.FOLLOWED_MEETING:
        return [p for p in people if p.start < first or p.start >= trigger.start]
    return [p for p in people if p.start < second.start]


def _next_leg_visitor(
    text: str,
    sent: Sentence,
    mentions: list[CountryMention],
    host: str,
    dominant: tuple[str, ...],
) -> str | None:
    """The traveller of a tour's next leg whose state the sentence does not name: the one of
    the report's pair that is not the state of the place left."""
    leg = _FROM_LEG.match(text, sent.start)
    if leg is None or len(dominant) != 2 or host in dominant:
        return None
    left = next(
        (m.code for m in mentions if leg.start("place") <= m.start < leg.end("place")), None
    )
    if left not in dominant:
        return None
    return next(c for c in dominant if c != left)


# "in Abuja on a working visit", "in Doha for a state visit", "in Pretoria on Monday on a visit"
_ON_A = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|"
    r"yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?,?"
    # "is in Tonga from 2 to 5 June on a working visit": the span of the stay
    r"|\s+from\s+\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:to|until)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?,?)?"
    r"\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}"
)


# "… visit to Armenia later this year, the first since 2021, when he travelled to Yerevan",
# "visited Eritrea on 11 September, two weeks after leaving … Khartoum": another act's place.
# ", which will also take her to Ho Chi Minh City", ", during which he is to tour a plant in X":
# the later legs and the programme of the visit, not where it is
_DEST_END = re.compile(
    r",\s+(?:(?:[\w-]+\s+){0,2}?(?:after|before|since)|when|while|whereas|during\s+which|"
    r"(?:which|that)\s+will\s+(?:also\s+)?take\s+(?:him|her|them))\b"
)


def _left_for(text: str, trigger: Trigger, mentions: list[CountryMention]) -> places.Place | None:
    """The state or capital right after "left for", "departs for" (`places` reads "to")."""
    m = next((m for m in mentions if m.start >= trigger.end), None)
    if m is None or m.kind not in ("name", "capital") or text[trigger.end : m.start].strip():
        return None
    rule = "named city" if m.kind == "capital" else "named country (no city given)"
    return places.Place(m.surface, m.start, m.end, rule)


def _visit_host(
    trigger: Trigger, sent: Sentence, text: str, mentions: list[CountryMention]
) -> tuple[CountryMention | None, places.Place | None]:
    stop = _DEST_END.search(text, trigger.end, sent.end)
    dest = None
    if stop is not None:  # the place of the visit's own clause, if it names one
        dest = places.in_sentence(text, trigger.start, stop.start(), mentions, destination=True)
    if dest is None:
        dest = places.in_sentence(text, trigger.start, sent.end, mentions, destination=True)
    if dest is None and trigger.surface.endswith(" for"):
        dest = _left_for(text, trigger, mentions)  # "will leave for Uzbekistan on Tuesday"
    if dest is None and text.endswith("where ", max(0, trigger.start - 6), trigger.start):
        # "… held at the PDVSA headquarters in Caracas, where Young arrived on Sunday"
        dest = places.where_antecedent(text, sent.start, trigger.start, mentions)
    if dest is None:
        # "…, who is in Uzbekistan on a state visit": the place just before the visit.
        lead = max(sent.start, trigger.start - 70)
        near = places.in_sentence(text, lead, trigger.start, mentions, destination=False)
        # (the trigger itself may begin with the "on a": "in Abuja on a working visit", "in
        # Doha for a state visit")
        on_a = text.startswith(("on ", "for "), trigger.start)
        gap_end = trigger.end if on_a else trigger.start
        if near is None or not (
            _ON_A.fullmatch(text, near.end, trigger.start) or _ON_A.match(text, near.end, gap_end)
        ):
            return None, None
        dest = near
    host = [m for m in mentions if m.start == dest.start]
    if not host and not _OTHER_ACT.search(text, trigger.end, dest.start):
        # "arrived in Nadi yesterday for a three-day official visit to Fiji": a city the
        # gazetteer does not know, in the state the visit phrase names
        end = stop.start() if stop is not None else sent.end
        host = [
            m
            for m in mentions
            if trigger.end <= m.start < end
            and m.kind == "name"
            and _VISIT_TO.search(text, max(0, m.start - 40), m.start)
        ][:1]
    return (host[0] if host else None), dest


# "paid a state visit to China and took part in the … Summit in Xi'an": the city of another act
_OTHER_ACT = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?(?:took|went|[a-z]{3,}ed)\b")
_VISIT_TO = re.compile(r"(?i)\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?$")


# "next month's", "last year's": a date that modifies a noun
_POSSESSIVE = re.compile(r"['’]s\b")


def _not_possessive(dates: list[DateMention], text: str, trigger: Trigger) -> list[DateMention]:
    """The dates of the act, without those after it that date another noun ("held talks … on
    preparations for next month's Commonwealth summit in Apia": the summit's month; "Monday's
    talks" before the trigger stay the act's)."""
    return [d for d in dates if d.start < trigger.end or not _POSSESSIVE.match(text, d.end)]


# "setting out priorities for cooperation … until 2030": the term a document runs for
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up\s+to|through)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _not_term(dates: list[DateMention], text: str, trigger: Trigger) -> list[DateMention]:
    """The dates of a signing, without the end of the term of the document it signed ("a joint
    roadmap … setting out priorities until 2030")."""
    return [
        d
        for d in dates
        if d.start < trigger.end or not _UNTIL_BEFORE.search(text, max(0, d.start - 24), d.start)
    ]


def build(
    trigger: Trigger,
    sent: Sentence,
    mentions: list[CountryMention],
    people: list[Person],
    dates: list[DateMention],
    ctx: Context,
    others: tuple[Trigger, ...] = (),
    subject: Person | None = None,
    group: frozenset[str] = frozenset(),
) -> Draft | None:
    """One draft from one trigger, or None when fewer than two parties can be found.

    `group`: the states of a bloc or of "the three countries" the sentence names as acting."""
    text = ctx.text
    host, dest = (None, None)
    visitor: str | None = None
    traveller: Person | None = None
    keep: frozenset[str] = frozenset()
    if trigger.type == "visit":
        host, dest = _visit_host(trigger, sent, text, mentions)
        if host is None:  # "arrived in the Chinese capital": the demonym names the host
            host = party.demonym_place(text, mentions, trigger.start, sent.end)
        keep = frozenset({host.code}) if host else frozenset()
        if host:
            people = _inviters_of(host.code, people, text)
    lo, hi = _clause(text, sent, trigger)
    people = _people_of_its_meeting(trigger, people, others)

    def parties_in(start: int, end: int) -> tuple[set[str], list[str]]:
        return party.sentence_parties(
            text,
            start,
            end,
            mentions,
            people,
            ctx.roles,
            keep_venue=keep,
            trigger_end=trigger.end,
            places_listed=trigger.type != "visit",  # a tour's legs are visits (`split`)
            hosts_sit=trigger.type == "meeting",
        )

    codes, surfaces = parties_in(lo, hi)
    signers = _SIGNING_BY.search(text, lo, hi) if trigger.type in triggers.SIGNED_TYPES else None
    if signers is not None:
        # "Aliyev witnessed the signing of agreements by Uzbekistan and Kazakhstan": the
        # signers after "by", not the witness's state
        by_codes, by_surfaces = parties_in(signers.end(), hi)
        if len(by_codes) >= 2:
            codes, surfaces = by_codes, by_surfaces
    if trigger.rule == triggers.PREPARED and len(codes) < 2:
        return None  # a gathering being prepared is of the states its own clause names
    if len(codes) < 2 and (lo, hi) != (sent.start, sent.end):
        codes, surfaces = parties_in(sent.start, sent.end)
    pronoun = _PRONOUN.search(text, max(sent.start, trigger.start - 30), trigger.start)
    if subject and subject.country and pronoun:
        codes.add(subject.country)  # "On 2 June she held talks with …"
    if trigger.type == "visit":
        # "Albanese will host Prabowo", "welcomed X": the subject before the verb stays home
        hosting = trigger.surface.lower().startswith(_HOST_VERBS)
        traveller = None if hosting else person_rules.traveller(text, sent.start, trigger, people)
        visitor = _visitor(
            text, trigger, people, host.code if host else None, mentions, codes, traveller
        )
        if host and visitor is None:
            visitor = _next_leg_visitor(text, sent, mentions, host.code, ctx.dominant)
        if host:
            codes = {host.code, visitor} if visitor else {host.code}
    context_rule = None
    if group and codes <= group and not (trigger.type == "visit" and host):
        codes = codes | group
        context_rule = GROUP_RULE
    host_state = None
    if trigger.type in _AT_A_VENUE:
        host_state = party.venue_host(codes, lo, hi, mentions, people, ctx.roles, text)
    if host_state:
        codes.add(host_state)
        context_rule = "the state of the venue, whose official took part"
    elif not _domestic(text, sent, people, codes, trigger, ctx.dateline_code):
        pair = ctx.told if ctx.told and not codes else ctx.dominant
        codes, completed = party.with_context(codes, text, sent.start, sent.end, pair)
        context_rule = completed or context_rule
        three = party.three_way(codes, text, (trigger.start, trigger.end), sent.end, ctx.dominant)
        if three is not None:
            codes, context_rule = three, "a three-way meeting of the report's pair with a third"
    if triggers.adverbial_reference(text, trigger):
        # "told reporters after the meeting, adding that trade rose … last year": the
        # sentence's dates are its own act's, only one right after the noun is the meeting's
        dates = [d for d in dates if d.start - trigger.end <= 40]
    dates = _not_possessive(dates, text, trigger)
    if trigger.type in triggers.SIGNED_TYPES:
        dates = _not_term(dates, text, trigger)
    date, date_end, date_why = _date_for(trigger, dates, ctx, sent, others)
    if not codes and _signed_before(trigger, date, ctx, sent):
        codes, context_rule = set(ctx.dominant), "a document signed years before: the report's pair"
    if not codes and _documents_listed(trigger, ctx, sent):
        codes, context_rule = (
            set(ctx.dominant),
            "the documents just signed, listed: the report's pair",
        )
    if not codes and _sitting_at_home(trigger, ctx, sent, mentions):
        codes, context_rule = set(ctx.dominant), "a sitting of the pair's series in one's capital"
    if not codes and _signed_at_gathering(trigger, ctx, sent):
        codes, context_rule = set(ctx.dominant), "signed at the gathering told: the report's pair"
    if len(codes) < 2:
        return None
    status, status_why = _status(trigger, sent, text, date, ctx)
    location, location_why = _location(trigger, sent, mentions, dest, date, status, ctx, others)
    if location and _signing_anniversary(text, trigger):
        location, location_why = None, Why(None, "an anniversary marked: not where it was signed")
    elif location and trigger.anniversary and trigger.type == "diplomatic_relations":
        # "celebrated the 30th anniversary of diplomatic relations, and … paid a state visit
        # to Mongolia": the relations were not established on that trip
        location, location_why = None, Why(None, "an anniversary of relations: not where set up")
    chosen = _participants(
        trigger.type, people, codes, visitor, trigger, text, traveller, others, sent.start
    )
    if trigger.rule == triggers.PREPARED:
        chosen = []  # who prepares a summit is not who will attend it
    return Draft(
        back_reference=triggers.is_back_reference(text, trigger),
        item=trigger.item,
        type=trigger.type,
        countries=tuple(sorted(codes)),
        date=date,
        date_end=date_end,
        status=status,
        location=location,
        people=chosen,
        sent=sent,
        why={
            "type": Why(trigger.surface, trigger.rule),
            "countries": Why(", ".join(surfaces) or None, context_rule or "named in the sentence"),
            "date": date_why,
            "status": status_why,
            "location": location_why,
            "participants": Why(
                "; ".join(p.name for p in chosen) or None, "named with a role in the sentence"
            ),
        },
    )


def _signed_before(trigger: Trigger, date: str | None, ctx: Context, sent: Sentence) -> bool:
    """ "Cooperation is already guided by a memorandum … signed in 2014": a document of an
    earlier year whose sentence names no side is one of the report's pair (not one of an
    organisation or of many states)."""
    if trigger.type not in triggers.SIGNED_TYPES or not ctx.dominant or len(ctx.dominant) != 2:
        return False
    earlier = bool(date and ctx.published and date[:4] < ctx.published[:4])
    return earlier and not party.names_others(ctx.text, sent.start, sent.end)


# "The documents signed included memoranda …", "Among them were …", "These include an
# agreement on …": the list of a signing the sentence before told
_LISTED_DOCUMENTS = re.compile(
    r"(?i)\W*(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|instruments|"
    r"accords|texts)\s+(?:(?:signed|inked|exchanged)\s+)?(?:(?:also|further)\s+)?"
    r"(?:included?|comprised?|covered?|were|are)|(?:they|these)\s+(?:also\s+)?include[ds]?|"
    r"among\s+(?:them|these|those)\s+(?:were|was|are|is))\b"
)


def _documents_listed(trigger: Trigger, ctx: Context, sent: Sentence) -> bool:
    """A sentence that lists the documents of a signing just told ("The documents signed
    included an agreement on …") and names no side: the report's pair."""
    if trigger.type not in triggers.SIGNED_TYPES or not ctx.dominant or len(ctx.dominant) != 2:
        return False
    if _LISTED_DOCUMENTS.match(ctx.text, sent.start) is None:
        return False
    return not party.names_others(ctx.text, sent.start, sent.end)


_SIGNING_BY = re.compile(
    r"(?i)\bwitness(?:ed|es|ing)?\s+the\s+(?:signing|exchange|conclusion)\s+of\s+[^.;]{0,100}?\bby\b"
)
# "… is expected to be signed at the Abuja session", "was signed during the talks": a document
# of the pair's gathering told before
_AT_THE_GATHERING = re.compile(
    r"(?i)\b(?:at|during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins|occasion)\s+of)\s+"
    r"(?:the|this|that|their)\s+(?:[\w'’-]+\s+){0,3}?(?:session|meeting|talks|consultations|"
    r"visit|summit|sitting|dialogue)\b"
)


# "The third FSC was held in Dhaka in 2019", "The previous session took place in Abuja"
_NUMBERED_SITTING = re.compile(
    rf"(?i)\b(?:{triggers.SITTING_ORDINALS}|"
    r"\d{1,2}(?:st|nd|rd|th)|previous|last|next|latest)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _sitting_at_home(
    trigger: Trigger, ctx: Context, sent: Sentence, mentions: list[CountryMention]
) -> bool:
    """A numbered sitting of a series ("The third FSC was held in Dhaka") whose sentence
    names no side but the capital of one of the report's pair: a sitting of that pair."""
    if trigger.type != "meeting" or not ctx.dominant or len(ctx.dominant) != 2:
        return False
    at = trigger.start
    if not _NUMBERED_SITTING.search(
        ctx.text, max(sent.start, at - 40), at + 1 + len(trigger.surface.split()[0])
    ):
        return False
    capitals = {
        m.code for m in mentions if m.kind == "capital" and sent.start <= m.start < sent.end
    }
    if not capitals or not capitals <= set(ctx.dominant):
        return False
    return not party.names_others(ctx.text, sent.start, sent.end)


def _signed_at_gathering(trigger: Trigger, ctx: Context, sent: Sentence) -> bool:
    """A document signed (or to be signed) "at the session" told before, whose sentence names
    no side: the report's pair."""
    if trigger.type not in triggers.SIGNED_TYPES or not ctx.dominant or len(ctx.dominant) != 2:
        return False
    if _AT_THE_GATHERING.search(ctx.text, sent.start, sent.end) is None:
        return False
    return not party.names_others(ctx.text, sent.start, sent.end)


_AT_A_VENUE = ("meeting", "mou", "agreement", "visa_agreement")
# "Indonesia is Algeria's fourth largest partner, while Sweden and Algeria mark the 60th
# anniversary of their relations": the clause of the trigger names its parties.
_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|but|although|though|even\s+as)\s|;\s"
    # "Canberra has been moving to shore up its ties since Solomon Islands signed a security
    # pact with China": the act of the "since" clause is of the states it names
    r"|\s(?:ever\s+)?since\s+(?=(?-i:[A-Z]))"
    # "received the Iraqi minister … and discussed preparations for the Jordanian-Egyptian-
    # Iraqi summit": the summit's states are not the reception's
    r"|\s(?:and\s+)?(?:discussed|reviewed|discussing|reviewing)\s+(?:the\s+)?preparations\s+for\s"
)


def _clause(text: str, sent: Sentence, trigger: Trigger) -> tuple[int, int]:
    """The span of the trigger's clause within its sentence (the sentence when it has one)."""
    lo, hi = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end):
        if m.end() <= trigger.start:
            lo = m.end()
        elif m.start() >= trigger.end:
            hi = m.start()
            break
    return lo, hi


# "told a government meeting chaired by Prime Minister X": a state's own business.
_DOMESTIC = re.compile(
    r"(?i)\b(?:government|cabinet|party|parliamentary|plenary|press|staff|board|shareholders'?|"
    r"security\s+council|national\s+security)\s+(?:meeting|session|conference|briefing)\b|"
    r"\bmeeting\s+of\s+the\s+(?:government|cabinet|council\s+of\s+ministers)\b"
)


_CLAUSE_VISIT = re.compile(r",\s+who\s+(?:\w+\s+){0,2}$")


def _domestic(
    text: str,
    sent: Sentence,
    people: list[Person],
    codes: set[str],
    trigger: Trigger,
    dateline_code: str | None = None,
) -> bool:
    """A meeting of one state's own officials, which the report's pair must not complete
    (but "X and Y took part in the meeting as well" joins the meeting already told)."""
    if len(codes) != 1 or triggers.is_back_reference(text, trigger):
        return False
    if dateline_code and dateline_code not in codes and "receiv" in trigger.surface.lower():
        # "Luanda (Lusa) - … the head of Portuguese diplomacy was received by the President of
        # the Republic": a reception abroad, by the dateline's state (its unmarked head)
        return False
    if trigger.type in triggers.SIGNED_TYPES:
        return False  # a state signs with another ("… witnessed the exchange of 15 documents")
    if trigger.type == "visit" and _CLAUSE_VISIT.search(text, sent.start, trigger.start):
        return False  # "Drew, who arrived in Taiwan …, was welcomed by Lai": a guest's arrival
    if party.names_both_sides(text, sent.start, sent.end):
        return False  # "a binational cabinet meeting", "the two sides"
    states = {p.country for p in people if sent.start <= p.start < sent.end}
    return bool(_DOMESTIC.search(text, sent.start, sent.end)) or (
        len([p for p in people if sent.start <= p.start < sent.end]) >= 2 and states == codes
    )


def _location(
    trigger: Trigger,
    sent: Sentence,
    mentions: list[CountryMention],
    dest: places.Place | None,
    date: str | None,
    status: Status,
    ctx: Context,
    others: tuple[Trigger, ...] = (),
) -> tuple[str | None, Why]:
    text = ctx.text
    if trigger.type == "meeting":
        online = places.is_online(text, sent.start, sent.end)
        if online and _own_act(text, online.start(), online.end(), trigger):
            return "online", Why(online.group(0), "video or online meeting")
    if trigger.type in _SIGNED and (online := _signed_online(text, sent)):
        return "online", Why(online.group(0), "signed by video link or online")
    sentence = text[sent.start : sent.end]
    if ctx.dateline and "here" in sentence and _HERE.search(sentence):
        return ctx.dateline.name, Why("here", "'here': the dateline's city")
    if quick.may_hold(quick.folded(text), sent.start, sent.end, ("phone",)) and _by_phone(
        text, sent, trigger
    ):
        return None, Why(None, PHONE)
    # The place after the trigger first: "X, who attended the summit in Johannesburg, met Y
    # in Luanda"; else one before it ("In Baku, X met Y").
    after = _place_after(text, sent, trigger, mentions, status)
    # "flew to Muscat, where he signed …": the place the clause is about
    where = places.where_antecedent(text, sent.start, trigger.start, mentions)
    found = after or where
    if found is None or found.rule != "named city":
        # The place after the trigger, unless it names only a state and a city stands before.
        lead = _own_clause_start(text, sent, trigger)
        before = places.in_sentence(text, lead, trigger.end, mentions, destination=False)
        city_before = before is not None and before.rule == "named city"
        found = before if found is None or city_before else found
    if found and found is not where and _belongs_elsewhere(trigger, found.start, others, text):
        found = None
    if (
        found
        and status == "occurred"
        and temporal.plan_between(text, sent.start, trigger.end, found.start)
    ):
        found = None  # "held talks on the next session, scheduled for May in Nouakchott"
    if trigger.type == "visit" and dest:
        if (
            found
            and found.rule == "named city"
            and (dest.rule != "named city" or found.start > trigger.start)
            and found.start != dest.start
            and text[max(0, found.start - 3) : found.start] != "at "
            and not _capital_elsewhere(found, dest, mentions)
        ):  # "a welcome ceremony at Dataran Perdana": a venue, not the city visited
            return found.name, Why(found.name, "city of the visit named in the sentence")
        near = bool(date and ctx.published and within_days(date, ctx.published))
        # "… arrived here": only where the dateline is in the host state, not at home.
        host = next((m.code for m in mentions if m.start == dest.start), None)
        in_host = ctx.dateline_code is None or ctx.dateline_code == host
        # "… arrived here" with no state named: the dateline city of the host
        named_state = dest.rule.endswith("(no city given)")
        if (
            dest.rule != "named city"
            and not named_state
            and ctx.dateline
            and near
            and status == "occurred"
            and in_host
        ):
            return ctx.dateline.name, Why(
                ctx.dateline.name, "dateline city of a visit reported that day"
            )
        capital = _host_capital(text, sent, trigger, dest, host)
        if capital is not None:
            return capital
        return dest.name, Why(dest.name, f"visit destination, {dest.rule}")
    if found:
        return found.name, Why(found.name, found.rule)
    if trigger.type == "visit" and (
        described := _described_host(text, sent, trigger, mentions, ctx)
    ):
        return described
    if trigger.type == "visit" and trigger.surface.endswith("there"):
        # "his second visit to Suva this year, after he travelled there in February"
        told = places.in_sentence(text, sent.start, trigger.start, mentions, destination=True)
        if told:
            return told.name, Why(told.name, "'there': the place its sentence named before")
    if trigger.type == "meeting" and (
        hosts := places.host_place(text, sent.start, sent.end, trigger.start, mentions)
    ):
        return hosts.name, Why(hosts.name, hosts.rule)
    if trigger.type in _SIGNED and (
        named := places.document_city(text, trigger.start, trigger.end, mentions)
    ):
        return named.name, Why(named.name, named.rule)
    then = _NEXT_ACT.search(text, trigger.end, sent.end)  # "… and to visit a centre in X"
    until = then.start() if then else sent.end
    if (
        trigger.type != "visit"
        and quick.may_hold(quick.folded(text), sent.start, until, _TRAVEL_WORDS)
        and _TRAVEL.search(text, sent.start, until)
        # ", who met … on Monday, will travel to Slovakia", "met … on Monday to prepare a visit
        # to Egypt scheduled for April": an act done is not held on a trip still planned
        and not temporal.in_past_clause(text, sent.start, sent.end, trigger.start)
        and not (status == "occurred" and sentence_future(text, sent.start, sent.end))
    ):
        visit_dest = places.in_sentence(text, sent.start, until, mentions, destination=True)
        if visit_dest:
            return visit_dest.name, Why(visit_dest.name, "held during a visit to this place")
    news_day = (
        date is None
        and text.find("day", sent.start, sent.end) >= 0  # every form of _NEWS_DAY ends so
        and bool(_NEWS_DAY.search(text, sent.start, sent.end))
    )
    near = bool(date and ctx.published and within_days(date, ctx.published))
    relations = trigger.type == "diplomatic_relations"  # a place only when its sentence says
    if ctx.dateline and status == "occurred" and (near or news_day) and not relations:
        return ctx.dateline.name, Why(ctx.dateline.name, DATELINE_DAY)
    if ctx.dateline and status == "occurred" and _accredited_here(text, sent, mentions, ctx):
        return ctx.dateline.name, Why(ctx.dateline.name, "credentials presented where accredited")
    return None, Why(None, "no place named")


def _described_host(
    text: str, sent: Sentence, trigger: Trigger, mentions: list[CountryMention], ctx: Context
) -> tuple[str, Why] | None:
    """ "The Brazilian leader last visited the West African country": the state of the
    document's pair its sentence does not name (the visitor's side is named)."""
    told = places.described_state(text, trigger.start, sent.end)
    if told is None or told.start() > trigger.end + 1:
        return None
    own = {m.code for m in mentions if sent.start <= m.start < sent.end}
    hosts = [c for c in ctx.dominant if c not in own]
    if len(hosts) != 1 or not own or hosts[0] not in places.NAMES:
        return None
    name = places.NAMES[hosts[0]]
    return name, Why(told.group(0), "visit to the state its description stands for")


def _host_capital(
    text: str, sent: Sentence, trigger: Trigger, dest: places.Place, host: str | None
) -> tuple[str, Why] | None:
    """ "was in the capital on a two-day working visit …, his first trip to Indonesia": the
    host's capital, when the visit's own phrase names no state ("for a state visit to
    Kazakhstan" keeps it)."""
    capital = places.CAPITALS.get(host or "") if dest.rule.endswith("(no city given)") else None
    bare = places.bare_capital(text, sent.start, sent.end) if capital else None
    if capital is None or bare is None:
        return None
    if trigger.start <= dest.start and "," not in text[trigger.start : dest.start]:
        return None
    return capital, Why(bare.group(0), "'the capital': the host state's capital")


# "received the newly appointed Ambassador of Malta to Azerbaijan, who presented a copy of
# his credentials" under a Baku dateline: in the capital the envoy is accredited to.
_ACCREDITED = re.compile(
    r"(?i)\b(?:ambassador|envoy|high\s+commissioner)\b[^.;]{0,60}?\bto\s+(?:the\s+)?$"
)


def _accredited_here(
    text: str, sent: Sentence, mentions: list[CountryMention], ctx: Context
) -> bool:
    if text.find("credential", sent.start, sent.end) < 0:
        return False
    return any(
        m.code == ctx.dateline_code
        and sent.start <= m.start < sent.end
        and _ACCREDITED.search(text, max(sent.start, m.start - 90), m.start)
        for m in mentions
    )


def _place_after(
    text: str, sent: Sentence, trigger: Trigger, mentions: list[CountryMention], status: Status
) -> places.Place | None:
    """The place the trigger's own clause names after it."""
    clause = _CLAUSE_END.search(text, trigger.end, sent.end)
    if clause and _HELD_WHICH.match(text, clause.end()):
        # "the 20th session of the Joint Commission, which is due to be held in Nouakchott"
        clause = _CLAUSE_END.search(text, clause.end(), sent.end)
    if trigger.type == "diplomatic_relations":
        # "established relations in 1992, and Iran opened its consulate in Kapan last year"
        clause = (
            _AND_CLAUSE.search(text, trigger.end, clause.start() if clause else sent.end) or clause
        )
    end = clause.start() if clause else sent.end
    then = _NEXT_ACT.search(text, trigger.end, end)
    end = then.start() if then else end
    after = places.in_sentence(text, trigger.start, end, mentions, destination=False)
    resume = _RESUME.search(text, clause.end(), sent.end) if clause and after is None else None
    if resume and clause and clause.group(0).lstrip(", ").startswith("who"):
        # "received the Ambassador …, who presented his credentials, at the Ministry … in
        # Yerevan": the clause goes on after the aside
        stop = _CLAUSE_END.search(text, resume.end(), sent.end)
        after = places.in_sentence(
            text, resume.start(), stop.start() if stop else sent.end, mentions, destination=False
        )
    if after is None and clause and clause.group(0).lstrip(", ").startswith("which"):
        # "The Joint Commission session, which was postponed last year, will now be held in
        # Lome": the subject's own verb goes on after the relative clause
        main = _MAIN_AFTER_WHICH.match(text, clause.end(), sent.end)
        if main:
            stop = _CLAUSE_END.search(text, main.end(), sent.end)
            after = places.in_sentence(
                text, main.end(), stop.start() if stop else sent.end, mentions, destination=False
            )
    if (
        after is None
        and clause
        and trigger.type in _SIGNED
        and _SIGNED_WHICH.match(text, clause.start())
    ):
        # "under the security agreement, which A and B signed in Kharkiv on March 1": the clause
        # right after the document tells its signing, and where
        stop = _CLAUSE_END.search(text, clause.end(), sent.end)
        after = places.in_sentence(
            text, clause.end(), stop.start() if stop else sent.end, mentions, destination=False
        )
    if after and status == "occurred" and _FUTURE_VENUE.search(text, sent.start, after.start):
        return None  # "discussed the forum scheduled to be held in Santiago next November"
    return after


# ", which Zelensky and Rutte signed", ", which was signed": a clause telling the signing
_SIGNED_WHICH = re.compile(
    r",\s+which\s+(?:[\w'’.-]+\s+){0,6}?(?:signed|inked|(?:was|were)\s+signed|(?:was|were)\s+inked)\b"
)


# the comma that closes a relative clause, then the main verb of its antecedent
_MAIN_AFTER_WHICH = re.compile(
    r"[^,;]{3,160}?,\s+(?=(?:now\s+|finally\s+|eventually\s+|instead\s+)?(?:will|would|was|were|"
    r"is|are|has|have|had)\s+(?:now\s+|finally\s+|eventually\s+|instead\s+)?(?:be\s+|been\s+)?"
    r"(?:held|convened|take|took|taken|taking|opened|hosted)\b)"
)


# "scheduled to meet the Speaker on Thursday and to visit a training centre in Hsinchu",
# "met … before heading to Phnom Penh": the next act's place
_NEXT_ACT = re.compile(
    r"\s+and\s+(?:then\s+)?to\s+(?!the\b)[a-z]+\s|,?\s+and\s+then\s|"
    r"\s+before\s+(?:heading|travell?ing|leaving|flying|departing|visiting|returning)\b"
)
_HELD_WHICH = re.compile(
    r"(?<=which)\s+(?:(?:is|was|will\s+be)\s+(?:due|scheduled|set|expected|planned|to\s+be)\s+"
    r"(?:to\s+)?(?:be\s+held|take\s+place|convene|held)"
    # "the fifth session of the Joint Commission, which will be held in Accra"
    r"|will\s+(?:be\s+held|take\s+place|convene))\b"
)
_RESUME = re.compile(r",\s+(?=(?:at|in)\s+(?:the\s+)?[A-Z])")
_FUTURE_VENUE = re.compile(
    r"(?:\b(?:to\s+be\s+held|to\s+take\s+place|will\s+be\s+held|will\s+take\s+place|"
    r"to\s+be\s+hosted)\s+(?:(?:on|in|from)\s+[\w ,-]{3,30}?\s+)?"
    # "discussed … the upcoming Pacific Islands Forum Leaders Meeting in Nuku'alofa"
    r"|\b(?:upcoming|forthcoming|next)\s+(?:[\w'’-]+\s+){0,6}?(?i:meeting|summit|session|round|"
    r"forum|conference|congress|games|visit|talks)\s+)(?:in|at)\s+(?:the\s+)?$"
)


def _capital_elsewhere(
    found: places.Place, dest: places.Place, mentions: list[CountryMention]
) -> bool:
    """ "visited Eritrea …, two weeks after leaving … Khartoum": the capital of a state other
    than the one the visit's phrase names is not where it went."""
    host = next((m.code for m in mentions if m.start == dest.start), None)
    city = next((m.code for m in mentions if m.start == found.start and m.kind == "capital"), None)
    return host is not None and city is not None and city != host


# how far after the trigger a call may be told ("discussed … with his Turkish counterpart X
# in a telephone conversation")
_PHONE_AFTER = 90


def _by_phone(text: str, sent: Sentence, trigger: Trigger) -> bool:
    """The trigger's own act was a call: "phone" in it or just around it, in its clause ("held
    a phone conversation", "spoke by telephone", "In a telephone conversation on Monday, …");
    not "…, who had spoken by phone last week, met in Astana", "…, days after a phone call"."""
    lo, hi = max(sent.start, trigger.start - 40), min(sent.end, trigger.end + _PHONE_AFTER)
    return any(_own_act(text, m.start(), m.end(), trigger) for m in _PHONE.finditer(text, lo, hi))


def _own_act(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """The words at `start:end` tell how the trigger's act was held: no comma, and no
    "after/following/since/before" (another act), between them and the trigger."""
    if end <= trigger.start:
        between = text[end : trigger.start]
    elif start >= trigger.end:
        # "met in Astana, days after a video call", "…, which was followed by a phone call";
        # a list of topics between is no other act
        between = text[trigger.end : start]
        return not (_AFTER_CALL.search(between) or _CLAUSE_END.search(between))
    else:
        return True  # inside the trigger's words
    return "," not in between and len(between) <= 80


# "signed, via videoconference, a memorandum", "inked online", "at a virtual signing ceremony"
_SIGNED_ONLINE = re.compile(
    r"(?i)\b(?:signed|inked|exchanged|concluded)\b,?\s+(?:[\w'’-]+\s+){0,10}?(?:via|by|through|over|in)"
    r"\s+(?:a\s+)?(?:video\s*(?:conference|link|call)|videoconference|zoom|virtual\s+(?:ceremony|"
    r"format|mode))|\b(?:signed|inked)\s+(?:online|virtually)\b|\b(?:virtual|online)\s+signing\b"
)


def _signed_online(text: str, sent: Sentence) -> re.Match[str] | None:
    """A document signed by video link (its sentence says so of the signing itself)."""
    low = text[sent.start : sent.end].lower()
    if not any(w in low for w in ("video", "virtual", "online", "zoom")):
        return None
    return _SIGNED_ONLINE.search(text, sent.start, sent.end)


_AFTER_CALL = re.compile(r"\b(?:after|following|since|before)\b")


_NEWS_DAY = re.compile(
    r"\b(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def within_days(date: str, published: str, days: int = 3) -> bool:
    """A day-precision date within `days` before the document date."""
    if len(date) < 10:
        return False
    delta = (dt.date.fromisoformat(published) - dt.date.fromisoformat(date)).days
    return 0 <= delta <= days


def participants_of(draft: Draft) -> tuple[ParticipantDraft, ...]:
    return participants_from(draft.people)


def participants_from(people: list[Person]) -> tuple[ParticipantDraft, ...]:
    """Each person once (by name, without case), in order."""
    seen: set[str] = set()
    out: list[ParticipantDraft] = []
    for p in people:
        key = p.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(ParticipantDraft(p.name, p.role, p.country))
    return tuple(out)


PRONOUN_START = re.compile(r"\s*(?:He|She|They|The\s+two|Both)\b")
# "Prime Minister Narendra Modi then held talks …": the next act of the day told before
_THEN_START = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){1,6}then\s+[a-z]+\b")


def continues_before(text: str, start: int) -> bool:
    """Does the sentence at `start` go on from the one before ("He …", "X then held …")?"""
    return (
        PRONOUN_START.match(text, start) is not None or _THEN_START.match(text, start) is not None
    )


def from_previous_sentence(draft: Draft, dates: list[DateMention], text: str) -> Draft:
    """ "He made the remarks at the meeting …": the date of the sentence before it (not the
    span of a visit it told, "is in New Zealand on an official visit from 12 to 15 February. The
    two Prime Ministers signed …": the act took place on one of those days)."""
    if draft.date is not None or not dates:
        return draft
    if not continues_before(text, draft.sent.start):
        return draft
    last = dates[-1]
    if last.value_end is not None and draft.type in triggers.SIGNED_TYPES:
        return draft
    if last.future is not None and last.future != (draft.status == "planned"):
        # "… held talks on Thursday. The two ministers agreed that Marcos will visit Vietnam":
        # a plan is not dated by a day already past, nor a done act by one to come
        return draft
    why = dict(draft.why)
    why["date"] = Why(last.surface, f"the sentence before, which this one continues; {last.rule}")
    return draft.replaced(date=last.value, date_end=last.value_end, why=why)


def inherit(draft: Draft, earlier: list[Draft], text: str) -> Draft:
    """A sentence like "Following the talks, they signed …" takes the date and place of the
    event it names (the talks: the last meeting; the visit: the last visit)."""
    dated = [d for d in earlier if d.date]
    if not dated or not quick.may_hold(
        quick.folded(text), draft.sent.start, draft.sent.end, _BACK_WORDS
    ):
        return draft
    ref = BACK_REFERENCE.search(text, draft.sent.start, draft.sent.end)
    if ref is None:
        return draft
    word = ref.group(0).lower()
    kind = (
        "visit"
        if "visit" in word
        else "meeting"
        if re.search(
            r"talks|meeting|negotiations|consultations|session|then|subsequently|afterwards", word
        )
        else None
    )
    if "same" in word or "occasion" in word or word.endswith(" day"):
        # "On the same day": a day of the news events before it, never a background
        # change of relations ("… established relations on January 2, 1992"), nor the
        # first day of a visit that frames them.
        dated = [d for d in dated if d.type != "diplomatic_relations" and len(d.date or "") == 10]
        dated = [d for d in dated if d.type != "visit"] or dated
        if not dated:
            return draft
    previous = next((d for d in reversed(dated) if d.type == kind), dated[-1])
    if previous.type != kind and previous.type == "diplomatic_relations":
        # "Within the framework of the visit" in a report that leaves the visit undated: that
        # visit still (not the relations "established in 1994" told last)
        previous = next((d for d in reversed(earlier) if d.type == kind), previous)
    why = dict(draft.why)
    date, date_end, location = draft.date, draft.date_end, draft.location
    # (a visit to come, whose preparations the meeting discussed, is not on its day)
    other_time = draft.status == "planned" != previous.status
    if date is None and previous.date and not other_time:
        # A day of a multi-day visit is not the whole visit: "within the framework of the
        # visit" of 13-15 May, on a day the text does not give, is in May.
        date, date_end = previous.date, previous.date_end if previous.type == draft.type else None
        # (a side meeting "on the margins of" a two-day meeting too: a day of those)
        other = previous.type != draft.type or previous.date_end is not None
        if other and "same" not in word and _several_days(previous, dated):
            date, date_end = previous.date[:7], None
        why["date"] = Why(previous.why["date"].surface, "same occasion as the event before it")
    # "During the session, they are expected to sign": not where the past talks were
    if (
        location is None
        and previous.location not in (None, "online")
        and not placeless(draft)
        and not other_time
    ):
        location = previous.location
        why["location"] = Why(previous.location, "same occasion as the event before it")
    return draft.replaced(date=date, date_end=date_end, location=location, why=why)


def _several_days(visit: Draft, dated: list[Draft]) -> bool:
    """The event spans days: an end of its own, or (a visit begun "on Sunday evening") an
    event of its states told with a later day of those three."""
    if visit.date_end:
        return True
    if visit.type != "visit" or visit.date is None or len(visit.date) != 10:
        return False
    first = visit.date
    return any(
        d.countries == visit.countries
        and d.date is not None
        and len(d.date) == 10
        and first < d.date
        and within_days(first, d.date, days=3)
        for d in dated
    )


# "on the sidelines of the summit", "who attended the summit", "The informal summit brought
# together …": an act at (or the session of) a gathering the report named before
_GATHERING_REF = re.compile(
    r"\b(?:on\s+the\s+(?:sidelines|margins)\s+of|at|during|attend(?:ed|ing|s)?)\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<g>summit|forum|conference|congress|assembly)\b",
    re.I,
)
_GATHERING_SUBJECT = re.compile(
    r"\W*The\s+(?:[\w-]+\s+){0,2}?(?P<g>summit|forum|conference|congress)\b", re.I
)
_THAT = re.compile(r"(?i)\b(?:that|this)\s+(?:[\w-]+\s+)?\w+$")
_REGION = re.compile(r"(?i)\b(?:region|province|oblast|governorate|prefecture)$")
# A word every match of _GATHERING_REF and _GATHERING_SUBJECT holds.
_GATHERINGS = ("summit", "forum", "conference", "congress", "assembly")


def gathering(
    draft: Draft,
    earlier: list[Draft],
    text: str,
    mentions: list[CountryMention] | None = None,
    published: str | None = None,
) -> Draft:
    """An act at a gathering named before with no date or city of its own ("Fidan also met
    Szijjarto on the sidelines of the summit"): the gathering's day (its month when it lasted
    several days) and its city, from the first dated event told at it, else (for the city)
    from the sentence that told the gathering ("The SCO summit opened in Astana")."""
    placed = draft.location and not _REGION.search(draft.location) and not _by_dateline(draft)
    if draft.date and placed:
        return draft
    if not quick.may_hold(quick.folded(text), draft.sent.start, draft.sent.end, _GATHERINGS):
        return draft
    ref = _GATHERING_SUBJECT.match(text, draft.sent.start, draft.sent.end) or _GATHERING_REF.search(
        text, draft.sent.start, draft.sent.end
    )
    if ref is None:
        return draft
    word = ref.group("g").lower()
    told = [
        d
        for d in earlier
        if d.date
        and d.type == "meeting"
        and d.status == draft.status
        and re.search(rf"(?i)\b{word}\b", text[d.sent.start : d.sent.end])
    ]
    # "at the end of that summit": the one just told, not the first
    last = _THAT.search(ref.group(0)) is not None
    source = (told[-1] if last else told[0]) if told else None
    if source is None or source.date is None:
        if draft.date is None:
            draft = _gathering_day(draft, word, text, published)
        return _told_gathering(draft, word, text, mentions or []) if not placed else draft
    if _another_sitting(draft, source):
        return draft
    why = dict(draft.why)
    date, date_end, location = draft.date, draft.date_end, draft.location
    if date is None:
        date = source.date[:7] if source.date_end else source.date
        date_end = None
        why["date"] = Why(source.why["date"].surface, f"at the {word} told before")
    if not placed and source.location not in (None, "online") and not placeless(draft):
        location = source.location
        why["location"] = Why(source.location, f"where the {word} told before was held")
    return draft.replaced(date=date, date_end=date_end, location=location, why=why)


def _another_sitting(draft: Draft, source: Draft) -> bool:
    """ "The first A-B-C summit was held in December 2022" after this year's summit: a date of
    its own the gathering told before does not fall on is another sitting, not held there."""
    if draft.date is None or source.date is None:
        return False
    if draft.date[:4] != source.date[:4]:
        return True
    if len(draft.date) < 10 or len(source.date) < 10:
        return False  # (a summit of some days, a side act on one of them: the same sitting)
    days = dt.date.fromisoformat(draft.date) - dt.date.fromisoformat(source.date)
    return abs(days.days) > 31


def _by_dateline(draft: Draft) -> bool:
    return draft.why["location"].rule == DATELINE_DAY


def _told_gathering(draft: Draft, word: str, text: str, mentions: list[CountryMention]) -> Draft:
    """The city of the sentence before the draft's that named the gathering as held there."""
    if placeless(draft):
        return draft
    told = list(re.compile(rf"(?i)\b{word}\b").finditer(text, 0, draft.sent.start))
    for m in reversed(told):
        end = _SENTENCE_END.search(text, m.end(), draft.sent.start)
        place = places.in_sentence(
            text, m.end(), end.start() if end else draft.sent.start, mentions, destination=False
        )
        if place is not None and place.rule != _REGION_RULE:
            why = dict(draft.why)
            why["location"] = Why(place.name, f"where the {word} told before was held")
            return draft.replaced(location=place.name, why=why)
    return draft


# A stop and the blank after it (or the text's end), or a line break: `[.!?](?:\s|$)|\n` led
# by its first character, which `re` skips to at once (the alternation of a class and a
# literal it tried at every position); at a line break the lookbehind holds and the match is
# that one character, as the second alternative's; at a stop the rest is the first's.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|\s|$)")
_REGION_RULE = "named region (no city given)"
# "The summit opened on Monday", "the two-day summit": a gathering of several days
_SEVERAL_DAYS = re.compile(
    r"(?i)\b(?:opened|opens|began|begins|started|kicked\s+off|(?:two|three|four|five|[2-5])-day)\b"
)


def _gathering_day(draft: Draft, word: str, text: str, published: str | None) -> Draft:
    """An undated act done at a gathering that no event before it dates ("Leaders gathered in
    Tegucigalpa on Wednesday for the CELAC summit. On the sidelines of the summit, A met B"):
    the one date of the last sentence before that names the gathering with a date (its month
    when the gathering lasts several days)."""
    if draft.status != "occurred" or published is None:
        return draft
    pub = dt.date.fromisoformat(published)
    for m in reversed(list(re.finditer(rf"(?i)\b{word}\b", text[: draft.sent.start]))):
        ends = list(_SENTENCE_END.finditer(text, max(0, m.start() - 400), m.start()))
        start = ends[-1].end() if ends else 0
        end = _SENTENCE_END.search(text, m.end(), draft.sent.start)
        stop = end.start() if end else draft.sent.start
        dated = [d for d in temporal.date_mentions(text, start, stop, published=pub) if d.value]
        if not dated:
            continue
        if len({d.value for d in dated}) > 1 or dated[0].future or not dated[0].value:
            return draft  # (one day told twice is one: "Tegucigalpa, Apr 9 - … on Wednesday")
        value = dated[0].value
        if len(value) == 10 and (dated[0].value_end or _SEVERAL_DAYS.search(text, start, stop)):
            value = value[:7]
        why = dict(draft.why)
        why["date"] = Why(dated[0].surface, f"at the {word} told before, dated there")
        return draft.replaced(date=value, date_end=None, why=why)
    return draft


# "The talks took place in Vientiane.", "The meeting was held at La Moneda Palace in
# Santiago.": where the act told just before happened
# "The document was signed in Tashkent on January 8.", "The MoU was signed by A and B on
# Monday in Stockholm": where (and when) the signing told just before happened
_TOOK_PLACE = re.compile(
    r"\s*(?:The|These|Both)\s+(?:[\w-]+\s+){0,2}?(?P<what>talks|meetings?|consultations|"
    r"negotiations|signing|ceremony|documents?|agreements?|visit|protocols?|treaty|treaties|"
    r"memorandum|memoranda|MoUs?|declaration|accord|instruments?)\s+(?:took\s+place|"
    r"(?:was|were)\s+(?:held|signed|conducted))\s+(?=in\s|at\s|(?<=signed\s)(?:on|by)\s)"
)
# the words of `_TOOK_PLACE` that tell talks (the others a visit, or a signing)
_TOLD_TALKS = ("talk", "meeting", "consultation", "negotiation")
_VAGUE = ("(no city given)", "no place of its own: the occasion reported that day", DATELINE_DAY)


def may_tell_place(text: str, sent: Sentence) -> bool:
    """The sentence may say where the act before it happened (a cheap first look)."""
    return (
        text.find(" place ", sent.start, sent.end) >= 0
        or text.find(" held ", sent.start, sent.end) >= 0
        or text.find(" signed ", sent.start, sent.end) >= 0
        or text.find(" conducted ", sent.start, sent.end) >= 0
    )


def told_place(
    drafts: list[Draft],
    text: str,
    sent: Sentence,
    mentions: list[CountryMention],
    published: dt.date | None = None,
) -> None:
    """Give the last act of the kind the sentence names its place, when it had none or only
    a vague one (a state, the dateline's), and the signing told before its day, when it had
    only one it borrowed (the report's)."""
    m = _TOOK_PLACE.match(text, sent.start, sent.end)
    if m is None:
        return
    place = places.in_sentence(text, m.end(), sent.end, mentions, destination=False)
    what = m.group("what").rstrip("s")
    kind = "visit" if what == "visit" else "meeting" if what in _TOLD_TALKS else "signed"
    # (a sentence naming a state makes a record of its own, which merges with the one before)
    day = (
        _signing_day(text, m.end(), sent.end, published)
        if kind == "signed" and all(c.kind == "capital" for c in mentions)
        else None
    )
    if place is None and day is None:
        return
    kinds = _SIGNED if kind == "signed" else (kind,)
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        if d.type in kinds:
            why = dict(d.why)
            if place and (d.location is None or d.why["location"].rule.endswith(_VAGUE)):
                why["location"] = Why(place.name, "the place the next sentence gives it")
                d = d.replaced(location=place.name, why=why)
            if day and d.status == "occurred" and why["date"].rule in _BORROWED_DATES:
                why["date"] = Why(day.surface, "the day the next sentence gives the signing")
                d = d.replaced(date=day.value, date_end=day.value_end, why=why)
            drafts[i] = d
            return


def _signing_day(text: str, start: int, end: int, published: dt.date | None) -> DateMention | None:
    """The one past day text[start:end] tells ("… signed in Tashkent on January 8")."""
    if published is None:
        return None
    found = [d for d in temporal.date_mentions(text, start, end, published=published) if d.value]
    if len(found) != 1 or found[0].future or len(found[0].value or "") != 10:
        return None
    return found[0]


NEWS_DAY_RULE = "no date of its own: the occasion reported that day"
# the rules of a date an act only borrows (the report's day, the day's occasion), or of none
_BORROWED_DATES = (DATELINE_DATE, NEWS_DAY_RULE, NO_DATE)


def news_day(draft: Draft, anchor: Draft | None, ctx: Context) -> Draft:
    """An undated act reported after the day's news event happened on that occasion."""
    tour = draft.why["type"].rule == triggers.TOUR  # earlier legs are not of that day
    if draft.date or draft.back_reference or draft.status != "occurred" or anchor is None or tour:
        return draft
    if not (anchor.date and ctx.published and within_days(anchor.date, ctx.published, days=7)):
        return draft
    why = dict(draft.why)
    why["date"] = Why(anchor.why["date"].surface, NEWS_DAY_RULE)
    location = draft.location
    if location is None and anchor.location not in (None, "online") and not placeless(draft):
        location = anchor.location
        why["location"] = Why(
            anchor.location, "no place of its own: the occasion reported that day"
        )
    anchor_end = anchor.date_end if anchor.type == draft.type else None
    date = anchor.date
    if anchor_end is None and anchor.date_end and _AT_CLOSE.search(draft.sent.text):
        # "The session, held from 10 to 12 June …. At the end of the ministerial session, the
        # two ministers signed …": the occasion's last day
        date = anchor.date_end
        why["date"] = Why(anchor.why["date"].surface, f"{NEWS_DAY_RULE}: its last day")
    return draft.replaced(date=date, date_end=anchor_end, location=location, why=why)


# "At the end of the session", "at the close of the talks", "on the closing day of the forum"
_AT_CLOSE = re.compile(
    r"\b(?:at\s+the\s+(?:end|close|conclusion)\s+of|on\s+the\s+(?:closing|last|final)\s+day\s+of)"
    r"\s+(?:the|its|their)\b",
    re.I,
)


def _belongs_elsewhere(trigger: Trigger, at: int, others: tuple[Trigger, ...], text: str) -> bool:
    """A place named after another event's trigger is that event's ("… and agreed to hold the
    next meeting in Buenos Aires")."""
    lo, hi = sorted((trigger.end, at))
    signed = ("visa_agreement", "mou", "agreement")
    # Documents signed together ("an agreement … and a memorandum … in Hanoi") share the place.
    together = trigger.type in signed
    # Relations established "by signing a joint communique in New York" share its place.
    means = trigger.type == "diplomatic_relations"
    # "signed in Doha an agreement …, on the occasion of the visit of X": the visit the act
    # took place on was there too
    occasion = (
        trigger.type == "visit"
        and at < trigger.start
        and _VISIT_OCCASION.search(text, max(0, trigger.start - 40), trigger.end) is not None
    )
    return any(
        o.type != trigger.type
        and lo <= o.start < hi
        and not ((together or means) and o.type in signed)
        and not (occasion and (o.type in signed or o.type == "meeting"))
        # "The Joint Communiqué establishing diplomatic relations was signed … in New York"
        and not (together and o.type == "diplomatic_relations")
        and not (  # "restored relations after a meeting in San Cristobal": its place too
            (together or means)
            and o.type == "meeting"
            and _OCCASION.search(text, max(0, o.start - 60), o.start)
        )
        for o in others
    )


_SIGNED = ("agreement", "mou", "visa_agreement")
# "the two countries signed in Doha an agreement", "the two sides are expected to sign": the
# states as the signing's subject, no person before the document
_STATES_SIGN = re.compile(
    # (not "the leaders of the two countries signed": the leaders sign)
    r"(?<!of )\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|sides|states|nations|governments)\s+"
    r"(?:(?:also|have|had|are|were|will|would|is|to|be|expected|due|set|scheduled|later|then|"
    r"earlier|today|yesterday)\s+)*(?:signed|sign|inked|ink)\b[^,;.]*$"
)
_VISIT_OCCASION = re.compile(
    r"(?i)\b(?:on\s+the\s+occasion\s+of|during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)"
    r"\s+(?:the\s+|his\s+|her\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}visits?$"
)


# "signed seven agreements at the end of talks … at State House, Entebbe": the talks the
# signing closed, held where it was.
_OCCASION = re.compile(
    r"\b(?:at\s+the\s+(?:end|close|conclusion)\s+of|after|following|during|in\s+the\s+course\s+of|"
    r"on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
)


_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:\w+\s+){0,4}$", re.I)
_SUBJECT_PRONOUN = re.compile(r"\s*(?:He|She)\s")
# "She noted that Chile was also the first to sign …", "He recalled that Kenya had …": the
# pronoun speaks of an act whose subject the that-clause names
_SPEAKER_THAT = re.compile(
    r"\s*(?:He|She)\s+(?:also\s+)?(?:said|noted|recalled|stressed|added|pointed\s+out|"
    r"emphasi[sz]ed|underlined|highlighted|mentioned|explained|observed|remarked|reminded\s+\w+)"
    r"\s+that\s+(?!(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|[Hh]is|[Hh]er)\b)(?:the\s+)?[A-Z]"
)


def pronoun_subject(draft: Draft, trigger: Trigger, text: str, last: Person | None) -> Draft:
    """ "On May 19 he met with …": the official the sentences before were about took part."""
    near = _PRONOUN.search(text, max(draft.sent.start, trigger.start - 30), trigger.start)
    # "He will attend … and hold talks with Hasina": the sentence's subject, no one named before
    subject = _SUBJECT_PRONOUN.match(text, draft.sent.start) and not any(
        p.start < trigger.start for p in draft.people
    )
    if last is None or not (near or subject):
        return draft
    if _SPEAKER_THAT.match(text, draft.sent.start, trigger.start):
        return draft  # "She noted that Chile was the first to sign …": the speaker, not a side
    if last.country not in draft.countries and last.country is not None:
        return draft
    if any(p.name == last.name for p in draft.people):
        return draft
    return draft.replaced(people=[last, *draft.people])


# "held talks with his Dominican counterpart at the National Palace": a counterpart the
# sentence does not name
_UNNAMED_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart\b(?!s)(?!,?\s+(?:[A-Z]|the\s+[A-Z]))"
)


def unnamed_counterpart(
    draft: Draft, text: str, mentions: list[CountryMention], history: list[Person]
) -> Draft:
    """ "X held talks with his Dominican counterpart": the official of that state named
    before (here as the host who invited him) whose office matches X's."""
    if draft.type != "meeting" or len(draft.countries) != 2:
        return draft
    found = _UNNAMED_COUNTERPART.search(text, draft.sent.start, draft.sent.end)
    if found is None:
        return draft
    named = [m.code for m in mentions if found.start() <= m.start < found.end()]
    sides = {p.country for p in draft.people if p.country in draft.countries}
    rest = [c for c in draft.countries if c not in sides]
    if named and named[0] in draft.countries:
        rest = [named[0]]
    if len(rest) != 1 or rest[0] in sides or not draft.people:
        return draft
    subject = next((p for p in draft.people if p.start < found.start()), draft.people[0])
    if subject.country == rest[0]:
        return draft
    # one named without a state only in this sentence ("at the invitation of President Y")
    other = next(
        (
            p
            for p in reversed(history)
            if (p.country == rest[0] or (p.country is None and p.start >= draft.sent.start))
            and p.name != subject.name
            and p.role
            and person_rules.counterparts(subject.role, p.role)
        ),
        None,
    )
    if other is None:
        return draft
    why = dict(draft.why)
    why["participants"] = Why(
        "; ".join(p.name for p in [*draft.people, other]),
        "'his counterpart' unnamed: the official of that state named before",
    )
    return draft.replaced(people=[*draft.people, replace(other, sender=False)], why=why)


_SIGNER_NOUNS = (
    r"(?:ministers|leaders|presidents|prime\s+ministers|foreign\s+ministers|"
    r"heads\s+of\s+(?:state|government)|premiers|speakers|chancellors|secretaries|officials|"
    r"chairmen|chairs)"
)
# "the two trade ministers", "the two defence ministers"
_PORTFOLIO = person_rules.PORTFOLIO_BEFORE
_SIGNERS = re.compile(
    rf"(?i)\bthe\s+(?:(?:two|three|four|five|six|seven|eight)\s+)?(?:visiting\s+)?"
    # "The two men then signed the roadmap"
    rf"(?:(?:deputy|vice|first\s+deputy)\s+)?{_PORTFOLIO}?(?P<who>{_SIGNER_NOUNS}|men|women)\s+"
    r"(?:also\s+|then\s+|later\s+|subsequently\s+|jointly\s+)?"
    r"(?:signed|inked|concluded|exchanged)\b"
    # "The Avaza Declaration was signed by the three presidents"
    r"|\b(?:signed|inked|concluded)\s+by\s+the\s+"
    rf"(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?P<by>{_SIGNER_NOUNS})\b"
    # "They also signed a joint roadmap …" after the two ministers' talks
    r"|\b(?-i:They)\s+(?:also\s+|then\s+|later\s+|subsequently\s+|jointly\s+)?"
    r"(?:signed|inked|concluded)\b"
)


def _people_of_last(earlier: list[Draft], codes: tuple[str, ...]) -> list[Person]:
    """The people of the last sentence's records when together they are of `codes` ("held
    talks with his counterparts from A and B", a meeting with each: all three ministers)."""
    if not earlier:
        return []
    last = [d for d in earlier if d.sent.start == earlier[-1].sent.start]
    if {c for d in last for c in d.countries} != set(codes):
        return []
    people = [p for d in last for p in d.people]
    # "Mirzoyan arrived in Athens …" told after the talks: the visitor alone signs nothing
    return people if len({p.country for p in people}) >= 2 else []


def signatories(draft: Draft, earlier: list[Draft], text: str) -> Draft:
    """ "The two ministers inked an MoU", "… was signed by the three presidents": the officials
    of the pair's last event with that role signed it."""
    signed = draft.type in ("visa_agreement", "mou", "agreement")
    found = _SIGNERS.search(text, draft.sent.start, draft.sent.end) if signed else None
    if found is None or draft.people:
        return draft
    if draft.status == "occurred":
        # "… will also meet the Speaker. During the meeting, the ministers signed …": a
        # meeting still to come signed nothing
        earlier = [d for d in earlier if d.status == "occurred"]
    # of its states (a meeting of four of the five that signed: "attended by A, B, C and D")
    same = [d for d in earlier if set(d.countries) <= set(draft.countries) and d.people]
    # the last meeting naming officials of both sides ("the two ministers held talks"), not a
    # later sentence's reference to the talks naming one of them
    both = [d for d in same if d.type == "meeting" and len({p.country for p in d.people}) >= 2]
    before = (
        both[-1]
        if both
        else next((d for d in reversed(same) if d.type == "meeting"), same[-1] if same else None)
    )
    # the last sentence's records together of all its states ("held separate talks with A and
    # B"), else the last meeting naming both sides
    people = _people_of_last(earlier, draft.countries) or (before.people if before else [])
    officials = [
        p for p in dict.fromkeys(people) if p.country is None or p.country in draft.countries
    ]
    if found["by"]:
        # "signed by the two presidents" after talks of ministers: not those ministers
        noun = found["by"].lower()
        officials = [p for p in officials if person_rules.fits_plural(noun, p.role or "")]
    if not officials:
        return draft
    why = dict(draft.why)
    why["participants"] = Why(
        "; ".join(p.name for p in officials),
        "'the two ministers signed': the officials of the event before",
    )
    return draft.replaced(people=officials, why=why)


_CREDENTIALS = re.compile(r"(?i)\b(?:credentials|letters?\s+of\s+credence)\b")
_ENVOY = re.compile(
    r"(?i)\b(?:ambassador|high\s+commissioner|nuncio|envoy|charg[ée]\s+d|"
    r"permanent\s+representative|head\s+of\s+(?:the\s+)?(?:mission|delegation))"
)


def _envoys_states(drafts: list[Draft], reception: Draft, envoys: list[Person]) -> list[Draft]:
    """ "received the credentials of a number of newly appointed ambassadors. They are the
    Ambassador of Japan, A; the Ambassador of Uzbekistan, B …": a reception whose sentence
    named only the host (its other side the report's pair) is one meeting with each envoy's
    state (`drafts` changed in place; the meetings returned)."""
    if reception.why["countries"].rule != party.DOMINANT_OTHER_SIDE:
        return [reception]
    hosts = {q.country for q in reception.people if q.country in reception.countries}
    states = [p.country for p in envoys if p.country and p.country not in hosts]
    if len(hosts) != 1 or not set(states) - set(reception.countries):
        return [reception]
    host = next(iter(hosts))
    at = drafts.index(reception)
    mine = [q for q in reception.people if q.country == host]
    why = {**reception.why, "countries": Why(None, "the states of the envoys named after it")}
    each = [
        reception.replaced(countries=tuple(sorted({host, code})), people=list(mine), why=why)
        for code in dict.fromkeys(states)
    ]
    drafts[at : at + 1] = each
    return each


def envoys_named_after(
    drafts: list[Draft], persons: list[Person], text: str, sent: Sentence
) -> None:
    """ "The new ambassador of Ghana presented his credentials to President X. Ambassador Y
    said …", "They are the Ambassador of Indonesia, A, …": the envoys named in the sentence
    after a reception of credentials are its guests, each in the meeting of his state (one
    whose state is not named, in the one reception of the sentence before)."""
    told = [d for d in drafts if d.sent.start < sent.start]
    if not told:
        return
    last = told[-1].sent
    if sent.start - last.end > 400 or not quick.may_hold(
        quick.folded(text), last.start, last.end, ("credentials", "credence")
    ):
        return
    envoys = [
        p
        for p in persons
        if p.start >= sent.start and p.role and not p.sender and _ENVOY.search(p.role)
    ]
    if not envoys or not _CREDENTIALS.search(text, last.start, last.end):
        return
    receptions = [d for d in told if d.sent.start == last.start and d.type == "meeting"]
    if len(receptions) == 1:
        receptions = _envoys_states(drafts, receptions[0], envoys)
    # the headline's receptions too ("President X receives credentials of ambassadors of A, B")
    earlier = [
        d
        for d in told
        if d.type == "meeting"
        and d.sent.start != last.start
        and _CREDENTIALS.search(text, d.sent.start, d.sent.end)
    ]
    for p in envoys:
        fits = [d for d in receptions if p.country is None or p.country in d.countries]
        for d in fits or [d for d in earlier if p.country in d.countries]:
            hosts = {q.country for q in d.people if q.country}
            foreign = [c for c in d.countries if c not in hosts]
            if p.country is None and len(receptions) == 1 and len(foreign) == 1:
                guest = replace(p, country=foreign[0])
            elif p.country in d.countries and p.country not in hosts:
                guest = p
            else:
                continue
            if all(q.name.casefold() != p.name.casefold() for q in d.people):
                d.people = [*d.people, guest]
                d.why = {
                    **d.why,
                    "participants": Why(
                        "; ".join(q.name for q in d.people),
                        "the envoys named after the reception of their credentials",
                    ),
                }


# "… signed an MoU, under which workers hired in Spain …": a clause about something else.
_CLAUSE_END = re.compile(
    r",\s+(?:which|under\s+which|whereby|who|whose|while|since|as\s+part|according|"
    # "… for a three-day visit, during which he is to tour a plant in Ras Al-Khair": the programme
    r"during\s+which|"
    # "…, prompting protests by students in Lae": what the act led to, elsewhere
    r"prompting|sparking|triggering|drawing|angering|causing|leading\s+to|"
    # "signed a protocol on Monday, three days after their ministers met in Almaty": another act
    r"(?:(?:a|one|two|three|four|five|six|seven|\d+|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?|hours?)\s+)?(?:after|before)|"
    # "… to establish a secretariat, to be based in Amman": where the thing set up will be
    r"(?:to\s+be\s+)?(?:based|located|headquartered))\b"
)


# ", and Iran opened …", ", and in 2008 the two governments signed …": another clause
_AND_CLAUSE = re.compile(
    r",\s+and\s+(?:[A-Z]|(?:he|she|they|it|the|its|their|in\s+\d{4}|since|later|then)\b)"
)
# "won contracts in Turkmenistan since the two nations established relations": a relation's
# own clause starts at the word that subordinates it
_SUBORDINATE = re.compile(r"(?i)\b(?:since|when|after|because|although|while|until)\s+")


def _own_clause_start(text: str, sent: Sentence, trigger: Trigger) -> int:
    """Where the place before a trigger is looked for: a relation's own clause."""
    if trigger.type != "diplomatic_relations":
        return sent.start
    lead = [m.end() for m in _SUBORDINATE.finditer(text, sent.start, trigger.start)]
    return lead[-1] if lead else sent.start


# "during a visit to Hanoi", "travelled to Bissau, where he held talks": where it was held.
_TRAVEL = re.compile(
    r"(?i)\b(?:visit|travel(?:s|led|ed)?\s+to|flew\s+to|arrived\s+in|went\s+to|took\s+(?:him|her)\s+to)"
)
_TRAVEL_WORDS = ("visit", "travel", "flew", "arrived", "went", "took")  # one in every match


# The same matches, found faster: a first-character guard on each (see `quick`).
FUTURE = quick.fold(FUTURE)
_FUTURE_PLAIN = prefilter.sift(quick.fold(_FUTURE_PLAIN))
BACK_REFERENCE = quick.fold(BACK_REFERENCE)
_GATHERING_REF = quick.guard(_GATHERING_REF)
_SIGNING_BY = quick.guard(_SIGNING_BY)
_GATHERING_SUBJECT = quick.guard(_GATHERING_SUBJECT)
_ASIDE = prefilter.sift(quick.guard(_ASIDE))
_CLAUSE_VISIT = quick.guard(_CLAUSE_VISIT)
_PAST_BEFORE = quick.guard(_PAST_BEFORE)
_WHAT_IT_DOES = quick.guard(_WHAT_IT_DOES)
_NEWS_DAY = quick.lead(_NEWS_DAY)
_PRONOUN = quick.guard(_PRONOUN)
_SIGNERS = prefilter.sift(quick.fold(_SIGNERS))
_TRAVEL = prefilter.sift(quick.fold(_TRAVEL))
_DEST_END = quick.lead(_DEST_END)
_AND_CLAUSE = quick.lead(_AND_CLAUSE)
_SUBORDINATE = quick.lead(_SUBORDINATE)
_NEXT_ACT = quick.lead(_NEXT_ACT)
# (searched in the sentence of every trigger: at once where none of its words stands)
_CLAUSE_BREAK = prefilter.sift(quick.lead(_CLAUSE_BREAK))
_SAID_AFTER = prefilter.sift(quick.guard(_SAID_AFTER))
_SINCE = quick.guard(_SINCE)
_DOMESTIC = quick.guard(_DOMESTIC)
_RELATIVE_BEFORE = quick.guard(_RELATIVE_BEFORE)
_PAST_ACT = quick.lead(_PAST_ACT)
# Searched for every trigger: answered at once where none of their words stands (`prefilter`).
_PREPARED_FOR = prefilter.sift(_PREPARED_FOR)
# (matched after every meeting and visit: its lazy run of words backtracks far)
_PLANNED_PREDICATE = prefilter.sift(_PLANNED_PREDICATE)
# (searched in the sentence of every meeting of two states: at once where "counterpart" is not)
_UNNAMED_COUNTERPART = prefilter.sift(quick.guard(_UNNAMED_COUNTERPART))
# (matched after every trigger noun: its lazy run of words backtracks far)
_NAME_THEN_FUTURE = prefilter.sift(_NAME_THEN_FUTURE)
