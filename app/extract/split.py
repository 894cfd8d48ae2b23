"""One act towards several states is several bilateral events.

Reads: a draft, its trigger, the sentence's country mentions and people.
Assigns: one draft per counterpart.  A tour ("He then visited Gambia,
Guinea-Bissau, Ghana and Guinea") is a visit to each state; a reception of
several envoys ("received the credentials of the ambassadors of Algeria,
Tunisia and Japan") or calls with several leaders are one meeting with each.
A summit or talks of three states together stay one record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from app.extract import quick, triggers
from app.extract.assemble import Draft
from app.extract.people import Person
from app.extract.triggers import Trigger
from app.extract.types import CountryMention, Why

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
# "a tour that earlier took His Highness to …": the subject of the report, by title
_TITLE_TOOK = re.compile(
    r"(?:took|(?:will|would|is\s+to)\s+(?:also\s+)?take|(?:is|are)\s+(?:also\s+)?taking)"
    r"\s+(?:His|Her|the)\b"
)
_ONE_BY_ONE = re.compile(
    r"(?i)\b(?:credentials|letters\s+of\s+credence|separately|separate|respectively|"
    r"(?:tele)?phone\s+(?:calls|conversations)|one[- ]on[- ]one|counterparts|"
    r"(?:bilateral\s+)?(?:meetings|talks)\s+with\s+(?:the\s+)?(?:leaders|heads|ministers|presidents))\b"
)
# A word every match of _ONE_BY_ONE holds.
_ONE_WORDS = (
    "credentials", "credence", "separate", "respectively", "phone", "on-one", "on one",
    "counterparts", "leaders", "heads", "ministers", "presidents",
)  # fmt: skip
_TOGETHER = re.compile(
    r"(?i)\b(?:trilateral|tripartite|quadrilateral|multilateral|summit|joint\s+meeting|"
    r"three|four|five|together|jointly|ministerial|round\s*table)\b"
)


# "took him to Kazakhstan on June 12 and Uzbekistan": a leg's own date between the states
_DATED_JOIN = re.compile(
    r"\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+)"
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:to\s+)?(?:the\s+)?)$"
)


Item = TypeVar("Item")


def longest_run(items: Iterable[Item], joined: Callable[[Item, Item], bool]) -> list[Item]:
    """The longest run of consecutive items each `joined` to the one before (two or more)."""
    best: list[Item] = []
    run: list[Item] = []
    for item in items:
        run = [*run, item] if run and joined(run[-1], item) else [item]
        if len(run) > len(best):
            best = run
    return best if len(best) >= 2 else []


def _coordinated(
    text: str, mentions: list[CountryMention], start: int, dated: bool = False
) -> list[CountryMention]:
    """The longest list of state names joined by commas and 'and' after `start` (with
    `dated`, each may carry its own date: "Kazakhstan on June 12 and Uzbekistan")."""

    def joined(a: CountryMention, b: CountryMention) -> bool:
        if _JOIN.fullmatch(text, a.end, b.start):
            return True
        return dated and _DATED_JOIN.fullmatch(text, a.end, b.start) is not None

    names = (m for m in mentions if m.start >= start and m.kind in ("name", "alias", "capital"))
    return longest_run(names, joined)


def distribute(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    subject: Person | None,
    home: str | None = None,
    recent: str | None = None,
    main_pair: tuple[str, ...] = (),
) -> list[Draft]:
    """The draft, or one draft per counterpart when the act was done with each in turn."""
    if draft.type == "visit":
        return _tour(draft, trigger, text, mentions, subject)
    if draft.type == "diplomatic_relations" and len(draft.countries) >= 2:
        by_year = _relations_by_year(draft, trigger, text, mentions, home, recent)
        if by_year:
            return by_year
        also = _relations_also(draft, trigger, text, mentions)
        if also is not None:
            return [draft, also]
        if len(draft.countries) >= 3:
            pair = _relations_of_two(draft, trigger, text, mentions)
            if pair is not None:
                return [pair]
            each = _relations_with_each(draft, trigger, text, mentions)
            return each if len(each) > 1 else _switched(draft, trigger, text, mentions) or each
        return _unnamed_switcher(draft, trigger, text, mentions, main_pair) or [draft]
    if draft.type == "meeting" and len(draft.countries) >= 2:
        return _receptions(draft, trigger, text, mentions, subject, home)
    if len(draft.countries) >= 3 and _LIKE_BEFORE.search(
        text, max(draft.sent.start, trigger.start - 30), trigger.start
    ):
        return []  # "has concluded similar agreements with A, B and C": a comparison, no act told
    if len(draft.countries) >= 3 and _PLURAL_DOCUMENTS.match(text, trigger.start, trigger.end + 30):
        # "has concluded visa waiver arrangements with a number of African states, including
        # Kenya, Rwanda and Botswana": documents, one with each
        return _relations_with_each(draft, trigger, text, mentions, _SIGNED_EACH)
    if len(draft.countries) >= 3:
        return _documents_with_each(draft, trigger, text, mentions)
    return [draft]


# "similar agreements", "such deals": documents told as like the one reported
_LIKE_BEFORE = re.compile(r"(?i)\b(?:similar|such|comparable|the\s+same)\s+(?:[\w-]+\s+)?$")


# "following similar documents with the United Kingdom, Germany and France": the like
# documents the sentence tells, each with a state of the list after them
_DOCUMENTS_WITH = re.compile(
    r"(?i)\b(?:similar|such|comparable|like|the\s+same)\s+(?:[\w-]+\s+)?(?:agreements|arrangements|memoranda|memorandums|MoUs|treaties|accords|deals|"
    r"protocols|documents|pacts)\s+(?=with\b)"
)
# "and a deal with Kenya is expected": one document with one state
_ONE_WITH = re.compile(r"\s+with\s+(?:the\s+)?$")


def _documents_with_each(
    draft: Draft, trigger: Trigger, text: str, mentions: list[CountryMention]
) -> list[Draft]:
    """A document told beside a list of the states its signer signed the like with ("The
    agreement was the latest of the deals signed by Ukraine, following similar documents with
    A, B and C") is none of theirs: no record for the list (a comparison, no act told one by
    one); "and a deal with C is expected" is the one the trigger's own "with" names."""
    start, end = draft.sent.start, draft.sent.end
    here = [m for m in mentions if start <= m.start < end and m.kind in ("name", "alias")]
    after = next((m for m in here if m.start >= trigger.end), None)
    if after is not None and _ONE_WITH.fullmatch(text, trigger.end, after.start):
        lists = [
            _coordinated(text, here, at.end()) for at in _DOCUMENTS_WITH.finditer(text, start, end)
        ]
        listed = {m.code for run in lists for m in run}
        signer = [m.code for m in here if m.start < trigger.start and m.code not in listed]
        if signer and signer[0] != after.code and after.code not in listed:
            why = {**draft.why, "countries": Why(after.surface, "the one state its 'with' names")}
            return [draft.replaced(countries=tuple(sorted({signer[0], after.code})), why=why)]
        return [draft]
    for at in _DOCUMENTS_WITH.finditer(text, start, end):
        pseudo = Trigger(trigger.type, at.start(), at.end(), at.group(0), trigger.rule)
        each = _relations_with_each(draft, pseudo, text, mentions, _SIGNED_EACH)
        if len(each) > 1:
            return []  # the like documents with other states: a comparison, no act told
    return [draft]


