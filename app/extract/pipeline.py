"""Run the extraction stages over one document.

Stages: sentences → triggers → countries and people → dates → parties, status,
place → one record per event (headline and body merged) → drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from app.extract import (
    assemble,
    home,
    people,
    places,
    prefilter,
    quick,
    sentences,
    split,
    temporal,
    triggers,
)
from app.extract import parties as party
from app.extract.assemble import Context, Draft
from app.extract.countries import Gazetteer
from app.extract.types import (
    PRECISIONS,
    CountryMention,
    DateMention,
    EventDraft,
    Extraction,
    Publication,
    Sentence,
    Status,
    Why,
)


@dataclass(frozen=True)
class Resources:
    """Gazetteers and patterns, loaded once and shared by every run."""

    gazetteer: Gazetteer


def load_resources() -> Resources:
    return Resources(gazetteer=Gazetteer.load())


SIGNED = triggers.SIGNED_TYPES  # precedence, highest first


def _same_kind(a: Draft, b: Draft) -> bool:
    if a.type == b.type:
        return True
    signed = a.type in SIGNED and b.type in SIGNED
    return signed and (a.back_reference or b.back_reference)


def _online_and_in_person(a: Draft, b: Draft) -> bool:
    """ "accepted the credentials … at Riga Castle" and "later held a video conference with
    President Zelensky": a meeting online and one in a named place, with someone the other does
    not name, are two meetings (leaders who also open a plant "via video link" are one)."""
    places = {a.location, b.location}
    if not ("online" in places and None not in places and len(places) == 2):
        return False
    return {p.name.casefold() for p in a.people} != {p.name.casefold() for p in b.people}


def _same_event(kept: Draft, draft: Draft) -> bool:
    """A repeat (headline and body, "the meeting …") rather than a second event."""
    same_visit = kept.type == draft.type == "visit" and kept.countries == draft.countries
    if same_visit and (_leg(kept, draft) or _leg(draft, kept)):
        return True  # "is scheduled to visit Samarkand on Saturday": a day of the visit
    # "before concluding his visit", "arrived on Tuesday" and "the visit" told on Wednesday:
    # the visit under way, on a later day
    if (
        draft.type == kept.type == "visit"
        and kept.countries == draft.countries
        and (draft.back_reference or _days_apart(kept, draft, 2))
    ):
        return True
    if (
        draft.back_reference
        and kept.type == draft.type
        and set(draft.countries) < set(kept.countries)
    ):
        return True  # "At the end of the meeting, the parties agreed": the three-party meeting
    if (
        kept.countries != draft.countries
        or not _same_kind(kept, draft)
        or not (_contains(kept, draft) or _legs(kept, draft))
    ):
        return False
    if kept.sent == draft.sent and kept.type != draft.type:
        return False  # "four memoranda … as well as an agreement on visa exemption": two acts
    if kept.back_reference or draft.back_reference:
        return True
    if _online_and_in_person(kept, draft):
        return False
    # "visited Doha in March" and "is scheduled to pay a state visit … in the autumn"
    if (
        kept.status != draft.status
        and kept.date
        and draft.date
        and len(kept.date) != len(draft.date)
    ):
        return False
    if kept.type == "visit" and _within_visit(kept, draft):
        return True  # "Prachanda will travel to Indore on Friday": a leg of the visit
    if _later_plan(kept, draft) or _later_plan(draft, kept):
        return False
    if _headline(kept) or _headline(draft):
        return True  # a headline names whoever it features, not always who signed or met
    a = {p.name.casefold() for p in kept.people}
    b = {p.name.casefold() for p in draft.people}
    return not a or not b or _names_within(a, b) or _names_within(b, a)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}  # fmt: skip
_THE_N = re.compile(
    r"(?i)\bthe\s+(?P<n>three|four|five|six|seven|eight)\s+(?:[\w-]+\s+)?"
    r"(?:countries|states|nations|leaders|presidents|prime\s+ministers|heads\s+of\s+state)\b"
)


@dataclass(frozen=True, slots=True)
class _Group:
    """How a sentence names states as a group (read once per sentence, see `_group`)."""

    members: frozenset[str]  # a bloc's members ("the five Nordic countries")
    count: int | None  # "the three countries", "the five prime ministers"
    round: bool  # "the previous summit"


def _group_of(text: str, sent: Sentence, published: str | None) -> _Group:
    """The group the sentence names (its words only; `_group` finds its states)."""
    members = party.bloc_members(text, sent.start, sent.end, published)
    if members:
        return _Group(frozenset(members), None, False)
    low = quick.folded(text)
    if quick.may_hold(low, sent.start, sent.end, _COUNTS):
        m = _THE_N.search(text, sent.start, sent.end)
        if m is not None:
            return _Group(frozenset(), _NUMBERS[m.group("n").lower()], False)
    round_words = quick.may_hold(low, sent.start, sent.end, _ROUND_FIRST)
    return _Group(
        frozenset(), None, round_words and bool(_ROUND.search(text, sent.start, sent.end))
    )


def _group(group: _Group, drafts: list[Draft]) -> frozenset[str]:
    """States the sentence names as a group: a bloc's members ("the five Nordic countries"),
    or "the three countries"/"the five prime ministers" of the last event with that many."""
    if group.members:
        return group.members
    if group.count is not None:
        last = next((d for d in reversed(drafts) if len(d.countries) == group.count), None)
        return frozenset(last.countries) if last else frozenset()
    if group.round:
        # "The previous summit took place in Khiva": a round of the meetings already told
        last = next(
            (d for d in reversed(drafts) if d.type == "meeting" and not d.back_reference), None
        )
        return frozenset(last.countries) if last else frozenset()
    return frozenset()


# A word every match of _THE_N holds, and one every match of _ROUND does.
_COUNTS = ("three", "four", "five", "six", "seven", "eight")
_ROUND_FIRST = (
    "next", "previous", "last", "first", "second", "third", "earlier", "upcoming", "forthcoming",
)  # fmt: skip


_ROUND = re.compile(
    r"(?i)\b(?:next|previous|last|first|second|third|earlier|upcoming|forthcoming)\s+"
    r"(?:[\w-]+\s+){0,2}(?:summit|meeting|session|round|talks|consultations)\b"
)


def _completed(d: Draft) -> bool:
    """The draft's states came from the document's pair, not from its sentence."""
    return "dominant pair" in d.why["countries"].rule


_NEXT = re.compile(r"(?i)\b(?:next|following|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,2}$")


def _series(draft: Draft, trigger: triggers.Trigger, drafts: list[Draft], text: str) -> Draft:
    """ "The next ministerial meeting is scheduled for 20 August" naming no state: the next of
    the meetings already told, between the states of the first of them that covers its pair."""
    if not _completed(draft) or not _NEXT.search(text, max(0, trigger.start - 40), trigger.start):
        return draft
    for d in drafts:
        if d.type == draft.type and not _completed(d) and set(draft.countries) < set(d.countries):
            return draft.replaced(countries=d.countries)
    return draft


def _headline_people(head: list[people.Person], body: list[people.Person]) -> list[people.Person]:
    """The headline's people the body keeps: a name the body repeats, or one of a state the
    body names nobody of ("Ghana and Togo sign MoU as President Mahama ends visit" and two
    ministers signing it: Mahama took no part)."""
    words = {w for p in body for w in p.name.casefold().split()}
    states = {p.country for p in body}
    return [
        p
        for p in head
        if set(p.name.casefold().split()) & words or (p.country and p.country not in states)
    ]


def _headline(d: Draft) -> bool:
    """The draft comes from a title line: a sentence with no closing punctuation."""
    return not d.sent.text.rstrip("\"'’” )").endswith((".", "!", "?", ":"))


def _legs(a: Draft, b: Draft) -> bool:
    """Two mentions of one visit: a day of one inside the other's span."""
    return a.type == b.type == "visit" and _within_visit(a, b)


