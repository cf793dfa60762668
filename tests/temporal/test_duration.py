"""Durations: TIMEX3 DURATION values, no interval unless anchored on the publication."""

from __future__ import annotations

import pytest

from app.temporal import Anchoring, Granularity, TimexType

from .conftest import ANCHOR, local


def test_fewer_than_before_a_date_counted_back_is_a_comparison(find):
    found = find("Police made 14 arrests on New Year's Eve, fewer than a year earlier.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("New Year's Eve", "2020-12-31"),
        ("a year earlier", "2019"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("He served 20 years.", "20 years", "P20Y", None),
        ("The strike lasted more than two weeks.", "more than two weeks", "P2W", "MORE_THAN"),
        ("Results are due within 48 hours.", "48 hours", "PT48H", "EQUAL_OR_LESS"),  # "within" is left out
        # vague: at most, with "within" left out of the span as TimeBank has it
        ("Police arrived within hours.", "hours", "PTXH", "EQUAL_OR_LESS"),
        # one more unit, with a mod before it
        ("Allow at least an extra hour.", "at least an extra hour", "PT1H", "EQUAL_OR_MORE"),
        ("It could take up to another year.", "up to another year", "P1Y", "EQUAL_OR_LESS"),
        ("It should be over within another year.", "another year", "P1Y", None),
        # a mod before "the" and an adjective is the noun's
        ("They last longer than the four-year grants.", "four-year", "P4Y", None),
        ("It took about a month.", "about a month", "P1M", "APPROX"),
        ("It took several years.", "several years", "PXY", None),
        ("It took a few weeks.", "a few weeks", "PXW", None),
        ("Prices rose in the past few years.", "the past few years", "PXY", None),
        ("It was a two-week trip.", "two-week", "P2W", None),
        ("Sales set a single-day record.", "single-day", "P1D", None),
        ("The talks lasted at least 30 days.", "at least 30 days", "P30D", "EQUAL_OR_MORE"),
        ("He waited 2.5 years.", "2.5 years", "P2Y6M", None),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
        ("He spent 5 1/2 hours there.", "5 1/2 hours", "PT5H30M", None),
        (
            "They kept the secret for more than two thousand years.",
            "more than two thousand years",
            "P2000Y",
            "MORE_THAN",
        ),
        ("The dynasty ruled for two hundred years.", "two hundred years", "P200Y", None),
        ("The wall took twenty-five hundred years to build.", "twenty-five hundred years", "P2500Y", None),
        ("It lasted a minute and a half.", "a minute and a half", "PT1M30S", None),
        ("Prices doubled in a single year.", "a single year", "P1Y", None),
        ("It was a month-and-a-half siege.", "a month-and-a-half", "P1.5M", None),
        ("It lasted two and a half weeks.", "two and a half weeks", "P2.5W", None),
        ("It lasted one and a half days.", "one and a half days", "P1DT12H", None),
        # a length as an adjective, without the article
        ("A decade-long study found it.", "decade-long", "P10Y", None),
        ("He was freed after a year-long trial.", "year-long", "P1Y", None),
        ("They began a months-long trek.", "months-long", "PXM", None),
        ("It was a two-year-long probe.", "two-year-long", "P2Y", None),
        ("It was a decade-long war.", "decade-long", "P10Y", None),  # not "a decade" as a rate
        # AP writes them in one word
        ("The weeklong festival opens.", "weeklong", "P1W", None),
        ("She performed an hourlong show.", "hourlong", "PT1H", None),
        # the words before a length as an adjective are its noun's
        ("The 30-day rate rose.", "30-day", "P30D", None),
        ("The previous six-year agreement expired.", "six-year", "P6Y", None),
        ("It was a deliberate, years-long theft.", "years-long", "PXY", None),
        ("The decades-long embargo goes on.", "decades-long", "PXY", None),
        ("He did not speak for the best part of a decade.", "the best part of a decade", "P10Y", "APPROX"),
        # "over" is "more than" after a verb of taking time or a preposition, and where a clause opens
        ("It took over an hour to reach them.", "over an hour", "PT1H", "MORE_THAN"),
        ("He was jailed for over two weeks.", "over two weeks", "P2W", "MORE_THAN"),
        (
            "It was a year where over a decade of sanctions had left cities ruined.",
            "over a decade",
            "P10Y",
            "MORE_THAN",
        ),
        # after another verb or a noun it spreads what happened across the time
        ("The talks were held over two days in Geneva.", "two days", "P2D", None),
        ("The money can be used over three years.", "three years", "P3Y", None),
        ("Iraq attacked 65 cities in 226 sorties over 42 days.", "42 days", "P42D", None),
        # comparatives and halves
        ("Patients waited longer than 12 hours.", "longer than 12 hours", "PT12H", "MORE_THAN"),
        ("The gap is no longer than two weeks.", "no longer than two weeks", "P2W", "EQUAL_OR_LESS"),
        ("The trains ran half an hour late.", "half an hour", "PT30M", None),
        # a quarter of a century is 25 years
        ("It was the biggest bill in a quarter-century.", "a quarter-century", "P25Y", None),
        ("It faces a half-century of deferred maintenance.", "a half-century", "P50Y", None),
        ("The meeting lasted a half hour.", "a half hour", "PT30M", None),
        (
            "For more than a quarter of a century, mediators tried.",
            "more than a quarter of a century",
            "P25Y",
            "MORE_THAN",
        ),
        (
            "Talks will run for at least another 18 months.",
            "at least another 18 months",
            "P18M",
            "EQUAL_OR_MORE",
        ),
        # "following" without "the" is a preposition, with it part of the expression
        ("They agreed late Monday following 10 hours of talks.", "10 hours", "PT10H", None),
        ("In the following 10 days, nothing moved.", "the following 10 days", "P10D", None),
    ],
)
def test_duration_value_and_mod(one, text, expression, value, mod):
    mention = one(text, expression)
    assert mention.timex.type is TimexType.DURATION
    assert (mention.timex.value, mention.timex.mod) == (value, mod)
    assert mention.interval_start is None
    assert mention.granularity is None


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value", "mod"),
    [
        # "within" a stretch next to the publication: at most, with "within" left out of the span too
        (
            "A decision is due within the next two weeks.",
            "the next two weeks",
            "DURATION",
            "P2W",
            "EQUAL_OR_LESS",
        ),
        (
            "Fires broke out within the past 24 hours.",
            "the past 24 hours",
            "DURATION",
            "PT24H",
            "EQUAL_OR_LESS",
        ),
        # ten years as well, whatever decade the text named before
        (
            "Since the 1980s output has tripled; it may double within the next decade.",
            "the next decade",
            "DURATION",
            "P10Y",
            "EQUAL_OR_LESS",
        ),
        # but "within the next year" is a date: next year
        ("A decision is due within the next year.", "the next year", "DATE", "2022", None),
    ],
)
def test_within_the_next_units_is_at_most(one, text, expression, kind, value, mod):
    mention = one(text, expression)
    assert (str(mention.timex.type), mention.timex.value, mention.timex.mod) == (kind, value, mod)


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        # a range of counts is one duration: at least the lower count
        ("Shipments will resume in two to three weeks.", "two to three weeks", "P2W", "EQUAL_OR_MORE"),
        ("Guests stay 3 to 5 nights.", "3 to 5 nights", "P3D", "EQUAL_OR_MORE"),
        ("Repairs take 2-3 days.", "2-3 days", "P2D", "EQUAL_OR_MORE"),
        ("It was a two-to-three-week wait.", "two-to-three-week", "P2W", "EQUAL_OR_MORE"),
        # at most the higher one after "within" or "up to"
        ("Shipments will resume within two to three weeks.", "two to three weeks", "P3W", "EQUAL_OR_LESS"),
        ("Delivery takes up to 3-4 days.", "up to 3-4 days", "P4D", "EQUAL_OR_LESS"),
        # and about the lower one
        ("The review took about two to three weeks.", "about two to three weeks", "P2W", "APPROX"),
        # alternatives are not a range: the gold tags the last
        ("It could take as long as a month or two.", "a month", "P1M", None),
        ("He had been tutored for ten or fifteen years.", "fifteen years", "P15Y", None),
        # nor a score
        ("After the 3-2 day of play, they rested.", "2 day", "P2D", None),
    ],
)
def test_a_range_of_counts_is_one_duration(one, text, expression, value, mod):
    mention = one(text, expression)
    assert (str(mention.timex.type), mention.timex.value, mention.timex.mod) == ("DURATION", value, mod)


