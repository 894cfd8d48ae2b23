"""Pure extraction: document text in, event drafts out.

No database, no HTTP, no prints.  Load the resources once with
`load_resources()` and pass them to every `run()` call.

`NATIVE` tells which build runs: the mypyc-compiled modules of `make native`, used only when
they were compiled from exactly these sources (see `app.native`), or these pure-Python ones.
This file is never compiled.
"""

from app.native import activate, describe, make_picklable

NATIVE: bool = activate(__path__)
BUILD: str = describe(NATIVE)

from app.extract.pipeline import Resources, load_resources, run  # noqa: E402
from app.extract.types import (  # noqa: E402
    EventDraft,
    Extraction,
    ParticipantDraft,
    Publication,
    Why,
)

if NATIVE:
    make_picklable(__name__)

__all__ = [
    "BUILD",
    "NATIVE",
    "EventDraft",
    "Extraction",
    "ParticipantDraft",
    "Publication",
    "Resources",
    "Why",
    "load_resources",
    "run",
]
