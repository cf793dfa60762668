"""Closed-loop HTTP load: N client threads, each with one keep-alive connection, timing every request.

http.client rather than httpx: the client shares the machine with the server, so it should cost as
little CPU per request as possible.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

# (method, path, JSON body or None) for the i-th request of a run.
Request = tuple[str, str, bytes | None]


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float] = field(repr=False)
    statuses: dict[int, int]
    items: int = 0  # articles (for a batch endpoint, several per request)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def items_per_s(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def summary(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "rps": round(self.rps, 1),
            "items_per_s": round(self.items_per_s, 1),
            "p50_ms": round(self.percentile(50), 2),
            "p99_ms": round(self.percentile(99), 2),
            "statuses": self.statuses,
        }


def run(
    base_url: str,
    make_request: Callable[[int], Request],
    *,
    clients: int,
    total: int,
    items_per_request: int = 1,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    """Send `total` requests over `clients` connections at once; request i comes from make_request(i)."""
    parts = urlsplit(base_url)
    counter = iter(range(total))
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[BaseException] = []
    base_headers = {"Content-Type": "application/json", "Connection": "keep-alive"} | (headers or {})

    def client() -> None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=120)
        mine: list[float] = []
        codes: dict[int, int] = {}
        try:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    break
                method, path, body = make_request(i)
                t0 = time.perf_counter()
                conn.request(method, path, body=body, headers=base_headers)
                resp = conn.getresponse()
                resp.read()
                mine.append((time.perf_counter() - t0) * 1000)
                codes[resp.status] = codes.get(resp.status, 0) + 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)
                for code, n in codes.items():
                    statuses[code] = statuses.get(code, 0) + n

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"{len(errors)} client(s) failed: {errors[0]!r}")
    ok = sum(n for code, n in statuses.items() if code < 300)
    return LoadResult(len(latencies), elapsed, latencies, statuses, items=ok * items_per_request)


def get_json(base_url: str, path: str) -> Any:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=120)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return json.loads(resp.read())
    finally:
        conn.close()
