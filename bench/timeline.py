"""Timeline reads through the HTTP API at 10 thousand, 100 thousand and 1 million stored events.

For each size: a fresh database filled by bench.fill (not through the API), one server, then each query
shape measured with one client (latency) and the first page also with four (requests/s), next to the
same server's trivial endpoint (/livez) as the floor. Deep cursors are built from the event at position
min(100 000, n/2) of the walk, exactly as the server would have issued them.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import text

from app.db import build_engine
from app.services.cursors import encode_cursor
from bench import load
from bench.databases import database_bytes, drop_database, fresh_database
from bench.fill import fill
from bench.plans import explain
from bench.server import Server

SIZES = (10_000, 100_000, 1_000_000)
DEEP = 100_000
PAGE = 50


def _dates(rng: random.Random, n: int) -> list[datetime]:
    first = datetime(2016, 1, 1, tzinfo=UTC)
    return [first + timedelta(seconds=rng.randrange(10 * 365 * 86400)) for _ in range(n)]


def _iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def deep_cursor(url: str, position: int, *, start: datetime | None = None) -> str:
    """The cursor the server hands out after `position` events (of the walk from `start`, if given)."""
    engine = build_engine(url, pool_size=1)
    where = "WHERE end_at > :start" if start else ""
    sql = f"SELECT start_at, id FROM event {where} ORDER BY start_at, id LIMIT 1 OFFSET :offset"
    params: dict[str, Any] = {"offset": position - 1}
    if start:
        params["start"] = start.replace(tzinfo=None) if url.startswith("postgresql") else _sqlite(start)
    with engine.connect() as conn:
        row = conn.execute(text(sql), params).one()
    engine.dispose()
    started = row[0] if isinstance(row[0], datetime) else datetime.fromisoformat(row[0])
    return encode_cursor("timeline", s=started.replace(tzinfo=UTC), i=row[1], o="asc")


def _sqlite(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def scenarios(url: str, n: int, rng: random.Random) -> dict[str, list[str]]:
    """Name -> request paths; a scenario with several paths cycles through them (different dates)."""
    starts = _dates(rng, 200)
    deep = min(DEEP, n // 2)
    mid = datetime(2021, 6, 1, tzinfo=UTC)

    def path(**params: Any) -> str:
        return "/v1/timeline?" + urlencode({"limit": PAGE} | params)

    return {
        "first page": [path()],
        "first page, desc": [path(order="desc")],
        f"cursor after {deep:,}": [path(cursor=deep_cursor(url, deep))],
        "start": [path(start=_iso(s)) for s in starts],
        "start + end (30 days)": [path(start=_iso(s), end=_iso(s + timedelta(days=30))) for s in starts],
        f"start + cursor after {deep // 2:,}": [
            path(start=_iso(mid), cursor=deep_cursor(url, deep // 2, start=mid))
        ],
        "q (common word)": [path(q="earthquake")],
        "q (rare words)": [path(q="Tbilisi drought")],
        "q + start": [path(q="earthquake", start=_iso(s)) for s in starts],
        "source": [path(source="source-05")],
        "source + start": [path(source="source-05", start=_iso(s)) for s in starts],
    }


def bench_timeline(
    backend: str, sizes: tuple[int, ...], *, requests: int, plans: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Rows of latency figures; with `plans`, also the query plans at the largest size, by query name."""
    rows: list[dict[str, Any]] = []
    for n in sizes:
        url = fresh_database(backend, "timeline")
        try:
            filled = fill(url, n)
            size_mb = database_bytes(backend, url) / 1e6
            print(f"  {backend}: {n:,} events in {filled.seconds:.1f} s ({size_mb:.0f} MB)", flush=True)
            with Server(url) as server:
                floor_path = server.trivial_path()
                cases = {"floor: GET " + floor_path: [floor_path]} | scenarios(url, n, random.Random(n))
                for name, paths in cases.items():
                    run = lambda i, p=paths: ("GET", p[i % len(p)], None)  # noqa: E731
                    load.run(server.base_url, run, clients=1, total=min(20, requests))  # warm-up
                    result = load.run(server.base_url, run, clients=1, total=requests)
                    rows.append(_row(backend, n, name, 1, result, server, filled.seconds))
                    if name == "first page" or name.startswith("floor"):
                        result = load.run(server.base_url, run, clients=4, total=2 * requests)
                        rows.append(_row(backend, n, name, 4, result, server, filled.seconds))
                if plans is not None and n == max(sizes):
                    for name, paths in cases.items():
                        if not name.startswith("floor"):
                            plans[f"{backend}, {n:,} events: {name}"] = explain(url, paths[0])
                time.sleep(0.2)
                rows.append(
                    {
                        "backend": backend,
                        "events": n,
                        "query": "server peak RSS",
                        "peak_rss_mb": server.peak_rss_mb(),
                    }
                )
        finally:
            drop_database(backend, url)
    return rows


def _row(
    backend: str, n: int, name: str, clients: int, result: load.LoadResult, server: Server, fill_s: float
) -> dict[str, Any]:
    return {
        "backend": backend,
        "events": n,
        "query": name,
        "clients": clients,
        "p50_ms": round(result.percentile(50), 2),
        "p99_ms": round(result.percentile(99), 2),
        "requests_per_s": round(result.rps, 1),
        "statuses": result.statuses,
        "peak_rss_mb": round(server.peak_rss_mb(), 1),
        "fill_s": round(fill_s, 1),
    }
