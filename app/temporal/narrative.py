"""Expressions anchored on the discourse rather than the publication: "the next day", "the following
week", "the day before", "the week after", "two days later", "a year earlier", "hours later", "that evening",
"that year", "the same day", "in the morning"; after a clock time, "30 minutes later" is a time.

They resolve against the most recent date in the text (Anchoring.NARRATIVE); with no date before them,
against the publication time. A "year earlier" in a text about a quarter is that quarter a year before
(financial news: "profit rose from a year earlier").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from app.temporal.calendar import day_value, part_of_day_span, season_span, shift
from app.temporal.lexicon import PARTS_OF_DAY, SEASONS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.part_of_day import MODIFIER_BEFORE, part_mention
from app.temporal.patterns import NUMBER, UNIT_WORD, Detector, compile_pattern, parse_number, unit_count
from app.temporal.period import NOT_A_SEASON_AFTER, season_mention
from app.temporal.resolver import Reference, Resolver, Tense

_UNIT = (
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade"
    r"|century|summer|spring|fall|autumn|winter)"
)

PATTERN: Final = compile_pattern(
    r"\b(?:"
    rf"the\s+(?P<rel>following|next|previous|preceding|same|prior|subsequent)\s+(?P<unit>{_UNIT})(?![a-z])"
    r"|the\s+(?P<bunit>day|week|weekend|month|year|night|morning|evening|afternoon)\s+(?P<before>before|after)"
    r"(?!\s+(?:yesterday|tomorrow))(?![a-z-])"
    # "Hours later, crews arrived": the story's day
    r"|(?P<hours>hours|minutes|moments)\s+(?P<hdir>later|earlier|afterwards?)(?![a-z])"
    rf"|(?P<mod>(?:about|nearly|almost|roughly|some|around|just|only|more\s+than|less\s+than|(?:just\s+|well\s+)?over)\s+)?"
    rf"(?P<n>{NUMBER})[\s-]+(?P<unit2>{UNIT_WORD})\s+(?P<dir>later|earlier|afterwards?|before|after|on(?=\s*,))(?![a-z])"
    # not "talks held over two days earlier this month": "earlier" is this month's
    r"(?!\s+(?:this|that|last|next)\s+(?:week|weekend|month|year|quarter|decade|spring|summer|fall|autumn|winter)\b)"
    rf"|(?P<that>that|this\s+same|that\s+same)\s+(?P<unit3>{_UNIT})(?![a-z])"
    r"|(?P<yago>year-(?:earlier|ago))(?![a-z])"
    # "In the morning, the division landed", "by mid-afternoon": a part of the story's day
    # (AP style writes "midafternoon", "midmorning" as one word)
    r"|(?:the\s+|mid(?=(?:morning|afternoon|evening)(?![a-z])))?"
    r"(?P<part>morning|afternoon|evening)(?![a-z]|['’]s|\s+(?:of|hours|paper|edition|news|show)\b)"
    r")"
)
# What must come before a part of the day for it to be a time: a preposition before "the", a modifier before
# the bare word (part_of_day.MODIFIER_BEFORE).
_PREPOSITION_BEFORE: Final = re.compile(
    # also "for much of the afternoon", "the rest of the evening", "at the end of the afternoon", and as the
    # object of time spent: "staff spent the evening checking every result"
    r"\b(?:in|into|during|by|through|throughout|until|till|spent|spend|spends|spending"
    r"|(?:much|most|part|rest|all|end|start|beginning|middle)\s+of)\s+$",
    re.IGNORECASE,
)
# ... or "by" and "until" when nothing qualifies it after: "By evening, 212 flights had been cancelled",
# "rescuers dug until morning" (not "by morning light").
_UNTIL_BEFORE: Final = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)
_BARE_PART_END: Final = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|$|(?:and|or|but|when|as|on|in|at|the|a|an|it|they|he|she|we|there)\b)",
    re.IGNORECASE,
)
# A part of a day joined to one written before it: "on Monday afternoon and evening".
_PART_AND_BEFORE: Final = re.compile(
    r"\b(?P<first>morning|afternoon|evening|night)\s+(?:and|or|into)\s+(?:(?:early|late)\s+)?$", re.IGNORECASE
)
_THAN_AFTER: Final = re.compile(r"\s+than\b", re.IGNORECASE)
_CARE_AFTER: Final = re.compile(r"[\s-]*care\b", re.IGNORECASE)
_CLAUSE_END: Final = re.compile(r"\s*(?:[,.;:!?)]|and\b|but\b|$)")


# "the same day in 2020", "the same quarter of 2019": the story's day or quarter, in that year
_IN_YEAR_AFTER: Final = re.compile(r"\s+(?:of|in)\s+(?P<year>[12][0-9]{3})(?![0-9]|[-/–][0-9])")
# ... and "the same month last year", "the same day a year earlier": in the year before the story's
_YEAR_BACK_AFTER: Final = re.compile(
    r"\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)(?![a-z'’-])",
    re.IGNORECASE,
)


def _same_in_year(resolver: Resolver, start: int, end: int, unit: str, year: int | None) -> list[Mention]:
    """ "Demand on the Fourth of July was 20% higher than on the same day in 2020": the story's day (week,
    month, quarter) in the year written after it (2020-07-04), or in the year before the story's when `year`
    is None, a yardstick that does not move the story; nothing to tell it by if the story is not known to
    that unit, or if the unit is coarser."""
    if unit not in ("day", "week", "month", "quarter"):
        return []
    precision = _UNIT_PRECISION[unit]
    ref = resolver.reference(narrative_expression=True, at=start, unit=precision)
    if ref.granularity.rank < precision.rank:
        return []
    try:
        day = ref.day.replace(year=ref.day.year - 1 if year is None else year)
    except ValueError:
        return []  # February 29 in a common year
    resolver.event_day(start)  # a yardstick: the story stays where it was
    anchoring = Anchoring.NARRATIVE if year is None else Anchoring.ABSOLUTE
    return [resolver.period_mention(start, end, day, unit, anchoring)]


def _known_part(ref: Reference, unit: str, n: int) -> str:
    """A day or week value with what the reference fixes: 1915-XX-XX, 1915-WXX, and for "the same day" in
    a month 1915-06-XX; XXXX when the reference is coarser than a year."""
    if ref.granularity.rank < Granularity.YEAR.rank:
        return "XXXX-XX-XX" if unit == "day" else "XXXX-WXX"
    year = f"{ref.day.year:04d}"
    if unit == "week":
        return year + "-WXX"
    if n == 0 and ref.granularity.rank >= Granularity.MONTH.rank:
        return f"{year}-{ref.day.month:02d}-XX"
    return year + "-XX-XX"


def _season_year(ref: Reference, code: str, n: int) -> int:
    """The year of "that spring" (the story's year), "the following spring" (the first to begin after the
    story's date, or the next year's after a whole year: "in late 1994 ... the following spring" is 1995) and
    "the previous spring" (the last to end before it)."""
    year = ref.day.year
    if n == 0:
        return year
    if ref.granularity.rank <= Granularity.YEAR.rank:
        return year + n
    if n > 0:
        while season_span(year, code)[0].date() <= ref.day:
            year += 1
    else:
        while season_span(year, code)[1].date() > ref.day:
            year -= 1
    return year


_UNIT_PRECISION: Final = {g.value: g for g in Granularity}


def _resolve(resolver: Resolver, m: re.Match[str], start: int, end: int, n: int, unit: str) -> list[Mention]:
    precision = _UNIT_PRECISION.get(unit, Granularity.SEASON if unit in SEASONS else Granularity.DAY)
    ref = resolver.reference(narrative_expression=True, at=start, unit=precision)
    if unit == "decade" and n == 0:
        # "The better parallel may be the 1970s. In that decade, ...": the decade just written, though a
        # decade is no story date
        written = resolver.written_in_sentence(start, previous=True)
        if written is not None and written.reference.granularity is Granularity.DECADE:
            ref = written.reference
    anchoring = Anchoring.NARRATIVE if ref.anchoring is Anchoring.NARRATIVE else Anchoring.PUBLICATION
    if unit in PARTS_OF_DAY:
        days = [
            d for d in (resolver.last_day(), resolver.told()) if d is not None and d.day.year == ref.day.year
        ]
        if ref.granularity.rank < Granularity.DAY.rank and days:
            # "said on Wednesday it would sell them to those who sign up by the end of the year. It published
            # the price list that evening": only a day has an evening, the story's or the day it was told,
            # the later of the two in the same year
            ref = max(days, key=lambda d: d.day)
        if ref.granularity.rank < Granularity.DAY.rank:
            value = _known_part(ref, "day", n) + "T" + PARTS_OF_DAY[unit][0]
            return [resolver.mention(start, end, TimexType.TIME, value, anchoring=anchoring)]
        day = shift(ref.day, n, "day")
        return [part_mention(resolver, start, end, day, unit, anchoring)]
    if unit in SEASONS:
        if NOT_A_SEASON_AFTER.match(resolver.text, end):
            return []  # "the next Summer Games"
        code = resolver.season(SEASONS[unit][0])
        return [season_mention(resolver, start, end, _season_year(ref, code, n), code, anchoring)]
    needed = {"day": Granularity.DAY, "week": Granularity.WEEK, "weekend": Granularity.WEEK}.get(unit)
    if needed is not None and ref.granularity.rank < needed.rank and ref.granularity is not Granularity.WEEK:
        # "four days later" after "in 1915": some day of 1915 (1915-XX-XX), as far as the story is known
        value = _known_part(ref, "day" if unit == "day" else "week", n)
        return [resolver.mention(start, end, TimexType.DATE, value, anchoring=anchoring)]
    if (
        unit == "year"
        and n != 0
        and not (
            (written := resolver.written_in_sentence(start))
            and written.reference.granularity in (Granularity.YEAR, Granularity.MONTH)
        )
        and (reported := resolver.reported_mention(start, end, n, anchoring)) is not None
    ):
        # "a year earlier" in a report on a quarter (a half year) is that quarter (half) a year before; not
        # after a year or month written out ("1.9 million jobs in 2000, down from 2.7 million the previous
        # year", "moved 1.6 million containers in July, down 3.5 percent from a year earlier")
        return reported
    # "a decade later" after a year is a year ("automated in 1996. A decade later": 2006); after a decade, and
    # "almost two decades earlier" or "the next decade", a decade ("the late 1990s, and a decade later": 200X)
    within = unit
    if unit == "decade" and m["unit2"] and not m["mod"] and ref.granularity.rank >= Granularity.YEAR.rank:
        within = "year"
    elif (
        unit == "year"
        # (a count: "the following year" is a year, "rise 6.5% in January and 5.8% the following year")
        and m["unit2"]
        and n != 0
        and ref.granularity is Granularity.MONTH
        and (written := resolver.written_in_sentence(start, previous=True)) is not None
        and written.reference.granularity is Granularity.MONTH
    ):
        # "moved 1.6 million containers in July, down 3.5 percent from a year earlier"; "Exports rose in
        # September. Shipments grew 7.5% from a year earlier"
        within = "month"
    try:
        if (
            unit == "weekend"
            and n == 1
            and ref.granularity is not Granularity.WEEK
            and ref.day.isoweekday() < 6
        ):
            # "began rising on Wednesday, August 21, and by the following weekend": the first one after it
            day = ref.day
        else:
            day = shift(ref.day, n, unit)
        return [resolver.period_mention(start, end, day, within, anchoring, _count_mod(m))]
    except (ValueError, OverflowError):
        return []


_PERFECT_BEFORE: Final = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,3}$")


def _up_to_now(resolver: Resolver, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] tells of now: not in the past tense, or in the present perfect
    ("the gap has not fully closed")."""
    tense, word, after = resolver.tense_cue(start, end)
    if tense is not Tense.PAST:
        return True
    at = resolver.lowered.find(word, end, end + 80) if after and word else -1
    return at >= 0 and _PERFECT_BEFORE.search(resolver.lowered, max(0, at - 40), at) is not None


