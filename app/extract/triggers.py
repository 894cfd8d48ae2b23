"""Classify a sentence: which kinds of diplomatic event does it state?

Reads: one sentence.  Assigns: `Trigger`s — the event type, the words that
fired and the rule.  Signed documents need a signing verb in the sentence
("reached an agreement" with nothing signed is not an event); precedence is
visa_agreement > mou > agreement for one act; intent ("discussed the
possibility of signing", "invited him to visit") fires nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.extract import prefilter, quick, temporal
from app.extract.types import EventType


def _has(seg: str, words: tuple[str, ...]) -> bool:
    """A cheap guard: does the lower-cased span contain any of these word starts?
    (Substring tests, looser than the patterns they guard, so never a missed trigger.)"""
    for w in words:  # noqa: SIM110 (a plain loop: no generator frame per word)
        if w in seg:
            return True
    return False


class _Guard:
    """Guard words (see `_has`): the lower-case ASCII ones registered with the prefilter, the
    others (as "tête-") tested in the lower-cased span."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.ascii = prefilter.Words(tuple(w for w in words if w.isascii()))
        self.others = tuple(w for w in words if not w.isascii())


def _words(*words: str) -> _Guard:
    return _Guard(words)


class _Span:
    """A sentence's span asked which guard words it holds: from where the prefilter's one pass
    over the read document found them (`prefilter.Words`), else by substring tests over the
    span lower-cased (made once)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self._low: str | None = None

    def _lowered(self) -> str:
        if self._low is None:
            self._low = self.text[self.start : self.end].lower()
        return self._low

    def has(self, guard: _Guard) -> bool:
        held = guard.ascii.inside(self.text, self.start, self.end)
        if held is None:
            return _has(self._lowered(), guard.words)
        return held or (bool(guard.others) and _has(self._lowered(), guard.others))


SIGN = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|put(?:s|ting)?\s+pen\s+to\s+paper|conclud(?:ed|es|ing)|"
    # "penned a memorandum", "forged an agreement on reciprocal access" (not "forged ties")
    r"penn(?:ed|ing)|forg(?:ed|es|ing)(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:agreements?|deals?|"
    r"pacts?|accords?|treat(?:y|ies)|memorand))|"
    r"initial(?:l)?ed|seal(?:ed)?|"
    # "adopted a joint statement on strategic partnership" (not "the parliament adopted the
    # agreement": a ratification)
    r"adopt(?:ed|s|ing)\s+(?:a|the)\s+joint\s+(?=declaration|statement|communiqu)|"
    # "exchanged instruments of ratification": a ratification, not a signing
    r"exchang(?:ed|es|ing)\s+(?![^.;]{0,40}?\bratificat)(?:the\s+|an?\s+)?(?:(?:number|series|set|package)\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?:notes|documents|instruments|letters|"
    r"memoranda|memorandum|MoUs?|agreements?)|"
    r"exchange\s+of\s+(?![^.;]{0,40}?\bratificat)(?:the\s+|an?\s+)?(?:(?:number|series|set|package)\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?:notes|documents|instruments|letters|memoranda|"
    r"memorandum|MoUs?|agreements?)|"
    # "A memorandum on tourism … was exchanged by the two ministers": a document handed over
    r"(?:memorand(?:um|a)|MoUs?|agreements?|protocols?|documents?|instruments|notes)\b"
    r"[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+exchanged)\b",
    re.I,
)
NO_ACT = re.compile(
    r"\b(?:possibility|possibilities|prospects?|draft|drafting|preparation|prepar(?:e|ing)|"
    r"negotiat(?:e|ing|ions?)\s+(?:on|of|over)|ready\s+to|"
    # "expressed readiness to sign", "their willingness to conclude": a disposition, no act
    r"(?:readiness|willingness|eagerness|keenness|determination|desire|commitment)\s+to|"
    # "agreed to work towards signing a visa exemption agreement", "moving toward signing"
    r"(?:work(?:s|ed|ing)?|mov(?:e|es|ed|ing)|steps?)\s+(?:towards?|closer\s+to)\s+(?:the\s+)?sign\w*|agreed\s+(?:[\w-]+\s+){0,3}to\s+sign|intends?\s+to|proposals?\s+to|approv\w*\s+(?:the\s+)?signing|"
    r"(?:want|wants|hope|hopes|hoped|wish|wishes)\s+to|could|might|may\s+sign|should|"
    # "We hope that the two countries will be able to sign an agreement": a wish
    r"(?:hope|hopes|hoped|wish|wishes)\s+that|(?:will|would)\s+(?:soon\s+)?be\s+able\s+to|"
    r"would\s+like|interested\s+in|calls?\s+for|called\s+for|urged?|"
    # "Uruguay's push to sign a free trade agreement with China": an aim, not an act
    r"(?:push(?:es|ed)?|bid|drive|attempts?|campaign|quest|ambition)\s+to)\b",
    re.I,
)
VISA = re.compile(
    # "an agreement on visa simplification for businessmen", "a simplified visa regime"
    r"\bvisa(?:s)?[- ](?:free|waiver|exemption|facilitation|simplification|regime|requirements?|"
    r"liberali[sz]ation|abolition)\b|\bsimplified\s+visa\s+(?:regime|procedures?|issuance)\b|"
    # "an agreement on mutual recognition of visas", "on the simplification of visa procedures"
    r"\bmutual\s+recognition\s+of\s+(?:the\s+)?visas\b|"
    r"\b(?:simplification|facilitation|easing)\s+of\s+(?:the\s+)?visa\s+(?:procedures|formalities|issuance)\b|"
    r"\b(?:exemption|abolition|waiver|cancel(?:l)?ation|lifting|simplification|easing|"
    r"facilitation|mutual\s+exemption)\s+(?:of|from)\s+(?:the\s+)?(?:mutual\s+|entry\s+)?visas?"
    r"(?:\s+requirements?)?\b|\bvisa-free\b|"
    # "under which citizens may travel without visas", "to enter … without a visa"
    r"\b(?:under\s+which|allowing|allows?|enabling|enables?|permitting|permits?|lets?|so\s+that)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:travel|enter|stay|visit)\s+(?:[\w’'-]+\s+){0,4}?without\s+"
    r"(?:a\s+|the\s+need\s+for\s+(?:a\s+)?)?visas?\b|"
    # "signed a visa agreement", "a visa deal": English news names visa-easing accords so
    r"\bvisa\s+(?:agreement|accord|deal|pact)s?\b|"
    # "an exchange of notes that doubles the number of visas available to young professionals",
    # "raises the quota of working holiday visas": more visas for each other's nationals
    r"\b(?:doubl|tripl|increas|rais|expand|extend|lift)\w*\s+(?:the\s+)?(?:number|quota|cap|"
    r"allocation)\s+of\s+(?:[\w-]+\s+){0,2}?visas\b|\bworking[- ]holiday\s+visas?\b",
    re.I,
)
VISA_ACT = re.compile(
    r"\b(?:cancel(?:l)?ed|abolished|lifted|waived|scrapped|removed|dropped|introduced)\b[^.]{0,40}\bvisas?\b",
    re.I,
)
DOCUMENTS = re.compile(r"\b[Tt]he\s+(?:two\s+)?documents?\s+(?:was|were|had\s+been)\s+signed\b")
# "witnessed the signing of a number of cooperation documents", "signed 12 documents",
# "Documents on cooperation in education were signed between …": documents not named one by one
SIGNED_DOCUMENTS = re.compile(
    r"\b(?:sign(?:ed|ing)(?:\s+of)?|ink(?:ed|ing))\s+(?!(?:the|these|those|both|all)\s)(?:a\s+(?:number|series|package|set|total|range)\s+"
    r"of\s+|several\s+|a\s+few\s+|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a\s+dozen)\s+)?(?:[\w-]+\s+){0,2}?documents\b"
    r"|\b(?<!the\s)(?<!two\s)[Dd]ocuments\b(?:\s+(?:on|of|in|for)\s+[^.;]{0,80}?)?\s+(?:were|have\s+been|had\s+been)"
    r"\s+signed\b"
)
MOU = re.compile(r"\b[Mm]emorand(?:ums?|a)\b|\bMoUs?\b|\bMOUs?\b")
AGREEMENT = re.compile(
    # (not "the International Convention Centre", "the Convention Hall": a venue)
    r"\b(?:agreements?|treat(?:y|ies)|protocols?|accords?|"
    r"conventions?(?!\s+(?:cent(?:re|er)|hall|complex|palace|bureau)s?\b)|joint\s+(?:declaration|"
    r"statement|communiqu[ée])s?|declarations?|road\s?maps?|programmes?\s+of\s+(?:co-?operation|"
    r"action)|programs?\s+of\s+(?:co-?operation|action)|"
    # "an executive programme for cultural cooperation for the years 2024-2027"
    r"executive\s+program(?:me)?s?|(?:co-?operation|action)\s+(?:programmes?|"
    r"programs?|plans?)|action\s+plans?|plans?\s+of\s+(?:action|consultations?|co-?operation)|"
    # "signed a police cooperation implementation plan"
    r"implementation\s+(?:plans?|programmes?)|"
    r"charters?|pacts?|exchange\s+of\s+notes|"
    # "Tunisia and Japan exchanged notes on a grant of 1.2 billion yen"
    r"(?<=exchanged\s)notes|(?<=exchange\s)notes|"
    # "The notes were exchanged … by Minister X and Ambassador Y": the exchange just told
    r"(?<=[Tt]he\s)notes(?=\s+(?:were|have\s+been|had\s+been)\s+exchanged\b)|"
    # "inked a deal on cross-border electricity trade", "a Statement of Partnership"
    r"deals?|statements?\s+of\s+(?:partnership|intent|co-?operation|principles)|"
    # "signed a Trilateral Framework for Cooperation on Maritime Security"
    r"framework(?=\s+(?:for|on)\s+(?:[\w-]+\s+){0,2}?(?:co-?operation|partnership|action)\b)|"
    r"letters?\s+of\s+intent|"
    # "signed the minutes of the Saudi-Kuwaiti Coordination Council meeting", "agreed minutes"
    r"(?:agreed|final|joint)\s+minutes|minutes(?=\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:meeting|session|talks|consultations|commission|committee|council|round|negotiations|"
    r"sitting)\b)|"
    # "The Strategic Partnership for the European integration of Moldova was signed in 2010",
    # "The Vuvale Partnership was signed by the two countries in 2019": a named partnership
    r"(?-i:(?:(?!The\b)[A-Z][\w'’-]+\s+){1,3}Partnership)(?=[^.;]{0,100}?\b(?:was|were|had\s+been|"
    r"has\s+been)\s+signed\b)|"
    # "signed the Brasilia Presidential Act", "the Final Act"
    r"(?:Presidential|Final|Founding|Constitutive|Additional)\s+Act)\b",
    re.I,
)
RELATIONS = re.compile(
    r"\b(?P<verb>establish(?:ed|es|ing|ment\s+of)?|re-?establish(?:ed|es|ing|ment\s+of)?|"
    r"restor(?:e|ed|es|ing|ation\s+of)|resum(?:e|ed|es|ing|ption\s+of)|"
    r"normali[sz](?:e|ed|es|ing|ation\s+of)|"
    r"set\s+up|sever(?:ed|s|ing|ance\s+of)?|br(?:oke|eak(?:s|ing)?)(?:\s+off)?|cut(?:s|ting)?(?:\s+off)?|"
    r"suspend(?:ed|s|ing)?)\b"
    # (not across other ties: "severed ties with Taiwan and established diplomatic ties with
    # China" is two changes)
    r"(?:(?!\b(?:ties|relations)\b)[^.;]){0,60}?\bdiplomatic\s+(?:relations|ties)\b"
    # "decided to resume the work of their diplomatic missions": relations restored
    # "switched diplomatic recognition from Taipei to Beijing", "shifted its allegiance to China":
    # relations severed with the one and established with the other (`split`)
    r"|\b(?P<switch>(?:switch|shift|transferr?)(?:ed|es|s|ing)?)\s+(?:its\s+|their\s+)?"
    r"(?:diplomatic\s+)?(?:recognition|ties|relations|allegiance)(?=\s+(?:from|to)\b)"
    # "the government of President Tong recognised Taipei": relations with Taiwan (or with
    # China: "recognised Beijing"), the one government of the two a state can recognise
    # ("Palau, which recognises Taiwan", "still recognises Taipei": a standing tie, no change)
    r"|\b(?P<recog>recogni[sz]ed|(?<!which\s)(?<!that\s)(?<!still\s)recogni[sz]es)\s+"
    r"(?=(?-i:Taipei|Taiwan|Beijing)\b)"
    r"|\bresum(?:e|ed|es|ing|ption\s+of)\s+(?:the\s+)?(?:work\s+of\s+)?(?:their|its|the)\s+"
    r"(?:respective\s+)?diplomatic\s+missions\b"
    r"|\b(?:sever(?:ed|s|ing)|br(?:oke|eak(?:s|ing)?)(?:\s+off)?|cut(?:s|ting)?(?:\s+off)?|restored|re-?established|established|resumed|"
    r"normali[sz]ed)\s+(?:(?:bilateral|official|full)\s+)?(?:relations|ties)\s+with\b"
    # "Morocco and Israel normalised relations in December 2020"
    r"|\b(?:normali[sz]ed|restored|re-?established|resumed|severed)\s+(?:(?:bilateral|full|official)\s+)?"
    r"(?:relations|ties)\b"
    # "Relations were established with Kuwait in 1968, with Bahrain in 2000 …"
    r"|\b(?:relations|ties)\s+(?:were|was|had\s+been|have\s+been)\s+(?P<verb4>established|"
    r"re-?established|restored|set\s+up|severed|resumed|normali[sz]ed)\s+with\b"
    # "months after relations were restored in January", "Relations between Doha and Riyadh
    # were normalised in 2021": relations restored or cut, told without "diplomatic"
    r"|(?<!trade\s)(?<!economic\s)\b(?:relations|ties)\s+(?:between\s+(?:the\s+)?(?-i:[A-Z])"
    r"[^.;]{2,60}?\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:fully\s+)?(?:restored|"
    r"re-?established|normali[sz]ed|severed)\b"
    # "relations between Seoul and Dakar, established in October 1962"
    r"|\b(?:diplomatic\s+)?(?:relations|ties)\s+between\s+(?:the\s+)?(?-i:[A-Z])[^,.;]{2,60},\s+"
    r"(?:which\s+were\s+|first\s+)?(?P<verb5>established|set\s+up)\s+(?:in|on)\b"
    # "their diplomatic relations, established in 1964"
    r"|\bdiplomatic\s+(?:relations|ties)\s*,\s*(?:which\s+were\s+|first\s+)?"
    r"(?P<verb3>established|set\s+up|restored|re-?established)\s+(?:in|on)\b"
    # "Diplomatic relations between the Kyrgyz Republic and the People's Republic of China were
    # established on January 5, 1992"
    r"|\bdiplomatic\s+(?:relations|ties)\b[^.;]{0,110}?\b(?:were|was|had\s+been|have\s+been)\s+"
    r"(?P<verb2>established|restored|re-?established|set\s+up|severed|resumed|normali[sz]ed)\b",
    re.I,
)
ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the|their|its|our)?\s*"
    # "the 60th anniversary of the normalization of diplomatic relations"
    r"(?:(?:establishment|normali[sz]ation|restoration)\s+of\s+)?"
    r"(?:the\s+)?(?:bilateral\s+)?diplomatic\s+(?:relations|ties)\b",
    re.I,
)
VISIT_NOUN = re.compile(
    r"\b(?:(?:state|official|working|friendly|private|historic|return|high-level|\w+-day|"
    r"first|current|recent|official\s+and\s+working)\s+)*visit\b(?!s)(?=\s+(?:to|in|of)\b|[^.]{0,80}\bto\b)"
    r"|\b(?:his|her|their|its)\s+(?:\w+\s+){0,3}visit\b(?!s)"
    r"|\b(?:on|for|during|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}visit\b(?!s)"
    r"|[’']s\s+(?:[\w-]+\s+){0,3}visit\b(?!s)"
    r"|\bpa(?:id|y|ys|ying)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}visit\b"
    r"|\bpaid\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,2}visits(?=\s+to\b)",
    re.I,
)
VISIT_VERB = re.compile(
    r"\b(?:visited|visiting|(?:will|would|to|shall)\s+(?:also\s+)?visit|"
    # "arrived today in Nouakchott", "arrived on Sunday in Hanoi", "arrives late Monday in …"
    r"arriv(?:ed|es|e)\s+(?:(?:today|yesterday|tonight|earlier|here|late|early|on\s+\w+|"
    r"(?:this|on\s+\w+)\s+(?:morning|afternoon|evening|night))\s+){0,2}in"
    # a place after it (not fruit that "arrive in the off-season")
    r"(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:[\w-]+\s+)?(?:capital|city|country|kingdom|republic|"
    r"islands?|state|region|province|emirate|sultanate)\b))|"
    # "… in Caracas, where Young arrived on Sunday at the head of a delegation": the place before
    r"(?<=where\s)(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:had\s+)?arrived\b(?!\s+(?:in|at)\b)|travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?to|flew\s+(?:on\s+)?to|landed\s+in|hosted|hosts|"
    # "will fly to Accra on Thursday", "is flying to Suva" (a person's trip to a place named)
    r"(?:(?<=will\s)|(?<=to\s)|(?<=is\s)|(?<=then\s))fly(?:ing)?\s+to(?=\s+(?-i:[A-Z]))|flies\s+to(?=\s+(?-i:[A-Z]))|"
    # "will proceed to the United Arab Emirates on Tuesday" (not "proceeded to sign")
    r"proceed(?:s|ed|ing)?\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "… his second visit to Suva this year, after he travelled there in February"
    r"(?:(?<=\bafter\she\s)|(?<=\bafter\sshe\s)|(?<=\bafter\sthey\s))"
    r"(?:travell?ed|went|flew)\s+there\b|"
    # "will host Indonesian President Prabowo", "is expected to host Modi" (a person: `_HOSTED_EVENT`)
    r"(?:(?<=will\s)|(?<=to\s))host(?=\s+(?:his|her)\s|\s+(?:the\s+)?(?:visiting\s+)?(?-i:[A-Z])|"
    r"\s+(?:talks|a\s+(?:[\w-]+\s+)?(?:meeting|dinner|lunch|banquet))\s+with\s)|"
    # "will leave for Uzbekistan", "heads to the Philippines", "departed for Belgrade"
    # (not "before leaving for Sarajevo": the next leg, told only as a departure)
    # (nor "before we head to Canada": a quoted "we", a team or a crowd, not a state's envoy)
    r"(?<!before\s)(?<!\bwe\s)(?:left|leaves?|leaving|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|set(?:s|ting)?\s+off|"
    r"set(?:s|ting)?\s+out)\s+(?:for|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "is due to continue his African tour with a stop in Dar es Salaam", "continued her
    # regional trip to Lusaka", "will make a stopover in Vientiane": the tour's next leg
    r"continu(?:e|es|ed|ing)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:tour|trip|journey)\s+"
    r"(?:with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:stop(?:over)?|visit|leg)\s+)?(?:in|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"(?:make|makes|made|making)\s+(?:a|an)\s+(?:[\w-]+\s+)?stop(?:over)?\s+in(?=\s+(?-i:[A-Z]))|"
    # "Mr Tuggar is expected in Rabat later this month"
    r"(?:is|are)\s+(?:also\s+)?(?:expected|due)\s+in(?=\s+[A-Z])|"
    # "Marape, who is in Canberra from Sunday until Wednesday", "who was in Lima for talks":
    # a stay the clause bounds in time or gives a purpose
    r"(?<=who\s)(?:is|are|was|were)\s+(?:currently\s+|now\s+)?in(?=\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?,?\s+(?:from|until|till|through|since|this\s+week|"
    r"for\s+(?:a|an|the|his|her|their|talks|meetings|consultations)|on\s+(?:a|an|his|her|their)))|"
    # "Tautahi was in Fiji from 5 to 7 October", "X is in China from July 7 to 12": a stay
    # bounded by a range of days
    r"(?<=[\w'’]\s)(?P<stay>is|are|was|were)\s+in(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+from\s+(?:\d{1,2}|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}|(?-i:[A-Z])[a-z]+day)(?:st|nd|rd|th)?"
    r"\s+(?:to|until|till|through)\s+(?:\d{1,2}(?:\s+(?-i:[A-Z])[a-z]+\.?)?|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}|"
    # the stay told for itself ("…, his first trip", "at the invitation of"), not "to attend"
    r"(?-i:[A-Z])[a-z]+day)(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?:\s*[,.;]|\s+at\s+the\s+invitation\b))|"
    # "He began the trip in Cape Verde on Sunday", "started her tour in Hanoi": its first leg
    r"(?:began|begins|started|starts|kicked\s+off|opened)\s+(?:the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:trip|tour|visit|journey)\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "will lead a cross-party delegation to Samoa, Tonga and Fiji", "headed a trade mission to"
    r"(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?:delegation|mission)\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # a headline's present: "… as James Marape visits Canberra"
    r"visits(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "made a historic apostolic journey to Abu Dhabi", "make his first official trip to Brazil"
    r"(?:made|make|makes|making|undert(?:ook|ake|akes|aking))\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}(?:journey|trip)\s+to|"
    # "concluded a tour of Nigeria and Ghana", "on a three-nation tour of …"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?tour\s+(?:of|to)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # "a tour that earlier took him to Turkmenistan and Kazakhstan": more visits
    # "… took His Highness to the Philippines", "took the President to Laos"
    # "a tour that will also take him to Laos and Cambodia": the legs to come
    r"(?P<tour>(?:took|(?:will|would|is\s+to)\s+(?:also\s+)?take|(?:is|are)\s+(?:also\s+)?taking)"
    r"\s+(?:him|her|them|(?:His|Her)\s+(?:Highness|Majesty|Excellency)|"
    r"the\s+(?:President|Prime\s+Minister|Minister|Amir|Emir|King|Queen|Premier|Chancellor|"
    r"Pope|Crown\s+Prince|Sultan|leader|delegation))\s+to))\b",
    re.I,
)
NO_VISIT = re.compile(
    r"\binvit\w*\b[^.;]{0,90}?\bto\s+visit\b|\bexchange\s+of\s+visits\b|"
    r"\bhost(?:s|ed|ing)?\s+(?:[\w,-]+\s+){0,5}(?:refugees|migrants|asylum|displaced|"
    r"tournament|championship|games|festival|exhibition|expo|cup)\b|"
    r"\b(?:could|might|may)\s+(?:meet|hold|visit)\b[^.]{0,60}\bif\b|"
    r"\bif\b[^.;]{0,100}?,[^.;]{0,60}?\b(?:could|might|may|would)\s+(?:meet|hold|visit)\b|"
    # "chose instead to travel to Brazil for a conservative political conference": a party's
    # or a campaign's event abroad, no official visit
    r"\b(?:travel(?:s|led|ed|ling|ing)?|flew|fly|went|go(?:es)?|trip)\s+to\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:for|to\s+attend|to\s+address)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:political|party|partisan|conservative|liberal|campaign|electoral|religious|private|"
    r"family)\s+(?:conference|rally|convention|event|gathering|congress|forum|summit|wedding)\b|"
    # "which hosts no churches", aircraft and aid that land ("has not yet travelled to Dili",
    # "who had never visited Japan before, arrived in Tokyo": only the negated verb is no
    # visit, see `_UNREALISED_BEFORE`)
    r"\bhosts?\s+no\b|"
    r"\b(?:aircraft|plane|jet|flight|Hercules|C-\d+\w*|ship|vessel|cargo|shipment|aid|troops)\b"
    r"[^.]{0,160}\b(?:landed|arrived|docked)\b|"
    # "Venezuelan migrants arrived in Colombia", "tourists from India visited Nepal"
    r"\b(?:tourists|migrants|refugees|asylum[- ]seekers|pilgrims|fans|supporters|passengers|"
    # ("Russian tourists have been able to visit Serbia without visas")
    r"holidaymakers|travell?ers)\b[^.]{0,60}\b(?:arriv(?:e|ed|es|ing)|visit(?:s|ed|ing)?|landed|travell?ed|"
    r"flew|flocked)\b|"
    # "The Ukrainian delegation arrived in Paris for the Olympic Games"
    r"\b(?:delegation|athletes|contingent)\b[^.]{0,60}\b(?:arrived|landed)\b[^.]{0,60}"
    r"\b(?:Olympic|Paralympic|Games|Championships?)\b",
    re.I,
)
# "the third", "the twelfth": the numbers of a series' sittings, in words
SITTING_ORDINALS: str = "|".join(temporal.ORDINAL_WORDS[:12])  # first … twelfth
MEETING = re.compile(
    r"\b(?:met|meets|meet|meeting|talks|held\s+talks|negotiations|"
    # "held separate bilateral talks with A and B": one talk with each (`visitors`)
    r"(?:held|hold|holds|holding)\s+(?:separate|bilateral)\s+(?:bilateral\s+)?talks|"
    r"round\s+of\s+(?:[\w-]+\s+){0,2}consultations|political\s+consultations?|"
    r"held\s+(?:[\w-]+\s+){0,2}consultations|consultations\s+(?:were|was)\s+held|"
    r"held\s+(?:the|their|a|an|its)\s+(?:[\w'’-]+\s+){0,3}consultations?|"
    r"(?:phone|telephone)\s+(?:call|conversation|talk)s?|"
    r"(?:spoke|spoken|talked|speak|speaks|talk|talks)\s+(?:by|on\s+the|over\s+the)\s+(?:phone|telephone)|"
    # "had conferred by telephone last Tuesday", "consulted by phone", "conversed over the phone"
    r"(?:conferred|consulted|conversed)\s+(?:by|on|over)\s+(?:the\s+)?(?:phone|telephone)\b|"
    # "discussed regional security over the phone", "the call between Ruto and Samia"
    r"(?<=\s)(?:over|by|on)\s+the\s+(?:phone|telephone)|(?:phone\s+|telephone\s+)?call\s+between|"
    r"video\s*(?:conference|call|link)|videoconference|"
    # ("received, at the Blue Palace in Cetinje, the letters of credence": a place aside)
    r"received(?:,\s*(?:at|in)\s+[^,.]{3,60}?,)?\s+(?:on\s+\w+\s+|today\s+|yesterday\s+|at\s+[^,.]{3,40}?\s+){0,2}"
    # a person or a call, never a thing: "received aid planes from Saudi Arabia"
    r"(?!(?:a|an|the|\d[\d,.]*)?\s*(?:[\w-]+\s+)?(?:aid|support|assistance|funding|funds|"
    r"donations?|planes?|aircraft|shipments?|vaccines?|doses|awards?|prizes?|messages?|"
    r"invitations?|applications?|requests?|complaints?|reports?|training|loans?|grants?|"
    r"investments?|tons|tonnes|refugees|migrants|votes|criticism|approval|praise|"
    r"(?:m|b)illions?)\b)"
    r"(?=(?:a|the|an)?\s*(?:phone|telephone|call|delegation|credentials|letters?\s+of\s+"
    r"credence|ambassador|visiting|newly)|[A-Z])|"
    r"receives\s+(?=[A-Z])|hosted|co-chaired|courtesy\s+call|summit\s+with|"
    # "called Kyrgyz President Sadyr Japarov to congratulate him", "called his Turkish
    # counterpart": a phone call (not "called for", "called off", "called X's remarks …")
    r"called\s+(?=(?:his|her|their)\s+(?:[\w-]+\s+)?counterpart\b|(?:the\s+)?"
    r"(?:(?!for\b|upon\b|off\b|out\b|up\b|back\b|in\b)[\w-]+\s+){0,2}(?:President|Prime\s+Minister|"
    r"Premier|Chancellor|King|Emir|Amir|Sultan|Crown\s+Prince|Foreign\s+Minister)\s+\w)"
    r"(?![^.;]{0,80}['’]s\s)|"
    # "received a courtesy visit from the newly appointed Ambassador", "bilateral discussions"
    r"(?:courtesy|farewell|introductory)\s+visit|bilateral\s+discussions|"
    # "held a tete-a-tete", "had a working lunch", "the Foreign Office Consultations", "led
    # their respective delegations at the talks"
    r"t[eê]te-[aà]-t[eê]te|working\s+(?:lunch|dinner|breakfast)|"
    r"(?:foreign\s+office|inter-?ministerial)\s+consultations|"
    r"led\s+(?:their|the)\s+(?:respective\s+)?delegations|"
    # "will receive Uzbek Foreign Minister Saidov", "is set to receive his counterpart": a
    # reception to come (a person, not a gathering: `_HOSTED_EVENT`).  "will host X" is a
    # visit alone ("will host his Namibian counterpart for a state visit")
    r"(?:(?<=will\s)|(?<=to\s)|(?<=shall\s))(?:receive|welcome)\s+(?=(?:his|her)\s|"
    r"(?:the\s+)?(?:visiting\s+|newly\s+)?(?-i:[A-Z]))|"
    # "welcomed Brazilian President Lula at the Torre Ejecutiva": a person, never a decision
    # ("welcomed Chinese President Xi's proposal") or a thing
    r"welcom(?:ed|es)\s+(?=(?:his|her)\s+(?:[\w-]+\s+)?counterpart|(?:a|the)\s+(?:[\w-]+\s+)?delegation\b|"
    r"(?:the\s+)?(?:visiting\s+)?"
    # ("welcomed Ghana's President Nana Akufo-Addo to Jamaica House")
    r"(?:(?-i:[A-Z])[\w-]+(?:['’]s)?\s+){0,2}(?-i:President|Prime\s+Minister|Premier|Chancellor|King|Queen|"
    r"Emir|Amir|Sultan|Crown\s+Prince|(?:Foreign\s+|Defen[cs]e\s+)?Minister|Vice[- ]President|"
    r"Speaker|Secretary)\s+(?:(?-i:[A-Z])[\w.-]+\s+)*(?-i:[A-Z])[\w-]+\b(?!['’]s)"
    r"(?!\s+(?-i:[A-Z])))|"
    # "exchanged views with the Iranian Foreign Minister", "held an exchange of views"
    r"exchang(?:ed|es|ing)\s+views\s+with|exchange\s+of\s+views\s+with|"
    r"(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+)?exchange\s+of\s+views|"
    # "called on the King", not an appeal ("called on citizens to remain calm")
    r"called\s+on(?!\s+(?:all\s+|the\s+|both\s+|its\s+|their\s+|his\s+|her\s+|fellow\s+)?"
    r"(?:citizens|people|public|nation|nations|parties|sides|countries|states|governments|"
    r"community|members|residents|everyone|youth|voters|supporters|compatriots)\b)|"
    # "received in audience", "is scheduled to have an audience with the Yang di-Pertuan Agong"
    r"receiv(?:ed|es)\s+(?:\w+\s+)?in\s+audience|audience\s+with|"
    # "held bilateral meetings with his counterparts", "conferred with", "held discussions"
    r"(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}(?:meetings|discussions)|conferred\s+with|"
    # "held a summit", "held the first trilateral summit", "held their annual summit"
    r"held\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,3}summit|"
    r"(?:meeting|session)\s+of\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,4}(?:commission|committee|council|groups?)|"
    # "convened the fifth session of the Joint Permanent Commission", "agreed to convene a summit"
    r"(?:convene|convenes|convened|convening)\s+(?:a|an|the|their|its)\s+(?:[\w'’+-]+\s+){0,3}(?:summit|talks|"
    r"meeting|consultations|session|dialogue|retreat)|"
    r"held\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’+-]+\s+){0,3}(?:retreat|dialogue|sessions?)|"
    # "President Ruto telephoned President Samia", "phoned her Ecuadorian counterpart", "spoke
    # with the Iranian Foreign Minister by phone", "held a conversation", "sat down with"
    r"(?:tele)?phon(?:ed|es)\s+(?=(?:his|her|their)\s|(?:the\s+)?(?-i:[A-Z])|to\s+(?:congratulate|discuss|"
    r"express|offer|convey|thank|condole|extend))|"
    r"(?:spoke|talked|speaks)\s+with\b[^.;]{0,120}?\b(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone)\b|"
    # "Secretary Blinken spoke today with Solomon Islands Prime Minister Manele" (a readout):
    # an official spoken with, not "spoke with reporters"
    r"(?:spoke|speaks|talked)\s+(?:today\s+|yesterday\s+|on\s+(?-i:[A-Z])[a-z]+day\s+)?with\s+"
    r"(?=(?:his|her)\s+(?:[\w-]+\s+){0,2}counterpart|(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}"
    r"(?-i:President|Prime\s+Minister|Premier|Foreign\s+Minister|Minister|Secretary|Chancellor|"
    r"King|Queen|Emir|Amir|Sultan|Crown\s+Prince)\b)|"
    r"(?:held|had|hold|holds)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}conversation|"
    r"sat\s+down\s+(?:together\s+)?with|"
    r"(?:held|had)\s+(?:a|an)\s+bilateral(?=\s*(?:[.,;]|(?:in|on|at|with)\b))|"
    # "discussed bilateral ties with his Omani counterpart"
    r"discuss(?:ed|es)\b(?=[^.;]{0,100}?\bwith\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b)|"
    # "the President will call on King Norodom Sihamoni", "paid a courtesy call on"
    r"call(?:s|ed|ing)?\s+on\s+(?=(?:the\s+)?(?:President|King|Queen|Prime|Emir|Amir|Sultan|"
    r"Crown|Speaker|Chairman|Chancellor|Vice)\b)|"
    # "will hold their second Foreign and Defense Ministerial (2+2) dialogue in Tokyo"
    r"(?:hold|holds|will\s+hold)\s+(?:a|an|the|their|its)\s+(?:[\w'’+-]+\s+){0,3}"
    r"(?:(?:[\w'’-]+\s+){0,3}\([\w+-]{1,10}\)\s+)?(?:summit|talks|meeting|"
    r"consultations|session|dialogue|retreat)|"
    # "will hold the third binational cabinet", "held the joint cabinet meeting"
    r"(?:hold|holds|held|will\s+hold)\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:binational|bi-national|joint)\s+cabinet|"
    # "Ramaphosa hosts Angolan counterpart Joao Lourenco" (a headline's present)
    r"hosts\s+(?=(?:(?:his|her|their)\s+)?(?:[\w-]+\s+)?counterparts?\b|(?-i:[A-Z])[\w-]+\s+(?-i:President|"
    r"Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|Crown\s+Prince|Chancellor|Foreign\s+Minister|"
    r"Vice[- ]President|Speaker)\b)|"
    # "after the 3rd round of FOC" (foreign office consultations)
    r"rounds?\s+of\s+(?:the\s+)?FOC|"
    # "The Algerian-Tunisian Great Joint Commission is due to hold its 23rd session in Algiers"
    r"(?:hold|holds|will\s+hold)\s+its\s+(?:[\w'’-]+\s+){0,2}(?:session|meeting|sitting)|"
    r"farewell\s+(?:call|visit|meeting)|"
    # "is scheduled to have an audience with the Yang di-Pertuan Agong", "received in audience"
    r"audience\s+with|received\s+in\s+(?:an\s+)?audience|grant(?:ed|s)\s+(?:an?\s+)?(?:royal\s+|private\s+|special\s+)?audience\b|(?<=during\s)an\s+audience\b|"
    r"(?:summit|session|round)(?=\s+(?:will\s+be\s+held|took\s+place|was\s+held|"
    r"is\s+(?:due|scheduled|set|expected)))|"
    # a named recurring meeting told as scheduled or held: "This year's Leaders' Retreat is
    # scheduled to take place in Singapore", "the Strategic Dialogue will take place in Delhi"
    r"(?<!Business\s)(?<!Investment\s)(?<!Economic\s)(?<!Youth\s)(?<!Media\s)"
    r"(?:retreat|forum|dialogue|consultations?|summit|session)(?=(?:\s+(?:of|between)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?(?:,[^.;]{0,160}?,)?\s+(?:(?:is|are|was|were)\s+"
    r"(?:now\s+)?(?:due|scheduled|set|expected|slated|planned)\s+(?:to\s+(?:take\s+place|"
    r"be\s+held|convene)|for)|(?:will|would)\s+(?:now\s+)?(?:take\s+place|be\s+held|convene)|"
    r"took\s+place|(?:was|were)\s+held))|"
    r"present(?:ed|s)?\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:his|her|their|the)\s+(?:credentials|letters?\s+of\s+credence)|"
    # "President Rinkēvičs accepted the credentials of the newly appointed ambassadors of …"
    r"accept(?:ed|s|ing)?\s+(?:the\s+)?(?:credentials|letters?\s+of\s+credence|copies\s+of)|"
    # "The summit brought together the leaders of …"
    r"brought\s+together|"
    # "Boluarte and Noboa led the XV Peru-Ecuador Binational Cabinet", "chaired the joint commission"
    r"(?:led|leads|lead|headed|chaired|co-chaired|co-led)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
    r"(?:binational|bi-national|joint|intergovernmental|inter-governmental)\s+"
    r"(?:cabinet|commission|committee|consultations)|"
    # "after taking part in the summit of the BRICS group", "attended the SCO summit"
    r"(?P<attend>(?:t[ao]k(?:e|es|ing|en)|took)\s+part\s+in|attend(?:ed|s|ing)?)\s+(?:the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,3}summit|"
    # "The third political consultation was held in Dhaka", "the next round will be held …"
    # "The BRICS summit, held from 22 to 24 August in Johannesburg"
    r"(?:summit|meeting|talks|consultations|session|forum|retreat),?\s+held\s+(?=in|on|at|from|between|via|virtually|online)|"
    r"(?:consultations?|meeting|session|round|cabinet|commission|summit|dialogue|forum|retreat)"
    r"(?:\s+(?:of|between)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+"
    r"(?:was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been)\s+(?:also\s+)?held|"
    # "The third FSC was held in Dhaka in 2019", "the 5th JCC will be held in Abuja": a
    # numbered sitting named by its acronym
    rf"(?:{SITTING_ORDINALS}|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?-i:[A-Z]{2,6})\s+(?:was|were|will\s+be|would\s+be|is\s+to\s+be|"
    r"had\s+been)\s+held|"
    # "for the fourth Philippines-US 2+2 Ministerial Dialogue, which he and Austin will hold
    # with Manalo and Teodoro": a meeting its relative clause says they will hold
    r"(?:dialogue|meeting|talks|consultations|session|summit)(?=,\s+which\s+[^.;]{0,80}?"
    r"\b(?:will|would|are\s+to|is\s+to|are\s+due\s+to)\s+(?:co-)?(?:hold|chair)\b)|"
    # "is scheduled to be received by President X", "was received by the Emir"
    r"(?:was|were|is|be|been|being)\s+received\s+by)\b",
    re.I,
)
NO_MEETING = re.compile(
    r"\bmet\s+(?:with\s+)?(?:[\w-]+\s+)?(?:criticism|resistance|protests?|opposition|fire|"
    r"scepticism|skepticism|anger|condemnation)\b|\bpeace\s+talks\b(?=.*\bwar\b)|"
    r"\bcall(?:ed|s|ing)?\s+(?:on|upon)\b[^.]{0,80}?\bto\s+(?:return|resume|start|begin|hold|end|stop|"
    r"remain|stay|refrain|exercise|respect|show|support|join|ensure|stand|withdraw|release|"
    r"reject|condemn|cease|halt|lift|implement|comply|abide|avoid|keep|protect|uphold)\b|"
    # "called on citizens to remain calm": an appeal to a public, not a call on an official
    r"\bcall(?:ed|s|ing)?\s+(?:on|upon)\s+(?:all\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:citizens|people|public|population|nationals|residents|community|parties|sides|"
    r"countries|nations|authorities|governments|everyone|youth)\b|"
    r"\b(?:could|might|may)\s+(?:meet|hold|visit)\b[^.]{0,60}\bif\b|"
    # "If the talks succeed, the two presidents could meet in March": the condition first
    r"\bif\b[^.;]{0,100}?,[^.;]{0,60}?\b(?:could|might|may|would)\s+(?:meet|hold|visit)\b",
    re.I,
)

# "met the press", "meets reporters": a minister briefing the media, not talks.
_PRESS = re.compile(
    r"\s+(?:with\s+)?(?:the\s+)?(?:press|media|reporters|journalists|newsmen)\b", re.I
)
# "projects must meet environmental standards": a test passed, not a meeting
_MEET_STANDARD = re.compile(
    r"\s+(?:the\s+|all\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:standards|"
    r"requirements|criteria|needs|demands?|targets?|expectations|conditions|obligations|"
    r"deadlines?|goals)\b",
    re.I,
)
# "a concert that brought together Rwandan, Congolese and Ghanaian musicians": people of no
# government gathered (not "brought together the leaders of …")
_TOGETHER_NOT_OFFICIALS = re.compile(
    r"\s+(?:(?:some|about|over|more\s+than|nearly)\s+)?(?:[\d,]+\s+)?(?:the\s+)?"
    r"(?:[\w'’-]+,?\s+(?:and\s+)?){0,5}?(?:musicians|artists|athletes|students|performers|"
    r"dancers|writers|filmmakers|players|teams|fans|youths?|children|entrepreneurs|businesses|"
    r"companies|exhibitors|farmers|scientists|researchers|academics|chefs|designers)\b",
    re.I,
)
# "The Ghanaian team arrived in Uyo … officials of the Nigeria Football Federation",
# "the two teams last met in the playoff": sides of a match travel and meet, not states.
_TEAM = re.compile(r"\b(?:teams?|squads?|players|footballers|cricketers|athletes)\b", re.I)
_SPORT = re.compile(
    r"\b(?:football|soccer|cricket|rugby|basketball|volleyball|handball|hockey|athletics|"
    r"coach(?:es)?|match(?:es)?|fixtures?|friendly|qualifiers?|tournament|championship|league|cup|"
    r"playoffs?|play-offs?|stadium|goals?|draw|(?:test|one-day|t20)\s+series|olympics?|paralympics?|"
    r"\w+-match\s+(?:test\s+)?series)\b",
    re.I,
)
# "hosted the Super Eagles in Kumasi on Saturday, winning 2-1": a score
_SCORE = re.compile(
    r"\b(?:won|wins?|winning|beat|beating|defeated|drew|lost|losing)\b[^.]{0,40}?\b\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss)\b",
    re.I,
)
# "called on citizens to remain calm", "called on the Sudanese themselves to find a solution":
# an appeal, not a courtesy call
_APPEAL = re.compile(
    r"\s+(?:all\s+|the\s+|its\s+|their\s+|his\s+|her\s+|fellow\s+|both\s+)?(?:[\w-]+\s+)?"
    r"(?:citizens|people|public|population|nationals|parties|sides|community|world|authorities|"
    r"governments|countries|states|members|youth|residents|stakeholders|investors|everyone|"
    r"compatriots|voters|leaders|\w+ans|\w+ese|\w+is)\b(?:\s+\w+){0,3}\s+to\s+\w+",
    re.I,
)
# "met with members of the business community", "held talks with opposition leaders", "met
# the heads of the Bulgarian community in Skopje": people of no state's office
_NON_STATE = re.compile(
    r"\s+(?:with\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:community|communities|diaspora|"
    r"opposition|landowners|students|traders|farmers|investors|businesspeople|businessmen|"
    # "will meet Singaporean businesses operating in the industrial parks"
    r"businesses|companies|firms|entrepreneurs|"
    r"business\s+(?:leaders|people|owners|executives)|executives|civil\s+society|"
    r"religious\s+leaders|traditional\s+(?:leaders|rulers)|chiefs|youths?|residents|refugees|"
    r"victims|workers|trade\s+unions?|employees|fans)\b"
)  # case-sensitive: "the Caribbean Community" is an organisation of states
# "visited the areas affected by the fires", "visited flood victims": a site or people, not a state
_VISITED_SITE = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:areas?|victims|sites?|villages?|hospitals?|"
    r"camps?|families|wounded|injured|factory|factories|plant|farms?|schools?|troops|soldiers|"
    r"residents|communities|markets?|mines?|construction|projects?|exhibition|stands?|pavilion)\b"
    # "visited the Valaam monastery", "visited the Hiroshima Peace Memorial Museum"
    r"|\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[Mm]onastery|[Cc]athedral|[Mm]osque|[Tt]emple|[Cc]hurch|"
    r"[Mm]useum|[Mm]emorial|[Mm]ausoleum|[Mm]onument|[Cc]emetery|[Ss]hrine|[Pp]agoda|[Pp]ark|"
    r"[Uu]niversity|[Ff]actory|[Pp]lant|[Pp]ort|[Ee]xhibition|[Ff]air)\b"
)  # case-sensitive: "visited Kenya's flood-hit areas" is still a visit to Kenya
# "Malawi received a donation of maize from Zambia": a thing received, not a visitor
_RECEIVED_THING = re.compile(
    r"\s*(?:a|an|the|some|its|their)?\s*(?:[\w-]+\s+){0,2}(?:donations?|aid|consignments?|"
    r"shipments?|batch|assistance|support|funding|funds|grants?|loans?|tonnes|tons|doses|vaccines|"
    r"reports?|awards?|prizes?|medals?|equipment|supplies|relief|orders?|titles?|honou?rs?|"
    r"decorations?|doctorates?|degrees?|vessels?|ships?|jets?|aircraft|helicopters?|weapons)\b",
    re.I,
)
_TALKS_WITH = frozenset({"met", "meets", "meet", "talks", "held talks", "meeting"})
_TEAM_WORDS = _words("team", "squad", "players", "footballers", "cricketers", "athletes")


def _sport(text: str, span: _Span, start: int, end: int) -> bool:
    """A sports side's trip or match: a score, or a team word and a sports word in one
    sentence."""
    if text.find("-", start, end) >= 0 and _SCORE.search(text, start, end):
        return True
    return (
        span.has(_TEAM_WORDS)
        and _TEAM.search(text, start, end) is not None
        and _SPORT.search(text, start, end) is not None
    )


BACK_DOCUMENTS = "back-reference: 'the document was signed'"
PREPARED = "a gathering being prepared"
# "discussed preparations for the Jordanian-Egyptian-Iraqi tripartite summit to be held in
# Baghdad": a planned meeting beside the one the sentence reports
_PREPARED = re.compile(
    r"(?<=\bpreparations\sfor\s)(?:the\s+)?(?:upcoming\s+|next\s+|forthcoming\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|session|consultations)\b",
    re.I,
)
# …of the states it names or of the pair's own bodies, not a bloc's ("the SCO summit")
_OWN_GATHERING = re.compile(
    r"(?i)(?-i:[A-Z][\w'’]+-[A-Z])|\b(?:joint|intergovernmental|inter-governmental|bilateral|binational|"
    r"bi-national|tripartite|trilateral|quadrilateral)\b"
)
_ATTENDED = "a summit attended"
TOUR = "the legs of a tour"
STAY = "a stay bounded by a range of days"


def _visit_rule(m: re.Match[str]) -> str:
    """The rule of a visit phrase: a tour's legs, a stay ("was in Fiji from 5 to 7 October"),
    else a visit."""
    groups = m.groupdict()
    return TOUR if groups.get("tour") else STAY if groups.get("stay") else "visit"


_DEFINITE = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+)?$")
_ENDING = re.compile(
    r"(?i)\b(?:conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|wrapp?(?:ed|ing|s)?\s+up|cut(?:ting)?\s+short)\s+$"
)
_DOCUMENT_REFERENCE = re.compile(
    r"(?i)(?:the\s+)?(?:agreement|memorandum|accord|treaty|deal|document|declaration|mou)"
)
_SIGNED_AFTER = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:signed|inked)\b")
_TOOK_PLACE = re.compile(r"(?i)\s+(?:took\s+place|was\s+(?:held|conducted|witnessed|made))\b")
# "since the two countries restored ties", "since they established relations": the relations
# told as the time from which something is counted (with no year: no act reported)
_SINCE_RELATIONS = re.compile(
    r"(?i)\bsince\s+(?:the\s+two\s+(?:countries|sides|nations|states|neighbou?rs|governments)|"
    r"they|both\s+(?:countries|sides)|(?-i:[A-Z][\w-]+)\s+and\s+(?-i:[A-Z][\w-]+))\s+"
    r"(?:first\s+|formally\s+)?$"
)
_YEAR_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:1[89]|20)\d\d\b")
# "would meet regularly", "will meet annually": a practice agreed, not an event
_HABIT_AFTER = re.compile(
    r"\s+(?:regularly|periodically|annually|yearly|twice\s+a\s+year|once\s+a\s+year|"
    r"every\s+(?:year|month|quarter|six\s+months|two\s+years)|on\s+a\s+regular\s+basis)\b"
)
# "The two countries have held political consultations … on a regular basis since 2009"
_HELD_HABIT = re.compile(r"(?i)\b(?:has|have)\s+(?:been\s+holding|held|conducted|had)\b")
_HABIT_IN_CLAUSE = re.compile(r"[^.;]{0,80}?" + _HABIT_AFTER.pattern)
# "signed the deal with …", "inked the agreement at …": a definite document, no new name after
_SIGNED_THE = re.compile(r"(?i)\b(?:signed|inked|sealed)\s+the\s+$")
_REFERENCE_AFTER = re.compile(
    r"\s*(?:[,.;]|$)|\s+(?:with|at|in|during|after|before|on\s+behalf|together|alongside|"
    r"yesterday|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
# "Peruvian tourists visiting Indonesia", "3,000 Indonesians visited Peru": no officials
_PRIVATE_TRAVELLERS = re.compile(
    r"\b(?:tourists?|holidaymakers|backpackers|pilgrims|travell?ers|visitors|students|"
    r"migrants|investors|fans)\s+(?:who\s+)?$"
    r"|\b(?:citizens|nationals|residents|passport\s+holders)\b[^,.;]{0,45}$"
    r"|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|hundreds\s+of|"
    r"thousands\s+of|millions\s+of)\s+(?:million\s+|thousand\s+)?(?:[A-Z][a-z]+ans|[A-Z][a-z]+is|"
    r"people|persons)\s+$"
    # "Kenyans travelling to the United Arab Emirates will no longer need a visa": a people
    # opening the sentence, no officials
    r"|(?<![\w'’,-]\s)(?<![\w'’-])(?-i:[A-Z][a-z]+(?:ans|is))\s+(?:who\s+(?:are\s+)?)?$"
    # "the donations of rice that have arrived in Cuban ports": goods, no one's trip
    r"|\b(?:donations|supplies|goods|consignments?|shipments?|cargoes|containers|vaccines|doses)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:that|which)\s+(?:have|has|had)(?:\s+already)?)?\s+$"
)
# a bloc's council by its title: a gathering of all its members, not a bilateral meeting
# "a Diamond League meeting", "an athletics meeting", "the race meeting at Ascot": a sports meet
_SPORT_MEETING = re.compile(
    r"\b(?:League|[Aa]thletics|[Tt]rack(?:\s+and\s+field)?|[Rr]ace|[Ss]wimming|Grand\s+Prix|"
    r"[Ii]ndoor|[Oo]utdoor|[Gg]olden\s+[Ll]eague)\s+$"
)
# "agreed to remain in close contact ahead of the Pacific Islands Forum Leaders Meeting later
# this year": a bloc's gathering named as a time, no meeting of the sentence's officials
_AHEAD_OF_NAMED = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:the\s+|next\s+"
    r"(?:week|month|year)['’]s\s+|this\s+year['’]s\s+)?(?:[A-Z][\w'’-]*\s+){1,6}$"
    # "are due to attend the Pacific Islands Forum Foreign Ministers Meeting": a gathering (not
    # "the India-Australia Summit", a pair's own)
    r"|\battend(?:s|ed|ing)?\s+the\s+(?:[A-Z][\w'’]*\s+){1,6}$"
)
# "to close the tariff negotiations", "to conclude the negotiations on": a process's end
_TO_CLOSE = re.compile(
    r"(?i)\b(?:close|conclude|finali[sz]e|complete|wrap\s+up)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_COUNCIL_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Council|Conference)\s+of\s+(?:the\s+)?(?:Heads|Foreign\s+Ministers|"
    r"Ministers|Defen[cs]e\s+Ministers|Prime\s+Ministers)\b"
)
_TALKS_ABOUT = re.compile(r"talks\s+(?:about|of)\b")
_SPEAKER_BEFORE = re.compile(
    r"\b(?:everyone|everybody|nobody|no\s+one|someone|anyone|he|she|it|who|one)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_LOOK_FORWARD = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "… was signed by", "… on the halal industry was exchanged by": a passive signing
_PASSIVE_SIGNED = re.compile(
    r"(?:\s+(?:on|of|in|for)\s+[^,.;]{0,60}?)?\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:signed|exchanged|inked)\b"
    # "The agreement, signed by the Minister of the Interior … and his Tunisian counterpart,"
    r"|,\s+(?:which\s+(?:was|were)\s+)?(?:signed|inked)\s+by\b"
    # "The agreement, which covers holders of ordinary, diplomatic and official passports, was
    # signed by …": an aside between the noun and its passive
    r"|,\s+(?:which|that)\s+[^.;]{0,160}?,\s+(?:was|were|had\s+been|has\s+been)\s+(?:signed|inked)\b"
)
# "after 12 years of talks", "following months of negotiations": a span of bargaining, no
# meeting of its own (not "two rounds of talks": each round is one)
_DURATION_BEFORE = re.compile(r"(?i)\b(?:years|months|decades)\s+of\s+(?:[\w-]+\s+){0,2}$")
# "on the sidelines of the Pacific Islands Forum leaders' meeting": a gathering as the setting
_SETTING_OF = re.compile(
    r"(?i)\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|this\s+year['’]s\s+)?"
    r"(?:[\w'’-]+\s+){0,6}$"
)
# "a string of bilateral talks", "a flurry of meetings": many meetings, none of them told
_MANY_OF = re.compile(
    r"(?i)\b(?:a|the)\s+(?:string|flurry|spate|raft|slew)\s+of\s+(?:[\w-]+\s+){0,2}$"
)
# "no meeting with …", "no formal talks": a meeting denied
_NONE_BEFORE = re.compile(
    r"(?i)\bno\s+(?:(?:formal|bilateral|official|separate|direct|further|such)\s+)?$"
)
_NOUNS = re.compile(
    r"(?i)^(?:meeting|talks|visit|consultations|negotiations|conversation|session)$"
)


@dataclass(frozen=True)
class Trigger:
    type: EventType
    start: int
    end: int
    surface: str
    rule: str
    anniversary: int | None = None  # "the 20th anniversary of diplomatic relations"
    proposal: bool = False  # "agreed to hold the next meeting …": no event, but its words
    item: int = 0  # the n-th document of a list signed at once (0: the first or the only one)


_THE_BEFORE = re.compile(r"(?i)\b(?:the|this)\s+$")
_LINKED_AFTER = re.compile(r"\s+(?:of|with|between)\b")


def is_back_reference(text: str, trigger: Trigger) -> bool:
    """ "the meeting", "during the visit": a definite noun for an event already reported."""
    if trigger.rule == BACK_DOCUMENTS:
        return True
    if trigger.type in SIGNED_TYPES and _PASSIVE_SIGNED.match(text, trigger.end):
        # "The agreement was signed by …", "The MoU on halal was exchanged by …": the
        # document of the signing just reported
        return _DEFINITE.search(text, max(0, trigger.start - 25), trigger.start) is not None
    words = trigger.surface.split()
    if (
        trigger.type in SIGNED_TYPES
        and trigger.surface.lower().endswith("exchange of notes")
        and _TOOK_PLACE.match(text, trigger.end)
    ):
        # "The exchange of notes took place at Wisma Putra": the exchange just reported
        return bool(_THE_BEFORE.search(text[max(0, trigger.start - 5) : trigger.start]))
    if (
        words
        and _DOCUMENT_REFERENCE.fullmatch(trigger.surface)
        and _SIGNED_AFTER.match(text, trigger.end)
    ):
        # "The agreement was signed yesterday … by A and B": the document already named
        return bool(_THE_BEFORE.search(text[max(0, trigger.start - 5) : trigger.start]))
    if (
        trigger.type in SIGNED_TYPES
        and _DOCUMENT_REFERENCE.fullmatch(trigger.surface)
        and _SIGNED_THE.search(text, max(0, trigger.start - 24), trigger.start)
        and _REFERENCE_AFTER.match(text, trigger.end)
    ):
        # "Mudavadi signed the deal with the UAE minister at the ministry": the document the
        # report named before, now with its signers
        return True
    if not words or not _NOUNS.match(words[-1]):
        return False
    if _LINKED_AFTER.match(text[trigger.end : trigger.end + 10]):
        return False
    before = text[max(0, trigger.start - 25) : trigger.start]
    if _ENDING.search(before):
        return True  # "before concluding his visit": the visit under way
    return bool(_DEFINITE.search(before)) or words[0].lower() in (
        "the",
        "during",
        "following",
        "after",
    )


# "after the meeting", "following the talks", "at the end of the visit": the event already
# told, as the time of another act
_ADVERBIAL_BEFORE = re.compile(
    r"(?i)\b(?:after|following|before|during|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of|"
    r"in\s+the\s+course\s+of|on\s+the\s+margins\s+of)\s+(?:the|this|that|their|his|her)\s+"
    r"(?:[\w-]+\s+)?$"
)


# "the next tripartite ministerial meeting": the series' next one (not "the upcoming Forum
# Leaders Meeting", a gathering named)
_NEXT_OF_SERIES = re.compile(r"(?i)\b(?:the|their)\s+next\s+(?:[\w-]+\s+){0,3}$")


def adverbial_reference(text: str, trigger: Trigger) -> bool:
    """The trigger is a definite noun for an event told before, used as a time ("told
    reporters after the meeting")."""
    if trigger.type not in ("meeting", "visit") or not is_back_reference(text, trigger):
        return False
    return _ADVERBIAL_BEFORE.search(text, max(0, trigger.start - 40), trigger.start) is not None


def _fire(type: EventType, match: re.Match[str], rule: str, n: int | None = None) -> Trigger:
    return Trigger(type, match.start(), match.end(), match.group(0), rule, n)


def _signed(text: str, span: _Span, start: int, end: int) -> list[Trigger]:
    if not SIGN.search(text, start, end):
        return []
    gate = span.has(_UNREALISED_WORDS)
    implementing = span.has(_IMPLEMENTING_WORDS)
    sign = next(
        (
            m
            for m in SIGN.finditer(text, start, end)
            if not _talks_ended(text, m)
            and not _SIGNED_LAW.match(text, m.end())
            and not (gate and _unrealised(text, start, end, m.start(), m.end(), m.group(0)))
            and not (implementing and _implementing(text, start, m))
            and not _views_exchanged(text, start, m)
            and not _NO_SIGNED_BEFORE.search(text, max(start, m.start() - 60), m.start())
        ),
        None,
    )
    if sign is None:
        return []
    window = text[max(start, sign.start() - 60) : sign.end()]
    if NO_ACT.search(window):
        return []
    if _COMPANIES.search(text, sign.start(), min(end, sign.end() + 40)) or _COMPANIES.search(
        text, max(start, sign.start() - 80), sign.start()
    ):
        return []  # "agreements … were concluded between companies": business deals
    if _BUSINESS.search(text, start, end) and not _STATE_SIDE.search(text, start, end):
        return []  # "The deal, signed in Sao Paulo, gives the Emirati group access …": a firm's
    if _COMPANY_SIGNS.search(text, max(start, sign.start() - 60), sign.start()):
        return []  # "Nigeria's Dangote Group signed an agreement with Ethiopia's government"
    found: list[Trigger] = []
    visas = [m for m in VISA.finditer(text, start, end)]
    for m in visas:
        found.append(_fire("visa_agreement", m, "visa exemption or waiver signed"))

    def absorbed(m: re.Match[str]) -> bool:
        # "an agreement on visa exemption", "a visa waiver agreement": one visa act
        # …but "visa exemption … and an agreement on the border" is a second document.
        return any(
            v.start() <= m.start() < v.end()  # "a visa agreement": the visa match holds it
            or (
                0 <= v.start() - m.end() <= 60
                and not _SECOND.search(text, m.end(), v.start())
                # "an air transport agreement, an agreement on visa exemption": two documents
                and not _another_document(text, m.end(), v.start())
            )
            or (0 <= v.start() - m.end() <= 200 and _PARTIES_ON.fullmatch(text, m.end(), v.start()))
            or (
                0 <= m.start() - v.end() <= 60
                and _ADJOINING.fullmatch(text, v.end(), m.start())
                and not _SECOND.search(text, v.end(), m.start())
            )
            # "agreed to waive visa requirements for …, under an agreement signed today"
            or (
                0 <= m.start() - v.end() <= 120
                and _UNDER_DOCUMENT.fullmatch(text, v.end(), m.start())
            )
            for v in visas
        )

    tally = span.has(_TALLY_WORDS)
    memoranda: list[Trigger] = []
    for m in MOU.finditer(text, start, end):
        if tally and _tallied(text, start, end, m):
            continue  # "have signed more than 100 memoranda since 1991": a count over years
        if absorbed(m):
            continue
        if memoranda and (
            _plural(memoranda[-1].surface)
            or not _ANOTHER_ONE.search(text, max(start, m.start() - 30), m.start())
        ):
            # "a memorandum of understanding (MoU) on …": the same document again; "memoranda,
            # including an MoU on …": one of those told
            continue
        one = _fire("mou", m, "memorandum of understanding signed")
        memoranda.append(replace(one, item=len(memoranda)))
        # "memoranda of understanding on tourism, on health and on sport": one per document
        memoranda += [replace(one, item=n) for n in range(1, _listed(text, m, end))]
    found += memoranda
    agreements: list[Trigger] = []
    for m in AGREEMENT.finditer(text, start, end):
        if tally and _tallied(text, start, end, m):
            continue
        mou = MOU.search(text, max(start, m.start() - 40), m.start())
        if mou and _SECOND.search(text, mou.end(), m.start()):
            mou = None  # "three memoranda of understanding and an agreement on …": two kinds
        if not absorbed(m) and not mou:
            if found and _AMONG.search(text, max(start, m.start() - 30), m.start()):
                continue  # "Among the agreements signed was a memorandum …": the MoU alone
            if m.group(0).lower() == "notes" and (found or agreements or visas):
                continue  # "signed an agreement on visas …, when the ministers exchanged notes"
            if (found or agreements) and _REFERRED.search(
                text, max(start, m.start() - 30), m.start()
            ):
                continue  # "signed a memorandum … towards the revision of Annex C of the 1973 treaty"
            one = _fire("agreement", m, "agreement, treaty, protocol or declaration signed")
            listed = _LISTED_ONE if not any(a.item for a in agreements) else _LISTED_LAST
            if agreements and listed.search(text, max(start, m.start() - 50), m.start()):
                # "an agreement on double taxation, an air services agreement and an executive
                # programme for cultural cooperation": each document of the list, its own article
                one = replace(one, item=len(agreements))
            agreements.append(one)
    found += agreements
    if not found:
        for m in DOCUMENTS.finditer(text, start, end):
            found.append(_fire("agreement", m, BACK_DOCUMENTS))
    if not found:
        for m in SIGNED_DOCUMENTS.finditer(text, start, end):
            if tally and _TALLY_SPAN.match(text, m.end(), end):
                continue  # "have signed over 40 documents since 2015"
            if m.group(0)[0] in "Dd" and _DEFINITE.search(
                text, max(start, m.start() - 25), m.start()
            ):
                continue  # "the bilateral documents were signed by …": those just named
            found.append(_fire("agreement", m, "cooperation documents signed"))
    return found


# "… of the 1973 treaty", "under the bilateral agreement": a document the one signed refers to
_REFERRED = re.compile(r"(?i)\b(?:of|under|to)\s+the\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?$")


# "but no document had yet been signed", "nothing has been signed yet", "No agreement was
# signed during the talks", "no deal signed": the passive signing's subject denies it
_NO_SIGNED_BEFORE = re.compile(
    r"\b(?:[Nn]o|[Nn]othing|[Nn]one|[Nn]either)\b[^.;,]{0,50}?\b(?:has|had|have|was|were|is|are)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:yet\s+)?$"
    # a headline's "no deal signed", "talks end with no agreement signed"
    r"|\b[Nn]o\s+(?:[\w-]+\s+){0,2}$"
)


# "investment agreements worth $26 billion were concluded between companies", "deals
# signed by private firms": signatories that are no state
_COMPANIES = re.compile(
    r"(?i)\b(?:between|by|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:companies|firms|businesses|"
    r"enterprises|investors|business\s+(?:people|communities|leaders|representatives))\b"
)


# "agro-exporter and Korean food group sign supply deal", "the Peruvian firm will ship": a
# company's deal, in a sentence that names no government, official or state acting
_BUSINESS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|producers?|exporters?|importers?|distributors?|conglomerates?|"
    r"retailers?|manufacturers?|refiner(?:y|ies)|(?:commodity\s+|energy\s+|oil\s+)?traders?|"
    r"(?<!working\s)(?<!contact\s)(?<!friendship\s)(?<!parliamentary\s)"
    r"(?<!expert\s)(?<!experts\s)group"
    # "two private business associations signed", "the Chamber of Commerce and the Employers'
    # Union signed": bodies of business, no state
    r"|(?i:(?:business|employers['’]?|industrialists['’]?)\s+(?:associations?|federations?|"
    r"unions?|confederations?|organi[sz]ations?)|chambers?\s+of\s+(?:commerce|industry)))\b"
    r"|(?-i:[A-Z])[\w&-]*\s+(?:Co\.|Ltd\b|Inc\b|Corp\b|S\.A\.|LLC\b|PLC\b|plc\b|Holdings\b|Foods\b)"
)
# a company the subject of the signing: "Dangote Group signed", "China Harbour Engineering
# Company Ltd has signed" (a firm's deal, even with a government)
_COMPANY_SIGNS = re.compile(
    r"(?-i:[A-Z])[\w&’'-]*\s+(?-i:Group|Company|Corporation|Corp\.?|Ltd\.?|Limited|Inc\.?|Holdings|"
    r"PLC|plc|LLC|S\.A\.|AG|GmbH)\s+(?:(?:has|have|had|also|on\s+[A-Z]\w+day)\s+)?$"
)
_STATE_SIDE = re.compile(
    r"(?i)\b(?:governments?|minist(?:er|ers|ry|ries)|president|premier|prime|ambassadors?|embass(?:y|ies)|"
    r"king|emir|amir|sultan|chancellor|secretary|officials?|authorities|delegations?|countries|"
    r"nations|states|sides|parties|bilateral|intergovernmental|leaders?|heads?\s+of\s+state)\b"
)


