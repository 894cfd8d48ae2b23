"""Run the extraction stages over one document.

Stages: sentences → triggers → countries and people → dates → parties, status,
place → one record per event (headline and body merged) → drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from app.extract import (
    assemble,
    home,
    people,
    places,
    prefilter,
    quick,
    sentences,
    sides,
    split,
    temporal,
    triggers,
    visitors,
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
    return signed and (a.back_reference or b.back_reference or _any_deal(a) or _any_deal(b))


def _any_deal(d: Draft) -> bool:
    """A headline's "Tanzania, Kenya sign five deals", "… sign farming pact": a word for any
    kind of document."""
    surface = (d.why["type"].surface or "").lower()
    return d.type == "agreement" and surface in _DEAL_WORDS and _headline(d)


# (a headline's "sign agreement on rice production" over a body's memorandum too)
_DEAL_WORDS = frozenset(
    {"deal", "deals", "pact", "pacts", "accord", "accords", "agreement", "agreements"}
)


def _online_and_in_person(a: Draft, b: Draft) -> bool:
    """ "accepted the credentials … at Riga Castle" and "later held a video conference with
    President Zelensky": a meeting online and one in a named place, with someone the other does
    not name, are two meetings (leaders who also open a plant "via video link" are one)."""
    places = {a.location, b.location}
    if not ("online" in places and None not in places and len(places) == 2):
        return False
    return {p.name.casefold() for p in a.people} != {p.name.casefold() for p in b.people}


def _invitation_beside_visit(a: Draft, b: Draft) -> bool:
    """ "X accepted an invitation to visit Juba" in the report of Y's visit to Port Sudan: a
    visit to come, not the one under way."""
    return (
        a.why["type"].rule == triggers.ACCEPTED_INVITATION
        and b.type == "visit"
        and b.status != a.status
    )


def _same_event(kept: Draft, draft: Draft) -> bool:
    """A repeat (headline and body, "the meeting …") rather than a second event."""
    if _invitation_beside_visit(kept, draft) or _invitation_beside_visit(draft, kept):
        return False
    same_visit = kept.type == draft.type == "visit" and kept.countries == draft.countries
    if same_visit and (_leg(kept, draft) or _leg(draft, kept)):
        return True  # "is scheduled to visit Samarkand on Saturday": a day of the visit
    # "before concluding his visit", "arrived on Tuesday" and "the visit" told on Wednesday:
    # the visit under way, on a later day
    if (
        draft.type == kept.type == "visit"
        and kept.countries == draft.countries
        and (
            (draft.back_reference and not _years_apart(kept, draft)) or _days_apart(kept, draft, 2)
        )
    ):
        return True
    if _relations_announced(kept, draft) or _relations_announced(draft, kept):
        return True
    if (
        draft.back_reference
        and _same_kind(kept, draft)
        and (kept.type == draft.type or _contains(kept, draft))
        and set(draft.countries) < set(kept.countries)
    ):
        # "At the end of the meeting, the parties agreed": the three-party meeting; "The
        # document was signed … in the presence of A's and B's leaders": the three-party MoU
        return True
    if (
        kept.countries != draft.countries
        or not _same_kind(kept, draft)
        or not (_contains(kept, draft) or _legs(kept, draft) or _report_day(kept, draft))
    ):
        return False
    if kept.sent == draft.sent and (kept.type != draft.type or kept.item != draft.item):
        return False  # "four memoranda … as well as an agreement on visa exemption": two acts
    # "visited Doha in March" and "is scheduled to pay a state visit … in the autumn" (also
    # after "during the first official visit … on February 15, 2022")
    if (
        kept.status != draft.status
        and kept.date
        and draft.date
        and len(kept.date) != len(draft.date)
    ):
        return False
    if _undated_apart(kept, draft) or _undated_apart(draft, kept):
        return False
    if kept.back_reference or draft.back_reference:
        return True
    if _another_document(kept, draft):
        return False
    if _online_and_in_person(kept, draft):
        return False
    if kept.type == "visit" and _within_visit(kept, draft):
        return True  # "Prachanda will travel to Indore on Friday": a leg of the visit
    if _later_plan(kept, draft) or _later_plan(draft, kept) or _elsewhere(kept, draft):
        return False
    if _plans_elsewhere(kept, draft):
        return False
    if _told_earlier(kept, draft) or _told_earlier(draft, kept):
        return False
    if _earlier_or_later(kept, draft) or _earlier_or_later(draft, kept):
        return False
    if _headline(kept) or _headline(draft):
        return True  # a headline names whoever it features, not always who signed or met
    if kept.type in SIGNED and _either_summed(kept, draft):
        return True  # "attended the signing of a number of agreements": its witnesses named
    a = {p.name.casefold() for p in kept.people}
    b = {p.name.casefold() for p in draft.people}
    return not a or not b or _names_within(a, b) or _names_within(b, a)


# "The two governments also concluded an agreement on …": one more document than told before
_ALSO_SIGNED = re.compile(
    r"\balso\s+(?:signed|concluded|inked|initial(?:l)?ed|sealed)\s+(?:a|an|two|three|four|five|"
    r"several|\d+)\b"
)


_SAME_OCCASION = re.compile(
    r"(?i)\W*(?:on|at|during)\s+the\s+same\s+(?:occasion|ceremony|event)\b[^.;]*?"
    r"\b(?:signed|inked|concluded|exchanged)\b"
)


_UNRESOLVED = ": no document date"
_WEEKDAY_WORD = re.compile(rf"(?i)\b({'|'.join(temporal.WEEKDAYS)})\b")


def _unresolved(d: Draft) -> str | None:
    """The words of a relative date the report cannot fix for want of its own date ("on
    Monday", "next year" under a dateline with no year), lower-cased; None for any other."""
    why = d.why["date"]
    if d.date is not None or not why.rule.endswith(_UNRESOLVED) or not why.surface:
        return None
    return why.surface.lower()


def _undated_apart(a: Draft, b: Draft) -> bool:
    """In a report with no date of its own, two acts the text dates apart: "on Monday" and "On
    Tuesday"; "on Monday" and "in 2014" (a day this week and a year told as background); a plan
    for "next year" and an act done."""
    told = _unresolved(a)
    if told is None:
        return False
    other = _unresolved(b)
    day, other_day = _WEEKDAY_WORD.search(told), other and _WEEKDAY_WORD.search(other)
    if day and other_day:
        return day.group(1) != other_day.group(1)
    if b.date is not None and len(b.date) < 10:
        return True
    return a.status == "planned" and b.status == "occurred" and bool(_LATER.match(told))


def _told_earlier(a: Draft, b: Draft) -> bool:
    """ "Earlier this month, A paid a courtesy call on B": an act the text dates before the
    report's own day (`b`, of a day), not that day's talks told again."""
    surface = (a.why["date"].surface or "").lower()
    return (
        surface.startswith("earlier this")
        and a.date is not None
        and len(a.date) == 7
        and b.date is not None
        and len(b.date) == 10
    )


# "Earlier, the Cuban Vice-President held talks with the Minister": another act of the day
# ("Earlier on Monday,", "Later that day,", "Later in the afternoon,": the same, with its day)
_EARLIER_OR_LATER = re.compile(
    r"(?i)\W*(?:earlier|later|afterwards|subsequently|before\s+that|prior\s+to\s+that)"
    rf"(?:\s+(?:on|in|that|the\s+same)\s+(?:the\s+)?(?:day|morning|afternoon|evening|"
    rf"{'|'.join(temporal.WEEKDAYS)})(?:\s+(?:morning|afternoon|evening))?)?\s*,"
)


def _earlier_or_later(a: Draft, b: Draft) -> bool:
    """`b` is a meeting told in a body sentence that opens by setting it before or after the
    one `a` told ("Earlier, …"): a second meeting, even when neither is dated."""
    if not (a.type == b.type == "meeting") or a.sent == b.sent or b.back_reference:
        return False
    if _headline(a) or _headline(b) or a.sent.start > b.sent.start:
        return False
    return _EARLIER_OR_LATER.match(b.sent.text) is not None


def _another_document(kept: Draft, draft: Draft) -> bool:
    """Two signings told in two body sentences: one "also signed an agreement", or one done
    and one still to come ("signed a roadmap" days ago, "is also due to sign a declaration")."""
    if kept.type not in SIGNED or draft.type not in SIGNED or kept.sent == draft.sent:
        return False
    if _headline(kept) or _headline(draft):
        return False
    also = "also" in draft.sent.text and _ALSO_SIGNED.search(draft.sent.text) is not None
    # "On the same occasion, the minister signed the grant agreement with JICA": one more
    also = also or _SAME_OCCASION.match(draft.sent.text) is not None
    if also and _either_summed(kept, draft):
        # "attended the signing of a number of agreements and memoranda" and then "the
        # ministers also signed an agreement on …": one of the documents summed up, named
        also = False
    return also or kept.status != draft.status


def _either_summed(a: Draft, b: Draft) -> bool:
    """Does the sentence of `a` or of `b` count the documents signed ("three memoranda")?"""
    return _SUMMED.search(a.sent.text) is not None or _SUMMED.search(b.sent.text) is not None


def _summed_then_named(keep: Draft, other: Draft) -> bool:
    """`keep` counts the documents signed ("three memoranda"), `other` names one of them."""
    return (
        keep.sent != other.sent
        and _SUMMED.search(keep.sent.text) is not None
        and _SUMMED.search(other.sent.text) is None
    )


# "the signing of a number of agreements", "signed 12 memoranda", "several MoUs": documents
# counted, not named one by one
_SUMMED = re.compile(
    r"(?i)\b(?:a\s+(?:number|series|package|set|range|host)\s+of|several|a\s+few|various|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreements|memoranda|memorandums|MoUs|documents|deals|accords)\b"
)


_NUMBERS = temporal.NUMBER_WORDS
_THE_N = re.compile(
    r"(?i)\bthe\s+(?P<n>three|four|five|six|seven|eight)\s+(?:[\w-]+\s+)?"
    r"(?:countries|states|nations|leaders|presidents|prime\s+ministers|heads\s+of\s+state|"
    r"ministers|sides|parties|delegations|governments|heads\s+of\s+government)\b"
    # "a tripartite ministerial meeting", "the trilateral summit": a group of three
    r"|\b(?P<adj>tripartite|trilateral|three-way|quadrilateral|four-way)\b"
)
_ADJECTIVE_COUNTS = {"tripartite": 3, "trilateral": 3, "three-way": 3, "quadrilateral": 4,
                     "four-way": 4}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Group:
    """How a sentence names states as a group (read once per sentence, see `_group`)."""

    members: frozenset[str]  # a bloc's members ("the five Nordic countries")
    count: int | None  # "the three countries", "the five prime ministers"
    round: str | None  # "the previous summit": its noun ("summit")
    adjective: int | None = None  # where "a tripartite …" (the count's word) ends
    pair: bool = False  # "the two foreign ministries", "both sides": a pair, not a series


# "the first China-Central Asia Summit", "the Central Asia + Japan dialogue": the five states
# of Central Asia and their partner (the "C5+1" formats)
_CENTRAL_ASIA_FORMAT = re.compile(
    r"\b(?:(?P<before>[A-Z][\w-]*)\s*[-–—]\s*Central\s+Asian?|Central\s+Asian?\s*(?:\+|[-–—])\s*"
    r"(?P<after>[A-Z][\w-]*))\s+(?:[\w-]+\s+){0,2}?(?:[Ss]ummit|[Dd]ialogue|[Ff]ormat|[Mm]eeting|"
    r"[Ff]orum)\b"
)
_CENTRAL_ASIA = frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})


def _central_asia_format(text: str, sent: Sentence, here: list[CountryMention]) -> frozenset[str]:
    """The states of a "China-Central Asia Summit": the five and the partner named with them."""
    if "Central Asia" not in sent.text:
        return frozenset()
    m = _CENTRAL_ASIA_FORMAT.search(text, sent.start, sent.end)
    if m is None or _SETTING_OF.search(text, max(sent.start, m.start() - 60), m.start()):
        # "met … on the sidelines of the second China-Central Asia Summit": the setting
        return frozenset()
    side = m.span("before") if m["before"] else m.span("after")
    partner = next((c.code for c in here if side[0] <= c.start < side[1]), None)
    return _CENTRAL_ASIA | {partner} if partner else frozenset()


