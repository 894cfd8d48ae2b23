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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.extract import prefilter, quick
from app.extract.people import Person, nationality_of_unaffiliated
from app.extract.types import CountryMention

_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|to|visiting|near|outside|inside|across|via|landed\s+in|arrived\s+in)\s+(?:the\s+)?"
    r"(?:(?:capital|city|town)\s+(?:city\s+)?(?:of\s+)?)?"
    # "the situation in eastern DR Congo", "in northern Mozambique": a region of the state
    r"(?:(?:north|south)-?(?:east|west)(?:ern)?\s+|(?:north|south|east|west)(?:ern)?\s+|central\s+)?$",
    re.I,
)
_NOT_PARTY_BEFORE = re.compile(
    r"\b(?:brokered|mediated|facilitated|organi[sz]ed|moderated)\s+by\s+(?:the\s+)?$|"
    r"\bmediation\s+of\s+(?:the\s+)?$|\bagainst\s+(?:the\s+)?$|"
    # what the parties face: "in the face of China's growing assertiveness"
    r"\b(?:in\s+the\s+face\s+of|amid(?:st)?|to\s+counter|countering|to\s+deter|deterring|"
    r"concerns?\s+(?:over|about|at))\s+(?:the\s+)?$|"
    # a topic of the talks: "discussed the peace process between Armenia and Azerbaijan"
    r"\b(?:peace\s+(?:process|talks|treaty|agreement|negotiations)|conflict|war|normali[sz]ation|"
    r"border\s+delimitation|tensions|dispute|settlement|reconciliation)\s+between\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$|"
    # a topic: "thanked China for its support on Kosovo", "Serbia's position on Kosovo"
    r"\b(?:support|position|positions|stance)\s+(?:on|over|regarding|concerning)\s+(?:the\s+)?$|"
    # a cause the parties back: "continued support for Ukraine", "solidarity with Haiti"
    r"\b(?:support|solidarity|assistance|aid)\s+(?:for|to|with)\s+(?:the\s+)?$|"
    # what was discussed: "discussed the war with Russia", "the border dispute with Eritrea"
    r"\b(?:war|conflict|dispute|tensions|hostilities|confrontation|fighting)\s+with\s+(?:the\s+)?$|"
    # a topic: "the war in Sudan and the situation in eastern DR Congo", "the crisis in Haiti"
    r"\b(?:situation|war|crisis|conflict|fighting|violence|unrest|developments|hostilities|"
    r"insurgency)\s+in\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|"
    r"north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|"
    r"southeastern|southwestern)\s+)?$|"
    # what the talks were about: "cooperation in the reconstruction of Ukraine", "the
    # denuclearization of North Korea"
    r"\b(?:reconstruction|rebuilding|recovery|denucleari[sz]ation|reunification|"
    r"stabili[sz]ation|demilitari[sz]ation|sovereignty|(?:territorial\s+)?integrity|invasion)\s+"
    r"of\s+(?:the\s+)?$|"
    # history, not a party: "after it gained independence from Britain"
    r"\b(?:independence|secession|separated|split|broke\s+away)\s+from\s+(?:the\s+)?$|"
    # what a state turns from: "efforts to diversify Irish trade away from the United States"
    r"\b(?:diversif\w+|shift\w*|mov\w+|pivot\w*|turn\w*)\s+(?:[\w'’-]+\s+){0,3}?away\s+from\s+(?:the\s+)?$",
    re.I,
)
# The last words of the phrases `_VENUE_BEFORE` and `_NOT_PARTY_BEFORE` end on (before
# blanks and an optional "the"), each with the words one of which must end the word before
# it (none: any word or none); the phrase "… between …" of the latter is tested on its own.
_ANY: tuple[str, ...] = ()
_TOPIC_IN = (
    *("situation", "war", "crisis", "conflict", "fighting", "violence", "unrest"),
    *("developments", "hostilities", "insurgency"),
)
_REGION_WORDS = (
    *("eastern", "western", "northern", "southern", "central", "north-eastern", "north-western"),
    *("south-eastern", "south-western", "northeastern", "northwestern", "southeastern"),
    "southwestern",
)
_VENUE_ENDS = {
    **dict.fromkeys(("in", "at", "to", "visiting", "near", "outside", "inside"), _ANY),
    **dict.fromkeys(("across", "via", "capital", "city", "town"), _ANY),
    "of": ("capital", "city", "town"),
    **dict.fromkeys(
        (
            *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
            *("northeast", "northwest", "southeast", "southwest", "north-east", "north-west"),
            *("south-east", "south-west", "northeastern", "northwestern", "southeastern"),
            *("southwestern", "north-eastern", "north-western", "south-eastern"),
            *("south-western", "central"),
        ),
        ("in", "at", "to", "near", "across", "inside", "outside"),
    ),
}
_NOT_PARTY_ENDS = {
    "by": ("brokered", "mediated", "facilitated", "organised", "organized", "moderated"),
    "of": (
        *("mediation", "face", "reconstruction", "rebuilding", "recovery", "denuclearization"),
        *("denuclearisation", "reunification", "stabilization", "stabilisation"),
        *("demilitarization", "demilitarisation", "sovereignty", "integrity", "invasion"),
    ),
    **dict.fromkeys(("against", "amid", "amidst", "counter", "countering"), _ANY),
    **dict.fromkeys(("deter", "deterring"), _ANY),
    **dict.fromkeys(("about", "at"), ("concern", "concerns")),
    "over": ("concern", "concerns", "support", "position", "positions", "stance"),
    "for": ("support",),
    "to": ("support", "assistance", "aid"),
    **dict.fromkeys(
        ("on", "regarding", "concerning"), ("support", "position", "positions", "stance")
    ),
    "from": ("independence", "secession", "separated", "split", "away"),
    "in": _TOPIC_IN,
    **dict.fromkeys(_REGION_WORDS, _ANY),
    "with": (
        *("war", "conflict", "dispute", "tensions", "hostilities", "confrontation", "fighting"),
        *("solidarity", "support"),
    ),
}
# A host or sponsor of other states' talks, or the state an envoy is accredited to: a party
# only when no two others are named.
_TOPICS = (  # the last words of the topics before "between"
    *("process", "talks", "treaty", "agreement", "negotiations", "conflict", "war"),
    *("normalisation", "normalization", "delimitation", "tensions", "dispute", "settlement"),
    "reconciliation",
)
_HOST_ENDS = {  # the words it ends on (see `_VENUE_ENDS`)
    "by": ("hosted", "sponsored", "convened", "chaired"),
    "of": ("auspices", "facilitation", "mediation", "support", "invitation"),
}
_HOST_BEFORE = re.compile(
    r"\b(?:hosted|sponsored|convened|chaired)\s+by\s+(?:the\s+)?$|"
    r"\b(?:under\s+the\s+auspices|with\s+the\s+(?:facilitation|mediation|support)|"
    r"at\s+the\s+invitation)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "Kazakhstan hosted talks between the foreign ministers of Armenia and Azerbaijan": the
# subject of "hosted" with a gathering of others after it
_HOST_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’.-]*\s+){0,5}?)?\s*(?:,[^,]{1,60},\s*)?(?:has\s+|had\s+|will\s+|also\s+)?"
    r"host(?:ed|s)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|meetings?|negotiations|"
    r"consultations|rounds?\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations))\s+between\b"
)
# "talks hosted by Turkish President Recep Tayyip Erdogan"
_HOST_PERSON = re.compile(
    r"\b(?:hosted|sponsored|convened|mediated|brokered)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}$"
)
# "in Shusha, Azerbaijan": the country after a city named as the venue.
_CITY_COMMA = re.compile(
    r"\b(?:in|at|to|near)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+,\s*$"
)
# "in Astana, the capital of Kazakhstan": the state of a city named as the venue.
_CITY_APPOSITION = re.compile(
    r"\b(?:in|at|to|near)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+,\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:capital|city|port|town)\s+of\s+(?:the\s+)?$"
)
_BOTH_SIDES = re.compile(
    # "the two foreign ministers", "both defence ministries"
    r"\b(?:two|both)\s+(?:(?!other\b)[a-z][\w-]*\s+)?(?:countries|states|nations|sides|parties|"
    r"governments|ministries|parliaments|legislatures|leaders|ministers|presidents|"
    # "the two diplomats signed a memorandum …" (the signatories named just before)
    r"diplomats|delegations|envoys|"
    r"prime\s+ministers|heads\s+of\s+(?:state|government))\b|\bbilateral\b|"
    r"\bbetween\s+the\s+countries\b|\bthe\s+(?:sides|parties)\b|\bcounterpart\b|\bbinational\b|"
    r"\bintergovernmental\b|\bjoint\s+commission\b|"
    # "After the meeting, they witnessed the signing of …": the pair just told
    r"\b(?:(?-i:[Tt]hey)|the\s+two(?:\s+(?:men|women))?)\s+(?:also\s+|later\s+|then\s+|jointly\s+|had\s+|have\s+)?"
    r"(?:signed|witnessed|held|met|inked|exchanged|co-chaired|initial(?:l)?ed|concluded)\b|"
    # "The previous round of consultations was held in Dhaka": the series of the report's pair
    # "The previous retreat was held virtually", "This year's Leaders' Retreat is scheduled"
    r"\b(?:previous|next|last|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|"
    r"upcoming|latest|current|annual|(?:this|next|last)\s+year['’]s)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:round|meeting|session|consultations?|sitting|retreat|dialogue)\b|\bthe\s+(?:\w+\s+)?(?:ministers|leaders|presidents|"
    r"delegations|heads|premiers|chancellors|speakers|ministries|governments|parliaments|legislatures)\b",
    re.I,
)


