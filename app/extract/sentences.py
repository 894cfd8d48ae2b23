"""Split a document into sentences with their offsets.

Reads: the document text.  Assigns: `Sentence(start, end, text)` spans, with
`text == doc[start:end]`.  Every line break that ends a paragraph or a headline
ends a sentence; inside a paragraph, `.`, `!` or `?` followed by a space and a
capital, a digit or a quote ends one, except after abbreviations and initials.
"""

from __future__ import annotations

import re

from app.extract.types import Sentence

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "h.e",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "vs",
        "e.g",
        "i.e",
        "etc",
        "u.s",
        "u.k",
        "u.n",
        "u.a.e",
        "mt",
        "ft",
        "capt",
        "maj",
        "adm",
        "cmdr",
        "sgt",
        "dept",
        "est",
        "approx",
        "fig",
        "vol",
        "pp",
        "a.m",
        "p.m",
        "hon",
        "rt",
        "amb",
        "brig",
        "engr",
        # titles of Arab, African, South Asian and Latin American news ("Eng. Mahmoud Esmat",
        # "Sh. Piyush Goyal", "Smt. Nirmala Sitharaman", "Ing. Pedro Perez", "Lic. Ana Ruiz")
        *("eng", "ing", "lic", "arq", "adv", "sh", "smt", "shri", "km"),
        *("fr", "rev", "msgr", "mme", "mlle", "pres", "min", "dep", "sec", "asst", "assoc"),
        *("cdr", "cmdt", "pvt", "cpl", "supt", "insp", "ret", "corp", "bros", "ave", "blvd"),
        # "Sqn. Ldr.", "Maj. Gen. (Rtd.)", "Messrs.", Indonesian "Ir." and "Drs.", "Hj.", "Art. 5"
        *("sqn", "ldr", "flt", "rtd", "messrs", "ir", "drs", "dra", "hj", "art", "para"),
        "pol",  # Thai police ranks: "Pol. Gen. Srettha Thavisin", "Pol. Lt. Col."
    ]
)
# Abbreviations that end a sentence as often as they stand inside one ("… sanctions on the
# U.S. The minister said"): a stop after them ends one only before a word that starts
# sentences and never follows them inside one.
_FINAL = frozenset(["u.s", "u.k", "u.n", "u.a.e", "etc", "inc", "ltd", "co", "jr", "a.m", "p.m"])
_STARTER = re.compile(
    r"\s+[\"“‘(]?(?:The|He|She|It|They|We|This|That|These|Those|In|On|At|During|After|Before|"
    r"However|But|Both|Earlier|Later|Meanwhile|According)\b"
)
_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"([.!?])(['\"’”)]*)\s+(?=[\"'“‘(]?[A-Z0-9])")
# `_BOUNDARY` for a text without "!" or "?": led by a literal, which `re` skips to at once (it
# tests a leading class at every position)
_STOP_BOUNDARY = re.compile(r"(\.)(['\"’”)]*)\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _word_before(text: str, dot: int) -> str | None:
    """`_WORD_BEFORE.search(text, max(0, dot - 24), dot).group(1)`: the run of word characters
    and dots ending at `dot`, read back from it (the search tries every position of the span)."""
    if text[dot - 1 : dot] == "\n":
        match = _WORD_BEFORE.search(text, max(0, dot - 24), dot)  # "$" before a final newline
        return match.group(1) if match else None
    lo = max(0, dot - 24)
    at = dot
    while at > lo:
        char = text[at - 1]
        if not (char.isalnum() or char == "_" or char == "."):  # `[\w.]`: \w is str.isalnum's
            break
        at -= 1
    return text[at:dot] if at < dot else None


def _is_abbreviation(text: str, dot: int) -> bool:
    found = _word_before(text, dot)
    if found is None:
        return False
    word = found.lower()
    bare = word.rstrip(".")
    if word in _FINAL and _STARTER.match(text, dot + 1):
        return False  # "… on the U.S. The talks …"
    # initials: "J. Smith", "A.K. Abdul Momen"
    return word in ABBREVIATIONS or _INITIALS.fullmatch(bare) is not None


def _strip(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end]) if end > start else None


def split(text: str) -> list[Sentence]:
    """Sentences of `text`, in order, offsets into `text`."""
    out: list[Sentence] = []
    boundaries = _BOUNDARY if "!" in text or "?" in text else _STOP_BOUNDARY
    for line in _PARAGRAPH.finditer(text):
        start = line.start()
        for boundary in boundaries.finditer(text, line.start(), line.end()):
            if boundary.group(1) == "." and _is_abbreviation(text, boundary.start()):
                continue
            sent = _strip(text, start, boundary.end(2))
            if sent:
                out.append(sent)
            start = boundary.end()
        sent = _strip(text, start, line.end())
        if sent:
            out.append(sent)
    return out
