"""Batch ingestion when the database refuses an item or drops the connection in the middle of a batch."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from app.db import transaction
from app.models import Article
from app.services import batch
from tests.factories import bridge_article


def _articles(n: int) -> list[dict[str, Any]]:
    return [bridge_article(url=f"https://news.example/{i}") for i in range(n)]


def _count(engine: Engine) -> int:
    with transaction(engine) as session:
        return session.scalar(select(func.count()).select_from(Article)) or 0


def _fail_once_on(monkeypatch: pytest.MonkeyPatch, url: str, *, connection_invalidated: bool) -> list[str]:
    calls: list[str] = []
    real = batch.create_article

    def flaky(session, data, **kwargs):
        calls.append(data.url)
        if data.url == url and calls.count(url) == 1:
            raise OperationalError(
                "INSERT", {}, Exception("refused"), connection_invalidated=connection_invalidated
            )
        return real(session, data, **kwargs)

    monkeypatch.setattr(batch, "create_article", flaky)
    return calls


def test_item_refused_by_the_database_keeps_the_items_before_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _articles(4)
    calls = _fail_once_on(monkeypatch, "https://news.example/2", connection_invalidated=False)

    if engine.dialect.name == "sqlite":
        # One transaction per item: the refusal ends the batch, the items before it stay stored.
        with pytest.raises(OperationalError):
            batch.create_articles(engine, items, date_order="MDY")
        assert _count(engine) == 2
        return
    # PostgreSQL: one transaction with a savepoint per item; the refused item is retried alone.
    outcomes = batch.create_articles(engine, items, date_order="MDY")

    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert all(o.stored is not None and o.stored.created for o in outcomes)
    assert _count(engine) == 4
    assert calls.count("https://news.example/2") == 2


def test_lost_connection_mid_batch_propagates_and_keeps_no_half_stored_article(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _articles(4)
    _fail_once_on(monkeypatch, "https://news.example/2", connection_invalidated=True)

    with pytest.raises(OperationalError):
        batch.create_articles(engine, items, date_order="MDY")

    stored_before = _count(engine)
    assert stored_before <= 2  # nothing after the failure; what was stored is whole (the API answers 503)
    monkeypatch.undo()
    retry = batch.create_articles(engine, items, date_order="MDY")
    assert _count(engine) == 4
    assert sum(1 for o in retry if o.stored is not None and not o.stored.created) == stored_before
