"""Chronicle's temporal engine: finds time expressions in news text and resolves them to TIMEX3 values and
UTC intervals.

    extract(text, anchor, timezone=None, *, narrative=None, date_order="MDY") -> list[Mention]
    sentence_spans(text) -> list[tuple[int, int]]

`anchor` is the aware publication time; `timezone` an IANA name for the local calendar (else the anchor's
own offset). Intervals are the local calendar periods ("yesterday" = local midnight to midnight) in UTC,
end exclusive. Pure Python, thread-safe: all state lives in one Resolver per call.

Resolution rules (resolver.py decides; detectors only ask):

* Anchor. Deictic expressions ("yesterday", "last week", "three weeks ago") count from the publication
  day. Narrative expressions ("the next day", "two days later", "that evening", "a year earlier") count
  from the most recent date in the text, or the publication day if there is none. In narrative mode
  (`narrative=True`, or detected: most explicit years more than ten years from the anchor) dates without
  a year ("June 22", "in May") take the year of the discourse too.
* Direction. A month, month-day, weekday, season or holiday without a year is the previous occurrence
  in a past-tense clause, the next one in a future-tense clause (will, 'll, would, plans/set/scheduled/
  expected to, by/until a deadline), and the nearest one otherwise. The nearest tense cue in the clause
  decides ("said Friday it will ..." is past). A past-tense month-day almost a year back yields to one
  within 75 days ahead ("extended the offer to Nov. 20" written Nov. 2), and a future-tense one a year
  ahead yields to one a few days past.
* next/last/this. "next Tuesday" is the first Tuesday after the publication day, "last Friday" the last
  one before it, "this Saturday" the one in the current ISO week; "last/this/next week|month|year" are the
  calendar periods; "last summer" is the one before the current one while it lasts or for two months
  after it ends, else the latest ("last spring" said in December is that year's); "last April" skips the
  month just gone.
"""

from app.temporal.engine import extract
from app.temporal.mention import Anchoring, Granularity, Mention, Timex, TimexType
from app.temporal.sentences import sentence_spans

__all__ = ["Anchoring", "Granularity", "Mention", "Timex", "TimexType", "extract", "sentence_spans"]
