"""Whose officials the report leaves unnamed: the state of the agency or of the dateline.

Reads: the head of the document (agency tag, dateline city).  Assigns: one
alpha-3 code, the words it came from and the rule.  National agencies write
"His Highness the Amir", "Prime Minister Boyko Borissov" or "the Minister"
without a country for their own state's officials; wires with bureaus abroad
(Reuters, Xinhua, AFP …) name every foreign official's state, so an unmarked
official there belongs to the dateline's state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from app.extract import prefilter, quick
from app.extract.countries import Gazetteer
from app.extract.people import Person, monarch_state
from app.extract.places import Place
from app.extract.types import CountryMention

# National news agencies and the state whose officials they leave unmarked.
# "APS" is both Algérie Presse Service and the Agence de Presse Sénégalaise.
NATIONAL: dict[str, tuple[str, ...]] = {
    "AZERTAC": ("AZE",),
    "AZERTAG": ("AZE",),
    "APA": ("AZE", "AUT"),  # Azerbaijan Press Agency, Austria Presse Agentur
    "TREND": ("AZE",),
    "KAZINFORM": ("KAZ",),
    "AKORDA": ("KAZ",),
    "KABAR": ("KGZ",),
    "AKIPRESS": ("KGZ",),
    "KHOVAR": ("TJK",),
    "UZA": ("UZB",),
    "TDH": ("TKM",),
    "MONTSAME": ("MNG",),
    "ARMENPRESS": ("ARM",),
    "BELTA": ("BLR",),
    "UKRINFORM": ("UKR",),
    "BTA": ("BGR",),
    "PAP": ("POL",),
    "MTI": ("HUN",),
    "CTK": ("CZE",),
    "TASR": ("SVK",),
    "TANJUG": ("SRB",),
    "HINA": ("HRV",),
    "STA": ("SVN",),
    "AGERPRES": ("ROU",),
    "MOLDPRES": ("MDA",),
    "ATS": ("CHE",),
    "KUNA": ("KWT",),
    "WAM": ("ARE",),
    "SPA": ("SAU",),
    "QNA": ("QAT",),
    "BNA": ("BHR",),
    "ONA": ("OMN",),
    "PETRA": ("JOR",),
    "MENA": ("EGY",),
    "SANA": ("SYR",),
    "INA": ("IRQ",),
    "NNA": ("LBN",),
    "WAFA": ("PSE",),
    "SABA": ("YEM",),
    "IRNA": ("IRN",),
    "MAP": ("MAR",),
    "TAP": ("TUN",),
    "APS": ("DZA", "SEN"),
    "LANA": ("LBY",),
    "SUNA": ("SDN",),
    "ENA": ("ETH",),
    "KBC": ("KEN",),
    "KNA": ("KEN",),
    "NAN": ("NGA",),
    "GNA": ("GHA",),
    "SAPA": ("ZAF",),
    "SANEWS": ("ZAF",),
    "NAMPA": ("NAM",),
    "ZNBC": ("ZMB",),
    "ZANIS": ("ZMB",),
    "UNNA": ("UGA",),
    "RNA": ("RWA",),
    "ACP": ("COD",),
    "AIP": ("CIV",),
    "VNA": ("VNM",),
    "PNA": ("PHL",),
    "BERNAMA": ("MYS",),
    "ANTARA": ("IDN",),
    "AKP": ("KHM",),
    "KPL": ("LAO",),
    "MNA": ("MMR",),
    "TNA": ("THA",),
    "BSS": ("BGD",),
    "APP": ("PAK",),
    "RSS": ("NPL",),
    "KUENSEL": ("BTN",),
    "PTI": ("IND",),
    "IANS": ("IND",),
    "ANI": ("IND",),
    "YONHAP": ("KOR",),
    "KCNA": ("PRK",),
    "KYODO": ("JPN",),
    "JIJI": ("JPN",),
    "XINHUA": ("CHN",),
    "CNA": ("TWN",),
    "TASS": ("RUS",),
    "RIA": ("RUS",),
    "ANADOLU": ("TUR",),
    "AA": ("TUR",),
    "ANSA": ("ITA",),
    "EFE": ("ESP",),
    "LUSA": ("PRT",),
    "DPA": ("DEU",),
    "ANP": ("NLD",),
    "BELGA": ("BEL",),
    "ANA-MPA": ("GRC",),
    "ANDINA": ("PER",),
    "TELAM": ("ARG",),
    "ABI": ("BOL",),
    "PRENSA LATINA": ("CUB",),
    # Baltic and Nordic public broadcasters and agencies ("LSM.lv | 2023-10-03", "ERR News |")
    "LSM": ("LVA",),
    "LETA": ("LVA",),
    "ERR": ("EST",),
    "ELTA": ("LTU",),
    "LRT": ("LTU",),
    "STT": ("FIN",),
    "YLE": ("FIN",),
    "NTB": ("NOR",),
    "RITZAU": ("DNK",),
    "NOTIMEX": ("MEX",),
    "AGÊNCIA BRASIL": ("BRA",),
    "AGENCIA BRASIL": ("BRA",),
    # more national agencies: "(SNA)" Seychelles, "(MIA)" North Macedonia, "(IP Agency)"
    # Paraguay, "(ACN)" Cuba, "(ANGOP)" Angola, "(AIM)" Mozambique, "(MANA)" Malawi, …
    "SNA": ("SYC",),
    "MIA": ("MKD",),
    "IP AGENCY": ("PRY",),
    "ACN": ("CUB",),
    "ANGOP": ("AGO",),
    "AIM": ("MOZ",),
    "MANA": ("MWI",),
    "BOPA": ("BWA",),
    "ZIANA": ("ZWE",),
    "NEW ZIANA": ("ZWE",),
    "AMI": ("MRT",),
    "ATOP": ("TGO",),
    "AIB": ("BFA",),
    "AMAP": ("MLI",),
    "ADI": ("DJI",),
    "SONNA": ("SOM",),
    "AVN": ("VEN",),
    "TATOLI": ("TLS",),
    "AAP": ("AUS",),
    "BAKHTAR": ("AFG",),
    "UNB": ("BGD",),
    "BBS": ("BTN",),
    "UNIAN": ("UKR",),
    "AGI": ("ITA",),
    "NNT": ("THA",),
    "ATA": ("ALB",),
    "FENA": ("BIH",),
    "AMNA": ("GRC",),
    "EUROPA PRESS": ("ESP",),
}
# Agencies with bureaus abroad: away from home they write about the dateline's state.
# (Kyodo, Jiji and Yonhap are not: abroad too they name every foreign official's state
# and leave their own Prime Minister or President unmarked.)
_ABROAD = frozenset(
    {"XINHUA", "TASS", "RIA", "ANADOLU", "AA", "ANSA", "EFE", "DPA", "PRENSA LATINA"}
)
# Wires of no state.
_WIRES = frozenset({"REUTERS", "AFP", "AP", "BLOOMBERG", "UPI", "IPS"})

# "(KUNA)", "(AzerTac)", a bare name in capitals ("ASTANA. KAZINFORM –"), or a short
# one closing the dateline before its dash ("New York, September 25, 2024, SPA --").
_AGENCY = re.compile(
    r"\((?P<tag>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .\-]{0,24}?)\)|\b(?P<word>[A-Z]{4,})\b"
    r"|(?<=[,\s])(?P<dash>[A-Z]{2,3})\s+(?:--|–|—)\s"
    # a masthead line of a short name before a bar: "LSM.lv | 2023-10-03", "ERR News | 05.02"
    r"|^(?P<mast>[A-Z]{2,6})(?:\.[a-z]{2,3})?(?:\s+News)?\s*[|•]",
    re.M,
)


_DATELINE_ONLY = "dateline city"


@dataclass(frozen=True)
class Home:
    """The state whose officials go unmarked, and why."""

    code: str
    surface: str
    rule: str
    own: str | None = None  # a wire abroad: the agency's own state


def _agency(head: str) -> str | None:
    for match in _AGENCY.finditer(head):
        tag = match.group("tag") or match.group("word") or match.group("dash") or match["mast"]
        tag = tag.strip().upper()
        if tag in NATIONAL or tag in _WIRES:
            return tag
    return None


# A national agency's tag closing the story instead of its dateline: "… runs until Saturday.
# (PNA)", "… the statement said. -- BERNAMA"
_SIGN_OFF = re.compile(r"(?:\((?P<tag>[A-Za-z][A-Za-z .\-]{1,24})\)|--\s*(?P<word>[A-Z]{3,}))\s*\Z")


def _signed_off(text: str) -> str | None:
    match = _SIGN_OFF.search(text[-80:])
    if match is None:
        return None
    tag = (match.group("tag") or match.group("word")).strip().upper()
    return tag if tag in NATIONAL else None


def dateline_state(gazetteer: Gazetteer, dateline: Place | None) -> str | None:
    """The state of the dateline's city ("Sofia" -> BGR), when the gazetteer knows it.

    A capital whose capitals were title-cased away ("N'DJAMENA" -> "N'djamena") is looked
    up case-insensitively."""
    if dateline is None:
        return None
    found = gazetteer.mentions(dateline.name)
    if found:
        return found[0].code
    return gazetteer.resolve(dateline.name) if gazetteer.is_capital(dateline.name) else None


# A government's own release: "OFFICE OF THE SPOKESPERSON" over a readout of the Secretary
# of State (the U.S. State Department), or a ministry's masthead naming its state on its
# first lines ("Ministry of Foreign Affairs of Georgia", "MINISTRY OF FOREIGN AFFAIRS" /
# "REPUBLIC OF TRINIDAD AND TOBAGO").
_US_SPOKESPERSON = re.compile(r"^\s*OFFICE OF THE SPOKESPERSON\s*$", re.M | re.I)
_US_DEPARTMENT = re.compile(r"\b(?:Secretary\s+of\s+State|(?:U\.S\.\s+)?Department\s+of\s+State)\b")
_MINISTRY_MAST = re.compile(
    r"\A\s*(?:Ministry|MINISTRY|Office|OFFICE|Department|DEPARTMENT)\s+(?:of|OF)\s+[^\n]{3,80}"
    r"(?:\n[ \t]*(?:(?:The\s+|THE\s+)?(?:Republic|REPUBLIC|Kingdom|KINGDOM|Government|GOVERNMENT"
    r"|State|STATE)\s+(?:of|OF)\s+)[^\n]{2,60})?"
)


# "PRÉSIDENCE DE LA RÉPUBLIQUE DU SÉNÉGAL", "PRESIDENCY OF THE REPUBLIC OF GHANA",
# "Presidência da República": a head of state's communiqué, on its letterhead
PRESIDENCY = "a presidency's own communique"
_PRESIDENCY_MAST = re.compile(
    r"\A\s*(?:PRESIDENCY|Presidency|PR[ÉE]SIDENCE|Pr[ée]sidence|PRESID[ÊE]NCIA|Presid[êe]ncia|"
    r"PRESIDENCIA|Presidencia)\s+(?:OF\s+THE|of\s+the|DE\s+LA|de\s+la|DA|da|DE\s+LA|de)\s+[^\n]{3,80}"
    # "President of Montenegro" alone on the first line: the president's website
    r"|\A\s*(?:PRESIDENT|President)\s+(?:OF|of)\s+(?:the\s+|THE\s+)?(?:[A-Z][\w'’-]*[ \t]?){1,5}(?=\n)"
)


# "BARBADOS GOVERNMENT INFORMATION SERVICE", "PARLIAMENT OF THE REPUBLIC OF FIJI" on the first
# line; "From: Foreign, Commonwealth & Development Office" (GOV.UK's releases)
_GOVERNMENT_MAST = re.compile(
    r"\A\s*(?P<line>[^\n]{0,30}\b(?:GOVERNMENT|PARLIAMENT|NATIONAL\s+ASSEMBLY|"
    r"OFFICE\s+OF\s+THE\s+PRIME\s+MINISTER|PRIME\s+MINISTER['’]S\s+OFFICE)\b[^\n]{0,40})\n"
)
_UK_DEPARTMENT = re.compile(
    r"^From:\s*(?:the\s+)?(?:Foreign,\s+Commonwealth\s*(?:&|and)\s*Development\s+Office|"
    r"Foreign\s+(?:&|and)\s+Commonwealth\s+Office|Prime\s+Minister['’]s\s+Office,\s+10\s+Downing)",
    re.M,
)


def _government_mast(head: str, gazetteer: Gazetteer) -> Home | None:
    """The state of a government's or parliament's masthead in capitals on the first line
    (one state named), or of a UK department's "From:" line."""
    if "From:" in head and _UK_DEPARTMENT.search(head):  # (every match holds "From:")
        return Home("GBR", "From: a UK department", "a government's own release")
    mast = _GOVERNMENT_MAST.match(head)
    if mast is None or not mast.group("line").isupper():
        return None
    found = {m.code for m in gazetteer.mentions(mast.group("line").strip().title())}
    if len(found) != 1:
        return None
    return Home(found.pop(), mast.group("line").strip(), "a government's own release")