def _fuller(persons: list[people.Person]) -> list[people.Person]:
    """Drop a one-word name that is a word of a full name kept too ("Modi", "Narendra Modi"),
    the full one taking its place."""
    words = {w for p in persons if " " in p.name for w in p.name.casefold().split()}
    full = {w: p for p in persons if " " in p.name for w in p.name.casefold().split()}
    out: list[people.Person] = []
    for p in persons:
        if " " not in p.name and p.name.casefold() in words:
            q = full[p.name.casefold()]
            if q not in out:
                out.append(q)
        elif p not in out:
            out.append(p)
    return out


def _names_within(a: set[str], b: set[str]) -> bool:
    """Every name of `a` is one of `b`, or a word of one ("Modi" in a headline, "Narendra
    Modi" in the body)."""
    words = {w for name in b for w in name.split()}
    return all(name in b or (" " not in name and name in words) for name in a)


_LATER = re.compile(r"(?i)^(?:later|next|coming|early\s+next|the\s+coming)\b")


def _later_plan(planned: Draft, done: Draft) -> bool:
    """ "Tuggar is expected in Rabat later this month" after a meeting held this month: a second,
    planned event, not a repeat of the one that took place."""
    surface = planned.why["date"].surface or ""
    return (
        planned.status == "planned"
        and done.status == "occurred"
        and planned.date is not None
        and done.date is not None
        and bool(_LATER.match(surface))
    )


_N_DAYS = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])[- ]day\b"
)


def _last_day(d: Draft) -> str | None:
    """The visit's last day: its stated end, else its first day plus the "three-day" its
    sentence gives (a span to recognise later legs by, never a date of the record)."""
    if d.date_end or d.date is None or len(d.date) != 10:
        return d.date_end
    found = _N_DAYS.search(d.sent.text) if "day" in d.sent.text else None
    if found is None:
        return None
    days = _days_of(found.group("n"))
    return (dt.date.fromisoformat(d.date) + dt.timedelta(days=days - 1)).isoformat()


def _days_of(word: str) -> int:
    """The number of an "N-day" span: "three" or "3"."""
    word = word.lower()
    return _NUMBERS[word] if word in _NUMBERS else int(word)


# "arrived on Monday for a three-day state visit", "a two-day official visit that began yesterday"
_N_DAY_VISIT = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])[- ]day\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\b"
)


def _visit_ends(drafts: list[Draft]) -> list[Draft]:
    """A visit of a known first day that its sentence calls an "N-day visit" ends N-1 days
    later (the guide's `date_end`: the last day of a multi-day event)."""
    return [_visit_end(d) for d in drafts]


def _visit_end(d: Draft) -> Draft:
    """`d` with the last day its "N-day visit" phrase gives (the phrase's own N, not the
    sentence's first "N-day": "after a two-day stop in Doha … for a four-day visit")."""
    if d.type != "visit" or d.date_end or d.status != "occurred" or not d.date:
        return d
    found = _N_DAY_VISIT.search(d.sent.text) if "day" in d.sent.text else None
    if found is None or len(d.date) != 10:
        return d
    days = _days_of(found.group("n"))
    if days < 2:
        return d
    last = dt.date.fromisoformat(d.date) + dt.timedelta(days=days - 1)
    why = dict(d.why)
    why["date_end"] = Why(found.group(0), "first day + the N-day span")
    return d.replaced(date_end=last.isoformat(), why=why)


def _days_apart(a: Draft, b: Draft, days: int) -> bool:
    """Both drafts are of a day, at most `days` apart, and report the same status."""
    if not (a.date and b.date and len(a.date) == len(b.date) == 10) or a.status != b.status:
        return False
    gap = dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)
    return abs(gap.days) <= days


def _leg(visit: Draft, leg: Draft) -> bool:
    """`leg` is a planned day of the `visit` under way: an "N-day visit" from its first day
    (three days when the text gives no length)."""
    if visit.status != "occurred" or leg.status != "planned" or visit.date_end:
        return False
    if not (visit.date and leg.date and len(visit.date) == 10 and len(leg.date) == 10):
        return False
    found = _N_DAYS.search(visit.sent.text)
    length = _days_of(found.group("n")) if found else 3
    gap = (dt.date.fromisoformat(leg.date) - dt.date.fromisoformat(visit.date)).days
    return 0 < gap < length