def test_a_range_of_counts_ahead_spans_the_higher_count(one):
    mention = one("Acquisitions are planned for the next 12 to 18 months.", "the next 12 to 18 months")
    assert (mention.timex.value, mention.timex.mod) == ("P12M", "EQUAL_OR_MORE")
    assert mention.interval_start == local(2021, 9, 3, 10)
    assert mention.interval_end == local(2023, 3, 3, 10)


def test_past_years_end_at_the_anchor(one):
    mention = one("Prices doubled over the past 20 years.", "the past 20 years")
    assert mention.timex.value == "P20Y"
    assert mention.anchor is Anchoring.PUBLICATION
    assert mention.granularity is Granularity.YEAR
    assert mention.interval_end == ANCHOR
    assert mention.interval_start == local(2001, 9, 3, 10)


@pytest.mark.parametrize(
    ("text", "expression", "value", "first_year"),
    [
        # a part of a century or decade, or a count with a half, is counted in whole years back
        ("Rents rose over the past half-century.", "the past half-century", "P50Y", 1971),
        ("In the last half-century, the town grew.", "the last half-century", "P50Y", 1971),
        ("It was the worst of the last quarter-century.", "the last quarter-century", "P25Y", 1996),
        ("Over the past two and a half decades, it grew.", "the past two and a half decades", "P25Y", 1996),
    ],
)
def test_a_part_of_a_century_back_ends_at_the_anchor(one, text, expression, value, first_year):
    mention = one(text, expression)
    assert (str(mention.timex.type), mention.timex.value) == ("DURATION", value)
    assert (mention.interval_start, mention.interval_end) == (local(first_year, 9, 3, 10), ANCHOR)