def _presidency(head: str, gazetteer: Gazetteer) -> Home | None:
    """The state of a presidency's letterhead, its name read without accents."""
    mast = _PRESIDENCY_MAST.match(head)
    if mast is None:
        return None
    plain = unicodedata.normalize("NFKD", mast.group(0).strip())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    found = {m.code for m in gazetteer.mentions(plain.title())}
    if len(found) != 1:
        return None
    return Home(found.pop(), mast.group(0).strip(), PRESIDENCY)


def _release(head: str, gazetteer: Gazetteer) -> Home | None:
    """The state whose government issued the release, from its masthead."""
    if _US_SPOKESPERSON.search(head) and _US_DEPARTMENT.search(head):
        return Home("USA", "Office of the Spokesperson", "a government's own release")
    mast = _MINISTRY_MAST.match(head)
    if mast is None:
        return _presidency(head, gazetteer) or _government_mast(head, gazetteer)
    found = {m.code for m in gazetteer.mentions(mast.group(0).title())}
    if len(found) != 1:
        return None
    return Home(found.pop(), mast.group(0).strip(), "a government's own release")


def find(text: str, gazetteer: Gazetteer, dateline: Place | None) -> Home | None:
    """The home state of the report, or None when nothing in its head says."""
    head = text[:600]
    agency = _agency(head) or _signed_off(text)
    if agency is None and (release := _release(head, gazetteer)) is not None:
        return release
    city = dateline_state(gazetteer, dateline)
    if agency in NATIONAL:
        states = NATIONAL[agency]
        if city in states:
            return Home(city, agency, "national agency reporting from home")
        if city is not None and (agency in _ABROAD or len(states) > 1):
            own = states[0] if len(states) == 1 else None
            name = dateline.name if dateline else agency
            return Home(city, name, "dateline of a wire abroad", own)
        if len(states) == 1:
            return Home(states[0], agency, "national agency")
        return None
    if city is not None:
        return Home(city, dateline.name if dateline else "", _DATELINE_ONLY)
    return None


