"""POST /v1/articles/batch: one result per item; a bad item never loses the others."""

from __future__ import annotations

from tests.factories import bridge_article, storm_article


def test_each_item_gets_its_own_status(client) -> None:
    client.post("/v1/articles", json=storm_article())
    items = [bridge_article(), storm_article(), bridge_article(title=""), "not an object", {"title": "x"}]

    r = client.post("/v1/articles/batch", json=items)

    assert r.status_code == 200
    body = r.json()
    assert [item["status"] for item in body["results"]] == [201, 200, 422, 422, 422]
    assert (body["created"], body["existing"], body["failed"]) == (1, 1, 3)
    assert body["results"][0]["article"]["events"]
    assert body["results"][2]["problem"]["errors"][0]["field"] == "title"
    assert body["results"][2]["problem"]["status"] == 422
    stored = client.get("/v1/articles").json()["articles"]
    assert sorted(a["title"] for a in stored) == ["Bridge reopens", "Storm clean-up"]


def test_stored_items_match_single_posts(client) -> None:
    r = client.post("/v1/articles/batch", json=[bridge_article()])
    article = r.json()["results"][0]["article"]

    assert client.get(f"/v1/articles/{article['id']}").json() == article


def test_duplicates_within_a_batch_are_stored_once(client) -> None:
    r = client.post("/v1/articles/batch", json=[bridge_article(), bridge_article()])

    assert [item["status"] for item in r.json()["results"]] == [201, 200]
    assert len(client.get("/v1/articles").json()["articles"]) == 1


def test_a_batch_over_the_limit_is_422_and_stores_nothing(make_client) -> None:
    client = make_client(CHRONICLE_MAX_BATCH_ITEMS="2")
    items = [bridge_article(url=f"https://news.example/{n}") for n in range(3)]

    r = client.post("/v1/articles/batch", json=items)

    assert r.status_code == 422
    assert "limit is 2" in r.json()["detail"] or "limit is 2" in str(r.json()["errors"])
    assert client.get("/v1/articles").json()["articles"] == []
    assert client.post("/v1/articles/batch", json=items[:2]).status_code == 200


def test_a_batch_must_be_a_list(client) -> None:
    assert client.post("/v1/articles/batch", json=bridge_article()).status_code == 422
    assert client.post("/v1/articles/batch", json=[]).json()["results"] == []