def test_a_part_of_a_century_alone_is_no_length(find):
    # "its quarter-century low": an adjective of the noun
    assert [m.text for m in find("Unemployment is at its quarter-century low.")] == []


def test_last_months_end_at_the_anchor(one):
    mention = one("Sales fell in the last three months.", "the last three months")
    assert mention.timex.value == "P3M"
    assert (mention.interval_start, mention.interval_end) == (local(2021, 6, 3, 10), ANCHOR)


def test_next_weeks_start_at_the_anchor(one):
    mention = one("Talks continue over the next two weeks.", "the next two weeks")
    assert (mention.interval_start, mention.interval_end) == (ANCHOR, local(2021, 9, 17, 10))
    mention = one("Rates rise in the upcoming year.", "the upcoming year")
    assert mention.timex.value == "P1Y"
    assert (mention.interval_start, mention.interval_end) == (ANCHOR, local(2022, 9, 3, 10))


def test_huge_count_does_not_raise(find):
    found = find("It lasted 99999999999 days and 99999999999 years ago.")
    assert all(m.interval_start is None or m.interval_start < m.interval_end for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "He was only 12.",
        "She was aged 45.",
        "a 44-year-old protester",
        "He is 52 years old.",
        "16- and 17-year-olds",
        "The campaign aims to reach people aged one year and older.",
        "Adults aged 65 years or older qualify.",
        "Book shots for children between six months and five years old.",
        "It is approved for ages 6 months to 17 years.",
        "Infants 6 months and up can be vaccinated.",
    ],
)
def test_ages_are_not_durations(find, text):
    assert find(text) == []


def test_an_age_of_years_is_a_duration_with_of_age_as_the_gold_tags_it(one):
    mention = one("Voters had to be at least 25 years of age.", "at least 25 years of age")
    assert (mention.timex.type, mention.timex.value, mention.timex.mod) == (
        TimexType.DURATION,
        "P25Y",
        "EQUAL_OR_MORE",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Do not wait until the last minute.",
        "The deal was struck at the last minute.",
        "At Last Minute Travel",
    ],
)
def test_the_last_minute_as_an_idiom_is_no_duration(find, text):
    assert find(text) == []


def test_the_last_minute_of_trading_is_a_duration(one):
    assert one("Prices rose in the last minute of trading.", "the last minute").timex.value == "PT1M"


def test_one_day_after_a_modal_is_some_day_ahead(one):
    mention = one("Islam will one day be the second largest religion.", "one day")
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, "FUTURE_REF")


def test_the_verb_last_does_not_anchor_a_duration(one):
    mention = one("The strike is expected to last two weeks.", "two weeks")
    assert (mention.timex.value, mention.interval_start) == ("P2W", None)


