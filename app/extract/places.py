"""Where an event happened: a city, else a country as named, or "online".

Reads: a sentence span, its country mentions, the document's dateline.
Assigns: a location string with the words it came from and the rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from app.extract import countries_data, prefilter, quick
from app.extract.countries import Gazetteer
from app.extract.countries_table import normalize
from app.extract.types import CountryMention

# "an online meeting", "held talks online", "a virtual summit", "held … virtually": not
# "online trade", "came online", "virtually all"
_HELD = r"(?:met|meet|meeting|held|hold|holds|joined|participated|took\s+part|attended|spoke|talks|addressed|conducted)"
_SESSION = r"(?:meeting|summit|talks|conference|format|session|call|mode|consultations|dialogue|forum|event)"
ONLINE = re.compile(
    rf"\b(?:(?:online|virtual)\s+(?:[\w-]+\s+)?{_SESSION}|{_HELD}\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:online|virtually)|video\s*(?:conference|link|call|format)|videoconference|"
    rf"via\s+(?:video|zoom|skype|webex|microsoft\s+teams))\b",
    re.I,
)
# Letters of Latin-1 and of Latin Extended-A/B and Additional: "Chișinău", "Łódź", "İzmir",
# "Hà Nội" (their first letter may be any of them: the blocks mix the two cases); an
# apostrophe and a capital may follow the first ("N'Djamena").
_LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ'’ʻ"
_PLACE_WORD = rf"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ](?:['’][A-Z])?[{_LOWER}]+(?:-[A-Z{_LOWER}À-ÖØ-Þ]+)*"
# "Rio de Janeiro", "Sharm el-Sheikh", "Ras al-Khaimah", "Santa Cruz de la Sierra": the small
# words inside a name
_JOIN = (
    r"(?:[ -](?:de|del|da|do|dos|das|es|el|al|la|le|au|am|an)(?:\s(?:la|las|los|les))?[ -]|[ -])"
)
_NAME = rf"(?:St\.?\s+|Saint\s+)?{_PLACE_WORD}(?:{_JOIN}{_PLACE_WORD}){{0,3}}"
_SETTLEMENT = (
    r"(?:city|capital|town|village|port|resort|metropolis|enclave|"
    # "the Gulf state of Qatar", "the Pacific island nation of Tuvalu": a state
    r"(?:island\s+)?(?:state|nation|country|kingdom|emirate|republic|archipelago))"
)
# What stands before a city's name: "the Red Sea city of", "the Ethiopian capital,",
# "Kenya's coastal city of", "Uzbekistan's" (the state's possessive, group `poss`)
_CITY_OF = (
    rf"(?:the\s+(?:[\w'’-]+\s+){{0,3}}?{_SETTLEMENT}(?:\s+of|,)?\s+"
    rf"|(?P<poss>(?:[A-Z][\w-]+\s+)?(?:[a-z]['’])?[A-Z][\w-]+['’]s)\s+"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_SETTLEMENT}(?:\s+of|,)?\s+)?(?=[A-Z]))"
)
_AT = re.compile(
    # "at State House, Entebbe": a building, then its city
    rf"\bat\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{1,4}}(?:House|Palace|Hall|Centre|Center|Building|"
    rf"Residence|Secretariat|Office|Ministry|Hotel|Lodge|Resort|Complex|Headquarters|Villa|"
    rf"Mansion|Auditorium|Pavilion)\s*,\s*(?P<city>{_PLACE_WORD}(?:\s{_PLACE_WORD})?)"
    rf"|\b(?:in|at)\s+the\s+(?P<region>{_PLACE_WORD}(?:\s{_PLACE_WORD})?\s+"
    rf"(?:region|province|oblast|governorate|prefecture))\b"
    rf"|\b(?:in|at|In|At)\s+{_CITY_OF}?(?P<place>{_NAME})"  # "In Baku, X met Y"
    # "in the Avaza national tourist zone", "at the Burabay resort area": the resort's name
    rf"|\b(?:in|at)\s+the\s+(?P<resort>{_PLACE_WORD}(?:\s{_PLACE_WORD})?)\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?:zone|resort|resort\s+area)\b"
)
AGENCIES = frozenset(
    [
        "KAZINFORM",
        "AKIPRESS",
        "TREND",
        "APA",
        "XINHUA",
        "REUTERS",
        "AFP",
        "AP",
        "ANTARA",
        "BERNAMA",
        "VNA",
        "WAM",
        "KUNA",
        "SPA",
        "QNA",
        "BNA",
        "ANADOLU",
        "TASS",
        "RIA",
        "UZA",
        "PNA",
        "PTI",
        "IANS",
        "ANI",
        "KYODO",
        "YONHAP",
        "MAP",
        "APS",
        "ANDINA",
        "TELAM",
        "EFE",
        "ANSA",
        "DPA",
        "BTA",
        "PAP",
        "MTI",
        "CTK",
        "TANJUG",
        "HINA",
        "ATS",
        "ARKA",
        "ARMENPRESS",
        "AZERTAC",
        "AZERNEWS",
        "GNA",
        "NAN",
        "KBC",
        "IRNA",
        "ONA",
        "SANA",
        "MENA",
        "KPL",
        "AKP",
        "NEWS",
        "REPORT",
        "UPDATE",
        "BREAKING",
        "EXCLUSIVE",
        "ANGOP",
        "ENA",
        "SUNA",
        "TAP",
        "AIM",
        "APA",
        "PRENSA",
        "LUSA",
        "NAMPA",
        "SAPA",
        "ZNBC",
        "ZANA",
    ]
)
# "ANGOP – Agência Angola Press": an agency's masthead, not a dateline
_MASTHEAD = re.compile(r"(?i)\b(?:press|agency|ag[eê]ncia|agencia|news|service|broadcasting)\b")
_TO = re.compile(
    rf"\b(?:to|in|visiting|visited|visits|visit)\s+(?:{_CITY_OF}|the\s+)?"
    rf"(?P<place>{_PLACE_WORD}(?:(?:\s+of\s+the\s+|\s+of\s+|{_JOIN}){_PLACE_WORD}){{0,3}}"
    # "a visit to the UAE": a state's initials, read only as a mention of it
    rf"|[A-Z]{{2,4}}(?![\w-]))"
)
NOT_PLACES = frozenset(
    [
        *["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "This",
        "That",
        "These",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "Parliament",
        "Ministry",
        "Assembly",
        "Senate",
        "Council",
        "Committee",
        "Government",
        "Cabinet",
        "Palace",
        "House",
        "Hall",
        "Office",
        *["Hotel", "Airport", "Stadium", "University", "Hospital", "Museum"],
        "Embassy",
        "Summit",
        "Conference",
        "Forum",
        "Commission",
        "Congress",
        "National",
        "State",
        "Presidential",
        "Foreign",
        "First",
        "Second",
        "Third",
        "Agreement",
        "Memorandum",
        "Treaty",
        "Protocol",
        "Declaration",
        "Road",
        "Roadmap",
        "International",
        "Joint",
        "Bilateral",
        "Inter",
        "Friendship",
        "Working",
        "Group",
        "Organization",
        "Union",
        "League",
        "Bank",
        "Fund",
        "Association",
        "Movement",
        "Network",
        "Nations",
        "Security",
        "General",
        "Prime",
        "President",
        "Minister",
        "Chair",
        "Chairman",
        "Speaker",
        "Ambassador",
        "Secretary",
        "King",
        "Queen",
        "Emir",
        "Sultan",
        "Crown",
        "Deputy",
        "Head",
        "Leader",
        "Director",
        "Adviser",
        "Envoy",
        "Commissioner",
        "Mr",
        "No",  # "at No. 10 Downing Street"
        "Mrs",
        "Ms",
        "Dr",
        "Madame",
        "Sheikh",
        "Prince",
        # rooms and numbered parts of a building ("in Room 2020", "in Hall 3", "at Gate 5")
        *["Room", "Rooms", "Suite", "Floor", "Level", "Wing", "Block", "Gate", "Terminal"],
        *["Pavilion", "Auditorium", "Studio", "Lounge", "Booth", "Chamber"],
        # seats of government and palaces, in the languages news keeps them in
        *["Qasr", "Palazzo", "Palacio", "Palais", "Bhavan", "Istana", "Kremlin", "Villa"],
        *["Casa", "Château", "Chateau", "Élysée", "Elysee", "Akorda", "Orda", "Quirinale"],
        *["Itamaraty", "Planalto", "Seri", "Malacañang", "Malacanang", "Zhongnanhai"],
        *["Schloss", "Saray", "Sarayi", "Dar", "Beit", "Bayt", "Rashtrapati", "Dataran"],
        # regions of the world, not places an event is held in ("a key partner in Central
        # Asia", "the Aegean and Eastern Mediterranean")
        *["Central", "Eastern", "Western", "Northern", "Southern", "Middle", "Asia", "Europe"],
        *["Far", "East", "West", "North", "South"],  # "in Russia's Far East", "in Mali's North"
        # a sentence's lead ("In Addition, …", "In Particular, …"), not a place
        *["Addition", "Particular", "Response", "Brief", "Short", "Conclusion", "Summary"],
        *["Fact", "Turn", "Total", "Return", "Contrast", "Practice", "Sum", "Recent"],
        *["Mediterranean", "Caucasus", "Balkans", "Pacific", "Atlantic", "Arctic", "Sahel"],
        # adjectives of regions and continents ("his first trip to the African continent",
        # "a working visit to the Caribbean nation")
        *["African", "Caribbean", "Asian", "European", "Latin", "Arab", "Nordic", "Baltic"],
        *["Africa", "Americas", "Oceania", "Eurasia", "Eurasian"],
        # a sea or an institution, not a city ("security in the Gulf of Guinea", "visited the
        # Centre for Genetic Engineering", "at Latvia's Permanent Mission to the UN")
        *["Gulf", "Centre", "Center", "Institute", "Permanent", "Mission", "Headquarters"],
    ]
)
_DATELINE = re.compile(
    # "ST. JOHN'S, March 3": a saint's name keeps its "St."; "New Delhi [India], March 3
    # (ANI):": the city's country in brackets after it
    r"\s*(?P<city>(?:S[Tt]\.\s?|SAINT\s|Saint\s)?[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’\-]+"
    # "Dar es Salaam.", "Port of Spain,": a lower-case particle between two words of a city
    r"(?:[ -](?:(?:es|de|of)\s)?[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’\-]+){0,2})"
    r"\s*(?:\[[A-Z][A-Za-z ]{2,30}\]\s*)?(?:,|\.|\(|/|—|–|-\s|:)"
)
# Weekdays and months lead header lines ("TUESDAY, MARCH 3, 2020"): never a dateline's city.
_CALENDAR = frozenset(
    [
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun"),
        *("Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    ]
)


_AGENCY_FIRST = re.compile(r"\s*\([A-Za-z][A-Za-z .\-]{1,20}\)\s*[-–—]\s*")
_CITY_STATE_AFTER = re.compile(r",?\s*(?:\(|[A-Z][a-z]{2,8}\.?\s+\d|\d)")
# "Kuwait, Feb 6 (KUNA) --", "New Delhi [India], March 3 (ANI):": a date then an agency's
# tag after the name, a dateline whatever its case.
_DATE_AGENCY_AFTER = re.compile(
    r"\s*(?:\[[A-Z][A-Za-z ]{2,30}\]\s*)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]{2,8})(?:st|nd|rd|th)?(?:,?\s+\d{4})?,?\s*\([A-Z][A-Za-z]{1,12}\)"
)


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    rule: str


def _city_table(name: str) -> dict[str, str]:
    """A `name | city` table of `data/` (lines starting with "#" are comments)."""
    text = resources.files("app.extract").joinpath("data", name).read_text("utf-8")
    rows = (line.split("|") for line in text.splitlines() if line.strip() and line[0] != "#")
    return {key.strip(): city.strip() for key, city in rows}


# Seats of government named as the venue ("call on the President at Bangabhaban") and the
# city each stands in, which is the event's location (`data/seats.txt`).
VENUE_CITIES: dict[str, str] = _city_table("seats.txt")
# Districts of a capital that agencies name as the venue ("at the Ministry … in Plateau"):
# the city they belong to (`data/districts.txt`).
DISTRICT_CITIES: dict[str, str] = _city_table("districts.txt")
_VENUE = re.compile(
    "|".join(re.escape(v) for v in sorted(VENUE_CITIES, key=len, reverse=True)) + r"\b"
)


# "on the sidelines of the 79th session of the UN General Assembly", "during the UNGA"
_OF_GATHERING = re.compile(
    r"\b(?:(?:sidelines|margins)\s+of|during|attend(?:ed|ing|s)?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,5}?(?=[A-Z])"
)
_AT_THE = re.compile(r"\b(?:at|in|At|In)\s+the\s+(?=[A-ZÉ])|\b(?:at|in|At|In)\s+(?=[A-ZÉ])")


# "at the Presidential Villa", "at State House", "at the Office of the Prime Minister": a
# seat of the hosts, in whatever city their visitor is in.
_HOSTS_SEAT = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+){0,3}(?:Palace|Villa|House|Residence|Diwan)\b|"
    r"(?:Prime\s+Minister's\s+|President's\s+)?Office\s+of\s+the\b|Istana\b)"
)


# "at the Permanent Mission of Seychelles to the United Nations": a mission in New York
# (one "to the United Nations Office at Geneva", or "… in Geneva", is not)
_UN_MISSION = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}?Mission\s+"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}?)?to\s+the\s+(?:United\s+Nations|UN|U\.N\.)"
    r"(?!\s+(?:Office|in|at|and|Human|Educational|Food|Industrial|Environment)\b)(?!\w)"
)


def un_mission(text: str, start: int, end: int) -> Place | None:
    if text.find("Mission", start, end) < 0:
        return None
    m = _UN_MISSION.search(text, start, end)
    return Place("New York", m.start(), m.end(), "city") if m else None


def names_seat(text: str, start: int, end: int) -> bool:
    """The span names a palace, residence or office as the venue."""
    if _HOSTS_SEAT.search(text, start, end):
        return True
    return any(venue_city(text, v.end()) for v in _AT_THE.finditer(text, start, end))


def venue_city(text: str, at: int) -> tuple[str, int] | None:
    """The city of a seat of government named at `at` ("Bangabhaban" → Dhaka), and where
    its name ends."""
    m = _VENUE.match(text, at)
    city = VENUE_CITIES[m.group(0)] if m else None
    if m is None or not city:
        return None  # none, or one listed without a city ("Istana Negara": not "Istana")
    return _as_named(text, city), m.end()


def _fold(s: str) -> str:
    """Lower case without accents ("Brasília" → "brasilia"), one character for each."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)
    )


