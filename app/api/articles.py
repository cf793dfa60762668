"""/v1/articles: post an article (idempotent), list, read and delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.api.deps import ArticleId, IdempotencyKeyHeader, SessionDep, SettingsDep
from app.models import (
    Article,
    ArticleCreate,
    ArticleListItem,
    ArticlePage,
    ArticlePublic,
    EventPublic,
    event_public,
)
from app.observability import record_ingested
from app.services import articles as service

router = APIRouter(prefix="/v1/articles", tags=["articles"])


def article_public(a: Article, events: list[EventPublic]) -> ArticlePublic:
    assert a.id is not None
    return ArticlePublic(
        id=a.id,
        title=a.title,
        body=a.body,
        published_at=a.published_at,
        timezone=a.timezone,
        url=a.url,
        source=a.source,
        created_at=a.created_at,
        events=events,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": ArticlePublic, "description": "Already stored: the stored article"}},
)
def post_article(
    data: ArticleCreate,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    idempotency_key: IdempotencyKeyHeader = None,
) -> ArticlePublic:
    """Store an article and the events found in its body; reposting the same article returns it with 200."""
    stored = service.create_article(session, data, date_order=settings.date_order)
    response.headers["Location"] = f"/v1/articles/{stored.article.id}"
    if stored.created:
        record_ingested(len(stored.events))
    else:
        response.status_code = status.HTTP_200_OK
    return article_public(stored.article, stored.events)


@router.get("")
def list_articles(
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
) -> ArticlePage:
    """Articles, newest first; follow `next_cursor` for the next page."""
    page, next_cursor = service.list_articles(session, limit=limit, cursor=cursor, source=source)
    items = [ArticleListItem.model_validate(a, from_attributes=True) for a in page]
    return ArticlePage(articles=items, next_cursor=next_cursor)


@router.get("/{article_id}")
def get_article(article_id: ArticleId, session: SessionDep) -> ArticlePublic:
    stored = service.get_article(session, article_id)
    return article_public(stored.article, [event_public(e) for e in stored.events])


@router.delete("/{article_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_article(article_id: ArticleId, session: SessionDep) -> Response:
    """Delete the article and all its events."""
    service.delete_article(session, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
