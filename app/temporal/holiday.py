"""Holidays with fixed or computable dates (lexicon.HOLIDAYS): Christmas, New Year's Eve, the Fourth of July,
Labor Day, Thanksgiving, Black Friday, Easter (computus), Good Friday, (US) Election Day...; and those of
lunar and lunisolar calendars (lexicon.CALENDAR_HOLIDAYS: the Lunar New Year, Eid al-Fitr, Diwali, Passover,
Yom Kippur, Hanukkah...), whose dates come from the `holidays` package; a holiday of several days is its first
day. Independence Day and Thanksgiving are the country's own where the article's time zone says which country
(lexicon.LOCAL_HOLIDAYS), else the US ones. Without a year the tense decides, as for a month-day: the previous
occurrence in the past tense, the next in the future, the nearest otherwise; "last"/"next" take the
previous/next one strictly before/after the publication day; "every Christmas" is a set (XXXX-12-25) for a
holiday on one date each year."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from app.temporal.calendar import day_span, easter, nth_weekday, week_start, week_value, weekday_before
from app.temporal.lexicon import (
    CALENDAR_HOLIDAY_EVES,
    CALENDAR_HOLIDAYS,
    CALENDAR_TABLE_YEARS,
    HOLIDAYS,
    LOCAL_HOLIDAYS,
    STEPS,
)
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.part_of_day import part_mention
from app.temporal.patterns import (
    DAY_NUMBER,
    FALLS_ON_AFTER,
    MONTH_WORD,
    WEEKDAY_WORD,
    YEAR_NUMBER,
    Detector,
    compile_pattern,
    weekday_number,
)
from app.temporal.resolver import Resolver, Tense, nearest_by_tense

_NAMES = "|".join(
    re.escape(name).replace("'", "['’]?").replace(r"\ ", r"\s+")
    for name in sorted(
        {*HOLIDAYS, *CALENDAR_HOLIDAYS, *CALENDAR_HOLIDAY_EVES, *(local for _, local, _ in LOCAL_HOLIDAYS)},
        key=len,
        reverse=True,
    )
)
PATTERN: Final = compile_pattern(
    rf"\b(?:(?P<rel>last|next|this|every|each)\s+)?(?P<name>{_NAMES})(?![a-z])(?:\s*,?\s*(?:of\s+)?(?P<year>{YEAR_NUMBER}))?"
    r"(?:\s+(?P<week>week)|\s+(?P<weekend>weekend)|\s+(?P<part>morning|afternoon|evening|night))?(?![a-z])"
)
_APOSTROPHES: Final = re.compile(r"['’]")
_IN_YEAR_AFTER: Final = re.compile(
    rf"(?:\s+(?:holiday|holidays|celebrations?|festivities|weekend))?\s+(?:in|of)\s+(?P<year>{YEAR_NUMBER})"
)
# Its date or its year after a holiday, which give its year: "Independence Day, July 4, 2026", "Canada Day on
# July 1 next year", "Christmas Day last year".
_YEAR_LATER_AFTER: Final = re.compile(
    rf"(?:,?\s+(?:on\s+)?{MONTH_WORD}\.?\s+{DAY_NUMBER})?"
    rf"(?:,?\s+(?P<year>{YEAR_NUMBER})|\s+(?P<rel>this|next|last)\s+year(?![a-z'’-]))"
)
# The weekday a holiday falls on, written after it: "Thanksgiving Monday", "Memorial Day Monday" (checked to
# be its weekday; not "Labor Day Monday night", the weekday's part of the day).
_OWN_WEEKDAY_AFTER: Final = re.compile(
    rf"\s+(?P<weekday>{WEEKDAY_WORD})(?![a-z'’]|\s+(?:morning|afternoon|evening|night)\b)", re.IGNORECASE
)
# A holiday kept, in the past tense: "Kerala celebrated Onam", "as families marked Diwali"; one gone by.
_CELEBRATED_BEFORE: Final = re.compile(
    r"\b(?:celebrated|marked|observed|commemorated|spent|kept|honou?red)\s+(?:the\s+|their\s+|its\s+)?$",
    re.IGNORECASE,
)

_OTHER_NEW_YEAR_BEFORE: Final = re.compile(
    r"\b(?:Chinese|Lunar|Jewish|Persian|Iranian|Islamic|Hijri|Tamil|Thai|Sikh|Hindu|Vietnamese|Korean|Tibetan"
    r"|Bengali|Nepali|Orthodox|Julian|Ethiopian|Sinhala)\s+$"
)


def holiday_dates(name: str, year: int, zone: str = "") -> list[date]:
    """The days the holiday begins on in a year (two for Eid in a year the Islamic calendar laps), or none
    if the name is unknown or the year out of range; `zone` (an IANA name) picks a country's own date
    (lexicon.LOCAL_HOLIDAYS)."""
    key = re.sub(r"\s+", " ", _APOSTROPHES.sub("'", name.lower()))
    if key in CALENDAR_HOLIDAYS:
        return _calendar_holiday_dates(*CALENDAR_HOLIDAYS[key], year)
    if key in CALENDAR_HOLIDAY_EVES:
        days = _calendar_holiday_dates(*CALENDAR_HOLIDAYS[CALENDAR_HOLIDAY_EVES[key]], year)
        return [d - timedelta(days=1) for d in days]
    day = holiday_date(name, year, zone)
    return [] if day is None else [day]


def _calendar_holiday_dates(region: str, holiday: str, year: int) -> list[date]:
    """First days of a holiday of a lunar or lunisolar calendar that begin in `year`, from the `holidays`
    package's list for `region`, a country or a part of one ("MY-10"; imported on first use: it is large, and
    most texts need none of it)."""
    import holidays

    country, _, subdivision = region.partition("-")
    first, last = CALENDAR_TABLE_YEARS.get(country, (1, 9999))
    if not first <= year <= last:
        return []  # the package warns (a global, so not thread-safe to silence) and gives no days
    try:
        listed = holidays.country_holidays(
            country,
            subdiv=subdivision or None,
            years=[y for y in (year - 1, year) if y >= first],
            categories=getattr(holidays, country).supported_categories,
            language="en_US",
        )
    except (NotImplementedError, ValueError, KeyError):  # pragma: no cover - a name the package dropped
        return []
    days = set(listed.get_named(holiday, lookup="exact"))
    return sorted(d for d in days if d.year == year and d - timedelta(days=1) not in days)


def holiday_date(name: str, year: int, zone: str = "") -> date | None:
    """The holiday's (first) date in a year, or None if the name is unknown or the year out of range."""
    key = re.sub(r"\s+", " ", _APOSTROPHES.sub("'", name.lower()))
    if key in CALENDAR_HOLIDAYS or key in CALENDAR_HOLIDAY_EVES:
        return next(iter(holiday_dates(name, year)), None)
    rule = next(
        (rule for zones, local, rule in LOCAL_HOLIDAYS if local == key and zone.startswith(zones)), None
    ) or (
        HOLIDAYS.get(key) or HOLIDAYS.get(key.replace("'", "")) or HOLIDAYS.get(key.replace("s ", "'s ", 1))
    )
    if rule is None:
        return None
    try:
        if rule[0] == "fixed":
            return date(year, rule[1], rule[2])
        if rule[0] == "nth":
            return nth_weekday(year, rule[1], rule[2], rule[3])
        if rule[0] == "day_after_nth":
            return nth_weekday(year, rule[1], rule[2], rule[3]) + timedelta(days=1)
        if rule[0] == "weekday_before":
            return weekday_before(date(year, rule[1], rule[2]), rule[3])
        if rule[0] == "thanksgiving":
            return nth_weekday(year, 11, 4, 4) + timedelta(days=rule[1])
        return easter(year) + timedelta(days=rule[1])
    except (ValueError, OverflowError):
        return None


