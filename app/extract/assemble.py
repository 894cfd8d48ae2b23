"""Turn one sentence's triggers into event drafts: parties, date, status, place, people."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.extract import parties as party
from app.extract import people as person_rules
from app.extract import places, prefilter, quick, temporal, triggers
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
    r"\b(?:will|shall|is\s+to|are\s+to|(?:is|are)\s+due\s+to|due\s+to\s+(?:take\s+place|be\s+held)|"
    r"(?:is|are|was|were)\s+(?:also\s+|now\s+|reportedly\s+)?(?:scheduled|expected|set|slated|planned|going)\s+to|"
    r"scheduled\s+for|later\s+this\s+(?:week|month|year)|(?:is|are)\s+expected\s+in\s+(?=[A-Z])|"
    r"plans?\s+to|planning\s+to|intends?\s+to|upcoming|forthcoming|next\s+(?:week|month|year)|"
    r"would\s+(?:visit|travel|meet|hold|sign|be\s+held|take\s+place|pay)|"
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


NOT_PARTICIPANT = re.compile(
    r"^(?:the\s+)?(?:former|late|first\s+president|national\s+leader)\b", re.I
)
BACK_REFERENCE = re.compile(
    r"\b(?:following|after|during|on\s+the\s+sidelines\s+of|within\s+the\s+framework\s+of|"
    r"at\s+the\s+end\s+of|in\s+the\s+course\s+of)\s+the\s+(?:talks|meeting|visit|negotiations|"
    r"consultations|session)\b|\b(?:on\s+)?the\s+same\s+(?:day|occasion)\b|"
    r"\b(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day\b|\bon\s+(?:that|this)\s+"
    r"occasion\b|\bafter\s+the\s+(?:talks|meeting)\b",
    re.I,
)
# A word every match of BACK_REFERENCE holds.
_BACK_WORDS = (
    "following", "after", "during", "sidelines", "framework", "end", "course", "same", "later",
    "earlier", "occasion",
)  # fmt: skip
PHONE = "a phone call has no place"
_HERE = re.compile(r"\bhere\b")
_PHONE = re.compile(r"\b(?:phone|telephone)\b", re.I)


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

    def replaced(self, **changes: Any) -> Draft:
        """`dataclasses.replace(self, **changes)`, without its per-field checks: every field
        of a draft is a plain one, set by `__init__` from its value."""
        return Draft(**{**self.__dict__, **changes})


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


def _date_for(
    trigger: Trigger,
    dates: list[DateMention],
    ctx: Context,
    sent: Sentence | None = None,
    others: tuple[Trigger, ...] = (),
) -> tuple[str | None, str | None, Why]:
    unperiodic = [d for d in dates if not _for_period(ctx.text, d)]
    usable = unperiodic
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
            # "the 60th anniversary of their relations, established in 1964": the year itself
            return year, None, Why(base.surface if base else year, "the year the relations began")
        value = years_before(year, trigger.anniversary)
        return (
            value,
            None,
            Why(trigger.surface, f"anniversary: {year} minus {trigger.anniversary} years"),
        )
    chosen = _nearest(trigger, usable)
    if chosen is None:
        return None, None, Why(None, "no date in the sentence")
    chosen = temporal.finer_within(ctx.text, chosen, unperiodic)
    if trigger.type == "visit" and sent is not None:
        start, end, span = temporal.visit_span(ctx.text, sent.start, sent.end, chosen, dates)
        if span:
            return start, end, Why(chosen.surface, f"{chosen.rule}; visit span: {span}")
    if trigger.type in triggers.SIGNED_TYPES and chosen.value and chosen.value_end:
        # "during the visit to Tashkent on 16-17 May 2024, … documents were signed": a
        # signing on a day of those the text does not give is in their month
        same = chosen.value[:7] == chosen.value_end[:7]
        value = chosen.value[:7] if same else chosen.value[:4]
        return value, None, Why(chosen.surface, f"{chosen.rule}; a signing on one of those days")
    return chosen.value, chosen.value_end, Why(chosen.surface, chosen.rule)


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
    return None, None, Why(None, "no date in the sentence")


def _for_period(text: str, d: DateMention) -> bool:
    return _period(text, d) or _attributive(text, d)


def _attributive(text: str, d: DateMention) -> bool:
    """ "the 1997 agreement": a year naming another document, not the date of this act."""
    before = text[max(0, d.start - 4) : d.start]
    return (
        d.precision == "year"
        and before.endswith("the ")
        and bool(re.match(r"\s+[A-Za-z]", text[d.end : d.end + 3]))
    )


def _period(text: str, d: DateMention) -> bool:
    """ "a programme for 2023-2024": a period the document covers, not a date of the act;
    "his first since he assumed office in 2023": the date of something else."""
    if d.precision == "year" and _FOR_YEARS.search(text[max(0, d.start - 15) : d.start]):
        return True
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
)
_PAST_ACT = re.compile(r"\b(?:signed|inked|met|held|arrived|visited|received|concluded|hosted)\b")


def _what_it_will_do(text: str, start: int, f: re.Match[str]) -> bool:
    """The future form `f` says what a thing done in the past will do ("signed a protocol
    under which Tunisia will train …"), not that an act is to come."""
    if _FUTURE_ACT.match(text, f.end()):
        return False  # "… which will be signed next week"
    if _WHAT_IT_DOES.search(text, max(start, f.start() - 8), f.start()):
        return True
    relative = _RELATIVE_BEFORE.search(text, max(start, f.start() - 60), f.start())
    return relative is not None and _PAST_ACT.search(text, start, relative.start()) is not None


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
    if temporal.in_past_clause(text, sent.start, sent.end, trigger.start):
        return "occurred", Why(None, "told in a relative clause in the past")
    if trigger.type == "diplomatic_relations" and (
        trigger.anniversary is not None
        or (date and ctx.published and date < ctx.published[: len(date)])
    ):
        # "will mark the 30th anniversary of diplomatic relations next year": what is marked
        # is the establishment, already done (as is relations dated before the report)
        return "occurred", Why(date, "relations established before the report")
    window_start = max(sent.start, trigger.start - 140)
    future = next(
        (
            f
            for f in _futures(text, window_start, min(sent.end, trigger.end + 40))
            if not _what_it_will_do(text, sent.start, f)
            and not (f.group("headline") and _PAST_BEFORE.search(text, sent.start, f.start()))
        ),
        None,
    )
    if future:
        return "planned", Why(future.group(0), "future form near the trigger")
    if trigger.type == "meeting" and temporal.planned_clause(
        text, trigger.end, min(sent.end, trigger.end + 160)
    ):
        return "planned", Why(None, "a clause after it says it is due to take place")
    if date and ctx.published and date[:10] > ctx.published[: len(date)]:
        return "planned", Why(date, "date after the document date")
    return "occurred", Why(None, "reported as done")


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence standing at `at` ends (its full stop or the line's end)."""
    m = _SENTENCE_END.search(text, at)
    return m.end() if m else len(text)


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
    if text and _aside(text, trigger, others):
        return []
    kept = [p for p in people if not (p.role and NOT_PARTICIPANT.match(p.role)) and not p.sender]
    kept = [p for p in kept if p.country is None or p.country in codes]
    if type == "diplomatic_relations" and text:
        # "relations reached a new level thanks to the leaders of both states, according to
        # X": relations have participants only when the sentence names who signed them
        signed = triggers.SIGN.search(text, sent_start, max(sent_start, trigger.end + 200))
        kept = [p for p in kept if signed and text[p.start : p.end] == p.name]
    if text:
        kept = [p for p in kept if not person_rules.reports(text, p, trigger.start)]
        end = _sentence_end(text, trigger.end)
        kept = [
            p for p in kept if not person_rules.attributes(text, p, sent_start, trigger.end, end)
        ]
        if type in triggers.SIGNED_TYPES:
            kept = [p for p in kept if not person_rules.witnesses(text, p, sent_start)]
        kept = person_rules.same_part(text, sent_start, trigger.start, kept)
    if text and type != "visit":
        # "… since the visit of HM King Mohammed VI": the visitor of another event
        away = [
            person_rules.visit_of(text, o, kept)
            for o in others
            if o.type == "visit" and o is not trigger
        ]
        kept = [p for p in kept if not any(a is not None and a.start == p.start for a in away)]
    if type == "visit" and traveller is not None:
        # "Marcos Jr., who is paying a state visit", "the visit of King Mohammed VI": the one
        # who travels, and officials of his state.
        return [
            p
            for p in kept
            if p.name == traveller.name or (traveller.country and p.country == traveller.country)
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
            )
        ]
    if type == "visit" and visitor:
        # The visitor's officials, or an official without a country named before the verb.
        guest = trigger.surface.lower().startswith(_GUEST_VERBS)
        kept = [
            p
            for p in kept
            if p.country == visitor or (p.country is None and p.start < trigger.start and not guest)
        ]
    return kept


_ASIDE = re.compile(
    r"(?i)\b(?:following|after|before|prior\s+to|at\s+the\s+(?:end|close)\s+of|"
    r"on\s+the\s+sidelines\s+of)\s+(?:the|their|these|this)\s+$"
)


def _aside(text: str, trigger: Trigger, others: tuple[Trigger, ...]) -> bool:
    """ "Following the meeting, A and B signed an MoU": the meeting is named only to time
    another act of the sentence, whose people are not its people."""
    if not _ASIDE.search(text, max(0, trigger.start - 30), trigger.start):
        return False
    return any(o.type != trigger.type and o.start > trigger.end for o in others)


_GUEST_VERBS = ("visiting", "hosted", "hosts", "welcomed")


def _visitor(
    trigger: Trigger,
    people: list[Person],
    host: str | None,
    mentions: list[CountryMention],
    codes: set[str],
    traveller: Person | None = None,
) -> str | None:
    """Who travels: the guest after "visiting"/"hosted", else the first official not of the host."""
    if traveller is not None and traveller.country:
        return traveller.country
    if trigger.surface.lower().startswith(_GUEST_VERBS):
        guest = next((p.country for p in people if p.start >= trigger.end and p.country), None)
        if guest:
            return guest
    others = [p.country for p in people if p.country and p.country != host]
    others += [m.code for m in mentions if m.code != host and m.code in codes]
    return others[0] if others else None


_ON_A = re.compile(r"\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}")


def _visit_host(
    trigger: Trigger, sent: Sentence, text: str, mentions: list[CountryMention]
) -> tuple[CountryMention | None, places.Place | None]:
    dest = places.in_sentence(text, trigger.start, sent.end, mentions, destination=True)
    if dest is None:
        # "…, who is in Uzbekistan on a state visit": the place just before the visit.
        lead = max(sent.start, trigger.start - 70)
        near = places.in_sentence(text, lead, trigger.start, mentions, destination=False)
        if near is None or not _ON_A.fullmatch(text, near.end, trigger.start):
            return None, None
        dest = near
    host = [m for m in mentions if m.start == dest.start]
    return (host[0] if host else None), dest


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
        keep = frozenset({host.code}) if host else frozenset()
    lo, hi = _clause(text, sent, trigger)
    codes, surfaces = party.sentence_parties(
        text, lo, hi, mentions, people, ctx.roles, keep_venue=keep, trigger_end=trigger.end
    )
    if len(codes) < 2 and (lo, hi) != (sent.start, sent.end):
        codes, surfaces = party.sentence_parties(
            text,
            sent.start,
            sent.end,
            mentions,
            people,
            ctx.roles,
            keep_venue=keep,
            trigger_end=trigger.end,
        )
    pronoun = _PRONOUN.search(text, max(sent.start, trigger.start - 30), trigger.start)
    if subject and subject.country and pronoun:
        codes.add(subject.country)  # "On 2 June she held talks with …"
    if trigger.type == "visit":
        traveller = person_rules.traveller(text, sent.start, trigger, people)
        visitor = _visitor(trigger, people, host.code if host else None, mentions, codes, traveller)
        if host:
            codes = {host.code, visitor} if visitor else {host.code}
    context_rule = None
    if group and codes <= group and not (trigger.type == "visit" and host):
        codes = codes | group
        context_rule = "the members of the group the sentence names"
    if not _domestic(text, sent, people, codes, trigger):
        codes, context_rule = party.with_context(codes, text, sent.start, sent.end, ctx.dominant)
    if len(codes) < 2:
        return None
    date, date_end, date_why = _date_for(trigger, dates, ctx, sent, others)
    status, status_why = _status(trigger, sent, text, date, ctx)
    location, location_why = _location(trigger, sent, mentions, dest, date, status, ctx, others)
    chosen = _participants(
        trigger.type, people, codes, visitor, trigger, text, traveller, others, sent.start
    )
    return Draft(
        back_reference=triggers.is_back_reference(text, trigger),
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


# "Indonesia is Algeria's fourth largest partner, while Sweden and Algeria mark the 60th
# anniversary of their relations": the clause of the trigger names its parties.
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but|although|though|even\s+as)\s|;\s")


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
    text: str, sent: Sentence, people: list[Person], codes: set[str], trigger: Trigger
) -> bool:
    """A meeting of one state's own officials, which the report's pair must not complete
    (but "X and Y took part in the meeting as well" joins the meeting already told)."""
    if len(codes) != 1 or triggers.is_back_reference(text, trigger):
        return False
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
        if online:
            return "online", Why(online.group(0), "video or online meeting")
    sentence = text[sent.start : sent.end]
    if ctx.dateline and "here" in sentence and _HERE.search(sentence):
        return ctx.dateline.name, Why("here", "'here': the dateline's city")
    if quick.may_hold(quick.folded(text), sent.start, sent.end, ("phone",)) and _PHONE.search(
        sentence
    ):
        return None, Why(None, PHONE)
    # The place after the trigger first: "X, who attended the summit in Johannesburg, met Y
    # in Luanda"; else one before it ("In Baku, X met Y").
    clause = _CLAUSE_END.search(text, trigger.end, sent.end)
    after = places.in_sentence(
        text, trigger.start, clause.start() if clause else sent.end, mentions, destination=False
    )
    found = after
    if after is None or after.rule != "named city":
        # The place after the trigger, unless it names only a state and a city stands before.
        before = places.in_sentence(text, sent.start, trigger.end, mentions, destination=False)
        city_before = before is not None and before.rule == "named city"
        found = before if after is None or city_before else after
    if found and _belongs_elsewhere(trigger, found.start, others):
        found = None
    if trigger.type == "visit" and dest:
        if (
            found
            and found.rule == "named city"
            and found.start != dest.start
            and text[max(0, found.start - 3) : found.start] != "at "
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
        return dest.name, Why(dest.name, f"visit destination, {dest.rule}")
    if found:
        return found.name, Why(found.name, found.rule)
    if (
        trigger.type != "visit"
        and quick.may_hold(quick.folded(text), sent.start, sent.end, _TRAVEL_WORDS)
        and _TRAVEL.search(text, sent.start, sent.end)
    ):
        visit_dest = places.in_sentence(text, sent.start, sent.end, mentions, destination=True)
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
        return ctx.dateline.name, Why(ctx.dateline.name, "dateline city, event of the news day")
    return None, Why(None, "no place named")


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


def from_previous_sentence(draft: Draft, dates: list[DateMention], text: str) -> Draft:
    """ "He made the remarks at the meeting …": the date of the sentence before it."""
    if draft.date is not None or not dates or not PRONOUN_START.match(text, draft.sent.start):
        return draft
    last = dates[-1]
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
        if re.search(r"talks|meeting|negotiations|consultations|session", word)
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
    why = dict(draft.why)
    date, date_end, location = draft.date, draft.date_end, draft.location
    if date is None and previous.date:
        # A day of a multi-day visit is not the whole visit: "within the framework of the
        # visit" of 13-15 May, on a day the text does not give, is in May.
        date, date_end = previous.date, previous.date_end if previous.type == draft.type else None
        if previous.type != draft.type and "same" not in word and _several_days(previous, dated):
            date = previous.date[:7]
        why["date"] = Why(previous.why["date"].surface, "same occasion as the event before it")
    if location is None and previous.location not in (None, "online") and not placeless(draft):
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
_REGION = re.compile(r"(?i)\b(?:region|province|oblast|governorate|prefecture)$")
# A word every match of _GATHERING_REF and _GATHERING_SUBJECT holds.
_GATHERINGS = ("summit", "forum", "conference", "congress", "assembly")


def gathering(draft: Draft, earlier: list[Draft], text: str) -> Draft:
    """An act at a gathering named before with no date or city of its own ("Fidan also met
    Szijjarto on the sidelines of the summit"): the gathering's day (its month when it lasted
    several days) and its city, from the first dated event told at it."""
    if draft.date and draft.location and not _REGION.search(draft.location):
        return draft
    if not quick.may_hold(quick.folded(text), draft.sent.start, draft.sent.end, _GATHERINGS):
        return draft
    ref = _GATHERING_SUBJECT.match(text, draft.sent.start, draft.sent.end) or _GATHERING_REF.search(
        text, draft.sent.start, draft.sent.end
    )
    if ref is None:
        return draft
    word = ref.group("g").lower()
    source = next(
        (
            d
            for d in earlier
            if d.date
            and d.type == "meeting"
            and d.status == draft.status
            and re.search(rf"(?i)\b{word}\b", text[d.sent.start : d.sent.end])
        ),
        None,
    )
    if source is None or source.date is None:
        return draft
    why = dict(draft.why)
    date, date_end, location = draft.date, draft.date_end, draft.location
    if date is None:
        date = source.date[:7] if source.date_end else source.date
        date_end = None
        why["date"] = Why(source.why["date"].surface, f"at the {word} told before")
    unplaced = location is None or _REGION.search(location) is not None
    if unplaced and source.location not in (None, "online") and not placeless(draft):
        location = source.location
        why["location"] = Why(source.location, f"where the {word} told before was held")
    return draft.replaced(date=date, date_end=date_end, location=location, why=why)


NEWS_DAY_RULE = "no date of its own: the occasion reported that day"


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
    return draft.replaced(date=anchor.date, date_end=anchor_end, location=location, why=why)


def _belongs_elsewhere(trigger: Trigger, at: int, others: tuple[Trigger, ...]) -> bool:
    """A place named after another event's trigger is that event's ("… and agreed to hold the
    next meeting in Buenos Aires")."""
    lo, hi = sorted((trigger.end, at))
    signed = ("visa_agreement", "mou", "agreement")
    # Documents signed together ("an agreement … and a memorandum … in Hanoi") share the place.
    together = trigger.type in signed
    # Relations established "by signing a joint communique in New York" share its place.
    means = trigger.type == "diplomatic_relations"
    return any(
        o.type != trigger.type
        and lo <= o.start < hi
        and not ((together or means) and o.type in signed)
        for o in others
    )


_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:\w+\s+){0,3}$", re.I)
_SUBJECT_PRONOUN = re.compile(r"\s*(?:He|She)\s")


