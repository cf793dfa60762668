"""The timeline: events whose interval overlaps [start, end), filtered and keyset-paged on (start, id)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Select, literal_column, select, text, tuple_
from sqlmodel import Session

from app.models import Article, Event
from app.problems import InvalidInputError
from app.services.cursors import cursor_datetime, cursor_int, decode_cursor, encode_cursor
from app.temporal import Granularity

Order = Literal["asc", "desc"]
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    start: datetime | None = None
    end: datetime | None = None
    q: str | None = None
    source: str | None = None
    article_id: int | None = None
    coarsest: Granularity | None = None
    order: Order = "asc"
    limit: int = 50
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class TimelinePage:
    rows: list[tuple[Event, Article]]
    next_cursor: str | None


def query_timeline(session: Session, query: TimelineQuery) -> TimelinePage:
    stmt = _filtered(session, query)
    key = tuple_(Event.start_at, Event.id)  # type: ignore[arg-type]
    if query.cursor:
        payload = decode_cursor(query.cursor, "timeline")
        if payload.get("o") != query.order:
            raise InvalidInputError("cursor", "cursor was issued for the other order; restart without it")
        after = tuple_(cursor_datetime(payload, "s"), cursor_int(payload, "i"))  # type: ignore[arg-type]
        stmt = stmt.where(key > after if query.order == "asc" else key < after)
    if query.order == "asc":
        stmt = stmt.order_by(Event.start_at, Event.id)  # type: ignore[arg-type]
    else:
        stmt = stmt.order_by(Event.start_at.desc(), Event.id.desc())  # type: ignore[attr-defined,union-attr]
    rows = [(e, a) for e, a in session.execute(stmt.limit(query.limit + 1)).tuples()]
    page = rows[: query.limit]
    next_cursor = None
    if len(rows) > query.limit:
        last = page[-1][0]
        next_cursor = encode_cursor("timeline", s=last.start_at, i=last.id, o=query.order)
    return TimelinePage(page, next_cursor)


def _filtered(session: Session, query: TimelineQuery) -> Select[tuple[Event, Article]]:
    stmt = select(Event, Article).join(Article, Article.id == Event.article_id)  # type: ignore[arg-type]
    if query.start is not None:
        stmt = stmt.where(Event.end_at > query.start)  # type: ignore[arg-type]
    if query.end is not None:
        stmt = stmt.where(Event.start_at < query.end)  # type: ignore[arg-type]
    if query.start is not None and query.end is not None and query.start >= query.end:
        raise InvalidInputError("end", "end must be after start")
    if query.source is not None:
        stmt = stmt.where(Event.source == query.source)
    if query.article_id is not None:
        stmt = stmt.where(Event.article_id == query.article_id)
    if query.coarsest is not None:
        stmt = stmt.where(Event.granularity_rank >= query.coarsest.rank)  # type: ignore[arg-type]
    if query.q is not None:
        stmt = _full_text(session, stmt, query.q)
    return stmt


def _full_text(
    session: Session, stmt: Select[tuple[Event, Article]], q: str
) -> Select[tuple[Event, Article]]:
    words = _WORD.findall(q)
    if not words:
        raise InvalidInputError("q", "q has no words to search for")
    if session.get_bind().dialect.name == "postgresql":
        return stmt.where(
            text("event.sentence_tsv @@ plainto_tsquery('english', :q)").bindparams(q=" ".join(words))
        )
    # FTS5: every word must occur; quoting each one keeps FTS5 operators in user input inert.
    match = " ".join(f'"{w}"' for w in words)
    fts_ids = (
        select(literal_column("rowid"))
        .select_from(text("event_fts"))
        .where(text("event_fts MATCH :match").bindparams(match=match))
    )
    return stmt.where(Event.id.in_(fts_ids))  # type: ignore[union-attr]
