"""Pure extraction: document text in, event drafts out.

No database, no HTTP, no prints.  Load the resources once with
`load_resources()` and pass them to every `run()` call.
"""

from app.extract.pipeline import Resources, load_resources, run
from app.extract.types import EventDraft, Extraction, ParticipantDraft, Publication, Why

__all__ = [
    "EventDraft",
    "Extraction",
    "ParticipantDraft",
    "Publication",
    "Resources",
    "Why",
    "load_resources",
    "run",
]
