"""Every client error is RFC 9457 problem+json naming the field at fault, and stores nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.factories import bridge_article


def assert_problem(r, status: int, field: str | None = None) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    if field is not None:
        assert field in [e["field"] for e in body["errors"]], body
    return body


def test_published_at_without_offset_is_422_saying_to_add_one(client: TestClient) -> None:
    r = client.post("/v1/articles", json=bridge_article(published_at="2022-05-11T09:30:00"))

    body = assert_problem(r, 422, "published_at")
    message = body["errors"][0]["message"]
    assert "offset" in message and "timezone" in message


def test_published_at_without_offset_is_accepted_with_a_timezone(client: TestClient) -> None:
    r = client.post(
        "/v1/articles", json=bridge_article(published_at="2022-05-11T09:30:00", timezone="Europe/Paris")
    )

    assert r.status_code == 201
    assert r.json()["published_at"] == "2022-05-11T07:30:00Z"


def test_unknown_timezone_is_422(client: TestClient) -> None:
    assert_problem(client.post("/v1/articles", json=bridge_article(timezone="Mars/Olympus")), 422, "timezone")
    assert_problem(
        client.post("/v1/articles", json=bridge_article(timezone="../../etc/passwd")), 422, "timezone"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("body", "Power failed\x00 on Monday."),
        ("title", "Bell\x07"),
        ("body", ""),
        ("title", ""),
        ("published_at", "0000-01-01T00:00:00Z"),
        ("published_at", "99999-01-01T00:00:00Z"),
        ("published_at", "yesterday"),
        ("body", 5),
    ],
)
def test_bad_article_fields_are_422_and_store_nothing(client: TestClient, field: str, value: object) -> None:
    assert_problem(client.post("/v1/articles", json=bridge_article(**{field: value})), 422, field)
    assert client.get("/v1/articles").json()["articles"] == []


def test_missing_and_unknown_fields_are_422(client: TestClient) -> None:
    article = bridge_article()
    del article["body"]
    assert_problem(client.post("/v1/articles", json=article), 422, "body")
    assert_problem(client.post("/v1/articles", json=bridge_article(colour="red")), 422, "colour")


def test_malformed_json_is_422(client: TestClient) -> None:
    r = client.post("/v1/articles", content=b'{"title": "x", ', headers={"content-type": "application/json"})

    body = assert_problem(r, 422)
    assert "JSON" in body["errors"][0]["message"]


def test_body_over_the_limit_is_413_before_parsing(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHRONICLE_MAX_BODY_BYTES", "2000")
    from app.config import get_settings

    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        big = bridge_article(body="On Monday it rained. " * 200)
        assert_problem(client.post("/v1/articles", json=big), 413)

        def chunks():  # no Content-Length: the limit must still hold
            yield b'{"title": "t", "body": "'
            for _ in range(200):
                yield b"x" * 100
            yield b'"}'

        r = client.post("/v1/articles", content=chunks(), headers={"content-type": "application/json"})
        assert_problem(r, 413)
        assert client.get("/v1/articles").json()["articles"] == []


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert_problem(client.get("/v1/articles/987654321"), 404)
    assert_problem(client.delete("/v1/articles/987654321"), 404)
    assert_problem(client.get("/v1/events/987654321"), 404)
    assert_problem(client.get("/v1/nowhere"), 404)


def test_ids_outside_the_id_range_are_422(client: TestClient) -> None:
    assert_problem(client.get("/v1/articles/99999999999999999999"), 422, "article_id")
    assert_problem(client.get("/v1/events/0"), 422, "event_id")


@pytest.mark.parametrize("cursor", ["not-a-cursor", "e30", "eyJrIjoiYXJ0aWNsZXMiLCJpZCI6MX0"])
def test_bad_timeline_cursor_is_400(client: TestClient, cursor: str) -> None:
    assert_problem(client.get("/v1/timeline", params={"cursor": cursor}), 400, "cursor")


def test_bad_article_cursor_is_400(client: TestClient) -> None:
    assert_problem(client.get("/v1/articles", params={"cursor": "%%%"}), 400)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 501}, "limit"),
        ({"order": "sideways"}, "order"),
        ({"coarsest": "fortnight"}, "coarsest"),
        ({"start": "not a date"}, "start"),
        ({"start": "2022-01-02", "end": "2022-01-01"}, "end"),
        ({"q": "!!!"}, "q"),
    ],
)
def test_bad_timeline_parameters_are_4xx_problems(client: TestClient, params: dict, field: str) -> None:
    assert_problem(client.get("/v1/timeline", params=params), 422, field)


def test_normalize_requires_an_aware_anchor(client: TestClient) -> None:
    r = client.post("/v1/normalize", json={"text": "on Monday", "anchor": "2022-05-11T09:30:00"})
    assert_problem(r, 422, "anchor")


def test_method_not_allowed_is_a_problem(client: TestClient) -> None:
    assert_problem(client.put("/v1/articles/1", json={}), 405)