def _as_named(text: str, city: str) -> str:
    """The city as the text spells it ("BRASILIA" → "Brasilia"), else as the table does."""
    folded = _fold(city)
    for m in re.finditer(rf"\b{re.escape(city[0])}", text, re.I):
        word = text[m.start() : m.start() + len(city)]
        if _fold(word) == folded:
            if word.isupper():
                # "NUR-SULTAN", "DAR ES SALAAM": the table's spelling when it is the same letters
                return city if city.upper() == word else _title(word)
            return word
    return city


_APOSTROPHES = "'’ʻ‘`"
_WORDS = re.compile(r"[\w'’ʻ‘`-]+")


def _bare(s: str) -> str:
    """Folded, without apostrophes or the ʻokina ("Nukuʻalofa", "Nuku'alofa" → "nukualofa")."""
    return "".join(c for c in _fold(s) if c not in _APOSTROPHES)


def as_written(text: str, place: str) -> str:
    """A place of the tables as the text spells it ("Nuku'alofa" in a text writing
    "Nukuʻalofa", "Brasília" in one writing "Brasilia"), else as the table does."""
    if place in text or place == "online":
        return place
    key = " ".join(_bare(w) for w in place.split())
    n = len(place.split())
    words = [m for m in _WORDS.finditer(text) if n > 1 or _bare(m.group()) == key]
    for i in range(len(words) - n + 1):
        seg = text[words[i].start() : words[i + n - 1].end()]
        if " ".join(_bare(w) for w in seg.split()) == key:
            return _title(seg) if seg.isupper() else seg
    return place


