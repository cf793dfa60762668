"""Fill a migrated database with N events fast, bypassing the API: COPY on PostgreSQL, executemany on SQLite.

The secondary indexes (and on SQLite the full-text triggers) are dropped for the load and rebuilt from
their own stored definitions afterwards, so whatever the migrations declare is what gets measured.
Distributions: publication times over 2016-2026, about 20 events per article, granularities weighted
the way news uses them (mostly days, then years and months), sources Zipf-like over 20 names.
"""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import make_url

from bench import corpus

# (granularity, rank, weight): the rank is app.temporal.Granularity.rank.
GRANULARITIES = [
    ("minute", 10, 2),
    ("hour", 9, 3),
    ("part_of_day", 8, 5),
    ("day", 7, 45),
    ("week", 6, 5),
    ("month", 5, 12),
    ("quarter", 4, 1),
    ("season", 3, 1),
    ("year", 2, 17),
    ("decade", 1, 4),
    ("century", 0, 1),
    ("range", 2, 4),  # "from 2009 to 2011": several years at year granularity
]
EVENTS_PER_ARTICLE = 20
BODY_POOL = 64
SENTENCE_POOL = 20_000


@dataclass(frozen=True, slots=True)
class FillResult:
    events: int
    articles: int
    seconds: float


def interval(rng: random.Random, published: datetime) -> tuple[datetime, datetime, str, int, str, str]:
    """A (start, end, granularity, rank, timex type, timex value) near the publication time."""
    names, ranks, weights = zip(*GRANULARITIES, strict=True)
    i = rng.choices(range(len(names)), weights=weights)[0]
    gran, rank = names[i], ranks[i]
    day = datetime(published.year, published.month, published.day, tzinfo=UTC)
    near = day + timedelta(days=int(rng.gauss(0, 4)))
    if gran in ("minute", "hour", "part_of_day"):
        minutes = rng.randrange(60) if gran == "minute" else 0
        start = near + timedelta(hours=rng.randrange(24), minutes=minutes)
        span = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "part_of_day": timedelta(hours=6)}
        return start, start + span[gran], gran, rank, "TIME", start.strftime("%Y-%m-%dT%H:%M")
    if gran == "day":
        if rng.random() < 0.15:  # an explicit date further back
            near -= timedelta(days=rng.randrange(1, 2000))
        return near, near + timedelta(days=1), gran, rank, "DATE", near.strftime("%Y-%m-%d")
    if gran == "week":
        start = near - timedelta(days=near.weekday())
        return start, start + timedelta(days=7), gran, rank, "DATE", start.strftime("%G-W%V")
    if gran in ("month", "quarter", "season"):
        months = {"month": 1, "quarter": 3, "season": 3}[gran]
        year, month = near.year, near.month - rng.randrange(0, 12 if rng.random() < 0.3 else 2)
        while month < 1:
            year, month = year - 1, month + 12
        month -= (month - 1) % months
        start = datetime(year, month, 1, tzinfo=UTC)
        end_month = month + months
        end = datetime(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1, tzinfo=UTC)
        return start, end, gran, rank, "DATE", start.strftime("%Y-%m")
    if gran == "year":
        year = published.year - min(int(rng.expovariate(0.25)), 60)
        start = datetime(year, 1, 1, tzinfo=UTC)
        return start, datetime(year + 1, 1, 1, tzinfo=UTC), gran, rank, "DATE", str(year)
    if gran == "range":
        first = published.year - rng.randint(2, 25)
        last = first + rng.randint(1, 6)
        start = datetime(first, 1, 1, tzinfo=UTC)
        return start, datetime(last + 1, 1, 1, tzinfo=UTC), "year", rank, "DATE", f"{first}/{last}"
    if gran == "decade":
        decade = (published.year - rng.randint(5, 80)) // 10 * 10
        start = datetime(decade, 1, 1, tzinfo=UTC)
        return start, datetime(decade + 10, 1, 1, tzinfo=UTC), gran, rank, "DATE", str(decade)[:3] + "X"
    century = rng.choice([19, 20, 20, 21])
    start = datetime((century - 1) * 100 + 1, 1, 1, tzinfo=UTC)
    return start, datetime(century * 100 + 1, 1, 1, tzinfo=UTC), "century", rank, "DATE", f"{century - 1}XX"


