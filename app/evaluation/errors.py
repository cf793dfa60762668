"""The engine's errors on a corpus, grouped by kind and by the shape of the expression, most frequent first,
so that the next rule to write is the one that fixes the biggest group."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.evaluation.scoring import Alignment
from app.evaluation.timeml import TimexAnnotation


class ErrorKind(StrEnum):
    # One-to-one pairing leaves the rare second system TIMEX3 over the same gold one unpaired too, so these
    # are "unpaired" more exactly than "without overlap".
    MISSED = "missed"  # a gold TIMEX3 no system TIMEX3 overlaps
    SPURIOUS = "spurious"  # a system TIMEX3 no gold TIMEX3 overlaps
    SPAN = "span"  # a relaxed match that is not a strict one
    TYPE = "type"  # a relaxed match with another type
    VALUE = "value"  # a relaxed match with another value


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?")
_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAYS})\b\.?")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def text_shape(text: str) -> str:
    """ "Jan. 8, 1998" → "MONTH 9, 9999"; "last Tuesday" → "last WEEKDAY"."""
    shape = _SPACE.sub(" ", text.strip().lower())
    shape = _MONTH.sub("MONTH", shape)
    shape = _WEEKDAY.sub("WEEKDAY", shape)
    return _DIGIT.sub("9", shape)


def value_shape(value: str | None) -> str:
    """ "1998-01-08" → "9999-99-99"; "P3D" → "P9D"; None → "-"."""
    return "-" if value is None else _DIGIT.sub("9", value) or '""'


_CALENDAR_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def value_offset(gold: str, system: str) -> str | None:
    """How a system date is off when it has the gold's shape: "year -1", "month +1", "day +7", or None.

    Grouping by it separates, say, weekdays resolved into the wrong week from months resolved into the wrong
    year, which the shapes alone ("9999-99-99 → 9999-99-99") do not. Years more than 3 apart are "many"
    (an expression anchored on the wrong reference, typically), days more than 60 apart get no offset.
    """
    g, s = _CALENDAR_DATE.match(gold), _CALENDAR_DATE.match(system)
    if g is None or s is None or value_shape(gold) != value_shape(system) or g.end() != s.end():
        return None
    if gold[g.end() :] != system[s.end() :]:
        return None  # whatever the date part, the difference is elsewhere (time of day, week...)
    (gy, gm, gd), (sy, sm, sd) = g.groups(), s.groups()
    if (gm, gd) == (sm, sd):
        years = int(sy) - int(gy)
        return f"year {years:+d}" if abs(years) <= 3 else f"year {'+' if years > 0 else '-'}many"
    if gd is None or sd is None:
        if gm is None or sm is None:
            return None
        return f"month {(int(sy) * 12 + int(sm)) - (int(gy) * 12 + int(gm)):+d}"
    try:
        days = (date(int(sy), int(sm), int(sd)) - date(int(gy), int(gm), int(gd))).days
    except ValueError:
        return None
    return f"day {days:+d}" if abs(days) <= 60 else None


@dataclass(frozen=True, slots=True)
class ErrorExample:
    doc: str
    gold_text: str | None
    system_text: str | None
    gold_type: str | None
    system_type: str | None
    gold_value: str | None
    system_value: str | None
    context: str  # the sentence around it, the expression in [brackets]


@dataclass(frozen=True, slots=True)
class ErrorGroup:
    kind: ErrorKind
    key: str
    count: int
    examples: tuple[ErrorExample, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "key": self.key,
            "count": self.count,
            "examples": [asdict(e) for e in self.examples],
        }


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return _SPACE.sub(" ", f"{before}[{text[start:end]}]{after}").strip()


def _example(
    doc: str, text: str, gold: TimexAnnotation | None, system: TimexAnnotation | None
) -> ErrorExample:
    spans = [t for t in (gold, system) if t is not None]
    start = min(t.start for t in spans)
    end = max(t.end for t in spans)
    return ErrorExample(
        doc=doc,
        gold_text=gold.text if gold else None,
        system_text=system.text if system else None,
        gold_type=gold.type if gold else None,
        system_type=system.type if system else None,
        gold_value=gold.value if gold else None,
        system_value=system.value if system else None,
        context=_context(text, start, end),
    )


def group_errors(
    alignments: Iterable[Alignment], examples: int | None = 3
) -> dict[ErrorKind, list[ErrorGroup]]:
    """Every error of every kind, grouped by shape key; groups sorted by count, then key.

    Each group keeps its first `examples` occurrences, or all of them with None.
    """
    found: dict[ErrorKind, dict[str, list[ErrorExample]]] = {kind: defaultdict(list) for kind in ErrorKind}
    for alignment in alignments:
        doc = alignment.annotated.document
        for gold in alignment.missed:
            found[ErrorKind.MISSED][text_shape(gold.text)].append(_example(doc.name, doc.text, gold, None))
        for system in alignment.spurious:
            found[ErrorKind.SPURIOUS][text_shape(system.text)].append(
                _example(doc.name, doc.text, None, system)
            )
        for match in alignment.matches:
            g, s = match.gold, match.system
            example = _example(doc.name, doc.text, g, s)
            if not match.strict:
                found[ErrorKind.SPAN][f"{text_shape(g.text)} ≠ {text_shape(s.text)}"].append(example)
            if g.type != s.type:
                found[ErrorKind.TYPE][f"{g.type} → {s.type}: {text_shape(g.text)}"].append(example)
            if g.value != s.value:
                key = f"{text_shape(g.text)}: {value_shape(g.value)} → {value_shape(s.value)}"
                offset = value_offset(g.value, s.value)
                if offset:
                    key += f" ({offset})"
                found[ErrorKind.VALUE][key].append(example)
    return {
        kind: sorted(
            (ErrorGroup(kind, key, len(items), tuple(items[:examples])) for key, items in groups.items()),
            key=lambda group: (-group.count, group.key),
        )
        for kind, groups in found.items()
    }
