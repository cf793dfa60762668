"""The leading-strings analysis that picks the detectors tried at a position (patterns.leading_strings,
engine.detectors_at): it may try too many, never too few."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.temporal.engine import DETECTORS, detectors_at
from app.temporal.patterns import leading_strings

from .test_properties import WORDS


def test_leading_strings_of_a_sequence_with_optional_and_repeated_parts():
    pattern = re.compile(r"(?:ab)*c?\s", re.IGNORECASE)
    assert leading_strings(pattern, 3) == {" ", "c ", "ab ", "abc", "aba"}


def test_leading_strings_are_canonical_lower_case_digits_as_zero_whitespace_as_space():
    pattern = re.compile(r"Aug\.\s+[1-9][0-9]?(?:st|th)?", re.IGNORECASE)
    assert leading_strings(pattern, 6) == {"aug. 0", "aug.  "}
    assert leading_strings(re.compile(r"[0-9]{4}s?"), 5) == {"0000", "0000s"}


def test_leading_strings_skip_lookarounds_and_give_up_on_open_classes():
    assert leading_strings(re.compile(r"(?<![a-z])may(?!\w)"), 5) == {"may"}
    assert leading_strings(re.compile(r"\w+ago"), 3) is None
    assert leading_strings(re.compile(r"[^0-9]x"), 2) is None


_TEXT = (
    "On Aug. 15, 1998, late Monday night, the third quarter ended; the 6-year-old boy left the '90s behind. "
    "The SX-2020 ran from 1996 to 2001 and again at 3 p.m. ET, every Tuesday, 10:30 a.m. (0735 GMT) Friday. "
    "Two days later, the week before Christmas, in recent weeks, FY2024, Q3 2024, 3Q23, H1 2024, nineteen "
    "ninety-six, 480 BC, the 19th century, mid-October, the turn of the century, a fortnight ago, 2021-09-01."
)


def _missed(text: str) -> list[tuple[int, str]]:
    """Positions where a detector matches but is not among those tried there."""
    missed = []
    for at in range(len(text)):
        tried = {detector for _, detector in detectors_at(text, at)}
        for detector in DETECTORS:
            m = detector.pattern.match(text, at)
            if m is not None and m.end() > at and detector not in tried:
                missed.append((at, detector.name))
    return missed


def test_every_detector_that_matches_is_tried():
    assert _missed(_TEXT) == []
    assert _missed(_TEXT.upper()) == []


@given(st.lists(st.sampled_from([*WORDS, " ", "  ", "\n", "\t", "1", "12", "Q", "H", "FY"]), max_size=30))
@settings(max_examples=300, deadline=None)
def test_every_detector_that_matches_is_tried_in_word_salad(words):
    assert _missed("".join(words)) == []
    assert _missed(" ".join(words)) == []
