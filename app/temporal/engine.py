"""The extraction loop: one compiled trigger regex over the whole text, detectors tried only where it fires.

The trigger is the alternation of every detector's pattern (group names stripped), so the scan runs at C
speed; at each candidate position every detector's own regex is tried with `match`, the longest reading
that interprets wins, and the scan resumes after it. Mentions come out sorted and non-overlapping, and the
resolver sees them in text order, which is what narrative anchoring needs.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.temporal import (
    clock,
    decade,
    deictic,
    duration,
    explicit,
    holiday,
    narrative,
    part_of_day,
    period,
    recurrence,
    weekday,
)
from app.temporal.mention import Mention
from app.temporal.modifier import apply_prefix
from app.temporal.patterns import Detector
from app.temporal.resolver import Resolver

# Order breaks ties between readings of the same length: the more specific class first.
DETECTORS: Final[tuple[Detector, ...]] = (
    narrative.DETECTOR,
    part_of_day.DETECTOR,
    clock.DETECTOR,
    holiday.DETECTOR,
    period.DETECTOR,
    decade.DETECTOR,
    recurrence.DETECTOR,
    deictic.DETECTOR,
    duration.DETECTOR,
    weekday.DETECTOR,
    explicit.DETECTOR,
)

_GROUP_NAME: Final = re.compile(r"\(\?P<[A-Za-z0-9_]+>")
TRIGGER: Final = re.compile(
    "|".join(f"(?:{_GROUP_NAME.sub('(?:', d.pattern.pattern)})" for d in DETECTORS), re.IGNORECASE
)
_YEARISH: Final = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")


def local_zone(anchor: datetime, name: str | None) -> tzinfo:
    """The zone the local calendar is read in: the named IANA zone, else the anchor's own."""
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        raise ValueError("anchor must be an aware datetime")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, TypeError) as error:
            raise ValueError(f"unknown time zone: {name!r}") from error
    if isinstance(anchor.tzinfo, ZoneInfo):
        return anchor.tzinfo
    offset = anchor.utcoffset()
    assert offset is not None
    return timezone(offset)


def looks_narrative(text: str, anchor_year: int) -> bool:
    """A document whose explicit years are mostly far from the publication (a history, a biography)."""
    years = [int(y) for y in _YEARISH.findall(text, 0, 200_000)]
    if len(years) < 3:
        return False
    far = sum(1 for y in years if abs(y - anchor_year) > 3)
    return far / len(years) >= 0.6


def extract(
    text: str,
    anchor: datetime,
    timezone: str | None = None,
    *,
    narrative: bool | None = None,
    date_order: str = "MDY",
) -> list[Mention]:
    """Time expressions in text, resolved against the publication time `anchor` (see the package doc)."""
    tz = local_zone(anchor, timezone)
    if narrative is None:
        narrative = looks_narrative(text, anchor.astimezone(tz).year)
    resolver = Resolver(text, anchor, tz, narrative=narrative, date_order=date_order)
    mentions: list[Mention] = []
    search = TRIGGER.search
    pos = 0
    floor = 0
    size = len(text)
    while pos < size:
        candidate = search(text, pos)
        if candidate is None:
            break
        at = candidate.start()
        found = _read_at(text, at, resolver)
        accepted = [x for x in found if floor <= x.start < x.end <= size]
        if not accepted:
            pos = at + 1
            continue
        for i, mention in enumerate(accepted):
            if i == 0:
                mention = apply_prefix(mention, resolver, floor)
            if mention.start < floor:
                continue
            mentions.append(mention)
            resolver.note(mention)
            floor = mention.end
        pos = max(floor, at + 1)
    return mentions


def _read_at(text: str, at: int, resolver: Resolver) -> list[Mention]:
    readings: list[tuple[int, int, re.Match[str], Detector]] = []
    for rank, detector in enumerate(DETECTORS):
        m = detector.pattern.match(text, at)
        if m is not None and m.end() > at:
            readings.append((-(m.end() - at), rank, m, detector))
    readings.sort(key=lambda r: (r[0], r[1]))
    for _, _, m, detector in readings:
        found = detector.interpret(m, resolver)
        if found:
            return sorted(found, key=lambda x: x.start)
    return []
