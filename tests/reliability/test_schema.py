"""The app against its own OpenAPI document (schemathesis, in-process over ASGI).

Every operation, a bounded number of generated requests each (valid and invalid ones): no response is a
5xx, and every response matches the status codes, content types and schemas the document declares.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import text

from app.config import Settings, get_settings
from app.db import get_engine
from app.main import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
CASES: Counter[str] = Counter()


# Built once at import without touching a database: the routes find theirs through get_engine() at
# request time, which the `schema_database` fixture points at a migrated SQLite file.
APP = create_app(Settings(migrate_on_start=False))
schema = schemathesis.openapi.from_dict(APP.openapi())
schema.app = APP


@pytest.fixture
def schema_database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield
    with get_engine().begin() as conn:  # the session's SQLite file is shared with the other tests
        conn.execute(text("DELETE FROM article"))
        conn.execute(text("DELETE FROM idempotency_key"))
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_as_its_schema_says(case, schema_database) -> None:
    CASES[f"{case.method} {case.path}"] += 1
    response = case.call()
    case.validate_response(response, checks=CHECKS)


def test_report_how_many_cases_ran() -> None:
    """Printed with `pytest -s`: the number of generated requests per operation."""
    total = sum(CASES.values())
    print(f"\nschemathesis: {total} cases over {len(CASES)} operations")
    for operation, count in sorted(CASES.items()):
        print(f"  {count:4d}  {operation}")
