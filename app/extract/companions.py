"""Who travels with a visitor: the officials listed after "accompanied by".

Reads: the text, the sentence's start and end, and the people found in it.
Assigns: nothing; `listed` returns the people the sentence names as accompanying someone
("…, accompanied by Prime Minister Mark Phillips and Public Works Minister Juan Edghill"),
who take part in the visit as officials of the visitor's state.
"""

from __future__ import annotations

import re

from app.extract.people import Person

_ACCOMPANIED_BY = re.compile(r"\baccompanied\s+by\s+", re.I)
# what may stand between "accompanied by" (or the companion before) and the next companion's
# name: a comma or "and", and that companion's role ("his Minister for Foreign Affairs",
# "Tuvalu's Minister for Foreign Affairs, Labour and Trade, Hon.")
_GAP = re.compile(r"[^;:()\"“”]{0,120}")
# words that end the list: a verb or a clause of the sentence's own ("and a business
# delegation, was welcomed … by Y", "before travelling to Suva, where he met Y")
_ENDS_LIST = re.compile(
    r"\b(?:who|whom|which|where|when|while|whose|was|were|is|are|be|been|will|would|has|have|"
    r"had|held|met|meets|meet|signed|said|says|received|welcomed|greeted|called|paid|"
    r"arrived|left|before|after|during|following|to|at|on|with|by|delegation|officials)\b",
    re.I,
)


def listed(text: str, start: int, end: int, persons: list[Person]) -> list[Person]:
    """The people named in text[start:end] as accompanying someone: those listed right after
    "accompanied by", in a run of names and roles no verb or clause breaks."""
    out: list[Person] = []
    for m in _ACCOMPANIED_BY.finditer(text, start, end):
        at = m.end()
        for p in sorted(persons, key=lambda p: p.start):
            if p.start < at:
                continue
            gap = text[at : p.start]
            if not _GAP.fullmatch(gap) or _ENDS_LIST.search(gap):
                break
            out.append(p)
            at = p.end
    return out
