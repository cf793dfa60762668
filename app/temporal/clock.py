"""Clock times: "3 p.m.", "10:30 a.m. ET", "15:00", "0600 GMT", "noon", "midnight", "3 p.m. Tuesday".

A time is read in the article's time zone unless a zone is named: an abbreviation (lexicon.TIMEZONES, part
of the expression: "8 p.m. ET") or a zone written out (lexicon.ZONE_NAMES, not part of it, as "local time"
is not: "noon Pacific time", "5:34 a.m. Baghdad time"). Its date comes from a day written right after it
("3 p.m. Tuesday"), else from the most recent day in the discourse (in a past-tense account, the day of the
nearest such time to the last time written: "at 9:45 p.m. ... at 3 a.m." is the next morning), else the
publication day (yesterday's in a past-tense clause when still ahead of publication, tomorrow's in a
future-tense one when already past). The TIMEX3 value is the wall-clock time as written (2021-08-31T15:00).
Midnight ends its day (T24:00), unless a past-tense clause puts it before the publication time: then it
began the day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo

from app.temporal import explicit
from app.temporal.calendar import day_value
from app.temporal.lexicon import NUMBER_WORDS, TIMEZONES, ZONE_NAMES
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    AFTER_BEFORE,
    DAY_NUMBER,
    MONTH_WORD,
    NAME_AFTER,
    WEEKDAY_WORD,
    YEAR_NUMBER,
    Detector,
    compile_pattern,
    day_number,
    month_number,
    weekday_number,
)
from app.temporal.resolver import Resolver, Tense, clause_before, safe_date
from app.temporal.trie import alternation
from app.temporal.weekday import resolve_weekday

_ZONES = "|".join(sorted((z.upper() for z in TIMEZONES), key=len, reverse=True))
# "Eastern time", "Eastern Standard Time", "Baghdad time", and the US zones alone: "noon Pacific" (not
# "3 p.m. Central Park")
_ZONE_WORDS = alternation(ZONE_NAMES).replace(r"\ ", r"\s+")
_LONG_ZONE = (
    rf"(?P<lzone>{_ZONE_WORDS})(?:(?:\s+(?:standard|daylight))?\s+time(?![a-z])"
    r"|(?:(?<=eastern|central|pacific)|(?<=mountain))(?![a-z]|(?-i:\s+[A-Z])))"
)
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# "4 in the morning", "ten o'clock at night"
_DAY_PART = r"\s+(?:in\s+the\s+(?P<dpart>morning|afternoon|evening)|at\s+(?P<night>night))(?![a-z])"
_DAY_PART_AHEAD = r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![a-z])"
# A plan as it stood before publication: "was scheduled to", "were due to", "had been expected to".
_PAST_PLAN: Final = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:scheduled|due|expected|set|slated|planned|supposed)\s+to\b"
)
# The stamp of a live blog's entry, a time opening a line before a colon, a dash or a capitalised word
# ("3:05pm: Nimbus says ...", "9:40 a.m. ET — The judge has taken the bench", "07:40 A reader emails"), or
# after "Updated" ("Updated 3:20pm AEDT").
_STAMP_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:last\s+)?updated:?[ \t]+(?:at[ \t]+)?)?$", re.IGNORECASE
)
_STAMP_AFTER: Final = re.compile(r"[ \t]*(?:[:|—–]|-\s|$|\n)|[ \t]+[A-Z“\"‘'][a-z ]")
# The next entry's stamp (its hour, minutes and a.m./p.m.), looked for within a few entries: a blog written
# newest first has it earlier, a schedule later.
_NEXT_STAMP: Final = re.compile(
    r"\n[ \t]*(?P<h>[0-9]{1,2})(?:[:.](?P<mi>[0-5][0-9]))?(?:[ \t]*(?P<ap>[ap])\.?m\b\.?)?"
    r"(?=[ \t]*(?:[A-Z]{2,4}[ \t]*)?(?:[:|—–]|-\s)|[ \t]+(?:[A-Z]{2,4}[ \t]+)?(?-i:[A-Z“\"‘'][a-z ]))",
    re.IGNORECASE,
)
_NEXT_STAMP_REACH: Final = 3000
# The end of a stretch of time: "stays open until 2 a.m.", "runs till 1 a.m."
_UNTIL_BEFORE: Final = re.compile(r"\b(?:until|till|til|to|through)\s+$", re.IGNORECASE)
# The small hours, which an evening's "until 2 a.m." or "leave at 00:30" reaches into: before 5 a.m.
_SMALL_HOURS: Final = 5
# A clause that describes the day written before it in the sentence: "The first round starts Thursday, when
# the starters tee off at 7:40 a.m.", "will resume Saturday, with gates opening at 2 p.m.".
_DESCRIBING: Final = re.compile(r",\s+(?:when|with)\s[^.;!?]*", re.IGNORECASE)
# A day named from the story's right after a time ("at 1.47am the following day", "at 2:07 p.m. that
# day"), which decides its day; the two are one time (engine._date_times).
STORY_DAY_AFTER: Final = re.compile(r"\s(?:that|the\s+(?:following|next|same|previous))\s", re.IGNORECASE)
_PART_AT: Final = re.compile(r"(tonight|morning|afternoon|evening)\sat\s$", re.IGNORECASE)
_TITLE_BEFORE: Final = re.compile(r"[a-z][\s\"'`]*[A-Z][a-z]+\s+$")
# Space between a time and the day after it, within a paragraph: "at 9 a.m.\n\nTuesday: closing arguments"
# is a time and a heading.
_GAP: Final = r"(?:[ \t\r]|\n(?![ \t\r]*\n))"
PATTERN: Final = compile_pattern(
    r"\b(?:"
    r"(?P<h>1[0-2]|0?[1-9])(?:[:.]?(?P<mi>[0-5][0-9]))?\s*(?P<ampm>a(?:\.\s?m\b\.?|\s?m\b)|p(?:\.\s?m\b\.?|\s?m\b))"
    # the first hour of a range takes the a.m./p.m. of the second: "between 9 and 10 p.m.", "7-9 a.m."
    r"|(?P<rh>1[0-2]|0?[1-9])(?::(?P<rmi>[0-5][0-9]))?(?=\s*(?:-|–|to\b|and\b|until\b|till\b)\s*"
    r"(?P<rh2>1[0-2]|0?[1-9])(?::[0-5][0-9])?\s*(?P<rampm>[ap])\.?\s?m\b)"
    r"|(?P<h24>[01]?[0-9]|2[0-3]):(?P<mi24>[0-5][0-9])(?![0-9:])(?:\s*(?:hrs|h)\b)?"
    # wire-service times: "0600 GMT", "1530 local time", "0900 hours", and British "17.40 GMT" (a zone or
    # "hours" must follow)
    rf"|(?P<mil>[01][0-9]|2[0-3])\.?(?P<milmi>[0-5][0-9])"
    rf"(?=\s*(?:{_ZONES}|hours|hrs|local\s+time)(?![A-Za-z])|\s+(?:{_ZONE_WORDS})\s+time(?![a-z]))"
    r"(?:\s*(?:hours|hrs|local\s+time)\b)?"
    rf"|(?P<hw>[0-9]{{1,2}}|{_HOUR_WORDS})(?=\s+o['’]clock|{_DAY_PART_AHEAD})(?:\s+o['’]clock)?(?:{_DAY_PART})?"
    r"|(?:12\s*)?(?P<named>noon|midday|midnight)(?![a-z])"
    # "half past ten", "a quarter to five", "twenty past nine", "20 minutes past 3" (not "five to ten years":
    # nothing but the end of the clause, a part of the day or a day may follow the hour; nor "fell
    # quarter-on-quarter to 6,455")
    # "one minute past midnight", "two minutes to noon"
    rf"|(?P<qm>half|(?:a\s+)?quarter|twenty(?:[\s-]five)?|ten|five|[0-9]{{1,2}}\s+minutes|(?:one|a)\s+minute"
    r"|(?:two|three|four|five|ten)\s+minutes)\s+(?P<qdir>past|to)\s+"
    rf"(?P<qh>1[0-2]|[1-9]|{_HOUR_WORDS}|midnight|noon)(?![0-9]|[.,][0-9])(?:\s+o['’]clock)?"
    r"(?:\s+(?:in\s+the\s+(?P<qpart>morning|afternoon|evening)|at\s+(?P<qnight>night))(?![a-z]))?"
    r"(?=\s*(?:[.,;:!?)\"'’”]|$)|\s+(?:that|this|on|when|as|at|last|yesterday|today|tonight|tomorrow"
    r"|the\s+(?:following|next)|[a-z]+day)\b)"
    # a bare hour said with the part of today it falls in: "at 9 tonight", "at 7.30 this evening", "tonight
    # at 9" (not "rose to 9 tonight": "at" must come before it; interpret checks the part is there)
    r"|(?:(?<=\bat\s)|(?<=tonight\sat\s)|(?<=this\smorning\sat\s)|(?<=this\safternoon\sat\s)|(?<=this\sevening\sat\s))"
    rf"(?P<ah>1[0-2]|[1-9]|{_HOUR_WORDS})(?:[.:](?P<ahmi>[0-5][0-9]))?(?![0-9a-z:]|\.[0-9])"
    r"(?:(?=\s+(?P<apart>tonight|this\s+(?:morning|afternoon|evening)|(?P<story>that\s+(?:morning|afternoon|evening"
    r"|night)|the\s+(?:following|next)\s+(?:morning|afternoon|evening)))(?![a-z]))|)"
    r")"
    rf"(?P<zsp>\s*\(?(?P<zone>{_ZONES})\)?(?![A-Za-z])|\s+{_LONG_ZONE})?"
    # a weekday with a date after it is the date's ("5am on Thursday 28 December"): engine._date_times
    # ("11 a.m. On Tuesday, ..." opens the next sentence)
    rf"(?:{_GAP}*,?{_GAP}*(?:(?-i:on)\s+)?(?:(?P<wrel>last|next|this)\s+)?(?P<weekday>{WEEKDAY_WORD})(?!,?\s+(?:[0-9]{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\.?\s+[0-9]))"
    # the part of that day is in the span: "10 p.m. Tuesday night", "6 a.m. yesterday morning"
    r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?"
    rf"|{_GAP}+(?P<day>today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|this\s+(?:morning|afternoon|evening))(?![a-z])"
    # "5pm on Friday, June 27", as "5pm on June 27" (a day-first date stays apart, as the gold has it)
    rf"|{_GAP}*,?{_GAP}*(?:(?-i:on)\s+)?(?:{WEEKDAY_WORD},?\s+)?(?P<month>{MONTH_WORD})\s*(?P<mday>{DAY_NUMBER})(?:\s*,\s*(?P<year>{YEAR_NUMBER}))?)?"
)


def _zone(name: str) -> tzinfo:
    entry = TIMEZONES[name.lower()]
    if isinstance(entry, str):
        return ZoneInfo(entry)
    return timezone(timedelta(minutes=entry))


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    # "21:38 Tonight's headliners are five songs in", "starts at 9 p.m. Tonight it rains": a live blog's
    # stamp or a time ending its sentence, then a new one
    entry = False
    if m["day"] is not None and m["day"][0].isupper() and not m["day"].isupper() and m["zsp"] is None:
        core = resolver.text[start : m.start("day")].rstrip()
        entry = core.endswith(".") or is_stamp(resolver.text, start, start + len(core))
        if entry:
            end = start + len(core)
    minute = 0
    granularity = Granularity.MINUTE
    if m["h"]:
        hour = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        if m["mi"]:
            minute = int(m["mi"])
        else:
            granularity = Granularity.HOUR
    elif m["rh"]:
        first, second = int(m["rh"]), int(m["rh2"])
        afternoon = m["rampm"].lower() == "p" and second != 12 and not first > second
        hour = first % 12 + (12 if afternoon else 0)
        if m["rmi"]:
            minute = int(m["rmi"])
        else:
            granularity = Granularity.HOUR
    elif m["h24"]:
        part = [] if entry else (m["day"] or "").lower().split()[-1:]
        if len(m["h24"]) == 1 and not m["zone"] and not part:
            return []  # "3:1" is a score or a ratio, "3:15" alone is too ambiguous without a.m./p.m.
        hour, minute = int(m["h24"]), int(m["mi24"])
        if part in (["afternoon"], ["evening"], ["tonight"]) and hour < 12:
            hour += 12  # "at 8:30 this evening"
    elif m["mil"]:
        hour, minute = int(m["mil"]), int(m["milmi"])
    elif m["hw"]:
        word = m["hw"].lower()
        hour = int(word) if word.isdigit() else int(NUMBER_WORDS[word])
        if not 0 < hour <= 12:
            return []
        part = (m["dpart"] or m["night"] or "").lower()
        if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
            hour = hour % 12 + 12  # "four in the afternoon", "ten at night"
        elif part == "morning" and hour == 12:
            hour = 0
        granularity = Granularity.HOUR
    elif m["ah"]:
        word = m["ah"].lower()
        hour = int(word) if word.isdigit() else int(NUMBER_WORDS[word])
        # the part after the hour, else the one before "at"
        if m["apart"]:
            part = m["apart"].split()[-1].lower()
        elif before := _PART_AT.search(resolver.text, max(0, start - 20), start):
            part = before[1].lower()
        else:
            return []
        if part == "morning" and hour == 12:
            return []
        if part in ("evening", "tonight", "night") and not 5 <= hour <= 11:
            return []  # "at 2 tonight" may be either side of midnight
        if part != "morning" and hour != 12:
            hour += 12
        if m["ahmi"]:
            minute = int(m["ahmi"])
        else:
            granularity = Granularity.HOUR
    elif m["qm"]:
        word = m["qh"].lower()
        noon_or_midnight = {"midnight": 0, "noon": 12}.get(word)
        if noon_or_midnight is not None:
            hour = noon_or_midnight
        else:
            hour = int(word) if word.isdigit() else int(NUMBER_WORDS[word])
        words = m["qm"].lower().replace("-", " ").split()
        if words[0] == "half":
            minute = 30
        elif words[-1] == "quarter":
            minute = 15
        elif words[-1] == "minute":
            minute = 1
        elif words[0].isdigit():
            minute = int(words[0])
            if not 0 < minute < 60:
                return []
        else:
            minute = sum(int(NUMBER_WORDS[w]) for w in words if w != "minutes")
        if m["qdir"].lower() == "to" and noon_or_midnight is not None:
            hour, minute = (hour - 1) % 24, 60 - minute  # "a minute to midnight": 23:59
        elif m["qdir"].lower() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
        part = (m["qpart"] or m["qnight"] or "").lower()
        if part in ("afternoon", "evening") or (part == "night" and hour >= 6):
            hour = hour % 12 + 12  # "half past ten at night"
        elif part == "morning" and hour == 12:
            hour = 0
    else:
        if m["named"][0].isupper() and (
            _TITLE_BEFORE.search(resolver.text, max(0, start - 20), start)
            or (not resolver.opens_sentence(start) and NAME_AFTER.match(resolver.text, end))
        ):
            return []  # "High Noon", "her Midnight Garden tour": a title
        named = m["named"].lower()
        hour = 12
        if named == "midnight":
            # "shortly after midnight" is in the first minutes of a day; other midnights end theirs
            hour = 0 if AFTER_BEFORE.search(resolver.text, max(0, start - 12), start) else 24
    zone_name = m["zone"]
    zone: tzinfo = resolver.tz
    with_day = bool(m["weekday"] or m["day"] or m["month"]) and not entry
    # "at 7 this evening", "tonight at 9": the publication day's; "at 9 that evening" takes the story's day
    # from the part of day after it (engine._date_times)
    today = bool(m["ah"]) and not m["story"]
    if zone_name and not zone_name.isupper():
        end, zone_name, with_day = m.start("zsp"), None, False  # "et al", not Eastern Time
    elif m["zsp"] and m["zsp"].count(")") > m["zsp"].count("("):
        # "10:35 a.m. (0735 GMT) Friday": the parenthesis ends the expression, and its zone applies
        end, with_day, zone = m.end("zone"), False, _zone(zone_name)
    elif zone_name:
        zone = _zone(zone_name)
    elif m["lzone"]:
        # "5:34 a.m. Baghdad time on March 20": the zone applies, but like "local time" it is not part of
        # the expression, and the date after it is joined by the engine (clock.redate)
        end, with_day = m.start("zsp"), False
        if m["lzone"][0].isupper():
            zone = ZoneInfo(ZONE_NAMES[" ".join(m["lzone"].lower().split())])
    habit = None if with_day else _HABIT_AFTER.match(resolver.text, end)
    if habit is None and not with_day:
        habit = _HABIT_BEFORE.search(resolver.text, max(0, start - 50), start)
    if habit is not None:
        # "opened the shop at 6am every day", "screenings every evening from 7 p.m.": the time of each day
        days = (habit["days"] or "").lower()
        if habit["day"]:  # "every Monday at 9 a.m."
            weekday = f"WXX-{weekday_number(habit['day'].lower())}"
        elif days and not days.startswith("week"):
            weekday = f"WXX-{weekday_number(days[:-1])}"
        else:
            weekday = "XX-XX"
        return [resolver.mention(start, end, TimexType.TIME, f"XXXX-{weekday}T{hour:02d}:{minute:02d}")]
    if not with_day and (stamped := _stamp_day(resolver, start, end, hour, minute, zone)) is not None:
        day, anchoring = stamped, Anchoring.PUBLICATION
    elif with_day and m["month"]:
        month, mday = month_number(m["month"]), day_number(m["mday"])
        if m["year"]:
            year, anchoring = int(m["year"]), Anchoring.ABSOLUTE
        else:
            year, anchoring = explicit.year_for(resolver, month, mday, start, end)
        found = safe_date(year, month, mday)
        if found is None:
            return []
        day = found
    elif with_day and m["weekday"]:
        # "10 a.m. last Thursday"
        day, anchoring = resolve_weekday(resolver, weekday_number(m["weekday"]), m["wrel"], start, end)
    elif today and not with_day:
        day, anchoring = resolver.today, Anchoring.PUBLICATION
    elif with_day:
        offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1}[
            m["day"].lower().split()[0]
        ]
        day, anchoring = resolver.today + timedelta(days=offset), Anchoring.PUBLICATION
    elif (written := resolver.written_in_sentence(start)) is not None and (
        (
            written.reference.granularity is Granularity.DAY
            and _DESCRIBING.fullmatch(resolver.text, written.end, start)
        )
        or (
            # "tee off at 7:40 a.m. before the first group goes off at 7:55 a.m.": later that day
            written.reference.minute is not None
            and written.reference.granularity.rank >= Granularity.HOUR.rank
            and written.reference.minute <= hour * 60 + minute
            and start - written.end < 80
            # (a live blog's stamp is the entry's now, not a time of its story: "9:20 a.m. — Heavy rain hit
            # the site at 9:10 p.m.")
            and not is_stamp(resolver.text, written.start, written.end)
        )
    ):
        day = written.reference.day
        anchoring = Anchoring.PUBLICATION if day == resolver.today else Anchoring.NARRATIVE
    else:
        tense, word, _ = resolver.tense_cue(start, end)
        if STORY_DAY_AFTER.match(resolver.text, end):
            tense = Tense.PRESENT  # the day after it says which: not one moved by tense
        plan = _PAST_PLAN.search(clause_before(resolver.text, start, 80)) is not None
        until = (
            hour < _SMALL_HOURS and _UNTIL_BEFORE.search(resolver.text, max(0, start - 9), start) is not None
        )
        day, anchoring, told = _day_from_context(resolver, hour * 60 + minute, tense, word, plan, until)
        if written is not None and is_stamp(resolver.text, written.start, written.end):
            told = False  # the entry's stamp is its now, not a time the story told
        if day == resolver.today:
            moment = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(
                hours=hour, minutes=minute
            )
            # in a live blog, an entry's now is its stamp: "9:02 a.m. — The chief minister is due to cut the
            # ribbon at 11 a.m.", in a blog last updated at 1:25 p.m.
            now = resolver.entry_stamp or resolver.now
            if (
                moment < now
                and (
                    (tense is Tense.FUTURE and word != "would" and not plan)
                    or (tense is Tense.PRESENT and hour < _SMALL_HOURS and now.astimezone(zone).hour >= 18)
                )
                and not _today_ahead(resolver, start)
            ):
                # "will leave at 4 in the morning", said at noon, and "the last buses leave at 00:30",
                # written in the evening: tomorrow's; not "was scheduled to close at 5pm", written at night,
                # "said late Thursday that trucks would be allowed back from 9 a.m.", written on Friday at
                # 10, nor "will receive ashes today, with services from 6:30 a.m."
                day += timedelta(days=1)
            elif moment > now and tense is Tense.PAST and not told:
                # "the fire broke out at 9:45 p.m.", written at 7 a.m. with no day named: last night's
                day -= timedelta(days=1)
    if (
        hour == 24
        and (m["day"] or "").lower() != "tonight"  # "from midnight tonight": the end of today, in any tense
        and datetime(day.year, day.month, day.day) + timedelta(days=1) > resolver.now.replace(tzinfo=None)
        and resolver.tense(start, end) is Tense.PAST
    ):
        hour = 0  # "shot just after midnight Friday", written on Friday: the midnight that began the day
    value = f"{day_value(day)}T{hour:02d}:{minute:02d}"
    try:
        local = datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)
        begin = local.replace(tzinfo=zone).astimezone(UTC)
        width = timedelta(hours=1) if granularity is Granularity.HOUR else timedelta(minutes=1)
        utc = (begin, begin + width)
    except (OverflowError, ValueError):
        utc = None
    return [
        resolver.mention(
            start, end, TimexType.TIME, value, granularity=granularity, anchoring=anchoring, utc=utc
        )
    ]


def is_stamp(text: str, start: int, end: int) -> bool:
    """Whether the time at text[start:end] opens a line as a live blog's stamp (_STAMP_BEFORE, _AFTER)."""
    return (
        _STAMP_AFTER.match(text, end) is not None
        and _STAMP_BEFORE.search(text, max(0, start - 20), start) is not None
    )


