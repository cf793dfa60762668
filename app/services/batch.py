"""Batch ingestion: every item validated and stored on its own, so one bad item never loses the others."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from app.db import is_sqlite, transaction
from app.models import ArticleCreate
from app.services.articles import IngestedArticle, create_article


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    index: int
    stored: IngestedArticle | None = None
    invalid: ValidationError | None = None


def create_articles(engine: Engine, items: list[Any], *, date_order: str) -> list[ItemOutcome]:
    """Validate and store each item; the answer is sent only once every stored item is committed.

    On PostgreSQL the valid items share one transaction, each under its own SAVEPOINT: one commit per
    batch instead of one per item. An item the database refuses (or a deadlock with another batch that
    holds some of the same articles) is rolled back to its savepoint; the items before it are committed
    and it is tried again alone, so a failure behaves as with one transaction per item: the batch stops
    and the error propagates (the API answers 503), the items stored before it stay stored, and a retry of
    the whole batch finds them (200) instead of storing them twice. SQLite, which lets one writer in at a
    time, keeps one short transaction per item so that concurrent batches interleave.
    """
    outcomes: list[ItemOutcome] = []
    valid: list[tuple[int, ArticleCreate]] = []
    for index, raw in enumerate(items):
        try:
            valid.append((index, ArticleCreate.model_validate(raw)))
        except ValidationError as exc:
            outcomes.append(ItemOutcome(index, invalid=exc))
    stored: list[ItemOutcome] = []
    if is_sqlite(engine):
        for index, data in valid:
            with transaction(engine) as session:
                stored.append(ItemOutcome(index, stored=create_article(session, data, date_order=date_order)))
    else:
        pending = valid
        while pending:
            pending = _store_together(engine, pending, stored, date_order=date_order)
    outcomes.extend(stored)
    outcomes.sort(key=lambda o: o.index)
    return outcomes


def _store_together(
    engine: Engine, items: list[tuple[int, ArticleCreate]], stored: list[ItemOutcome], *, date_order: str
) -> list[tuple[int, ArticleCreate]]:
    """Store items in one transaction until one fails; return the ones left, the failed one alone first."""
    with transaction(engine) as session:
        for position, (index, data) in enumerate(items):
            savepoint = session.begin_nested()
            try:
                article = create_article(session, data, date_order=date_order)
            except DBAPIError as exc:
                if position == 0 or exc.connection_invalidated:
                    # Failed alone in a fresh transaction, or the connection is gone (nothing here can
                    # be committed any more): a real failure, answered 503 like a single post.
                    raise
                savepoint.rollback()
                break
            savepoint.commit()
            stored.append(ItemOutcome(index, stored=article))
        else:
            return []
    # Commit what was stored, then retry the failed item in a transaction of its own.
    index, data = items[position]
    with transaction(engine) as session:
        stored.append(ItemOutcome(index, stored=create_article(session, data, date_order=date_order)))
    return items[position + 1 :]