def _within_visit(a: Draft, b: Draft) -> bool:
    """One visit's day falls inside the other's stated span ("between 31 May and 3 June",
    "arrived on Sunday for a three-day state visit")."""
    for span, day in ((a, b), (b, a)):
        if not (span.date and day.date and len(day.date) == 10):
            continue
        last = _last_day(span)
        if last and span.date <= day.date <= last:
            return True
    return False


def _contains(a: Draft, b: Draft) -> bool:
    """One draft's date covers the other's (or one has none)."""
    if a.date is None or b.date is None:
        return True
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    return (a.date <= b.date[: len(a.date)] and b_end[: len(a_end)] <= a_end) or (
        b.date <= a.date[: len(b.date)] and a_end[: len(b_end)] <= b_end
    )


def _merge(keep: Draft, other: Draft) -> Draft:
    """Fold a repeat of an event into the record that already holds it."""
    finer = other.date and (
        not keep.date
        or len(other.date) > len(keep.date)
        or (len(other.date) == len(keep.date) and other.date_end and not keep.date_end)
    )
    better = other if finer else keep
    if keep.type == other.type == "visit" and _days_apart(keep, other, 2) and not keep.date_end:
        # a visit begins on the earlier of its days ("arrived on Tuesday", "the visit" Wednesday)
        better = min(keep, other, key=lambda d: d.date or "")
    why = dict(keep.why)
    for key in ("date", "location"):
        if (better is other and key == "date") or (key == "location" and not keep.location):
            why[key] = other.why[key]
    names = {p.name.casefold() for p in keep.people}
    add = [p for p in other.people if p.name.casefold() not in names]
    if _headline(keep) and not _headline(other) and other.people:
        keep = keep.replaced(people=_headline_people(keep.people, other.people))
    if keep.type == "visit" and other.type == "visit" and keep.people:
        # a repeat of a visit adds the visitor's officials (or the full name of one it
        # named by surname), not the hosts met on it
        visitor = next((p.country for p in keep.people + other.people if p.country), None)
        words = {w for p in keep.people for w in p.name.casefold().split()}
        add = [p for p in add if p.country == visitor or words & set(p.name.casefold().split())]
    kind = min((keep.type, other.type), key=lambda t: SIGNED.index(t) if t in SIGNED else 9)
    persons = _fuller(keep.people + add)
    if other.people and _signed_by(other.sent.text) and _witnessed(keep.sent.text):
        persons = _fuller(other.people)  # who signed it, not who witnessed the signing
    return keep.replaced(
        type=kind,
        back_reference=keep.back_reference and other.back_reference,
        date=better.date,
        date_end=better.date_end,
        status=_status(keep, other),
        location=_place(keep, other),
        people=persons,
        sent=better.sent if keep.date is None and other.date else keep.sent,
        why=why,
    )


# "The agreement was signed by X and Y" after "the two leaders witnessed the signing of …"
_SIGNED_BY = re.compile(r"\b(?:signed|exchanged|inked)\s+(?:[\w\s]{0,30}?\s)?by\b")
# …or after "President Tebboune signed a decree ratifying the agreement": who ratified it
_WITNESSED = re.compile(
    r"\bwitness(?:ed|es|ing)?\s+the\s+(?:signing|exchange)\b|\bratif(?:y|ied|ies|ying)\s+the\b"
)


def _signed_by(sentence: str) -> bool:
    """ "The agreement was signed by X and Y" (the words _SIGNED_BY needs tested first)."""
    words = "signed" in sentence or "exchanged" in sentence or "inked" in sentence
    return words and "by" in sentence and _SIGNED_BY.search(sentence) is not None


def _witnessed(sentence: str) -> bool:
    """ "… witnessed the signing", "… ratifying the agreement" (see _WITNESSED)."""
    words = "witness" in sentence or "ratif" in sentence
    return words and _WITNESSED.search(sentence) is not None


def _place(keep: Draft, other: Draft) -> str | None:
    """The first place named, but a city over a country named alone (not the place of a
    leg still to come: "is scheduled to visit Ha Long Bay" keeps the visit's "Vietnam")."""
    leg = keep.type == "visit" and keep.status == "occurred" and other.status == "planned"
    if keep.location and other.location and not leg:
        # a leg of a tour names its state only ("a tour that will take him to Kazakhstan")
        vague = keep.why["location"].rule.endswith(("(no city given)", "of the tour visited"))
        return (
            other.location
            if vague and not other.why["location"].rule.endswith("(no city given)")
            else keep.location
        )
    return keep.location or other.location


def _signed_reference(d: Draft) -> bool:
    """A reference to a document that reports its signing as done."""
    return d.type in SIGNED and d.status == "occurred"


def _status(keep: Draft, other: Draft) -> Status:
    """A report that it happened outweighs an announcement; a mere reference says nothing
    (but "The agreement was signed at Palazzo Chigi" says it happened); a headline's tense
    says nothing either ("Ghana, Togo set to hold talks" over "are expected to hold talks")."""
    if _headline(keep) != _headline(other):
        body = other if _headline(keep) else keep
        if not body.back_reference:
            return body.status
    if keep.type in SIGNED and other.type in SIGNED and "occurred" in (keep.status, other.status):
        return "occurred"
    if other.back_reference and not keep.back_reference and not _signed_reference(other):
        return keep.status
    if keep.back_reference and not other.back_reference and not _signed_reference(keep):
        return other.status
    return "occurred" if "occurred" in (keep.status, other.status) else "planned"


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for draft in drafts:
        # A record of the same type first: the body's MoU is the headline's MoU, not its visa deal.
        order = [i for i, d in enumerate(out) if d.type == draft.type]
        order += [i for i, d in enumerate(out) if d.type != draft.type]
        match = next((i for i in order if _same_event(out[i], draft)), None)
        if match is None:
            if not _wider_reference(out, draft):
                out.append(draft)
        elif _contains(out[match], draft):
            out[match] = _merge(out[match], draft)
        # else a later leg of the visit kept ("is scheduled to address a forum in Kampala"):
        # the visit keeps its own day, place and people
    return out


