"""Holidays with fixed or computed dates, anchored on Friday 2021-09-03."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.temporal import Granularity, TimexType, extract

from .conftest import local


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Stores will close on Christmas.", "Christmas", "2021-12-25"),
        ("Stores will close on Christmas Eve.", "Christmas Eve", "2021-12-24"),
        ("Fireworks lit the sky on the Fourth of July.", "the Fourth of July", "2021-07-04"),
        ("Markets will close for Labor Day.", "Labor Day", "2021-09-06"),
        ("Travel peaks at Thanksgiving next.", "Thanksgiving", "2021-11-25"),
        ("Churches were full on Easter.", "Easter", "2021-04-04"),
        ("Churches were full on Easter 2019.", "Easter 2019", "2019-04-21"),
        ("Markets were shut on Good Friday.", "Good Friday", "2021-04-02"),
        ("The Easter Vigil will be held at 8 p.m.", "The Easter Vigil", "2022-04-16"),
        ("Pilgrims gathered on Holy Saturday.", "Holy Saturday", "2021-04-03"),
        ("Processions will mark Trinity Sunday.", "Trinity Sunday", "2022-06-12"),
        ("He proposed on Valentine's Day.", "Valentine's Day", "2021-02-14"),
        ("Parades were held on Memorial Day.", "Memorial Day", "2021-05-31"),
        ("Parks will close on Indigenous Peoples' Day.", "Indigenous Peoples' Day", "2021-10-11"),
        ("Rome will empty for Ferragosto.", "Ferragosto", "2022-08-15"),
        ("Offices will shut for Gandhi Jayanti.", "Gandhi Jayanti", "2021-10-02"),
        ("Fishermen will rally on Marine Day.", "Marine Day", "2022-07-18"),
        ("Centres will open on Respect for the Aged Day.", "Respect for the Aged Day", "2021-09-20"),
        ("Offices will close for Bonifacio Day.", "Bonifacio Day", "2021-11-30"),
        # Japan's second Monday of January, and its days of Golden Week
        ("Cities will hold Coming of Age Day ceremonies.", "Coming of Age Day", "2022-01-10"),
        ("Trains were packed on Showa Day.", "Showa Day", "2021-04-29"),
        ("Rallies are planned for Constitution Memorial Day.", "Constitution Memorial Day", "2022-05-03"),
        # and more countries' days
        ("Landlords wait until after Three Kings' Day.", "Three Kings' Day", "2022-01-06"),
        ("Work paused for the Tiradentes Day holiday.", "Tiradentes Day", "2021-04-21"),
        ("Vendors rush to sell before Melbourne Cup Day.", "Melbourne Cup Day", "2021-11-02"),
        ("Preparers will be busy until Tax Day.", "Tax Day", "2022-04-15"),
        ("Markets will close for the Civic Holiday.", "Civic Holiday", "2022-08-01"),
        ("The next climb is on the Feast of the Assumption.", "the Feast of the Assumption", "2022-08-15"),
        ("Children will put out their boots for St. Nicholas Day.", "St. Nicholas Day", "2021-12-06"),
        ("Crowds will fill the cathedral on St. James's Day.", "St. James's Day", "2022-07-25"),
        ("Pilgrims climbed barefoot for Reek Sunday.", "Reek Sunday", "2021-07-25"),
        ("The workshops shut for Swiss National Day.", "Swiss National Day", "2021-08-01"),
        ("Germans will mark the Day of German Unity.", "the Day of German Unity", "2021-10-03"),
        ("Shops closed for German Unity Day.", "German Unity Day", "2021-10-03"),
        ("Crowds threw water on the first day of Songkran.", "Songkran", "2021-04-13"),
        ("Schools will plant trees on Arbor Day.", "Arbor Day", "2022-04-29"),
        ("Schools closed on Martin Luther King Day.", "Martin Luther King Day", "2021-01-18"),
        ("Parties will end on New Year's Eve.", "New Year's Eve", "2021-12-31"),
        ("Children will dress up for Halloween.", "Halloween", "2021-10-31"),
        ("Stores will open early on Black Friday.", "Black Friday", "2021-11-26"),
        ("Online sales peaked on Cyber Monday 2020.", "Cyber Monday 2020", "2020-11-30"),
        # the Saturday after US Thanksgiving, and the Tuesday after it
        ("Shops gear up for Small Business Saturday.", "Small Business Saturday", "2021-11-27"),
        ("Charities hope for a record on Giving Tuesday.", "Giving Tuesday", "2021-11-30"),
        # United Nations days
        ("Marches were held on World Refugee Day.", "World Refugee Day", "2021-06-20"),
        ("Rallies will mark International Women's Day.", "International Women's Day", "2022-03-08"),
        ("Vigils were held on World AIDS Day 2019.", "World AIDS Day 2019", "2019-12-01"),
        # and the World Health Organization's
        ("The clinic will open on World TB Day.", "World TB Day", "2022-03-24"),
        ("Clinics gave free advice on World No Tobacco Day.", "World No Tobacco Day", "2021-05-31"),
        ("Donors will be thanked on World Blood Donor Day.", "World Blood Donor Day", "2022-06-14"),
        ("Schools will honour staff on World Teachers' Day.", "World Teachers' Day", "2021-10-05"),
        ("Voters will go to the polls on Election Day.", "Election Day", "2021-11-02"),
        ("Turnout was high on Election Day 2022.", "Election Day 2022", "2022-11-08"),
        ("Wreaths were laid on Remembrance Sunday.", "Remembrance Sunday", "2020-11-08"),
        ("Veterans will march on VE Day 2022.", "VE Day 2022", "2022-05-08"),
        ("He takes office on Inauguration Day.", "Inauguration Day", "2022-01-20"),
        ("Parades filled New Orleans on Mardi Gras.", "Mardi Gras", "2021-02-16"),
        ("Fireworks are set for Canada Day 2022.", "Canada Day 2022", "2022-07-01"),
        ("The marathon will be run on Patriots' Day.", "Patriots' Day", "2022-04-18"),
        ("Shops will shut on the early May bank holiday.", "the early May bank holiday", "2022-05-02"),
        ("The beaches were full on the spring bank holiday.", "spring bank holiday", "2021-05-31"),
        ("Crowds gathered for the August bank holiday.", "August bank holiday", "2021-08-30"),
        # the last Monday of May, England's spring bank holiday
        ("A ruling is due before the late May bank holiday.", "the late May bank holiday", "2022-05-30"),
        ("The count resumed on Leap Day 2020.", "Leap Day 2020", "2020-02-29"),
        # an egg hunt is held on the day (Easter eggs are things: test_weekday)
        ("Children went to the Easter Monday egg hunt.", "Easter Monday", "2021-04-05"),
        ("Crowds will gather for Waitangi Day.", "Waitangi Day", "2022-02-06"),
        # the Monday before May 25 (May 25, 2020 was itself a Monday)
        ("Fireworks for Victoria Day will go ahead.", "Victoria Day", "2022-05-23"),
        ("Parks were closed on Victoria Day 2020.", "Victoria Day 2020", "2020-05-18"),
        ("China's Singles' Day shopping festival wrapped up.", "Singles' Day", "2020-11-11"),
        ("Pilgrims gathered for the feast of the Epiphany.", "Epiphany", "2021-01-06"),
        ("Families will visit graves on All Saints' Day.", "All Saints' Day", "2021-11-01"),
        ("Cemeteries will stay open late on All Souls' Day.", "All Souls' Day", "2021-11-02"),
        ("Shops were shut on Ascension Day.", "Ascension Day", "2021-05-13"),
        # the weekday it is said to fall on picks the year
        ("St. Patrick's Day falls on a Thursday.", "St. Patrick's Day", "2022-03-17"),
    ],
)
def test_holiday_date(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.granularity is Granularity.DAY


def test_a_part_of_a_holiday_is_a_time(one):
    mention = one("She died early Christmas morning last year.", "early Christmas morning last year")
    assert (mention.timex.type, mention.timex.value, mention.timex.mod) == (
        TimexType.TIME,
        "2020-12-25TMO",
        "START",
    )


def test_last_christmas_is_the_previous_one(one):
    assert one("He came home last Christmas.", "last Christmas").timex.value == "2020-12-25"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the year after the holiday's date, or after the holiday itself, is its year
        ("The parade will be held on Independence Day, July 4, 2026.", "Independence Day", "2026-07-04"),
        ("Ottawa hosted the summit on Canada Day on July 1 last year.", "Canada Day", "2020-07-01"),
        # (one date with it, as "Oct. 23 last year" is)
        ("Christmas Day next year falls on a Sunday.", "Christmas Day next year", "2022-12-25"),
        ("Sales were flat at Easter last year.", "Easter last year", "2020-04-12"),
        ("Thanksgiving this year was quiet.", "Thanksgiving this year", "2021-11-25"),
        ("The same fault struck on New Year's Eve last year.", "New Year's Eve last year", "2020-12-31"),
    ],
)
def test_a_holiday_takes_the_year_written_after_it(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_weekday_a_holiday_falls_on_written_after_it_is_one_day(find):
    text = "Parades are held Memorial Day Monday. Fireworks start Labor Day Monday night."
    found = [(m.text, m.timex.value) for m in find(text)]
    assert found == [
        ("Memorial Day Monday", "2021-05-31"),
        ("Labor Day", "2021-09-06"),
        ("Monday night", "2021-09-06TNI"),
    ]
    found = extract(
        "Stores close Thanksgiving Monday.", datetime(2021, 9, 3, 10, tzinfo=UTC), "America/Toronto"
    )
    assert [(m.text, m.timex.value) for m in found] == [("Thanksgiving Monday", "2021-10-11")]


def test_holiday_week_is_the_week_the_holiday_falls_in(one):
    assert one("Shops were busy during Christmas week.", "Christmas week").timex.value == "2020-W52"


def test_holiday_days_ahead_in_past_tense_is_the_coming_one(one):
    assert one("Crowds gathered as Labor Day approached.", "Labor Day").timex.value == "2021-09-06"
    # its weekend, starting tomorrow
    assert (
        one("Crowds gathered as Labor Day weekend began.", "Labor Day weekend").timex.value == "2021-W35-WE"
    )


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Stores reopen the Monday after Thanksgiving.", "the Monday after Thanksgiving", "2021-11-29"),
        ("The party is three days before Christmas.", "three days before Christmas", "2021-12-22"),
        ("The vote will be held a week before Sept. 12.", "a week before Sept. 12", "2021-09-05"),
        ("Palm Sunday is the Sunday before Easter.", "the Sunday before Easter", "2021-03-28"),
    ],
)
def test_days_counted_from_a_day_are_one_date(one, text, expression, value):
    mention = one(text, expression)
    assert (mention.timex.type, mention.timex.value) == (TimexType.DATE, value)


@pytest.mark.parametrize(
    "text",
    [
        "Shops close for three days after Christmas.",
        "Eight trading days after Oct. 12, the index fell.",
        "The vote came two days after the election.",
    ],
)
def test_a_stretch_of_days_is_not_counted_from_the_day(find, text):
    assert find(text)[0].timex.type is TimexType.DURATION


@pytest.mark.parametrize(
    ("text", "expression", "value", "interval"),
    [
        # Labor Day is Monday 6 September 2021: its weekend is Saturday to Monday
        (
            "Roads will be busy over the Labor Day weekend.",
            "Labor Day weekend",
            "2021-W35-WE",
            ((9, 4), (9, 7)),
        ),
        ("Churches were full over Easter weekend.", "Easter weekend", "2021-W13-WE", ((4, 3), (4, 5))),
    ],
)
def test_holiday_weekend(one, text, expression, value, interval):
    mention = one(text, expression)
    assert mention.timex.value == value
    (m1, d1), (m2, d2) = interval
    assert (mention.interval_start, mention.interval_end) == (local(2021, m1, d1), local(2021, m2, d2))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Roads were busy over the long weekend.", "the long weekend", "2021-W34-WE"),
        ("Stores will open over the holiday weekend.", "the holiday weekend", "2021-W35-WE"),
        ("Trains will run over the bank holiday weekend.", "the bank holiday weekend", "2021-W35-WE"),
    ],
)
def test_a_long_weekend_is_a_weekend(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Shops shut over Christmas and New Year.", ["2020-12-25", "2021-01-01"]),
        # another calendar's new year is no 1 January
        ("The Lunar New Year falls in February.", ["2022-02-01", "2022-02"]),
    ],
)
def test_new_year_is_the_first_of_january(find, text, values):
    assert [m.timex.value for m in find(text)] == values


def test_every_fixed_holiday_is_a_set(find):
    found = find("Every Christmas will be a reminder. Each Fourth of July he marches. Each Easter they fast.")
    assert [(m.text, m.timex.type.value, m.timex.value) for m in found] == [
        ("Every Christmas", "SET", "XXXX-12-25"),
        ("Each Fourth of July", "SET", "XXXX-07-04"),
        ("Easter", "DATE", "2021-04-04"),  # a moving holiday: the date alone, the nearest
    ]


def test_saints_days_without_a_dot(find):
    found = find("St Stephen's Day is busy. On St Patrick's Day they marched.")
    assert [(m.text, m.timex.value) for m in found] == [
        ("St Stephen's Day", "2021-12-26"),
        ("St Patrick's Day", "2021-03-17"),
    ]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # lunar and lunisolar calendars: the first day, the tense choosing the year as for Christmas
        ("Families gathered for the Lunar New Year.", "Lunar New Year", "2021-02-12"),
        ("The film opened on Lunar New Year's Day.", "Lunar New Year's Day", "2021-02-12"),
        # and its eve, the day before
        ("Families dined together on Lunar New Year's Eve.", "Lunar New Year's Eve", "2021-02-11"),
        ("Markets will close early on Chinese New Year's Eve.", "Chinese New Year's Eve", "2022-01-31"),
        # the Day of Arafah is the eve of Eid al-Adha; Buddha's Birthday as Korea keeps it
        ("Pilgrims prayed on Mount Arafat on the Day of Arafah.", "the Day of Arafah", "2021-07-19"),
        ("Lanterns lit the streets for Buddha's Birthday.", "Buddha's Birthday", "2021-05-19"),
        ("Travel will be restricted over Chinese New Year.", "Chinese New Year", "2022-02-01"),
        ("Markets closed for the Spring Festival.", "the Spring Festival", "2021-02-12"),
        ("Mosques were full on Eid al-Fitr.", "Eid al-Fitr", "2021-05-13"),
        ("Prices rose before Eid ul-Adha.", "Eid ul-Adha", "2021-07-20"),
        ("Lamps will be lit for Diwali.", "Diwali", "2021-11-04"),
        ("Crowds threw colour at Holi.", "Holi", "2021-03-29"),
        ("The family met for Passover.", "Passover", "2021-03-28"),
        ("Services will be held on Yom Kippur.", "Yom Kippur", "2021-09-16"),
        ("Candles will be lit on the first night of Hanukkah.", "Hanukkah", "2021-11-29"),
        ("Rosh Hashanah will begin at sundown on Monday.", "Rosh Hashanah", "2021-09-07"),
        ("The synagogue was packed for Purim.", "Purim", "2021-02-26"),
        ("He visited Jerusalem during Sukkot 2019.", "Sukkot 2019", "2019-10-14"),
        ("The Mid-Autumn Festival will bring mooncakes.", "Mid-Autumn Festival", "2021-09-21"),
        ("Exports fell as Chuseok came early.", "Chuseok", "2021-09-21"),
        ("Galleries stayed open over Matariki 2023.", "Matariki 2023", "2023-07-14"),
        ("Families gathered for Eid el-Fitr.", "Eid el-Fitr", "2021-05-13"),
        # Hindu and Sikh festivals by their common spellings
        ("Sweet shops were busy before Raksha Bandhan.", "Raksha Bandhan", "2021-08-22"),
        ("Kerala celebrated Thiruvonam with a feast.", "Thiruvonam", "2021-08-21"),
        ("Idols will be immersed after Ganesh Chaturthi.", "Ganesh Chaturthi", "2021-09-10"),
        ("Effigies will burn on Dussehra.", "Dussehra", "2021-10-15"),
        ("Temples were lit for Janmashtami.", "Janmashtami", "2021-08-30"),
        ("Sisters will visit on Bhai Dooj.", "Bhai Dooj", "2021-11-06"),
        ("Farmers marked Baisakhi in Punjab.", "Baisakhi", "2021-04-14"),
        ("Markets will close for Guru Nanak Jayanti.", "Guru Nanak Jayanti", "2021-11-19"),
        # a holiday of one part of a country: Thaipusam as Selangor keeps it
        ("Devotees climbed to Batu Caves for Thaipusam.", "Thaipusam", "2021-01-28"),
        ("Pilgrims will walk to the temple on Thaipusam.", "Thaipusam", "2022-01-18"),
    ],
)
def test_calendar_holiday_date(one, text, expression, value):
    mention = one(text, expression)
    assert mention.timex.value == value
    assert mention.granularity is Granularity.DAY


def test_a_holiday_ahead_that_passed_days_ago_is_that_one():
    # written on Monday 17 June 2024, the day after Eid al-Adha
    found = extract(
        "Prices kept rising ahead of the Eid al-Adha holiday.", datetime(2024, 6, 17, 9, tzinfo=UTC)
    )
    assert [m.timex.value for m in found] == ["2024-06-16"]


def test_holiday_that_laps_the_year_is_its_occurrence_begun_in_it():
    from app.temporal.holiday import holiday_dates

    # the Islamic year is 11 days shorter: Eid al-Fitr fell twice in 2000; Hanukkah 2024 ran into 2025
    assert [d.isoformat() for d in holiday_dates("Eid al-Fitr", 2000)] == ["2000-01-08", "2000-12-27"]
    assert [d.isoformat() for d in holiday_dates("Hanukkah", 2025)] == ["2025-12-15"]
    # outside the package's tables (India's run from 2001 to 2035): no day, and no warning
    assert holiday_dates("Diwali", 1998) == []


def test_last_calendar_holiday_is_the_previous_one(one):
    assert one("The city was quiet last Yom Kippur.", "last Yom Kippur").timex.value == "2020-09-28"
    assert one("Sales will peak next Lunar New Year.", "next Lunar New Year").timex.value == "2022-02-01"


def test_an_island_named_after_a_holiday_is_no_day(find):
    assert find("The ship sailed from Christmas Island to Easter Island.") == []


def test_other_calendars_words_alone_are_no_holiday(find):
    assert find("The Tet Offensive began. Eid prayers were held in the park. The festival opened.") == []


@pytest.mark.parametrize(
    ("zone", "text", "value"),
    [
        # a country's own date, by the zone the article is written in
        ("Asia/Kolkata", "Offices will be closed for Independence Day.", "2022-08-15"),
        ("America/Mexico_City", "Parades are planned for Independence Day.", "2021-09-16"),
        ("America/Toronto", "Families will gather for Thanksgiving.", "2021-10-11"),
        # but the US date where its sentence names the United States
        ("America/Toronto", "Many U.S. investors will be away for Thanksgiving.", "2021-11-25"),
        # elsewhere, and with a fixed offset, the US dates
        ("America/New_York", "Families will gather for Thanksgiving.", "2021-11-25"),
        ("Europe/London", "Offices will be closed for Independence Day.", "2022-07-04"),
        (None, "Offices will be closed for Independence Day.", "2022-07-04"),
    ],
)
def test_a_holiday_a_country_keeps_on_its_own_date(zone, text, value):
    found = extract(text, datetime(2021, 9, 3, 10, tzinfo=UTC), zone, narrative=False)
    assert [m.timex.value for m in found] == [value]


@pytest.mark.parametrize(
    ("zone", "text", "value"),
    [
        # days only one country keeps, named where the article is written
        ("Asia/Kolkata", "Unions will march on Republic Day.", "2022-01-26"),
        ("Africa/Johannesburg", "A rally is planned for Heritage Day.", "2021-09-24"),
        ("Africa/Johannesburg", "A rally is planned for Youth Day.", "2022-06-16"),
        ("Africa/Johannesburg", "The Women's Day gala raised R1.2 million.", "2021-08-09"),
        ("Asia/Seoul", "Cinemas expect crowds before the Children's Day holiday.", "2022-05-05"),
        ("Asia/Kolkata", "Schools will celebrate Children's Day.", "2021-11-14"),
        ("Asia/Tokyo", "Hikers crowded trails on Mountain Day.", "2021-08-11"),
        ("Asia/Tokyo", "Museums open free on Culture Day.", "2021-11-03"),
        ("Asia/Tokyo", "Offices will close for National Foundation Day.", "2022-02-11"),
        ("Asia/Seoul", "Offices will close for National Foundation Day.", "2021-10-03"),
        ("Asia/Seoul", "Families will plant trees on Arbor Day.", "2022-04-05"),
        ("Pacific/Auckland", "Demand fell on the King's Birthday holiday.", "2021-06-07"),
        ("Australia/Sydney", "Shops will close on the King's Birthday.", "2022-06-13"),
        ("Africa/Johannesburg", "Marches are planned for Human Rights Day.", "2022-03-21"),
        ("Australia/Perth", "It opens on Western Australia Day.", "2022-06-06"),
        ("America/Toronto", "Schools reopen after Labour Day.", "2021-09-06"),
        ("Pacific/Auckland", "Schools reopen after Labour Day.", "2021-10-25"),
        # and Australia's by state
        ("Australia/Sydney", "Schools reopen after Labour Day.", "2021-10-04"),
        ("Australia/Melbourne", "Trams ran a Sunday timetable on Labour Day.", "2021-03-08"),
        ("Australia/Perth", "Crowds gathered on Labour Day.", "2021-03-01"),
        ("Australia/Brisbane", "Unions will march on Labour Day.", "2022-05-02"),
        ("Australia/Hobart", "Ferries ran on Eight Hours Day.", "2021-03-08"),
        ("Australia/Darwin", "Crowds gathered on May Day.", "2021-05-03"),
        ("Africa/Dakar", "Fishers marched on Independence Day.", "2021-04-04"),
        ("Africa/Lagos", "Offices will close for Democracy Day.", "2022-06-12"),
        ("Asia/Singapore", "Ticket sales picked up after National Day.", "2021-08-09"),
        ("Europe/Stockholm", "The Riksdag paused for National Day.", "2021-06-06"),
        ("Europe/Zurich", "Fireworks lit the lake on National Day.", "2021-08-01"),
        # a holiday first kept the year after
        ("Pacific/Auckland", "Shops are planning for the new Matariki public holiday.", "2022-06-24"),
        # a day begun on lies behind, however near the next one is
        ("Africa/Lagos", "Prices have doubled since Independence Day.", "2020-10-01"),
        # and so does one kept in the past tense
        ("Asia/Kolkata", "Families celebrated Dussehra with fireworks.", "2020-10-25"),
        ("America/Chicago", "Many spent Labor Day at the lake.", "2020-09-07"),
        ("Australia/Sydney", "Nurses will mark Father's Day.", "2021-09-05"),
        ("Europe/London", "Florists will be busy before Mother's Day.", "2022-03-27"),
        # Sweden's and Finland's Midsummer Eve, a Friday in late June
        ("Europe/Stockholm", "Dealers hope to deliver before Midsummer Eve.", "2022-06-24"),
        ("Europe/Helsinki", "Cottages were full on Midsummer Eve.", "2021-06-25"),
        # elsewhere the UN's day, the US dates, or none
        ("America/New_York", "Marches are planned for Human Rights Day.", "2021-12-10"),
        ("America/New_York", "Nurses will mark Father's Day.", "2022-06-19"),
    ],
)
def test_a_holiday_of_one_country(zone, text, value):
    found = extract(text, datetime(2021, 9, 3, 10, tzinfo=UTC), zone, narrative=False)
    assert [m.timex.value for m in found] == [value]


@pytest.mark.parametrize("text", ["Unions will march on Republic Day.", "The school holds its culture day."])
def test_a_day_of_another_country_is_no_holiday_elsewhere(text):
    assert extract(text, datetime(2021, 9, 3, 10, tzinfo=UTC), "America/New_York") == []