# "signed into law a bill ratifying the agreement", "signed a decree on the ratification of
# the treaty": a state's own act on a document signed before, no signing of it
_SIGNED_LAW = re.compile(
    r"\s+(?:into\s+law|(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:law|bill|decree|ordinance|"
    r"executive\s+order|instruments?\s+of\s+ratification)\b)",
    re.I,
)
# "Views on the agreement were exchanged": what was said about a document, not its handing over
_VIEWS = re.compile(
    r"(?i)\b(?:views|opinions|ideas|information|thoughts|remarks|comments|greetings|gifts|"
    r"experiences?|assessments)\s+(?:[\w'’-]+\s+){0,6}$"
)


def _views_exchanged(text: str, start: int, sign: re.Match[str]) -> bool:
    """Is this passive "… were exchanged" about views on a document rather than the document?"""
    if not sign.group(0).lower().endswith("exchanged"):
        return False
    return _VIEWS.search(text, max(start, sign.start() - 60), sign.start()) is not None


# "a memorandum on tourism and a memorandum on health": each document told with its article
_ANOTHER_ONE = re.compile(r"(?i)\b(?:an?|another|one|a\s+second|a\s+third)\s+(?:[\w-]+\s+){0,2}$")
# "…, an air transport services agreement", "…, and a protocol": a further document of a list,
# with its own article after the list's comma ("signed a joint declaration and an action plan",
# two objects of one verb, stay one record, as the dev and test annotators have it)
_LISTED_ONE = re.compile(
    r"(?i)[,;]\s*(?:and\s+)?(?:an?|another|a\s+second|a\s+third)\s+(?:[\w-]+\s+){0,3}$"
)
# …and the last of such a list, after a bare "and" ("…, an air services agreement and a protocol")
_LISTED_LAST = re.compile(
    r"(?i)(?:[,;]\s*(?:and\s+)?|\sand\s+)(?:an?|another|a\s+second|a\s+third)\s+(?:[\w-]+\s+){0,3}$"
)
# "…, an air transport services agreement", "…, and a programme of …": a list's next document
_NEXT_DOCUMENT = re.compile(
    r"(?i)(?P<sep>,|;|\band|\bas\s+well\s+as)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}$"
)
_LISTED_BEFORE = re.compile(r"[,;]\s+(?:an?|another)\s")


