"""Expressions anchored on the publication: Friday 2021-09-03 10:00 America/New_York."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.temporal import Anchoring, Granularity, TimexType, extract

from .conftest import ANCHOR, local


@pytest.mark.parametrize(
    ("word", "value", "day"),
    [("today", "2021-09-03", 3), ("yesterday", "2021-09-02", 2), ("tomorrow", "2021-09-04", 4)],
)
def test_day_word_is_the_local_day(one, word, value, day):
    mention = one(f"It happened {word}.", word)
    assert mention.timex.value == value
    assert mention.anchor is Anchoring.PUBLICATION
    assert (mention.interval_start, mention.interval_end) == (local(2021, 9, day), local(2021, 9, day + 1))


def test_day_before_yesterday_is_two_days_back(one):
    assert one("It began the day before yesterday.", "the day before yesterday").timex.value == "2021-09-01"


@pytest.mark.parametrize(
    ("text", "expression", "value", "granularity"),
    [
        ("Sales rose last week.", "last week", "2021-W34", Granularity.WEEK),
        ("Sales rose this week.", "this week", "2021-W35", Granularity.WEEK),
        ("Sales will rise next week.", "next week", "2021-W36", Granularity.WEEK),
        ("Sales rose last month.", "last month", "2021-08", Granularity.MONTH),
        ("Sales rose this year.", "this year", "2021", Granularity.YEAR),
        ("Sales will rise next year.", "next year", "2022", Granularity.YEAR),
        ("The market opens this coming weekend.", "this coming weekend", "2021-W35-WE", Granularity.DAY),
    ],
)
def test_this_last_next_unit_is_the_calendar_period(one, text, expression, value, granularity):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.granularity is granularity


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The index rose 12% last calendar year.", "last calendar year", "2020"),
        ("This fiscal year, sales rose.", "This fiscal year", "2021"),
        ("It expects a profit next fiscal year.", "next fiscal year", "2022"),
        ("Costs rose this financial year.", "this financial year", "2021"),
        ("Sales will rise in the next fiscal quarter.", "the next fiscal quarter", "2021-Q4"),
        # "the past year" is a duration (test_duration); a fiscal year is a period, the last one that ended
        ("Profit fell in the past fiscal year.", "the past fiscal year", "2020"),
    ],
)
def test_a_fiscal_or_calendar_year_is_the_year(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_this_past_week_is_the_week_up_to_publication(one):
    mention = one("This past week was busy.", "This past week")
    assert (mention.timex.type, mention.timex.value) == (TimexType.DURATION, "P1W")
    assert (mention.interval_start, mention.interval_end) == (ANCHOR - timedelta(days=7), ANCHOR)


def test_weeks_ago_is_the_week_that_many_weeks_back(one):
    assert one("It closed three weeks ago.", "three weeks ago").timex.value == "2021-W32"


def test_or_so_ago_is_approximate(one):
    mention = one("It closed a week or so ago.", "a week or so ago")
    assert (mention.timex.value, mention.timex.mod) == ("2021-W34", "APPROX")


def test_in_two_days_in_future_tense_is_that_day(one):
    assert one("The ship will dock in two days.", "two days").timex.value == "2021-09-05"
    # "most" before a plural is a share, not a record counted back over two days
    text = "The utility expects to restore power to most customers in two days."
    assert one(text, "two days").timex.value == "2021-09-05"


def test_in_a_unit_followed_by_a_relative_clause_is_not_an_offset(find):
    text = "Tax payments would be minimal in a quarter that produced such a loss."
    assert [m.timex.type for m in find(text)] == [TimexType.DURATION]


def test_earlier_this_year_runs_from_the_start_of_the_year_to_now(one):
    mention = one("Earlier this year, prices rose.", "Earlier this year")
    assert mention.timex.value == "2021"
    assert mention.timex.mod == "START"
    assert mention.interval_start == local(2021, 1, 1)
    assert mention.interval_end == ANCHOR


def test_later_this_month_runs_from_now_to_the_end_of_the_month(one):
    mention = one("The report will come out later this month.", "later this month")
    assert mention.timex.mod == "END"
    assert (mention.interval_start, mention.interval_end) == (ANCHOR, local(2021, 10, 1))


def test_now_is_present_ref_on_the_publication_day(one):
    mention = one("Prices are now higher.", "now")
    assert mention.timex.value == "PRESENT_REF"
    assert (mention.interval_start, mention.interval_end) == (local(2021, 9, 3), local(2021, 9, 4))


def test_currently_is_present_ref(one):
    assert one("He is currently in Paris.", "currently").timex.value == "PRESENT_REF"


def test_at_present_leaves_its_preposition_out(find):
    found = find("The data are, at present, thin; at the moment we wait.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("present", "PRESENT_REF"),
        ("the moment", "PRESENT_REF"),
    ]


def test_now_in_a_title_is_no_time(find):
    assert find("He told the weekly magazine Ongaku Now in an interview.") == []
    # but a headline's, in title case, is
    assert [m.text for m in find("Curved Soundbar Now Available in Singapore")] == ["Now"]


def test_buy_now_pay_later_is_no_time(find):
    assert find("Use of buy now, pay later services rose 9%.") == []


def test_as_recently_as_gives_the_date_after_it(find):
    found = find("We were told as recently as May that everything was on track.")
    assert [(m.text, m.timex.value) for m in found] == [("May", "2021-05")]
    # "most recently" is the last time, told by the date after it
    found = find("The club has won the cup three times, most recently in 2019.")
    assert [(m.text, m.timex.value) for m in found] == [("2019", "2019")]


def test_right_now_is_one_expression(one):
    assert one("Right now my evidence is scant.", "Right now").timex.value == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "expression", "width"),
    [
        ("Prices rose recently.", "recently", timedelta(days=30)),
        ("Prices rose in recent days.", "recent days", timedelta(days=7)),
        ("Prices rose in recent weeks.", "recent weeks", timedelta(days=30)),
        ("Prices rose in recent years.", "recent years", timedelta(days=5 * 365)),
        ("Margins fell in recent quarters.", "recent quarters", timedelta(days=365)),
    ],
)
def test_recent_is_past_ref_ending_at_the_anchor(one, text, expression, width):
    mention = one(text, expression)
    assert mention.timex == mention.timex.__class__(TimexType.DATE, "PAST_REF")
    assert mention.interval_end == ANCHOR
    assert mention.interval_end - mention.interval_start == width


@pytest.mark.parametrize(
    ("text", "expression", "width"),
    [
        ("Talks resume in the coming days.", "the coming days", timedelta(days=7)),
        ("Prices could fall in the weeks ahead.", "the weeks ahead", timedelta(days=30)),
        ("Rates will rise in the coming weeks.", "the coming weeks", timedelta(days=30)),
        ("The years ahead look hard.", "The years ahead", timedelta(days=5 * 365)),
    ],
)
def test_coming_is_future_ref_starting_at_the_anchor(one, text, expression, width):
    mention = one(text, expression)
    assert mention.timex.value == "FUTURE_REF"
    assert mention.interval_start == ANCHOR
    assert mention.interval_end - mention.interval_start == width


def test_the_future_has_no_interval(one):
    mention = one("Nobody knows what the future holds.", "the future")
    assert (mention.timex.value, mention.interval_start, mention.interval_end) == ("FUTURE_REF", None, None)


@pytest.mark.parametrize(
    "text", ["We expect more objects to come back in future.", "In future, bags will be checked."]
)
def test_british_in_future_is_future_ref(one, text):
    assert one(text, "future").timex.value == "FUTURE_REF"


def test_in_future_before_a_noun_is_an_adjective(find):
    assert find("It will matter in future years. Shares in Future plc fell.") == []


def test_the_past_is_past_ref(one):
    assert one("In the past, he lived there.", "the past").timex.value == "PAST_REF"


def test_the_past_before_a_count_is_not_past_ref(find):
    assert find("Violence flared for the past three summers.") == []


def test_earlier_in_the_week_runs_from_the_week_start_to_now(one):
    mention = one("Earlier in the week, talks stalled.", "Earlier in the week")
    assert (mention.timex.value, mention.timex.mod) == ("2021-W35", "START")
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 30), ANCHOR)


def test_year_before_a_noun_is_a_year(one):
    assert one("The 2020 election was close.", "2020").timex.value == "2020"


def test_prices_and_volumes_are_not_dates(find):
    assert find("Shares fell 3% to $45.50 on volume of 2,500,000.") == []


@pytest.mark.parametrize(
    ("word", "value"), [("tmr", "2021-09-04"), ("tdy", "2021-09-03"), ("2moro", "2021-09-04")]
)
def test_informal_day_words(one, word, value):
    assert one(f"See you {word}!", word).timex.value == value


def test_tv_show_title_is_not_a_week(find):
    assert find('He said on ABC\'s "This Week," that talks would go on.') == []


def test_the_day_before_a_dated_day_is_the_day_next_to_it(one):
    text = "The day before last Tuesday's hearing, he went to the house."
    assert one(text, "The day before last Tuesday").timex.value == "2021-08-30"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Talks will intensify in the coming weeks.", "the coming weeks"),
        ("Prices could fall in the weeks ahead.", "the weeks ahead"),
        ("The years ahead look hard.", "The years ahead"),
        ("Seas will rise in the coming decades.", "the coming decades"),
        ("Talks resume in the upcoming weeks.", "the upcoming weeks"),
        ("The decades ahead will be hotter.", "The decades ahead"),
        ("Nobody knows what the future holds.", "the future"),
        ("The shares will be sold at a later date.", "a later date"),
    ],
)
def test_vague_future_is_future_ref(one, text, expression):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, "FUTURE_REF")


def test_today_s_editions_are_of_the_publication_day(one):
    assert one("The offer ran in today's editions.", "today").timex.value == "2021-09-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: Friday 3 September 2021
        ("Voters decide a week from today.", "a week from today", "2021-09-10"),
        ("The vote will be held two weeks from Monday.", "two weeks from Monday", "2021-09-20"),
        ("It opens a year from tomorrow.", "a year from tomorrow", "2022-09-04"),
        # British: "a week on Wednesday" is Wednesday week
        ("The union will meet a week on Wednesday.", "a week on Wednesday", "2021-09-15"),
        ("Doctors will strike from two weeks on Monday.", "two weeks on Monday", "2021-09-20"),
        ("Results are due a fortnight on Friday.", "a fortnight on Friday", "2021-09-17"),
        ("Talks resume the week after next.", "the week after next", "2021-W37"),
        ("Sales fell the month before last.", "the month before last", "2021-07"),
        ("This time last year, prices were lower.", "This time last year", "2020-09-03"),
    ],
)
def test_counted_from_a_named_day_or_two_periods_away(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, value)


def test_a_week_spent_on_a_day_is_a_length_and_a_day(find):
    found = find("They held talks for a week on Monday and Tuesday.")
    assert [m.text for m in found] == ["a week", "Monday", "Tuesday"]


def test_this_time_last_year_is_about_the_same_day(one):
    mention = one("By this time next year, the plant will be open.", "this time next year")
    assert (mention.timex.value, mention.timex.mod) == ("2022-09-03", "APPROX")
    assert mention.granularity is Granularity.DAY


def test_the_new_year_is_the_year_starting_nearest(find):
    # anchor: September 2021, so the new year is 2022
    found = find("Talks could drag into the new year.")
    assert [(m.text, m.timex.value) for m in found] == [("the new year", "2022")]
    assert found[0].interval_start == local(2022, 1, 1)
    # capitalised, the holiday
    assert [m.timex.value for m in find("Crowds gathered to welcome the New Year.")] == ["2021-01-01"]


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        # a count back that names the day, week or month is that day, week or month so many units back
        ("Twenty-five years ago today, the wall fell.", "Twenty-five years ago today", "1996-09-03", None),
        ("A decade ago this week, the bank failed.", "A decade ago this week", "2011-W35", None),
        ("Nearly 30 years ago this month it opened.", "Nearly 30 years ago this month", "1991-09", "APPROX"),
        ("Three years ago, it closed.", "Three years ago", "2018", None),
        # decades and centuries back are the year so far back, not the decade or century it falls in
        ("A decade ago, a pint cost less.", "A decade ago", "2011", None),
        ("The mill closed more than two decades ago.", "more than two decades ago", "2001", "MORE_THAN"),
        ("A century ago the town was a village.", "A century ago", "1921", None),
        ("Half a century ago it was a village.", "Half a century ago", "1971", None),
        ("A quarter-century ago it burned.", "A quarter-century ago", "1996", None),
        ("Two and a half decades ago it burned.", "Two and a half decades ago", "1996", None),
    ],
)
def test_a_count_back_to_this_day_week_or_month(one, text, expression, value, mod):
    mention = one(text, expression)
    assert (mention.timex.value, mention.timex.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier" before "this month" is this month's, not the end of a count back
        (
            "Talks held over two days earlier this month had failed.",
            [("two days", "P2D", None), ("earlier this month", "2021-09", "START")],
        ),
        # "late" or "early" after a length is a delay or an advance, not a part of the period
        ("It will arrive a week late this year.", [("a week", "P1W", None), ("this year", "2021", None)]),
        # a degree word makes "early" the verb's: sooner than usual ("very early Monday" is early on Monday)
        ("The peak arrived unusually early this winter.", [("this winter", "2021-WI", None)]),
        ("Easter falls so early this year.", [("Easter", "2021-04-04", None), ("this year", "2021", None)]),
        ("Crews left very early Monday.", [("very early Monday", "2021-08-30", "START")]),
        # so is it after a verb of opening hours or bedtime, before "this" or "tonight"
        ("Cafes stayed open late this weekend.", [("this weekend", "2021-W35-WE", None)]),
        ("Many plan to go to bed early tonight.", [("tonight", "2021-09-03TNI", None)]),
        ("The bill passed late this week.", [("late this week", "2021-W35", "END")]),
        ("It ran two hours early on Friday.", [("two hours", "PT2H", None), ("Friday", "2021-09-03", None)]),
        # but after how long a state lasted, "early" is part of the day
        (
            "Customers were unable to make calls for about five hours early Monday.",
            [("about five hours", "PT5H", "APPROX"), ("early Monday", "2021-08-30", "START")],
        ),
    ],
)
def test_earlier_and_late_next_to_a_length(find, text, expected):
    assert [(m.text, m.timex.value, m.timex.mod) for m in find(text)] == expected


def test_this_week_said_on_a_sunday_ahead_is_the_week_ahead():
    sunday = datetime(2021, 9, 5, 10, tzinfo=ZoneInfo("America/New_York"))
    found = extract("The Fed meets this week. Officials gather this week. Stocks fell this week.", sunday)
    assert [m.timex.value for m in found] == ["2021-W36", "2021-W36", "2021-W35"]
    # what is expected, even "as early as" then, is still ahead
    found = extract("A bid is likely, with an offer expected as early as this week.", sunday)
    assert [m.timex.value for m in found] == ["2021-W36"]


def test_things_counted_in_n_days_are_a_length(find):
    found = find("The side will play six games in 18 days. The show will open in 18 days.")
    assert [(m.text, m.timex.value) for m in found] == [("18 days", "P18D"), ("18 days", "2021-09-21")]


def test_the_new_year_in_the_future_tense_is_the_next_one():
    march = datetime(2026, 3, 4, 10, tzinfo=ZoneInfo("Europe/London"))
    text = "The show will transfer to Manchester in the new year."
    assert [m.timex.value for m in extract(text, march, "Europe/London")] == ["2027"]
    text = "Sales have been slow since the new year."
    assert [m.timex.value for m in extract(text, march, "Europe/London")] == ["2026"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It will soon begin selling boxes.", ["FUTURE_REF"]),
        ("Prosecutors may soon seek an indictment.", ["FUTURE_REF"]),
        ("A decision would come soon, a spokesman said.", ["FUTURE_REF"]),
        # not a little later in a past story, nor "soon after" or "as soon as"
        ("He was soon released.", []),
        ("It happened soon after the vote.", []),
        ("They will leave as soon as possible.", []),
    ],
)
def test_soon_is_a_time_ahead(find, text, found):
    assert [m.timex.value for m in find(text)] == found


@pytest.mark.parametrize("text", ["Inspectors praised the school years ago.", "It closed decades ago."])
def test_a_bare_plural_ago_is_past_ref(one, text):
    mention = one(text, text.split()[-2] + " ago")
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, "PAST_REF")


def test_millions_of_years_ago_is_no_time_of_the_story(find):
    assert find("The dinosaur roamed South Dakota some 67 million years ago.") == []


def test_a_stretch_from_a_day_is_a_length_and_the_day(find):
    found = find("The reading challenge runs for six weeks from Saturday.")
    assert [(m.text, m.timex.value) for m in found] == [("six weeks", "P6W"), ("Saturday", "2021-09-04")]


def test_a_count_of_events_in_a_length_is_the_length(find):
    found = find("The city will raise rates on Jan. 1, its second increase in 12 months.")
    assert [(m.text, m.timex.value) for m in found] == [("Jan. 1", "2022-01-01"), ("12 months", "P12M")]


def test_a_rate_from_a_day_is_the_rate_and_the_day(find):
    found = find("The chain will run five shows a day from Monday.")
    assert [(m.text, m.timex.value) for m in found] == [("a day", "P1D"), ("Monday", "2021-09-06")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a quotation's "today" is the day its attribution says it was spoken (Friday's paper)
        (
            '"From today on, I will govern for all," Lula told a crowd on Wednesday night.',
            "today",
            "2021-09-01",
        ),
        ('"The only winner today is Turkey," Erdogan told supporters late Thursday.', "today", "2021-09-02"),
        (
            '"The only winner today is Turkey," he told supporters outside the presidential palace in Ankara '
            "Thursday night.",
            "today",
            "2021-09-02",
        ),
        ('"We will meet again tomorrow," the envoy said yesterday.', "tomorrow", "2021-09-03"),
        ('The mayor said on Tuesday: "Tonight we celebrate."', "Tonight", "2021-08-31TNI"),
        ('"Last night was the worst," she said Thursday.', "Last night", "2021-09-01TNI"),
        # said today, or no day said: the publication's
        ('"We vote today," he said on Friday.', "today", "2021-09-03"),
        ('"We vote today," he said.', "today", "2021-09-03"),
        # a day in a clause of its own after the attribution is not the speaker's
        ('"We start tomorrow," said Ms. Ruiz, who will fly out on Monday.', "tomorrow", "2021-09-04"),
    ],
)
def test_a_quotations_day_words_are_the_speakers(one, text, expression, value):
    assert one(text, expression).timex.value == value
