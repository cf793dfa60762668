"""Request ids, one JSON access line per request, Prometheus metrics, CORS."""

from __future__ import annotations

import json
import logging

from app.observability import JsonFormatter, request_id_var
from tests.factories import bridge_article


def test_every_response_has_a_request_id_and_a_sane_incoming_one_is_kept(client) -> None:
    generated = client.get("/v1/articles").headers["x-request-id"]
    kept = client.get("/v1/articles", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"]
    replaced = client.get("/v1/articles", headers={"X-Request-ID": "bad id\twith spaces"}).headers[
        "x-request-id"
    ]

    assert len(generated) == 32
    assert kept == "abc-123"
    assert replaced != "bad id\twith spaces" and len(replaced) == 32
    assert client.get("/v1/nowhere").headers["x-request-id"]


def test_access_log_line_per_request_with_route_status_and_request_id(client, caplog) -> None:
    caplog.set_level(logging.INFO, logger="chronicle.access")

    client.get("/v1/articles/12345", headers={"X-Request-ID": "req-42"})

    (record,) = [r for r in caplog.records if r.name == "chronicle.access"]
    line = json.loads(JsonFormatter().format(record))
    assert line["method"] == "GET"
    assert line["path"] == "/v1/articles/12345"
    assert line["route"] == "/v1/articles/{article_id}"
    assert line["status"] == 404
    assert line["duration_ms"] >= 0
    assert line["level"] == "info"


def test_json_formatter_writes_one_object_with_the_bound_request_id() -> None:
    token = request_id_var.set("rid-1")
    try:
        record = logging.LogRecord("chronicle", logging.WARNING, __file__, 1, "hello %s", ("world",), None)
        line = JsonFormatter().format(record)
    finally:
        request_id_var.reset(token)

    assert "\n" not in line
    assert json.loads(line) | {"time": None} == {
        "time": None,
        "level": "warning",
        "logger": "chronicle",
        "message": "hello world",
        "request_id": "rid-1",
    }


def metric(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(name) and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_by_route_template_and_ingestion(client) -> None:
    before = client.get("/metrics").text
    client.post("/v1/articles", json=bridge_article())
    client.get("/v1/articles/1")
    after = client.get("/metrics").text

    labels = {"method": "GET", "route": "/v1/articles/{article_id}", "status": "200"}
    assert (
        metric(after, "chronicle_http_requests_total", **labels)
        == metric(before, "chronicle_http_requests_total", **labels) + 1
    )
    assert (
        metric(after, "chronicle_articles_ingested_total")
        == metric(before, "chronicle_articles_ingested_total") + 1
    )
    assert metric(after, "chronicle_events_ingested_total") > metric(
        before, "chronicle_events_ingested_total"
    )
    assert metric(after, "chronicle_engine_seconds_count") > metric(before, "chronicle_engine_seconds_count")
    assert "chronicle_http_request_duration_seconds_bucket" in after


def test_cors_allows_the_configured_origin_only(make_client) -> None:
    client = make_client(CHRONICLE_CORS_ORIGINS="https://front.example")
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}

    allowed = client.options("/v1/articles", headers={"Origin": "https://front.example"} | preflight)
    refused = client.get("/v1/articles", headers={"Origin": "https://evil.example"})

    assert allowed.headers["access-control-allow-origin"] == "https://front.example"
    assert "access-control-allow-origin" not in refused.headers


def test_an_unexpected_error_is_a_500_problem_logged_with_its_request_id(client, monkeypatch, capsys) -> None:
    from app.services import articles

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(articles, "list_articles", broken)

    r = client.get("/v1/articles", headers={"X-Request-ID": "req-500"})

    assert r.status_code == 500
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["x-request-id"] == "req-500"
    assert "boom" not in r.text
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    (error,) = [line for line in lines if line["level"] == "error"]
    assert error["request_id"] == "req-500"
    assert "RuntimeError: boom" in error["exception"]