# "visa waiver arrangements", "agreements", "memoranda": the trigger's noun, plural
_PLURAL_DOCUMENTS = re.compile(
    r"(?i)[\w\s-]{0,30}?\b(?:agreements|arrangements|memoranda|memorandums|MoUs|treaties|"
    r"accords|deals|protocols)\b"
)
_SIGNED_EACH = "a document with each of the states listed"


# "Saudi Arabia and Iran, with China, signed a joint statement announcing that the two
# countries had agreed to resume diplomatic relations": the relations of two, the third there
_THE_TWO = re.compile(r"(?i)\bthe\s+two\s+(?:countries|states|nations|sides|governments|parties)\b")
_ASIDE_WITH = re.compile(
    r"(?i)(?:,|\()\s*(?:along\s+|together\s+)?with\s+(?:the\s+)?$|"
    r"(?i:\b(?:mediated|brokered|facilitated)\s+by|\bmediation\s+of)\s+(?:the\s+)?$"
)


def _relations_of_two(
    draft: Draft, trigger: Trigger, text: str, mentions: list[CountryMention]
) -> Draft | None:
    """Relations of "the two countries" in a sentence naming three states: those two, not the
    state told aside ("A and B, with C, signed …") or as mediator."""
    if not _THE_TWO.search(text, draft.sent.start, trigger.start):
        return None
    aside = {
        m.code
        for m in mentions
        if draft.sent.start <= m.start < draft.sent.end
        and _ASIDE_WITH.search(text, max(draft.sent.start, m.start - 30), m.start)
    }
    two = tuple(c for c in draft.countries if c not in aside)
    if len(two) != 2:
        return None
    why = {**draft.why, "countries": Why(None, "the two countries of the relations, not the third")}
    keep = [p for p in draft.people if p.country in two]
    return draft.replaced(countries=two, people=keep, why=why)


