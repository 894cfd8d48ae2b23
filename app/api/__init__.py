"""The HTTP API: `create_app()` builds it over one engine."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from app import __version__, db
from app.api import docs, errors
from app.api.caching import ETagMiddleware
from app.api.limits import LimitsMiddleware
from app.api.routes import documents, events, health, stats
from app.config import Settings, get_settings
from app.extract.countries import Gazetteer

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
        # Everything loaded so far (app, schema, gazetteer) lives as long as the process:
        # out of the collector's sight, each collection only walks the requests' objects.
        gc.collect()
        gc.freeze()
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
        pool_timeout_s=settings.db_pool_timeout_s,
        mapped=True,
    )
    app.state.gazetteer = Gazetteer.load()
    errors.install(app)
    docs.install(app)
    for module in (events, stats, documents, health):
        app.include_router(module.router)
    app.add_middleware(ETagMiddleware)
    app.add_middleware(
        LimitsMiddleware,
        max_query_length=settings.max_query_length,
        timeout_s=settings.request_timeout_s,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"]
        )
    return app
