"""Alternations factored by their leading characters: the same matches, tried faster.

`re` tries the alternatives of `(?:met|meet|talks|telephone|…)` one by one at every position
it enters the group (a quick test of each one's first character, but a test for each).
`factor(pattern)` rewrites every non-capturing group whose alternatives all start with a
letter or digit, and the pattern's own top-level alternation, as one alternative per leading
character, each holding the rest of the alternatives it led, in their order, and so on
inside: `(?:met|meet|talks|telephone)` -> `(?:m(?:et|eet)|t(?:alks|elephone))`.

Sound: at a position only the alternatives whose first character matches the one there can
match, and those are one group (different ASCII letters and digits match no character in
common, with or without case), tried in their order; so the factored group matches what the
original does, the same way, and backtracks into the same alternatives in the same order.  A
group holding a capturing group is left as written (factoring would renumber its groups), and
so is every pattern with inline flags inside it, conditionals, or the verbose flag.
"""

from __future__ import annotations

import re
from typing import cast

# Each factored pattern and the pattern it was made from (for the tests that compare them).
ORIGINALS: dict[re.Pattern[str], re.Pattern[str]] = {}

_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")
# Flags inside the pattern (scoped or not), conditionals: not factored.
_UNSAFE = re.compile(r"\(\?[aiLmsux-]+[:)]|\(\?\(")
_QUANTIFIERS = "?*+{"


def skip(source: str, i: int) -> int:
    """Past the escape or class at `i` (where one starts), else past the character there."""
    if source[i] == "\\":
        return i + 2
    if source[i] == "[":
        i += 2 if source.startswith("[^", i) else 1
        return source.index("]", i + 1) + 1  # a "]" first in a class is one of its characters
    return i + 1


def group_end(source: str, start: int) -> int:
    """Where the group opening at `start` ends (after its ")")."""
    depth = 0
    i = start
    while i < len(source):
        if source[i] == "(":
            depth += 1
        elif source[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i = skip(source, i)
    raise ValueError(f"unbalanced group at {start}")


def _alternatives(source: str) -> list[tuple[str, bool]]:
    """The top-level alternatives of `source`, each with whether it holds a capturing group."""
    out: list[tuple[str, bool]] = []
    depth, first, i, capturing = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "(":
            depth += 1
            capturing = capturing or not source.startswith("(?", i) or source.startswith("(?P<", i)
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append((source[first:i], capturing))
            first, capturing = i + 1, False
        i = skip(source, i)
    out.append((source[first:], capturing))
    return out


def _lead(alternative: str, icase: bool) -> str | None:
    """The character an alternative starts with, as the key of its group (lower-cased when
    matched without case); None when it starts with anything else than a plain letter or
    digit, or with one a quantifier repeats."""
    if not alternative or not (alternative[0].isascii() and alternative[0].isalnum()):
        return None
    if alternative[1:2] and alternative[1] in _QUANTIFIERS:
        return None
    return alternative[0].lower() if icase else alternative[0]


def _factor_run(run: list[str], icase: bool) -> str:
    """Alternatives each led by a letter or digit (see `_lead`), factored by it."""
    groups: dict[str, list[str]] = {}
    for alternative in run:
        groups.setdefault(cast("str", _lead(alternative, icase)), []).append(alternative[1:])
    parts = []
    for key, rests in groups.items():  # in the order their first alternatives stand
        if len(rests) == 1:
            parts.append(key + rests[0])
        else:
            parts.append(f"{key}(?:{_factor_alternatives(rests, icase)})")
    return "|".join(parts)


def _factor_alternatives(
    alternatives: list[str], icase: bool, capturing: tuple[bool, ...] = ()
) -> str:
    """The alternatives, each run of them led by a letter or digit and holding no capturing
    group factored (the others stay where they stand: no alternative moves past them)."""
    parts: list[str] = []
    run: list[str] = []
    for i, alternative in enumerate(alternatives):
        if _lead(alternative, icase) is not None and not (capturing and capturing[i]):
            run.append(alternative)
            continue
        if run:
            parts.append(_factor_run(run, icase))
            run = []
        parts.append(alternative)
    if run:
        parts.append(_factor_run(run, icase))
    return "|".join(parts)


def _alternation(source: str, icase: bool) -> str:
    """An alternation (a group's content, its groups factored already) factored."""
    alternatives = _alternatives(source)
    if len(alternatives) < 2:
        return source
    return _factor_alternatives(
        [a for a, _ in alternatives], icase, tuple(c for _, c in alternatives)
    )


def _factor_groups(source: str, icase: bool) -> str:
    """`source` with every non-capturing group factored, the innermost first."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith("(?:", i):
            end = group_end(source, i)
            inner = _factor_groups(source[i + 3 : end - 1], icase)
            out.append(f"(?:{_alternation(inner, icase)})")
            i = end
            continue
        after = skip(source, i)
        out.append(source[i:after])
        i = after
    return "".join(out)


def factor(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its alternations factored (see above); `pattern` itself when nothing
    could be, or when it has the verbose flag, inline flags inside or conditionals."""
    if pattern.flags & re.VERBOSE:
        return pattern
    source = pattern.pattern
    lead = _LEADING_FLAGS.match(source)
    flags, body = (lead.group(0), source[lead.end() :]) if lead else ("", source)
    if _UNSAFE.search(body):
        return pattern
    icase = bool(pattern.flags & re.IGNORECASE)
    factored = _alternation(_factor_groups(body, icase), icase)
    if factored == body:
        return pattern
    try:
        compiled = re.compile(flags + factored, pattern.flags & ~re.UNICODE)
    except re.error:
        return pattern
    if compiled.groupindex != pattern.groupindex or compiled.groups != pattern.groups:
        return pattern
    ORIGINALS[compiled] = pattern
    return compiled
