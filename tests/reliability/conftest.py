"""Fixtures for the reliability tests: an app built with chosen settings, and a clean idempotency table."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.config import get_settings
from app.db import get_engine
from app.main import create_app

KEY = "s3cret-key-for-tests-0123456789"
OTHER_KEY = "another-key-for-tests-987654321"


@pytest.fixture(autouse=True)
def _empty_idempotency_keys(request: pytest.FixtureRequest) -> Iterator[None]:
    if "database_url" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("database_url")  # set up first, so torn down after this fixture
    yield
    with get_engine().begin() as conn:
        conn.execute(text("DELETE FROM idempotency_key"))


@pytest.fixture
def make_client(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., TestClient]]:
    """make_client(CHRONICLE_API_KEYS="k", ...) -> a TestClient over an app built with those settings."""
    clients: list[TestClient] = []

    def make(**env: str) -> TestClient:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        client = TestClient(create_app())
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)
    get_settings.cache_clear()


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
