"""Parts of the day: "tonight", "last night", "this morning", "yesterday afternoon", "Tuesday night",
"Monday morning". TIMEX3 TIME values such as 2021-08-31TNI; the hours are data (lexicon.PARTS_OF_DAY).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from app.temporal import explicit
from app.temporal.calendar import day_value, part_of_day_span
from app.temporal.lexicon import PARTS_OF_DAY
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import WEEKDAY_TITLE_AFTER, WEEKDAY_WORD, Detector, compile_pattern, weekday_number
from app.temporal.resolver import Resolver, Tense, clause_before
from app.temporal.weekday import resolve_weekday, that_opens_clause

_MODAL: Final = re.compile(r"\b(?:could|may|might|should|must|expected\s+to|likely\s+to)\b")
_PART = r"(?:morning|afternoon|evening|night|overnight)(?![a-z])"
# Nouns "overnight" makes a kind of thing, no night: "the overnight call rate", "the overnight shift",
# "overnight lows" (not "overnight losses in New York", the night's).
_KIND_AFTER: Final = re.compile(
    r"\s+(?:(?:call|interbank|lending|repo|deposit|hospital|hotel)\s+)?(?:rates?|shifts?|lows?|highs?"
    r"|temperatures?|stays?"
    r"|trips?|flights?|trains?|bags?|camps?|guests?|parking|delivery|shipping|success|sensation|oats|lending|loans?"
    r"|funds|visits?|accommodation|buses|ferry|ferries|services?|closures?|work|hours|curfew"
    # television's overnight ratings: "publishes its overnight figures daily"
    r"|figures|ratings|numbers|audiences?|viewing)\b"
)
# "overnight" as "at once" ("a problem that cannot be fixed overnight", "change won't happen overnight") or as
# a habit ("break-ins rose, with most occurring overnight", "typically striking overnight"): no night in
# particular.
_NO_NIGHT_BEFORE: Final = re.compile(
    r"(?:\b(?:can(?:not)?|could|won['’]t|will\s+not|didn['’]t|did\s+not|doesn['’]t|does\s+not|don['’]t|not)\b"
    r"(?:\s+[a-z]+){0,2}\s+(?:happen|change|fixed|solved|resolved|cured|repaired|reversed|built|fix|solve"
    r"|resolve|cure|repair|reverse|build|disappear|vanish|transform|transformed)"
    r"|\b(?:typically|usually|often|generally|normally|mostly|routinely|most\s+occurring|mainly)(?:\s+[a-z]+ing)?"
    # a manner: "a world that changed almost overnight"
    r"|\b(?:almost|virtually|practically|seemingly|literally|nearly))\s+$"
)
# A modifier before a part of the day, which makes a bare part a time ("by mid-afternoon", narrative.py) and a
# part before a weekday the weekday's ("late afternoon Tuesday", "mid-morning Monday").
MODIFIER_BEFORE: Final = re.compile(r"\b(?:early|late|mid)[\s-]*$", re.IGNORECASE)
# A programme's name: "The Tonight Show".
_SHOW_AFTER: Final = re.compile(r"\s+Show\b")

PATTERN: Final = compile_pattern(
    r"\b(?:"
    # "overnight into Sunday": the night that ends on Sunday morning
    rf"overnight\s+(?:into|to)\s+(?P<into>{WEEKDAY_WORD})(?![a-z])"
    r"|(?P<tonight>tonight|tonite|2nite|overnight)(?![a-z])(?!-[a-z])"  # not "overnight-only closures"
    r"|last\s+(?P<lastnight>night)(?![a-z])"
    rf"|(?P<day>this|today|yesterday|tomorrow)\s+(?P<part>{_PART})"
    # ("midafternoon yesterday": the modifier joins the part as it does "mid-afternoon")
    rf"|(?:mid(?=(?:morning|afternoon|evening)\s))?(?P<partfirst>morning|afternoon|evening|night)"
    r"\s+(?P<dayafter>yesterday|today|tomorrow)(?![a-z])"
    # "late afternoon Tuesday", "mid-morning Monday" (a modifier before it, checked in `interpret`)
    rf"|(?:mid(?=(?:morning|afternoon|evening)\s))?(?P<partwd>morning|afternoon|evening|night)\s+(?P<wdafter>{WEEKDAY_WORD})(?!{WEEKDAY_TITLE_AFTER})(?![a-z'’])"
    rf"|(?:(?P<rel>last|next|this|that)\s+)?(?P<weekday>{WEEKDAY_WORD})(?!{WEEKDAY_TITLE_AFTER})(?:['’]s)?\s+(?P<part2>{_PART})"
    r"|the\s+(?P<pof>night|morning|evening|afternoon)\s+of\s+(?=[A-Za-z0-9])"
    r"|(?<=\bat\s)(?P<atnight>night)(?![a-z-])"
    r")"
)


def part_mention(
    resolver: Resolver, start: int, end: int, day: date, part: str, anchoring: Anchoring
) -> Mention:
    code = PARTS_OF_DAY[part.lower()][0]
    return resolver.mention(
        start,
        end,
        TimexType.TIME,
        f"{day_value(day)}T{code}",
        span=part_of_day_span(day, code),
        granularity=Granularity.PART_OF_DAY,
        anchoring=anchoring,
    )


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    today = resolver.today
    pub = Anchoring.PUBLICATION
    start, end = m.start(), m.end()
    if m["partfirst"] or m["partwd"]:
        start = m.start("partfirst") if m["partfirst"] else m.start("partwd")  # "midmorning Monday"
    if m["into"]:
        day, anchoring = resolve_weekday(resolver, weekday_number(m["into"]), None, start, end)
        return [part_mention(resolver, start, end, day - timedelta(days=1), "night", anchoring)]
    if m["tonight"]:
        if m["tonight"] == "Tonight" and _SHOW_AFTER.match(resolver.text, end):
            return []
        if m["tonight"].lower() == "overnight":
            if _KIND_AFTER.match(resolver.lowered, end) or _NO_NIGHT_BEFORE.search(
                resolver.lowered, max(0, start - 40), start
            ):
                return []
            # the night before the day the story is at ("closed lower Friday ... hit by overnight losses in
            # New York"; in news only a day of the past week), or before publication
            tense, cue, _ = resolver.tense_cue(start, end)
            if not resolver.narrative and (
                (tense is Tense.FUTURE and cue is not None)
                or _MODAL.search(clause_before(resolver.text, start, 60))
            ):
                # "the storm could strengthen overnight", "crews will work overnight": the coming night
                # (not "depressed by overnight losses", which is no deadline)
                return [part_mention(resolver, start, end, today, "night", pub)]
            ref = resolver.reference(narrative_expression=True)
            recent = resolver.narrative or 0 <= (today - ref.day).days <= 7
            if ref.granularity.rank < Granularity.DAY.rank or not recent:
                ref = resolver.publication()
            # after the story's evening ("tore through Mayfield late Friday. ... 30 tornadoes overnight"), the
            # night that follows it
            evening = ref.minute is not None and ref.minute >= 12 * 60
            night = ref.day if evening else ref.day - timedelta(days=1)
            return [part_mention(resolver, start, end, night, "night", ref.derived_anchoring)]
    if (m["tonight"] or m["lastnight"] or m["day"] or m["partfirst"]) and (
        spoken := resolver.speech_day(start, end)
    ) not in (None, today):
        # in a quotation, of the day it was spoken ('"Tonight we celebrate," she told supporters on Sunday')
        today, pub = spoken, Anchoring.NARRATIVE
    if m["tonight"]:
        return [part_mention(resolver, start, end, today, "night", pub)]
    if m["lastnight"]:
        return [part_mention(resolver, start, end, today - timedelta(days=1), "night", pub)]
    if m["day"]:
        offset = {"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1}[m["day"].lower()]
        return [part_mention(resolver, start, end, today + timedelta(days=offset), m["part"], pub)]
    if m["partfirst"]:  # "(mid-)afternoon yesterday"
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["dayafter"].lower()]
        return [part_mention(resolver, start, end, today + timedelta(days=offset), m["partfirst"], pub)]
    if m["partwd"]:
        if not MODIFIER_BEFORE.search(resolver.text, max(0, start - 8), start):
            return []  # "every afternoon Monday through Friday"
        day, anchoring = resolve_weekday(resolver, weekday_number(m["wdafter"]), None, start, end)
        return [part_mention(resolver, start, end, day, m["partwd"], anchoring)]
    if m["atnight"]:  # "moved only at night": any night, the habit not a date
        return [resolver.mention(start, end, TimexType.TIME, "XXXX-XX-XXTNI")]
    if m["pof"]:
        return _part_of_date(m, resolver)
    rel = m["rel"]
    if rel and rel.lower() == "on":
        start, rel = m.start("weekday"), None
    if rel and rel.lower() == "that" and that_opens_clause(resolver.text, start, end):
        return []  # "said that Sunday morning was the worst": read again from the weekday
    day, anchoring = resolve_weekday(resolver, weekday_number(m["weekday"]), rel, start, end)
    return [part_mention(resolver, start, end, day, m["part2"], anchoring)]


def _part_of_date(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    """ "the night of 20 June 1791": the part of the day of the date that follows."""
    dated = explicit.day_at(resolver, m.end())
    if dated is None or dated.interval_start is None:
        return []
    day = dated.interval_start.astimezone(resolver.tz).date()
    return [part_mention(resolver, m.start(), dated.end, day, m["pof"], dated.anchor)]


DETECTOR: Final = Detector("part_of_day", PATTERN, interpret)
