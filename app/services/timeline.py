"""The timeline: events whose interval overlaps [start, end), filtered and keyset-paged on (start, id)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    bindparam,
    literal_column,
    select,
    text,
    tuple_,
    union_all,
)
from sqlmodel import Session, col

from app.models import Article, Event, UTCDateTime
from app.problems import InvalidInputError
from app.services.cursors import cursor_datetime, cursor_int, decode_cursor, encode_cursor
from app.temporal import Granularity

Order = Literal["asc", "desc"]
AnySelect = Select[*tuple[Any, ...]]
_WORD = re.compile(r"\w+")

# The longest end_at - start_at of each value of event.span_class, the generated column of migration 0003
# (keep the two in step); the last class, longer than a century, has no bound. An event of class c that
# ends after `start` must begin after start - SPAN_CLASS_BOUNDS[c], which turns the overlap filter into an
# index range on (span_class, start_at, id) for every class. The slack covers SQLite's floating-point
# julianday() arithmetic in the generated column.
SPAN_CLASS_BOUNDS: tuple[timedelta | None, ...] = (
    timedelta(hours=25),  # minutes, hours, parts of day, days (a day is 23 to 25 hours in local time)
    timedelta(days=8),  # weeks
    timedelta(days=32),  # months
    timedelta(days=93),  # quarters, seasons
    timedelta(days=367),  # years
    timedelta(days=1462),  # ranges of up to four years
    timedelta(days=3654),  # decades
    timedelta(days=36526),  # centuries
    None,
)
_SLACK = timedelta(minutes=1)
# Up to this many matches, a `q` page is found from the full-text index and sorted (cost grows with the
# matches); beyond it, matches are dense enough that walking (start_at, id) and testing each row finds a
# page sooner (cost grows with the gaps between matches). Either way a page costs at most a few thousand rows.
RARE_MATCHES = 5000
_span_class = literal_column("event.span_class", Integer)


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


@dataclass(frozen=True, slots=True)
class TimelineRows:
    """A page as plain rows of TIMELINE_COLUMNS: no ORM objects, for the JSON page."""

    rows: list[Row[Any]]
    next_cursor: str | None


# What a JSON page shows of each event and its article (see app.models.timeline_event_json).
TIMELINE_COLUMNS: tuple[Any, ...] = (
    col(Event.id),
    col(Event.article_id),
    col(Event.sentence),
    col(Event.expr_text),
    col(Event.expr_start),
    col(Event.expr_end),
    col(Event.timex_type),
    col(Event.timex_value),
    col(Event.timex_mod),
    col(Event.start_at),
    col(Event.end_at),
    col(Event.granularity),
    col(Event.anchor),
    col(Article.title).label("article_title"),
    col(Article.url).label("article_url"),
    col(Article.source).label("article_source"),
    col(Article.published_at).label("article_published_at"),
)


def query_timeline(session: Session, query: TimelineQuery) -> TimelinePage:
    """A page of (Event, Article) ORM pairs: for the exports and the CLI."""
    stmt, params = _page_statement(session, query, "orm")
    rows = [(e, a) for e, a in session.execute(stmt, params)]
    page = rows[: query.limit]
    next_cursor = None
    if len(rows) > query.limit:
        last = page[-1][0]
        assert last.id is not None
        next_cursor = _next_cursor(query, last.start_at, last.id)
    return TimelinePage(page, next_cursor)


def query_timeline_rows(session: Session, query: TimelineQuery) -> TimelineRows:
    """The same page as plain rows, read through Core: no identity map, no objects to build."""
    stmt, params = _page_statement(session, query, "rows")
    rows = list(session.connection().execute(stmt, params))
    page = rows[: query.limit]
    next_cursor = None
    if len(rows) > query.limit:
        next_cursor = _next_cursor(query, page[-1].start_at, page[-1].id)
    return TimelineRows(page, next_cursor)


def _next_cursor(query: TimelineQuery, start_at: datetime, event_id: int) -> str:
    return encode_cursor("timeline", s=start_at, i=event_id, o=query.order)


@dataclass(frozen=True, slots=True)
class _Shape:
    """Which filters a query has, without their values: one SQL statement per shape, built once.

    Building the statement (nine UNION ALL members for `start`) took longer than running it, so the
    statements are cached by shape and every value is a bound parameter (see _page_params).
    """

    dialect: str
    columns: Literal["orm", "rows"]
    start: bool
    end: bool
    source: bool
    article_id: bool
    coarsest: bool
    q: bool
    rare: bool
    after: bool
    order: Order
    # Per span class: whether its members get the lower bound on start_at (not when start is too early).
    bounded: tuple[bool, ...]


def _page_statement(
    session: Session, query: TimelineQuery, columns: Literal["orm", "rows"]
) -> tuple[AnySelect, dict[str, Any]]:
    """The page's statement (one row more than the page) and its parameters."""
    if query.start is not None and query.end is not None and query.start >= query.end:
        raise InvalidInputError("end", "end must be after start")
    after = None
    if query.cursor:
        payload = decode_cursor(query.cursor, "timeline")
        if payload.get("o") != query.order:
            raise InvalidInputError("cursor", "cursor was issued for the other order; restart without it")
        after = (cursor_datetime(payload, "s"), cursor_int(payload, "i"))
    dialect = session.get_bind().dialect.name
    rare = query.q is not None and _matches_are_rare(session, query.q)
    params: dict[str, Any] = {"lim": query.limit + 1}
    bounded: tuple[bool, ...] = ()
    if query.start is not None:
        params["start"] = query.start
        earliest = datetime.min.replace(tzinfo=query.start.tzinfo)
        bounded = tuple(b is not None and query.start - earliest > b + _SLACK for b in SPAN_CLASS_BOUNDS)
        for span_class, bound in enumerate(SPAN_CLASS_BOUNDS):
            if bounded[span_class] and bound is not None:
                params[f"lo_{span_class}"] = query.start - bound - _SLACK
    if query.end is not None:
        params["end"] = query.end
    if query.source is not None:
        params["source"] = query.source
    if query.article_id is not None:
        params["article_id"] = query.article_id
    if query.coarsest is not None:
        params["rank"] = query.coarsest.rank
    if query.q is not None:
        words = _search_words(query.q)
        params["q" if dialect == "postgresql" else "match"] = (
            " ".join(words) if dialect == "postgresql" else _fts5_match(words)
        )
    if after is not None:
        params["after_s"], params["after_i"] = after
    shape = _Shape(
        dialect=dialect,
        columns=columns,
        start=query.start is not None,
        end=query.end is not None,
        source=query.source is not None,
        article_id=query.article_id is not None,
        coarsest=query.coarsest is not None,
        q=query.q is not None,
        rare=rare,
        after=after is not None,
        order=query.order,
        bounded=bounded,
    )
    return _statement(shape), params


