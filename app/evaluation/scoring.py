"""TempEval-3 Task A scoring of TIMEX3 annotations (UzZaman et al., 2013).

Per document, gold and system TIMEX3s are paired one to one: first the pairs with identical spans, then the
remaining overlapping pairs, largest overlap first. A pair is a relaxed match; it is also a strict match when
the spans are identical. Counts are summed over all documents of a corpus (micro-average):

    strict P = strict matches / system,   strict R = strict matches / gold
    relaxed P = relaxed matches / system, relaxed R = relaxed matches / gold
    type F1 = relaxed F1 × (matches with the gold type / relaxed matches), and the same for value.

TempEval-3 does not score `mod`; our mod accuracy counts only the relaxed matches where the gold or the system
has one, since a match where neither has one says nothing.

The creation-time TIMEX3 is not part of either side (the reader leaves it out of the gold, the engine never
sees it). Types and values are compared as raw, case-sensitive strings, as the TempEval-3 scorer does.

The "lenient" value score is ours, clearly not TempEval-3's: it accepts the equivalences listed in
`lenient_value_match` for quirks of the gold annotation, and leaves matches whose gold value is unusable
("null" in WikiWars, empty) out of the accuracy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from app.evaluation.annotation import AnnotatedDocument
from app.evaluation.timeml import TimexAnnotation


@dataclass(frozen=True, slots=True)
class Match:
    gold: TimexAnnotation
    system: TimexAnnotation

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.system.start, self.system.end)


@dataclass(frozen=True, slots=True)
class Alignment:
    """The pairing of one document's gold and system TIMEX3s."""

    annotated: AnnotatedDocument
    matches: tuple[Match, ...]
    missed: tuple[TimexAnnotation, ...]  # gold overlapping no system annotation
    spurious: tuple[TimexAnnotation, ...]  # system overlapping no gold annotation


def align(annotated: AnnotatedDocument) -> Alignment:
    gold = annotated.document.timexes
    system = annotated.system
    matches = pair_timexes(gold, system)
    paired_gold = {id(m.gold) for m in matches}
    paired_system = {id(m.system) for m in matches}
    return Alignment(
        annotated,
        tuple(sorted(matches, key=lambda m: m.gold.start)),
        tuple(t for t in gold if id(t) not in paired_gold),
        tuple(t for t in system if id(t) not in paired_system),
    )


