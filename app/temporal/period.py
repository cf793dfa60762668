"""Seasons, quarters, halves and fiscal years: "last summer", "the summer of 2013", "this fall",
"the third quarter", "third-quarter", "Q4 2020", "the first quarter of next year", "the second half",
"fiscal 1998", "the weekend", "the end of the month".

Without a year: "this" is the current one, "last"/"next" the previous/next one; otherwise the tense
decides as for months (previous occurrence in the past tense, next in the future, nearest otherwise).
Quarters in financial news default to the quarter the discourse is about, else by tense the latest
quarter that has begun (past) or the next one (future).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

from app.temporal import explicit, holiday
from app.temporal.calendar import (
    century_value,
    day_span,
    fuzzy_span,
    period_of,
    quarter_of,
    season_span,
    shift,
    week_value,
    weekend_saturday,
)
from app.temporal.lexicon import ORDINAL_WORDS, SEASONS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    AFTER_BEFORE,
    MONTH_WORD,
    NAME_AFTER,
    YEAR_NUMBER,
    Detector,
    compile_pattern,
    month_number,
    parse_number,
    two_digit_year,
)
from app.temporal.resolver import (
    COMMA,
    NOT_PLURAL,
    SINCE_BEFORE,
    Reference,
    Resolver,
    Tense,
    nearest_by_tense,
)

_ORD = r"first|second|third|fourth|1st|2nd|3rd|4th"
# The year a fiscal year ends in, after the one it starts in: "FY2023-24", "the 2024/25 financial year".
_FY_END = r"(?:[-–/](?P<{}>[0-9]{{4}}|[0-9]{{2}})(?![0-9]))?"

PATTERN: Final = compile_pattern(
    r"\b(?:"
    rf"(?:(?P<srel>this\s+past|this\s+coming|this|last|next|past|coming|the\s+coming|the|late|early|mid)[\s-]+)?(?P<season>spring|summer|fall|autumn|winter)"
    rf"(?![a-z])(?!\s+bank\s+holiday)(?:(?P<sof>\s+of)?\s+(?:(?P<sbc>[0-9]{{1,4}})\s*(?:BC|B\.C\.?|BCE)(?![a-z])|(?P<syear>{YEAR_NUMBER})"
    rf"(?:[-–/](?P<syear2>[0-9]{{2}}(?![0-9])))?|(?P<sspoken>{explicit.SPOKEN_YEAR})(?![a-z-])))?"
    # "the 2013 summer"; not "the 1984 Winter Olympics", a name
    rf"|(?P<ysyear>{YEAR_NUMBER})\s+(?P<ysseason>spring|summer|fall|autumn|winter)(?![a-z])"
    r"(?!\s+(?:olympics?|games|paralympics?)\b)"
    # "two summers ago": so many summers back, last summer counted as one
    r"|(?P<sago>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?P<sagoseason>summer|winter|spring|autumn)s"
    r"\s+ago(?![a-z])"
    r"|(?:the\s+)?(?:(?P<qago>(?:comparable\s+|same\s+)?(?:year-earlier|year-ago|prior-year))\s+(?=(?:[a-z0-9]+[\s-]+)?quarter))?"
    rf"(?:(?P<qord>{_ORD}|final|last|latest|current|previous|prior|year-earlier|year-ago|same|corresponding"
    r"|comparable|next|this|"
    r"recent|just-ended|just-completed)[\s-]+)?(?:fiscal[\s-]+)?(?P<quarter>quarter)(?!s|ly|[\s-]?finals?)(?![a-z])"
    rf"(?:\s+(?:of\s+(?:fiscal\s+)?)?(?P<qyear>{YEAR_NUMBER})|\s+of\s+(?:the\s+)?(?P<qyrel>this|last|next|current)\s+year"
    r"|\s+of\s+the\s+(?P<qythe>year)(?![a-z'’-])"
    r"|(?P<qlate>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)(?![a-z'’])))?"
    rf"|Q(?P<qn>[1-4])(?:\s*(?P<qy>{YEAR_NUMBER}))?(?![a-z0-9])"
    # analysts' shorthand: "3Q23", "2Q 2024", "H1 2024", "1H24", "FY2024", "FY24"
    rf"|(?P<qn2>[1-4])Q(?:\s*(?P<qy2>{YEAR_NUMBER}|['’]?[0-9]{{2}}(?![0-9])))?(?![a-z0-9])"
    rf"|(?:H(?P<hn>[12])|(?P<hn2>[12])H)\s*(?P<hy>{YEAR_NUMBER}|['’]?[0-9]{{2}}(?![0-9]))(?![a-z0-9])"
    rf"|FY\s*(?P<fy2>{YEAR_NUMBER}|['’]?[0-9]{{2}}(?![0-9])){_FY_END.format('fy2end')}"
    # (hyphenated before a figure of a business: "a 9% drop in first-half sales"; not "a second-half goal")
    rf"|(?:the\s+)?(?P<hord>first|second|1st|2nd|latter|last)(?:\s+|-(?=half\s+(?:sales|profits?|results"
    r"|earnings|revenues?|loss|losses|growth|output|turnover|performance|margins?|figures|dividends?|outlook"
    r"|recovery|slowdown)\b))half(?![a-z])(?!-(?:century|decade)(?![a-z]))"  # not "the last half-century"
    rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<hyear>{YEAR_NUMBER})|(?:the\s+)?(?P<hyrel>this|last|next|current)\s+year"
    r"|the\s+year))?"
    rf"|(?:(?:the\s+)?(?:fiscal|financial)\s+year|fiscal)\s+(?P<fy>{YEAR_NUMBER}|['’]?[0-9]{{2}}(?![0-9]))"
    rf"{_FY_END.format('fyend')}"
    # "the 2022 financial year", "the 2024-25 fiscal year", "the 2023/24 tax year"
    rf"|(?:the\s+)?(?P<yfy>{YEAR_NUMBER}){_FY_END.format('yfyend')}\s+(?:fiscal|financial|tax)\s+year(?![a-z])"
    # (a name or a number after "of", "before", "after", read with case: "the weekend after heavy rain" is the
    # weekend)
    r"|(?P<wrel>(?:this|the)\s+past|the|this|last|next)\s+(?:(?:long|holiday|bank\s+holiday)\s+)?weekend(?![a-z])"
    r"(?!\s+(?:of|before|after)\s+(?-i:[A-Z0-9]))"
    r"|the\s+(?:(?P<wnth>first|second|third|fourth|last|final)\s+)?(?P<weekof>week(?:end)?)\s+(?P<wside>of|before|after)\s+"
    r"(?=(?-i:[A-Z0-9])|(?:the|this)\s+(?:month|year)(?![a-z'’-]))"
    # "the last day of June", "the first day of the month", "the last month of 2024"
    r"|the\s+(?P<dnth>first|last|final)\s+(?P<dunit>day|month)\s+of\s+(?=(?-i:[A-Z0-9])|(?:the|this)\s+(?:month|year)(?![a-z'’-]))"
    # "the July-September quarter", "the April-June period of 2024": a calendar quarter by its months
    rf"|the\s+(?P<mq1>{MONTH_WORD})\.?\s*[-–]\s*(?P<mq2>{MONTH_WORD})\.?\s+(?:fiscal\s+)?(?:quarter|period)(?![a-z])"
    rf"(?:\s+(?:of\s+)?(?P<mqy>{YEAR_NUMBER}))?"
    # and by the month it ends in, as in Australia: "the December quarter" (Q4)
    r"|the\s+(?P<mqend>March|June|September|December|Mar|Jun|Sept?|Dec)\.?\s+quarter(?![a-z])"
    rf"(?:\s+(?:of\s+)?(?P<mqendy>{YEAR_NUMBER}))?"
    rf"|the\s+(?P<qyr>{YEAR_NUMBER})\s+(?:(?P<qord2>{_ORD}|fourth)[\s-]+)?(?:fiscal\s+)?quarter(?![a-z])"
    rf"|the\s+(?P<prd>latest|year-earlier|year-ago|same|comparable|corresponding|{YEAR_NUMBER})\s+period(?![a-z])"
    r"(?P<prdlate>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)(?![a-z'’]))?"
    rf"|last\s+year['’]s\s+(?:(?P<lyord>{_ORD})[\s-]+)?(?P<lyq>quarter|period)(?![a-z])"
    r"|the\s+(?:(?:full|fiscal|current|calendar|latest)\s+){0,2}(?P<theyear>year)(?![a-z'’-]|\s+[0-9])"
    # "up 0.5% on the week", "the week's most active session" (see _WEEK_FRAME_BEFORE)
    r"|the\s+(?P<theweek>week)(?=['’]s\b|(?![a-z'’-])(?!\s+(?:of|before|after|ahead|earlier|later|that|when)\b))"
    r"|(?P<yearend>year[-\s]end)(?![a-z])"
    # "by mid-year" (the modifier joins it, see modifier.py), "midyear", "midweek"
    r"|(?:(?<=\bmid-)|(?<=\bmid\s))(?P<midbare>year|month|week|century)(?![a-z'’-])"
    r"|mid(?P<midword>year|month|week|century)(?![a-z])"
    r"|(?P<unitend>month|week|year)['’]s\s+(?P<endword>end|close|start|beginning)(?![a-z])"
    r"|(?P<inthe>earlier|later)\s+in\s+the\s+(?P<inunit>year|month|week|day|quarter)(?![a-z])"
    r"|(?:the\s+)?(?P<part>end|beginning|start|middle|close)\s+of\s+(?P<pdet>the|this)\s+"
    r"(?P<punit>month|year|week|quarter|decade|century)(?![a-z])"
    r"|(?:the\s+)?turn\s+of\s+the\s+(?P<turn>century|millennium)"
    r"|the\s+rest\s+of\s+the\s+(?P<rest>day|week|month|year)"
    r"(?![a-z])"
    r")"
)
_SEASON_CONTEXT: Final = re.compile(
    r"\b(?:in|during|since|until|till|by|over|through|throughout|this|last|next|early|late|mid|before|after|"
    r"for|of|the)\s*-?\s*$",
    re.IGNORECASE,
)
_INTO_BEFORE: Final = re.compile(r"\b(?:into|to|towards?)\s+$", re.IGNORECASE)
# A season described, which is one: "after a weak summer", "prepares for a crowded spring", "a wet autumn"
# (not "a hot spring", "a coil spring", "a steep fall": see interpret).
_DESCRIBED_BEFORE: Final = re.compile(
    r"\b(?:an?|another)\s+(?:(?:very|unusually|particularly|relatively|exceptionally|record)[\s-]+)?"
    r"(?:wet|wetter|dry|drier|warm|warmer|cold|colder|cool|cooler|mild|milder|harsh|harsher|hard|long|longer"
    r"|short|busy|busier|quiet|quieter|crowded|weak|weaker|strong|stronger|sluggish|slow|slower|record|bumper"
    r"|tough|tougher|difficult|brutal|bad|good|great|sunny|rainy|snowy|stormy|chilly|bleak|lean|hectic|packed"
    r"|disappointing|miserable|challenging|successful|soft|softer|bitter|severe|rough|normal|typical|frantic"
    r"|volatile|turbulent|eventful|memorable|hot|hotter|sweltering|scorching|freezing)\s+$",
    re.IGNORECASE,
)

# After "fall"/"spring" these make it a noun or a verb ("the fall of Saigon", "prices fall back"), not a
# season; "the Spring Offensive" stays a season.
_FALL_VERB_AFTER: Final = re.compile(r"\s+(of|in|from|back|to)(?![a-z])", re.IGNORECASE)
# ... but after these the season is the time of what comes before it: "will return in the fall to teach".
_IN_THE_BEFORE: Final = re.compile(r"\b(?:in|during|until|till|through|by|over)\s+the\s+$", re.IGNORECASE)
# ... and after "the fall" these make it the subject of a decline: "On high streets the fall reached 63.5%",
# "the fall was the steepest since 2009" (not "In the fall, ...", "during the fall was").
_DECLINE_VERB_AFTER: Final = re.compile(
    r"\s+(?:reached|came|followed|left|wiped|took|marked|accelerated|deepened|slowed|eased|amounted|represents"
    r"|represented|compares|compared|equals|equall?ed|pushed|dragged|knocked|erased|extended|continued"
    r"|(?:was|is)\s+(?:the\s+(?:biggest|largest|steepest|sharpest|smallest|first|second|third|fourth|worst|most)"
    r"|driven|due|partly|largely|mainly|steeper|sharper|bigger|larger|smaller))(?![a-z])",
    re.IGNORECASE,
)
# ... and these make it a verb even after "this" ("let this fall apart", "watch this spring back").
_FALL_PARTICLE_AFTER: Final = re.compile(
    r"\s+(?:apart|behind|short|through|victim|prey|silent|asleep|ill|flat|foul|into|out|away|off|over|under"
    r"|below|above|sharply|further|back|open|shut|free|loose|down)(?![a-z])",
    re.IGNORECASE,
)

# A season also stands alone before a campaign ("the Chinese Winter Offensive", "a spring offensive", "the
# Autumn Harvest Uprising") and after another season ("the spring and summer", "the fall and winter").
_SEASON_EVENT_AFTER: Final = re.compile(
    r"['’\"]?\s+(?:[A-Z][a-z]+\s+)?(?:offensives?|campaigns?|fighting|uprising|revolt|rebellion)(?![a-z])",
    re.IGNORECASE,
)
# Words of a game being played, which make "the fourth quarter" or "the second half" a part of it. Searched in
# lower-cased text without a leading \b, so that the regex engine can skip to their first letters.
_GAME: Final = re.compile(
    r"(?:scor(?:ed|ing|eless)|touchdowns?|baskets?|rebounds?|assists|innings?|halftime|half-time|overtime"
    r"|quarterback|free\s+throws?|field\s+goals?|three-pointers?|3-pointers?|tip-?off|kick-?off|buzzer"
    r"|timeouts?|goalkeeper|penalty\s+kick|the\s+(?:game|match))\b"
)
_GAME_WINDOW: Final = 200
_UNIT_GRANULARITY: Final = {
    "year": Granularity.YEAR, "quarter": Granularity.QUARTER, "month": Granularity.MONTH,
    "week": Granularity.WEEK, "day": Granularity.DAY, "decade": Granularity.DECADE,
}  # fmt: skip
_OF_AFTER: Final = re.compile(r"\s+of\s", re.IGNORECASE)
_YEAR_AFTER: Final = re.compile(r"\s+(?:of|in)\s+[12][0-9]{3}\b")
# A season that names an event, a practice or a kind of thing, not its time: "the next Summer Games", "spring
# training", "winter wheat", "winter tyres".
NOT_A_SEASON_AFTER: Final = re.compile(
    r"\s+(?:olympics?|games|paralympics?|wheat|barley|rye|oats|canola|rapeseed|crops?|tyres?|tires?|coats?"
    r"|jackets?|squash|sports)\b",
    re.IGNORECASE,
)
# What a season does as a sentence's subject, which makes a bare one a season: "Spring arrives next week", "As
# autumn settles over the city", "Winter is coming".
_SEASON_VERB_AFTER: Final = re.compile(
    r"\s+(?:(?:has|had|is|was|will)\s+)?(?:arriv(?:es|ed|ing|e)|begins?|began|beginning|begun|starts?|started"
    r"|ends|ended"
    r"|ending|settles?|settled|settling|sets\s+in|set\s+in|comes|came|coming|approach(?:es|ed|ing))(?![a-z])",
    re.IGNORECASE,
)
_SPRING_TRAINING: Final = re.compile(r"\s+training\b", re.IGNORECASE)
_SEASON_PAIR_BEFORE: Final = re.compile(
    r"(?:spring|summer|fall|autumn|winter),?\s+(?:and|or)\s+$", re.IGNORECASE
)


# What puts a season around the time of writing: "the rest of the summer", "at this point in the winter".
_THE_CURRENT_BEFORE: Final = re.compile(
    r"\b(?:(?:the\s+)?(?:rest|remainder)\s+of|(?:this|that)\s+(?:point|stage|time)\s+(?:in|of))\s+$",
    re.IGNORECASE,
)


def season_mention(
    resolver: Resolver,
    start: int,
    end: int,
    year: int,
    code: str,
    anchoring: Anchoring,
    mod: str | None = None,
) -> Mention:
    return resolver.mention(
        start,
        end,
        TimexType.DATE,
        f"{year:04d}-{resolver.season(code)}",
        span=season_span(year, code),
        granularity=Granularity.SEASON,
        anchoring=anchoring,
        mod=mod,
    )


def _season_start(year: int, code: str) -> date:
    return season_span(year, code)[0].date()


def _last_season_year(today: date, code: str) -> int:
    """The year of "last summer": the one before "this summer" while this one lasts or has just ended (a
    month, while "this summer" still names it); after that the latest: "last winter" said in September,
    "last autumn" in January."""
    starts = [_season_start(y, code) for y in (today.year - 1, today.year, today.year + 1)]
    latest = max((s for s in starts if s <= today), default=starts[0])
    if today < latest + timedelta(days=_SEASON_DAYS + 31):
        latest = latest.replace(year=latest.year - 1)
    return latest.year + (1 if code == "WI" else 0)


def _current_season_year(day: date, code: str) -> int:
    """The year of the season named `code` that is current or most recent at `day`."""
    return day.year + 1 if code == "WI" and day.month == 12 else day.year


_APPOSITION: Final = re.compile(r",\s+")
# What makes "the week" the story's week rather than any week ("three days of the week"): a market's tally
# ("up 0.5% on the week", "For the week, the index dropped 3.8%", "ended the week higher"), or its possessive
# ("the week's most active session").
_WEEK_FRAME_BEFORE: Final = re.compile(
    r"\b(?:for|on|over|ended|ending|ends|end|closed|closing|finished|finishing|wrapped\s+up)\s+$",
    re.IGNORECASE,
)
_SEASON_DAYS: Final = 92


def _season(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    word = m["season"]
    code = resolver.season(SEASONS[word.lower()][0])
    rel = " ".join((m["srel"] or "").lower().split())
    # "this coming fall" is the next one
    rel = {"this coming": "next", "the coming": "coming"}.get(rel, rel)
    start, end = m.start(), m.end()
    text = resolver.text
    if NOT_A_SEASON_AFTER.match(text, m.end("season")) or (
        word.lower() == "spring" and _SPRING_TRAINING.match(text, m.end("season"))
    ):
        return []  # "the next Summer Games", "spring training"
    if rel in ("", "the") and not (m["syear"] or m["sspoken"] or m["sbc"]) and _OF_AFTER.match(text, end):
        return []  # "the fall of that year" is read from the year (modifier), "the fall of Rome" not at all
    if m["syear"] or m["sspoken"]:  # "the summer of 2013", "the winter of nineteen ninety-four"
        year = int(m["syear"]) if m["syear"] else explicit.spoken_value(m["sspoken"])
        if m["syear2"]:
            if code != "WI" or int(m["syear2"]) != (year + 1) % 100:
                end = m.start("syear2") - 1  # "the summer of 2022-23" is not one season: the first year's
            else:
                year += 1  # "the winter of 2022-23" is named by the year of its January (2023-WI)
        return [season_mention(resolver, start, end, year, code, Anchoring.ABSOLUTE)]
    if m["sbc"]:  # "the autumn of 481 BC": no interval, the timeline cannot hold it
        if not int(m["sbc"]):
            return []
        return [
            resolver.mention(start, end, TimexType.DATE, f"BC{int(m['sbc']):04d}-{resolver.season(code)}")
        ]
    if rel in ("late", "early", "mid"):
        start = m.start("season")
        rel = ""
    if (
        not rel
        and not _SEASON_CONTEXT.search(text, max(0, start - 12), start)
        # "well into autumn", "the coldest start to winter": not "spring into action", "fall to"
        and not (
            word.lower() not in ("fall", "spring") and _INTO_BEFORE.search(text, max(0, start - 8), start)
        )
        and not _SEASON_EVENT_AFTER.match(text, end)
        and not _SEASON_PAIR_BEFORE.search(text, max(0, start - 20), start)
        and not _described(text, start, word)
        # ("Spring arrives", capitalised: not "stocks fall coming into the close")
        and not (
            (word[0].isupper() or word.lower() not in ("fall", "spring"))
            and _SEASON_VERB_AFTER.match(text, end)
        )
    ):
        return []
    if (
        word.lower() in ("fall", "spring")
        and rel in ("", "the")
        and (verb := _FALL_VERB_AFTER.match(text, end))
        and not _described(text, start, word)  # "dealing with a dry spring in parts of Northland"
        and not (
            verb[1].lower() in ("to", "from")
            and _IN_THE_BEFORE.search(text, max(0, start - 16), m.start("season"))
        )
    ):
        return []  # "the fall of Saigon", "prices fall"; not "will return in the fall to teach"
    if (
        word.lower() == "fall"
        and rel in ("", "the")
        and _DECLINE_VERB_AFTER.match(text, end)
        and not _IN_THE_BEFORE.search(text, max(0, start - 16), m.start("season"))
    ):
        return []  # "the fall reached 63.5%": a decline
    if (
        word.lower() in ("fall", "spring")
        and rel in ("", "the", "this")
        and _FALL_PARTICLE_AFTER.match(text, end)
    ):
        return []  # "We can't let this fall apart"
    if (
        word[0].isupper()
        and rel in ("", "the")
        and NAME_AFTER.match(text, end)
        and not _SEASON_EVENT_AFTER.match(text, end)
    ):
        return []  # "the Winter Palace", "the Summer Olympics": a name
    ref = resolver.reference()
    today = ref.day
    anchoring = ref.derived_anchoring
    # season starts, with the year each is named by (a winter starting in December is the next year's)
    label = 1 if code == "WI" else 0
    candidates = [_season_start(y, code) for y in (today.year - 1, today.year, today.year + 1)]
    current = max((c for c in candidates if c <= today), default=candidates[0])
    if ref.anchoring is not Anchoring.PUBLICATION and rel in ("", "the"):
        # the story's year; its winter once the story is in the autumn ("fall and winter" of 1775: 1776-WI)
        precise = ref.granularity.rank > Granularity.YEAR.rank
        year = today.year + 1 if code == "WI" and precise and today.month >= 9 else today.year
    elif rel == "this past":
        year = current.year + label  # the latest that has begun
    elif rel == "this":
        # the current or latest one; once it is over, the next one in a future-tense clause, and in the
        # present tense the nearer of the two ("This winter is shaping up to be cold", said in November)
        year = _current_season_year(today, code)
        ended = _season_start(year, code) + timedelta(days=_SEASON_DAYS)
        if ended <= today:
            tense = resolver.tense(start, end)
            ahead = _season_start(year + 1, code) - today
            if tense is Tense.FUTURE or (tense is Tense.PRESENT and ahead < today - ended):
                year += 1
    elif rel in ("last", "past"):
        year = _last_season_year(today, code)
    elif rel in ("next", "coming"):
        # the next to begin, unless it begins within a month, when "this winter" names it: "We have to get
        # through this winter and next winter", said in late November, is the winter after
        later = [c for c in candidates if c > today]
        upcoming = later[0] if later else candidates[-1]
        if rel == "next" and upcoming - today <= timedelta(days=31):
            upcoming = upcoming.replace(year=upcoming.year + 1)
        year = upcoming.year + label
    elif (
        rel == "the"
        and today < current + timedelta(days=_SEASON_DAYS + 30)
        and _THE_CURRENT_BEFORE.search(text, max(0, start - 24), start)
    ):
        year = current.year + label  # "will be scarce for the rest of the summer": the one under way
    elif (framed := resolver.frame_year(start)) is not None:  # "In 2016, the lake froze in the winter"
        year, anchoring = framed, Anchoring.NARRATIVE
    else:
        tense = resolver.tense(start, end)
        chosen = current if tense is Tense.PAST else nearest_by_tense(candidates, today, tense)
        if tense is Tense.FUTURE and (
            today < current + timedelta(days=_SEASON_DAYS - 30)
            or (
                today < current + timedelta(days=_SEASON_DAYS + 30)
                and AFTER_BEFORE.search(resolver.text, max(0, start - 10), start)
            )
        ):
            # "will face disruption during the summer", said in mid-June, and "return after the summer
            # break", said while it lasts or just after: this one
            chosen = current
        year = chosen.year + label
    return [season_mention(resolver, start, end, year, code, anchoring)]


def _described(text: str, start: int, word: str) -> bool:
    """Whether the season `word` at `start` is described as one ("after a weak summer", "a dry spring"); not
    "a hot spring", and a fall described is a decline ("a steep fall")."""
    if word.lower() == "fall":
        return False
    described = _DESCRIBED_BEFORE.search(text, max(0, start - 40), start)
    return described is not None and not (
        word.lower() == "spring" and described.group().lower().rstrip().endswith(" hot")
    )


def _quarter_year(resolver: Resolver, q: int, start: int, end: int) -> int:
    """The year of an ordinal quarter written without one: the latest such quarter that has begun; in a
    future-tense clause the next one if that quarter ended more than three months ago."""
    framed = resolver.frame_year(start)
    if framed is not None:  # "In 2018, sales fell in the third quarter"
        return framed
    today = resolver.reference().day
    starts = [date(y, 3 * (q - 1) + 1, 1) for y in (today.year - 1, today.year, today.year + 1)]
    begun = [s for s in starts if s <= today][-1]
    if resolver.tense(start, end) is Tense.FUTURE and (today - begun).days > 183:
        return begun.year + 1
    return begun.year


_POINT_AFTER: Final = re.compile(r"[\s-](?:percentage[\s-])?points?\b", re.IGNORECASE)


def _quarter(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    today = resolver.today
    word = (m["qord"] or "").lower()
    text = resolver.text
    if not word and not text[start:end].lower().startswith("the"):
        return []
    if text.startswith("-to-", end) or _POINT_AFTER.match(text, end):
        return []  # "quarter-to-quarter", "the quarter-point hike": a share of a percentage point
    if (
        m["quarter"][0] == "Q"
        and start > 0
        and text[start - 1 : start] == " "
        and text[start - 2 : start - 1].isupper()
    ):
        return []  # "the French Quarter"
    if text[start:end].lower().startswith("the") and "-" in text[start:end] and not m["qago"]:
        start = m.start("qord") if m["qord"] else start  # "the third-quarter loss": the adjective alone
    ordinal = ORDINAL_WORDS.get(word)
    prev_year, prev_q = (today.year, quarter_of(today) - 1) if quarter_of(today) > 1 else (today.year - 1, 4)
    if m["qyear"]:
        year = int(m["qyear"])
    elif m["qyrel"]:
        year = today.year + {"this": 0, "current": 0, "last": -1, "next": 1}[m["qyrel"].lower()]
    elif m["qythe"]:
        # "in the final quarter of the year": of the year the sentence or story is in
        year_ref = _sentence_reference(resolver, start, "year")
        year = year_ref.day.year
        if word in ("final", "last"):
            return resolver.quarter_mention(start, end, year, 4, year_ref.derived_anchoring)
    else:
        year = 0
    anchoring = Anchoring.ABSOLUTE if m["qyear"] else Anchoring.PUBLICATION
    if ordinal is not None and ordinal > 0:
        q = ordinal
        if not year:
            year = _quarter_year(resolver, q, start, end)
    elif word in ("last", "final") and year:
        q = 4  # "the last quarter of 2003"
    elif word == "final":
        # "cautious about the final quarter", written in October: the year's, as "the fourth quarter" is
        q = 4
        year = _quarter_year(resolver, q, start, end)
    elif word in ("current", "this"):
        year, q = year or today.year, quarter_of(today)
    elif word == "next":
        year, q = (today.year, quarter_of(today) + 1) if quarter_of(today) < 4 else (today.year + 1, 1)
    elif word in ("year-earlier", "year-ago"):
        base = resolver.last_quarter or (prev_year, prev_q)
        year, q = base[0] - 1, base[1]
        anchoring = Anchoring.NARRATIVE
    elif word in ("previous", "prior"):
        base = resolver.last_quarter or (prev_year, prev_q)
        year, q = (base[0], base[1] - 1) if base[1] > 1 else (base[0] - 1, 4)
        anchoring = Anchoring.NARRATIVE
    elif word in ("latest", "recent", "just-ended", "just-completed", "last"):
        year, q = prev_year, prev_q
    else:  # "the quarter", "the same quarter"; "the same quarter of 2019": that quarter in 2019
        base_year, q = resolver.last_quarter or (prev_year, prev_q)
        if year:
            # the story's quarter, compared: not the one reported on, nor where the story moves
            anchoring = Anchoring.NARRATIVE
            resolver.event_day(start)
        year = year or base_year
    if m["qago"] or m["qlate"]:
        # "the year-ago third quarter", "the quarter a year ago": that quarter of the year before the one the
        # discourse is about
        if ordinal is not None and ordinal > 0 and resolver.last_quarter and resolver.last_quarter[1] == q:
            year = resolver.last_quarter[0]
        year -= 1
        anchoring = Anchoring.NARRATIVE
    return resolver.quarter_mention(start, end, year, q, anchoring)


_HALF_VALUE: Final = re.compile(r"[0-9]{4}-H[12]")


def _half(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    if not (m["hyear"] or m["hyrel"]) and re.match(r"\s+of\s+(?!the\s+year)", resolver.text[end : end + 20]):
        return []  # "the first half of the '80s", "the first half of the contingent"
    today = resolver.today
    half = 1 if m["hord"].lower() in ("first", "1st") else 2
    if m["hyear"]:
        year, anchoring = int(m["hyear"]), Anchoring.ABSOLUTE
    elif m["hyrel"]:
        year = today.year + {"this": 0, "current": 0, "last": -1, "next": 1}[m["hyrel"].lower()]
        anchoring = Anchoring.PUBLICATION
    elif (
        (written := resolver.written_in_sentence(start)) is not None
        and written.reference.granularity is Granularity.QUARTER
        and _HALF_VALUE.fullmatch(written.value)
    ):
        # "sales in the second half of 2024 rose 9% from the first half": the other half of the year written
        year, anchoring = written.reference.day.year, Anchoring.NARRATIVE
    else:
        year, anchoring = today.year, Anchoring.PUBLICATION
        tense = resolver.tense(start, end)
        if tense is Tense.PAST and half == 2 and today.month < 7:
            year -= 1
    return resolver.half_mention(start, end, year, half, anchoring)


def _weekend(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    rel = m["wrel"].lower()
    if rel.endswith("past"):
        rel = "last"  # "this past weekend", "the past weekend"
    # "this weekend", "next weekend" count from publication as "this week" does, even in a history; "the
    # weekend" is the story's
    ref = resolver.reference() if rel == "the" else resolver.publication()
    written = resolver.written_in_sentence(m.start()) if rel == "the" else None
    if (
        written is not None
        and written.reference.granularity is Granularity.DAY
        and abs((written.reference.day - resolver.today).days) > 1  # not today, yesterday, tomorrow
        and "W" not in written.value
    ):
        # "not in session on Friday, April 19, so senators may have to work through the weekend": the weekend
        # that day is in, or the one after it; not one still to come in the past tense
        saturday = weekend_saturday(written.reference.day)
        if saturday <= resolver.today or resolver.tense(m.start(), m.end()) is not Tense.PAST:
            return [resolver.period_mention(m.start(), m.end(), saturday, "weekend", written.anchoring)]
    today = ref.day
    anchoring = ref.derived_anchoring
    saturday = weekend_saturday(today)
    candidates = [saturday - timedelta(days=7), saturday, saturday + timedelta(days=7)]
    if rel == "last":
        day = candidates[0]
    elif rel == "next":
        day = candidates[2]
    elif rel == "this":
        day = candidates[1]
    else:
        tense = resolver.tense(m.start(), m.end())
        if tense is Tense.PAST:
            day = candidates[1] if today.isoweekday() >= 6 else candidates[0]
        else:
            day = candidates[1]
    return [resolver.period_mention(m.start(), m.end(), day, "weekend", anchoring)]


def _year(digits: str, resolver: Resolver) -> int:
    """A year written with four digits or two ("'24", "24": the nearest such year to the publication)."""
    digits = digits.lstrip("'’")
    return int(digits) if len(digits) == 4 else two_digit_year(int(digits), resolver.today.year)


def _in_a_game(resolver: Resolver, start: int, end: int) -> bool:
    """Whether a quarter or half without a year is a part of a game: its sentence talks of scoring ("scored
    12 in the fourth quarter", "led at halftime before a second-half collapse")."""
    lo, hi = resolver.sentence_around(start, end, _GAME_WINDOW)
    sentence = resolver.lowered[lo:hi]
    if any(not sentence[w.start() - 1 : w.start()].isalpha() for w in _GAME.finditer(sentence)):
        return True
    return _match_report(resolver)


# A result of a game: "won 3-1", "a 2-0 defeat", "drew 1-1 with", "a score of 31-9".
_RESULT: Final = re.compile(
    r"\b(?:won|lost|drew|beat|beaten|trailed|led|leads?)\s+(?:[a-z]+\s+)?[0-9]{1,3}-[0-9]{1,3}\b"
    r"|\b[0-9]{1,3}-[0-9]{1,3}\s+(?:win|victory|defeat|loss|draw|home\s+win|away\s+win)\b"
    # "hurt by a lopsided score of 31-9"
    r"|\bscore\s+of\s+[0-9]{1,3}-[0-9]{1,3}\b",
    re.IGNORECASE,
)
# What every result has, found fast (a search that starts with a class skips ahead in C): most documents
# have none, and the full pattern need not run over them.
_SCORE: Final = re.compile(r"[0-9]-[0-9]")
_A_HALF_BEFORE: Final = re.compile(r"\b(?:an?|one)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _match_report(resolver: Resolver) -> bool:
    """Whether the document reports a game, so that a half or quarter without a year in it is the game's
    ("We didn't turn up until the second half"); found once per document."""
    facts = resolver.document_facts
    if "match report" not in facts:
        text = resolver.text
        facts["match report"] = _SCORE.search(text) is not None and _RESULT.search(text) is not None
    return facts["match report"]


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    if m["ysseason"]:
        code = resolver.season(SEASONS[m["ysseason"].lower()][0])
        return [season_mention(resolver, m.start(), m.end(), int(m["ysyear"]), code, Anchoring.ABSOLUTE)]
    if m["season"]:
        return _season(m, resolver)
    if m["sagoseason"]:
        code = resolver.season(SEASONS[m["sagoseason"].lower()][0])
        ref = resolver.reference()
        year = _last_season_year(ref.day, code) - (int(parse_number(m["sago"]) or 1) - 1)
        return [season_mention(resolver, m.start(), m.end(), year, code, ref.derived_anchoring)]
    if m["quarter"]:
        if not (m["qyear"] or m["qyrel"] or m["qythe"]) and _in_a_game(resolver, m.start(), m.end()):
            return []
        return _quarter(m, resolver)
    if m["qn"] or m["qn2"]:  # "Q3 2024", "3Q23", "2Q"
        q, written = int(m["qn"] or m["qn2"]), m["qy"] or m["qy2"]
        if written:
            return resolver.quarter_mention(
                m.start(), m.end(), _year(written, resolver), q, Anchoring.ABSOLUTE
            )
        year = _quarter_year(resolver, q, m.start(), m.end())
        return resolver.quarter_mention(m.start(), m.end(), year, q, Anchoring.PUBLICATION)
    if m["mq1"]:
        first, last = month_number(m["mq1"]), month_number(m["mq2"])
        if first % 3 != 1 or last != first + 2:
            return []  # "the August-October quarter": a fiscal quarter, read as its two months
        q = (first - 1) // 3 + 1
        if m["mqy"]:
            return resolver.quarter_mention(m.start(), m.end(), int(m["mqy"]), q, Anchoring.ABSOLUTE)
        year = _quarter_year(resolver, q, m.start(), m.end())
        return resolver.quarter_mention(m.start(), m.end(), year, q, Anchoring.PUBLICATION)
    if m["mqend"]:
        q = month_number(m["mqend"]) // 3
        if m["mqendy"]:
            return resolver.quarter_mention(m.start(), m.end(), int(m["mqendy"]), q, Anchoring.ABSOLUTE)
        year = _quarter_year(resolver, q, m.start(), m.end())
        return resolver.quarter_mention(m.start(), m.end(), year, q, Anchoring.PUBLICATION)
    if m["hn"] or m["hn2"]:  # "H1 2024", "2H20"
        half = int(m["hn"] or m["hn2"])
        return resolver.half_mention(m.start(), m.end(), _year(m["hy"], resolver), half, Anchoring.ABSOLUTE)
    if m["hord"]:
        loose = "-" not in m.group() and (
            _A_HALF_BEFORE.search(resolver.text, max(0, m.start() - 16), m.start()) is not None
        )
        of_year = m["hyear"] or m["hyrel"] or m.group().lower().endswith("year")
        if loose and (written := resolver.written_in_sentence(m.start())) is not None:
            # "forecasts sales of 15.9 million this year, with a stronger second half": that year's
            loose = not (
                written.reference.granularity is Granularity.YEAR
                and written.reference.day.year == resolver.today.year
            )
        if not of_year and (loose or _in_a_game(resolver, m.start(), m.end())):
            # a game's half; "rue a poor first half" (a calendar half is "the first half", or "a sluggish
            # first half of the year")
            return []
        return _half(m, resolver)
    if m["fy"] or m["fy2"] or m["yfy"]:
        year, end = _year(m["fy"] or m["fy2"] or m["yfy"], resolver), m.end()
        last_group = next((g for g in ("fyend", "fy2end", "yfyend") if m[g]), None)
        if last_group is not None:
            digits = m[last_group]
            end_year = int(digits) if len(digits) == 4 else year - year % 100 + int(digits)
            if end_year < year:
                end_year += 100  # "FY1999-00"
            if end_year == year + 1:
                year = end_year  # "the 2024-25 financial year" is named by the year it ends in, as "FY25" is
            elif not m["yfy"]:
                end = m.start(last_group) - 1  # "fiscal 2020-2023": a range, from the first fiscal year
            else:
                return []
        return [resolver.period_mention(m.start(), end, date(year, 1, 1), "year")]
    if m["wrel"]:
        return _weekend(m, resolver)
    if m["weekof"]:
        return _week_of(m, resolver)
    if m["dunit"]:
        return _first_or_last_of(m, resolver)
    if m["qyr"]:
        q = ORDINAL_WORDS.get(m["qord2"].lower(), 0) if m["qord2"] else 0
        if not q:
            q = resolver.last_quarter[1] if resolver.last_quarter else quarter_of(resolver.today)
        return resolver.quarter_mention(m.start(), m.end(), int(m["qyr"]), q, Anchoring.ABSOLUTE)
    if m["prd"] or m["lyq"]:
        return _period(m, resolver)
    if m["theyear"]:
        if re.match(r"\s+(?:ended|ending|to\s+[A-Z0-9])", resolver.text[m.end() : m.end() + 10]):
            return [
                resolver.mention(m.start(), m.end(), TimexType.DURATION, "P1Y")
            ]  # "the year ended March 31"
        written = resolver.written_in_sentence(m.start())
        if (
            written is not None
            and written.reference.granularity is Granularity.YEAR
            and _APPOSITION.fullmatch(resolver.text, written.end, m.start())
        ):
            # "In 1981, the year the market first let women bid": that year
            day = written.reference.day
            return [
                resolver.period_mention(m.start(), m.end(), day, "year", written.reference.derived_anchoring)
            ]
        reported = resolver.last_quarter
        if (
            reported is not None
            and reported[1] == 4
            and "current" not in m.group().lower()
            and resolver.tense(m.start(), m.end()) is Tense.PAST
        ):
            # "For the full year, sales rose 5%", in a report on a fourth quarter: the year it ends
            return [
                resolver.period_mention(
                    m.start(), m.end(), date(reported[0], 1, 1), "year", Anchoring.NARRATIVE
                )
            ]
        ref = resolver.reference()
        return [resolver.period_mention(m.start(), m.end(), ref.day, "year", ref.derived_anchoring)]
    if m["theweek"]:
        start = m.start()
        if not (
            resolver.text.startswith(("'s", "’s"), m.end())
            or _WEEK_FRAME_BEFORE.search(resolver.text, max(0, start - 16), start)
        ):
            return []
        ref = resolver.reference()
        return [resolver.period_mention(start, m.end(), ref.day, "week", ref.derived_anchoring)]
    if m["yearend"]:
        today = resolver.today
        year = (
            today.year - 1
            if resolver.text[max(0, m.start() - 7) : m.start()].lower().strip() == "since"
            else today.year
        )
        day = date(year, 12, 31)
        return [resolver.day_mention(m.start(), m.end(), day, Anchoring.PUBLICATION)]
    if m["midbare"] or m["midword"]:
        ref = resolver.reference()
        unit = (m["midbare"] or m["midword"]).lower()
        if unit == "week" and _PLURAL_NOUN_AFTER.match(resolver.lowered, m.end()):
            return []  # "with midweek rounds squeezed into February": any week's
        # midweek is Tuesday to Thursday; the middle of a longer period its middle third (calendar.fuzzy_span)
        passed = (
            resolver.today.isoweekday() >= 5
            if unit == "week"
            else resolver.today >= fuzzy_span(period_of(ref.day, unit)[1], "MID")[1].date()
        )
        if (
            ref.anchoring is Anchoring.PUBLICATION
            and passed
            and resolver.tense(m.start(), m.end()) is Tense.FUTURE
        ):
            # "levels may not fall until midweek", said on a Sunday: the middle of this week has passed
            ref = Reference(shift(ref.day, 1, unit), ref.anchoring, ref.granularity)
        return [_part_of_period(m, resolver, ref, unit, None if m["midbare"] else "MID")]
    if m["unitend"]:
        mod = "END" if m["endword"].lower() in ("end", "close") else "START"
        ref = resolver.reference(narrative_expression=True)
        return [_part_of_period(m, resolver, ref, m["unitend"].lower(), mod)]
    if m["inthe"]:
        ref = _sentence_reference(resolver, m.start(), m["inunit"].lower())
        mod = "START" if m["inthe"].lower() == "earlier" else "END"
        # "earlier in the week" runs from the week's start to now, "later in the year" from now on
        return [_up_to_or_from_now(m, resolver, ref, m["inunit"].lower(), mod, mod == "END")]
    if m["turn"]:
        return _turn_of_the_century(m, resolver)
    if m["rest"]:
        return _rest_of(m, resolver, m["rest"].lower())
    if m["part"]:
        mod = {"end": "END", "close": "END", "middle": "MID"}.get(m["part"].lower(), "START")
        if m["pdet"].lower() == "this":
            # "the end of this year" is the publication's, as "this year" is, whatever date came before it
            # ("targeted for 2025, with a test flight due before the end of this year")
            ref = resolver.publication()
        else:
            ref = _sentence_reference(resolver, m.start(), m["punit"].lower())
        return [_part_of_period(m, resolver, ref, m["punit"].lower(), mod)]
    return []


def _rest_of(m: re.Match[str], resolver: Resolver, unit: str) -> list[Mention]:
    """ "for the rest of the week": the story's week (day, month, year), from now to its end when that is the
    publication's."""
    ref = resolver.reference()
    if unit == "week" and ref.anchoring is Anchoring.PUBLICATION and ref.day.isoweekday() == 7:
        # said on a Sunday, the last day of the (ISO) week: the week ahead
        ref = Reference(ref.day + timedelta(days=1), ref.anchoring, ref.granularity)
    return [_up_to_or_from_now(m, resolver, ref, unit, None, True)]


def _up_to_or_from_now(
    m: re.Match[str], resolver: Resolver, ref: Reference, unit: str, mod: str | None, later: bool
) -> Mention:
    """The reference's period of `unit` (with a START/MID/END mod), its interval cut at the publication time
    when that falls in it: the part up to now, or from now on when `later`."""
    value, span, gran = period_of(ref.day, unit)
    anchoring = ref.derived_anchoring
    utc = resolver.to_utc(span)
    if utc is not None and anchoring is Anchoring.PUBLICATION and utc[0] <= resolver.now < utc[1]:
        cut = (resolver.now, utc[1]) if later else (utc[0], resolver.now)
        if cut[0] < cut[1]:
            return resolver.mention(
                m.start(),
                m.end(),
                TimexType.DATE,
                value,
                granularity=gran,
                anchoring=anchoring,
                mod=mod,
                utc=cut,
            )
    return _part_of_period(m, resolver, ref, unit, mod)


# An aside opening before a date, a participle or relative clause: "The order, first issued on", "Smith, who
# was elected in"; not "her first stop Tuesday morning, and then ... later in the day".
_ASIDE_OPENS: Final = re.compile(
    r",\s*(?:which|who|first|originally|initially|since|[a-z]{2,}ed)\b[^,.;!?]*$", re.IGNORECASE
)


# A plural noun: "midweek rounds" (not "midweek as", "midweek this").
_PLURAL_NOUN_AFTER: Final = re.compile(rf"\s+(?!{NOT_PLURAL})[a-z]+s\b")
# Before the date a span runs to ("until January 2023"), lower-cased.
_LIMIT_BEFORE: Final = re.compile(r"\b(?:until|till|through)\s+(?:(?:early|late|mid)[\s-]+)?$")


def _sentence_reference(resolver: Resolver, start: int, unit: str) -> Reference:
    """What "the year" in "later in the year" or "the end of the year" is the year of: a date written earlier
    in the sentence, in another such period than the publication's ("will ship in the second quarter of
    2027, with a cheaper version later in the year") and not in an aside nor one gone by for a future-tense
    clause, else the usual reference."""
    ref = resolver.reference()
    if unit not in _UNIT_GRANULARITY:
        return ref
    written = resolver.written_in_sentence(start)
    if written is None:
        return _story_reference(resolver, start, unit, ref)
    day = written.reference.day
    if written.reference.granularity.rank < _UNIT_GRANULARITY[unit].rank:
        return ref  # "in the 1990s ... the end of the year": no one year
    if period_of(day, unit)[0] == period_of(ref.day, unit)[0]:
        return ref
    text = resolver.text
    if COMMA.search(text, written.end, start) and _ASIDE_OPENS.search(
        text, max(0, written.start - 40), written.start
    ):
        return ref  # "The order, first issued on March 22, runs through the end of the month": an aside
    if SINCE_BEFORE.search(resolver.lowered, max(0, written.start - 24), written.start):
        return ref  # "its first cut since December, and more cuts before the end of the year": a look back
    if _LIMIT_BEFORE.search(resolver.lowered, max(0, written.start - 24), written.start):
        # "will sell updates until January 2023 to those who sign up by the end of the year": a span's limit
        return ref
    if day < ref.day and resolver.tense(start, start) is Tense.FUTURE:
        return ref  # "who started the firm in a garage in 1995, will step down at the end of the year"
    return written.reference


def _story_reference(resolver: Resolver, start: int, unit: str, ref: Reference) -> Reference:
    """In a past-tense clause, "the month" of "by the end of the month" is the story's, when an earlier
    sentence has put the story in another such period before the publication ("On March 3, 2020, the virus
    reached the city. By the end of the month, 500 people had died")."""
    story = resolver.discourse()
    if story is None and unit == "decade":
        # a decade does not move the story, but "the end of the decade" right after one is its end ("moved
        # to Chicago in the mid-1950s. By the end of the decade she was shooting for Life")
        written = resolver.written_in_sentence(start, previous=True)
        story = None if written is None else written.reference
    if story is None or story.granularity.rank < _UNIT_GRANULARITY[unit].rank or story.day >= ref.day:
        return ref
    if period_of(story.day, unit)[0] == period_of(ref.day, unit)[0]:
        return ref
    if resolver.tense(start, start) is not Tense.PAST:
        return ref
    return story


def _turn_of_the_century(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the turn of the century": the century that starts at the boundary nearest the reference (`20` with
    START for 2000, said in 1998 or in 2026), three years either side of it."""
    ref = resolver.reference()
    width = 1000 if m["turn"].lower() == "millennium" else 100
    boundary = (ref.day.year + width // 2) // width * width
    if boundary < 3 or boundary > 9996:
        return []
    value = f"{boundary // 1000:01d}" if width == 1000 else century_value(boundary)
    return [
        resolver.mention(
            m.start(),
            m.end(),
            TimexType.DATE,
            value,
            utc=resolver.to_utc((datetime(boundary - 3, 1, 1), datetime(boundary + 3, 1, 1))),
            granularity=Granularity.DECADE,
            anchoring=ref.derived_anchoring,
            mod="START",
        )
    ]


def _part_of_period(
    m: re.Match[str], resolver: Resolver, ref: Reference, unit: str, mod: str | None
) -> Mention:
    """ "the end of the month", "earlier in the year": the reference's period with a START/MID/END mod."""
    value, span, gran = period_of(ref.day, unit)
    return resolver.mention(
        m.start(),
        m.end(),
        TimexType.DATE,
        value,
        span=span,
        granularity=gran,
        anchoring=ref.derived_anchoring,
        mod=mod,
    )


def _week_of(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the week of March 6" and "the week of Christmas": the (ISO) week that contains the day that follows;
    "the week before Christmas", "the week after Sept. 12": the seven days before or after it; "the first
    week of January", "the last week of August": the first or last seven days of the month. A run of seven
    days is valued as the ISO week holding most of them. A weekend likewise: "the weekend of March 6",
    "the weekend before Christmas", "the last weekend of June" (the one of the month's last Saturday)."""
    dated = explicit.day_at(resolver, m.end()) or holiday.DETECTOR.read_at(resolver, m.end(), Granularity.DAY)
    side, nth = m["wside"].lower(), (m["wnth"] or "").lower()
    if m["weekof"].lower() == "weekend":
        return _weekend_of(m, resolver, dated, side, nth)
    if dated is None and side == "of" and nth:
        found = _period_after(m, resolver)
        if found is None:
            return []
        end, anchoring, _, first_day, last_day = found
        if nth in ("last", "final"):
            first = last_day - timedelta(days=6)
        else:
            first = first_day + timedelta(days=7 * (ORDINAL_WORDS[nth] - 1))
        return [_seven_days(resolver, m.start(), end, first, anchoring)]
    if dated is None or dated.interval_start is None or nth:
        return []
    day = dated.interval_start.astimezone(resolver.tz).date()
    if side != "of":
        first = day - timedelta(days=7) if side == "before" else day + timedelta(days=1)
        return [_seven_days(resolver, m.start(), dated.end, first, dated.anchor)]
    return [resolver.period_mention(m.start(), dated.end, day, "week", dated.anchor)]


# "the month", "this year" after "the last week of", "the first day of"
_THE_PERIOD: Final = re.compile(r"(?P<det>the|this)\s+(?P<unit>month|year)(?![a-z'’-])", re.IGNORECASE)


def _period_after(m: re.Match[str], resolver: Resolver) -> tuple[int, Anchoring, str, date, date] | None:
    """The month or year written after "the first week of", "the last day of" ("June", "2024", "the
    month", "this year"): where it ends, how it is anchored, its unit, and its first and last day."""
    own = _THE_PERIOD.match(resolver.text, m.end())
    if own is not None:
        unit = own["unit"].lower()
        if own["det"].lower() == "this":
            ref = resolver.publication()
        else:
            ref = _sentence_reference(resolver, m.start(), unit)
        span = period_of(ref.day, unit)[1]
        return own.end(), ref.derived_anchoring, unit, span[0].date(), (span[1] - timedelta(days=1)).date()
    for unit, granularity in (("month", Granularity.MONTH), ("year", Granularity.YEAR)):
        written = explicit.DETECTOR.read_at(resolver, m.end(), granularity)
        if written is not None and written.interval_start is not None and written.interval_end is not None:
            last = written.interval_end.astimezone(resolver.tz) - timedelta(microseconds=1)
            first = written.interval_start.astimezone(resolver.tz).date()
            return written.end, written.anchor, unit, first, last.date()
    return None


def _first_or_last_of(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the last day of June", "the first day of the month": that day; "the last month of 2024": December
    of it."""
    found = _period_after(m, resolver)
    if found is None:
        return []
    end, anchoring, unit, first, last = found
    last_one = m["dnth"].lower() != "first"
    if m["dunit"].lower() == "day":
        return [resolver.day_mention(m.start(), end, last if last_one else first, anchoring)]
    if unit != "year":
        return []  # "the first month of the month"
    return [resolver.period_mention(m.start(), end, last if last_one else first, "month", anchoring)]


def _weekend_of(
    m: re.Match[str], resolver: Resolver, dated: Mention | None, side: str, nth: str
) -> list[Mention]:
    """The weekend of `_week_of`: its Saturday and Sunday."""
    if dated is None and side == "of" and nth:
        found = _period_after(m, resolver)
        if found is None:
            return []
        end, anchoring, _, first, last = found
        if nth in ("last", "final"):
            saturday = last - timedelta(days=(last.isoweekday() - 6) % 7)
        else:
            saturday = first + timedelta(days=(6 - first.isoweekday()) % 7 + 7 * (ORDINAL_WORDS[nth] - 1))
    elif dated is not None and dated.interval_start is not None and not nth:
        day = dated.interval_start.astimezone(resolver.tz).date()
        if side == "before":
            saturday = day - timedelta(days=(day.isoweekday() - 6) % 7 or 7)
        elif side == "after":
            saturday = day + timedelta(days=(6 - day.isoweekday()) % 7 or 7)
        else:  # the weekend a day falls in, or the one after a weekday
            saturday = weekend_saturday(day)
        end, anchoring = dated.end, dated.anchor
    else:
        return []
    return [
        resolver.mention(
            m.start(),
            end,
            TimexType.DATE,
            week_value(saturday) + "-WE",
            span=day_span(saturday, 2),
            granularity=Granularity.DAY,
            anchoring=anchoring,
        )
    ]


def _seven_days(resolver: Resolver, start: int, end: int, first: date, anchoring: Anchoring) -> Mention:
    return resolver.mention(
        start,
        end,
        TimexType.DATE,
        week_value(first + timedelta(days=3)),
        span=day_span(first, 7),
        granularity=Granularity.WEEK,
        anchoring=anchoring,
    )


def _period(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the latest period", "the year-earlier period", "the 1988 period", "the corresponding period last
    year", "last year's quarter": a reporting period, the quarter the discourse is about (or the last
    completed one), or that quarter in another year."""
    today = resolver.today
    word = (m["prd"] or "").lower()
    if word in ("same", "comparable", "corresponding") and (
        (resolver.last_quarter is None and resolver.last_half is None)
        or _YEAR_AFTER.match(resolver.text, m.end())
    ):
        # "the same period" with no quarter reported is whatever stretch the story compares (the days of a
        # storm warning); "the same period of 2023" is read from its year
        return []
    if resolver.last_half is not None and word != "latest" and not word[:1].isdigit() and not m["lyord"]:
        # "the year-earlier period", "the same period", in a report on a half year: that half
        years = -1 if m["lyq"] or m["prdlate"] or word in ("year-earlier", "year-ago") else 0
        return resolver.reported_mention(m.start(), m.end(), years, Anchoring.NARRATIVE) or []
    prev = (today.year, quarter_of(today) - 1) if quarter_of(today) > 1 else (today.year - 1, 4)
    year, q = resolver.last_quarter or prev
    anchoring = Anchoring.NARRATIVE
    if m["lyq"]:  # "last year's quarter", "last year's third quarter"
        year -= 1
        if m["lyord"]:
            q = ORDINAL_WORDS[m["lyord"].lower()]
    elif m["prdlate"]:  # "the corresponding period last year"
        year -= 1
    elif word == "latest":
        # the quarter the report is about ("Sales in the latest period were $1.76 billion"), else the last
        if resolver.last_quarter is None:
            year, q = prev
            anchoring = Anchoring.PUBLICATION
    elif word in ("year-earlier", "year-ago"):
        year -= 1
    elif word[0].isdigit():
        year = int(word)
    return resolver.quarter_mention(m.start(), m.end(), year, q, anchoring)


DETECTOR: Final = Detector("period", PATTERN, interpret)
