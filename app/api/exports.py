"""Timeline exports (CSV, iCalendar, TimelineJS) chosen by `format=` or Accept, and an article as TimeML.

An export holds every event the filters select, from `cursor` on, up to EXPORT_CAP events, in one file:
what someone downloading a calendar expects. `limit` is ignored. When more events remain, the response
has a `Link: <...>; rel="next"` header with the URL of the next file.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import Session

from app.api.deps import ArticleId, SessionDep, SettingsDep
from app.exports import EXPORT_CAP, article_zone, collect_rows, delimited, ical, timelinejs, timeml
from app.exports.timelinejs import TimelineJSDocument
from app.models import TimelinePage
from app.services.articles import extract_mentions, get_article
from app.services.timeline import TimelineQuery

router = APIRouter(prefix="/v1", tags=["exports"])

ExportFormat = Literal["json", "csv", "ics", "timelinejs"]
FormatParam = Annotated[
    ExportFormat | None,
    Query(
        alias="format",
        description="json (the default), csv, ics or timelinejs; overrides the Accept header "
        f"(text/csv, text/calendar). Exports hold up to {EXPORT_CAP} events, continued by a Link header.",
    ),
]
# Media types of Accept that pick a format; application/json and wildcards keep the JSON page.
_ACCEPTED: dict[str, ExportFormat] = {
    "application/json": "json",
    "text/csv": "csv",
    "text/calendar": "ics",
    "*/*": "json",
    "application/*": "json",
    "text/*": "csv",
}
_FILENAMES = {"csv": "chronicle-timeline.csv", "ics": "chronicle-timeline.ics"}

_LINK_HEADER = {
    "Link": {
        "description": 'Exports only: `<url>; rel="next"` when more events remain than one export holds',
        "schema": {"type": "string"},
    },
}
TIMELINE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page of the timeline as JSON, or every selected event as an export",
        "model": TimelinePage | TimelineJSDocument,
        "headers": _LINK_HEADER,
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "text/calendar": {"schema": {"type": "string"}},
        },
    }
}


def negotiate(requested: ExportFormat | None, accept: str | None) -> ExportFormat:
    """`format=` when given, else the Accept header's most preferred type we serve, else JSON."""
    if requested is not None:
        return requested
    choices: list[tuple[float, int, ExportFormat]] = []
    for position, item in enumerate((accept or "").split(",")):
        media_type, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        chosen = _ACCEPTED.get(media_type.lower())
        if chosen is not None and quality > 0:
            choices.append((-quality, position, chosen))
    return min(choices)[2] if choices else "json"


def export_timeline(session: Session, query: TimelineQuery, fmt: ExportFormat, request: Request) -> Response:
    rows, next_cursor = collect_rows(session, query, cap=EXPORT_CAP)
    headers = {"Vary": "Accept"}
    if next_cursor is not None:
        next_url = request.url.include_query_params(cursor=next_cursor)
        headers["Link"] = f'<{next_url}>; rel="next"'
    if fmt in _FILENAMES:
        headers["Content-Disposition"] = f'attachment; filename="{_FILENAMES[fmt]}"'
    if fmt == "csv":
        return Response(delimited.render_csv(rows), media_type=delimited.MEDIA_TYPE, headers=headers)
    if fmt == "ics":
        return Response(ical.render_ics(rows), media_type=ical.MEDIA_TYPE, headers=headers)
    return Response(timelinejs.render_timelinejs(rows), media_type=timelinejs.MEDIA_TYPE, headers=headers)


@router.get(
    "/articles/{article_id}/timeml",
    response_class=Response,
    responses={
        200: {
            "description": "ISO-TimeML, as `chronicle timeml` writes it",
            "content": {"application/xml": {"schema": {"type": "string"}}},
        }
    },
)
def read_article_timeml(
    article_id: ArticleId,
    session: SessionDep,
    settings: SettingsDep,
    mentions: Annotated[
        Literal["stored", "extract"],
        Query(
            description="stored: the article's events (DATE and TIME; no DURATION or SET, which are not "
            "stored). extract: run the engine on the stored body again and tag all it finds."
        ),
    ] = "stored",
) -> Response:
    """The article as an ISO-TimeML document: its body, its publication time as the DCT, TIMEX3 tags."""
    stored = get_article(session, article_id)
    article = stored.article
    if mentions == "stored":
        found = timeml.stored_mentions(stored.events)
    else:
        # The stored timezone is an IANA name, or the publication offset itself when none was given.
        zone = None if article.timezone.startswith(("+", "-")) else article.timezone
        anchor = article.published_at.astimezone(article_zone(article))
        found = extract_mentions(article.body, anchor, zone, date_order=settings.date_order)
    return Response(timeml.render_timeml(article, found), media_type=timeml.MEDIA_TYPE)