def _another_document(text: str, after: int, at: int, start: int = 0) -> bool:
    """The document at `at` is another one of a list than the one that ends at `after`: told
    after a comma, or after "and" in a list of three or more ("an agreement on A, an agreement
    on B and an agreement on C"); two joined by "and" ("a joint declaration and an action
    plan") are one record, as the dev and test annotators have it."""
    if not 0 <= at - after <= 200:
        return False
    m = _NEXT_DOCUMENT.search(text, max(after, at - 40), at)
    if m is None:
        return False
    return m.group("sep") in ",;" or _LISTED_BEFORE.search(text, start, after) is not None


# "signed three memoranda": the count just before a plural document
_COUNT_BEFORE = re.compile(
    r"(?i)\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[\w-]+\s+)?$"
)
# The words after a plural document up to its topic: "memoranda of understanding (MoUs),
# covering cooperation in", "MoUs on", "The memoranda cover cooperation in".
_LIST_HEAD = re.compile(
    r"(?i)(?:\s+of\s+understanding)?(?:\s*\([^()]{1,12}\))?,?\s+"
    r"(?:(?:which\s+)?(?:cover(?:s|ed|ing)?|includ(?:e|es|ed|ing)|concern(?:s|ed|ing)?|"
    r"relat(?:e|es|ed|ing)\s+to|deal(?:s|t)?\s+with|(?:are|were)|focus(?:es|ed)?\s+on)\s+)?"
    r"(?:(?:bilateral\s+)?co-?operation\s+)?(?P<prep>on|in|for)\s"
)
# Where a list of documents ends: the next document of another kind, or the clause.
_LIST_END = re.compile(
    r"(?i)\bas\s+well\s+as\b|;|,?\s+and\s+(?:an?|the)\s|\s+(?:which|that|signed|were)\s"
)
# "two memoranda … The memoranda cover cooperation in sport, in health and in tourism"
_LISTED_AFTER = re.compile(
    r"(?i)\b(?:the|these|both)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:memoranda|MoUs|MOUs)\b"
)


