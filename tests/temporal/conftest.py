"""Shared anchor for the engine tests: Friday 2021-09-03 10:00 in New York (UTC-4)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.temporal import Mention, extract

NEW_YORK = ZoneInfo("America/New_York")
ANCHOR = datetime(2021, 9, 3, 10, 0, tzinfo=NEW_YORK)


def local(*args: int) -> datetime:
    """An aware New York datetime, for expected interval bounds."""
    return datetime(*args, tzinfo=NEW_YORK)  # type: ignore[misc]


@pytest.fixture
def find() -> Callable[..., list[Mention]]:
    def run(text: str, **options: object) -> list[Mention]:
        options.setdefault("narrative", False)
        return extract(text, ANCHOR, "America/New_York", **options)  # type: ignore[arg-type]

    return run


@pytest.fixture
def one(find: Callable[..., list[Mention]]) -> Callable[..., Mention]:
    """The single mention found in a text whose expression is `expected_text`."""

    def run(text: str, expected_text: str, **options: object) -> Mention:
        found = [m for m in find(text, **options) if m.text == expected_text]
        assert found, f"{expected_text!r} not found in {[m.text for m in find(text, **options)]}"
        return found[0]

    return run
