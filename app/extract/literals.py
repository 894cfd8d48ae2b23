"""The strings one of which every match of a pattern holds, read from the pattern's parse.

`required(pattern)` gives a set of lower-cased strings such that every match of `pattern`
consumes one of them whole (in the text with its ASCII letters lower-cased, see
`quick.folded`), or None when no such set can be told.  Lookarounds and anchors consume
nothing and add nothing; a part that can match the empty string requires nothing; a letter
beyond ASCII matched without case makes its part unknown.  A text without one of the strings
in a span holds no match there: `prefilter` answers such searches at once.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from itertools import product
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("_sre")

_EXACT_MAX = 64  # the most strings a part's exact set may list
_NEEDS_MAX = 512  # the most strings a part's needed set may list
_CLASS_MAX = 10  # the most characters a class may list to count as exact
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_EMPTY = frozenset({""})
# Categories of characters no other character matches without case: punctuation, spaces and
# symbols but the "other" ones (where the circled letters stand).
_CASELESS = {"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs", "Zl", "Zp", "Sm", "Sc", "Sk"}

# How often a character starts a position of English news text, roughly: a string's weight
# (the product over its characters) ranks the sets a sequence offers.
_FREQUENT = dict(
    zip("etaoinsrhldcumfpgwybvkxjqz", [0.1 - 0.0035 * i for i in range(26)], strict=True)
)


@dataclass(frozen=True)
class _Part:
    """What a part of a pattern matches: every string (`exact`, when few), strings one of
    which each match holds (`needs`) and strings one of which each match starts with
    (`starts`); None when nothing can be told."""

    exact: frozenset[str] | None
    needs: frozenset[str] | None
    starts: frozenset[str] | None = None


_UNKNOWN = _Part(None, None)
_NOTHING = _Part(_EMPTY, None)


@dataclass(frozen=True)
class Required:
    """The strings one of which every match of a pattern holds, lower-cased; `leading`: each
    match starts with one of them."""

    strings: frozenset[str]
    leading: bool


def required(pattern: re.Pattern[str]) -> Required | None:
    """The strings one of which every match of `pattern` consumes (see `Required`): those it
    starts with, unless far less selective than the best; None if unknown."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    part = _sequence(list(parsed.data), bool(pattern.flags & re.IGNORECASE))
    needs = _usable(part.exact) or part.needs
    starts = _leading(part.starts)
    if starts is not None and (needs is None or weight(starts) <= 4 * weight(needs)):
        return Required(starts, True)
    return None if needs is None else Required(needs, False)


def _leading(strings: frozenset[str] | None) -> frozenset[str] | None:
    """`strings` as a set one of which each match starts with: None if one is empty (or too
    many), and without the strings another of them starts."""
    if not strings or "" in strings or len(strings) > _NEEDS_MAX:
        return None
    kept = {s for s in strings if not any(t != s and s.startswith(t) for t in strings)}
    return frozenset(kept)


def _usable(strings: frozenset[str] | None) -> frozenset[str] | None:
    """`strings` as a set one of which each match holds: None if one is empty (or too many),
    and without the strings that hold another of them."""
    if not strings or "" in strings or len(strings) > _NEEDS_MAX:
        return None
    kept = {s for s in strings if not any(t != s and t in s for t in strings)}
    return frozenset(kept)


def weight(strings: frozenset[str]) -> float:
    """How often one of `strings` may stand in a text, roughly (smaller: more selective)."""
    total = 0.0
    for s in strings:
        w = 1.0
        for c in s:
            w *= 0.17 if c.isspace() else _FREQUENT.get(c, 0.01)
        total += w
    return total


def _best(options: list[frozenset[str] | None]) -> frozenset[str] | None:
    usable = [u for u in map(_usable, options) if u]
    return min(usable, key=weight) if usable else None


def _char(code: int, icase: bool) -> str | None:
    """A literal character as it stands in the folded text; None for a character beyond ASCII
    matched without case unless it is punctuation, a space or a symbol without case (a
    letter's other cases are not folded)."""
    c = chr(code)
    if c.isascii():
        return c.lower()
    if icase and (_sre.unicode_iscased(code) or unicodedata.category(c) not in _CASELESS):
        return None
    return c


