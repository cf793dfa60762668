"""Seasons, quarters, halves and fuzzy parts, anchored on Friday 2021-09-03 America/New_York."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.temporal import Anchoring, Granularity, extract

from .conftest import ANCHOR, NEW_YORK, local


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Prices rose last summer.", "last summer", "2020-SU"),
        ("Prices rose this summer.", "this summer", "2021-SU"),
        ("It opened in the summer of 2013.", "the summer of 2013", "2013-SU"),
        ("The plant will open next spring.", "next spring", "2022-SP"),
        ("Sales fell in the winter.", "the winter", "2021-WI"),
        ("Oil fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("The winter of 2019-20 was mild.", "The winter of 2019-20", "2020-WI"),
        ("Gas ran short in winter 2020/21.", "winter 2020/21", "2021-WI"),
        # a season that has just begun is the one a future-tense clause means (the fall starts 1 September)
        ("Schools will reopen in the fall.", "the fall", "2021-FA"),
        ("The bill will pass in the summer.", "the summer", "2022-SU"),
        # "last" after a modal is the verb
        ("The drought may last well into the summer.", "the summer", "2022-SU"),
        ("Prices will rise in the coming winter.", "the coming winter", "2022-WI"),
        # in the present tense, once it is over, the nearer of the last and the next
        ("This winter is shaping up to be cold.", "This winter", "2022-WI"),
        # and so is the one just gone that something will come after
        ("Students return to class Tuesday after the summer break.", "the summer", "2021-SU"),
        # a yardstick's "since" after it is not its tense: once over, the nearer this winter
        ("The calendar this winter is the busiest since 2019.", "this winter", "2022-WI"),
        # and the one under way, whatever the tense, when its rest is told
        ("Pools will stay open for the rest of the summer.", "the summer", "2021-SU"),
        ("The lake is lower than it should be at this point in the summer.", "the summer", "2021-SU"),
        # a bare season after "into" or "to"
        ("Warm weather lasted well into autumn.", "autumn", "2021-FA"),
        ("It was the coldest start to winter in years.", "winter", "2021-WI"),
    ],
)
def test_season_value(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.granularity is Granularity.SEASON


def test_summer_runs_from_june_to_august(one):
    mention = one("It opened in the summer of 2013.", "the summer of 2013")
    assert (mention.interval_start, mention.interval_end) == (local(2013, 6, 1), local(2013, 9, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Prices fall when rates rise.",
        "Hopes spring eternal.",
        "the fall of Saigon",
        "We can't let this fall apart.",
        "Watch this spring back into shape.",
        "Prices began to fall into line.",
        "They will spring into action.",
        # a decline
        "On high streets the fall reached 63.5%.",
        "The fall was the steepest since records began.",
    ],
)
def test_season_verbs_are_not_seasons(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # after "in the" it is the time of what comes before it, whatever follows
        ("He will return in the fall to teach.", "the fall", "2021-FA"),
        ("Officials will travel to Tokyo in the spring to warn of delays.", "the spring", "2022-SP"),
        ("She moved here in the spring from Ohio.", "the spring", "2021-SP"),
    ],
)
def test_a_season_after_in_the_is_a_season_before_to_or_from(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_fall_in_something_is_no_season(find):
    assert find("Shares slid in the fall in demand.") == []


def test_first_quarter_of_next_year(one):
    mention = one("Deliveries begin in the first quarter of next year.", "the first quarter of next year")
    assert mention.timex.value == "2022-Q1"
    assert mention.granularity is Granularity.QUARTER
    assert (mention.interval_start, mention.interval_end) == (local(2022, 1, 1), local(2022, 4, 1))


def test_ordinal_quarter_in_past_tense_is_the_latest_that_began(one):
    assert one("Profit rose in the second quarter.", "the second quarter").timex.value == "2021-Q2"
    assert one("Profit fell in the fourth quarter.", "the fourth quarter").timex.value == "2020-Q4"


def test_a_participle_after_a_preposition_is_an_adjective(one):
    text = "The phones will go on sale in selected markets in the fourth quarter."
    assert one(text, "the fourth quarter").timex.value == "2021-Q4"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # what was expected, placed in a period after the verb, lies ahead of the expecting
        ("Analysts said they expected a decision in early spring.", "early spring", "2022-SP"),
        ("Economists predicted a recovery in the spring.", "the spring", "2022-SP"),
        # not what had been expected, nor a time written right after the verb
        ("Analysts had expected a decision in the spring.", "the spring", "2021-SP"),
        ("Sales fell in the spring, as expected.", "the spring", "2021-SP"),
    ],
)
def test_what_was_expected_in_a_season_lies_ahead(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_an_adjective_in_un_ed_is_no_past_verb(one):
    text = "OPEC agreed to keep output unchanged through the first quarter."
    assert one(text, "the first quarter").timex.value == "2022-Q1"
    assert one("Rates were unchanged in the first quarter.", "the first quarter").timex.value == "2021-Q1"


def test_a_quarter_of_the_year(one):
    text = "Growth would slow to 0.3% in the final quarter of the year."
    assert one(text, "the final quarter of the year").timex.value == "2021-Q4"
    # the final quarter is the year's fourth, not the last one reported
    assert one("Retailers expect a weak final quarter.", "final quarter").timex.value == "2021-Q4"
    assert one("Sales rose 4% in the last quarter.", "the last quarter").timex.value == "2021-Q2"
    text = "In 2019 sales fell in the third quarter of the year."
    assert one(text, "the third quarter of the year").timex.value == "2019-Q3"
    text = "The economy grew 10.4 percent in the last quarter of 2003."
    assert one(text, "the last quarter of 2003").timex.value == "2003-Q4"


def test_quarter_adjective_keeps_its_span(one):
    assert one("It reported third-quarter profit.", "third-quarter").timex.value == "2021-Q3"


def test_second_half_is_h2(one, find):
    assert one("Growth will slow in the second half.", "the second half").timex.value == "2021-H2"
    # hyphenated before a business figure
    assert one("The brand reported a 9% drop in first-half sales.", "first-half").timex.value == "2021-H1"
    assert one("Second-half profits will rise.", "Second-half").timex.value == "2021-H2"
    assert one("It said its second-half performance was strong.", "second-half").timex.value == "2021-H2"
    # the other half of a year written in the sentence is of that year
    text = "Sales in the second half of 2019 rose 9% from the first half."
    assert one(text, "the first half").timex.value == "2019-H1"
    assert one("A second-half recovery is expected.", "second-half").timex.value == "2021-H2"
    assert find("He scored a second-half goal.") == []


def test_fiscal_year(one):
    assert one("Sales rose in fiscal 2020.", "fiscal 2020").timex.value == "2020"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit for the 2022 financial year rose.", "the 2022 financial year", "2022"),
        ("Sales fell in the 2023 fiscal year.", "the 2023 fiscal year", "2023"),
        ("It owes tax for the 2024 tax year.", "the 2024 tax year", "2024"),
        ("Output rose in the financial year 2019.", "the financial year 2019", "2019"),
        # one fiscal year across two calendar years is named by the year it ends in, as "FY25" is
        ("The 2024-25 financial year ends in June.", "The 2024-25 financial year", "2025"),
        ("In the financial year 2023-24, sales fell.", "the financial year 2023-24", "2024"),
        ("Refunds for the 2023/24 tax year are late.", "the 2023/24 tax year", "2024"),
        ("The FY2023-24 results are out.", "FY2023-24", "2024"),
        ("The FY99-00 results were restated.", "FY99-00", "2000"),
    ],
)
def test_a_named_fiscal_year(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_fiscal_years_over_several_years_are_a_range(find):
    assert [(m.text, m.timex.value) for m in find("Fiscal 2020-2023 was bad.")] == [
        ("Fiscal 2020", "2020"),
        ("2023", "2023"),
    ]


def test_a_half_of_a_fiscal_year(one):
    assert one(
        "Profits rose in the first half of fiscal 2020.", "the first half of fiscal 2020"
    ).timex.value == ("2020-H1")


@pytest.mark.parametrize("expression", ["This past weekend", "The past weekend", "Last weekend"])
def test_past_weekend_is_the_latest_one(one, expression):
    mention = one(f"{expression}, crowds gathered downtown.", expression)
    assert mention.timex.value == "2021-W34-WE"


def test_the_weekend_in_past_tense_is_the_last_one(one):
    mention = one("Protests grew over the weekend.", "the weekend")
    assert mention.timex.value == "2021-W34-WE"
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 28), local(2021, 8, 30))


def test_the_weekend_before_a_lower_case_word_is_the_weekend(one):
    # "the weekend after Easter" is counted from Easter; "after heavy rain" names no day
    mention = one("Motorists reported flooded cars over the weekend after heavy rain.", "the weekend")
    assert mention.timex.value == "2021-W34-WE"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the weekend after a day written before it in its sentence, or the one it is in
        ("The vote is on Friday, Sept. 17, so senators may work through the weekend.", "2021-W37-WE"),
        ("The storm hit on Aug. 24 and power was out through the weekend.", "2021-W34-WE"),
        ("The fair opened on Saturday, Aug. 21, and drew crowds over the weekend.", "2021-W33-WE"),
        # (but not one still to come in the past tense)
        ("The storm hit on Tuesday and power was out through the weekend.", "2021-W34-WE"),
        # not after yesterday, today or tomorrow, which the tense settles
        ("He said yesterday that protests grew over the weekend.", "2021-W34-WE"),
    ],
)
def test_the_weekend_of_a_day_written_before_it(find, text, value):
    assert [m.timex.value for m in find(text) if m.timex.value.endswith("WE")] == [value]


def test_mid_month_is_the_middle_third(one):
    mention = one("The talks resume in mid-October.", "mid-October")
    assert mention.timex.value == "2021-10"
    assert mention.timex.mod == "MID"
    assert (mention.interval_start, mention.interval_end) == (local(2021, 10, 11), local(2021, 10, 22))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: Friday 3 September 2021; a part of this month still ahead is last year's in the past tense
        ("The firm cut 200 jobs in mid-September.", "mid-September", "2020-09"),
        ("In late September, the plant closed.", "late September", "2020-09"),
        ("Prices rose in early September.", "early September", "2021-09"),
        ("The plant will reopen in late September.", "late September", "2021-09"),
        ("Talks resume in mid-September.", "mid-September", "2021-09"),
        ("The plant closed in late September 2021.", "late September 2021", "2021-09"),
    ],
)
def test_a_part_of_the_current_month_by_tense(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_part_of_the_current_month_gone_by_in_the_future_tense_is_next_years():
    anchor = datetime(2024, 1, 25, 10, tzinfo=NEW_YORK)
    found = extract(
        "The plant will open in early January. A sale ends in late January.", anchor, "America/New_York"
    )
    assert [(m.text, m.timex.value, m.timex.mod) for m in found] == [
        ("early January", "2025-01", "START"),
        ("late January", "2024-01", "END"),
    ]
    assert found[0].interval_start == datetime(2025, 1, 1, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("text", "expression", "interval"),
    [
        # the thirds are cut on whole months of a year or quarter and whole years of a decade
        ("Sales collapsed in early 2020.", "early 2020", ((2020, 1, 1), (2020, 5, 1))),
        ("Sales recovered in mid-2020.", "mid-2020", ((2020, 5, 1), (2020, 9, 1))),
        ("It ends late in the fourth quarter.", "late in the fourth quarter", ((2021, 12, 1), (2022, 1, 1))),
        ("It boomed in the early 1990s.", "the early 1990s", ((1990, 1, 1), (1993, 1, 1))),
        ("It boomed in the late 1990s.", "the late 1990s", ((1997, 1, 1), (2000, 1, 1))),
        ("Talks resume early next week.", "early next week", ((2021, 9, 6), (2021, 9, 8))),
    ],
)
def test_fuzzy_thirds_are_cut_on_whole_units(one, text, expression, interval):
    mention = one(text, expression)
    assert (mention.interval_start, mention.interval_end) == (local(*interval[0]), local(*interval[1]))


def test_early_year_is_the_first_third(one):
    mention = one("Sales collapsed in early 2020.", "early 2020")
    assert mention.timex.value == "2020"
    assert mention.timex.mod == "START"
    assert mention.interval_start == local(2020, 1, 1)


def test_end_of_the_month(one):
    mention = one("The fund closes at the end of the month.", "the end of the month")
    assert mention.timex.value == "2021-09"
    assert mention.timex.mod == "END"
    assert mention.interval_end == local(2021, 10, 1)


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod", "interval"),
    [
        # anchor: 2021; a third of a decade or century is cut on whole years
        ("It must fall by the end of the decade.", "the end of the decade", "202X", "END", (2027, 2030)),
        ("It was cold at the start of the decade.", "the start of the decade", "202X", "START", (2020, 2023)),
        ("Seas will rise by the end of the century.", "the end of the century", "20", "END", (2067, 2100)),
    ],
)
def test_end_of_the_decade_or_century(one, text, expression, value, mod, interval):
    mention = one(text, expression)
    assert (mention.timex.value, mention.timex.mod) == (value, mod)
    first, last = interval
    assert (mention.interval_start, mention.interval_end) == (local(first, 1, 1), local(last, 1, 1))


def test_the_turn_of_the_century_is_the_nearest_boundary(one, find):
    mention = one("At the turn of the century, the city boomed.", "the turn of the century")
    assert (mention.timex.value, mention.timex.mod) == ("20", "START")
    assert (mention.interval_start, mention.interval_end) == (local(1997, 1, 1), local(2003, 1, 1))
    found = find("Paris, 1898. By the turn of the century, steel output had doubled.", narrative=True)
    assert [m.timex.value for m in found] == ["1898", "19"]


def test_the_end_of_a_longer_word_is_not_the_end_of_a_period(find):
    assert [m.text for m in find("At the end of the monthly meeting, they left.")] == []


def test_end_of_a_year(one):
    mention = one("The deal closes by the end of 2022.", "the end of 2022")
    assert mention.timex.mod == "END"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The deal should close by year end.", "year end", "2021-12-31"),
        ("Shares have fallen 20% since year-end.", "year-end", "2020-12-31"),
    ],
)
def test_year_end_is_the_last_day_of_a_year(one, text, expression, value):
    # the books close on December 31: what a deadline "by year-end" and a change "since year-end" mean
    assert one(text, expression).timex.value == value


def test_months_end_in_a_narrative_is_the_discourse_month(find):
    found = find("Seoul fell on 19 October 1950. At month's end, the front held.", narrative=True)
    assert (found[1].text, found[1].timex.value, found[1].timex.mod) == ("month's end", "1950-10", "END")


def test_year_ago_ordinal_quarter_is_that_quarter_a_year_earlier(one):
    text = "Net rose in the third quarter. In the year-ago third quarter, it lost money."
    assert one(text, "the year-ago third quarter").timex.value == "2020-Q3"


def test_quarter_a_year_ago_is_the_discourse_quarter_a_year_earlier(one):
    text = "Net rose in the second quarter. For the quarter a year ago, it lost money."
    assert one(text, "the quarter a year ago").timex.value == "2020-Q2"


def test_a_year_ago_in_a_report_on_a_quarter_is_that_quarter_but_three_years_ago_is_a_year(find):
    text = "Net rose in the second quarter, from a year ago. It last set targets three years ago."
    found = {m.text: m.timex.value for m in find(text)}
    assert (found["a year ago"], found["three years ago"]) == ("2020-Q2", "2018")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market's tally for the week, or the week's own, is the story's week
        (
            "Stocks rose Friday, trimming their loss for the week.",
            [("Friday", "2021-09-03"), ("the week", "2021-W35")],
        ),
        ("Shares ended the week higher.", [("the week", "2021-W35")]),
        ("It was the week's most active session.", [("the week", "2021-W35")]),
        (
            "Tuesday was the busiest day. The index closed the week up 2%.",
            [("Tuesday", "2021-08-31"), ("the week", "2021-W35")],
        ),
        # not any week, nor a week named by what follows
        ("Three days of the week are busy.", [("Three days", "P3D")]),
        ("Watch the data for the week ahead.", []),
    ],
)
def test_the_week_of_a_tally_is_the_storys(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_the_full_year_in_a_report_on_a_fourth_quarter_is_the_year_it_ends(find):
    text = (
        "Net rose in the fourth quarter. For the full year, sales rose 5%. It expects the year to be strong."
    )
    found = [(m.text, m.timex.type.value, m.timex.value) for m in find(text)]
    assert found[1:] == [("the full year", "DATE", "2020"), ("the year", "DATE", "2021")]


def test_a_forecast_quarter_is_not_the_reported_one(one):
    # anchor: 3 September 2021, in the third quarter
    text = (
        "The company posted a second-quarter loss. It expects losses through the fourth quarter of 2022. "
        "In the year-ago period, it earned $3 million."
    )
    assert one(text, "the year-ago period").timex.value == "2020-Q2"


def test_a_fiscal_quarter_that_has_ended_is_the_reported_one(one):
    text = (
        "Its third quarter ended Aug. 31. It expects losses through the fourth quarter of 2022. "
        "In the year-ago period, it earned $3 million."
    )
    assert one(text, "the year-ago period").timex.value == "2020-Q3"


def test_the_latest_period_is_the_quarter_reported_on(one):
    # anchor: 3 September 2021; the fiscal fourth quarter, not the last calendar quarter (2021-Q2)
    text = "It reported a decline in fourth-quarter earnings. Sales in the latest period were $1.7 billion."
    assert one(text, "the latest period").timex.value == "2020-Q4"


def test_the_latest_period_without_a_reported_quarter_is_the_last_one(one):
    assert one("Sales in the latest period were $1.7 billion.", "the latest period").timex.value == "2021-Q2"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "It posted a second-quarter loss of $5 million, compared with a loss of $3 million last year.",
            "2020-Q2",
        ),
        ("Second-quarter sales were $1.7 billion, a 13% increase from last year's $1.5 billion.", "2020-Q2"),
        ("Analysts expect $4 a share for this year, up from last year's $3.27.", "2020"),
        (
            "It posted a second-quarter loss. Net for the year ended Aug. 31 was $2.7 million, down from "
            "$9.7 million last year.",
            "2020",
        ),
        ("It posted a second-quarter loss. Last year, it moved to Ohio.", "2020"),
        (
            "It posted a second-quarter loss. In the six months, net fell to $5.2 million from $6.1 million "
            "last year.",
            "2020",
        ),
        (
            "Sales fell in the second half. It forecasts 260 million units for 2022, down 12% from last "
            "year.",
            "2020",
        ),
    ],
)
def test_last_year_compared_with_a_quarter_is_that_quarter_a_year_earlier(one, text, value):
    assert one(text, "last year" if "last year" in text else "Last year").timex.value == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        (
            "It lost $4 million, compared with $1.8 million for the corresponding period last year.",
            "the corresponding period last year",
        ),
        ("U.K. sales for last year's quarter were about $3 million.", "last year's quarter"),
        ("In the comparable year-ago quarter, it lost money.", "the comparable year-ago quarter"),
        ("In the same quarter last year, it lost money.", "the same quarter last year"),
    ],
)
def test_the_reported_quarter_a_year_earlier(one, text, expression):
    text = "It posted a second-quarter loss. " + text
    assert one(text, expression).timex.value == "2020-Q2"


def test_spring_before_a_capitalised_name_is_a_season(one):
    assert one("The Spring Offensive began.", "The Spring").timex.value == "2021-SP"


def test_fall_of_a_city_is_not_a_season(find):
    assert find("They feared the fall of Saigon.") == []


def test_this_past_season_is_the_latest_one(one):
    assert one("Costs rose this past spring.", "this past spring").timex.value == "2021-SP"


def test_this_past_season_before_it_comes_round_again_is_last_years():
    found = extract("This past summer was hot.", datetime(2024, 3, 15, 9, tzinfo=UTC), "UTC", narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [("This past summer", "2023-SU")]


def test_season_before_an_offensive_is_a_season(one):
    assert one("They launched a spring offensive.", "spring").timex.value == "2021-SP"


def test_season_after_another_season_is_a_season(one):
    assert one("He spent the spring and summer organizing.", "summer").timex.value == "2021-SU"


def test_weekend_by_which_a_reported_would_happens_is_the_coming_one():
    # published Wednesday 2022-05-11: "would" after a reporting verb is future in the past, "by" a deadline
    text = "The city said yesterday that traffic would return to normal by the weekend."
    found = extract(text, datetime(2022, 5, 11, 9, tzinfo=UTC), "UTC", narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [
        ("yesterday", "2022-05-10"),
        ("the weekend", "2022-W19-WE"),
    ]


def test_week_of_a_date_is_the_week_containing_it(one):
    mention = one("A hearing is set for the week of Sept. 13.", "the week of Sept. 13")
    assert mention.timex.value == "2021-W37"
    assert mention.granularity is Granularity.WEEK


def test_a_winter_is_named_by_the_year_of_its_january(one):
    mention = one("Sales fell last winter.", "last winter")
    assert mention.timex.value == "2021-WI"
    assert (mention.interval_start, mention.interval_end) == (local(2020, 12, 1), local(2021, 3, 1))
    assert one("Sales will rise next winter.", "next winter").timex.value == "2022-WI"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # counted back from last summer (2021-SU is "this summer" on September 3): 2020 is one summer ago
        ("He left in tears two summers ago.", "two summers ago", "2019-SU"),
        ("It snowed for a week three winters ago.", "three winters ago", "2019-WI"),
        ("The roof was fixed 2 springs ago.", "2 springs ago", "2020-SP"),
    ],
)
def test_seasons_ago_count_back_from_last_one(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("anchor", "values"),
    [
        # a few days before it starts, "this winter" is the one about to begin and "next winter" the one after
        (datetime(2022, 11, 28, 10, tzinfo=UTC), ["2023-WI", "2024-WI"]),
        # two months before, "next winter" is the one ahead
        (datetime(2022, 9, 28, 10, tzinfo=UTC), ["2023-WI", "2023-WI"]),
    ],
)
def test_next_winter_said_just_before_one_is_the_one_after(anchor, values):
    found = extract("We have to get through this winter and next winter.", anchor, "UTC", narrative=False)
    assert [m.timex.value for m in found] == values


def test_the_winter_after_a_storys_autumn_is_the_next_years(find):
    text = "The siege began in the autumn of 1775. The standoff continued through the winter."
    assert find(text, narrative=True)[-1].timex.value == "1776-WI"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Rates fell by mid-year.", "mid-year", "2021"),
        ("Sales rose at midyear.", "midyear", "2021"),
        # ahead, once the middle of the current one has passed (written on Friday 3 September)
        ("Rates should fall by mid-year.", "mid-year", "2022"),
        ("Levels may not fall until midweek.", "midweek", "2021-W36"),
        ("Levels may not fall until mid-month.", "mid-month", "2021-09"),
        ("Prices jumped midweek.", "midweek", "2021-W35"),
        ("The rally faded by mid-month.", "mid-month", "2021-09"),
        ("The plant will close by midcentury.", "midcentury", "20"),
    ],
)
def test_mid_year_month_and_week_with_mod_mid(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.timex.mod) == (value, "MID")


def test_midweek_before_a_plural_noun_is_any_weeks(find):
    found = find("New dates will follow, with midweek rounds squeezed into February.")
    assert [m.text for m in found] == ["February"]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds stormed the Winter Palace.",
        "She won gold at the Summer Olympics.",
        "Los Angeles stages the next Summer Games.",
        "Pitchers and catchers report for spring training.",
        # a kind of crop or thing
        "Shipments of winter wheat and barley held up.",
        "Drivers must fit winter tyres.",
        # the verbs, lower case
        "Stocks fall coming into the close.",
    ],
)
def test_a_season_in_a_name_is_not_a_season(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # written on Friday 3 September 2021
        ("Autumn arrives in three weeks.", "Autumn", "2021-FA"),
        ("Spring starts on March 20.", "Spring", "2022-SP"),
        ("As autumn settles over the city, menus change.", "autumn", "2021-FA"),
        ("Summer has ended at the lake.", "Summer", "2021-SU"),
        ("Spring came early to the valley.", "Spring", "2021-SP"),
    ],
)
def test_a_season_as_the_subject_of_its_verb_is_a_season(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_games_of_a_year_are_that_year(find):
    assert [m.timex.value for m in find("She won gold at the 1984 Winter Olympics.")] == ["1984"]


def test_a_season_in_the_name_of_a_campaign_is_a_season(find):
    found = find("In 1927 came the Autumn Harvest Uprising.", narrative=True)
    assert [m.timex.value for m in found] == ["1927", "1927-FA"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The company beat estimates in 3Q23.", "3Q23", "2023-Q3"),
        ("Margins improved in 2Q 2021.", "2Q 2021", "2021-Q2"),
        ("Margins improved in 2Q.", "2Q", "2021-Q2"),
        ("Sales rose in H1 2020.", "H1 2020", "2020-H1"),
        ("Sales rose in 2H20.", "2H20", "2020-H2"),
        ("The FY2022 guidance was cut.", "FY2022", "2022"),
        ("The FY22 guidance was cut.", "FY22", "2022"),
    ],
)
def test_analysts_shorthand_for_quarters_halves_and_fiscal_years(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # anchor: 3 September 2021; a calendar quarter named by its months
        ("Growth slowed in the April-June quarter.", ["2021-Q2"]),
        ("Growth slowed in the July-September quarter.", ["2021-Q3"]),
        ("Output fell in the Jan.-March period of 2020.", ["2020-Q1"]),
        # not a calendar quarter: its months
        ("Sales fell in the August-October quarter.", ["2021-08", "2021-10"]),
    ],
)
def test_a_quarter_named_by_its_months(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize("text", ["She applied for H1 visas.", "The H1N1 virus spread."])
def test_h1_without_a_year_is_not_a_half(find, text):
    assert find(text) == []


def test_ordinal_quarter_followed_by_its_year_is_one_absolute_expression(one):
    mention = one("Third-quarter 2020 profit rose.", "Third-quarter 2020")
    assert (mention.timex.value, mention.anchor) == ("2020-Q3", Anchoring.ABSOLUTE)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The deal should close around Nov. 1.", "around Nov. 1", "2021-11-01"),
        ("Police arrive at approximately 9 p.m.", "approximately 9 p.m.", "2021-09-03T21:00"),
        ("The power failed at about 3 a.m.", "about 3 a.m.", "2021-09-03T03:00"),
        ("It stalled around March 1981.", "around March 1981", "1981-03"),
    ],
)
def test_approximate_dates_and_times_keep_their_interval(one, text, expression, value):
    mention = one(text, expression)
    bare = expression.split(" ", 1)[1]
    plain = one(text.replace(expression, bare), bare)
    assert (mention.timex.value, mention.timex.mod) == (value, "APPROX")
    assert (mention.interval_start, mention.interval_end) == (plain.interval_start, plain.interval_end)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("She wrote a book about 1968.", "1968"),
        ("Lawyers looked for ways to get around Wednesday's ruling.", "Wednesday"),
    ],
)
def test_about_a_year_and_around_a_possessive_are_not_approximations(one, text, expression):
    assert one(text, expression).timex.mod is None


@pytest.mark.parametrize(
    "text",
    [
        "Brunson scored 31 points, including 12 in the fourth quarter.",
        "Boston led by 10 at halftime but collapsed in the second half.",
        # a half with "a" before it
        "The manager was left to rue a poor first half.",
        # in a report of a result, a bare half is the game's wherever it stands
        'Town lost 2-1 at home. "We didn\'t turn up until the second half," he said.',
        # and in a report of a score
        "The broadcast was hurt by a lopsided score of 31-9 that led viewers to leave by the fourth quarter.",
    ],
)
def test_a_quarter_or_half_of_a_game_is_not_a_date(find, text):
    assert find(text) == []


def test_a_half_of_the_year_after_an_adjective_is_a_date(one):
    # in a sentence about this year too
    text = "Cox forecasts sales of 15.9 million this year, with a stronger second half."
    assert one(text, "second half").timex.value == "2021-H2"
    assert (
        one("Builders blamed a sluggish first half of the year.", "first half of the year").timex.value
        == "2021-H1"
    )


def test_a_half_to_come_after_a_wish_is_this_years():
    # (published in May: the second half of this year is to come; "has said" alone would give last year's)
    text = "She has said she wants to spend the second half of the year writing again."
    found = extract(text, datetime(2025, 5, 12, 14, tzinfo=UTC), "UTC", narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [("the second half of the year", "2025-H2")]


def test_a_game_in_the_sentence_before_does_not_matter(one):
    text = "The team scored twice. Profit rose in the first half."
    assert one(text, "the first half").timex.value == "2021-H1"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He resigned in 2019, after a raid in the fall of that year.", "the fall of that year", "2019-FA"),
        ("It flooded in the spring of last year.", "the spring of last year", "2020-SP"),
        ("Work ends by the summer of next year.", "the summer of next year", "2022-SU"),
    ],
)
def test_a_season_of_a_year_written_in_words(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.granularity) == (value, Granularity.SEASON)


def test_a_season_of_something_else_is_not_a_date(find):
    assert find("The summer of love changed music.") == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "It ships in the second quarter of 2023, and a cheaper one later in the year.",
            "later in the year",
            "2023",
        ),
        ("The plant opened in March 2019 and closed at the end of the year.", "the end of the year", "2019"),
        ("She landed on Tuesday morning and left later in the day.", "later in the day", "2021-08-31"),
    ],
)
def test_the_period_of_a_date_written_earlier_in_the_sentence(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.anchor) == (value, Anchoring.NARRATIVE)


def test_the_end_of_this_year_is_the_publications(one):
    # "this" points at the publication's year, as "this year" does, whatever date came before it
    text = "The crewed flight is targeted for 2025, with a test flight due before the end of this year."
    mention = one(text, "the end of this year")
    assert (mention.timex.value, mention.timex.mod, mention.anchor) == ("2021", "END", Anchoring.PUBLICATION)
    text = "The plant opened on May 4, 2019. It will close at the end of this month."
    assert one(text, "the end of this month").timex.value == "2021-09"


def test_a_date_in_an_aside_does_not_give_its_period(one):
    text = "The order, first issued on March 22, runs through the end of the month."
    mention = one(text, "the end of the month")
    assert (mention.timex.value, mention.anchor) == ("2021-09", Anchoring.PUBLICATION)
    # a date after a comma that is no aside still does
    text = "She flies on, her first stop Tuesday morning, and then to Kenya, Nairobi, later in the day."
    assert one(text, "later in the day").timex.value == "2021-08-31"
    # nor does a year gone by for a future-tense clause
    text = (
        "Okafor, who started a chip-equipment maker in a rented garage in 1995, will step down at the end of "
        "the year."
    )
    mention = one(text, "the end of the year")
    assert (mention.timex.value, mention.anchor) == ("2021", Anchoring.PUBLICATION)
    # nor the date a span runs to
    text = "It will sell updates until January 2023 to customers who sign up by the end of the year."
    mention = one(text, "the end of the year")
    assert (mention.timex.value, mention.anchor) == ("2021", Anchoring.PUBLICATION)


@pytest.mark.parametrize(
    ("text", "expression", "value", "anchoring"),
    [
        # a past-tense clause after a story set in another month: that month
        (
            "On March 3, 2020, the virus reached the city. By the end of the month, 500 people had died.",
            "the end of the month",
            "2020-03",
            Anchoring.NARRATIVE,
        ),
        (
            "The plant opened on May 4, 2019. It closed at the end of the year.",
            "the end of the year",
            "2019",
            Anchoring.NARRATIVE,
        ),
        # and "later that year" stays in the story, which the publication's month no longer takes over
        (
            "On March 3, 2020, the virus arrived. By the end of the month, 500 had died. Later that year, "
            "schools closed.",
            "Later that year",
            "2020",
            Anchoring.NARRATIVE,
        ),
        # a clause about what lies ahead is the publication's
        (
            "On March 3, 2020, the virus reached the city. Schools will reopen at the end of the month.",
            "the end of the month",
            "2021-09",
            Anchoring.PUBLICATION,
        ),
    ],
)
def test_the_period_of_the_story_in_a_past_tense_clause(one, text, expression, value, anchoring):
    mention = one(text, expression)
    assert (mention.timex.value, mention.anchor) == (value, anchoring)


def test_the_publication_period_when_the_sentence_date_is_in_it(one):
    mention = one("Talks began on Wednesday and will resume later in the week.", "later in the week")
    assert (mention.timex.value, mention.anchor) == ("2021-W35", Anchoring.PUBLICATION)


@pytest.mark.parametrize(
    ("text", "expression", "value", "first"),
    [
        # anchor: Friday 3 September 2021; seven days, valued as the ISO week holding most of them
        (
            "Fares fall in the first week of January.",
            "the first week of January",
            "2022-W01",
            date(2022, 1, 1),
        ),
        ("It ended the last week of August.", "the last week of August", "2021-W34", date(2021, 8, 25)),
        (
            "In the second week of March 2020, it began.",
            "the second week of March 2020",
            "2020-W11",
            date(2020, 3, 8),
        ),
        (
            "Strikes hit the week before Christmas.",
            "the week before Christmas",
            "2020-W52",
            date(2020, 12, 18),
        ),
        (
            "They will meet the week after Labor Day.",
            "the week after Labor Day",
            "2021-W36",
            date(2021, 9, 7),
        ),
        ("Shops were busy the week of Christmas.", "the week of Christmas", "2020-W52", date(2020, 12, 21)),
        # of a year, and of the month or year the sentence is in
        (
            "Trading was thin in the final week of 2020.",
            "the final week of 2020",
            "2020-W53",
            date(2020, 12, 25),
        ),
        (
            "Sales will slow in the last week of the month.",
            "the last week of the month",
            "2021-W39",
            date(2021, 9, 24),
        ),
        (
            "Fares fall in the first week of the year.",
            "the first week of the year",
            "2021-W01",
            date(2021, 1, 1),
        ),
    ],
)
def test_weeks_of_months_and_days(one, text, expression, value, first):
    mention = one(text, expression)
    assert (mention.timex.value, mention.granularity) == (value, Granularity.WEEK)
    last = first + timedelta(days=7)
    expected = (local(first.year, first.month, first.day), local(last.year, last.month, last.day))
    assert (mention.interval_start, mention.interval_end) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: Friday 3 September 2021
        ("Rents are due on the last day of the month.", "the last day of the month", "2021-09-30"),
        ("The offer ended on the first day of August.", "the first day of August", "2021-08-01"),
        ("The law takes effect on the first day of 2022.", "the first day of 2022", "2022-01-01"),
        ("The last month of 2020 was the coldest.", "The last month of 2020", "2020-12"),
        ("Sales peak in the final month of the year.", "the final month of the year", "2021-12"),
    ],
)
def test_the_first_or_last_day_or_month_of_a_period(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_first_day_of_something_else_is_no_date(find):
    assert [m.text for m in find("Children cried on the first day of school on Monday.")] == ["Monday"]


@pytest.mark.parametrize(
    ("text", "expression", "value", "saturday"),
    [
        # anchor: Friday 3 September 2021; a Saturday and its Sunday
        (
            "The final will be held on the last weekend of June.",
            "the last weekend of June",
            "2022-W25-WE",
            date(2022, 6, 25),
        ),
        (
            "The fair ran on the first weekend of August.",
            "the first weekend of August",
            "2021-W31-WE",
            date(2021, 8, 7),
        ),
        (
            "Trains stopped the weekend before Christmas.",
            "the weekend before Christmas",
            "2020-W51-WE",
            date(2020, 12, 19),
        ),
        (
            "The weekend after Labor Day will be busy.",
            "The weekend after Labor Day",
            "2021-W36-WE",
            date(2021, 9, 11),
        ),
        ("The weekend of Oct. 9 is sold out.", "The weekend of Oct. 9", "2021-W40-WE", date(2021, 10, 9)),
    ],
)
def test_weekends_of_months_and_days(one, text, expression, value, saturday):
    mention = one(text, expression)
    assert mention.timex.value == value
    monday = saturday + timedelta(days=2)
    expected = (
        local(saturday.year, saturday.month, saturday.day),
        local(monday.year, monday.month, monday.day),
    )
    assert (mention.interval_start, mention.interval_end) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # what a forecast is for lies ahead, or has only just ended
        ("The company cut its forecast for the fourth quarter.", "the fourth quarter", "2021-Q4"),
        ("The company cut its forecast for the first quarter.", "the first quarter", "2022-Q1"),
        ("It beat its forecast for the second quarter in July.", "the second quarter", "2021-Q2"),
        ("It raised its outlook for December.", "December", "2021-12"),
        # and a future perfect is no past tense
        ("It expects to have cleared the backlog by the end of March.", "the end of March", "2022-03"),
    ],
)
def test_forecasts_and_future_perfects_look_ahead(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "zone", "value", "months"),
    [
        # south of the tropics the seasons are the other way round; winter is June to August
        ("This winter will be warmer than usual.", "Australia/Melbourne", "2023-WI", (6, 9)),
        ("Last summer was wet.", "Australia/Sydney", "2023-SU", (12, 3)),  # December 2022 to February 2023
        ("The autumn was dry.", "Pacific/Auckland", "2023-FA", (3, 6)),
        ("Snow fell in the spring of 2022.", "America/Argentina/Buenos_Aires", "2022-SP", (9, 12)),
        ("This winter will be warmer than usual.", "Europe/London", "2024-WI", (12, 3)),
    ],
)
def test_seasons_follow_the_hemisphere_of_the_article(text, zone, value, months):
    tz = ZoneInfo(zone)
    found = extract(text, datetime(2023, 6, 1, 10, tzinfo=tz), zone, narrative=False)
    assert found[0].timex.value == value
    begin, end = found[0].interval_start, found[0].interval_end
    assert begin is not None and end is not None
    assert (begin.astimezone(tz).month, end.astimezone(tz).month) == months


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a quarter named by the month it ends in, as in Australia
        ("Profit rose in the June quarter.", "the June quarter", "2021-Q2"),
        ("Sales fell in the December quarter of 2020.", "the December quarter of 2020", "2020-Q4"),
    ],
)
def test_a_quarter_by_the_month_it_ends_in(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_year_in_apposition_to_a_year_is_that_year(find):
    found = find("In 1981, the year the market first let women bid, it grew. Sales rose for the year.")
    assert [m.timex.value for m in found] == ["1981", "1981", "2021"]


def test_the_early_hours_of_a_day_are_its_first_third(one):
    mention = one("He was arrested in the small hours of Sunday.", "the small hours of Sunday")
    assert (mention.timex.value, mention.timex.mod) == ("2021-08-29", "START")
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 29), local(2021, 8, 29, 8))


@pytest.mark.parametrize(
    ("anchor", "values"),
    [
        # "last" is the one before this one while it lasts or for a month after it; then the latest
        (datetime(2024, 12, 28, 10, tzinfo=UTC), ["2024-SP", "2024-SU", "2024-WI", "2023-FA"]),
        (datetime(2024, 9, 3, 10, tzinfo=UTC), ["2024-SP", "2023-SU", "2024-WI", "2023-FA"]),
        (datetime(2024, 3, 15, 10, tzinfo=UTC), ["2023-SP", "2023-SU", "2023-WI", "2023-FA"]),
        (datetime(2025, 1, 30, 10, tzinfo=UTC), ["2024-SP", "2024-SU", "2024-WI", "2024-FA"]),
    ],
)
def test_last_season_is_the_latest_once_a_month_has_passed(anchor, values):
    text = "It began last spring. Last summer was hot. Last winter was mild. Last autumn was wet."
    assert [m.timex.value for m in extract(text, anchor, "UTC")] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # in a past-tense clause, the decade of the story or of a decade just written
        (
            "She moved to Chicago in the mid-1950s. By the end of the decade she was shooting for Life.",
            "195X",
        ),
        ("She moved to Chicago in 1955. By the end of the decade she was shooting for Life.", "195X"),
        # ahead, the publication's
        ("Prices rose in 1955. Prices will rise by the end of the decade.", "202X"),
    ],
)
def test_the_end_of_the_decade_in_a_story(find, text, value):
    assert [m.timex.value for m in find(text) if m.text == "the end of the decade"] == [value]


def test_a_date_after_since_does_not_set_the_year_of_the_end_of_the_year(find):
    # the publication's year (2021), not that of "since December" (2020)
    text = (
        "The Fed cut rates, its first cut since December, and signaled two more before the end of the year."
    )
    assert [m.timex.value for m in find(text)] == ["2020-12", "2021"]
    # a date written in the sentence otherwise does
    text = "The plant opened in December 2019 and closed at the end of the year."
    assert [m.timex.value for m in find(text)] == ["2019-12", "2019"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Schools will stay closed for the rest of the week.", "the rest of the week", "2021-W35"),
        ("Rain is expected for the rest of the day.", "the rest of the day", "2021-09-03"),
        ("He took the rest of the year off.", "the rest of the year", "2021"),
    ],
)
def test_the_rest_of_a_period_runs_from_now_to_its_end(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.interval_start == ANCHOR


def test_the_rest_of_the_week_said_on_a_sunday_is_the_week_ahead():
    sunday = datetime(2020, 2, 16, 7, 10, tzinfo=ZoneInfo("Europe/London"))
    found = extract("It will rain for the rest of the week.", sunday, narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [("the rest of the week", "2020-W08")]


def test_this_summer_in_a_southern_spring_is_the_coming_one():
    tz = ZoneInfo("Australia/Sydney")
    found = extract(
        "This summer is shaping up to be hot.", datetime(2025, 11, 28, 10, tzinfo=tz), "Australia/Sydney"
    )
    assert found[0].timex.value == "2026-SU"  # December 2025 to February 2026


def test_this_weekend_counts_from_publication_in_a_history():
    text = (
        "Carter found the tomb in November 1922. Carnarvon died in April 1923. "
        "The anniversary is being celebrated this weekend."
    )
    found = extract(text, ANCHOR, "America/New_York", narrative=True)
    assert [m.timex.value for m in found if m.text == "this weekend"] == ["2021-W35-WE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison in a report on a half year is with that half a year earlier
        (
            "Profit in the first half rose 5% from a year earlier.",
            [("the first half", "2021-H1"), ("a year earlier", "2020-H1")],
        ),
        (
            "Sales in the second half of 2020 fell from the year-earlier period.",
            [("the second half of 2020", "2020-H2"), ("the year-earlier period", "2019-H2")],
        ),
        (
            "Sales fell in the first half of 2021 and rose from a year ago in the second quarter.",
            [
                ("the first half of 2021", "2021-H1"),
                ("a year ago", "2020-H1"),
                ("the second quarter", "2021-Q2"),
            ],
        ),
        # and a quarter written after the half is the report's
        (
            "Sales fell in the first half. In the second quarter, they rose from a year ago.",
            [("the first half", "2021-H1"), ("the second quarter", "2021-Q2"), ("a year ago", "2020-Q2")],
        ),
        # a quarter ahead written in the comparison's sentence is the one compared, not the half reported
        (
            "Imports in the first half rose 5%. Imports in the fourth quarter are forecast to be 2% lower "
            "than a year earlier.",
            [("the first half", "2021-H1"), ("the fourth quarter", "2021-Q4"), ("a year earlier", "2020-Q4")],
        ),
    ],
)
def test_a_year_earlier_in_a_report_on_a_half_year_is_that_half(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no quarter reported, "the same period" is whatever stretch the story compares: no quarter
        (
            "Rain fell from Saturday to Monday, twice the total for the same period last year.",
            [("Saturday", "2021-08-28"), ("Monday", "2021-08-30"), ("last year", "2020")],
        ),
        ("Cases rose 160% on the same period of 2020.", [("2020", "2020")]),
        # in a report on a quarter it is that quarter
        (
            "In the second quarter, profit rose from the same period a year ago.",
            [("the second quarter", "2021-Q2"), ("the same period a year ago", "2020-Q2")],
        ),
    ],
)
def test_the_same_period_is_a_quarter_only_in_a_report_on_one(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_the_same_quarter_of_a_year_is_the_storys_quarter_in_that_year(find):
    # and it does not become the quarter reported on: "the same quarter last year" is still 2020's
    text = (
        "Bookings in the second quarter of this year were up 9% on the same quarter of 2019. "
        "The same quarter last year was the weakest."
    )
    assert [(m.text, m.timex.value) for m in find(text)] == [
        ("the second quarter of this year", "2021-Q2"),
        ("the same quarter of 2019", "2019-Q2"),
        ("The same quarter last year", "2020-Q2"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Demand on the Fourth of July was 20% higher than on the same day in 2020.", "the same day in 2020",
         "2020-07-04"),
        ("Sales in May were twice those of the same month in 2019.", "the same month in 2019", "2019-05"),
        ("Traffic on Aug. 6 was up on the same week of 2019.", "the same week of 2019", "2019-W32"),
    ],
)  # fmt: skip
def test_the_same_day_in_a_year_is_the_storys_day_in_that_year(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.anchor) == (value, Anchoring.ABSOLUTE)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Freight in August rose 7.9% from the same month last year.", "the same month last year",
         "2020-08"),
        ("Traffic on Aug. 14 doubled from the same day a year earlier.", "the same day a year earlier",
         "2020-08-14"),
    ],
)  # fmt: skip
def test_the_same_day_last_year_is_the_storys_day_a_year_before(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.value, mention.anchor) == (value, Anchoring.NARRATIVE)


def test_a_yardstick_in_another_year_does_not_move_the_story(find):
    text = (
        "Demand on the Fourth of July was 20% higher than on the same day in 2019. Use rose in August. "
        "Bookings in the second quarter were up on the same quarter of 2019. Sales fell in June."
    )
    assert [(m.text, m.timex.value) for m in find(text)] == [
        ("the Fourth of July", "2021-07-04"),
        ("the same day in 2019", "2019-07-04"),
        ("August", "2021-08"),
        ("the second quarter", "2021-Q2"),
        ("the same quarter of 2019", "2019-Q2"),
        ("June", "2021-06"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (publication on 3 September 2021) a season described is one
        ("Retailers were cautious after a weak summer.", "2021-SU"),
        ("Broadway prepares for a crowded spring.", "2022-SP"),
        ("Farmers struggled with a dry spring in parts of the north.", "2021-SP"),
        ("A wet autumn has refilled the reservoirs.", "2021-FA"),
        ("Forecasters expect a very cold winter.", "2022-WI"),
        ("Tokyo braces for another record spring.", "2022-SP"),
    ],
)
def test_a_season_described_is_a_season(find, text, value):
    seasons = [m for m in find(text) if m.granularity is Granularity.SEASON]
    assert [m.timex.value for m in seasons] == [value]


@pytest.mark.parametrize(
    "text", ["They bathed in a hot spring.", "It was a steep fall.", "A coil spring broke.", "A dry spell."]
)
def test_springs_and_falls_described_are_no_seasons(find, text):
    assert find(text) == []


def test_a_year_with_a_when_clause_frames_its_seasons(find):
    found = find(
        "Drought was last declared in 2018, when a wet autumn and the following winter refilled reservoirs."
    )
    assert [(m.text, m.timex.value) for m in found] == [
        ("2018", "2018"),
        ("autumn", "2018-FA"),
        ("the following winter", "2019-WI"),
    ]