def _title(name: str) -> str:
    return " ".join(_title_word(w) if w.isupper() else w for w in name.split())


_LOW_PARTS = frozenset({"au", "aux", "de", "du", "des", "la", "le", "les", "en", "sur", "es"})


def _title_word(word: str) -> str:
    """ "NUR-SULTAN" → "Nur-Sultan", "PORT-AU-PRINCE" → "Port-au-Prince"."""
    parts = word.lower().split("-")
    return "-".join(
        p if i and p in _LOW_PARTS and i < len(parts) - 1 else p.capitalize()
        for i, p in enumerate(parts)
    )


# "Arusha. Tanzania and Kenya have signed …": an East African paper's dateline, a city's
# name and a full stop opening the story's first paragraph
_CITY_PERIOD = re.compile(
    r"(?!(?:Prof|Capt|Corp|Govt|Dept|Sept|Lieut|Brig|Cmdr|Supt|Insp|Engr|Messrs|Excl|Ltd)\.)"
    r"[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{2,})?\.\s+[A-Z][a-z]*\s[^\n]{60,}"
)


def dateline(text: str, gazetteer: Gazetteer) -> Place | None:
    """The city of a dateline ("HANOI, Oct. 3 (VNA) –", "Riyadh, May 21, 2024, SPA --")."""
    for line in re.finditer(r"[^\n]+", text[:600]):
        lead = _AGENCY_FIRST.match(line.group(0))  # "(ANSA) - ROME - …"
        match = _DATELINE.match(line.group(0), lead.end() if lead else 0)
        if not match:
            continue
        city = match.group("city")
        if city.split()[0].split("-")[0].capitalize() in _CALENDAR:
            continue  # "TUESDAY, MARCH 3, 2020": a header's weekday
        masthead = len(line.group(0)) <= 60 and _MASTHEAD.search(line.group(0), match.end("city"))
        if city.upper() in AGENCIES or masthead or any(w in AGENCIES for w in city.upper().split()):
            continue  # "KYODO NEWS - Jul 8, 2024": the agency's header, not a dateline
        mentions = gazetteer.mentions(city)
        # "KUWAIT, Feb 6 (KUNA)", "SINGAPORE (Reuters)": a city-state's name in capitals,
        # before a date or an agency (not a headline in capitals).
        state = city.isupper() and bool(_CITY_STATE_AFTER.match(line.group(0), match.end("city")))
        if (
            gazetteer.is_capital(city)
            or (city.isupper() and len(city) > 2 and (not mentions or state))
            or (mentions and _DATE_AGENCY_AFTER.match(line.group(0), match.end("city")))
            or (not mentions and _CITY_PERIOD.match(line.group(0)))
        ):
            start = line.start() + match.start("city")
            spelled = gazetteer.capital_spelling(city) if city.isupper() else None
            name = spelled if spelled and spelled.upper() == city else _title(city)
            return Place(name, start, start + len(city), "dateline")
    return None


