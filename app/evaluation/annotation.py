"""Running the engine over TimeML documents: its mentions become TIMEX3 annotations, timed per document."""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, cast

from app.evaluation.timeml import TimeMLDocument, TimexAnnotation, select_non_overlapping
from app.temporal.mention import Mention

DEFAULT_EXTRACTOR = "app.temporal:extract"


class Extractor(Protocol):
    """The shape of `app.temporal.extract`."""

    def __call__(
        self,
        text: str,
        anchor: datetime,
        timezone: str | None = None,
        *,
        narrative: bool | None = None,
        date_order: str = "MDY",
    ) -> Sequence[Mention]: ...


@dataclass(frozen=True, slots=True)
class EngineOptions:
    narrative: bool | None = None  # None lets the engine decide, True for narratives such as WikiWars
    timezone: str | None = "UTC"  # the anchor's zone: see timeml.creation_anchor
    date_order: str = "MDY"


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """A gold document with the engine's annotations of its text."""

    document: TimeMLDocument
    system: tuple[TimexAnnotation, ...]
    seconds: float
    rejected: int = 0  # mentions dropped: span outside the text, text not matching the span, or overlapping
    failure: str | None = (
        None  # why the engine could not run (it raised, or no anchor): the document stays empty
    )


def load_extractor(spec: str = DEFAULT_EXTRACTOR) -> Extractor:
    """Import "module:attribute", lazily so that the harness works while the engine is being written."""
    module_name, _, attribute = spec.partition(":")
    module = importlib.import_module(module_name)
    try:
        extractor = getattr(module, attribute or "extract")
    except AttributeError as error:
        raise ImportError(f"{module_name} has no attribute {attribute or 'extract'!r}") from error
    return cast(Extractor, extractor)


def annotate(document: TimeMLDocument, extractor: Extractor, options: EngineOptions) -> AnnotatedDocument:
    started = time.perf_counter()
    try:
        mentions = extractor(
            document.text,
            document.anchor,
            options.timezone,
            narrative=options.narrative,
            date_order=options.date_order,
        )
    except Exception as error:  # a broken document (or creation time) must not hide the others' scores
        seconds = time.perf_counter() - started
        return AnnotatedDocument(document, (), seconds, failure=f"{type(error).__name__}: {error}")
    seconds = time.perf_counter() - started

    valid: list[TimexAnnotation] = []
    rejected = 0
    text = document.text
    for mention in mentions:
        if (
            not (0 <= mention.start < mention.end <= len(text))
            or text[mention.start : mention.end] != mention.text
        ):
            rejected += 1
            continue
        valid.append(
            TimexAnnotation(
                tid="",
                start=mention.start,
                end=mention.end,
                text=mention.text,
                type=str(mention.timex.type),
                value=mention.timex.value,
                mod=mention.timex.mod,
            )
        )
    kept, overlapping = select_non_overlapping(valid)
    return AnnotatedDocument(
        document,
        tuple(_number(kept, reserved=document.creation_tid)),
        seconds,
        rejected=rejected + overlapping,
    )


def _number(timexes: Sequence[TimexAnnotation], reserved: str) -> list[TimexAnnotation]:
    """tids t1, t2, ... skipping the creation time's (the TempEval-3 scorer ignores tid t0)."""
    numbered: list[TimexAnnotation] = []
    counter = 0
    for timex in timexes:
        counter += 1
        if f"t{counter}" == reserved:
            counter += 1
        numbered.append(dataclasses.replace(timex, tid=f"t{counter}"))
    return numbered
