"""The extraction loop: one keyword scan over the whole text, detectors tried only around the hits.

The scan is two compiled regexes run on the lower-cased text at C speed (about 18 MB/s together): one of the
words without which no time expression exists (month and weekday names, units, "today", "ago"...,
lexicon.KEYWORDS, factored into a trie), one of the numbers that can be part of a date; other numbers
(money, counts, scores) are skipped before any detector runs. Around each hit the engine looks back over a
short chain of words that may open an expression ("the past three", "the end of the",
lexicon.PREFIX_WORDS), tries the detectors whose patterns can begin with the first six characters there
(patterns.leading_strings) at each plausible start, and keeps the first start whose longest reading
interprets and reaches the keyword. Work outside the hits is zero, so time is
linear in the text length; mentions come out sorted and non-overlapping, and the resolver sees them in
text order, which is what narrative anchoring needs.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from itertools import pairwise
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.temporal import (
    clock,
    decade,
    deictic,
    duration,
    explicit,
    holiday,
    narrative,
    part_of_day,
    period,
    recurrence,
    weekday,
)
from app.temporal.lexicon import KEYWORDS, PREFIX_WORDS
from app.temporal.mention import Granularity, Mention, TimexType
from app.temporal.modifier import apply_prefix, join_offsets
from app.temporal.patterns import (
    CANONICAL_ASCII,
    FALLS_ON_AFTER,
    MONTH_WORD,
    WEEKDAY_WORD,
    Detector,
    leading_strings,
    weekday_number,
)
from app.temporal.resolver import SENTENCE_OPENER, Resolver, lower_case
from app.temporal.trie import alternation

# Order breaks ties between readings of the same length: the more specific class first.
DETECTORS: Final[tuple[Detector, ...]] = (
    narrative.DETECTOR,
    part_of_day.DETECTOR,
    clock.DETECTOR,
    holiday.DETECTOR,
    period.DETECTOR,
    decade.DETECTOR,
    recurrence.DETECTOR,
    deictic.DETECTOR,
    duration.DETECTOR,
    weekday.DETECTOR,
    explicit.DETECTOR,
)


# A chain of up to seven words that can precede a keyword inside an expression, ending right at the
# keyword, matched on the reversed text before it: anchored there, one attempt finds the longest chain, where
# searching the text forward for a chain that ends at the keyword tried every start (eight times slower).
_PREFIX_CHAIN_REVERSED: Final = re.compile(
    r"(?:[\s'’-]+(?:" + alternation(w[::-1] for w in PREFIX_WORDS) + r"|[0-9.,]*[0-9])(?![a-z0-9'’.])){1,7}",
    re.IGNORECASE,
)
# A number can start or end an expression only as a year, a date, a time, an ordinal, a decade or a count of
# a calendar unit; other numbers (money, counts, scores) are skipped without trying the detectors.
_DIGIT_OK: Final = re.compile(
    # "tonight at 9" (clock.PATTERN)
    r"(?:(?<=tonight\sat\s)|(?<=this\smorning\sat\s)|(?<=this\safternoon\sat\s)|(?<=this\sevening\sat\s)"
    r"|2(?:day|moro|morrow|nite)|[12][0-9]{3}(?![0-9])|[0-2][0-9]\.[0-5][0-9]\s*(?:gmt|utc|bst|cet|cest|wet|west|eet|eest|msk|sast|ist)\b|[0-2][0-9][0-5][0-9]\s*(?:[a-z]{1,4}\b|[a-z]+(?:\s+[a-z]+)?\s+time\b)|[0-9]+(?:[.,][0-9]+)*(?:\s*(?:[-–/:][0-9]|(?:st|nd|rd|th)(?![a-z])|['’]?s(?![a-z])"
    r"|[ap]\.?\s?m\b|o['’]clock|b\.?c|a\.?d\b|hrs?\b|h\b|times\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b"
    r"|\s+(?:to|and|until|till)\s+[0-9]{1,2}(?::[0-9]{2})?\s*[ap]\.?\s?m\b|[qh](?:\s*['’]?[0-9]{2,4})?\b"
    r"|\s+(?:tonight|this\s+(?:morning|afternoon|evening)|that\s+(?:morning|afternoon|evening|night)"
    r"|the\s+(?:following|next)\s+(?:morning|afternoon|evening))\b)"
    r"|[\s-]+(?:(?:and\s+a\s+half|or\s+so|more|additional|straight|consecutive|full|long|trading|business"
    r"|calendar|working|fiscal)\s+)?(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)))",
    re.IGNORECASE,
)
# The scan, on the lower-cased text: keywords (lexicon.KEYWORDS) and "Q1".."Q4" at a word start, and in a
# second pass the digit runs that may begin an expression (_DIGIT_OK, or after "FY"). Most digit runs are
# money, counts and scores: dropping them inside the regex, not one by one in Python, takes a quarter off the
# scan's time.
_KEYWORD_PATTERN: Final = r"(?<!\w)(?:" + alternation(KEYWORDS) + r"|q[1-4])(?![a-z0-9])"
# (It opens with the first digit, not a lookahead, so that the regex engine skips to the digits at C speed;
# the lookbehind then reads _DIGIT_OK from that digit.)
# Nor inside a number: "2:05:11" (a race time) holds no "05:11".
_DIGITS_PATTERN: Final = (
    r"[0-9](?<![0-9][0-9])(?<![0-9][:.][0-9])(?:(?<=(?=" + _DIGIT_OK.pattern + r")[0-9])|(?<=fy[0-9]))"
)
KEYWORD: Final = re.compile(_KEYWORD_PATTERN)
_DIGITS: Final = re.compile(_DIGITS_PATTERN)
_WORD_START: Final = re.compile(r"(?<![A-Za-z0-9'’.])[A-Za-z0-9]")
_LOOKBACK: Final = 48
# Chain words that never begin an expression ("the end [of] the month"): not tried as starts.
# Prepositions start an expression only before a count or a bare plural unit ("in two days", "for years"),
# and "within" also before a count of units next to the publication ("within the next two weeks", "within the
# next decade": at most; not "within the next year", a date).
_COUNT_NEXT: Final = (
    r"[0-9]|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty"
    r"|hundred|several|many|some|few|a\s+few|years|months|weeks|days|decades|hours|minutes|centuries|least|most"
    r"|present|the\s+moment"
)
_NON_STARTER: Final = re.compile(
    r"(?:of|and|or|to|than|by|until|till|during|through|throughout|before|since|least|most|part|times|on"
    r"|early(?!\s+may\s+bank)|late|mid(?!-autumn\s+festival)"  # holidays: "the early May bank holiday"
    rf"|(?:in|for|from|after|at)(?!\s+(?:{_COUNT_NEXT}))"
    rf"|within(?!\s+(?:the\s+(?:next|coming|past|last)\s+(?:decade|century)|(?:the\s+(?:next|coming|past|last)\s+)?"
    rf"(?:{_COUNT_NEXT}|fortnight))))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
# Written so the regex engine can skip ahead to a "1" or "2" (a leading \b would defeat that).
_BC: Final = re.compile(r"[0-9]\s?(?:BC|B\.C)(?![A-Za-z])")
# Words that point at the publication's own days; a weekday followed by a date ("Sunday, June 25") does not.
_NEWS_DEICTIC: Final = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next)\s+week|(?:earlier|later)\s+this\s+(?:month|year)"
    # "last October", "this year" (not "next year", which a history says of the year after its story)
    r"|(?i:last|this)\s+(?:month|year|spring|summer|autumn|fall|winter|January|February|March|April|June|July"
    r"|August|September|October|November|December)|(?:days|weeks|months|years)\s+ago"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!,?\s+(?:[0-9]|[A-Z][a-z]+\s+[0-9])))\b"
)
# What lies ahead: a history is told in the past, news keeps saying what will happen ("The family is
# marking his death anniversary on Sunday ... will be released in the summer").
_FUTURE_WORD: Final = re.compile(r"\b(?:will|won['’]t)\b", re.IGNORECASE)
_NARRATIVE_SCAN: Final = 200_000
_YEARISH: Final = re.compile(r"[12](?<![0-9A-Za-z_][12])(?:(?<=1)[0-9]{3}|(?<=2)0[0-9]{2})(?![0-9A-Za-z_])")


def local_zone(anchor: datetime, name: str | None) -> tzinfo:
    """The zone the local calendar is read in: the named IANA zone, else the anchor's own."""
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        raise ValueError("anchor must be an aware datetime")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
            raise ValueError(f"unknown time zone: {name!r}") from error
    if isinstance(anchor.tzinfo, ZoneInfo):
        return anchor.tzinfo
    offset = anchor.utcoffset()
    assert offset is not None
    return timezone(offset)