# "at the Kuksaroy residence", "at Bayan Palace", "in Akorda": a building, not a city.
_BUILDING_AFTER = re.compile(
    r"\s+(?:residence|palace|hall|house|building|complex|cent(?:re|er)|hotel|airport|stadium|"
    r"mosque|cathedral|church|museum|university|square|park|summit|conference|forum|congress|"
    r"headquarters|secretariat|mausoleum|memorial)\b",
    re.I,
)


# "the situation in Gaza", "developments in Myanmar": what was talked about, not where.
_TOPIC_BEFORE = re.compile(
    r"\b(?:situation|developments?|war|conflict|crisis|fighting|violence|tensions?|peace|"
    r"stability|ceasefire|escalation|events|reforms?|elections?|"
    # "calling for the protection of civilians in Gaza", "aid to the people in Sudan"
    r"civilians|population|refugees|hostages|victims|displaced|humanitarian\s+aid|aid|relief|"
    # "to jointly manage a continental shelf area in the Mascarene Plateau region"
    r"(?:shelf|seabed|maritime|fishing|border)\s+areas?|waters|"
    # "talks on cargo tariffs, border clearance at Tunduma": a crossing of the topic
    r"clearance|"
    # "a development that alarmed officials in Australia": whose officials, not where
    r"(?:alarmed|worried|concerned|angered|unsettled|rattled)\s+"
    r"(?:officials|diplomats|analysts|lawmakers))\s+$",
    re.I,
)


# The words `_TOPIC_BEFORE` ends on, lower-cased; and the characters that match an ASCII
# letter without case but are none (see `quick`), in whose presence only the pattern can tell.
_TOPIC_WORDS = (
    *("situation", "development", "developments", "war", "conflict", "crisis", "fighting"),
    *("violence", "tension", "tensions", "peace", "stability", "ceasefire", "escalation"),
    *("events", "reform", "reforms", "election", "elections", "civilians", "population"),
    *("refugees", "hostages", "victims", "displaced", "aid", "relief", "area", "areas", "waters"),
    *("officials", "diplomats", "analysts", "lawmakers", "clearance"),
)


# "a Memorandum of Understanding on Cooperation in Disaster Management": a field named in a
# document's title, not a place ("the Treaty of … Cooperation in Skopje" is one)
_FIELD_AFTER = re.compile(
    r"(?i:co-?operation)\s+in\s+(?:[A-Z][\w-]*\s+){0,3}(?:Management|Development|Affairs|Security|"
    r"Education|Health|Research|Technology|Services|Protection|Relief|Reduction|Resilience|"
    r"Response|Prevention|Training|Industry|Energy|Agriculture|Tourism|Culture|Science)\b"
)


def _field(text: str, at: int) -> bool:
    """The place follows "Cooperation" and is a field ("… in Disaster Management")."""
    lead = max(0, at - 16)
    found = text[lead:at].lower().rfind("co")
    return found >= 0 and _FIELD_AFTER.match(text, lead + found) is not None


