"""Parts of the day, anchored on Friday 2021-09-03 10:00 America/New_York."""

from __future__ import annotations

import pytest

from app.temporal import Granularity, TimexType

from .conftest import local


def test_weekday_night_is_that_day_with_tni(one):
    mention = one("The fire broke out Tuesday night.", "Tuesday night")
    assert mention.timex.type is TimexType.TIME
    assert mention.timex.value == "2021-08-31TNI"
    assert mention.granularity is Granularity.PART_OF_DAY
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 31, 20), local(2021, 9, 1, 4))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He spoke Monday morning.", "Monday morning", "2021-08-30TMO"),
        ("He spoke Wednesday afternoon.", "Wednesday afternoon", "2021-09-01TAF"),
        ("He spoke Thursday evening.", "Thursday evening", "2021-09-02TEV"),
        ("He will speak tonight.", "tonight", "2021-09-03TNI"),
        ("He spoke this morning.", "this morning", "2021-09-03TMO"),
        ("He spoke yesterday afternoon.", "yesterday afternoon", "2021-09-02TAF"),
        ("He will speak tomorrow evening.", "tomorrow evening", "2021-09-04TEV"),
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "2021-09-02TAF"),
        # a part before its weekday, with the modifier that news style puts first
        ("Talks resumed late afternoon Tuesday.", "late afternoon Tuesday", "2021-08-31TAF"),
        ("The quake struck early morning Sunday local time.", "early morning Sunday", "2021-08-29TMO"),
        ("Workers will return mid-morning Monday.", "mid-morning Monday", "2021-09-06TMO"),
        # AP style writes the modifier and the part as one word
        ("Talks broke off midafternoon Tuesday.", "midafternoon Tuesday", "2021-08-31TAF"),
        ("Shares were up at midmorning yesterday.", "midmorning yesterday", "2021-09-02TMO"),
        ("Talks resumed midafternoon.", "midafternoon", "2021-09-02TAF"),
    ],
)
def test_part_of_day_names_the_day_and_the_part(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_modifier_joined_to_its_part_marks_the_middle(one):
    mention = one("Workers will return midmorning Monday.", "midmorning Monday")
    assert (mention.timex.value, mention.timex.mod) == ("2021-09-06TMO", "MID")


def test_a_part_before_a_weekday_without_a_modifier_is_no_part_of_that_day(find):
    found = [(m.text, m.timex.value) for m in find("She worked every afternoon Monday through Friday.")]
    assert found[0] == ("every afternoon", "XXXX-XX-XXTAF")
    assert ("Monday", "2021-08-30") in found


def test_last_night_is_the_night_before(one):
    mention = one("Protesters marched last night.", "last night")
    assert mention.timex.value == "2021-09-02TNI"
    assert mention.interval_start == local(2021, 9, 2, 20)


def test_morning_hours_are_six_to_noon(one):
    mention = one("He spoke this morning.", "this morning")
    assert (mention.interval_start, mention.interval_end) == (local(2021, 9, 3, 6), local(2021, 9, 3, 12))


def test_late_weekday_is_the_day_with_mod_end(one):
    mention = one("The vote ended late Monday.", "late Monday")
    assert mention.timex.value == "2021-08-30"
    assert mention.timex.mod == "END"
    assert mention.interval_end == local(2021, 8, 31)


def test_night_of_a_date_is_that_night(one):
    mention = one("On the night of 20 June 1791 the king fled.", "the night of 20 June 1791")
    assert mention.timex.value == "1791-06-20TNI"


def test_at_night_is_any_night(one):
    mention = one("The columns moved only at night.", "night")
    assert mention.timex.value == "XXXX-XX-XXTNI"
    assert mention.interval_start is None


def test_overnight_is_the_night_before_the_storys_day(one):
    text = "London shares closed lower Wednesday, hit by overnight losses in New York."
    assert one(text, "overnight").timex.value == "2021-08-31TNI"
    assert one("Stocks fell overnight.", "overnight").timex.value == "2021-09-02TNI"


@pytest.mark.parametrize(
    "text",
    [
        "The bank kept its overnight call rate at 0.25 percent.",
        "He worked the overnight shift.",
        "She went home after an overnight hospital stay.",
        "Highs near 98, with overnight lows near 80.",
        "The railway will add early-morning services.",
        "Organizers found that late-summer heat kept fans away.",
        "OzTAM publishes its overnight figures.",
        'She performed her single on "The Tonight Show" to a big audience.',
        # "overnight" as "at once", or as a habit
        "This is not a problem that can be fixed overnight.",
        "Change won't happen overnight.",
        "Break-ins rose, with most occurring overnight.",
        "The gang was typically striking overnight.",
        "We built for a world that changed almost overnight.",
    ],
)
def test_kinds_of_things_are_no_times(find, text):
    assert find(text) == []


def test_a_hyphenated_part_of_a_day_before_a_day_is_a_time(one):
    assert (
        one("Shares fell mid-afternoon yesterday.", "mid-afternoon yesterday").timex.value == "2021-09-02TAF"
    )
    # and before a conjunction
    found = one("The fire started Thursday. It was out by mid-morning but crews stayed.", "mid-morning")
    assert (found.timex.value, found.timex.mod) == ("2021-09-02TMO", "MID")


@pytest.mark.parametrize(
    "text", ["Crews will work overnight.", "Last week's storm could strengthen overnight, forecasters said."]
)
def test_overnight_ahead_is_the_coming_night(one, text):
    assert one(text, "overnight").timex.value == "2021-09-03TNI"


def test_overnight_into_a_weekday_is_the_night_before_it(one):
    text = "Drones struck overnight into Wednesday."
    assert one(text, "overnight into Wednesday").timex.value == "2021-08-31TNI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare part of a day joined to a part written with its day is of that day
        (
            "Flights were delayed on Monday afternoon and evening.",
            [("Monday afternoon", "2021-08-30TAF"), ("evening", "2021-08-30TEV")],
        ),
        # the morning after a night
        (
            "Storms hit on Tuesday night and early morning.",
            [("Tuesday night", "2021-08-31TNI"), ("early morning", "2021-09-01TMO")],
        ),
    ],
)
def test_a_part_of_a_day_joined_to_another_takes_its_day(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_a_figure_reached_by_a_part_of_the_day_is_past(find):
    # "rose to minus 0.37% by late afternoon" was reached (not a deadline ahead), so not on the meeting day
    text = "The next meeting is scheduled for Dec. 12. Yields rose to minus 0.37% by late afternoon."
    assert [m.timex.value for m in find(text)] == ["2021-12-12", "2021-09-02TAF"]
