"""Durations: "20 years" (P20Y), "two-week" (P2W), "more than two weeks" (P2W, MORE_THAN), "48 hours" after
"within" (PT48H, EQUAL_OR_LESS; the span leaves "within" out), "about a month" (APPROX), "several years"
(PXY), "for years" (PXY), and a bare plural after a verb of spending time: "could take weeks" (PXW),
"waited months" (PXM), and "another year", "a further year" (P1Y).

A duration has no interval unless it is anchored on the publication time: "the past 20 years" and "the
last three months" end at the publication time, "the next two weeks" starts there; the interval's
granularity is the unit's.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from app.temporal.calendar import YEARS_IN, shift
from app.temporal.lexicon import NUMBER_WORDS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    AS_BEFORE,
    LENGTH_UNIT_BEFORE,
    NUMBER,
    PART_NUMBERS,
    THE_BEFORE,
    UNIT_WORD,
    Detector,
    compile_pattern,
    parse_number,
    unit_count,
    unit_name,
)
from app.temporal.resolver import BE_BEFORE, MODAL_BEFORE, SENTENCE_START, Resolver

# The words of a count up to a hundred that can open a range ("two to three weeks").
_SMALL_COUNT = "|".join(
    w for w, n in NUMBER_WORDS.items() if w.isalpha() and w not in ("a", "an") and 1 <= n < 100
)
_MOD_WORDS = (
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|about|around|approximately|nearly|almost"
    r"|up\s+to|within|over|roughly|under|no\s+more\s+than|no\s+less\s+than|some|just\s+over|just\s+under"
    r"|only|barely|well\s+over|close\s+to|the\s+better\s+part\s+of|the\s+best\s+part\s+of"
    r"|longer\s+than|shorter\s+than|no\s+longer\s+than"
)
PATTERN: Final = compile_pattern(
    r"\b(?:"
    # "another seven months", "about a further 30 days": the word is kept in the span, as the gold has it
    rf"(?:(?P<mod>{_MOD_WORDS})\s+)?(?:(?:another|a\s+further|an\s+additional)\s+)?(?:(?P<anch>(?:the\s+)?(?:past|last|next|coming|upcoming|previous|first|final|"
    # "following" without "the" is a preposition: "an agreement late Monday following 10 hours of talks"
    rf"latest|remaining|preceding)|the\s+following|the)\s+)?"
    # a range of counts: "two to three weeks", "the next 12 to 18 months", "2-3 days" (not "ten or fifteen
    # years", "a month or two": alternatives, of which the gold tags the last)
    # (a hyphen between digits only: "twenty-five hundred years" is one count)
    rf"(?:(?P<low>[0-9]{{1,3}}(?=\s?[-–]\s?[0-9])|(?:[0-9]{{1,3}}|{_SMALL_COUNT})(?=\s+to\s|-to-))"
    r"(?:\s+to\s+|\s?[-–]\s?|-to-))?"
    rf"(?P<n>{NUMBER}|single(?=-))(?P<sep>[\s-]+)"
    r"(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|single)\s+)?"
    rf"(?P<unit>{UNIT_WORD})(?:-long(?![a-z]))?(?P<half>[\s-]+and[\s-]+a[\s-]+half(?![a-z]))?(?P<orso>\s+or\s+so)?(?P<old>[-\s]+olds?\b)?(?P<ofage>\s+of\s+age\b)?"
    rf"|(?:(?P<mod2>{_MOD_WORDS})\s+)?(?P<anch2>(?:the\s+|this\s+)?(?:past|last|next|coming|upcoming|previous))\s+(?P<unit2>"
    r"second|minute|hour|day|week|fortnight|month|year|decade|century)(?![a-z])"
    r"|(?P<prep>for|over|in|within|after|from)\s+(?P<vague>(?:several|many|some|a\s+few)\s+)?"
    # (not a label with its numbers: "pupils in years 1 to 8")
    r"(?P<punit>years|months|weeks|days|decades|hours|minutes|centuries)(?![a-z])(?!\s*[0-9])"
    r"|(?P<bare>years|months|weeks|days|decades|hours)(?![a-z-])"
    # "a decade-long study": a length of one unit
    r"|(?P<long>(?:decade|year|month|week|day|hour)s?|century|centuries)-long(?![a-z])"
    # and as AP writes them, in one word: "a weeklong festival", "an hourlong show"
    r"|(?P<long1>decade|year|month|week|day|hour)long(?![a-z])"
    # "a multi-year review": some years
    r"|multi-?(?P<multi>decade|year|month|week|day)(?![a-z])"
    # "could take another year", "for a further year": one more, and the gold's "Another day of camp" keeps
    # the word
    rf"|(?:(?P<mod3>{_MOD_WORDS})\s+)?(?:another|a\s+further|an\s+(?:additional|extra))\s+(?P<another>decade|year|month|fortnight|week|day|hour"
    r"|minute)(?![a-z'-])"
    r")"
)
_CAPITALISED_BEFORE: Final = re.compile(r"[A-Z][a-z]+\s+$")
_FORMAT_AFTER: Final = re.compile(
    r"\s+(?:series|internationals?|matches|match|cricket|cup|format|squad|side|team|games?|leg|ranking)\b",
    re.IGNORECASE,
)
# A verb of spending time, before a bare plural unit: "could take weeks", "waited months", "lasted years".
_SPENT_BEFORE: Final = re.compile(
    r"\b(?:take|takes|took|taken|taking|lasted|lasts|lasting|spent|spend|spends|spending|wait|waits|waited"
    r"|waiting)\s+$",
    re.IGNORECASE,
)
# ... and after "be" (resolver.BE_BEFORE) before what it keeps away: "It could be weeks before the line
# reopens", "is months away".
_KEPT_AWAY_AFTER: Final = re.compile(r"\s+(?:before|until|till|away)\b", re.IGNORECASE)
# A bare plural unit is also a length before "of" and what fills it: "lost weeks of wages", "damaged by
# years of conflict", "follows months of twists and turns"; not after a determiner or a word that makes it
# hours of a kind ("the days of the Committee", "opening hours of the library").
_OF_FILLING_AFTER: Final = re.compile(r"\s+of\s+(?!the\s+(?:year|month|week)\b)[a-z]")
_NOT_LENGTH_BEFORE: Final = re.compile(
    r"\b(?:the|these|those|their|his|her|its|our|your|my|early|earliest|final|last|first|later|closing|opening"
    r"|business|working|office|peak|visiting|happy|man|dog|school|halcyon|glory|salad|million|billion|light"
    # a superlative: "one of the busiest days of the summer"
    r"|[a-z]+est|worst)\s+$",
    re.IGNORECASE,
)
# ... and "months" in "weeks or months of his capture" belongs to the first unit's expression.
_UNIT_OR_BEFORE: Final = re.compile(
    r"\b(?:years|months|weeks|days|hours|decades)\s+(?:or|and|to)\s+$", re.IGNORECASE
)
# A count and an adjective before the bare unit: "ten brutal months of the Battle of Verdun" is P10M; not a
# ranking ("the 10 warmest years of the century").
_COUNT_ADJECTIVE_BEFORE: Final = re.compile(
    rf"(?<![\w.,])(?P<n>{NUMBER})\s+(?!(?:million|billion|trillion|hundred|thousand|dozen|light|of|and|or"
    r"|more|per|other)\b)[a-z]+\s+$",
    re.IGNORECASE,
)
_MODS: Final = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "longer than": "MORE_THAN", "shorter than": "LESS_THAN", "no longer than": "EQUAL_OR_LESS",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "nearly": "APPROX", "almost": "APPROX", "barely": "APPROX",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "close to": "APPROX", "the better part of": "APPROX", "the best part of": "APPROX",
}  # fmt: skip
_UNIT_GRANULARITY: Final = {
    "second": Granularity.MINUTE, "minute": Granularity.MINUTE, "hour": Granularity.HOUR,
    "day": Granularity.DAY, "night": Granularity.DAY, "week": Granularity.WEEK, "weekend": Granularity.DAY,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER, "year": Granularity.YEAR, "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}  # fmt: skip
_TIME_UNITS: Final = {"second": "S", "minute": "M", "hour": "H"}
_DATE_UNITS: Final = {
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
}


# A fractional count is written with the next smaller unit ("2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M);
# weeks and months keep a decimal (P1.5M), which ISO 8601 allows in the last component.
_SMALLER: Final = {
    "year": ("month", 12),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
_UNIT_LETTERS: Final = {**_DATE_UNITS, "hour": "H", "minute": "M", "second": "S"}


def duration_value(count: float | None, unit: str) -> str:
    """ISO 8601 / TIMEX3 duration; X for an unknown count, decades and centuries as years."""
    if unit in ("decade", "century"):
        factor = 10 if unit == "decade" else 100
        count = None if count is None else count * factor
        unit = "year"
    parts: list[tuple[str, str]] = []
    if count is None:
        parts.append(("X", unit))
    elif count == int(count):
        parts.append((str(int(count)), unit))
    else:
        whole = int(count)
        smaller = _SMALLER.get(unit)
        rest = None if smaller is None else (count - whole) * smaller[1]
        if smaller is not None and rest is not None and rest == int(rest):
            if whole:
                parts.append((str(whole), unit))
            parts.append((str(int(rest)), smaller[0]))
        else:
            parts.append((f"{count:g}", unit))
    return _value_of(parts)


def _value_of(parts: list[tuple[str, str]]) -> str:
    date_part = "".join(n + _UNIT_LETTERS[u] for n, u in parts if u not in _TIME_UNITS)
    time_part = "".join(n + _UNIT_LETTERS[u] for n, u in parts if u in _TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")


# A smaller unit added to a length: "nine years and six months", "two hours and 15 minutes", "2 hours, 19
# minutes and 42 seconds".
_AND_MORE: Final = re.compile(
    rf"(?:,\s*|,?\s+and\s+|\s+)(?P<n>{NUMBER})\s+(?P<unit>{UNIT_WORD})(?![a-z])", re.IGNORECASE
)
_COMPOUND_UNITS: Final = ("year", "month", "day", "hour", "minute", "second")
# Their lengths in days, to tell a smaller unit's part of the bigger one ("nine years and six months") from
# a length of its own ("prison terms of four years and 30 months").
_UNIT_DAYS: Final = {
    "year": 365.25,
    "month": 30.44,
    "day": 1,
    "hour": 1 / 24,
    "minute": 1 / 1440,
    "second": 1 / 86400,
}
# A noun after "a second", which makes it the ordinal: "talking about a second studio", "for a day, and a
# second strike" (not "in about a second or two", "a second faster").
_ORDINAL_SECOND_AFTER: Final = re.compile(
    r"\s+(?!(?:of|or|and|to|in|at|on|for|before|after|later|earlier|ago|longer|faster|slower|quicker|ahead"
    r"|behind|off|per|than|too|more|less|left|when|while|that|as|is|was|the|a|an|so|but|from|by|into|until)\b)"
    r"[a-z]"
)


# What makes "few" a count of some, not "not many": "a few days", "the past few years", "the first few weeks",
# and "in few minutes" (a dropped "a").
_FEW_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:a|the|these|those|past|last|next|coming|first|final|every|each|in|within)\s+$", re.IGNORECASE
)

# "three quarters of the vote", "three-quarters of its food": a share
_SHARE_OF: Final = re.compile(
    r"\s+of\s+(?:the|its|his|her|their|our|your|my|all|a|an|those|these|them|us|it)(?![a-z])", re.IGNORECASE
)
# "a quarter of sales": one quarter of anything but a time ("a quarter of the year")
_ONE_SHARE_OF: Final = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|that\s+)?(?:years?|centur(?:y|ies)|decades?|seasons?)\b)[a-z]",
    re.IGNORECASE,
)
# "minutes from the Fed's July meeting": the record of a meeting
_MINUTES_OF: Final = re.compile(
    r"\s+(?:of|from)\s+[^.;:!?]{0,40}?\b(?:meeting|session|hearing|conference|gathering)s?\b", re.IGNORECASE
)
# "three quarters of long-distance services": a share of anything but a time (not "two quarters of growth")
_SHARE_COUNTS: Final = ("three", "3")
# A noun "weekend" qualifies: "started as a weekend weather reporter", "a weekend getaway".
_WEEKEND_NOUN_AFTER: Final = re.compile(
    r"(?-i:\s+(?!(?:of|in|at|on|away|off|out|there|here|with|without|and|or|but|to|for|from|when|while|before"
    r"|after|that|which|as|is|was|ago|later|earlier|long|spent|so|because|by|during|than|the|a|an)\b)[a-z])"
)
_CENTURY_AFTER: Final = re.compile(r"[\s-]+(?:of\s+a\s+)?century(?![a-z])", re.IGNORECASE)
_MEASURE_AFTER: Final = re.compile(
    r"[\s-]+(?:point|percentage|mile|inch|pound|share|stake|cup|tank)", re.IGNORECASE
)
# A quarter as a share, by what it says of the rest: "barely a quarter full", "nearly a quarter said no".
_SHARE_STATE_AFTER: Final = re.compile(
    r"\s+(?:full|empty|complete|completed|finished|done|built|occupied|sold|vaccinated|are|were|say|said)\b",
    re.IGNORECASE,
)
_BY_BEFORE: Final = re.compile(
    r"\bby\s+(?:(?:about|roughly|nearly|almost|around|some|more\s+than|less\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_HOW_BEFORE: Final = re.compile(r"\bhow\s+$")
# A turn of work or a part of an event held at night or by day: "a night shift", "a night stage".
_SHIFT_AFTER: Final = re.compile(
    r"[\s-]+(?:shifts?|stages?|sessions?|races?|matches|match|games?)\b", re.IGNORECASE
)
_OUT_AFTER: Final = re.compile(r"\s+out\b", re.IGNORECASE)
# An age other than "52 years old": "aged 65 years or older", "children between six months and five years
# old", "infants 6 months and up" (but the gold tags "at least 25 years of age").
_AGE_BEFORE: Final = re.compile(
    rf"\b(?:aged|ages)\s+(?:between\s+|from\s+)?(?:(?:{NUMBER})[\s-]+{UNIT_WORD}\s+(?:and|to|-|–)\s+)?$",
    re.IGNORECASE,
)
_AGE_AFTER: Final = re.compile(
    r"\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b"
    rf"|\s+(?:and|to|-|–)\s+(?:{NUMBER})[\s-]+{UNIT_WORD}[\s-]+(?:old|of\s+age)\b",
    re.IGNORECASE,
)
_FOR_ANOTHER_DAY_BEFORE: Final = re.compile(r"\b(?:for|fight)\s+$", re.IGNORECASE)
_OF_AFTER: Final = re.compile(r"\s+of\b", re.IGNORECASE)
_TO_VERB_AFTER: Final = re.compile(r"\s+to\s+(?!(?:the|a|an|this|that)\b)[a-z]+\b")
_LAST_MINUTE_BEFORE: Final = re.compile(r"\b(?:until|till|at|to)\s+(?:the\s+)?$", re.IGNORECASE)
_ADJECTIVE_AFTER: Final = re.compile(r"-(?:earlier|ago|before)(?![a-z])", re.IGNORECASE)
# "over" after a verb or a noun spreads it across the time ("held over two days", "used over three years",
# "a deal over five years"); after these, or opening a clause, it means "more than" ("took over an hour").
_SPREAD_OVER_BEFORE: Final = re.compile(
    r"(?<![.,;:(])\b(?!(?:for|in|of|after|than|within|took|take|takes|taking|lasted|last|lasts|lasting|spent|spend"
    r"|spends|spending|is|was|were|are|be|been|being|just|well|and|or|ago|now|by|to|with|at|from|waited|wait"
    r"|needed|need|needs|required|requires|where|when|while|which|that|who)\b)[a-z]+\s+$"
    r"|(?:%|[0-9])\s+$"  # "raises totalling 9% over three years"
    # "would be phased in over three years", "paid out over five years", "phasing it in over 18 months"
    r"|\b(?:phas|pa[iy]|roll|spread|stretch|carr[iy]|draw|hand)[a-z]*\s+(?:(?:it|them|this|that)\s+)?(?:in|out)\s+$",
    re.IGNORECASE,
)
_MODALS = r"will|would|could|may|might|can|shall|should|must|'ll"
_VERB_LAST_BEFORE: Final = re.compile(
    # "work will begin on Tuesday and last six weeks": a second verb after a modal
    rf"\b(?:{_MODALS}|to|did|does|do|not)\s+$|\b(?:{_MODALS}|to)\s[^.;!?]{{0,60}}\s(?:and|or)\s+$",
    re.IGNORECASE,
)

# Where a bare "last" before a count is the adjective ("in last two years", "Last three months saw"); after
# anything else it is the verb: "Shifts last eight hours", "Public days begin Saturday and last nine days".
_LAST_ADJECTIVE_BEFORE: Final = re.compile(
    r"(?:\b(?:in|over|for|during|within|from|of|since|through|throughout|across|on|at|by|into|its|his|her"
    r"|their|our|your|my|these|those|this)\s+|^|[.!?:;,(\"“‘]\s*|\n\s*)$",
    re.IGNORECASE,
)


_COUNTED_FROM_AFTER: Final = re.compile(r"\s+(?:earlier|later|ago|before)\b")


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    ranged: float | None = None  # the higher count of a range ("two to three weeks": 3)
    if _ADJECTIVE_AFTER.match(resolver.text, end):
        return []  # "a year-earlier loss": the comparison period, not a duration
    if (m["mod"] or "").lower().startswith("fewer") and _COUNTED_FROM_AFTER.match(resolver.text, end):
        return []  # "14 arrests on New Year's Eve, fewer than a year earlier": fewer arrests, and a date
    if m["punit"]:
        unit = unit_name(m["punit"])
        if unit == "minute" and _MINUTES_OF.match(resolver.text, end):
            return []
        start = m.start("vague") if m["vague"] else m.start("punit")
        # "within hours": at most, as "within 48 hours"; as in the gold, the span leaves out "within"
        mod = "EQUAL_OR_LESS" if m["prep"].lower() == "within" else None
        return [resolver.mention(start, end, TimexType.DURATION, duration_value(None, unit), mod=mod)]
    if m["long"] or m["long1"]:  # "a decade-long war", "a years-long theft", "a weeklong festival"
        word = (m["long"] or m["long1"]).lower()
        plural = word.endswith("s")
        unit = unit_name(word) if plural else word
        return [resolver.mention(start, end, TimexType.DURATION, duration_value(None if plural else 1, unit))]
    if m["another"]:
        if m["another"].lower() == "day" and _FOR_ANOTHER_DAY_BEFORE.search(
            resolver.text, max(0, start - 8), start
        ):
            return []  # "a question for another day", "live to fight another day": some other time
        unit, count = unit_count(m["another"], 1.0)
        # "at least an extra hour": the mod and its words; not "within another year", "over another day"
        mod = _MODS.get(re.sub(r"\s+", " ", m["mod3"].lower())) if m["mod3"] else None
        if m["mod3"] and (mod is None or m["mod3"].lower() in ("within", "over", "under", "some")):
            gap = m.string[m.end("mod3") : m.start("another")]
            start, mod = m.end("mod3") + len(gap) - len(gap.lstrip()), None
        return [resolver.mention(start, end, TimexType.DURATION, duration_value(count, unit), mod=mod)]
    if m["multi"]:
        return [resolver.mention(start, end, TimexType.DURATION, duration_value(None, m["multi"].lower()))]
    if m["bare"]:
        text = resolver.text
        spent = _SPENT_BEFORE.search(text, max(0, start - 10), start) or (
            BE_BEFORE.search(text, max(0, start - 6), start) and _KEPT_AWAY_AFTER.match(text, end)
        )
        filled = (
            (m["bare"].islower() or SENTENCE_START.search(text, max(0, start - 4), start))
            and _OF_FILLING_AFTER.match(text, end)
            and not _NOT_LENGTH_BEFORE.search(text, max(0, start - 12), start)
            and not _UNIT_OR_BEFORE.search(text, max(0, start - 12), start)
        )
        if not (spent or filled):
            return []
        counted = _COUNT_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start) if filled else None
        if counted is not None and THE_BEFORE.search(text, max(0, counted.start() - 4), counted.start()):
            return []
        if counted is not None and (count := parse_number(counted["n"])) is not None:
            value = duration_value(count, unit_name(m["bare"]))
            return [resolver.mention(counted.start(), end, TimexType.DURATION, value)]
        return [resolver.mention(start, end, TimexType.DURATION, duration_value(None, unit_name(m["bare"])))]
    if m["unit2"]:
        anchor_words, mod_words = m["anch2"], m["mod2"]
        unit, count = unit_count(m["unit2"], 1.0)  # "the next fortnight": two weeks
        if unit == "day" and (
            _OF_AFTER.match(resolver.text, end) or _TO_VERB_AFTER.match(resolver.text, end)
        ):
            # "The last day of school is May 22", "The last day to trade cum dividend is Tuesday": a day, not
            # the past 24 hours
            return []
        if (
            unit == "minute"
            and anchor_words.lower() in ("the last", "last")
            and _LAST_MINUTE_BEFORE.search(resolver.text, max(0, start - 12), start)
        ):
            return []  # "until the last minute", "at the last minute": an idiom
        if mod_words and anchor_words.lower() in ("last", "next"):
            return []  # "up 1% over last year", "sales over next year": the calendar year (deictic)
    else:
        # "a single-day record": one day
        unit, count = unit_count(m["unit"], 1.0 if m["n"].lower() == "single" else parse_number(m["n"]))
        anchor_words, mod_words = m["anch"], m["mod"]
        if m["low"]:
            low = unit_count(m["unit"], parse_number(m["low"]))[1]
            if low is None or count is None or not low < count:
                # "in 1998 or two years later", "3-2 days": no range; the count alone
                start, anchor_words, mod_words = m.start("n"), None, None
            else:
                # "two to three weeks": at least the lower count, as the gold has it (P2W, EQUAL_OR_MORE)
                ranged, count = count, low
        if count is None and m["n"].strip().lower() not in ("several", "a few", "few", "many"):
            return []
        if (
            m["n"].strip().lower() == "few"
            and not m["anch"]
            and not _FEW_DETERMINER_BEFORE.search(resolver.text, max(0, m.start("n") - 14), m.start("n"))
        ):
            return []  # "Few years have rewritten the finances as quickly", "very few days": not many
        if count is None and (
            (not m["unit"].lower().endswith("s") and m["sep"].isspace())
            or AS_BEFORE.search(resolver.lowered, max(0, start - 4), start)
            or _HOW_BEFORE.search(resolver.lowered, max(0, start - 5), start)
        ):
            # "Several night matches": an adjective; "twice as many days suitable", "how many nights a home
            # can be rented": a count
            return []
        if count == 1 and m["unit"].lower() == "day" and _FORMAT_AFTER.match(resolver.text, end):
            return []  # "the one-day series": cricket's limited-overs format
        if count is not None and count > 1_000_000:
            count = None
        if count is not None and m["half"]:
            count += 0.5  # "a minute and a half", "a month-and-a-half"
        text = resolver.text
        unit_word = m["unit"]
        if unit_word[0].isupper() and not unit_word.isupper() and m["n"][0].isdigit():
            return []  # "CBS's 60 Minutes": a title, not a duration
        if (
            m["n"][0].isupper()
            and not m["n"].isupper()
            and m.start("n") == start
            and not resolver.opens_sentence(start)
            and _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
        ):
            return []  # "the Formula One night race": the number ends a name
        if count is not None and 1000 <= count <= 2199 and m["n"].isdigit() and len(m["n"]) == 4:
            return []  # "the 1988 quarter": a year, not a count
        if m["old"] or _AGE_BEFORE.search(text, max(0, start - 40), start) or _AGE_AFTER.match(text, end):
            return []  # an age: "a 44-year-old protester", "52 years old", "17-year-olds", "aged 65 years"
        if unit == "quarter" and (century := _CENTURY_AFTER.match(text, end)) is not None:
            # "a quarter-century", "more than a quarter of a century": 25 years
            unit, count, end = "year", (count or 1) * 25, century.end()
        n_word = m["n"].lower()
        if n_word in ("half", "quarter") and not m["anch"]:
            return []  # "its quarter-century low": an adjective; "the past half-century" is the length
        if unit == "second" and (
            (n_word in ("a", "an") and (not m["mod"] or _ORDINAL_SECOND_AFTER.match(text, end)))
            or text.startswith("-", end)
        ):
            # "a second group", "about a second studio", "three straight second-place finishes"; not "in under
            # a second"
            return []
        if m["anch"] and n_word in ("a", "an"):
            return []  # "reached their first major final a day earlier": the adjective is the noun's
        if text.startswith("-time", end):
            return []  # "a night-time curfew": a kind of time, not a length
        if unit in ("day", "night") and _SHIFT_AFTER.match(text, end):
            # "working a night shift", "two day shifts", "a night stage": a turn of work or of an event (not
            # "two 12-hour shifts")
            return []
        if unit == "night" and n_word in ("a", "one") and _OUT_AFTER.match(text, end):
            return []  # "enjoy a night out": an evening's outing
        if (
            unit == "weekend"
            and " ".join(text[start:end].lower().split()) in ("a weekend", "one weekend")
            and _WEEKEND_NOUN_AFTER.match(text, end)
        ):
            return []  # "as a weekend weather reporter": a kind of reporter
        if unit == "quarter" and (
            "-" in m["sep"]
            or _SHARE_OF.match(text, end)
            or (n_word in ("a", "one", *_SHARE_COUNTS) and _ONE_SHARE_OF.match(text, end))
            or _MEASURE_AFTER.match(text, end)
            or _SHARE_STATE_AFTER.match(text, end)
            or _BY_BEFORE.search(text, max(0, start - 14), start)
        ):
            # a share or a measure: "three-quarters of its food", "a quarter point", "had fallen by a
            # quarter", "barely a quarter full"
            return []
        if (
            n_word in ("a", "an")
            and unit in ("hour", "minute", "second")
            and LENGTH_UNIT_BEFORE.search(text, max(0, start - 14), start)
        ):
            return []  # "200 kilometres an hour": a speed (not "advanced thirty kilometers a day")
        if (
            n_word in ("a", "an", "one")
            and not (m["anch"] or m["mod"] or m["half"])
            and not text.startswith("-long", m.end("unit"))
            and _is_rate(text, start, end)
        ):
            # "$50 a fortnight": every two weeks
            return [resolver.mention(start, end, TimexType.SET, duration_value(int(count or 1), unit))]
        if (
            n_word == "one"
            and unit == "day"
            and not (m["anch"] or m["mod"])
            and MODAL_BEFORE.search(text, max(0, start - 24), start)
        ):
            # "Islam will one day be the second largest religion": some day ahead, not a day's length
            return [
                resolver.mention(start, end, TimexType.DATE, "FUTURE_REF", anchoring=Anchoring.PUBLICATION)
            ]
        if m["anch"] and "-" in m["sep"] and n_word not in PART_NUMBERS:
            # "the 30-day rate", "the previous six-year agreement", "longer than the four-year grants": the
            # adjective alone; the words before it are the noun's (not "the past half-century": a noun)
            start, anchor_words, mod_words = m.start("n"), None, None
        if n_word in ("a", "an") and text.startswith("-long", m.end("unit")):
            # "a month-long rotation", "a months-long trek": the adjective alone
            start = m.start("unit")
            if unit_word.lower().endswith("s"):
                count = None
    if (
        anchor_words
        and anchor_words.lower() == "last"
        and (
            _VERB_LAST_BEFORE.search(resolver.text, max(0, start - 90), start)
            or (m["n"] and not _LAST_ADJECTIVE_BEFORE.search(resolver.text, max(0, start - 12), start))
        )
    ):
        # "the strike will last two weeks", "expected to last a year": the verb, not "the last two weeks"
        anchor_words, start = None, m.start("n") if m["n"] else start
    if mod_words and mod_words.lower() in ("over", "under", "some") and anchor_words:
        mod_words = None  # "over the past year": a preposition
        start = m.start("anch") if m["anch"] else m.start("anch2")
    elif (
        mod_words
        and mod_words.lower() == "over"
        and _SPREAD_OVER_BEFORE.search(resolver.text, max(0, start - 30), start)
    ):
        mod_words = None  # "talks held over two days": a stretch of time, not "more than"
        start = m.start("n")
    mod = _MODS.get(re.sub(r"\s+", " ", mod_words.lower())) if mod_words else None
    if mod_words and mod is None:
        start = m.start("anch") if m["anch"] else m.start("n")
    elif mod_words and mod_words.lower() == "within":
        # "within 48 hours": at most; as the gold mostly tags it, the span leaves "within" out
        start = (
            m.start("anch")
            if m["anch"]
            else m.start("anch2")
            if m["anch2"]
            else m.start("low" if m["low"] else "n")
        )
    if m["orso"]:
        mod = "APPROX"
    elif ranged is not None and mod in ("EQUAL_OR_LESS", "LESS_THAN"):
        # "within two to three weeks", "up to 3-4 days": at most the higher count
        count, ranged = ranged, None
    elif ranged is not None and mod is None:
        mod = "EQUAL_OR_MORE"
    value = duration_value(count, unit)
    if count is not None and count == int(count) and unit in _COMPOUND_UNITS:
        value, end = _compound(resolver.text, end, int(count), unit, value)
    anchor_word = re.sub(r"^(?:the|this)\s+", "", (anchor_words or "").lower())
    if anchor_word == "upcoming":
        anchor_word = "coming"
    if anchor_word in ("past", "last", "previous", "next", "coming") and count is not None:
        # "the next 12 to 18 months": the stretch up to the higher count
        return [_anchored(resolver, start, end, value, ranged or count, unit, anchor_word, mod)]
    return [resolver.mention(start, end, TimexType.DURATION, value, mod=mod)]


def _compound(text: str, end: int, count: int, unit: str, value: str) -> tuple[str, int]:
    """A length with smaller units after it, as one duration: "sentenced to nine years and six months"
    (P9Y6M), "won in 2 hours, 19 minutes and 42 seconds" (PT2H19M42S)."""
    parts = [(str(count), unit)]
    while (more := _AND_MORE.match(text, end)) is not None:
        unit2, count2 = unit_count(more["unit"], parse_number(more["n"]))
        if (
            unit2 not in _COMPOUND_UNITS
            or _COMPOUND_UNITS.index(unit2) <= _COMPOUND_UNITS.index(parts[-1][1])
            or count2 is None
            or count2 != int(count2)
            or count2 * _UNIT_DAYS[unit2] >= _UNIT_DAYS[parts[-1][1]]
            or (more["n"].lower() in ("a", "an") and _ORDINAL_SECOND_AFTER.match(text, more.end()))
        ):
            break  # (not "for a day, and a second strike", "terms of four years and 30 months")
        parts.append((str(int(count2)), unit2))
        end = more.end()
    return (value if len(parts) == 1 else _value_of(parts)), end


def _anchored(
    resolver: Resolver, start: int, end: int, value: str, count: float, unit: str, word: str, mod: str | None
) -> Mention:
    """A duration that ends (past, last) or starts (next, coming) at the publication time."""
    now = resolver.now.replace(tzinfo=None)
    sign = 1 if word in ("next", "coming") else -1
    span = None
    # "the past half-century": counted in years
    years, shift_unit = (count * YEARS_IN[unit], "year") if unit in YEARS_IN else (count, unit)
    try:
        if unit in _TIME_UNITS:
            seconds = count * {"second": 1, "minute": 60, "hour": 3600}[unit]
            other = now + timedelta(seconds=sign * seconds)
        elif years == int(years):
            other_day = shift(now.date(), sign * int(years), shift_unit)
            other = now.replace(year=other_day.year, month=other_day.month, day=other_day.day)
        else:
            other = now + timedelta(
                days=sign * count * {"day": 1, "week": 7, "month": 30.4, "year": 365.25}.get(unit, 1)
            )
        span = (other, now) if sign < 0 else (now, other)
    except (OverflowError, ValueError):
        span = None
    return resolver.mention(
        start,
        end,
        TimexType.DURATION,
        value,
        span=span,
        granularity=_UNIT_GRANULARITY[unit],
        anchoring=Anchoring.PUBLICATION,
        mod=None if mod is None else mod,
    )


_RATE_BEFORE: Final = re.compile(
    r"(?:[0-9%]|[0-9](?:m|bn|mn|k)|\b(?:million|billion|thousand|hundred|times|once|twice|percent|cents?|dollars"
    # "₹12 lakh a year", "$100 more a month", "to fly roughly one a year", "more than three a day",
    # "6 trillion yen a month"
    # (a plural noun, not a verb or pronoun that ends in s: "It was a long night")
    r"|lakh|crore|more|less|one|two|three|four|five|six|seven|eight|nine|ten|dozen|trillion|yen|won|(?!(?:was|is|has|does|this|his|its|as|us|thus|yes|whereas|perhaps|always)\b)[a-z]+s))\s*$",
    re.IGNORECASE,
)

# One thing, said as such, before "a year": "one major fiscal event a year", "a single vote a year".
_ONE_THING_BEFORE: Final = re.compile(r"\b(?:one|a\s+single)(?:\s+[a-z-]+){1,3}\s+$", re.IGNORECASE)


# A time given to someone: "gave residents a week to comment", "allowing bidders a month" (a duration, though
# a plural noun comes before it as in "four flights a week").
_GIVEN_TO_BEFORE: Final = re.compile(
    r"\b(?:give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|allowing|offer|offers"
    r"|offered|offering)\s+(?:(?:the|their|its|his|her|our|all)\s+)?[a-z]+\s+$",
    re.IGNORECASE,
)


# "runs a day longer than last year": a difference, not a rate; "comes a fortnight after": a distance
_COMPARATIVE_AFTER: Final = re.compile(
    r"\s+(?:longer|shorter|earlier|later|sooner|more|less|fewer|behind|ahead|after|before|ago|since)\b",
    re.IGNORECASE,
)


def _is_rate(text: str, start: int, end: int) -> bool:
    """ "$1.76 a year", "four flights a week": a frequency (SET), not a duration."""
    comparative = _COMPARATIVE_AFTER.match(text, end)
    if comparative is not None and comparative.group().split()[0].lower() != "since":
        return False  # (but "repayments fall by about €120 a month since last summer" is a rate)
    if _OF_AFTER.match(text, end):
        return False  # "plans a day of action": what the time is filled with
    before = text[max(0, start - 20) : start]
    if re.search(
        r"\b(?:for|in|within|over|about|than|takes?|took|last(?:s|ed)?|spent|after|past)\s*$", before, re.I
    ):
        return False
    if _GIVEN_TO_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(_RATE_BEFORE.search(before) or _ONE_THING_BEFORE.search(text, max(0, start - 40), start))


DETECTOR: Final = Detector("duration", PATTERN, interpret)