def _looks_narrative(text: str, anchor_year: int, hits: list[int]) -> bool:
    """A document whose explicit years are mostly far from the publication (a history, a biography), unless
    it keeps pointing at its own days as news does ("said Tuesday", "this week", "today"): a news story with
    a lot of history in it is still news. `hits` are the scan's (every year is one of them)."""
    scanned = text[:_NARRATIVE_SCAN]
    years = [
        int(text[at : at + 4])
        for at in hits
        if at < _NARRATIVE_SCAN and _YEARISH.match(text, at, _NARRATIVE_SCAN)
    ]
    # "480 BC" is as far as it gets; most texts have no "BC" to look for
    ancient = len(_BC.findall(scanned)) if "BC" in scanned or "B.C" in scanned else 0
    if len(years) + ancient < 6:
        return False
    far = ancient + sum(1 for y in years if abs(y - anchor_year) > 10)
    if far / (len(years) + ancient) < 0.6:
        return False
    future = len(_FUTURE_WORD.findall(scanned))
    if future >= 2 and future * 10_000 >= 5 * len(scanned):
        return False  # at least one in 2,000 characters; the WikiWars histories have at most one in 4,000
    deictic = len(_NEWS_DEICTIC.findall(scanned))
    return deictic < 2 or deictic * 10_000 < 2 * len(scanned)


