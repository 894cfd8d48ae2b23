"""Compile a set of literal strings into one trie-shaped regular expression.

A plain alternation of thousands of names makes `re` try every name at every
position.  Shaped as a trie, each position costs one branch per character, and
because every branch tries to go on before it tries to stop, the match found at
a position is the longest listed string that passes the caller's boundary check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # key that marks "a listed string ends here" in a trie node

Trie = dict[str, "Trie"]


def build_trie(words: Iterable[str]) -> Trie:
    """Nested dicts keyed by character; the key `""` marks the end of a word."""
    root: Trie = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def trie_pattern(words: Iterable[str], *, space: str | None = None) -> str:
    """A regex source matching exactly `words`, longest first at each position.

    The source is a bare expression: the caller adds boundary assertions, which
    the engine will backtrack through (a longer word that fails the boundary
    gives way to a shorter one).  With `space`, a blank inside a word is matched
    by that regex instead (so "South Korea" can span a line break).
    """
    root = build_trie(words)
    if not root:
        return "(?!)"
    return _node_pattern(root, space)


def _node_pattern(node: Trie, space: str | None) -> str:
    ends_here = _END in node
    branches: list[str] = []
    leaves: list[str] = []
    for char in sorted(key for key in node if key != _END):
        child = node[char]
        if list(child) == [_END]:
            leaves.append(char)
        else:
            head = space if space is not None and char == " " else re.escape(char)
            branches.append(head + _node_pattern(child, space))
    if leaves:
        branches.append(_char_class(leaves))
    if len(branches) == 1 and (_is_atom(branches[0]) or not ends_here):
        body = branches[0]
    else:
        body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _char_class(chars: list[str]) -> str:
    if len(chars) == 1:
        return re.escape(chars[0])
    return "[" + "".join(_escape_in_class(c) for c in chars) + "]"


def _escape_in_class(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def _is_atom(source: str) -> bool:
    """True when `source` is one character, one escaped character or one class."""
    if len(source) == 1:
        return True
    if len(source) == 2 and source[0] == "\\":
        return True
    return source.startswith("[") and source.endswith("]") and source.count("]") == 1
