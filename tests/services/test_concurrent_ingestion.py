"""Racing identical posts: the unique constraint decides, exactly one article is stored."""

from __future__ import annotations

import threading

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from app.db import transaction
from app.models import Article, ArticleCreate, Event
from app.services.articles import create_article
from tests.factories import bridge_article


def test_twenty_threads_posting_the_same_article_store_one(engine: Engine) -> None:
    data = ArticleCreate.model_validate(bridge_article())
    barrier = threading.Barrier(20)
    results: list[tuple[int | None, bool]] = []
    errors: list[BaseException] = []

    def post() -> None:
        try:
            barrier.wait()
            with transaction(engine) as session:
                stored = create_article(session, data)
            results.append((stored.article.id, stored.created))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=post) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert len({article_id for article_id, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
        n_events = session.scalar(select(func.count()).select_from(Event))
    assert n_events and n_events == len(create_article_events(engine))


def create_article_events(engine: Engine) -> list[Event]:
    with transaction(engine) as session:
        return list(session.scalars(select(Event)))


def test_failed_ingestion_leaves_nothing_behind(engine: Engine, monkeypatch) -> None:
    from app.services import articles

    def broken_rows(*args, **kwargs):
        rows = real_rows(*args, **kwargs)
        rows[-1]["timex_type"] = None  # violates NOT NULL on the last event insert
        return rows

    real_rows = articles.event_rows
    monkeypatch.setattr(articles, "event_rows", broken_rows)
    data = ArticleCreate.model_validate(bridge_article())
    try:
        with transaction(engine) as session:
            create_article(session, data)
    except Exception:
        pass
    else:
        raise AssertionError("the broken insert should have failed")

    with transaction(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == 0
