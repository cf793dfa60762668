"""Decades and centuries: "the 1980s" (198X), "the '90s", "the nineties", "the 19th century" (18),
"the 1800s" (18), "the 2000s" (200X), "the 21st century" (20). Granularity decade or century."""

from __future__ import annotations

import re
from typing import Final

from app.temporal.calendar import century_value, decade_value, year_span
from app.temporal.lexicon import DECADE_WORDS, ORDINAL_WORDS
from app.temporal.mention import Granularity, Mention, TimexType
from app.temporal.patterns import DECADE_WORD, Detector, compile_pattern
from app.temporal.resolver import Resolver

_ORDINAL_CENTURY = (
    r"[1-9][0-9]?(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[\s-](?:first|second)"
)

PATTERN: Final = compile_pattern(
    # "the 1800s" is a century; "the 2000s" in news is the decade 2000-2009
    r"(?:\b(?:the\s+)?(?P<hundreds>1[0-9])00['’]?s(?![a-z])"
    r"|\b(?:the\s+)?(?P<decade>1[0-9][0-9]0|20[0-9]0)['’]?s(?![a-z])"
    r"|(?:\bthe\s+|(?<![A-Za-z0-9]))['’](?P<yy>[0-9]0)s(?![a-z])"
    r"|\bthe\s+(?P<yy2>[2-9]0)s(?![a-z])"
    rf"|\bthe\s+(?P<word>{DECADE_WORD})(?![a-z])"
    rf"|\b(?:the\s+)?(?P<ord>{_ORDINAL_CENTURY})[\s-]+century(?![a-z])(?P<bc>\s+(?:BC|B\.C\.|BCE))?"
    # "the 18th and 19th centuries": two centuries
    rf"|\b(?:the\s+)?(?P<ord1>{_ORDINAL_CENTURY})\s*(?:and|or|to|-|–)\s*(?P<ord2>{_ORDINAL_CENTURY})[\s-]+centuries"
    r"(?![a-z])"
    r")"
)


_TEMPERATURE_BEFORE: Final = re.compile(
    r"\b(?:temperatures?|temps|highs|lows|degrees|mercury|thermometers?|readings?|heat\s+index|wind\s+chill)\b"
    r"[^.;!?]{0,40}$"
)


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    start, end = m.start(), m.end()
    anchor_year = resolver.today.year
    if m["hundreds"]:
        return [_years_from(resolver, start, end, int(m["hundreds"]) * 100)]
    if m["decade"]:
        return [_years_from(resolver, start, end, int(m["decade"]), 10)]
    yy = m["yy"] or m["yy2"]
    if yy:
        if _TEMPERATURE_BEFORE.search(resolver.lowered, max(0, start - 50), start):
            return []  # "sent temperatures into the 70s", "highs in the 90s": degrees
        first = 1900 + int(yy)
        if first + 100 <= anchor_year - 10:
            first += 100
        return [_years_from(resolver, start, end, first, 10)]
    if m["word"]:
        first = 1900 + DECADE_WORDS[m["word"].lower()]
        return [_years_from(resolver, start, end, first, 10)]
    if m["ord"]:
        century = _century(resolver, start, end, m["ord"], bool(m["bc"]))
        return [] if century is None else [century]
    if m["ord1"]:
        earlier = _century(resolver, start, m.end("ord1"), m["ord1"], False)
        later = _century(resolver, m.start("ord2"), end, m["ord2"], False)
        return [] if earlier is None or later is None else [earlier, later]
    return []


def _century(resolver: Resolver, start: int, end: int, ordinal: str, bc: bool) -> Mention | None:
    """ "the 19th century" (18), "the fifth century BC" (BC04)."""
    word = re.sub(r"[\s-]+", "-", ordinal.lower())
    number = ORDINAL_WORDS.get(word) if not word[0].isdigit() else int(re.sub(r"[^0-9]", "", word))
    if number is None or number <= 0 or number > 22:
        return None
    if bc:
        return resolver.mention(start, end, TimexType.DATE, f"BC{number - 1:02d}")
    first = (number - 1) * 100
    if first == 0:
        return resolver.mention(start, end, TimexType.DATE, "00")
    return _years_from(resolver, start, end, first)


def _years_from(resolver: Resolver, start: int, end: int, first: int, width: int = 100) -> Mention:
    """The decade (`width` 10) or century (100) whose first year is `first` (1800: "18", the 19th
    century)."""
    decade = width == 10
    return resolver.mention(
        start,
        end,
        TimexType.DATE,
        decade_value(first) if decade else century_value(first),
        span=year_span(first, width),
        granularity=Granularity.DECADE if decade else Granularity.CENTURY,
    )


DETECTOR: Final = Detector("decade", PATTERN, interpret)