# A counterpart that is no state: the other side is not the report's other state.
_ORGANISATION = re.compile(
    r"\b(?:European\s+(?:Commission|Union|Council|Parliament)|EU|African\s+Union|AU|"
    r"United\s+Nations|UN|NATO|ASEAN|World\s+Bank|IMF|International\s+Monetary\s+Fund|"
    r"Secretary[- ]General|Commonwealth|OSCE|UNESCO|UNICEF|UNHCR|WHO|OPEC|ECOWAS|SADC|IGAD|"
    r"Arab\s+League|League\s+of\s+Arab\s+States|Gulf\s+Cooperation\s+Council|GCC|BRICS|"
    r"company|corporation|bank|Ltd|Inc|PLC|LLC|JSC|Group|"
    # "signed a memorandum with the breakaway region of Somaliland", "talks with the rebels":
    # a side that is no state
    r"[Bb]reakaway|[Ss]eparatists?|[Rr]ebels?|[Ii]nsurgents?|[Mm]ilitias?|"
    r"[Aa]rmed\s+(?:groups?|movements?|factions?|opposition))\b"
)
_MANY = re.compile(
    r"(?i)\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+)?"
    r"(?:countries|states|nations|members|leaders|heads|presidents|ministers|prime\s+ministers|"
    r"governments|delegations|parties)\b|\bmember\s+states\b|\b(?:Mercosur|Nordic|Baltic|"
    r"Visegrad|Turkic|Arab|Gulf|Central\s+Asian|ASEAN|African|European|Caribbean|Pacific|Andean|"
    r"G7|G20|SCO|CIS|CSTO|OTS|EAEU|CARICOM|CELAC|SICA|Quad)\s+(?:leaders|presidents|heads|"
    r"ministers|prime\s+ministers|foreign\s+ministers|countries|states|partners|summit|bloc)\b"
)
_CAPITAL_ACTS = re.compile(
    r"\s*(?:and\s+[A-Z][\w\s'’.-]{1,25}?(?:,\s*D\.C\.)?\s+)?(?:has|have|had|is|are|was|were|will|agreed|signed|said|"
    r"severed|established|restored|announced|decided|recalled|expelled|accused|welcomed|"
    r"protested|summoned|urged|called)\b"
)
# ("the trans-Afghan railway", "anti-Russian sanctions", "pro-Iranian militias": a prefix)
_GLUED = re.compile(r"(?:[A-Z][\w’']*|\b(?:[Tt]rans|[Aa]nti|[Pp]ro|[Pp]ost|[Pp]an))-$")
_GLUED_AFTER = re.compile(r"-[A-Z]")