# "with the Republic of Chad and with the Kingdom of Lesotho": the gap between two listed states
_WITH_EACH = re.compile(
    r"[\s,]*(?:and\s+)?(?:with\s+)?(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|"
    r"Principality|Federation|Commonwealth|Union)\s+of\s+(?:the\s+)?)?"
)
_WITH_FIRST = re.compile(
    r"\bwith\s+(?:the\s+)?[\w\s]{0,30}$"
    # "with a number of African states, including Kenya, …"
    r"|\bwith\s+[\w\s-]{0,50},?\s+(?:including|such\s+as|among\s+them)\s+$"
)


def _relations_with_each(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    rule: str = "relations with each of the states listed",
) -> list[Draft]:
    """ "X established diplomatic relations with A and with B": relations of X with each, when
    one state of the record is not in the list of states after "with"."""
    after = [
        m
        for m in mentions
        if trigger.end <= m.start < draft.sent.end and m.kind in ("name", "alias")
    ]
    listed: list[CountryMention] = []
    for m in after:
        gap = text[(listed[-1].end if listed else trigger.end) : m.start]
        if listed and not _WITH_EACH.fullmatch(gap):
            break
        if not listed and not _WITH_FIRST.search(gap):
            return [draft]
        listed.append(m)
    others = {m.code for m in listed}
    first = set(draft.countries) - others
    if len(first) != 1:
        # "A has signed agreements with B and C, and a deal with D is expected": the signer is
        # the state named before the documents
        first = {m.code for m in mentions if draft.sent.start <= m.start < trigger.start} & first
    if len(others) < 2 or len(first) != 1:
        return [draft]
    (one,) = first
    out = []
    for code in dict.fromkeys(m.code for m in listed):
        why = dict(draft.why)
        why["countries"] = Why(code, rule)
        out.append(draft.replaced(countries=tuple(sorted({one, code})), why=why))
    return out


# "severed ties with Taiwan", "switched recognition from Taipei to Beijing": the state an act
# of relations is with
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|from|to|recogni[sz]ed|recogni[sz]es)\s+(?:the\s+)?(?:so-called\s+)?$"
)


def _objects(
    text: str, act: re.Match[str], stop: int, mentions: list[CountryMention]
) -> list[CountryMention]:
    """The states the change of relations `act` is with, named after it before `stop`: the
    first ("broke ties with Taiwan"), or the two a recognition is switched between."""
    found = [
        m
        for m in mentions
        if act.start() <= m.start < stop
        and m.kind in ("name", "alias", "capital")
        and _OBJECT_BEFORE.search(text, max(act.start(), m.start - 16), m.start)
    ]
    return found[:2] if act.group("switch") else found[:1]


def _switched(
    draft: Draft, trigger: Trigger, text: str, mentions: list[CountryMention]
) -> list[Draft]:
    """Relations are of two states: "Nauru severed ties with Taiwan and re-established relations
    with China", "Honduras switched diplomatic recognition from Taipei to Beijing" are one record
    for each state the relations changed with, with the state named last before the act (not
    one the sentence's other acts are with); an act with none ("China and Nauru resumed
    relations, after Nauru severed ties with Taiwan") is of the two states left."""
    start, end = draft.sent.start, draft.sent.end
    acts = list(triggers.RELATIONS.finditer(text, start, end))
    here = [m for m in mentions if start <= m.start < end and m.code in draft.countries]
    mine: list[CountryMention] = []
    every: set[str] = set()
    at = -1
    for i, act in enumerate(acts):
        found = _objects(text, act, acts[i + 1].start() if i + 1 < len(acts) else end, here)
        every |= {m.code for m in found}
        if act.start() <= trigger.start < act.end():
            mine, at = found, act.start()
    if at < 0:
        return []
    if not mine:
        left = tuple(sorted(set(draft.countries) - every))
        return [draft.replaced(countries=left)] if len(left) == 2 else []
    codes = {m.code for m in mine}
    before = [m.code for m in here if m.start < at and m.code not in every | codes]
    if not before:
        return []
    out = []
    for m in mine:
        why = dict(draft.why)
        why["countries"] = Why(m.surface, "the state relations were changed with, and who did")
        out.append(draft.replaced(countries=tuple(sorted({before[-1], m.code})), why=why))
    return out


