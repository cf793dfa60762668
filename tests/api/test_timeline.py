"""GET /v1/timeline: chronological order, overlap filter, q, source, coarsest and cursor walks."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.factories import bridge_article, storm_article


def walk(client: TestClient, **params) -> list[dict]:
    events: list[dict] = []
    cursor = None
    for _ in range(1000):
        page = client.get("/v1/timeline", params=params | ({"cursor": cursor} if cursor else {})).json()
        events += page["events"]
        cursor = page["next_cursor"]
        if not cursor:
            return events
    raise AssertionError("cursor walk did not end")


def post_both(client: TestClient) -> tuple[dict, dict]:
    return (
        client.post("/v1/articles", json=bridge_article()).json(),
        client.post("/v1/articles", json=storm_article()).json(),
    )


def test_timeline_is_chronological_across_articles_with_article_summaries(client: TestClient) -> None:
    bridge, storm = post_both(client)

    events = client.get("/v1/timeline", params={"limit": 500}).json()["events"]

    assert len(events) == len(bridge["events"]) + len(storm["events"])
    keys = [(e["start"], e["id"]) for e in events]
    assert keys == sorted(keys)
    assert events[0]["timex"]["value"] == "193X"  # the 1930s come first
    by_article = {e["article"]["id"]: e["article"] for e in events}
    assert by_article[storm["id"]] == {
        "id": storm["id"],
        "title": "Storm clean-up",
        "url": "https://wire.example/storm",
        "source": "example-wire",
        "published_at": "2021-09-03T14:00:00Z",
    }


def test_descending_order_is_the_exact_reverse(client: TestClient) -> None:
    post_both(client)

    asc = walk(client, limit=3)
    desc = walk(client, limit=3, order="desc")

    assert [e["id"] for e in desc] == [e["id"] for e in reversed(asc)]


def test_start_end_keep_events_whose_interval_overlaps(client: TestClient) -> None:
    post_both(client)

    events = walk(client, start="2021-08-30", end="2021-09-01", limit=500)

    values = {e["timex"]["value"] for e in events}
    # August 31 lies inside; the 1930s and 2009 do not overlap; the decade of the 2000s is not mentioned.
    assert "2021-08-31" in values
    assert "193X" not in values and "2009" not in values
    for e in events:
        assert e["end"] > "2021-08-30T00:00:00Z" and e["start"] < "2021-09-01T00:00:00Z"


def test_long_intervals_overlapping_the_window_are_kept(client: TestClient) -> None:
    post_both(client)

    events = walk(client, start="1935-06-01T00:00:00Z", end="1935-06-02T00:00:00Z")

    assert [e["timex"]["value"] for e in events] == ["193X"]


def test_q_searches_event_sentences(client: TestClient) -> None:
    post_both(client)

    events = walk(client, q="schools reopen")

    assert events and all("Schools will reopen" in e["sentence"] for e in events)
    assert walk(client, q="volcano") == []


def test_source_and_article_filters(client: TestClient) -> None:
    bridge, storm = post_both(client)

    assert {e["article"]["id"] for e in walk(client, source="example-wire")} == {storm["id"]}
    assert {e["article"]["id"] for e in walk(client, article_id=bridge["id"])} == {bridge["id"]}


def test_coarsest_hides_coarser_events(client: TestClient) -> None:
    post_both(client)

    day_or_finer = walk(client, coarsest="day", limit=500)
    month_or_finer = walk(client, coarsest="month", limit=500)

    assert day_or_finer and {e["granularity"] for e in day_or_finer} <= {
        "day",
        "part_of_day",
        "hour",
        "minute",
    }
    assert "month" in {e["granularity"] for e in month_or_finer}
    assert "decade" not in {e["granularity"] for e in month_or_finer}


def test_cursor_walk_returns_every_event_exactly_once(client: TestClient) -> None:
    post_both(client)
    everything = client.get("/v1/timeline", params={"limit": 500}).json()["events"]

    for size in (1, 2, 3, 7):
        assert [e["id"] for e in walk(client, limit=size)] == [e["id"] for e in everything]


def test_cursor_walk_survives_inserts_between_pages(client: TestClient) -> None:
    client.post("/v1/articles", json=bridge_article())
    first = client.get("/v1/timeline", params={"limit": 2}).json()
    seen = [e["id"] for e in first["events"]]

    client.post("/v1/articles", json=storm_article())  # lands after the first page in time order
    cursor = first["next_cursor"]
    while cursor:
        page = client.get("/v1/timeline", params={"limit": 2, "cursor": cursor}).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]

    everything = [e["id"] for e in client.get("/v1/timeline", params={"limit": 500}).json()["events"]]
    assert len(seen) == len(set(seen))
    assert seen == everything  # the new events sort after the first page, so the walk picked them all up


def test_cursor_for_one_order_is_refused_for_the_other(client: TestClient) -> None:
    post_both(client)
    cursor = client.get("/v1/timeline", params={"limit": 1}).json()["next_cursor"]

    r = client.get("/v1/timeline", params={"limit": 1, "cursor": cursor, "order": "desc"})

    assert r.status_code == 422