# "switched diplomatic recognition from Taipei to Beijing", "shifted its ties to China from
# Taiwan": the states the recognition leaves and goes to, parties (a capital standing for its
# government), not places
_SWITCHED_BEFORE = re.compile(
    r"\b(?:recognition|ties|relations|allegiance)\s+(?:(?:from|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?(?:from|to)\s+(?:the\s+)?$"
)


# One of which every match of `_SWITCHED_BEFORE` holds (a substring test is cheaper than its
# search, tried at every position of the window).
_SWITCHED_WORDS = ("relations", "ties", "recognition", "allegiance")


def switched_between(text: str, start: int) -> bool:
    """Is the mention at `start` a state a recognition is switched from or to?"""
    before = text[max(0, start - 70) : start]
    return (
        ("from" in before or "to" in before)
        and any(word in before for word in _SWITCHED_WORDS)
        and _SWITCHED_BEFORE.search(before) is not None
    )


def is_venue(text: str, mention: CountryMention) -> bool:
    """ "in Moscow", "to the Russian Federation"; a demonym ("visiting Thai Prime Minister")
    or an institution is never a venue."""
    if mention.kind == "demonym":
        return _place_of(text, mention)
    if switched_between(text, mention.start):
        return False
    if mention.kind == "institution":
        # "the signing of the declaration at the White House in Washington": the building
        # where it happened; but "talks at the Kremlin" still have the Kremlin's state
        return _BUILDING_VENUE.search(text, max(0, mention.start - 60), mention.start) is not None
    lead = max(0, mention.start - 40)
    before = _lowered(text, lead, mention.start)
    may_follow = before is None or _may_end(before, _VENUE_ENDS)
    if may_follow and _VENUE_BEFORE.search(text, lead, mention.start):
        return not accredited(text, mention.start) and not _RESIDES_BEFORE.search(
            text, lead, mention.start
        )
    if (before is None or before.endswith(" of ")) and _CITY_APPOSITION.search(
        text, max(0, mention.start - 70), mention.start
    ):
        return not accredited(text, mention.start)  # "in Astana, the capital of Kazakhstan"
    if before is not None and not before.rstrip().endswith(","):
        return False  # `_CITY_COMMA` ends on a comma and blanks
    if _CITY_COMMA.search(text, lead, mention.start) is None:
        return False
    return not accredited(text, mention.start)  # "accredited to the European Union, Belgium"


_BUILDING_VENUE = re.compile(
    r"\bsign(?:ed|ing)\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?at\s+the\s+$"
)


# "Ambassador Kerenga, who resides in Brussels": where an envoy lives, not where he was received
_RESIDES_BEFORE = re.compile(
    r"\b(?:resides|resident|residing|based|lives|living|headquartered)\s+in\s+(?:the\s+)?$"
)


# "met in the Chinese capital", "on the Indonesian island of Bali", "in the French Riviera
# city", "at the Egyptian Red Sea resort": a demonym naming a place
_DEMONYM_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|to)\s+the\s+$", re.I)
_DEMONYM_PLACE_AFTER = re.compile(
    r"\s+(?:(?!Black\s+Sea\b)[A-Z][\w'’-]+\s+){0,2}"
    r"(?:capital|island|city|port|resort|town|coast|seaside|Black\s+Sea|Caspian)\b"
)


# "the Malaysian High Commissioner to Brunei", "Ambassador of Japan to Kenya": the state an
# envoy is accredited to, whose officials receive him, is no venue
_ENVOY_TO = re.compile(
    r"\b(?:[Aa]mbassador(?:-designate)?|High\s+Commissioner|[Ee]nvoy|Permanent\s+Representative|"
    r"Consul(?:[- ]General)?|Charg[ée]\s+d['’]\s?[Aa]ffaires|Nuncio)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,.;()]{1,40}?)?\s+to\s+(?:the\s+)?$"
)


# "who is also accredited to the European Union, Belgium, Denmark and Sweden"
_ACCREDITED_TO = re.compile(r"\baccredited\s+to\s+(?:(?:the|and|of|[A-Z][\w'’.-]*)[\s,]+)*$")


def accredited(text: str, start: int) -> bool:
    """Is the mention at `start` the state an envoy is accredited to ("Ambassador to …", or
    one of those listed after "accredited to")?"""
    before = text[max(0, start - 80) : start]
    if before.endswith(("to ", "to the ")) and _ENVOY_TO.search(before) is not None:
        return True
    return "accredited" in before and _ACCREDITED_TO.search(before) is not None


def _place_of(text: str, mention: CountryMention) -> bool:
    """A demonym is a venue only as "in the Chinese capital", "on the Indonesian island of"."""
    return (
        _DEMONYM_PLACE_AFTER.match(text, mention.end) is not None
        and _DEMONYM_PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        is not None
    )


def demonym_place(
    text: str, mentions: Sequence[CountryMention], start: int, end: int
) -> CountryMention | None:
    """The first demonym in text[start:end] that names a place ("to the Chinese capital")."""
    return next(
        (
            m
            for m in mentions
            if start <= m.start < end and m.kind == "demonym" and _place_of(text, m)
        ),
        None,
    )


def _inside_a_name(text: str, mention: CountryMention, mentions: Sequence[CountryMention]) -> bool:
    """ "the Lamu Port-South Sudan-Ethiopia corridor": glued by a hyphen to a word that is no state."""
    # `_GLUED` ends on a hyphen right before the mention (or before a last line break: `$`).
    if text[max(0, mention.start - 2) : mention.start].rstrip("\n").endswith("-"):
        glued = _GLUED.search(text, max(0, mention.start - 20), mention.start)
        if glued and not any(m.end == mention.start - 1 for m in mentions):
            return True
    # "the Russia-Africa summit": glued before a word that is no state.
    if not text.startswith("-", mention.end):
        return False
    after = _GLUED_AFTER.match(text, mention.end)
    return bool(after) and not any(m.start == mention.end + 1 for m in mentions)


