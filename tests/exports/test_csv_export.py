"""format=csv: one row per event with its article, read back with the csv module."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from app.exports.delimited import COLUMNS
from tests.exports.samples import council_article, walk_json
from tests.factories import bridge_article, storm_article


def read_csv(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def post_all(client: TestClient) -> None:
    for article in (bridge_article(), storm_article(), council_article()):
        assert client.post("/v1/articles", json=article).status_code == 201


def test_csv_rows_are_the_json_timeline_with_article_fields(client: TestClient) -> None:
    post_all(client)

    response = client.get("/v1/timeline", params={"format": "csv"})

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8; header=present"
    assert response.headers["content-disposition"] == 'attachment; filename="chronicle-timeline.csv"'
    rows = read_csv(response.text)
    events = walk_json(client)
    assert len(rows) == len(events) > 10
    for row, event in zip(rows, events, strict=True):
        assert row == {
            "event_id": str(event["id"]),
            "start": event["start"],
            "end": event["end"],
            "granularity": event["granularity"],
            "timex_type": event["timex"]["type"],
            "timex_value": event["timex"]["value"],
            "timex_mod": event["timex"]["mod"] or "",
            "anchor": event["anchor"],
            "expression": event["expression"]["text"],
            "expression_start": str(event["expression"]["start"]),
            "expression_end": str(event["expression"]["end"]),
            "sentence": event["sentence"],
            "article_id": str(event["article"]["id"]),
            "article_title": event["article"]["title"],
            "article_url": event["article"]["url"],
            "article_source": event["article"]["source"],
            "article_published_at": event["article"]["published_at"],
            "article_timezone": row["article_timezone"],
        }
    zones = {row["article_title"]: row["article_timezone"] for row in rows}
    assert zones == {
        "Bridge reopens": "+02:00",
        "Storm clean-up": "America/New_York",
        "Council vote": "America/New_York",
    }


def test_csv_follows_the_filters_and_the_order(client: TestClient) -> None:
    post_all(client)
    filters = {"q": "bridge", "coarsest": "year", "order": "desc"}

    rows = read_csv(client.get("/v1/timeline", params=filters | {"format": "csv"}).text)

    assert [int(r["event_id"]) for r in rows] == [e["id"] for e in walk_json(client, **filters)]
    assert rows and {r["article_title"] for r in rows} == {"Bridge reopens"}
    assert "decade" not in {r["granularity"] for r in rows}


def test_csv_quotes_commas_quotes_and_line_breaks(client: TestClient) -> None:
    body = 'He said "we reopen on Tuesday, at last",\nand left.'
    client.post("/v1/articles", json=bridge_article(body=body, title='A "quoted", title', url=None))

    (row,) = read_csv(client.get("/v1/timeline", params={"format": "csv"}).text)

    assert row["article_title"] == 'A "quoted", title'
    assert row["sentence"].startswith('He said "we reopen on Tuesday, at last"')
    assert row["article_url"] == ""


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_made_inert(client: TestClient) -> None:
    client.post(
        "/v1/articles", json=bridge_article(title='=HYPERLINK("https://evil.example")', source="@src")
    )

    rows = read_csv(client.get("/v1/timeline", params={"format": "csv"}).text)

    assert {r["article_title"] for r in rows} == {'\'=HYPERLINK("https://evil.example")'}
    assert {r["article_source"] for r in rows} == {"'@src"}


def test_accept_text_csv_picks_csv_and_format_overrides_accept(client: TestClient) -> None:
    post_all(client)

    by_accept = client.get("/v1/timeline", headers={"Accept": "text/csv"})
    overridden = client.get("/v1/timeline", params={"format": "json"}, headers={"Accept": "text/csv"})

    assert by_accept.headers["content-type"].startswith("text/csv")
    assert read_csv(by_accept.text)
    assert overridden.headers["content-type"] == "application/json"
    assert "events" in overridden.json()
    assert by_accept.headers["vary"] == overridden.headers["vary"] == "Accept"
