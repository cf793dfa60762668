"""Clock times, anchored on Friday 2021-09-03 10:00 America/New_York."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.temporal import Anchoring, Granularity, TimexType, extract

from .conftest import NEW_YORK, local


def test_pm_time_is_on_the_publication_day(one):
    mention = one("The meeting starts at 3 p.m.", "3 p.m.")
    assert mention.timex.type is TimexType.TIME
    assert mention.timex.value == "2021-09-03T15:00"
    assert mention.granularity is Granularity.HOUR
    assert (mention.interval_start, mention.interval_end) == (local(2021, 9, 3, 15), local(2021, 9, 3, 16))


def test_24_hour_time_has_minute_granularity(one):
    mention = one("Trading halts at 15:30.", "15:30")
    assert mention.timex.value == "2021-09-03T15:30"
    assert mention.granularity is Granularity.MINUTE


def test_named_zone_sets_the_interval_but_not_the_value(one):
    mention = one("The launch is at 10:30 a.m. GMT.", "10:30 a.m. GMT")
    assert mention.timex.value == "2021-09-03T10:30"
    assert mention.interval_start == datetime(2021, 9, 3, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expression", "utc"),
    [
        ("Labor led at 6am AWST.", "6am AWST", (2021, 9, 2, 22)),
        # (a schedule ahead: 7 p.m. of the day it is in New Zealand, the 4th, at 2 a.m. there)
        ("Polls close at 7 p.m. NZST.", "7 p.m. NZST", (2021, 9, 4, 7)),
        ("Trading opened at 9 a.m. SAST.", "9 a.m. SAST", (2021, 9, 3, 7)),
        ("The beacon went off at 2:40 a.m. NST.", "2:40 a.m. NST", (2021, 9, 3, 6, 10)),
        # New Zealand time, standard or daylight as the date has it
        ("Polls close at 7 p.m. NZT.", "7 p.m. NZT", (2021, 9, 4, 7)),
        ("Polls close at 7 p.m. NZT on Dec. 4.", "7 p.m. NZT", (2021, 12, 4, 6)),
    ],
)
def test_more_zone_abbreviations(one, text, expression, utc):
    assert one(text, expression).interval_start == datetime(*utc, tzinfo=UTC)


def test_eastern_time_follows_daylight_saving(one):
    mention = one("Polls close at 8 p.m. ET.", "8 p.m. ET")
    assert mention.interval_start == datetime(2021, 9, 4, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expression", "value", "utc"),
    [
        # a zone written out applies to the interval but is not part of the expression, as "local time"
        ("The speech starts at noon Pacific time.", "noon", "2021-09-03T12:00", (2021, 9, 3, 19)),
        ("Trading opens at 9:30 a.m. Pacific.", "9:30 a.m.", "2021-09-03T09:30", (2021, 9, 3, 16, 30)),
        ("Trading resumed at 0900 Beijing time.", "0900", "2021-09-03T09:00", (2021, 9, 3, 1)),
        (
            "It hit at 5:34 a.m. Baghdad time on March 20, 2003.",
            "5:34 a.m.",
            "2003-03-20T05:34",
            (2003, 3, 20, 2, 34),
        ),
        ("They met at 8 a.m. Eastern Daylight Time.", "8 a.m.", "2021-09-03T08:00", (2021, 9, 3, 12)),
        ("The count resumed at 9 a.m. Perth time.", "9 a.m.", "2021-09-03T09:00", (2021, 9, 3, 1)),
        # a place, not a zone: the article's zone (New York)
        ("They meet at 3 p.m. Central Park.", "3 p.m.", "2021-09-03T15:00", (2021, 9, 3, 19)),
    ],
)
def test_a_zone_written_out(one, text, expression, value, utc):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.interval_start == datetime(*utc, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Join us at 8 p.m. tonight.", "8 p.m. tonight", "2021-09-03T20:00"),
        ("Doors open at 730pm.", "730pm", "2021-09-03T19:30"),
        ("It started at 1.10pm SGT.", "1.10pm SGT", "2021-09-03T13:10"),
        ("The store opens at 12 noon.", "12 noon", "2021-09-03T12:00"),
        ("The curfew starts at 12 midnight.", "12 midnight", "2021-09-03T24:00"),
        # a year is not a clock time's digits: "21 Apr 1030am"
        ("The class on 21 Sept 1030am is full.", "21 Sept", "2021-09-21"),
    ],
)
def test_informal_clock_times(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_noon_and_midnight(one):
    assert one("They meet at noon.", "noon").timex.value == "2021-09-03T12:00"
    midnight = one("The curfew starts at midnight.", "midnight")
    assert midnight.timex.value == "2021-09-03T24:00"
    assert midnight.interval_start == local(2021, 9, 4)


def test_time_takes_the_date_of_the_weekday_after_it(one):
    assert one("It closed at 5 p.m. Tuesday.", "5 p.m. Tuesday").timex.value == "2021-08-31T17:00"


def test_bare_time_takes_the_date_of_the_last_day_in_the_discourse(find):
    found = find("The rally began on Tuesday. Police arrived at 9 p.m.")
    assert [m.timex.value for m in found] == ["2021-08-31", "2021-08-31T21:00"]
    assert found[1].anchor is Anchoring.NARRATIVE


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a future-tense clause is not on a day of last week's story
        ("The deal collapsed on Monday, and Chelsea have until 11 p.m. to register him.", "2021-09-03T23:00"),
        ("Talks failed on Tuesday. The union will walk out at noon.", "2021-09-03T12:00"),
        # a future in the past stays on the story's day
        ("On Tuesday, officials said the vote would close at 5 p.m.", "2021-08-31T17:00"),
        # the first such time after it was said, not on the earlier story day
        (
            "Containers were left on the docks on Monday. Officials said late Thursday that trucks would be "
            "allowed back from 9 a.m.",
            "2021-09-03T09:00",
        ),
    ],
)
def test_a_future_time_after_a_past_day(find, text, value):
    assert find(text)[-1].timex.value == value


def test_time_written_before_its_date_takes_that_date(find):
    found = find("The strike began at 5:34 a.m. on March 20, 2003.")
    assert found[0].timex.value == "2003-03-20T05:34"


def test_score_is_not_a_time(find):
    assert find("They won 3:1 at home.") == []


def test_time_with_a_date_after_it_is_one_expression(one):
    mention = one("The offer expires at 5 p.m. EST, Nov. 6, 2021.", "5 p.m. EST, Nov. 6, 2021")
    assert mention.timex.value == "2021-11-06T17:00"
    assert mention.interval_start == datetime(2021, 11, 6, 22, 0, tzinfo=UTC)


def test_midnight_before_publication_in_past_tense_began_the_day(one):
    mention = one("The shooting happened just after midnight Friday.", "midnight Friday")
    assert mention.timex.value == "2021-09-03T00:00"
    assert mention.interval_start == local(2021, 9, 3)
    assert one("The talks ran past midnight Thursday.", "midnight Thursday").timex.value == "2021-09-02T24:00"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a midnight something came after began a day: the story's, the publication's, or the next
        (
            "On Aug. 31, 1997, the car left the Ritz shortly after midnight and crashed at about 12.23am.",
            ["1997-08-31", "1997-08-31T00:00", "1997-08-31T00:23"],
        ),
        ("The shooting happened shortly after midnight.", ["2021-09-03T00:00"]),
        ("The party will go on until after midnight.", ["2021-09-04T00:00"]),
    ],
)
def test_after_midnight_is_the_start_of_a_day(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The flight left at 4 in the morning.", "4 in the morning", "2021-09-03T04:00"),
        ("The shop closes at four in the afternoon.", "four in the afternoon", "2021-09-03T16:00"),
        ("The call comes at ten o'clock at night.", "ten o'clock at night", "2021-09-03T22:00"),
    ],
)
def test_hour_with_a_part_of_the_day(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_bare_time_already_past_in_the_future_tense_is_tomorrows(one):
    # anchor: 10:00
    assert one("He will leave at 4 in the morning.", "4 in the morning").timex.value == "2021-09-04T04:00"
    assert one("He will leave at 9 a.m.", "9 a.m.").timex.value == "2021-09-04T09:00"
    assert one("He will leave at 3 p.m.", "3 p.m.").timex.value == "2021-09-03T15:00"


def test_bare_time_still_ahead_in_the_past_tense_is_yesterdays(one, find):
    # anchor: 10:00; no day named, so the time is the latest one before publication
    assert one("The fire broke out at 9:45 p.m.", "9:45 p.m.").timex.value == "2021-09-02T21:45"
    assert one("They met at noon.", "noon").timex.value == "2021-09-02T12:00"
    assert one("They met at 9 a.m.", "9 a.m.").timex.value == "2021-09-03T09:00"
    # a day named earlier holds: "killed today ... around 7:15 p.m." is today's evening
    found = find("A woman was killed today. The men came in around 7:15 p.m.")
    assert [m.timex.value for m in found] == ["2021-09-03", "2021-09-03T19:15"]
    # a day still ahead is no day for a past-tense clause
    found = find("The trial resumes on Sept. 8. The jury was sent home at 4:30 p.m.")
    assert [m.timex.value for m in found] == ["2021-09-08", "2021-09-02T16:30"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The fire broke out at 9:45 p.m. Wednesday. It was put out at 3 a.m.",
            ["2021-09-01T21:45", "2021-09-02T03:00"],
        ),
        (
            "The blast came at 1 a.m. Thursday. Police had been called at 11 p.m.",
            ["2021-09-02T01:00", "2021-09-01T23:00"],
        ),
        (
            "The fire broke out at 9:45 p.m. Wednesday. Crews arrived at 10:10 p.m.",
            ["2021-09-01T21:45", "2021-09-01T22:10"],
        ),
        # with no story day yet, the day a report was told on
        (
            "Unemployment rose to 4.3% in August, the Labor Department reported Thursday. The report,"
            " released at 8:30 a.m., sent stocks down.",
            ["2021-08", "2021-09-02", "2021-09-02T08:30"],
        ),
        # a time later that day, not the evening before: the story moves on
        (
            "Engineers saw them at 2:40 a.m. Thursday. The site did not come back until 5 p.m.",
            ["2021-09-02T02:40", "2021-09-02T17:00"],
        ),
        # a part of the day counts from where it begins: a time 15 hours after this morning's is last night's,
        # one 9 hours after last night's the next morning
        (
            "Homes were without power this morning. Gusts hit 107km/h shortly before 9pm.",
            ["2021-09-03TMO", "2021-09-02T21:00"],
        ),
        (
            "A storm tore through the region last night. Police received 400 calls by 5am.",
            ["2021-09-02TNI", "2021-09-03T05:00"],
        ),
        # "late Thursday" counts from 16:00: the night after it, and 2 a.m. the next morning
        (
            "A tornado hit late Thursday. It spawned 30 tornadoes overnight. Officials spoke at 2 a.m.",
            ["2021-09-02", "2021-09-02TNI", "2021-09-03T02:00"],
        ),
    ],
)
def test_in_a_past_account_a_time_is_the_nearest_to_the_last_one(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_midnight_tonight_ends_today_in_any_tense(one):
    text = "A warning, the first ever issued, covers the city from midnight tonight."
    assert one(text, "midnight tonight").timex.value == "2021-09-03T24:00"


def test_a_time_before_a_sentence_opening_on_a_weekday_keeps_its_own_day(find):
    found = find("Silence will be observed at 11 a.m. On Tuesday, the council met.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("11 a.m.", "2021-09-03T11:00"),
        ("Tuesday", "2021-08-31"),
    ]


def test_a_time_before_a_heading_on_a_weekday_keeps_its_own_day(find):
    # a blank line ends the time: the weekday heads the next paragraph (a line break inside one does not)
    found = find("The keynote starts at 11 a.m.\n\nSaturday afternoon: a panel on chips.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("11 a.m.", "2021-09-03T11:00"),
        ("Saturday afternoon", "2021-09-04TAF"),
    ]
    found = find("The keynote starts at 11 a.m.\nSaturday, after the panel.")
    assert [(m.text, m.timex.value) for m in found] == [("11 a.m.\nSaturday", "2021-09-04T11:00")]


def test_a_live_blogs_stamps_are_of_the_publication_day(find):
    # a stamp neither takes a day named in its entry nor the story's day of the entry before
    found = find("9:55 a.m.: Lawyers for both sides met on Wednesday.\n\n9:40 a.m.: The court is in recess.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("9:55 a.m.", "2021-09-03T09:55"),
        ("Wednesday", "2021-09-01"),
        ("9:40 a.m.", "2021-09-03T09:40"),
    ]
    found = find("9:50 a.m. ET — The trial will resume Monday.\n\n9:20 a.m. ET — Jurors asked about Tuesday.")
    assert [m.timex.value for m in found] == [
        "2021-09-03T09:50",
        "2021-09-06",
        "2021-09-03T09:20",
        "2021-08-31",
    ]
    # the publication time is read in the stamp's zone (10 a.m. in New York is 3 p.m. in London)
    found = find("2:30 p.m. BST — The court will hear more evidence.")
    assert [m.timex.value for m in found] == ["2021-09-03T14:30"]
    # a stamp later than the publication time may be a schedule's
    found = find("Schedule for Saturday:\n11 a.m.: opening remarks")
    assert [m.timex.value for m in found] == ["2021-09-04", "2021-09-04T11:00"]
    # unless an earlier stamp was not: a blog opened in the morning and updated through the day
    found = find("9:30 a.m. — Stocks fell yesterday.\n\n11:40 a.m. — The Times reported a tax rise.")
    assert [m.timex.value for m in found] == ["2021-09-03T09:30", "2021-09-02", "2021-09-03T11:40"]
    # or a later stamp comes before an earlier one: a blog written newest first, dated by its first entry
    found = find(
        "2:40 p.m. - The minister met them on Wednesday.\n\n1:15 p.m. - Talks resumed.\n\n9:55 a.m. - Hi."
    )
    assert [m.timex.value for m in found] == [
        "2021-09-03T14:40",
        "2021-09-01",
        "2021-09-03T13:15",
        "2021-09-03T09:55",
    ]
    # but below an entry gone by at publication, a later stamp is of the day before: the night's entries
    found = find(
        "9:55 a.m. - Counting resumed.\n\n6:40 a.m. - A runoff is certain.\n\n10:05 p.m. - Polls closed."
    )
    assert [m.timex.value for m in found] == ["2021-09-03T09:55", "2021-09-03T06:40", "2021-09-02T22:05"]
    # while a schedule's stamps follow each other in order
    found = find("Schedule for Saturday:\n11 a.m.: opening remarks\n2 p.m.: closing remarks")
    assert [m.timex.value for m in found] == ["2021-09-04", "2021-09-04T11:00", "2021-09-04T14:00"]
    # and a time phrase opening an entry after its stamp takes the tense of the entry's verb
    found = find("9:30 a.m. - Stocks fell.\n\n9:40 a.m. - Over the weekend, the Times reported a tax rise.")
    assert [m.timex.value for m in found] == ["2021-09-03T09:30", "2021-09-03T09:40", "2021-W34-WE"]


def test_a_live_blog_entrys_stamp_is_its_now(find):
    # published at 10:00; the entry written at 7:02 looks ahead to 9 a.m., gone by at publication, and the
    # entry written at 7:20 looks back to 9:10 p.m., the night before
    found = find(
        "Last updated 10 a.m.\n\n7:02 a.m. — Good morning and welcome to our coverage of the opening of the "
        "new bridge. The mayor is due to cut the ribbon at 9 a.m., and the bridge opens to traffic at 11 a.m."
        "\n\n7:20 a.m. — Heavy rain hit the site at 9:10 p.m., flooding the "
        "approach.\n\n9:40 a.m. — Crews started pumping at 9:30 a.m. and will finish by 11:45 a.m."
    )
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("7:02 a.m.", "2021-09-03T07:02"),
        ("9 a.m.", "2021-09-03T09:00"),
        ("11 a.m.", "2021-09-03T11:00"),
        ("7:20 a.m.", "2021-09-03T07:20"),
        ("9:10 p.m.", "2021-09-02T21:10"),
        ("9:40 a.m.", "2021-09-03T09:40"),
        ("9:30 a.m.", "2021-09-03T09:30"),
        ("11:45 a.m.", "2021-09-03T11:45"),
    ]


def test_a_stamp_may_open_its_entry_without_a_colon(find):
    # "07:40 A reader emails": a stamp before a capitalised word, of the publication day (10:00 in New York)
    found = find(
        '09:30 Good morning and welcome.\n\n09:52 A reader, Priya, emails: "I left at 5.45am."\n\n'
        "10:05 The last strike, on 15 March, hit the Budget.\n\n10:30 Talks resume at 2pm."
    )
    assert [(m.text, m.timex.value) for m in found] == [
        ("09:30", "2021-09-03T09:30"),
        ("09:52", "2021-09-03T09:52"),
        ("5.45am", "2021-09-03T05:45"),
        ("10:05", "2021-09-03T10:05"),
        ("15 March", "2021-03-15"),
        ("10:30", "2021-09-03T10:30"),
        ("2pm", "2021-09-03T14:00"),
    ]


def test_a_stamp_or_a_sentence_end_keeps_a_time_apart_from_the_capitalised_day_after_it(find):
    found = find("Live\n\n09:38 Tonight's headliners are in.\n\n09:30 This morning, a band played.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("09:38", "2021-09-03T09:38"),
        ("Tonight", "2021-09-03TNI"),
        ("09:30", "2021-09-03T09:30"),
        ("This morning", "2021-09-03TMO"),
    ]
    found = find("The show starts at 9 p.m. Tonight it rains. At 6 A.M. TODAY it rained.")
    assert [m.text for m in found] == ["9 p.m.", "Tonight", "6 A.M. TODAY"]


def test_a_time_takes_the_day_of_a_part_of_a_day_after_it(find):
    found = find(
        '"We sold 40% of the seats for the 6 p.m. show last night," he said. The vote was on Monday.'
    )
    assert [(m.text, m.timex.value) for m in found][:2] == [
        ("6 p.m.", "2021-09-02T18:00"),
        ("last night", "2021-09-02TNI"),
    ]
    found = find("The vote was on Monday. The 7 a.m. train this morning was late.")
    assert [m.timex.value for m in found][1] == "2021-09-03T07:00"
    # not a time in the other half of the day
    found = find("The vote was on Monday. The 7 p.m. train this morning was late.")
    assert [m.timex.value for m in found][1] == "2021-08-30T19:00"


def test_a_yardstick_with_its_time_does_not_move_the_story(find):
    text = (
        "Homes were without power on Friday. The utility restored 860,000, up from 500,000 at 3 p.m. "
        "Thursday. Executives faced questions at a news conference at 9 a.m."
    )
    assert [(m.text, m.timex.value) for m in find(text)][-1] == ("9 a.m.", "2021-09-03T09:00")


def test_a_time_does_not_take_the_day_of_a_yardstick_after_it(find):
    found = find("The vote was on Wednesday. Thirty ships were waiting as of 8 a.m., up from 19 on Monday.")
    assert [(m.text, m.timex.value) for m in found][1] == ("8 a.m.", "2021-09-01T08:00")


def test_midnight_keeps_the_story_on_its_day(find):
    found = find("The vote is at midnight. The call is at 10:30 a.m.")
    assert [m.timex.value for m in found] == ["2021-09-03T24:00", "2021-09-03T10:30"]


def test_a_time_in_another_zone_keeps_the_story_on_the_day_written(find):
    # 0130 GMT Friday is Thursday 21:30 in New York; the story is at Friday as written
    found = find("The quake struck at 0130 GMT Friday. Aftershocks followed at 9:30 a.m.")
    assert [m.timex.value for m in found] == ["2021-09-03T01:30", "2021-09-03T09:30"]


@pytest.mark.parametrize(
    ("text", "expression", "value", "utc_hour"),
    [
        ("Troops crossed at 0430 GMT.", "0430 GMT", "2021-09-03T04:30", 4),
        (
            "The blast hit at 1530 local time on Thursday.",
            "1530 local time",
            "2021-09-02T15:30",
            19,
        ),
        ("H-hour was 0900 hours.", "0900 hours", "2021-09-03T09:00", 13),
        # British style, with a dot
        ("Trading was halted at 08.48 GMT.", "08.48 GMT", "2021-09-03T08:48", 8),
    ],
)
def test_wire_service_times_need_a_zone_or_hours(one, text, expression, value, utc_hour):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.interval_start is not None and mention.interval_start.astimezone(UTC).hour == utc_hour


def test_a_four_digit_number_alone_is_not_a_time(find):
    assert find("Flight 1530 left.") == []


def test_a_time_in_parentheses_and_the_time_before_it_take_the_day_after(find):
    found = find("The blast came at 10:35 a.m. (0735 GMT) Friday, toppling a building.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("10:35 a.m.", "2021-09-03T10:35"),
        ("0735 GMT", "2021-09-03T07:35"),
        ("Friday", "2021-09-03"),
    ]
    # the zone in the parenthesis applies: 07:35 GMT, not 07:35 in New York
    assert found[1].interval_start == datetime(2021, 9, 3, 7, 35, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers will strike at 12:01 a.m. Monday unless a deal is reached over the weekend.",
            ("12:01 a.m. Monday", "2021-09-06T00:01"),
        ),
        (
            "The line will be shut from 23:00 on Friday until 05:00 on Monday.",
            ("23:00", "2021-09-03T23:00"),
        ),
    ],
)
def test_a_time_that_names_its_day_keeps_it(find, text, expected):
    assert (found := find(text)) and (found[0].text, found[0].timex.value) == expected


def test_the_first_hour_of_a_range_takes_the_second_ones_half_and_day(find):
    found = find("The attack occurred between 9 and 10 p.m. Tuesday.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("9", "2021-08-31T21:00"),
        ("10 p.m. Tuesday", "2021-08-31T22:00"),
    ]
    found = find("The office is open from 11 to 1 p.m.")
    assert [m.timex.value for m in found] == ["2021-09-03T11:00", "2021-09-03T13:00"]
    # overnight: from the evening before the day named
    found = find("The bar will stay open from 4 p.m. to 2 a.m. Sunday.")
    assert [m.timex.value for m in found] == ["2021-09-04T16:00", "2021-09-05T02:00"]
    assert found[0].interval_start == local(2021, 9, 4, 16)


def test_a_time_ending_a_sentence_does_not_take_the_next_sentences_date(find):
    found = find("Polls are open until 8 p.m. The festival runs Sept. 10-12.")
    assert found[0].timex.value == "2021-09-03T20:00"
    # nor a day word opening the next sentence
    found = find("Police will close the road until 8 p.m. Tomorrow, volunteers will clear it.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("8 p.m.", "2021-09-03T20:00"),
        ("Tomorrow", "2021-09-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the day belongs to the second clause, not to the time in the first
        ("The fire broke out at 9:45 p.m. and was put out on Sept. 12.", "9:45 p.m.", "2021-09-02T21:45"),
        ("Guards found him at 6 a.m., but he died on Aug. 20.", "6 a.m.", "2021-09-03T06:00"),
        ("The hearing began at 9 a.m., according to a statement Thursday.", "9 a.m.", "2021-09-03T09:00"),
        # a participle opening the day's clause
        (
            "On Dec. 31, stores will close by 7 p.m., reopening on Jan. 2.",
            "7 p.m.",
            "2021-12-31T19:00",
        ),
        # an aside set off by commas
        ("The new cap, announced at 7 a.m., takes effect on Oct. 1.", "7 a.m.", "2021-09-03T07:00"),
    ],
)
def test_a_time_does_not_take_a_day_from_another_clause(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Flights resume at 9 a.m. and 2 p.m. Monday.", "9 a.m.", "2021-09-06T09:00"),
        ("It opens at 10 a.m. at the courthouse on Monday.", "10 a.m.", "2021-09-06T10:00"),
        ("The fire broke out at 9:45 p.m., killing two, on Aug. 12.", "9:45 p.m.", "2021-08-12T21:45"),
        # a time set off alone by commas is the clause's
        ("Markets will close early, at 2:05 p.m., on Christmas Eve.", "2:05 p.m.", "2021-12-24T14:05"),
        ("Trading halted, shortly after 9 a.m., on Monday.", "9 a.m.", "2021-08-30T09:00"),
        ("The vote closes at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2021-11-06T17:00"),
        # the day right after a time is its own, not the day a range began on
        ("Entries are accepted from Oct. 2 until 4pm on Nov. 30.", "4pm", "2021-11-30T16:00"),
        ("Entries are accepted from Oct. 2 until 4pm on Nov. 30.", "Nov. 30", "2021-11-30"),
        ("Entries are accepted from 2 October until 4pm on 30 November.", "4pm", "2021-11-30T16:00"),
    ],
)
def test_a_time_takes_the_day_of_its_own_clause(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_time_at_the_publication_time_itself_is_that_day(one):
    # published at 10:00: the appearance is now, not tomorrow's, and the start was not yesterday's
    assert one("He is scheduled to appear at 10 a.m.", "10 a.m.").timex.value == "2021-09-03T10:00"
    assert one("The hearing began at 10 a.m.", "10 a.m.").timex.value == "2021-09-03T10:00"


@pytest.mark.parametrize(
    "text",
    [
        "The fire broke out shortly after 10 p.m. on 20 November.",
        "The fire broke out at 10 p.m. on 20 November.",
    ],
)
def test_a_time_dated_by_the_day_after_it_takes_that_days_utc_offset(one, text):
    # written in September (EDT, UTC-4) about a November night (EST, UTC-5); the time is read on its own
    # first, then moved to the day after it
    mention = one(text, "10 p.m.")
    assert mention.timex.value == "2020-11-20T22:00"
    assert mention.interval_start == local(2020, 11, 20, 22, 0)
    assert mention.interval_start.astimezone(UTC).hour == 3


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("I used to open the shop at 6am every day.", "6am", "XXXX-XX-XXT06:00"),
        ("Gates open at 11 a.m. each day.", "11 a.m.", "XXXX-XX-XXT11:00"),
        ("Films will run every evening from 7 p.m.", "7 p.m.", "XXXX-XX-XXT19:00"),
        # "daily" before a range, "this week" inside the habit, and the weekday of a weekly habit
        ("The gallery is open daily 10am–6pm.", "6pm", "XXXX-XX-XXT18:00"),
        ("The bar is open every evening this week from 7pm to 10pm.", "10pm", "XXXX-XX-XXT22:00"),
        ("There are late openings until 9pm on Fridays.", "9pm", "XXXX-WXX-5T21:00"),
        ("NBC will move the drama to Tuesdays at 9 p.m.", "9 p.m.", "XXXX-WXX-2T21:00"),
        # of every such weekday, written singular, before or after the time
        ("The market opens every Monday at 9 a.m.", "9 a.m.", "XXXX-WXX-1T09:00"),
        ("Each Sunday, at 10 a.m., the choir sings.", "10 a.m.", "XXXX-WXX-7T10:00"),
        ("Mass is at 10 a.m. every Sunday.", "10 a.m.", "XXXX-WXX-7T10:00"),
        # between two times every night, and not on the day a range of dates ends
        ("The road will close every night between 8pm and 6am until Sept. 28.", "6am", "XXXX-XX-XXT06:00"),
        ("It serves high tea on weekends from 11am.", "11am", "XXXX-XX-XXT11:00"),
    ],
)
def test_a_time_of_every_day_is_on_no_one_day(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.TIME, value)
    assert mention.interval_start is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day a statement was made is not the story's day
        (
            "Two men were shot dead, police said Friday morning. The shooting happened at 11:40 p.m.",
            "2021-09-02T23:40",
        ),
        # nor the day a period ended, a deadline ahead, or a day the story's day came after
        (
            "Net income rose in the quarter ended Aug. 28, it said. The results were released at 8:05 a.m.",
            "2021-09-03T08:05",
        ),
        ("The results must be certified by Sept. 30. Counting will resume at 11 a.m.", "2021-09-03T11:00"),
        (
            "Workers walked off the job on Wednesday, two weeks after their contract expired on Aug. 18. "
            "Picket lines went up at 6 a.m.",
            "2021-09-01T06:00",
        ),
        # a time written right after a day is on it
        ("The parade, canceled last year because of rain, returns Oct. 31 at 5:30 p.m.", "2021-10-31T17:30"),
    ],
)
def test_a_bare_time_takes_the_story_day_not_a_statement_period_end_or_deadline(find, text, value):
    assert find(text)[-1].timex.value == value


def test_a_time_before_a_weekday_and_a_date_takes_the_date(find):
    found = find("The line will close until 5am on Thursday 28 October.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("5am", "2021-10-28T05:00"),
        ("Thursday 28 October", "2021-10-28"),
    ]


def test_a_time_and_the_day_after_on_are_two_expressions(find):
    # the time is on that day; as the gold has "11 a.m. on 11 November 1918" and "5:00 am on October 3, 1935"
    found = find(
        "Nominations close at 5pm on Friday, Sept. 17, and results follow by noon on Monday, Sept. 20."
    )
    assert [(m.text, m.timex.value) for m in found] == [
        ("5pm", "2021-09-17T17:00"),
        ("Friday, Sept. 17", "2021-09-17"),
        ("noon", "2021-09-20T12:00"),
        ("Monday, Sept. 20", "2021-09-20"),
    ]
    found = find("At precisely 5:00 am on October 3, 1935, De Bono crossed the Mareb River.")
    assert [(m.text, m.timex.value, m.anchor) for m in found] == [
        ("5:00 am", "1935-10-03T05:00", Anchoring.ABSOLUTE),
        ("October 3, 1935", "1935-10-03", Anchoring.ABSOLUTE),
    ]
    # without "on", or with the part of the day, one time
    assert [m.text for m in find("The attack began at 10 p.m. Tuesday.")] == ["10 p.m. Tuesday"]
    assert [m.text for m in find("The attack began at 10 p.m. on Tuesday night.")] == [
        "10 p.m. on Tuesday night"
    ]


def test_a_time_is_not_on_the_day_a_reporting_verb_after_it_names(find):
    found = find("A man robbed a store on Aug. 27. He entered it at about 10:40 p.m., police said Wednesday.")
    assert [m.timex.value for m in found] == ["2021-08-27", "2021-08-27T22:40", "2021-09-01"]


def test_both_ends_of_a_daily_range_are_times_of_every_day(find):
    found = find("The pool is open from 8 a.m. to 10 p.m. daily.")
    assert [m.timex.value for m in found] == ["XXXX-XX-XXT08:00", "XXXX-XX-XXT22:00", "P1D"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a bare hour with the part of today it falls in, before or after it
        ("Polls close at 9.30 tonight.", "9.30 tonight", "2021-09-03T21:30"),
        ("We meet at eight tonight.", "eight tonight", "2021-09-03T20:00"),
        ("Tonight at 9, the mayor speaks.", "9", "2021-09-03T21:00"),
        ("The vote is at 7 this evening.", "7 this evening", "2021-09-03T19:00"),
        ("It reopens at 3 this afternoon.", "3 this afternoon", "2021-09-03T15:00"),
        ("The march set off this morning at 11.", "11", "2021-09-03T11:00"),
    ],
)
def test_a_bare_hour_with_a_part_of_today(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.type is TimexType.TIME
    assert mention.timex.value == value
    assert mention.granularity is (Granularity.MINUTE if "." in expression else Granularity.HOUR)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a time to the minute with the part of today it falls in
        ("The agency releases the report at 8:30 this morning.", "8:30 this morning", "2021-09-03T08:30"),
        ("Talks resume at 8:30 this evening.", "8:30 this evening", "2021-09-03T20:30"),
        ("Power failed at 00:01 this morning.", "00:01 this morning", "2021-09-03T00:01"),
    ],
)
def test_a_time_with_a_part_of_today(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.granularity) == (value, Granularity.MINUTE)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 9 tonight.",  # a count: no "at"
        "They arrived at 9 and left.",  # no part of the day
        "Rain is likely at 2 tonight.",  # either side of midnight
        "The march starts this morning at 11. It ends at 5.",  # the part is another sentence's
    ],
)
def test_a_bare_number_is_no_clock_time_without_at_and_a_part_of_today(find, text):
    assert [m.timex.value for m in find(text) if m.timex.type is TimexType.TIME and m.text[0].isdigit()] == (
        ["2021-09-03T11:00"] if "11" in text else []
    )


def test_a_time_ending_in_pm_ends_its_sentence_for_the_tense(find):
    # "p.m." ends the sentence: the past tense of its own clause, not the future of the next, places the time
    found = find("Bell opened the keynote at 8 p.m. The glasses will ship in 2026.")
    assert [m.timex.value for m in found] == ["2021-09-02T20:00", "2026"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a plan as it stood earlier today, for a time already past at publication (10 a.m.), is today's
        ("Polls opened at 7am and were scheduled to close at 9am.", "9am", "2021-09-03T09:00"),
        ("The flight was due to land at 8 a.m.", "8 a.m.", "2021-09-03T08:00"),
        # a plan still standing is tomorrow's
        ("The flight is due to land at 8 a.m.", "8 a.m.", "2021-09-04T08:00"),
        # something that went on until a time is past: no deadline
        ("Long queues meant booths kept accepting voters until 8am.", "8am", "2021-09-03T08:00"),
        ("The talks ran until 2 a.m.", "2 a.m.", "2021-09-03T02:00"),
    ],
)
def test_a_plan_as_it_stood_and_a_state_that_went_on_until_a_time(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_capitalised_word_and_a_verb_after_pm_open_the_next_sentence(one):
    # written at 10 a.m.: the quake at 6:22 p.m. in a past clause was last evening, whatever "may" says next
    text = "A quake also shook Chiba at 6:22 p.m. Rivers may continue to rise."
    assert one(text, "6:22 p.m.").timex.value == "2021-09-02T18:22"


def test_a_night_shift_is_no_duration(find):
    assert find("He was working a night shift.") == []
    assert find("Organisers are studying a night stage in the harbour.") == []


def test_a_past_day_in_a_relative_clause_does_not_move_the_story(find):
    text = (
        "Warnings were in place early Friday. The storm came a week after Storm Ciara, which brought "
        "flooding last Friday. Residents were evacuated at about 2am."
    )
    assert find(text)[-1].timex.value == "2021-09-03T02:00"


def test_a_plan_as_it_stood_is_not_on_a_story_day_ahead(find):
    text = "He may bring a bill to the floor on Saturday, and the committee was due to meet at 4 p.m."
    assert [m.timex.value for m in find(text)] == ["2021-09-04", "2021-09-03T16:00"]


def test_a_time_a_past_clause_began_at_is_not_tomorrows(one):
    # written at 10:00: "beginning" after a past verb tells when it began
    text = "The judge read the verdict over 40 minutes beginning at 9:30 a.m."
    assert one(text, "9:30 a.m.").timex.value == "2021-09-03T09:30"
    assert one("The judge will read the verdict beginning at 9:30 a.m.", "9:30 a.m.").timex.value == (
        "2021-09-04T09:30"
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # ends resolved one by one disagree; the range that lies nearer the publication wins
        (
            "The Met Office had issued a warning for rain from 6pm on Wednesday until noon on Thursday.",
            ["2021-09-01T18:00", "2021-09-01", "2021-09-02T12:00", "2021-09-02"],
        ),
        (
            "The agency has issued a heat alert from 09:00 on Sunday until 17:00 on Tuesday.",
            ["2021-09-05T09:00", "2021-09-05", "2021-09-07T17:00", "2021-09-07"],
        ),
        # an end that names its date holds the weekday at the other end in its week
        (
            "Police will run checkpoints from 7am on Friday until 7am on Tuesday, Sept. 14.",
            ["2021-09-10T07:00", "2021-09-10", "2021-09-14T07:00", "2021-09-14"],
        ),
        # a range from a date to a weekday may be weeks long
        ("The firm bought shares from Aug. 2 to Thursday.", ["2021-08-02", "2021-09-02"]),
        # and a year written after a range of dates is its end's
        ("The timetable is valid from December 14 until December 12, 2022.", ["2021-12-14", "2022-12-12"]),
    ],
)
def test_the_ends_of_a_range_agree(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a clause that describes the day before it holds its times
        (
            "The first round starts Tuesday, when the honorary starters hit their tee shots at 7:40 a.m. "
            "before the first group goes off at 7:55 a.m.",
            ["2021-09-07", "2021-09-07T07:40", "2021-09-07T07:55"],
        ),
        (
            "The festival will resume Saturday, with gates opening at 2 p.m., an hour later than planned.",
            ["2021-09-04", "2021-09-04T14:00", "PT1H"],
        ),
        # a later time in the sentence is later that day
        (
            "Engineers rolled back the change on Tuesday by about 11 a.m., but a backlog of transactions "
            "kept some services down until 4 p.m.",
            ["2021-08-31", "2021-08-31T11:00", "2021-08-31T16:00"],
        ),
    ],
)
def test_a_time_takes_the_day_of_its_sentence(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a time right before a day named from the story's is one time on that day
        (
            "He was arrested on Aug. 23. A camera filmed a man leaving at 2:07 p.m. that day. His phone last "
            "connected at 1.47am the following day.",
            ["2021-08-23", "2021-08-23T14:07", "2021-08-24T01:47"],
        ),
        (
            "He was arrested on Aug. 23. Police were called at 9:12 a.m. that Sunday.",
            ["2021-08-23", "2021-08-22T09:12"],
        ),
    ],
)
def test_a_time_and_a_story_day_after_it_are_one_time(find, text, values):
    found = find(text)
    assert [m.timex.value for m in found] == values
    assert found[-1].text.endswith(("day", "Sunday"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time and the part of a day after it are one time, on that part's day
        (
            "The blast came at 11 p.m. last night, and the fire burned until 6 a.m. yesterday morning.",
            [("11 p.m. last night", "2021-09-02T23:00"), ("6 a.m. yesterday morning", "2021-09-02T06:00")],
        ),
        ("The first call came at 10 p.m. Tuesday night.", [("10 p.m. Tuesday night", "2021-08-31T22:00")]),
        # and a weekday with last/next after it
        ("Sales began at 10 a.m. last Thursday.", [("10 a.m. last Thursday", "2021-09-02T10:00")]),
        ("The vote is at 9 p.m. next Tuesday.", [("9 p.m. next Tuesday", "2021-09-07T21:00")]),
        (
            "He was arrested on Aug. 23. He left home at 9 that evening and was seen at 2 a.m. that night.",
            [
                ("Aug. 23", "2021-08-23"),
                ("9 that evening", "2021-08-23T21:00"),
                ("2 a.m. that night", "2021-08-24T02:00"),
            ],
        ),
        (
            "The storm hit on Monday. Crews arrived at 6 a.m. the next morning.",
            [("Monday", "2021-08-30"), ("6 a.m. the next morning", "2021-08-31T06:00")],
        ),
    ],
)
def test_a_time_and_a_part_of_a_day_after_it_are_one_time(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The meeting ended at half past ten on Tuesday.", "half past ten", "2021-08-31T10:30"),
        (
            "The vote closes at a quarter to five in the afternoon.",
            "a quarter to five in the afternoon",
            "2021-09-03T16:45",
        ),
        (
            "He left at twenty past nine in the evening.",
            "twenty past nine in the evening",
            "2021-09-02T21:20",
        ),
        ("The alarm sounded at 20 minutes past 3.", "20 minutes past 3", "2021-09-03T03:20"),
        ("Service resumes at quarter past twelve.", "quarter past twelve", "2021-09-03T12:15"),
        # noon and midnight as the hour: a minute past midnight begins the day, a minute to it ends one
        ("The bell rang at one minute past midnight.", "one minute past midnight", "2021-09-03T00:01"),
        (
            "The law lapses at a minute to midnight tonight.",
            "a minute to midnight tonight",
            "2021-09-03T23:59",
        ),
        ("They met at 10 minutes past noon on Tuesday.", "10 minutes past noon", "2021-08-31T12:10"),
        ("The polls will close at two minutes to noon.", "two minutes to noon", "2021-09-03T11:58"),
    ],
)
def test_times_told_in_words(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value, mention.granularity) == (
        TimexType.TIME,
        value,
        Granularity.MINUTE,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose five to ten percent.",
        "Crowds grew from five to ten thousand.",
        "Half past performances were sold out.",
        "Resale transactions fell 6.4 percent quarter-on-quarter to 6,455.",
        "Shares rose 12.30 on the day.",
    ],
)
def test_counts_are_no_times_told_in_words(find, text):
    assert [m.text for m in find(text) if m.timex.type is TimexType.TIME] == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The fire started at almost 11:30 p.m. on Sunday.",
            "almost 11:30 p.m.",
            "2021-08-29T23:30",
        ),
        ("It was nearly 3 a.m. when the power came back.", "nearly 3 a.m.", "2021-09-03T03:00"),
        ("The temple dates to about 1332 BC.", "about 1332 BC", "BC1332"),
    ],
)
def test_almost_nearly_and_about_before_a_time_or_a_year_bc_approximate_it(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.timex.mod) == (value, "APPROX")


def test_almost_and_nearly_before_a_count_or_a_year_ad_are_not_approximations(find):
    found = find("Almost 2,000 people came in nearly 2010, and a book about 1968 sold.")
    assert [(m.text, m.timex.mod) for m in found] == [("2010", None), ("1968", None)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a time written right after its day keeps it, whatever day follows
        (
            "City host Spurs on Sept. 18 at 5:30 p.m. before travelling to Anfield eight days later.",
            ["2021-09-18", "2021-09-18T17:30", "2021-09-26"],
        ),
        (
            "The gym is closed from 3 Oct 10pm to 4 Oct 7.30am.",
            ["2021-10-03", "2021-10-03T22:00", "2021-10-04", "2021-10-04T07:30"],
        ),
    ],
)
def test_a_time_right_after_its_day_does_not_take_a_later_one(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    "text",
    ["She watched High Noon again.", "The singer ended her Midnight Garden tour in Leeds."],
)
def test_noon_or_midnight_in_a_title_is_no_time(find, text):
    assert find(text) == []


def test_midnight_opening_a_sentence_is_a_time(one):
    assert one("Midnight Eastern is the deadline.", "Midnight").timex.type is TimexType.TIME


def test_a_past_time_after_tonight_is_not_moved_past_publication(find):
    # published at 11:00 on Friday: "at about 4 a.m." is this morning's, not the night after "tonight"
    found = find("Temperatures will plunge tonight, forecasters said. Snow began falling at about 4 a.m.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("tonight", "2021-09-03TNI"),
        ("about 4 a.m.", "2021-09-03T04:00"),
    ]


def test_a_forecast_window_after_expected_looks_ahead(find):
    found = find(
        "Winds will rise, with the worst conditions expected between 8 p.m. Monday and 4 a.m. Tuesday."
    )
    assert [m.timex.value for m in found] == ["2021-09-06T20:00", "2021-09-07T04:00"]


def test_a_time_on_today_named_ahead_stays_today_once_gone_by(find):
    # (publication at 10 a.m.) not "closed today and will reopen at 7 a.m.", tomorrow's
    found = find(
        "Catholics will receive ashes today as the season begins, with churches offering services from 6:30 "
        "a.m. until 9 p.m."
    )
    assert [m.timex.value for m in found] == ["2021-09-03", "2021-09-03T06:30", "2021-09-03T21:00"]
    found = find("The shop closed today and will reopen at 7 a.m.")
    assert [m.timex.value for m in found] == ["2021-09-03", "2021-09-04T07:00"]


def test_a_year_long_past_is_an_aside_to_a_news_story_at_a_day(find):
    found = find(
        "Marchers are expected on Fifth Avenue on Monday. The parade, first held in 1762, predates the "
        "republic. The route will be closed from 8 a.m. until 5 p.m."
    )
    assert [m.timex.value for m in found] == ["2021-09-06", "1762", "2021-09-06T08:00", "2021-09-06T17:00"]


def test_a_past_time_stays_on_the_story_day_a_coarser_date_after_it_does_not_replace(find):
    found = find(
        "Crews contained a fire that threatened homes on Wednesday afternoon, as officials warned of extreme "
        "heat later this week. The blaze broke out about 2.30pm and was under control at 6.50pm."
    )
    assert [(m.text, m.timex.value) for m in found][2:] == [
        ("about 2.30pm", "2021-09-01T14:30"),
        ("6.50pm", "2021-09-01T18:50"),
    ]
    # but a year written after the day is a new frame (and 3 p.m. is still ahead of the publication today)
    found = find("The fire began on Wednesday. In 2015, a similar fire broke out at 3 p.m.")
    assert [m.timex.value for m in found][-1] == "2021-09-02T15:00"


def test_a_past_time_is_on_the_story_day_not_the_day_figures_were_released(find):
    text = (
        "Sunday's final drew 9 million viewers, according to figures released Thursday. The broadcast, which "
        "began at 6:30 p.m., peaked at 8:15 p.m."
    )
    found = [(m.text, m.timex.value) for m in find(text)]
    assert found[2:] == [("6:30 p.m.", "2021-08-29T18:30"), ("8:15 p.m.", "2021-08-29T20:15")]


def test_a_year_a_figure_is_compared_with_does_not_move_the_story(find):
    text = (
        "Sunday's final drew 9 million viewers. Streaming audiences nearly doubled from last year. The "
        "halftime show began at 8:15 p.m."
    )
    assert [m.timex.value for m in find(text)] == ["2021-08-29", "2020", "2021-08-29T20:15"]


def test_a_time_ahead_is_on_no_past_story_day_in_news(find):
    found = find("Those classes ended July 30. The meeting begins at 6 p.m. and will be streamed live.")
    assert [m.timex.value for m in found] == ["2021-07-30", "2021-09-03T18:00"]


def test_the_small_hours_after_an_evening_are_the_next_morning():
    evening = datetime(2024, 11, 22, 21, 40, tzinfo=NEW_YORK)  # a Friday

    def values(text: str) -> list[str]:
        return [m.timex.value for m in extract(text, evening, "America/New_York", narrative=False)]

    # written in the evening, a time of the small hours is tonight's, not the morning gone by
    assert values("The last shuttle buses leave at 00:30.") == ["2024-11-23T00:30"]
    # a stretch from a day until the small hours ends the morning after
    assert values("The show on Dec. 31 runs until 1 a.m.") == ["2024-12-31", "2025-01-01T01:00"]
    assert values("The bars on Saturday stay open until 2 a.m.") == ["2024-11-23", "2024-11-24T02:00"]
    assert values("On Saturday the bars stayed open until 2 a.m.") == ["2024-11-16", "2024-11-17T02:00"]
    # but not a morning gone by in the past tense, nor a stretch that ends in the morning of its day
    assert values("Crews have been fighting the blaze since 2 a.m.") == ["2024-11-22T02:00"]
    assert values("The power was out on Saturday from 1 a.m. until 6 a.m.") == [
        "2024-11-16",
        "2024-11-16T01:00",
        "2024-11-16T06:00",
    ]
