"""One pass per document that tells every sifted pattern where it cannot match.

`sift(pattern)` registers the strings one of which every match of `pattern` holds (see
`literals.required`) and returns a pattern that finds what `pattern` finds.  `read(text)`
scans the folded document (see `quick.folded`) once for the strings of every sifted pattern
together (Aho-Corasick), keeping where each stands.  A search, match, fullmatch or finditer of
a sifted pattern over that document (or its folded form) whose span `[pos, endpos)` holds none
of its strings whole returns None (nothing) at once; for a pattern whose every match starts
with one of its strings, a search starts at the first (and where they are few, tries them one
by one).  Any other call, and every call on another text (a phrase cut from the document, a
text with one of `quick.NOT_ASCII_LETTERS`), is the pattern's own.  Sound: a match consumes
one of the strings inside its span, and the folded text holds it there (lower-cased, every
offset kept).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, cast

import ahocorasick_rs

from app.extract import factored, literals, quick

Spans = list[tuple[int, int]]  # (start, end) of strings in a text, in order

# Every sifted pattern's strings, by number.
_NUMBERS: dict[str, int] = {}
# The automaton over every string so far (None: a pattern was sifted since it was made).
_automaton: Any = None
# The most a pattern's strings may weigh (`literals.weight`) for its searches to try the
# places they start one by one rather than scan from the first.
_PROBES_MAX = 0.05
_NOT_READ = -2  # `Sifted._start` for a text that is not the read document


def _matcher() -> Any:
    global _automaton
    if _automaton is None:
        _automaton = ahocorasick_rs.AhoCorasick(
            list(_NUMBERS), implementation=ahocorasick_rs.Implementation.DFA
        )
    return _automaton


class _Document:
    """A document read for the sifted patterns: the spans of each string in its folded text."""

    def __init__(self, texts: tuple[str, ...], low: str) -> None:
        self.texts = texts  # kept, so that their ids name them
        self.ids = frozenset(map(id, texts))
        self.found: defaultdict[int, Spans] = defaultdict(list)
        for number, start, end in _matcher().find_matches_as_indexes(low, overlapping=True):
            self.found[number].append((start, end))

    def spans(self, numbers: tuple[int, ...]) -> Spans:
        """The spans of these strings, in order."""
        if len(numbers) == 1:
            return self.found.get(numbers[0], [])
        spans: Spans = []
        found = self.found
        for number in found.keys() & numbers:  # those the document holds (one test in C each)
            spans += found[number]
        spans.sort()
        return spans


_document: _Document | None = None


def read(text: str, *aliases: str) -> None:
    """Read `text` for the sifted patterns (replacing the document read before).  `aliases`:
    other strings the stages search as this document, kept if equal to its folded form."""
    global _document
    low = quick.folded(text)
    if low is None or not _NUMBERS:
        _document = None
        return
    _document = _Document((text, low, *(a for a in aliases if a == low)), low)


def forget() -> None:
    """Read no document: every sifted pattern searches as its own."""
    global _document
    _document = None


def _number(string: str) -> int:
    global _automaton
    number = _NUMBERS.get(string)
    if number is None:
        number = _NUMBERS[string] = len(_NUMBERS)
        _automaton = None
    return number


class Sifted:
    """A pattern whose calls over the read document skip the spans without its strings."""

    def __init__(self, pattern: re.Pattern[str], required: literals.Required) -> None:
        self.inner = pattern
        self.required = required
        self._numbers = tuple(sorted(_number(s) for s in required.strings))
        self._leading = required.leading
        # the last document asked about and the spans there, read and written as one pair
        self._memo: tuple[_Document | None, Spans] = (None, [])
        self._probes = required.leading and literals.weight(required.strings) <= _PROBES_MAX
        # bound once (a folded pattern's own are found through its `__getattr__`)
        self._search, self._match = pattern.search, pattern.match
        self._fullmatch, self._finditer = pattern.fullmatch, pattern.finditer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)  # pattern, flags, sub … as the pattern's own

    def _spans(self, document: _Document | None, text: str) -> Spans | None:
        """Where the strings stand in `text` if it is `document` (the one read when the call
        began: another thread may read another meanwhile), None if not."""
        if document is None or id(text) not in document.ids:
            return None
        memo = self._memo
        if memo[0] is not document:
            memo = self._memo = (document, document.spans(self._numbers))
        return memo[1]

    def _start(self, spans: Spans | None, pos: int, endpos: int, probed: bool = True) -> int:
        """Where a match in text[pos:endpos] may start first: `pos`, or the first string's
        start for a pattern led by them; -1 where the span holds none; `_NOT_READ` when the
        text is not the read document (`spans` None: the pattern's own calls).  `probed`:
        for a pattern whose strings `_at` tries, `pos` at once (`_at` finds the first)."""
        if spans is None:
            return _NOT_READ
        if pos < 0:
            pos = 0
        if self._probes and probed:
            return pos
        for i in range(bisect_left(spans, (pos,)), len(spans)):
            start, end = spans[i]
            if start >= endpos:
                break
            if end <= endpos:  # the first string wholly inside
                return start if self._leading else pos
        return -1

    def _at(self, spans: Spans, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match in text[pos:endpos], tried where the strings start (`spans`)."""
        tried = -1
        for i in range(bisect_left(spans, (pos,)), len(spans)):
            start, end = spans[i]
            if start >= endpos:
                break
            if end <= endpos and start != tried:
                tried = start
                match = self._match(text, start, endpos)
                if match is not None:
                    return match
        return None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        spans = self._spans(_document, text)
        start = self._start(spans, pos, endpos)
        if start == _NOT_READ:
            return self._search(text, pos, endpos)
        if start < 0:
            return None
        if self._probes:
            return self._at(cast("Spans", spans), text, start, endpos)
        return self._search(text, start, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        spans = self._spans(_document, text)
        start = self._start(spans, pos, endpos)
        if start == _NOT_READ:
            return self._finditer(text, pos, endpos)
        if start < 0:
            return iter(())
        if self._probes:
            return self._matches(cast("Spans", spans), text, start, endpos)
        return self._finditer(text, start, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._no_match_at(text, pos, endpos) else self._match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._no_match_at(text, pos, endpos):
            return None
        return self._fullmatch(text, pos, endpos)

    def _no_match_at(self, text: str, pos: int, endpos: int) -> bool:
        """Whether no match can start at `pos` of the read document `text`."""
        start = self._start(self._spans(_document, text), pos, endpos, False)
        return start != _NOT_READ and (start < 0 or start > max(pos, 0))

    def _matches(self, spans: Spans, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        while (match := self._at(spans, text, pos, endpos)) is not None:
            yield match
            pos = match.end()  # never empty (it holds a string): the next starts after it


class Words:
    """Lower-case ASCII strings registered like a sifted pattern's, to tell whether one of them
    stands in a span of the read document from where the one pass found them, instead of a
    substring test for each over the span lower-cased (the same answer: with no
    `quick.NOT_ASCII_LETTERS` in the text, lower-casing puts an ASCII letter only where one
    stood, each at its offset).  Register them when the module loads: a document read before
    holds none of the strings registered after."""

    def __init__(self, words: tuple[str, ...]) -> None:
        if not all(w.isascii() and w == w.lower() for w in words):
            raise ValueError(f"not lower-case ASCII: {words}")
        self.words = words
        self._numbers = tuple(sorted({_number(w) for w in words}))
        self._memo: tuple[_Document | None, Spans] = (None, [])

    def inside(self, text: str, start: int, end: int) -> bool | None:
        """Whether one of the strings stands whole in text[start:end]; None when `text` is
        not the read document."""
        document = _document
        if document is None or id(text) not in document.ids:
            return None
        memo = self._memo
        if memo[0] is not document:
            memo = self._memo = (document, document.spans(self._numbers))
        spans = memo[1]
        for i in range(bisect_left(spans, (start,)), len(spans)):
            first, last = spans[i]
            if first >= end:
                break
            if last <= end:
                return True
        return False


# Every sifted pattern (for the tests that compare them with their originals).
SIFTED: list[Sifted] = []


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a guarded, folded or factored one was made from: `literals` reads the
    strings its matches hold better there (a factored alternation cuts its words apart)."""
    inner = getattr(pattern, "original", pattern)
    return quick.ORIGINALS.get(inner) or factored.ORIGINALS.get(inner) or inner


def sift(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (a compiled pattern, or one made by `quick.fold`) sifted by the strings every
    match of it holds; `pattern` itself when none can be told."""
    required = literals.required(_as_written(pattern))
    if isinstance(pattern, re.Pattern):
        pattern = factored.factor(pattern)  # a pattern as written: its alternations factored
    if required is None:
        return pattern
    sifted = Sifted(pattern, required)
    SIFTED.append(sifted)
    return cast("re.Pattern[str]", sifted)
