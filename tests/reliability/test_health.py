"""Probes, and a database that cannot be reached: 503 problem+json with Retry-After, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.config import get_settings
from app.db import get_engine
from app.main import create_app
from tests.factories import bridge_article

UNREACHABLE = {
    "sqlite": "sqlite:////nonexistent-dir/for-chronicle-tests/chronicle.db",
    "postgresql": "postgresql://postgres@127.0.0.1:1/test?connect_timeout=1",
}


def test_livez_and_readyz_on_a_migrated_database(client) -> None:
    assert client.get("/livez").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_readyz_is_503_when_migrations_are_behind(client, engine) -> None:
    from sqlalchemy import text

    with engine.begin() as conn:
        (head,) = conn.execute(text("SELECT version_num FROM alembic_version")).one()
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    try:
        r = client.get("/readyz")
        assert r.status_code == 503
        assert "migrat" in r.json()["detail"]
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})


@pytest.fixture(params=sorted(UNREACHABLE))
def unreachable_client(request, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", UNREACHABLE[request.param])
    monkeypatch.setenv("CHRONICLE_MIGRATE_ON_START", "false")
    get_settings.cache_clear()
    get_engine.cache_clear()
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/articles", bridge_article()),
        ("POST", "/v1/articles/batch", [bridge_article()]),
        ("GET", "/v1/articles", None),
        ("GET", "/v1/articles/1", None),
        ("DELETE", "/v1/articles/1", None),
        ("GET", "/v1/timeline", None),
        ("GET", "/v1/events/1", None),
        ("GET", "/readyz", None),
    ],
)
def test_database_unreachable_is_503_with_retry_after(unreachable_client, method, path, body) -> None:
    r = unreachable_client.request(method, path, json=body)

    assert r.status_code == 503, r.text
    assert int(r.headers["retry-after"]) > 0
    assert r.headers["content-type"].startswith("application/problem+json")


def test_idempotent_post_with_database_unreachable_is_503(unreachable_client) -> None:
    r = unreachable_client.post("/v1/articles", json=bridge_article(), headers={"Idempotency-Key": "k"})

    assert r.status_code == 503
    assert r.headers["retry-after"]


def test_livez_and_normalize_need_no_database(unreachable_client) -> None:
    assert unreachable_client.get("/livez").status_code == 200
    r = unreachable_client.post("/v1/normalize", json={"text": "on Monday", "anchor": "2022-05-11T09:30:00Z"})
    assert r.status_code == 200


def test_a_request_over_the_timeout_is_503_with_retry_after(make_client) -> None:
    client = make_client(CHRONICLE_REQUEST_TIMEOUT_S="0.000001")

    r = client.post("/v1/normalize", json={"text": "on Monday " * 1000, "anchor": "2022-05-11T09:30:00Z"})

    assert r.status_code == 503
    assert r.json()["type"].endswith("timeout")
    assert r.headers["retry-after"] == "1"
    assert r.headers["x-request-id"]
