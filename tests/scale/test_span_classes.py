"""The span-class path of the timeline (a `start` filter) returns exactly what the plain overlap filter does.

Events of every length, including lengths right at and just over each class bound, are checked against a
brute-force overlap filter in Python, for both orders, with and without `end`, `source` and cursors.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, insert
from sqlalchemy.engine import Engine

from app.db import normalize_url, transaction
from app.models import Article, Event
from app.services.timeline import SPAN_CLASS_BOUNDS, TimelineQuery, query_timeline

ORIGIN = datetime(2020, 1, 1, tzinfo=UTC)


def spans(rng: random.Random) -> list[timedelta]:
    edges = [b for b in SPAN_CLASS_BOUNDS if b is not None]
    at_edges = [e + d for e in edges for d in (-timedelta(seconds=1), timedelta(0), timedelta(seconds=1))]
    common = [timedelta(minutes=1), timedelta(hours=6), timedelta(days=1), timedelta(days=365)]
    return [*at_edges, *common, timedelta(days=40_000), *(rng.choice(at_edges + common) for _ in range(150))]


def store_events(engine: Engine, rng: random.Random) -> list[tuple[datetime, datetime, int, str]]:
    with transaction(engine) as session:
        article = Article(
            title="t",
            body="b",
            published_at=ORIGIN,
            timezone="UTC",
            source="s",
            dedupe_key=f"span-classes-{rng.random()}",
        )
        session.add(article)
        session.flush()
        rows = []
        for n, span in enumerate(spans(rng)):
            start = ORIGIN + timedelta(seconds=rng.randrange(-3 * 365 * 86400, 3 * 365 * 86400))
            rows.append(
                {
                    "article_id": article.id,
                    "sentence": f"sentence {n}",
                    "expr_text": "x",
                    "expr_start": n,
                    "expr_end": n + 1,
                    "timex_type": "DATE",
                    "timex_value": "x",
                    "start_at": start,
                    "end_at": start + span,
                    "granularity": "day",
                    "granularity_rank": 7,
                    "anchor": "absolute",
                    "source": rng.choice(["a", "b"]),
                }
            )
        events = list(session.scalars(insert(Event).returning(Event), rows))
    return [(e.start_at, e.end_at, e.id or 0, e.source or "") for e in events]


def walk(engine: Engine, query: TimelineQuery) -> list[int]:
    ids: list[int] = []
    cursor = None
    while True:
        with transaction(engine) as session:
            page = query_timeline(session, replace(query, cursor=cursor))
        ids += [e.id or 0 for e, _ in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            return ids


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_start_filter_keeps_exactly_the_overlapping_events(engine: Engine, order: str) -> None:
    rng = random.Random(6)
    events = store_events(engine, rng)
    for _ in range(12):
        start = ORIGIN + timedelta(seconds=rng.randrange(-3 * 365 * 86400, 3 * 365 * 86400))
        # Also starts right on an event's own end, where `end_at > start` is decided by a microsecond.
        start = rng.choice([start, rng.choice(events)[1]])
        end = rng.choice([None, start + timedelta(days=rng.choice([1, 40, 400]))])
        source = rng.choice([None, "a"])
        expected = sorted(
            (e for e in events if e[1] > start and (end is None or e[0] < end) and source in (None, e[3])),
            key=lambda e: (e[0], e[2]),
            reverse=order == "desc",
        )
        query = TimelineQuery(start=start, end=end, source=source, order=order, limit=7)  # type: ignore[arg-type]
        assert walk(engine, query) == [e[2] for e in expected], (start, end, source)


def test_cursor_walk_does_not_depend_on_the_session_time_zone(database_url: str) -> None:
    """The cursor's instant is bound as naive UTC, like the column, not as a zoned timestamp."""
    if not database_url.startswith("postgresql"):
        pytest.skip("only PostgreSQL has a session TimeZone")
    url = normalize_url(database_url)
    options = " ".join(filter(None, [str(url.query.get("options", "")), "-ctimezone=Asia/Tokyo"]))
    tokyo = create_engine(url.update_query_dict({"options": options}))
    try:
        events = store_events(tokyo, random.Random(9))
        expected = [e[2] for e in sorted(events, key=lambda e: (e[0], e[2]))]
        assert walk(tokyo, TimelineQuery(limit=5)) == expected
    finally:
        tokyo.dispose()
