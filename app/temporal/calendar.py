"""Calendar arithmetic for the resolver and detectors: local calendar periods as naive datetime spans,
and the ISO-TimeML value strings that name them.

Spans are naive local datetimes (start, end exclusive); `Resolver.mention` turns them into UTC. Any
function here may raise ValueError or OverflowError for years outside 1..9999; the resolver catches
those and drops the interval rather than failing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

from app.temporal.lexicon import PART_OF_DAY_HOURS, SEASON_START_MONTH
from app.temporal.mention import Granularity

Span = tuple[datetime, datetime]


def _midnight(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def day_span(d: date, days: int = 1) -> Span:
    start = _midnight(d)
    return start, start + timedelta(days=days)


def month_span(year: int, month: int, months: int = 1) -> Span:
    end_year, end_month = add_months(year, month, months)
    return datetime(year, month, 1), datetime(end_year, end_month, 1)


def year_span(year: int, years: int = 1) -> Span:
    return datetime(year, 1, 1), datetime(year + years, 1, 1)


def week_start(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def weekday_after(d: date, weekday: int) -> date:
    """The first day after `d` that falls on the ISO weekday `weekday` (1 = Monday)."""
    return d + timedelta(days=(weekday - d.isoweekday() - 1) % 7 + 1)


def weekday_before(d: date, weekday: int) -> date:
    """The last day before `d` that falls on the ISO weekday `weekday` (1 = Monday)."""
    return d - timedelta(days=(d.isoweekday() - weekday - 1) % 7 + 1)


def week_span(d: date, weeks: int = 1) -> Span:
    start = _midnight(week_start(d))
    return start, start + timedelta(weeks=weeks)


def weekend_saturday(d: date) -> date:
    """The Saturday of the weekend `d` is in, or of the one after it for a weekday."""
    return week_start(d) + timedelta(days=5)


def weekend_span(d: date) -> Span:
    return day_span(weekend_saturday(d), 2)


def quarter_span(year: int, quarter: int) -> Span:
    return month_span(year, 3 * (quarter - 1) + 1, 3)


def half_span(year: int, half: int) -> Span:
    return month_span(year, 6 * (half - 1) + 1, 6)


def season_span(year: int, code: str) -> Span:
    """Meteorological seasons. Winter is named by the year of its January, as in climate records and in
    histories ("the winter" after "the autumn of 1775" is 1776-WI): YYYY-WI runs from December YYYY-1 to the
    end of February YYYY."""
    return month_span(year - 1 if code == "WI" else year, SEASON_START_MONTH[code], 3)


def part_of_day_span(d: date, code: str) -> Span:
    lo, hi = PART_OF_DAY_HOURS[code]
    start = _midnight(d)
    return start + timedelta(hours=lo), start + timedelta(hours=hi)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n = -1 for the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    next_year, next_month = add_months(year, month, 1)
    last = date(next_year, next_month, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def fuzzy_span(span: Span, mod: str | None) -> Span:
    """The part of a span that a START/MID/END modifier points at: its first, middle or last third, with
    the cuts on whole units a reader would use: years in a decade or century ("the early 1990s" is
    1990–1992), months in a year or a quarter ("early 2020" is January–April), days in a month or a week
    ("mid-October" is the 11th to the 20th), hours in a day."""
    start, end = span
    if mod not in ("START", "MID", "END"):
        return span
    third = (end - start) / 3
    first, second = _snap(start + third, end - start), _snap(end - third, end - start)
    if mod == "START":
        return start, first
    if mod == "MID":
        return first, second
    return second, end


def _snap(moment: datetime, width: timedelta) -> datetime:
    """`moment` rounded to the nearest start of a year, month, day or hour, by the width of the span cut."""
    if width >= timedelta(days=5 * 365):
        return datetime(moment.year + (moment.month > 6), 1, 1)
    if width >= timedelta(days=80):
        month = datetime(moment.year, moment.month, 1)
        next_year, next_month = add_months(moment.year, moment.month, 1)
        following = datetime(next_year, next_month, 1)
        return following if following - moment < moment - month else month
    if width >= timedelta(days=2):
        return _midnight(moment.date()) + timedelta(days=moment.hour >= 12)
    return moment.replace(minute=0, second=0, microsecond=0) + timedelta(hours=moment.minute >= 30)


# ---- ISO-TimeML values -------------------------------------------------------------------------------


def year_value(year: int) -> str:
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def week_value(d: date) -> str:
    iso_year, iso_week, _ = d.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def shift_months(d: date, months: int) -> date:
    year, month = add_months(d.year, d.month, months)
    day = min(d.day, 28)
    candidate = date(year, month, day)
    for full in (31, 30, 29):
        if d.day >= full:
            try:
                return date(year, month, full)
            except ValueError:
                continue
    return candidate


# ---- periods named by a unit ---------------------------------------------------------------------


def decade_value(year: int) -> str:
    return f"{year // 10:03d}X"


def century_value(year: int) -> str:
    """ISO-TimeML century: "19" for the 20th century (the years 1900-1999)."""
    return f"{year // 100:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def period_of(day: date, unit: str) -> tuple[str, Span, Granularity]:
    """The calendar period of the given unit that contains `day`: its value, span and granularity."""
    if unit in ("day", "night"):
        return day_value(day), day_span(day), Granularity.DAY
    if unit == "week":
        return week_value(day), week_span(day), Granularity.WEEK
    if unit == "weekend":
        return week_value(day) + "-WE", weekend_span(day), Granularity.DAY
    if unit == "month":
        return month_value(day.year, day.month), month_span(day.year, day.month), Granularity.MONTH
    if unit == "quarter":
        q = quarter_of(day)
        return f"{day.year:04d}-Q{q}", quarter_span(day.year, q), Granularity.QUARTER
    if unit == "year":
        return year_value(day.year), year_span(day.year), Granularity.YEAR
    if unit == "decade":
        first = day.year - day.year % 10
        return decade_value(first), year_span(first, 10), Granularity.DECADE
    if unit == "century":
        first = day.year - day.year % 100
        return century_value(first), year_span(first, 100), Granularity.CENTURY
    raise ValueError(unit)


# Years in the units longer than a year, which count in years: "a decade ago", "the past half-century".
YEARS_IN: Final = {"decade": 10, "century": 100}


def shift(day: date, n: int, unit: str) -> date:
    """`day` moved by n units (negative: back); months and longer keep the day of the month if they can."""
    if unit in ("day", "night"):
        return day + timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=n)
    if unit == "month":
        return shift_months(day, n)
    if unit == "quarter":
        return shift_months(day, 3 * n)
    if unit == "year":
        return shift_year(day, n)
    if unit in YEARS_IN:
        return shift_year(day, YEARS_IN[unit] * n)
    raise ValueError(unit)
