"""Fuzzy parts of a period written before it: "early 2020", "mid-October", "late Monday", "the end of
1990", "the middle of October", "the early hours of Sunday", "earlier this year", "later this month"; the
day next to a day: "the day before last Tuesday's hearing", "the day after Christmas"; a season of a year
written in words: "the fall of that year"; and "around", "approximately", "roughly", "circa" (and "about",
"almost", "nearly" before a clock time or a year BC), which keep the interval and set the mod APPROX
("around Nov. 1", "about 3 a.m.", "about 1332 BC"). After extraction, `join_offsets` makes one date of
days, weeks or a weekday counted from a day: "three days before Christmas".

The modifier joins the mention's span and sets the TIMEX3 mod: START, MID or END. The interval becomes the
first, middle or last third of the period, cut on whole units (`calendar.fuzzy_span`); "earlier"/"later"
with a period that contains the publication time cut it at the publication time instead ("earlier this
year" = from the year's start to now).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Final

from app.temporal.calendar import fuzzy_span, month_span, month_value
from app.temporal.lexicon import MONTHS, SEASONS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import THE_BEFORE, WEEKDAY_WORD, weekday_number
from app.temporal.period import season_mention
from app.temporal.resolver import Resolver, Tense

# Words that modify the mention written right after them; one search finds whichever is there.
_PREFIX: Final = re.compile(
    r"(?:\b(?:the\s+)?(?:very\s+)?(?P<word>earl(?:y|ier)|lat(?:e|er)|mid(?:dle)?)(?:\s*-?\s*|\s+in\s+|\s+on\s+)"
    r"|\b(?:the\s+)?(?:very\s+)?(?P<part>end|beginning|start|middle|close|turn|dawn|outset)\s+of\s+"
    r"|\bthe\s+(?:early|small|wee)\s+(?P<hours>hours)\s+of\s+"  # "the early hours of Christmas Day"
    r"|\bthe\s+day\s+(?P<side>before|after)\s+"  # "the day before last Tuesday"
    r"|\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+of\s+"  # "the fall of that year"
    # "around Nov. 1"; "about", "almost" and "nearly" only before a clock time or a year BC: "a book about
    # 1968" is not approximately 1968, "almost 2,000" no year
    r"|\b(?:(?P<approx>around|approximately|roughly|circa)|(?P<about>about|almost|nearly))\s+"
    r")$",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"[0-9]{4}")
_OPENING: Final = "([{\"'“‘"
# The words a _PREFIX match can end with (before its trailing space).
_PREFIX_LAST_WORDS: Final = frozenset(
    ["early", "earlier", "late", "later", "mid", "middle", "of", "before", "after", "around", "approximately",
     "roughly", "circa", "about", "almost", "nearly"]
)  # fmt: skip
# Verbs that "early" or "late" after them measure against a schedule: "open early on Black Friday".
_SCHEDULED_BEFORE: Final = re.compile(
    r"\b(?:open|opens|opened|opening|close|closes|closed|closing|start|starts|started|starting|finish"
    r"|finishes|finished|end|ends|ended|arrive|arrives|arrived|leave|leaves|left|come|comes|came|run|runs|ran"
    r"|shut|shuts|bed)\s+$",
    re.IGNORECASE,
)
# ... and, before "this" or "tonight", whose part of the day would go without saying, always:
# "Cafes stayed open late this weekend", "planned to go to bed early tonight".
_THIS_OR_TONIGHT: Final = ("this ", "tonight")
# Degree words that make "early"/"late" an adverb of its verb: "Easter falls unusually early this year".
_DEGREE_BEFORE: Final = re.compile(
    r"\b(?:unusually|so|too|relatively|surprisingly|quite|fairly|rather|extremely|remarkably"
    r"|exceptionally|particularly|uncharacteristically|unseasonably)\s+$",
    re.IGNORECASE,
)
_LENGTH_BEFORE: Final = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+$", re.IGNORECASE
)
# ... but not how long a state lasted: "could not make calls for about five hours early Monday".
_FOR_LENGTH_BEFORE: Final = re.compile(
    r"\bfor\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|at\s+least|up\s+to)\s+)?[a-z0-9.-]+\s+"
    r"(?:seconds?|minutes?|hours?|days?)\s+$",
    re.IGNORECASE,
)
_MODS: Final = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "middle": "MID",
    "end": "END", "beginning": "START", "start": "START", "close": "END", "turn": "START", "dawn": "START",
    "outset": "START", "hours": "START",
}  # fmt: skip


# A noun after a hyphenated part of a day or season, which makes it an adjective: "early-morning services",
# "late-summer heat" (not "mid-afternoon yesterday", "late-summer in 2019").
_NOUN_AFTER: Final = re.compile(
    r" (?!(?:of|in|on|at|and|or|but|to|for|yesterday|today|tomorrow|this|last|next|that|when|while|with|from"
    r"|before|after|until|till|since|by|through|into|during|as|because|then|is|was|were|are|has|had|will"
    r"|would)\b)[a-z]{3,}"
)


def apply_prefix(mention: Mention, resolver: Resolver, floor: int) -> Mention | None:
    """The mention widened to a modifier written just before it (never before `floor`); None if the two
    make an adjective ("early-morning services")."""
    if mention.timex.type not in (TimexType.DATE, TimexType.TIME) or mention.timex.mod is not None:
        return mention
    if mention.timex.value.endswith("_REF"):
        return mention
    lo = max(floor, mention.start - 24)
    if not _may_have_prefix(resolver.text, lo, mention.start):
        return mention
    found = _PREFIX.search(resolver.text, lo, mention.start)
    if found is None:
        return mention
    if found["side"]:
        return _next_day(mention, resolver, found.start(), 1 if found["side"].lower() == "after" else -1)
    if found["season"]:
        if mention.granularity is not Granularity.YEAR or not _YEAR.fullmatch(mention.timex.value):
            return mention
        # "the fall of that year", "the spring of last year": that season of the year
        code = resolver.season(SEASONS[found["season"].lower()][0])
        year = int(mention.timex.value)
        return season_mention(resolver, found.start(), mention.end, year, code, mention.anchor)
    if found["approx"] or found["about"]:
        return _approximate(mention, resolver, found)
    if found["hours"] and mention.granularity is not Granularity.DAY:
        return mention
    word = (found["word"] or found["part"] or found["hours"]).lower()
    if (
        found["word"]
        and resolver.text[mention.start - 1 : mention.start] == "-"
        and mention.granularity in (Granularity.PART_OF_DAY, Granularity.SEASON)
        and _NOUN_AFTER.match(resolver.text, mention.end)
    ):
        return None
    if (
        word in ("early", "late")
        and _LENGTH_BEFORE.search(resolver.text, max(0, found.start() - 12), found.start())
        and not _FOR_LENGTH_BEFORE.search(resolver.text, max(0, found.start() - 40), found.start())
    ):
        return mention  # "to arrive a week late this year": a delay, not the end of the year
    if word in ("early", "late") and _DEGREE_BEFORE.search(
        resolver.text, max(0, found.start() - 20), found.start()
    ):
        return mention  # "The peak arrived unusually early this winter": sooner than usual
    if (
        word in ("early", "late")
        and resolver.lowered.startswith(_THIS_OR_TONIGHT, mention.start)
        and _SCHEDULED_BEFORE.search(resolver.text, max(0, found.start() - 12), found.start())
    ):
        return mention  # "Cafes stayed open late this weekend": later than usual
    mod = _MODS[word]
    start = found.start()
    mention = _part_of_month_by_tense(mention, resolver, start, mod)
    if mention.interval_start is None or mention.interval_end is None:
        utc = None
    else:
        now = resolver.now.astimezone(UTC)
        span_start, span_end = mention.interval_start, mention.interval_end
        inside = span_start <= now < span_end
        if word in ("earlier", "later") and inside:
            utc = (span_start, now) if word == "earlier" else (now, span_end)
        else:
            local = (_wall(span_start, resolver), _wall(span_end, resolver))
            utc = resolver.to_utc(fuzzy_span(local, mod))
        if utc is None or utc[0] >= utc[1]:
            utc = None
    return replace(
        mention,
        text=resolver.text[start : mention.end],
        start=start,
        timex=replace(mention.timex, mod=mod),
        interval_start=utc[0] if utc else None,
        interval_end=utc[1] if utc else None,
        granularity=mention.granularity if utc else None,
    )


def _may_have_prefix(text: str, lo: int, start: int) -> bool:
    """A cheap test before the _PREFIX search: whether the word just before `start` can end a prefix."""
    words = [word.lstrip(_OPENING) for word in text[lo:start].lower().split()[-2:]]
    if not words:
        return False
    last = words[-1]
    if last.endswith("-"):
        return True  # "mid-", "early-"
    if last == "in":
        return len(words) > 1 and words[-2] in _PREFIX_LAST_WORDS  # "early in 2020"
    if last == "on":
        # "late on Friday", not "Stores will open early on Black Friday"
        if len(words) < 2 or words[-2] not in ("early", "late"):
            return False
        at = lo + text[lo:start].lower().rfind(words[-2])
        return not _SCHEDULED_BEFORE.search(text, max(0, at - 12), at)
    return last in _PREFIX_LAST_WORDS


def _approximate(mention: Mention, resolver: Resolver, found: re.Match[str]) -> Mention:
    """ "around Nov. 1", "approximately 10 p.m.", "about 3 a.m.": the same interval, with the mod APPROX."""
    if (
        found["about"]
        and mention.timex.type is not TimexType.TIME
        and not mention.timex.value.startswith("BC")
    ):
        return mention
    if resolver.text.startswith(("'s", "’s"), mention.end):
        return mention  # "ways to get around Wednesday's ruling": a particle, not an approximation
    return replace(
        mention,
        text=resolver.text[found.start() : mention.end],
        start=found.start(),
        timex=replace(mention.timex, mod="APPROX"),
    )


_OFFSET_JOIN: Final = re.compile(r"\s+(?P<side>before|after)\s+", re.IGNORECASE)
_OFFSET_GAP: Final = 12  # the longest text _OFFSET_JOIN can match, give or take spaces
_DAYS_OR_WEEKS: Final = re.compile(r"P([0-9]+)([DW])")
_WEEKDAY: Final = re.compile(WEEKDAY_WORD)
_WORKDAYS: Final = re.compile(r"\b(?:trading|business|working|school)\b", re.IGNORECASE)  # not calendar days
# "for three days after Christmas", "in the two weeks before May 1": a stretch of time, not a day
_SPAN_BEFORE: Final = re.compile(
    r"\b(?:for|within|over|during|in|the|first|last|next|past|those|these)\s+$", re.IGNORECASE
)


def join_offsets(mentions: list[Mention], resolver: Resolver) -> list[Mention]:
    """A count of days or weeks, or "the" and a weekday, written right before "before"/"after" and a day:
    one date counted from that day ("three days before Christmas", "a week after Sept. 12", "the Monday
    after Thanksgiving")."""
    joined: list[Mention] = []
    i = 0
    while i < len(mentions):
        offset = None
        if i + 1 < len(mentions) and mentions[i + 1].start - mentions[i].end <= _OFFSET_GAP:
            offset = _offset(mentions[i], mentions[i + 1], resolver)
        joined.append(offset or mentions[i])
        i += 2 if offset else 1
    return joined


def _offset(first: Mention, second: Mention, resolver: Resolver) -> Mention | None:
    """The date `first` and `second` make together, if they are an offset and the day it counts from."""
    text = resolver.text
    if second.timex.type is not TimexType.DATE or second.granularity is not Granularity.DAY:
        return None
    join = _OFFSET_JOIN.fullmatch(text, first.end, second.start)
    if join is None or second.interval_start is None:
        return None
    sign = 1 if join["side"].lower() == "after" else -1
    day = second.interval_start.astimezone(resolver.tz).date()
    count = _DAYS_OR_WEEKS.fullmatch(first.timex.value)
    before = max(0, first.start - 8)
    if first.timex.type is TimexType.DURATION and count and first.timex.mod is None:
        if _SPAN_BEFORE.search(text, before, first.start) or _WORKDAYS.search(first.text):
            return None
        start = first.start
        day += timedelta(days=sign * int(count[1]) * (7 if count[2] == "W" else 1))
    elif first.timex.type is TimexType.DATE and _WEEKDAY.fullmatch(first.text):
        the = THE_BEFORE.search(text, before, first.start)
        if the is None:
            return None
        start = the.start()
        gap = (weekday_number(first.text) - day.isoweekday()) * sign % 7 or 7
        day += timedelta(days=sign * gap)
    else:
        return None
    return resolver.day_mention(start, second.end, day, second.anchor)


def _part_of_month_by_tense(mention: Mention, resolver: Resolver, start: int, mod: str) -> Mention:
    """A month named alone and taken as the current one, in another year when the tense rules its part
    out: "the firm cut jobs in late January", written on January 8, tells of last January; "will open in
    early March", written on March 25, of next March."""
    if (
        mention.granularity is not Granularity.MONTH
        or mention.anchor is not Anchoring.PUBLICATION
        or mention.interval_start is None
        or mention.interval_end is None
        or mention.text.lower().rstrip(".") not in MONTHS
    ):
        return mention
    today = resolver.today
    if mention.timex.value != month_value(today.year, today.month):
        return mention
    part_start, part_end = fuzzy_span(
        (_wall(mention.interval_start, resolver), _wall(mention.interval_end, resolver)), mod
    )
    now = resolver.now.replace(tzinfo=None)
    tense = resolver.tense(start, mention.end)
    if tense is Tense.PAST and part_start > now:
        year = today.year - 1
    elif tense is Tense.FUTURE and part_end <= now:
        year = today.year + 1
    else:
        return mention
    return resolver.mention(
        mention.start,
        mention.end,
        TimexType.DATE,
        month_value(year, today.month),
        span=month_span(year, today.month),
        granularity=Granularity.MONTH,
        anchoring=Anchoring.PUBLICATION,
    )


def _wall(moment: datetime, resolver: Resolver) -> datetime:
    """A UTC interval bound as the naive local time the calendar works in."""
    return moment.astimezone(resolver.tz).replace(tzinfo=None)


def _next_day(mention: Mention, resolver: Resolver, start: int, days: int) -> Mention:
    """ "the day before last Tuesday": the day next to a dated day; other mentions are left alone."""
    if mention.granularity is not Granularity.DAY or mention.interval_start is None:
        return mention
    if mention.timex.type is not TimexType.DATE:
        return mention
    day = mention.interval_start.astimezone(resolver.tz).date() + timedelta(days=days)
    return resolver.day_mention(start, mention.end, day, mention.anchor)
