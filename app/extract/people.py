"""Find named people with their roles in a sentence.

Reads: a sentence span and the country mentions in it.  Assigns: `Person`s —
the name (honorifics such as "H.E.", "Mr", "Sheikh", "Samdech" left out), the
role as the text gives it ("Deputy Foreign Minister", "his Cambodian
counterpart", "Chair of the Milli Majlis") and the country the role names.
A name is a run of two to five capitalised words that is not a country, an
institution or a title; its role is the title phrase right before it, or an
apposition right after it ("Ouch Borith, Secretary of State for …,").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.extract.types import CountryMention, Sentence

TITLE_WORDS = (
    r"President|Vice[- ]President|Prime\s+Minister|Premier|Minister|Chancellor|Chair(?:man|woman|person)?"
    r"|Speaker|Ambassador|Envoy|Secretary(?:[- ]General)?|King|Queen|Emir|Amir|Sultan|Crown\s+Prince"
    r"|Governor|Mayor|Head|Leader|Director(?:[- ]General)?|Adviser|Advisor|Commissioner|counterpart"
    r"|diplomat|official|Senator|Deputy|deputies|MPs?|Member|Spokes(?:man|woman|person)|Chief|Consul"
    r"|Representative|Commander|Chargé\s+d'Affaires|Vice[- ]Chair(?:man)?|Co-?[Cc]hair|Lawmaker"
    r"|Foreign\s+Minister|Defen[cs]e\s+Minister|Attorney[- ]General|Ombudsman|Marshal"
    r"|Taoiseach|T[áa]naiste|Pope|Councill?or|Governor[- ]General|Vice[- ]Premier|Crown\s+Prince|Delegate"
)
_TITLE = re.compile(rf"\b(?:{TITLE_WORDS})s?\b", re.I)
_TITLE_LOW = re.compile(rf"\b(?:{TITLE_WORDS.lower()})s?\b")
HONORIFICS = frozenset(
    [
        "h.e.",
        "he",
        "his",
        "her",
        "excellency",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "madame",
        "madam",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sheikh",
        "sayyid",
        "h.h.",
        "shaikh",
        "samdech",
        "techo",
        "akka",
        "moha",
        "ponhea",
        "chakri",
        "sena",
        "padei",
        "thipadei",
        "datuk",
        "dato",
        "dato'",
        "datuk'",
        "seri",
        "tan",
        "sri",
        "sir",
        "dame",
        "lord",
        "lady",
        "prince",
        "princess",
        "hrh",
        "majesty",
        "highness",
        "excellency",
        "haji",
        "hajji",
        "tun",
        "puan",
        "toh",
        "puan",
        "engr",
        "eng.",
        "gen.",
        "gen",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "ambassador",
    ]
)
# Words that end a name or cannot be one (titles, institutions, places, calendar words).
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "by",
        "from",
        "as",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "these",
        "those",
        "president",
        "minister",
        "prime",
        "foreign",
        "deputy",
        "chair",
        "chairman",
        "chairwoman",
        "speaker",
        "ambassador",
        "secretary",
        "state",
        "general",
        "king",
        "queen",
        "emir",
        "sultan",
        "crown",
        "governor",
        "mayor",
        "head",
        "leader",
        "director",
        "adviser",
        "advisor",
        "envoy",
        "commissioner",
        "counterpart",
        "diplomat",
        "official",
        "senator",
        "member",
        "members",
        "chief",
        "national",
        "assembly",
        "parliament",
        "senate",
        "majlis",
        "mazhilis",
        "council",
        "committee",
        "group",
        "ministry",
        "ministries",
        "affairs",
        "republic",
        "kingdom",
        "federation",
        "union",
        "organization",
        "organisation",
        "agency",
        "department",
        "press",
        "public",
        "relations",
        "news",
        "university",
        "palace",
        "house",
        "airport",
        "international",
        "cooperation",
        "co-operation",
        "government",
        "bank",
        "summit",
        "conference",
        "forum",
        "commission",
        "network",
        "movement",
        "nations",
        "security",
        "office",
        "embassy",
        "consulate",
        "cabinet",
        "friendship",
        "working",
        "inter-parliamentary",
        "parliamentary",
        "delegation",
        "delegations",
        "people's",
        "party",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "trade",
        "economic",
        "economy",
        "energy",
        "defence",
        "defense",
        "justice",
        "interior",
        "finance",
        "investment",
        "education",
        "health",
        "agriculture",
        "culture",
        "tourism",
        "transport",
        "mr",
        "mrs",
        "ms",
        "dr",
        "madame",
        "h.e.",
        "the",
        "first",
        "vice",
        "acting",
        "former",
        "then",
        "current",
        "new",
        "chamber",
        "duma",
        "senate's",
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "high",
        "supreme",
        "joint",
        "bilateral",
        "special",
        "islamic",
        "democratic",
        "people",
        "world",
        "global",
        "regional",
        "united",
        "arab",
        "african",
        "european",
        "asian",
        "city",
        "region",
        "province",
        "district",
        "street",
        "square",
        "hall",
        "centre",
        "center",
        "museum",
        "memorial",
        "day",
        "week",
        "year",
        "met",
        "meets",
        "meet",
        "holds",
        "held",
        "signs",
        "signed",
        "visits",
        "visited",
        "receives",
        "received",
        "discusses",
        "discussed",
        "says",
        "said",
        "hosts",
        "hosted",
        "calls",
        "arrives",
        "talks",
        "with",
    ]
)
_TOKEN = re.compile(
    r"\b(?:[A-Z]\.){2,3}|\b[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|\b(?:bin|binti|bint|ibn|al|el|de|da|do|dos|das|del|van|von|der|den|du|la|le|di|y|Al|El)(?=[\s-])"
)
_PARTICLES = frozenset(
    {
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "di",
        "y",
    }
)


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    role: str | None
    country: str | None
    speaks: bool = False  # the sentence reports what this person said or did in the talks
    sender: bool = False  # named only as who sent someone: "an envoy of President X"


SPEECH = re.compile(
    r"(?:\s*,[^,]{0,120},)?\s*(?:also\s+|in\s+turn,?\s+|then\s+)?(?:said|says|noted|stressed|mentioned|emphasi[sz]ed|underlined|"
    r"underscored|told|added|thanked|expressed|voiced|pointed|informed|greeted|welcomed|"
    r"congratulated|called|highlighted|praised|recalled|briefed|assured|proposed|suggested)\b"
)


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _is_stop(word: str) -> bool:
    low = word.lower()
    return low.rstrip(".,’'s") in STOP or low in STOP or _TITLE.fullmatch(word) is not None


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_MONARCH = re.compile(
    r"\b(?:Pope|King|Queen|Emir|Sultan|Prince|Princess|Grand\s+Duke|Patriarch)\s+$"
)
_SENDER = re.compile(
    r"\b(?:envoy|emissary|message|letter|representative|behalf)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}$",
    re.I,
)
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
# Titles that are also given names or name parts.
_NAME_TITLES = frozenset({"Amir", "Emir", "King", "Sultan", "Prince", "Malik", "Rais"})


def _ends_sentence(word: str) -> bool:
    """A capitalised word with the sentence's full stop ("Yi."), not an abbreviation ("Mr.")."""
    bare = word[:-1]
    return (
        len(bare) >= 2 and "." not in bare and bare.lower() not in HONORIFICS | {"st", "jr", "sr"}
    )


