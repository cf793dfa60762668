"""Article ingestion and queries: run the engine, store the article and its events in one transaction."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from app.models import Article, ArticleCreate, Event, EventPublic, Expression, TimexOut, event_public
from app.observability import ENGINE_SECONDS
from app.problems import NotFoundError
from app.services.cursors import cursor_int, decode_cursor, encode_cursor
from app.temporal import Mention, extract, sentence_spans


@dataclass(frozen=True, slots=True)
class StoredArticle:
    article: Article
    events: list[Event]
    created: bool


@dataclass(frozen=True, slots=True)
class IngestedArticle:
    """What ingestion returns: the article and its events, already in their API shape.

    A new article's events are described from the rows just inserted, not loaded back as ORM objects:
    building ~60 `Event` instances per article cost more than inserting them.
    """

    article: Article
    events: list[EventPublic]
    created: bool


_EVENT_TABLE: Table = Event.metadata.tables["event"]
# PostgreSQL: all of an article's events in one statement of one array per column, whose text (unlike a
# multi-row VALUES) is the same for every article, so neither SQLAlchemy nor psycopg parse it again.
# Their ids come back with the (unique per article) expression offsets that say which row got which.
_INSERT_EVENTS_PG = text(
    "INSERT INTO event (article_id, sentence, expr_text, expr_start, expr_end, timex_type, timex_value, "
    "timex_mod, start_at, end_at, granularity, granularity_rank, anchor, source) "
    "SELECT :article_id, * FROM unnest(CAST(:sentence AS text[]), CAST(:expr_text AS text[]), "
    "CAST(:expr_start AS integer[]), CAST(:expr_end AS integer[]), CAST(:timex_type AS text[]), "
    "CAST(:timex_value AS text[]), CAST(:timex_mod AS text[]), CAST(:start_at AS timestamp[]), "
    "CAST(:end_at AS timestamp[]), CAST(:granularity AS text[]), CAST(:granularity_rank AS integer[]), "
    "CAST(:anchor AS text[]), CAST(:source AS text[])) "
    "RETURNING id, expr_start, expr_end"
)
_EVENT_COLUMNS = (
    "sentence",
    "expr_text",
    "expr_start",
    "expr_end",
    "timex_type",
    "timex_value",
    "timex_mod",
    "start_at",
    "end_at",
    "granularity",
    "granularity_rank",
    "anchor",
    "source",
)


def dedupe_key(data: ArticleCreate) -> str:
    """Same url, or (without url) same title + body + publication instant: the same article."""
    if data.url:
        basis = "url\x00" + data.url
    else:
        basis = "\x00".join(("text", data.title, data.body, data.published_at.isoformat()))
    return hashlib.sha256(basis.encode()).hexdigest()


def article_timezone(data: ArticleCreate) -> str:
    """The IANA name when given, else the publication time's own offset as ±HH:MM."""
    if data.timezone:
        return data.timezone
    offset = data.published_at.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def extract_mentions(text: str, anchor: datetime, timezone: str | None, *, date_order: str) -> list[Mention]:
    with ENGINE_SECONDS.time():
        return extract(text, anchor, timezone, date_order=date_order)


def event_rows(body: str, mentions: list[Mention], *, source: str | None) -> list[dict[str, Any]]:
    """One row per mention that can be placed on a timeline, with the sentence it occurs in."""
    spans = sentence_spans(body)
    starts = [s for s, _ in spans]
    rows: list[dict[str, Any]] = []
    for m in mentions:
        if m.interval_start is None or m.interval_end is None or m.granularity is None:
            continue
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        s_start, s_end = spans[i] if spans else (0, len(body))
        rows.append(
            {
                "sentence": body[s_start:s_end].strip(),
                "expr_text": m.text,
                "expr_start": m.start,
                "expr_end": m.end,
                "timex_type": m.timex.type.value,
                "timex_value": m.timex.value,
                "timex_mod": m.timex.mod,
                "start_at": m.interval_start,
                "end_at": m.interval_end,
                "granularity": m.granularity.value,
                "granularity_rank": m.granularity.rank,
                "anchor": m.anchor.value,
                "source": source,
            }
        )
    return rows