def _wider_reference(kept: list[Draft], draft: Draft) -> bool:
    """ "Rodríguez described the meeting as fraternal and thanked Mexico for rejecting the
    blockade imposed by the United States": "the meeting" is one already recorded, its
    sentence naming a state that took no part."""
    return draft.back_reference and any(
        k.type == draft.type and set(k.countries) < set(draft.countries) and _contains(k, draft)
        for k in kept
    )


def _abroad(here: list[CountryMention], roles: party.Roles) -> CountryMention | None:
    """The foreign capital a sentence names as where it happened ("… talks in Bissau")."""
    return next((m for m in here if m.start in roles.venue and m.kind == "capital"), None)


def _headline_unions(drafts: list[Draft], text: str) -> list[Draft]:
    """A headline's "X meets Kyrgyz, Hungarian counterparts" sums up the body's two meetings:
    a record of three or more states from the head of the report whose states are covered by
    two or more body records of its type with one state in common is not a record of its own."""
    head = text.find("\n\n")
    out = []
    for d in drafts:
        if len(d.countries) >= 3 and 0 <= d.sent.start < head:
            parts = [
                o
                for o in drafts
                if o is not d and o.type == d.type and set(o.countries) < set(d.countries)
            ]
            common = set.intersection(*(set(o.countries) for o in parts)) if parts else set()
            covered = set().union(*(o.countries for o in parts)) if parts else set()
            if len(parts) >= 2 and common and covered == set(d.countries):
                continue
        out.append(d)
    return out


def _dated_by_lead(drafts: list[Draft]) -> list[Draft]:
    """A headline record left undated ("Nigeria, Ghana sign MoU on trade, visa facilitation",
    "President receives credentials of new ambassadors of A, B and C") is the occasion of the
    report's lead, the first body sentence telling an event: its day (and place) when an event
    of that sentence has its states, or its type and one of them."""
    heads = [d for d in drafts if d.date is None and _headline(d)]
    body = [d for d in drafts if not _headline(d)]
    if not heads or not body:
        return drafts
    first = min(d.sent.start for d in body)
    lead = [d for d in body if d.sent.start == first and d.date]
    out = []
    for d in drafts:
        if d.date is None and _headline(d):
            source = next(
                (
                    o
                    for o in lead
                    if o.status == d.status
                    and (
                        o.countries == d.countries
                        or (o.type == d.type and set(o.countries) & set(d.countries))
                    )
                ),
                None,
            )
            if source is not None:
                why = dict(d.why)
                why["date"] = Why(source.why["date"].surface, "the headline of the report's lead")
                location = d.location
                if location is None and source.location:
                    location = source.location
                    why["location"] = Why(source.location, "the headline of the report's lead")
                end = source.date_end if source.type == d.type else None
                d = d.replaced(date=source.date, date_end=end, location=location, why=why)
        out.append(d)
    return out


def _during(visit: Draft, d: Draft) -> bool:
    """`d` took place within the visit: its days, or the few days after an open-ended start."""
    if visit.date is None or d.date is None:
        return visit.date is None and d.date is None
    if len(visit.date) < 10 or len(d.date) < 10:
        return _contains(visit, d)
    first = dt.date.fromisoformat(visit.date)
    last = dt.date.fromisoformat(visit.date_end) if visit.date_end else first + dt.timedelta(days=3)
    return first <= dt.date.fromisoformat(d.date) <= last


def _month_of_visit(drafts: list[Draft]) -> list[Draft]:
    """An undated act of the pair of the report's one multi-day visit ("The two ministers also
    signed …" during a visit of June 4 to 6) took place within it: the visit's month."""
    visits = [
        d
        for d in drafts
        if d.type == "visit"
        and d.status == "occurred"
        and d.date
        and len(d.date) == 10
        and _last_day(d) not in (None, d.date)
    ]
    month = visits[0].date[:7] if len(visits) == 1 and visits[0].date else None
    if month is None:
        return drafts
    visit = visits[0]
    out = []
    for d in drafts:
        if (
            d.date is None
            and d.type != "visit"
            and d.type != "diplomatic_relations"
            and d.status == "occurred"
            and d.countries == visit.countries
            and not d.back_reference
        ):
            why = dict(d.why)
            why["date"] = Why(visit.why["date"].surface, "no day of its own, within the visit")
            d = d.replaced(date=month, why=why)
        out.append(d)
    return out


def _share_places(drafts: list[Draft]) -> list[Draft]:
    """Events of a visit without a place of their own happened where the visit did."""
    visits = [d for d in drafts if d.type == "visit" and d.location and d.status == "occurred"]
    out = []
    for d in drafts:
        if d.location is None and d.type != "visit" and not assemble.placeless(d):
            host = next(
                (v for v in visits if v.countries == d.countries and _during(v, d)),
                None,
            )
            if host:
                why = dict(d.why)
                why["location"] = Why(host.location, "held during the visit")
                d = d.replaced(location=host.location, why=why)
        out.append(d)
    return out


def _city_over_country(drafts: list[Draft], gaz: Gazetteer, ctx: Context) -> list[Draft]:
    """An event placed only in a country ("in Uzbekistan") happened in the city of that
    country the report names for the same occasion: another record of the pair on those
    days with a city there, else the dateline when it is in that country and the news day."""
    out = []
    for d in drafts:
        # A visit keeps the state its phrase names ("a state visit to South Africa").
        country_only = (
            d.type != "visit"
            and d.location
            and d.location != "online"
            and not gaz.is_capital(d.location)
        )
        state = gaz.resolve(d.location) if d.location and country_only else None
        city = _city_for(d, state, drafts, gaz, ctx) if state else None
        if city is not None:
            why = dict(d.why)
            why["location"] = Why(city, f"the city of {d.location} named for the same occasion")
            d = d.replaced(location=city, why=why)
        out.append(d)
    return out