def _items(text: str, at: int, end: int) -> int:
    """How many documents the list at `at` names, one per repeated preposition ("on
    tourism, on health and on sport": three); 1 when the topics share one ("on trade, health
    and tourism": the annotators' one document of several topics)."""
    head = _LIST_HEAD.match(text, at, end)
    if head is None:
        return 1
    stop = _LIST_END.search(text, head.end(), end)
    body = text[head.end() : stop.start() if stop else end]
    prep = head.group("prep")
    return 1 + len(re.findall(rf"(?:,\s*(?:and\s+)?|\s+and\s+){prep}\s", body))


def _plural(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") or word == "memoranda"


def _listed(text: str, doc: re.Match[str], end: int) -> int:
    """How many documents a plural "memoranda" signed stands for: those its own list names
    one by one, or, after a count ("signed three memoranda"), those a later sentence lists
    ("The memoranda cover cooperation in A, in B and in C") when they are that many."""
    if not _plural(doc.group(0)):
        return 1
    n = _items(text, doc.end(), end)
    if n > 1:
        return n
    count = _COUNT_BEFORE.search(text[max(0, doc.start() - 25) : doc.start()])
    if count is None:
        return 1
    told = temporal.NUMBER_WORDS.get(count.group(1).lower()) or int(count.group(1))
    later = _LISTED_AFTER.search(text, end, min(len(text), end + 1500))
    if later is None:
        return 1
    stop = text.find(".", later.end())
    n = _items(text, later.end(), stop if stop > 0 else len(text))
    return n if n == told else 1


# "Among the agreements signed was a memorandum of understanding on …"
_AMONG = re.compile(r"(?i)\bamong\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "an Agreement between the Government of A and the Government of B on mutual visa-free
# travel": the parties named between the document and its subject
_PARTIES_ON = re.compile(
    r"\s+(?:between|among)\s+(?:(?!\b(?:an?|another)\s)[^,;.:])*?\s+(?:on|regarding|concerning)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
)
# "four memoranda … as well as an agreement on visa exemption", "the visa waiver agreement
# along with a memorandum on …": a second document.
_SECOND = re.compile(r"\bas\s+well\s+as\b|\band\s+(?:an?|the)\b|;|\b(?:along|together)\s+with\b")
# "a visa exemption memorandum", "visa-free regime … under an agreement": one document;
# "visa waiver deal, four MoUs": a list of two.
_ADJOINING = re.compile(r"[^,;]*")
# the document the visa act is done by: "…, under an agreement", "through a new accord"
_UNDER_DOCUMENT = re.compile(
    r"[^.;]*?\b(?:under|through|via|in|by)\s+(?:an?|the)\s+(?:new\s+|bilateral\s+)?"
)
# "held talks with Mr Dar on Monday, which was followed by a meeting with PM Shehbaz on
# Tuesday": a second meeting, after the first
# "…, and the visit of Minister X to Jeddah": another traveller's visit, told with its own
# "of … to"
_AND_THE = re.compile(r"(?i)\s(?:and|as\s+well\s+as)\s+the\s+(?:[\w-]+\s+)?$")
_OF_TO = re.compile(r"\s+of\s+[^.;,]{3,90}?\s+to\s+(?:the\s+)?(?-i:[A-Z])", re.I)
FOLLOWED_MEETING = "a second meeting, which followed the first"
_FOLLOWED_BY = re.compile(
    r"(?i)\b(?:(?:which\s+(?:was|were)\s+)?followed\s+by|and\s+then|before\s+(?:holding|having))\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
)
# "is to meet A on Tuesday, and two days later he is expected in Paris for talks with B",
# "met A; on Tuesday he held talks with B", "visited Hanoi, then travelled on to Vientiane":
# a second act of the same kind in a clause of its own (the pipeline keeps it apart only when
# that clause gives it its own state, day or place)
NEXT_ACT = "a second act of its kind, in a clause of its own"
_NEXT_ACT_BREAK = re.compile(
    r"(?i);|,\s+(?:and\s+)?(?:where|then)\b|\band\s+(?:then|later|afterwards)\b"
    r"|\bbefore\s+(?:heading|travell?ing|flying|leaving|proceeding|moving\s+on|going\s+on)\b"
    # "met A in the morning before holding talks with B": a second meeting
    r"|\bbefore\s+(?:holding|having)\s+(?=(?:[\w-]+\s+){0,2}(?:talks|meeting|meetings|consultations)\b)"
    # "After visiting Hanoi, he travelled on to Vientiane": a journey onward, a new leg
    r"|\b(?:travell?ed|flew|went|moved|continued|headed)\s+on\s+to\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|\d)\s+(?:days?|weeks?)\s+later\b"
    r"|\b(?:the\s+(?:next|following)\s+day|later\s+(?:that|the\s+same)\s+day)\b"
)


def next_act_break(text: str, after: int, t: Trigger) -> int | None:
    """Where the clause of a second act of a kind begins, between the end of the act before
    it (`after`) and its trigger `t` (the break may hold the trigger's first words: "before
    travelling to"); None when no clause break stands between."""
    found = _NEXT_ACT_BREAK.search(text, after, t.end)
    return found.start() if found and found.start() <= t.start else None


# "… to Germany and a working visit to the Czech Republic": a second visit of the trip
_AND_A = re.compile(
    r"(?i)\s(?:and|as\s+well\s+as|before|after)\s+(?:then\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}$"
)
# "talks on restoring diplomatic ties", "the possibility of establishing relations", "ready to
# restore relations": an aim or a process, no act (not "agreed to restore diplomatic ties")
_RELATIONS_AIM = re.compile(
    r"(?i)\b(?:talks|negotiations|discussions?|discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|"
    r"possibility|prospects?|path|steps|process|hopes?|hoped|ready|willing(?:ness)?|bid|"
    r"efforts?|conditions|push(?:ed|es)?|seek(?:s|ing)?|sought|"
    # "has refused to switch recognition to Beijing", "pledged to restore ties if elected"
    r"refus(?:e|ed|es|ing|al)|declin(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|"
    r"vow(?:ed|s|ing)?|threat(?:en|ened|ens|ening)?|intend(?:s|ed|ing)?|intention|unwilling|"
    r"reluctan(?:t|ce))\s+(?:on|of|about|to|for|towards?|"
    r"at)?\s*(?:the\s+)?(?:possible\s+|eventual\s+|full\s+)?$"
)
_NOT_BEFORE = re.compile(r"(?i)\b(?:not|never|no\s+longer)\s+(?:yet\s+|nevertheless\s+)?$")
# "Turkish President Erdogan and Russian President Putin discussed the grain corridor": two
# officials as one subject of a verb of talks (the call or the meeting a headline told)
JOINT_TALK = "two officials discussed"
_JOINT_TALK_WORDS = _words("discussed", "reviewed", "exchanged views")
_JOINT_TALK = re.compile(
    r"\b(?:President|Minister|Premier|Chancellor|King|Emir|Amir|Sultan|Prince|Secretary|Speaker)\b"
    r"[^.;,]{0,60}?\s+and\s+(?:his|her|the|[A-Z])[^.;,]{0,80}?\s+(?:discussed|reviewed|"
    r"exchanged\s+views)\b"
    # "The Mongolian and Japanese foreign ministers discussed ways to …"
    r"|\b[A-Z][\w-]+\s+and\s+[A-Z][\w-]+\s+(?:(?:foreign|defen[cs]e|prime|trade|economy)\s+)?(?:ministers|"
    r"leaders|presidents|premiers|delegations|heads\s+of\s+state)\s+(?:discussed|reviewed|exchanged\s+views)\b"
)
_TALKS_BEFORE = re.compile(r"(?i)\b(?:negotiations|talks)\b[^.;]{0,120}$")
_TALKS_AFTER = re.compile(
    r"(?i)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:negotiations|talks|consultations|discussions)\b"
)


# "reviewed the implementation of the agreements signed between the two countries": the
# undated documents of earlier signings, no act of their own (with a year, a background event)
_IMPLEMENTING_WORDS = _words(
    "implement", "follow-up", "follow up", "execution", "review", "progress"
)
_IMPLEMENTING_BEFORE = re.compile(
    r"\b(?:implement(?:ation|ing|s|ed)?|follow[- ]up|execution|review(?:ed|ing|s)?|progress)\s+"
    r"(?:of|on|in)?\s*(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}(?:agreements|memoranda|documents|"
    r"accords|MoUs|MOUs|deals|treaties|protocols)\s+(?:previously\s+|already\s+|earlier\s+)?$",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _implementing(text: str, start: int, sign: re.Match[str]) -> bool:
    if not _IMPLEMENTING_BEFORE.search(text, max(start, sign.start() - 90), sign.start()):
        return False
    return _YEAR.search(text, sign.end(), sign.end() + 60) is None


# "Lithuania and Poland have signed more than 100 agreements since 1991": a tally of
# many signings over the years, no one act ("signed 12 agreements during the visit" is one)
_TALLY_WORDS = _words("since", "to date", "so far", "over the past", "over the last", "in total")
_TALLY_COUNT = re.compile(
    r"\b(?:more\s+than|over|nearly|almost|about|some|around|a\s+total\s+of|dozens\s+of|"
    r"hundreds\s+of|\d+)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TALLY_SPAN = re.compile(
    r"[^.;]{0,80}?\b(?:since|to\s+date|so\s+far|over\s+the\s+(?:past|last)|in\s+total)\b", re.I
)


def _tallied(text: str, start: int, end: int, doc: re.Match[str]) -> bool:
    word = doc.group(0).lower()
    if not (word.endswith("s") or word.endswith("memoranda")):
        return False  # a count is of plurals
    if not _TALLY_COUNT.search(text, max(start, doc.start() - 40), doc.start()):
        return False
    return _TALLY_SPAN.match(text, doc.end(), end) is not None


def _talks_ended(text: str, sign: re.Match[str]) -> bool:
    """ "negotiations on a trade deal, which concluded last month", "concluded negotiations on
    a partnership agreement": talks ended, nothing signed."""
    return sign.group(0).lower().startswith("conclud") and bool(
        _TALKS_BEFORE.search(text, max(0, sign.start() - 140), sign.start())
        or _TALKS_AFTER.match(text, sign.end())
    )


# Cheap guards: a sentence without any of these words cannot fire that kind of trigger.
_SIGN_WORDS = _words(
    "sign",
    "ink",
    "conclu",
    "initial",
    "seal",
    "exchang",
    "docu",
    "pen to paper",
    "adopt",
    "penn",
    "forg",
)
_VISA_WORDS = _words("visa")
_RELATION_WORDS = _words(
    "relations", "ties", "anniversar", "missions", "recognition", "allegiance", "recogni"
)
_VISIT_WORDS = _words(
    "visit",
    "arriv",
    "travel",
    "proceed",
    "flew",
    "fly",
    "flies",
    "landed",
    "host",
    "expected in",
    "due in",
    "took",
    "journey",
    "trip",
    "tour",
    "take",
    "taking",
    "left for",
    "leave for",
    "leaves for",
    "leaving for",
    "depart",
    "head",  # "heads to", "headed for"; "headquarters" too, a guard is only a guard
    "set off",
    "set out",
    "setting o",
    "stop",
    "delegation to",  # "will lead a delegation to Samoa"
    "mission to",
    "who is",  # "who is in Canberra from Sunday"
    "who are",
    "who was",
    "who were",
)
# "X is in China from July 7 to 12": a stay, the only visit phrase such a sentence may hold
_STAY_WORDS = _words("is in", "was in", "are in", "were in")
_MEETING_WORDS = _words(
    "retreat", "dialogue", "credentials", "credence", "farewell", "hold",
    "met", "meet", "talk", "negotia", "consultation", "phone", "telephone", "video", "receiv", "host", "summit",
    "chair", "courtesy", "called", "session", "brought", "round", "cabinet", "commission", "forum",
    "part in", "attend", "call", "audience", "conferr", "discussions", "exchang", "welcom",
    "tete-", "tête-", "working l", "working d", "working b", "delegations",
    "phon", "conversation", "sat down", "bilateral", "discuss", "conven", "held",
    "spoke", "speaks",
)  # fmt: skip


# Any trigger word at a word start; sentences without one skip the costly stages.
_ANY_WORD_START = re.compile(
    r"\b(?:sign|ink|conclu|initial|seal|exchang|docu|memorand|penn|forg|phon|conversation|sat\s+down|bilateral|discuss|reviewed|adopt(?:ed|s|ing)?\s+(?:a|the)\s+joint|mou|visa|relations\b|ties\b|recognition\b|allegiance\b|recogni[sz]e|"
    r"anniversar|missions\b|visit|stop(?:over)?\s+in\b|arriv|travel|proceed|journey|trip|tour\s+(?:of|to)|flew|fly|flies|landed|host|"
    r"left\s+for|leav(?:e|es|ing)\s+for|depart|due\s+in|head(?:s|ed|ing)?\s+(?:to|for)|"
    r"set(?:s|ting)?\s+o(?:ff|ut)\s|expected\s+in|took\s+(?:him|her|them)|met\b|meet|talk|negotia|consultation|phone|"
    r"telephone|video|receiv|co-chair|courtesy|call|session|summit|agreement|treat|protocol|"
    r"retreat|dialogue|credential|credence|farewell|hold|brought|round|cabinet|commission|forum|conven|"
    rf"(?:{SITTING_ORDINALS}|"
    r"\d{1,2}(?:st|nd|rd|th))\s+[a-z]{2,6}\s+(?:was|were|will\s+be|would\s+be|is\s+to\s+be|had\s+been)\s+held|"
    r"part\s+in|attend|audience|"
    r"declaration|road|programme|program|accord|pact|charter|convention|deal|statements?\s+of|"
    r"put\s+pen|conferr|discussions|welcom|t[eê]te-|working\s+(?:lunch|dinner|breakfast)|"
    r"led\s+(?:their|the)\s+(?:respective\s+)?delegations|who\s+(?:is|are|was|were)\s|"
    r"(?:is|are|was|were)\s+in\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+from\s|"
    r"(?:began|begins|started|starts|kicked\s+off|opened)\s+(?:the|his|her|their)\s|"
    r"(?:delegation|mission)\s+to\s|spoke|speaks)"
)


_HOSTED_BY = re.compile(r"(?<=hosted)\s+by\b", re.I)
# "the Free Trade Area, whose Secretariat is hosted in Accra", "the agency is hosted by Kenya":
# the present passive tells where a body sits, not a guest received
_SEAT_HOSTED = re.compile(r"(?i)\b(?:is|are)\s+(?:currently\s+|now\s+|permanently\s+)?$")
# "talks on a visa waiver agreement would begin in the coming months": negotiations announced
_TALKS_TO_BEGIN = re.compile(
    r"\s+(?:on|for|towards?)\s+(?:a|an|the)\s+[^.;]{0,80}?\b(?:agreement|treaty|deal|accord|pact|"
    r"memorandum)\b[^.;]{0,80}?\b(?:would|will|are\s+to|are\s+expected\s+to)\s+(?:begin|start|"
    r"open|commence|be\s+launched)\b"
)
# "the call covered the Pacific Islands Forum leaders' meeting in Tonga", "discussed the
# upcoming ASEAN Leaders' Summit": a gathering of many states talked of, not a meeting of two
_GATHERING_TOPIC = re.compile(
    r"\b(?:covered|cover(?:s|ing)?|discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|"
    r"preparations?\s+for|prepar(?:e|ed|es|ing)\s+for)\s+(?:the\s+)?(?:upcoming\s+|next\s+|coming\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,5}(?:[Ll]eaders|[Mm]inisters|[Hh]eads\s+of\s+[Gg]overnment)['’]\s+$"
)
# "talks with Somaliland and Djibouti could take years" (not "a meeting would be held …":
# reported speech of a plan)
_HYPOTHETICAL_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:could|might|may)\s+(?:(?:still|also|only)\s+)?(?:take|last|begin|start|"
    r"resume|happen|come|help|lead|prove)\b",
    re.I,
)
# the receptions to come that need a person after them (see MEETING)
_RECEPTIONS = ("receive ", "welcome ")
# "will host the Black Stars of Ghana at the … Stadium in Uyo": a home side, not a guest
_HOST_SPORT = re.compile(
    r"\b(?:[Ss]tadium|qualifiers?|[Ff]ixtures?|[Tt]ournament|[Cc]hampionships?|[Ll]eague|Cup|"
    r"Olympics|[Pp]lay-?offs?|[Kk]ick-?off)\b"
)
# "hosted talks between …", "will host the SCO summit", "the embassy hosted a reception": a
# host of a gathering, not of a guest
_HOSTED_EVENT = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?(?:talks|meetings?|summits?|"
    r"negotiations|consultations|rounds?|sessions?|conferences?|forums?|dialogue|games|"
    r"tournament|championships?|expo|exhibition|fair|olympics|world\s+cup|events?|ceremony|"
    r"COP\s?\d+|G\s?20|congress|assembly|festival|receptions?)\b"
    r"(?!\s+with\b)",  # "is to host talks with Chilean President Boric": a guest, a visit
    re.I,
)
# "hosted the climate conference", "hosts the Games": a gathering of no two states' own, not
# a meeting of the host with someone (talks, summits and sessions stay meetings)
_GATHERING_HOSTED = (
    r"(?:conferences?|forums?|games|tournament|championships?|expo|exhibition|fair|olympics|"
    r"world\s+cup|festival|congress|COP\s?\d+|G\s?(?:7|20)\s+summit|"
    # "hosted the XVII Summit of La Francophonie", "the Summit of the Organization of Turkic
    # States": a bloc's summit
    r"(?-i:Summit)\s+of\s+(?:the\s+|La\s+|Le\s+)?(?-i:[A-Z])[\w'’-]*|"
    # "hosted the Commonwealth summit in 2015", "hosted the ASEAN Summit": a bloc's summit
    r"(?-i:Commonwealth|ASEAN|APEC|BRICS|SCO|NATO|EU|AU|OIC|CELAC|SADC|ECOWAS|CARICOM|Caricom|"
    r"Francophonie|Pacific\s+Islands\s+Forum)\s+(?:[\w'’-]+\s+){0,2}?summit|"
    r"Commonwealth\s+Heads\s+of\s+Government\s+Meeting|CHOGM)"
)
_HOSTED_GATHERING = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?" + _GATHERING_HOSTED + r"\b",
    re.I,
)


def _hosted_before(words: str) -> re.Pattern[str]:
    """ "the outcome of COP29, which Baku hosted in November", "the summit that Cairo hosts":
    a gathering named before its host, in the antecedent of the host's relative clause."""
    return re.compile(
        r"\b" + words + r"\b[^.;]{0,40}?,?\s+(?:which|that)\s+"
        r"(?:(?:[\w'’-]+|the\s+[\w'’-]+)\s+){0,3}(?:also\s+|had\s+|has\s+)?$",
        re.I,
    )


_GATHERING_BEFORE = _hosted_before(_GATHERING_HOSTED)
# "to attend the UN climate conference, hosted by Azerbaijan": the gathering's host
_GATHERING_HOSTED_BY = re.compile(
    r"\b" + _GATHERING_HOSTED + r"\b[^.;]{0,40}?,?\s+(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?"
    r"(?:also\s+|jointly\s+|being\s+)?(?:co-)?$",
    re.I,
)
# …and for a visit, any gathering ("the talks that Doha hosted"): no guest
_HOSTED_BEFORE = _hosted_before(
    r"(?:talks|meetings?|summits?|negotiations|consultations|rounds?|sessions?|dialogue|"
    r"ceremony|assembly|" + _GATHERING_HOSTED + ")"
)
# "the Joint Commission, established in 2015, has only met once", "have met three times since
# 2019": a count of meetings over a span (a body described), not one meeting
_MET_COUNT = re.compile(
    r"\s+(?:only\s+|just\s+)?(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|a\s+few|\d+)\s+times)\b",
    re.I,
)
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:only\s+|so\s+far\s+|just\s+)?$")
_VISIT_WORD = re.compile(r"\bvisits?\b", re.I)
# "to visit a semiconductor training center in Hsinchu": a site toured on a visit, not a visit
_SITE = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:cent(?:re|er)|factory|plant|school|museum|hospital|"
    r"farm|company|port|site|exhibition|university|park|facility|temple|mosque|church|campus|"
    r"base|memorial|project|zone|institute|laboratory|refinery|mine)s?\b"
)


