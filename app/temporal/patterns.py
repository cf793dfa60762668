"""Regex fragments shared by the detectors, built from the lexicon, and the small parsers that read them.

Fragments are plain strings; a fragment that takes a group name is a function so one detector can use it
twice. Every fragment is bounded (no nested unbounded repetition), so scanning stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType
from typing import Any, Final

try:  # Python 3.11+: the parser moved; the old module name still works but warns
    import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef,unused-ignore]

from app.temporal.lexicon import DECADE_WORDS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, UNITS, WEEKDAYS
from app.temporal.mention import Granularity, Mention
from app.temporal.resolver import Resolver


def _alternatives(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


MONTH_WORD: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?)(?![a-z])"
)
WEEKDAY_WORD: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
# The weekday a day without a year is said to fall on, which picks its year: "when March 17 fell on a Sunday",
# "Christmas Day falls on a Thursday this year", "on Oct. 5, a Sunday,".
FALLS_ON_AFTER: Final = re.compile(
    r"(?:,?\s+(?:fell|falls|fall|falling|lands|landed|will\s+fall|will\s+be|would\s+be|was|is)\s+(?:on\s+)?|,\s+)"
    rf"an?\s+(?P<weekday>{WEEKDAY_WORD})"
)
# A superlative adjective: "the wettest March on record", "the highest level in a decade", "its toughest
# season in ten years".
SUPERLATIVE: Final = (
    r"(?:(?:bigg|larg|high|low|b|strong|weak|fast|slow|sharp|steep|great|warm|cold|cool|wett|dri|hott|sunni"
    r"|snowi|windi|stormi|busi|quiet|tough|hard|deadli|bloodi|poor|rich|cheap|long|short|heavi|tight|small|few"
    r"|saf|riski|easi|clos|fierc|harsh|dark|costli|wild|calm|mild|deep|wid|fin|smooth|rough|tall)est|worst)"
)
# A weekday that names a newspaper, a club or a show: "the Sunday Times", "The Tuesday Club", "the Saturday
# Evening Post", "Saturday Night Live".
WEEKDAY_TITLE_AFTER: Final = (
    r"(?-i:\s+(?:Times|Club|Post|Telegraph|Express|Mirror|Herald|Review|Mail|Star|Sport|Tribune|Observer"
    r"|Independent|Sun|People|Business\s+Post|Night\s+Live|Night\s+Football|Night\s+Fever|Evening\s+Post"
    r"|Morning\s+Herald)\b)"
)
DAY_NUMBER: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
# Days of the month as spoken ordinals ("March eighth", "the twenty-first of June").
_UNIT_ORDINALS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
_TEEN_ORDINALS: Final = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth",
)  # fmt: skip
DAY_ORDINAL_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)},
        **dict(zip(_TEEN_ORDINALS, (*range(10, 21), 30), strict=True)),
        **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS)},
        "thirty-first": 31,
    }
)
DAY_WORD: Final = (
    r"(?:(?:twenty[\s-]+)?(?:"
    + "|".join(_UNIT_ORDINALS)
    + r")|thirty[\s-]+first|"
    + "|".join(_TEEN_ORDINALS)
    + r")"
    r"(?![a-z-])"
)
YEAR_NUMBER: Final = r"(?:1[0-9]{3}|2[01][0-9]{2})(?![0-9])(?!\s?[ap]\.?m\b)"  # not "1030am"
_NUMBER_WORDS = _alternatives(k for k in NUMBER_WORDS if " " not in k and k not in ("a", "an"))
_TENS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)"
)
NUMBER: Final = (
    r"(?:[0-9]{1,3}[\s-]+1/2|[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]{1,12}(?:\.[0-9]+)?|"
    + _TENS
    + r"(?:\s+(?:hundred|thousand)(?![a-z]))?|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|a\s+few|a\s+dozen|a\s+hundred|a\s+thousand|one\s+and\s+a\s+half|half\s+an?|several|few|many"
    r"|(?:" + _NUMBER_WORDS + r")(?![a-z])(?:\s+(?:hundred|thousand)(?![a-z])|\s+and\s+a\s+half)?"
    # "a half hour", "a half-century", "the past half-century", "the last quarter-century"
    r"|a\s+half(?=[\s-](?:hour|day|century|decade|year|month|minute)(?![a-z]))"
    r"|half(?=-(?:century|decade)(?![a-z]))|(?:a\s+)?quarter(?=-century(?![a-z]))"
    r"|an?(?![a-z']))"
)
# "as" right before: "as recently as May", "twice as many days" (on lower-cased text).
AS_BEFORE: Final = re.compile(r"\bas\s+$")
# A capitalised word right after an expression, which makes it part of a name: "the Winter Palace", "her
# Midnight Garden tour".
NAME_AFTER: Final = re.compile(r"\s+[A-Z][a-z]")
# A finite verb right after "that December" or "that Friday": "that" opens a clause ("said that December was
# the worst").
FINITE_VERB_AFTER: Final = re.compile(
    r"\s+(?:was|is|were|are|had|has|have|would|will|could|should|might|must|did|does|do|saw|brought"
    r"|marked|became|remains|remained|proved|looked|seemed)\b",
    re.IGNORECASE,
)

UNIT_WORD: Final = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?"
    r"|centur(?:y|ies))"
    r"(?![a-z])"
)
ORDINAL: Final = _alternatives(ORDINAL_WORDS)
DECADE_WORD: Final = _alternatives(DECADE_WORDS)


@dataclass(frozen=True, slots=True)
class Detector:
    """One expression class: its regex and the function that turns a match into mentions."""

    name: str
    pattern: re.Pattern[str]
    interpret: Callable[[re.Match[str], Resolver], list[Mention]]

    def read_at(self, resolver: Resolver, pos: int, granularity: Granularity) -> Mention | None:
        """The one expression of this class written at `pos`, resolved, if it has that granularity and an
        interval ("March 6" as a day, "August" as a month, "Christmas" as a day)."""
        written = self.pattern.match(resolver.text, pos)
        found = self.interpret(written, resolver) if written is not None else []
        if len(found) != 1 or found[0].granularity is not granularity or found[0].interval_start is None:
            return None
        return found[0]


# "the" right before an expression: "the September 26 election", "the 10 warmest years".
THE_BEFORE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "after" right before an expression: "shortly after midnight", "return after the summer break".
AFTER_BEFORE: Final = re.compile(r"\bafter\s+$", re.IGNORECASE)
# A unit of length before "per hour", "an hour": a speed, no recurrence ("winds of 140 miles per hour"; but
# "advanced thirty kilometers a day" is tagged in the gold).
LENGTH_UNIT_BEFORE: Final = re.compile(
    r"\b(?:miles?|kilomet(?:er|re)s?|km|kms|met(?:er|re)s?|feet|foot|ft|yards?|knots?|inch(?:es)?"
    r"|(?:centi|milli)met(?:er|re)s?|cm|mm)\s+$",
    re.IGNORECASE,
)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _canonical(char: str) -> str:
    """A character as the leading-strings analysis writes it: lower-cased, any digit as "0" and any
    whitespace as a space (so that the strings stay few: "[0-9]{2}" is "00", not a hundred strings)."""
    return "0" if "0" <= char <= "9" else " " if char.isspace() else char.lower()


# The same for ASCII text, in one str.translate.
CANONICAL_ASCII: Final = {c: _canonical(chr(c)) for c in range(128)}
_LEADING_LIMIT: Final = 50_000


def leading_strings(pattern: re.Pattern[str], n: int) -> frozenset[str] | None:
    """The strings of `n` characters a match of `pattern` can begin with, and its whole matches shorter than
    that, written canonically (`_canonical`: "Aug. 15" begins "aug. 00"); None when it cannot tell (a class
    such as `\\w` or `.`, a back-reference, too many strings). A superset: lookarounds are skipped. Lets the
    engine skip detectors that cannot match at a position by looking at the first characters there."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - patterns are compiled already
        return None
    found = _sequence(list(tree), n)
    return None if found is None else frozenset(found)