# "the Uzbekistan-Afghanistan-Pakistan railway", "the Kenya-Uganda oil pipeline", "the
# China-Pakistan Economic Corridor": states glued by hyphens into the name of a route; "the
# Peru-Vietnam Friendship Association": or of a society, no state.
_PROJECT_AFTER = re.compile(
    r"(?:-[A-Z][\w’']+)*(?:\s+(?:[A-Z][\w-]*|gas|oil|power|electricity|transmission|high-speed|"
    r"economic|transport|energy|road|rail|railway|water|transit)){0,3}\s+(?:railways?|railroads?|"
    r"rail\s+link|roads?|highways?|motorways?|expressways?|pipelines?|corridors?|"
    r"(?:power|transmission)\s+lines?|interconnectors?|bridges?|tunnels?|canals?|associations?|"
    r"societ(?:y|ies))\b",
    re.I,
)


def _in_project_name(
    text: str, mention: CountryMention, mentions: Sequence[CountryMention]
) -> bool:
    """The mention is one of the states in a route's name ("the Kenya-Uganda pipeline") and
    its sentence names some other state: the route is a topic, the others are the parties
    (a sentence naming no other keeps them: "the China-Kyrgyzstan-Uzbekistan railway
    agreement was signed")."""
    chain = [mention]
    while (nxt := _glued_next(text, chain[-1], mentions)) is not None:
        chain.append(nxt)
    while (prev := _glued_prev(text, chain[0], mentions)) is not None:
        chain.insert(0, prev)
    if len(chain) < 2 or not _PROJECT_AFTER.match(text, chain[-1].end):
        return False
    lo = max(text.rfind(". ", 0, chain[0].start), text.rfind("\n", 0, chain[0].start))
    hi = min(
        i
        for i in (text.find(". ", chain[-1].end), text.find("\n", chain[-1].end), len(text))
        if i >= 0
    )
    return any(lo < m.start < hi and m not in chain for m in mentions)


def _glued_next(
    text: str, mention: CountryMention, mentions: Sequence[CountryMention]
) -> CountryMention | None:
    if not text.startswith("-", mention.end):
        return None
    return next((m for m in mentions if m.start == mention.end + 1), None)


def _glued_prev(
    text: str, mention: CountryMention, mentions: Sequence[CountryMention]
) -> CountryMention | None:
    if mention.start == 0 or text[mention.start - 1] != "-":
        return None
    return next((m for m in mentions if m.end == mention.start - 1), None)


def _lowered(text: str, start: int, end: int) -> str | None:
    """text[start:end] lower-cased, for exact tests of what a case-insensitive pattern
    matching there needs; None when it holds one of `quick.NOT_ASCII_LETTERS`."""
    window = text[start:end]
    if not window.isascii() and quick.has_special(window):
        return None
    return window.lower()


def _may_end(before: str, ends: dict[str, tuple[str, ...]]) -> bool:
    """Whether a pattern `\\b(?:phrase|…)\\s+(?:the\\s+)?$` may match at the end of the
    lower-cased window `before`, its phrases' last words being the keys of `ends` (see
    `_VENUE_ENDS`): the window ends on blanks after one of them (maybe then "the"), and the
    word before it ends as the phrase needs."""
    if not before[-1:].isspace():
        return False
    words = before.split()
    if words[-1:] == ["the"]:
        del words[-1]
    if not words:
        return False
    if not words[-1].isalpha():
        return words[-1][-1].isalpha()  # "(against": left to the pattern; "now,": no phrase
    needs = ends.get(words[-1])
    if needs is None:
        return False
    return not needs or (len(words) > 1 and words[-2].endswith(needs))


_WITH_BEFORE = re.compile(r"\b(?:with|between)\s+$")


def _capital_as_actor(text: str, mention: CountryMention) -> bool:
    """A capital stands for its government only as an actor: "Riyadh severed ties with Tehran"."""
    if mention.surface == "Brussels":
        return False  # the European Union's institutions, not Belgium
    before = text[max(0, mention.start - 12) : mention.start]
    return bool(
        _CAPITAL_ACTS.match(text, mention.end)
        or _WITH_BEFORE.search(before)
        or switched_between(text, mention.start)
    )


def counts_as_party(
    text: str,
    mention: CountryMention,
    mentions: Sequence[CountryMention],
    dateline: tuple[int, int] | None,
) -> bool:
    """Whether a mention can name a party at all (not a venue, mediator, name part or dateline)."""
    if dateline and dateline[0] <= mention.start < dateline[1]:
        return False
    if _not_party(text, mention) or _inside_a_name(text, mention, mentions):
        return False
    if _in_project_name(text, mention, mentions):
        return False
    return not (mention.kind == "capital" and not _capital_as_actor(text, mention))


def _not_party(text: str, mention: CountryMention) -> bool:
    lead = max(0, mention.start - 70)
    before = _lowered(text, lead, mention.start)
    may_follow = before is None or _may_end(before, _NOT_PARTY_ENDS) or _topic_between(before)
    if may_follow and _NOT_PARTY_BEFORE.search(text, lead, mention.start):
        return True
    if _COMPANY_OR_ASSETS.inside(text, mention.end, mention.end + 60) is not False and (
        _company_after(text, mention) or _assets_after(text, mention)
    ):
        return True
    if mention.kind == "demonym":
        return _thing_after(text, mention.end)
    # `_WAGED_AFTER` opens with "'s" or "’s"
    return (
        text.startswith(_POSSESSIVES, mention.end)
        and _WAGED_AFTER.match(text, mention.end) is not None
    )


_POSSESSIVES = ("'s", "’s")


