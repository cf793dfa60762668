"""Explicit calendar dates: "August 15", "15 August", "Aug. 15, 2021", "2021-09-01", "9/1/2021", "the 15th",
"March 2020", years ("in 1996", "480 BC") and ranges ("1996-2001", "Aug. 30-31", "from March to May").

A month or a month-day without a year takes its year from the resolver (tense, or the discourse in
narrative mode): in the past tense the latest one, in the future the next; in the present the nearest,
ties going to the coming one. A month a month or two ahead that a past statement or decision reports ("told
oil companies of a cutback in September", written in August) is the coming one. "last Oct. 23" is the
latest Oct. 23 before publication. A bare four-digit number is a year only in a year-like context (see
`_is_year`); spoken years ("nineteen ninety-six") likewise, or standing alone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Final

from app.temporal.calendar import add_months, month_span, month_value, nth_weekday, year_span, year_value
from app.temporal.lexicon import (
    AMBIGUOUS_MONTHS,
    EVENT_DAYS,
    MONTHS,
    NUMBER_WORDS,
    REPORTING_VERBS,
    STEPS,
    WEEKDAYS,
)
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    DAY_NUMBER,
    DAY_WORD,
    FALLS_ON_AFTER,
    FINITE_VERB_AFTER,
    MONTH_WORD,
    SUPERLATIVE,
    THE_BEFORE,
    WEEKDAY_WORD,
    YEAR_NUMBER,
    Detector,
    compile_pattern,
    day_number,
    month_number,
    two_digit_year,
    weekday_number,
)
from app.temporal.resolver import WILL, Reference, Resolver, Tense, nearest_by_tense, safe_date
from app.temporal.trie import alternation

_DASH = r"\s*(?:-|–|—|to|through|until|and)\s*"
# The other end of a range that carries the year both ends share: "21 March - 21 June 1952", or counts it
# from the publication: "between March and May last year".
_RANGE_OTHER_END = (
    rf"\s*(?:-|–|—|/|to|through|until|and)\s*(?:(?P<dfirst>{DAY_NUMBER})\s+(?:of\s+)?)?"
    rf"(?P<month>{MONTH_WORD})\.?(?:\s+(?P<dlast>{DAY_NUMBER})(?![0-9]))?,?\s+"
)
_RANGE_YEAR_AFTER: Final = compile_pattern(rf"{_RANGE_OTHER_END}(?P<year>{YEAR_NUMBER})")
_RANGE_YEAR_STEP_AFTER: Final = compile_pattern(rf"{_RANGE_OTHER_END}(?P<step>last|this|next)\s+year\b")
_DAY_END = r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|in|at|to|for|with|when)\b)"
# A range of months with no year, by its two ends: "between March and May", "from June to August".
_RANGE_OPENING_BEFORE: Final = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_MONTH_RANGE_END_AFTER: Final = compile_pattern(
    rf"\s*(?:-|–|—|to|through|until|and)\s*(?P<month>{MONTH_WORD})(?![a-z])(?!\.?\s*[0-9])"
)


def _month(name: str) -> str:
    return rf"(?P<{name}>{MONTH_WORD})"


# A year read out in broadcast transcripts: "nineteen ninety-six", "twenty oh one".
SPOKEN_YEAR: Final = (
    r"(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)
_SPOKEN_YEAR_AFTER: Final = re.compile(rf"\s+(?P<spoken>{SPOKEN_YEAR})(?![a-z-])", re.IGNORECASE)
_OF_THAT_MONTH: Final = re.compile(r"\s+of\s+(?:that|the\s+same|the)\s+month(?![a-z])", re.IGNORECASE)
_SENTENCE_END_AFTER: Final = re.compile(r"\s*(?:[.;:!?]|$)")

PATTERN: Final = compile_pattern(
    rf"\b(?:(?P<wd>{WEEKDAY_WORD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.),?\s+(?=(?:{MONTH_WORD})\s*[0-9]|[0-9]{{1,2}}\s+(?:{MONTH_WORD})))?(?:"
    rf"(?P<spoken>{SPOKEN_YEAR})(?![a-z-])"
    r"|(?:the\s+year\s+)?(?P<thousand>two\s+thousand)(?:\s+and\s+(?P<thousand_n>one|two|three|four|five|six|seven"
    r"|eight|nine|ten))?(?![a-z-])"
    r"|(?P<iso>(?P<iy>[12][0-9]{3})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01]))"
    # an ISO 8601 date-time: "2026-11-20T14:30:00Z", "2026-11-20 14:30+01:00"
    r"(?:[T ](?P<ih>[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?(?![0-9:]))?(?![0-9-])"
    r"|(?P<n1>[0-9]{1,2})/(?P<n2>[0-9]{1,2})/(?P<n3>[0-9]{4}|[0-9]{2})(?![0-9/])"
    # an event named by its day: "since 9/11", "the 7/7 bombings", "the 26/11 attacks" (EVENT_DAYS)
    r"|(?<![0-9/.,])(?P<ev>9/11|7/7|26/11|11/26|10/7|3/11)(?![0-9/])"
    rf"|(?:(?:the\s+)?(?P<d6b>{DAY_NUMBER})\s+(?:of\s+)?)?{_month('m6')}(?:\s+(?P<d6>{DAY_NUMBER}))?\s+(?:of\s+)?(?:(?P<yrel>last|this|next)"
    r"|(?P<yref>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+year(?![a-z])"
    rf"|{_month('m7')}\s*,?\s*(?P<bcm>[0-9]{{1,4}})\s*(?:BC|B\.C\.?|BCE)(?![a-z])"
    # "its Jan. 29-30 meeting": a range before a word, if it runs forward (interpret: not "the May 3-2 win")
    rf"|{_month('m1')}\s*(?P<d1>{DAY_NUMBER}|{DAY_WORD})(?:(?P<dash1>{_DASH})(?P<d2>{DAY_NUMBER})"
    rf"(?:{_DAY_END}|(?P<d2word>(?=\s+(?!(?:am|pm|a\.m|p\.m)\b)[a-z]{{2,}}\b))))?(?![0-9:.,]?[0-9])"
    rf"(?:\s*,?\s*(?:of\s+)?(?P<y1>{YEAR_NUMBER}))?"
    rf"|{_month('m2')}\s*,?\s*(?:of\s+)?(?:(?P<y2>{YEAR_NUMBER})|'(?P<yy2>[0-9]{{2}})(?![0-9]))"
    rf"|(?:the\s+)?(?P<d3>{DAY_NUMBER}|{DAY_WORD}(?=\s+of\s))(?:(?P<dash3>{_DASH})(?P<d4>{DAY_NUMBER}))?\s+(?:of\s+)?{_month('m3')}"
    rf"(?:\s*,?\s*(?P<y3>{YEAR_NUMBER}))?"
    rf"|(?P<mrel>last|next|this|past|coming|that|the\s+(?:following|next|previous|preceding))\s+{_month('m5')}(?:\s*(?P<d7>{DAY_NUMBER})(?![0-9:.,]?[0-9])"
    rf"(?:\s*,?\s*(?P<y7>{YEAR_NUMBER})|{_DAY_END}))?"
    r"|(?P<bca>[0-9]{1,4})\s*(?:-|–|to)\s*(?P<bcb>[0-9]{1,4})\s*(?:BC|B\.C\.?|BCE)(?![a-z])"
    rf"|{_month('m4')}"
    # "the first Sunday of September 1983", "the last Monday in May"
    r"|the\s+(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<nwd>{WEEKDAY_WORD})\s+(?:of|in)\s+{_month('m8')}(?:\s*,?\s*(?P<y8>{YEAR_NUMBER}))?(?![0-9])"
    r"|the\s+(?P<d5>[12]?[0-9]|3[01])(?:st|nd|rd|th)(?![a-z0-9])"
    # a later item of a list or range of them: "the 28th and 29th", "the 3rd, 4th and 5th", "the 28th-29th"
    r"|(?P<d5b>[12]?[0-9]|3[01])(?:st|nd|rd|th)(?![a-z0-9])"
    rf"|(?P<ya>{YEAR_NUMBER})\s*(?:-|–|/)\s*(?P<yb>{YEAR_NUMBER}|[0-9]{{2}}(?![0-9]))(?![-/][0-9])"
    r"|(?P<circa>(?:ca\.|c\.|circa)\s*)?(?P<bc>[0-9]{1,4})\s*(?P<era>BC|B\.C\.?|BCE|AD|A\.D\.?|CE)(?![a-z])"
    r"|(?:AD|A\.D\.)\s*(?P<ad>[0-9]{1,4})(?![0-9])"
    rf"|(?P<year>{YEAR_NUMBER})"
    r")"
)

# Preceding words that make a four-digit number a year.
_YEAR_BEFORE: Final = re.compile(
    r"(?:\b(?:in|since|by|until|till|of|during|from|to|through|before|after|between|and|early|late|mid"
    r"|around|circa|fiscal|year|summer|spring|fall|autumn|winter|the|end|beginning|start|for|than|or|as|on"
    r"|at|about|calendar|model|class|election|season|vintage|its|their|his|her|'s)\s*|mid-|[(\[,;:]\s*|^\s*"
    r"|\n\s*)$",
    re.IGNORECASE,
)
_NUMBERED: Final = [
    "no.", "number", "route", "flight", "page", "room", "section", "article", "chapter", "rule", "suite",
    "gate", "exit", "highway", "interstate", "bus", "train", "line", "pier", "unit", "apartment", "form",
    "step", "verse", "resolution", "bill", "case", "item", "version", "model", "russell", "windows",
]  # fmt: skip
_NOT_YEAR_BEFORE: Final = re.compile(
    # "C/2023 P1": a comet's designation
    r"(?:(?:[$€£#¥]|\b" + alternation(_NUMBERED) + r")\s*|[0-9][.,]|(?<![0-9])[0-9]{3}[-.]|\b[A-Z]/)$",
    re.I,
)
# An amount before a number and a plural: "more than 1000 towns".
_AMOUNT_BEFORE: Final = re.compile(r"\b(?:than|about|around|some|nearly|almost|over|under)\s+$", re.I)
# What a year qualifies: "compared with 1990 levels", "total 2024 sales", "projected that 2022 grosses".
_QUALIFIED_AFTER: Final = re.compile(
    r"\s+(?:levels|sales|earnings|revenues?|profits?|results|figures|prices|budgets?|accounts|forecasts?"
    r"|estimates|standards|accords?|grosses|takings|receipts|totals|rankings|standings|ratings)\b"
)
# A word and a plural noun: "more than 1500 extra services".
_WORD_AND_PLURAL_AFTER: Final = re.compile(r"\s+[a-z]+\s+[a-z]{2,}s\b")
_A_BEFORE: Final = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# A determiner and a word that dates a plan, before a year and a plural: "the proposed 2027 rates" (not "the
# estimated 2000 people", a count).
_PLANNED_BEFORE: Final = re.compile(
    r"\b(?:the|its|their|our|his|her|this|'s)\s+(?:proposed|revised|planned|amended|approved|adopted|updated"
    r"|draft|upcoming)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER_YEAR: Final = re.compile(r"\s+[a-z]{3,}\b")
_THE_YEAR_BEFORE: Final = re.compile(r"\bthe\s+year\s+$", re.IGNORECASE)  # "The year 1950 also marked"
# A model or product code: "the SX-2020 robot", "a B-1950" (not "mid-2020", "Mid-2020").
_MODEL_BEFORE: Final = re.compile(r"\b[A-Z][A-Z0-9]*-$")
_NOT_YEAR_AFTER: Final = re.compile(
    r"\s*(?:%|percent|per\b|-[0-9]|\.[0-9]|[0-9]{3}\s+[0-9]{3}|(?:feet|foot|meters|metres|miles|km|kilometers|tons|"
    r"people|men|women|troops|soldiers|votes|shares|points|yards|acres|pounds|dollars|euros|yen|[a-z]*illion))",
    re.IGNORECASE,
)
# A street after a house number: "1850 S. Throop St.", "1200 Pennsylvania Avenue" (case-sensitive).
_STREET_AFTER: Final = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'-]+\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Lane|Ln|Way|Place|Pl|Parkway|Pkwy|Terrace)\b"
)
# ... unless a preposition of time makes it a year: "By 1920 Main Street was paved".
_YEAR_PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:in|since|by|until|till|during|from|before|after|of|through)\s+$", re.IGNORECASE
)
_PLURAL_AFTER: Final = re.compile(
    r"\s+(?!(?:was|has|its|this|thus|plus|always|perhaps|towards|afterwards|series|news|across|unless|besides|less"
    r"|whereas|campus|status|crisis|his|does|goes|elections|games|olympics|finals|talks|hearings)\b)[a-z]{2,}s\b",
    re.IGNORECASE,
)
_ORDINALS_AFTER: Final = re.compile(
    r"(?:\s*,?\s*(?:and|or|to|through)?\s*[0-9]{1,2}(?:st|nd|rd|th)(?![a-z0-9]))*"
)
_FOLLOWING_NOUN: Final = re.compile(
    r"\s*(?:[,.;:)!?]|and\b|or\b|at\b|when\b|to\b|of\b|in\b|$)", re.IGNORECASE
)


# "of" after an ordinal, not of a month: "the 14th of the season", "the 3rd of 12 children".
_OF_ANOTHER_AFTER: Final = re.compile(
    r"\s+of\s+(?!(?:each|every|the\s+month|this\s+month|next\s+month|last\s+month)\b)", re.IGNORECASE
)


def _ordinals_of_a_noun(text: str, end: int) -> bool:
    """Whether the list of ordinals that goes on from `end` ends before a noun: "The 4th, 15th and 3rd
    Armies" (not "on the 28th and 29th.")."""
    rest = _ORDINALS_AFTER.match(text, end)
    return not _FOLLOWING_NOUN.match(text, rest.end() if rest else end)