def _stamp_day(resolver: Resolver, start: int, end: int, hour: int, minute: int, zone: tzinfo) -> date | None:
    """The day of a live blog's stamp at text[start:end]: the publication day, read in the stamp's zone, if
    the stamp is not later than the publication time (a later one may head a schedule: "Tuesday:\n9 a.m.:
    opening statements"), or if an earlier stamp was (a blog opened at 07:30 and updated through the day).
    In a blog written newest first, a stamp later than the publication time below one that was not is the
    day before's: "9:15 a.m.: ... 6:40 a.m.: ... 10:05 p.m.: ..." published at 9:15."""
    if not is_stamp(resolver.text, start, end):
        return None
    facts = resolver.document_facts
    now = resolver.now.astimezone(zone)
    stamp = now.replace(hour=hour % 24, minute=minute, second=0, microsecond=0)
    later = stamp > now
    if _newest_first(resolver.text, end, hour * 60 + minute):
        facts["newest first"] = True
    if later and facts.get("newest first") and facts.get("stamp gone by"):
        resolver.entry_stamp = stamp - timedelta(days=1)
        return now.date() - timedelta(days=1)
    if not later:
        facts["stamp gone by"] = True
    if not later or facts.get("newest first") or facts.get("live blog"):
        facts["live blog"] = True
        resolver.entry_stamp = stamp
        return now.date()
    return None


