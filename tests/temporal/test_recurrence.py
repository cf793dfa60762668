"""Sets: recurring times, no interval."""

from __future__ import annotations

import pytest

from app.temporal import TimexType


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The market opens every Monday.", "every Monday", "XXXX-WXX-1"),
        ("He runs every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("They pray every night.", "every night", "XXXX-XX-XXTNI"),
        ("Galas are screened nightly.", "nightly", "XXXX-XX-XXTNI"),
        ("The river floods each summer.", "each summer", "XXXX-SU"),
        ("The office is closed on weekends.", "weekends", "XXXX-WXX-WE"),
        ("The plaza will be closed to traffic at weekends.", "weekends", "XXXX-WXX-WE"),
        ("Prices are updated on a daily basis.", "daily", "P1D"),
        ("The paper is published daily.", "daily", "P1D"),
        ("Controllers handle 3,500 flights daily across Europe.", "daily", "P1D"),
        ("Some workers have continued to picket daily outside two hotels.", "daily", "P1D"),
        ("His players had been tested daily this week.", "daily", "P1D"),
        ("The race has been held annually ever since.", "annually", "P1Y"),
        ("The airline currently flies to London daily via Perth.", "daily", "P1D"),
        ("The club will hand out glasses daily starting Friday.", "daily", "P1D"),
        ("He served a menu that changed daily depending on the catch.", "daily", "P1D"),
        ("Pupils will be tested weekly once schools reopen.", "weekly", "P1W"),
        ("The bill would have required counties to report counts daily after polls close.", "daily", "P1D"),
        ("The telescope will send out 10 million alerts daily about objects in the sky.", "daily", "P1D"),
        ("Ferries to the island run weekly there in winter.", "weekly", "P1W"),
        ("Rates are reviewed every six months.", "every six months", "P6M"),
        ("Trains run every quarter of an hour.", "every quarter of an hour", "PT15M"),
        ("Buses run every half-hour.", "every half-hour", "PT30M"),
        ("The agency posts updates every few hours.", "every few hours", "PTXH"),
        ("The board meets weekly.", "weekly", "P1W"),
        ("Prices are revised annually.", "annually", "P1Y"),
        # an adverb before a verb or "except"
        ("Customers who pay annually will not see a change.", "annually", "P1Y"),
        ("Desks will be open daily except Saturdays.", "daily", "P1D"),
        ("The fair is held each year.", "each year", "P1Y"),
        # a month and its day: that day each year
        ("The market is held every March 3 in the square.", "every March 3", "XXXX-03-03"),
        ("The fires, lit every Aug. 16, send the spirits back.", "every Aug. 16", "XXXX-08-16"),
        ("Fireworks are set off each July 4th.", "each July 4th", "XXXX-07-04"),
        ("The lake freezes every January.", "every January", "XXXX-01"),
        ("Every March, 2,000 runners take part.", "Every March", "XXXX-03"),
        ("She thought about it every single day.", "every single day", "P1D"),
        ("The club meets on Tuesdays.", "Tuesdays", "XXXX-WXX-2"),
        ("Flights leave Bombay on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("He works Saturday mornings.", "Saturday mornings", "XXXX-WXX-6TMO"),
        ("The board meets twice a year.", "twice a year", "P1Y"),
        ("It runs four flights a week.", "a week", "P1W"),
        # a share of each period is one set, not a duration and a set
        ("She works six days a week.", "six days a week", "P1W"),
        ("The line is staffed 24 hours a day.", "24 hours a day", "P1D"),
        # the recurring weekend; a rate after an abbreviated amount
        ("The line closes every other weekend.", "every other weekend", "XXXX-WXX-WE"),
        # every second or third one: "second" is no unit before a unit or a weekday
        ("Stoppages will be held every second day.", "every second day", "P2D"),
        ("Bins are emptied every third week.", "every third week", "P3W"),
        ("The panel meets every second Monday.", "every second Monday", "XXXX-WXX-1"),
        ("The light flashes every second.", "every second", "PT1S"),
        ("The NHS spends around £300m a year on the drugs.", "a year", "P1Y"),
        # a vague count of times; a rate before "since"
        ("The river floods several times a year.", "several times a year", "P1Y"),
        ("Parliament meets three times each year.", "three times each year", "P1Y"),
        ("The board meets twice every month.", "twice every month", "P1M"),
        ("Repayments fall by about €120 a month since last summer.", "a month", "P1M"),
        # after lakh, "per cent", "more" and "one"; and a fortnight is two weeks
        ("The threshold rises to ₹12 lakh a year.", "a year", "P1Y"),
        ("Prices rose 1.8 per cent a year.", "a year", "P1Y"),
        ("Repayments will rise by $100 more a month.", "a month", "P1M"),
        ("NASA expects to fly roughly one a year.", "a year", "P1Y"),
        ("Rhinos were killed at a rate of more than three a day.", "a day", "P1D"),
        ("The bank bought about 6 trillion yen a month.", "a month", "P1M"),
        ("Families will be about $50 a fortnight better off.", "a fortnight", "P2W"),
    ],
)
def test_set_value(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.type is TimexType.SET
    assert mention.timex.value == value
    assert mention.interval_start is None
    assert mention.granularity is None


def test_adjective_frequency_is_not_a_set(find):
    assert find("The company cut its quarterly dividend.") == []
    assert find("The school runs a daily after-school club.") == []
    # a newspaper: a noun after a determiner
    assert find("A regional daily is closing.") == []
    # or named by its place or language at the end of a clause
    assert find("Le Monde, the French daily, said the talks had failed.") == []
    assert find("The story ran in a Tokyo weekly.") == []
    # or a paper's own name
    assert find("Sales doubled, according to Publishers Weekly.") == []
    assert find("The Kahurangi Weekly reported the fire.") == []
    # but not an agency that does something daily
    assert [m.timex.value for m in find("The figures are updated by the CDC daily.")] == ["P1D"]
    # an adjective before a quoted name
    assert find("The studio plans quarterly 'state of the game' streams.") == []
    # and before a hyphenated count
    assert [m.text for m in find("A daily 20-minute walk lowers the risk.")] == ["20-minute"]


def test_every_minute_of_something_is_all_of_it(find, one):
    assert find("He said he had enjoyed every minute of it.") == []
    assert find("Fans cheered every second of the final.") == []
    assert one("Trains leave every minute at rush hour.", "every minute").timex.value == "PT1M"


def test_adverb_frequency_after_a_verb_and_its_object_is_a_set(one):
    mention = one("Most people taking this medicine daily are at very low risk.", "daily")
    assert (mention.timex.type, mention.timex.value) == (TimexType.SET, "P1D")


def test_per_unit_is_a_set(one):
    assert one("Troops arrived at 10,000 per day.", "per day").timex.value == "P1D"


def test_a_plural_part_of_day_distributes_over_weekdays(find):
    found = find("Flights leave Bombay on Monday and Tuesday nights from March 30.")
    assert [(m.text, m.timex.type, m.timex.value) for m in found[:2]] == [
        ("Monday", TimexType.SET, "XXXX-WXX-1TNI"),
        ("Tuesday nights", TimexType.SET, "XXXX-WXX-2TNI"),
    ]


def test_a_duration_before_a_week_ago_is_no_share(find):
    found = find("He spent six days a week ago in Rome.")
    assert [(m.text, m.timex.value) for m in found] == [("six days", "P6D"), ("a week ago", "2021-W34")]


def test_every_weekday_and_part_of_the_day(one):
    assert one("Every Saturday morning he swims.", "Every Saturday morning").timex.value == "XXXX-WXX-6TMO"


def test_weekdays_listed_after_every_are_each_a_set(find):
    found = find("Markets open every Monday, Wednesday and Friday.")
    assert [(m.text, m.timex.type, m.timex.value) for m in found] == [
        ("every Monday", TimexType.SET, "XXXX-WXX-1"),
        ("Wednesday", TimexType.SET, "XXXX-WXX-3"),
        ("Friday", TimexType.SET, "XXXX-WXX-5"),
    ]


@pytest.mark.parametrize("text", ["Buses run a Sunday timetable.", "The church holds a Sunday service."])
def test_a_weekday_before_a_noun_after_a_is_no_day(find, text):
    assert find(text) == []


def test_fortnightly_and_an_adverb_before_instead(find):
    found = find("Updates come fortnightly. They will meet monthly instead of every three weeks.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("fortnightly", "P2W"),
        ("monthly", "P1M"),
        ("every three weeks", "P3W"),
    ]


def test_the_future_with_a_capital_is_a_name(find):
    assert [m.timex.value for m in find("Fight for the Future objected; in the future, it may sue.")] == [
        "FUTURE_REF"
    ]