# Offices of a state; an envoy or a counterpart stands for whoever the text says.
_STATE_OFFICE = re.compile(
    r"\b(?:President|Vice[- ]President|Prime\s+Minister|Premier|Minister|Secretary|Chancellor|"
    r"Amir|Emir|King|Queen|Sultan|Crown\s+Prince|Speaker|Chair(?:man|woman|person)?|"
    r"Governor|Deputy|Head\s+of\s+State)\b",
    re.I,
)
_FOREIGN = re.compile(r"\b(?:counterpart|ambassador|envoy|guest|visiting|consul|charg[ée])", re.I)


# "… held talks with President X", "welcomed by Vice-President Y", "In Berlin, Marcos will
# meet Chancellor Olaf Scholz", "called on President X": the other side.
_OBJECT_BEFORE = re.compile(
    r"\b(?:by|with|from|met|meet|meets|call(?:ed|s)?\s+on)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,8}$"
)
_OBJECT_WORDS = ("by", "with", "from", "met", "meet", "on")
_OBJECT_WORD = quick.any_of(_OBJECT_WORDS)


def is_object(text: str, person: Person) -> bool:
    """Named as the agent of a passive or the other side of talks, not as who acts."""
    lead = max(0, person.start - 80)
    if _OBJECT_WORD.search(text, lead, person.start) is None:
        return False  # every match of `_OBJECT_BEFORE` holds one of these
    return _OBJECT_BEFORE.search(text, lead, person.start) is not None


