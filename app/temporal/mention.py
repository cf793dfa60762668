"""The engine's output types: a time expression found in text, its TIMEX3 annotation and its interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How precise an interval is, coarsest first; the order is used by the timeline's `coarsest` filter."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    SEASON = "season"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"

    @property
    def rank(self) -> int:
        """0 for the coarsest (century), growing as the granularity gets finer."""
        return _GRANULARITY_RANK[self]


_GRANULARITY_RANK: Final = {g: i for i, g in enumerate(Granularity)}


class Anchoring(StrEnum):
    """What an expression's interval was computed from."""

    ABSOLUTE = "absolute"  # the text alone fixes it ("September 1, 2021", "the 1990s")
    PUBLICATION = "publication"  # relative to the publication time ("yesterday", "last week")
    NARRATIVE = "narrative"  # relative to the last date in the discourse ("two days later")


@dataclass(frozen=True, slots=True)
class Timex:
    """ISO-TimeML TIMEX3 attributes."""

    type: TimexType
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression at text[start:end] (code-point offsets).

    `interval_start`/`interval_end` are aware UTC datetimes, end exclusive, or both None when the
    expression cannot be placed on a timeline (a bare duration, a set, an unresolvable reference).
    `granularity` is None exactly when there is no interval.
    """

    text: str
    start: int
    end: int
    timex: Timex
    interval_start: datetime | None
    interval_end: datetime | None
    granularity: Granularity | None
    anchor: Anchoring

    @property
    def has_interval(self) -> bool:
        return self.interval_start is not None and self.interval_end is not None
