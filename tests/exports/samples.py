"""An article with one expression of each kind the exports treat differently, and a walk over the timeline."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

# Friday 3 September 2021, 10:00 in New York.
COUNCIL_PUBLISHED = "2021-09-03T10:00:00-04:00"
COUNCIL_BODY = (
    "The council met on Tuesday night and voted at 3 p.m. on Wednesday. Talks lasted three weeks. "
    "The plan dates from the 1990s and is reviewed every Monday. "
    "Work starts in the summer of 2021, ends in Q1 2024, and was first costed in early 2021."
)


def council_article(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "Council vote",
        "body": COUNCIL_BODY,
        "published_at": COUNCIL_PUBLISHED,
        "timezone": "America/New_York",
        "url": "https://city.example/council",
        "source": "city-desk",
    } | overrides


def walk_json(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every event of the JSON timeline under these filters, following next_cursor."""
    events: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        query = params | {"limit": 500} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/timeline", params=query)
        assert page.status_code == 200, page.text
        events += page.json()["events"]
        cursor = page.json()["next_cursor"]
        if not cursor:
            return events
    raise AssertionError("cursor walk did not end")