# "… paid a visit to Islamabad at the invitation of Prime Minister X": X is the host's
_INVITATION_OF = re.compile(
    r"\binvitation\s+of\s+(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w'’.-]*\s+){0,8}$"
)


def _invited_by(text: str, person: Person) -> bool:
    lead = max(0, person.start - 80)
    if "invitation" not in text[lead : person.start]:
        return False
    return _INVITATION_OF.search(text, lead, person.start) is not None


def mark(
    people: list[Person],
    text: str,
    home: Home | None,
    abroad: CountryMention | None = None,
    mentions: list[CountryMention] | None = None,
) -> list[Person]:
    """Give officials named without a state the report's home state; on a trip abroad
    (`abroad`: the foreign venue the sentence names), whoever receives or meets the
    traveller is of the host state."""
    if home is None:
        return people
    out = []
    for i, p in enumerate(people):
        # A dateline alone says less than an agency: only the sentence's first official
        # ("BRASILIA (Reuters) - President Lula met …"), not one reported by another.
        weak = home.rule == _DATELINE_ONLY and (i > 0 or not _opens(text, p))
        weak = weak and not _the_portfolio(p, text)
        listed = _state_before(p, text, mentions or [])
        if p.country is None and listed:
            p = replace(p, country=listed)  # "… and Bahrain, Foreign Minister X"
        elif p.country is None and p.role and not weak and _unmarked_official(p, text):
            host = (
                abroad is not None
                and abroad.code != home.code
                and (is_object(text, p) or _invited_by(text, p))
            )
            code = abroad.code if host and abroad else home.code
            # "King Norodom Sihamoni" in a Manila report: the monarch's own state
            code = monarch_state(text, p) or code
            p = replace(p, country=_not_counterpart(code, p, people, home))
        out.append(p)
    return out


