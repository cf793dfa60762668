"""/livez and /readyz for orchestrators: the process answers; the database answers and is migrated."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.db import get_engine
from app.migrate import is_at_head
from app.problems import DATABASE_RETRY_AFTER_S, ServiceUnavailableError

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "ready"]


@router.get("/livez")
def livez() -> Health:
    """The process is up and serving; says nothing about the database."""
    return Health(status="ok")


@router.get("/readyz")
def readyz() -> Health:
    """The database answers and its schema is at the newest migration; 503 otherwise."""
    engine = get_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        at_head = is_at_head(engine)
    except SQLAlchemyError as exc:
        raise ServiceUnavailableError(
            f"the database cannot be reached: {type(exc).__name__}",
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
        ) from exc
    if not at_head:
        raise ServiceUnavailableError(
            "the database schema is not at the newest migration: run `chronicle migrate`",
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
        )
    return Health(status="ready")