_LIMIT = bindparam("lim", type_=Integer())


@lru_cache(maxsize=512)
def _statement(shape: _Shape) -> AnySelect:
    rows_of: AnySelect
    if shape.columns == "orm":
        rows_of = select(Event, Article).join(Article, Article.id == Event.article_id)  # type: ignore[arg-type]
    else:
        rows_of = select(*TIMELINE_COLUMNS).join(Article, Article.id == Event.article_id)  # type: ignore[arg-type]
    if shape.start and not shape.article_id and not shape.rare:
        stmt = rows_of.where(Event.id.in_(_ids_by_span_class(shape)))  # type: ignore[union-attr]
        stmt = _ordered(stmt, shape.order)
    else:
        stmt = _filtered(shape, rows_of)
        stmt = _sorted(shape, stmt) if shape.rare else _ordered(stmt, shape.order)
    return stmt.limit(_LIMIT)


def _ordered(stmt: AnySelect, order: Order) -> AnySelect:
    if order == "asc":
        return stmt.order_by(Event.start_at, Event.id)  # type: ignore[arg-type]
    return stmt.order_by(Event.start_at.desc(), Event.id.desc())  # type: ignore[attr-defined,union-attr]


def _sorted(shape: _Shape, stmt: AnySelect) -> AnySelect:
    """The same order through expressions no index provides: the plan starts from the (few) matches."""
    keys: list[ColumnElement[Any]]
    if shape.dialect == "postgresql":
        keys = [literal_column("event.start_at + interval '0 seconds'"), literal_column("event.id + 0")]
    else:
        keys = [literal_column("+event.start_at"), literal_column("+event.id")]
    return stmt.order_by(*(keys if shape.order == "asc" else [k.desc() for k in keys]))


