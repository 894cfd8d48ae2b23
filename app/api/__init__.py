"""The HTTP API: `create_app()` builds it over one engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__, db
from app.api import docs, errors
from app.api.routes import documents, events, health
from app.config import Settings, get_settings

DESCRIPTION = (
    "Diplomatic events (meetings, visits, MoUs, visa and other agreements, diplomatic "
    "relations) extracted from news, each traceable to the sentence that states it."
)


def create_app(settings: Settings | None = None) -> FastAPI:
    """An app over `settings.database_url`; migrations are applied at start-up."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.upgrade(app.state.engine)
        yield

    app = FastAPI(
        title="diplo",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = db.get_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        statement_timeout_ms=settings.statement_timeout_ms,
    )
    errors.install(app)
    docs.install(app)
    for module in (events, documents, health):
        app.include_router(module.router)
    return app