def extract(
    text: str,
    anchor: datetime,
    timezone: str | None = None,
    *,
    narrative: bool | None = None,
    date_order: str = "MDY",
) -> list[Mention]:
    """Time expressions in text, resolved against the publication time `anchor` (see the package doc)."""
    tz = local_zone(anchor, timezone)
    try:
        local_year = anchor.astimezone(tz).year
    except OverflowError as error:
        raise ValueError("anchor is off the calendar in that time zone") from error
    lowered = lower_case(text)
    hits = _hits(lowered)
    if narrative is None:
        narrative = _looks_narrative(text, local_year, hits)
    resolver = Resolver(text, anchor, tz, narrative=narrative, date_order=date_order, lowered=lowered)
    mentions: list[Mention] = []
    floor = 0
    for at in hits:
        if at < floor:
            continue
        found = _read_around(text, at, floor, resolver)
        for i, mention in enumerate(found):
            if i == 0:
                prefixed = apply_prefix(mention, resolver, floor)
                if prefixed is None:
                    break  # "early-morning services": an adjective
                mention = prefixed
            if mention.start < floor:
                continue
            mentions.append(mention)
            if i == 0:  # of a range ("1975-1976", "Aug. 30-31") the story is at its start
                resolver.note(mention)
            floor = mention.end
    mentions = _weekday_ranges(_date_times(join_offsets(mentions, resolver), text, resolver), text, resolver)
    mentions = _weekdays_named(mentions, text, resolver)
    return _time_then_day(mentions, text, resolver)


# "on" and a day after a clock time, which the clock detector reads with it (clock.PATTERN); not a day with
# its part ("10 p.m. on Tuesday night"), which stays one time.
_ON_DAY: Final = re.compile(r",?\s+on\s+(?=\S)(?!.*\b(?:morning|afternoon|evening|night)$)")


def _time_then_day(mentions: list[Mention], text: str, resolver: Resolver) -> list[Mention]:
    """A time and the day written after it with "on" ("4 p.m. on Oct. 2", "5:00 am on October 3, 1935") are
    resolved together but are two expressions, as the gold has them: the time, and the day it is on."""
    split: list[Mention] = []
    for mention in mentions:
        on = _ON_DAY.search(mention.text) if mention.timex.type is TimexType.TIME else None
        day = None
        if on is not None:
            with suppress(ValueError):
                day = date.fromisoformat(mention.timex.value[:10])
        if on is None or day is None:
            split.append(mention)
            continue
        time_end = mention.start + on.start()
        split.append(replace(mention, end=time_end, text=text[mention.start : time_end]))
        split.append(resolver.day_mention(mention.start + on.end(), mention.end, day, mention.anchor))
    return split


