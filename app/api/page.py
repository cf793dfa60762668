"""The chronology page: the static files of app/web served at /, after every API route.

The mount leaves /v1 alone, so that a wrong method or an unknown path under the API is answered by the
router (405 with the route's own Allow header, 404 as problem+json), not by the file server.
"""

from __future__ import annotations

from pathlib import Path

from fastapi.staticfiles import StaticFiles
from starlette.routing import Match, Mount
from starlette.types import Scope

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
API_PREFIX = "/v1"


class PageMount(Mount):
    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path: str = scope.get("path", "")
        if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
            return Match.NONE, {}
        return super().matches(scope)


def page_mount() -> PageMount:
    return PageMount("/", app=StaticFiles(directory=WEB_DIR, html=True), name="web")
