"""Shared fixtures: a migrated database per backend (SQLite always, PostgreSQL with TEST_DATABASE_URL)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine

from app.config import get_settings
from app.db import build_engine, get_engine
from app.main import create_app
from app.migrate import upgrade_database

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("db") / "chronicle.db"
    url = f"sqlite:///{path}"
    upgrade_database(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        pytest.skip("TEST_DATABASE_URL is not set")
    engine = build_engine(url, pool_size=1)
    with engine.begin() as conn:  # start from an empty schema: the migrations must build everything
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    upgrade_database(url)
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A migrated, empty database; the app's settings point at it for the test."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("CHRONICLE_MIGRATE_ON_START", "false")
    _reset_caches()
    yield url
    _empty(get_engine())
    get_engine().dispose()
    _reset_caches()


def _reset_caches() -> None:
    get_settings.cache_clear()
    get_engine.cache_clear()


def _empty(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE article, event RESTART IDENTITY CASCADE"))
        else:
            conn.execute(text("DELETE FROM article"))  # events cascade, FTS rows follow by trigger


@pytest.fixture
def engine(database_url: str) -> Engine:
    return get_engine()


@pytest.fixture
def client(database_url: str) -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c