def pronoun_subject(draft: Draft, trigger: Trigger, text: str, last: Person | None) -> Draft:
    """ "On May 19 he met with …": the official the sentences before were about took part."""
    near = _PRONOUN.search(text, max(draft.sent.start, trigger.start - 30), trigger.start)
    # "He will attend … and hold talks with Hasina": the sentence's subject, no one named before
    subject = _SUBJECT_PRONOUN.match(text, draft.sent.start) and not any(
        p.start < trigger.start for p in draft.people
    )
    if last is None or not (near or subject):
        return draft
    if last.country not in draft.countries and last.country is not None:
        return draft
    if any(p.name == last.name for p in draft.people):
        return draft
    return draft.replaced(people=[last, *draft.people])


_SIGNERS = re.compile(
    r"\b[Tt]he\s+(?:two\s+)?(?:ministers|leaders|presidents|prime\s+ministers|foreign\s+ministers|"
    r"heads\s+of\s+state|premiers|speakers)\s+(?:also\s+|then\s+)?(?:signed|inked|concluded)\b"
)


def signatories(draft: Draft, earlier: list[Draft], text: str) -> Draft:
    """ "The two ministers inked an MoU": the officials of the pair's last event signed it."""
    signed = draft.type in ("visa_agreement", "mou", "agreement")
    if not signed or draft.people or not _SIGNERS.search(text, draft.sent.start, draft.sent.end):
        return draft
    same = [d for d in earlier if d.countries == draft.countries and d.people]
    before = next((d for d in reversed(same) if d.type == "meeting"), same[-1] if same else None)
    if before is None:
        return draft
    officials = [p for p in before.people if p.country is None or p.country in draft.countries]
    why = dict(draft.why)
    why["participants"] = Why(
        "; ".join(p.name for p in officials),
        "'the two ministers signed': the officials of the event before",
    )
    return draft.replaced(people=officials, why=why)


