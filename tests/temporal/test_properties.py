"""Invariants of the engine on arbitrary and adversarial input (hypothesis)."""

from __future__ import annotations

import time
from datetime import UTC, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.temporal import extract, sentence_spans

from .conftest import ANCHOR

WORDS = [
    "the", "May", "march", "fall", "Monday", "last", "next", "year", "years", "ago", "later", "2021", "1996",
    "15th", "Aug.", "3", "p.m.", "the past", "every", "quarter", "third", "early", "mid-", "BC", "'90s",
    "99999999999", "days", "-", "/", ",", ".", "'", "tonight", "Christmas", "fiscal", "of", "9/1/2021",
    "2021-09-01", "century",
]  # fmt: skip


def check(text: str, **options: object) -> None:
    found = extract(text, ANCHOR, "America/New_York", **options)  # type: ignore[arg-type]
    last_end = 0
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= last_end
        assert text[mention.start : mention.end] == mention.text
        last_end = mention.end
        if mention.interval_start is not None or mention.interval_end is not None:
            assert mention.interval_start is not None and mention.interval_end is not None
            assert mention.interval_start < mention.interval_end
            assert mention.granularity is not None
        else:
            assert mention.granularity is None


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_never_raises_on_arbitrary_unicode(text):
    check(text)
    assert all(0 <= s < e <= len(text) for s, e in sentence_spans(text))


@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, True, False]))
@settings(max_examples=400, deadline=None)
def test_invariants_hold_on_date_like_word_salad(words, narrative):
    check(" ".join(words), narrative=narrative)


@given(st.lists(st.sampled_from(WORDS), max_size=30))
@settings(max_examples=200, deadline=None)
def test_invariants_hold_without_spaces(words):
    check("".join(words))


def test_megabyte_of_adversarial_text_is_linear():
    pieces = [
        "1" * 5000,
        " the" * 3000,
        " May March " * 2000,
        "." * 5000,
        " 12/12/12/12/12" * 1000,
        " last next this past " * 2000,
        " 1996-1997-1998-1999" * 1000,
        " ((((([[[[" * 1000,
    ]
    text = "".join(pieces)
    text = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    start = time.process_time()
    check(text)
    assert time.process_time() - start < 20  # generous: linear scans take about a second


@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.datetimes(
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))])
    ),
)
@settings(max_examples=300, deadline=None)
def test_anchors_at_the_ends_of_the_calendar_never_break_resolution(words, anchor):
    try:
        found = extract(" ".join(words), anchor, "Pacific/Kiritimati")
    except ValueError as error:
        assert "off the calendar" in str(error)
        return
    assert all(m.interval_start is None or m.interval_start < m.interval_end for m in found)