def _is_year(text: str, start: int, end: int, resolver: Resolver, *, check_after: bool = True) -> bool:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 20]
    if (
        _NOT_YEAR_BEFORE.search(before)
        or _MODEL_BEFORE.search(before)
        or (check_after and _NOT_YEAR_AFTER.match(after))
    ):
        return False
    if after.startswith(("'s", ",")):
        return True
    if _STREET_AFTER.match(text, end) and not _YEAR_PREPOSITION_BEFORE.search(before):
        return False  # "the office at 1850 S. Throop St.": a house number
    plural = _PLURAL_AFTER.match(after)
    if (
        (plural or _WORD_AND_PLURAL_AFTER.match(after))
        and _AMOUNT_BEFORE.search(before)
        and not _QUALIFIED_AFTER.match(after)  # "cut 20% over 1990 levels"
    ):
        return False  # "more than 1000 towns", "about 1500 people", "more than 1500 extra services"
    if _YEAR_BEFORE.search(before) or _QUALIFIED_AFTER.match(after):
        return True
    if plural:  # "2000 troops", "1500 meters"; but "the proposed 2027 rates"
        return abs(int(text[start:end]) - resolver.today.year) <= 10 and bool(_PLANNED_BEFORE.search(before))
    if _A_BEFORE.search(before) and int(text[start:end]) % 100 and _NOUN_AFTER_YEAR.match(after):
        return True  # "a 1962 canvas sold for $2.4 million"
    # Otherwise only a year not too far from the publication, as in "the 1996 election".
    return abs(int(text[start:end]) - resolver.today.year) <= 30 or resolver.narrative


def _capitalised_month(word: str, has_number: bool) -> bool:
    """Month words that are also English words must be capitalised; short forms need a number."""
    bare = word.rstrip(".").lower()
    if not word[0].isupper():
        return False
    short = bare in AMBIGUOUS_MONTHS and len(bare) == 3 and bare != "may" and not word.endswith(".")
    return has_number or not short