# "Kenya Airways and Qatar Airways signed a codeshare agreement", "Japan's Mitsubishi
# Corporation", "Indonesia's state oil company Pertamina", "a Saudi developer": a company's
# name or the state it comes from, not a party (the guide: company deals are no events)
_COMPANY_NAME = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w&-]*\s+){0,2}(?:Airways|Airlines|Motors|Telecom|Corporation|Corp\b|"
    r"Company|Co\.|Ltd\b|Limited|Inc\b|PLC|Plc)\b"
)
# "Indonesia's state oil company", "a Saudi developer" (a possessive or a demonym before it)
_COMPANY_OF = re.compile(
    r"(?:['’]s)?\s+(?:(?:state|state-owned|state-run|national|private|largest|biggest|leading|"
    r"flagship|top|oil|gas|energy|mining|steel|power|tech|technology|telecoms?|construction|"
    r"shipping|logistics|investment|pharmaceutical|chemical|petroleum|car|auto|engineering|"
    # "an Indonesian dairy giant", "Indonesia's largest dairy processor"
    r"dairy|food|agribusiness|agricultural|retail|fishing|textile|garment|media)\s+){0,3}"
    r"(?:company|companies|firm|firms|giant|conglomerate|carrier|airline|developer|manufacturer|"
    r"maker|operator|steelmaker|automaker|carmaker|processor|producer|exporter|supplier|retailer)\b"
)
_COMPANY_WORDS = (
    *("Airways", "Airlines", "Motors", "Telecom", "Corp", "Company", "Co.", "Ltd", "Limited"),
    *("Inc", "PLC", "Plc", "compan", "firm", "giant", "conglomerate", "carrier", "airline"),
    *("developer", "manufacturer", "maker", "operator"),
    *("processor", "producer", "exporter", "supplier", "retailer"),
)
_COMPANY_WORD = quick.any_of(_COMPANY_WORDS)


def _company_after(text: str, mention: CountryMention) -> bool:
    """The mention names a company ("Kenya Airways", "Japan's Mitsubishi Corporation") or
    where one comes from ("Indonesia's state oil company", "a Saudi developer")."""
    if _COMPANY_WORD.search(text, mention.end, mention.end + 60) is None:
        return False
    if _COMPANY_NAME.match(text, mention.end):
        return True
    owned = mention.kind == "demonym" or text.startswith(_POSSESSIVES, mention.end)
    return owned and _COMPANY_OF.match(text, mention.end) is not None


# "the use of immobilized Russian sovereign assets", "Afghanistan's frozen central bank
# reserves": the state whose money is talked of is a topic, not a side
_ASSETS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:sovereign|state|frozen|immobili[sz]ed|seized|blocked|central|bank|"
    r"foreign|exchange|currency)\s+){0,3}(?:assets|reserves|funds)\b"
)


_ASSETS_WORDS = ("assets", "reserves", "funds")
_ASSETS_WORD = quick.any_of(_ASSETS_WORDS)
# Either's words lower-cased, where the prefilter's one pass found them: a mention with none
# in the 60 characters after it (most) skips the two tests, whose words need one of these.
_COMPANY_OR_ASSETS = prefilter.Words(
    tuple(sorted({w.lower() for w in (*_COMPANY_WORDS, *_ASSETS_WORDS)}))
)


def _assets_after(text: str, mention: CountryMention) -> bool:
    """The mention names whose assets, reserves or funds are talked of."""
    if _ASSETS_WORD.search(text, mention.end, mention.end + 60) is None:
        return False
    return _ASSETS_AFTER.match(text, mention.end) is not None


# "discussed Russia's war against Ukraine", "Azerbaijan's occupation of …": the state whose
# war or occupation the parties discuss is a topic, not a side
_WAGED_AFTER = re.compile(
    r"['’]s\s+(?:(?:full-scale|ongoing|continued|continuing|illegal|unprovoked|brutal|"
    r"military|renewed|recent|latest|repeated)\s+){0,2}(?:war|aggression|invasion|occupation|"
    r"annexation|attacks?|bombardments?|blockade|provocations|"
    # "discussed North Korea's recent missile launches", "Iran's nuclear programme"
    r"(?:nuclear|missile|ballistic(?:\s+missile)?)\s+(?:launch(?:es)?|tests?|programmes?|"
    r"programs?|weapons|development|activities|threats?))\b"
)


def _topic_between(before: str) -> bool:
    """Whether the phrase "… between …" of `_NOT_PARTY_BEFORE` may end the lower-cased window
    `before`: blanks end it, "between" is one of its last seven words (then at most "the",
    three names, "and", "the"), and the word before "between" ends on a topic of talks."""
    if "between" not in before or not before[-1:].isspace():
        return False
    words = before.split()
    return any(
        words[i] == "between" and words[i - 1].endswith(_TOPICS)
        for i in range(max(1, len(words) - 7), len(words))
    )


def _thing_after(text: str, end: int) -> bool:
    """`_THING_AFTER` matches at `end` (tested first for what it needs there: a hyphen, or
    blanks and then one of `_THING_WORDS`)."""
    after = text[end : end + 40]
    if not after.startswith("-"):
        rest = after.lstrip()
        if len(rest) == len(after) or (rest and not rest.startswith(_THING_WORDS)):
            return False
    return _THING_AFTER.match(text, end) is not None


# "the migration pressure on the Turkish-Greek border", "the Armenian-Azerbaijani conflict":
# a place or a quarrel, not who took part.
_THING_AFTER = re.compile(
    r"(?:-[A-Z][\w’']+)*\s+(?:border|frontier|boundary|conflict|war|dispute|crisis|front|"
    r"aggression|invasion|occupation|"
    # "regularly targeted by Russian missiles and drones": the weapons of a war, no party
    r"missile|drone|airstrike|rocket|shelling|bombing)s?\b"
    # … but "the Kyrgyz and Tajik border delegations" are people of both states
    r"(?!\s+(?:delegations?|guards?|services?|troops?|officials?|commissions?|talks|negotiat|"
    r"agenc|forces?|police|authorities|chiefs?|ministers?|committees?|experts?|working))"
    # "the Community of Portuguese-speaking Countries", "Arabic-language media"
    r"|-speaking\b|\s+(?:[Ll]anguage|[Ss]peakers)\b|-language\b"
)
# What `_THING_AFTER` needs after blanks.
_THING_WORDS = (
    *("border", "frontier", "boundary", "conflict", "war", "dispute", "crisis", "front"),
    *("aggression", "invasion", "occupation"),
    *("missile", "drone", "airstrike", "rocket", "shelling", "bombing"),
    *("Language", "language", "Speakers", "speakers"),
)