def _unnamed_switcher(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    pair: tuple[str, ...],
) -> list[Draft]:
    """ "President Maamau's government cut ties with Taiwan and restored relations with
    Beijing", "the government of President Tong recognised Taipei": a change of relations whose
    subject names no state is of the state it was made with and the report's own state, the
    one of its main pair the sentence does not name."""
    start, end = draft.sent.start, draft.sent.end
    acts = list(triggers.RELATIONS.finditer(text, start, end))
    here = [m for m in mentions if start <= m.start < end]
    if not acts or not here or any(m.start < acts[0].start() for m in here):
        return []  # a state named before the first act is its subject
    if len(acts) < 2 and not acts[0].group("recog"):
        return []  # a switch: ties cut with one and set up with the other, or a recognition
    named = {m.code for m in here}
    left = [code for code in pair if code not in named]
    if len(left) != 1:
        return []
    for i, act in enumerate(acts):
        if act.start() <= trigger.start < act.end():
            stop = acts[i + 1].start() if i + 1 < len(acts) else end
            found = _objects(text, act, stop, here)
            if len(found) != 1:
                return []
            codes = tuple(sorted({left[0], found[0].code}))
            if codes == draft.countries:
                return []
            why = dict(draft.why)
            why["countries"] = Why(
                found[0].surface, "relations changed with it by the report's state"
            )
            return [draft.replaced(countries=codes, why=why)]
    return []


def _first_leg(
    text: str, here: list[CountryMention], trigger: Trigger, hosts: list[CountryMention]
) -> list[CountryMention]:
    """ "He began the trip in Cape Verde on Sunday and visited Ivory Coast and Nigeria": the
    state the visit phrase names first is a leg too, before the longer list told after it."""
    first = next((m for m in here if m.start >= trigger.end), None)
    if (
        first is None
        or first in hosts
        or first.kind not in ("name", "alias", "capital")
        or text[trigger.end : first.start].strip() not in ("", "the")
        or not _NEXT_LEG.search(text, first.end, hosts[0].start)
    ):
        return hosts
    return [first, *hosts]


FIRST_LEG = "the first leg of a tour, with the visitor"
MET_IN_TURN = "one of several met in turn, with the host"
# "… on Sunday and visited", "…, then travelled to": the list after it is a later leg
_NEXT_LEG = re.compile(
    r"\b(?:and|then|before|after)\s+(?:then\s+|later\s+|also\s+)?(?:visited|travell?ed\s+to|"
    r"went\s+(?:on\s+)?to|moved\s+on\s+to|stopped\s+in|proceeded\s+to|flew\s+to)\b"
)


def _tour(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    subject: Person | None,
) -> list[Draft]:
    here = [m for m in mentions if draft.sent.start <= m.start < draft.sent.end]
    tour = trigger.rule == triggers.TOUR
    hosts = _coordinated(text, here, trigger.end, dated=tour)
    if not hosts or not re.fullmatch(
        r"[\s\w]*?(?:to\s+|in\s+)?", text[trigger.end : hosts[0].start]
    ):
        return [draft]
    legs = _first_leg(text, here, trigger, hosts)
    led = len(legs) > len(hosts)  # the first leg told before the list
    hosts = legs
    codes = {m.code for m in hosts}
    visitor = next((p.country for p in draft.people if p.country and p.country not in codes), None)
    said_so = _PRONOUN.search(text, draft.sent.start, trigger.start) or _TITLE_TOOK.match(
        text, trigger.start, trigger.end
    )
    if visitor is None and said_so and subject is not None and subject.country not in codes:
        visitor = subject.country
    if visitor is None:
        return [draft]
    people = [p for p in draft.people if p.country in (None, visitor)]
    if subject is not None and subject.country == visitor and subject not in people:
        people = [subject, *people]
    out: list[Draft] = []
    for m in hosts:
        if m.code == visitor or any(visitor in d.countries and m.code in d.countries for d in out):
            continue
        why = dict(draft.why)
        why["countries"] = Why(
            m.surface,
            FIRST_LEG if m is hosts[0] and led else "one of the states of a tour, with the visitor",
        )
        why["location"] = Why(m.surface, "the state of the tour visited")
        out.append(
            draft.replaced(
                countries=tuple(sorted({visitor, m.code})),
                location=m.surface,
                people=people,
                why=why,
            )
        )
    return out or [draft]


