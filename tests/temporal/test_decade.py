"""Decades and centuries."""

from __future__ import annotations

import pytest

from app.temporal import Granularity

from .conftest import local


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Prices soared in the 1980s.", "the 1980s", "198X"),
        ("It was a hit in the '90s.", "the '90s", "199X"),
        ("It was a hit in the 90s.", "the 90s", "199X"),
        ("It was a hit in the nineties.", "the nineties", "199X"),
    ],
)
def test_decade_value(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.granularity is Granularity.DECADE


def test_decade_interval_is_ten_years(one):
    mention = one("Prices soared in the 1980s.", "the 1980s")
    assert (mention.interval_start, mention.interval_end) == (local(1980, 1, 1), local(1990, 1, 1))


def test_nineteenth_century_is_18(one):
    mention = one("The mill dates from the 19th century.", "the 19th century")
    assert mention.timex.value == "18"
    assert mention.granularity is Granularity.CENTURY
    assert (mention.interval_start, mention.interval_end) == (local(1800, 1, 1), local(1900, 1, 1))


def test_spelled_out_century(one):
    assert one("It was built in the eighteenth century.", "the eighteenth century").timex.value == "17"


def test_hundreds_are_a_century(one):
    assert one("It was built in the 1800s.", "the 1800s").timex.value == "18"


def test_the_2000s_are_the_first_decade_of_the_century(one):
    mention = one("The firm boomed in the early 2000s.", "the early 2000s")
    assert (mention.timex.value, mention.timex.mod) == ("200X", "START")


def test_late_decade_has_mod_end(one):
    mention = one("It happened in the late 1990s.", "the late 1990s")
    assert mention.timex.value == "199X"
    assert mention.timex.mod == "END"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The church dates from the fifth century.", "the fifth century", "04"),
        ("The abbey was built in the twelfth century.", "the twelfth century", "11"),
        ("The twenty-first century began quietly.", "The twenty-first century", "20"),
        # and the next one, in words or figures
        ("Will it last into the twenty-second century?", "the twenty-second century", "21"),
        ("Seas will keep rising into the 22nd century.", "the 22nd century", "21"),
    ],
)
def test_centuries_written_in_words(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.granularity) == (value, Granularity.CENTURY)


def test_two_centuries_joined(find):
    found = find("It was built in the 18th and 19th centuries.")
    assert [(m.text, m.timex.value) for m in found] == [("the 18th", "17"), ("19th centuries", "18")]


@pytest.mark.parametrize(
    "text", ["A warm spell sent temperatures into the 70s.", "Highs will be in the upper 90s on Sunday."]
)
def test_temperatures_in_the_seventies_are_no_decade(find, text):
    assert all(m.granularity is not Granularity.DECADE for m in find(text))


def test_mid_century_is_the_middle_of_this_one(one):
    mention = one("Emissions must reach net zero by mid-century.", "mid-century")
    assert (mention.timex.value, mention.timex.mod) == ("20", "MID")
