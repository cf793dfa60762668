"""GET /v1/articles/{id}/timeml: the article as ISO-TimeML, read back with xml.etree and our reader."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fastapi.testclient import TestClient

from app.evaluation.timeml import parse_document
from tests.exports.samples import COUNCIL_BODY, council_article
from tests.factories import BRIDGE_BODY, bridge_article


def read_timeml(client: TestClient, article_id: int, **params):
    response = client.get(f"/v1/articles/{article_id}/timeml", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/xml; charset=utf-8"
    assert response.text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>')
    root = ET.fromstring(response.content)
    return root, parse_document(root, response.text, f"article-{article_id}")


def test_the_document_is_the_body_with_the_stored_events_as_timex3(client: TestClient) -> None:
    bridge = client.post("/v1/articles", json=bridge_article()).json()

    root, document = read_timeml(client, bridge["id"])

    assert document.text == BRIDGE_BODY
    assert document.doc_id == f"chronicle-article-{bridge['id']}"
    # The wall-clock publication time in Paris, as TimeML corpora write their creation times.
    assert document.creation_value == "2022-05-11T09:30"
    assert root.findtext("TITLE") == "Bridge reopens"
    stored = sorted(bridge["events"], key=lambda e: e["expression"]["start"])
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in document.timexes] == [
        (
            e["expression"]["start"],
            e["expression"]["end"],
            e["expression"]["text"],
            e["timex"]["type"],
            e["timex"]["value"],
            e["timex"]["mod"],
        )
        for e in stored
    ]
    assert [t.tid for t in document.timexes] == [f"t{n}" for n in range(1, len(stored) + 1)]


def test_stored_mentions_leave_out_durations_and_sets_which_extract_brings_back(client: TestClient) -> None:
    council = client.post("/v1/articles", json=council_article()).json()

    _, stored = read_timeml(client, council["id"])
    _, extracted = read_timeml(client, council["id"], mentions="extract")

    assert extracted.text == stored.text == COUNCIL_BODY
    assert {t.type for t in stored.timexes} <= {"DATE", "TIME"}
    assert {(t.text, t.type, t.value) for t in extracted.timexes} >= {
        ("three weeks", "DURATION", "P3W"),
        ("every Monday", "SET", "XXXX-WXX-1"),
    }
    stored_spans = {(t.start, t.end, t.value) for t in stored.timexes}
    assert stored_spans == {
        (t.start, t.end, t.value) for t in extracted.timexes if t.type in ("DATE", "TIME")
    }


def test_markup_characters_in_the_body_survive_the_round_trip(client: TestClient) -> None:
    body = 'Prices <rose> & fell on Tuesday, "sharply".\r\nOn Monday they stopped.'
    article = client.post("/v1/articles", json=bridge_article(body=body, title="A & B <c>")).json()

    root, document = read_timeml(client, article["id"])

    assert document.text == body
    assert root.findtext("TITLE") == "A & B <c>"
    assert {t.text for t in document.timexes} == {"Tuesday", "Monday"}


def test_an_unknown_article_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/articles/999999/timeml")

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_extract_reads_an_article_stored_with_an_offset_and_no_zone_name(client: TestClient) -> None:
    bridge = client.post("/v1/articles", json=bridge_article()).json()
    assert bridge["timezone"] == "+02:00"

    _, stored = read_timeml(client, bridge["id"])
    _, extracted = read_timeml(client, bridge["id"], mentions="extract")

    assert extracted.creation_value == stored.creation_value == "2022-05-11T09:30"
    assert [(t.start, t.value) for t in extracted.timexes] == [(t.start, t.value) for t in stored.timexes]