_CREDENTIALS = re.compile(r"(?i)\b(?:credentials|letters\s+of\s+credence)\b")


def _venue_state(draft: Draft, mentions: list[CountryMention], trigger: Trigger) -> str | None:
    """ "… accepted the credentials of the ambassadors of Mongolia, Chile and Ukraine at Riga
    Castle": envoys present credentials in the receiving state, whose capital the sentence names
    outside the list of their states."""
    here = [m for m in mentions if draft.sent.start <= m.start < draft.sent.end]
    listed = {m.code for m in here if m.start >= trigger.end and m.kind != "capital"}
    return next((m.code for m in here if m.kind == "capital" and m.code not in listed), None)


# "with Kuwait in 1968, with Bahrain in 2000 and with the United Arab Emirates in 2007"
_WITH_IN_YEAR = re.compile(r"\s*(?:,\s*)?(?:and\s+)?with\s+(?:the\s+)?$")
_IN_YEAR = re.compile(r"\s+in\s+(?P<year>1[89]\d\d|20\d\d)\b")


# "A and B established diplomatic relations in 2006, …, while relations with Chile were
# established in 2007": the first state's relations with another, in a clause of their own
_ALSO_WITH = re.compile(
    r"(?i)[,;]\s*(?:while|and|whereas)\s+(?:diplomatic\s+)?(?:relations|ties)\s+with\s+(?:the\s+)?$"
)
_ESTABLISHED_IN = re.compile(
    r"\s+(?:were|was)\s+(?:first\s+)?established\s+in\s+(?P<year>1[89]\d\d|20\d\d)\b"
)


def _relations_also(
    draft: Draft, trigger: Trigger, text: str, mentions: list[CountryMention]
) -> Draft | None:
    """The relations of the sentence's first state with the one of a "while relations with C
    were established in 2007" clause after the act (their own record, with that year)."""
    first = next((m.code for m in mentions if draft.sent.start <= m.start < trigger.start), None)
    if first is None or first not in draft.countries:
        return None
    for m in mentions:
        if not trigger.end <= m.start < draft.sent.end or m.code in draft.countries:
            continue
        found = _ESTABLISHED_IN.match(text, m.end)
        if found and _ALSO_WITH.search(text, max(trigger.end, m.start - 40), m.start):
            why = dict(draft.why)
            why["countries"] = Why(
                m.surface, "relations with another state, in a clause of its own"
            )
            why["date"] = Why(found.group("year"), "the year given with that state")
            countries = tuple(sorted({first, m.code}))
            return draft.replaced(
                countries=countries, date=found.group("year"), date_end=None, why=why
            )
    return None


def _relations_by_year(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    home: str | None,
    recent: str | None,
) -> list[Draft]:
    """Relations established with several states, one year each ("Relations were established
    with Kuwait in 1968, with Bahrain in 2000 …"): one record per state, with the state the
    report spoke of last (one of its two main states), else its home state."""
    listed: list[tuple[CountryMention, str]] = []
    with_at = text.rfind("with", trigger.start, trigger.end)  # "… established with"
    cursor = with_at if with_at >= 0 else trigger.end
    for m in (m for m in mentions if cursor <= m.start < draft.sent.end):
        found = _IN_YEAR.match(text, m.end)
        if not (found and _WITH_IN_YEAR.fullmatch(text, cursor, m.start)):
            if listed:
                break
            cursor = m.end
            continue
        listed.append((m, found.group("year")))
        cursor = found.end()
    codes = {m.code for m, _ in listed}
    # "Kazakhstan established diplomatic relations with Malaysia in 1992, with …": the subject
    subject = [m.code for m in mentions if draft.sent.start <= m.start < trigger.end]
    other = next((c for c in (*subject[:1], recent, home) if c and c not in codes), None)
    if len(listed) < 2 or other is None:
        return []
    out: list[Draft] = []
    for m, year in listed:
        why = dict(draft.why)
        why["countries"] = Why(m.surface, "relations with one of several states, each its year")
        why["date"] = Why(year, "the year given with that state")
        out.append(
            draft.replaced(
                countries=tuple(sorted({other, m.code})),
                date=year,
                date_end=None,
                why=why,
            )
        )
    return out


# "The other envoys who presented their credentials were …": more guests of the reception
# told just before
_OTHER_ENVOYS = re.compile(
    r"(?i)\W*(?:the\s+)?other\s+(?:[\w-]+\s+){0,2}?(?:envoys|ambassadors|diplomats|"
    r"heads\s+of\s+mission|high\s+commissioners)\b"
)