# A word for the event a day names (EVENT_DAYS): "the Sept. 11 attacks", "the Oct. 7 Hamas attack", "the Jan.
# 6 committee".
_EVENT_AFTER: Final = re.compile(
    r"\s+(?:(?:terror(?:ist)?|hamas|capitol|deadly)\s+)?(?:attacks?|bombings?|riots?|insurrection"
    r"|massacre|hijackings?|hijackers|committee|commission|atrocities|victims|families|survivors|memorial|museum"
    r"|anniversary|era|responders)\b",
    re.IGNORECASE,
)
# What "9/11" alone follows as the name of the event: "since 9/11", "after 9/11", "post-9/11".
_EVENT_NAME_BEFORE: Final = re.compile(
    r"\b(?:since|after|before|until|of|on|the|post|pre)[\s-]+$", re.IGNORECASE
)
# Statistics for a month: "retail sales figures for October", "the Case-Shiller index for November", "home
# sales for March".
_DATA_FOR_BEFORE: Final = re.compile(
    r"\b(?:data|figures|numbers|statistics|stats|index|report|survey|reading|readings|payrolls|results|count|tally"
    r"|sales|output|exports|imports|orders|inflation|unemployment)\s+for\s+$",
    re.IGNORECASE,
)
# A statistics window ending at a month: "in the three months to February", "in the year to March".
_WINDOW_TO_BEFORE: Final = re.compile(
    r"\b(?:months|weeks|year|quarter|period)\s+(?:up\s+)?to\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE
)
_DATA_AFTER: Final = re.compile(
    r"\s+(?:retail\s+|consumer\s+|producer\s+)?(?:data|figures|numbers|statistics|payrolls|jobs\s+(?:data|report)"
    r"|employment\s+report|inflation\s+(?:data|figures|rate|report)|CPI|PPI|sales\s+(?:data|figures|report))\b"
    # what a named indicator counts: "December housing starts", "June permit data", "March home sales" (not
    # "the January sales", a shopping event)
    r"|\s+(?:housing|building|construction|existing-home|new-home|pending-home|home|car|auto|vehicle|trade"
    r"|factory|industrial|manufacturing|durable[\s-]goods|permit|payroll|jobs|job|wage)"
    r"\s+(?:data|figures|numbers|statistics|starts|permits|sales|orders|output|production|exports|imports"
    r"|deficit|surplus|gains|growth)\b",
    re.IGNORECASE,
)
# A futures contract's month: "crude for January delivery", "the December contract", "March futures".
# (after the name of the grade: "the May West Texas Intermediate contract")
_DELIVERY_AFTER: Final = re.compile(
    r"(?:\s+(?-i:[A-Z][A-Za-z]*)){0,4}\s+(?:delivery|contracts?|futures)\b", re.IGNORECASE
)
# The end of a range a month or month-day begins, with no year: "from June to August", "June 1 through
# Aug. 31".
_RANGE_END_AFTER: Final = compile_pattern(
    rf"\s*(?:-|–|—|to|through|until|till)\s*(?:(?:early|mid-?|late)\s*)?(?>(?P<month>{MONTH_WORD})\b\.?"
    rf"(?:\s+(?P<day>{DAY_NUMBER}))?)(?![\s,]*(?:[0-9]|(?:next|last|this|that|the\s+following)\s+year\b))"
)
_DAY_NUMBER_AFTER: Final = re.compile(rf"\s*{DAY_NUMBER}")
# A month used as an adjective, then a verb: "that January outlay would fall".
_NOUN_THEN_VERB_AFTER: Final = re.compile(r"\s+[a-z]+" + FINITE_VERB_AFTER.pattern, re.IGNORECASE)
# A verb that reports what follows "that", with at most a time expression between them: "estimated earlier
# this week [that]".
_REPORTED_BEFORE: Final = re.compile(
    rf"\b(?:{alternation(REPORTING_VERBS)}|expects?|expected|believes?|believed|thinks?|thought|hopes?|hoped"
    r"|fears?|feared|shows?|showed|found|finds)"
    r"(?:\s+(?:on\s+)?(?:earlier|later|last|this|next|on|in|early|late)?\s*[a-z]+(?:\s+(?:week|month|year))?)?"
    r"\s+$"
)
# A year after a month that says which: "moved to July in 2021".
_IN_YEAR_AFTER: Final = compile_pattern(rf"\s+in\s+(?P<year>{YEAR_NUMBER})(?![0-9])")


_UNTIL_BEFORE: Final = re.compile(
    r"\b(?:until|till|through)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?$", re.IGNORECASE
)
_COPULA_BEFORE: Final = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", re.IGNORECASE)
_WHEN_AFTER: Final = re.compile(r",?\s+when\b", re.IGNORECASE)
_IN_BEFORE: Final = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_ADJUNCT_BEFORE: Final = re.compile(r"\b(?:on|in|at|during)\s+$", re.IGNORECASE)
# An aside that tells when something began, set off by a comma: "The bridge, built in 1968, was last fully
# inspected in October" (not the time of its clause, as "The heatwave, in 2015, killed ... in May" is).
_ORIGIN_ASIDE_BEFORE: Final = re.compile(
    r",\s+(?:(?:first|originally)\s+)?(?:built|founded|established|opened|completed|constructed|erected|created"
    r"|formed|launched|born|introduced|installed|commissioned|designed|laid\s+out)\s+in\s+$",
    re.IGNORECASE,
)
# A noun after a date that "the" opens: "the September 26 election", "the Nov. 3 vote".
_ATTRIBUTIVE: Final = re.compile(r"\s+(?!and\b|or\b|to\b|through\b|until\b)[a-z]{3,}")
_BORN_BEFORE: Final = re.compile(r"\bborn\b[^.;]*$")
# A year that names an edition of a recurring event: "the 2025 edition would run in late September", "the
# 2024 championship will be held in Europe, with the final scheduled for early November", "next year's
# festival runs from July 7", "Next year's game, set for Feb. 13"; the months of the sentence are that
# edition's (not "the 2022 law takes effect in January": a thing made in a year says nothing of when it acts).
_EDITION_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w&-]*\s+){0,4}(?:edition|championships?|season|festival|tournament|games|olympics"
    r"|world\s+cup|cup|race|event|show|summit|conference|contest|competition|fair|expo|marathon|finals?"
    r"|grand\s+prix|tour|carnival|convention|awards|ceremony|gala|parade|game|match|derby|draft"
    # a calendar: "the 2026 academic year will begin in mid-February"
    r"|(?:academic|school|university|college)\s+year|term|semester|calendar|timetable|schedule)\b",
    re.IGNORECASE,
)
# A day that opens its sentence: "On 3 October he was arrested"
_ON_OPENING: Final = re.compile(r"(?:^|[.!?:][\"”’']?\s+|\n\s*)On\s+$")
# What starts another clause between a year and a month: "joined in 2019 and left in March".
_CLAUSE_BETWEEN: Final = re.compile(
    r"(?<![0-9]),|[;:()]|\b(?:and|but|or|while|when|which|who|that|after|before|since|until|because|then)\b",
    re.IGNORECASE,
)


# What joins a month to a period written before it in one sentence: "was founded in March 2019 and listed in
# June" (not a clause of its own: "in 2019, but since June", "in March 2019, when ... in June").
_JOINED_BETWEEN: Final = re.compile(
    r"[^,;:()]{0,60}?\b(?:and|or|then)\b(?!\s+(?:since|when|while|because)\b)[^,;:()]{0,60}", re.IGNORECASE
)
_ASIDE_OPENS: Final = re.compile(r",\s*in\s+$", re.IGNORECASE)


def _after_aside(text: str, start: int, end: int) -> int:
    """Where the clause after the date at text[start:end] goes on: past the comma that closes it when it is
    an aside set off by commas (", in 2015, killed ..."), else right after it."""
    if text.startswith(",", end) and _ASIDE_OPENS.search(text, max(0, start - 8), start):
        return end + 1
    return end


def _event_year(
    resolver: Resolver, month: int, day: int, start: int, end: int, *, alone: bool = False
) -> int | None:
    """The year of an event a day names ("the Sept. 11 attacks", "the Jan. 6 riot"), if a word for the event
    follows (or the day stands `alone` as its name) and it is behind the publication day; the day is marked
    as one that moves no story."""
    year = EVENT_DAYS.get((month, day))
    if (
        year is None
        or not (alone or _EVENT_AFTER.match(resolver.text, end))
        or date(year, month, day) >= resolver.today
    ):
        return None
    resolver.event_day(start)
    return year


