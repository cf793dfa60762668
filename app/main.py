"""The FastAPI application: middleware, routers, problem+json handlers, and migrations at start-up."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.api import articles, batch, events, exports, health, normalize, timeline
from app.api.page import page_mount
from app.config import Settings, get_settings
from app.idempotency import Idempotency
from app.middleware import BodySizeLimit
from app.migrate import upgrade_database
from app.observability import RequestContext, configure_logging, metrics_endpoint
from app.problems import PROBLEM_RESPONSES, install_problem_handlers
from app.ratelimit import build_limiter
from app.security import authorize

log = logging.getLogger("chronicle")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.migrate_on_start:
            upgrade_database(settings.database_url)
        yield

    app = FastAPI(
        title="Chronicle",
        version=__version__,
        description="Time expressions in news, resolved to absolute intervals, served as a timeline.",
        lifespan=lifespan,
        dependencies=[Depends(authorize)],  # keys on writes, rate limit: see app/security.py
        responses=PROBLEM_RESPONSES,
    )
    install_problem_handlers(app)
    configure_logging(settings.log_level, settings.log_format)
    app.state.rate_limiter = build_limiter(settings.rate_limit, settings.redis_url)
    # Outermost last: RequestContext, CORS, BodySizeLimit, Idempotency, then the routes.
    app.add_middleware(
        Idempotency, ttl_hours=settings.idempotency_ttl_hours, stale_after_s=2 * settings.request_timeout_s
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
            expose_headers=[
                "Location",
                "RateLimit",
                "RateLimit-Policy",
                "Retry-After",
                "X-Request-ID",
                "Idempotent-Replayed",
            ],
        )
    app.add_middleware(RequestContext, timeout_s=settings.request_timeout_s)
    for module in (articles, events, timeline, normalize, exports):
        app.include_router(module.router)
    app.include_router(batch.router)
    app.include_router(health.router)
    app.add_route("/metrics", metrics_endpoint, include_in_schema=False)
    # The chronology page; mounted last so that /v1, /docs and /openapi.json match first.
    app.router.routes.append(page_mount())
    return app