def _newest_first(text: str, end: int, minutes: int) -> bool:
    """Whether the next stamp after a stamp ending at `end` is earlier in the day: a blog written newest
    first, whose later entries are of the publication day too (a schedule lists its times in order)."""
    following = _NEXT_STAMP.search(text, end, end + _NEXT_STAMP_REACH)
    if following is None:
        return False
    hour = int(following["h"])
    ap = (following["ap"] or "").lower()
    if hour > 23 or (ap and not 1 <= hour <= 12):
        return False
    hour = hour % 12 + (12 if ap == "p" else 0) if ap else hour
    return hour * 60 + int(following["mi"] or 0) < minutes


def _today_ahead(resolver: Resolver, start: int) -> bool:
    """Whether the sentence named today, in a clause not in the past tense, before the time at `start`: its
    times are today's even once gone by ("will receive ashes today, with churches offering services from
    6:30 a.m."; not "closed today and will reopen at 9 a.m.", nor "will close early today")."""
    written = resolver.written_in_sentence(start)
    return (
        written is not None
        and written.reference.granularity is Granularity.DAY
        and resolver.lowered[written.start : written.end] == "today"
        and resolver.tense(written.start, written.end) is not Tense.PAST
    )


def _day_from_context(
    resolver: Resolver, minute: int, tense: Tense, cue: str | None, plan: bool, until: bool = False
) -> tuple[date, Anchoring, bool]:
    """The story's day, and whether the text named it; in a past-tense account after a time, the day of the
    nearest such time to it, across midnight if need be ("began at 9:45 p.m. ... ended about 3 a.m." is the
    next morning) but not past the publication time. A past-tense clause is not on a story day still ahead
    of publication, nor a future-tense one on a day of the past week ("collapsed on Monday, and Chelsea have
    until 11 p.m."; not "said on Tuesday the vote would close at 5 p.m."), and a plan as it stood ("was due
    to meet at 4 p.m.") is not on a story day still ahead. A stretch from a story day `until` the small hours
    ends the morning after ("the bars on Saturday stay open until 2 a.m.")."""
    last = resolver.discourse()
    if (last is None or last.granularity.rank < Granularity.DAY.rank) and tense is Tense.PAST:
        # "added 114,000 jobs in July, the Labor Department reported Friday. The report, released at 8:30
        # a.m., ...": with no story day, the day it was told
        last = resolver.told() or last
    if (
        last is not None
        and last.granularity.rank < Granularity.DAY.rank
        and tense is Tense.PAST
        and (day_before := resolver.recent_story_day()) is not None
    ):
        # "threatened homes on Sunday afternoon, as authorities warned of extreme conditions later this week.
        # The blaze broke out about 2.30pm": the story's last day, which a coarser date after it (the week it
        # is in, or one ahead) does not replace
        last = day_before
    if (
        last is None
        or last.granularity.rank < Granularity.DAY.rank
        or (tense is Tense.PAST and last.day > resolver.today)
        # (in news, on no past day at all: "Those classes ended July 30. ... The meeting begins at 6 p.m.")
        or (
            tense is Tense.FUTURE
            and cue != "would"
            and last.day < resolver.today
            and ((resolver.today - last.day).days <= 7 or not resolver.narrative)
        )
        # "may vote on Friday, and the committee was due to meet at 4 p.m.": a plan as it stood is today's
        or (plan and last.day > resolver.today)
    ):
        return resolver.today, Anchoring.PUBLICATION, False
    told = resolver.told()
    if tense is Tense.FUTURE and told is not None and last.day <= told.day <= resolver.today:
        # "over the weekend. ... said late Sunday that trucks would be allowed back from 9 a.m.": the first
        # such time after it was said
        day = told.day
        if told.minute is not None and minute <= told.minute:
            day += timedelta(days=1)
        return day, Anchoring.NARRATIVE if day != resolver.today else Anchoring.PUBLICATION, True
    day = last.day
    if until and (last.minute is None or minute < last.minute):
        after = day + timedelta(days=1)
        ended = datetime(after.year, after.month, after.day) + timedelta(minutes=minute)
        if tense is not Tense.PAST or ended <= resolver.now.astimezone(resolver.tz).replace(tzinfo=None):
            day = after
    elif last.minute is not None and abs(minute - last.minute) > 12 * 60 and tense is Tense.PAST:
        now = resolver.now.astimezone(resolver.tz).replace(tzinfo=None)
        forward = minute < last.minute
        crossed = day + timedelta(days=1 if forward else -1)
        moment = datetime(crossed.year, crossed.month, crossed.day) + timedelta(minutes=minute)
        that_day = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
        # forward to the next morning as soon as that is nearer ("began at 9:45 p.m. ... ended about 3 a.m."),
        # back to the evening before when that is near ("at 2 a.m. ... It had begun at 11 p.m.") or the time
        # is still ahead that day ("without power this morning. Gusts hit 107km/h before 9pm"); but "detected
        # at 2:40 a.m. ... did not come back until 5 p.m." is that day. Never past the publication time:
        # "Snow began falling at 4 a.m.", after "tonight".
        if moment <= now and (forward or minute - last.minute > 18 * 60 or that_day > now):
            day = crossed
    return day, Anchoring.NARRATIVE if day != resolver.today else Anchoring.PUBLICATION, True