def _hits(lowered: str) -> list[int]:
    """Where the scan of the lower-cased text finds a keyword or a digit run that may begin an expression, in
    order."""
    # "2day" is both a keyword and a digit run
    words = {hit.start() for hit in KEYWORD.finditer(lowered)}
    return sorted(words.union(hit.start() for hit in _DIGITS.finditer(lowered)))


_BETWEEN_TIME_AND_DATE: Final = re.compile(r"[^.;!?\n]{0,40}$")
# A time that names its own day ("12:01 a.m. Monday", "23:00 on Friday", "10 p.m. on Nov. 20") keeps it.
_OWN_DAY: Final = re.compile(
    rf"{WEEKDAY_WORD}|\b(?:today|tonight|yesterday|tomorrow)\b|{MONTH_WORD}\.?\s+[0-9]|[0-9]\s+{MONTH_WORD}"
    r"|\b(?:that|last|next|following)\s+(?:morning|afternoon|evening|night)$",
    re.IGNORECASE,
)
_DATE_THEN_TIME: Final = re.compile(r",?\s*(?:at|from|between|until|till|before|after|by)?\s*")
_DAY_RIGHT_AFTER: Final = re.compile(r",?\s*(?:on\s+)?")
_TIME_RANGE: Final = re.compile(r"\s*(?:-|–|to|and|until|till)\s*")
# What ends the clause a time is in: the day after it belongs to the next clause ("broke out at 9:45 p.m. and
# was put out on Sept. 12", "at 9 a.m., according to a statement Thursday").
_CLAUSE_BREAK: Final = re.compile(
    r"\b(?:and|but|or|then|while|when|according|who|which|where|said|says|told|announced|reported)\b|;"
    # a participle that opens the date's own clause: "close by 7 p.m., reopening on Jan. 2" (not "broke out at
    # 9:45 p.m., killing two, on Sept. 12")
    r"|,\s*[a-z]+ing\b[^,]*$"
    # or what comes after it: "a concert from 8:30 a.m., followed on Jan. 2 by the race"
    r"|,\s*(?:followed|preceded)\b"
    # or a yardstick's: "as of noon, up from 19 on Monday"
    r"|\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b"
    # or a colon or dash after a live blog's stamp: "2:05 p.m.: The update will be released Monday"
    r"|:\s|\s[-—–]\s"
)
_TIME_LIST: Final = re.compile(r"\s*,?\s*(?:-|–|to|and|or|until|till)?\s*")
# A time in an aside set off by commas (with the comma after it checked apart): "The minutes, published at 2
# p.m., cover the meetings of March 3" (not a time set off alone, which is the clause's: "will close early, at
# 2:05 p.m., on Christmas Eve").
_ASIDE_BEFORE: Final = re.compile(
    r",\s+(?!(?:(?:at|around|about|from|by|until|till|just|shortly|before|after|exactly|only)\s+)+$)"
    r"[a-z]+(?:\s+[a-z]+){0,2}\s+$"
)


def _day_then_time(day: Mention, time: Mention, text: str) -> bool:
    """Whether `time` is written right after the day `day` ("Oct. 31 at 5:30 p.m.")."""
    return (
        day.granularity is Granularity.DAY
        and _DATE_THEN_TIME.fullmatch(text, day.end, time.start) is not None
    )