def _city_for(
    d: Draft, state: str, drafts: list[Draft], gaz: Gazetteer, ctx: Context
) -> str | None:
    for other in drafts:
        if other is d or other.countries != d.countries or not other.location:
            continue
        if other.status != d.status:
            continue
        place = gaz.resolve(other.location)
        if place == state and gaz.is_capital(other.location) and _contains(other, d):
            return other.location
    if not (ctx.dateline and ctx.dateline_code == state and d.status == "occurred"):
        return None
    if d.date and ctx.published and assemble.within_days(d.date, ctx.published, days=7):
        return ctx.dateline.name
    return None


_SPEAKER_ROLE = re.compile(
    r"^(?:the\s+)?(?:former|late|first\s+president|national\s+leader)\b", re.I
)


def _speakers(
    drafts: list[Draft], sents: list[list[people.Person]], published: str | None
) -> list[Draft]:
    """The one meeting of a pair also has the officials of its parties who speak in the report
    (not a background meeting of an earlier year: "the commission last met in 2019")."""
    out = []
    for d in drafts:
        same = [x for x in drafts if x.type == "meeting" and x.countries == d.countries]
        background = bool(d.date and published and d.date[:4] < published[:4])
        if d.type == "meeting" and len(same) == 1 and d.status == "occurred" and not background:
            names = {p.name.casefold() for p in d.people}
            extra = [
                p
                for found in sents
                for p in found
                if p.speaks
                # after the report of the meeting (weighed in its own sentence already): the
                # official whose statement opens the story reports it ("… Japarov said")
                and p.start >= d.sent.end
                and p.country in d.countries
                and p.name.casefold() not in names
                and not (p.role and _SPEAKER_ROLE.match(p.role))
            ]
            seen = set(names)
            add = []
            for p in extra:
                if p.name.casefold() not in seen:
                    seen.add(p.name.casefold())
                    add.append(p)
            d = d.replaced(people=d.people + add)
        out.append(d)
    return out


def _visit_places(
    drafts: list[Draft], text: str, mentions: list[CountryMention], published: str | None
) -> list[Draft]:
    """A visit whose sentence names no city: the host's capital named elsewhere as where it
    went ("coming to Phnom Penh", "met … in Ashgabat"); not for background visits of other years."""
    out = []
    for d in drafts:
        current = d.date is None or (published is not None and d.date[:7] == published[:7])
        # A visit to a state named as such keeps it ("a state visit to Cambodia"): only a
        # visit with no place at all takes the capital named elsewhere.
        if d.type == "visit" and d.location is None and current:
            capital = next(
                (
                    m
                    for m in mentions
                    if m.kind == "capital"
                    and m.code in d.countries
                    and _TO_OR_IN.search(text[max(0, m.start - 5) : m.start])
                    and m.code != _visitor(d)
                ),
                None,
            )
            if capital:
                why = dict(d.why)
                why["location"] = Why(
                    capital.surface, "the host's capital, named as where the visit went"
                )
                d = d.replaced(location=capital.surface)
        out.append(d)
    return out


_TO_OR_IN = re.compile(r"\b(?:to|in)\s+$")


def _visitor(d: Draft) -> str | None:
    return next((p.country for p in d.people if p.country), None)


def _finish(d: Draft) -> EventDraft:
    return EventDraft(
        type=d.type,
        countries=d.countries,
        date=d.date,
        date_end=d.date_end if d.date_end and d.date_end != d.date else None,
        date_precision=PRECISIONS.get(len(d.date)) if d.date else None,
        status=d.status,
        location=d.location,
        participants=assemble.participants_from(_fuller(d.people)),
        evidence=d.sent.text,
        start=d.sent.start,
        end=d.sent.end,
        why=d.why,
    )


def span_of(sent: Sentence) -> tuple[int, int]:
    return sent.start, sent.end


def _previous_dates(
    text: str, previous: Sentence | None, sent: Sentence, pub: dt.date | None
) -> list[DateMention]:
    """Day dates of the sentence before, read only when this one may continue it ("He …")."""
    if previous is None or not assemble.PRONOUN_START.match(text, sent.start):
        return []
    # "he is scheduled to hold talks … on Tuesday. The two ministers also signed …": the
    # plan's day does not date an act told as done
    if assemble.future_form(text, previous.start, previous.end) and not assemble.future_form(
        text, sent.start, sent.end
    ):
        return []
    found = temporal.date_mentions(text, previous.start, previous.end, published=pub)
    return [d for d in found if d.value and d.precision == "day"]


# "The talks were attended by …", "The ceremony was attended by …": more people at the
# meeting(s) just reported.
_ATTENDED = re.compile(
    r"\b(?:talks|meeting|ceremony|reception|negotiations|session|consultations)\s+(?:was|were)\s+"
    r"(?:also\s+)?attended\s+by\b"
    # "The Uzbek delegation was headed by X, the Hungarian delegation — by Y"
    r"|\b(?:delegation|side)s?\s+(?:was|were)\s+(?:also\s+)?(?:led|headed|chaired)\s+by\b",
    re.I,
)


def _attended(text: str, sent: Sentence) -> bool:
    """The sentence says who attended or led the talks ("… were attended by", see _ATTENDED)."""
    low = quick.folded(text)
    return (
        quick.may_hold(low, sent.start, sent.end, ("by",))
        and quick.may_hold(low, sent.start, sent.end, ("attended", "led", "headed", "chaired"))
        and _ATTENDED.search(text, sent.start, sent.end) is not None
    )


def _accompanied(text: str, sent: Sentence) -> bool:
    """The sentence says who accompanied someone ("was accompanied by", see _ACCOMPANIED)."""
    low = quick.folded(text)
    return (
        quick.may_hold(low, sent.start, sent.end, ("accompanied",))
        and _ACCOMPANIED.search(text, sent.start, sent.end) is not None
    )