def other_envoys(drafts: list[Draft], text: str, first: int) -> None:
    """The meetings of "The other envoys who presented their credentials were A, B and C"
    (`drafts[first:]`) are held at the reception told before: its host, day and place."""
    new = drafts[first:]
    if not new or _OTHER_ENVOYS.match(text, new[0].sent.start) is None:
        return
    before = next(
        (
            d
            for d in reversed(drafts[:first])
            if d.type == "meeting" and _CREDENTIALS.search(text, d.sent.start, d.sent.end)
        ),
        None,
    )
    if before is None:
        return
    for i, d in enumerate(new, first):
        if d.type != "meeting" or d.sent.start != new[0].sent.start:
            continue
        host = [c for c in d.countries if c in before.countries]
        if len(host) != 1:
            continue
        mine = [p for p in before.people if p.country == host[0]]
        names = {p.name.casefold() for p in d.people}
        why = dict(d.why)
        changes: dict[str, object] = {
            "people": mine + [p for p in d.people if p.country != host[0]]
        }
        if d.location is None and before.location:
            changes["location"] = before.location
            why["location"] = Why(before.location, "the reception of credentials told before")
        if d.date is None and before.date:
            changes["date"] = before.date
            why["date"] = Why(before.date, "the reception of credentials told before")
        if not all(p.name.casefold() in names for p in mine):
            why["participants"] = Why(None, "the host of the reception of credentials told before")
        drafts[i] = d.replaced(why=why, **changes)


def _receptions(
    draft: Draft,
    trigger: Trigger,
    text: str,
    mentions: list[CountryMention],
    subject: Person | None,
    home: str | None,
) -> list[Draft]:
    sentence = text[draft.sent.start : draft.sent.end]
    one_by_one = trigger.surface.lower().startswith("receiv") or (
        quick.may_hold(quick.folded(text), draft.sent.start, draft.sent.end, _ONE_WORDS)
        and _ONE_BY_ONE.search(sentence)
    )
    if not one_by_one:
        return [draft]
    together = _TOGETHER.search(sentence)
    # "… counterparts on the sidelines of the Turkic summit": the summit is only the setting
    if together and together.group(0).lower() == "summit" and "sidelines" in sentence:
        together = None
    if together:
        return [draft]
    hosts = [p for p in draft.people if p.country and p.start < trigger.start]
    # "President Tebboune receives credentials of …": an unnamed host of the agency's state
    host = hosts[0].country if hosts else (subject.country if subject else home)
    if host is None and _CREDENTIALS.search(sentence):
        host = _venue_state(draft, mentions, trigger)
    guests = [p for p in draft.people if p.country != host and p.start > trigger.start]
    states = [p.country for p in guests if p.country]
    if len(set(states)) < 2:
        # "held talks with his counterparts from Guyana, Hugh Todd, and Paraguay, …"
        states = [
            m.code
            for m in mentions
            if trigger.end <= m.start < draft.sent.end and m.code in draft.countries
        ]
    if host is None or len(set(states) - {host}) < 2:
        return [draft]
    mine = [
        p
        for p in draft.people
        if p.country == host or (p.country is None and p.start < trigger.start)
    ]
    out: list[Draft] = []
    for code in dict.fromkeys(c for c in states if c != host):
        why = dict(draft.why)
        why["countries"] = Why(code, MET_IN_TURN)
        out.append(
            draft.replaced(
                countries=tuple(sorted({host, code})),
                people=mine + [p for p in guests if p.country == code],
                why=why,
            )
        )
    return out


# The same matches, found faster: a first-character guard on each (see `quick`).
_PRONOUN = quick.guard(_PRONOUN)
_TITLE_TOOK = quick.guard(_TITLE_TOOK)
_DATED_JOIN = quick.guard(_DATED_JOIN)
_IN_YEAR = quick.guard(_IN_YEAR)
_ONE_BY_ONE = quick.guard(_ONE_BY_ONE)
_TOGETHER = quick.guard(_TOGETHER)
_WITH_EACH = quick.guard(_WITH_EACH)
_WITH_FIRST = quick.guard(_WITH_FIRST)
_OBJECT_BEFORE = quick.guard(_OBJECT_BEFORE)
_CREDENTIALS = quick.guard(_CREDENTIALS)
_OTHER_ENVOYS = quick.guard(_OTHER_ENVOYS)
_THE_TWO = quick.fold(_THE_TWO)
_ASIDE_WITH = quick.guard(_ASIDE_WITH)
