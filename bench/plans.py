"""The query plans behind the timeline bench: the SQL the service really sends, under EXPLAIN ANALYZE.

The statement and its parameters are caught on their way to the driver while query_timeline_rows runs, then
explained on the same connection, so the plan is the one the server gets (PostgreSQL: EXPLAIN (ANALYZE,
BUFFERS); SQLite: EXPLAIN QUERY PLAN).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.db import build_engine, transaction
from app.services.timeline import TimelineQuery, query_timeline_rows


def timeline_query(path: str) -> TimelineQuery:
    params = dict(parse_qsl(urlsplit(path).query))
    kwargs: dict[str, Any] = {"limit": int(params.get("limit", 50)), "order": params.get("order", "asc")}
    for name in ("start", "end"):
        if name in params:
            kwargs[name] = datetime.fromisoformat(params[name])
    for name in ("q", "source", "cursor"):
        if name in params:
            kwargs[name] = params[name]
    return TimelineQuery(**kwargs)


def explain(url: str, path: str) -> str:
    engine = build_engine(url, pool_size=1)
    try:
        return _explain(engine, timeline_query(path))
    finally:
        engine.dispose()


def _explain(engine: Engine, query: TimelineQuery) -> str:
    caught: list[tuple[str, Any]] = []

    def catch(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            caught.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", catch)
    try:
        with transaction(engine) as session:
            query_timeline_rows(session, query)
            statement, parameters = caught[-1]
            cursor = session.connection().connection.cursor()
            if engine.dialect.name == "postgresql":
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
            else:
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            lines = [str(row[0]) if engine.dialect.name == "postgresql" else str(row[-1]) for row in cursor]
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return "\n".join(lines)