def rows(n_events: int, seed: int = 7) -> Iterator[tuple[tuple[object, ...], list[tuple[object, ...]]]]:
    """(article row, its event rows) until n_events events; datetimes are aware UTC."""
    rng = random.Random(seed)
    bodies = [corpus.article(rng, i).body for i in range(BODY_POOL)]
    epoch = datetime(2016, 1, 1, tzinfo=UTC)
    topics = corpus.TOPICS
    sentences = [corpus.sentence(rng, epoch, rng.choice(topics)) for _ in range(SENTENCE_POOL)]
    now = datetime.now(UTC)
    event_id = 0
    article_id = 0
    while event_id < n_events:
        article_id += 1
        # Title, time, source and url from the generator; the body from the pool.
        art = corpus.article(rng, article_id, size=0)
        body = bodies[article_id % BODY_POOL]
        key = hashlib.sha256(f"url\x00{art.url}".encode()).hexdigest()
        article_row = (
            article_id, art.title, body, art.published_at, "+00:00", art.url, art.source, key, now,
        )  # fmt: skip
        events = []
        n = min(rng.randint(5, 2 * EVENTS_PER_ARTICLE - 5), n_events - event_id)
        offset = 0
        for _ in range(n):
            event_id += 1
            start, end, gran, rank, ttype, value = interval(rng, art.published_at)
            sentence = sentences[rng.randrange(SENTENCE_POOL)]
            expr = value
            anchor = "absolute" if rng.random() < 0.4 else "publication"
            row = (event_id, article_id, sentence, expr, offset, offset + len(expr), ttype, value, None)
            events.append((*row, start, end, gran, rank, anchor, art.source))
            offset += len(expr) + 100
        yield article_row, events


ARTICLE_COLUMNS = (
    "id", "title", "body", "published_at", "timezone", "url", "source", "dedupe_key", "created_at",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "article_id", "sentence", "expr_text", "expr_start", "expr_end", "timex_type", "timex_value",
    "timex_mod", "start_at", "end_at", "granularity", "granularity_rank", "anchor", "source",
)  # fmt: skip


def fill(url: str, n_events: int, seed: int = 7) -> FillResult:
    """Load n_events events (and their articles) into the empty, migrated database at url."""
    t0 = time.perf_counter()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        articles = _fill_sqlite(parsed.database or "", n_events, seed)
    else:
        articles = _fill_postgresql(url, n_events, seed)
    return FillResult(n_events, articles, time.perf_counter() - t0)


def _naive(value: object) -> object:
    return value.astimezone(UTC).replace(tzinfo=None) if isinstance(value, datetime) else value


def _fill_postgresql(url: str, n_events: int, seed: int) -> int:
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=False) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        conn.execute("SET synchronous_commit = off")
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('article', 'event') "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        articles = 0
        events_buf = io.StringIO()
        with conn.cursor().copy(f"COPY article ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as art_copy:
            for article_row, events in rows(n_events, seed):
                articles += 1
                art_copy.write_row([_naive(v) for v in article_row])
                for ev in events:
                    events_buf.write("\t".join(_copy_text(_naive(v)) for v in ev))
                    events_buf.write("\n")
        with conn.cursor().copy(f"COPY event ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as ev_copy:
            data = events_buf.getvalue().encode()
            for i in range(0, len(data), 1 << 20):
                ev_copy.write(data[i : i + (1 << 20)])
        for _, definition in indexes:
            conn.execute(definition)
        conn.execute("SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article))")
        conn.execute("SELECT setval(pg_get_serial_sequence('event', 'id'), (SELECT max(id) FROM event))")
        conn.commit()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE article")
        conn.execute("VACUUM ANALYZE event")
    return articles


def _copy_text(value: object) -> str:
    if value is None:
        return "\\N"
    text = value.isoformat(" ") if isinstance(value, datetime) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _sqlite_time(value: object) -> object:
    """The text SQLAlchemy's SQLite DateTime stores, so comparisons against bound parameters agree."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _fill_sqlite(path: str, n_events: int, seed: int) -> int:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-200000")
        saved = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('article', 'event') "
            "AND sql IS NOT NULL AND type IN ('index', 'trigger')"
        ).fetchall()
        conn.execute("BEGIN")
        for kind, name, _ in saved:
            conn.execute(f'DROP {kind.upper()} "{name}"')
        articles = 0
        art_sql = f"INSERT INTO article ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * 9)})"
        ev_sql = f"INSERT INTO event ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * 15)})"
        batch_a: list[tuple[object, ...]] = []
        batch_e: list[tuple[object, ...]] = []
        for article_row, events in rows(n_events, seed):
            articles += 1
            batch_a.append(tuple(_sqlite_time(v) for v in article_row))
            batch_e.extend(tuple(_sqlite_time(v) for v in ev) for ev in events)
            if len(batch_e) >= 50_000:
                conn.executemany(art_sql, batch_a)
                conn.executemany(ev_sql, batch_e)
                batch_a, batch_e = [], []
        conn.executemany(art_sql, batch_a)
        conn.executemany(ev_sql, batch_e)
        for kind, _, sql in saved:
            if kind == "index":
                conn.execute(sql)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_fts'").fetchone():
            conn.execute("INSERT INTO event_fts(event_fts) VALUES ('rebuild')")
        for kind, _, sql in saved:
            if kind == "trigger":
                conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return articles
