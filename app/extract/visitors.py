"""Several visitors, and what a visitor did on the visit a sentence tells.

Reads: a draft, its trigger, the sentence's people and the drafts told before.
Assigns: a visit to each visitor of a different state ("Massoudou and Agbenonci were in
Abuja on a working visit": two visits, each visitor and the host); the states of "the two
visiting ministers also called on President Buhari" (the host and each visitor's state);
the states of a meeting told in a clause of a visit ("visited Nuku'alofa, where he was
received by the King": the visit's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.extract import assemble, quick, split
from app.extract.assemble import Draft
from app.extract.people import Person
from app.extract.triggers import Trigger
from app.extract.types import CountryMention, Why

# "Massoudou and Agbenonci", "A, B and C": the gap between two people listed together (with
# the second one's role: "… and Burkina Faso's Foreign Minister Traore")
_LISTED = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){0,8}"
)


def each_visitor(
    draft: Draft,
    trigger: Trigger,
    persons: list[Person],
    text: str,
    mentions: list[CountryMention],
) -> list[Draft]:
    """ "Massoudou and Agbenonci were in Abuja on a three-day working visit": visitors of two
    states listed as the subject, a visit of each with the host; a draft of three states or
    more is one of each with the host where its words say so (see `_each_with_host`)."""
    if hosting := _hosting(draft, trigger, persons):
        return hosting
    if len(draft.countries) >= 3:
        return _each_with_host(draft, trigger, text, mentions)
    if draft.type != "visit" or len(draft.countries) != 2:
        return [draft]
    listed = _listed_before(persons, draft.sent.start, trigger.start, text)
    if also := _as_was(persons, text, trigger.end, draft.sent.end):
        subject = [p for p in draft.people if p.start < trigger.start][:1]
        listed = (listed or subject) + also
    states = list(dict.fromkeys(p.country for p in listed if p.country))
    hosts = set(draft.countries) - set(states)
    if len(states) < 2 or len(hosts) != 1 or not set(states) & set(draft.countries):
        return [draft]
    (host,) = hosts
    return _visit_of_each(
        draft, states, host, listed, "one of several visitors listed, with the host"
    )


# "…, was welcomed at the airport by General Tiani, as was Colonel Goïta later the same day"
_AS_WAS = re.compile(r",\s+as\s+(?:was|were|did)\s+(?:also\s+)?")


def _as_was(persons: list[Person], text: str, start: int, end: int) -> list[Person]:
    """Who the sentence says made the same trip after its visit ("X, who arrived in Niamey
    on Friday, was welcomed by Y, as was Z later the same day"): another visitor."""
    return [
        p
        for m in _AS_WAS.finditer(text, start, end)
        for p in persons
        if m.end() <= p.start <= m.end() + 40 and not text[m.end() : p.start].count(",")
    ][:1]


def _visit_of_each(
    draft: Draft, states: list[str], host: str, persons: list[Person], rule: str
) -> list[Draft]:
    """One visit of each state to the host, with that state's people."""
    out = []
    for code in states:
        why = dict(draft.why)
        why["countries"] = Why(code, rule)
        people = [p for p in persons if p.country == code]
        out.append(draft.replaced(countries=tuple(sorted({code, host})), people=people, why=why))
    return out


def _hosting(draft: Draft, trigger: Trigger, persons: list[Person]) -> list[Draft]:
    """ "Prime Minister Rutte hosted his Belgian counterpart De Croo and Luxembourg's Prime
    Minister Frieden": a visit of each guest's state to the state of who hosted them."""
    if draft.type != "visit" or not trigger.surface.lower().startswith("host"):
        return []
    before = [p for p in persons if draft.sent.start <= p.start and p.end <= trigger.start]
    host = before[-1].country if before else None
    guests = [p for p in persons if trigger.end <= p.start < draft.sent.end and p.country]
    states = list(dict.fromkeys(p.country for p in guests if p.country and p.country != host))
    if host is None or host not in draft.countries or len(states) < 2:
        return []
    return _visit_of_each(draft, states, host, guests, "one of several guests, with the host")


# "held bilateral meetings with Erdogan", "separate talks with": one with each
_EACH_MEETING = re.compile(r"(?i)\b(?:bilateral|separate)\s+(?:bilateral\s+)?(?:meetings|talks)\b")


def _each_with_host(
    draft: Draft, trigger: Trigger, text: str, mentions: list[CountryMention]
) -> list[Draft]:
    """A visit of three states is a visit of each to the host (the state named just after its
    verb, "arrived in the Turkish capital"); "held bilateral meetings with Erdogan" of three
    states is a meeting of each with the one met (the first official after the verb)."""
    if draft.type == "visit":
        host = next(
            (
                m.code
                for m in mentions
                if 0 <= m.start - trigger.end <= 8 and m.code in draft.countries
            ),
            None,
        )
        rule = "one of several visitors, with the state visited"
    elif draft.type == "meeting" and _EACH_MEETING.search(trigger.surface):
        host = _met_by_each(draft, trigger) or _not_before(draft, trigger)
        rule = "one of several met separately by the host"
    else:
        return [draft]
    if host not in draft.countries:
        return [draft]
    out = []
    for code in (c for c in draft.countries if c != host):
        why = dict(draft.why)
        why["countries"] = Why(code, rule)
        people = [p for p in draft.people if p.country in (code, host)]
        if draft.type == "visit":
            people = [p for p in people if p.country == code]
        out.append(draft.replaced(countries=tuple(sorted({code, host})), people=people, why=why))
    return out


def _met_by_each(draft: Draft, trigger: Trigger) -> str | None:
    """The one met by each guest ("held bilateral meetings with Erdogan": the first official's
    state after the verb); but when officials of two states or more are named after it ("The
    Seychelles President held separate meetings with Maltese Prime Minister A and Cabo Verdean
    Prime Minister B"), the one state of the draft none of them is of: the subject's."""
    after = list(
        dict.fromkeys(p.country for p in draft.people if p.start > trigger.end and p.country)
    )
    if len(after) < 2:
        return after[0] if after else None
    rest = [c for c in draft.countries if c not in after]
    return rest[0] if len(rest) == 1 else None


def _not_before(draft: Draft, trigger: Trigger) -> str | None:
    """The one state of the draft whose officials are not named before its trigger ("The
    visiting ministers held separate meetings with President X": X's, the host's)."""
    guests = {p.country for p in draft.people if p.start < trigger.start}
    rest = [c for c in draft.countries if c not in guests]
    return rest[0] if len(rest) == 1 else None


def _listed_before(persons: list[Person], start: int, end: int, text: str) -> list[Person]:
    """The longest run of people named in text[start:end] joined by commas and "and"."""
    here = sorted((p for p in persons if start <= p.start and p.end <= end), key=lambda p: p.start)
    return split.longest_run(here, lambda a, b: _LISTED.fullmatch(text, a.end, b.start) is not None)


# "The two visiting ministers also paid a courtesy call on …", "the visiting delegations"
_VISITING = re.compile(
    r"(?i)\bthe\s+(?:(?:two|three|four|five)\s+)?visiting\s+(?:[\w-]+\s+)?"
    r"(?:ministers|leaders|presidents|delegations|officials|heads|envoys|guests)\b"
)


def visiting_group(text: str, start: int, end: int, drafts: list[Draft]) -> list[Draft]:
    """The visits "the two visiting ministers" of text[start:end] stands for: the last
    visits told before of visitors of different states to one host (two or more)."""
    if not quick.may_hold(quick.folded(text), start, end, ("visiting",)):
        return []
    if _VISITING.search(text, start, end) is None:
        return []
    visits = [d for d in drafts if d.type == "visit" and d.sent.start < start and _guest(d)]
    if not visits:
        return []
    host = _host(visits[-1])
    same: list[Draft] = []
    for d in reversed(visits):
        if _host(d) != host or any(_guest(o) == _guest(d) for o in same):
            break
        same.append(d)
    return same[::-1] if len(same) >= 2 else []


def _guest(d: Draft) -> str | None:
    """The visitor's state: the state of the visit's first official that has one."""
    return next((p.country for p in d.people if p.country in d.countries), None)


def _host(d: Draft) -> str | None:
    guest = _guest(d)
    return next((c for c in d.countries if c != guest), None) if guest else None


def states_of(visits: list[Draft], trigger: Trigger) -> frozenset[str]:
    """The states of a meeting of "the visiting ministers": the host's and every visitor's."""
    if trigger.type != "meeting":
        return frozenset()
    return frozenset(c for v in visits for c in v.countries)


def with_visitors(draft: Draft, visits: list[Draft]) -> Draft:
    """The meeting of "the two visiting ministers" with the host: every visitor's state and
    the visitors themselves."""
    if draft.type != "meeting" or not visits:
        return draft
    codes = {c for v in visits for c in v.countries}
    names = {p.name.casefold() for p in draft.people}
    guests = [p for v in visits for p in v.people if p.country == _guest(v)]
    guests = [p for p in dict.fromkeys(guests) if p.name.casefold() not in names]
    why = dict(draft.why)
    why["countries"] = Why(None, "the visitors told before, with their host")
    return draft.replaced(countries=tuple(sorted(codes)), people=guests + draft.people, why=why)


# "visited Nuku'alofa on 5 February, where he was received by …", "…, during which he met …"
_ON_THE_VISIT = re.compile(
    r"(?i),\s+(?:where|during\s+which|in\s+the\s+course\s+of\s+which)\b|\band\s+(?:then\s+|also\s+)?$"
)


# "…, meeting President Xi Jinping in Beijing": a participle of the visit's clause
_MEETING_PARTICIPLE = re.compile(r"meeting\s+(?:with\s+)?(?:his\s+|her\s+)?(?-i:[A-Z])")


def visit_of_clause(trigger: Trigger, drafts: list[Draft], text: str) -> frozenset[str]:
    """The states of the visit a meeting is told in a clause of ("visited Nuku'alofa …,
    where he was received by the King"), from the drafts of the trigger's sentence."""
    if trigger.type != "meeting":
        return frozenset()
    for d in reversed(drafts):
        visit_end = _trigger_end(d)
        if d.type != "visit" or visit_end is None or visit_end > trigger.start:
            continue
        if _ON_THE_VISIT.search(
            d.sent.text, visit_end - d.sent.start, trigger.start - d.sent.start
        ):
            return frozenset(d.countries)
        if _MEETING_PARTICIPLE.match(text, trigger.start) and text.endswith(
            ", ", trigger.start - 2, trigger.start
        ):
            return frozenset(d.countries)  # "made a state visit to China, meeting President Xi"
    return frozenset()


# "On Tuesday he held talks with …": the subject is a pronoun right before the verb
# "he held talks", "She will hold talks", "he is scheduled to hold bilateral talks"
_HE_BEFORE = re.compile(
    r"\b(?:he|she)\s+(?:also\s+|then\s+|later\s+)?(?:(?:will|is\s+(?:due|set|scheduled|expected)"
    r"\s+to)\s+(?:also\s+)?hold\s+(?:(?:bilateral|official|separate|further)\s+)?)?$",
    re.I,
)


def visitor_talks(
    trigger: Trigger, drafts: list[Draft], text: str, start: int, subject: Person | None
) -> frozenset[str]:
    """The states of the visit under way when "he" or "she", its traveller, holds talks in a
    sentence naming no state ("Peters arrived in the Tongan capital on Monday … On Tuesday he
    held talks with Prime Minister Eke"): the last record told is that visit, done, and the
    pronoun's official (the subject told last) is its traveller."""
    if trigger.type != "meeting" or subject is None or not drafts:
        return frozenset()
    if not _HE_BEFORE.search(text, max(start, trigger.start - 20), trigger.start):
        return frozenset()
    last = drafts[-1]
    if last.type != "visit" or last.status != "occurred" or len(last.countries) != 2:
        return frozenset()
    if not any(p.name == subject.name for p in last.people):
        return frozenset()
    return frozenset(last.countries)


def on_the_visit(draft: Draft, visit: frozenset[str]) -> Draft:
    """Say so when a meeting's states are those of the visit its sentence tells."""
    rule = draft.why["countries"].rule
    if not visit or draft.countries != tuple(sorted(visit)) or rule != assemble.GROUP_RULE:
        return draft
    why = dict(draft.why)
    why["countries"] = Why(
        draft.why["countries"].surface, "the states of the visit its sentence tells"
    )
    return draft.replaced(why=why)


def _trigger_end(d: Draft) -> int | None:
    """Where the words that fired the draft end (their first occurrence in its sentence)."""
    surface = d.why["type"].surface
    at = d.sent.text.find(surface) if surface else -1
    return d.sent.start + at + len(surface or "") if at >= 0 else None


def with_host(drafts: list[Draft], first: int) -> None:
    """A meeting of the visitors that a sentence's visits bring to one host ("A and B, who are
    in Tashkent on a working visit, were received by President Mirziyoyev") is with that host,
    whose official the text may leave without a state."""
    visits = [d for d in drafts[first:] if d.type == "visit" and _guest(d)]
    hosts = {_host(d) for d in visits}
    if len(visits) < 2 or len(hosts) != 1:
        return
    (host,) = hosts
    guests = {_guest(d) for d in visits}
    for i in range(first, len(drafts)):
        d = drafts[i]
        if d.type == "meeting" and host and host not in d.countries and set(d.countries) == guests:
            why = dict(d.why)
            why["countries"] = Why(d.why["countries"].surface, "the visitors and their host")
            drafts[i] = d.replaced(countries=tuple(sorted(guests | {host})), why=why)


_HOSTING = ("host", "welcomed")


def without_hosts(drafts: list[Draft], fired: list[Trigger], first: int) -> None:
    """A visit's people (of `drafts[first:]`, the sentence's) are not those named after a
    meeting told later in its sentence ("visited Nuku'alofa, where he was received by King
    Tupou VI": the King received him)."""
    for i in range(first, len(drafts)):
        d = drafts[i]
        visit_end = _trigger_end(d) if d.type == "visit" else None
        if visit_end is None or (d.why["type"].surface or "").lower().startswith(_HOSTING):
            continue  # "is to host talks with President X": X is the guest
        later = [t.start for t in fired if t.type == "meeting" and t.start > visit_end]
        kept = [p for p in d.people if p.start < min(later)] if later else d.people
        # (…, "and the visit of Minister X to Jeddah" told after the meeting: its own traveller)
        if later and (kept or sum(t.type == "visit" for t in fired) < 2):
            drafts[i] = d.replaced(people=kept)


# "Uzbekistan hosted the first trilateral summit of …", "hosted Prime Minister Lee for the
# Leaders' Retreat in Bintan", "hosted two earlier rounds of indirect talks between the two
# sides": a gathering hosted, not a guest's visit
_GATHERING_NOUNS = "summit|conference|forum|congress|assembly|retreat|rounds?|talks|negotiations"
_GATHERING_HOSTED = re.compile(
    rf"(?i)\s+(?:[^,.;]{{0,80}}?\s+for\s+)?(?:the|a|an|this\s+year's|two|three|several)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_GATHERING_NOUNS})\b"
)


def hosts_gathering(trigger: Trigger, text: str) -> bool:
    """A visit fired by "hosted" whose object is a summit or conference, or a guest "for the
    Leaders' Retreat": the gathering is the event (a meeting), no visit is told."""
    if trigger.type != "visit" or not trigger.surface.lower().startswith("host"):
        return False
    return _GATHERING_HOSTED.match(text, trigger.end) is not None


# The same matches, found faster: a first-character guard on each (see `quick`).
_VISITING = quick.lead(_VISITING)
_AS_WAS = quick.guard(_AS_WAS)
_ON_THE_VISIT = quick.guard(_ON_THE_VISIT)


def guests_of_host(drafts: list[Draft], resolve: Callable[[str], str | None]) -> list[Draft]:
    """ "Prime Minister Fumio Kishida visited Seoul" in a report that names no state of his:
    the officials of a visit of two states placed in the host's capital or state, none of
    them the host's, are the other state's (the visitor's)."""
    out = []
    for d in drafts:
        host = resolve(d.location) if d.type == "visit" and d.location else None
        if (
            host is None
            or len(d.countries) != 2
            or host not in d.countries
            or not any(p.country is None for p in d.people)
            or any(p.country == host for p in d.people)
        ):
            out.append(d)
            continue
        guest = next(c for c in d.countries if c != host)
        people = [p if p.country else replace(p, country=guest) for p in d.people]
        out.append(d.replaced(people=people))
    return out
