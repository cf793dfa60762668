"""The engine's English vocabulary as data: month, weekday and number words, parts of the day, seasons,
time zone abbreviations, holidays and the verb forms the tense resolver looks for.

Everything here is an immutable table; the detectors build their regexes from it once, at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Month names and abbreviations (lower case, without the abbreviation's period) -> month number.
MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1,
        "february": 2, "feb": 2,
        "march": 3, "mar": 3,
        "april": 4, "apr": 4,
        "may": 5,
        "june": 6, "jun": 6,
        "july": 7, "jul": 7,
        "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10,
        "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    }
)  # fmt: skip

# Month words that are also ordinary English words; they count as months only when capitalised and,
# for the short forms, only next to a day or a year.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "mar", "jan", "jun", "jul", "dec", "sep", "oct", "aug"})

# ISO weekday numbers (Monday = 1).
WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
        "sun": 7,
    }
)  # fmt: skip

NUMBER_WORDS: Final = MappingProxyType(
    {
        "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
        "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5, "one and a half": 1.5,
        "a thousand": 1000, "two thousand": 2000,
    }
)  # fmt: skip

# Quantities that stand for an unknown number: TIMEX3 writes them as X ("several years" -> PXY).
VAGUE_QUANTITIES: Final = frozenset({"several", "a few", "few", "some", "many", "a number of", "the", ""})

ORDINAL_WORDS: Final = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    }
)  # fmt: skip

# Decade words ("the nineties") -> the decade's offset within its century.
DECADE_WORDS: Final = MappingProxyType(
    {
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
        "seventies": 70, "eighties": 80, "nineties": 90,
    }
)  # fmt: skip

# Calendar units -> (TIMEX3 duration letter, is it a time unit written after "T").
UNITS: Final = MappingProxyType(
    {
        "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
        "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
        "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
        "decade": ("DE", False), "century": ("CE", False),
    }
)  # fmt: skip

# Parts of the day: TIMEX3 code and local hours [start, end); an end past 24 runs into the next day.
# Chosen to follow common newsroom usage: morning until noon, afternoon until 6 p.m., evening until
# 10 p.m., and night from 8 p.m. until 4 a.m. (night overlaps the evening on purpose: "Tuesday night"
# usually covers the late evening too).
PARTS_OF_DAY: Final[Mapping[str, tuple[str, int, int]]] = MappingProxyType(
    {
        "morning": ("MO", 6, 12),
        "afternoon": ("AF", 12, 18),
        "evening": ("EV", 18, 22),
        "night": ("NI", 20, 28),
        "overnight": ("NI", 20, 28),
    }
)  # fmt: skip
PART_OF_DAY_HOURS: Final = MappingProxyType({code: (lo, hi) for code, lo, hi in PARTS_OF_DAY.values()})

# Seasons (northern hemisphere, meteorological): code, first month, number of months.
SEASONS: Final = MappingProxyType(
    {
        "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
        "winter": ("WI", 12),
    }
)  # fmt: skip
SEASON_START_MONTH: Final = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})

# Time zone abbreviations -> IANA name, or a fixed UTC offset in minutes.
TIMEZONES: Final[Mapping[str, str | int]] = MappingProxyType(
    {
        "et": "America/New_York", "est": -300, "edt": -240,
        "ct": "America/Chicago", "cst": -360, "cdt": -300,
        "mt": "America/Denver", "mst": -420, "mdt": -360,
        "pt": "America/Los_Angeles", "pst": -480, "pdt": -420,
        "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "wet": 0, "eet": 120,
        "jst": 540, "hkt": 480, "aest": 600, "aedt": 660, "ist": 330, "msk": 180,
    }
)  # fmt: skip

# Holidays: name (lower case, as written) -> rule. Rules: ("fixed", month, day, 0),
# ("nth", month, iso_weekday, n) with n = -1 for the last one, ("easter", days_after_easter, 0, 0).
HOLIDAYS: Final[Mapping[str, tuple[str, int, int, int]]] = MappingProxyType(
    {
        "new year's day": ("fixed", 1, 1, 0), "new year's": ("fixed", 1, 1, 0),
        "new years day": ("fixed", 1, 1, 0),
        "new year's eve": ("fixed", 12, 31, 0), "new years eve": ("fixed", 12, 31, 0),
        "christmas": ("fixed", 12, 25, 0), "christmas day": ("fixed", 12, 25, 0),
        "christmas eve": ("fixed", 12, 24, 0), "boxing day": ("fixed", 12, 26, 0),
        "independence day": ("fixed", 7, 4, 0), "fourth of july": ("fixed", 7, 4, 0),
        "the fourth of july": ("fixed", 7, 4, 0),
        "july fourth": ("fixed", 7, 4, 0), "july 4th": ("fixed", 7, 4, 0),
        "halloween": ("fixed", 10, 31, 0), "valentine's day": ("fixed", 2, 14, 0),
        "valentines day": ("fixed", 2, 14, 0),
        "st. patrick's day": ("fixed", 3, 17, 0), "saint patrick's day": ("fixed", 3, 17, 0),
        "veterans day": ("fixed", 11, 11, 0), "veterans' day": ("fixed", 11, 11, 0),
        "armistice day": ("fixed", 11, 11, 0),
        "bastille day": ("fixed", 7, 14, 0), "juneteenth": ("fixed", 6, 19, 0),
        "flag day": ("fixed", 6, 14, 0),
        "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
        "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
        "martin luther king day": ("nth", 1, 1, 3), "martin luther king jr. day": ("nth", 1, 1, 3),
        "mlk day": ("nth", 1, 1, 3), "presidents day": ("nth", 2, 1, 3), "presidents' day": ("nth", 2, 1, 3),
        "president's day": ("nth", 2, 1, 3), "columbus day": ("nth", 10, 1, 2),
        "mother's day": ("nth", 5, 7, 2), "father's day": ("nth", 6, 7, 3),
        "easter": ("easter", 0, 0, 0), "easter sunday": ("easter", 0, 0, 0),
        "easter monday": ("easter", 1, 0, 0),
        "good friday": ("easter", -2, 0, 0), "ash wednesday": ("easter", -46, 0, 0),
        "palm sunday": ("easter", -7, 0, 0),
        "pentecost": ("easter", 49, 0, 0),
    }
)  # fmt: skip

# Verb forms that mark a clause as past, besides regular "-ed" forms.
IRREGULAR_PAST: Final = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "went",
        "came",
        "took",
        "made",
        "gave",
        "got",
        "found",
        "thought",
        "saw",
        "left",
        "began",
        "fell",
        "rose",
        "won",
        "lost",
        "held",
        "met",
        "paid",
        "sold",
        "bought",
        "brought",
        "became",
        "kept",
        "ran",
        "spoke",
        "wrote",
        "led",
        "struck",
        "sent",
        "felt",
        "knew",
        "stood",
        "fought",
        "flew",
        "grew",
        "drew",
        "threw",
        "broke",
        "chose",
        "drove",
        "ate",
        "sat",
        "shot",
        "spent",
        "built",
        "caught",
        "taught",
        "sought",
        "rode",
        "woke",
        "hid",
        "bore",
        "swore",
        "tore",
        "wore",
        "forgot",
        "forgave",
        "arose",
        "awoke",
        "fled",
        "slid",
        "spun",
        "stuck",
        "stung",
        "swung",
        "understood",
        "withdrew",
        "overtook",
        "undertook",
    ]
)

# Words that start a new sentence after an abbreviation such as "U.S." or "p.m.".
SENTENCE_STARTERS: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "As",
        "For",
        "So",
        "Yet",
        "Meanwhile",
        "However",
        "Officials",
        "Police",
        "Some",
        "Many",
        "Most",
        "One",
        "Two",
        "Three",
        "Last",
        "Next",
        "Now",
        "Then",
        "Still",
        "Also",
        "Earlier",
        "Later",
        "Today",
        "Yesterday",
    ]
)

# Abbreviations whose period does not end a sentence (lower case, without the final period).
ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "sr",
        "jr",
        "mt",
        "ft",
        "fig",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "d.c",
        "n.y",
        "calif",
        "fla",
        "ill",
        "mass",
        "mich",
        "minn",
        "tex",
        "wash",
        "va",
        "pa",
        "ariz",
        "colo",
        "conn",
        "del",
        "ga",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "tenn",
        "wis",
        "wyo",
        "approx",
        "dept",
        "est",
        "univ",
        "assn",
        "ave",
        "blvd",
        "rd",
    ]
)

# Abbreviations that can also end a sentence when a capitalised sentence start follows.
SENTENCE_FINAL_ABBREVIATIONS: Final = frozenset(
    {"u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "inc", "corp", "co", "ltd", "jr", "sr", "etc"}
)

# Words without which no time expression exists: the engine's scan looks for these (and for digits) and
# tries the detectors only around them. Every detector's pattern must contain one of them.
KEYWORDS: Final = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun
    today tonight yesterday tomorrow now currently nowadays recent recently lately soon future past present
    moment second seconds minute minutes hour hours day days night nights week weeks weekend weekends
    month months quarter quarters half year years decade decades century centuries millennium
    morning mornings afternoon afternoons evening evenings overnight noon midnight midday o'clock
    spring summer fall autumn winter daily weekly biweekly monthly quarterly annually yearly hourly
    nightly semiannually semi-annually biannually christmas easter thanksgiving halloween juneteenth
    pentecost twenties thirties forties fifties sixties seventies eighties nineties
    bc b.c. bce nineteen thousand year-end""".split()
)

# Words that may come before a keyword inside an expression ("the past three weeks", "more than a year",
# "the end of the month", "Independence Day"); the engine looks back over a chain of them.
PREFIX_WORDS: Final = frozenset(
    """the this that these those last next past coming previous following preceding same prior subsequent
    latest current final remaining first second third fourth 1st 2nd 3rd 4th latter recent near other
    early earlier late later mid middle end beginning start close turn dawn outset very of in on at for
    over within after from since by until till during through throughout before around about
    approximately nearly almost roughly some just only barely well close better part more less fewer
    least most up to under no than a an one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand dozen couple few several many and or every each once twice thrice
    times per right fiscal calendar year-earlier year-ago just-ended just-completed new independence
    labor memorial veterans veterans' valentine's valentines presidents presidents' president's columbus
    mother's father's flag boxing armistice bastille mlk martin luther king jr. jr good palm ash st.
    saint patrick's eve day year's years twenty-first nineteenth eighteenth seventeenth sixteenth
    fifteenth tenth twentieth half ad a.d. q""".split()
)