def _topic(text: str, at: int) -> bool:
    """The place follows "the situation in" or the like: a subject of talks."""
    if _field(text, at):
        return True
    lead = max(0, at - 30)
    before = text[lead:at]
    if before.isascii() or not quick.has_special(before):
        tail = before.rstrip()
        if len(tail) == len(before) or not tail.lower().endswith(_TOPIC_WORDS):
            return False  # a match ends on one of the words and blanks
    return _TOPIC_BEFORE.search(text, lead, at) is not None


# "an agreement on the construction of a new road bridge over the Prut River at Ungheni", "a
# pipeline along the border near Herat": where a work of the topic stands, not where the act
# was (but "an agreement on the X railway in Tashkent on Monday" was signed there)
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:bridge|railway|railroad|rail\s+link|road|highway|motorway|pipeline|port|seaport|"
    r"plant|dam|corridor|crossing|checkpoint|terminal|refinery|power\s+station|tunnel)s?\s+"
    r"(?:over|across|along|spanning)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}$"
    # "projects including the new parliament building in Mount Hampden": a work still planned
    # or being built, where it stands
    r"|(?i:\b(?:new|planned|proposed|future)\s+(?:[\w’'-]+\s+){0,2}(?:building|bridge|railway|"
    r"road|highway|port|seaport|plant|dam|terminal|refinery|airport|hospital|stadium|station|"
    r"factory|campus)s?\s+$)"
)
_WORK_WORDS = (
    *("bridge", "rail", "road", "highway", "motorway", "pipeline", "port", "plant", "dam"),
    *("corridor", "crossing", "checkpoint", "terminal", "refinery", "power station", "tunnel"),
    *("building", "airport", "hospital", "stadium", "station", "factory", "campus"),
)


def _work_site(text: str, at: int) -> bool:
    """The place follows a work of the topic ("a new road bridge over the Prut River at")."""
    lead = max(0, at - 60)
    low = text[lead:at].lower()
    return any(w in low for w in _WORK_WORDS) and _WORK_BEFORE.search(text, lead, at) is not None


# "discussed Saudi investments in Pakistan's mining sector", "to invest in Laos": the state
# invested in is a topic ("the protection of investments in Luanda" may be the venue)
_INVESTED_BEFORE = re.compile(r"(?i)\b(?:investments?|invest(?:ed|ing|s)?)\s+$")


def _invested_in(text: str, at: int) -> bool:
    lead = max(0, at - 16)
    return text.find("nvest", lead, at) >= 0 and bool(_INVESTED_BEFORE.search(text, lead, at))


# "after its embassy in the Iranian capital was stormed": where a mission stands, not where
# the event was ("signed at the Kazakh embassy in Seoul" is at it).
_EMBASSY_BEFORE = re.compile(
    r"(?i)(?P<at>\bat\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?)?"
    # (not "a trade mission to New Delhi", "a business mission to Lagos": a trip)
    r"\b(?:embass(?:y|ies)|consulates?(?:\s+general)?|high\s+commission|"
    r"(?<!trade\s)(?<!business\s)(?<!investment\s)(?<!economic\s)missions?)\s+$"
)


def _embassy(text: str, at: int) -> bool:
    """The place follows "embassy in" that no "at" leads."""
    if text.find("ss", max(0, at - 30), at) < 0 and text.find("onsul", max(0, at - 30), at) < 0:
        return False  # every match holds "embassy", "mission" or "consul…"
    m = _EMBASSY_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and m.group("at") is None


def _own_s_names() -> frozenset[str]:
    """The capitals whose name itself ends in "'s" ("St. George's", "St. John's"), folded."""
    rows = countries_data.read_country_data().rows
    names = (normalize(c) for row in rows for c in row.capitals)
    return frozenset(n for n in names if n.endswith("s") and n.startswith(("st ", "saint ")))


_OWN_S = _own_s_names()


def _without_possessive(surface: str) -> str:
    """ "Kazakhstan's" → "Kazakhstan"; "St. George's" is the name itself."""
    if surface.endswith(("'s", "’s")) and normalize(surface) not in _OWN_S:
        return surface[:-2]
    return surface


_REGION_WORDS = frozenset(["region", "province", "oblast", "governorate", "prefecture"])


# "at the Jakarta Convention Center", "at the Addis Ababa Sheraton Hotel": a building that
# carries its city's name (not "the Kuwait Embassy", which stands abroad).
_NAMED_BUILDING = re.compile(
    r"(?:\s+[A-Z][\w'’-]+){0,3}?\s+(?:Convention|Conference|Congress|Exhibition|Expo|Hotel|"
    r"Centre|Center|Hall|Palace|Plaza|Complex|Arena|Stadium)\b"
)


def _capital_building(text: str, at: int, mentions: list[CountryMention]) -> Place | None:
    """The capital whose name opens the name of the building at `at`."""
    c = next((c for c in mentions if c.start == at and c.kind == "capital"), None)
    if c is None or not _NAMED_BUILDING.match(text, c.end):
        return None
    return Place(c.surface, c.start, c.end, "city")


def _trimmed(name: str) -> str:
    """The name without the words after it that no place ends on ("Sochi Monday")."""
    words = name.split(" ")
    while len(words) > 1 and words[-1] in _CALENDAR:
        words.pop()
    return " ".join(words)


def _plausible(name: str) -> bool:
    first = name.split()[0].split("-")[0]
    return first not in NOT_PLACES and not any(w in NOT_PLACES for w in name.split()[1:])


