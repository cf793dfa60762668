"""The timeline as an iCalendar file (RFC 5545), written with the icalendar library.

Events of a day or coarser are all-day events (DATE values, DTEND exclusive) on the article's own calendar:
"Tuesday" in a Paris article is Tuesday in Paris, whatever UTC says. Finer events (part of day, hour,
minute) are timed events in UTC. Each UID is stable, so re-importing an export updates instead of
duplicating.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from app import __version__
from app.exports import Row, local_interval
from app.models import Article, Event
from app.temporal import Granularity

MEDIA_TYPE = "text/calendar; charset=utf-8"
CALENDAR_NAME = "Chronicle timeline"


def event_uid(event_id: int | None) -> str:
    return f"event-{event_id}@chronicle"


def is_all_day(granularity: str) -> bool:
    return Granularity(granularity).rank <= Granularity.DAY.rank


def render_ics(rows: Iterable[Row]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Chronicle//Chronicle {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", CALENDAR_NAME)
    calendar.add("x-wr-calname", CALENDAR_NAME)
    for event, article in rows:
        calendar.add_component(_vevent(event, article))
    ical: bytes = calendar.to_ical()
    return ical


def _vevent(event: Event, article: Article) -> CalendarEvent:
    vevent = CalendarEvent()
    vevent.add("uid", event_uid(event.id))
    # The article's publication: when this piece of information came to be, and the same on every export.
    vevent.add("dtstamp", article.published_at)
    if is_all_day(event.granularity):
        first, last = _dates(event, article)
        vevent.add("dtstart", first)
        vevent.add("dtend", last)
    else:
        vevent.add("dtstart", event.start_at)
        vevent.add("dtend", event.end_at)
    vevent.add("summary", f"{event.expr_text} — {article.title}")
    vevent.add("description", event.sentence)
    if article.url:
        vevent.add("url", article.url)
    if article.source:
        vevent.add("categories", [article.source])
    return vevent


def _dates(event: Event, article: Article) -> tuple[date, date]:
    """First day and the day after the last, on the article's calendar."""
    start, end = local_interval(event, article)
    last_instant = end - timedelta(microseconds=1)
    first = start.date()
    after = last_instant.date() + timedelta(days=1)
    return first, max(after, first + timedelta(days=1))