# "… signed an MoU, under which workers hired in Spain …": a clause about something else.
_CLAUSE_END = re.compile(
    r",\s+(?:which|under\s+which|whereby|who|whose|while|since|as\s+part|according)\b"
)


# "during a visit to Hanoi", "travelled to Bissau, where he held talks": where it was held.
_TRAVEL = re.compile(
    r"(?i)\b(?:visit|travel(?:s|led|ed)?\s+to|flew\s+to|arrived\s+in|went\s+to|took\s+(?:him|her)\s+to)"
)
_TRAVEL_WORDS = ("visit", "travel", "flew", "arrived", "went", "took")  # one in every match


# The same matches, found faster: a first-character guard on each (see `quick`).
FUTURE = quick.fold(FUTURE)
_FUTURE_PLAIN = quick.fold(_FUTURE_PLAIN)
BACK_REFERENCE = quick.fold(BACK_REFERENCE)
_GATHERING_REF = quick.guard(_GATHERING_REF)
_GATHERING_SUBJECT = quick.guard(_GATHERING_SUBJECT)
_ASIDE = quick.guard(_ASIDE)
_CLAUSE_VISIT = quick.guard(_CLAUSE_VISIT)
_PAST_BEFORE = quick.guard(_PAST_BEFORE)
_WHAT_IT_DOES = quick.guard(_WHAT_IT_DOES)
_NEWS_DAY = quick.guard(_NEWS_DAY)
_PRONOUN = quick.guard(_PRONOUN)
_SIGNERS = prefilter.sift(quick.guard(_SIGNERS))
_TRAVEL = prefilter.sift(quick.guard(_TRAVEL))
_SINCE = quick.guard(_SINCE)
_DOMESTIC = quick.guard(_DOMESTIC)
_RELATIVE_BEFORE = quick.guard(_RELATIVE_BEFORE)
_PAST_ACT = quick.guard(_PAST_ACT)