def _node(op: Any, av: Any, icase: bool) -> _Part:
    name = str(op)
    if name == "LITERAL":
        c = _char(av, icase)
        found = frozenset({c}) if c is not None else None
        return _UNKNOWN if found is None else _Part(found, found, found)
    if name == "IN":
        return _class(av, icase)
    if name in _ZERO_WIDTH:
        return _NOTHING
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        inner = bool(add_flags & re.IGNORECASE) or (icase and not del_flags & re.IGNORECASE)
        return _sequence(list(sub.data), inner)
    if name == "ATOMIC_GROUP":
        return _sequence(list(av.data), icase)
    if name == "BRANCH":
        return _branch([_sequence(list(alt.data), icase) for alt in av[1]])
    if name in _REPEATS:
        return _repeat(av, icase)
    return _UNKNOWN  # any character, categories, back references, conditionals …


def _class(items: Any, icase: bool) -> _Part:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            codes = [av]
        elif name == "RANGE" and av[1] - av[0] < _CLASS_MAX:
            codes = list(range(av[0], av[1] + 1))
        else:
            return _UNKNOWN  # negated, a category, a wide range
        for code in codes:
            c = _char(code, icase)
            if c is None:
                return _UNKNOWN
            chars.add(c)
    if len(chars) > _CLASS_MAX:
        return _UNKNOWN
    found = frozenset(chars)
    return _Part(found, found, found)


def _branch(alternatives: list[_Part]) -> _Part:
    exacts = [a.exact for a in alternatives]
    exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*(e for e in exacts if e is not None))
        exact = union if len(union) <= _EXACT_MAX else None
    starts: set[str] | None = set()
    for alternative in alternatives:
        lead = _leading(alternative.starts)
        starts = None if lead is None or starts is None else starts | lead
    needs: set[str] = set()
    for alternative in alternatives:
        own = _usable(alternative.exact) or alternative.needs
        if own is None:
            return _Part(exact, None, _frozen(starts))
        needs |= own
    return _Part(exact, _usable(frozenset(needs)), _frozen(starts))


def _frozen(strings: set[str] | None) -> frozenset[str] | None:
    return None if strings is None else frozenset(strings)


def _repeat(av: Any, icase: bool) -> _Part:
    low, high, sub = av
    part = _sequence(list(sub.data), icase)
    if low == 0:
        if high == 1 and part.exact is not None:
            return _Part(part.exact | _EMPTY, None)
        return _NOTHING if part.exact == _EMPTY else _Part(None, None)
    if part.exact is not None and low == high:
        exact = _concat([part.exact] * low)
        if exact is not None:
            return _Part(exact, _usable(exact), exact)
    return _Part(None, _usable(part.exact) or part.needs, part.starts)


def _concat(sets: list[frozenset[str]]) -> frozenset[str] | None:
    size = 1
    for s in sets:
        size *= len(s)
    if size > _EXACT_MAX:
        return None
    return frozenset("".join(p) for p in product(*sets))


def _sequence(items: list[tuple[Any, Any]], icase: bool) -> _Part:
    """A sequence: its exact set while its parts are all exact (and few), and the most
    selective of its parts' sets and of the exact runs of consecutive parts."""
    options: list[frozenset[str] | None] = []
    run: frozenset[str] = _EMPTY
    whole = True  # every part exact, none cut off
    starts: frozenset[str] | None = None  # told once the first part not exact is met
    for op, av in items:
        part = _node(op, av, icase)
        if part.exact is None:
            if whole:
                starts = part.starts if run == _EMPTY else run
            options += [run, part.needs]
            run, whole = _EMPTY, False
            continue
        joined = _concat([run, part.exact])
        if joined is None:
            if whole:
                starts = run
            options.append(run)
            run, whole = part.exact, False
        else:
            run = joined
    options.append(run)
    return _Part(run if whole else None, _best(options), run if whole else starts)