@dataclass(frozen=True)
class Roles:
    """What each country mention (by start offset) can be: computed once per document."""

    party: frozenset[int]  # may name a party
    venue: frozenset[int]  # names where something happened
    dateline: frozenset[int]
    host: frozenset[int] = frozenset()  # hosts others' talks ("hosted by Kazakhstan")
    listed: frozenset[int] = frozenset()  # listed after a venue ("to Niue and Tonga")
    asides: tuple[tuple[int, int], ...] = ()  # member lists: parties only of the group's event


def classify(
    text: str, mentions: Sequence[CountryMention], dateline: tuple[int, int] | None
) -> Roles:
    venues = frozenset(m.start for m in mentions if is_venue(text, m))
    asides = _member_lists(text, mentions)
    aside = {m.start for m in mentions if any(a <= m.start < b for a, b in asides)}
    aside |= _quoted(text, mentions)
    return Roles(
        asides=asides,
        party=frozenset(
            m.start
            for m in mentions
            if m.start not in aside and counts_as_party(text, m, mentions, dateline)
        ),
        venue=venues,
        listed=_listed(text, mentions, venues),
        dateline=frozenset(
            m.start for m in mentions if dateline and dateline[0] <= m.start < dateline[1]
        ),
        host=_with_listed(
            text,
            mentions,
            {
                m.start
                for m in mentions
                if _hosts(text, m.start) or hosts_others(text, m.end) or accredited(text, m.start)
            },
        ),
    )


def _with_listed(text: str, mentions: Sequence[CountryMention], hosts: set[int]) -> frozenset[int]:
    """The hosts and the states listed right after one ("co-hosted by France and Costa Rica",
    "accredited to Belgium, Denmark and Sweden")."""
    found = set(hosts)
    for before, m in pairwise(mentions):
        if before.start in found and _LISTED.fullmatch(text, before.end, m.start):
            found.add(m.start)
    return frozenset(found)


_LISTED = re.compile(r"\s*,\s*(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _listed(
    text: str, mentions: Sequence[CountryMention], venues: frozenset[int]
) -> frozenset[int]:
    """The states listed after a venue ("a tour that will also take him to Niue and Tonga",
    "in Fiji, Tonga and Samoa"): places too, no parties of a meeting or a signing (a tour's
    legs are visits: `split`).  Not a capital after a comma ("in Mogadishu, and Ankara …
    signed")."""
    found: set[int] = set()
    for before, m in pairwise(mentions):
        if (
            (before.start in venues or before.start in found)
            and m.kind in ("name", "alias")
            and _LISTED.fullmatch(text, before.end, m.start)
        ):
            found.add(m.start)
    return frozenset(found)


def _hosts(text: str, start: int) -> bool:
    """`_HOST_BEFORE` matches right before `start` ("hosted by", "at the invitation of")."""
    lead = max(0, start - 40)
    before = _lowered(text, lead, start)
    may_follow = before is None or _may_end(before, _HOST_ENDS)
    return may_follow and _HOST_BEFORE.search(text, lead, start) is not None


def hosts_others(text: str, end: int) -> bool:
    """Is the state or official ending at `end` the subject of "hosted talks between …"?"""
    near = text[end : end + 120]
    return "host" in near and "between" in near and _HOST_AFTER.match(text, end) is not None


# "the BRICS group - Brazil, Russia, India, China and South Africa -", "(Kazakhstan,
# Kyrgyzstan, Tajikistan, …)": the members of a group named in an aside are no parties.
_GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?[^,.;()]{0,40}")
_ASIDE = re.compile(r"\([^()]{3,240}\)|\s[-–—]\s[^-–—.;]{3,240}?\s[-–—](?=\s)")


_DASHES = ("-", "–", "—")


def _asides(text: str) -> Iterator[re.Match[str]]:
    """`_ASIDE.finditer(text)`, but `_ASIDE` tried only where a match can start (a "(", a
    blank before a dash) found with `str.find`: the engine would enter its alternation at
    every position."""
    starts = []
    at = text.find("(")
    while at >= 0:
        starts.append(at)
        at = text.find("(", at + 1)
    for dash in _DASHES:
        at = text.find(dash, 1)
        while at >= 0:
            if text[at - 1].isspace():  # as `\s` (both are Unicode's whitespace)
                starts.append(at - 1)
            at = text.find(dash, at + 1)
    starts.sort()
    pos = 0
    for start in starts:
        if start >= pos and (aside := _ASIDE.match(text, start)) is not None:
            yield aside
            pos = aside.end()  # never empty: the next starts after it, as in finditer


def _member_lists(text: str, mentions: Sequence[CountryMention]) -> tuple[tuple[int, int], ...]:
    if len(mentions) < 3:
        return ()
    out = []
    for aside in _asides(text):
        inside = [m for m in mentions if aside.start() <= m.start < aside.end()]
        if len(inside) >= 3:
            out.append(aside.span())
    return tuple(out)


# A slogan or a title in quotes ("India Out", "Made in Vietnam") names no party.
_QUOTE = re.compile(r"[\"“]([^\"“”]{1,40})[\"”]")


def _quoted(text: str, mentions: Sequence[CountryMention]) -> set[int]:
    if '"' not in text and "“" not in text:
        return set()
    out: set[int] = set()
    for q in _QUOTE.finditer(text):
        if len(q.group(1).split()) <= 5:
            out.update(m.start for m in mentions if q.start() < m.start < q.end())
    return out


