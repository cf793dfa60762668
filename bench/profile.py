"""Where one ingestion's time goes: the API's work for POST /v1/articles, in process, under cProfile.

Validation, the engine (`extract`), sentence splitting, the database round trips and commit, and the
response serialisation, for ~5 KB articles on a fresh database. HTTP and uvicorn are left out: the
ingestion bench measures them; this says which part of the app's own work dominates.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import random
import time
from typing import Any

from app.api.articles import article_public
from app.db import build_engine, transaction
from app.models import ArticleCreate
from app.services.articles import create_article
from bench import corpus
from bench.databases import drop_database, fresh_database

# Disjoint parts of one ingestion: (label, [(file suffix, function), ...] added, [...] subtracted).
PARTS: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    ("validation", [("pydantic/main.py", "model_validate_json")], []),
    ("engine (extract)", [("temporal/engine.py", "extract")], []),
    ("event rows (sentences)", [("services/articles.py", "event_rows")], []),
    (
        "storage (dedupe lookup, inserts, ORM)",
        [("services/articles.py", "create_article")],
        [("temporal/engine.py", "extract"), ("services/articles.py", "event_rows")],
    ),
    ("commit", [("sqlalchemy/orm/session.py", "commit")], []),
    (
        "response (ArticlePublic, JSON)",
        [("api/articles.py", "article_public"), ("pydantic/main.py", "model_dump_json")],
        [],
    ),
]


def profile_ingest(backend: str, n: int = 60) -> dict[str, Any]:
    url = fresh_database(backend, "profile")
    engine = build_engine(url, pool_size=2)
    rng = random.Random(5)
    bodies = [json.dumps(corpus.article(rng, i, run="profile").as_json()) for i in range(n + 5)]

    def ingest(raw: str) -> None:
        data = ArticleCreate.model_validate_json(raw)
        with transaction(engine) as session:
            stored = create_article(session, data)
        article_public(stored.article, stored.events).model_dump_json()

    try:
        for raw in bodies[:5]:
            ingest(raw)
        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        profiler.enable()
        for raw in bodies[5:]:
            ingest(raw)
        profiler.disable()
        wall = time.perf_counter() - t0
    finally:
        engine.dispose()
        drop_database(backend, url)
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    cumulative: dict[tuple[str, str], float] = {}
    for (filename, _, function), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        cumulative[(filename, function)] = cumulative.get((filename, function), 0.0) + cum

    def time_in(wanted: list[tuple[str, str]]) -> float:
        return sum(t for (f, fn), t in cumulative.items() for s, w in wanted if f.endswith(s) and fn == w)

    parts = {label: time_in(plus) - time_in(minus) for label, plus, minus in PARTS}
    return {
        "backend": backend,
        "articles": n,
        "ms_per_article": round(wall / n * 1000, 2),
        "profiled_ms_per_article": round(total / n * 1000, 2),
        "parts_ms_per_article": {k: round(v / n * 1000, 2) for k, v in parts.items()},
        "parts_share": {k: round(v / total, 3) for k, v in parts.items()},
    }
