"""The FastAPI application: middleware, routers, problem+json handlers, and migrations at start-up."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import __version__
from app.api import articles, events, normalize, timeline
from app.config import Settings, get_settings
from app.middleware import BodySizeLimit
from app.migrate import upgrade_database
from app.problems import install_problem_handlers

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
    )
    install_problem_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    for module in (articles, events, timeline, normalize):
        app.include_router(module.router)
    return app
