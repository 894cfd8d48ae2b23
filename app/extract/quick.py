"""Faster, equivalent regexes: a first-character guard (`\\b`-led or case-insensitive patterns).

Python's regex engine tries a pattern like `\\b(?:met|talks|…)` (case-insensitive) at every
word boundary by entering each alternative in turn, which is slow for long alternations.
`guard` computes, from the parsed pattern, every character a match can start with, and returns
`\\b(?=[those characters])(?:pattern)` compiled with the same flags.  Every match of the
pattern starts at a word boundary with one of those characters (matched under the same flags),
so the guarded pattern finds exactly the same matches, groups and spans; it only rejects the
other positions at once.  A case-insensitive pattern not led by `\\b` gets the lookahead alone
(`(?=[…])(?:pattern)`): its alternatives, matched without case, are otherwise each entered at
every position.  Patterns whose first characters cannot be listed are returned as is.  Every pattern these functions make has its
alternations factored by their leading characters first (see `factored`).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any, cast

from app.extract import factored

_parser: Any = importlib.import_module("re._parser")

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


# Each guarded pattern and the pattern it was made from (for the tests that compare them).
ORIGINALS: dict[re.Pattern[str], re.Pattern[str]] = {}


# Every folded pattern (for the tests that compare them with their originals).
FOLDED: list[_Folded] = []


class _Unknown(Exception):
    """The first characters of a (part of a) pattern cannot be listed."""


Unknown = _Unknown


def _item(op: Any, av: Any) -> str:
    name = str(op)
    if name == "LITERAL":
        return re.escape(chr(av))
    if name == "RANGE":
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if name == "CATEGORY" and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Unknown


def _mode(mode: str, add_flags: int, del_flags: int) -> str:
    """The case mode inside a group with its own flags: "" (the pattern's), "i" or "-i"."""
    if not add_flags and not del_flags:
        return mode
    if add_flags == re.IGNORECASE and not del_flags:
        return "i"
    if del_flags == re.IGNORECASE and not add_flags:
        return "-i"
    raise _Unknown  # other flags inside: the guard could not match like them


def _first(items: list[tuple[Any, Any]], mode: str = "") -> tuple[set[tuple[str, str]], bool]:
    """The class items a match of this sequence can start with (each with the case mode it is
    matched in), and whether the sequence can match the empty string."""
    out: set[tuple[str, str]] = set()
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes after it
        if name == "LITERAL":
            return out | {(mode, _item(op, av))}, False
        if name == "IN":
            if any(str(o) == "NEGATE" for o, _ in av):
                raise _Unknown
            return out | {(mode, _item(o, a)) for o, a in av}, False
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            chars, empty = _first(list(sub.data), _mode(mode, add_flags, del_flags))
        elif name == "ATOMIC_GROUP":
            chars, empty = _first(list(av.data), mode)
        elif name == "BRANCH":
            chars, empty = set(), False
            for alternative in av[1]:
                alt_chars, alt_empty = _first(list(alternative.data), mode)
                chars |= alt_chars
                empty = empty or alt_empty
        elif name in _REPEATS:
            low, _high, sub = av
            chars, empty = _first(list(sub.data), mode)
            empty = empty or low == 0
        else:
            raise _Unknown  # any character, back references, conditionals …
        out |= chars
        if not empty:
            return out, False
    return out, True


def first_chars(source: str, flags: int) -> tuple[set[tuple[str, str]], bool]:
    """The class items a match of the pattern `source` can start with (see `_first`); raises
    `Unknown` when they cannot be listed."""
    return _first(list(_parser.parse(source, flags).data))


def _at_boundary(items: list[tuple[Any, Any]]) -> bool:
    """Whether every match of this sequence starts at a `\\b` (in each alternative, after
    lookarounds that consume nothing)."""
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        if name == "AT":
            return str(av) == "AT_BOUNDARY"
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            case_only = not (add_flags | del_flags) & ~re.IGNORECASE
            return case_only and _at_boundary(list(sub.data))
        if name == "BRANCH":
            return all(_at_boundary(list(alternative.data)) for alternative in av[1])
        return False
    return False


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same case-sensitive pattern guarded (see `guard`), its searches led by the class of
    its first characters (see `_Led`): for a pattern led by `\\b`, a lookbehind or an anchor
    (which `re` tries at every position) scanned over whole sentences.  A pattern whose first
    characters cannot be listed, or matched without case, is only guarded."""
    guarded = guard(pattern)
    if pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return guarded
    leading = _leading(factored.factor(pattern))
    if leading is None:
        return guarded
    led = _Led(guarded, leading)
    FOLDED.append(led)
    return cast("re.Pattern[str]", led)


def fold(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern guarded (see `guard`); a case-insensitive one also looks for its
    matches in the lower-cased text (see `_Folded`): for long alternations scanned over
    whole sentences."""
    guarded = guard(pattern)
    twin = _twin(pattern)
    if twin is None:
        return guarded
    folded = _Folded(guarded, _leading(twin) or guard(twin))
    FOLDED.append(folded)
    return cast("re.Pattern[str]", folded)


def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose `search(text, pos, endpos)` finds something exactly when one of `words`
    stands in `text[pos:endpos]` (`any(w in text[pos:endpos] for w in words)`): one scan of
    the span, with no slice and no substring test for each word."""
    return factored.factor(re.compile("|".join(re.escape(w) for w in words)))


def _split_flags(source: str) -> tuple[str, str]:
    """A pattern's source as its leading inline flags ("(?i)", or "") and the rest."""
    lead = _LEADING_FLAGS.match(source)
    return (lead.group(0), source[lead.end() :]) if lead else ("", source)


def guard(pattern: re.Pattern[str], *, scanned: bool = False) -> re.Pattern[str]:
    """The same pattern with a first-character guard after its leading `\\b` (see above).
    `scanned`: guard a case-sensitive pattern not led by `\\b` too (one whose first item the
    engine cannot scan for, as `\\d+|January|…`: it enters the alternation at every position)."""
    if pattern.flags & re.VERBOSE:
        return pattern
    original, pattern = pattern, factored.factor(pattern)
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        data = list(parsed.data)
        boundary = _at_boundary(data)
        if not boundary and not pattern.flags & re.IGNORECASE and not scanned:
            return pattern  # the engine's own first-character scan may serve it better
        chars, empty = _first(data)
    except _Unknown:
        return pattern
    if empty or not chars:
        return pattern
    flags, body = _split_flags(pattern.pattern)
    classes = []
    for mode in ("", "i", "-i"):
        items = "".join(sorted(item for m, item in chars if m == mode))
        if items:
            classes.append(f"(?{mode}:[{items}])" if mode else f"[{items}]")
    lookahead = f"(?={'|'.join(classes)})"
    guarded = rf"{flags}\b{lookahead}(?:{body})" if boundary else f"{flags}{lookahead}(?:{body})"
    try:
        compiled = re.compile(guarded, pattern.flags & ~re.UNICODE)
    except re.error:
        return pattern
    ORIGINALS[compiled] = original
    return compiled


def _leading(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds where the case-sensitive `pattern` matches, and only there, but led
    by the class of its first characters: `[ms](?<=(?=PATTERN)[\\s\\S])`.  `re` skips to the
    characters of a leading class at once; a pattern led by `\\b` (or by a lookahead) it tries
    at every position, each with a word test.  The match is one character long and starts
    where `pattern`'s does.  None when the first characters cannot be listed so."""
    try:
        chars, empty = _first(list(_parser.parse(pattern.pattern, pattern.flags).data))
    except _Unknown:
        return None
    if empty or not chars or any(mode for mode, _item in chars):
        return None  # a part with its own case mode
    items = "".join(sorted(item for _mode, item in chars))
    flags, body = _split_flags(pattern.pattern)
    try:
        return re.compile(rf"{flags}[{items}](?<=(?=(?:{body}))[\s\S])", pattern.flags)
    except re.error:
        return None


# Scoped or inline flags (but a part matched with case), escapes naming characters by number,
# back references: `fold` leaves patterns with these as they are.
_FLAGS_GROUP = re.compile(r"\(\?[aiLmsux-]+[:)]")
_NUMBERED = re.compile(r"\\(?:[xuUN0-9])|\(\?P=")
_CASED_PART = "(?-i:"


# Letters beyond ASCII that match without case their other case alone (Latin-1's, but ß, µ
# and ÿ): the twin, which reads a text whose other letters keep their case, lists both.
_BOTH_CASES = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ")


def _lower_source(source: str) -> str | None:
    """The source with every literal letter lower-cased (escapes and group names as written), a
    part matched with case (`(?-i:…)`) lower-cased as well, a letter of `_BOTH_CASES` in both
    cases ("[eê]" -> "[eêÊ]", "ê" -> "[êÊ]"); None when a lower-cased text could not be read
    with it (see `_twin`)."""
    if _FLAGS_GROUP.search(source.replace(_CASED_PART, "(?:")) or _NUMBERED.search(source):
        return None
    out: list[str] = []
    i = 0
    class_start = -1  # where the class being read opened ("[" or "[^"), -1 outside one
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])  # \S, \W, \b, \. …: an escape is kept as written
            i += 2
            continue
        if class_start >= 0:
            if char == "]" and i > class_start:
                class_start = -1
        elif char == "[":
            class_start = i + 2 if source.startswith("[^", i) else i + 1
        elif source.startswith(_CASED_PART, i):
            out.append("(?:")
            i += len(_CASED_PART)
            continue
        elif source.startswith("(?P<", i):
            close = source.index(">", i)
            out.append(source[i : close + 1])
            i = close + 1
            continue
        if char in _BOTH_CASES:
            both = char.lower() + char.upper()
            out.append(both if class_start >= 0 else f"[{both}]")
        elif len(char.lower()) != 1 or (not char.isascii() and char.lower() != char.upper()):
            return None  # a letter with case beyond ASCII ("ß", "ſ")
        else:
            out.append(char.lower())
        i += 1
    return "".join(out)


