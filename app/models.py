"""SQLModel tables (Article, Event) and the API schemas built on them.

The tables are created and changed only by the Alembic migrations in migrations/; the naming convention
below keeps constraint and index names identical on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

from app.config import get_settings
from app.temporal import Mention

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores instants as naive UTC (sortable as text on SQLite) and returns them as aware UTC datetimes."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


# --- tables ---------------------------------------------------------------------------------------


class Article(SQLModel, table=True):
    __tablename__ = "article"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    title: str = Field(sa_column=Column(Text, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    published_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    timezone: str = Field(sa_column=Column(String(64), nullable=False))
    url: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    source: str | None = Field(default=None, sa_column=Column(String(200), nullable=True, index=True))
    # sha256 of the url, or of title + body + published_at when there is no url: the unique
    # constraint on it is what makes reposts (and racing identical posts) idempotent.
    dedupe_key: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False))


class Event(SQLModel, table=True):
    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("article_id", "expr_start", "expr_end"),
        Index("ix_event_start_at_id", "start_at", "id"),
        Index("ix_event_article_id_start_at_id", "article_id", "start_at", "id"),
        Index("ix_event_source_start_at_id", "source", "start_at", "id"),
        # Migration 0003 adds the generated column span_class (its SQL differs between SQLite and
        # PostgreSQL, so it is not declared here) with indexes on (span_class, start_at, id, end_at) and
        # (source, span_class, start_at, id, end_at): the timeline's `start` filter (services/timeline.py).
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False)
    )
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    expr_text: str = Field(sa_column=Column(Text, nullable=False))
    expr_start: int = Field(sa_column=Column(Integer, nullable=False))
    expr_end: int = Field(sa_column=Column(Integer, nullable=False))
    timex_type: str = Field(sa_column=Column(String(16), nullable=False))
    timex_value: str = Field(sa_column=Column(String(64), nullable=False))
    timex_mod: str | None = Field(default=None, sa_column=Column(String(32), nullable=True))
    start_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    end_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    granularity: str = Field(sa_column=Column(String(16), nullable=False))
    # Granularity.rank: 0 = century ... 10 = minute; `coarsest=day` keeps rank >= rank(day).
    granularity_rank: int = Field(sa_column=Column(Integer, nullable=False))
    anchor: str = Field(sa_column=Column(String(16), nullable=False))
    # Copied from the article so the timeline's source filter walks its own (source, start, id) index.
    source: str | None = Field(default=None, sa_column=Column(String(200), nullable=True))


class IdempotencyKey(SQLModel, table=True):
    """A POST's Idempotency-Key with the response to replay; see app/idempotency.py."""

    __tablename__ = "idempotency_key"

    # The caller's key identity (app.security.key_identity) or "anonymous": keys are per caller.
    principal: str = Field(sa_column=Column(String(64), primary_key=True))
    key: str = Field(sa_column=Column(String(255), primary_key=True))
    fingerprint: str = Field(sa_column=Column(String(64), nullable=False))  # sha256 of method, path, body
    state: str = Field(sa_column=Column(String(16), nullable=False))  # "running" or "done"
    status_code: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    headers: str | None = Field(default=None, sa_column=Column(Text, nullable=True))  # JSON [[name, value]]
    body: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime, nullable=False, index=True)
    )


# --- API schemas ----------------------------------------------------------------------------------

# C0 controls other than tab/newline/carriage return, DEL, and the C1 block: never part of an article.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MIN_YEAR, MAX_YEAR = 1000, 2999


def check_text(value: str, *, max_chars: int) -> str:
    if len(value) > max_chars:
        raise ValueError(f"is {len(value)} characters long; the limit is {max_chars}")
    bad = _CONTROL_CHARS.search(value)
    if bad:
        raise ValueError(f"contains the control character U+{ord(bad.group()):04X} at offset {bad.start()}")
    return value


def check_timezone(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA timezone {name!r} (expected a name like Europe/Paris)") from exc
    return name


def check_instant(value: datetime, timezone: str | None, field: str) -> datetime:
    """An aware datetime in a plausible year; a naive one only when a timezone says where it is."""
    if value.tzinfo is None:
        if timezone is None:
            raise ValueError(
                f"{field} has no UTC offset: add one (e.g. 2021-09-03T10:00:00-04:00) or pass timezone"
            )
        value = value.replace(tzinfo=ZoneInfo(timezone))
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"{field} year {value.year} is outside {MIN_YEAR}..{MAX_YEAR}")
    return value


class ArticleCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = PydanticField(min_length=1, description="Headline")
    body: str = PydanticField(min_length=1, description="Plain text of the article")
    # Declared before published_at so that its validator can read it.
    timezone: str | None = PydanticField(
        default=None, max_length=64, description="IANA name (e.g. America/New_York); default: the offset"
    )
    published_at: datetime = PydanticField(
        description="RFC 3339 publication time with an offset, e.g. 2021-09-03T10:00:00-04:00"
    )
    url: str | None = PydanticField(default=None, max_length=2048)
    source: str | None = PydanticField(default=None, max_length=200)

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        return check_text(value, max_chars=get_settings().max_title_chars)

    @field_validator("body")
    @classmethod
    def _body(cls, value: str) -> str:
        return check_text(value, max_chars=get_settings().max_text_chars)

    @field_validator("url", "source")
    @classmethod
    def _short_text(cls, value: str | None) -> str | None:
        return None if value is None else check_text(value, max_chars=2048)

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        return check_timezone(value)

    @field_validator("published_at")
    @classmethod
    def _published_at(cls, value: datetime, info: ValidationInfo) -> datetime:
        return check_instant(value, info.data.get("timezone"), "published_at")


class Expression(BaseModel):
    text: str
    start: int = PydanticField(description="Code-point offset into the article body")
    end: int


class TimexOut(BaseModel):
    type: str
    value: str
    mod: str | None = None


class MentionOut(BaseModel):
    expression: Expression
    timex: TimexOut
    start: datetime | None = PydanticField(description="Interval start, UTC; null when not placeable")
    end: datetime | None = PydanticField(description="Interval end (exclusive), UTC")
    granularity: str | None
    anchor: str


class ArticleSummary(BaseModel):
    id: int
    title: str
    url: str | None
    source: str | None
    published_at: datetime


class EventKeys(BaseModel):
    id: int
    article_id: int
    sentence: str = PydanticField(description="The sentence the expression occurs in")


class EventPublic(MentionOut, EventKeys):
    """A stored event: a mention that has an interval, with its ids and sentence (listed first)."""

    start: datetime
    end: datetime
    granularity: str


class TimelineEvent(EventPublic):
    article: ArticleSummary


class ArticlePublic(BaseModel):
    id: int
    title: str
    body: str
    published_at: datetime
    timezone: str
    url: str | None
    source: str | None
    created_at: datetime
    events: list[EventPublic]


class ArticleListItem(BaseModel):
    id: int
    title: str
    published_at: datetime
    timezone: str
    url: str | None
    source: str | None
    created_at: datetime


class ArticlePage(BaseModel):
    articles: list[ArticleListItem]
    next_cursor: str | None


class TimelinePage(BaseModel):
    events: list[TimelineEvent]
    next_cursor: str | None


class NormalizeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    timezone: str | None = PydanticField(default=None, max_length=64, description="IANA name")
    anchor: datetime = PydanticField(description="RFC 3339 datetime with an offset")

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return check_text(value, max_chars=get_settings().max_text_chars)

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        return check_timezone(value)

    @field_validator("anchor")
    @classmethod
    def _anchor(cls, value: datetime, info: ValidationInfo) -> datetime:
        return check_instant(value, info.data.get("timezone"), "anchor")


class NormalizeResponse(BaseModel):
    mentions: list[MentionOut]


def mention_out(m: Mention) -> MentionOut:
    return MentionOut(
        expression=Expression(text=m.text, start=m.start, end=m.end),
        timex=TimexOut(type=m.timex.type.value, value=m.timex.value, mod=m.timex.mod),
        start=m.interval_start,
        end=m.interval_end,
        granularity=m.granularity.value if m.granularity else None,
        anchor=m.anchor.value,
    )


def event_public(event: Event) -> EventPublic:
    assert event.id is not None
    return EventPublic(**_event_fields(event))


def timeline_event(event: Event, article: Article) -> TimelineEvent:
    assert article.id is not None
    summary = ArticleSummary(
        id=article.id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
    )
    return TimelineEvent(**_event_fields(event), article=summary)


def _event_fields(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "article_id": event.article_id,
        "sentence": event.sentence,
        "expression": Expression(text=event.expr_text, start=event.expr_start, end=event.expr_end),
        "timex": TimexOut(type=event.timex_type, value=event.timex_value, mod=event.timex_mod),
        "start": event.start_at,
        "end": event.end_at,
        "granularity": event.granularity,
        "anchor": event.anchor,
    }


def timeline_event_json(row: Any) -> dict[str, Any]:
    """A TimelineEvent as a plain dict, built from a row of services.timeline.TIMELINE_COLUMNS.

    The JSON page is serialised from these without building models; keys and their order are
    TimelineEvent's, and datetimes are aware UTC, which pydantic_core writes as "2021-09-03T14:00:00Z"
    just as the models do. Keep the two in step.
    """
    return {
        "id": row.id,
        "article_id": row.article_id,
        "sentence": row.sentence,
        "expression": {"text": row.expr_text, "start": row.expr_start, "end": row.expr_end},
        "timex": {"type": row.timex_type, "value": row.timex_value, "mod": row.timex_mod},
        "start": row.start_at,
        "end": row.end_at,
        "granularity": row.granularity,
        "anchor": row.anchor,
        "article": {
            "id": row.article_id,
            "title": row.article_title,
            "url": row.article_url,
            "source": row.article_source,
            "published_at": row.article_published_at,
        },
    }
