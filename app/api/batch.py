"""/v1/articles/batch: many articles in one request, one result per item.

The answer is 200 whenever the batch itself was readable; each item carries its own status (201 stored,
200 already stored, 422 invalid with a problem), like a 207 Multi-Status without WebDAV's XML.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field, ValidationError

from app.api.articles import article_public
from app.api.deps import IdempotencyKeyHeader, SettingsDep
from app.db import get_engine
from app.models import ArticleCreate, ArticlePublic
from app.observability import record_ingested
from app.problems import InvalidInputError, Problem, problem_type
from app.services.batch import create_articles

router = APIRouter(prefix="/v1/articles", tags=["articles"])


class BatchItemResult(BaseModel):
    index: int = Field(description="Position of the item in the request")
    status: int = Field(description="201 stored, 200 already stored, 422 invalid")
    article: ArticlePublic | None = None
    problem: Problem | None = None


class BatchResult(BaseModel):
    created: int
    existing: int
    failed: int
    results: list[BatchItemResult]


def item_problem(exc: ValidationError, index: int) -> Problem:
    errors = [
        {"field": ".".join(str(p) for p in err["loc"]) or "article", "message": err["msg"]}
        for err in exc.errors(include_url=False, include_input=False)
    ]
    fields = ", ".join(dict.fromkeys(e["field"] for e in errors))
    return Problem(
        type=problem_type("validation-error"),
        title="Validation error",
        status=422,
        detail=f"Invalid input in item {index}: {fields}",
        errors=errors,
    )


@router.post("/batch")
def post_articles_batch(
    items: Annotated[
        list[Any],
        Body(
            description="Articles, each shaped like the body of POST /v1/articles",
            json_schema_extra={"items": ArticleCreate.model_json_schema()},
        ),
    ],
    settings: SettingsDep,
    idempotency_key: IdempotencyKeyHeader = None,
) -> BatchResult:
    """Store up to CHRONICLE_MAX_BATCH_ITEMS articles; each is validated and stored on its own."""
    if len(items) > settings.max_batch_items:
        raise InvalidInputError(
            "body", f"the batch has {len(items)} items; the limit is {settings.max_batch_items}"
        )
    results: list[BatchItemResult] = []
    for outcome in create_articles(get_engine(), items, date_order=settings.date_order):
        if outcome.stored is None:
            assert outcome.invalid is not None
            results.append(
                BatchItemResult(
                    index=outcome.index, status=422, problem=item_problem(outcome.invalid, outcome.index)
                )
            )
            continue
        if outcome.stored.created:
            record_ingested(len(outcome.stored.events))
        results.append(
            BatchItemResult(
                index=outcome.index,
                status=201 if outcome.stored.created else 200,
                article=article_public(outcome.stored.article, outcome.stored.events),
            )
        )
    return BatchResult(
        created=sum(r.status == 201 for r in results),
        existing=sum(r.status == 200 for r in results),
        failed=sum(r.status >= 400 for r in results),
        results=results,
    )