def _not_counterpart(code: str, p: Person, people: list[Person], home: Home) -> str:
    """`code`, unless a wire abroad would give the official the state of his own
    counterpart ("ASHGABAT (Yonhap) -- President Yoon … with his Turkmen counterpart"):
    then the agency's own state."""
    if home.own is None or code != home.code:
        return code
    for q in people:
        if q is not p and q.country == code and q.role and "counterpart" in q.role.lower():
            return home.own
    return code


def _state_before(p: Person, text: str, mentions: list[CountryMention]) -> str | None:
    """The state named just before the role, set off by a comma ("Bahrain, Foreign Minister")."""
    if not p.role:
        return None
    at = text.rfind(p.role, max(0, p.start - len(p.role) - 40), p.start)
    before = [m for m in mentions if m.end <= at and m.kind in ("name", "alias")]
    # one of a list of states ("counterparts from Oman, X, and Bahrain, Foreign Minister Y"),
    # not a clause ending in a state ("… its border with Turkey, Defence Minister X said")
    if (
        before
        and re.fullmatch(r",\s*", text[before[-1].end : at])
        and _LISTED_STATE.search(text, max(0, before[-1].start - 12), before[-1].start)
    ):
        return before[-1].code
    return None


_LISTED_STATE = re.compile(r"(?:,|\band|\bfrom|\bof)\s+(?:the\s+)?$")


