"""/docs and /redoc render in a real headless Chromium with no network but loopback,
and "Try it out" on /v1/events returns 200."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app import db
from tests.factories import draft, store_document
from tests.server import running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OFFLINE_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Cut the network off: no name resolves, no proxy answers, except loopback.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=127.0.0.1",
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'diplo.db'}"
    engine = db.get_engine(url)
    db.upgrade(engine)
    store_document(engine, "a.txt", [draft("meeting", ("AZE", "KAZ"), "2021-04-15")])
    with running_server(url) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    assert Path(CHROMIUM).exists(), (
        "Debian's chromium is missing: scripts/system-deps.sh installs it"
    )
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=OFFLINE_ARGS
        )
        yield context
        context.close()


def _offline_page(browser: object, outside: list[str]) -> object:
    page = browser.new_page()  # type: ignore[attr-defined]

    def only_loopback(route: object) -> None:
        host = urlparse(route.request.url).hostname  # type: ignore[attr-defined]
        if host in ("127.0.0.1", "localhost"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(route.request.url)  # type: ignore[attr-defined]
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", only_loopback)
    return page


def test_swagger_renders_and_try_it_out_works(browser: object, base_url: str) -> None:
    outside: list[str] = []
    page = _offline_page(browser, outside)
    page.goto(f"{base_url}/docs")  # type: ignore[attr-defined]
    page.wait_for_selector(".opblock", timeout=20000)  # type: ignore[attr-defined]
    assert page.locator(".opblock").count() >= 8  # type: ignore[attr-defined]
    operation = page.locator("#operations-events-list_events_v1_events_get")  # type: ignore[attr-defined]
    operation.locator(".opblock-summary").click()
    operation.locator(".try-out__btn").click()
    operation.locator(".execute").click()
    status = operation.locator(".live-responses-table .response .response-col_status").first
    status.wait_for(timeout=20000)
    assert status.inner_text().strip().startswith("200")


def test_redoc_renders_offline(browser: object, base_url: str) -> None:
    outside: list[str] = []
    page = _offline_page(browser, outside)
    page.goto(f"{base_url}/redoc")  # type: ignore[attr-defined]
    page.get_by_text("/v1/events").first.wait_for(timeout=20000)  # type: ignore[attr-defined]