def dominant_pair(
    text: str, mentions: Sequence[CountryMention], roles: Roles, home: str | None = None
) -> tuple[str, ...]:
    """The two states the document is mostly about (headline mentions count double); a
    national agency's own state, which its report may never name ("HE Minister of State …
    met … the Deputy Minister of Foreign Affairs of Tajikistan" from QNA), and the one other
    state named most when no two stand out."""
    counts: Counter[str] = Counter()
    head = text.find("\n\n", 0, 400)
    for m in mentions:
        if m.start in roles.dateline:
            # the home state's own dateline ("Dar es Salaam. Tanzania, Zambia and China …" in a
            # Tanzanian paper) counts once: the report is about its state too
            counts[m.code] += 1 if home and m.code == home else 0
            continue
        # A venue ("travel to Chile") says less than a party, but still what the story is about.
        weight = 1 if m.start in roles.venue or m.start not in roles.party else 2
        counts[m.code] += weight * (2 if head > 0 and m.start < head else 1)
    top = [code for code, n in counts.most_common(2) if n >= 2]
    if len(top) == 2:
        return tuple(sorted(top))
    others = [code for code, n in counts.most_common(2) if code != home]
    if home and others and counts[others[0]] >= 2:
        return tuple(sorted((home, others[0])))
    return ()


def sentence_parties(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[CountryMention],
    people: Sequence[Person],
    roles: Roles,
    *,
    keep_venue: frozenset[str] = frozenset(),
    trigger_end: int | None = None,
    places_listed: bool = False,
    hosts_sit: bool = False,
) -> tuple[set[str], list[str]]:
    """Parties named in the sentence and the words that name them (the members listed in an
    aside only for the group's event named right before it: "the summit of the BRICS group -
    Brazil, Russia, …").  `hosts_sit`: a person who hosted the act took part in it ("talks
    hosted by Turkish President Erdogan": a meeting of his state too, not a signing of it)."""
    members = {
        m.start
        for a, b in roles.asides
        if trigger_end is not None and _GROUP_OF.fullmatch(text, trigger_end, a)
        for m in mentions
        if a <= m.start < b
    }
    codes: set[str] = set()
    hosts: set[str] = set()
    surfaces: list[str] = []
    names = [(p.start, p.end) for p in people]
    for m in mentions:
        if not start <= m.start < end or any(a <= m.start < b for a, b in names):
            continue
        kept = m.code in keep_venue or m.start in members
        if not kept and (m.start not in roles.party or m.start in roles.venue):
            continue
        if places_listed and m.start in roles.listed:
            continue  # "met … in Rarotonga during a tour that will also take him to Niue and Tonga"
        if nationality_of_unaffiliated(text, m.start, m.end, people):
            continue  # "EU foreign policy chief, Spain's Josep Borrell": the EU's, not Spain's
        (hosts if m.start in roles.host else codes).add(m.code)
        surfaces.append(m.surface)
    for p in people:
        if p.country and start <= p.start < end:
            lead = max(start, p.start - 80)
            # every match of `_HOST_PERSON` holds "by"
            hosted_by = text.find("by", lead, p.start) >= 0 and _HOST_PERSON.search(
                text, lead, p.start
            )
            hosting = (hosted_by and not hosts_sit) or hosts_others(text, p.end)
            (hosts if hosting else codes).add(p.country)
    # "talks with Armenia hosted by Kazakhstan": the host is the other side; but "the two met
    # on the sidelines of the conference co-hosted by France and Costa Rica": hosts of a
    # gathering that name no side between them are not its sides
    if len(codes) < 2 and len(hosts) == 1:
        codes |= hosts
    return codes, surfaces


# An office of a state, not of an envoy or a counterpart named by his own state
_OFFICE = re.compile(
    r"\b(?:President|Prime\s+Minister|Premier|Minister|Chancellor|Amir|Emir|King|Queen|Sultan|"
    r"Crown\s+Prince|Speaker|Vice[- ]President|Secretary)\b"
)
_ENVOY = re.compile(r"(?i)\b(?:counterpart|ambassador|envoy|consul|charg[ée]|commissioner)")


def venue_host(
    codes: set[str],
    start: int,
    end: int,
    mentions: Sequence[CountryMention],
    people: Sequence[Person],
    roles: Roles,
    text: str = "",
) -> str | None:
    """ "In Suva, Wong will meet Prime Minister Sitiveni Rabuka": one side named, an official
    of no named state met in a foreign venue: the venue's state is the other side (not the
    host of a gathering whose margins it was on: "on the margins of the Commonwealth Heads of
    Government Meeting in Kigali, Rwanda")."""
    if len(codes) != 1:
        return None
    if text and _MARGINS_OF.search(text, start, end):
        return None
    if not any(
        start <= p.start < end
        and p.country is None
        and p.role
        and _OFFICE.search(p.role)
        and not _ENVOY.search(p.role)
        for p in people
    ):
        return None
    venues = {
        m.code
        for m in mentions
        if start <= m.start < end and m.start in roles.venue and m.kind in ("name", "capital")
    }
    return venues.pop() if len(venues) == 1 and not venues <= codes else None


_MARGINS_OF = re.compile(r"(?i)\bon\s+the\s+(?:sidelines|margins)\s+of\b")


def names_both_sides(text: str, start: int, end: int) -> bool:
    """ "the two countries", "bilateral", "binational", "his counterpart"."""
    return _BOTH_SIDES.search(text, start, end) is not None


