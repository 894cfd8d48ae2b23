"""Faster, equivalent regexes: a first-character guard (`\\b`-led or case-insensitive patterns).

Python's regex engine tries a pattern like `\\b(?:met|talks|…)` (case-insensitive) at every
word boundary by entering each alternative in turn, which is slow for long alternations.
`guard` computes, from the parsed pattern, every character a match can start with, and returns
`\\b(?=[those characters])(?:pattern)` compiled with the same flags.  Every match of the
pattern starts at a word boundary with one of those characters (matched under the same flags),
so the guarded pattern finds exactly the same matches, groups and spans; it only rejects the
other positions at once.  A case-insensitive pattern not led by `\\b` gets the lookahead alone
(`(?=[…])(?:pattern)`): its alternatives, matched without case, are otherwise each entered at
every position.  Patterns whose first characters cannot be listed are returned as is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

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


class _Unknown(Exception):
    """The first characters of a (part of a) pattern cannot be listed."""


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


def guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with a first-character guard after its leading `\\b` (see above)."""
    if pattern.flags & re.VERBOSE:
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        data = list(parsed.data)
        boundary = _at_boundary(data)
        if not boundary and not pattern.flags & re.IGNORECASE:
            return pattern  # the engine's own first-character scan may serve it better
        chars, empty = _first(data)
    except _Unknown:
        return pattern
    if empty or not chars:
        return pattern
    source = pattern.pattern
    lead = _LEADING_FLAGS.match(source)
    flags, body = (lead.group(0), source[lead.end() :]) if lead else ("", source)
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
    ORIGINALS[compiled] = pattern
    return compiled
