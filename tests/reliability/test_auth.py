"""Bearer keys: every write route refuses a missing or wrong key; reads stay open; keys are never logged."""

from __future__ import annotations

import logging
import re

import pytest
from fastapi.routing import APIRoute, iter_route_contexts

from app.main import create_app
from app.security import READ_ONLY_POSTS, WRITE_METHODS
from tests.factories import bridge_article
from tests.reliability.conftest import KEY, OTHER_KEY, bearer


def write_routes() -> list[tuple[str, str]]:
    """(method, path with ids filled in) for every write route the app has, found from app.routes."""
    found = []
    for context in iter_route_contexts(create_app().routes):  # through included routers too
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.path.startswith("/v1/"):
            continue
        for method in sorted(route.methods & WRITE_METHODS):
            if route.path in READ_ONLY_POSTS:
                continue
            found.append((method, re.sub(r"\{[^}]+\}", "1", route.path)))
    return found


def test_the_app_has_write_routes_to_protect() -> None:
    routes = write_routes()
    assert ("POST", "/v1/articles") in routes
    assert ("POST", "/v1/articles/batch") in routes
    assert ("DELETE", "/v1/articles/1") in routes


@pytest.mark.parametrize(("method", "path"), write_routes())
@pytest.mark.parametrize(
    "headers",
    [{}, bearer("wrong"), bearer(KEY + "x"), {"Authorization": f"Basic {KEY}"}, {"Authorization": "Bearer "}],
    ids=["none", "wrong", "longer", "basic", "empty"],
)
def test_write_routes_refuse_a_missing_or_wrong_key(make_client, method, path, headers) -> None:
    client = make_client(CHRONICLE_API_KEYS=f"{OTHER_KEY},{KEY}")

    r = client.request(method, path, json=bridge_article(), headers=headers)

    assert r.status_code == 401, r.text
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == 401


@pytest.mark.parametrize(("method", "path"), write_routes())
def test_write_routes_accept_any_configured_key(make_client, method, path) -> None:
    client = make_client(CHRONICLE_API_KEYS=f"{OTHER_KEY},{KEY}")

    for key in (KEY, OTHER_KEY):
        r = client.request(
            method,
            path,
            json=[bridge_article()] if "batch" in path else bridge_article(),
            headers=bearer(key),
        )
        assert r.status_code != 401, r.text


def test_a_refused_write_stores_nothing(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS=KEY)

    assert client.post("/v1/articles", json=bridge_article()).status_code == 401
    assert client.get("/v1/articles").json()["articles"] == []


def test_reads_and_normalize_are_open_by_default(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS=KEY)

    assert client.get("/v1/timeline").status_code == 200
    assert client.get("/v1/articles").status_code == 200
    r = client.post("/v1/normalize", json={"text": "on Monday", "anchor": "2022-05-11T09:30:00+02:00"})
    assert r.status_code == 200


def test_read_auth_closes_reads_too(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS=KEY, CHRONICLE_READ_AUTH="true")

    assert client.get("/v1/timeline").status_code == 401
    assert (
        client.post("/v1/normalize", json={"text": "x", "anchor": "2022-05-11T09:30:00Z"}).status_code == 401
    )
    assert client.get("/v1/timeline", headers=bearer(KEY)).status_code == 200
    assert client.get("/livez").status_code == 200  # probes stay open


def test_without_keys_writes_are_open(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS="")

    assert client.post("/v1/articles", json=bridge_article()).status_code == 201


def test_keys_never_appear_in_logs(make_client, caplog, capfd) -> None:
    client = make_client(CHRONICLE_API_KEYS=KEY, LOG_LEVEL="DEBUG")
    caplog.set_level(logging.DEBUG)

    client.post("/v1/articles", json=bridge_article(), headers=bearer(KEY))
    client.post("/v1/articles", json=bridge_article(), headers=bearer(KEY + "-wrong"))
    client.get("/v1/articles/1", headers=bearer(KEY))

    assert "chronicle.access" in caplog.text or any(r.name == "chronicle.access" for r in caplog.records)
    out, err = capfd.readouterr()
    for text in (caplog.text, out, err, repr([r.__dict__ for r in caplog.records])):
        assert KEY not in text