def _sequence(items: list[Any], n: int) -> set[str] | None:
    """Leading strings (at most `n` characters) of a parsed regex sequence."""
    out = {""}
    for op, arg in items:
        grown = _extend(out, partial(_item, str(op), arg), n)
        if grown is None or len(grown) > _LEADING_LIMIT:
            return None
        out = grown
    return out


def _extend(heads: set[str], tail: Callable[[int], set[str] | None], n: int) -> set[str] | None:
    """Each head shorter than `n` followed by each leading string of the tail, cut at `n` characters."""
    out = {h for h in heads if len(h) >= n}
    tails: dict[int, set[str] | None] = {}
    for head in heads:
        if len(head) < n:
            room = n - len(head)
            if room not in tails:
                tails[room] = tail(room)
            found = tails[room]
            if found is None:
                return None
            out.update(head + t for t in found)
    return out


def _item(name: str, arg: Any, n: int) -> set[str] | None:
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}  # zero-width; skipping a lookaround only widens the set
    if name == "LITERAL":
        return {_canonical(chr(arg))}
    if name == "IN":
        chars: set[str] = set()
        for kind, value in arg:
            kind = str(kind)
            if kind == "LITERAL":
                chars.add(_canonical(chr(value)))
            elif kind == "RANGE":
                chars.update(_canonical(chr(c)) for c in range(value[0], value[1] + 1))
            elif kind == "CATEGORY" and str(value) == "CATEGORY_SPACE":
                chars.add(" ")
            else:
                return None
        return chars
    if name == "SUBPATTERN":
        return _sequence(list(arg[-1]), n)
    if name == "BRANCH":
        union: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch), n)
            if found is None:
                return None
            union |= found
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = arg
        done: set[str] = set()
        current = {""}
        # each repetition that matches anything adds a character, so n more than the minimum is enough
        for count in range(low + n + 1):
            if count >= low:
                done |= current
            if count >= high:
                break
            grown = _extend(current, partial(_sequence, list(body)), n)
            if grown is None or len(grown) > _LEADING_LIMIT:
                return None
            current = grown
        return done | current
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()[:3] if word.lower() not in WEEKDAYS else word.lower()]


