"""Shared fixtures: a migrated database per backend (SQLite always, PostgreSQL with TEST_DATABASE_URL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import settings
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import SQLModel

from app.config import get_settings
from app.db import build_engine, get_engine
from app.main import create_app
from app.migrate import upgrade_database

# Property tests assert behaviour, not speed (bench/ measures that): no per-example deadline, which a busy CI
# machine can miss on an example that compiles a regex.
settings.register_profile("chronicle", deadline=None)
settings.load_profile("chronicle")

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("db") / "chronicle.db"
    url = f"sqlite:///{path}"
    upgrade_database(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    """A schema of this test session's own in TEST_DATABASE_URL, built by the migrations, dropped at the end.

    Its own schema (through search_path) lets several test runs share one PostgreSQL server.
    """
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set")
    schema = f"pytest_{uuid.uuid4().hex[:12]}"
    admin = build_engine(base, pool_size=1)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    rendered = url.render_as_string(hide_password=False)
    try:
        upgrade_database(rendered)
        yield rendered
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


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
    tables = [t.name for t in SQLModel.metadata.sorted_tables]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(tables):  # children first; FTS rows follow events by trigger
                conn.execute(text(f"DELETE FROM {table}"))


@pytest.fixture
def engine(database_url: str) -> Engine:
    return get_engine()


@pytest.fixture
def client(database_url: str) -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c