# Blocs whose members the text does not list: "the prime ministers of the five Nordic
# countries met", "Mercosur presidents met".  Members as of a date (Bolivia: July 2024).
_BLOCS: dict[str, tuple[tuple[str, str], ...]] = {
    "nordic": tuple((c, "") for c in ("DNK", "FIN", "ISL", "NOR", "SWE")),
    "baltic": tuple((c, "") for c in ("EST", "LTU", "LVA")),
    "benelux": tuple((c, "") for c in ("BEL", "LUX", "NLD")),
    "visegrad": tuple((c, "") for c in ("CZE", "HUN", "POL", "SVK")),
    "gcc": tuple((c, "") for c in ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU")),
    "mercosur": (("ARG", ""), ("BRA", ""), ("PRY", ""), ("URY", ""), ("BOL", "2024-07")),
}
_BLOC_NAME = r"(?P<bloc>Nordic|Baltic|Benelux|Visegrad|GCC|Gulf\s+Cooperation\s+Council|Mercosur)"
_BLOC_OFFICIALS = (
    r"(?:prime\s+ministers|presidents|leaders|heads\s+of\s+(?:state|government)|"
    r"foreign\s+ministers|ministers)"
)
_BLOC_WORDS = ("Nordic", "Baltic", "Benelux", "Visegrad", "GCC", "Gulf", "Mercosur")
_BLOC_WORD = quick.any_of(_BLOC_WORDS)
_BLOC = re.compile(
    rf"\b{_BLOC_OFFICIALS}\s+of\s+the\s+(?:\w+\s+)?{_BLOC_NAME}(?:\s+\(\w+\))?\s+"
    rf"(?:countries|states|nations|members)\b"
    rf"|\b{_BLOC_NAME.replace('bloc', 'bloc2')}\s+{_BLOC_OFFICIALS}\b"
)


def bloc_members(text: str, start: int, end: int, published: str | None) -> set[str]:
    """The member states of a bloc whose officials the sentence says met or signed."""
    if _BLOC_WORD.search(text, start, end) is None:
        return set()  # every match of `_BLOC` holds a bloc's name
    m = _BLOC.search(text, start, end)
    if m is None or "invit" in text[max(start, m.start() - 40) : m.start()]:
        return set()  # "agreed to invite the leaders of the Baltic states": guests to come
    name = (m.group("bloc") or m.group("bloc2")).lower()
    key = "gcc" if name.startswith("gulf") else name
    return {c for c, since in _BLOCS[key] if not since or (published or "") >= since}


DOMINANT_OTHER_SIDE = "the other side from the document's dominant pair"


# "met on the sidelines of the Summit of the Organization of Turkic States": the setting
_SETTING = re.compile(r"\b(?:sidelines|margins)\s+of\b[^,;.]*$")
# "cooperation at the United Nations and in the Commonwealth", "its bid to join the EU": a
# forum or a topic of the talks, not the other side
_FORUM_BEFORE = re.compile(
    r"\b(?:at|in|within|on|through|under|into|join(?:ing|ed|s)?|to)\s+(?:the\s+)?$", re.I
)


def _as_side(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A match of `pattern` in text[start:end] that is not only the setting of the act."""
    return any(
        not _SETTING.search(text, max(start, m.start() - 80), m.start())
        for m in pattern.finditer(text, start, end)
    )


# "where the two discussed food security, the reform of the UN Security Council and Brazil's
# presidency of the G20": what the talks were about
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)|review(?:ed|s|ing)|talked\s+about|exchanged\s+views\s+on|"
    r"focus(?:ed|es|sed)\s+on|touched\s+(?:up)?on)\b[^.;:]{0,140}$",
    re.I,
)


def names_organisation(text: str, start: int, end: int) -> bool:
    """The sentence names an organisation (the EU, the UN, a company …) as a side, not as the
    setting, a forum or a topic of the act."""
    return any(
        not _SETTING.search(text, max(start, m.start() - 80), m.start())
        and not _FORUM_BEFORE.search(text, max(start, m.start() - 12), m.start())
        and not _TOPIC_BEFORE.search(text, max(start, m.start() - 150), m.start())
        for m in _ORGANISATION.finditer(text, start, end)
    )


def names_others(text: str, start: int, end: int) -> bool:
    """The sentence names an organisation or a group of many states as a side."""
    return names_organisation(text, start, end) or _as_side(_MANY, text, start, end)


BOTH_SIDES_RULE = "'the two countries': the document's dominant pair"


def with_context(
    codes: set[str], text: str, start: int, end: int, dominant: tuple[str, ...]
) -> tuple[set[str], str | None]:
    """Complete a one-sided or empty sentence with the document's dominant pair."""
    if len(codes) >= 2 or not dominant:
        return codes, None
    if names_others(text, start, end):
        # "the European Commission and the Mauritanian government signed", "the prime
        # ministers of the five Nordic countries met", "Mercosur presidents met": no pair
        return codes, None
    if codes and codes <= set(dominant):
        return set(dominant), DOMINANT_OTHER_SIDE
    if not codes and _BOTH_SIDES.search(text, start, end):
        return set(dominant), BOTH_SIDES_RULE
    return codes, None


def three_way(
    codes: set[str], text: str, trigger: tuple[int, int], end: int, dominant: tuple[str, ...]
) -> set[str] | None:
    """ "The two ministers agreed to hold a trilateral meeting with China": the report's pair
    and the one state the trigger's own words meet "with"."""
    if len(codes) != 1 or len(dominant) != 2 or codes <= set(dominant):
        return None
    m = _THIRD_WITH.search(text, max(0, trigger[0] - 20), end)
    if m is None or not (m.start() < trigger[1] and m.end() > trigger[0]):
        return None
    return set(dominant) | codes


# "a trilateral foreign ministers' meeting with China", "three-way talks with Japan"
_THIRD_WITH = re.compile(
    r"\b(?:trilateral|tripartite|three-way|three-party)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|summit|"
    r"talks|consultations|dialogue)\s+with\s+(?:the\s+)?[A-Z]",
    re.I,
)


# The same matches, found faster: a first-character guard on each (see `quick`).
_VENUE_BEFORE = quick.guard(_VENUE_BEFORE)
_SWITCHED_BEFORE = quick.guard(_SWITCHED_BEFORE)
_NOT_PARTY_BEFORE = quick.guard(_NOT_PARTY_BEFORE)
_HOST_BEFORE = quick.guard(_HOST_BEFORE)
_HOST_PERSON = quick.guard(_HOST_PERSON)
_HOST_AFTER = quick.guard(_HOST_AFTER)
_CITY_COMMA = quick.guard(_CITY_COMMA)
_LISTED = quick.guard(_LISTED)
_DEMONYM_PLACE_BEFORE = quick.guard(_DEMONYM_PLACE_BEFORE)
_ENVOY_TO = quick.guard(_ENVOY_TO)
_BOTH_SIDES = quick.fold(_BOTH_SIDES)
_ORGANISATION = prefilter.sift(quick.guard(_ORGANISATION))
_FORUM_BEFORE = quick.guard(_FORUM_BEFORE)
_TOPIC_BEFORE = quick.guard(_TOPIC_BEFORE)
_MANY = quick.fold(_MANY)
_BLOC = quick.guard(_BLOC)
_SETTING = quick.guard(_SETTING)
