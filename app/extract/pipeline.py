"""Run the extraction stages over one document (placeholder until the stages land)."""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.types import Extraction


@dataclass(frozen=True)
class Resources:
    """Gazetteers and patterns, loaded once and shared by every run."""


def load_resources() -> Resources:
    return Resources()


def run(text: str, *, resources: Resources) -> Extraction:
    """Extract every diplomatic event of `text`."""
    return Extraction(published=None, events=())