# "by the Minister for Transport, Prof X": a paper's own minister, named by his portfolio
_PORTFOLIO = re.compile(r"(?:Minister|Secretary|Cabinet\s+Secretary)\s+(?:for|of)\s+[A-Z]")
_THE_BEFORE = re.compile(r"\bthe\s+$")


def _the_portfolio(p: Person, text: str) -> bool:
    """ "the Minister for Transport, Prof Makame Mbarawa" under a dateline: the state of the
    dateline's own minister, wherever the sentence names him (no wire names a foreign minister
    by his portfolio alone)."""
    if not p.role or not _PORTFOLIO.match(p.role):
        return False
    at = text.rfind(p.role, max(0, p.start - len(p.role) - 40), p.start)
    return at > 0 and _THE_BEFORE.search(text, max(0, at - 5), at) is not None


def _opens(text: str, p: Person) -> bool:
    """The official opens the sentence: no verb before the role ("Botchwey said President X")."""
    if p.role is None:
        return False  # a styled name with no role ("Sheikh Mohamed bin Zayed")
    before = text[max(0, p.start - len(p.role) - 80) : max(0, p.start - len(p.role))]
    clause = re.split(r"(?:[.!?]\s|\n|\s[-–—]+\s)", before)[-1]
    return not re.search(r"\b[a-z]{3,}\b", clause)


def _unmarked_official(p: Person, text: str) -> bool:
    assert p.role is not None
    before = text[max(0, p.start - len(p.role) - 30) : p.start]
    return bool(_STATE_OFFICE.search(p.role)) and not (
        _FOREIGN.search(p.role) or _FOREIGN.search(before)
    )


# "The Sultanate will take part …", "the Kingdom's position": the report's own state.
_SELF = re.compile(
    r"\b[Tt]he\s+(?:Sultanate|Kingdom|Emirate|Principality|Grand\s+Duchy)\b(?!\s+of\b)"
)


def self_references(
    text: str, mentions: list[CountryMention], home: Home | None
) -> list[CountryMention]:
    """The mentions, with "the Sultanate", "the Kingdom" … as mentions of the home state."""
    if home is None:
        return mentions
    selves = list(_SELF.finditer(text))
    if home.rule == PRESIDENCY:
        selves += _OWN_HEAD.finditer(text)
    if not selves:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = [
        CountryMention(home.code, m.start(), m.end(), m.group(0), "alias")
        for m in selves
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    return sorted(mentions + extra, key=lambda m: m.start)


# in a presidency's communiqué, "the Head of State" and "The President of the Republic" (not
# "… of the Republic of The Gambia") are its own
_OWN_HEAD = re.compile(
    r"\b[Tt]he\s+(?:Head\s+of\s+State|President\s+of\s+the\s+Republic)\b(?!\s+of\b)"
)


# The same matches, found faster: a first-character guard on each (see `quick`).
_STATE_OFFICE = quick.guard(_STATE_OFFICE)
_FOREIGN = quick.guard(_FOREIGN)
_OBJECT_BEFORE = quick.lead(_OBJECT_BEFORE)
_INVITATION_OF = quick.guard(_INVITATION_OF)
_SELF = prefilter.sift(quick.guard(_SELF))
_AGENCY = quick.lead(_AGENCY)  # scanned from its leading class (a lookbehind, `\b`, `^` lead it)