def test_the_verb_last_after_another_verb_does_not_anchor_a_duration(one):
    mention = one("Work will begin on Tuesday and last six weeks.", "six weeks")
    assert (mention.timex.value, mention.interval_start) == ("P6W", None)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # "last" in the present tense after its subject is the verb
        ("Shifts last eight hours.", "eight hours"),
        ("Public days begin Saturday and last nine days.", "nine days"),
        # after a preposition, a determiner or at a sentence's start, the adjective
        ("Prices doubled in last two years.", "last two years"),
        ("Last three months saw gains.", "Last three months"),
        ("In its last two years, the firm doubled its sales.", "last two years"),
    ],
)
def test_a_bare_last_before_a_count_is_a_verb_after_its_subject(one, text, expression):
    assert one(text, expression).timex.type is TimexType.DURATION


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # one thing said as such before "a year" is a rate, as "two elections a year" is
        ("She has promised one major fiscal event a year.", "a year", TimexType.SET, "P1Y"),
        # a first or a record "in N years" counts back, whatever the tense: not the year N years ahead
        ("She will deliver Labour's first Budget in 14 years.", "14 years", TimexType.DURATION, "P14Y"),
        (
            "It could be the most powerful storm to hit the capital in 60 years.",
            "60 years",
            TimexType.DURATION,
            "P60Y",
        ),
        ("Prices will reach their highest level in a decade.", "a decade", TimexType.DURATION, "P10Y"),
        ("The industry may face its toughest season in ten years.", "ten years", TimexType.DURATION, "P10Y"),
        # "for the next decade" says how long, not which decade
        ("It sought guarantees for the next decade.", "the next decade", TimexType.DURATION, "P10Y"),
        # a difference, not a rate
        ("The season runs a day longer than last year.", "a day", TimexType.DURATION, "P1D"),
    ],
)
def test_lengths_and_rates_not_dates(one, text, expression, kind, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (kind, value)


def test_a_year_earlier_as_adjective_is_not_a_duration(find):
    found = find("Net rose in the second quarter, compared with a year-earlier loss.")
    assert [(m.text, m.timex.value) for m in found][-1] == ("year-earlier", "2020-Q2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It made money after several quarters of losses.", [("several quarters", "PXQ")]),
        ("It grew for two quarters of 2020.", [("two quarters", "P2Q"), ("2020", "2020")]),
        ("Three-quarters of its food is imported.", []),
        ("She won three quarters of the vote.", []),
        ("The Fed cut rates by a quarter point.", []),
        ("The quarter-point hike was the Fed's 11th in a row.", []),
        ("Airbus aims to lift output by roughly a quarter.", []),
        ("Yields rose three quarters of a percentage point.", []),
        ("It accounts for more than a quarter of sales.", []),
        ("Sales fell in one quarter of the year.", [("the year", "2021")]),
    ],
)
def test_quarters_of_something_are_a_share_unless_they_pass(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A recount could take weeks.", "weeks", "PXW"),
        ("They waited months for an answer.", "months", "PXM"),
        ("The drought lasted years.", "years", "PXY"),
        ("The talks went on for days.", "days", "PXD"),
        # and after "be", before what it keeps away
        ("It could be weeks before the line reopens.", "weeks", "PXW"),
        ("A deal is months away.", "months", "PXM"),
    ],
)
def test_a_bare_plural_unit_after_a_verb_of_spending_time(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DURATION, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Workers lost weeks of wages.", "weeks", "PXW"),
        ("Bridges damaged by years of conflict slowed the column.", "years", "PXY"),
        ("The merger follows months of twists and turns.", "months", "PXM"),
        ("Weeks of talks failed.", "Weeks", "PXW"),
        ("The garrison was well-stocked with months of food.", "months", "PXM"),
        # a count and an adjective before the unit give the length
        (
            "In December 1916, after ten brutal months of the Battle of Verdun, they asked for peace.",
            "ten brutal months",
            "P10M",
        ),
        ("They came home after two long years of war.", "two long years", "P2Y"),
    ],
)
def test_a_bare_plural_unit_before_of_and_what_fills_it(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DURATION, value)


