"""Dependencies shared by the routers, as Annotated aliases that keep route signatures short."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Path
from sqlmodel import Session

from app.config import Settings, get_settings
from app.db import get_session

# scope="function": the session commits before the response is sent, so a 201 means stored.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]

MAX_ID = 2**31 - 1
ArticleId = Annotated[int, Path(ge=1, le=MAX_ID, description="Article id")]
EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="Event id")]

# Read by app.idempotency's middleware; declared on the routes so that the OpenAPI document shows it.
IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description="Any unique string (e.g. a UUID): a retry with the same key replays the first response",
    ),
]
