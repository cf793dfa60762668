"""Idempotency-Key: a retry replays the first response; another body under the key is 422; in flight, 409."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from app.idempotency import claim_key, request_fingerprint
from app.models import utcnow
from tests.factories import bridge_article, storm_article
from tests.reliability.conftest import KEY, OTHER_KEY, bearer


def test_same_key_and_body_replays_status_body_and_location(client) -> None:
    headers = {"Idempotency-Key": "post-1"}

    first = client.post("/v1/articles", json=bridge_article(), headers=headers)
    again = client.post("/v1/articles", json=bridge_article(), headers=headers)

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert len(client.get("/v1/articles").json()["articles"]) == 1


def test_without_a_key_a_repost_is_200_from_deduplication(client) -> None:
    assert client.post("/v1/articles", json=bridge_article()).status_code == 201
    assert client.post("/v1/articles", json=bridge_article()).status_code == 200


def test_same_key_with_another_body_is_422(client) -> None:
    headers = {"Idempotency-Key": "post-2"}
    client.post("/v1/articles", json=bridge_article(), headers=headers)

    r = client.post("/v1/articles", json=storm_article(), headers=headers)

    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["type"].endswith("idempotency-key-reused")
    assert len(client.get("/v1/articles").json()["articles"]) == 1


def test_a_key_still_running_is_409_with_retry_after(client, engine) -> None:
    # Claim the key as a first request still in flight would.
    fingerprint = request_fingerprint("POST", "/v1/articles", b'{"a": 1}')
    claim = claim_key(
        "anonymous", "post-3", fingerprint, ttl=timedelta(hours=1), stale_after=timedelta(hours=1)
    )
    assert claim.outcome == "claimed"

    r = client.post("/v1/articles", content=b'{"a": 1}', headers={"Idempotency-Key": "post-3"})

    assert r.status_code == 409
    assert r.headers["retry-after"] == "1"


def test_a_key_left_running_by_a_dead_process_can_be_claimed_again(client, engine) -> None:
    fingerprint = request_fingerprint("POST", "/v1/articles", b"{}")
    ttl, stale = timedelta(hours=1), timedelta(minutes=1)
    assert claim_key("anonymous", "post-4", fingerprint, ttl=ttl, stale_after=stale).outcome == "claimed"
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE idempotency_key SET created_at = :t"),
            {"t": (utcnow() - timedelta(minutes=5)).replace(tzinfo=None)},
        )

    assert claim_key("anonymous", "post-4", fingerprint, ttl=ttl, stale_after=stale).outcome == "claimed"


def test_client_errors_are_replayed_but_not_server_side_refusals(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS=KEY)
    headers = {"Idempotency-Key": "post-5"}

    refused = client.post("/v1/articles", json=bridge_article(), headers=headers)
    invalid = client.post("/v1/articles", json=bridge_article(title=""), headers=headers | bearer(KEY))
    replayed = client.post("/v1/articles", json=bridge_article(title=""), headers=headers | bearer(KEY))

    assert refused.status_code == 401  # not stored: the same key works once the caller authenticates
    assert invalid.status_code == replayed.status_code == 422
    assert replayed.headers["idempotent-replayed"] == "true"


def test_keys_are_scoped_to_the_callers_api_key(make_client) -> None:
    client = make_client(CHRONICLE_API_KEYS=f"{KEY},{OTHER_KEY}")
    headers = {"Idempotency-Key": "shared-name"}

    mine = client.post("/v1/articles", json=bridge_article(), headers=headers | bearer(KEY))
    theirs = client.post("/v1/articles", json=storm_article(), headers=headers | bearer(OTHER_KEY))

    assert mine.status_code == theirs.status_code == 201
    assert mine.json()["id"] != theirs.json()["id"]


def test_expired_keys_are_forgotten(make_client, engine) -> None:
    client = make_client(CHRONICLE_IDEMPOTENCY_TTL_HOURS="1")
    headers = {"Idempotency-Key": "post-6"}
    client.post("/v1/articles", json=bridge_article(), headers=headers)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE idempotency_key SET created_at = :t"),
            {"t": (utcnow() - timedelta(hours=2)).replace(tzinfo=None)},
        )

    r = client.post("/v1/articles", json=storm_article(), headers=headers)

    assert r.status_code == 201  # a new request under the old name, not a 422


def test_an_invalid_key_is_400(client) -> None:
    for bad in ("", "x" * 256, "has space"):
        r = client.post("/v1/articles", json=bridge_article(), headers={"Idempotency-Key": bad})
        assert r.status_code == 400, (bad, r.text)
    assert client.get("/v1/articles").json()["articles"] == []


def test_batch_requests_replay_too(client) -> None:
    headers = {"Idempotency-Key": "batch-1"}
    items = [bridge_article(), storm_article()]

    first = client.post("/v1/articles/batch", json=items, headers=headers)
    again = client.post("/v1/articles/batch", json=items, headers=headers)

    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert [r["status"] for r in again.json()["results"]] == [201, 201]
