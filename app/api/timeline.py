"""/v1/timeline: events overlapping [start, end) in chronological order, keyset-paged."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic_core import to_json

from app.api.deps import MAX_ID
from app.api.exports import TIMELINE_RESPONSES, ExportFormat, FormatParam, export_timeline, negotiate
from app.db import autocommit_session, get_engine, transaction
from app.models import timeline_event_json
from app.services.timeline import Order, TimelineQuery, query_timeline_rows
from app.temporal import Granularity

router = APIRouter(prefix="/v1", tags=["timeline"])


def _utc(value: datetime | None) -> datetime | None:
    """Dates and naive datetimes are read as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


async def timeline_query(
    start: Annotated[
        datetime | None,
        Query(description="Keep events ending after this date or datetime (UTC if no offset)"),
    ] = None,
    end: Annotated[datetime | None, Query(description="Keep events starting before this (exclusive)")] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="Full-text search over event sentences")
    ] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    article_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    coarsest: Annotated[
        Granularity | None, Query(description="Hide events coarser than this granularity (e.g. day)")
    ] = None,
    order: Annotated[Order, Query(description="By start then id")] = "asc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[
        str | None, Query(max_length=500, description="next_cursor of the previous page")
    ] = None,
) -> TimelineQuery:
    return TimelineQuery(
        start=_utc(start),
        end=_utc(end),
        q=q,
        source=source,
        article_id=article_id,
        coarsest=coarsest,
        order=order,
        limit=limit,
        cursor=cursor,
    )


TimelineQueryDep = Annotated[TimelineQuery, Depends(timeline_query)]


@router.get("/timeline", response_model=None, responses=TIMELINE_RESPONSES)
async def read_timeline(query: TimelineQueryDep, request: Request, requested: FormatParam = None) -> Response:
    """Events whose interval overlaps [start, end), each with its article; follow `next_cursor` for more.

    With `format=csv|ics|timelinejs` (or Accept: text/csv, text/calendar) the same events as an export.
    """
    fmt = negotiate(requested, request.headers.get("accept"))
    # The database work in one trip to the thread pool, not one per dependency.
    return await run_in_threadpool(_timeline_response, query, fmt, request)


def _timeline_response(query: TimelineQuery, fmt: ExportFormat, request: Request) -> Response:
    if fmt != "json":  # an export reads page after page: in one transaction
        with transaction(get_engine()) as session:
            return export_timeline(session, query, fmt, request)
    with autocommit_session(get_engine()) as session:  # one page: its statements need no transaction
        page = query_timeline_rows(session, query)
    # Plain dicts serialised once: the page's schema is TimelinePage (declared in TIMELINE_RESPONSES);
    # building 50 TimelineEvent models only to dump them cost more than the query.
    body = {"events": [timeline_event_json(row) for row in page.rows], "next_cursor": page.next_cursor}
    return Response(to_json(body), media_type="application/json", headers={"Vary": "Accept"})