def _cased_in_negation(items: Any, negated: bool = False) -> bool:
    """Whether a part matched with case stands inside a negative lookaround (there the twin's
    looser part would reject what the original accepts)."""
    for op, av in items:
        name = str(op)
        if name == "SUBPATTERN":
            if negated and av[2] & re.IGNORECASE:
                return True
            subs = [av[3]]
        elif name == "BRANCH":
            subs = list(av[1])
        elif name in _REPEATS or name == "ASSERT":
            subs = [av[-1]]
        elif name == "ASSERT_NOT":
            if _cased_in_negation(av[1].data, True):
                return True
            continue
        elif name == "ATOMIC_GROUP":
            subs = [av]
        else:
            continue
        if any(_cased_in_negation(sub.data, negated) for sub in subs):
            return True
    return False


def _range_folds(low: int, high: int) -> bool:
    """A class range within A-Z, within a-z, or among characters without case: its lower-cased
    ends then bound the lower-cased characters it matches without case."""
    chars = [chr(c) for c in range(low, high + 1)]
    return (
        "A" <= chars[0] <= chars[-1] <= "Z"
        or "a" <= chars[0] <= chars[-1] <= "z"
        or all(c.lower() == c == c.upper() for c in chars)
    )


def _ranges_fold(items: Any) -> bool:
    """Every class range of the parsed pattern folds (see `_range_folds`)."""
    for op, av in items:
        name = str(op)
        if name == "IN":
            ranges = [a for o, a in av if str(o) == "RANGE"]
            if not all(_range_folds(low, high) for low, high in ranges):
                return False
        elif name == "SUBPATTERN":
            subs = [av[3]]
        elif name == "BRANCH":
            subs = list(av[1])
        elif name in _REPEATS or name in ("ASSERT", "ASSERT_NOT"):
            subs = [av[-1]]
        elif name == "ATOMIC_GROUP":
            subs = [av]
        else:
            continue
        if name != "IN" and not all(_ranges_fold(sub.data) for sub in subs):
            return False
    return True