@pytest.mark.parametrize(
    "text",
    [
        "In his last days he wrote.",
        "Hours passed.",
        "Officers will enforce a night-time curfew.",
        # days of something, not a length of it
        "In the days of the Committee, nobody voted.",
        "The opening hours of the library change.",
        "They watch Days of Our Lives.",
        "It took 5 million years of evolution.",
        "It was one of the 10 warmest years of the century.",
        "It was one of the busiest days of trading.",
        # a unit as an adjective or a count, and cricket's one-day format
        "Several night matches ended in front of empty stands.",
        "We had twice as many days suitable for burning.",
        "The rules limit how many nights a home can be rented.",
        "A three-match one-day series follows.",
        # a label with its numbers
        "The curriculum is for pupils in years 1 to 8.",
        # a plural unit after "be" that keeps nothing away
        "Those were days to remember.",
        "These are hours we will not get back.",
    ],
)
def test_a_bare_plural_unit_alone_is_not_tagged(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a fortnight is two weeks
        ("The trial lasted a fortnight.", "a fortnight", "P2W"),
        ("Bins are emptied every fortnight.", "every fortnight", "P2W"),
        ("He met them a fortnight ago.", "a fortnight ago", "2021-W33"),
        ("It lasted three fortnights.", "three fortnights", "P6W"),
        # a distance from a day, not a rate
        ("The announcement comes a fortnight after the vote.", "a fortnight", "P2W"),
    ],
)
def test_fortnights(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.timex.type != "SET" or expression.startswith("every")


@pytest.mark.parametrize(
    "text",
    [
        "It agreed to raises totalling 9% over three years.",
        "The rules would be phased in over three years starting in mid-2028.",
        "The bonus is paid out over three years.",
        "She proposed phasing it in over three years, but the motion failed.",
    ],
)
def test_over_after_a_figure_or_a_phasing_spreads_it_across_the_time(one, text):
    mention = one(text, "three years")
    assert (mention.timex.value, mention.timex.mod) == ("P3Y", None)


def test_a_speed_is_no_recurrence(find):
    assert find("Winds of 140 miles per hour and gusts of 200 kilometres an hour were recorded.") == []
    # but a distance covered each day is, as the gold tags it
    assert [(m.text, m.timex.value) for m in find("Polish forces advanced thirty kilometers a day.")] == [
        ("a day", "P1D")
    ]


def test_the_last_day_of_something_is_no_duration(find):
    assert find("The last day of term came.") == []
    assert [m.timex.value for m in find("In the last day, prices rose.")] == ["P1D"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "over last year" compares with the calendar year; "over the last year" is a length
        ("Sales are up 1% over last year.", ["2020"]),
        ("Prices rose over the last year.", ["P1Y"]),
        # a share, not three months
        ("Takings had fallen by a quarter.", []),
        ("The stadium was barely a quarter full.", []),
        ("Nearly a quarter said no.", []),
        ("It took a quarter to recover.", ["P1Q"]),
    ],
)
def test_over_last_year_and_by_a_quarter(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was sentenced to nine years and six months.", [("nine years and six months", "P9Y6M")]),
        ("The flight took two hours and 15 minutes.", [("two hours and 15 minutes", "PT2H15M")]),
        (
            "He won in 2 hours, 19 minutes and 42 seconds.",
            [("2 hours, 19 minutes and 42 seconds", "PT2H19M42S")],
        ),
        ("It ran in 3 hours 23 minutes.", [("3 hours 23 minutes", "PT3H23M")]),
        # not a larger unit after a smaller one, nor a unit that is no component
        ("Three days and two years passed.", [("Three days", "P3D"), ("two years", "P2Y")]),
        # nor a smaller unit counted past the larger one: two lengths
        ("They got terms of four years and 30 months.", [("four years", "P4Y"), ("30 months", "P30M")]),
        ("It lasted a year and 45 days.", [("a year and 45 days", "P1Y45D")]),
    ],
)
def test_a_length_and_a_smaller_unit_are_one_duration(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_the_past_or_next_fortnight_is_two_weeks_from_publication(one):
    mention = one("Prices rose over the past fortnight.", "the past fortnight")
    assert mention.timex.value == "P2W"
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 20, 10), local(2021, 9, 3, 10))
    mention = one("They will decide within the next fortnight.", "the next fortnight")
    assert (mention.timex.value, mention.timex.mod) == ("P2W", "EQUAL_OR_LESS")
    assert (mention.interval_start, mention.interval_end) == (local(2021, 9, 3, 10), local(2021, 9, 17, 10))


