"""Chronicle's temporal engine: finds time expressions in news text and resolves them to TIMEX3 values and
UTC intervals.

    extract(text, anchor, timezone=None, *, narrative=None, date_order="MDY") -> list[Mention]
    sentence_spans(text) -> list[tuple[int, int]]

`anchor` is the aware publication time; `timezone` an IANA name for the local calendar (else the anchor's
own offset). Pure Python, thread-safe: all state lives in one Resolver per call.
"""

from app.temporal.engine import extract
from app.temporal.mention import Anchoring, Granularity, Mention, Timex, TimexType
from app.temporal.sentences import sentence_spans

__all__ = ["Anchoring", "Granularity", "Mention", "Timex", "TimexType", "extract", "sentence_spans"]