# Things and places named after a holiday, which are no day: "Christmas trees", "Christmas cards", "Christmas
# Island" (but an "Easter egg hunt" is held on a day).
_THING_AFTER: Final = re.compile(
    r"\s+(?:trees?|cards?|carols?|decorations|lights|jumpers?|sweaters?|crackers?|puddings?|wreaths?|stockings?"
    r"|ornaments?|eggs?(?!\s+(?:hunts?|rolls?)\b)|bunny|bunnies|Islands?)\b"
)
# The United States named before a holiday in its sentence, which then has its US date.
_US_BEFORE: Final = re.compile(r"\b(?:U\.S\.|US\b|USA\b|Americans?\b|United\s+States\b)")


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    name = m["name"]
    if (
        not name[0].isupper()
        and not name.lower().startswith("the")
        and not name.lower().endswith("bank holiday")
    ):
        return []  # "spring bank holiday" is often written in lower case, "easter" is no holiday
    start, end = m.start(), m.end()
    if _THING_AFTER.match(resolver.text, end):
        return []  # "Real Christmas trees can be left beside green bins": a kind of thing, no day
    if name.lower().startswith("new") and _OTHER_NEW_YEAR_BEFORE.search(
        resolver.text, max(0, start - 12), start
    ):
        return []  # "the Lunar New Year", "Jewish New Year": another calendar's
    rel = (m["rel"] or "").lower()
    zone = resolver.zone_name
    if zone and _US_BEFORE.search(resolver.text, resolver.sentence_around(start, end, 120)[0], start):
        zone = ""  # "U.S. investors will be away for Thanksgiving", written in Toronto: the US date
    if rel in ("every", "each"):
        # "Every Christmas will be a reminder": a set, for a holiday on one date each year
        first, second = holiday_date(name, 2001, zone), holiday_date(name, 2002, zone)
        if (
            m["year"]
            or m["week"]
            or m["weekend"]
            or first is None
            or second is None
            or first.day != second.day
        ):
            return []
        return [resolver.mention(start, end, TimexType.SET, f"XXXX-{first.month:02d}-{first.day:02d}")]
    in_year = _IN_YEAR_AFTER.match(resolver.text, end)
    if m["year"]:
        day = holiday_date(name, int(m["year"]), zone)
        anchoring = Anchoring.ABSOLUTE
    elif in_year is not None:  # "the Fourth of July holiday in 2001": that year's, the year read on its own
        day = holiday_date(name, int(in_year["year"]), zone)
        anchoring = Anchoring.ABSOLUTE
    elif not rel and (later := _YEAR_LATER_AFTER.match(resolver.text, end)) is not None:
        if later["year"]:  # "Independence Day, July 4, 2026"
            day, anchoring = holiday_date(name, int(later["year"]), zone), Anchoring.ABSOLUTE
        else:  # "Christmas Day next year", "Canada Day on July 1 next year"
            ref = resolver.reference()
            day = holiday_date(name, ref.day.year + STEPS[later["rel"].lower()], zone)
            anchoring = ref.derived_anchoring
            if later.group().split()[0].lower() in STEPS:
                end = later.end()  # "New Year's Eve last year": one date, as "Oct. 23 last year" is
    else:
        ref = resolver.reference()
        anchoring = ref.derived_anchoring
        base = ref.day
        candidates = [
            d for y in (base.year - 1, base.year, base.year + 1) for d in holiday_dates(name, y, zone)
        ]
        if not candidates:
            return []
        # (a holiday new since or dropped before the reference year is read by its nearest year's date: the
        # Matariki holiday, first kept in 2022, named in 2021)
        this_year = next((d for d in candidates if d.year == base.year), candidates[0])
        if rel == "last":
            day = max((d for d in candidates if d < base), default=None)
        elif rel == "next":
            day = min((d for d in candidates if d > base), default=None)
        elif ref.anchoring is not Anchoring.PUBLICATION:
            day = holiday_date(name, base.year, zone)
        elif (framed := resolver.frame_year(start, this_year.month)) is not None:
            # "In 2020, Election Day fell on Nov. 3"
            day, anchoring = holiday_date(name, framed, zone), Anchoring.NARRATIVE
        elif (tense := resolver.tense(start, end)) is Tense.PAST and (
            dated := resolver.dated_year(this_year.month, this_year.day)
        ) is not None:
            # "on Christmas Eve 2024 ... died in the early hours of Christmas Day"
            day, anchoring = holiday_date(name, dated, zone), Anchoring.NARRATIVE
        else:
            # slack: "as Easter week began", written days before Easter, is this year's, not last year's; and
            # a holiday ahead that passed days ago is that one ("kept rising ahead of the Eid al-Adha
            # holiday", written the day after it)
            # (but not one done or begun on the holiday, "prices have doubled since Independence Day", nor one
            # kept: "Kerala celebrated Onam", written weeks before this year's)
            kept = _CELEBRATED_BEFORE.search(resolver.text, max(0, start - 20), start) is not None
            slack = 0 if kept or resolver.done_on(start) else 75
            day = nearest_by_tense(candidates, base, tense, slack=slack, just_passed=True)
        falls = FALLS_ON_AFTER.match(resolver.text, end) if rel not in ("last", "next") else None
        if day is not None and falls is not None and day.isoweekday() != weekday_number(falls["weekday"]):
            # "Christmas Day falls on a Thursday this year": the nearest one that does
            wanted = weekday_number(falls["weekday"])
            day = min(
                (d for d in candidates if d.isoweekday() == wanted),
                key=lambda d: abs((d - base).days),
                default=day,
            )
    if day is None:
        return []
    if m["part"]:  # "early Christmas morning", "on New Year's Eve night"
        return [part_mention(resolver, start, end, day, m["part"], anchoring)]
    if m["week"]:  # "Easter week", "Christmas week": the week the holiday falls in
        return [resolver.period_mention(start, end, day, "week", anchoring)]
    if m["weekend"]:
        # "the Labor Day weekend", "Easter weekend": the weekend next to the holiday, the holiday included
        saturday = week_start(day - timedelta(days=7 if day.isoweekday() <= 3 else 0)) + timedelta(days=5)
        first, last = min(saturday, day), max(saturday + timedelta(days=1), day)
        return [
            resolver.mention(
                start,
                end,
                TimexType.DATE,
                week_value(saturday) + "-WE",
                span=day_span(first, (last - first).days + 1),
                granularity=Granularity.DAY,
                anchoring=anchoring,
            )
        ]
    if (own := _OWN_WEEKDAY_AFTER.match(resolver.text, end)) and weekday_number(
        own["weekday"]
    ) == day.isoweekday():
        end = own.end()  # "Thanksgiving Monday", in Canada
    return [resolver.day_mention(start, end, day, anchoring)]


DETECTOR: Final = Detector("holiday", PATTERN, interpret)
