"""Hostile bytes and absurd values get a 4xx problem, never a 500, and store nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

ARTICLE = b'{"title": "t", "body": "On Monday it rained.", "published_at": "2022-05-11T09:30:00+02:00"'
JSON = {"content-type": "application/json"}

BAD_BODIES = {
    "invalid UTF-8": ARTICLE.replace(b'"t"', b'"\xff\xfe"') + b"}",
    "UTF-8 encoded surrogate": ARTICLE.replace(b'"t"', b'"\xed\xa0\x80"') + b"}",
    "escaped lone surrogate": ARTICLE.replace(b'"t"', b'"\\ud800"') + b"}",
    "lone surrogate as a key": ARTICLE + b', "\\ud800": 1}',
    "lone surrogate in timezone": ARTICLE + b', "timezone": "\\udfff"}',
    "lone surrogate in url": ARTICLE + b', "url": "https://x.example/\\ud800"}',
    "NUL byte": ARTICLE.replace(b'"t"', b'"a\\u0000b"') + b"}",
    "escape character": ARTICLE.replace(b'"t"', b'"a\\u001bb"') + b"}",
    "deeply nested array": b"[" * 100_000 + b"]" * 100_000,
    "deeply nested value": b'{"title": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "huge integer": ARTICLE.replace(b'"t"', b"1" * 5000) + b"}",
    "huge integer date": ARTICLE.replace(b'"2022-05-11T09:30:00+02:00"', b"9" * 5000) + b"}",
    "epoch-like date": ARTICLE.replace(b'"2022-05-11T09:30:00+02:00"', b"99999999999999") + b"}",
    "NaN date": ARTICLE.replace(b'"2022-05-11T09:30:00+02:00"', b"NaN") + b"}",
    "year 0": ARTICLE.replace(b"2022-05-11", b"0000-05-11") + b"}",
    "year 99999": ARTICLE.replace(b"2022-05-11", b"99999-05-11") + b"}",
    "truncated": ARTICLE,
    "not JSON": b"title=t&body=b",
    "empty": b"",
}


@pytest.mark.parametrize("name", BAD_BODIES)
@pytest.mark.parametrize("path", ["/v1/articles", "/v1/normalize"])
def test_bad_bodies_are_4xx_problems_and_store_nothing(client: TestClient, name: str, path: str) -> None:
    body = BAD_BODIES[name]
    if path == "/v1/normalize":
        body = body.replace(b'"title"', b'"text"', 1).replace(b', "body": "On Monday it rained."', b"")

    r = client.post(path, content=body, headers=JSON)

    assert 400 <= r.status_code < 500, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/articles").json()["articles"] == []


@pytest.mark.parametrize("name", BAD_BODIES)
def test_a_batch_of_bad_items_is_refused_item_by_item_or_whole(client: TestClient, name: str) -> None:
    body = BAD_BODIES[name]
    batch = b"[" + body + b"]" if body.startswith(b"{") else body

    r = client.post("/v1/articles/batch", content=batch, headers=JSON)

    assert r.status_code < 500, r.text
    if r.status_code == 200:
        assert [item["status"] for item in r.json()["results"]] == [422]
    assert client.get("/v1/articles").json()["articles"] == []


@pytest.mark.parametrize(
    "query",
    [
        "/v1/timeline?source=%00",
        "/v1/articles?source=%00",
        "/v1/timeline?q=a%00b",
        "/v1/timeline?q=%ED%A0%80",
        "/v1/timeline?source=%FF",
        "/v1/timeline?start=0000-01-01",
        "/v1/timeline?start=99999-01-01",
        "/v1/timeline?article_id=99999999999999999999999",
        "/v1/timeline?limit=100000",
        "/v1/articles/%FF",
        "/v1/articles?cursor=%00",
    ],
)
def test_hostile_query_parameters_are_never_a_500(client: TestClient, query: str) -> None:
    r = client.get(query)

    assert r.status_code < 500, r.text


def test_text_over_the_configured_lengths_is_422(make_client) -> None:
    client = make_client(CHRONICLE_MAX_TEXT_CHARS="100", CHRONICLE_MAX_TITLE_CHARS="10")
    article = {"title": "t", "body": "On Monday it rained.", "published_at": "2022-05-11T09:30:00+02:00"}

    long_body = client.post("/v1/articles", json=article | {"body": "x" * 101})
    long_title = client.post("/v1/articles", json=article | {"title": "x" * 11})
    long_text = client.post("/v1/normalize", json={"text": "x" * 101, "anchor": article["published_at"]})

    for r, field in ((long_body, "body"), (long_title, "title"), (long_text, "text")):
        assert r.status_code == 422, r.text
        assert field in [e["field"] for e in r.json()["errors"]]
    assert client.post("/v1/articles", json=article | {"body": "x" * 100}).status_code == 201