ACCEPTED_INVITATION = "an invitation to visit, accepted"
# "accepted an invitation from King Salman to visit Riyadh", "extended to Mr. X an invitation
# to visit Nouakchott, which was accepted", "an invitation … which he accepted": a visit to
# come (an invitation only extended, "invited him to visit", is none)
_ACCEPTED_VISIT = re.compile(
    r"(?i)\baccept(?:ed|s)\s+(?:(?:an|the|a|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?invitations?\b"
    r"[^.;]{0,80}?\bto\s+(?:(?:pay|make)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2})?visit\b|"
    r"\binvitations?\s+(?:[^.;]{0,40}?\s)?to\s+(?:(?:pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})?visit\b"
    r"[^.;]{0,60}?,\s+which\s+(?:(?:was|has\s+been|had\s+been)\s+|(?:he|she|they)\s+(?:has\s+|had\s+)?)accepted\b"
)


def _visits(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Visit phrases: verbs anywhere, the noun "visit" only with what makes it one visit
    ("her official visit", "a visit to"), tried in a window around each "visit"."""
    # "talks … hosted by Kazakhstan": a host of others' talks, not of a visit.
    out = [
        m
        for m in VISIT_VERB.finditer(text, start, end)
        if not _HOSTED_BY.match(text, m.end())
        and not (
            m.group(0)[:4].lower() == "host"
            and (
                _SEAT_HOSTED.search(text, max(start, m.start() - 25), m.start())
                or _HOSTED_EVENT.match(text, m.end())
                or _HOST_SPORT.search(text, start, end)
                or _HOSTED_BEFORE.search(text, max(start, m.start() - 90), m.start())
            )
        )
        and not _SITE.match(text, m.end())
        and not (m.group(0).lower() == "visited" and _VISITED_SITE.match(text, m.end()))
        and not _PRIVATE_TRAVELLERS.search(text, max(start, m.start() - 40), m.start())
    ]
    for word in _VISIT_WORD.finditer(text, start, end):
        window = VISIT_NOUN.finditer(text, max(start, word.start() - 60), min(end, word.end() + 90))
        match = next((m for m in window if m.end() == word.end()), None)
        if match and not _COURTESY.search(text, max(start, word.start() - 14), word.start()):
            out.append(match)
    if len(out) > 1:
        # "It will be his second visit to Suva this year, after he travelled there in
        # February": the count restates the trip told before; the act is the earlier trip
        out = [m for m in out if not _RESTATED.search(text, max(start, m.start() - 20), m.start())]
    return sorted(out, key=lambda m: m.start())


_RESTATED = re.compile(r"(?i)\b(?:it|this)\s+(?:will\s+be|would\s+be|is|was)\s+$")


# "received a courtesy visit from the Ambassador": a call on an official (a meeting), no trip
_COURTESY = re.compile(r"(?i)\b(?:courtesy|farewell|introductory)\s+$")


_COMPLEMENT = re.compile(
    r"\b(?:on|of|for|about|regarding|concerning)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I
)
SIGNED_TYPES = ("visa_agreement", "mou", "agreement")


# (…, or a time: "signed an agreement on Thursday after talks in Doha" tells the talks too)
_BREAK_BETWEEN = re.compile(
    r"[,;]|\b(?:in|at|after|following|before|during|ahead\s+of|when|while)\s", re.I
)


def _describes_document(text: str, trigger: Trigger, found: list[Trigger]) -> bool:
    """ "a memorandum on political consultations", "the protocol of the session of the
    committee": a meeting word naming what a signed document is about, not a meeting."""
    if trigger.type != "meeting":
        return False
    near = [t for t in found if t.type in SIGNED_TYPES and 0 <= trigger.start - t.end <= 60]
    before = text[max(0, trigger.start - 40) : trigger.start]
    between = text[near[-1].end : trigger.start] if near else ""
    return bool(near) and bool(_COMPLEMENT.search(before)) and not _BREAK_BETWEEN.search(between)


# "proposed the two sides soon convene the 10th meeting": a proposal, not a meeting.
_PROPOSED = re.compile(
    r"\b(?:proposed|suggested|recommended|agreed|invited|urged|called\s+for)\b[^.;]{0,50}?"
    r"\b(?:convene|convening|hold|holding|organi[sz]e|organi[sz]ing|begin|start|launch)\b[^.;,]{0,30}$"
    # "The ministers agreed to hold the next trilateral summit in Ashgabat."
    r"|\b(?:proposed|suggested|recommended|agreed|invited|urged|decided)\s+to\s+$"
    # "agreed to respect each other's sovereignty … and to start technical negotiations": a
    # second infinitive of the same agreement
    r"|\b(?:agreed|decided|pledged|undertook|committed\s+themselves)\s+to\b[^.;]{0,110}?\band\s+to\s+"
    r"(?:(?:convene|hold|begin|start|launch|resume|open)\b[^.;,]{0,30})?$",
    re.I,
)


AGREED_MEETING = "a meeting agreed on, with its venue"
# "… in Rabat before the end of the year", "… from 25 to 27 March in Djibouti City", "… in the
# Kyrgyz capital": the venue in the proposal's own clause (not a month: "in March")
_VENUE_AFTER = re.compile(
    r"[^.;:]{0,120}?\bin\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Spring|Summer|Autumn|Winter|Fall|Q[1-4])\b)(?-i:[A-Z])[\w'’-]"
)


# "called on European countries … to establish full diplomatic relations", "said Bangkok was
# ready to host talks": an appeal or an offer, no act (the trigger inside its infinitive).
_APPEAL_BEFORE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\b"
    r"[^.;:]{0,80}?\bto\s+[^.;:]{0,60}$"
    r"|\b(?:ready|willing|prepared|offer(?:ed|s|ing)?)\s+to\s+[^.;:,]{0,60}$"
    # "Pakistan called for talks with India", "called for an urgent meeting"
    r"|\bcall(?:ed|s|ing)?\s+for\s+(?:[\w'’-]+\s+){0,4}$"
    # "called for an immediate halt to the fighting and a return to the Jeddah talks"
    r"|\b(?:call(?:ed|s|ing)?\s+for|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|press(?:ed|es|ing)?\s+for)\s"
    r"[^.;:]{0,80}?\b(?:return|resumption|revival)\s+(?:to|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
    # "denied reports that Putin had held a phone call with Trump": no call
    r"|\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing))\s+"
    r"(?:(?:the\s+|media\s+|press\s+)*(?:reports?|claims?|rumou?rs?|speculation)\s+)?"
    r"(?:that|of)\b[^.;]{0,100}$",
    re.I,
)
# "will work towards establishing diplomatic relations", "seek to normalise ties": an aim
_AIM_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:towards?|on)|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?\s+(?:at|to|for)|"
    r"mov(?:e|es|ed|ing)\s+towards?|steps?\s+towards?|path\s+(?:to|towards?)|"
    r"consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|"
    # "Honduras hopes to establish diplomatic relations with China"
    r"(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|intends?|intended|eager|keen)\s+to|"
    r"(?:possibility|prospects?|question)\s+of)\s+[^.;:,]{0,40}$",
    re.I,
)
# "would like to visit Japan", "expressed its readiness to hold talks", "is keen to visit", "his
# wish to visit": a wish or an offer, not a planned act (a plan says "plans to", "will")
_WISH_BEFORE = re.compile(
    r"(?:\bwould|[’']d)\s+(?:(?:very\s+)?much\s+)?(?:like|love|welcome)\s+(?:to\s+)?[^.;:,]{0,40}$"
    r"|\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|eager|keen|desires?|desired|ready|"
    r"willing)\s+to\s+"
    r"[^.;:,]{0,40}$"
    r"|\b(?:readiness|willingness|preparedness|desire|wish|eagerness|keenness|interest|hopes?)\s+"
    r"(?:to|in|for)\s+[^.;:,]{0,40}$"
    r"|\binterested\s+in\s+[^.;:,]{0,40}$",
    re.I,
)
_NEW_CLAUSE = re.compile(r"\b(?:and|but|then)\s+(?:\w+\s+)?(?:met|held|received|hosted)\b", re.I)
# "called on European countries … to recognize": the call is an appeal, not a courtesy call
# ("called on the President to discuss …" stays a call).
_CALL_TO = re.compile(
    r"[^.;:]{0,80}?(?<!and\s)(?<!or\s)\bto\s+"
    r"(?!discuss|review|exchange|talk|brief|pay|bid|congratulate|present)\w+",
    re.I,
)