def day_number(word: str) -> int:
    """The day of the month written as "8", "8th" or "eighth"."""
    digits = re.sub(r"[^0-9]", "", word)
    if digits:
        return int(digits)
    return DAY_ORDINAL_WORDS[re.sub(r"[\s-]+", "-", word.lower())]


_SPACES = re.compile(r"[\s-]+")


PART_NUMBERS: Final = {"half": 0.5, "quarter": 0.25, "a quarter": 0.25}


def parse_number(word: str) -> float | None:
    """A count written in digits or words; None for a vague quantity ("several", "a few")."""
    text = _SPACES.sub(" ", word.strip().lower()).replace(",", "")
    if not text:
        return None
    if text[0].isdigit():
        half = re.fullmatch(r"([0-9]+) 1/2", text)
        if half is not None:
            return int(half[1]) + 0.5
        try:
            return float(text)
        except ValueError:
            return None
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if text in PART_NUMBERS:  # "the past half-century", "the last quarter-century"
        return PART_NUMBERS[text]
    scaled = re.fullmatch(r"(.+) (hundred|thousand)", text)
    if scaled is not None:  # "two hundred", "twenty-five thousand", "3 thousand"
        base = parse_number(scaled[1])
        return None if base is None else base * (100 if scaled[2] == "hundred" else 1000)
    parts = text.split(" ")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    if text.endswith(" and a half"):
        base = parse_number(text[: -len(" and a half")])
        return None if base is None else base + 0.5
    return None


def unit_name(word: str) -> str:
    """Singular unit name: "centuries" -> "century", "Weeks" -> "week"."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def unit_count(word: str, count: float | None) -> tuple[str, float | None]:
    """The calendar unit and count a unit word and its count stand for: "a fortnight" is two weeks."""
    if word.lower().startswith("fortnight"):
        return "week", None if count is None else count * 2
    return unit_name(word), count


def unit_code(unit: str) -> tuple[str, bool]:
    return UNITS[unit]


def two_digit_year(yy: int, anchor_year: int) -> int:
    """A two-digit year, placed in the century that puts it at most ten years after the anchor."""
    century = anchor_year - anchor_year % 100
    year = century + yy
    if year > anchor_year + 10:
        year -= 100
    return year
