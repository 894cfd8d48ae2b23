"""/health: liveness and a count of what is stored (cached under the data version: one
primary-key read per request, no table scan)."""

from __future__ import annotations

from fastapi import APIRouter

from app import queries
from app.api.deps import SessionDep
from app.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(session: SessionDep) -> Health:
    """The server is up and its database answers."""
    n_events, n_docs = queries.counts(session=session)
    return Health(status="ok", events=n_events, documents=n_docs)
