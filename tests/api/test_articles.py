"""POST/GET/DELETE /v1/articles and /v1/events through the real app and a migrated database."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.factories import BRIDGE_BODY, STORM_BODY, bridge_article, storm_article


def _by_text(events: list[dict]) -> dict[str, dict]:
    return {e["expression"]["text"]: e for e in events}


def test_post_article_returns_201_with_location_and_resolved_events(client: TestClient) -> None:
    r = client.post("/v1/articles", json=bridge_article())

    assert r.status_code == 201
    article = r.json()
    assert r.headers["location"] == f"/v1/articles/{article['id']}"
    assert article["timezone"] == "+02:00"
    assert article["published_at"] == "2022-05-11T07:30:00Z"
    events = _by_text(article["events"])
    tuesday = events["Tuesday"]
    assert tuesday["timex"] == {"type": "DATE", "value": "2022-05-10", "mod": None}
    # Local midnight in Paris (UTC+2) is 22:00 UTC the day before.
    assert (tuesday["start"], tuesday["end"]) == ("2022-05-09T22:00:00Z", "2022-05-10T22:00:00Z")
    assert tuesday["granularity"] == "day"
    assert tuesday["anchor"] == "publication"
    assert tuesday["sentence"].startswith("The river bridge reopened on Tuesday")
    assert events["yesterday"]["timex"]["value"] == "2022-05-10"
    assert events["last October"]["timex"]["value"] == "2021-10"
    assert events["the 1930s"]["timex"]["value"] == "193X"
    assert events["the 1930s"]["granularity"] == "decade"
    for e in article["events"]:
        x = e["expression"]
        assert BRIDGE_BODY[x["start"] : x["end"]] == x["text"]
        assert e["start"] < e["end"]
        assert e["article_id"] == article["id"]


def test_weekdays_follow_tense_in_the_articles_timezone(client: TestClient) -> None:
    article = client.post("/v1/articles", json=storm_article()).json()

    events = _by_text(article["events"])
    assert article["timezone"] == "America/New_York"
    assert events["Sunday"]["timex"]["value"] == "2021-08-29"  # past tense: the Sunday before
    assert events["Sunday"]["start"] == "2021-08-29T04:00:00Z"  # midnight EDT
    assert events["August 31"]["timex"]["value"] == "2021-08-31"
    assert events["Monday"]["timex"]["value"] == "2021-09-06"  # "will reopen": the Monday after
    assert [e["expression"]["start"] for e in article["events"]] != []
    assert STORM_BODY.count("Sunday") == 1


def test_repost_with_same_url_returns_200_and_stores_nothing_new(client: TestClient) -> None:
    first = client.post("/v1/articles", json=bridge_article()).json()

    again = client.post("/v1/articles", json=bridge_article(title="Edited title"))

    assert again.status_code == 200
    assert again.json()["id"] == first["id"]
    assert again.json()["title"] == "Bridge reopens"
    assert [e["id"] for e in again.json()["events"]] == [e["id"] for e in first["events"]]
    listed = client.get("/v1/articles").json()["articles"]
    assert len(listed) == 1


def test_repost_without_url_dedupes_on_title_body_and_publication_time(client: TestClient) -> None:
    article = bridge_article(url=None)
    first = client.post("/v1/articles", json=article)
    same = client.post("/v1/articles", json=article)
    later = client.post("/v1/articles", json=article | {"published_at": "2022-05-12T09:30:00+02:00"})

    assert (first.status_code, same.status_code, later.status_code) == (201, 200, 201)
    assert same.json()["id"] == first.json()["id"]
    assert later.json()["id"] != first.json()["id"]


def test_get_article_returns_it_with_its_events(client: TestClient) -> None:
    posted = client.post("/v1/articles", json=bridge_article()).json()

    r = client.get(f"/v1/articles/{posted['id']}")

    assert r.status_code == 200
    assert r.json() == posted


def test_get_event_returns_the_stored_event(client: TestClient) -> None:
    posted = client.post("/v1/articles", json=bridge_article()).json()
    event = posted["events"][0]

    r = client.get(f"/v1/events/{event['id']}")

    assert r.status_code == 200
    assert r.json() == event


def test_delete_article_removes_it_and_its_events(client: TestClient) -> None:
    posted = client.post("/v1/articles", json=bridge_article()).json()
    kept = client.post("/v1/articles", json=storm_article()).json()

    r = client.delete(f"/v1/articles/{posted['id']}")

    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/v1/articles/{posted['id']}").status_code == 404
    assert client.get(f"/v1/events/{posted['events'][0]['id']}").status_code == 404
    remaining = client.get("/v1/timeline", params={"limit": 500}).json()["events"]
    assert {e["article_id"] for e in remaining} == {kept["id"]}
    assert client.delete(f"/v1/articles/{posted['id']}").status_code == 404


def test_list_articles_pages_newest_first_without_gaps(client: TestClient) -> None:
    ids = [
        client.post("/v1/articles", json=bridge_article(url=f"https://news.example/{n}")).json()["id"]
        for n in range(5)
    ]

    seen: list[int] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/articles", params=params).json()
        seen += [a["id"] for a in page["articles"]]
        cursor = page["next_cursor"]
        if not cursor:
            break

    assert seen == sorted(ids, reverse=True)
    assert client.get("/v1/articles", params={"source": "nowhere"}).json() == {
        "articles": [],
        "next_cursor": None,
    }


def test_normalize_returns_mentions_without_storing_anything(client: TestClient) -> None:
    r = client.post(
        "/v1/normalize",
        json={"text": "They met on Monday and talked for 20 years.", "anchor": "2022-05-11T09:30:00+02:00"},
    )

    assert r.status_code == 200
    mentions = {m["expression"]["text"]: m for m in r.json()["mentions"]}
    assert mentions["Monday"]["timex"]["value"] == "2022-05-09"
    assert mentions["Monday"]["start"] == "2022-05-08T22:00:00Z"
    duration = mentions["20 years"]
    assert duration["timex"] == {"type": "DURATION", "value": "P20Y", "mod": None}
    assert duration["start"] is None and duration["end"] is None and duration["granularity"] is None
    assert client.get("/v1/articles").json()["articles"] == []