def _add_attendees(drafts: list[Draft], persons: list[people.Person], sent: Sentence) -> None:
    """Add the attendees named here to the meetings of the last sentence that reported one."""
    meetings = [d for d in drafts if d.type == "meeting" and d.sent.start < sent.start]
    if not meetings:
        return
    last = meetings[-1].sent.start
    for d in meetings:
        if d.sent.start != last:
            continue
        names = {p.name.casefold() for p in d.people}
        for p in persons:
            fits = p.country is None or p.country in d.countries
            if p.start >= sent.start and fits and p.name.casefold() not in names and not p.sender:
                names.add(p.name.casefold())
                d.people.append(p)


# "The Sudanese leader was accompanied by Foreign Minister Ali al-Sadiq, …"
_ACCOMPANIED = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?accompanied\s+by\b", re.I)


def _add_companions(drafts: list[Draft], persons: list[people.Person], sent: Sentence) -> None:
    """The officials accompanying a visitor, told in a sentence of their own: participants of
    the last visit told before, of the visitor's state."""
    visits = [d for d in drafts if d.type == "visit" and d.sent.start < sent.start and d.people]
    if not visits:
        return
    visit = visits[-1]
    home = visit.people[0].country
    names = {p.name.casefold() for p in visit.people}
    for p in persons:
        if p.start < sent.start or p.sender or p.name.casefold() in names:
            continue
        if p.country not in (None, home):
            continue
        names.add(p.name.casefold())
        visit.people.append(p if p.country else replace(p, country=home))


_DAY_SHIFT = re.compile(
    r"^relative: (?:the |a )?(day before|previous day|day earlier|day after|"
    r"following day|next day|day later), from the document date"
)


# Dates an event takes from another one told before it (not a day of its own).
_BORROWED = ("same occasion", "no date of its own", "at the ", "the sentence before", "no day")


def _own_day(d: Draft) -> bool:
    """The event's sentence gives it a day of its own (not one borrowed from another event)."""
    return d.date is not None and len(d.date) == 10 and not d.why["date"].rule.startswith(_BORROWED)


def _day_relative(draft: Draft, drafts: list[Draft], published: str | None) -> Draft:
    """ "The day before", "the following day": counted from the event last reported with a
    day of its own (not one dated by the occasion it belongs to), rather than from the
    document's date; a plan is counted from the report's days, never from a background
    event ("The last summit was held on June 27, 2021. Safadi is to travel to Cairo on the
    following day")."""
    found = _DAY_SHIFT.match(draft.why["date"].rule)
    if not found:
        return draft
    # of the sentences before ("to travel to Muscat on the following day to brief …": the
    # briefing is on that day too, not on the day after the journey)
    told = [d for d in drafts if d.sent.start < draft.sent.start and _own_day(d)]
    previous = told[-1] if told else None
    if previous is None or previous.date is None:
        return draft
    shift = -1 if found.group(1) in ("day before", "previous day", "day earlier") else 1
    day = (dt.date.fromisoformat(previous.date) + dt.timedelta(days=shift)).isoformat()
    told_as_plan = draft.why["status"].rule != "date after the document date"
    if draft.status == "planned" and told_as_plan and published and day < published:
        news = (d for d in reversed(told) if _news_event(d, published))
        previous = next(news, None)
        if previous is None or previous.date is None:
            return draft
        day = (dt.date.fromisoformat(previous.date) + dt.timedelta(days=shift)).isoformat()
    why = dict(draft.why)
    why["date"] = Why(draft.why["date"].surface, f"{found.group(1)}: from the event before it")
    status = draft.status
    if why["status"].rule == "date after the document date" and published and day <= published:
        status = "occurred"
        why["status"] = Why(None, "reported as done")
    return draft.replaced(date=day, date_end=None, status=status, why=why)


def _background(text: str, sent: Sentence, pub: dt.date | None) -> bool:
    """A sentence dated in an earlier year than the document ("met again … last year")."""
    if pub is None:
        return False
    future = assemble.sentence_future(text, sent.start, sent.end)
    found = temporal.date_mentions(text, sent.start, sent.end, published=pub, future=future)
    # a year stated or counted back ("last year"), not one guessed for a day without a year
    return any(d.value and int(d.value[:4]) < pub.year and "minus one" not in d.rule for d in found)


# "Read also: Uzbekistan, Kazakhstan sign agreement …": a link to another report.
_LINK = re.compile(
    r"\s*(?:read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+(?:news|stories|articles?))?|"
    r"more\s+on\s+this)\s*[:>»|-]",
    re.I,
)


# "Related News" (or "Read also:") alone on its line: the lines below are links to others.
_LINK_HEADING = re.compile(
    r"\s*(?:related(?:\s+(?:news|stories|articles?|coverage|content|posts|reports))?|"
    r"read\s+(?:also|more)|also\s+read|see\s+also|more\s+(?:news|stories)|recommended)"
    r"\s*[:>»|-]?\s*",
    re.I,
)


# A word every match of _LINK_HEADING holds.
_HEADING_WORDS = ("related", "read", "also", "more", "recommended")


def _under_link_heading(text: str, at: int) -> bool:
    """The sentence is a headline listed under a "Related News" line (up to two lines down)."""
    if at > 0 and text[at - 1] != "\n":
        return False
    if not quick.may_hold(quick.folded(text), max(0, at - 400), at, _HEADING_WORDS):
        return False
    lines = text[max(0, at - 400) : at].splitlines()
    lines = [line for line in lines if line.strip()][-2:]
    if not lines:
        return False
    if _LINK_HEADING.fullmatch(lines[-1]):
        return True
    headline = len(lines[-1]) < 120 and not lines[-1].rstrip().endswith(".")
    return len(lines) == 2 and headline and _LINK_HEADING.fullmatch(lines[0]) is not None


