"""Opaque keyset cursors: base64url JSON of the last row's sort key, validated on the way back in."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from app.problems import BadCursorError


def encode_cursor(kind: str, **key: Any) -> str:
    payload = {"k": kind, **{name: _plain(value) for name, value in key.items()}}
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str, kind: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadCursorError("cursor is not one this service issued", field="cursor") from exc
    if not isinstance(payload, dict) or payload.get("k") != kind:
        raise BadCursorError(f"cursor does not belong to this {kind} listing", field="cursor")
    return payload


def cursor_int(payload: dict[str, Any], name: str) -> int:
    value = payload.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadCursorError("cursor is damaged", field="cursor")
    return value


def cursor_datetime(payload: dict[str, Any], name: str) -> datetime:
    value = payload.get(name)
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise BadCursorError("cursor is damaged", field="cursor")
    return parsed


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
