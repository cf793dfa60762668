"""The timeline as CSV (RFC 4180): a header row, then one row per event with its article's fields."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from app.exports import Row, utc_text

MEDIA_TYPE = "text/csv; charset=utf-8; header=present"
COLUMNS = (
    "event_id",
    "start",
    "end",
    "granularity",
    "timex_type",
    "timex_value",
    "timex_mod",
    "anchor",
    "expression",
    "expression_start",
    "expression_end",
    "sentence",
    "article_id",
    "article_title",
    "article_url",
    "article_source",
    "article_published_at",
    "article_timezone",
)
# A spreadsheet runs a cell starting with one of these as a formula; article text comes from anywhere.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str | None) -> str:
    """Free text made safe to open in a spreadsheet: a leading formula character gets a quote before it."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event, article in rows:
        writer.writerow(
            (
                event.id,
                utc_text(event.start_at),
                utc_text(event.end_at),
                event.granularity,
                event.timex_type,
                event.timex_value,
                event.timex_mod or "",
                event.anchor,
                inert(event.expr_text),
                event.expr_start,
                event.expr_end,
                inert(event.sentence),
                article.id,
                inert(article.title),
                inert(article.url),
                inert(article.source),
                utc_text(article.published_at),
                article.timezone,
            )
        )
    return out.getvalue()
