"""How exports page: everything from the cursor on, up to a cap, then a Link to the rest; errors; OpenAPI."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from app.api import exports
from tests.exports.samples import council_article, walk_json
from tests.factories import bridge_article, storm_article


def post_all(client: TestClient) -> None:
    for article in (bridge_article(), storm_article(), council_article()):
        client.post("/v1/articles", json=article)


def csv_ids(text: str) -> list[int]:
    return [int(row["event_id"]) for row in csv.DictReader(io.StringIO(text, newline=""))]


def next_link(response) -> str | None:
    link = response.headers.get("link")
    if link is None:
        return None
    match = re.fullmatch(r'<([^>]+)>; rel="next"', link)
    assert match, link
    return match.group(1)


def test_an_export_holds_every_event_regardless_of_limit(client: TestClient) -> None:
    post_all(client)

    response = client.get("/v1/timeline", params={"format": "csv", "limit": 2})

    assert csv_ids(response.text) == [e["id"] for e in walk_json(client)]
    assert "link" not in response.headers


def test_past_the_cap_a_link_leads_to_the_rest(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    post_all(client)
    monkeypatch.setattr(exports, "EXPORT_CAP", 4)
    expected = [e["id"] for e in walk_json(client, order="desc")]

    seen: list[int] = []
    url: str | None = "/v1/timeline?format=csv&order=desc"
    files = 0
    while url is not None:
        response = client.get(url)
        assert response.status_code == 200
        seen += csv_ids(response.text)
        url = next_link(response)
        files += 1

    assert seen == expected
    assert files == -(-len(expected) // 4)


def test_an_export_starts_from_a_json_pages_cursor(client: TestClient) -> None:
    post_all(client)
    first = client.get("/v1/timeline", params={"limit": 3}).json()

    response = client.get("/v1/timeline", params={"format": "ics", "cursor": first["next_cursor"]})

    uids = [str(v["uid"]) for v in Calendar.from_ical(response.content).walk("VEVENT")]
    rest = walk_json(client)[3:]
    assert uids == [f"event-{e['id']}@chronicle" for e in rest]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/calendar", "text/calendar; charset=utf-8"),
        ("text/csv;q=0.5, text/calendar;q=0.9", "text/calendar; charset=utf-8"),
        ("application/json, text/csv", "application/json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/json"),
        ("text/csv;q=0, application/json;q=0.1", "application/json"),
        ("image/png", "application/json"),
    ],
)
def test_accept_header_negotiation(client: TestClient, accept: str, expected: str) -> None:
    response = client.get("/v1/timeline", headers={"Accept": accept})

    assert response.status_code == 200
    assert response.headers["content-type"] == expected


def test_an_unknown_format_is_a_problem_naming_the_field(client: TestClient) -> None:
    response = client.get("/v1/timeline", params={"format": "xml"})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["format"]


def test_export_filters_are_validated_like_the_json_timeline(client: TestClient) -> None:
    bad_cursor = client.get("/v1/timeline", params={"format": "ics", "cursor": "nonsense"})
    bad_range = client.get(
        "/v1/timeline", params={"format": "csv", "start": "2022-01-02", "end": "2022-01-01"}
    )

    assert bad_cursor.status_code == 400
    assert bad_cursor.headers["content-type"] == "application/problem+json"
    assert bad_range.status_code == 422
    assert bad_range.json()["errors"][0]["field"] == "end"


def test_openapi_lists_every_media_type_of_the_timeline_and_timeml(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    timeline = schema["paths"]["/v1/timeline"]["get"]
    content = timeline["responses"]["200"]["content"]
    assert set(content) >= {"application/json", "text/csv", "text/calendar"}
    refs = {s["$ref"].rsplit("/", 1)[1] for s in content["application/json"]["schema"]["anyOf"]}
    assert refs == {"TimelinePage", "TimelineJSDocument"}
    assert "Link" in timeline["responses"]["200"]["headers"]
    fmt = next(p for p in timeline["parameters"] if p["name"] == "format")
    assert set(fmt["schema"]["anyOf"][0]["enum"]) == {"json", "csv", "ics", "timelinejs"}
    timeml = schema["paths"]["/v1/articles/{article_id}/timeml"]["get"]["responses"]["200"]["content"]
    assert set(timeml) == {"application/xml"}
