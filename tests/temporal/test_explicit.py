"""Explicit dates, anchored on Friday 2021-09-03 10:00 America/New_York."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.temporal import Anchoring, Granularity, TimexType, extract

from .conftest import local


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("It opened on August 15, 2019.", "August 15, 2019", "2019-08-15"),
        ("It opened on 15 August 2019.", "15 August 2019", "2019-08-15"),
        ("It opened on Aug. 15, 2019.", "Aug. 15, 2019", "2019-08-15"),
        ("The law took effect Sept 1, 2021.", "Sept 1, 2021", "2021-09-01"),
        ("The file is dated 2021-09-01.", "2021-09-01", "2021-09-01"),
        ("The form is dated 9/1/2021.", "9/1/2021", "2021-09-01"),
        ("The board met on Thursday, Aug. 5, 2021.", "Thursday, Aug. 5, 2021", "2021-08-05"),
        ("The board met on Thurs., Aug. 5, 2021.", "Thurs., Aug. 5, 2021", "2021-08-05"),
    ],
)
def test_full_date_resolves_to_that_day(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex == mention.timex.__class__(TimexType.DATE, value)
    assert mention.granularity is Granularity.DAY
    assert mention.anchor is Anchoring.ABSOLUTE


def test_full_date_interval_is_the_local_day_in_utc(one):
    mention = one("It opened on Aug. 15, 2019.", "Aug. 15, 2019")
    assert mention.interval_start == local(2019, 8, 15)
    assert mention.interval_end == local(2019, 8, 16)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a year that names an edition of a recurring event gives the months of its sentence their year
        (
            "Organisers said the 2023 edition would run in late September, as usual.",
            "late September",
            "2023-09",
        ),
        (
            "Riot said the 2022 championship will be held in Europe, with the final set for early October.",
            "early October",
            "2022-10",
        ),
        ("Next year's festival opens on Sept. 20.", "Sept. 20", "2022-09-20"),
        ("Next year's game, set for Sept. 12, will be shown on another network.", "Sept. 12", "2022-09-12"),
        # and so a calendar, with the end of its span after its start
        (
            "The 2023 academic year will begin in mid-February and end in early December.",
            "mid-February",
            "2023-02",
        ),
        (
            "The 2023 academic year will begin in mid-February and end in early December.",
            "early December",
            "2023-12",
        ),
        ("The season begins on Feb. 10 and ends on Jan. 4.", "Jan. 4", "2023-01-04"),
        # not a thing made in a year
        ("The 2019 law takes effect in January.", "January", "2022-01"),
    ],
)
def test_a_year_that_names_an_edition_gives_its_months_the_year(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_numeric_date_that_can_only_be_day_first_is_read_so(one):
    assert one("Quote incident 3112 of 16/11/24.", "16/11/24").timex.value == "2024-11-16"
    assert one("It happened on 16/11/2024.", "16/11/2024").timex.value == "2024-11-16"


def test_numeric_date_follows_day_month_order_when_asked(one):
    assert one("Dated 9/1/2021.", "9/1/2021", date_order="DMY").timex.value == "2021-01-09"


def test_month_day_without_year_in_past_tense_is_the_previous_occurrence(one):
    assert one("The storm hit on August 15.", "August 15").timex.value == "2021-08-15"


def test_month_day_without_year_in_future_tense_is_the_next_occurrence(one):
    assert one("The vote will take place on August 15.", "August 15").timex.value == "2022-08-15"


def test_ordinal_month_day_is_read(one):
    assert one("The court will rule on October 1st.", "October 1st").timex.value == "2021-10-01"


def test_deadline_that_passed_days_ago_stays_in_the_past(one):
    assert one("The offer expired by Aug. 30.", "Aug. 30").timex.value == "2021-08-30"
    assert one("Troops must leave by Aug. 30.", "Aug. 30").timex.value == "2021-08-30"


def test_day_alone_after_the_resolves_in_the_current_month(one):
    assert one("The hearing is set for the 15th.", "the 15th").timex.value == "2021-09-15"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It reopened on Aug. 2 and closes on the 15th.", "2021-08-15"),
        ("The trial ended Dec. 20, after it began on the 5th.", "2020-12-05"),
        ("The strike began in March and ended on the 10th.", "2021-03-10"),
        ("The strike began on March 3. By the 10th, it had spread.", "2021-03-10"),
        ("Voting runs from Nov. 20 to the 5th.", "2021-12-05"),
        # a smaller day the story moves on to is in the next month
        ("The hospital opened on March 30 and took its first patients on the 3rd.", "2021-04-03"),
        ("Voting began on Aug. 28 and ended on the 2nd.", "2021-09-02"),
        # unless a past-tense clause would land after the publication, or nothing moves the story on
        ("The vote was held on Aug. 28 and counted on the 5th.", "2021-08-05"),
        ("Police said the robbery on March 30 followed a break-in on the 3rd.", "2021-03-03"),
    ],
)
def test_day_alone_is_in_the_month_just_written(find, text, value):
    mention = find(text)[-1]
    assert mention.text.startswith("the ")
    assert (mention.timex.value, mention.anchor) == (value, Anchoring.NARRATIVE)


def test_a_day_ahead_is_not_in_a_month_gone_by(one):
    # (3 September 2021) "last month" is August, but what lies ahead is not on a day of it
    text = "Those hit by last month's floods now have until the 15th to file returns."
    assert one(text, "the 15th").timex.value == "2021-09-15"
    text = "Those hit by last month's floods filed returns by the 15th."
    assert one(text, "the 15th").timex.value == "2021-08-15"


def test_ordinal_before_a_noun_is_not_a_day(find):
    assert find("It ratified the 15th amendment.") == []


def test_year_after_preposition_is_a_year(one):
    mention = one("The company was founded in 2001.", "2001")
    assert mention.timex.value == "2001"
    assert mention.granularity is Granularity.YEAR
    assert mention.interval_start == local(2001, 1, 1)
    assert mention.interval_end == local(2002, 1, 1)


def test_year_after_preposition_before_a_street_is_a_year(one):
    assert one("By 1920 Main Street was paved.", "1920").timex.value == "1920"


@pytest.mark.parametrize(
    ("text", "year"),
    [("Halley's comet will not return until 2126.", "2126"), ("Forecasts run to 2150.", "2150")],
)
def test_a_year_of_the_next_century_is_a_year(one, text, year):
    assert (one(text, year).timex.value, one(text, year).granularity) == (year, Granularity.YEAR)


def test_month_and_year_is_a_month(one):
    mention = one("Sales collapsed in March 2020.", "March 2020")
    assert mention.timex.value == "2020-03"
    assert mention.granularity is Granularity.MONTH


def test_bare_month_in_past_tense_is_this_years_or_last(one):
    assert one("Prices rose in March.", "March").timex.value == "2021-03"
    assert one("Prices rose in October.", "October").timex.value == "2020-10"


def test_month_reported_in_past_tense_a_month_ahead_is_the_coming_one(one):
    text = "Saudi Arabia told oil companies of a cutback in October."
    assert one(text, "October").timex.value == "2021-10"


def test_month_in_past_tense_event_a_month_ahead_is_last_years(one):
    assert one("Sales rose sharply in October.", "October").timex.value == "2020-10"


def test_an_adjective_in_un_ed_is_not_a_past_verb(one):
    text = "The split would be paid on a still unspecified date in January."
    assert one(text, "January").timex.value == "2022-01"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a participle between a count and its noun is an adjective
        ("The agency will cut rations for 500,000 displaced people from October.", "October", "2021-10"),
        ("Police said 12 died on Aug. 30.", "Aug. 30", "2021-08-30"),
        # a schedule with "run from" (not "a run from")
        ("The Games run from July 24 to Aug. 9.", "July 24", "2022-07-24"),
        ("It was a run from March to May.", "March", "2021-03"),
        # a participle and its agent: a reduced relative clause in the past, whatever the main verb
        ("A taskforce set up by the council in March is due to publish its report.", "March", "2021-03"),
        ("Talks hosted by Qatar in June will resume next month.", "June", "2021-06"),
        # the verb of a relative clause the time is in, not the main verb after it
        (
            "Two astronauts who flew to the station on the Starliner capsule in June will remain in orbit.",
            "June",
            "2021-06",
        ),
        ("Officials who met in August will decide the matter.", "August", "2021-08"),
        # but not a passive still to come, nor what was expected
        ("The mayor will be chosen by voters in May.", "May", "2022-05"),
        ("A ruling expected by analysts in March will decide it.", "March", "2022-03"),
    ],
)
def test_participles_and_schedules_before_a_month(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_month_in_present_tense_clause_before_an_attribution_is_the_coming_one(one):
    text = "The museum closes in December, officials said."
    assert one(text, "December").timex.value == "2021-12"


def test_month_six_months_away_in_present_tense_is_the_coming_one(one):
    assert one("The museum closes in March.", "March").timex.value == "2022-03"


def test_fronted_time_phrase_takes_the_tense_of_the_verb_after_the_comma(one):
    assert one("In October, officials said prices rose.", "October").timex.value == "2020-10"


def test_fronted_time_phrase_takes_the_main_verb_after_other_fronted_phrases(one):
    # anchor: 3 September 2021; "December" is nearer ahead than behind, the verb says behind
    text = (
        "In December, a week after the anniversary of the Roe vs. Wade decision, a bombing in "
        "Birmingham, Ala., killed a guard."
    )
    assert one(text, "December").timex.value == "2020-12"


def test_bare_month_in_future_tense_is_the_next_one(one):
    assert one("The plant will open in March.", "March").timex.value == "2022-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: 3 September 2021; what may yet happen, a forecast and an age to come lie ahead
        ("She said the firm may unveil a phone at its conference in May.", "May", "2022-05"),
        ("Analysts expect the first quarter to be choppier.", "the first quarter", "2022-Q1"),
        ("A lot can happen between now and July.", "July", "2022-07"),
        ("Ripken, who turns 36 in August, has not missed a game.", "August", "2022-08"),
        # a capital May is the month, not the modal
        ("Sales rose in May and fell in June.", "June", "2021-06"),
    ],
)
def test_a_month_ahead_after_a_modal_forecast_or_schedule(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_year_range_gives_two_years(find):
    values = [m.timex.value for m in find("He served from 1996 to 2001 and again 2005-2009.")]
    assert values == ["1996", "2001", "2005", "2009"]


def test_day_range_gives_two_days(find):
    found = find("The fair ran Aug. 30-31.")
    assert [(m.text, m.timex.value) for m in found] == [("Aug. 30", "2021-08-30"), ("31", "2021-08-31")]
    # before a noun too, when it runs forward
    found = find("Rates were held after its Aug. 29-30 meeting.")
    assert [(m.text, m.timex.value) for m in found] == [("Aug. 29", "2021-08-29"), ("30", "2021-08-30")]
    found = find("They won the May 3-2 game.")
    assert [(m.text, m.timex.value) for m in found] == [("May 3", "2021-05-03")]


def test_month_range_gives_two_months(find):
    values = [m.timex.value for m in find("Sales fell between March and May.")]
    assert values == ["2021-03", "2021-05"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a range the publication (3 September 2021) is in is the current one, unless it is told in the past
        ("Airlines said they would run 70% of flights between August and October.", ["2021-08", "2021-10"]),
        ("Ferries run from July to September.", ["2021-07", "2021-09"]),
        ("The works will close the road from September to November.", ["2021-09", "2021-11"]),
        ("Sales fell between August and October.", ["2020-08", "2020-10"]),
        # ... also across New Year
        ("Forecasters expect cyclones between July and January.", ["2021-07", "2022-01"]),
        ("Rain fell between July and January.", ["2020-07", "2021-01"]),
    ],
)
def test_a_range_of_months_around_the_publication_is_the_current_one(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The battle (21 March - 21 June 1952) ended.", ["1952-03-21", "1952-06-21"]),
        ("It took place on 31 May-1 June 1916.", ["1916-05-31", "1916-06-01"]),
        ("In August/September 1956, leaders met.", ["1956-08", "1956-09"]),
        ("The campaign ran from December to January 1944.", ["1943-12", "1944-01"]),
        ("Sales fell between March and May 2020.", ["2020-03", "2020-05"]),
        # or counted from the publication (3 September 2021)
        ("Attackers hid in the network between March and May last year.", ["2020-03", "2020-05"]),
        ("The works will run from Jan. 10 to Feb. 2 next year.", ["2022-01-10", "2022-02-02"]),
    ],
)
def test_a_range_shares_the_year_written_at_its_end(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # anchor: 3 September 2021; the end is the first such day or month after the start
        ("The show ran from Dec. 28, 2019, to Jan. 3.", ["2019-12-28", "2020-01-03"]),
        ("He was jailed from Nov. 2, 2018 until March.", ["2018-11-02", "2019-03"]),
        ("The fair ran Dec. 28, 2019 - Jan. 3.", ["2019-12-28", "2020-01-03"]),
        # no "from": not a range, and the tense decides ("a revision Friday to December's figures")
        ("A cut on Aug. 27, 2019 to December's forecast will be reversed.", ["2019-08-27", "2021-12"]),
        # the end with a modifier of its own
        (
            "There are 18 events planned between late November and the end of February.",
            ["2021-11", "2022-02"],
        ),
        ("The works run from December to mid-January.", ["2021-12", "2022-01"]),
    ],
)
def test_a_range_ends_after_the_year_written_at_its_start(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "expression", "value", "utc"),
    [
        ("Posted 2021-08-20T14:30:00Z.", "2021-08-20T14:30:00Z", "2021-08-20T14:30", (2021, 8, 20, 14, 30)),
        ("Seen 2021-08-21 09:15+01:00.", "2021-08-21 09:15+01:00", "2021-08-21T09:15", (2021, 8, 21, 8, 15)),
        # no offset: the article's zone (New York, UTC-4 in August)
        ("Filed 2021-08-22T08:00.", "2021-08-22T08:00", "2021-08-22T08:00", (2021, 8, 22, 12, 0)),
    ],
)
def test_iso_date_time_is_a_time_in_its_offset(one, text, expression, value, utc):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.TIME, value)
    assert mention.interval_start == datetime(*utc, tzinfo=UTC)


def test_bc_year_has_a_value_but_no_interval(one):
    mention = one("The city fell in 480 BC.", "480 BC")
    assert mention.timex.value == "BC0480"
    assert mention.interval_start is None
    assert mention.granularity is None


@pytest.mark.parametrize(
    "text",
    [
        "It may rain.",
        "Protesters will march on the capital.",
        "Thousands joined the March for Life.",
        "She led the ``March of the Combatant Mothers.''",
        "The deal is worth $10 billion and 150,000 shares.",
        "It built 2,500 homes for 1,996 people.",
        "Some 2000 troops arrived.",
        "He was only 12 and she was aged 45.",
        "They won 3-1.",
        "Call 555-1234.",
        "Call 1-800-555-2026 or (212) 555-1998.",
        "Call Crime Stoppers on 1800 333 000.",
        "The flame passes through more than 1000 towns.",
        "More than 1500 extra services were added.",
        "The estimated 2000 people left.",
        "The new 2030 recruits start work.",
        "Comet C/2023 P1 (Nishimura) will pass the sun.",
        # house numbers
        "The clinic at 1850 S. Throop St. will reopen.",
        "Protesters gathered outside 1600 Pennsylvania Avenue.",
    ],
)
def test_numbers_and_verbs_are_not_dates(find, text):
    assert find(text) == []


def test_circa_bc_year_is_approximate(one):
    mention = one("Peace was made (ca. 466 BC).", "ca. 466 BC")
    assert (mention.timex.value, mention.timex.mod) == ("BC0466", "APPROX")


def test_month_day_of_year(one):
    assert one("On June 20 of 1792, crowds marched.", "June 20 of 1792").timex.value == "1792-06-20"


def test_weekday_before_a_date_joins_it(one):
    assert one("It opened on Saturday, June 24, 1950.", "Saturday, June 24, 1950").timex.value == "1950-06-24"


def test_heading_year_after_a_sentence_is_a_year(find):
    found = find("It fell in December 1917.\n\n1918\n\nThe war went on.")
    assert [m.timex.value for m in found] == ["1917-12", "1918"]


def test_possessive_year_before_a_plural_is_a_year(one):
    assert one("Deaths fell from its 2006 highs.", "2006").timex.value == "2006"


@pytest.mark.parametrize(
    "text",
    ["Regulators will rule on the proposed 2022 rates.", "The board approved its revised 2022 targets."],
)
def test_a_planned_years_plural_is_a_year(one, text):
    assert one(text, "2022").timex.value == "2022"


def test_last_month_day_is_the_latest_such_day_before_publication(one):
    assert one("He was shot last Oct. 23 at his home.", "last Oct. 23").timex.value == "2020-10-23"


def test_next_month_day_is_the_first_such_day_after_publication(one):
    assert one("The vote is next Aug. 30.", "next Aug. 30").timex.value == "2022-08-30"


def test_number_after_last_month_that_is_not_a_day_stays_out(one):
    assert one("Fees rose last May 5 percent.", "last May").timex.value == "2021-05"


def test_month_day_after_since_is_in_the_past(one):
    text = "Nobody has seen him since shortly after the Dec. 20 vote."
    assert one(text, "Dec. 20").timex.value == "2020-12-20"


def test_spoken_year_standing_alone_is_a_year(one):
    assert one("Atlanta, nineteen ninety-six. A bomb blast.", "nineteen ninety-six").timex.value == "1996"


def test_spoken_year_after_a_month_joins_it(one):
    text = "January nineteen ninety-seven. Atlanta again."
    assert one(text, "January nineteen ninety-seven").timex.value == "1997-01"


def test_spoken_number_before_a_plural_is_not_a_year(find):
    assert find("They counted some nineteen twenty votes.") == []


def test_month_later_in_the_year_in_present_tense_is_this_years():
    found = extract(
        "The museum closes in June.", datetime(2024, 3, 15, 9, tzinfo=UTC), "UTC", narrative=False
    )
    assert [(m.text, m.timex.value) for m in found] == [("June", "2024-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offer expires Feb. 2.", ("Feb. 2", "2025-02-02")),
        ("The law takes effect Feb. 1.", ("Feb. 1", "2025-02-01")),
        ("The new rules go into effect Feb. 1.", ("Feb. 1", "2025-02-01")),
        ("The museum, which opened in 1990, closes in February.", ("February", "2025-02")),
        # "that" is no determiner before a verb in -s; and an extension can only point ahead
        ("It stays in during a transition period that ends on Dec. 31.", ("Dec. 31", "2024-12-31")),
        ("Leaders agreed an extension to Jan. 31.", ("Jan. 31", "2025-01-31")),
    ],
)
def test_schedule_in_the_present_simple_is_ahead(text, expected):
    found = extract(text, datetime(2024, 3, 15, 9, tzinfo=UTC), "UTC", narrative=False)
    assert expected in [(m.text, m.timex.value) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scheme, which was due to close in February, was extended.", ("February", "2024-02")),
        ("The vote was scheduled for Feb. 20 but was postponed.", ("Feb. 20", "2024-02-20")),
        ("The vote was scheduled for April 2.", ("April 2", "2024-04-02")),
    ],
)
def test_plan_in_the_past_tense_is_the_nearest(text, expected):
    found = extract(text, datetime(2024, 3, 15, 9, tzinfo=UTC), "UTC", narrative=False)
    assert expected in [(m.text, m.timex.value) for m in found]


@pytest.mark.parametrize(
    "text",
    ["He visited Paris last October.", "Prices have risen since last October.", "Last October, prices rose."],
)
def test_last_month_span_includes_last(text):
    found = extract(text, datetime(2024, 3, 15, 9, tzinfo=UTC), "UTC", narrative=False)
    assert [(m.text.lower(), m.timex.value) for m in found] == [("last october", "2023-10")]


@pytest.mark.parametrize(
    "text",
    [
        "April Ryan asked a question.",
        "June Carter sang.",
        "Section 2024 of the code applies.",
        "See Rule 1990.",
        "Her lawyer, Ellen March, declined to comment.",
        "He joined the Million Man March.",
        "Shipments of the SX-2020 robot rose.",
    ],
)
def test_names_and_labels_are_not_dates(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales Rose Sharply In March.",
        "Since March, sales have risen.",
        "Shares Rose Through March.",
        "Stocks ended the year, but March was weak.",
        "Apple said March sales rose.",
    ],
)
def test_a_month_after_a_preposition_or_inside_a_sentence_is_a_month(find, text):
    assert "2021-03" in [m.timex.value for m in find(text)]


def test_a_month_before_a_capitalised_word_after_a_preposition_is_a_month(one):
    assert one("In April Congress passed the bill.", "April").timex.value == "2021-04"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The rally will be on March eighth.", "March eighth", "2022-03-08"),
        ("They wed on the twenty-first of June.", "the twenty-first of June", "2021-06-21"),
        ("It opened August thirty-first, 1998.", "August thirty-first, 1998", "1998-08-31"),
    ],
)
def test_spoken_ordinal_days(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    "text", ["In March second-quarter plans were set.", "A second March rally was held."]
)
def test_an_ordinal_next_to_a_month_is_not_always_its_day(find, text):
    assert find(text)[0].text == "March"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ban was extended through March 31.", "March 31", "2022-03-31"),
        ("The vote was postponed to March 3.", "March 3", "2022-03-03"),
        ("Prices rose through Aug. 1.", "Aug. 1", "2021-08-01"),
        ("The deadline was pushed back to Aug. 1.", "Aug. 1", "2022-08-01"),
        # what is scheduled for a date that passed days ago is next year's; a deadline that passed, that one
        ("The festival is scheduled for Aug. 25.", "Aug. 25", "2022-08-25"),
        ("Officials must repatriate the child by Aug. 25.", "Aug. 25", "2021-08-25"),
        ("The studio said it was pushing back the film's release to Aug. 1.", "Aug. 1", "2022-08-01"),
        ("Officials were postponing the hearing to Aug. 1.", "Aug. 1", "2022-08-01"),
    ],
)
def test_a_date_something_was_extended_or_postponed_to_lies_ahead(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # anchor: 3 September 2021; a list runs forward from its first date
        ("The series will run June 1, Aug. 27 and Sept. 1.", ["2022-06-01", "2022-08-27", "2022-09-01"]),
        ("Sales fell in November, December and January.", ["2020-11", "2020-12", "2021-01"]),
    ],
)
def test_dates_in_a_list(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Last year, on Nov. 8, the plant closed.", "Nov. 8", "2020-11-08"),
        ("In 2019, sales peaked in March.", "March", "2019-03"),
        ("Back in 2015, the law took effect on Jan. 1.", "Jan. 1", "2015-01-01"),
        # the frame holds to the end of its sentence, past other dates and across a holiday
        ("In 2019, sales peaked in March and fell in June.", "June", "2019-06"),
        ("In 2020, Election Day fell on Nov. 3.", "Election Day", "2020-11-03"),
        ("In 2020, Election Day fell on Nov. 3.", "Nov. 3", "2020-11-03"),
        ("In 2018, sales fell in the third quarter.", "the third quarter", "2018-Q3"),
        ("In 2016, the lake froze in the winter.", "the winter", "2016-WI"),
        # a range still runs into the next year
        ("In 2019, the show ran from Dec. 28 to Jan. 3.", "Jan. 3", "2020-01-03"),
        # a winter frames the December before its January
        ("Last winter, the lake froze in mid-December.", "mid-December", "2020-12"),
        ("Last winter, it froze in mid-December and thawed in late February.", "late February", "2021-02"),
        ("Last winter, flu peaked in the first week of February.", "the first week of February", "2021-W05"),
        ("Last winter, the ward shut on Christmas Eve.", "Christmas Eve", "2020-12-24"),
    ],
)
def test_a_year_opening_the_sentence_frames_it(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The 2019 law takes effect on Jan. 1.", "Jan. 1", "2022-01-01"),
        ("Sales peaked in 2019, and they will peak again in March.", "March", "2022-03"),
        # nor does it frame the next sentence
        ("In 2019, sales peaked. Then in March they fell.", "March", "2021-03"),
        # a year after "Since" is no frame
        ("Since 1851, a dozen hurricanes have struck in October.", "October", "2020-10"),
    ],
)
def test_a_year_inside_the_sentence_does_not_frame_it(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # forecasts and projections look ahead, and "cut" after "a" or "one more" is a noun, not a past verb
        ("Economists forecast a final cut in May.", "May", "2022-05"),
        ("Economists expect one more cut in May.", "May", "2022-05"),
        # but a forecast made then is past
        ("Profit will rise, up from the figure it forecast in May.", "May", "2021-05"),
        ("Ticket sales are projected to top $4 billion in May.", "May", "2022-05"),
        ("The Fed cut rates in May.", "May", "2021-05"),
        ("The rate cut in May helped.", "May", "2021-05"),
        # "since" looks back after "has been" too
        ("Economists expect rates to stay at 3.5%, where they have been since May.", "May", "2021-05"),
        # "on course for" looks ahead, as "on track to"
        ("The ice is on course for a record low in May.", "May", "2022-05"),
        # "the beginning of" is no "beginning Monday"
        ("It is the third fire since the beginning of May.", "the beginning of May", "2021-05"),
        # a measured window has begun, a forecast's lies ahead
        ("Unemployment, at 5.1% in the three months to May, would peak in the autumn.", "May", "2021-05"),
        ("Prices will rise 3% in the year to May.", "May", "2022-05"),
        ("The company holds its shareholder meeting in May.", "May", "2022-05"),
    ],
)
def test_tense_of_forecasts_windows_and_since(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: 3 September 2021; figures describe a month that has begun, a futures month lies ahead
        ("Retail sales figures for August are due Thursday.", "August", "2021-08"),
        ("The Case-Shiller index for November will be released Tuesday.", "November", "2020-11"),
        ("The December jobs report is due next week.", "December", "2020-12"),
        ("The Commerce Department will release retail sales for August on Tuesday.", "August", "2021-08"),
        # a named indicator after the month: what it counts
        ("Government data on December housing starts will be released Feb. 26.", "December", "2020-12"),
        ("The agency will publish July permit data on Aug. 18.", "July", "2021-07"),
        ("Economists expect November factory orders to rise.", "November", "2020-11"),
        ("The statistics office will publish May retail data on Sept. 30.", "May", "2021-05"),
        ("May housing starts rose 3%.", "May", "2021-05"),
        # a shopping event is no indicator
        ("Shoppers will flock to the January sales.", "January", "2022-01"),
        ("Brent crude for January delivery fell 41 cents.", "January", "2022-01"),
        ("The October contract rose.", "October", "2021-10"),
        (
            "Oil swung wildly after the October West Texas Intermediate contract plunged.",
            "October",
            "2021-10",
        ),
        # a plain future month is still ahead
        ("The report will be released in October.", "October", "2021-10"),
    ],
)
def test_statistics_and_futures_months(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_year_after_a_month_says_which(one):
    mention = one("The festival was moved to July in 2019.", "July")
    assert (mention.timex.value, mention.anchor) == ("2019-07", Anchoring.ABSOLUTE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The year 1950 also marked a change.", [("The year 1950", "1950")]),
        ("Banks fixed the Year 2000 problem.", [("the Year 2000", "2000")]),
    ],
)
def test_the_year_before_a_year_is_part_of_it(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a "when" clause after a year tells of that year
        (
            "The shelters were last used in 2016, when floods hit in early September.",
            "early September",
            "2016-09",
        ),
        # and so do the months set off after it
        ("The bank cut rates three times last year, in February, May and August.", "August", "2020-08"),
        ("Prices rose in 2019, in March and again in June.", "June", "2019-06"),
        # a holiday followed by "in" a year is that year's
        (
            "The race moved after it clashed with the Fourth of July holiday in 2001.",
            "the Fourth of July",
            "2001-07-04",
        ),
        ("Christmas in 1914 was quiet on the front.", "Christmas", "1914-12-25"),
    ],
)
def test_a_date_takes_the_year_its_clause_is_about(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_shift_by_a_week_earlier_is_no_past_tense(find):
    found = find("The fair opens a week earlier, on Oct. 23, and stays up through Nov. 15.")
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("Oct. 23", "2021-10-23"),
        ("Nov. 15", "2021-11-15"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a deadline or plan a past clause reports may lie weeks ahead
        ("The offer was extended to Sept. 20.", "Sept. 20", "2021-09-20"),
        ("The board approved a payment on its preferred shares on Sept. 20.", "Sept. 20", "2021-09-20"),
        # a day something was done on may not
        ("Police arrested him on Sept. 5.", "Sept. 5", "2020-09-05"),
        ("Rebels shelled the town on Oct. 1.", "Oct. 1", "2020-10-01"),
        # with a figure between, or a stretch between two days
        ("Sales reached $1.3 billion on Oct. 1.", "Oct. 1", "2020-10-01"),
        ("Streams reached 1.3 trillion between Oct. 1 and Dec. 31.", "Oct. 1", "2020-10-01"),
        # a weekday written with the date picks its year: Sept. 4, 2021 is a Saturday (2020's a Friday)
        (
            "The Times said in an editorial on Saturday, Sept. 4, that it was wrong.",
            "Saturday, Sept. 4",
            "2021-09-04",
        ),
        ("It reopened on Friday, Sept. 4, after the storm.", "Friday, Sept. 4", "2020-09-04"),
    ],
)
def test_a_past_clause_reaches_ahead_only_for_deadlines_and_plans(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the later items of a list or range of ordinal days are days of the same month
        ("He was in court on the 28th and 29th.", ["2021-08-28", "2021-08-29"]),
        ("The fair runs on the 10th, 11th and 12th.", ["2021-09-10", "2021-09-11", "2021-09-12"]),
        # ordinals of a noun are none
        ("The 4th, 15th, and 3rd Armies were to push west.", []),
        ("The 4th Army held.", []),
        # and so is one of a count
        ("The storm, the 14th of the season, was south of Tokyo.", []),
    ],
)
def test_lists_of_ordinal_days(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_a_month_to_a_month_is_a_range(find):
    # the outlook is for the coming months, and August ends the range June starts
    found = find("The outlook for October to December pointed to a wet spell.")
    assert [m.timex.value for m in found] == ["2021-10", "2021-12"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a "when" clause after a season or month of a year tells of that year
        ("It came to light in the summer of 2017, when on 3 July a guard saw it.", ["2017-SU", "2017-07-03"]),
        # the end of a state that began on a date written in the sentence is the first such month after it
        ("The lockdown began on 23 March 2020 and lasted until early June.", ["2020-03-23", "2020-06"]),
        # a weekday written with a date picks the story's year when the publication's has no such day
        (
            "On 31 August 1997, Diana died in Paris. The Queen returned to London on Friday 5 September.",
            ["1997-08-31", "1997-09-05"],
        ),
        # a year after "in" frames the months of its own clause, past tense; not those of the next clause
        ("In 2018 the river peaked on Aug. 5.", ["2018", "2018-08-05"]),
        (
            "Every year since 2012, and in 2018 more people died between April and May.",
            ["P1Y", "2012", "2018", "2018-04", "2018-05"],
        ),
        ("He joined in 2019 and left in March.", ["2019", "2021-03"]),
        # a month joined to a month, quarter or season of another year goes on in that year; so does one
        # joined to a year ahead
        ("The firm was founded in March 2019 and listed in June.", ["2019-03", "2019-06"]),
        ("He was elected in November 2019 and resigned in February.", ["2019-11", "2020-02"]),
        ("It expects handover in the first quarter of 2023 and admissions in June.", ["2023-Q1", "2023-06"]),
        ("Work will start in 2023 and finish in June.", ["2023", "2023-06"]),
        # not across tenses, nor into a clause of its own
        ("He was elected in November 2019 and will retire in June.", ["2019-11", "2022-06"]),
        ("The firm was founded in March 2019, but since June it has shrunk.", ["2019-03", "2021-06"]),
        # "that year" after an attributive year in the sentence is that year
        (
            "The 2016 fire, which forced 88,000 people to flee, began on May 1 that year.",
            ["2016", "2016-05-01"],
        ),
        # also with the day first
        ("He reached Paris in 1940. On 3 October that year he was arrested.", ["1940", "1940-10-03"]),
        # a sentence that opens on a day, right after one set in a year long past, tells of that year; not
        # after a year something dates back to
        ("He reached Paris in 1940. On 3 October he was arrested.", ["1940", "1940-10-03"]),
        ("He reached Paris in 1940. In March he was arrested.", ["1940", "1940-03"]),
        ("The attacks date to 2014. In March a clinic was bombed.", ["2014", "2021-03"]),
        # likewise after a day years back, written as the time of what happened
        (
            "On Sept. 15, 2008, the bank sought protection. By early October Congress had passed a bailout.",
            ["2008-09-15", "2008-10"],
        ),
        (
            "They replace two agents charged in the Dec. 21, 1988, bombing. They were removed from the list "
            "after Libya agreed in April to hand them over.",
            ["1988-12-21", "2021-04"],
        ),
        # a day of the month just written with its year, in its sentence or the one before, is of that year;
        # not of a date that qualifies a noun
        (
            "The battle ended when troops crossed the Seine in late August 1944. Paris was liberated on "
            "August 25.",
            ["1944-08", "1944-08-25"],
        ),
        ("Japan last bought yen in June 1998, in a joint operation on June 17.", ["1998-06", "1998-06-17"]),
        (
            "He rejected the August 1988 cease-fire and condemned the invasion on Aug. 2.",
            ["1988-08", "2021-08-02"],
        ),
        # but "since" a month is not ahead of publication, and in the present perfect it is the latest one
        (
            "Sales should peak in March 2022, but work had slowed since mid-March.",
            ["2022-03", "2021-03"],
        ),
        ("Lee, stabbed in January 2020, has led the polls since January.", ["2020-01", "2021-01"]),
        ("Japan bought yen in June 1998 and had not intervened since June 17.", ["1998-06", "1998-06-17"]),
    ],
)
def test_a_month_day_takes_the_year_its_sentence_or_story_gives(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a date a present-tense "is" names is the next one, or one days gone
        ("The last day of school is May 22.", ["2022-05-22"]),
        ("The last day to trade cum dividend is Sept. 14.", ["2021-09-14"]),
        ("The deadline is Sept. 15.", ["2021-09-15"]),
        ("Her birthday is Aug. 28.", ["2021-08-28"]),
    ],
)
def test_a_date_named_by_is_lies_ahead(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a past clause may report a plan weeks ahead, but not when the sentence opens on the day
        ("The offer was extended to Oct. 3.", ["2021-10-03"]),
        ("On Oct. 3 he was arrested.", ["2020-10-03"]),
    ],
)
def test_a_sentence_opening_on_a_day_tells_what_was_done_on_it(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a date naming an event takes the much nearer year, whatever the clause's tense
        (
            "Laschet, the candidate to succeed Merkel in the November 26 election, cut short a meeting.",
            ["2021-11-26"],
        ),
        # ... a verb before it or after
        (
            "Allies will hold the largest bloc after strong showings in the Aug. 22 first round.",
            ["2021-08-22"],
        ),
        # not when both are about as far, nor when the nearer is not a third as far
        ("Sales rose after the March 3 announcement.", ["2021-03-03"]),
        ("Ballots for the May 18 election will be mailed in April.", ["2022-05-18", "2022-04"]),
    ],
)
def test_a_date_that_names_an_event(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_may_after_for_is_the_month(one):
    assert one("Retail sales figures for May are due Tuesday.", "May").timex.value == "2021-05"


def test_may_after_the_is_the_month(one):
    assert one("They will announce the rankings for the May tournament.", "May").timex.value == "2022-05"


def test_scheduled_before_a_plural_noun_is_no_plan(find):
    found = find("The airline resumed scheduled flights on Aug. 30, a Monday.")
    assert [m.timex.value for m in found] == ["2021-08-30", "2021-08-30"]


def test_a_past_tense_clause_coming_back_to_a_dated_day_takes_its_year(find):
    # published Sept. 3, 2021: without the dated day, "24 December" in a past-tense clause is 2020's
    text = (
        "A man who killed his partner on Christmas Eve 2019 was jailed. He arrived shortly after 7pm on"
        " 24 December. She died in the early hours of Christmas Day."
    )
    assert [(m.text, m.timex.value, m.timex.mod) for m in find(text)] == [
        ("Christmas Eve 2019", "2019-12-24", None),
        ("7pm", "2019-12-24T19:00", None),
        ("24 December", "2019-12-24", None),
        ("the early hours of Christmas Day", "2019-12-25", "START"),
    ]
    # a day far from it, or a clause about what lies ahead, keeps its own year
    found = find("He was born on March 3, 1950. He retired on July 1. His party is on March 4.")
    assert [m.timex.value for m in found] == ["1950-03-03", "2021-07-01", "2022-03-04"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a look back to a month is past, a present schedule ahead
        ("It is a club record stretching back to October.", "2020-10"),
        ("The festival takes place in Katoomba in June.", "2022-06"),
    ],
)
def test_a_month_after_a_look_back_or_a_schedule(find, text, value):
    assert [m.timex.value for m in find(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "On the first Sunday of September 1983, they won.",
            "the first Sunday of September 1983",
            "1983-09-04",
        ),
        ("The vote is on the second Tuesday in November.", "the second Tuesday in November", "2021-11-09"),
        ("It happened on the last Monday of May.", "the last Monday of May", "2021-05-31"),
    ],
)
def test_the_nth_weekday_of_a_month(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_no_fifth_monday_in_the_month_is_no_date(find):
    assert [m.text for m in find("The fifth Monday of February 2021 is none.")] == ["Monday", "February 2021"]


def test_a_superlative_month_before_on_is_the_month_not_the_verb(one):
    assert one("Last month was the wettest March on record.", "March").timex.value == "2021-03"


@pytest.mark.parametrize(
    ("text", "value"),
    [("They plan to spend March in Florida.", "2022-03"), ("She will spend May in Paris.", "2022-05")],
)
def test_a_month_spent_is_the_month_not_the_verb(one, text, value):
    assert one(text, text.split()[-3]).timex.value == value


def test_starting_to_is_no_schedule(one):
    text = "The season arrived early this year, with cases starting to climb in late March."
    assert one(text, "late March").timex.value == "2021-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "likely to" looks ahead, even after "was"
        ("The mayor said Day Zero was now likely to arrive on Feb. 21.", "Feb. 21", "2022-02-21"),
        # a date described by a "when" clause, with no verb of its own near it
        (
            "The storm arrives while the city is still cleaning up from the floods of Aug. 12, when rain "
            "fell at the airport.",
            "Aug. 12",
            "2021-08-12",
        ),
    ],
)
def test_month_day_tense_from_likely_to_and_a_when_clause(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Emissions were 39 percent below 1990 levels.", "1990"),
        ("It forecast total 2024 sales of $9.6 billion.", "2024"),
        ("Analysts projected that 2022 grosses would top $900 million.", "2022"),
        ("The studio said 2019 box-office receipts fell.", "2019"),
        ("A 1962 painting sold for $2.4 million.", "1962"),
    ],
)
def test_a_year_that_qualifies_a_noun(one, text, expression):
    assert one(text, expression).timex.value == expression


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a past clause's months are of the year written after "in" in it, also when that year is an aside
        # set off by commas, and across a count written with a comma
        ("In the state, in 2015 more than 2,500 people died in May.", "May", "2015-05"),
        (
            "The deadliest heatwave in years, in 2015, killed more than 2,500 people in May and early June.",
            "early June",
            "2015-06",
        ),
        # and last year's
        ("Last year the exams started on Aug. 9, a month late.", "Aug. 9", "2020-08-09"),
        ("Last year's Hurricane Ida struck the area in late August.", "late August", "2020-08"),
        # also a date set then, which the deadline alone would put ahead
        ("Last year the exam was pushed back by two weeks to Sept. 12.", "Sept. 12", "2020-09-12"),
        # not across a clause of its own
        ("The law passed in 2015, and prices fell in May.", "May", "2021-05"),
        ("Prices rose last year, and they fell in May.", "May", "2021-05"),
        # nor from an aside that tells when what the clause is about began
        ("The bridge, built in 1968, was last fully inspected in May.", "May", "2021-05"),
        ("The club, founded in 1899, was relegated in May.", "May", "2021-05"),
    ],
)
def test_the_months_of_a_past_clause_are_of_its_year(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Her interfaith work after the September 11 attacks is remembered.", "September 11", "2001-09-11"),
        ("Since 9/11, security has tightened.", "9/11", "2001-09-11"),
        ("The 7/7 bombings shook London.", "7/7", "2005-07-07"),
        ("The Jan. 6 committee will hold its last hearing.", "Jan. 6", "2021-01-06"),
    ],
)
def test_a_day_that_names_a_past_event_is_of_its_year(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_an_event_day_needs_its_word_and_moves_no_story(find):
    assert find("He shot 9/11 from the field.") == []
    found = find("Her work after the September 11 attacks is remembered. On September 11 the vote was held.")
    assert [m.timex.value for m in found] == ["2001-09-11", "2020-09-11"]
    # one still ahead of the publication is not the event's ("the Oct. 7 attack" in 2021)
    assert [m.timex.value for m in find("A memorial marks the Oct. 7 attack.")] != ["2023-10-07"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # under way on Friday, September 3, 2021: this year's
        (
            "Forecasters said temperatures from July to October would stay above normal.",
            ["2021-07", "2021-10"],
        ),
        ("The fair will run from Aug. 20 through Sept. 12.", ["2021-08-20", "2021-09-12"]),
        ("The season is expected to run from November through mid-September.", ["2020-11", "2021-09"]),
        # over, or said to be next year's: ahead
        (
            "Forecasters said temperatures from June to August would stay above normal.",
            ["2022-06", "2022-08"],
        ),
        ("The fair will run from July 20 through Sept. 12 next year.", ["2022-07-20", "2022-09-12"]),
    ],
)
def test_a_range_under_way_is_the_current_one(find, text, values):
    assert [m.timex.value for m in find(text) if m.timex.type is TimexType.DATE] == values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a plan superseded: the nearest such month, gone by or not
        (
            "The board will meet on Sept. 24, moving up a meeting originally scheduled for October.",
            "October",
            "2021-10",
        ),
        ("Initially planned to work till October, she quit in August.", "October", "2021-10"),
        ("Exams originally scheduled for mid-August were postponed.", "mid-August", "2021-08"),
        # "first" before the plan: the first of several dates (written Sept. 3)
        ("The launch was first scheduled for August 9 but was scrubbed.", "August 9", "2021-08-09"),
        ("The vote had been first set for Sept. 20 and is now in October.", "Sept. 20", "2021-09-20"),
    ],
)
def test_a_superseded_plan_is_the_nearest_month(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # what is booked is for the nearest such date, whatever the tense of the report
        (
            "The airline said bookings for Christmas were 5% higher than a year ago.",
            "Christmas",
            "2021-12-25",
        ),
        ("Hotels said rooms for early October were nearly sold out.", "early October", "2021-10"),
        ("Tickets for Oct. 2 sold out in minutes.", "Oct. 2", "2021-10-02"),
        ("Tickets for Aug. 2 sold out in minutes.", "Aug. 2", "2021-08-02"),
    ],
)
def test_a_booking_is_for_the_nearest_date(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # what is set for, lined up for, expected to be, thought unlikely before or considered lies ahead
        (
            "Judge Ortiz set sentencing for Dec. 12 and ordered him to surrender his passport.",
            "Dec. 12",
            "2021-12-12",
        ),
        ("Bankers have a dozen deals lined up for October.", "October", "2021-10"),
        ("Sales set a record for March, the bank that cut rates in March said.", "March", "2021-03"),
        ("She said she expected the inquest to be heard between March and May.", "March", "2022-03"),
        ("Legal experts said a retrial was unlikely before March.", "March", "2022-03"),
        ("A report said the Treasury was considering selling its stake before March.", "March", "2022-03"),
        # "cut" after a determiner is a noun, no past tense
        ("Markets currently price the first cut for March.", "March", "2022-03"),
        # the month something was said in is past, whatever it reports
        ("Insurers paid out $8 billion, a record, the bureau said in November.", "November", "2020-11"),
        ("The ministry told oil companies of a cutback in November.", "November", "2021-11"),
    ],
)
def test_plans_expectations_and_reports(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_that_before_a_month_day_opens_a_clause(find):
    found = find("Ministers said yesterday that Oct. 8 remains the earliest date.")
    assert [(m.text, m.timex.value) for m in found] == [("yesterday", "2021-09-02"), ("Oct. 8", "2021-10-08")]
    # and after a reporting verb, before a month that qualifies a noun
    found = find("Deloitte estimated earlier this week that August outlay would fall.")
    assert [m.text for m in found] == ["earlier this week", "August"]
    # but not after another verb
    found = find("Sales had slumped in 1998 and he resigned that October.")
    assert [(m.text, m.timex.value) for m in found] == [("1998", "1998"), ("that October", "1998-10")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # (publication on Friday 3 September 2021) participles take the tense of their sentence
        (
            "Registration opens on Monday, with general tickets released on Sept. 15.",
            "Sept. 15",
            "2021-09-15",
        ),
        ("NHK will carry a concert, followed on Jan. 2 by the start of the race.", "Jan. 2", "2022-01-02"),
        # a participle after a determiner and a word of order is an adjective, no past tense
        ("The next organised climb is on Sept. 15.", "Sept. 15", "2021-09-15"),
        # ... or of habit
        (
            "She is expected to appeal for calm in her traditional televised address on Christmas Eve.",
            "Christmas Eve",
            "2021-12-24",
        ),
        # what something follows came before it; a book due out, and what was promised, lie ahead
        ("It follows a similar closure in early August.", "early August", "2021-08"),
        ("The meeting follows the driest July since 1935.", "July", "2021-07"),
        ("He spent a year collecting letters for a book, due out in late April.", "late April", "2022-04"),
        ("The Commission has promised new proposals before the elections in June.", "June", "2022-06"),
        # but "Citigroup follows on Tuesday" is a schedule
        ("Citigroup follows on Tuesday.", "Tuesday", "2021-09-07"),
    ],
)
def test_participles_and_what_follows_or_is_promised(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_time_before_followed_is_not_on_the_day_after_it(find):
    found = find("On Labor Day, NHK will carry a concert from 8:30 a.m., followed on Sept. 7 by the race.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("Labor Day", "2021-09-06"),
        ("8:30 a.m.", "2021-09-06T08:30"),
        ("Sept. 7", "2021-09-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a date before a plan told in the past tense is when it was made
        ("In October, OPEC+ agreed to lower its output targets.", "October", "2020-10"),
        ("On Tuesday, the council promised to repair the road.", "Tuesday", "2021-08-31"),
        ("Tuesday: A panel voted 3-2 to keep him under house arrest.", "Tuesday", "2021-08-31"),
        # after the verb, it is when the plan is for
        ("OPEC+ agreed to lower its output targets in October.", "October", "2021-10"),
    ],
)
def test_a_date_before_a_plan_in_the_past_tense_is_when_it_was_made(one, text, expression, value):
    assert one(text, expression).timex.value == value
