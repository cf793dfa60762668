"""format=timelinejs: a TimelineJS3 document whose dates hold only the parts the granularity knows."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from tests.exports.samples import council_article, walk_json
from tests.factories import bridge_article, storm_article


def slides(client: TestClient, **params) -> dict[str, dict]:
    response = client.get("/v1/timeline", params=params | {"format": "timelinejs"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document = json.loads(response.text)
    assert document["title"]["text"]["headline"] == "Chronicle timeline"
    return {s["unique_id"]: s for s in document["events"]}


def test_one_slide_per_event_grouped_by_source(client: TestClient) -> None:
    for article in (bridge_article(), storm_article(), council_article()):
        client.post("/v1/articles", json=article)

    by_id = slides(client)

    events = walk_json(client)
    assert list(by_id) == [f"event-{e['id']}" for e in events]
    for event in events:
        slide = by_id[f"event-{event['id']}"]
        assert slide["group"] == event["article"]["source"]
        assert slide["text"]["headline"] == event["expression"]["text"]
        assert f"<strong>{event['expression']['text']}</strong>" in slide["text"]["text"]
        assert f'<a href="{event["article"]["url"]}">' in slide["text"]["text"]


def test_dates_carry_only_what_the_granularity_knows(client: TestClient) -> None:
    bridge = client.post("/v1/articles", json=bridge_article()).json()
    council = client.post("/v1/articles", json=council_article()).json()
    ids = {e["timex"]["value"]: e["id"] for e in bridge["events"] + council["events"]}

    by_id = slides(client)

    def dates(value: str) -> tuple[dict, dict | None]:
        slide = by_id[f"event-{ids[value]}"]
        return slide["start_date"], slide.get("end_date")

    assert dates("193X") == ({"year": 1930}, {"year": 1939})
    assert dates("2009") == ({"year": 2009}, None)
    assert dates("2021-10") == ({"year": 2021, "month": 10}, None)
    assert dates("2021-SU") == ({"year": 2021, "month": 6}, {"year": 2021, "month": 8})
    assert dates("2024-Q1") == ({"year": 2024, "month": 1}, {"year": 2024, "month": 3})
    # Tuesday in Paris, although its interval starts on Monday in UTC.
    assert dates("2022-05-10") == ({"year": 2022, "month": 5, "day": 10}, None)
    weekend = next(e for e in bridge["events"] if e["timex"]["value"].endswith("-WE"))
    saturday = datetime.fromisoformat(weekend["start"]).astimezone(timezone(timedelta(hours=2)))
    sunday = saturday + timedelta(days=1)
    assert dates(weekend["timex"]["value"]) == (
        {"year": saturday.year, "month": saturday.month, "day": saturday.day},
        {"year": sunday.year, "month": sunday.month, "day": sunday.day},
    )
    assert dates("2021-08-31TNI") == (
        {"year": 2021, "month": 8, "day": 31, "hour": 20},
        {"year": 2021, "month": 9, "day": 1, "hour": 3},
    )
    assert dates("2021-09-01T15:00") == ({"year": 2021, "month": 9, "day": 1, "hour": 15}, None)


def test_html_in_articles_is_escaped(client: TestClient) -> None:
    client.post(
        "/v1/articles",
        json=storm_article(body="<b>Bold</b> claims on Sunday.", url="javascript:alert(1)", source="<x>"),
    )

    (slide,) = slides(client).values()

    assert slide["text"]["text"].startswith(
        "<p>&lt;b&gt;Bold&lt;/b&gt; claims on <strong>Sunday</strong>.</p>"
    )
    assert "javascript:" not in slide["text"]["text"]
    assert "(&lt;x&gt;)" in slide["text"]["text"]