def _count_mod(m: re.Match[str]) -> str | None:
    """The mod of "about two days later", "more than a year earlier"; none for "just two days later"."""
    if not m["mod"]:
        return None
    word = m["mod"].strip().lower()
    if word in ("just", "only"):
        return None
    if word.startswith(("more", "over", "just over", "well over")):
        return "MORE_THAN"
    return "LESS_THAN" if word.startswith("less") else "APPROX"


_FOR_BEFORE: Final = re.compile(r"\bfor\s+$", re.IGNORECASE)


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    if _CARE_AFTER.match(resolver.text, end):
        return []  # "attended the same day care center": a noun, no day
    if m["rel"]:
        rel = m["rel"].lower()
        if rel == "next" and _FOR_BEFORE.search(resolver.text, max(0, start - 4), start):
            return []  # "guarantees for the next decade": how long, a duration (duration.py)
        n = 0 if rel == "same" else -1 if rel in ("previous", "preceding", "prior") else 1
        if rel == "same" and (year := _IN_YEAR_AFTER.match(resolver.text, end)) is not None:
            return _same_in_year(resolver, start, year.end(), m["unit"].lower(), int(year["year"]))
        if rel == "same" and (back := _YEAR_BACK_AFTER.match(resolver.text, end)) is not None:
            return _same_in_year(resolver, start, back.end(), m["unit"].lower(), None)
        told = resolver.told()
        if (
            rel == "same"
            and m["unit"].lower() == "day"
            and told is not None
            and told.day > resolver.reference(narrative_expression=True, at=start, unit=Granularity.DAY).day
            and resolver.said_on(start)
        ):
            # "the chief executive said on Monday. The central bank said on the same day": the day the last
            # statement was told on, not the story's (Sunday's outage)
            return [resolver.day_mention(start, end, told.day, Anchoring.NARRATIVE)]
        return _resolve(resolver, m, start, end, n, m["unit"].lower())
    if m["before"]:
        if not _CLAUSE_END.match(resolver.text, end):
            return []  # "the day before authorities issued a warrant"
        sign = -1 if m["before"].lower() == "before" else 1
        return _resolve(resolver, m, start, end, sign, m["bunit"].lower())
    if m["unit2"]:
        direction = m["dir"].lower()
        if _THAN_AFTER.match(resolver.text, end):
            return []  # "two weeks earlier than usual": a difference, read as a duration
        if direction in ("before", "after") and not _CLAUSE_END.match(resolver.text, end):
            return []  # "two days before the vote": relative to an event, not to a date
        if direction == "on":
            story = resolver.reference(narrative_expression=True, at=start, unit=Granularity.YEAR)
            if story == resolver.publication():
                return []  # "Ten years on, the town is rebuilding" with no date to count from: the length
            if _up_to_now(resolver, start, end):
                # "It was the worst disaster since 1986. A decade on, 36,000 people remain displaced", "three
                # decades on, the gap has not closed": now, as long after the story's date; to the year, or to
                # the unit if finer
                unit = unit_count(m["unit2"], 1)[0]
                within = unit if unit in ("day", "week", "month") else "year"
                now = resolver.period_mention(
                    start, end, resolver.today, within, Anchoring.PUBLICATION, _count_mod(m)
                )
                return [now]
        unit, count = unit_count(m["unit2"], parse_number(m["n"]))
        if count is None and re.fullmatch(r"(?:a\s+few|several|many|some|a\s+couple\s+of)", m["n"].lower()):
            # "a few weeks later", "several years earlier": some time after (before) the story's date
            later = direction.startswith(("later", "after", "on"))
            return [resolver.mention(start, end, TimexType.DATE, "FUTURE_REF" if later else "PAST_REF")]
        if count is None or count > 100_000:
            return []
        sign = -1 if direction in ("earlier", "before") else 1
        if (
            unit in ("second", "minute", "hour")
            and float(count * 60 if unit == "hour" else count).is_integer()
        ):
            return _clock_later(resolver, m, start, end, sign * count, unit)  # also "half an hour later"
        if count != int(count):
            return []
        if m["mod"] and m["mod"].strip().lower() in ("just", "only"):
            start = m.start("n")
        return _resolve(resolver, m, start, end, sign * int(count), unit)
    if m["that"]:
        return _resolve(resolver, m, start, end, 0, m["unit3"].lower())
    if m["yago"]:
        return _resolve(resolver, m, start, end, -1, "year")
    if m["part"]:
        return _part(resolver, m)
    if m["hours"]:
        ref = resolver.reference(narrative_expression=True)
        if ref.granularity.rank < Granularity.DAY.rank:
            return []
        return [resolver.day_mention(start, end, ref.day, ref.derived_anchoring)]
    return []


