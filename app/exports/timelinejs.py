"""The timeline as a TimelineJS3 JSON document (https://timeline.knightlab.com/docs/json-format.html).

A date holds only the parts its granularity knows, on the article's wall clock: a decade is a year range,
a month has no day, an hour has no minute. `end_date` is the last unit the interval covers, and is left
out when that is the start's own unit (a single day, a single month).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from html import escape

from pydantic import BaseModel
from pydantic import Field as PydanticField

from app.exports import Row, local_interval
from app.models import Article, Event
from app.temporal import Granularity

MEDIA_TYPE = "application/json"
_PARTS = ("year", "month", "day", "hour", "minute")
# How many of _PARTS each granularity knows.
_KNOWN = {
    Granularity.CENTURY: 1,
    Granularity.DECADE: 1,
    Granularity.YEAR: 1,
    Granularity.SEASON: 2,
    Granularity.QUARTER: 2,
    Granularity.MONTH: 2,
    Granularity.WEEK: 3,
    Granularity.DAY: 3,
    Granularity.PART_OF_DAY: 4,
    Granularity.HOUR: 4,
    Granularity.MINUTE: 5,
}


class TimelineJSDate(BaseModel):
    """Only the parts the event's granularity knows are present."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None


class TimelineJSText(BaseModel):
    headline: str
    text: str = PydanticField(default="", description="HTML")


class TimelineJSTitle(BaseModel):
    text: TimelineJSText


class TimelineJSSlide(BaseModel):
    unique_id: str
    start_date: TimelineJSDate
    end_date: TimelineJSDate | None = PydanticField(
        default=None, description="The last unit covered; absent when it is the start's own"
    )
    text: TimelineJSText
    group: str | None = PydanticField(default=None, description="The article's source")


class TimelineJSDocument(BaseModel):
    """format=timelinejs: a TimelineJS3 document."""

    title: TimelineJSTitle
    events: list[TimelineJSSlide]


def date_parts(value: datetime, granularity: Granularity) -> TimelineJSDate:
    return TimelineJSDate(**{name: getattr(value, name) for name in _PARTS[: _KNOWN[granularity]]})


def render_timelinejs(rows: Iterable[Row], title: str = "Chronicle timeline") -> str:
    document = TimelineJSDocument(
        title=TimelineJSTitle(text=TimelineJSText(headline=escape(title))),
        events=[_slide(event, article) for event, article in rows],
    )
    return document.model_dump_json(exclude_none=True)


def _slide(event: Event, article: Article) -> TimelineJSSlide:
    granularity = Granularity(event.granularity)
    start, end = local_interval(event, article)
    first = date_parts(start, granularity)
    last = date_parts(end - timedelta(microseconds=1), granularity)
    return TimelineJSSlide(
        unique_id=f"event-{event.id}",
        start_date=first,
        end_date=last if last != first else None,
        text=TimelineJSText(headline=escape(event.expr_text), text=_text(event, article)),
        group=article.source,
    )


def _text(event: Event, article: Article) -> str:
    """The sentence (HTML) with the expression in bold, then a link to the article."""
    sentence = escape(event.sentence)
    expression = escape(event.expr_text)
    if expression in sentence:
        sentence = sentence.replace(expression, f"<strong>{expression}</strong>", 1)
    title = escape(article.title)
    linkable = article.url and article.url.startswith(("https://", "http://"))
    link = f'<a href="{escape(article.url or "")}">{title}</a>' if linkable else title
    source = f" ({escape(article.source)})" if article.source else ""
    return f"<p>{sentence}</p><p>{link}{source}</p>"
