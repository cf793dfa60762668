"""/v1/timeline: events overlapping [start, end) in chronological order, keyset-paged."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from app.api.deps import MAX_ID, SessionDep
from app.api.exports import TIMELINE_RESPONSES, FormatParam, export_timeline, negotiate
from app.models import TimelinePage, timeline_event
from app.services.timeline import Order, TimelineQuery, query_timeline
from app.temporal import Granularity

router = APIRouter(prefix="/v1", tags=["timeline"])


def _utc(value: datetime | None) -> datetime | None:
    """Dates and naive datetimes are read as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def timeline_query(
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
def read_timeline(
    query: TimelineQueryDep,
    session: SessionDep,
    request: Request,
    response: Response,
    requested: FormatParam = None,
) -> TimelinePage | Response:
    """Events whose interval overlaps [start, end), each with its article; follow `next_cursor` for more.

    With `format=csv|ics|timelinejs` (or Accept: text/csv, text/calendar) the same events as an export.
    """
    fmt = negotiate(requested, request.headers.get("accept"))
    if fmt != "json":
        return export_timeline(session, query, fmt, request)
    response.headers["Vary"] = "Accept"
    page = query_timeline(session, query)
    return TimelinePage(
        events=[timeline_event(e, a) for e, a in page.rows],
        next_cursor=page.next_cursor,
    )