_SHORT = 200
# The characters that match an ASCII letter without case but are none ("İ", "ı", "ſ" and the
# Kelvin sign): a text holding one is searched with the original.  Any other character
# matches an ASCII letter without case only if it is one, and the twin's other letters are
# ASCII too, so lower-casing the ASCII letters alone (which keeps every offset) is enough.
NOT_ASCII_LETTERS = frozenset("İıſ\u212a")


def has_special(text: str) -> bool:
    """Whether `text` holds one of `NOT_ASCII_LETTERS` (four substring scans: a set's
    `isdisjoint` would hash every character)."""
    return "İ" in text or "ı" in text or "ſ" in text or "\u212a" in text


# The last text folded and its lower-cased form (None when it holds a special character).
_last: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """`text` with its ASCII letters lower-cased, every offset kept: where a case-insensitive
    pattern matches `text`, its words stand lower-cased in `folded(text)` (exact tests before
    a search, the twins of `fold`).  None when the text holds one of `NOT_ASCII_LETTERS`.  The
    last text's is kept (the stages ask for the same document's many times)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    if text.isascii():
        low: str | None = text.lower()
    elif has_special(text):
        low = None
    else:
        low = text.encode().lower().decode()  # bytes.lower(): the ASCII letters only, fast
    _last = (text, low)
    return low


def may_hold(low: str | None, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower-case letters) may stand in the span of the folded text
    `low` (always, with no folded text)."""
    if low is None:
        return True
    for word in words:  # noqa: SIM110 - a loop: any() over a generator costs more than the finds
        if low.find(word, start, end) >= 0:
            return True
    return False


