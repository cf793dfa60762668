"""Idempotency-Key on POST: a retried request gets the first one's response instead of running twice.

The keys live in the database (table idempotency_key), so every replica sees them. A key is claimed
before the route runs (state "running"), and the response is stored once it has been sent (state
"done"). Same key and same request: the stored response is replayed. Same key, another request: 422.
Same key while the first is still running: 409. Server errors, 401, 404, 409 and 429 are not stored (the
key is released), so the client can simply retry. Keys expire after CHRONICLE_IDEMPOTENCY_TTL_HOURS,
deleted lazily by later claims; a key left "running" by a crashed process can be claimed again after
`stale_after`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

import anyio
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import col
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db import get_engine, transaction
from app.models import IdempotencyKey, utcnow
from app.problems import DATABASE_RETRY_AFTER_S, is_database_unavailable, problem_response
from app.security import READ_ONLY_POSTS, key_identity

log = logging.getLogger("chronicle.idempotency")

HEADER = "Idempotency-Key"
_VALID_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")  # visible ASCII, as Stripe and the IETF draft allow
# Responses worth replaying: the ones that say what happened. The others are released for a retry.
_NOT_STORED = frozenset({401, 403, 404, 405, 408, 409, 429})
# Response headers replayed with the body; the rest (dates, rate limits, request ids) are per request.
_REPLAYED_HEADERS = frozenset({b"content-type", b"location"})


@dataclass(frozen=True, slots=True)
class Claim:
    outcome: Literal["claimed", "replay", "running", "mismatch"]
    status_code: int | None = None
    headers: list[tuple[bytes, bytes]] | None = None
    body: bytes | None = None


def request_fingerprint(method: str, path: str, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def claim_key(principal: str, key: str, fingerprint: str, *, ttl: timedelta, stale_after: timedelta) -> Claim:
    """Claim `key` for this request, or say why not: a stored response, still running, or another request."""
    now = utcnow()
    with transaction(get_engine()) as session:
        # Lazy expiry: every claim clears what has outlived the TTL (the index on created_at keeps it cheap).
        session.execute(delete(IdempotencyKey).where(col(IdempotencyKey.created_at) < now - ttl))
    for _ in range(3):
        try:
            with transaction(get_engine()) as session:
                session.execute(
                    insert(IdempotencyKey).values(
                        principal=principal, key=key, fingerprint=fingerprint, state="running", created_at=now
                    )
                )
            return Claim("claimed")
        except IntegrityError:
            pass
        with transaction(get_engine()) as session:
            row = session.scalars(
                select(IdempotencyKey).where(
                    col(IdempotencyKey.principal) == principal, col(IdempotencyKey.key) == key
                )
            ).first()
            if row is None:  # released or expired in between: try to claim it again
                continue
            if row.fingerprint != fingerprint:
                return Claim("mismatch")
            if row.state == "done":
                headers = [
                    (n.encode("latin-1"), v.encode("latin-1")) for n, v in json.loads(row.headers or "[]")
                ]
                return Claim("replay", row.status_code, headers, row.body or b"")
            if row.created_at > now - stale_after:
                return Claim("running")
            # Left running by a process that died: take it over, unless another retry just did.
            taken = session.execute(
                update(IdempotencyKey)
                .where(
                    col(IdempotencyKey.principal) == principal,
                    col(IdempotencyKey.key) == key,
                    col(IdempotencyKey.state) == "running",
                    col(IdempotencyKey.created_at) == row.created_at,
                )
                .values(created_at=now)
            )
            return Claim("claimed" if taken.rowcount == 1 else "running")  # type: ignore[attr-defined]
    return Claim("running")


def store_response(
    principal: str, key: str, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    kept = [(n.decode("latin-1"), v.decode("latin-1")) for n, v in headers if n.lower() in _REPLAYED_HEADERS]
    with transaction(get_engine()) as session:
        session.execute(
            update(IdempotencyKey)
            .where(col(IdempotencyKey.principal) == principal, col(IdempotencyKey.key) == key)
            .values(state="done", status_code=status, headers=json.dumps(kept), body=body)
        )


def release_key(principal: str, key: str) -> None:
    with transaction(get_engine()) as session:
        session.execute(
            delete(IdempotencyKey).where(
                col(IdempotencyKey.principal) == principal,
                col(IdempotencyKey.key) == key,
            )
        )


def principal_of(authorization: bytes | None) -> str:
    """Keys are scoped to the caller's API key (its hash), so callers cannot replay each other's."""
    if authorization:
        scheme, _, token = authorization.decode("latin-1").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return key_identity(token.strip())
    return "anonymous"


class Idempotency:
    """ASGI middleware for POSTs under /v1/ that carry an Idempotency-Key header."""

    def __init__(self, app: ASGIApp, ttl_hours: float, stale_after_s: float) -> None:
        self.app = app
        self.ttl = timedelta(hours=ttl_hours)
        self.stale_after = timedelta(seconds=stale_after_s)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or not path.startswith("/v1/")
            or path in READ_ONLY_POSTS
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        raw_key = headers.get(HEADER.lower().encode())
        if raw_key is None:
            await self.app(scope, receive, send)
            return
        key = raw_key.decode("latin-1")
        if not _VALID_KEY.match(key):
            await self._problem(
                scope,
                receive,
                send,
                400,
                "Invalid Idempotency-Key",
                "must be 1 to 255 visible ASCII characters",
            )
            return

        body = await _read_body(receive)
        principal = principal_of(headers.get(b"authorization"))
        fingerprint = request_fingerprint(scope["method"], path, body)
        try:
            claim = await run_in_threadpool(
                claim_key, principal, key, fingerprint, ttl=self.ttl, stale_after=self.stale_after
            )
        except DBAPIError as exc:
            if not is_database_unavailable(exc):
                raise
            await self._unavailable(scope, receive, send)
            return
        if claim.outcome == "mismatch":
            detail = f"this {HEADER} was used with a different request; use a new key for a new request"
            await self._problem(scope, receive, send, 422, "Idempotency-Key reused", detail)
            return
        if claim.outcome == "running":
            detail = f"a request with this {HEADER} is still being processed; retry shortly"
            await self._problem(
                scope, receive, send, 409, "Request in progress", detail, {"Retry-After": "1"}
            )
            return
        if claim.outcome == "replay":
            assert claim.status_code is not None and claim.headers is not None and claim.body is not None
            replay_headers = [*claim.headers, (b"idempotent-replayed", b"true")]
            replay_headers.append((b"content-length", str(len(claim.body)).encode()))
            await send(
                {"type": "http.response.start", "status": claim.status_code, "headers": replay_headers}
            )
            await send({"type": "http.response.body", "body": claim.body})
            return

        await self._run_and_store(scope, receive, send, principal, key, body)

    async def _run_and_store(
        self, scope: Scope, receive: Receive, send: Send, principal: str, key: str, body: bytes
    ) -> None:
        replayed = False

        async def replay_body() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 500
        response_headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, response_headers
            if message["type"] == "http.response.start":
                status = message["status"]
                response_headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_body, capture)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await _quietly(release_key, principal, key)
            raise
        with anyio.CancelScope(shield=True):
            if status >= 500 or status in _NOT_STORED:
                await _quietly(release_key, principal, key)
            else:
                await _quietly(store_response, principal, key, status, response_headers, b"".join(chunks))

    async def _problem(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        status: int,
        title: str,
        detail: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        slug = {400: "invalid-idempotency-key", 409: "idempotency-key-in-use", 422: "idempotency-key-reused"}
        response = problem_response(
            status, title, detail, slug=slug[status], headers=headers, instance=scope.get("path")
        )
        await response(scope, receive, send)

    async def _unavailable(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            503,
            "Service unavailable",
            "The database cannot be reached; retry later.",
            slug="database-unavailable",
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
            instance=scope.get("path"),
        )
        await response(scope, receive, send)


async def _read_body(receive: Receive) -> bytes:
    """The whole request body (BodySizeLimit, outside this middleware, has bounded it)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _quietly(func: Callable[..., None], *args: object) -> None:
    """Bookkeeping after the response is sent must not turn a delivered response into an error."""
    try:
        await run_in_threadpool(func, *args)
    except Exception:
        log.exception("could not record the outcome of an Idempotency-Key")
