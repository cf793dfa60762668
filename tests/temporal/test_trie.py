from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.temporal.resolver import _FUTURE
from app.temporal.trie import alternation, by_first_letter

_WORDS = ["will", "would", "shall", "set to", "scheduled", "scheduled to", "'ll", "go to the polls", "may"]
_SAMPLE = "they said it will rise and is set to go; we go to the polls as scheduled to vote, may not, 'll"


def test_alternation_matches_exactly_its_words():
    pattern = re.compile(alternation(["may", "march", "mar"]) + "$")
    assert [w for w in ["may", "march", "mar", "ma", "marc"] if pattern.match(w)] == ["may", "march", "mar"]


def test_by_first_letter_groups_branches_and_spreads_leading_words():
    grouped = by_first_letter(r"will|would|(?:set|planned)\s+to|shall|(?P<x>may)")
    assert grouped == r"(?:(?P<x>may)|w(?:ill|ould)|s(?:et\s+to|hall)|p(?:lanned\s+to))"


@given(st.lists(st.sampled_from([*_WORDS, "said", "to", "the", "vote", "not"]), max_size=12))
def test_the_tense_cue_alternation_matches_as_the_flat_one(words):
    text = " ".join(words) + " " + _SAMPLE
    flat = re.compile(rf"\b(?:{_FUTURE})\b")
    grouped = re.compile(rf"\b{by_first_letter(_FUTURE)}\b")
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in grouped.finditer(text)]