_CONVENING = ("convene", "convenes", "convening", "hold", "holds", "holding")


def _verb_end(t: Trigger) -> int:
    """Where a proposal's words may end: after the trigger's own verb ("proposed the two sides
    convene the 10th meeting"), else at the trigger."""
    verb = t.surface.split(None, 1)[0].lower()
    return t.start + len(verb) + 1 if verb in _CONVENING else t.start


def _appealed(text: str, start: int, trigger: Trigger) -> bool:
    """Is this meeting or change of relations only what someone calls for or offers?"""
    if trigger.type not in ("meeting", "diplomatic_relations", "visit"):
        return False
    # up to the trigger's last word: "his wish to visit" holds its own wish
    cut = trigger.start + trigger.surface.rstrip().rfind(" ") + 1
    appeal = _WISH_BEFORE.search(text, max(start, trigger.start - 100), cut)
    appeal = appeal or _APPEAL_BEFORE.search(text, max(start, trigger.start - 100), trigger.start)
    if appeal is None and trigger.type == "diplomatic_relations":
        appeal = _AIM_BEFORE.search(text, max(start, trigger.start - 60), trigger.start)
    if appeal is None:
        return False
    # the appeal's own infinitive reaches the trigger: no finite verb of a new clause between
    return not _NEW_CLAUSE.search(appeal.group(0))


