"""Fixed-window request counting per caller, in Redis when replicas share it, in-process otherwise.

The answer carries what the IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers) need:
the quota, what is left of it and the seconds until the window resets.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass
from typing import Protocol

import redis

log = logging.getLogger("chronicle.ratelimit")

WINDOWS = {"second": 1, "minute": 60, "hour": 3600}
POLICY = "default"


@dataclass(frozen=True, slots=True)
class Quota:
    limit: int
    window_s: int

    @classmethod
    def parse(cls, spec: str) -> Quota:
        """'120/minute' -> 120 requests per 60-second window."""
        count, _, unit = spec.partition("/")
        return cls(int(count), WINDOWS[unit])


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset_s: int
    window_s: int

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Policy": f'"{POLICY}";q={self.limit};w={self.window_s}',
            "RateLimit": f'"{POLICY}";r={self.remaining};t={self.reset_s}',
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.reset_s)
        return headers


class Counter(Protocol):
    def hit(self, key: str, window_s: int, now: float) -> int:
        """Count one request for `key` in the window containing `now`; return the window's count."""


class MemoryCounter:
    """Counts for one process: with several workers or replicas each has its own quota."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, int], int] = {}

    def hit(self, key: str, window_s: int, now: float) -> int:
        window = int(now // window_s)
        with self._lock:
            if len(self._counts) > 10_000:  # forget past windows
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= window}
            count = self._counts.get((key, window), 0) + 1
            self._counts[(key, window)] = count
            return count


class RedisCounter:
    """Counts shared by every replica that points at the same Redis."""

    def __init__(self, url: str) -> None:
        self._client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)

    def hit(self, key: str, window_s: int, now: float) -> int:
        window = int(now // window_s)
        name = f"chronicle:ratelimit:{key}:{window}"
        pipe = self._client.pipeline()
        pipe.incr(name)
        pipe.expire(name, window_s + 1)
        count, _ = pipe.execute()
        return int(count)


class RateLimiter:
    def __init__(self, quota: Quota, counter: Counter) -> None:
        self.quota = quota
        self.counter = counter

    def check(self, key: str, now: float | None = None) -> Decision:
        now = time.time() if now is None else now
        window_s = self.quota.window_s
        reset_s = max(1, math.ceil(window_s - now % window_s))
        try:
            count = self.counter.hit(key, window_s, now)
        except redis.RedisError as exc:
            # A rate limiter that takes the service down with it protects nothing: fail open, loudly.
            log.warning("rate limit store unavailable, request let through: %s", exc)
            count = 0
        remaining = max(0, self.quota.limit - count)
        return Decision(count <= self.quota.limit, self.quota.limit, remaining, reset_s, window_s)


def build_limiter(spec: str | None, redis_url: str | None) -> RateLimiter | None:
    if not spec:
        return None
    counter: Counter = RedisCounter(redis_url) if redis_url else MemoryCounter()
    return RateLimiter(Quota.parse(spec), counter)