def _news_anchor(
    drafts: list[Draft], previous: Draft | None, kind: str, published: str | None
) -> Draft | None:
    """The occasion an undated act of the news day belongs to: the last dated event, but the
    talks of the day rather than the first day of the visit that frames them (and, for a
    visit, the visit); not a background event told since ("… established relations in 1973",
    "the last summit was held in 2021") nor one still to come."""
    if kind == "visit":
        visits = [d for d in drafts if d.type == "visit" and d.date]
        return visits[-1] if visits else previous
    if previous is not None and published and not _news_event(previous, published):
        # the last act of those days told before, but not across a visit dated by its own
        # sentence ("is on a working visit from June 4 to 6"): what was done on a visit is
        # not all done on one of its days
        for d in reversed(drafts):
            if d.type == "visit" and d.why["date"].rule != assemble.NEWS_DAY_RULE:
                break
            if _news_event(d, published):
                return d
    if previous is None or previous.type != "visit":
        return previous
    later = [
        d
        for d in drafts
        if d.type != "visit" and d.date and len(d.date) == 10 and d.date > (previous.date or "")
    ]
    return later[-1] if later else previous


def _named_before(draft: Draft, drafts: list[Draft]) -> bool:
    """An event recorded before that a reference ("the declaration") may stand for."""
    return any(d.countries == draft.countries and _same_kind(d, draft) for d in drafts)


def _news_event(d: Draft, published: str) -> bool:
    """An event of the report's days: done, on a day of the week before the document date."""
    return (
        d.status == "occurred"
        and d.type != "diplomatic_relations"
        and d.date is not None
        and assemble.within_days(d.date, published, days=7)
    )


# "X and his Sri Lankan counterpart Y signed the documents on behalf of their sides"
_SIGNED_THEM = re.compile(
    r"\bsigned\s+(?:them|(?:the|these|those|both)\s+(?:two\s+)?(?:documents|instruments|"
    r"agreements|memoranda|deals))\b"
)


def _signed_them(
    drafts: list[Draft], first: int, persons: list[people.Person], text: str, sent: Sentence
) -> None:
    """The officials of "… signed the documents" signed the documents of the sentence before
    that named no signatory (`drafts[:first]`: those of earlier sentences)."""
    if "signed" not in text[sent.start : sent.end] or not _SIGNED_THEM.search(
        text, sent.start, sent.end
    ):
        return
    earlier = [i for i in range(first) if drafts[i].sent.start < sent.start]
    if not earlier:
        return
    last = drafts[earlier[-1]].sent.start
    for i in earlier:
        d = drafts[i]
        if d.sent.start != last or d.type not in SIGNED or d.people:
            continue
        signers = [p for p in persons if p.role and p.country in d.countries]
        if len(signers) < 2:
            continue
        why = dict(d.why)
        why["participants"] = Why(
            "; ".join(p.name for p in signers), "'… signed the documents': the signatories"
        )
        drafts[i] = d.replaced(people=signers, why=why)


def _meet_where_visiting(drafts: list[Draft], first: int) -> None:
    """ "Milei is expected to travel to the United States next week, where he will meet
    officials of …": a meeting of the sentence with no other side named is held with the hosts
    of the visit the sentence names, not with the document's dominant pair."""
    visits = [
        d
        for d in drafts[first:]
        if d.type == "visit" and d.why["countries"].rule == "named in the sentence"
    ]
    if len(visits) != 1:
        return
    visit = visits[0]
    for i in range(first, len(drafts)):
        d = drafts[i]
        if (
            d.type == "meeting"
            # from the dominant pair, or from people alone (no state named for it)
            and (
                d.why["countries"].rule == party.DOMINANT_OTHER_SIDE
                or d.why["countries"].surface is None
            )
            and d.countries != visit.countries
            and set(d.countries) & set(visit.countries)
        ):
            why = dict(d.why)
            why["countries"] = Why(visit.why["countries"].surface, "the states of the visit told")
            kept = [p for p in d.people if p.country is None or p.country in visit.countries]
            drafts[i] = d.replaced(countries=visit.countries, people=kept, why=why)


def _first_subject(text: str, persons: list[people.Person]) -> people.Person | None:
    """The first official of a sentence named as who acts (not as the other side)."""
    # the first in the text that is no object (the first listed of those standing there first)
    for p in sorted((p for p in persons if p.role), key=lambda p: p.start):
        if not home.is_object(text, p):
            return p
    return None


def _without_dateline_date(
    dates: list[DateMention], published: Publication | None
) -> list[DateMention]:
    """ "NAIROBI, March 14, 2024 (KNA) - On the 12th, …": the dateline's date is the
    document's; another day of the sentence dates its event (with none, or only a year or
    month such as "since 2023", the dateline's stays)."""
    if published is None:
        return dates
    rest = [d for d in dates if not (published.start <= d.start < published.end)]
    day = any(d.precision == "day" for d in rest)
    return rest if day and len(rest) < len(dates) else dates


