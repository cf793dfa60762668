"""The public API: validation, ordering, time zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

import pytest

from app.temporal import extract

from .conftest import ANCHOR


def test_naive_anchor_is_rejected():
    with pytest.raises(ValueError, match="aware"):
        extract("today", datetime(2021, 9, 3, 10, 0))


def test_unknown_time_zone_is_rejected():
    with pytest.raises(ValueError, match="time zone"):
        extract("today", ANCHOR, "Mars/Olympus_Mons")


def test_anchor_offset_is_the_local_zone_without_a_time_zone():
    anchor = datetime(2021, 9, 3, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    mention = extract("It happened today.", anchor)[0]
    assert mention.timex.value == "2021-09-03"
    assert mention.interval_start == datetime(2021, 9, 3, 4, 0, tzinfo=UTC)


def test_time_zone_changes_the_local_day():
    anchor = datetime(2021, 9, 4, 2, 0, tzinfo=UTC)
    assert extract("today", anchor, "UTC")[0].timex.value == "2021-09-04"
    assert extract("today", anchor, "America/New_York")[0].timex.value == "2021-09-03"


def test_mentions_are_sorted_and_do_not_overlap(find):
    found = find(
        "Yesterday, on Aug. 15, 2021, and last week, at 3 p.m. Tuesday, the past 20 years, every Monday."
    )
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert len(found) == 6


def test_mention_text_is_the_span(find):
    text = "On Aug. 15, 2021 it rained."
    for mention in find(text):
        assert text[mention.start : mention.end] == mention.text


def test_intervals_are_utc():
    mention = extract("It rained yesterday.", ANCHOR, "America/New_York")[0]
    assert mention.interval_start is not None
    assert mention.interval_start.utcoffset() == timedelta(0)