def _folded(text: str) -> str | None:
    """`text` folded (see `folded`) when matching that with a twin (see `_twin`) pays: a
    whole text, not a phrase cut from it (that is searched with the original)."""
    return None if len(text) < _SHORT else folded(text)


class _Folded:
    """A case-insensitive pattern that finds where it may match in the lower-cased text with a
    case-sensitive twin (whose alternatives `re` can skip by their first letter: it cannot
    without case), and tries the original at each such place, leftmost first.  The twin matches
    wherever the original does (see `_twin`), so the first place the original matches is the
    original's own search result."""

    def __init__(self, original: re.Pattern[str], twin: re.Pattern[str]) -> None:
        self.original = original
        self.twin = twin

    def __getattr__(self, name: str) -> Any:
        return getattr(self.original, name)  # pattern, flags, sub … as the original's

    def _scanned(self, text: str) -> str | None:
        """The text the twin scans: `text` folded (None: search with the original)."""
        return _folded(text)

    def _next(self, text: str, low: str, pos: int, endpos: int) -> re.Match[str] | None:
        while (found := self.twin.search(low, pos, endpos)) is not None:
            match = self.original.match(text, found.start(), endpos)
            if match is not None:
                return match
            pos = found.start() + 1  # a part matched with case did not: look further on
        return None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = self._scanned(text)
        if low is None:
            return self.original.search(text, pos, endpos)
        return self._next(text, low, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        low = self._scanned(text)
        if low is None:
            yield from self.original.finditer(text, pos, endpos)
            return
        while (match := self._next(text, low, pos, endpos)) is not None:
            yield match
            pos = match.end()  # never empty (see `_twin`): the next match starts after it


class _Led(_Folded):
    """A case-sensitive pattern whose searches find where it matches with its twin led by a
    class (see `_leading`: it matches exactly where the pattern does, one character long), and
    match the pattern there: `re` skips to a leading class's characters at once."""

    def _scanned(self, text: str) -> str | None:
        return text


def _without_cased_negations(source: str) -> str:
    """The source without the negative lookarounds that hold a part matched with case (whose
    twin would reject what the original accepts): a looser pattern, so its twin matches
    wherever the original does."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith(("(?!", "(?<!"), i):
            end = factored.group_end(source, i)
            if _CASED_PART in source[i:end]:
                i = end
                continue
        after = factored.skip(source, i)
        out.append(source[i:after])
        i = after
    return "".join(out)


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern, for the lower-cased text: it
    matches there wherever the original matches the text (in a text without `NOT_ASCII_LETTERS`
    characters), and the same way but where the original matches with case.  None for a
    pattern that can match the empty string or cannot be lower-cased so."""
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern
    lead = _LEADING_FLAGS.match(source)
    if lead and lead.group(0) == "(?i)":
        source = source[lead.end() :]
    source = _without_cased_negations(source)
    lowered = _lower_source(source)
    if lowered is None:
        return None
    data = list(_parser.parse(source, pattern.flags).data)
    try:
        _chars, empty = _first(data)
    except _Unknown:
        empty = True
    if empty or not _ranges_fold(data) or _cased_in_negation(data):
        return None
    return factored.factor(re.compile(lowered, pattern.flags & ~re.IGNORECASE & ~re.UNICODE))