def _runs(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of consecutive capitalised non-stop words (particles allowed inside)."""
    runs: list[tuple[int, int]] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and current[-1].group(0).lower() in _PARTICLES:
            current.pop()
        if current:
            runs.append((current[0].start(), current[-1].end()))
        current.clear()

    previous_title = False
    previous_end = -1
    b = 0
    for tok in _tokens(text, start, end):
        word = tok.group(0)
        at = tok.start()
        while b < len(blocked) and blocked[b][1] <= at:
            b += 1
        inside = False
        for b0, b1 in blocked[b:]:
            if b0 > at:
                break
            if at < b1:
                inside = True
                break
        gap = text[current[-1].end() : at] if current else " "
        joined = gap in (" ", "-") or gap == ""
        after_title = previous_title and previous_end + 1 == at and text[previous_end] == " "
        is_title = _TITLE.fullmatch(word) is not None
        previous_title, previous_end = is_title, tok.end()
        if inside and current and gap == " " and not _is_stop(current[-1].group(0)):
            inside = False  # a surname that is also a state's name: "Luis Montenegro"
        if _INITIAL.fullmatch(word) and not inside:
            if current and not joined:
                close()
            current.append(tok)  # "S. Jaishankar", "A.K. Abdul Momen"
            continue
        ambiguous = word in _NAME_TITLES
        if ambiguous and ((current and joined) or after_title):
            current.append(tok)  # "Tiong King Sing", "Speaker Amir Ohana"
            continue
        if current and word.rstrip(".,") in _SUFFIXES and joined:
            current.append(tok)  # "Ferdinand Marcos Jr."
            close()
            continue
        if word.endswith(".") and _ends_sentence(word) and not _is_stop(word) and not inside:
            if current and not joined:
                close()
            current.append(tok)
            close()
            continue
        if (
            inside
            or (_is_stop(word) and word.lower().rstrip(".") not in HONORIFICS)
            or word.endswith(".")
        ):
            if word.lower() in HONORIFICS or word.lower().rstrip(".") in HONORIFICS:
                close()
                continue
            close()
            continue
        if current and not joined:
            close()
        if word.endswith(("’s", "'s")):
            current.append(tok)
            close()
            continue
        current.append(tok)
    close()
    return runs


def _strip_honorifics(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in HONORIFICS | {
        w.rstrip(".") for w in HONORIFICS
    }:
        words.pop(0)
    return " ".join(words)


_ROLE_LEFT = re.compile(r"(?:(?:his|her|their|its|the)\s+)?(?:[\w’'\-]+\s+){0,10}?$")


def _role_before(text: str, sent_start: int, name_start: int) -> str | None:
    """The title phrase that ends right before the name ("Chair of the Milli Majlis")."""
    left = text[max(sent_start, name_start - 140) : name_start]
    opened = left.rfind("(")
    paren = opened if opened > left.rfind(")") else -1  # "Secretary (West) X" keeps its role
    cut = max(left.rfind(","), left.rfind(";"), paren, left.rfind("—"), left.rfind(" – "))
    if cut >= 0 and not left[cut + 1 :].strip():
        # "Nigeria's Minister of Foreign Affairs, Geoffrey Onyeama": the role stands before a comma.
        left = left[:cut]
        cut = max(left.rfind(","), left.rfind(";"), left.rfind("("), left.rfind("—"))
    left = left[cut + 1 :] if cut >= 0 else left
    # The role starts at its first title word or the determiner/adjectives before it.
    for boundary in (
        " with ",
        " by ",
        " and ",
        " between ",
        " met ",
        " received ",
        " said ",
        " told ",
    ):
        idx = left.rfind(boundary)
        if idx >= 0 and _TITLE.search(left[idx + len(boundary) :]):
            left = left[idx + len(boundary) :]
    title = _TITLE.search(left)
    if not title:
        return None
    lead = re.search(
        r"(?:\b(?:his|her|their|its|the|a)\s+)?(?:(?:first|former|late|then|acting|outgoing|incoming|"
        r"new|newly\s+appointed|current)\s+)*(?:[A-Z][\w’'\-]*\s+)*"
        r"(?:(?:special|top|chief|national|senior|security|presidential|interim|caretaker|"
        r"foreign|deputy|vice)\s+){0,3}$",
        left[: title.start()],
    )
    begin = lead.start() if lead else title.start()
    role = left[begin:].strip(" ,.")
    role = re.sub(r"^(?:the|a)\s+", "", role, flags=re.I)
    words = role.split()
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words.pop()
    return " ".join(words) or None


_APPOSITION = re.compile(r",\s+((?:the\s+)?[^,;]{3,120}?)(?:,|;|\.|$)")


def _role_after(text: str, name_end: int, sent_end: int) -> str | None:
    match = _APPOSITION.match(text, name_end, sent_end)
    if not match:
        return None
    phrase = match.group(1)
    title = _TITLE.search(phrase)
    relative = re.match(r"\s*(?:who|which|that)\b", phrase)
    if title and title.start() < 40 and " and " not in phrase[: title.start()] and not relative:
        return phrase.strip()
    return None


def _country_of(
    role: str | None, start: int, end: int, mentions: list[CountryMention]
) -> str | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    demonyms = [m for m in inside if m.kind == "demonym"]
    chosen = demonyms or inside
    return chosen[0].code if chosen else None


def find(text: str, start: int, end: int, mentions: list[CountryMention]) -> list[Person]:
    """People named in text[start:end] with the role and country the text gives them."""
    blocked = sorted((m.start, m.end) for m in mentions)
    people: list[Person] = []
    for n0, n1 in _runs(text, start, end, blocked):
        raw = text[n0:n1].removesuffix("’s").removesuffix("'s")
        raw = raw if raw.endswith((" Jr.", " Sr.")) else raw.removesuffix(".")
        name = _strip_honorifics(raw)
        single = len(name.split()) == 1 and bool(_MONARCH.search(text, max(start, n0 - 16), n0))
        if (len(name.split()) < 2 and not single) or len(name.split()) > 5:
            continue
        n0 = n0 + text[n0:n1].find(name.split()[0])
        between = text[people[-1].end : n0] if people else ""
        if people and re.fullmatch(
            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{1,30}?)?(?:,\s*|,?\s+and\s+)", between
        ):
            # A list after one role: "the deputies A, B and C".
            people.append(
                Person(
                    name, n0, n0 + len(name), people[-1].role, people[-1].country, people[-1].speaks
                )
            )
            continue
        role_before = _role_before(text, max(start, people[-1].end if people else start), n0)
        role = role_before or _role_after(text, n1, end)
        if role is None:
            continue
        if role_before:
            role_span = (max(start, n0 - len(text[:n0]) + text[:n0].rfind(role_before)), n0)
        else:
            role_span = (n1, min(end, n1 + len(role) + 4))
        country = _country_of(role, role_span[0], role_span[1], mentions)
        after = re.match(r"\s+of\s+(?:the\s+)?", text[n1 : n1 + 12])
        if after:
            follow = [m for m in mentions if m.start == n1 + after.end()]
            if follow:
                country = follow[0].code
        speaks = bool(SPEECH.match(text, n0 + len(name), min(end, n0 + len(name) + 160)))
        sender = bool(_SENDER.search(text, max(start, n0 - 90), n0))
        people.append(Person(name, n0, n0 + len(name), role, country, speaks, sender))
    return people


_SPEECH_WORD = re.compile(
    r"\b(?:said|says|noted|stressed|mentioned|emphasi|underlin|underscor|told|added|thanked|"
    r"expressed|voiced|pointed|informed|greeted|welcomed|congratulat|called|highlight|praised|"
    r"recalled|briefed|assured|proposed|suggested)"
)


def may_speak(low: str, sent: Sentence) -> bool:
    """Cheap guard over the lower-cased text: does the sentence report what someone said?"""
    return _SPEECH_WORD.search(low, sent.start, sent.end) is not None


def has_title(low: str, sent: Sentence) -> bool:
    """Cheap check over the lower-cased text: only a sentence with a title word can name an
    official with a role."""
    return _TITLE_LOW.search(low, sent.start, sent.end) is not None


def mentioned_again(
    text: str, start: int, end: int, found: list[Person], known: dict[str, Person]
) -> list[Person]:
    """Officials named earlier and referred to by surname here ("Saidov", "Mrs Gafarova")."""
    out: list[Person] = []
    if not known:
        return out
    segment = text[start:end]
    for surname, person in known.items():
        if surname not in segment:
            continue
        for m in re.finditer(rf"\b{re.escape(surname)}\b", segment):
            at = start + m.start()
            if any(p.start <= at < p.end for p in found + out) or _other_given_name(
                text, at, person
            ):
                continue
            speaks = bool(SPEECH.match(text, at + len(surname), min(end, at + len(surname) + 160)))
            out.append(replace(person, start=at, end=at + len(surname), speaks=speaks))
            break
    return out


_GIVEN_BEFORE = re.compile(r"([A-Z][a-zà-ÿ’'-]+)\s+$")


def _other_given_name(text: str, at: int, person: Person) -> bool:
    """ "Gurbanguly Berdimuhamedov" is not "Serdar Berdimuhamedov" named before."""
    given = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
    if given is None or given.group(1) in person.name.split() or _is_stop(given.group(1)):
        return False
    return given.group(1) not in STOP