def _clock_later(
    resolver: Resolver, m: re.Match[str], start: int, end: int, count: float, unit: str
) -> list[Mention]:
    """ "Thirty minutes later" after a clock time ("The first blast came at 9:10 a.m."): the time that much
    after it (09:40). Without a clock time to count from, it is how long (duration.py)."""
    ref = resolver.reference(narrative_expression=True, at=start, unit=Granularity.MINUTE)
    if unit == "second" or ref.minute is None or ref.granularity.rank < Granularity.HOUR.rank:
        return []
    try:
        moment = datetime(ref.day.year, ref.day.month, ref.day.day) + timedelta(
            minutes=ref.minute + count * (60 if unit == "hour" else 1)
        )
    except OverflowError:
        return []
    value = f"{day_value(moment.date())}T{moment:%H:%M}"
    granularity = Granularity.HOUR if moment.minute == 0 and unit == "hour" else Granularity.MINUTE
    width = timedelta(hours=1) if granularity is Granularity.HOUR else timedelta(minutes=1)
    return [
        resolver.mention(
            start,
            end,
            TimexType.TIME,
            value,
            span=(moment, moment + width),
            granularity=granularity,
            anchoring=ref.derived_anchoring,
            mod=_count_mod(m),
        )
    ]


def _part(resolver: Resolver, m: re.Match[str]) -> list[Mention]:
    """A bare part of the day ("in the morning", "mid-afternoon"): of the story's day (of the day of a part
    joined to it: "Monday afternoon and evening"); with no day before it (or only a month or year), of the
    publication day, or the next such part in a future-tense clause
    ("will leave in the morning") and the latest in a past-tense one."""
    text, start, end = resolver.text, m.start(), m.end()
    part = m["part"].lower()
    if start < m.start("part") and text[start] in "Mm":
        start = m.start("part")  # "midafternoon": the modifier joins it as it does "mid-afternoon"
    if (
        start == m.start("part")
        and (joined := _PART_AND_BEFORE.search(text, max(0, start - 24), start)) is not None
        and (written := resolver.written_in_sentence(start)) is not None
        and written.end == joined.end("first")
        and written.reference.granularity.rank >= Granularity.DAY.rank
    ):
        # "delayed on Monday afternoon and evening": the evening of that Monday; "Saturday night and early
        # morning": the morning after that night
        day = written.reference.day
        if joined["first"].lower() == "night" and part == "morning":
            day += timedelta(days=1)
        return [part_mention(resolver, start, end, day, part, written.anchoring)]
    if start < m.start("part"):
        if not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
            return []
    elif not MODIFIER_BEFORE.search(text, max(0, start - 12), start) and not (
        _UNTIL_BEFORE.search(text, max(0, start - 7), start) and _BARE_PART_END.match(text, end)
    ):
        return []
    ref = resolver.reference(narrative_expression=True)
    tense, cue, _ = resolver.tense_cue(start, end)
    if (
        ref.anchoring is not Anchoring.PUBLICATION
        and ref.day != resolver.today
        and ref.granularity.rank >= Granularity.DAY.rank
        and not (tense is Tense.PAST and ref.day > resolver.today and not resolver.narrative)
        # "Polls closed at 10pm yesterday. ... she hoped to declare a result by early evening": ahead (not
        # "said on Monday the team would arrive in the evening")
        and not (
            tense is Tense.FUTURE
            and cue != "would"
            and ref.day < resolver.today
            and not resolver.narrative
            # "alerted them at 1:20 a.m. Sunday, but rough seas kept boats away until the afternoon": a
            # deadline on the day its sentence is at
            and not (cue is None and resolver.written_in_sentence(start) is not None)
        )
    ):
        return [part_mention(resolver, start, end, ref.day, part, Anchoring.NARRATIVE)]
    # no day in the story, or one still ahead for a past-tense clause ("Counting will be on December 3. Rao,
    # who voted in the morning, ...") or gone by for a future-tense one: the publication's
    day = resolver.today
    lo, hi = part_of_day_span(day, PARTS_OF_DAY[part][0])
    now = resolver.now.replace(tzinfo=None)
    if tense is Tense.FUTURE and hi <= now:
        day += timedelta(days=1)
    elif tense is Tense.PAST and lo >= now:
        day -= timedelta(days=1)
    return [part_mention(resolver, start, end, day, part, Anchoring.PUBLICATION)]


DETECTOR: Final = Detector("narrative", PATTERN, interpret)
