r"""Alternations factored by their leading characters: the same matches, tried faster.

`re` tries the alternatives of `(?:met|meet|talks|telephone|…)` one by one at every position
it enters the group (a quick test of each one's first character, but a test for each).
`factor(pattern)` rewrites every non-capturing group whose alternatives all start with a
letter or digit, and the pattern's own top-level alternation, as one alternative per leading
character, each holding the rest of the alternatives it led, in their order, and so on
inside: `(?:met|meet|talks|telephone)` -> `(?:m(?:et|eet)|t(?:alks|elephone))`.

An alternative led by a character joins the earlier ones it led past the alternatives between
that no match of can start with a character it matches (those of other leading characters,
`(?<=\s)on` for "m"), and a leading group is opened first: one of a single alternative
(`(?:h(?:eld|ad))\s+talks` -> `h(?:eld|ad)\s+talks`), and one of several before a short rest
as one alternative for each (`(?:held|had)\s+talks` -> `held\s+talks|had\s+talks`); so
`re`, which tests the first character of an alternative led by one before entering it, skips
at once most of a long alternation (`triggers.MEETING`) at a word that cannot match.

Sound: at a position only the alternatives whose first character matches the one there can
match, and those are one group (different ASCII letters and digits match no character in
common, with or without case), tried in their order (an alternative moves only past ones that
cannot match there); so the factored group matches what the original does, the same way, and
backtracks into the same alternatives in the same order (`(?:A|B)R` tries A then R, then B
then R, as `AR|BR` does).  A group holding a capturing group is left as written (factoring
would renumber its groups), and so is every pattern with inline flags inside it,
conditionals, or the verbose flag.
"""

from __future__ import annotations

import re

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


def _unwrapped(alternative: str) -> str:
    """The alternative without the non-capturing groups of one alternative that lead it, not
    repeated (`(?:h(?:eld|ad))\\s+talks` -> `h(?:eld|ad)\\s+talks`): the same pattern, now led
    by its first character."""
    while alternative.startswith("(?:"):
        end = group_end(alternative, 0)
        inner = alternative[3 : end - 1]
        if alternative[end : end + 1] in ("?", "*", "+", "{") or len(_alternatives(inner)) > 1:
            break
        alternative = inner + alternative[end:]
    return alternative


# The longest part after a leading group `_distributed` copies into each of its alternatives.
_COPIED_MAX = 300


def _distributed(alternative: str) -> list[str]:
    """A non-capturing alternative led by a group of several alternatives, not repeated, as one
    alternative for each (`(?:eld|ad)\\s+talks` -> `eld\\s+talks`, `ad\\s+talks`: tried in the
    same order, each with the same rest, the same matches); the alternative alone when the
    rest is long."""
    alternative = _unwrapped(alternative)
    if not alternative.startswith("(?:"):
        return [alternative]
    end = group_end(alternative, 0)
    rest = alternative[end:]
    if rest[:1] in ("?", "*", "+", "{") or len(rest) > _COPIED_MAX:
        return [alternative]
    return [a + rest for a, _ in _alternatives(alternative[3 : end - 1])]


# Whether an alternative may start with a character a key matches, by (alternative, key, icase).
_MAY_START: dict[tuple[str, str, bool], bool] = {}


def _may_start(alternative: str, key: str, icase: bool) -> bool:
    """Whether a match of `alternative` may start with a character the letter or digit `key`
    matches (with or without case); True when that cannot be told."""
    known = _MAY_START.get((alternative, key, icase))
    if known is not None:
        return known
    from app.extract import quick  # it imports this module

    flags = re.IGNORECASE if icase else 0
    try:
        chars, empty = quick.first_chars(alternative, flags)
    except (re.error, quick.Unknown):
        chars, empty = set(), True
    may = empty or not chars or any(mode for mode, _item in chars)
    if not may:
        first = re.compile(f"[{''.join(sorted(item for _mode, item in chars))}]", flags)
        # the characters a key matches: itself, with case dropped its other case and the
        # non-ASCII ones that match an ASCII letter (see `quick.NOT_ASCII_LETTERS`)
        keys = {key, key.upper(), *quick.NOT_ASCII_LETTERS} if icase else {key}
        may = any(first.match(char) is not None for char in keys)
    _MAY_START[(alternative, key, icase)] = may
    return may


class _Slot:
    """A place in a factored alternation: the alternatives led by one key (their rests), or
    one alternative that is not factored (`key` None)."""

    __slots__ = ("key", "rests")

    def __init__(self, key: str | None, first: str) -> None:
        self.key = key
        self.rests = [first]


def _joined(slots: list[_Slot], key: str, icase: bool) -> _Slot | None:
    """The slot of `key` an alternative led by it may join, moving before the slots after it:
    those of other keys and the alternatives none of whose matches can start with a character
    `key` matches (where it can match, none of them can: the order of the alternatives that
    may match at a position is kept)."""
    for slot in reversed(slots):
        if slot.key == key:
            return slot
        if slot.key is None and _may_start(slot.rests[0], key, icase):
            return None
    return None


def _factor_alternatives(
    alternatives: list[str], icase: bool, capturing: tuple[bool, ...] = ()
) -> str:
    """The alternatives led by a letter or digit and holding no capturing group factored by
    it, each joining the earlier ones of its key past the alternatives that cannot start as
    it does (see `_joined`); the others stay where they stand."""
    slots: list[_Slot] = []
    for i, alternative in enumerate(alternatives):
        if capturing and capturing[i]:
            slots.append(_Slot(None, alternative))
            continue
        for part in _distributed(alternative):
            key = _lead(part, icase)
            slot = None if key is None else _joined(slots, key, icase)
            if slot is not None:
                slot.rests.append(part[1:])
            else:
                slots.append(_Slot(key, part if key is None else part[1:]))
    parts = []
    for slot in slots:
        if slot.key is None:
            parts.append(slot.rests[0])
        elif len(slot.rests) == 1:
            parts.append(slot.key + slot.rests[0])
        else:
            parts.append(f"{slot.key}(?:{_factor_alternatives(slot.rests, icase)})")
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