def in_sentence(
    text: str, start: int, end: int, mentions: list[CountryMention], *, destination: bool
) -> Place | None:
    """The city (or else the country) the sentence names as where it happened.

    With `destination`, a visit's "to X" counts too.
    """
    found: list[Place] = []
    for v in _AT_THE.finditer(text, start, end):
        venue = venue_city(text, v.end())  # "at the Kremlin", "at the Miraflores palace"
        if venue is not None:
            found.append(Place(venue[0], v.end(), venue[1], "city"))
        elif (named := _capital_building(text, v.end(), mentions)) is not None:
            found.append(named)
    for v in _VENUE.finditer(text, start, end):
        # "at the Grand Kremlin Palace", "at the historic Bayan Palace": the seat further in
        if not any(p.start <= v.start() < p.end for p in found) and (
            _VENUE_LEAD.search(text, max(start, v.start() - 40), v.start())
            or _WELCOMED_TO.search(text, max(start, v.start() - 100), v.start())
        ):
            venue = venue_city(text, v.start())
            if venue is not None:
                found.append(Place(venue[0], v.start(), venue[1], "city"))
    for g in _OF_GATHERING.finditer(text, start, end) if _may_gather(text, start, end) else ():
        venue = venue_city(text, g.end())  # "on the sidelines of the UN General Assembly"
        if venue is not None:
            found.append(Place(venue[0], g.end(), venue[1], "city"))
    if (mission := un_mission(text, start, end)) is not None:
        found.append(mission)
    capitals = (
        _DEMONYM_CAPITAL.finditer(text, start, end) if text.find("capital", start, end) >= 0 else ()
    )
    for d in capitals:
        capital = _capital_of(d, mentions)
        if capital is not None and not _embassy(text, d.start()):
            found.append(capital)
    pattern = _TO if destination else _AT
    for m in pattern.finditer(text, start, end):
        if _topic(text, m.start()) or _embassy(text, m.start()) or _work_site(text, m.start()):
            continue
        place = _named_place(text, m, mentions)
        if place is None and m.group("poss"):
            # "in Kenya's Foreign Ministry": no city, but the state
            place = _mentioned(m.start("poss"), mentions)
        if place is not None and not (place.rule == "country" and _invested_in(text, m.start())):
            found.append(place)
    if not found:
        return None
    # "in Kazakhstan's capital": the capital the possessive implies, not the state it names
    implied = {p.start for p in found if p.rule == "implied"}
    found = [p for p in found if p.rule == "implied" or p.start not in implied]
    found.sort(key=lambda p: p.start)
    found = [p for i, p in enumerate(found) if not _venue_of(text, p, found[i + 1 :])]
    # "arrived in the Kazakh capital for a state visit to Kazakhstan": the state named
    found = [p for p in found if p.rule != "implied"] or found
    # A visit keeps the state its phrase names over a region ("a visit to Russia … in the
    # Amur Region"); a meeting's region is more exact than its state.
    cities = [p for p in found if p.rule == "city"] or [
        p for p in found if p.rule == "region" and not destination
    ]
    chosen = cities[0] if cities else (found[0] if found else None)
    if chosen is None:
        return None
    rule = _RULES[chosen.rule]
    return Place(chosen.name, chosen.start, chosen.end, rule)


# "visited the West African country", "a visit to the Gulf state": a state told by what it is
_DESCRIBED = re.compile(
    r"\b(?:to|in|visit(?:ed|ing|s)?)\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:island\s+)?"
    r"(?:country|nation|state|kingdom|republic|archipelago)\b(?!\s+of\b|\s*,\s*[A-Z])"
)


def described_state(text: str, start: int, end: int) -> re.Match[str] | None:
    """A state the span names by what it is ("visited the West African country"), not by
    name; the caller knows which one."""
    return _DESCRIBED.search(text, start, end) if text.find("the ", start, end) >= 0 else None


# "flew to Muscat on Monday, where …": a day between the place and "where"
_WHEN_GAP = re.compile(r"(?:\s+on\s+(?:[\w-]+\s?){1,3})?")
_WHERE = re.compile(r",?\s+where\s+(?:[\w'’-]+\s+){0,6}?$")


def where_antecedent(
    text: str, start: int, at: int, mentions: list[CountryMention]
) -> Place | None:
    """The place a "where" clause holding `at` refers to ("flew to Muscat, where he signed
    …": Muscat), named just before "where"."""
    where = _WHERE.search(text, max(start, at - 80), at)
    if where is None:
        return None
    lead = max(start, where.start() - 60)
    origin = _came_from(text, lead, where.start(), mentions)
    if origin is not None:
        return origin
    for m in reversed(list(_TO.finditer(text, lead, where.start()))):
        if _WHEN_GAP.fullmatch(text, m.end("place"), where.start()):
            return in_sentence(text, m.start(), where.start(), mentions, destination=True)
    return None


# "arrived in Abidjan on Monday from Accra, where on 5 October he held talks": the city he
# came from is the one the clause is about
_FROM = re.compile(r"\bfrom\s+(?=[A-Z])")


def _came_from(text: str, lead: int, where: int, mentions: list[CountryMention]) -> Place | None:
    """The capital or state named after "from" right before the "where" clause at `where`."""
    for m in reversed(list(_FROM.finditer(text, lead, where))):
        place = _mentioned(m.end(), mentions)
        if place is None:
            continue
        c = next(c for c in mentions if c.start == m.end())
        if _WHEN_GAP.fullmatch(text, c.end, where):
            return Place(place.name, place.start, place.end, _RULES[place.rule])
    return None