def _event_day(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the 9/11 attacks", "since 9/11", "the 7/7 bombings", "the 26/11 attacks": the event's day."""
    start, end = m.start(), m.end()
    a, b = (int(n) for n in m["ev"].split("/"))
    month, day = (a, b) if (a, b) in EVENT_DAYS else (b, a)
    alone = (
        m["ev"] == "9/11" and _EVENT_NAME_BEFORE.search(resolver.text, max(0, start - 8), start) is not None
    )
    year = _event_year(resolver, month, day, start, end, alone=alone)
    if year is None:
        return []
    return _day_mention(resolver, start, end, year, month, day, Anchoring.ABSOLUTE)


# "since" right before a month, and the present perfect before it in its clause ("has led polls since").
_SINCE_BEFORE: Final = re.compile(
    r"(?:(?P<has>\b(?:has|have|(?:it|he|she|that|there|who)['’]s)\s+(?:[a-z]+\s+){0,6}?))?\bsince\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$"
)


def _range_year_around(first: int, last: int, today: date) -> int | None:
    """The year of the first month of a range of months, across New Year if `last` comes before `first`, that
    holds today's month, if one does."""
    if first <= last:
        return today.year if first <= today.month <= last else None
    if today.month >= first:
        return today.year
    return today.year - 1 if today.month <= last else None


def _year_from_context(
    resolver: Resolver, month: int, day: int | None, start: int, end: int
) -> tuple[int, Anchoring]:
    """The year of a month or month-day written without one."""
    if day is not None and (event := _event_year(resolver, month, day, start, end)) is not None:
        return event, Anchoring.ABSOLUTE  # "the Sept. 11 attacks": 2001
    shared = _RANGE_YEAR_AFTER.match(resolver.text, end) or _RANGE_YEAR_STEP_AFTER.match(resolver.text, end)
    if shared is not None:
        # "21 March - 21 June 1952", "August/September 1956", "December to January 1944", "from December 14
        # until December 12, 2026", "between March and May last year"
        if "step" in shared.re.groupindex:
            year = resolver.today.year + STEPS[shared["step"].lower()]
            anchoring = Anchoring.PUBLICATION
        else:
            year, anchoring = int(shared["year"]), Anchoring.ABSOLUTE
        last_day = shared["dfirst"] or shared["dlast"]
        last = (month_number(shared["month"]), day_number(last_day) if last_day and day else 31)
        return (year if (month, day or 1) <= last else year - 1), anchoring
    in_year = _IN_YEAR_AFTER.match(resolver.text, end)
    if in_year is not None:
        return int(in_year["year"]), Anchoring.ABSOLUTE  # "moved to July in 2021"
    ref = resolver.reference()
    if (
        day is None
        and ref.anchoring is Anchoring.PUBLICATION
        and (other := _MONTH_RANGE_END_AFTER.match(resolver.text, end)) is not None
        and (around := _range_year_around(month, last_month := month_number(other["month"]), resolver.today))
        is not None
        and _RANGE_OPENING_BEFORE.search(resolver.text, max(0, start - 10), start)
    ):
        # "would operate 70% of their schedules between March and May", written in April, "cyclones between
        # November and April", in January: the range the publication is in; but one told in the past that
        # would end after it has ended ("Sales fell between March and May")
        last = (around + (last_month < month), last_month)
        ended = resolver.tense(start, end) is Tense.PAST and last > (
            resolver.today.year,
            resolver.today.month,
        )
        return around - ended, Anchoring.PUBLICATION
    if ref.anchoring is not Anchoring.PUBLICATION:
        if resolver.tense_cue(start, end)[1] not in WILL:
            return _narrative_year(ref, month, day), Anchoring.NARRATIVE
        # "A memorial service will be held on June 8", closing an obituary: ahead of publication
        ref = resolver.publication()
    begun = resolver.range_start(start) or resolver.listed_after(
        start, Granularity.MONTH if day is None else Granularity.DAY
    )
    if begun is not None:
        # "from Dec. 28, 2025, to Jan. 3", "on Dec. 28, Jan. 3 and Jan. 5": the first such day after the one
        # before
        first, anchoring = begun
        after = (month, day or 1) < (first.month, first.day if day else 1)
        return first.year + after, anchoring
    framed = resolver.frame_year(start, month)
    if framed is not None:  # "In 2019, sales peaked in March and fell in June"
        return framed, Anchoring.NARRATIVE
    written = resolver.written_in_sentence(start)
    if (
        written is not None
        and written.reference.granularity is Granularity.YEAR
        and _EDITION_AFTER.match(resolver.text, written.end)
        and not _ADJUNCT_BEFORE.search(resolver.text, max(0, written.start - 8), written.start)
    ):
        return written.reference.day.year, written.anchoring  # "the 2025 edition would run in late September"
    near = written or resolver.written_in_sentence(start, previous=True)
    if (
        near is not None
        and near.anchoring is Anchoring.ABSOLUTE
        and near.reference.granularity.rank >= Granularity.MONTH.rank
        and near.reference.day.month == month
        and near.reference.day.year != ref.day.year
        # not a date that qualifies a noun: "the August 1988 cease-fire"
        and _ADJUNCT_BEFORE.search(resolver.text, max(0, near.start - 8), near.start)
        and resolver.tense(start, end) is not Tense.FUTURE
        # not "since" a month ahead of publication, nor in the present perfect: "has led the polls since
        # January" is the latest January, "had slowed since mid-March" (in May 2020) not March 2021
        and not (
            (since := _SINCE_BEFORE.search(resolver.lowered, max(0, start - 80), start)) is not None
            and (
                since["has"] or (near.reference.day.year, month) > (resolver.today.year, resolver.today.month)
            )
        )
    ):
        # "crossed the Seine in late August 1944. Paris was liberated on August 25", "last bought yen in June
        # 1998, in a joint operation on June 17": the month just written with its year, years back or not
        return near.reference.day.year, Anchoring.NARRATIVE
    story = resolver.discourse()
    if (
        written is not None
        and story is not None
        and written.anchoring is Anchoring.NARRATIVE
        and written.reference.day.year == story.day.year
        and ref.day.year - story.day.year > 1
        and resolver.tense(start, end) is Tense.PAST
    ):
        # "Congress held hearings that July and passed the bill in December": a story years back goes on
        # in its own year
        year = story.day.year
        return year + ((month, day or 1) < (written.reference.day.month, 1)), Anchoring.NARRATIVE
    before = None if written is not None else resolver.written_in_sentence(start, previous=True)
    if (
        before is not None
        and story is not None
        and before.reference.day.year == story.day.year
        and ref.day.year - story.day.year > 1
        and resolver.tense(start, end) is Tense.PAST
        # not after a birth: "He was born on March 3, 1950. He retired on July 1."
        and not _BORN_BEFORE.search(resolver.lowered, max(0, before.start - 30), before.start)
    ):
        if before.reference.granularity is Granularity.YEAR:
            if _IN_BEFORE.search(resolver.text, max(0, before.start - 8), before.start) and (
                resolver.opens_sentence(start)
            ):
                # "He reached Paris in 1940. On 3 October he was arrested": the next sentence opens on a day
                # of that year; not after "dating to 1994"
                return story.day.year, Anchoring.NARRATIVE
        elif (
            before.anchoring is Anchoring.ABSOLUTE
            and before.reference.granularity.rank >= Granularity.DAY.rank
            and _ADJUNCT_BEFORE.search(resolver.text, max(0, before.start - 8), before.start)
        ):
            # "At 1:45 a.m. on Sept. 15, 2008, Lehman sought protection. ... by early October Congress had
            # approved a bailout": the next sentence goes on in the year of that day, years back; not after
            # a date that only qualifies a noun ("charged in the Dec. 21, 1988, bombing")
            first = before.reference.day
            return first.year + ((month, day or 1) < (first.month, 1)), Anchoring.NARRATIVE
    if (
        written is not None
        and Granularity.YEAR.rank <= written.reference.granularity.rank <= Granularity.MONTH.rank
        and _WHEN_AFTER.match(resolver.text, written.end)
    ):
        # "last used in 2016, when Hurricane Hermine caused flooding in early September", "came to light in
        # the summer of 2017, when on 3 July ...": the clause tells of that year
        return written.reference.day.year, Anchoring.NARRATIVE
    if (
        written is not None
        and written.reference.granularity is Granularity.YEAR
        and (
            (
                written.anchoring is Anchoring.ABSOLUTE
                and _IN_BEFORE.search(resolver.text, max(0, written.start - 8), written.start)
            )
            or resolver.lowered.startswith("last year", written.start, written.end)
        )
        and not _ORIGIN_ASIDE_BEFORE.search(resolver.text, max(0, written.start - 40), written.start)
        and not _CLAUSE_BETWEEN.search(
            resolver.text, _after_aside(resolver.text, written.start, written.end), start
        )
        and Tense.PAST in (resolver.tense(start, end), resolver.verb_tense(start, end))
    ):
        # "in 2022 more than 190 people died between April and October", "The deadliest heatwave, in 2015,
        # killed 2,500 people in May and early June", "last year the timetable started on Nov. 9": the months
        # of that year's clause; so a date set then ("Last year it was pushed back to December 3")
        return written.reference.day.year, Anchoring.NARRATIVE
    if (
        written is not None
        and written.anchoring is Anchoring.ABSOLUTE
        and Granularity.YEAR.rank <= written.reference.granularity.rank <= Granularity.MONTH.rank
        and written.reference.day.year != ref.day.year
        # (a past year alone leaves the next clause its own: "He joined in 2019 and left in March")
        and (
            written.reference.granularity is not Granularity.YEAR or written.reference.day.year > ref.day.year
        )
        and _ADJUNCT_BEFORE.search(resolver.text, max(0, written.start - 8), written.start)
        and not _ORIGIN_ASIDE_BEFORE.search(resolver.text, max(0, written.start - 40), written.start)
        and _JOINED_BETWEEN.fullmatch(
            resolver.text, _after_aside(resolver.text, written.start, written.end), start
        )
        # (in the past tense after a year behind, in any other after one ahead)
        and (resolver.tense(start, end) is Tense.PAST) == (written.reference.day.year < ref.day.year)
    ):
        # "was founded in March 2019 and listed in June", "expects handover in the first quarter of 2025 and
        # the first admissions in June", "will start in 2027 and finish in June": a month joined to a period
        # of another year goes on in that year
        first = written.reference.day
        return first.year + ((month, day or 1) < (first.month, 1)), Anchoring.NARRATIVE
    if (
        written is not None
        and written.anchoring is Anchoring.ABSOLUTE
        and written.reference.granularity.rank >= Granularity.MONTH.rank
        and _UNTIL_BEFORE.search(resolver.text, max(0, start - 24), start)
    ):
        # "began on 23 March 2020 and lasted until early June": the first such month after the date written
        first = written.reference.day
        return first.year + ((month, day or 31) < (first.month, first.day)), Anchoring.NARRATIVE
    tense, _, cue_after = resolver.tense_cue(start, end)
    if day is not None and tense is Tense.PAST and (dated := resolver.dated_year(month, day)) is not None:
        # "on Christmas Eve 2024 ... arrived shortly after 7pm on 24 December": that day again
        return dated, Anchoring.NARRATIVE
    today = ref.day
    text = resolver.text
    if day is None and (
        _DATA_FOR_BEFORE.search(text, max(0, start - 40), start) or _DATA_AFTER.match(text, end)
    ):
        # "retail sales figures for October are due Thursday", "the November jobs report": figures describe
        # a month that has begun, whatever the tense of their release
        return today.year - (month > today.month), Anchoring.PUBLICATION
    if (
        day is None
        and _WINDOW_TO_BEFORE.search(text, max(0, start - 40), start)
        and (tense is not Tense.FUTURE or cue_after)
    ):
        # "unemployment, at 5.1% in the three months to February, would probably peak": a measured window
        # has begun; "will rise 3% in the year to March" is a forecast's
        return today.year - (month > today.month), Anchoring.PUBLICATION
    if day is None and _DELIVERY_AFTER.match(text, end):
        # "Brent crude for January delivery fell": a futures month is one still ahead
        return today.year + (month < today.month), Anchoring.PUBLICATION
    if tense is not Tense.PAST and (under_way := _range_under_way(text, today, month, day, end)) is not None:
        # "temperatures from June to August would exceed the baseline", written in August: a range that has
        # begun and not ended is the one ahead
        return under_way, Anchoring.PUBLICATION
    named = day is not None and _COPULA_BEFORE.search(text, max(0, start - 8), start) is not None
    if tense is Tense.PRESENT and named:
        # "The last day of school is May 22", "The deadline is Sept. 15": the next one, or one days gone
        tense = Tense.FUTURE
    candidates: list[date] = []
    for year in (today.year - 1, today.year, today.year + 1):
        if day is None:
            candidates.append(date(year, month, 1))
        else:
            d = safe_date(year, month, day) or safe_date(year, month, 28)
            if d is not None:
                candidates.append(d)
    if day is None:
        this_month = today.replace(day=1)
        chosen = nearest_by_tense(candidates, this_month, tense)
        if tense is Tense.PAST and (today.month - month) % 12 >= 10 and resolver.reports_plan(start, end):
            # "told oil companies of a cutback in September", written in August: a month ten or more
            # months back would be "last September"; one a month or two ahead is a plan being reported.
            chosen = date(today.year + (month < today.month), month, 1)
        elif tense is Tense.PRESENT:
            # The nearest, and at six months either way the coming one ("The museum closes in June",
            # written in March or in December). Not every month later in the year: present-tense clauses
            # often report a past month ("have come down from the middle of October", written in February).
            chosen = min(
                candidates,
                key=lambda c: (abs((c.year - today.year) * 12 + c.month - today.month), c < this_month),
            )
    else:
        # a deadline or a plan a past clause reports may lie weeks ahead ("extended the offer to Nov. 20",
        # written on Nov. 2), a day something was done may not ("Police arrested him on Sept. 5", "On 3
        # October he was arrested")
        done = resolver.done_on(start) or (
            _ON_OPENING.search(text, max(0, start - 8), start) is not None and cue_after
        )
        slack = 0 if done else 75
        chosen = nearest_by_tense(
            candidates, today, tense, slack=slack, just_passed=named or resolver.deadline(start)
        )
        if (
            tense is not Tense.PRESENT
            and _ATTRIBUTIVE.match(text, end)
            and THE_BEFORE.search(text, max(0, start - 6), start)
        ):
            # a date that names an event ("the candidate to succeed Merkel in the September 26 election, cut
            # short a meeting", written in July; "will hold the largest bloc after strong showings in the Oct.
            # 2 first round", written on Oct. 31) takes no tense from the main verb: one at most a third as
            # far wins (not "Ballots for the Nov. 3 election will be mailed", written in February)
            nearest = min(candidates, key=lambda c: abs((c - today).days))
            distance = abs((nearest - today).days)
            if distance * 3 < abs((chosen - today).days) and distance <= 120:
                chosen = nearest
    return chosen.year, Anchoring.PUBLICATION


def _range_under_way(text: str, today: date, month: int, day: int | None, end: int) -> int | None:
    """The year of the month or month-day that begins a range written after it, when today is inside that
    range."""
    until = _RANGE_END_AFTER.match(text, end)
    if until is None:
        return None
    last_month = month_number(until["month"])
    last_day = day_number(until["day"]) if until["day"] else 31
    for year in (today.year - 1, today.year):
        first = safe_date(year, month, day or 1)
        end_year = year + ((last_month, last_day) < (month, day or 1))
        month_end = (month_span(end_year, last_month)[1] - timedelta(days=1)).date()
        last = safe_date(end_year, last_month, last_day) or month_end
        if first is not None and first <= today <= last:
            return year
    return None


def _iso_time(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """An ISO 8601 date-time, to the minute, in its own offset or else the article's zone."""
    try:
        written = datetime.fromisoformat(resolver.text[m.start("iso") : m.end()])
        begin = (written if written.tzinfo else written.replace(tzinfo=resolver.tz)).astimezone(UTC)
    except (OverflowError, ValueError):
        return []  # "2026-02-30T10:00"
    begin = begin.replace(second=0, microsecond=0)
    return [
        resolver.mention(
            m.start(),
            m.end(),
            TimexType.TIME,
            f"{written:%Y-%m-%dT%H:%M}",
            granularity=Granularity.MINUTE,
            utc=(begin, begin + timedelta(minutes=1)),
        )
    ]


def _month_from_story(
    resolver: Resolver, start: int, end: int, month: int, rel: str, day_text: str | None
) -> list[Mention]:
    """ "the following April", "the previous March 5": the first such month (or day) after, or the last
    before, the day the story is at (the publication day if no date came before)."""
    ref = resolver.reference(narrative_expression=True)
    base = ref.day
    later = rel in ("the following", "the next")
    day = day_number(day_text) if day_text else None
    year = base.year
    if day is None:
        if later and month <= base.month:
            year += 1
        elif not later and month >= base.month:
            year -= 1
        return [_month_mention(resolver, start, end, year, month, ref.derived_anchoring)]
    candidates = [d for y in (year - 1, year, year + 1) if (d := safe_date(y, month, day))]
    chosen = [d for d in candidates if d > base][:1] if later else [d for d in candidates if d < base][-1:]
    if not chosen:
        return []
    return _day_mention(resolver, start, end, chosen[0].year, month, day, ref.derived_anchoring)


def day_at(resolver: Resolver, pos: int) -> Mention | None:
    """The whole-day date written at `pos` ("March 6", "20 June 1791"), resolved, or None if none is."""
    return DETECTOR.read_at(resolver, pos, Granularity.DAY)


def year_for(resolver: Resolver, month: int, day: int | None, start: int, end: int) -> tuple[int, Anchoring]:
    """The year of a month or month-day written without one (used by other detectors too)."""
    return _year_from_context(resolver, month, day, start, end)


_NTH: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def _nth_weekday(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the first Sunday of September 1983", "the last Monday in May": a day of the month, its year written
    or, like a month's, chosen by the tense."""
    start, end = m.start(), m.end()
    word = m["m8"]
    if not _capitalised_month(word, True):
        return []
    month, weekday = month_number(word), weekday_number(m["nwd"])
    nth = m["nth"].lower()
    n = _NTH[nth] if nth in _NTH else int(nth[0])
    if m["y8"]:
        year, anchoring = int(m["y8"]), Anchoring.ABSOLUTE
    else:
        year, anchoring = year_for(resolver, month, None, start, end)
    try:
        day = nth_weekday(year, month, weekday, n)
    except (ValueError, OverflowError):
        return []
    if day.month != month:
        return []  # no fifth Monday that month
    return _day_mention(resolver, start, end, day.year, day.month, day.day, anchoring)


def _narrative_year(ref: Reference, month: int, day: int | None) -> int:
    """The year of a month or month-day in a narrative: the discourse year, or the next one when the date
    would fall more than seven months before a discourse date of month or day precision (stories move on:
    "On December 7, 1941 ... In January, ..." is January 1942)."""
    year = ref.day.year
    if ref.granularity in (
        Granularity.MONTH,
        Granularity.DAY,
        Granularity.WEEK,
        Granularity.PART_OF_DAY,
        Granularity.HOUR,
        Granularity.MINUTE,
    ):
        months_back = (
            (ref.day.month - month) if day is None else (ref.day.month - month) + (ref.day.day - day) / 31
        )
        if months_back > 7:
            return year + 1
    return year


# Between a date and a bare day after it, words that move the story on: "opened on March 30 and received
# its first patients on the 3rd", "began on Nov. 28. By the 2nd".
_SEQUENCE_BETWEEN: Final = re.compile(r"\b(?:and|then|until|by|before|later|after\s+that)\b", re.IGNORECASE)


def _later_in_sequence(
    resolver: Resolver, after: int, start: int, end: int, ymd: tuple[int, int, int]
) -> bool:
    """Whether a bare day smaller than the date written before it is in the next month: the text moves on
    from that date to it, and a past-tense clause does not land after the publication."""
    if not _SEQUENCE_BETWEEN.search(resolver.text, after, start):
        return False
    y, mo = add_months(ymd[0], ymd[1], 1)
    later = safe_date(y, mo, ymd[2])
    return later is not None and (later <= resolver.today or resolver.tense(start, end) is not Tense.PAST)


def _year_falling_on(
    resolver: Resolver, year: int, month: int, day: int, anchoring: Anchoring, start: int, end: int
) -> tuple[int, Anchoring]:
    """The year of a month-day said to fall on a weekday ("when March 17 fell on a Sunday", "on Oct. 5, a
    Sunday,"), as `_year_of_weekday` finds it, unless that year goes against the tense of the clause: "It
    ends on Oct. 5, a Monday", written in September 2021, is no Monday of 2020."""
    falls = FALLS_ON_AFTER.match(resolver.text, end)
    if falls is None:
        return year, anchoring
    found, found_anchoring = _year_of_weekday(resolver, falls["weekday"], year, month, day, anchoring)
    if found == year or (moved := safe_date(found, month, day)) is None:
        return year, anchoring
    tense = resolver.tense(start, end)
    if (tense is Tense.FUTURE and moved < resolver.today) or (tense is Tense.PAST and moved > resolver.today):
        return year, anchoring
    return found, found_anchoring


def _year_of_weekday(
    resolver: Resolver, weekday: str | None, year: int, month: int, day: int, anchoring: Anchoring
) -> tuple[int, Anchoring]:
    """The year a month-day falls on the weekday written with it, when the year chosen for it lacks that and
    the one before or after has it ("on Saturday, April 25", written on Friday 24 April 1998 in a past-tense
    clause, is 1998's: April 25, 1997 was a Friday), or else the story's year or one next to it ("returned
    to London on Friday 5 September", in a 2022 piece on 31 August 1997)."""
    if weekday is None:
        return year, anchoring
    wanted = weekday_number(weekday.rstrip("."))
    story = resolver.discourse()
    near_story: tuple[int, ...] = (
        () if story is None else (story.day.year, story.day.year + 1, story.day.year - 1)
    )
    for i, candidate in enumerate((year, year - 1, year + 1, *near_story)):
        found = safe_date(candidate, month, day)
        if found is not None and found.isoweekday() == wanted:
            return candidate, anchoring if i < 3 else Anchoring.NARRATIVE
    return year, anchoring


def _day_mention(
    resolver: Resolver, start: int, end: int, year: int, month: int, day: int, anchoring: Anchoring
) -> list[Mention]:
    d = safe_date(year, month, day)
    if d is None:
        return []
    return [resolver.day_mention(start, end, d, anchoring)]


def _month_mention(
    resolver: Resolver, start: int, end: int, year: int, month: int, anchoring: Anchoring
) -> Mention:
    return resolver.mention(
        start,
        end,
        TimexType.DATE,
        month_value(year, month),
        span=month_span(year, month),
        granularity=Granularity.MONTH,
        anchoring=anchoring,
    )


def _year_mention(resolver: Resolver, start: int, end: int, year: int) -> Mention:
    return resolver.mention(
        start, end, TimexType.DATE, year_value(year), span=year_span(year), granularity=Granularity.YEAR
    )


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    text = resolver.text
    start, end = m.start(), m.end()
    if m.group("nth"):
        return _nth_weekday(m, resolver)
    if m.group("spoken"):
        return _spoken_year(m, resolver)
    if m.group("thousand"):
        year = 2000 + (int(NUMBER_WORDS[m["thousand_n"].lower()]) if m["thousand_n"] else 0)
        return [_year_mention(resolver, start, end, year)]
    if m.group("iso"):
        if m["ih"]:
            return _iso_time(m, resolver)
        return _day_mention(
            resolver, start, end, int(m["iy"]), int(m["im"]), int(m["id"]), Anchoring.ABSOLUTE
        )
    if m.group("ev"):
        return _event_day(m, resolver)
    if m.group("n1"):
        a, b, y = int(m["n1"]), int(m["n2"]), int(m["n3"])
        if len(m["n3"]) == 2:
            y = two_digit_year(y, resolver.today.year)
        month, day = (b, a) if resolver.date_order.upper().startswith("D") else (a, b)
        if month > 12 >= day:
            month, day = day, month  # "16/11/24" can only be read one way, whatever the order asked for
        return _day_mention(resolver, start, end, y, month, day, Anchoring.ABSOLUTE)
    if m.group("m1"):
        word = m["m1"]
        if not _capitalised_month(word, True):
            return []
        month = month_number(word)
        d1 = day_number(m["d1"])
        if m["y1"]:
            year, anchoring = int(m["y1"]), Anchoring.ABSOLUTE
        else:
            year, anchoring = _year_from_context(resolver, month, d1, start, end)
            if m["wd"]:
                year, anchoring = _year_of_weekday(resolver, m["wd"], year, month, d1, anchoring)
            else:
                year, anchoring = _year_falling_on(resolver, year, month, d1, anchoring, start, end)
        if m["d2"] and m["d2word"] is not None and day_number(m["d2"]) <= d1:
            return _day_mention(resolver, start, m.start("dash1"), year, month, d1, anchoring)
        if m["d2"]:
            first_end = m.start("dash1")
            d2 = day_number(m["d2"])
            y_end = m.end("y1") if m["y1"] else m.end("d2")
            return _day_mention(resolver, start, first_end, year, month, d1, anchoring) + _day_mention(
                resolver, m.start("d2"), y_end, year, month, d2, anchoring
            )
        return _day_mention(resolver, start, end, year, month, d1, anchoring)
    if m.group("m2"):
        word = m["m2"]
        if not _capitalised_month(word, True):
            return []
        year = int(m["y2"]) if m["y2"] else two_digit_year(int(m["yy2"]), resolver.today.year)
        return [_month_mention(resolver, start, end, year, month_number(word), Anchoring.ABSOLUTE)]
    if m.group("m3"):
        word = m["m3"]
        if not _capitalised_month(word, True):
            return []
        month = month_number(word)
        d3 = day_number(m["d3"])
        if m["y3"]:
            year, anchoring = int(m["y3"]), Anchoring.ABSOLUTE
        else:
            year, anchoring = _year_from_context(resolver, month, d3, start, end)
            if m["wd"]:
                year, anchoring = _year_of_weekday(resolver, m["wd"], year, month, d3, anchoring)
            else:
                year, anchoring = _year_falling_on(resolver, year, month, d3, anchoring, start, end)
        s = start
        if m["d4"]:
            d4 = day_number(m["d4"])
            return _day_mention(resolver, s, m.start("dash3"), year, month, d3, anchoring) + _day_mention(
                resolver, m.start("d4"), end, year, month, d4, anchoring
            )
        return _day_mention(resolver, s, end, year, month, d3, anchoring)
    if m.group("m5"):
        word = m["m5"]
        if not _capitalised_month(word, True):
            return []
        month = month_number(word)
        today = resolver.today
        rel = " ".join(m["mrel"].lower().split())
        if rel.startswith("the "):
            return _month_from_story(resolver, start, end, month, rel, m["d7"])
        if rel == "that":
            # "resigned that October": the month of the year the story is in; but "said that December was the
            # worst month", "that May had lied": "that" opens a clause
            if not m["d7"] and (
                FINITE_VERB_AFTER.match(resolver.text, end)
                or _DAY_NUMBER_AFTER.match(resolver.text, end)
                or (
                    _NOUN_THEN_VERB_AFTER.match(resolver.text, end)
                    and _REPORTED_BEFORE.search(resolver.lowered, max(0, start - 60), start)
                )
            ):
                # and "said that March 8 remains the earliest date", "estimated earlier this week that
                # January outlay would fall": the date alone
                return []
            if (
                word.lower() == "may"
                and not m["d7"]
                and resolver.written_in_sentence(start, previous=True) is None
            ):
                return []  # "told reporters that May, too, ...": a name, no date in or before its sentence
            ref = resolver.reference(narrative_expression=True)
            d7 = day_number(m["d7"]) if m["d7"] else None
            if ref.anchoring is Anchoring.NARRATIVE:
                year, anchoring = ref.day.year, Anchoring.NARRATIVE
            else:
                year, anchoring = _year_from_context(resolver, month, d7, start, end)
            if d7 is not None:
                return _day_mention(resolver, start, end, year, month, d7, anchoring)
            return [_month_mention(resolver, start, end, year, month, anchoring)]
        if rel in ("last", "past"):
            # "last February" written in March is a year back: the month just gone is "last month"
            year = today.year if month < today.month - 1 else today.year - 1
        elif rel in ("next", "coming"):
            year = today.year if month > today.month else today.year + 1
        else:
            year = today.year
        if m["d7"]:
            # "last Oct. 23": the latest Oct. 23 before the publication day, "next Oct. 23" the first after
            day = day_number(m["d7"])
            if m["y7"]:
                return _day_mention(resolver, start, end, int(m["y7"]), month, day, Anchoring.ABSOLUTE)
            dates = [d for y in range(today.year - 8, today.year + 9) if (d := safe_date(y, month, day))]
            if rel in ("last", "past"):
                dates = [d for d in dates if d < today][-1:]
            elif rel in ("next", "coming"):
                dates = [d for d in dates if d > today][:1]
            else:
                dates = [d for d in dates if d.year == today.year]
            if not dates:
                return []
            return _day_mention(resolver, start, end, dates[0].year, month, day, Anchoring.PUBLICATION)
        return [_month_mention(resolver, start, end, year, month, Anchoring.PUBLICATION)]
    if m.group("m6"):
        word = m["m6"]
        if not _capitalised_month(word, True):
            return []
        if m["yrel"]:
            anchoring = Anchoring.PUBLICATION
            year = resolver.today.year + STEPS[m["yrel"].lower()]
        else:
            # "The 2016 fire ... began on May 1 that year": a year written before in the sentence counts
            ref = resolver.reference(narrative_expression=True, at=start, unit=Granularity.YEAR)
            anchoring = Anchoring.NARRATIVE if ref.anchoring is Anchoring.NARRATIVE else Anchoring.PUBLICATION
            shift = m["yref"].lower().split()[-1]
            year = ref.day.year + {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(shift, 0)
        if mday := m["d6"] or m["d6b"]:  # "May 1 that year", "3 October that year"
            return _day_mention(resolver, start, end, year, month_number(word), day_number(mday), anchoring)
        return [_month_mention(resolver, start, end, year, month_number(word), anchoring)]
    if m.group("m7"):
        if not _capitalised_month(m["m7"], True) or not int(m["bcm"]):
            return []
        return [
            resolver.mention(start, end, TimexType.DATE, f"BC{int(m['bcm']):04d}-{month_number(m['m7']):02d}")
        ]
    if m.group("bca"):
        a, b = int(m["bca"]), int(m["bcb"])
        if not 0 < b < a:
            return []
        return [
            resolver.mention(start, m.end("bca"), TimexType.DATE, f"BC{a:04d}"),
            resolver.mention(m.start("bcb"), end, TimexType.DATE, f"BC{b:04d}"),
        ]
    if m.group("m4"):
        word = m["m4"]
        if not _capitalised_month(word, False):
            return []
        if word.lower() == "may" and _modal_may(text, start, end):
            return []
        if _given_name(text, start, end, word) or _surname(text, start):
            return []
        if word.lower() == "march" and _verb_march(text, start, end):
            return []
        month = month_number(word)
        spoken = _SPOKEN_YEAR_AFTER.match(text, end)
        if spoken:  # "January nineteen ninety-seven"
            year, anchoring, end = spoken_value(spoken["spoken"]), Anchoring.ABSOLUTE, spoken.end()
        else:
            year, anchoring = _year_from_context(resolver, month, None, start, end)
        return [_month_mention(resolver, start, end, year, month, anchoring)]
    if m.group("d5b"):
        listed = resolver.listed_after(start, Granularity.DAY) or resolver.range_start(start)
        if listed is None or _ordinals_of_a_noun(text, end):
            return []  # "The 4th, 15th and 3rd Armies"
        first, anchoring = listed
        day, (y, mo) = int(m["d5b"]), (first.year, first.month)
        if day <= first.day:
            y, mo = add_months(y, mo, 1)
        return _day_mention(resolver, start, end, y, mo, day, anchoring)
    if m.group("d5"):
        of_month = _OF_THAT_MONTH.match(text, end)
        if of_month is not None:  # "on the 28th of that month": a day of the story's month
            ref = resolver.reference(narrative_expression=True)
            if ref.granularity.rank < Granularity.MONTH.rank:
                return []
            anchoring = ref.derived_anchoring
            y, mo = ref.day.year, ref.day.month
            return _day_mention(resolver, start, of_month.end(), y, mo, int(m["d5"]), anchoring)
        if not _FOLLOWING_NOUN.match(text, end) or _ordinals_of_a_noun(text, end):
            return []  # "the 4th Army", "The 4th, 15th and 3rd Armies"
        if _OF_ANOTHER_AFTER.match(text, end):
            return []  # "The storm, the 14th of the season": one of a count
        day = int(m["d5"])
        written = resolver.written_in_sentence(start, previous=True)
        if (
            written is not None
            and written.reference.granularity.rank >= Granularity.MONTH.rank
            # (not a month gone by for a day ahead: "hit by last month's floods, now have until the 15th")
            and not (
                written.anchoring is Anchoring.PUBLICATION
                and written.reference.granularity is Granularity.MONTH
                and written.reference.day.year * 12 + written.reference.day.month
                < resolver.today.year * 12 + resolver.today.month
                and resolver.tense(start, end) is Tense.FUTURE
            )
        ):
            # "reopened on Sept. 1 and closes on the 15th", "began on March 3. By the 10th": a day of the
            # month just written; the end of a range before its start is in the next month ("from Nov. 20
            # to the 5th")
            y, mo = written.reference.day.year, written.reference.day.month
            if day < written.reference.day.day and (
                resolver.range_start(start) is not None
                or _later_in_sequence(resolver, written.end, start, end, (y, mo, day))
            ):
                y, mo = add_months(y, mo, 1)
            if safe_date(y, mo, day) is not None:
                anchoring = written.reference.derived_anchoring
                return _day_mention(resolver, start, end, y, mo, day, anchoring)
        ref = resolver.reference()
        tense = resolver.tense(start, end)
        base = ref.day
        candidates = [d for d in (safe_date(base.year, base.month, day),) if d is not None]
        for shift in (-1, 1):
            y, mo = divmod(base.year * 12 + base.month - 1 + shift, 12)
            d = safe_date(y, mo + 1, day)
            if d is not None:
                candidates.append(d)
        if not candidates:
            return []
        if ref.anchoring is not Anchoring.PUBLICATION:
            tense = Tense.FUTURE  # a story moves forward: "on 2 October ... On the 5th" is October 5
        chosen = nearest_by_tense(candidates, base, tense)
        anchoring = ref.derived_anchoring
        return _day_mention(resolver, start, end, chosen.year, chosen.month, chosen.day, anchoring)
    if m.group("ya"):
        ya = int(m["ya"])
        yb_text = m["yb"]
        yb = int(yb_text) if len(yb_text) == 4 else ya - ya % 100 + int(yb_text)
        if yb <= ya or yb - ya > 200 or not _is_year(text, start, m.end("ya"), resolver, check_after=False):
            return []
        return [
            _year_mention(resolver, start, m.end("ya"), ya),
            _year_mention(resolver, m.start("yb"), end, yb),
        ]
    if m.group("bc"):
        number = int(m["bc"])
        if number == 0:
            return []
        era = m["era"].upper().replace(".", "")
        mod = "APPROX" if m["circa"] else None
        if era in ("AD", "CE"):
            return [
                resolver.mention(
                    start,
                    end,
                    TimexType.DATE,
                    year_value(number),
                    span=year_span(number),
                    granularity=Granularity.YEAR,
                    mod=mod,
                )
            ]
        return [resolver.mention(start, end, TimexType.DATE, f"BC{number:04d}", mod=mod)]
    if m.group("ad"):
        number = int(m["ad"])
        return [_year_mention(resolver, start, end, number)] if number else []
    if m.group("year"):
        if not _is_year(text, start, end, resolver):
            return []
        named = _THE_YEAR_BEFORE.search(text, max(0, start - 10), start)
        return [_year_mention(resolver, named.start() if named else start, end, int(m["year"]))]
    return []


_MODAL_AFTER: Final = re.compile(r"\s+(?:not\b|be\b|have\b|also\b|well\b|never\b|still\b|[a-z]+\b)", re.ASCII)
_DATE_AFTER_MAY: Final = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|to\b|through\b|until\b|$)", re.IGNORECASE)
_PREP_BEFORE: Final = re.compile(
    r"\b(?:in|since|by|until|till|of|during|from|to|through|before|after|early|late|mid|last|next|this|on|"
    r"between|and|or|each|every|for|the|its|their|(?:recently|early|late|soon)\s+as"
    # a month spent: "plan to spend March in Florida"
    r"|spend|spends|spent|spending)\s*-?\s*$",
    re.IGNORECASE,
)


def _modal_may(text: str, start: int, end: int) -> bool:
    """ "May" is the month after a preposition, before punctuation or before the figures it names ("will
    publish May retail data"); otherwise the modal verb."""
    if _PREP_BEFORE.search(text, max(0, start - 12), start) or _DATA_AFTER.match(text, end):
        return False
    return not _DATE_AFTER_MAY.match(text, end)


_CAPITALISED_BEFORE: Final = re.compile(r"(?P<lead>[^\s\"'“‘`(])[\"'“‘`(]*\s+(?P<word>[A-Z][a-z]+)\s+$")
# Capitalised words before a month that leave it a month, besides the prepositions of _PREP_BEFORE: other
# function words, weekdays and months.
_DATE_WORDS: Final = frozenset(
    [
        "the", "throughout", "around", "about", "also", "only", "even", "not", "but", "then", "so", "both",
        "into", "within", "for", "at", "that", "all", "as", "with", "without", "among", "beginning",
        "starting", "ending", "fiscal", "calendar", "when", "where", "while", "once", "if", "against",
        *WEEKDAYS,
        *MONTHS,
    ]
)  # fmt: skip
_NAME_AFTER: Final = re.compile(
    r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[A-Z][a-z]+"
)


def _given_name(text: str, start: int, end: int, word: str) -> bool:
    """ "April Ryan asked", "June Carter sang": a first name before a surname, unless a preposition makes it
    the month ("In April Congress passed")."""
    if word.lower() not in ("april", "june", "august"):
        return False
    return bool(_NAME_AFTER.match(text, end)) and not _PREP_BEFORE.search(text, max(0, start - 12), start)


def _surname(text: str, start: int) -> bool:
    """ "Her lawyer, Ellen March, said", "the Million Man March": a capitalised word other than a preposition
    or a date word, inside a sentence, makes a month word a name."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before["lead"] in ".!?\n" or _PREP_BEFORE.search(before["word"] + " "):
        return False
    return before["word"].lower() not in _DATE_WORDS


def _verb_march(text: str, start: int, end: int) -> bool:
    """ "March" after an auxiliary or before "on"/"to" without a date is the verb; "the annual March for
    Life" and "the ``March of the Combatant Mothers''" are events."""
    if re.search(r"\b(?:the|a|an|annual)\s+[\"'`“‘]*$", text[max(0, start - 14) : start], re.IGNORECASE):
        return bool(re.match(r"\s+(?:for|of|on|to)\s+(?:the\s+)?[A-Z]", text[end : end + 16]))
    if _PREP_BEFORE.search(text, max(0, start - 12), start) or _SUPERLATIVE_BEFORE.search(
        text, max(0, start - 14), start
    ):
        return False  # "the wettest March on record"
    return bool(re.match(r"\s+(?:on|to|through|into|against|in|from)\b", text[end : end + 10], re.IGNORECASE))


_SUPERLATIVE_BEFORE: Final = re.compile(rf"\b(?:{SUPERLATIVE}|first|last)\s+$", re.IGNORECASE)


def _spoken_year(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "nineteen ninety-six" -> 1996, only in a year-like context."""
    start, end, text = m.start(), m.end(), resolver.text
    # A year where a year is expected, or standing alone ("Atlanta, nineteen ninety-six."), or before a
    # singular noun ("a nineteen ninety-seven attack"); not a count ("nineteen twenty people").
    if not (
        _YEAR_BEFORE.search(text, max(0, start - 25), start)
        or _SENTENCE_END_AFTER.match(text, end)
        or (
            re.search(r"\b(?:a|an|the)\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
            and re.match(r"\s+[a-z]", text[end : end + 2])
            and not _PLURAL_AFTER.match(text, end)
        )
    ):
        return []
    return [_year_mention(resolver, start, end, spoken_value(m["spoken"]))]


def spoken_value(spoken: str) -> int:
    words = re.split(r"[\s-]+", spoken.lower())
    century = int(NUMBER_WORDS[words[0]])
    return century * 100 + sum(int(NUMBER_WORDS[w]) for w in words[1:] if w != "oh")


DETECTOR: Final = Detector("explicit", PATTERN, interpret)
