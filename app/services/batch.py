"""Batch ingestion: every item validated and stored on its own, so one bad item never loses the others."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Engine

from app.db import transaction
from app.models import ArticleCreate
from app.services.articles import StoredArticle, create_article


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    index: int
    stored: StoredArticle | None = None
    invalid: ValidationError | None = None


def create_articles(engine: Engine, items: list[Any], *, date_order: str) -> list[ItemOutcome]:
    """Validate and store each item in its own transaction: an acknowledged item is committed.

    A database failure stops the batch and propagates (the API answers 503); the items stored before it
    stay stored, and a retry of the whole batch finds them (200) instead of storing them twice.
    """
    outcomes: list[ItemOutcome] = []
    for index, raw in enumerate(items):
        try:
            data = ArticleCreate.model_validate(raw)
        except ValidationError as exc:
            outcomes.append(ItemOutcome(index, invalid=exc))
            continue
        with transaction(engine) as session:
            stored = create_article(session, data, date_order=date_order)
        outcomes.append(ItemOutcome(index, stored=stored))
    return outcomes