_ROWS = countries_data.read_country_data().rows
CAPITALS = {r.code: r.capitals[0] for r in _ROWS if r.capitals}  # each state's first capital
NAMES = {r.code: r.name for r in _ROWS}
# "arrived in the Turkish capital on Sunday": the capital of the state the demonym names
# (with its name after it, "the Ethiopian capital, Addis Ababa", `_AT` reads the name).
_DEMONYM_CAPITAL = re.compile(
    r"\b(?:in|to|at)\s+the\s+(?P<dem>[A-Z][\w.-]+(?:\s[A-Z][\w-]+)?)\s+capital\b(?!,?\s+[A-Z])"
    # "In the Uzbek capital, Kazakh Foreign Minister X met …": fronted, the clause after it
    r"|\b(?:In|At)\s+the\s+(?P<lead>[A-Z][\w.-]+(?:\s[A-Z][\w-]+)?)\s+capital\s*,"
    # "met in Kazakhstan's capital on Monday": the state's possessive, no city named after it
    r"|\b(?:in|to|at)\s+(?P<own>[A-Z][\w.-]+(?:\s[A-Z][\w-]+)?)['’]s\s+capital\b(?!,?\s+[A-Z])"
)


_VENUE_LEAD = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}$")
# "welcomed Ghana's President Nana Akufo-Addo to Jamaica House": the seat a guest is received to
_WELCOMED_TO = re.compile(r"\b(?:welcom|receiv)(?:ed|es)\s+[^.;]{3,80}?\s+to\s+(?:the\s+)?$")
# "was in the capital on a working visit": a capital the sentence does not name
_BARE_CAPITAL = re.compile(
    r"\b(?:in|to|at)\s+the\s+capital\b(?!\s+(?:city\s+)?of\b|,?\s+[A-Z]|\s+city,)"
)