# Acts that were due but did not happen (the guide: no event; a still-future "is expected to be
# signed next month" stays a planned one).  Cheap guard: a sentence with none of these words
# holds no such act.
_UNREALISED_WORDS = _words(
    "expect", "due", "schedul", "suppos", "meant", "fail", "unable", "postpon", "delay",
    "cancel", "off", "shelv", "scrap", "defer", "stall", "not", "never", "n't", "plan",
    "intend", "hoped", "set", "slated", "was to", "were to", "pushed back", "suspend",
    "take place", "happen", "materiali", "go ahead", "yet",
)  # fmt: skip
# "had originally been expected to be signed", "was supposed to visit", "failed to sign",
# "had planned to visit", "was to have met", "have not yet signed", "never met"
_UNREALISED_BEFORE = re.compile(
    r"(?:\b(?:had|has|have)\s+(?:originally\s+|initially\s+|earlier\s+|previously\s+)?been\s+"
    r"(?:originally\s+|initially\s+)?(?:expected|due|scheduled|set|planned|slated|supposed|meant|"
    r"intended)"
    r"|\b(?:was|were)\s+(?:originally|initially|first|previously)\s+(?:expected|due|scheduled|set|"
    r"planned|slated|intended)"
    r"|\b(?:was|were)\s+(?:supposed|meant)"
    r"|\bhad\s+(?:originally\s+|initially\s+)?(?:hoped|planned|intended|wanted|expected)"
    r"|\b(?:fail(?:ed|s)?|(?:was|were)\s+unable))\s+to(?:\s+be|\s+have(?:\s+been)?)?\s+"
    r"(?:[\w-]+\s+){0,2}$"
    r"|\b(?:was|were)\s+to\s+have(?:\s+been)?\s+(?:[\w-]+\s+){0,1}$"
    # "have yet to sign", "there were no plans for a meeting"
    r"|\byet\s+to(?:\s+be)?\s+(?:[\w-]+\s+)?$"
    r"|\bno\s+(?:plans?|intention|date)\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}$"
    r"|(?:\bnot|\bnever|n't)\s+(?:yet\s+|once\s+)?(?:been\s+)?$"
    # "have not held high-level talks since …", "had never signed a treaty"
    r"|(?:\bnot|\bnever|n't)\s+(?:yet\s+|once\s+|ever\s+)?(?:held|had|hold|have)\s+(?:any\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
    # "did not give details on any talks under way", "has not ruled out any visit": acts that
    # may or may not be, none told
    r"|(?:\bnot|\bnever|n't)\s+[^.;:\"“”]{0,50}?\bany\s+(?:[\w-]+\s+){0,1}$",
    re.I,
)
# "was due to sign … on Monday, but the ceremony was called off": due, then a "but"
_DUE_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:(?:expected|due|scheduled|set|slated|planned)\s+to|to)(?:\s+be)?\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_BUT_AFTER = re.compile(r"\b(?:but|however|instead)\b", re.I)
# "The signing … was postponed", "the negotiations were delayed", "talks have stalled",
# "A planned meeting … did not take place": a named act that did not happen
_CALLED_OFF_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been|being|got)\s+"
    r"(?:\w+\s+)?(?:postponed|delayed|deferred|cancel(?:l)?ed|called\s+off|put\s+off|shelved|"
    r"scrapped|suspended|pushed\s+back)"
    r"|(?:has|have|had)\s+(?:\w+\s+)?stalled"
    r"|(?:did\s+not|didn't|never|failed\s+to)\s+(?:take\s+place|happen|materiali[sz]e|go\s+ahead))\b",
    re.I,
)
# "cancelled his visit to Brazil", "postponed the signing", "called off the talks"
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:postpon(?:e|ed|es|ing)|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|cancel(?:l)?(?:ed|s|ing)?|"
    r"call(?:ed|s|ing)?\s+off|put(?:s|ting)?\s+off|shelv(?:e|ed|es|ing)|scrap(?:ped|s|ping)?|"
    r"suspend(?:ed|s|ing)?)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_ACT_NOUNS = frozenset(
    (
        "visit", "trip", "journey", "tour", "meeting", "talks", "negotiations", "summit",
        "session", "consultations", "signing", "ceremony", "call", "conversation", "round",
        "dialogue", "forum", "retreat",
    )
)  # fmt: skip


def _unrealised(text: str, start: int, end: int, t0: int, t1: int, surface: str) -> bool:
    """Is the act at text[t0:t1] one that was due but did not happen (or not yet)?"""
    low = surface.lower()
    # "had planned to visit": VISIT_VERB's "to visit" starts at its "to"
    cut = t0 + 3 if low.startswith("to ") else t0
    if _UNREALISED_BEFORE.search(text, max(start, cut - 80), cut):
        return True
    if _DUE_BEFORE.search(text, max(start, cut - 60), cut) and _BUT_AFTER.search(text, t1, end):
        return True
    if low.rsplit(None, 1)[-1] not in _ACT_NOUNS:
        return False
    return (
        _CALLED_OFF_AFTER.match(text, t1, end) is not None
        or _CALLED_OFF_BEFORE.search(text, max(start, t0 - 60), t0) is not None
    )


# "The Joint Ministerial Forum, which … was postponed …, will now be held in Nuku'alofa in
# June": put off once, then set again (a planned act)
_RESCHEDULED = re.compile(
    r"[^.;]{0,200}?(?:\bwill\s+now\s+(?:be\s+held|take\s+place|convene)|"
    r"\b(?:has|have)\s+been\s+rescheduled\s+(?:for|to)|\bnow\s+rescheduled\s+(?:for|to)|"
    # "…, which had been delayed twice, will take place in Kampala": put off, then held
    r"\bwhich\s+[^,;]{0,80}?,\s+(?:will|is\s+to|was|were)\s+(?:now\s+|finally\s+|eventually\s+)?"
    r"(?:be\s+held|take\s+place|held|took\s+place|convene|convened))\b",
    re.I,
)


# "Sudan's al-Burhan in Asmara for talks with Isaias": a headline naming a trip's aim
_FOR_TALKS = re.compile(
    r"\b(?:in|to)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+for\s+(?:[\w-]+\s+)?$", re.I
)


def _headline_purpose(text: str, start: int, end: int, t0: int) -> bool:
    """Is "talks" the aim of a trip in a headline ("X in Suva for talks", no full stop)?"""
    if text[start:end].rstrip()[-1:] in (".", "!", "?", '"', "”"):
        return False
    return _FOR_TALKS.search(text, max(start, t0 - 50), t0) is not None


def may_fire(low: str, start: int, end: int) -> bool:
    """Cheap guard over the lower-cased text: can this span hold any trigger at all?"""
    return _ANY_WORD_START.search(low, start, end) is not None


def _aside(text: str, start: int, end: int, t: Trigger, found: list[Trigger]) -> bool:
    """`t` is told in a past clause while the main clause tells an act of its kind with a date
    of its own ("…, who last met in Beijing in May, held a phone call on Monday")."""
    if len(found) < 2 or not temporal.in_past_clause(text, start, end, t.start):
        return False
    main = any(
        o.type == t.type and not temporal.in_past_clause(text, start, end, o.start) for o in found
    )
    return main and temporal.dated_outside_clauses(text, start, end)


# "The Intergovernmental Commission, co-chaired by the ministers of economy, is to hold its
# next meeting in Tbilisi": ", co-chaired by …," describes the body; the act is the main verb's
_DESCRIBING = re.compile(r"(?:co-chaired|chaired|co-led|led|headed)\s+by\s[^.;,]{3,90},")


def _described(text: str, t: Trigger, found: list[Trigger]) -> bool:
    """`t` opens an aside set off by commas that describes a body ("…, co-chaired by X, …"),
    and the sentence tells another act of its kind after it."""
    if text[max(0, t.start - 2) : t.start] != ", " or not _DESCRIBING.match(text, t.start):
        return False
    return any(o.type == t.type and o.start > t.end for o in found)


# "Croatia will meet either France or Hungary in Friday's semi-final", "Japan meet Iran in
# the final": teams that play each other, no meeting of states
_SPORTS_WORDS = re.compile(
    r"(?i)\b(?:semi-?finals?|quarter-?finals?|finals?|play-?offs?|group\s+stage|match|"
    r"matches|fixture|tournament|championship|World\s+Cup|kick-?off)\b"
)
_FIXTURE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:in|at)\s+(?:the\s+|[\w'’-]+['’]s\s+|a\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:semi-?finals?|quarter-?finals?|finals?|play-?offs?|match|group\s+stage|fixture)\b",
    re.I,
)


def _fixture(text: str, end: int, t: Trigger) -> bool:
    """ "will meet either France or Hungary in Friday's semi-final": the sides of a match."""
    if t.type != "meeting" or t.surface.lower() not in ("meet", "meets", "met", "will meet"):
        return False
    return _FIXTURE_AFTER.match(text, t.end, end) is not None


_PREPARATION_WORDS = _words("preparation")
# "… on regional developments and preparations for the visit.", "to prepare for the
# upcoming trip": the visit the report tells, named bare as a topic of the talks
_BARE_PREPARED_VISIT = re.compile(
    r"(?i)\bprepar(?:ations?|e|ing)\s+for\s+(?:the|this|his|her|their)\s+(?:upcoming\s+|forthcoming\s+)?"
    r"(?:visit|trip)\s*(?:[.;]|,\s|$)"
)


def _visit_prepared_in_talks(text: str, visit: Trigger) -> bool:
    """The visit of a sentence that reports talks is only a bare, definite topic of them:
    "preparations for the visit." names the visit told elsewhere, not a new one."""
    window = _BARE_PREPARED_VISIT.finditer(
        text, max(0, visit.start - 30), min(len(text), visit.end + 3)
    )
    return any(m.start() <= visit.start < m.end() for m in window)


def _last_of(kind: str, firsts: dict[str, Trigger], seconds: list[Trigger], before: int) -> int:
    """The end of the last act of this kind told before `before` in the sentence."""
    ends = [t.end for t in (firsts[kind], *seconds) if t.type == kind and t.end <= before]
    return max(ends)