def pair_timexes(gold: Sequence[TimexAnnotation], system: Sequence[TimexAnnotation]) -> list[Match]:
    """One-to-one pairing: identical spans first, then other overlaps by decreasing overlap."""
    candidates: list[tuple[int, int, int, int]] = []  # (not identical, -overlap, gold index, system index)
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                identical = (g.start, g.end) == (s.start, s.end)
                candidates.append((0 if identical else 1, -overlap, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matches: list[Match] = []
    for _, _, gi, si in candidates:
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            matches.append(Match(gold[gi], system[si]))
    return matches


_DECADE = re.compile(r"\d{3}X?")
_CENTURY = re.compile(r"\d{2}(?:XX)?")
_UNUSABLE_GOLD_VALUES = frozenset({"", "null"})
_PADDED_YEAR = re.compile(r"\d{4}(?:-XX){1,2}")
_SHORT_WEEK = re.compile(r"\d{4}-W\d")


def lenient_value_match(gold: str, system: str) -> bool | None:
    """Whether a value is right allowing for known quirks of the gold; None when the gold value is unusable.

    Equivalences: a decade written "199" or "199X"; a century "19" or "19XX"; the part of day "TEV" or "TNI"
    ("Wednesday night" is TEV in AQUAINT, TNI elsewhere); a year written "1968-XX" or "1968" (AQUAINT); a week
    written "2000-W6" or "2000-W06" (AQUAINT). Gold values "null" (WikiWars) and "" are unusable.
    """
    if gold in _UNUSABLE_GOLD_VALUES:
        return None
    if gold == system:
        return True
    if _PADDED_YEAR.fullmatch(gold) and system == gold[:4]:
        return True
    if _SHORT_WEEK.fullmatch(gold):
        return system == f"{gold[:6]}0{gold[6:]}"
    for pattern in (_DECADE, _CENTURY):
        if pattern.fullmatch(gold) and pattern.fullmatch(system):
            return gold.rstrip("X") == system.rstrip("X")
    return gold.replace("TEV", "TNI") == system.replace("TEV", "TNI")


@dataclass(frozen=True, slots=True)
class Counts:
    """Everything the scores are computed from; sums over documents and corpora."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    mod_judged: int = 0  # relaxed matches where the gold or the system has a mod
    mod_correct: int = 0  # of those, the ones with the same mod
    lenient_value_judged: int = 0
    lenient_value_correct: int = 0
    rejected: int = 0
    failures: int = 0
    characters: int = 0
    utf8_bytes: int = 0
    seconds: float = 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


def count(alignment: Alignment) -> Counts:
    matches = alignment.matches
    judged = [lenient_value_match(m.gold.value, m.system.value) for m in matches]
    annotated = alignment.annotated
    text = annotated.document.text
    return Counts(
        docs=1,
        gold=len(annotated.document.timexes),
        system=len(annotated.system),
        strict=sum(m.strict for m in matches),
        relaxed=len(matches),
        type_correct=sum(m.gold.type == m.system.type for m in matches),
        value_correct=sum(m.gold.value == m.system.value for m in matches),
        mod_judged=sum(bool(m.gold.mod or m.system.mod) for m in matches),
        mod_correct=sum(bool(m.gold.mod or m.system.mod) and m.gold.mod == m.system.mod for m in matches),
        lenient_value_judged=sum(j is not None for j in judged),
        lenient_value_correct=sum(j is True for j in judged),
        rejected=annotated.rejected,
        failures=annotated.failure is not None,
        characters=len(text),
        utf8_bytes=len(text.encode("utf-8")),
        seconds=annotated.seconds,
    )


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True, slots=True)
class Scores:
    strict_precision: float
    strict_recall: float
    strict_f1: float
    relaxed_precision: float
    relaxed_recall: float
    relaxed_f1: float
    type_accuracy: float
    type_f1: float
    value_accuracy: float
    value_f1: float
    mod_accuracy: (
        float  # over relaxed matches where either side has a mod: mods are rare, and right by default
    )
    lenient_value_accuracy: float
    lenient_value_f1: float
    kilobytes_per_second: float

    @classmethod
    def from_counts(cls, c: Counts) -> Scores:
        strict_p, strict_r = _ratio(c.strict, c.system), _ratio(c.strict, c.gold)
        relaxed_p, relaxed_r = _ratio(c.relaxed, c.system), _ratio(c.relaxed, c.gold)
        relaxed_f1 = _f1(relaxed_p, relaxed_r)
        type_accuracy = _ratio(c.type_correct, c.relaxed)
        value_accuracy = _ratio(c.value_correct, c.relaxed)
        lenient_accuracy = _ratio(c.lenient_value_correct, c.lenient_value_judged)
        return cls(
            strict_precision=strict_p,
            strict_recall=strict_r,
            strict_f1=_f1(strict_p, strict_r),
            relaxed_precision=relaxed_p,
            relaxed_recall=relaxed_r,
            relaxed_f1=relaxed_f1,
            type_accuracy=type_accuracy,
            type_f1=relaxed_f1 * type_accuracy,
            value_accuracy=value_accuracy,
            value_f1=relaxed_f1 * value_accuracy,
            mod_accuracy=_ratio(c.mod_correct, c.mod_judged),
            lenient_value_accuracy=lenient_accuracy,
            lenient_value_f1=relaxed_f1 * lenient_accuracy,
            kilobytes_per_second=_ratio(c.utf8_bytes / 1024, c.seconds),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