def _group_of(
    text: str, sent: Sentence, published: str | None, here: list[CountryMention]
) -> _Group:
    """The group the sentence names (its words only; `_group` finds its states)."""
    members = party.bloc_members(text, sent.start, sent.end, published) or _central_asia_format(
        text, sent, here
    )
    if members:
        return _Group(frozenset(members), None, None)
    low = quick.folded(text)
    found = (
        _ROUND.search(text, sent.start, sent.end)
        if quick.may_hold(low, sent.start, sent.end, _ROUND_FIRST)
        else None
    )
    # "the EU and Seychelles concluded the second round of negotiations": not the pair's;
    # "On the sidelines of the first summit, A met B": the summit is the setting
    organisation = found is not None and party.names_organisation(text, sent.start, sent.end)
    setting = found is not None and _setting(text, sent, found.start())
    noun = found["noun"].lower() if found and not organisation and not setting else None
    if quick.may_hold(low, sent.start, sent.end, _COUNTS):
        m = _THE_N.search(text, sent.start, sent.end)
        if m is not None and m["n"]:
            return _Group(frozenset(), _NUMBERS[m["n"].lower()], noun)
        if m is not None and not _setting(text, sent, m.start()):
            return _Group(frozenset(), _ADJECTIVE_COUNTS[m["adj"].lower()], noun, m.end())
    pair = noun is not None and _THE_TWO.search(text, sent.start, sent.end) is not None
    return _Group(frozenset(), None, noun, None, pair)


# "the two foreign ministries", "both governments"
_THE_TWO = re.compile(
    r"(?i)\b(?:the\s+two|both)\s+(?:[\w-]+\s+)?(?:countries|states|nations|sides|parties|"
    r"governments|ministries|foreign\s+ministries|ministers|leaders|delegations)\b"
)