def _clock_parts(mentions: list[Mention], text: str, resolver: Resolver) -> list[Mention]:
    """A clock time followed by a part of a day ("11 p.m. last night", "at 9 that evening", "6 a.m. the next
    morning") is one time, on that part's day; a small hour of a night is on the morning after it ("2 a.m.
    that night")."""
    joined: list[Mention] = []
    for mention in mentions:
        time = joined[-1] if joined else None
        if (
            time is not None
            and mention.granularity is Granularity.PART_OF_DAY
            and mention.start == time.end + 1
            and text[time.end].isspace()
            and time.timex.type is TimexType.TIME
            and time.timex.value[11:12].isdigit()
            and mention.timex.value[10:11] == "T"
            and mention.interval_start is not None
            and not _OWN_DAY.search(time.text)
            # not a live blog's stamp, nor a time ending its sentence, before a capitalised one: "21:38
            # Tonight's headliners", "opens at 9 p.m. Tonight it rains"
            and not (
                text[mention.start].isupper()
                and not mention.text.isupper()
                and (clock.is_stamp(text, time.start, time.end) or time.text.endswith("."))
            )
        ):
            day = mention.interval_start.astimezone(resolver.tz).date()
            if mention.timex.value.endswith("NI") and time.timex.value[11:13] < "12":
                day += timedelta(days=1)
            time = clock.redate(time, day, resolver, mention.anchor)
            joined[-1] = replace(time, end=mention.end, text=text[time.start : mention.end])
            continue
        joined.append(mention)
    return joined


def _in_part(time: Mention, part: Mention) -> bool:
    """Whether a clock time falls in the half of the day of a part of a day written after it ("the 6 p.m. show
    last night", "the 9 a.m. train yesterday morning"), so that it is on the part's day."""
    hour = time.timex.value[11:13]
    if part.granularity is not Granularity.PART_OF_DAY or not hour.isdigit():
        return False
    return (int(hour) < 12) == part.timex.value.endswith("TMO")


def _date_times(mentions: list[Mention], text: str, resolver: Resolver) -> list[Mention]:
    """Clock times followed closely by a day in the same sentence take that day, also across another clock
    time ("10:35 a.m. (0735 GMT) Friday"); a time written right after a day takes it ("Oct. 31 at 5 p.m.")."""
    mentions = _clock_parts(mentions, text, resolver)
    redated: set[int] = set()
    merged: set[int] = set()
    for i in range(len(mentions) - 1):
        time = mentions[i]
        j = i + 1
        while (
            j + 1 < len(mentions)
            and mentions[j].timex.type is TimexType.TIME
            and mentions[j].granularity
            in (
                Granularity.HOUR,
                Granularity.MINUTE,
            )
        ):
            j += 1
        following = mentions[j]
        if (
            time.timex.type is not TimexType.TIME
            or not (following.granularity is Granularity.DAY or _in_part(time, following))
            or time.timex.value.startswith("XXXX")  # "every night between 8pm and 6am until 28 August"
        ):
            continue
        if _OWN_DAY.search(time.text) or "W" in following.timex.value:
            # "at 12:01 a.m. Monday unless a deal is reached over the weekend": it has its day, and a weekend
            # (2026-W01-WE) is no one day
            continue
        if (
            i > 0
            and _day_then_time(mentions[i - 1], time, text)
            and not _DAY_RIGHT_AFTER.fullmatch(text, time.end, following.start)
        ):
            # "host Spurs on Nov. 23 at 5:30 p.m. before travelling eight days later": Nov. 23's; but "from 2
            # October until 4pm on 30 November" is the day after it
            continue
        if following.interval_start is None or not _BETWEEN_TIME_AND_DATE.match(
            text, time.end, following.start
        ):
            continue
        if clock.is_stamp(text, time.start, time.end):
            continue  # "08:05 The last strike, on 15 March, ...": an entry's stamp, not a time of that day
        if following.start - time.end > 40 or not time.timex.value[11:12].isdigit():
            continue
        if time.text.endswith(".") and SENTENCE_OPENER.match(text, time.end):
            continue  # "open until 8 p.m. The festival runs June 5-9": "p.m." ended the sentence
        if text.startswith(",", time.end) and _ASIDE_BEFORE.search(text, max(0, time.start - 30), time.start):
            continue  # "The new cap, announced at 7 a.m., takes effect on Oct. 1": the aside's own time
        if any(
            _CLAUSE_BREAK.search(text, before.end, after.start)
            and not (after is not following and _TIME_LIST.fullmatch(text, before.end, after.start))
            for before, after in pairwise(mentions[i : j + 1])
        ):
            continue
        day = following.interval_start.astimezone(resolver.tz).date()
        mentions[i] = clock.redate(time, day, resolver, following.anchor)
        redated.add(i)
        if j == i + 1 and following.start == time.end + 1 and clock.STORY_DAY_AFTER.match(text, time.end):
            # "at 2:07 p.m. that day", "1.47am the following day": one time, as "3 p.m. Friday"
            merged.add(j)
            mentions[i] = replace(mentions[i], end=following.end, text=text[time.start : following.end])
    for i in range(1, len(mentions)):
        time, before = mentions[i], mentions[i - 1]
        if (
            i not in redated
            and time.timex.type is TimexType.TIME
            and time.timex.value[11:12].isdigit()
            and _day_then_time(before, time, text)
            and before.interval_start is not None
            and "W" not in before.timex.value
            and not _OWN_DAY.search(time.text)
        ):
            # "returns Oct. 31 at 5:30 p.m.": the time of the day written right before it (not "from Oct. 2
            # until 4pm on Nov. 30", which has its own)
            day = before.interval_start.astimezone(resolver.tz).date()
            mentions[i] = clock.redate(time, day, resolver, before.anchor)
    if merged:
        mentions = [mention for k, mention in enumerate(mentions) if k not in merged]
    for i in range(len(mentions) - 2, -1, -1):
        first, second = mentions[i], mentions[i + 1]
        if (
            first.timex.type is TimexType.TIME
            and second.timex.type is TimexType.TIME
            and first.timex.value[11:12].isdigit()
            and second.timex.value[11:12].isdigit()
            and _TIME_RANGE.fullmatch(text, first.end, second.start)
            and not _OWN_DAY.search(first.text)
        ):
            if i > 0 and _day_then_time(mentions[i - 1], first, text):
                # "on Monday between 8 p.m. and 10 p.m.": the second is on the day written before the first
                with suppress(ValueError):
                    day = date.fromisoformat(first.timex.value[:10])
                    if first.timex.value[11:13] > second.timex.value[11:13]:
                        day += timedelta(days=1)
                    mentions[i + 1] = clock.redate(second, day, resolver, first.anchor)
                continue
            # "between 9 and 10 p.m. Sunday": the first hour is on the second one's day; "from 4 p.m. to 2
            # a.m. Sunday" runs overnight, from the day before
            with suppress(ValueError):
                day = date.fromisoformat(second.timex.value[:10])
                if first.timex.value[11:13] >= "12" > second.timex.value[11:13]:
                    day -= timedelta(days=1)
                mentions[i] = clock.redate(first, day, resolver, second.anchor)
    return mentions