def _ids_by_span_class(shape: _Shape) -> Select[tuple[int]]:
    """The ids of the page's events, found as the merge of one bounded index range per span class.

    `end_at > start` alone cannot bound a walk of the (start_at, id) index from below: every event that
    begins before `start` would be read. Within one span class it can (see SPAN_CLASS_BOUNDS), so each
    class contributes its first limit + 1 rows from a short range of (span_class, start_at, id), and the
    page is the first limit + 1 of those. Exact: no event is left out, whatever its length.
    """
    branches: list[AnySelect] = []
    for span_class in range(len(SPAN_CLASS_BOUNDS)):
        branch = _filtered(shape, select(col(Event.id), col(Event.start_at)))
        branch = branch.where(_span_class == span_class)
        if shape.bounded[span_class]:  # start_at > start - bound - slack
            branch = branch.where(col(Event.start_at) > bindparam(f"lo_{span_class}", type_=UTCDateTime()))
        if shape.dialect == "sqlite":
            # Bare members: SQLite merges an ordered UNION ALL lazily, each member read from its index
            # only as far as the merge needs (a member may not carry its own ORDER BY / LIMIT anyway).
            branches.append(branch)
        else:
            # PostgreSQL: a Merge Append over members limited to limit + 1 rows each.
            inner = _ordered(branch, shape.order).limit(_LIMIT).subquery()
            branches.append(select(inner.c.id, inner.c.start_at))
    keys: tuple[ColumnElement[Any], ColumnElement[Any]] = (literal_column("start_at"), literal_column("id"))
    by_key = keys if shape.order == "asc" else (keys[0].desc(), keys[1].desc())
    # The page's own ids only, so just limit + 1 events and articles are read, not limit + 1 per class.
    merged = union_all(*branches).order_by(*by_key).limit(_LIMIT).subquery("by_span_class")
    return select(merged.c.id)


def _filtered(shape: _Shape, stmt: AnySelect) -> AnySelect:
    if shape.start:
        stmt = stmt.where(Event.end_at > bindparam("start", type_=UTCDateTime()))
    if shape.end:
        stmt = stmt.where(Event.start_at < bindparam("end", type_=UTCDateTime()))
    if shape.source:
        stmt = stmt.where(col(Event.source) == bindparam("source"))
    if shape.article_id:
        stmt = stmt.where(col(Event.article_id) == bindparam("article_id", type_=Integer()))
    if shape.coarsest:
        stmt = stmt.where(Event.granularity_rank >= bindparam("rank", type_=Integer()))
    if shape.q:
        stmt = _full_text(shape, stmt)
    if shape.after:
        key = tuple_(Event.start_at, Event.id)
        # Bound as the column's own type (naive UTC): a bare aware datetime would reach PostgreSQL as
        # timestamptz and be compared in the session's TimeZone, shifting the cursor by the UTC offset.
        bound = tuple_(bindparam("after_s", type_=UTCDateTime()), bindparam("after_i", type_=Integer()))
        stmt = stmt.where(key > bound if shape.order == "asc" else key < bound)
    return stmt


def _search_words(q: str) -> list[str]:
    words: list[str] = _WORD.findall(q)
    if not words:
        raise InvalidInputError("q", "q has no words to search for")
    return words


def _fts5_match(words: list[str]) -> str:
    # FTS5: every word must occur; quoting each one keeps FTS5 operators in user input inert.
    return " ".join(f'"{w}"' for w in words)


def _matches_are_rare(session: Session, q: str) -> bool:
    """At most RARE_MATCHES events match q: PostgreSQL's own estimate; on SQLite a count capped there."""
    words = _search_words(q)
    if session.get_bind().dialect.name == "postgresql":
        plan = session.execute(
            text(
                "EXPLAIN (FORMAT JSON) SELECT 1 FROM event "
                "WHERE sentence_tsv @@ plainto_tsquery('english', :q)"
            ),
            {"q": " ".join(words)},
        ).scalar_one()
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return float(plan[0]["Plan"]["Plan Rows"]) <= RARE_MATCHES
    found = session.execute(
        text("SELECT count(*) FROM (SELECT rowid FROM event_fts WHERE event_fts MATCH :match LIMIT :cap)"),
        {"match": _fts5_match(words), "cap": RARE_MATCHES + 1},
    ).scalar_one()
    return int(found) <= RARE_MATCHES


def _full_text(shape: _Shape, stmt: AnySelect) -> AnySelect:
    """Rare matches come from the full-text index; common ones are tested row by row on an index walk.

    The words are the parameter :q (PostgreSQL) or :match (SQLite), set by _page_statement.
    """
    if shape.dialect == "postgresql":
        test = "event.sentence_tsv @@ plainto_tsquery('english', :q)"
        if not shape.rare:  # hidden from the GIN index, so the planner walks (start_at, id) and filters
            test = f"coalesce({test}, false)"
        return stmt.where(text(test))
    if not shape.rare:
        return stmt.where(
            text(
                "EXISTS (SELECT 1 FROM event_fts WHERE event_fts MATCH :match AND event_fts.rowid = event.id)"
            )
        )
    fts_ids: Select[int] = (
        select(literal_column("rowid", Integer))
        .select_from(text("event_fts"))
        .where(text("event_fts MATCH :match"))
    )
    return stmt.where(Event.id.in_(fts_ids))  # type: ignore[union-attr]
