"""Expressions anchored on the publication time: "today", "yesterday", "tomorrow", "the day before
yesterday", "this/last/next week|month|year|weekend|quarter|decade", "three weeks ago", "in two days",
"now", "currently", "recently", "in recent weeks", "the future", "a week from today", "two weeks from
Friday", "the week after next".

Vague references get TIMEX3 PAST_REF/PRESENT_REF/FUTURE_REF with an interval that ends (or starts) at the
publication time. Its width follows the unit: "recently" and "in recent weeks" a month, "in recent
days" a week, "in recent months" six months, "in recent quarters" a year, "in recent years" five years,
and the same ahead for "the coming days/weeks/..." and "the weeks ahead"; "the future"/"a later date"
have no interval. "now"/"currently" cover the publication day. In a quotation whose attribution names the
day it was spoken ('"The only winner today is Turkey," Erdogan told supporters on Sunday'), "today",
"yesterday" and "tomorrow" count from that day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final

from app.temporal.calendar import YEARS_IN, Span, day_span, period_of, shift
from app.temporal.lexicon import DAY_WORDS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    AS_BEFORE,
    NUMBER,
    SUPERLATIVE,
    UNIT_WORD,
    WEEKDAY_WORD,
    Detector,
    compile_pattern,
    parse_number,
    unit_count,
    weekday_number,
)
from app.temporal.resolver import Resolver, Tense, clause_before
from app.temporal.trie import alternation
from app.temporal.weekday import resolve_weekday

_PROGRAMME_AFTER: Final = re.compile(r"\s+(?:programme|program|show)\b")
_DEICTIC_UNIT = r"(?:week|month|year|weekend|quarter|decade|century)(?![a-z])"

PATTERN: Final = compile_pattern(
    r"\b(?:"
    rf"(?P<day>{alternation(DAY_WORDS)})(?!['’]s\s+(?:news|paper)\b)(?![a-z])"
    r"|the\s+day\s+(?P<twice>before\s+yesterday|after\s+tomorrow)"
    r"|(?:the\s+(?=(?:last|next|past|coming|previous)\s+(?:fiscal|financial|calendar)\s+(?:year|quarter)))?"
    rf"(?P<rel>this(?:\s+coming)?|last|next|past|coming|previous)\s+(?P<fiscal>(?:fiscal|financial|calendar)\s+(?=year|quarter))?"
    rf"(?P<unit>{_DEICTIC_UNIT})"
    rf"|(?P<mod>(?:about|nearly|almost|roughly|some|around|approximately|more\s+than|less\s+than|just|only)\s+)?"
    rf"(?P<n>{NUMBER})[\s-]+(?P<unit2>{UNIT_WORD})(?P<orso>\s+or\s+so)?\s+(?P<dir>ago(?:\s+(?P<agoday>today|this\s+(?:week|month)))?|from\s+now|hence"
    # and in British usage "a week on Monday", "two weeks on Friday": the same
    rf"|(?:from|on(?<=week\son)|on(?<=weeks\son)|on(?<=fortnight\son))\s+"
    rf"(?P<fromday>today|tomorrow|yesterday|{WEEKDAY_WORD}))(?![a-z'’])"
    r"|this\s+time\s+(?P<ttrel>last|next)\s+(?P<ttunit>week|month|year)(?![a-z])"
    r"|the\s+(?P<twounit>week|weekend|month|year)\s+(?P<twodir>after\s+next|before\s+last)(?![a-z])"
    r"|the\s+(?P<newyear>new\s+year)(?![a-z'’])"
    rf"|in\s+(?P<n3>{NUMBER})\s+(?P<unit3>{UNIT_WORD})"
    r"(?!\s+(?:of|ago|later|earlier|before|after|that|which|when|where|whose|in\s+which|during\s+which)\b)"
    r"|(?P<present>right\s+now|(?<!right\s)now(?!\s+that\b)|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment"
    r")(?![a-z])"
    r"|(?P<past>recently|lately|recent\s+(?P<runit>days|weeks|months|quarters|years|decades)"
    r"|the\s+past(?!\s+(?:fiscal|financial|calendar)\s))"
    r"(?![a-z])"
    r"|(?P<soon>soon)(?![a-z])"
    r"|(?P<agobare>(?:years|months|weeks|decades)\s+ago)(?![a-z])"
    r"|(?P<future>the\s+(?:near\s+)?future|(?:the\s+)?(?:up)?coming\s+(?P<funit>days|weeks|months|years|quarters|decades)"
    r"|the\s+(?P<aunit>days|weeks|months|years|decades)\s+ahead"
    r"|a\s+later\s+date"
    # British "in future", from now on (not "in future years": an adjective)
    r"|(?<=\bin\s)future(?!\s+(?!(?:we|they|it|he|she|i|you|the|all|this|there|and|or|but|will|would)\b)[a-z]))"
    r"(?![a-z])"
    r")"
)

_NOT_SOON_BEFORE: Final = re.compile(r"\b(?:as|how|too|so)\s+$")
_NOT_SOON_AFTER: Final = re.compile(r"\s*(?:after|afterwards?|thereafter|as|than)\b")
_PAY_LATER: Final = re.compile(r",?\s+(?:and\s+)?pay\s+later\b")

# A figure compared with last year's in the same clause: "compared with $3 million last year", "a 13% increase
# from last year's $1.55 billion".
_COMPARED_BEFORE: Final = compile_pattern(
    r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.)\s+(?:(?:[^.;:]|\.[0-9])*?[0-9$%](?:[^.;:]|\.[0-9])*?\s+)?$"
)
# ... unless the figure is for a year or for months: "earnings of $4 a share for this year, up from last
# year's $3.27", "In the nine months, net rose to $525.8 million from $504.2 million last year", "forecasts
# shipments of 260 million units for 2023, down 12% from last year"
_YEAR_FIGURE_BEFORE: Final = compile_pattern(
    r"\b(?:(?:this|the|full|fiscal|calendar)[\s-]+year|months|half|(?:for|in)\s+[12][0-9]{3}(?![0-9]))(?![a-z])"
)
# A first or a record before "in N years": "its first Budget in 14 years", "the highest level in a decade".
# (further back after "the": "the most powerful storm to hit the capital in 60 years"; but "most" before a
# plural is a share: "restore electricity to most customers in two days")
_RECORD_BEFORE: Final = re.compile(
    rf"\b(?:first|only|{SUPERLATIVE}|(?:most|least)(?!\s+[a-z]+s\b))\b[^.,;:!?]{{0,30}}$"
    rf"|\b(?:the|its|their|his|her)\s+(?:first|only|{SUPERLATIVE}|most|least)\b[^.,;:!?]{{0,60}}$"
    # a count of events over a length: "its second increase in 12 months", "the third strike in two years"
    r"|\b(?:the|its|their|his|her|a)\s+(?:second|third|fourth|fifth)\s+[a-z]+\s+$"
)
_COUNT_AFTER: Final = compile_pattern(rf"\s+(?:{NUMBER})\s+[a-z]")
# Widths of the vague past ("in recent weeks") ending at the publication time, per unit.
RECENT_WIDTH: Final = {
    "": (timedelta(days=30), Granularity.MONTH),
    "days": (timedelta(days=7), Granularity.DAY),
    "weeks": (timedelta(days=30), Granularity.WEEK),
    "months": (timedelta(days=183), Granularity.MONTH),
    "quarters": (timedelta(days=365), Granularity.QUARTER),
    "years": (timedelta(days=5 * 365), Granularity.YEAR),
    "decades": (timedelta(days=30 * 365), Granularity.DECADE),
}
_APPROX_WORDS: Final = ("about", "nearly", "almost", "roughly", "some", "around", "approximately")


def _naive(dt: datetime) -> datetime:
    return dt.replace(tzinfo=None)


def _count_mod(mod: str | None) -> str | None:
    if not mod:
        return None
    word = mod.strip().lower()
    if word.startswith(_APPROX_WORDS):
        return "APPROX"
    if word.startswith("more"):
        return "MORE_THAN"
    if word.startswith("less"):
        return "LESS_THAN"
    return None


def shifted_period(resolver: Resolver, base: date, n: int, unit: str) -> tuple[str, Span, Granularity] | None:
    """The period of `unit` n units away from `base`, or None if it falls off the calendar."""
    try:
        return period_of(shift(base, n, unit), unit)
    except (ValueError, OverflowError):
        return None


# "for six weeks from Saturday": a stretch of time starting on the day.
_STRETCH_BEFORE: Final = re.compile(r"\b(?:for|over|during)\s+$")
# "67 million years ago": a count of years too large for a story's time.
_LARGE_NUMBER_BEFORE: Final = re.compile(r"\b(?:million|billion|trillion)\s+$")


# A capitalised word right before: "Ongaku Now".
_CAPITALISED_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+\s+$")
_LOWER_WORD_AFTER: Final = re.compile(r"\s+[a-z]")


def _ago(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    unit, count = unit_count(m["unit2"], parse_number(m["n"]))
    sign = -1 if m["dir"].lower().startswith("ago") else 1
    mod = _count_mod(m["mod"])
    start = m.start() if mod else m.start("n")
    if m["orso"]:
        mod = "APPROX"  # "a week or so ago"
    base = resolver.today
    if m["fromday"]:
        if _STRETCH_BEFORE.search(resolver.lowered, max(0, start - 8), start):
            return []  # "runs for six weeks from Saturday": a length and the day it starts, read apart
        if m["n"].lower() in ("a", "an") and _COUNT_BEFORE.search(
            resolver.lowered, max(0, start - 40), start
        ):
            return []  # "would run five shows a day from Monday": a rate, and the day it starts
        return _from_day(m, resolver, count, unit, mod, start)
    if count is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return [resolver.mention(start, m.end(), TimexType.DATE, value, anchoring=Anchoring.PUBLICATION)]
    if unit in ("second", "minute", "hour"):
        delta = {"second": 1, "minute": 60, "hour": 3600}[unit] * count * sign
        try:
            moment = resolver.now + timedelta(seconds=delta)
        except (OverflowError, ValueError):
            return []
        value = moment.strftime("%Y-%m-%dT%H:%M") if unit != "hour" else moment.strftime("%Y-%m-%dT%H")
        span = (_naive(moment), _naive(moment) + timedelta(hours=1 if unit == "hour" else 0, minutes=1))
        gran = Granularity.HOUR if unit == "hour" else Granularity.MINUTE
        return [
            resolver.mention(
                start,
                m.end(),
                TimexType.TIME,
                value,
                span=span,
                granularity=gran,
                anchoring=Anchoring.PUBLICATION,
                mod=mod,
            )
        ]
    if unit in YEARS_IN:
        # "a decade ago", "half a century ago": the year so many years back (2009 in 2019), not the decade it
        # falls in (the 2000s, most of it further back)
        count, unit = count * YEARS_IN[unit], "year"
    if count != int(count) or count > 100_000:
        return []
    n = int(count) * sign
    if m["agoday"]:
        # "25 years ago today", "a decade ago this week": that day or week, so many units back
        within = {"today": "day"}.get(m["agoday"].lower(), m["agoday"].split()[-1].lower())
        try:
            day = shift(base, n, unit)
            mention = resolver.period_mention(start, m.end(), day, within, Anchoring.PUBLICATION)
        except (ValueError, OverflowError):
            return []
        return [replace(mention, timex=replace(mention.timex, mod=mod))] if mod else [mention]
    if (
        unit == "year"
        and n == -1
        and (reported := resolver.reported_mention(start, m.end(), n, Anchoring.NARRATIVE, mod)) is not None
    ):
        # "sales rose from a year ago", in a report on a quarter (a half year): that quarter (half) a year
        # back (not "three years ago", which is no comparison)
        return reported
    period = shifted_period(resolver, base, n, unit)
    if period is None:
        return []
    value, span, gran = period
    return [
        resolver.mention(
            start,
            m.end(),
            TimexType.DATE,
            value,
            span=span,
            granularity=gran,
            anchoring=Anchoring.PUBLICATION,
            mod=mod,
        )
    ]


def _from_day(
    m: re.Match[str], resolver: Resolver, count: float | None, unit: str, mod: str | None, start: int
) -> list[Mention]:
    """ "a week from today", "two weeks from Friday": the day that many units after the day named."""
    if count is None or count != int(count) or count > 100_000 or unit in ("second", "minute", "hour"):
        return []
    word = m["fromday"].lower()
    if word in DAY_WORDS:
        base, anchoring = resolver.today + timedelta(days=DAY_WORDS[word]), Anchoring.PUBLICATION
    else:
        base, anchoring = resolve_weekday(resolver, weekday_number(word), None, m.start("fromday"), m.end())
    try:
        day = shift(base, int(count), unit)
    except (ValueError, OverflowError):
        return []
    return [resolver.day_mention(start, m.end(), day, anchoring, mod=mod)]


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    today = resolver.today
    pub = Anchoring.PUBLICATION
    if m["ttrel"]:  # "this time last year": about the same day a year back
        try:
            day = shift(today, 1 if m["ttrel"].lower() == "next" else -1, m["ttunit"].lower())
        except (ValueError, OverflowError):
            return []
        return [resolver.day_mention(start, end, day, pub, mod="APPROX")]
    if m["twounit"]:  # "the week after next", "the month before last"
        n = 2 if m["twodir"].lower().startswith("after") else -2
        period = shifted_period(resolver, today, n, m["twounit"].lower())
        if period is None:
            return []
        value, span, gran = period
        return [
            resolver.mention(start, end, TimexType.DATE, value, span=span, granularity=gran, anchoring=pub)
        ]
    if m["newyear"]:
        # "talks could drag into the new year": the year that starts nearest the reference; "the New Year",
        # capitalised, is as often the holiday and is left alone
        if not m["newyear"].islower():
            return []
        ref = resolver.reference()
        # but the next in the future tense after January ("will transfer to Manchester in the new year", said
        # in March)
        ahead = ref.day.month >= 7 or (ref.day.month > 1 and resolver.tense(start, end) is Tense.FUTURE)
        first = date(ref.day.year + ahead, 1, 1)
        return [resolver.period_mention(start, end, first, "year", ref.derived_anchoring)]
    if m["day"]:
        if m["day"] == "Today" and _PROGRAMME_AFTER.match(resolver.text, end):
            return []  # "BBC Radio 4's Today programme", "NBC's Today show": a title
        if m["day"] in ("Today", "TODAY") and resolver.text.endswith(("USA ", "U.S.A. "), 0, start):
            return []  # the newspaper
        if resolver.narrative and resolver.quotation_opening(start) is not None:
            # "It is us today. It will be you tomorrow.", quoted in a history: the speaker's day, not known
            return [resolver.mention(start, end, TimexType.DATE, "XXXX-XX-XX")]
        offset = DAY_WORDS[m["day"].lower()]
        if (spoken := resolver.speech_day(start, end)) is not None and spoken != today:
            # '"The only winner today is Turkey," Erdogan told supporters on Sunday night': the speaker's day
            return [resolver.day_mention(start, end, spoken + timedelta(days=offset), Anchoring.NARRATIVE)]
        return [resolver.day_mention(start, end, today + timedelta(days=offset), pub)]
    if m["twice"]:
        d = today + timedelta(days=-2 if m["twice"].lower().startswith("before") else 2)
        return [resolver.day_mention(start, end, d, pub)]
    if m["rel"]:
        rel = m["rel"].lower()
        if rel.startswith("this") and rel != "this":
            rel = "coming"  # "this coming weekend"
        unit = m["unit"].lower()
        if m["unit"][0].isupper() and not m["unit"].isupper():
            return []  # "ABC's This Week": a title
        if not m["fiscal"] and (rel == "past" or (rel == "coming" and unit != "weekend")):
            return []  # "past year" is a duration, handled there; "the past fiscal year" is the last one
        n = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[rel]
        if unit == "weekend" and rel in ("this", "coming"):
            n = 0 if today.isoweekday() < 7 or rel == "this" else 1
        elif (
            unit == "week"
            and rel == "this"
            and today.isoweekday() == 7
            and resolver.tense(start, end) is not Tense.PAST
        ):
            n = 1  # "The Fed meets this week", "Fed officials gather this week", written on a Sunday
        if unit == "quarter" and rel == "last" and resolver.last_quarter is not None:
            year, q = resolver.last_quarter
            return resolver.quarter_mention(start, end, year, q, pub)
        if (
            unit == "year"
            and rel == "last"
            and _COMPARED_BEFORE.search(resolver.text, max(0, start - 80), start)
            and not _YEAR_FIGURE_BEFORE.search(clause_before(resolver.text, start, 200))
            and (reported := resolver.reported_mention(start, end, -1, Anchoring.NARRATIVE)) is not None
        ):
            # "net of $5 million, compared with $3 million last year", in a report on a quarter (a half year):
            # the same quarter (half) a year earlier
            return reported
        period = shifted_period(resolver, today, n, unit)
        if period is None:
            return []
        value, span, gran = period
        return [
            resolver.mention(start, end, TimexType.DATE, value, span=span, granularity=gran, anchoring=pub)
        ]
    if m["unit2"]:
        return _ago(m, resolver)
    if m["unit3"]:
        if (
            resolver.tense(start, end) is not Tense.FUTURE
            or _RECORD_BEFORE.search(resolver.lowered, max(0, start - 80), start)
            or _COUNT_BEFORE.search(resolver.lowered, max(0, start - 40), start)
        ):
            # "will deliver its first Budget in 14 years": since, a length; "enter a spell of six games in 18
            # days": a rate of things over a length
            return []
        unit, count = unit_count(m["unit3"], parse_number(m["n3"]))
        if count is None or count != int(count) or count > 100_000 or unit in ("second", "minute", "hour"):
            return []
        period = shifted_period(resolver, today, int(count), unit)
        if period is None:
            return []
        value, span, gran = period
        s = m.start("n3")
        return [resolver.mention(s, end, TimexType.DATE, value, span=span, granularity=gran, anchoring=pub)]
    if m["present"]:
        if (
            m["present"].lower() == "now"
            and resolver.text[end : end + 1] == ","
            and _sentence_initial(resolver.text, start)
        ):
            return []  # "Now, ..." is a discourse marker
        if m["present"].lower() == "now" and _PAY_LATER.match(resolver.lowered, end):
            return []  # "buy now, pay later": a kind of loan
        if (
            m["present"] == "Now"
            and not _sentence_initial(resolver.text, start)
            and _CAPITALISED_BEFORE.search(resolver.text, max(0, start - 30), start)
            and _LOWER_WORD_AFTER.match(resolver.text, end)
        ):
            # "the weekly magazine Ongaku Now in an interview": a title (not a headline's "Soundbar Now
            # Available")
            return []
        if m["present"][:3].lower() == "at ":
            # "at present", "at the moment": the span leaves the preposition out
            start = m.end("present") - len(m["present"][3:].lstrip())
        return [
            resolver.mention(
                start,
                end,
                TimexType.DATE,
                "PRESENT_REF",
                span=day_span(today),
                granularity=Granularity.DAY,
                anchoring=pub,
            )
        ]
    if m["past"]:
        width, gran = RECENT_WIDTH[(m["runit"] or "").lower()]
        if m["past"].lower() == "the past":
            if _COUNT_AFTER.match(resolver.text, end):
                return []  # "the past three summers": "past" qualifies what is counted
            return [resolver.mention(start, end, TimexType.DATE, "PAST_REF", anchoring=pub)]
        if AS_BEFORE.search(resolver.lowered, max(0, start - 4), start) and resolver.lowered.startswith(
            " as ", end
        ):
            return []  # "as recently as May": how recent the date after it is
        if resolver.lowered.endswith(("most ", "least "), 0, start):
            return []  # "three titles, most recently in 2022": the last time, told by the date after it
        s = m.start("past")
        now = _naive(resolver.now)
        return [
            resolver.mention(
                s, end, TimexType.DATE, "PAST_REF", span=(now - width, now), granularity=gran, anchoring=pub
            )
        ]
    if m["agobare"]:  # "praised by inspectors years ago": some time back, how long unsaid
        if _LARGE_NUMBER_BEFORE.search(resolver.lowered, max(0, start - 10), start):
            return []  # "some 67 million years ago": a geological age, not a time of the story
        return [resolver.mention(start, end, TimexType.DATE, "PAST_REF", anchoring=pub)]
    if m["soon"]:
        # "will soon begin", "may soon seek", "healthy enough soon": a time ahead; not "soon after", "as soon
        # as", "soon became" (a little later in a past story)
        lowered = resolver.lowered
        if (
            resolver.narrative  # "Soon the war would begin": later in the story, which has no date
            or _NOT_SOON_BEFORE.search(lowered, max(0, start - 5), start)
            or _NOT_SOON_AFTER.match(lowered, end)
            or resolver.tense(start, end) is Tense.PAST
        ):
            return []
        return [resolver.mention(start, end, TimexType.DATE, "FUTURE_REF", anchoring=pub)]
    if m["future"]:
        unit = (m["funit"] or m["aunit"] or "").lower()
        if not unit:  # "the future", "a later date": no telling how far
            if m["future"].endswith("Future"):
                return []  # "Fight for the Future", "Back to the Future": a name
            return [resolver.mention(start, end, TimexType.DATE, "FUTURE_REF", anchoring=pub)]
        width, gran = RECENT_WIDTH[unit]
        now = _naive(resolver.now)
        return [
            resolver.mention(
                start,
                end,
                TimexType.DATE,
                "FUTURE_REF",
                span=(now, now + width),
                granularity=gran,
                anchoring=pub,
            )
        ]
    return []


# Things counted before "in N days": "six games in 18 days", "three wins in 10 days".
_COUNT_BEFORE: Final = re.compile(
    r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|many)\s+"
    r"(?:[a-z-]+\s+)?[a-z]{2,}s\s+$"
)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip()
    return not before or before[-1] in ".!?\"'“"


DETECTOR: Final = Detector("deictic", PATTERN, interpret)