# "on the sidelines of the trilateral summit", "on the margins of the first summit"
_SETTING_OF = re.compile(
    r"(?i)\b(?:sidelines|margins|end|course|eve)\s+of\s+(?:the|that|this|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)


def _setting(text: str, sent: Sentence, at: int) -> bool:
    """The group's word at `at` names the gathering another act took place at, or the
    sentence tells a bilateral act ("Aliyev and Erdogan held a bilateral meeting")."""
    if _SETTING_OF.search(text, max(sent.start, at - 60), at) is not None:
        return True
    return "bilateral" in sent.text.lower()


def _count_applies(group: _Group, trigger: triggers.Trigger, here: list[CountryMention]) -> bool:
    """The sentence's count applies to the trigger: "the three ministers signed", "a
    tripartite ministerial meeting"; not "The trilateral summit comes after Kyrgyzstan and
    Tajikistan signed the treaty" (an adjective of another noun, the act's two states named)."""
    if group.count is None:
        return False
    if group.adjective is None or trigger.start - 40 <= group.adjective <= trigger.end:
        return True
    return len({m.code for m in here if m.kind != "capital"}) < 2


def _group(
    group: _Group, drafts: list[Draft], trigger: triggers.Trigger, here: list[CountryMention]
) -> frozenset[str]:
    """States the sentence names as a group: a bloc's members ("the five Nordic countries"),
    or "the three countries"/"the five prime ministers" of the last event with that many."""
    if group.members:
        # a visit is its visitor's and its host's: "visited China and took part in the
        # China-Central Asia Summit" is no visit of the five
        return group.members if trigger.type != "visit" else frozenset()
    if group.count is not None and _count_applies(group, trigger, here):
        counted = frozenset(m.code for m in here)
        if len(counted) == group.count:
            # "power exports from Nepal to Bangladesh through the Indian grid under a tripartite
            # agreement": the states the sentence itself names, as many as it counts
            return counted
        last = next((d for d in reversed(drafts) if len(d.countries) == group.count), None)
        return frozenset(last.countries) if last else _last_told(drafts, group.count)
    if group.round:
        # "The previous summit took place in Khiva": a round of the meetings already told,
        # of the last told by that noun ("the next tripartite summit") when there is one
        told = [d for d in drafts if d.type == "meeting" and not d.back_reference]
        named = [d for d in told if group.round in d.sent.text.lower()]
        if not named and group.pair:
            # "officials of the two foreign ministries held their first round of political
            # consultations": the document's pair, not the last meeting told
            return frozenset()
        last = (named or told)[-1] if told else None
        return frozenset(last.countries) if last else frozenset()
    return frozenset()


def _last_told(drafts: list[Draft], count: int) -> frozenset[str]:
    """The states of the last sentence's records when they are `count` ("held talks with his
    counterparts from A and B", one meeting with each: "The three ministers also signed …")."""
    if not drafts:
        return frozenset()
    last = drafts[-1].sent.start
    states = frozenset(c for d in drafts if d.sent.start == last for c in d.countries)
    return states if len(states) == count else frozenset()


# A word every match of _THE_N holds, and one every match of _ROUND does.
_COUNTS = ("three", "four", "five", "six", "seven", "eight", "tripartite", "trilateral",
           "quadrilateral")  # fmt: skip
_ROUND_FIRST = (
    "next", "previous", "last", "first", "second", "third", "earlier", "upcoming", "forthcoming",
    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip


_ROUND = re.compile(
    r"(?i)\b(?:next|previous|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|earlier|upcoming|forthcoming)\s+"
    r"(?:[\w-]+\s+){0,2}(?P<noun>summit|meeting|session|round|talks|consultations)\b"
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
        longer = _longer_name(p, persons)
        if longer is not None:
            if longer not in out:
                out.append(longer)  # "Marcelo Ebrard" in a headline, "Marcelo Ebrard Casaubón"
        elif " " not in p.name and p.name.casefold() in words:
            q = full[p.name.casefold()]
            if q not in out:
                out.append(q)
        elif p not in out:
            out.append(p)
    return out


def _longer_name(p: people.Person, persons: list[people.Person]) -> people.Person | None:
    """A fuller name of the same person among `persons`: the same first word and every word
    of `p`'s ("Marcelo Ebrard Casaubón" for "Marcelo Ebrard")."""
    words = p.name.casefold().split()
    if len(words) < 2:
        return None
    for q in persons:
        other = q.name.casefold().split()
        if len(other) > len(words) and other[0] == words[0] and set(words) < set(other):
            return q
    return None


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


def _elsewhere(a: Draft, b: Draft) -> bool:
    """ "agreed to hold the next meeting … in Bishkek" and "took part in the summit in Xi'an" in
    May: a plan and an event done, in two places named in the body, are two events (not a
    visit and its leg still to come: "is scheduled to visit Ha Long Bay")."""
    places = {a.location, b.location}
    two = len(places) == 2 and None not in places and "online" not in places
    return a.status != b.status and two and a.type != "visit"


def _plans_elsewhere(a: Draft, b: Draft) -> bool:
    """ "agreed that the next session of the Commission will be held in Accra later this year"
    and "is to pay a courtesy call on the Prime Minister at Jamaica House today": two plans of
    two sentences, in two places, one dated to a day and one only to a month or year."""
    places = {a.location, b.location}
    two = len(places) == 2 and None not in places and "online" not in places
    return (
        a.status == b.status == "planned"
        and a.type != "visit"
        and a.sent != b.sent
        and two
        and a.date is not None
        and b.date is not None
        and (len(a.date) == 10) != (len(b.date) == 10)
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
    why = dict(d.why)
    day = dt.date.fromisoformat(d.date)
    if _ENDED.search(d.sent.text, max(0, found.start() - 40), found.start()):
        # "concluded a two-day visit to Hungary on Tuesday": the day given is the last
        why["date"] = Why(d.why["date"].surface, f"{d.why['date'].rule}; the last day of it")
        why["date_end"] = Why(found.group(0), "last day - the N-day span")
        first = day - dt.timedelta(days=days - 1)
        return d.replaced(date=first.isoformat(), date_end=d.date, why=why)
    why["date_end"] = Why(found.group(0), "first day + the N-day span")
    return d.replaced(date_end=(day + dt.timedelta(days=days - 1)).isoformat(), why=why)


# "He is on a four-day state visit that began on Monday.", "Ruto is on a visit from 10 to 13
# June.": the span of the visit told just before, in a sentence of its own
_ON_A_VISIT = re.compile(
    r"\W*(?:He|She|(?-i:[A-Z])[\w'’-]+)\s+(?:is|was)\s+(?:currently\s+|now\s+)?on\s+"
    r"(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b"
)


def _visit_span_told(
    drafts: list[Draft],
    text: str,
    sent: Sentence,
    pub: dt.date,
    here: list[CountryMention],
) -> None:
    """Give the last visit its span when the next sentence, naming no state (`here`: its
    mentions), tells it."""
    m = _ON_A_VISIT.match(text, sent.start, sent.end)
    if m is None:
        return
    if any(c.kind != "capital" for c in here):
        return  # the sentence makes a record of its own, which merges with the one before
    i = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i].type == "visit"), None)
    if i is None or drafts[i].sent.end > sent.start:
        return
    d = drafts[i]
    if d.status != "occurred" or d.date_end or not d.date or len(d.date) != 10:
        return
    found = [x for x in temporal.date_mentions(text, m.end(), sent.end, published=pub) if x.value]
    why = dict(d.why)
    if len(found) == 1 and found[0].value == d.date and found[0].value_end:
        why["date_end"] = Why(found[0].surface, "the span the next sentence gives the visit")
        drafts[i] = d.replaced(date_end=found[0].value_end, why=why)
        return
    n = _N_DAY_VISIT.search(text, sent.start, sent.end)
    if n is None or any(x.value != d.date for x in found) or _days_of(n.group("n")) < 2:
        return
    end = dt.date.fromisoformat(d.date) + dt.timedelta(days=_days_of(n.group("n")) - 1)
    why["date_end"] = Why(n.group(0), "first day + the N-day span the next sentence gives")
    drafts[i] = d.replaced(date_end=end.isoformat(), why=why)


def _told_ended(d: Draft) -> bool:
    """Does `d`'s sentence tell its "N-day visit" as ended ("concluded his four-day visit")?"""
    found = _N_DAY_VISIT.search(d.sent.text) if "day" in d.sent.text else None
    return found is not None and (
        _ENDED.search(d.sent.text, max(0, found.start() - 40), found.start()) is not None
    )


# "concluded a two-day visit", "wrapped up his three-day state visit"
_ENDED = re.compile(
    r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|ended|ends|wound\s+up|completed|"
    r"rounded\s+off)\s+(?:(?:his|her|their|a|the|an)\s+)?$"
)


def _years_apart(a: Draft, b: Draft) -> bool:
    """Both drafts are dated, in different years ("during the state visit … in December 2022"
    told in a report of a visit planned for 2023: another visit)."""
    return bool(a.date and b.date and a.date[:4] != b.date[:4])


def _relations_announced(said: Draft, done: Draft) -> bool:
    """ "A and B have established diplomatic relations, the ministry announced yesterday" and
    "The Joint Communiqué … was signed on the 12th": the day of the announcement is not a
    second establishment of the same relations."""
    if not (said.type == done.type == "diplomatic_relations" and said.countries == done.countries):
        return False
    surface = said.why["date"].surface
    if not surface or not _days_apart(said, done, 2) or _headline(done):
        return False
    at = said.sent.text.find(surface)
    # (a headline dated by such a lead is the same)
    return _headline(said) or (at > 0 and temporal.said_before(said.sent.text, at))


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


DATELINE_DAY = assemble.DATELINE_DATE


def dateline_dated(draft: Draft, published: Publication | None) -> Draft:
    """ "Abuja, May 7, 2022 (NAN) The governments of … have signed": a sentence that holds the
    dateline and no other date is dated by the report's day, which a day the body gives for the
    same act ("The MoU was signed on the 5th of May") replaces."""
    if published is None or not (draft.sent.start <= published.start < draft.sent.end):
        return draft
    if draft.why["date"].surface != published.surface:
        return draft
    why = dict(draft.why)
    why["date"] = Why(published.surface, DATELINE_DAY)
    return draft.replaced(why=why)


def _report_day(a: Draft, b: Draft) -> bool:
    """One draft is dated by the dateline only, the other by a day of the week before it."""
    for weak, day in ((a, b), (b, a)):
        if weak.why["date"].rule == DATELINE_DAY and weak.date and day.date:
            return assemble.within_days(day.date, weak.date, days=7)
    return False


def _lent(other: Draft, keep: Draft) -> bool:
    """`other` has only the day the report gives the occasion, `keep`'s own: a headline under a
    lead dated by the dateline ("Latvia and Tuvalu establish diplomatic relations") dates
    nothing, and the lead stays a weak date that the body's day replaces."""
    return other.date == keep.date and other.why["date"].rule == assemble.NEWS_DAY_RULE


def _merge(keep: Draft, other: Draft) -> Draft:
    """Fold a repeat of an event into the record that already holds it."""
    finer = other.date and (
        not keep.date
        or len(other.date) > len(keep.date)
        or (
            len(other.date) == len(keep.date)
            and other.date_end
            and not keep.date_end
            # "… received today the visiting minister. He is on a visit from 3 to 6
            # September. The two sides signed … during the meeting": a span borrowed from
            # the sentence before is the visit's, not the meeting's own day
            and (_own_day(other) or not _own_day(keep))
        )
        or (
            keep.why["date"].rule == DATELINE_DAY
            and len(other.date) == 10
            and not _lent(other, keep)
        )
    )
    better = other if finer or _relations_announced(keep, other) else keep
    if (
        keep.type == other.type == "visit"
        and _days_apart(keep, other, 2)
        and not keep.date_end
        # not the day a visit "concluded" on: its last ("on Friday concluded his four-day
        # visit … On Thursday, he travelled to Bengaluru")
        and not _told_ended(keep)
    ):
        # a visit begins on the earlier of its days ("arrived on Tuesday", "the visit" Wednesday)
        # (the one with a day of its own when both are that day)
        better = min(keep, other, key=lambda d: (d.date or "", not _own_day(d)))
    why = dict(keep.why)
    place = _place(keep, other)
    for key in ("date", "location"):
        if (better is other and key == "date") or (key == "location" and place != keep.location):
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
    if (
        kind in SIGNED
        and other.back_reference
        and _IN_PRESENCE.search(other.sent.text)
        and not _signed_by(other.sent.text)
    ):
        add = []  # "The document was signed … in the presence of A, B and C": its witnesses
    persons = _fuller(keep.people + add)
    if (
        other.people
        and _witnessed(keep.sent.text)
        and (_signed_by(other.sent.text) or not _witnessed(other.sent.text))
    ):
        persons = _fuller(other.people)  # who signed it, not who witnessed the signing
    elif other.people and kind in SIGNED and _summed_then_named(keep, other):
        # "signed three memoranda … following talks between A and B", then "X and Y signed
        # the MoU on trade": who signed the one named
        persons = _fuller(other.people)
    # a lead dated by the dateline alone is the body's act ("The MoU was signed on …")
    lead = keep.why["date"].rule == DATELINE_DAY and better is other
    if (
        _headline(keep)
        and not _headline(other)
        and not other.back_reference
        and not keep.why["status"].rule.startswith(_BODY_STATUS)
    ):
        told = other.why["status"]
        why["status"] = Why(told.surface, f"{_BODY_STATUS}: {told.rule}")
    return keep.replaced(
        type=kind,
        back_reference=(keep.back_reference or lead) and other.back_reference,
        date=better.date,
        date_end=better.date_end,
        status=_status(keep, other),
        location=place,
        people=persons,
        # the sentence that dates it (its "N-day visit" gives the visit's end)
        sent=other.sent
        if (better is other and (keep.date is None or _borrowed(keep)))
        or (other.date == better.date and _spans_days(other, keep))
        else keep.sent,
        why=why,
    )


_IN_PRESENCE = re.compile(r"(?i)\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\b")
# "The agreement was signed by X and Y" after "the two leaders witnessed the signing of …"
_SIGNED_BY = re.compile(r"\b(?:signed|exchanged|inked)\s+(?:[\w\s]{0,30}?\s)?by\b")
# …or after "President Tebboune signed a decree ratifying the agreement": who ratified it
_WITNESSED = re.compile(
    r"\b(?:witness(?:ed|es|ing)?|attend(?:ed|s|ing)?)\s+the\s+(?:signing|exchange)\b|"
    r"\bratif(?:y|ied|ies|ying)\s+the\b"
)


def _spans_days(first: Draft, later: Draft) -> bool:
    """The visit's first day told in a sentence that gives its length ("arrived on the 5th of
    May for a two-day visit"), the later one's not."""
    return (
        first.type == "visit"
        and _N_DAY_VISIT.search(first.sent.text) is not None
        and _N_DAY_VISIT.search(later.sent.text) is None
    )


def _signed_by(sentence: str) -> bool:
    """ "The agreement was signed by X and Y" (the words _SIGNED_BY needs tested first)."""
    words = "signed" in sentence or "exchanged" in sentence or "inked" in sentence
    return words and "by" in sentence and _SIGNED_BY.search(sentence) is not None


def _witnessed(sentence: str) -> bool:
    """ "… witnessed the signing", "… ratifying the agreement" (see _WITNESSED)."""
    words = "witness" in sentence or "ratif" in sentence or "attend" in sentence
    return words and _WITNESSED.search(sentence) is not None


def _place(keep: Draft, other: Draft) -> str | None:
    """The first place named, but a city over a country named alone (not the place of a
    leg still to come: "is scheduled to visit Ha Long Bay" keeps the visit's "Vietnam")."""
    leg = keep.type == "visit" and keep.status == "occurred" and other.status == "planned"
    if assemble.PHONE in (keep.why["location"].rule, other.why["location"].rule):
        return None  # a call has no place, whatever else told it
    if keep.location and other.location and not leg:
        # a leg of a tour names its state only ("a tour that will take him to Kazakhstan")
        # …and the dateline's city only guessed for the day's news ("Tbilisi - Georgia and
        # Azerbaijan have signed a treaty" and "The treaty was signed in Baku by …")
        vague = keep.why["location"].rule.endswith(
            ("(no city given)", "of the tour visited", _DATELINE_GUESS)
        )
        return (
            other.location
            if vague
            and not other.why["location"].rule.endswith(("(no city given)", _DATELINE_GUESS))
            else keep.location
        )
    return keep.location or other.location


_DATELINE_GUESS = "dateline city, event of the news day"


def _signed_reference(d: Draft) -> bool:
    """A reference to a document that reports its signing as done."""
    return d.type in SIGNED and d.status == "occurred"


_BODY_STATUS = "the body's status"


def _status(keep: Draft, other: Draft) -> Status:
    """A report that it happened outweighs an announcement; a mere reference says nothing
    (but "The agreement was signed at Palazzo Chigi" says it happened); a headline's tense
    says nothing either ("Ghana, Togo set to hold talks" over "are expected to hold talks")."""
    if _headline(keep) != _headline(other):
        body, head = (other, keep) if _headline(keep) else (keep, other)
        # (a headline that took in a body record already stands for it: "is on an official
        # visit" then "is expected to visit Alexandria" keeps the visit under way)
        if not body.back_reference and not head.why["status"].rule.startswith(_BODY_STATUS):
            return body.status
    if keep.type in SIGNED and other.type in SIGNED and "occurred" in (keep.status, other.status):
        return "occurred"
    if other.back_reference and not keep.back_reference and not _signed_reference(other):
        return keep.status
    if keep.back_reference and not other.back_reference and not _signed_reference(keep):
        return other.status
    return "occurred" if "occurred" in (keep.status, other.status) else "planned"


# "held a bilateral meeting", "bilateral talks": a meeting of two states
_BILATERAL = re.compile(r"(?i)\bbilateral\s+(?:[\w-]+\s+)?$")


def _bilateral_two(draft: Draft, trigger: triggers.Trigger, text: str) -> Draft:
    """A "bilateral meeting" of two named officials of two states is of those two: a third state
    the sentence names ("where they discussed Gaza, Myanmar and …") is a topic, not a side."""
    if draft.type != "meeting" or len(draft.countries) < 3:
        return draft
    if not _BILATERAL.search(text, max(draft.sent.start, trigger.start - 30), trigger.start):
        return draft
    own = {p.country for p in draft.people if p.country}
    if len(own) != 2 or not own <= set(draft.countries):
        return draft
    why = {**draft.why, "countries": Why(None, "a bilateral meeting: the states of its officials")}
    return draft.replaced(countries=tuple(sorted(own)), why=why)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    # the (sentence, item) of the documents each record took in: "signed six documents …
    # The documents comprise an agreement on A, an agreement on B": one record each, not one
    absorbed: list[set[tuple[int, int]]] = []
    for draft in drafts:
        # A record of the same type first: the body's MoU is the headline's MoU, not its visa deal.
        order = [i for i, d in enumerate(out) if d.type == draft.type]
        if draft.back_reference:
            order = _referred_first(out, order, draft)
        order += [i for i, d in enumerate(out) if d.type != draft.type]
        match = next((i for i in order if _same_event(out[i], draft)), None)
        if match is not None and any(
            s == draft.sent.start and n != draft.item for s, n in absorbed[match]
        ):
            match = None  # another document of the list that one was
        if match is None:
            if not _wider_reference(out, draft):
                out.append(draft)
                absorbed.append(set())
        elif (
            _contains(out[match], draft)
            or _own_day_of_visit(out[match], draft)
            or _earlier_day_of_visit(out[match], draft)
            or _report_day(out[match], draft)
            or _relations_announced(out[match], draft)
        ):
            out[match] = _merge(out[match], draft)
            absorbed[match].add((draft.sent.start, draft.item))
        # else a later leg of the visit kept ("is scheduled to address a forum in Kampala"):
        # the visit keeps its own day, place and people
    return out


def _referred_first(out: list[Draft], order: list[int], ref: Draft) -> list[int]:
    """The records "the talks" or "The meeting was attended by …" may stand for, the likeliest
    first: those told by the same noun ("held talks", then "was received by", then "The talks
    were attended by": the talks), else the last of the same states ("… received the
    minister. The meeting was attended by …": that reception), then the others as told."""
    word = (ref.why["type"].surface or "").split()[-1:]
    named = [i for i in order if word and word[0].lower() in _surface(out[i])]
    same = [i for i in reversed(order) if i not in named and out[i].countries == ref.countries]
    return named + same + [i for i in order if i not in named and i not in same]


def _surface(d: Draft) -> str:
    return (d.why["type"].surface or "").lower()


def _own_day_of_visit(kept: Draft, draft: Draft) -> bool:
    """ "the visit" dated by the day's talks, then "arrived in Kathmandu on Tuesday": the day
    the visit's own sentence gives replaces the one it borrowed."""
    return kept.type == draft.type == "visit" and not _own_day(kept) and _own_day(draft)


def _earlier_day_of_visit(kept: Draft, draft: Draft) -> bool:
    """ "who is on a working visit" told on Saturday, then "arrived in Algiers on the 5th of
    May for a two-day visit": the earlier day is the visit's first (and its sentence its city)."""
    if not (kept.type == draft.type == "visit" and kept.date and draft.date):
        return False
    if draft.back_reference:
        return False  # "had spoken by telephone on Friday to prepare the visit": not its day
    return len(kept.date) == len(draft.date) == 10 and draft.date < kept.date


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


def _headline_within(drafts: list[Draft]) -> list[Draft]:
    """A headline's "Somalia, Ethiopia agree … in Ankara talks hosted by Erdogan" is the body's
    meeting of the three: a headline record whose states are all parties of a body record of
    its type, with none of the body's records of that type on exactly its states, is that
    record told short (not one of its own)."""
    told = [o.sent.start for o in drafts if not _headline(o)]
    head = min(told) if told else -1
    dropped: set[int] = set()
    places: dict[int, Draft] = {}  # a body record's index: the headline that names its place
    for n, d in enumerate(drafts):
        if not (0 <= d.sent.start < head and _headline(d)):
            continue
        body = [i for i, o in enumerate(drafts) if o.type == d.type and not _headline(o)]
        if any(drafts[i].countries == d.countries for i in body):
            continue
        wider = next((i for i in body if set(d.countries) < set(drafts[i].countries)), None)
        if wider is not None:
            dropped.add(n)
            if drafts[wider].location is None and d.location is not None:
                places.setdefault(wider, d)  # the headline's "in Ankara talks"
    out = []
    for n, d in enumerate(drafts):
        if n in dropped:
            continue
        if n in places:
            head_draft = places[n]
            why = {**d.why, "location": head_draft.why["location"]}
            d = d.replaced(location=head_draft.location, why=why)
        out.append(d)
    return out


def _headline_turns(drafts: list[Draft], text: str) -> list[Draft]:
    """ "Manalo meets Japan, US counterparts in Vientiane" over a body telling one trilateral
    meeting of the three: the headline's meetings "in turn" left unmatched by a body record
    of their own states are that meeting, not more."""
    head = text.find("\n\n")
    out = []
    for d in drafts:
        if (
            d.type == "meeting"
            and 0 <= d.sent.start < head
            and d.why["countries"].rule == split.MET_IN_TURN
            and any(
                o.type == "meeting"
                and o.sent.start > head
                and len(o.countries) >= 3
                and set(d.countries) < set(o.countries)
                and o.date == d.date
                for o in drafts
            )
        ):
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
            # (the lead's act of the headline's kind first: "ink pact … as X visits Hanoi" is
            # dated by the lead's MoU, not by the visit it names beside it)
            kin = sorted(lead, key=lambda o: not _same_kind(o, d) and o.type != d.type)
            source = next(
                (
                    o
                    for o in kin
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


def _visit_of_its_talks(drafts: list[Draft]) -> list[Draft]:
    """An undated visit whose own sentence tells its visitor's talks on a day ("a visit to
    Berlin by X, who met with Y last Tuesday") took place in that day's month (the guide's
    precision: the text gives no day of the visit itself)."""
    out = []
    for d in drafts:
        if d.type == "visit" and d.date is None and d.status == "occurred":
            talks = next(
                (
                    m
                    for m in drafts
                    if m.type == "meeting"
                    and m.sent == d.sent
                    and m.countries == d.countries
                    and m.status == "occurred"
                    and m.date is not None
                    and len(m.date) == 10
                ),
                None,
            )
            if talks is not None and talks.date is not None:
                why = {**d.why, "date": Why(talks.why["date"].surface, "the month of its talks")}
                d = d.replaced(date=talks.date[:7], why=why)
        out.append(d)
    return out


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


def _from_dateline_state(visit: Draft, d: Draft, dateline_code: str | None) -> bool:
    """The visit is by an official of the dateline's state: so its visitor's country says, or,
    with none known yet, a city of the visit other than the dateline's that it went to
    ("SINGAPORE – … during the minister's visit to Vietnam", the visit in Hanoi)."""
    visitor = _visitor(visit)
    if visitor is not None:
        return visitor == dateline_code
    return (
        dateline_code in visit.countries
        and visit.location is not None
        and visit.location != d.location
        and visit.why["location"].rule == "visit destination, named city"
    )


def _at_seat(d: Draft, text: str) -> bool:
    return places.names_seat(text, d.sent.start, d.sent.end)


def _share_places(
    drafts: list[Draft], dateline_code: str | None, text: str, mentions: list[CountryMention]
) -> list[Draft]:
    """Events of a visit without a place of their own happened where the visit did; a planned
    one only when its sentence tells the visit ("who arrived Sunday for a three-day visit, is
    scheduled to call on …") or a seat of the hosts ("at the Presidential Villa"): "He will
    meet the Speaker on Tuesday" says no place.  So did
    those placed only by a dateline at the visitor's home ("MOSCOW (TASS) - … On Monday,
    Lavrov held talks with …" during his visit to Vientiane)."""
    trips = [d for d in drafts if d.type == "visit" and d.status == "occurred"]
    # "wrapped up a three-day visit to Hanoi on Sunday": the days before Sunday are the visit's
    visits = [_visit_end(d) if _told_ended(d) else d for d in trips if d.location]
    plans = [d for d in drafts if d.type == "visit" and d.status == "planned" and d.location]
    out = []
    for d in drafts:
        from_home = d.why["location"].rule == assemble.DATELINE_DAY and any(
            _from_dateline_state(v, d, dateline_code)
            and v.countries == d.countries
            and _during(v, d)
            for v in trips
        )
        if from_home:  # not at home, wherever the visit was
            d = d.replaced(location=None, why={**d.why, "location": Why(None, _AT_HOME)})
        if d.location is None and d.type != "visit" and not assemble.placeless(d):
            host = next(
                (
                    v
                    for v in visits
                    if v.countries == d.countries
                    and _during(v, d)
                    and (d.status == "occurred" or v.sent == d.sent or _at_seat(d, text))
                ),
                None,
            )
            # "On Friday X will fly to Suva; three days later he is due to hold talks …": a plan
            # told in the sentence of the planned visit
            host = host or next(
                (
                    v
                    for v in plans
                    if v.sent == d.sent and v.countries == d.countries and _during(v, d)
                ),
                None,
            )
            if host:
                place = _moved_on(text, host, d, mentions) or host.location
                why = dict(d.why)
                why["location"] = Why(place, "held during the visit")
                d = d.replaced(location=place, why=why)
        out.append(d)
    return out


# "was welcomed at Nadi International Airport … before travelling to Suva": where the visit
# went on to, for what the report tells after it
_MOVED_ON = re.compile(
    r"\b(?:travell?ing|travell?ed|heading|headed|proceeding|proceeded|moving\s+on|moved\s+on|"
    r"flying|flew|continuing|continued|went\s+on|driving|drove)\s+(?:on\s+)?to\s+(?=[A-Z])"
)


def _moved_on(text: str, visit: Draft, d: Draft, mentions: list[CountryMention]) -> str | None:
    """The city the visit moved on to between its sentence and the draft's."""
    if d.sent.start <= visit.sent.start:
        return None
    moves = list(_MOVED_ON.finditer(text, visit.sent.start, d.sent.start))
    if not moves:
        return None
    m = moves[-1]
    place = places.in_sentence(text, m.start(), m.end() + 40, mentions, destination=True)
    if place is None or place.rule != "named city":
        return None
    # "before travelling to Dushanbe for a state visit to Tajikistan": the next leg's capital
    abroad = any(c.start == place.start and c.code not in visit.countries for c in mentions)
    return None if abroad else place.name


_AT_HOME = "a dateline at the visitor's home"


def _later_legs_dated(parts: list[Draft], text: str, published: str | None) -> list[Draft]:
    """ "He began the trip in Cape Verde on Sunday and visited Ivory Coast and Nigeria earlier
    this week": the first leg keeps the day told with it, the later legs take the date told
    after their list ("earlier this week"), if any."""
    first = next((d for d in parts if d.why["countries"].rule == split.FIRST_LEG), None)
    if first is None or published is None or len(parts) < 2:
        return parts
    later = [d for d in parts if d is not first]
    last = max(text.rfind(d.location or "\0", first.sent.start, first.sent.end) for d in later)
    if last < 0:
        return parts
    stop = _CLAUSE_END.search(text, last, first.sent.end)
    end = stop.start() if stop else first.sent.end
    day = dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    dates = [
        d
        for d in temporal.date_mentions(text, last, end, published=day)
        if d.value and d.surface != first.why["date"].surface
    ]
    if not dates:
        return parts
    when = dates[0]
    why = Why(when.surface, f"a later leg of the tour: {when.rule}")
    return [
        d
        if d is first
        else d.replaced(date=when.value, date_end=when.value_end, why={**d.why, "date": why})
        for d in parts
    ]


_CLAUSE_END = re.compile(r"[,;]|\s[-–—]\s")


def _not_at_home(drafts: list[Draft], dateline_code: str | None) -> list[Draft]:
    """A visit is never to the visitor's home: a dateline there ("NAIROBI - Ruto, who arrived
    in the U.S. capital …") does not place it."""
    out = []
    for d in drafts:
        if (
            d.type == "visit"
            and dateline_code is not None
            and d.why["location"].rule == assemble.DATELINE_DAY
            and _visitor(d) == dateline_code
        ):
            why = dict(d.why)
            why["location"] = Why(None, _AT_HOME)
            d = d.replaced(location=None, why=why)
        out.append(d)
    return out


def _dateline_of_parties(
    drafts: list[Draft], dateline_code: str | None, mentions: list[CountryMention]
) -> list[Draft]:
    """A dateline says where the report was filed: it places the day's events only of the
    states whose city it is, or that its sentence names outside the dateline ("… after talks
    hosted by Turkish President Erdogan" under ANKARA); "LONDON (Reuters) - The Iranian and
    Saudi foreign ministers met on Monday" says no place."""
    out = []
    for d in drafts:
        if (
            dateline_code is not None
            and dateline_code not in d.countries
            and d.why["location"].rule == assemble.DATELINE_DAY
            and not any(
                m.code == dateline_code and d.sent.start <= m.start < d.sent.end for m in mentions
            )
        ):
            why = dict(d.why)
            why["location"] = Why(None, "the dateline's state takes no part")
            d = d.replaced(location=None, why=why)
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
        within = _contains(other, d) or (other.type == "visit" and _during(other, d))
        # "met the minister in Vilnius" on one day of a visit to Lithuania, "met the Speaker"
        # on the next: the same visit's city
        within = within or any(
            v.type == "visit" and v.countries == d.countries and _during(v, d) and _during(v, other)
            for v in drafts
            if v is not d and v is not other and v.status == d.status
        )
        if place == state and gaz.is_capital(other.location) and within:
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
    drafts: list[Draft], sents: list[list[people.Person]], published: str | None, text: str
) -> list[Draft]:
    """The one meeting of a pair also has the officials of its parties who speak in the report
    (not a background meeting of an earlier year: "the commission last met in 2019")."""
    out = []
    for d in drafts:
        same = [x for x in drafts if x.type == "meeting" and x.countries == d.countries]
        background = bool(d.date and published and d.date[:4] < published[:4])
        if d.type == "meeting" and len(same) == 1 and d.status == "occurred" and not background:
            names = {p.name.casefold() for p in d.people}
            # who met others in the report speaks of those talks ("Dr. Al Zayani noted …"
            # after the King's reception of envoys and the minister's own meetings)
            elsewhere = {
                p.name.casefold()
                for x in drafts
                if x.type == "meeting" and x.countries != d.countries
                for p in x.people
            }
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
                and p.name.casefold() not in elsewhere
                and not (p.role and _SPEAKER_ROLE.match(p.role))
                and not people.tells_only(text, p)
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


# "At the same ceremony, officials exchanged letters on …": the signing just told
_SAME_CEREMONY = re.compile(
    r"\s*(?:At|During|On)\s+the\s+same\s+(?:ceremony|occasion|event|signing\s+ceremony)\b"
)


def _same_ceremony(
    trigger: triggers.Trigger, sent: Sentence, text: str, drafts: list[Draft]
) -> frozenset[str]:
    """The states of the last signing told, for a document signed "at the same ceremony" in a
    sentence naming no state."""
    if trigger.type not in triggers.SIGNED_TYPES or not _SAME_CEREMONY.match(text, sent.start):
        return frozenset()
    last = next((d for d in reversed(drafts) if d.type in triggers.SIGNED_TYPES), None)
    return frozenset(last.countries) if last else frozenset()


def _as_written(drafts: list[Draft], text: str) -> list[Draft]:
    """Each place spelt as the text spells it ("Nukuʻalofa" with the ʻokina, where the table of
    capitals has "Nuku'alofa")."""
    return [
        d.replaced(location=places.as_written(text, d.location)) if d.location else d
        for d in drafts
    ]


def span_of(sent: Sentence) -> tuple[int, int]:
    return sent.start, sent.end


def _previous_dates(
    text: str, previous: Sentence | None, sent: Sentence, pub: dt.date | None, drafts: list[Draft]
) -> list[DateMention]:
    """Day dates of the sentence before, read only when this one may continue it ("He …")."""
    if previous is None or not assemble.continues_before(text, sent.start):
        return []
    # "he is scheduled to hold talks … on Tuesday. The two ministers also signed …": the
    # plan's day does not date an act told as done
    if assemble.future_form(text, previous.start, previous.end) and not assemble.future_form(
        text, sent.start, sent.end
    ):
        return []
    found = temporal.date_mentions(text, previous.start, previous.end, published=pub)
    days = [d for d in found if d.value and d.precision == "day"]
    return [d for d in days if not _arrival_before_news(text, previous.start, d, drafts)]


# "On the first day of the conference, the two countries signed a loan agreement": a day of
# the gathering the sentence before dated as a span ("on August 27-28, 2022")
_DAY_OF_GATHERING = re.compile(
    r"(?i)\s*(?:on|during)\s+the\s+(?P<nth>first|opening|second|last|closing|final)\s+day\s+of\s+"
    r"the\s+(?:[\w-]+\s+)?(?:conference|summit|forum|meeting|session|talks|congress|assembly)\b"
)


def _day_of_gathering(
    draft: Draft, text: str, previous: Sentence | None, pub: dt.date | None
) -> Draft:
    """An undated act "on the first day of the conference": that day of the span the
    sentence before gives the gathering."""
    if draft.date is not None or previous is None:
        return draft
    day = _DAY_OF_GATHERING.match(text, draft.sent.start)
    if day is None:
        return draft
    found = temporal.date_mentions(text, previous.start, previous.end, published=pub)
    spans = [d for d in found if d.value and d.value_end and d.precision == "day"]
    if not spans:
        return draft
    first, last = spans[-1].value, spans[-1].value_end
    assert first is not None and last is not None
    nth = day.group("nth").lower()
    if nth == "second":
        value = (dt.date.fromisoformat(first) + dt.timedelta(days=1)).isoformat()
        value = min(value, last)
    else:
        value = first if nth in ("first", "opening") else last
    why = dict(draft.why)
    why["date"] = Why(
        day.group(0).strip(), f"a day of the span the sentence before gives; {spans[-1].rule}"
    )
    return draft.replaced(date=value, date_end=None, why=why)


# "On his arrival, Mr Rasmussen held talks …": the day the visit told before began
_ON_ARRIVAL = re.compile(r"(?i)\b(?:on|upon|after|following)\s+(?:his|her|their|the)\s+arrival\b")


def _on_arrival(draft: Draft, drafts: list[Draft], text: str, at: int) -> Draft:
    """An act told "on his arrival" with no day of its own takes the first day of the last
    visit recorded (not the day of an act in Accra told in between)."""
    if draft.date is not None and draft.why["date"].rule != assemble.NEWS_DAY_RULE:
        return draft
    if "arrival" not in text[draft.sent.start : at] or not _ON_ARRIVAL.search(
        text, draft.sent.start, at
    ):
        return draft
    visit = next(
        (
            d
            for d in reversed(drafts)
            if d.type == "visit" and d.status == "occurred" and d.date and len(d.date) == 10
        ),
        None,
    )
    if visit is None or visit.date is None:
        return draft
    why = dict(draft.why)
    why["date"] = Why(visit.why["date"].surface, "on the arrival: the first day of the visit")
    place = draft.location
    if visit.location and (place is None or place not in draft.sent.text):
        place = visit.location  # not the place of the act told in between
        why["location"] = Why(visit.location, "on the arrival: the place of the visit")
    return draft.replaced(date=visit.date, date_end=None, location=place, why=why)


def _arrival_before_news(text: str, start: int, d: DateMention, drafts: list[Draft]) -> bool:
    """ "… presented his credentials on Monday. X arrived in Caracas on Sunday. He met
    Maduro …": the day of an arrival, when the report told an act of a later day, is not the
    day of what was done on the visit (that is the news day's)."""
    if not _ARRIVED.search(text, max(start, d.start - 80), d.start):
        return False
    return any(
        o.status == "occurred" and o.date and len(o.date) == 10 and o.date > (d.value or "")
        for o in drafts
    )


# (or "is in Doha for a two-day state visit that began on Sunday": the first day of it too)
_ARRIVED = re.compile(
    r"\b(?:arrived|arrives|landed|lands"
    r"|(?:visit|trip|tour|stay)\b[^,.;]{0,30}\b(?:began|begun|started|commenced))\b[^,.;]*$"
)


# "The talks were attended by …", "The ceremony was attended by …": more people at the
# meeting(s) just reported.
_ATTENDED = re.compile(
    r"\b(?:talks|meeting|ceremony|reception|negotiations|session|consultations)\s+(?:was|were)\s+"
    r"(?:also\s+)?attended\s+by\b"
    # "The Uzbek delegation was headed by X, the Hungarian delegation — by Y"
    r"|\b(?:delegation|side)s?\s+(?:was|were)\s+(?:also\s+)?(?:led|headed|chaired)\s+by\b"
    # "X led the Bangladesh side while Y led his side at the consultations"
    r"|\b(?:led|headed)\s+(?:the|his|her|their)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:side|delegation)\b"
    r"(?=[^.;]{0,80}\bat\s+the\s+(?:[\w-]+\s+){0,2}(?:talks|consultations|meeting|session|"
    r"negotiations|round)\b)"
    # "The meeting took place in the presence of Foreign Minister X", "Also present were …"
    # (a ceremony in someone's presence is one he witnessed: see people.in_presence)
    r"|\b(?:talks|meeting|session|consultations)\s+(?:took\s+place|"
    r"(?:was|were)\s+held)\s+in\s+the\s+presence\s+of\b"
    # "Mudavadi was joined by Trade Minister X and her counterpart Y", "X joined Cypriot Minister
    # Y and Greek Minister Z in discussing …": more officials of the talks told before
    r"|\b(?:was|were)\s+(?:also\s+)?joined\s+by\s+(?=[A-Z]|the\s|his\s|her\s)"
    r"|\bjoined\s+(?:[^.;]{0,160}?)\bin\s+(?:discussing|the\s+talks|talks|the\s+discussions?|"
    r"reviewing)\b"
    r"|\balso\s+(?:present|in\s+attendance)\s+(?:at\s+the\s+(?:talks|meeting)\s+)?(?:was|were)\b"
    # "Foreign Minister X also took part in the audience"
    r"|\b(?:also\s+)?(?:took|takes|take)\s+part\s+in\s+the\s+(?:audience|talks|meeting|reception|"
    r"session|consultations|discussions)\b",
    re.I,
)


# the words of which _ATTENDED needs one ("took part in" holds "part")
_ATTENDED_WORDS = (
    "attended",
    "led",
    "headed",
    "chaired",
    "presence",
    "present",
    "attendance",
    "joined",
    "part",
)


def _attended(text: str, sent: Sentence) -> bool:
    """The sentence says who attended or led the talks ("… were attended by", see _ATTENDED)."""
    low = quick.folded(text)
    return (
        quick.may_hold(
            low,
            sent.start,
            sent.end,
            _ATTENDED_WORDS,
        )
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


def _add_companions(
    drafts: list[Draft], persons: list[people.Person], sent: Sentence, text: str
) -> None:
    """The officials accompanying a visitor, told in a sentence of their own: participants of
    the last visit told before, of the visitor's state (with no visit told, of the last
    meeting of the one they accompanied)."""
    visits = [d for d in drafts if d.type == "visit" and d.sent.start < sent.start and d.people]
    found = (
        (visits[-1], visits[-1].people[0]) if visits else _meeting_of_subject(text, drafts, sent)
    )
    if found is None:
        return
    event, principal = found
    home = principal.country
    names = {p.name.casefold() for p in event.people}
    for p in persons:
        if p.start < sent.start or p.sender or p.name.casefold() in names:
            continue
        if p.country not in (None, home):
            continue
        names.add(p.name.casefold())
        event.people.append(p if p.country else replace(p, country=home))


def _meeting_of_subject(
    text: str, drafts: list[Draft], sent: Sentence
) -> tuple[Draft, people.Person] | None:
    """ "X held talks with Y on the sidelines of the Assembly. Mr X was accompanied by Z": the
    last meeting told before `sent` in which the one accompanied (named by name or surname
    before "accompanied by") took part, and that person."""
    found = _ACCOMPANIED.search(text, sent.start, sent.end)
    if found is None:
        return None
    subject = text[sent.start : found.start()]
    for d in reversed([d for d in drafts if d.type == "meeting" and d.sent.start < sent.start]):
        for p in d.people:
            if p.name.split() and re.search(rf"\b{re.escape(p.name.split()[-1])}\b", subject):
                return d, p
    return None


_DAY_SHIFT = re.compile(
    r"^relative: (?:the |a )?(day before|previous day|day earlier|day after|following day|next day"
    r"|day later|(?:earlier|later) (?:in|on) the day|(?:next|following) (?:morning|afternoon|evening)"
    r"|previous (?:evening|night)|\w+ days (?:earlier|later)), from the document date"
)


# Dates an event takes from another one told before it (not a day of its own).
_BORROWED = ("same occasion", "no date of its own", "at the ", "the sentence before", "no day")


def _borrowed(d: Draft) -> bool:
    """The draft has a day, borrowed from another event (not one of its own sentence)."""
    return d.date is not None and len(d.date) == 10 and not _own_day(d)


def _own_day(d: Draft) -> bool:
    """The event's sentence gives it a day of its own (not one borrowed from another event)."""
    return d.date is not None and len(d.date) == 10 and not d.why["date"].rule.startswith(_BORROWED)


def _shift_in_sentence(draft: Draft, trigger: triggers.Trigger, dates: list[DateMention]) -> Draft:
    """ "On Thursday the Foreign Secretary will fly to Accra; two days later he is due to hold
    talks …": the shift counts from the day its own sentence gives before it; the act told
    before the shift is on that day."""
    found = _DAY_SHIFT.match(draft.why["date"].rule)
    if not found:
        return draft
    shift = next((d for d in dates if found.group(1) in d.surface.lower()), None)
    if shift is None:
        return draft
    base = next((d for d in dates if d.end <= shift.start and d.value and len(d.value) == 10), None)
    if base is None or base.value is None:
        return draft
    at = draft.sent.start
    if trigger.end <= shift.start and temporal.in_aside(
        draft.sent.text, 0, len(draft.sent.text), base.start - at, trigger.start - at
    ):
        return draft  # "X, who arrived on Monday, held talks … earlier in the day": not that day
    why = dict(draft.why)
    if trigger.end <= shift.start:
        why["date"] = Why(base.surface, "the day its clause gives, before a later one")
        return draft.replaced(date=base.value, date_end=None, why=why)
    day = dt.date.fromisoformat(base.value) + dt.timedelta(days=temporal.day_shift(found.group(1)))
    why["date"] = Why(shift.surface, f"{found.group(1)}: from the day its sentence gives")
    return draft.replaced(date=day.isoformat(), date_end=None, why=why)


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
    shift = temporal.day_shift(found.group(1))
    if shift == 0:  # "earlier in the day": a day of acts, not the first day of a visit
        told = [d for d in told if d.type != "visit"]
    previous = told[-1] if told else None
    if previous is None or previous.date is None:
        return draft
    day = (dt.date.fromisoformat(previous.date) + dt.timedelta(days=shift)).isoformat()
    told_as_plan = draft.why["status"].rule != "date after the document date"
    if draft.status == "planned" and told_as_plan and published and day < published:
        news = (d for d in reversed(told) if _news_event(d, published))
        previous = next(news, None)
        if previous is None or previous.date is None:
            return draft
        day = (dt.date.fromisoformat(previous.date) + dt.timedelta(days=shift)).isoformat()
    return _counted(draft, day, f"{found.group(1)}: from the event before it", published)


def _counted(draft: Draft, date: str, rule: str, published: str | None) -> Draft:
    """`draft` dated `date`, counted from another event (`rule` says how): done, not planned,
    when the document-relative reading alone had put it after the report."""
    why = dict(draft.why)
    why["date"] = Why(draft.why["date"].surface, rule)
    status = draft.status
    # "Two days later, X held talks with …": a past verb tells it done, wherever the count lands
    done = temporal.done_verb(draft.why["type"].surface or "")
    if (
        why["status"].rule == "date after the document date"
        and published
        and (date <= published or done)
    ):
        status = "occurred"
        why["status"] = Why(None, "reported as done")
    return draft.replaced(date=date, date_end=None, status=status, why=why)


_FOLLOWING = re.compile(r"^relative: the following (week|month|year)")


def _following_unit(draft: Draft, drafts: list[Draft], published: str | None) -> Draft:
    """ "The following month, the two countries signed …": the month (week, year) after that of
    the event told before with a date of its own, not after the document's."""
    found = _FOLLOWING.match(draft.why["date"].rule)
    told = [d for d in drafts if d.sent.start < draft.sent.start and d.date]
    told = [d for d in told if not d.why["date"].rule.startswith(_BORROWED)]
    if found is None or not told or told[-1].date is None:
        return draft
    date = _unit_after(told[-1].date, found.group(1))
    if date is None:
        return draft
    return _counted(draft, date, f"the {found.group(1)} after the event before it", published)


def _unit_after(base: str, unit: str) -> str | None:
    """The year, month or week (as its month) after the date `base`."""
    if unit == "year":
        return f"{int(base[:4]) + 1:04d}"
    if len(base) < 7:
        return None
    if unit == "week":
        if len(base) < 10:
            return base[:7]
        return (dt.date.fromisoformat(base) + dt.timedelta(days=7)).isoformat()[:7]
    month = int(base[5:7])
    return f"{int(base[:4]) + month // 12:04d}-{month % 12 + 1:02d}"


_VISIT_DAY = re.compile(r"^relative: the (\w+) day of the visit")


# "X also met …", "was also received by …", "met separately with …": one more talk of the visit
_ALSO = re.compile(r"\b(?:also|separately)\b")


def _day_of_visit_span(draft: Draft, drafts: list[Draft]) -> Draft:
    """ "Japarov also met the Speaker", dated only as the occasion of the news day, during a
    visit of its states told with a span of days ("on 6-7 June"): one of those days, so its
    month (an act inside a multi-day visit on a day the text does not give; a signing, or
    "Earlier, … called on the President", stays the day of the talks it follows)."""
    date = draft.date
    if draft.why["date"].rule != assemble.NEWS_DAY_RULE or date is None or len(date) != 10:
        return draft
    spanned = any(
        d.type == "visit"
        and d.date is not None
        and d.date_end is not None
        and d.date <= date <= d.date_end
        and set(draft.countries) <= set(d.countries)
        for d in drafts
    )
    if not spanned or draft.type != "meeting" or not _ALSO.search(draft.sent.text):
        return draft
    why = dict(draft.why)
    why["date"] = Why(draft.why["date"].surface, f"{assemble.NEWS_DAY_RULE}; a day of the visit")
    return draft.replaced(date=date[:7], date_end=None, why=why)


def _visit_day(draft: Draft, drafts: list[Draft]) -> Draft:
    """ "On the second day of the visit", "on the final day of his visit": that day of the last
    visit told before with a day of its own and a state of this event (the last day only when
    the visit's span is known)."""
    found = _VISIT_DAY.match(draft.why["date"].rule)
    if found is None:
        return draft
    visit = next(
        (
            d
            for d in reversed(drafts)
            if d.type == "visit"
            and d.sent.start < draft.sent.start
            and _own_day(d)
            and set(d.countries) & set(draft.countries)
        ),
        None,
    )
    n = temporal.ORDINAL_DAYS.get(found.group(1))
    if visit is None and draft.type == "visit" and n and draft.date and len(draft.date) == 10:
        # "received X today, on the second day of his state visit": the visit began the day before
        first = dt.date.fromisoformat(draft.date) - dt.timedelta(days=n - 1)
        why = dict(draft.why)
        why["date"] = Why(draft.why["date"].surface, f"no day of its own: {found.group(1)} day")
        return draft.replaced(date=first.isoformat(), date_end=None, why=why)
    if visit is None or visit.date is None:
        return draft
    last = _last_day(visit)
    day = (dt.date.fromisoformat(visit.date) + dt.timedelta(days=n - 1)).isoformat() if n else last
    if day is None or (last and day > last):
        return draft
    why = dict(draft.why)
    why["date"] = Why(
        draft.why["date"].surface, f"the {found.group(1)} day of the visit told before"
    )
    return draft.replaced(date=day, date_end=None, why=why)


def _planned_on_visit(draft: Draft, drafts: list[Draft]) -> Draft:
    """ "Scholz will travel to Warsaw on Tuesday, 2 July. … the two heads of government will
    hold talks": a plan of the states of the last planned visit told before it, with no date
    (or that visit's date) of its own, takes the visit's day (its month when the visit spans
    several days) and, with no place of its own, the visit's city."""
    if draft.status != "planned" or draft.type == "visit":
        return draft
    if draft.date and draft.location:
        return _one_of_the_days(draft, drafts)
    visit = next(
        (
            d
            for d in reversed(drafts)
            if d.type == "visit" and d.status == "planned" and d.countries == draft.countries
        ),
        None,
    )
    if visit is None or visit.date is None or draft.date not in (None, visit.date):
        return draft
    why = dict(draft.why)
    date = draft.date
    if date is None:
        # (a planned "two-day visit … starting March 14th" has no computed end, but spans days)
        spans = visit.date_end is not None or _N_DAY_VISIT.search(visit.sent.text) is not None
        date = visit.date[:7] if spans else visit.date
        why["date"] = Why(visit.why["date"].surface, "no date of its own: the planned visit")
    location = draft.location
    if location is None and visit.location and not assemble.placeless(draft):
        location = visit.location
        why["location"] = Why(visit.location, "no place of its own: the planned visit")
    return draft.replaced(date=date, location=location, why=why)


def _one_of_the_days(draft: Draft, drafts: list[Draft]) -> Draft:
    """ "will make a two-day visit to Seoul starting March 14th for talks with …": talks planned
    in the sentence of a planned visit of several days, dated only by its first day (or taking
    that day from it: "During the visit, X will also meet Y"), are on one of its days, so in
    its month."""
    if draft.date is None or len(draft.date) != 10:
        return draft
    visit = next(
        (
            d
            for d in reversed(drafts)
            if d.type == "visit"
            and d.status == "planned"
            and not d.back_reference
            and (d.sent == draft.sent or not _own_day(draft))
            and d.countries == draft.countries
            and d.date == draft.date
        ),
        None,
    )
    if visit is None:
        return draft
    # the sentence's "N-day visit" is this visit's only when the sentence tells no other one
    # ("Petro, who arrived in Madrid for a three-day state visit, … two days later in Lisbon")
    alone = sum(1 for d in drafts if d.type == "visit" and d.sent == visit.sent) == 1
    if not (visit.date_end or (alone and _N_DAY_VISIT.search(visit.sent.text))):
        return draft
    why = dict(draft.why)
    why["date"] = Why(draft.why["date"].surface, "a day of the planned visit of several days")
    return draft.replaced(date=draft.date[:7], date_end=None, why=why)


def _background(text: str, sent: Sentence, pub: dt.date | None) -> bool:
    """A sentence dated in an earlier year than the document ("met again … last year")."""
    if pub is None:
        return False
    future = assemble.sentence_future(text, sent.start, sent.end)
    found = temporal.date_mentions(text, sent.start, sent.end, published=pub, future=future)
    # a year stated or counted back ("last year"), not one guessed for a day without a year,
    # nor one naming another document ("signed a protocol amending the 2004 agreement")
    return any(
        d.value
        and int(d.value[:4]) < pub.year
        and "minus one" not in d.rule
        and not assemble.names_document(text, d)
        for d in found
    )


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
            # (a visit still to come told between is no frame: "agreed that X would undertake
            # a State Visit in November. … In the afternoon, the President held talks with Y")
            if (
                d.type == "visit"
                and d.status != "planned"
                and d.date is not None
                and d.why["date"].rule != assemble.NEWS_DAY_RULE
            ):
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
    # "today signed six documents at the close of the session of 11-12 March … The documents,
    # signed by the two ministers, comprise …": the signing told before, over the talks
    signed = (
        [d for d in later if d.type in triggers.SIGNED_TYPES]
        if kind in triggers.SIGNED_TYPES
        else []
    )
    later = signed or later
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
    r"\bsigned\s+(?:them|(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2})\s+)?(?:documents|instruments|"
    r"agreements|memoranda|deals))\b"
    # "The treaty was signed by then Prime Ministers A and B": who signed the one told before
    r"|^\W*(?:It\s+was\s+(?:signed|inked)\s+by\b|(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?i:treaty|agreement|accord|memorandum|MoU|"
    r"declaration|protocol|deal|document|instrument|convention|statement|communiqu[ée]|memoranda|"
    # "The RAA was signed by Defense Secretary X and Y": a document told by its acronym
    r"(?-i:[A-Z]{2,3}[A-Z]{0,3}))s?\s+(?:was|were)\s+"
    # "The documents were signed in Harare by A and B"
    r"(?:signed|inked)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
    r"(?:on\s+behalf\s+of\s+[^,.]{0,40}\s+)?by\b)"
)


# "established diplomatic relations … with the signing of a Joint Communiqué"
_BY_SIGNING = re.compile(r"(?i)\bsign(?:ed|ing)\b|\bcommuniqu")


# "signed on behalf of Trinidad and Tobago by Senator the Honourable Dr Amery Browne"
_BEHALF_OF = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?:Government|Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?$"
)
_BY_STYLED = re.compile(r"\s+by\s+(?:(?:the|[A-Z][\w.]*)\s+){0,5}$")


def _on_behalf(
    persons: list[people.Person], text: str, here: list[CountryMention]
) -> list[people.Person]:
    """Who signed "on behalf of" a state is that state's official."""
    if not any(p.country is None for p in persons) or "behalf" not in text:
        return persons
    out = []
    for p in persons:
        state = next((m for m in reversed(here) if m.end <= p.start), None)
        if (
            p.country is None
            and state is not None
            and _BY_STYLED.fullmatch(text, state.end, p.start)
            and _BEHALF_OF.search(text, max(0, state.start - 60), state.start)
        ):
            p = replace(p, country=state.code)
        out.append(p)
    return out


def _signed_them(
    drafts: list[Draft], first: int, persons: list[people.Person], text: str, sent: Sentence
) -> None:
    """The officials of "… signed the documents" signed the documents of the sentence before
    that named no signatory (`drafts[:first]`: those of earlier sentences)."""
    found = _SIGNED_THEM.search(text[sent.start : sent.end]) if "signed" in sent.text else None
    if found is None:
        return
    # "The treaty was signed by A and B" that is a record of its own merges there; relations
    # established by signing a communiqué take its signatories all the same
    passive = found.group(0)[-2:] == "by"
    # "The documents were signed by A and B" after a sentence listing them: the signers of
    # each (its own record only stands for them)
    plural = passive and " were " in found.group(0)
    kinds = (
        ("diplomatic_relations",)
        if passive and len(drafts) > first and not plural
        else (*SIGNED, "diplomatic_relations")
    )
    earlier = [i for i in range(first) if drafts[i].sent.start < sent.start]
    if not earlier:
        return
    # "… signed three memoranda …" told a few sentences before "The instruments were signed
    # by A and B", with only talks in between: the signing told last
    signed = [i for i in earlier if drafts[i].type in SIGNED and not drafts[i].people]
    last = drafts[earlier[-1]].sent.start
    if (
        passive
        and signed
        and not any(drafts[i].type in SIGNED for i in earlier if drafts[i].sent.start == last)
    ):
        last = drafts[signed[-1]].sent.start
    targets = [i for i in earlier if drafts[i].sent.start == last]
    if plural:
        targets = _signed_that_day(drafts, earlier, targets)
    for i in targets:
        d = drafts[i]
        if d.type not in kinds or (
            d.people and not (_talks_people(d, text) or _WELCOMED_SIGNING.search(d.sent.text))
        ):
            continue
        if d.type == "diplomatic_relations" and not (passive and _BY_SIGNING.search(d.sent.text)):
            continue
        signers = [
            p
            for p in persons
            if p.role
            and p.start >= sent.start
            and (p.country in d.countries or p.country is None)
            and not people.witnesses(text, p, sent.start)
        ]
        if len(signers) < 2:
            continue
        why = dict(d.why)
        why["participants"] = Why(
            "; ".join(p.name for p in signers), "'… signed the documents': the signatories"
        )
        drafts[i] = d.replaced(people=signers, why=why)


# "The prime ministers of the Netherlands, Belgium and Luxembourg on Friday signed …": the
# act's people told by their office and states, their names in the next sentence
_OFFICE_OF_STATES = re.compile(
    r"\b[Tt]he\s+(?:\w+\s+)??(?P<who>prime\s+ministers|presidents|foreign\s+ministers|leaders|"
    r"heads\s+of\s+(?:state|government)|premiers|ministers)\s+of\s+(?:the\s+)?[A-Z]"
)

_SEEN_DONE = re.compile(r"(?i)\bwitness|\bin\s+the\s+presence\s+of\b|\battended\s+by\b")


def _titles_then_names(
    drafts: list[Draft], first: int, persons: list[people.Person], previous: Sentence | None
) -> None:
    """Officials named right after a sentence whose act has the office of its states for
    subject and no names ("The presidents of A and B signed …. President X of A and …") are
    its people when they hold that office and one of them is of each of its states
    (`drafts[:first]`: those of earlier sentences; changed in place)."""
    if previous is None:
        return
    for i in range(first):
        d = drafts[i]
        if d.people or d.sent.start != previous.start:
            continue
        found = _OFFICE_OF_STATES.search(d.sent.text)
        if found is None or _SEEN_DONE.search(d.sent.text):
            continue  # "in the presence of the presidents of A and B": they did not sign
        noun = " ".join(found["who"].lower().split())
        fit = [
            p
            for p in persons
            if p.role and p.country in d.countries and people.fits_plural(noun, p.role)
        ]
        # "Saudi Foreign Minister X and his Iranian counterpart Y": Y holds the same office
        fit += [
            p
            for p in persons
            if fit and p.role and p.country in d.countries and "counterpart" in p.role.lower()
        ]
        fit.sort(key=lambda p: p.start)
        if {p.country for p in fit} != set(d.countries):
            continue
        why = dict(d.why)
        why["participants"] = Why(
            "; ".join(p.name for p in fit), "'the presidents of A and B …': named next"
        )
        drafts[i] = d.replaced(people=list(dict.fromkeys(fit)), why=why)


# "signed two memoranda … after talks between President A and President B", "following talks
# at Government Palace between A and B": A and B are named as who held the talks
_AFTER_TALKS = re.compile(
    r"(?i)\b(?:after|following|at\s+the\s+end\s+of|during)\s+(?:(?:the|their|official|bilateral)"
    r"\s+)*(?:talks|meeting|consultations|negotiations)\b"
    r"(?:\s+(?:at|in|held\s+at|held\s+in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"\s+(?:between|with)\s"
)


# "… during which the two welcomed the signing of the RAA": who welcomed it did not sign it
_WELCOMED_SIGNING = re.compile(
    r"\b(?:welcomed|welcome|welcomes|hailed|praised|lauded|noted)\s+the\s+(?:recent\s+)?signing\s+of\b"
)


def _talks_people(d: Draft, text: str) -> bool:
    """Everyone the signing has is named after "after talks between" in its sentence: they
    held the talks, and "The documents were signed by A and B" told after names its signers."""
    m = _AFTER_TALKS.search(text, d.sent.start, d.sent.end)
    return m is not None and all(p.start >= m.end() for p in d.people)


def _signed_that_day(drafts: list[Draft], earlier: list[int], targets: list[int]) -> list[int]:
    """ "The documents were signed by A and B": every document told signed on the day of the
    one told last (an MoU of the lead, the loan agreement of the sentence before), not only
    those of the sentence before."""
    last = [i for i in targets if drafts[i].type in SIGNED]
    day = drafts[last[-1]].date if last else None
    if day is None:
        return targets
    same = [i for i in earlier if drafts[i].type in SIGNED and drafts[i].date == day]
    return sorted(set(targets) | set(same))


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


def _talks_of_the_tour(drafts: list[Draft], first: int) -> None:
    """ "… visited Ivory Coast and Nigeria, where security dominated his talks": talks the
    sentence names only as held in the states of its tour, with no host named, are no meeting
    (neither between those states nor of the visitor with the last one named)."""
    legs = [
        d
        for d in drafts[first:]
        if d.type == "visit" and d.why["countries"].rule.startswith(_TOUR_RULES)
    ]
    if len(legs) < 2:
        return
    visitors = set.intersection(*(set(d.countries) for d in legs))
    hosts = {c for d in legs for c in d.countries} - visitors
    drafts[first:] = [
        d
        for d in drafts[first:]
        if not (
            d.type == "meeting"
            and d.why["countries"].rule in _TALKS_RULES
            and set(d.countries) <= hosts | visitors
            and not any(p.country in hosts for p in d.people)
        )
    ]


_TOUR_RULES = ("one of the states of a tour", split.FIRST_LEG)


def _series_of_no_pair(draft: Draft, drafts: list[Draft]) -> bool:
    """ "SBP holds policy rate for third straight meeting", "The next MPC meeting is scheduled
    for July 30" with no event told before: a sitting of
    a series the report has shown no pair of states holding, so its states are not the pair
    the report names most ("remittances from Saudi Arabia")."""
    return (
        not drafts
        and draft.why["countries"].rule == party.BOTH_SIDES_RULE
        and _SERIES_ONLY.search(draft.sent.text) is not None
        and _TWO_NAMED.search(draft.sent.text) is None
    )


# the words of a sitting of a series, and the words that name two sides outright
_SERIES_ONLY = re.compile(
    r"(?i)\b(?:previous|next|last|upcoming|latest|current|annual|first|second|third|fourth|"
    r"fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:round|meeting|session|consultations?|sitting|retreat|dialogue)\b"
)
_TWO_NAMED = re.compile(
    r"(?i)\b(?:two|both)\s+(?:[a-z][\w-]*\s+)?(?:countries|states|nations|sides|parties|"
    r"governments|ministries|leaders|ministers|presidents|delegations)\b|\bbilateral\b|"
    r"\bcounterparts?\b|\bjoint\s+commission\b|\bintergovernmental\b|\bthe\s+(?:sides|parties)\b"
)


def _legs_within(drafts: list[Draft], first: int) -> None:
    """ "is on a working visit to Vietnam, which will also take her to Ho Chi Minh City": legs
    that name no state of their own (a city of the state visited) are that visit, no other."""
    visits = [
        d for d in drafts[first:] if d.type == "visit" and d.why["type"].rule != triggers.TOUR
    ]
    drafts[first:] = [
        d
        for d in drafts[first:]
        if not (
            d.type == "visit"
            and d.why["type"].rule == triggers.TOUR
            and not d.why["countries"].rule.startswith(_TOUR_RULES)
            and any(v.countries == d.countries for v in visits)
        )
    ]


_TALKS_RULES = ("named in the sentence", "the states of the visit its sentence tells")


def _first_subject(text: str, persons: list[people.Person]) -> people.Person | None:
    """The first official of a sentence named as who acts (not as the other side)."""
    # the first in the text that is no object (the first listed of those standing there first)
    for p in sorted((p for p in persons if p.role), key=lambda p: p.start):
        if not home.is_object(text, p):
            return p
    return None


@dataclass(frozen=True)
class _Clause:
    """What one act of a sentence that tells two of a kind may read: its clause's span, the
    states, officials and dates named there, and the acts told in it."""

    sent: Sentence
    here: list[CountryMention]
    persons: list[people.Person]
    dates: list[DateMention]
    fired: tuple[triggers.Trigger, ...]


def _clauses(
    text: str,
    sent: Sentence,
    breaks: list[int],
    fired: list[triggers.Trigger],
    here: list[CountryMention],
    persons: list[people.Person],
    dates: list[DateMention],
) -> list[_Clause]:
    """The sentence cut at each break; a later clause keeps the sentence's subject (the first
    official named before its first act) as the one who acts ("…, and two days later he is
    expected in Paris for talks with B": the subject of "is to meet A" goes to Paris)."""
    first = min(t.start for t in fired)
    subject = next((p for p in persons if p.start < first and p.country), None)
    # ("After visiting Hanoi, President X travelled on to Vientiane": the first clause's)
    ahead = breaks[0] if breaks else sent.end
    subject = subject or next((p for p in persons if p.start < ahead and p.country), None)
    bounds = [sent.start, *breaks, sent.end]
    out: list[_Clause] = []
    for lo, hi in pairwise(bounds):
        own = [p for p in persons if lo <= p.start < hi]
        if subject is not None and lo > sent.start and subject not in own:
            own = [replace(subject, start=lo, end=lo), *own]
        out.append(
            _Clause(
                Sentence(lo, hi, text[lo:hi]),
                [m for m in here if lo <= m.start < hi],
                own,
                [_from_clause_before(d, dates, lo) for d in dates if lo <= d.start < hi],
                tuple(t for t in fired if lo <= t.start < hi),
            )
        )
    return out


def _from_clause_before(d: DateMention, dates: list[DateMention], lo: int) -> DateMention:
    """ "is to meet A on Tuesday, and two days later he is in Paris": a shift in a later
    clause counts from the last day the clauses before it give, not from the report's day."""
    shift = assemble.shift_of(d.rule)
    base = [b for b in dates if b.end <= lo and b.value and len(b.value) == 10 and not b.value_end]
    if shift is None or not base or base[-1].value is None:
        return d
    day = dt.date.fromisoformat(base[-1].value) + dt.timedelta(days=temporal.day_shift(shift))
    return replace(
        d, value=day.isoformat(), relative=False, rule=f"{shift}: from {base[-1].surface}"
    )


def _clause_of(clauses: list[_Clause], at: int) -> _Clause:
    return next(c for c in clauses if c.sent.start <= at < c.sent.end)


def _own_act(first: Draft | None, second: Draft | None) -> bool:
    """Does the second act of a kind differ from the first by its states, day or place (the
    guide's one event per pair and time: "met the President and later held talks with the
    Foreign Minister" is one meeting)?"""
    if first is None or second is None:
        return False
    if set(first.countries) != set(second.countries):
        return True
    if first.date and second.date and first.date != second.date:
        return True
    return bool(first.location and second.location and first.location != second.location)


def _acts_apart(
    text: str,
    sent: Sentence,
    fired: list[triggers.Trigger],
    here: list[CountryMention],
    persons: list[people.Person],
    dates: list[DateMention],
    told: Context,
) -> tuple[list[triggers.Trigger], list[_Clause]]:
    """The acts of the sentence, without a second act of a kind that is the first one again,
    and the clauses each reads from (none when every act reads the whole sentence)."""
    seconds = [t for t in fired if t.rule == triggers.NEXT_ACT]
    if not seconds:
        return fired, []
    kept: list[int] = []
    for t in seconds:
        before = [f for f in fired if f.type == t.type and f.end <= t.start]
        at = triggers.next_act_break(text, before[-1].end, t) if before else None
        if at is None:
            continue
        pair = _clauses(text, sent, sorted({*kept, at}), fired, here, persons, dates)
        one, two = _clause_of(pair, before[-1].start), _clause_of(pair, t.start)
        drafts = [
            assemble.build(f, c.sent, c.here, c.persons, c.dates, told, c.fired)
            for f, c in ((before[-1], one), (t, two))
        ]
        if _own_act(drafts[0], drafts[1]):
            kept.append(at)
    if not kept:
        return [t for t in fired if t.rule != triggers.NEXT_ACT], []
    # each clause tells its own acts, one of a kind ("Ruto, who arrived on Sunday for a
    # three-day working visit, is to meet A on Tuesday, and two days later he is expected in
    # Paris": a visit in each clause)
    clauses = [
        replace(c, fired=tuple(triggers.find(text, c.sent.start, c.sent.end)))
        for c in _clauses(text, sent, sorted(set(kept)), fired, here, persons, dates)
    ]
    return [t for c in clauses for t in c.fired], clauses


def _without_dateline_date(
    dates: list[DateMention], published: Publication | None
) -> list[DateMention]:
    """ "NAIROBI, March 14, 2024 (KNA) - On the 12th, …": the dateline's date is the
    document's; another day of the sentence dates its event (with none, or only a year or
    month such as "since 2023", the dateline's stays; "next week", "last month" date it)."""
    if published is None:
        return dates
    rest = [d for d in dates if not (published.start <= d.start < published.end)]
    day = any(d.precision == "day" or d.rule.startswith("relative:") for d in rest)
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
        dominant=party.dominant_pair(text, mentions, roles, home_code),
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
        # the sentence's country mentions
        here = mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        if drafts and assemble.may_tell_place(text, sent):
            assemble.told_place(drafts, text, sent, here, pub)
        if drafts and pub and text.find(" visit", sent.start, sent.end) >= 0:
            _visit_span_told(drafts, text, sent, pub, here)
        # "The instruments were signed by A and B": officials told by surname alone
        signers = not fired and "signed" in sent.text and _SIGNED_THEM.search(sent.text) is not None
        if not fired and drafts and _attended(text, sent) and not people.names_official(text, sent):
            # "Quissanga also took part in the audience": an official told before, by surname
            _add_attendees(
                drafts, people.mentioned_again(text, sent.start, sent.end, [], known), sent
            )
        if not fired and not signers and not people.may_speak(low, sent):
            if people.names_official(text, sent):
                # no event and no speech: read only the officials it names in full, for the
                # references of later sentences ("the two leaders", "President Ruto")
                named = people.resolve_singles(people.find(text, sent.start, sent.end, here), known)
                named = home.mark(named, text, state, _abroad(here, roles), here)
                named += people.referred(text, sent.start, sent.end, named, history, here)
                named = people.unaffiliated(named, text)
                if named and drafts and _attended(text, sent):
                    _add_attendees(drafts, named, sent)
                if named and drafts and _accompanied(text, sent):
                    _add_companions(drafts, named, sent, text)
                if named and drafts:
                    assemble.envoys_named_after(drafts, named, text, sent)
                people.register(known, named, text)
                found_people.append(named)
                history.extend(p for p in named if p.role)
                last_subject = _first_subject(text, named) or last_subject
                _signed_them(drafts, len(drafts), named, text, sent)
                _titles_then_names(drafts, len(drafts), named, previous_sent)
            previous_sent = sent
            continue
        has_title = people.has_title(low, sent)
        persons = people.find(text, sent.start, sent.end, here) if has_title else []
        persons = people.resolve_singles(people.without_honoured(persons, text), known)
        persons = _on_behalf(
            home.mark(persons, text, state, _abroad(here, roles), here), text, here
        )
        persons = persons + people.mentioned_again(text, sent.start, sent.end, persons, known)
        if has_title:
            persons = persons + people.referred(text, sent.start, sent.end, persons, history, here)
            persons += people.office_named_before(text, sent.start, sent.end, persons, history)
        # ("The two met yesterday on the sidelines of …": no title word, the two told before)
        if people.mentions_two(text, sent.start, sent.end) and (
            persons or not _background(text, sent, pub)
        ):
            persons = persons + people.the_two(text, sent.start, sent.end, persons, found_people)
            persons = persons + people.he_and_one(text, sent.start, sent.end, persons, last_subject)
        persons = people.infer_countries(
            persons, known, ctx.dominant, tuple(m.code for m in here if m.kind != "capital"), text
        )
        persons = people.unaffiliated(persons, text)
        people.register(known, persons, text)
        found_people.append(persons)
        history.extend(p for p in persons if p.role)
        # "He"/"She" stands for the subject of the last sentence naming an official:
        # the first named there ("Modi was received by … Hasina. He will …").
        last_speaker = last_subject
        last_subject = _first_subject(text, persons) or last_subject
        accompanied = persons and drafts and _accompanied(text, sent)
        if accompanied and not any(t.type == "visit" for t in fired):
            _add_companions(drafts, persons, sent, text)
        if persons and drafts:
            assemble.envoys_named_after(drafts, persons, text, sent)
        if not fired:
            if signers and persons:
                _signed_them(drafts, len(drafts), persons, text, sent)
            if persons:
                _titles_then_names(drafts, len(drafts), persons, previous_sent)
            if persons and drafts and _attended(text, sent):
                _add_attendees(drafts, persons, sent)  # "X led the Bangladesh side at the talks"
            previous_sent = sent
            continue
        future = assemble.sentence_future(text, sent.start, sent.end)
        dates = temporal.date_mentions(text, sent.start, sent.end, published=pub, future=future)
        dates = _without_dateline_date(dates, published)
        before = _previous_dates(text, previous_sent, sent, pub, drafts)
        first_new = len(drafts)
        relations = any(t.type == "diplomatic_relations" for t in fired)
        recent = _last_named(mentions, starts, sent.start, ctx.dominant) if relations else None
        group = _group_of(text, sent, ctx.published, here)
        visiting = visitors.visiting_group(text, sent.start, sent.end, drafts)
        told = _pair_told(drafts, ctx)
        fired, clauses = _acts_apart(text, sent, fired, here, persons, dates, told)
        for trigger in fired:
            if trigger.proposal or visitors.hosts_gathering(trigger, text):
                continue
            states = _group(group, drafts, trigger, here) or visitors.states_of(visiting, trigger)
            agreed = trigger.rule == triggers.AGREED_MEETING
            visit = (
                frozenset()
                if states
                else visitors.visit_of_clause(trigger, drafts[first_new:], text)
            )
            if not states and not visit and not here:
                visit = visitors.visitor_talks(trigger, drafts, text, sent.start, last_speaker)
                visit = visit or _same_ceremony(trigger, sent, text, drafts)
            # two acts of a kind apart ("met A on Tuesday, and two days later B in Paris"):
            # each reads its own clause
            own = _clause_of(clauses, trigger.start) if clauses else None
            clause = own or _Clause(sent, here, persons, dates, tuple(fired))
            draft = assemble.build(
                trigger,
                clause.sent,
                clause.here,
                # who agreed to a meeting to come is not who will sit at it, and its dates are
                # to come ("agreed to hold the next round in Bishkek in June")
                [] if agreed else clause.persons,
                _without_dateline_date(
                    temporal.date_mentions(text, sent.start, sent.end, published=pub, future=True),
                    published,
                )
                if agreed
                else clause.dates,
                told,
                clause.fired,
                last_speaker,
                states or visit,
            )
            if draft is None or _series_of_no_pair(draft, drafts):
                continue
            if own:
                draft = draft.replaced(sent=sent)
            draft = visitors.on_the_visit(draft, visit)
            draft = dateline_dated(visitors.with_visitors(draft, visiting), published)
            draft = _side_act(draft, text)
            draft = assemble.pronoun_subject(draft, trigger, text, last_speaker)
            draft = assemble.unnamed_counterpart(draft, text, here, history)
            draft = assemble.signatories(draft, drafts, text)
            draft = assemble.from_previous_sentence(draft, before, text)
            draft = _day_of_gathering(draft, text, previous_sent, pub)
            draft = assemble.inherit(draft, drafts, text)
            draft = assemble.gathering(draft, drafts, text, mentions, ctx.published)
            draft = _bilateral_two(draft, trigger, text)
            anchor = _news_anchor(drafts, previous, draft.type, ctx.published)
            if draft.back_reference and draft.date is None and not _named_before(draft, drafts):
                # "The declaration was signed by the five prime ministers" with no declaration
                # recorded before: the act of the day's occasion, dated like any other
                dated = assemble.news_day(draft.replaced(back_reference=False), anchor, ctx)
                draft = dated.replaced(back_reference=True)
            else:
                draft = assemble.news_day(draft, anchor, ctx)
            draft = _day_of_visit_span(_on_arrival(draft, drafts, text, trigger.start), drafts)
            draft = _shift_in_sentence(_planned_on_visit(draft, drafts), trigger, dates)
            draft = _day_relative(draft, drafts, ctx.published)
            draft = _following_unit(_visit_day(draft, drafts), drafts, ctx.published)
            draft = _series(draft, trigger, drafts, text)
            parts = split.distribute(
                draft, trigger, text, here, last_speaker, home_code, recent, ctx.dominant
            )
            parts = _later_legs_dated(parts, text, ctx.published)
            drafts.extend(
                d for one in parts for d in visitors.each_visitor(one, trigger, persons, text, here)
            )
            if draft.date:
                previous = draft
        split.other_envoys(drafts, text, first_new)
        visitors.without_hosts(drafts, fired, first_new)
        visitors.with_host(drafts, first_new)
        _meet_where_visiting(drafts, first_new)
        _talks_of_the_tour(drafts, first_new)
        _legs_within(drafts, first_new)
        if persons:
            _signed_them(drafts, first_new, persons, text, sent)
            _titles_then_names(drafts, first_new, persons, previous_sent)
        if persons and drafts and _attended(text, sent):
            _add_attendees(drafts, persons, sent)
        previous_sent = sent
    merged = _headline_unions(_dedupe(_pair_visits(_stays_of_pair(drafts, ctx.dominant))), text)
    merged = _dated_by_lead(_headline_within(merged))
    merged = _headline_turns(merged, text)
    merged = _month_of_visit(_visit_of_its_talks(_group_people(merged)))
    merged = _visit_places(_not_at_home(merged, ctx.dateline_code), text, mentions, ctx.published)
    merged = _share_places(merged, ctx.dateline_code, text, mentions)
    merged = _place_of_signing(merged)
    outside = [m for m in mentions if not (span and span[0] <= m.start < span[1])]
    merged = _dateline_of_parties(merged, ctx.dateline_code, outside)
    merged = visitors.guests_of_host(_city_over_country(merged, gaz, ctx), gaz.resolve)
    merged = sides.stateless_sides(merged, gaz.resolve)
    merged = _visit_ends(_speakers(merged, found_people, ctx.published, text))
    merged = _signature_blocks(merged, text, mentions)
    # "President Tebboune receives …" over a body naming Abdelmadjid Tebboune: the full name
    merged = [
        d.replaced(people=people.resolve_singles(d.people, known))
        if any(people.short_name(p.name) for p in d.people)
        else d
        for d in merged
    ]
    merged = _as_written(merged, text)
    return Extraction(published=published, events=tuple(_finish(d) for d in merged))


# A document's signature block: "For the Slovak Republic / H.E. Mr. X / Ambassador, …"
_SIGNATURE = re.compile(
    r"(?m)^For\s+(?P<state>[^\n]{2,80})\n(?:H\.\s?E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?P<name>[{people._UPPER}][^\n,.;:]{{2,60}})\n(?P<role>[^\n]{{3,160}})"
)


def _signature_blocks(
    drafts: list[Draft], text: str, mentions: list[CountryMention]
) -> list[Draft]:
    """A communiqué's or treaty's closing "For <State>" blocks, one for each of its states: its
    signatories, for an act of those states that names no one."""
    if not (text.startswith("For") or "\nFor" in text):
        return drafts  # no block: each opens a line with "For" (`re` tries "^" everywhere)
    signed: list[people.Person] = []
    for m in _SIGNATURE.finditer(text):
        codes = {c.code for c in mentions if m.start("state") <= c.start < m.end("state")}
        if len(codes) != 1:
            return drafts
        name = " ".join(m.group("name").split())
        role = m.group("role").split(",")[0].strip()
        signed.append(people.Person(name, m.start("name"), m.end("name"), role, codes.pop()))
    states = {p.country for p in signed}
    if len(signed) < 2 or len(states) != len(signed):
        return drafts
    why = Why("; ".join(p.name for p in signed), "the document's signature blocks")
    return [
        d.replaced(people=list(signed), why={**d.why, "participants": why})
        if not d.people
        and set(d.countries) == states
        and (d.type in SIGNED or d.type == "diplomatic_relations")
        else d
        for d in drafts
    ]


# "On the margins of the meeting, A held bilateral talks with B": an act of its own
_SIDE_ACT = re.compile(
    r"(?i)\b(?:held|had|hold|holds)\s+(?:a\s+)?(?:separate\s+)?bilateral\s+(?:talks|meetings?)\b"
    # "Deng held separate talks with A and B"
    r"|\b(?:held|had|hold|holds)\s+separate\s+(?:[\w-]+\s+)?(?:talks|meetings|consultations)\b"
    r"|\bmet\s+separately\b"
)


def _side_act(draft: Draft, text: str) -> Draft:
    """A meeting that names the meeting it took place at ("on the margins of the meeting") but
    tells an act of its own ("held bilateral talks with …") is no repeat of that meeting."""
    if not draft.back_reference or draft.type != "meeting":
        return draft
    if not quick.may_hold(quick.folded(text), draft.sent.start, draft.sent.end, _SIDE_WORDS):
        return draft
    if _SIDE_ACT.search(text, draft.sent.start, draft.sent.end) is None:
        return draft
    return draft.replaced(back_reference=False)


# A word every match of _SIDE_ACT holds.
_SIDE_WORDS = ("bilateral", "separate")


def _group_people(drafts: list[Draft]) -> list[Draft]:
    """ "The signing followed a tripartite ministerial meeting held on May 4 and 5": a meeting
    known only as the group's, naming nobody, had the officials of the group's act of those
    days (the three ministers who signed the MoU on May 5). So do talks told "Before the
    signing," that name no one but the visitor: those of the signers."""
    out = []
    for d in drafts:
        group = d.why["countries"].rule == assemble.GROUP_RULE
        signing = _AROUND_SIGNING.match(d.sent.text) is not None
        # (the talks "before the signing" may have one side already: the visitor)
        if d.type == "meeting" and ((group and not d.people) or signing):
            source = next(
                (
                    o
                    for o in drafts
                    if o is not d
                    and o.people
                    and (group or o.type in SIGNED)
                    and {p.name for p in d.people} < {p.name for p in o.people}
                    and o.countries == d.countries
                    and o.status == d.status == "occurred"
                    and o.date
                    and d.date
                    and _contains(o, d)
                ),
                None,
            )
            if source is not None:
                why = dict(d.why)
                why["participants"] = Why(None, _SOURCE_RULE[signing and not group])
                d = d.replaced(people=list(source.people), why=why)
        out.append(d)
    return out


def _place_of_signing(drafts: list[Draft]) -> list[Draft]:
    """Talks told "Ahead of the signing," with no place of their own were held where the
    signing was ("The MoU was signed at … in Dar es Salaam … Ahead of the signing, A and B held
    talks"): of its states, on its day (or both undated)."""
    out = []
    for d in drafts:
        if (
            d.type == "meeting"
            and d.location is None
            and d.status == "occurred"
            and not assemble.placeless(d)
            and _AROUND_SIGNING.match(d.sent.text)
        ):
            signing = next(
                (
                    o
                    for o in drafts
                    if o.type in SIGNED
                    and o.location
                    and o.status == "occurred"
                    and set(d.countries) <= set(o.countries)
                    and (o.date == d.date or (o.date and d.date and _contains(o, d)))
                ),
                None,
            )
            if signing is not None and signing.location:
                why = {**d.why, "location": Why(signing.location, "held where the signing was")}
                d = d.replaced(location=signing.location, why=why)
        out.append(d)
    return out


_SOURCE_RULE = (
    "the officials of the group's act of those days",
    "the signers of the signing the talks are told before or after",
)
# "Before the signing, the two delegations held talks …": the talks of those who signed
_AROUND_SIGNING = re.compile(
    r"(?i)\W*(?:before|after|following|ahead\s+of|prior\s+to)\s+the\s+signing(?:\s+ceremony)?\s*,"
)


def _stays_of_pair(drafts: list[Draft], dominant: tuple[str, ...]) -> list[Draft]:
    """ "Tautahi was in Fiji from 5 to 7 October" is a visit of the report's own pair (a stay in
    a third state's city is likely a gathering's) when an act of the pair falls in its days
    (his talks in Suva on Tuesday, 6 October)."""
    return [
        d
        for d in drafts
        if d.why["type"].rule != triggers.STAY
        or (d.countries == dominant and _stay_holds_act(d, drafts))
    ]


def _stay_holds_act(stay: Draft, drafts: list[Draft]) -> bool:
    """Does an act of the stay's states fall within its days?"""
    if not (stay.date and stay.date_end):
        return False
    return any(
        d is not stay
        and d.countries == stay.countries
        and d.date is not None
        and len(d.date) == 10
        and stay.date <= d.date <= stay.date_end
        for d in drafts
    )


def _pair_visits(drafts: list[Draft]) -> list[Draft]:
    """A visit is a visitor's state and its host: "the Avaza zone hosted the first trilateral
    summit of the heads of state of A, B and C" left with three states is the summit alone."""
    return [d for d in drafts if d.type != "visit" or len(d.countries) == 2]


def _pair_told(drafts: list[Draft], ctx: Context) -> Context:
    """The context with the pair "the two sides" and "they" stand for: the last two-state
    record's when no record so far is of the document's most-named pair ("… talks with
    Egyptian Foreign Minister … on the Israeli war on Gaza. … called on Israel … The two
    sides also signed an agreement": Jordan and Egypt, not Egypt and Israel)."""
    if not drafts or any(d.countries == ctx.dominant for d in drafts):
        return ctx
    last = next((d.countries for d in reversed(drafts) if len(d.countries) == 2), None)
    return ctx if last is None else replace(ctx, told=last)


def _last_named(
    mentions: list[CountryMention], starts: list[int], before: int, pair: tuple[str, ...]
) -> str | None:
    """The state of the document's main pair named last before `before`."""
    earlier = mentions[: bisect_left(starts, before)]
    return next((m.code for m in reversed(earlier) if m.end <= before and m.code in pair), None)


# The same matches, found faster: a first-character guard (see `quick`).
_ATTENDED = quick.lead(_ATTENDED)
_ACCOMPANIED = quick.lead(_ACCOMPANIED)
_NEXT = quick.guard(_NEXT)
_THE_N = quick.lead(_THE_N)
_ROUND = quick.lead(_ROUND)
_SIGNED_BY = quick.guard(_SIGNED_BY)
_ALSO_SIGNED = quick.guard(_ALSO_SIGNED)
_WITNESSED = quick.guard(_WITNESSED)
_SIGNED_THEM = quick.guard(_SIGNED_THEM)
_N_DAYS = quick.guard(_N_DAYS)
_N_DAY_VISIT = quick.guard(_N_DAY_VISIT)
_SIDE_ACT = quick.guard(_SIDE_ACT)