def find(text: str, start: int, end: int) -> list[Trigger]:
    """Every event trigger in text[start:end], at most one per type, in order of position."""
    span = _Span(text, start, end)
    found = _signed(text, span, start, end) if span.has(_SIGN_WORDS) else []
    if span.has(_VISA_WORDS) and not any(t.type == "visa_agreement" for t in found):
        act = VISA_ACT.search(text, start, end)
        if act:
            found.append(_fire("visa_agreement", act, "visa requirements cancelled"))
    if span.has(_RELATION_WORDS):
        for m in RELATIONS.finditer(text, start, end):
            if _NOT_BEFORE.search(text, max(start, m.start() - 20), m.start()):
                continue  # "have nevertheless not severed diplomatic relations"
            if _RELATIONS_AIM.search(text, max(start, m.start() - 50), m.start()):
                continue  # "agreed to begin talks on restoring diplomatic relations"
            if _SINCE_RELATIONS.search(
                text, max(start, m.start() - 50), m.start()
            ) and not _YEAR_AFTER.match(text, m.end()):
                continue  # "his second trip since the two countries restored ties": a time
            found.append(
                _fire("diplomatic_relations", m, "diplomatic relations established or changed")
            )
        for m in ANNIVERSARY.finditer(text, start, end):
            found.append(
                _fire("diplomatic_relations", m, "implied by an anniversary", int(m.group("n")))
            )
    sport = _sport(text, span, start, end)
    visit_words = span.has(_VISIT_WORDS)
    accepted = _ACCEPTED_VISIT.search(text, start, end) if visit_words else None
    stays = not visit_words and span.has(_STAY_WORDS)
    if (visit_words or stays) and not sport and not NO_VISIT.search(text, start, end):
        found += [
            _fire("visit", m, _visit_rule(m))
            for m in _visits(text, start, end)
            if not (accepted and accepted.start() <= m.start() < accepted.end())
            and (not stays or _visit_rule(m) == STAY)
        ]
    if accepted and not sport:
        found.append(_fire("visit", accepted, ACCEPTED_INVITATION))
    if span.has(_MEETING_WORDS) and not sport and not NO_MEETING.search(text, start, end):
        for m in MEETING.finditer(text, start, end):
            if m.group(0).lower() in ("meet", "consult") and _HABIT_AFTER.match(text, m.end()):
                continue  # "the senior officials would meet regularly": a practice, no one meeting
            if _HELD_HABIT.search(text, max(start, m.start() - 40), m.end()) and (
                _HABIT_IN_CLAUSE.match(text, m.end(), end)
            ):
                continue  # "have held consultations … on a regular basis since 2009": a practice
            if m.group(0) in ("Meeting", "Session", "Summit") and _COUNCIL_OF.match(text, m.end()):
                continue  # "the 24th Meeting of the Council of Heads of State of the SCO"
            if m.group(0).lower() in ("meeting", "meetings") and _SPORT_MEETING.search(
                text, max(start, m.start() - 30), m.start()
            ):
                continue  # "Watch a Diamond League meeting": athletes racing, no diplomats
            if m.group(0) in ("Meeting", "Summit") and _AHEAD_OF_NAMED.search(
                text, max(start, m.start() - 90), m.start()
            ):
                continue  # "ahead of the Pacific Islands Forum Leaders Meeting": a gathering to come
            if m.group(0).lower() == "negotiations" and _TO_CLOSE.search(
                text, max(start, m.start() - 40), m.start()
            ):
                continue  # "expected to close the tariff negotiations next year": a process
            if _LOOK_FORWARD.search(text, max(start, m.start() - 50), m.start()):
                continue  # "looking forward to the next meeting of the two leaders": a wish
            if m.group(0) == "meeting" and _SETTING_OF.search(
                text, max(start, m.start() - 80), m.start()
            ):
                continue  # "signed … on the sidelines of the Forum leaders' meeting": the setting
            if _NOUNS.match(m.group(0)) and _MANY_OF.search(
                text, max(start, m.start() - 40), m.start()
            ):
                continue  # "a string of bilateral talks highlighted …": many, none told
            if _NOUNS.match(m.group(0)) and _NONE_BEFORE.search(
                text, max(start, m.start() - 30), m.start()
            ):
                continue  # "but no meeting with Tuvalu was announced": none took place
            if _TALKS_ABOUT.match(text, m.start()) and _SPEAKER_BEFORE.search(
                text, max(start, m.start() - 30), m.start()
            ):
                continue  # "Everyone in Brussels now talks about the route": speech
            if _PRESS.match(text, m.end()) and m.group(0).lower() in ("met", "meets", "meet"):
                continue  # "met the press in Maputo"
            if m.group(0).lower() in ("met", "meets", "meet") and _MEET_STANDARD.match(
                text, m.end()
            ):
                continue  # "projects must meet environmental standards"
            if m.group(0).lower().startswith("brought") and _TOGETHER_NOT_OFFICIALS.match(
                text, m.end()
            ):
                continue  # "a concert that brought together Rwandan and Ghanaian musicians"
            if m.group(0)[:5].lower() == "recei" and _RECEIVED_THING.match(text, m.end()):
                continue  # "received a donation of maize from Zambia"
            if m.group(0).lower().startswith(_RECEPTIONS) and (
                _HOSTED_EVENT.match(text, m.end()) or _HOST_SPORT.search(text, start, end)
            ):
                continue  # "will receive the award", "is to receive the Black Stars in Uyo"
            if (
                m.group(0).lower() == "met"
                and _MET_COUNT.match(text, m.end())
                and _PERFECT_BEFORE.search(text, max(start, m.start() - 20), m.start())
            ):
                continue  # "has only met once": a count of a body's sittings
            if m.group(0)[:4].lower() == "host" and (
                _SEAT_HOSTED.search(text, max(start, m.start() - 25), m.start())
                or _HOSTED_GATHERING.match(text, m.end())
                or _GATHERING_BEFORE.search(text, max(start, m.start() - 90), m.start())
                or (
                    _HOSTED_BY.match(text, m.end()) is not None
                    and _GATHERING_HOSTED_BY.search(text, max(start, m.start() - 60), m.start())
                    is not None
                )
            ):
                continue  # "the conference that Egypt hosted", "hosted the investment forum"
            if m.group(0)[:4].lower() == "call" and _APPEAL.match(text, m.end()):
                continue  # "called on citizens to remain calm"
            if m.group(0).lower().startswith("call") and _CALL_TO.match(text, m.end(), end):
                continue  # "called on European countries to recognize …": an appeal
            if m.group(0).lower() in _TALKS_WITH and _NON_STATE.match(text, m.end()):
                continue  # "met with members of the business community"
            if _NOUNS.match(m.group(0)) and _HYPOTHETICAL_AFTER.match(text, m.end(), end):
                continue  # "talks with Somaliland and Djibouti could take years": a guess
            if _NOUNS.match(m.group(0)) and _DURATION_BEFORE.search(
                text, max(start, m.start() - 40), m.start()
            ):
                continue  # "after two decades of talks", "the culmination of years of negotiations"
            if m.group(0).lower() in ("talks", "negotiations") and _TALKS_TO_BEGIN.match(
                text, m.end(), end
            ):
                continue  # "talks on a visa waiver agreement would begin in the coming months"
            if m.group(0).lower() in ("meeting", "summit") and _GATHERING_TOPIC.search(
                text, max(start, m.start() - 120), m.start()
            ):
                continue  # "the call covered the Pacific Islands Forum leaders' meeting"
            if m.group(0).lower() == "talks" and _headline_purpose(text, start, end, m.start()):
                continue  # "PNG PM Marape in Suva for talks": the trip's aim; the body tells
            rule = _ATTENDED if m.group("attend") else "meeting, talks or call"
            found.append(_fire("meeting", m, rule))
    if not any(t.type == "meeting" for t in found) and span.has(_JOINT_TALK_WORDS):
        found += [_fire("meeting", m, JOINT_TALK) for m in _JOINT_TALK.finditer(text, start, end)][
            :1
        ]
    if span.has(_PREPARATION_WORDS):
        found += [
            _fire("meeting", m, PREPARED)
            for m in _PREPARED.finditer(text, start, end)
            if _OWN_GATHERING.search(m.group(0))
        ]
    if any(t.type in SIGNED_TYPES for t in found):  # else no meeting word describes a document
        found = [t for t in found if not _describes_document(text, t, found)]
    found = [t for t in found if not _appealed(text, start, t)]
    if found and text.find("forward", start, end) >= 0:
        # "said he looks forward to visiting Japan soon": a wish, no trip
        found = [
            t
            for t in found
            if t.type != "visit"
            or not _LOOK_FORWARD.search(text, max(start, t.start - 50), t.start)
        ]
    if found and _SPORTS_WORDS.search(text, start, end):
        found = [t for t in found if not _fixture(text, end, t)]
    if any(t.type == "visit" for t in found):
        # "will welcome his counterpart for a state visit": the visit alone (as "will host")
        found = [t for t in found if not t.surface.lower().startswith("welcome ")]
    if found and span.has(_UNREALISED_WORDS):
        found = [
            t
            for t in found
            if t.type in SIGNED_TYPES  # their signing verb was tested in `_signed`
            or _RESCHEDULED.match(text, t.end, end) is not None
            or not _unrealised(text, start, end, t.start, t.end, t.surface)
        ]
    # A proposal to hold a meeting is no meeting, but the date and place after it are its own.
    proposals = [
        replace(t, proposal=True)
        for t in found
        if t.type == "meeting" and _PROPOSED.search(text, max(start, t.start - 170), _verb_end(t))
    ]
    found = [t for t in found if not any(p.start == t.start for p in proposals)]
    # …unless the proposal names where it will sit ("agreed to hold the first session of the
    # Joint Commission in Rabat"): a meeting planned, with its venue
    agreed = [
        replace(p, proposal=False, rule=AGREED_MEETING)
        for p in proposals
        if _VENUE_AFTER.match(text, p.end, end)
    ][:1]
    proposals = [p for p in proposals if not any(a.start == p.start for a in agreed)]
    # One trigger per kind, but every change of relations ("restored … after X severed ties").
    firsts: dict[str, Trigger] = {}
    relations: list[Trigger] = []
    # the earlier legs of a tour, beside the visit of the day
    tours = [t for t in found if t.rule == TOUR][:1]
    seconds: list[Trigger] = []
    documents: list[Trigger] = []

    # A summit someone attended yields to the talks the sentence reports ("X, who attended
    # the BRICS summit, met Y"), as an act told in a past clause does to the main clause's
    # ("The presidents, who last met in Beijing in May, held a phone call on Monday").
    nexts = any(
        t.type == "meeting" and _NEXT_OF_SERIES.search(text, max(start, t.start - 50), t.start)
        for t in found
    )

    # "The communique issued at the end of the meeting said the next meeting will take place
    # in Cotonou": the meeting of the sentence, not the one it is dated by
    def rank(t: Trigger) -> tuple[bool, bool, bool, bool, int]:
        adverbial = t.type == "meeting" and nexts and adverbial_reference(text, t)
        aside = _aside(text, start, end, t, found)
        return t.rule == _ATTENDED, aside, adverbial, _described(text, t, found), t.start

    for t in sorted(found, key=rank):
        if t.rule == TOUR:
            continue
        if tours and t.type == "visit" and t.surface.lower() in ("visit", "trip", "journey"):
            continue  # "The visit concluded a tour that earlier took him to A": the tour's legs
        if t.rule == PREPARED:
            if not any(f.start <= t.start < f.end for f in found if f is not t):
                seconds.append(t)  # "discussed preparations for the tripartite summit"
        elif t.type == "visit" and "visit" in firsts and _AND_A.search(text, start, t.start):
            seconds.append(t)  # "a state visit to Germany and a working visit to Czechia"
        elif (
            t.type == "visit"
            and "visit" in firsts
            and _AND_THE.search(text, max(start, t.start - 30), t.start)
            and _OF_TO.match(text, t.end, end)
        ):
            # "the visit of A to Damascus on 18 April, and the visit of B to Jeddah on 12 April"
            seconds.append(t)
        elif (
            t.type == "meeting"
            and "meeting" in firsts
            and _FOLLOWED_BY.search(text, max(start, t.start - 40), t.start)
        ):
            # "held talks with Dar, which was followed by a meeting with PM"
            seconds.append(replace(t, rule=FOLLOWED_MEETING))
        elif (
            t.type in ("meeting", "visit")
            and t.type in firsts
            and firsts[t.type].end <= t.start
            and not is_back_reference(text, t)
            and next_act_break(text, _last_of(t.type, firsts, seconds, t.start), t) is not None
        ):
            seconds.append(replace(t, rule=NEXT_ACT))  # "…, and two days later he is in Paris"
        elif t.item:
            documents.append(t)  # "memoranda on tourism, on health and on sport": each one
        elif t.type != "diplomatic_relations":
            firsts.setdefault(t.type, t)
        elif not relations or t.start >= relations[-1].end:
            relations.append(t)
    if (
        "meeting" in firsts
        and "visit" in firsts
        and _visit_prepared_in_talks(text, firsts["visit"])
    ):
        del firsts["visit"]  # "conferred by telephone on … preparations for the visit."
    # "the 30th anniversary of the establishment of diplomatic relations": one implied event.
    if any(t.anniversary for t in relations):
        relations = [next(t for t in relations if t.anniversary)]
    return sorted(
        [
            *firsts.values(),
            *seconds[:2],
            *documents[:12],
            *relations,
            *tours,
            *proposals[:1],
            *agreed,
        ],
        key=lambda t: (t.start, t.item),
    )


# The same matches, found faster: a first-character guard on each (see `quick`).
SIGN = prefilter.sift(quick.fold(SIGN))
NO_ACT = quick.guard(NO_ACT)
_COMPANIES = quick.guard(_COMPANIES)
_BUSINESS = prefilter.sift(quick.guard(_BUSINESS))
_COMPANY_SIGNS = quick.guard(_COMPANY_SIGNS)
_ACCEPTED_VISIT = prefilter.sift(_ACCEPTED_VISIT)
_STATE_SIDE = quick.guard(_STATE_SIDE)
_NO_SIGNED_BEFORE = quick.guard(_NO_SIGNED_BEFORE)
VISA = prefilter.sift(quick.fold(VISA))
VISA_ACT = quick.fold(VISA_ACT)
DOCUMENTS = quick.guard(DOCUMENTS)
SIGNED_DOCUMENTS = quick.guard(SIGNED_DOCUMENTS)
MOU = prefilter.sift(quick.guard(MOU))
AGREEMENT = prefilter.sift(quick.fold(AGREEMENT))
RELATIONS = prefilter.sift(quick.fold(RELATIONS))
ANNIVERSARY = prefilter.sift(quick.fold(ANNIVERSARY))
VISIT_VERB = prefilter.sift(quick.fold(VISIT_VERB))
NO_VISIT = prefilter.sift(quick.fold(NO_VISIT))
MEETING = prefilter.sift(quick.fold(MEETING))
NO_MEETING = prefilter.sift(quick.fold(NO_MEETING))
# Searched over every sentence with an event: answered at once where none of its words stands.
_SPORTS_WORDS = prefilter.sift(quick.guard(_SPORTS_WORDS))
_LOOK_FORWARD = quick.guard(_LOOK_FORWARD)
_PRIVATE_TRAVELLERS = quick.guard(_PRIVATE_TRAVELLERS)
_SPEAKER_BEFORE = quick.guard(_SPEAKER_BEFORE)
_DEFINITE = quick.guard(_DEFINITE)
_TALKS_BEFORE = quick.guard(_TALKS_BEFORE)
_JOINT_TALK = quick.guard(_JOINT_TALK)
_TALKS_AFTER = quick.guard(_TALKS_AFTER)
_IMPLEMENTING_BEFORE = quick.guard(_IMPLEMENTING_BEFORE)
_TALLY_COUNT = quick.guard(_TALLY_COUNT)
_ANY_WORD_START = prefilter.sift(quick.guard(_ANY_WORD_START))
_VISIT_WORD = quick.fold(_VISIT_WORD)
_COMPLEMENT = quick.guard(_COMPLEMENT)
_PROPOSED = prefilter.sift(quick.guard(_PROPOSED))
_VENUE_AFTER = quick.guard(_VENUE_AFTER)
VISIT_NOUN = prefilter.sift(quick.fold(VISIT_NOUN))
_APPEAL_BEFORE = prefilter.sift(quick.guard(_APPEAL_BEFORE))
_AIM_BEFORE = quick.guard(_AIM_BEFORE)
_WISH_BEFORE = prefilter.sift(quick.guard(_WISH_BEFORE))
_UNREALISED_BEFORE = quick.guard(_UNREALISED_BEFORE)
_DUE_BEFORE = quick.guard(_DUE_BEFORE)
_BUT_AFTER = quick.guard(_BUT_AFTER)
_CALLED_OFF_AFTER = prefilter.sift(quick.guard(_CALLED_OFF_AFTER))
_CALLED_OFF_BEFORE = quick.guard(_CALLED_OFF_BEFORE)
_CALL_TO = quick.guard(_CALL_TO)
_NEW_CLAUSE = quick.guard(_NEW_CLAUSE)
_SITE = quick.guard(_SITE)
_ENDING = quick.guard(_ENDING)
_SIGNED_AFTER = quick.guard(_SIGNED_AFTER)
_TEAM = quick.guard(_TEAM)
_SCORE = prefilter.sift(quick.guard(_SCORE))
_APPEAL = quick.guard(_APPEAL)
_NON_STATE = quick.guard(_NON_STATE)
_MEET_STANDARD = quick.guard(_MEET_STANDARD)
_TOGETHER_NOT_OFFICIALS = quick.guard(_TOGETHER_NOT_OFFICIALS)
_VISITED_SITE = quick.guard(_VISITED_SITE)
_AMONG = quick.guard(_AMONG)
_LISTED_ONE = quick.guard(_LISTED_ONE)
_LISTED_LAST = quick.guard(_LISTED_LAST)
_RELATIONS_AIM = quick.guard(_RELATIONS_AIM)
_VIEWS = quick.guard(_VIEWS)
_RESCHEDULED = quick.guard(_RESCHEDULED)
_AND_A = quick.guard(_AND_A)
_FOLLOWED_BY = quick.guard(_FOLLOWED_BY)
_NEXT_ACT_BREAK = quick.guard(_NEXT_ACT_BREAK)
_AND_THE = quick.guard(_AND_THE)
_OF_TO = quick.guard(_OF_TO)
_HYPOTHETICAL_AFTER = quick.guard(_HYPOTHETICAL_AFTER)
_SIGNED_LAW = quick.fold(_SIGNED_LAW)
_COURTESY = quick.guard(_COURTESY)
_PREPARED = quick.fold(_PREPARED)
_SPORT = quick.guard(_SPORT)
_HOSTED_EVENT = quick.guard(_HOSTED_EVENT)
_HOST_SPORT = quick.guard(_HOST_SPORT)
_HOSTED_BEFORE = quick.guard(_HOSTED_BEFORE)
_SEAT_HOSTED = quick.guard(_SEAT_HOSTED)
_HOSTED_GATHERING = quick.guard(_HOSTED_GATHERING)
_GATHERING_BEFORE = quick.guard(_GATHERING_BEFORE)
_GATHERING_HOSTED_BY = quick.guard(_GATHERING_HOSTED_BY)
_MET_COUNT = quick.guard(_MET_COUNT)
_DURATION_BEFORE = quick.guard(_DURATION_BEFORE)