def create_article(session: Session, data: ArticleCreate, *, date_order: str = "MDY") -> IngestedArticle:
    """Store the article and its events, or return the one already stored under the same dedupe key.

    The unique constraint on dedupe_key decides between racing identical posts: the insert that loses
    does nothing, and the stored article is read back.
    """
    key = dedupe_key(data)
    existing = _find_by_key(session, key)
    if existing is not None:  # a repost: the engine need not run
        return existing
    mentions = extract_mentions(data.body, data.published_at, data.timezone, date_order=date_order)
    rows = event_rows(data.body, mentions, source=data.source)

    # In UTC, as they read back from the database, so the response equals a later GET's.
    values: dict[str, Any] = {
        "title": data.title,
        "body": data.body,
        "published_at": data.published_at.astimezone(UTC),
        "timezone": article_timezone(data),
        "url": data.url,
        "source": data.source,
        "dedupe_key": key,
        "created_at": datetime.now(UTC),
    }
    dialect = session.get_bind().dialect.name
    upsert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(Article)
    stmt = (
        upsert.values(values).on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(col(Article.id))
    )
    article_id = session.execute(stmt).scalar_one_or_none()
    if article_id is None:
        stored = _find_by_key(session, key)
        if stored is None:  # deleted between the conflict and the read: store ours after all
            return create_article(session, data, date_order=date_order)
        return stored
    events = _insert_events(session, article_id, rows, postgres=dialect == "postgresql") if rows else []
    return IngestedArticle(Article(id=article_id, **values), events, created=True)


def _insert_events(
    session: Session, article_id: int, rows: list[dict[str, Any]], *, postgres: bool
) -> list[EventPublic]:
    """Insert the rows in one statement and describe them as the API does, ordered by (start, id)."""
    for row in rows:
        row["article_id"] = article_id
        row["start_at"] = row["start_at"].astimezone(UTC)
        row["end_at"] = row["end_at"].astimezone(UTC)
    if postgres:
        params: dict[str, Any] = {name: [row[name] for row in rows] for name in _EVENT_COLUMNS}
        # The columns are naive UTC (see UTCDateTime); a raw statement skips the type's conversion.
        params["start_at"] = [t.replace(tzinfo=None) for t in params["start_at"]]
        params["end_at"] = [t.replace(tzinfo=None) for t in params["end_at"]]
        params["article_id"] = article_id
        inserted = session.execute(_INSERT_EVENTS_PG, params).all()
    else:
        c = _EVENT_TABLE.c
        stmt = insert(_EVENT_TABLE).returning(c.id, c.expr_start, c.expr_end)
        inserted = session.connection().execute(stmt, rows).all()
    ids = {(expr_start, expr_end): event_id for event_id, expr_start, expr_end in inserted}
    events = [
        EventPublic(
            id=ids[(row["expr_start"], row["expr_end"])],
            article_id=article_id,
            sentence=row["sentence"],
            expression=Expression(text=row["expr_text"], start=row["expr_start"], end=row["expr_end"]),
            timex=TimexOut(type=row["timex_type"], value=row["timex_value"], mod=row["timex_mod"]),
            start=row["start_at"],
            end=row["end_at"],
            granularity=row["granularity"],
            anchor=row["anchor"],
        )
        for row in rows
    ]
    events.sort(key=lambda e: (e.start, e.id))
    return events


def _find_by_key(session: Session, key: str) -> IngestedArticle | None:
    article = session.scalars(select(Article).where(col(Article.dedupe_key) == key)).first()
    if article is None:
        return None
    return IngestedArticle(
        article, [event_public(e) for e in article_events(session, article)], created=False
    )


def article_events(session: Session, article: Article) -> list[Event]:
    stmt = (
        select(Event).where(col(Event.article_id) == article.id).order_by(col(Event.start_at), col(Event.id))
    )
    return list(session.scalars(stmt))


def get_article(session: Session, article_id: int) -> StoredArticle:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return StoredArticle(article, article_events(session, article), created=False)


def delete_article(session: Session, article_id: int) -> None:
    """Delete the article; its events go with it (ON DELETE CASCADE)."""
    result = session.execute(delete(Article).where(col(Article.id) == article_id).returning(col(Article.id)))
    if result.scalar_one_or_none() is None:
        raise NotFoundError(f"no article with id {article_id}")


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id}")
    return event


def list_articles(
    session: Session, *, limit: int, cursor: str | None = None, source: str | None = None
) -> tuple[list[Article], str | None]:
    """Newest first, keyset-paged on id."""
    stmt = select(Article).order_by(col(Article.id).desc()).limit(limit + 1)
    if cursor:
        stmt = stmt.where(col(Article.id) < cursor_int(decode_cursor(cursor, "articles"), "id"))
    if source is not None:
        stmt = stmt.where(col(Article.source) == source)
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    next_cursor = encode_cursor("articles", id=page[-1].id) if len(rows) > limit else None
    return page, next_cursor