def run(text: str, *, resources: Resources) -> Extraction:
    """Extract every diplomatic event of `text`."""
    gaz = resources.gazetteer
    low = text.lower()
    prefilter.read(text, low)  # before any stage: the sifted patterns skip where they cannot match
    published = temporal.publication_date(text)
    pub = published.date if published else None
    mentions = gaz.mentions(text)
    line = places.dateline(text, gaz)
    span = places.dateline_span(text, line) if line else None
    state = home.find(text, gaz, line)
    home_code = state.code if state else None
    mentions = home.self_references(text, mentions, state)
    roles = party.classify(text, mentions, span)
    ctx = Context(
        text=text,
        published=pub.isoformat() if pub else None,
        dominant=party.dominant_pair(text, mentions, roles),
        dateline=line,
        dateline_span=span,
        roles=roles,
        dateline_code=home.dateline_state(gaz, line),
    )
    drafts: list[Draft] = []
    found_people: list[list[people.Person]] = []
    history: list[people.Person] = []  # every official named so far, in order
    known: dict[str, people.Person] = {}
    previous: Draft | None = None
    starts = [m.start for m in mentions]
    previous_sent = None
    last_speaker: people.Person | None = None
    # Kept as the sentences go (not found again in all of `found_people` for every sentence):
    # the first subject of the last sentence naming an official.
    last_subject: people.Person | None = None
    for sent in sentences.split(text):
        may_fire = (
            triggers.may_fire(low, sent.start, sent.end)
            and not _LINK.match(text, sent.start)
            and not _under_link_heading(text, sent.start)
        )
        fired = triggers.find(text, sent.start, sent.end) if may_fire else []
        if not fired and not people.may_speak(low, sent):
            if people.names_official(text, sent):
                # no event and no speech: read only the officials it names in full, for the
                # references of later sentences ("the two leaders", "President Ruto")
                here = mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
                named = people.resolve_singles(people.find(text, sent.start, sent.end, here), known)
                named = home.mark(named, text, state, _abroad(here, roles), here)
                named += people.referred(text, sent.start, sent.end, named, history, here)
                if named and drafts and _attended(text, sent):
                    _add_attendees(drafts, named, sent)
                if named and drafts and _accompanied(text, sent):
                    _add_companions(drafts, named, sent)
                people.register(known, named, text)
                found_people.append(named)
                history.extend(p for p in named if p.role)
                last_subject = _first_subject(text, named) or last_subject
                _signed_them(drafts, len(drafts), named, text, sent)
            previous_sent = sent
            continue
        here = mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        has_title = people.has_title(low, sent)
        persons = people.find(text, sent.start, sent.end, here) if has_title else []
        persons = people.resolve_singles(persons, known)
        persons = home.mark(persons, text, state, _abroad(here, roles), here)
        persons = persons + people.mentioned_again(text, sent.start, sent.end, persons, known)
        if has_title:
            persons = persons + people.referred(text, sent.start, sent.end, persons, history, here)
            if people.mentions_two(text, sent.start, sent.end) and (
                persons or not _background(text, sent, pub)
            ):
                persons = persons + people.the_two(
                    text, sent.start, sent.end, persons, found_people
                )
        persons = people.infer_countries(
            persons, known, ctx.dominant, tuple(m.code for m in here if m.kind != "capital"), text
        )
        people.register(known, persons, text)
        found_people.append(persons)
        history.extend(p for p in persons if p.role)
        # "He"/"She" stands for the subject of the last sentence naming an official:
        # the first named there ("Modi was received by … Hasina. He will …").
        last_speaker = last_subject
        last_subject = _first_subject(text, persons) or last_subject
        accompanied = persons and drafts and _accompanied(text, sent)
        if accompanied and not any(t.type == "visit" for t in fired):
            _add_companions(drafts, persons, sent)
        if not fired:
            previous_sent = sent
            continue
        future = assemble.sentence_future(text, sent.start, sent.end)
        dates = temporal.date_mentions(text, sent.start, sent.end, published=pub, future=future)
        dates = _without_dateline_date(dates, published)
        before = _previous_dates(text, previous_sent, sent, pub)
        first_new = len(drafts)
        relations = any(t.type == "diplomatic_relations" for t in fired)
        recent = _last_named(mentions, starts, sent.start, ctx.dominant) if relations else None
        group = _group_of(text, sent, ctx.published)
        for trigger in fired:
            if trigger.proposal:
                continue
            draft = assemble.build(
                trigger,
                sent,
                here,
                persons,
                dates,
                ctx,
                tuple(fired),
                last_speaker,
                _group(group, drafts),
            )
            if draft is None:
                continue
            draft = assemble.pronoun_subject(draft, trigger, text, last_speaker)
            draft = assemble.signatories(draft, drafts, text)
            draft = assemble.from_previous_sentence(draft, before, text)
            draft = assemble.inherit(draft, drafts, text)
            draft = assemble.gathering(draft, drafts, text)
            anchor = _news_anchor(drafts, previous, draft.type, ctx.published)
            if draft.back_reference and draft.date is None and not _named_before(draft, drafts):
                # "The declaration was signed by the five prime ministers" with no declaration
                # recorded before: the act of the day's occasion, dated like any other
                dated = assemble.news_day(draft.replaced(back_reference=False), anchor, ctx)
                draft = dated.replaced(back_reference=True)
            else:
                draft = assemble.news_day(draft, anchor, ctx)
            draft = _day_relative(draft, drafts, ctx.published)
            draft = _series(draft, trigger, drafts, text)
            drafts.extend(
                split.distribute(draft, trigger, text, here, last_speaker, home_code, recent)
            )
            if draft.date:
                previous = draft
        _meet_where_visiting(drafts, first_new)
        if persons:
            _signed_them(drafts, first_new, persons, text, sent)
        if persons and drafts and _attended(text, sent):
            _add_attendees(drafts, persons, sent)
        previous_sent = sent
    merged = _dated_by_lead(_headline_unions(_dedupe(drafts), text))
    merged = _month_of_visit(merged)
    merged = _share_places(_visit_places(merged, text, mentions, ctx.published))
    merged = _city_over_country(merged, gaz, ctx)
    merged = _visit_ends(_speakers(merged, found_people, ctx.published))
    return Extraction(published=published, events=tuple(_finish(d) for d in merged))


def _last_named(
    mentions: list[CountryMention], starts: list[int], before: int, pair: tuple[str, ...]
) -> str | None:
    """The state of the document's main pair named last before `before`."""
    earlier = mentions[: bisect_left(starts, before)]
    return next((m.code for m in reversed(earlier) if m.end <= before and m.code in pair), None)


# The same matches, found faster: a first-character guard (see `quick`).
_ATTENDED = quick.guard(_ATTENDED)
_ACCOMPANIED = quick.guard(_ACCOMPANIED)
_NEXT = quick.guard(_NEXT)
_THE_N = quick.guard(_THE_N)
_ROUND = quick.guard(_ROUND)
_SIGNED_BY = quick.guard(_SIGNED_BY)
_WITNESSED = quick.guard(_WITNESSED)
_SIGNED_THEM = quick.guard(_SIGNED_THEM)
_N_DAYS = quick.guard(_N_DAYS)
_N_DAY_VISIT = quick.guard(_N_DAY_VISIT)
