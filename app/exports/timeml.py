"""One stored article as an ISO-TimeML document, written by the evaluation harness's own TimeML writer.

The TIMEX3 tags are the article's stored events: what the timeline shows, whatever engine version stored
them. DURATION and SET expressions ("three weeks", "every Monday") have no interval and are not stored, so
they are not in the document; `mentions="extract"` runs the engine on the stored body again (with the
stored publication time and timezone) and tags everything it finds, durations and sets included.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.evaluation.annotation import EngineOptions, annotate
from app.evaluation.timeml import new_document, render_document
from app.exports import article_zone
from app.models import Article, Event
from app.temporal import Anchoring, Granularity, Mention, Timex, TimexType

MEDIA_TYPE = "application/xml; charset=utf-8"


def creation_value(article: Article) -> str:
    """The publication time on the article's wall clock, as a TIMEX3 value: "2022-05-11T09:30"."""
    local = article.published_at.astimezone(article_zone(article))
    return local.strftime("%Y-%m-%dT%H:%M:%S" if local.second else "%Y-%m-%dT%H:%M")


def stored_mentions(events: Sequence[Event]) -> list[Mention]:
    return [
        Mention(
            text=e.expr_text,
            start=e.expr_start,
            end=e.expr_end,
            timex=Timex(TimexType(e.timex_type), e.timex_value, e.timex_mod),
            interval_start=e.start_at,
            interval_end=e.end_at,
            granularity=Granularity(e.granularity),
            anchor=Anchoring(e.anchor),
        )
        for e in events
    ]


def render_timeml(article: Article, mentions: Sequence[Mention]) -> str:
    """The article's body inside <TEXT>, its publication time as the DCT, and `mentions` as TIMEX3 tags.

    The mentions go through the same path as `chronicle timeml`: spans checked against the text,
    overlapping ones reduced to the longest, tids numbered t1, t2, ...
    """

    def given(*_args: object, **_kwargs: object) -> Sequence[Mention]:
        return mentions

    document = new_document(
        article.body, creation_value(article), f"chronicle-article-{article.id}", article.title
    )
    annotated = annotate(document, given, EngineOptions())
    return render_document(document, annotated.system)
