"""Who may call what: bearer keys on writes (and on reads with CHRONICLE_READ_AUTH), then the rate limit.

One dependency on the whole app decides for every /v1 route from its method, so a new write route is
protected without anyone remembering to. POST /v1/normalize stores nothing and counts as a read.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.config import Settings, get_settings
from app.problems import RateLimitedError, UnauthorizedError
from app.ratelimit import RateLimiter

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# POST routes that store nothing: they are reads, open like GET unless CHRONICLE_READ_AUTH is set.
READ_ONLY_POSTS = frozenset({"/v1/normalize"})
PROTECTED_PREFIX = "/v1/"

bearer = HTTPBearer(
    auto_error=False,
    description="One of CHRONICLE_API_KEYS; required on writes when keys are configured",
)


@dataclass(frozen=True, slots=True)
class Caller:
    """`identity` names the caller without revealing the key: `key:<sha256 prefix>` or `addr:<ip>`."""

    identity: str
    authenticated: bool


def key_identity(key: str) -> str:
    return "key:" + hashlib.sha256(key.encode()).hexdigest()[:16]


def is_write(method: str, route_path: str) -> bool:
    return method in WRITE_METHODS and route_path not in READ_ONLY_POSTS


def key_is_valid(key: str, keys: list[str]) -> bool:
    """Compared with every configured key in constant time, so neither timing nor order leaks which."""
    given = key.encode()
    matched = False
    for candidate in keys:
        matched |= hmac.compare_digest(given, candidate.encode())
    return matched


def authorize(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Caller:
    route_path: str = getattr(request.scope.get("route"), "path", request.url.path)
    if not route_path.startswith(PROTECTED_PREFIX):
        return Caller("public", authenticated=False)
    key = credentials.credentials if credentials else None
    valid = key is not None and bool(settings.api_keys) and key_is_valid(key, settings.api_keys)
    needs_key = bool(settings.api_keys) and (is_write(request.method, route_path) or settings.read_auth)
    client = request.client.host if request.client else "unknown"
    caller = Caller(key_identity(key) if valid and key else f"addr:{client}", authenticated=valid)
    # Counted before the key is judged, so guessing keys from one address runs into the limit too.
    limiter: RateLimiter | None = getattr(request.app.state, "rate_limiter", None)
    if limiter is not None:
        decision = limiter.check(caller.identity)
        # Added to whatever response this request gets, 429 included, by observability.RequestContext.
        request.scope.setdefault("state", {})["response_headers"] = decision.headers()
        if not decision.allowed:
            raise RateLimitedError(
                f"more than {decision.limit} requests in {decision.window_s} s; retry in {decision.reset_s} s"
            )
    if needs_key and not valid:
        raise UnauthorizedError(
            "a valid API key is required: send Authorization: Bearer <key>"
            if key is None
            else "the API key is not valid"
        )
    return caller


CallerDep = Annotated[Caller, Depends(authorize)]
