"""Timeline exports, one module per format: CSV, iCalendar, TimelineJS, and an article as ISO-TimeML.

Each format renders (event, article) rows as the timeline query returns them. The article's timezone comes
along because calendar dates (an all-day iCalendar event, a TimelineJS date) are dates where it was written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.models import Article, Event
from app.services.timeline import TimelineQuery, query_timeline

# The most events one export holds; the rest is reached through the next cursor (a Link header).
EXPORT_CAP = 10_000
_PAGE = 500  # the timeline query's own page size limit
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")

Row = tuple[Event, Article]


def collect_rows(
    session: Session, query: TimelineQuery, cap: int = EXPORT_CAP
) -> tuple[list[Row], str | None]:
    """Follow the cursor from `query.cursor` until the filters run dry or `cap` rows are collected.

    Returns the rows and the cursor to continue from, None when there is nothing more.
    """
    rows: list[Row] = []
    cursor = query.cursor
    while len(rows) < cap:
        page = query_timeline(session, replace(query, limit=min(_PAGE, cap - len(rows)), cursor=cursor))
        rows += page.rows
        cursor = page.next_cursor
        if cursor is None:
            break
    return rows, cursor


def article_zone(article: Article) -> tzinfo:
    """The article's zone: an IANA name, or the fixed offset "+02:00" stored when none was given."""
    match = _OFFSET.match(article.timezone)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    return ZoneInfo(article.timezone)


def local_interval(event: Event, article: Article) -> tuple[datetime, datetime]:
    """The event's [start, end) on the article's wall clock."""
    zone = article_zone(article)
    return event.start_at.astimezone(zone), event.end_at.astimezone(zone)


def utc_text(value: datetime) -> str:
    """The same text the JSON timeline shows for an instant: ISO 8601 in UTC with a Z."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
