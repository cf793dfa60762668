"""Dependencies shared by the routers, as Annotated aliases that keep route signatures short."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path
from sqlmodel import Session

from app.config import Settings, get_settings
from app.db import get_session

# scope="function": the session commits before the response is sent, so a 201 means stored.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]

MAX_ID = 2**31 - 1
ArticleId = Annotated[int, Path(ge=1, le=MAX_ID, description="Article id")]
EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="Event id")]
