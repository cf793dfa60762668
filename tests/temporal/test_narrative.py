"""Narrative anchoring: expressions resolved against the last date in the discourse."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.temporal import Anchoring, TimexType, extract

from .conftest import local


def test_next_day_follows_the_last_date(find):
    found = find("The fighting began on June 22, 1941. The next day, the front collapsed.")
    assert [m.timex.value for m in found] == ["1941-06-22", "1941-06-23"]
    assert found[1].anchor is Anchoring.NARRATIVE
    assert (found[1].interval_start, found[1].interval_end) == (local(1941, 6, 23), local(1941, 6, 24))


def test_days_later_counts_from_the_last_date(find):
    found = find("The siege began on March 3, 2020. Two days later, the city fell.")
    assert found[1].timex.value == "2020-03-05"


def test_the_day_before_and_the_following_day(find):
    values = [m.timex.value for m in find("Talks opened Aug. 2, 2019, after a dinner the day before.")]
    assert values == ["2019-08-02", "2019-08-01"]
    values = [m.timex.value for m in find("Talks opened Aug. 2, 2019. The following day, they broke down.")]
    assert values == ["2019-08-02", "2019-08-03"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after a weekday, the first weekend after it; after a weekend day, the next one
        (
            "The water began rising on Aug. 21, 2024, and by the following weekend villages were cut off.",
            "2024-W34-WE",
        ),
        ("The march was on Saturday, Aug. 24, 2024. The following weekend, it rained.", "2024-W35-WE"),
        ("The march was on Friday, Aug. 23, 2024. The previous weekend, it rained.", "2024-W33-WE"),
        # and so are "the weekend after" and "the weekend before"
        (
            "The strike began on Wednesday, Aug. 21, 2024. The union returned the weekend after.",
            "2024-W34-WE",
        ),
        ("The march was on Friday, Aug. 23, 2024. It had been called the weekend before.", "2024-W33-WE"),
    ],
)
def test_the_following_weekend_is_the_first_after_the_story_day(find, text, value):
    assert find(text)[-1].timex.value == value


def test_the_night_before_and_the_morning_after(find):
    found = find("He was arrested on May 4, 1998. The night before, he had been drinking.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("May 4, 1998", "1998-05-04"),
        ("The night before", "1998-05-03TNI"),
    ]
    found = find("He was arrested on May 4, 1998. The morning after, he wept.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("May 4, 1998", "1998-05-04"),
        ("The morning after", "1998-05-05TMO"),
    ]
    # the eve of an event, and a pill, are no part of the story's day
    assert [m.text for m in find("He was arrested on May 4, 1998. The night before the vote was calm.")] == [
        "May 4, 1998"
    ]
    assert [m.text for m in find("She took the morning-after pill on May 4, 1998.")] == ["May 4, 1998"]


def test_that_evening_and_that_year(find):
    found = find("He landed on May 4, 1998. That evening he spoke. That year was hard.")
    assert [m.timex.value for m in found] == ["1998-05-04", "1998-05-04TEV", "1998"]


def test_that_evening_after_a_coarser_date_is_of_the_storys_day(find):
    # the end of the year moved the story, but only a day has an evening: the day the story was told on
    found = find(
        "The firm said on Wednesday it would sell updates to those who sign up by the end of the year. "
        "It published the price list that evening."
    )
    assert [(m.text, m.timex.value) for m in found][-1] == ("that evening", "2021-09-01TEV")
    # the later of the story's day and the day it was told
    found = find(
        "Shares fell on Aug. 2. The firm said on Wednesday it would sell updates to those who sign up by the "
        "end of the year. It published the price list that evening."
    )
    assert [(m.text, m.timex.value) for m in found][-1] == ("that evening", "2021-09-01TEV")
    # not a day of another year: "that evening" after 1998 is of some day of it
    found = find("He landed on May 4, 1997. In 1998, he ran again. That evening he spoke.")
    assert [(m.text, m.timex.value) for m in found][-1] == ("That evening", "1998-XX-XXTEV")


def test_day_care_is_no_day(find):
    assert find("Eight of the children had attended the same day care center in Elgin.") == []


def test_the_same_day(find):
    assert (
        find("Riots broke out on May 4, 1998, and the army moved in the same day.")[1].timex.value
        == "1998-05-04"
    )


def test_the_same_day_a_statement_was_told_on_is_the_day_of_the_last_statement(find):
    text = (
        "Payments failed on Sunday. The chief executive apologised, the company said on Tuesday. The central "
        "bank said on the same day that it wanted a report. Traders lost the same day."
    )
    # said on the same day as the last statement; lost on the day of the story
    same = [m.timex.value for m in find(text) if m.text == "the same day"]
    assert same == ["2021-08-31", "2021-08-29"]


def test_a_day_something_was_reported_on_in_the_passive_moves_the_story(one):
    text = (
        "The hospital closed three wards on Friday. It said 64 patients had fallen ill since the first cases "
        "were reported on Aug. 24. Two days later, teams shut the first ward."
    )
    assert one(text, "Two days later").timex.value == "2021-08-26"


def test_a_quarter_ahead_gives_no_day_the_story_day_does(one):
    text = (
        "The group agreed on Thursday to deepen cuts in the first quarter of next year. The decision came "
        "after long talks. The day before, members had argued over the burden."
    )
    assert one(text, "The day before").timex.value == "2021-09-01"


def test_narrative_expression_without_a_date_uses_publication(find):
    found = find("The next day, the talks resumed.")
    assert found[0].timex.value == "2021-09-04"
    assert found[0].anchor is Anchoring.PUBLICATION


def test_narrative_mode_resolves_months_in_the_discourse_year(find):
    found = find("The war began in 1939. In May, the army advanced.", narrative=True)
    assert [m.timex.value for m in found] == ["1939", "1939-05"]
    assert found[1].anchor is Anchoring.NARRATIVE


def test_news_mode_resolves_months_against_publication(find):
    found = find("The war began in 1939. In May, the army advanced.", narrative=False)
    assert found[1].timex.value == "2021-05"


def test_history_document_is_detected_as_narrative(find):
    text = (
        "The empire was founded in 1701. It expanded in 1740 and 1756. Peace came in 1763. "
        "Reforms followed in 1770, 1772 and 1786. In 1789 unrest spread. "
        "In 1792 war began; in 1795 it ended. "
        "In May, the army advanced."
    )
    found = find(text, narrative=None)
    assert found[-1].timex.value == "1795-05"


def test_an_analysis_that_points_at_its_own_days_stays_news(find):
    # most years are decades back, but "last October" and "on Friday" are the publication's own days
    text = (
        "When yields touched 5% last October, traders recalled 2007. The better parallel may be the 1970s. "
        "In that decade, inflation fell from 6% in 1970 to 3% in 1972, then roared back after the 1973 oil "
        "embargo. Two years later, the Fed was cutting rates. Paul Volcker took over in August 1979 and had "
        "tamed prices by 1983. Over the summer, yields climbed, one trader said on Friday."
    )
    found = {m.text: m.timex.value for m in find(text, narrative=None)}
    assert (found["the summer"], found["Friday"]) == ("2021-SU", "2021-09-03")
    # the decade just written, and the year just written though it is attributive
    assert (found["that decade"], found["Two years later"]) == ("197X", "1975")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an obituary: its years are far back, but it says what will happen, or points at its own days with
        # "Last June" and "two years ago"
        (
            "Khan was born in 1946, gave his first concert in 1955 and taught in Chicago from 1975 to "
            "1980. He won the Padma Shri in 1992 and the Padma Bhushan in 2010. The family will mark his "
            "death anniversary on Sunday, and a documentary will be released in the summer.",
            "Sunday",
            "2021-09-05",
        ),
        (
            "Okafor, born in 1938, died Friday. She arrived in Halifax in January 1962 and moved to "
            "Toronto in 1965. In 1978 she founded a network, which met monthly until 1988; she was "
            "appointed to the Order of Canada in 2005. Last June she addressed a rally. Her death was "
            "confirmed over the weekend. She set up a fund two years ago.",
            "the weekend",
            "2021-W34-WE",
        ),
    ],
)
def test_an_obituary_is_news(find, text, expression, value):
    found = find(text, narrative=None)
    assert {m.text: m.timex.value for m in found}[expression] == value
    assert all(m.anchor is not Anchoring.NARRATIVE for m in found)


def test_a_story_years_back_goes_on_in_its_own_year(find):
    text = (
        "The dam failed in June 1976. Congress held hearings that July and passed the bill in December. "
        "The agency will report in December."
    )
    assert [m.timex.value for m in find(text)] == ["1976-06", "1976-07", "1976-12", "2021-12"]


def test_an_aside_about_another_century_does_not_move_the_story(find):
    text = (
        "The offensive began in 1920. It was the largest cavalry battle since 1813. "
        "On 21 September the armies met."
    )
    found = find(text, narrative=True)
    assert found[-1].timex.value == "1920-09-21"


def test_in_news_a_year_decades_back_moves_the_story(find):
    # an obituary: the story is at the day of the death, then goes back to the life; only in a history (the
    # test above) is a year decades from the story an aside unless it opens a sentence
    text = (
        "She died at home on Sunday. Her big break came in 1968, two years after a chance meeting. That "
        "summer she shipped 500 pieces to London, and the following year she opened a showroom."
    )
    found = {m.text: m.timex.value for m in find(text)}
    assert (found["That summer"], found["the following year"]) == ("1968-SU", "1969")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The school opened two weeks earlier than usual.", "two weeks", "P2W"),
        ("The vote came a year later than planned.", "a year", "P1Y"),
    ],
)
def test_earlier_or_later_than_is_a_difference_not_a_date(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_a_few_weeks_later_is_some_time_after(one):
    assert one("The army joined a few weeks later.", "a few weeks later").timex.value == "FUTURE_REF"


def test_several_years_earlier_is_some_time_before(one):
    text = "He had been deposed several years earlier."
    assert one(text, "several years earlier").timex.value == "PAST_REF"


def test_today_quoted_in_a_narrative_is_the_speakers_unknown_day(one):
    text = 'In June 1936 he warned the League: "It is us today. It will be you tomorrow."'
    mention = one(text, "today", narrative=True)
    assert mention.timex.value == "XXXX-XX-XX"
    assert mention.interval_start is None


def test_a_year_the_story_is_already_in_keeps_the_day(find):
    text = "Japan attacked on December 7, 1941, and by 1941 held the coast. In January, it moved south."
    assert find(text, narrative=True)[-1].timex.value == "1942-01"


def test_a_bare_year_moves_the_story_back_or_forward(find):
    text = (
        "The siege ended in August 1782. The armies converged in 1781 at Yorktown. "
        "In early September, the fleet fought."
    )
    assert find(text, narrative=True)[-1].timex.value == "1781-09"


def test_asides_about_other_years_do_not_move_the_story(find):
    asides = [
        "The revolt began on 10 March 1793 against the Civil Constitution (1790).",
        "The town fell on 10 March 1793; the road would be open for a planned campaign in 1794.",
        "The raids began on 10 March 1793, the first since 1780.",
        "On 10 March 1793, rebels who had seized the port in late 1792 surrendered.",
        "On 10 March 1793 the rebels rose; arms were shipped in by the end of 1794.",
    ]
    for aside in asides:
        text = aside + " On 17 August, troops arrived."
        assert find(text, narrative=True)[-1].timex.value == "1793-08-17", text


def test_over_a_year_earlier_is_the_year_before_with_a_mod(find):
    text = "The war began on March 20, 2003, after the attack on Kabul just over a year earlier."
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value, m.timex.mod) for m in found][1] == (
        "just over a year earlier",
        "2002",
        "MORE_THAN",
    )


def test_a_date_given_as_of_a_count_does_not_move_the_story(find):
    text = (
        "The war began on March 20, 2003. Deaths rose (as of December 5, 2006). In the summer, raids began."
    )
    assert find(text, narrative=True)[-1].timex.value == "2003-SU"


def test_a_story_before_christ_resolves_relative_dates_as_bc_values(find):
    text = (
        "The first campaign, in 492 BC, subdued Thrace, Persian since 513 BC. "
        "The following year, envoys were sent. In the autumn of 481 BC the army gathered. "
        "In the winter it rested. Just 14 years later, war broke out."
    )
    found = find(text, narrative=True)
    values = [m.timex.value for m in found]
    assert values == ["BC0492", "BC0513", "BC0491", "BC0481-FA", "BC0480-WI", "BC0466"]
    assert all(m.interval_start is None for m in found)


def test_a_year_after_christ_brings_the_story_back(find):
    text = "Athens fell in 404 BC. In 1834, the city was rebuilt. The following year, a palace rose."
    assert find(text, narrative=True)[-1].timex.value == "1835"


def test_days_later_after_a_year_keeps_the_year(find):
    found = find("The offensive began in 1915. Four days later, Bulgaria joined.", narrative=True)
    assert found[-1].timex.value == "1915-XX-XX"
    assert found[-1].interval_start is None
    text = "Riots broke out in October 1998. The site was closed that same day."
    assert find(text, narrative=True)[-1].timex.value == "1998-10-XX"
    text = "Madero fell in 1913 and was shot less than a week later."
    assert find(text, narrative=True)[-1].timex.value == "1913-WXX"


def test_the_nth_of_that_month_is_a_day_of_the_storys_month(find):
    text = "On August 8, 1920, Polish forces took Minsk and on the 28th of that month they deployed tanks."
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the 28th of that month", "1920-08-28")


def test_a_news_story_with_history_is_still_news(find):
    text = (
        "Cuba has been split since 1959. Exiles fled in 1962, 1966, 1979, 1980 and 1994. "
        "The hearing was held this week. On Tuesday the family met; they will meet again Friday. "
        "The summit is set for April."
    )
    found = find(text, narrative=None)
    assert found[-1].timex.value == "2022-04"
    assert found[-1].anchor is Anchoring.PUBLICATION


def test_a_deadline_behind_the_story_moves_it_back(find):
    text = "On 7 December 1941 Japan struck. The war in China was stalemated by 1940. In August, it flared."
    assert find(text, narrative=True)[-1].timex.value == "1940-08"


def test_a_deadline_ahead_of_the_story_does_not_move_it(find):
    text = "In July 1775 Washington arrived. Powder was imported by the end of 1776. In the fall, it held."
    assert find(text, narrative=True)[-1].timex.value == "1775-FA"


def test_the_following_and_the_previous_month_count_from_the_story(find):
    found = find("On 8 August 1918 the Allies attacked. The following April, they won.")
    assert [m.text for m in found][1:] == ["The following April"]
    assert (found[1].timex.value, found[1].anchor) == ("1919-04", Anchoring.NARRATIVE)
    found = find("On 8 August 1918 the Allies attacked the salient seized the previous March.")
    assert [(m.text, m.timex.value) for m in found][1:] == [("the previous March", "1918-03")]


def test_the_following_month_without_a_story_counts_from_the_publication(one):
    # anchor: 3 September 2021
    assert one("The plant opens the following January.", "the following January").timex.value == "2022-01"


def test_where_a_state_lasted_until_does_not_move_the_story(find):
    text = (
        "Belgrade was freed on October 20, 1944, and a siege began that lasted until the fall of Budapest in "
        "February 1945. By the start of December, the front had moved west."
    )
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the start of December", "1944-12")


def test_a_bare_part_of_the_day_is_of_the_storys_day(find):
    text = (
        "Soviet forces entered on December 27, 1979. In the morning, a division landed. "
        "By mid-afternoon, it was over."
    )
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value, m.timex.mod) for m in found][1:] == [
        ("the morning", "1979-12-27TMO", None),
        ("mid-afternoon", "1979-12-27TAF", "MID"),
    ]
    found = find("The talks opened on December 27, 1979, and went well into the afternoon.", narrative=True)
    assert [(m.text, m.timex.value) for m in found][1:] == [("the afternoon", "1979-12-27TAF")]
    found = find("Polls closed at 10pm on Thursday after rain kept voters at home for much of the afternoon.")
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("Thursday", "2021-09-02"),
        ("the afternoon", "2021-09-02TAF"),
    ]
    # the object of time spent, and a part of it
    found = find("Results arrived yesterday. Staff spent the evening checking them.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("yesterday", "2021-09-02"),
        ("the evening", "2021-09-02TEV"),
    ]
    found = find("The hearing opened Thursday. A ruling came at the end of the afternoon.")
    assert [(m.text, m.timex.value, m.timex.mod) for m in found][1:] == [
        ("the end of the afternoon", "2021-09-02TAF", "END")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a story day still ahead is no day for a past-tense clause
        "Counting will take place on Sept. 8. Rao, who voted in the morning, said he was confident.",
        # a story at a month gives no day
        "The party has ruled since its formation in June 2014. Rao voted in the morning.",
    ],
)
def test_a_bare_part_of_the_day_without_a_day_for_it_is_the_publications(find, text):
    assert [(m.text, m.timex.value) for m in find(text)][-1] == ("the morning", "2021-09-03TMO")


def test_a_bare_part_of_the_day_in_the_future_tense_is_the_next_one():
    afternoon = datetime(2021, 9, 3, 14, tzinfo=UTC)
    found = extract("The envoy will leave in the morning.", afternoon, "UTC", narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [("the morning", "2021-09-04TMO")]
    found = extract("The envoy will leave in the evening.", afternoon, "UTC", narrative=False)
    assert [(m.text, m.timex.value) for m in found] == [("the evening", "2021-09-03TEV")]


def test_a_part_of_the_day_without_a_preposition_or_modifier_is_not_a_time(find):
    assert find("The morning paper ran it. Good evening, everyone.") == []
    assert find("Crews worked by morning light.") == []


def test_by_or_until_a_bare_part_of_the_day_is_a_time(find):
    found = find(
        "Flights were halted on Thursday; by evening, 212 had been canceled, and crews dug until morning."
    )
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("evening", "2021-09-02TEV"),
        ("morning", "2021-09-02TMO"),
    ]


def test_an_explicit_date_before_the_story_moves_it_back(find):
    text = (
        "The offensive ended on 28 December 1979. Troops had crossed on December 24. "
        "In the evening, they camped."
    )
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the evening", "1979-12-24TEV")


def test_the_nth_in_a_story_is_the_next_such_day(find):
    text = "The Poles made a counteroffer on 2 October 1920. On the 5th, the Soviets replied."
    found = find(text, narrative=True)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the 5th", "1920-10-05")


def test_the_following_weekday_counts_from_the_story(find):
    text = "The fire broke out on Thursday, Aug. 5, 2021. The following Monday, schools reopened."
    found = find(text)
    assert [(m.text, m.timex.value) for m in found][-1] == ("The following Monday", "2021-08-09")


def test_a_date_after_since_does_not_move_the_story(find):
    text = (
        "On Saturday the side lost 3-1 at home, their fifth league defeat since late July, and the coach was "
        "sacked the following morning."
    )
    found = find(text)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the following morning", "2021-08-29TMO")


def test_the_week_before_and_the_month_after_count_from_the_story(find):
    text = (
        "The plant closed on May 4, 1998. The week before, inspectors warned. The month after, it was sold."
    )
    found = find(text)
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("The week before", "1998-W18"),
        ("The month after", "1998-06"),
    ]


def test_hours_later_is_the_storys_day(find):
    found = find("The fire broke out on May 4, 1998. Hours later, crews arrived.")
    assert [(m.text, m.timex.value) for m in found][-1] == ("Hours later", "1998-05-04")


def test_minutes_later_after_a_clock_time_is_a_time(find):
    found = find(
        "The first blast came at 9:10 a.m. on Tuesday. Thirty minutes later, a second bomb went off. "
        "About two hours later, police sealed the square. The match ended at 11:30 p.m. Forty-five minutes "
        "later, fans were still in the streets."
    )
    values = {m.text: (m.timex.type, m.timex.value, m.timex.mod) for m in found}
    assert values["Thirty minutes later"] == (TimexType.TIME, "2021-08-31T09:40", None)
    assert values["About two hours later"] == (TimexType.TIME, "2021-08-31T11:40", "APPROX")
    # across midnight
    assert values["Forty-five minutes later"] == (TimexType.TIME, "2021-09-01T00:15", None)
    later = next(m for m in found if m.text == "Thirty minutes later")
    assert later.interval_start == local(2021, 8, 31, 9, 40)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The alarm sounded at 2 p.m. Firefighters arrived half an hour later.",
            "half an hour later",
            "2021-09-02T14:30",
        ),
        (
            "The alarm sounded at 2:10 p.m. Smoke was seen half an hour earlier.",
            "half an hour earlier",
            "2021-09-02T13:40",
        ),
        (
            "The talks began at 9 a.m. A couple of hours later they broke down.",
            "A couple of hours later",
            "2021-09-03T11:00",
        ),
    ],
)
def test_half_an_hour_later_after_a_clock_time_is_a_time(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.TIME, value)


def test_hours_later_without_a_clock_time_is_how_long(one):
    mention = one("The storm hit on Tuesday. Two hours later, the power failed.", "Two hours")
    assert (mention.timex.type, mention.timex.value) == (TimexType.DURATION, "PT2H")


def test_later_counts_from_a_date_earlier_in_its_sentence_even_in_a_flashback(find):
    # the flashback year does not move the story from Monday, but "two years later" counts from it
    text = (
        "The warehouse burned on Monday. Its owner had bought it in 2015 and renovated it two years later. "
        "Two days later, the owner was questioned."
    )
    found = find(text)
    assert [(m.text, m.timex.value) for m in found] == [
        ("Monday", "2021-08-30"),
        ("2015", "2015"),
        ("two years later", "2017"),
        ("Two days later", "2021-09-01"),
    ]


def test_a_decade_later_counts_from_a_decade_in_its_sentence(find):
    found = find("He founded the firm in the late 1990s, and a decade later it collapsed.")
    assert [m.timex.value for m in found] == ["199X", "200X"]
    found = find("In the 1980s the city grew; two decades later it shrank. The next day, it rained.")
    # the decade is not the story's date: "the next day" counts from publication (Friday 3 September 2021)
    assert [m.timex.value for m in found] == ["198X", "200X", "2021-09-04"]


def test_later_counts_from_a_date_in_the_sentence_before_when_the_story_has_none(find):
    # the attributive year does not move the story, but "three years later" can only count from it
    found = find("The party lost the 2015 election. Three years later, it won a by-election.")
    assert [(m.text, m.timex.value) for m in found] == [("2015", "2015"), ("Three years later", "2018")]
    # a day is finer than the year, so "the next day" is not some day of 2015
    found = find("The party lost the 2015 election. The next day, its leader resigned.")
    assert [(m.text, m.timex.value) for m in found] == [("2015", "2015"), ("The next day", "2021-09-04")]


def test_later_counts_from_a_past_date_in_the_sentence_before_after_a_plan_ahead(find):
    # the fair ahead is no story the outbreak looks back from
    found = find(
        "The fair runs from Sept. 13 to 22. The first case was confirmed Aug. 14. Three days later, a second."
    )
    assert found[-1].timex.value == "2021-08-17"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the first such season to begin after the story's date, or the next year's after a whole year
        (
            "The scheme collapsed in late 1994, and he fled the following spring.",
            "the following spring",
            "1995-SP",
        ),
        (
            "The army landed in April 1943. The following spring it crossed the river.",
            "The following spring",
            "1944-SP",
        ),
        ("The war began in June 1941. The following winter was harsh.", "The following winter", "1942-WI"),
        # the last to end before it; and "that spring" is the story's year's
        (
            "The siege began in April 1943. The previous summer had been dry.",
            "The previous summer",
            "1942-SU",
        ),
        ("He arrived in Chicago in January 1998. That spring he found work.", "That spring", "1998-SP"),
    ],
)
def test_the_following_season_counts_from_the_story_date(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_previous_year_after_a_year_written_in_its_sentence_is_no_quarter(find):
    # a quarter reported earlier makes "a year earlier" that quarter a year before, but not here
    text = (
        "Profit rose in the second quarter. Employers added 1.9 million jobs in 2020, down from 2.7 million "
        "the previous year."
    )
    found = find(text)
    assert [(m.text, m.timex.value) for m in found][-1] == ("the previous year", "2019")


def test_a_year_earlier_than_a_month_written_in_its_sentence_is_that_month(find):
    # not the quarter reported before, nor a whole year
    text = (
        "Profit rose in the second quarter. The port moved 1.6 million containers in July, down 3.5% from a "
        "year earlier."
    )
    found = find(text)
    assert [(m.text, m.timex.value) for m in found][-1] == ("a year earlier", "2020-07")
    assert find("Exports rose in June 2019 and fell a year later.")[-1].timex.value == "2020-06"


def test_a_year_earlier_than_a_month_in_the_sentence_before_is_that_month(find):
    text = "The trade surplus narrowed in July, the agency said. Exports fell 14% from a year earlier."
    assert [(m.text, m.timex.value) for m in find(text)][-1] == ("a year earlier", "2020-07")


def test_the_following_year_after_a_month_is_a_year(find):
    text = "Bills would rise 6.5% in January and another 5.8% the following year."
    assert [(m.text, m.timex.value) for m in find(text)] == [
        ("January", "2022-01"),
        ("the following year", "2023"),
    ]


def test_a_look_back_from_the_publication_does_not_move_the_story(find):
    text = "Profits fell 20% from the previous year. Shares have fallen 14% since the start of the year."
    found = find(text)
    assert [(m.text, m.timex.value) for m in found] == [
        ("the previous year", "2020"),
        ("the start of the year", "2021"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "that October" is the story year's; what counts from it follows
        (
            "The scheme unravelled in the summer of 2019. He resigned that October and was arrested the "
            "following spring.",
            ["2019-SU", "2019-10", "2020-SP"],
        ),
        ("The fair opened in 2015. That Oct. 3, it closed.", ["2015", "2015-10-03"]),
        # a capitalised May after "that" is a name, unless a date comes before in its sentence or the one
        # before
        ("Officials said that May had lied.", []),
        ("In 2017, Corbyn said that May had lied.", ["2017"]),
        ("It lost in March 2010, before the election that May.", ["2010-03", "2010-05"]),
        ("It lost power in 2010. That May, it went into opposition.", ["2010", "2010-05"]),
        # "that" before a month and a verb opens a clause
        ("Analysts said that December was the worst month.", ["2020-12"]),
    ],
)
def test_that_month_is_the_story_years(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a decade after a year is a year; a later year decades on moves a story that is at a year
        ("The lamps were retired in 1972. The light was automated in 1996. A decade later, it opened.",
         ["1972", "1996", "2006"]),
        # a decade after a decade is a decade
        ("In the late 1990s it grew, and a decade later it shrank.", ["199X", "200X"]),
        # a year a deadline ended in the past moves the story
        ("Keepers lived on site until 1996, when the light was automated. A decade later, it opened.",
         ["1996", "2006"]),
    ],
)  # fmt: skip
def test_a_decade_later(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_a_future_with_will_in_a_narrative_lies_ahead_of_publication(find):
    text = "She joined the lab in 1954 and moved to Maine in June. A memorial service will be held on June 8."
    assert [m.timex.value for m in find(text, narrative=True)] == ["1954", "1954-06", "2022-06-08"]


def test_so_many_years_on_counts_from_the_story(find):
    found = find("The band split in November 1974. Four decades on, they reunited.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("November 1974", "1974-11"),
        ("Four decades on", "2014"),
    ]
    # in the present tense or the present perfect, it is now (the publication's year)
    for text in (
        "The disaster was the worst since Chernobyl in 1986. A decade on, 36,000 people remain displaced.",
        "The wall fell in 1989. But three decades on, the gap has not fully closed.",
    ):
        assert [m.timex.value for m in find(text)][-1] == "2021"
    # with no date to count from, the length alone
    assert [(m.text, m.timex.value) for m in find("Ten years on, the town is rebuilding.")] == [
        ("Ten years", "P10Y")
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a century counted from the story's date, or from the publication's with none
        ("Colonies on Mars may exist in the next century.", "the next century", "21"),
        ("The town was founded in 1850; the following century it grew.", "the following century", "19"),
        ("Sparta won in 387 BC, undoing the gains of the previous century.", "the previous century", "BC04"),
    ],
)
def test_the_next_and_the_previous_century(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, value)


def test_a_stretch_over_the_next_century_is_a_duration(one):
    mention = one("Sea levels will rise over the next century.", "the next century")
    assert (mention.timex.type, mention.timex.value) == (TimexType.DURATION, "P100Y")


def test_a_part_of_a_day_ahead_is_not_on_a_story_day_gone_by(find):
    found = find("Polls closed at 10pm yesterday. She hoped to declare a result by early evening.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("10pm yesterday", "2021-09-02T22:00"),
        ("early evening", "2021-09-03TEV"),
    ]
    # but a deadline on the day its own sentence is at is on that day
    found = find(
        "A beacon alerted them at 1:20 a.m. Thursday, but rough seas kept boats away until the afternoon."
    )
    assert [(m.text, m.timex.value) for m in found] == [
        ("1:20 a.m. Thursday", "2021-09-02T01:20"),
        ("the afternoon", "2021-09-02TAF"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a yardstick neither moves the story nor is counted from
        (
            "Japan welcomed 31 million visitors in 2020, beating the previous high set in 2019. December "
            "alone brought 3.5 million arrivals.",
            "December",
            "2020-12",
        ),
        (
            "Some 3.1 million people visited in July, down 6.5 per cent from July 2020, and hotels have "
            "blamed fewer visitors since the start of the year.",
            "the start of the year",
            "2021",
        ),
    ],
)
def test_a_date_compared_with_is_an_aside(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_day_a_report_was_published_is_no_story_day(find):
    found = find(
        "A freight train derailed on 14 March, the RAIB said in a report published on Thursday. The train "
        "left the track at about 11:40 p.m."
    )
    assert [(m.text, m.timex.value) for m in found][-1] == ("about 11:40 p.m.", "2021-03-14T23:40")
