"""A real server (`chronicle serve` on a free loopback port, temporary SQLite) and Debian's Chromium driven by
Playwright. Everything here skips when /usr/bin/chromium or the playwright package is missing; no browser
is ever downloaded.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Server:
    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=30)

    def post(self, article: dict[str, Any]) -> dict[str, Any]:
        response = self.http.post("/v1/articles", json=article)
        assert response.status_code in (200, 201), response.text
        result: dict[str, Any] = response.json()
        return result

    def timeline(self, **params: Any) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        cursor = None
        while True:
            query = params | {"limit": 500} | ({"cursor": cursor} if cursor else {})
            page = self.http.get("/v1/timeline", params=query).json()
            events += page["events"]
            cursor = page["next_cursor"]
            if not cursor:
                return events


@contextmanager
def running_server(directory: Path, **settings: str) -> Iterator[Server]:
    """`chronicle serve` in a subprocess on a free port with its own SQLite file, killed on exit."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHRONICLE_")}
    env |= {
        "DATABASE_URL": f"sqlite:///{directory / 'chronicle.db'}",
        "CHRONICLE_LOG_FORMAT": "text",
        "CHRONICLE_LOG_LEVEL": "WARNING",
    } | settings
    log_path = directory / "server.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # readiness, not a timing assertion: up to a minute on a slow machine
            if process.poll() is not None:
                raise RuntimeError(f"the server exited: {log_path.read_text()}")
            try:
                if httpx.get(f"{url}/livez", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        else:
            raise RuntimeError("the server did not start")
        running = Server(url)
        yield running
        running.http.close()
    finally:
        process.kill()
        process.wait()
        log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("server")) as running:
        yield running


API_KEY = "page-test-key"


@pytest.fixture(scope="session")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server that wants a bearer key on writes."""
    with running_server(tmp_path_factory.mktemp("keyed"), CHRONICLE_API_KEYS=API_KEY) as running:
        yield running


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page; console errors and uncaught exceptions are collected in page.errors."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.errors = errors
    yield page
    context.close()