def test_the_minutes_of_a_meeting_are_no_duration(find):
    assert [
        m.text for m in find("Stocks fell after minutes from the Fed's July meeting showed a split.")
    ] == ["July"]
    assert [m.timex.value for m in find("Within minutes of the blast, it was over.")] == ["PTXM"]


def test_multi_year_is_some_years(one):
    assert one("It launched a multi-year spending review.", "multi-year").timex.value == "PXY"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The repairs could take another year.", "another year", "P1Y"),
        ("He stayed in office another decade.", "another decade", "P10Y"),
        ("Another day of talks ended without a deal.", "Another day", "P1D"),
        ("They waited another fortnight before voting.", "another fortnight", "P2W"),
        ("Patches continue for a further year.", "a further year", "P1Y"),
        ("He stayed an extra week.", "an extra week", "P1W"),
        ("An additional month was granted.", "An additional month", "P1M"),
        # with a count, the word stays in the span too (WikiWars: "another seven months")
        ("He extended the deal for another two years.", "another two years", "P2Y"),
        ("It took about another 10 minutes.", "about another 10 minutes", "PT10M"),
    ],
)
def test_another_unit_is_one_more(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value, mention.interval_start) == (
        TimexType.DURATION,
        value,
        None,
    )


@pytest.mark.parametrize(
    "text",
    ["That is a question for another day.", "They lived to fight another day.", "Another year's results."],
)
def test_another_day_as_some_other_time_is_no_duration(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "expression", "timex_type"),
    [
        # "a long night" after "was" is a length, not a rate: "was" is no plural noun
        ("It was a long night, but we got there.", "a long night", TimexType.DURATION),
        ("The appeal could take as long as a month or two.", "a month", TimexType.DURATION),
        ("Rooms cost $50 a night.", "a night", TimexType.SET),
        ("Four flights a week leave Sydney.", "a week", TimexType.SET),
        # a verb that ends in s, and what fills the time after it: a length
        ("The union plans a day of action on Tuesday.", "a day", TimexType.DURATION),
        ("Both sides expect a week of talks.", "a week", TimexType.DURATION),
        # a time given to someone, after a plural noun: a length too
        ("The board gave residents a week to comment.", "a week", TimexType.DURATION),
        ("We are giving parents a week to respond.", "a week", TimexType.DURATION),
        ("The airline offered four flights a week.", "a week", TimexType.SET),
    ],
)
def test_a_rate_needs_an_amount_or_a_plural_noun_before_it(one, text, expression, timex_type):
    assert one(text, expression).timex.type is timex_type


def test_a_night_out_is_no_duration(find):
    assert find("People should be able to enjoy a night out without fear.") == []


def test_a_weekend_before_a_noun_and_three_quarters_of_anything_are_no_durations(find):
    assert find("He started at the station as a weekend weather reporter.") == []
    assert find("The strikes halted up to three quarters of long-distance services.") == []
    # but a weekend spent, and quarters of growth, are times
    assert [m.timex.value for m in find("He spent a weekend in Paris.")] == ["P1WE"]
    assert [m.timex.value for m in find("After a long weekend full of weddings, we rested.")] == ["P1WE"]
    assert [m.timex.value for m in find("It followed two quarters of negative growth.")] == ["P2Q"]


def test_a_number_that_ends_a_name_is_no_count(find):
    assert find("Hotels are booked for the Formula One night race.") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an ordinal before "a day" is the noun's: "their first major final", then "a day earlier"
        ("Jordan had reached their first major final a day earlier.", ["2021-09-02"]),
        ("He guided Arsenal to three straight second-place finishes.", []),
        # "a second" before a noun, with a modifier or after another length
        ("We're talking about a second studio.", []),
        ("The strike shut airports for a day, and a second strike followed.", ["P1D"]),
        ("It answered in about a second or two.", ["PT1S"]),
    ],
)
def test_an_ordinal_is_no_unit_of_time(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_less_than_a_second_is_a_length(one):
    mention = one("Now it answers in under a second.", "under a second")
    assert (mention.timex.value, mention.timex.mod) == ("PT1S", "LESS_THAN")


def test_few_without_a_determiner_is_not_many(find):
    assert [m.text for m in find("Few years have reshaped the budget as quickly.")] == []
    assert [m.text for m in find("Very few days pass without rain.")] == []