_RANGE_OPENS: Final = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOIN: Final = re.compile(r"\s*(?:until|till|to|through|thru|and|-|–)\s*", re.IGNORECASE)
_WEEKDAY_IN: Final = re.compile(rf"\b{WEEKDAY_WORD}\b", re.IGNORECASE)
_END_OF_SECOND: Final = re.compile(r"[.;:!?]\s|\b(?:and|but|when|while)\b")
_MONTH_IN: Final = re.compile(rf"\b{MONTH_WORD}\b|[0-9]/[0-9]|[0-9]{{4}}-[0-9]{{2}}", re.IGNORECASE)


def _weekday_ranges(mentions: list[Mention], text: str, resolver: Resolver) -> list[Mention]:
    """The two ends of a range of weekdays ("from Friday until Tuesday, 29 October", "from 09:00 on Sunday
    until 17:00 on Tuesday") lie within a week, the first no later than the second. Ends named by a weekday
    alone are resolved one at a time, by their own clause's tense and deadlines, and may disagree. A weekday
    end then moves to the week of the other end if that one names its date, else the range that lies nearer
    the publication day wins ("had issued a warning from 6pm on Friday until noon on Saturday", written on
    Sunday: the two days just past)."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if (
            first.interval_start is None
            or second.interval_start is None
            or first.granularity is None
            or second.granularity is None
            or first.granularity.rank < Granularity.DAY.rank
            or second.granularity.rank < Granularity.DAY.rank
            or not _RANGE_JOIN.fullmatch(text, first.end, second.start)
            or not _RANGE_OPENS.search(text, max(0, first.start - 9), first.start)
        ):
            continue
        day_a = first.interval_start.astimezone(resolver.tz).date()
        day_b = second.interval_start.astimezone(resolver.tz).date()
        # the second end with the date a time takes from after it ("until 7am on Tuesday, 29 October")
        after = text[second.start : second.end + 25]
        stop = _END_OF_SECOND.search(after, second.end - second.start)
        after = after[: stop.start()] if stop else after
        if (
            0 <= (day_b - day_a).days <= 6
            or not _WEEKDAY_IN.search(first.text)
            or not _WEEKDAY_IN.search(after)
        ):
            continue  # not "bought from Sept. 14 to Thursday": six weeks
        bare_a = not _MONTH_IN.search(first.text)
        bare_b = not _MONTH_IN.search(after)
        gap = timedelta(days=(day_b.isoweekday() - day_a.isoweekday()) % 7)
        if bare_a and bare_b:
            # the nearer range, and of two as near the later
            today = resolver.today
            before = max((day_b - gap - today).days, (today - day_b).days, 0), -day_b.toordinal()
            later = max((day_a - today).days, (today - day_a - gap).days, 0), -(day_a + gap).toordinal()
            bare_a, bare_b = before <= later, before > later
        if bare_a and not bare_b:
            mentions[i] = _move_to(first, day_b - gap, resolver)
        elif bare_b and not bare_a:
            mentions[i + 1] = _move_to(second, day_a + gap, resolver)
    return mentions


# A weekday said to be a day: "Monday is Martin Luther King Jr. Day", "Friday was Christmas Eve".
_IS_DAY_BETWEEN: Final = re.compile(r"\s+(?:is|was|will\s+be)\s+(?:also\s+)?", re.IGNORECASE)
_WEEKDAY_ALONE: Final = re.compile(WEEKDAY_WORD, re.IGNORECASE)
_YEAR_BETWEEN: Final = re.compile(r"\s+(?:in\s+)?", re.IGNORECASE)


def _weekdays_named(mentions: list[Mention], text: str, resolver: Resolver) -> list[Mention]:
    """A weekday said to be a day that falls on it is that day ("Monday is Martin Luther King Jr. Day",
    written on the Thursday before: the holiday's Monday, whatever the tense made of the weekday alone), and
    so is a weekday a day with its year is said to fall on ("Christmas Day next year falls on a Friday")."""
    for i in range(len(mentions) - 2):
        dated, year, weekday = mentions[i : i + 3]
        if (
            year.granularity is Granularity.YEAR
            and dated.granularity is Granularity.DAY
            and dated.interval_start is not None
            and weekday.interval_start is not None
            and _YEAR_BETWEEN.fullmatch(text, dated.end, year.start)
            and (falls := FALLS_ON_AFTER.match(text, year.end)) is not None
            and falls.start("weekday") == weekday.start
            and falls.end("weekday") == weekday.end
        ):
            named = dated.interval_start.astimezone(resolver.tz).date()
            if named.isoweekday() == weekday_number(weekday.text):
                mentions[i + 2] = _move_to(weekday, named, resolver)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if (
            second.granularity is not Granularity.DAY
            or second.interval_start is None
            or first.granularity is not Granularity.DAY
            or not _WEEKDAY_ALONE.fullmatch(first.text)
            or not _IS_DAY_BETWEEN.fullmatch(text, first.end, second.start)
        ):
            continue
        day = second.interval_start.astimezone(resolver.tz).date()
        if day.isoweekday() == weekday_number(first.text) and first.interval_start is not None:
            mentions[i] = _move_to(first, day, resolver)
    return mentions


def _move_to(mention: Mention, day: date, resolver: Resolver) -> Mention:
    """A day or a time on a day, moved to `day`."""
    if mention.timex.type is TimexType.TIME:
        return clock.redate(mention, day, resolver, mention.anchor)
    if mention.granularity is not Granularity.DAY or len(mention.timex.value) != 10:
        return mention
    return resolver.day_mention(mention.start, mention.end, day, mention.anchor, mention.timex.mod)


def _read_around(text: str, at: int, floor: int, resolver: Resolver) -> list[Mention]:
    """The expression around the keyword at `at`: tried from the earliest plausible start, the first
    reading that reaches past the keyword wins."""
    starts: list[int] = []
    lo = max(floor, at - _LOOKBACK)
    chain = _PREFIX_CHAIN_REVERSED.match(text[lo:at][::-1])
    if chain is not None:
        starts.extend(
            w.start()
            for w in _WORD_START.finditer(text, at - chain.end(), at)
            if not _NON_STARTER.match(text, w.start())
        )
    if at > floor and text[at - 1] in "'’QqHh":
        starts.append(at - 1)  # "'90s", "Q3", "H1 2024"
    elif at - 2 >= floor and text[at - 2 : at].lower() == "fy":
        starts.append(at - 2)  # "FY2024"
    starts.append(at)
    for start in starts:
        found = [x for x in _read_at(text, start, resolver) if floor <= x.start < x.end <= len(text)]
        if found and found[-1].end > at:
            return found
    return []


# How many characters at a start choose the detectors tried there (6: "the t" and "the 6" part ways, and so do
# "last w" and "last y"). Each one more takes about three times as long to tabulate at import.
_LEAD: Final = 6

_Candidates = tuple[tuple[int, Detector], ...]


def _detector_tables(n: int) -> tuple[dict[str, _Candidates], dict[str, _Candidates]]:
    """Two tables of the detectors (with their rank) that can match at a start, by its first `n` characters
    in the canonical form of `patterns.leading_strings`:
    - for each start that begins a leading string of some detector: the detectors with a leading string
      that begins with it or is a whole match it begins with;
    - for each whole match shorter than `n`, and for "", the detectors for a start the first table lacks
      whose longest beginning that is a whole match is the key: those with a whole match the key begins
      with ("1998" in "1998, when", "2" in "2-yea").
    Detectors whose leading strings are unknown are in every entry of both."""
    leads = [leading_strings(d.pattern, n) for d in DETECTORS]
    unknown = {rank for rank, found in enumerate(leads) if found is None}
    begun: dict[str, set[int]] = {}
    whole: dict[str, set[int]] = {}
    for rank, found in enumerate(leads):
        for lead in found or ():
            if len(lead) < n:
                whole.setdefault(lead, set()).add(rank)
            for k in range(1, len(lead) + 1):
                begun.setdefault(lead[:k], set()).add(rank)

    def entry(key: str, ranks: set[int]) -> _Candidates:
        shorter = {rank for k in range(1, len(key)) for rank in whole.get(key[:k], ())}
        return tuple((rank, DETECTORS[rank]) for rank in sorted(ranks | shorter | unknown))

    by_lead = {key: entry(key, ranks) for key, ranks in begun.items()}
    by_whole_match = {key: entry(key, ranks) for key, ranks in [*whole.items(), ("", set())]}
    return by_lead, by_whole_match


_BY_LEAD, _BY_WHOLE_MATCH = _detector_tables(_LEAD)
_ALL: Final = tuple(enumerate(DETECTORS))


def detectors_at(text: str, at: int) -> _Candidates:
    """The detectors (with their rank) that can match at `at`, by the first `_LEAD` characters there."""
    lead = text[at : at + _LEAD]
    if not lead.isascii():
        return _ALL  # case-insensitive matching folds some letters beyond ASCII: "ſ" is an "s"
    lead = lead.translate(CANONICAL_ASCII)
    detectors = _BY_LEAD.get(lead)
    while detectors is None:
        # no detector's match begins with the whole start: only those with a whole match it begins with, found
        # under the longest such match ("1998" in "1998, when", "2" in "2-year"), can match here
        lead = lead[:-1]
        detectors = _BY_WHOLE_MATCH.get(lead)
    return detectors


def _read_at(text: str, at: int, resolver: Resolver) -> list[Mention]:
    readings: list[tuple[int, int, re.Match[str], Detector]] = []
    for rank, detector in detectors_at(text, at):
        m = detector.pattern.match(text, at)
        if m is not None and m.end() > at:
            readings.append((-(m.end() - at), rank, m, detector))
    readings.sort(key=lambda r: (r[0], r[1]))
    for _, _, m, detector in readings:
        try:
            found = detector.interpret(m, resolver)
        except (OverflowError, ValueError):
            continue  # calendar arithmetic off the end of the datetime range (anchors near year 1 or 9999)
        if found:
            return sorted(found, key=lambda x: x.start)
    return []
