"""Rate limits per API key or client address, with RateLimit headers; shared through Redis across replicas."""

from __future__ import annotations

import uuid

import pytest
import redis

from app.ratelimit import MemoryCounter, Quota, RateLimiter
from tests.reliability.conftest import bearer

REDIS_URL = "redis://127.0.0.1:6379/15"


def redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


def test_requests_over_the_quota_are_429_with_retry_after(make_client) -> None:
    client = make_client(CHRONICLE_RATE_LIMIT="3/hour")

    ok = [client.get("/v1/articles") for _ in range(3)]
    over = client.get("/v1/articles")

    assert [r.status_code for r in ok] == [200, 200, 200]
    assert ok[0].headers["ratelimit-policy"] == '"default";q=3;w=3600'
    assert ok[0].headers["ratelimit"].startswith('"default";r=2;t=')
    assert ok[2].headers["ratelimit"].startswith('"default";r=0;t=')
    assert over.status_code == 429
    assert over.headers["content-type"].startswith("application/problem+json")
    assert 0 < int(over.headers["retry-after"]) <= 3600
    assert over.headers["ratelimit"].startswith('"default";r=0;')


def test_each_key_has_its_own_quota(make_client) -> None:
    keys = [f"key-{uuid.uuid4().hex}" for _ in range(2)]
    client = make_client(CHRONICLE_RATE_LIMIT="1/hour", CHRONICLE_API_KEYS=",".join(keys))

    assert client.get("/v1/articles", headers=bearer(keys[0])).status_code == 200
    assert client.get("/v1/articles", headers=bearer(keys[0])).status_code == 429
    assert client.get("/v1/articles", headers=bearer(keys[1])).status_code == 200


def test_no_limit_and_no_headers_by_default(client) -> None:
    r = client.get("/v1/articles")

    assert "ratelimit" not in r.headers


def test_a_window_resets() -> None:
    limiter = RateLimiter(Quota.parse("2/minute"), MemoryCounter())

    assert [limiter.check("a", now=60.0).allowed for _ in range(3)] == [True, True, False]
    assert limiter.check("a", now=120.0).allowed
    assert limiter.check("a", now=119.0).reset_s == 1


@pytest.mark.skipif(not redis_available(), reason="no Redis on 127.0.0.1:6379")
def test_replicas_share_the_quota_through_redis(make_client) -> None:
    key = f"key-{uuid.uuid4().hex}"  # fresh counters in the shared Redis
    env = {"CHRONICLE_RATE_LIMIT": "3/hour", "CHRONICLE_API_KEYS": key, "REDIS_URL": REDIS_URL}
    replica_a, replica_b = make_client(**env), make_client(**env)

    statuses = [
        replica.get("/v1/articles", headers=bearer(key)).status_code
        for replica in (replica_a, replica_b, replica_a, replica_b)
    ]

    assert statuses == [200, 200, 200, 429]


def test_an_unreachable_redis_lets_requests_through(make_client) -> None:
    client = make_client(CHRONICLE_RATE_LIMIT="1/hour", REDIS_URL="redis://127.0.0.1:1/0")

    assert [client.get("/v1/articles").status_code for _ in range(2)] == [200, 200]


def test_guessing_keys_runs_into_the_limit_of_the_address(make_client) -> None:
    client = make_client(CHRONICLE_RATE_LIMIT="2/hour", CHRONICLE_API_KEYS=f"key-{uuid.uuid4().hex}")

    statuses = [client.delete("/v1/articles/1", headers=bearer(f"guess-{n}")).status_code for n in range(3)]

    assert statuses == [401, 401, 429]
