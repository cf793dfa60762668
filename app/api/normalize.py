"""/v1/normalize: the engine's mentions for any text; nothing is stored."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import SettingsDep
from app.models import NormalizeRequest, NormalizeResponse, mention_out
from app.services.articles import extract_mentions

router = APIRouter(prefix="/v1", tags=["normalize"])


@router.post("/normalize")
def normalize(data: NormalizeRequest, settings: SettingsDep) -> NormalizeResponse:
    """Find and resolve the time expressions in `text`, anchored on `anchor`."""
    mentions = extract_mentions(data.text, data.anchor, data.timezone, date_order=settings.date_order)
    return NormalizeResponse(mentions=[mention_out(m) for m in mentions])
