"""RFC 9457 problem details: domain errors carry their status, one set of handlers renders them all."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy.exc
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("chronicle.errors")


class ProblemError(Exception):
    """An error the client can act on; `slug` names the problem type."""

    status = 400
    title = "Bad request"
    slug = "bad-request"

    def __init__(
        self, detail: str, *, field: str | None = None, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers
        self.extra = extra
        if field is not None:
            self.extra["errors"] = [{"field": field, "message": detail}]


class NotFoundError(ProblemError):
    status = 404
    title = "Not found"
    slug = "not-found"


class BadCursorError(ProblemError):
    status = 400
    title = "Invalid cursor"
    slug = "invalid-cursor"


class PayloadTooLargeError(ProblemError):
    status = 413
    title = "Payload too large"
    slug = "payload-too-large"


class InvalidInputError(ProblemError):
    """Input that parsed but cannot be used; `field` names the field at fault."""

    status = 422
    title = "Validation error"
    slug = "validation-error"

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(detail, field=field)


class UnauthorizedError(ProblemError):
    status = 401
    title = "Unauthorized"
    slug = "unauthorized"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="chronicle"'})


class ConflictError(ProblemError):
    status = 409
    title = "Conflict"
    slug = "conflict"


class RateLimitedError(ProblemError):
    status = 429
    title = "Too many requests"
    slug = "rate-limited"


class ServiceUnavailableError(ProblemError):
    status = 503
    title = "Service unavailable"
    slug = "unavailable"


# Seconds a client should wait before retrying when the database cannot be reached.
DATABASE_RETRY_AFTER_S = 5


def is_database_unavailable(exc: BaseException) -> bool:
    """Errors that mean the database is down or the connection broke, not that the query was wrong."""
    if isinstance(exc, (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError)):
        return True
    if isinstance(exc, sqlalchemy.exc.PendingRollbackError):
        return True  # raised only after the connection of an open transaction was invalidated
    return isinstance(exc, sqlalchemy.exc.DBAPIError) and exc.connection_invalidated


class Problem(BaseModel):
    """The body of every error response (RFC 9457), for the OpenAPI document."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None


def _documented(description: str) -> dict[str, Any]:
    return {
        "model": Problem,
        "description": description,
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


# Declared on every operation, so the schema says what the handlers below can answer.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _documented("A valid API key is required (WWW-Authenticate: Bearer)"),
    422: _documented("The request is not valid; `errors` names each field at fault"),
    429: _documented("Rate limit exceeded; see Retry-After and the RateLimit header"),
    503: _documented("The database is unavailable or the request timed out; see Retry-After"),
    "4XX": _documented("Another client error, as problem+json"),
    "5XX": _documented("A server error, as problem+json"),
}


def problem_type(slug: str) -> str:
    return f"urn:chronicle:problem:{slug}"


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    slug: str | None = None,
    headers: dict[str, str] | None = None,
    instance: str | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": problem_type(slug) if slug else "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    """('body', 'published_at') -> 'published_at'; ('query', 'limit') -> 'limit'."""
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _domain(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            exc.status,
            exc.title,
            exc.detail,
            slug=exc.slug,
            headers=exc.headers,
            instance=request.url.path,
            **exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for err in exc.errors():
            loc = err.get("loc", ())
            message = str(err.get("msg", "invalid"))
            if err.get("type") == "json_invalid":
                message = f"Malformed JSON: {err.get('ctx', {}).get('error', message)}"
            errors.append(
                {"field": _field_name(loc), "location": loc[0] if loc else "body", "message": message}
            )
        fields = ", ".join(dict.fromkeys(e["field"] for e in errors))
        return problem_response(
            422,
            "Validation error",
            f"Invalid input in: {fields}" if fields else "Invalid input",
            slug="validation-error",
            instance=request.url.path,
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "HTTP error")
        return problem_response(
            exc.status_code,
            title,
            str(exc.detail),
            headers=getattr(exc, "headers", None),
            instance=request.url.path,
        )

    @app.exception_handler(sqlalchemy.exc.DBAPIError)
    @app.exception_handler(sqlalchemy.exc.TimeoutError)  # no pooled connection came free in time
    @app.exception_handler(sqlalchemy.exc.PendingRollbackError)  # a transaction's connection was lost
    async def _database(request: Request, exc: sqlalchemy.exc.SQLAlchemyError) -> JSONResponse:
        if isinstance(exc, sqlalchemy.exc.DataError):
            # SQLSTATE class 22: a value the database refuses, e.g. a NUL character in a query parameter.
            return problem_response(
                422,
                "Validation error",
                "A value in the request cannot be stored or searched for (e.g. it contains a NUL character).",
                slug="validation-error",
                instance=request.url.path,
            )
        if isinstance(exc, sqlalchemy.exc.DBAPIError) and not is_database_unavailable(exc):
            return await _unexpected(request, exc)
        # The driver's message, without SQLAlchemy's copy of the statement and its parameters.
        reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, reason)
        return problem_response(
            503,
            "Service unavailable",
            "The database cannot be reached; retry later.",
            slug="database-unavailable",
            headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
            instance=request.url.path,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            500,
            "Internal server error",
            "The server failed to handle this request.",
            instance=request.url.path,
        )
