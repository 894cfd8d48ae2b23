"""A database that is busy (pool exhausted, statement timed out) answers a 503 in the one
error shape, never a 500."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import Engine, text

from app.api import create_app
from app.config import Settings
from tests.factories import draft, store_document
from tests.server import running_server


def assert_503(resp: httpx.Response) -> None:
    assert resp.status_code == 503, resp.text
    error = resp.json()["error"]
    assert error["status"] == 503 and error["code"] == "unavailable"
    assert error["parameter"] is None and "Traceback" not in error["message"]
    assert resp.headers["retry-after"] == "1"


def test_pool_exhausted_is_503(engine: Engine, database_url: str) -> None:
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    settings = Settings(database_url=database_url, db_pool_size=1, db_pool_timeout_s=0.2)
    app = create_app(settings)
    server_engine: Engine = app.state.engine

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert (await client.get("/v1/events")).status_code == 200
            pool = server_engine.pool
            held = [server_engine.connect() for _ in range(pool.size() + pool._max_overflow)]  # type: ignore[attr-defined]
            try:
                for path in ("/v1/events?country=AZE", "/v1/stats?group_by=year", "/health"):
                    assert_503(await client.get(path))
            finally:
                for conn in held:
                    conn.close()
            assert (await client.get("/v1/events")).status_code == 200

    asyncio.run(scenario())
    server_engine.dispose()


def test_statement_timeout_is_503(engine: Engine, database_url: str) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("statement_timeout is a PostgreSQL setting")
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    with running_server(database_url, STATEMENT_TIMEOUT_MS="300") as base:
        with engine.connect() as conn:
            conn.execute(text("LOCK TABLE events IN ACCESS EXCLUSIVE MODE"))
            # The count (SQLAlchemy) and the rows by id (the driver's cursor) both time out.
            for path in ("/v1/events", "/v1/events?country=AZE", "/v1/stats?group_by=type"):
                assert_503(httpx.get(f"{base}{path}", timeout=10))
            conn.rollback()
        assert httpx.get(f"{base}/v1/events?country=AZE", timeout=10).status_code == 200
