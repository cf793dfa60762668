"""/v1/events/{id}: one stored event."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import EventId, SessionDep
from app.models import EventPublic, event_public
from app.services.articles import get_event

router = APIRouter(prefix="/v1/events", tags=["events"])


@router.get("/{event_id}")
def read_event(event_id: EventId, session: SessionDep) -> EventPublic:
    return event_public(get_event(session, event_id))
