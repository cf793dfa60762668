"""Sets (recurring times): "every Monday" (XXXX-WXX-1), "daily" (P1D), "every six months" (P6M),
"weekly", "annually", "each year", "on Mondays", "on Monday and Tuesday nights" (XXXX-WXX-1TNI and
XXXX-WXX-2TNI), "twice a year", "six days a week" (P1W), "every morning" (XXXX-XX-XXTMO), "each summer"
(XXXX-SU), "on weekends" (XXXX-WXX-WE), "on a daily basis" (P1D), "every half hour" (PT30M), "every few hours"
(PTXH). No interval."""

from __future__ import annotations

import re
from typing import Final

from app.temporal.duration import duration_value
from app.temporal.lexicon import PARTS_OF_DAY, SEASONS
from app.temporal.mention import Mention, TimexType
from app.temporal.patterns import (
    LENGTH_UNIT_BEFORE,
    MONTH_WORD,
    NUMBER,
    UNIT_WORD,
    WEEKDAY_WORD,
    Detector,
    compile_pattern,
    month_number,
    parse_number,
    unit_count,
    unit_name,
    weekday_number,
)
from app.temporal.resolver import Resolver

# "nightly" as "every night" is: each night (XXXX-XX-XXTNI)
_ADVERBS: Final = {
    "daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "semiannually": "P6M",
    "biannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip

_ADJECTIVE_AFTER: Final = re.compile(
    r"\s+['‘“\"]?(?!(?:and|or|in|at|on|by|for|from|to|since|until|through|with|during|but|as|because|while|over|when"
    r"|instead|rather|than|now|again|too|thereafter|across|around|throughout|worldwide|nationwide|among"
    # an adverb before a place or a time: "picket daily outside two hotels", "flies to London daily via
    # Perth", "report counts daily after polls close" (not "a daily after-school club")
    r"|outside|inside|via|near|before|after(?!-)|between|against|within|into|under|unless|if|once(?!-)"
    # "send out 10 million alerts daily about objects that change", "flights run weekly there"
    r"|about|per|here|there|online|abroad|overseas"
    # "tested daily this week", "held annually ever since"
    r"|this|last|next|ever|still|already"
    # "hand out glasses daily starting Friday", "a menu that changed daily depending on the catch"
    r"|starting|beginning|depending|excluding|effective"
    # a verb or "except" after it: "customers who pay annually will not see a change", "open daily except
    # Saturdays"
    r"|except|will|would|can|could|should|must|might|is|are|was|were|has|have|had|so|including|without)\b)"
    r"[a-z]|\s+['‘“\"]?[A-Z][a-z]"
    # and before a hyphenated count: "a daily 20-minute walk"
    r"|\s+[0-9]+-[a-z]"
)
# ... but before a verb after a determiner it is a noun: "a regional daily is closing", "the weekly has
# closed"; and before a quoted name it is an adjective ("plans quarterly 'state of the game' streams").
_VERB_AFTER: Final = re.compile(
    r"\s+(?:will|would|can|could|should|must|might|is|are|was|were|has|have|had)\b"
)
# (not after a verb: "people taking this medicine daily are at low risk")
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<!ing\s)\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE
)
# ... and a paper named by its place or language, at the end of a clause: "Le Monde, the French daily, said",
# "according to the Mumbai daily."
_PAPER_BEFORE: Final = re.compile(
    r"\b(?:the|a|an)\s+(?-i:[A-Z][a-z]+)(?:[\s-](?-i:[A-Z][a-z]+))?\s+$", re.IGNORECASE
)
_CLAUSE_END_AFTER: Final = re.compile(r"\s*[,.;:)]")
# ... or a paper's own name, capitalised after a capitalised word: "Publishers Weekly", "the Kahurangi Weekly"
_NAME_BEFORE: Final = re.compile(r"(?-i:[a-z,;:]\s+(?:the\s+)?[A-Z][A-Za-z'’]*)\s+$", re.IGNORECASE)
_OF_AFTER: Final = re.compile(r"\s+of\b")
_NTH: Final = {"second": 2, "third": 3, "fourth": 4}
PATTERN: Final = compile_pattern(
    r"\b(?:"
    r"(?:every|each)\s+(?:(?P<everypart>morning|afternoon|evening|night)|(?P<everyseason>spring|summer|fall|autumn"
    r"|winter))(?![a-z])"
    # "every half hour", "every quarter of an hour", "every few hours"
    r"|(?:every|each)\s+(?:(?P<frac>half|quarter)[\s-]+(?:of\s+an\s+)?hour|few\s+(?P<few>minutes|hours|days"
    r"|weeks|months|years))(?![a-z])"
    r"|(?:(?<=\bon\s)|(?<=\bat\s))(?P<weekends>weekends)(?![a-z])"
    r"|(?P<basis>daily|nightly|weekly|monthly|quarterly|yearly|annual)(?=\s+basis\b)"
    # "every other week", "every second day" (not "every second": each one)
    rf"|(?:every|each)\s+(?:single\s+)?(?:(?P<other>other\s+)|(?P<nth>second|third|fourth)\s+(?={UNIT_WORD}|{WEEKDAY_WORD}))?"
    rf"(?:(?P<n>{NUMBER})\s+)?(?:(?P<unit>{UNIT_WORD})|(?P<weekday>{WEEKDAY_WORD})"
    r"(?:\s+(?P<wpart>morning|afternoon|evening|night)(?![a-z]))?"
    rf"|(?P<month>{MONTH_WORD})(?:\.?\s+(?P<mday>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9a-z]|,\s*[0-9]))?)"
    r"|(?P<adverb>daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|hourly|semi-?annually|biannually)"
    r"(?![a-z])"
    r"|(?:on\s+)?(?P<plural>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?![a-z])"
    rf"|(?:on\s+)?(?P<pweekday>{WEEKDAY_WORD})(?:\s+(?:and|or)\s+(?P<pweekday2>{WEEKDAY_WORD}))?"
    r"\s+(?P<pparts>mornings|afternoons|evenings|nights)(?![a-z])"
    r"|per\s+(?P<perunit>day|week|month|year|hour|night)(?![a-z])"
    r"|(?P<times>once|twice|thrice|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few"
    r"|multiple|numerous)\s+times)\s+(?:a|per|an|each|every)\s+"
    r"(?P<tunit>day|week|month|year|hour|minute|night)(?![a-z])"
    # "six days a week", "24 hours a day": a share of each period
    r"|(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:minutes|hours|days|nights"
    r"|weeks|months)\s+(?:a|per|an|each)\s+(?P<share>day|week|month|year)(?![a-z])"
    r"(?!\s+(?:ago|earlier|later|before|after|from)\b)"
    r")"
)


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    if m["adverb"]:
        if (
            _ADJECTIVE_AFTER.match(resolver.text, end)
            or (
                _VERB_AFTER.match(resolver.text, end)
                and _DETERMINER_BEFORE.search(resolver.text, max(0, start - 30), start)
            )
            or (
                _CLAUSE_END_AFTER.match(resolver.text, end)
                and _PAPER_BEFORE.search(resolver.text, max(0, start - 30), start)
            )
            or (m["adverb"][0].isupper() and _NAME_BEFORE.search(resolver.text, max(0, start - 30), start))
        ):
            return []  # "its quarterly dividend", "the party daily Granma": adjective or noun, no recurrence
        value = (
            _ADVERBS[m["adverb"].lower().replace("-", "")]
            if "-" in m["adverb"]
            else _ADVERBS[m["adverb"].lower()]
        )
        return [resolver.mention(start, end, TimexType.SET, value)]
    if m["everypart"]:  # "every morning": XXXX-XX-XXTMO
        part = PARTS_OF_DAY[m["everypart"].lower()][0]
        return [resolver.mention(start, end, TimexType.SET, f"XXXX-XX-XXT{part}")]
    if m["everyseason"]:  # "each summer": XXXX-SU
        return [resolver.mention(start, end, TimexType.SET, f"XXXX-{SEASONS[m['everyseason'].lower()][0]}")]
    if m["frac"]:  # "every half hour": PT30M
        minutes = 30 if m["frac"].lower() == "half" else 15
        return [resolver.mention(start, end, TimexType.SET, f"PT{minutes}M")]
    if m["few"]:  # "every few hours": PTXH
        return [resolver.mention(start, end, TimexType.SET, duration_value(None, unit_name(m["few"])))]
    if m["weekends"]:  # "closed on weekends"
        return [resolver.mention(start, end, TimexType.SET, "XXXX-WXX-WE")]
    if m["basis"]:  # "on a daily basis"
        word = m["basis"].lower()
        return [
            resolver.mention(start, end, TimexType.SET, _ADVERBS["annually" if word == "annual" else word])
        ]
    if m["plural"]:
        day = weekday_number(m["plural"][:-1])
        return [resolver.mention(m.start("plural"), end, TimexType.SET, f"XXXX-WXX-{day}")]
    if m["pweekday"]:  # "on Tuesday nights": every Tuesday night; "on Monday and Tuesday nights": both
        part = PARTS_OF_DAY[m["pparts"].lower()[:-1]][0]
        days = [(m.start("pweekday"), m.end("pweekday"), m["pweekday"])]
        if m["pweekday2"]:
            days.append((m.start("pweekday2"), end, m["pweekday2"]))
        else:
            days[0] = (days[0][0], end, days[0][2])
        return [
            resolver.mention(s, e, TimexType.SET, f"XXXX-WXX-{weekday_number(day)}T{part}")
            for s, e, day in days
        ]
    if m["perunit"]:
        if m["perunit"].lower() == "hour" and LENGTH_UNIT_BEFORE.search(
            resolver.text, max(0, start - 14), start
        ):
            return []  # "winds of 140 miles per hour": a speed
        return [resolver.mention(start, end, TimexType.SET, duration_value(1, m["perunit"].lower()))]
    if m["times"] or m["share"]:
        unit = (m["tunit"] or m["share"]).lower()
        return [resolver.mention(start, end, TimexType.SET, duration_value(1, unit))]
    if m["weekday"]:  # "every Monday", "every Saturday morning"
        part = f"T{PARTS_OF_DAY[m['wpart'].lower()][0]}" if m["wpart"] else ""
        return [resolver.mention(start, end, TimexType.SET, f"XXXX-WXX-{weekday_number(m['weekday'])}{part}")]
    if m["month"]:
        if not m["month"][0].isupper():
            return []
        value = f"XXXX-{month_number(m['month']):02d}"
        if m["mday"]:  # "every March 3": each year on that day
            value += f"-{int(m['mday']):02d}"
        return [resolver.mention(start, end, TimexType.SET, value)]
    count = parse_number(m["n"]) if m["n"] else 1.0
    if m["n"] and count is None:
        return []
    unit, count = unit_count(m["unit"], count)
    if unit in ("minute", "second") and not m["n"] and _OF_AFTER.match(resolver.text, end):
        return []  # "enjoyed every minute of it", "every second of the match": all of it, no recurrence
    if unit == "weekend":
        return [resolver.mention(start, end, TimexType.SET, "XXXX-WXX-WE")]  # "every (other) weekend"
    if count is not None and count > 1_000_000:
        count = None
    if m["other"] and count is not None:
        count *= 2
    elif m["nth"] and count is not None:
        count *= _NTH[m["nth"].lower()]
    return [resolver.mention(start, end, TimexType.SET, duration_value(count, unit))]


DETECTOR: Final = Detector("recurrence", PATTERN, interpret)
