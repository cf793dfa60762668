"""Logs, request ids and Prometheus metrics: what an operator needs to see what the service is doing.

One JSON object per log line (or plain text), each carrying the id of the request it belongs to; one
access line per request; counters and histograms served at /metrics.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import anyio
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.problems import problem_response

request_id_var: ContextVar[str | None] = ContextVar("chronicle_request_id", default=None)
access_log = logging.getLogger("chronicle.access")
log = logging.getLogger("chronicle")

# An incoming X-Request-ID is kept when it is short and plain; anything else is replaced.
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

# --- metrics --------------------------------------------------------------------------------------

# With several workers each process writes its samples to files in this directory, and /metrics sums them.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

HTTP_REQUESTS = Counter(
    "chronicle_http_requests_total",
    "HTTP requests by route template and status",
    ["method", "route", "status"],
)
HTTP_LATENCY = Histogram(
    "chronicle_http_request_duration_seconds",
    "Time from request to the end of the response, by route template",
    ["method", "route"],
)
ARTICLES_INGESTED = Counter("chronicle_articles_ingested_total", "Articles newly stored")
EVENTS_INGESTED = Counter("chronicle_events_ingested_total", "Events stored with new articles")
ENGINE_SECONDS = Histogram(
    "chronicle_engine_seconds",
    "Time the temporal engine spent on one text",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


def record_ingested(events: int) -> None:
    ARTICLES_INGESTED.inc()
    EVENTS_INGESTED.inc(events)


def metrics_endpoint(_request: Request) -> Response:
    """The process's metrics, or every worker's when PROMETHEUS_MULTIPROC_DIR is set (`serve --workers N`)."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


# --- logs -----------------------------------------------------------------------------------------

_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__.keys() | {"message", "asctime", "taskName"}
)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id and any `extra` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        request_id = request_id_var.get()
        return f"{line} [{request_id}]" if request_id else line


_HANDLER_NAME = "chronicle"


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (pytest's capture swaps it), one line per record."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # under the handler's lock: handle() holds it around emit()
        super().emit(record)


def configure_logging(level: str, fmt: str) -> None:
    """Install one stderr handler on the root logger (replacing ours from an earlier call)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(handler)
    handler = StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's own access log would duplicate ours, without the request id.
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True


# --- the per-request middleware ---------------------------------------------------------------------


class RequestContext:
    """Binds a request id, bounds the time to the response's start, logs one access line, counts metrics.

    Headers other parts of the app leave in `scope["state"]["response_headers"]` (the rate limit's) are
    added to the response here, whatever route or handler produced it.
    """

    def __init__(self, app: ASGIApp, timeout_s: float) -> None:
        self.app = app
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        state: dict[str, Any] = scope.setdefault("state", {})
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                for name, value in state.get("response_headers", {}).items():
                    headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            with anyio.move_on_after(self.timeout_s) as scope_timer:
                try:
                    await self.app(scope, receive, send_with_id)
                except Exception:
                    if response_started:
                        raise
                    # Logged here, where the request id is bound, and answered with it; not re-raised.
                    log.exception("unhandled error on %s %s", scope["method"], scope.get("path"))
                    response = problem_response(
                        500,
                        "Internal server error",
                        "The server failed to handle this request.",
                        instance=scope.get("path"),
                    )
                    await response(scope, receive, send_with_id)
            if scope_timer.cancelled_caught and not response_started:
                # The route's worker thread may still finish (and commit); Idempotency-Key retries are safe.
                log.warning("request timed out after %ss", self.timeout_s)
                response = problem_response(
                    503,
                    "Request timed out",
                    f"the request did not complete within {self.timeout_s:g} s; retry it",
                    slug="timeout",
                    headers={"Retry-After": "1"},
                    instance=scope.get("path"),
                )
                await response(scope, receive, send_with_id)
        finally:
            duration = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            method = scope["method"]
            HTTP_REQUESTS.labels(method, template, str(status)).inc()
            HTTP_LATENCY.labels(method, template).observe(duration)
            access_log.info(
                "%s %s %s",
                method,
                scope.get("path"),
                status,
                extra={
                    "method": method,
                    "path": scope.get("path"),
                    "route": template,
                    "status": status,
                    "duration_ms": round(duration * 1000, 2),
                    "client": (scope.get("client") or ("", 0))[0],
                },
            )
            request_id_var.reset(token)