# A time of every day: "at 6am every day", "at 11 a.m. each day", "every evening from 7 p.m.", "open daily
# 10am-6pm"; or of every such weekday: "until 9pm on Fridays", "every Friday at 9pm" (XXXX-WXX-5T21:00).
_HABIT_DAYS = (
    r"(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday)(?:\s+this\s+(?:week|month))?|daily"
    r"|nightly|(?:on\s+)?(?P<days>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)"
    r"|(?:every|each)\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)
_CLOCK_THEN = r"[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|until|till|and)\s*"
_HABIT_AFTER: Final = re.compile(
    # also after the end of a range: "open from 8 a.m. to 10 p.m. daily"
    r"(?:\s*(?:-|–|to|until|till)\s*[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?)?"
    rf"\s+{_HABIT_DAYS}\b",
    re.IGNORECASE,
)
_HABIT_BEFORE: Final = re.compile(
    rf"\b(?:{_HABIT_DAYS},?\s+(?:from|at|until|till|between)|daily)\s+(?:{_CLOCK_THEN})?$", re.IGNORECASE
)


def redate(mention: Mention, day: date, resolver: Resolver, anchor: Anchoring) -> Mention:
    """A time whose date was taken from context, moved to the day written right after it ("5:34 a.m.
    Baghdad time on March 20, 2003"), anchored as that day is."""
    value = mention.timex.value
    if "T" not in value or len(value) < 11:
        return mention
    old = value[:10]
    new_value = day_value(day) + value[10:]
    if old == new_value[:10]:
        return mention
    start, end = mention.interval_start, mention.interval_end
    if start is not None and end is not None:
        try:
            shift = day - date.fromisoformat(old)
            local = start.astimezone(resolver.tz)
            if local.strftime("%H:%M") == value[11:16]:
                # in the article's zone: the same wall-clock time on the new day, whose UTC offset may differ
                # ("10pm on 14 July" written in March in London is 21:00 UTC, not 22:00)
                moved = (local.replace(tzinfo=None) + shift).replace(tzinfo=resolver.tz).astimezone(UTC)
                start, end = moved, moved + (end - start)
            else:  # a named zone is a fixed offset
                start, end = start + shift, end + shift
        except (ValueError, OverflowError):
            start = end = None
    return replace(
        mention,
        timex=replace(mention.timex, value=new_value),
        interval_start=start,
        interval_end=end,
        granularity=mention.granularity if start is not None else None,
        anchor=anchor,
    )


DETECTOR: Final = Detector("clock", PATTERN, interpret)
