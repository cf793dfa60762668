"""Ingestion through the HTTP API: articles/s and latency with 1, 4 and 16 clients, single and batch posts.

Each run starts a fresh, migrated database and a real server; every article is new (its own url), about
5 KB of generated news text with 20-40 time expressions in it.
"""

from __future__ import annotations

import json
import random
from typing import Any

from bench import corpus, load
from bench.databases import drop_database, fresh_database
from bench.server import Server

CLIENTS = (1, 4, 16)
BATCH_SIZE = 20


def articles(n: int, run: str, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [json.dumps(corpus.article(rng, i, run=run).as_json()).encode() for i in range(n)]


def has_batch_endpoint(server: Server) -> bool:
    paths = load.get_json(server.base_url, "/openapi.json").get("paths", {})
    return "/v1/articles/batch" in paths


def bench_ingest(backend: str, *, per_client: int, workers: int = 1) -> list[dict[str, Any]]:
    """One row per (endpoint, clients): articles/s, requests/s, p50/p99 latency, peak server RSS."""
    rows: list[dict[str, Any]] = []
    url = fresh_database(backend, "ingest")
    try:
        with Server(url, workers=workers) as server:
            warm = articles(20, "warm", seed=1)
            load.run(server.base_url, lambda i: ("POST", "/v1/articles", warm[i]), clients=2, total=len(warm))
            batch = has_batch_endpoint(server)
            for clients in CLIENTS:
                total = per_client * clients
                posts = articles(total, f"single-{clients}", seed=clients)
                result = load.run(
                    server.base_url,
                    lambda i, p=posts: ("POST", "/v1/articles", p[i]),
                    clients=clients,
                    total=total,
                )
                rows.append(_row(backend, "POST /v1/articles", clients, workers, result, server))
                if not batch:
                    continue
                n_batches = max(clients, total // BATCH_SIZE)
                items = articles(n_batches * BATCH_SIZE, f"batch-{clients}", seed=100 + clients)
                bodies = [
                    b"[" + b",".join(items[i * BATCH_SIZE : (i + 1) * BATCH_SIZE]) + b"]"
                    for i in range(n_batches)
                ]
                result = load.run(
                    server.base_url,
                    lambda i, b=bodies: ("POST", "/v1/articles/batch", b[i]),
                    clients=clients,
                    total=n_batches,
                    items_per_request=BATCH_SIZE,
                )
                rows.append(
                    _row(backend, f"POST /v1/articles/batch ({BATCH_SIZE})", clients, workers, result, server)
                )
            if not batch:
                rows.append(
                    {"backend": backend, "endpoint": "POST /v1/articles/batch", "note": "not in this build"}
                )
    finally:
        drop_database(backend, url)
    return rows


def _row(
    backend: str, endpoint: str, clients: int, workers: int, result: load.LoadResult, server: Server
) -> dict[str, Any]:
    return {
        "backend": backend,
        "endpoint": endpoint,
        "clients": clients,
        "workers": workers,
        "articles_per_s": round(result.items_per_s, 1),
        "requests_per_s": round(result.rps, 1),
        "p50_ms": round(result.percentile(50), 1),
        "p99_ms": round(result.percentile(99), 1),
        "statuses": result.statuses,
        "peak_rss_mb": round(server.peak_rss_mb(), 1),
    }