def bare_capital(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "in the capital" with no name or state after it (the host's, for a visit)."""
    if text.find("the capital", start, end) < 0:
        return None
    return _BARE_CAPITAL.search(text, start, end)


def _may_gather(text: str, start: int, end: int) -> bool:
    """A word every match of `_OF_GATHERING` holds is in the span."""
    return (
        text.find("sidelines", start, end) >= 0
        or text.find("margins", start, end) >= 0
        or text.find("during", start, end) >= 0
        or text.find("attend", start, end) >= 0
    )


def _capital_of(m: re.Match[str], mentions: list[CountryMention]) -> Place | None:
    group = next(g for g in ("dem", "lead", "own") if m.group(g))
    kinds = ("demonym", "alias", "name") if group == "own" else ("demonym", "alias")
    at = m.start(group)
    c = next((c for c in mentions if c.start == at and c.kind in kinds), None)
    city = CAPITALS.get(c.code) if c else None
    # "the Brazilian capital" in a text that spells it "Brasilia" elsewhere: its spelling
    return Place(_as_named(m.string, city), at, m.end(), "implied") if city else None


def _mentioned(at: int, mentions: list[CountryMention]) -> Place | None:
    """The capital or state named at `at`, as a place."""
    c = next((c for c in mentions if c.start == at), None)
    if c is None or c.kind not in ("capital", "name", "alias"):
        return None
    kind = "city" if c.kind == "capital" else "country"
    name = _DC.sub("", _without_possessive(c.surface))  # "Washington, D.C." → "Washington"
    if name[0].islower():
        name = NAMES.get(c.code, name)  # "the Kingdom" (the report's own state): "Morocco"
    return Place(name, c.start, c.end, kind)


_DC = re.compile(r",?\s+D\.?\s?C\.?$")


def _named_place(text: str, m: re.Match[str], mentions: list[CountryMention]) -> Place | None:
    """The place one match of `_AT` or `_TO` names, if it is one."""
    groups = m.groupdict()
    group = next((g for g in ("city", "region", "resort") if groups.get(g)), "place")
    place = _trimmed(m.group(group))
    p0 = m.start(group)
    if text[m.end(group) : m.end(group) + 1].isalpha():
        return None  # "at Hotel InterContinental": a name the pattern reads only in part
    if venue_city(text, p0) is not None:
        return None  # found as a venue
    if any(c.start == p0 for c in mentions):
        told = _mentioned(p0, mentions)
        if told is not None and place.isupper():
            # "a visit to the UAE": initials, which leave a dateline's city standing
            return Place(told.name, told.start, told.end, "initials")
        return told
    if place.isupper():
        return None  # "a visit to ASEAN": initials that name no state
    poss = m.start("poss") if groups.get("poss") else -1
    if poss >= 0 and text[m.end("poss") : p0] == " " and not any(c.start == poss for c in mentions):
        # "in Cox's Bazar": a possessive that names no state is the name's own first word
        p0, place = poss, text[poss : p0 + len(place)]
    if text[m.start()].isupper() and not _FRONTED.match(text, p0 + len(place)):
        return None  # "In Brief: …": a sentence's lead is a place only as "In Baku, X met Y"
    own = next((c for c in mentions if m.start() <= c.start < p0 < c.end), None)
    if own is not None:
        return _mentioned(own.start, mentions)  # "a visit to the Kingdom": the report's state
    if (
        any(c.start <= p0 < c.end for c in mentions)
        or not _plausible(place)
        or _BUILDING_AFTER.match(text, p0 + len(place))
    ):
        return None
    # "in the Amur Region", "a visit to the Batken Region": a region, no city
    region = group == "region" or place.rsplit(None, 1)[-1].lower() in _REGION_WORDS
    name = place.split(" of ")[0] if " of " in place else place
    word = _REGION_AFTER.match(text, p0 + len(place))
    if word and not region:  # "in China's Xinjiang region"
        return Place(f"{name} {word.group(1)}", p0, word.end(), "region")
    kind = "region" if region else "city"
    return Place(DISTRICT_CITIES.get(name, name), p0, p0 + len(place), kind)


# "In Baku, …", "In Astana on Wednesday, …": a fronted place, a comma after it.
_FRONTED = re.compile(r"(?:\s+(?:on|this|last|earlier)\b[^,.;:]{0,20})?,")
_REGION_AFTER = re.compile(r"\s+(region|province|oblast|governorate|prefecture)\b")


# "signed the Ankara Declaration", "the Brasilia Presidential Act": a document that carries
# the name of the capital it was signed in.
_CAPITAL_DOCUMENT = re.compile(
    r"\s+(?:[A-Z][\w-]+\s+){0,2}?(?:Declaration|Accords?|Agreement|Act|Protocol|Treaty|"
    r"Communiqu[eé]|Charter|Memorandum|Convention|Statement)\b"
)


def document_city(text: str, start: int, end: int, mentions: list[CountryMention]) -> Place | None:
    """The capital whose name opens the name of a document signed at `start:end`."""
    lo, hi = start - 40, end + 40
    for c in mentions:
        named = c.kind == "capital" and text[max(0, c.start - 4) : c.start].lower() == "the "
        if named and lo <= c.start < hi and _CAPITAL_DOCUMENT.match(text, c.end):
            return Place(c.surface, c.start, c.end, "the capital the document is named after")
    return None


# "Seoul is preparing to host a trilateral summit", "the Avaza national tourist zone hosted
# the first summit", "Kazakhstan-hosted talks": the place that hosts the gathering.
_HOSTED = re.compile(
    rf"\b(?P<place>{_NAME})(?P<kind>(?:\s+[a-z]+){{1,3}}?)?(?:,\s+which)?"
    r"(?P<verb>-hosted|\s+(?:hosted|hosts|will\s+host|(?:is|was|are|were)\s+(?:preparing|set|"
    r"due|scheduled|expected|slated|ready|going|to)\s+(?:to\s+)?host))\b"
)
_HOST_KIND = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:zone|city|resort|town|island|capital|venue)")
_HOST_GAP = re.compile(r"[^,.;:]{0,60}")
_HOSTS = "the place that hosts it"
_SETTLED_BEFORE = re.compile(r"\b(?:city|resort|town|capital|island|port)\s+of\s+$")


def host_place(
    text: str, start: int, end: int, at: int, mentions: list[CountryMention]
) -> Place | None:
    """The city or state the sentence says hosts the gathering whose word stands at `at`."""
    if text.find("host", start, end) < 0:
        return None
    for m in _HOSTED.finditer(text, start, end):
        gap = _HOST_GAP.match(text, m.end())
        if not (gap and m.start("verb") <= at <= gap.end()):  # "hosted" may be the trigger
            continue
        kind = m.group("kind") or ""
        place = m.group("place")
        # "The Ghana-hosted meeting": the state's name ends the name read
        mention = next((c for c in mentions if m.start("place") <= c.start < m.end("place")), None)
        if mention is not None and mention.end == m.end("place") and not kind:
            named = _mentioned(mention.start, mentions)
            return Place(named.name, named.start, named.end, _HOSTS) if named else None
        settled = kind == "" and _SETTLED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if mention is None and (settled or _HOST_KIND.fullmatch(kind)) and _plausible(place):
            return Place(place, m.start("place"), m.end("place"), _HOSTS)
    return None


_RULES = {
    "city": "named city",
    "region": "named region (no city given)",
    "country": "named country (no city given)",
    "initials": "country named by its initials",  # "a visit to the UAE"
    "implied": "the capital of the state its demonym names",  # "the Turkish capital"
}


def _venue_of(text: str, place: Place, later: list[Place]) -> bool:
    """ "at Melanesian Haus in Port Moresby": a building named right before its city."""
    if place.rule != "city" or not later:
        return False
    gap = text[place.end : later[0].start]
    return re.fullmatch(r",?\s+in\s+|,\s+", gap) is not None


def is_online(text: str, start: int, end: int) -> re.Match[str] | None:
    return ONLINE.search(text, start, end)


_DATELINE_END = re.compile(r"\s(?:--|—|–|-)\s|\)\s*[-–—:]?|:\s")


def dateline_span(text: str, place: Place) -> tuple[int, int]:
    """From the dateline's city to the dash or agency that closes it ("HANOI, Oct. 3 (VNA) –")."""
    end = _DATELINE_END.search(text, place.end, place.end + 80)
    return place.start, end.end() if end else place.end


# The same matches, found faster: a first-character guard on each (see `quick`).
ONLINE = prefilter.sift(quick.fold(ONLINE))
_AT = quick.lead(_AT)  # led by their first letters: `re` tries a `\b` at every position
_AT_THE = quick.lead(_AT_THE)
_DEMONYM_CAPITAL = quick.lead(_DEMONYM_CAPITAL)
_HOSTS_SEAT = quick.lead(_HOSTS_SEAT)
_VENUE_LEAD = quick.guard(_VENUE_LEAD)
_WELCOMED_TO = quick.guard(_WELCOMED_TO)
_OF_GATHERING = quick.lead(_OF_GATHERING)
_VENUE = prefilter.sift(_VENUE)  # tried only where a seat's name stands
_TO = quick.lead(_TO)
_WHERE = prefilter.sift(_WHERE)  # searched before every trigger: tried only after a 'where'
_MASTHEAD = quick.guard(_MASTHEAD)
_TOPIC_BEFORE = quick.guard(_TOPIC_BEFORE)
