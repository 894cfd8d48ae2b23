"""The state of an official a two-state record names without one.

Reads: the records of a document, and a resolver of place names to states.
Assigns: to the stateless officials of a meeting or signing of two states, the state none of
the others is of, when the text shows whose side they are on: the other official is "his
Australian counterpart" ("Foreign Minister Winston Peters met his Australian counterpart Penny
Wong", in a paper that never says New Zealand's), or the act is placed in that state's capital
("Prime Minister Andrew Holness welcomed Ghana's President to Jamaica House": the host).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.extract.assemble import Draft

_OPPOSITE = ("counterpart", "colleague")


def stateless_sides(drafts: list[Draft], resolve: Callable[[str], str | None]) -> list[Draft]:
    return [_sided(d, resolve) for d in drafts]


def _sided(d: Draft, resolve: Callable[[str], str | None]) -> Draft:
    if d.type == "visit" or len(d.countries) != 2 or all(p.country for p in d.people):
        return d
    states = {p.country for p in d.people if p.country}
    if len(states) != 1 or not states <= set(d.countries):
        return d
    other = next(c for c in d.countries if c not in states)
    opposite = any(
        p.country and p.role and any(w in p.role.lower() for w in _OPPOSITE) for p in d.people
    )
    at_home = bool(d.location) and d.location != "online" and resolve(d.location or "") == other
    if not (opposite or at_home):
        return d
    return d.replaced(people=[p if p.country else replace(p, country=other) for p in d.people])
