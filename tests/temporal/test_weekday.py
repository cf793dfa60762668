"""Weekdays, anchored on Friday 2021-09-03 10:00 America/New_York."""

from __future__ import annotations

import pytest

from app.temporal import Anchoring, Granularity

from .conftest import local


def test_weekday_in_past_tense_resolves_to_previous_week(one):
    mention = one("The minister resigned on Monday.", "Monday")
    assert mention.timex.value == "2021-08-30"
    assert mention.anchor is Anchoring.PUBLICATION
    assert mention.granularity is Granularity.DAY
    assert (mention.interval_start, mention.interval_end) == (local(2021, 8, 30), local(2021, 8, 31))


def test_weekday_in_future_tense_resolves_to_next_occurrence(one):
    assert one("Talks will resume on Monday.", "Monday").timex.value == "2021-09-06"


def test_weekday_in_a_present_simple_schedule_is_ahead(one):
    assert one("The trial begins Tuesday.", "Tuesday").timex.value == "2021-09-07"


@pytest.mark.parametrize(
    "text",
    [
        "The fire started around 2 a.m. local time on Sunday.",
        "A bomb exploded near the U.S. embassy on Sunday.",
        "Dozens were wounded in the blast next to the embassy on Sunday.",
    ],
)
def test_initials_and_next_to_do_not_hide_a_past_verb(one, text):
    assert one(text, "Sunday").timex.value == "2021-08-29"


@pytest.mark.parametrize(
    "verb",
    ["froze", "sank", "shook", "stole", "blew", "sang", "slept", "swept", "dug", "heard", "knelt"],
)
def test_irregular_past_verbs_set_the_past_tense(one, verb):
    assert one(f"The crowd {verb} on Sunday.", "Sunday").timex.value == "2021-08-29"


@pytest.mark.parametrize(
    "text",
    [
        "The allies will begin scaled-back drills on Tuesday, officials said.",
        "The so-called summit will open on Tuesday.",
    ],
)
def test_a_word_joined_by_a_hyphen_is_no_past_verb(one, text):
    assert one(text, "Tuesday").timex.value == "2021-09-07"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a schedule in the present simple with a plural subject
        ("U.S. markets open at 9:30 a.m. on Tuesday.", "2021-09-07"),
        ("Goldman reports today, while Citigroup and Bank of America follow on Tuesday.", "2021-09-07"),
        # "open" as a state is no schedule
        ("The doors were left open on Tuesday.", "2021-08-31"),
        ("A follow-up meeting was held on Tuesday.", "2021-08-31"),
        # what a warning is of, over a stretch of time, lies ahead
        ("Forecasters warned of gale-force winds from Tuesday, and skippers stayed in port.", "2021-09-07"),
        ("Police warned of the danger on Tuesday.", "2021-08-31"),
        # and so does what a forecast is for
        ("Residents were told to leave, with more heavy rain forecast through Tuesday.", "2021-09-07"),
    ],
)
def test_schedules_and_warnings(find, text, value):
    assert [m.timex.value[:10] for m in find(text)][-1] == value


def test_scheduled_weekday_is_in_the_future(one):
    assert one("The vote is scheduled for Tuesday.", "Tuesday").timex.value == "2021-09-07"
    assert one("The march is planned for Tuesday.", "Tuesday").timex.value == "2021-09-07"
    assert one("A summit set for Tuesday drew protests.", "Tuesday").timex.value == "2021-09-07"


def test_publication_weekday_in_past_tense_is_the_publication_day(one):
    assert one("The company said Friday that profits fell.", "Friday").timex.value == "2021-09-03"


def test_weekday_with_unclear_tense_is_the_nearest(one):
    assert one("Tuesday: a day of talks.", "Tuesday").timex.value == "2021-08-31"
    assert one("Monday: a day of talks.", "Monday").timex.value == "2021-09-06"


def test_next_weekday_is_the_first_after_today(one):
    assert one("Come back next Tuesday.", "next Tuesday").timex.value == "2021-09-07"


def test_last_weekday_is_the_latest_before_today(one):
    assert one("He arrived last Friday.", "last Friday").timex.value == "2021-08-27"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Ministers will meet the union on Monday week.", "Monday week", "2021-09-13"),
        ("New rates take effect from Friday week.", "Friday week", "2021-09-17"),
        ("He appears before the committee on Tuesday week.", "Tuesday week", "2021-09-14"),
    ],
)
def test_a_weekday_week_is_a_week_after_the_next_one(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_this_weekday_is_in_the_current_week(one):
    assert one("The match is this Saturday.", "this Saturday").timex.value == "2021-09-04"


def test_newspaper_name_is_not_a_weekday(find):
    assert find("He told the Sunday Times.") == []


@pytest.mark.parametrize(
    "text",
    [
        "They reached the quarter-finals at Wimbledon.",
        "The quarter final went to a tie-break.",
        "The council weighed overnight-only closures.",
        "The small-cap Russell 2000 rose 1%.",
        "He won the marathon in 2:05:11.",
        # days' names, a programme, and things named after a holiday
        "The Black Saturday fires struck Victoria.",
        "An official told BBC Radio 4's Today programme.",
        "An official told USA TODAY the plan would work.",
        "Real Christmas trees can be left beside green bins.",
    ],
)
def test_names_and_measures_that_look_like_times(find, text):
    assert find(text) == []
    assert find("He told the Mail on Sunday and the Independent on Sunday.") == []
    assert find("Her novel The Tuesday Club sold well; he read the Saturday Evening Post.") == []
    assert find("He once hosted Saturday Night Live.") == []


def test_a_weekday_before_a_lower_case_title_word_is_a_day(one):
    assert one("On Sunday people marched.", "Sunday").timex.value == "2021-08-29"


def test_a_newspaper_on_a_weekday_is_a_date(one):
    assert one("The Daily Mail on Sunday reported it.", "Sunday").timex.value == "2021-08-29"


def test_abbreviated_weekday_after_this_or_next(one):
    assert one("Come down this Sat!", "this Sat").timex.value == "2021-09-04"


def test_a_verb_spelt_like_an_abbreviated_weekday_is_no_day(find):
    found = find("Parliament, which last sat on Aug. 12, returns next week.")
    assert [m.text for m in found] == ["Aug. 12", "next week"]


def test_until_weekday_opening_a_past_sentence_looks_back(one):
    text = "He vanished in May. Until Thursday, they had not called him a suspect."
    assert one(text, "Thursday").timex.value == "2021-09-02"


def test_plan_in_past_perfect_is_past(one):
    assert one("The offer had been due to expire Tuesday.", "Tuesday").timex.value == "2021-08-31"


def test_until_weekday_in_a_clause_is_a_deadline_ahead(one):
    assert one("The talks were adjourned until Tuesday.", "Tuesday").timex.value == "2021-09-07"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The court ordered him to leave by Wednesday.", "Wednesday", "2021-09-08"),
        ("He was given until Wednesday to respond.", "Wednesday", "2021-09-08"),
        ("The firm asked to be paid by Wednesday.", "Wednesday", "2021-09-08"),
        # "stay closed": an adjective, not a past tense
        ("Schools will stay closed through Monday.", "Monday", "2021-09-06"),
        # nor after what something is kept in
        ("The bill keeps the government funded through Monday.", "Monday", "2021-09-06"),
        # or wanted in
        ("Ministers want the cuts legislated before Parliament rises on Sept. 30.", "Sept. 30", "2021-09-30"),
        ("Agencies want their crews hired, trained and in place by Monday.", "Monday", "2021-09-06"),
        ("He wants to know who attacked him on Monday.", "Monday", "2021-08-30"),
        # "last" as a verb takes its tense from the clause
        ("A curfew will begin at 9 p.m. and last until 6 a.m. Sunday.", "6 a.m. Sunday", "2021-09-05T06:00"),
        # what had happened, or was done, by a day is past
        ("By Sunday night, its winds had weakened.", "Sunday night", "2021-08-29TNI"),
        ("Most ballots were counted by Wednesday.", "Wednesday", "2021-09-01"),
        # a deadline's name looks ahead, unless it was
        ("The last day to register is Tuesday.", "Tuesday", "2021-09-07"),
        ("The final day for entries is Tuesday.", "Tuesday", "2021-09-07"),
        ("The last day to register was Tuesday.", "Tuesday", "2021-08-31"),
        # but not what is yet to count when done by a day
        ("Donations made by Wednesday qualify for the match.", "Wednesday", "2021-09-08"),
        ("Applications submitted by Wednesday are eligible.", "Wednesday", "2021-09-08"),
        # (a place gone to is no deadline's "to")
        ("The storm swept north and out to sea by Wednesday morning.", "Wednesday morning", "2021-09-01TMO"),
        ("Operations were back to normal by Wednesday evening.", "Wednesday evening", "2021-09-01TEV"),
        ("Staff were told to return to work by Wednesday.", "Wednesday", "2021-09-08"),
        # a "by" that opens its clause is met by a past verb after it
        ("The fire began Monday, and by Wednesday it was out.", "Wednesday", "2021-09-01"),
        ("By Thursday, rescuers reached the village.", "Thursday", "2021-09-02"),
        ("By Thursday, rescuers will reach the village.", "Thursday", "2021-09-09"),
        # what was expected by a day still lies ahead; what had been hoped for by it is past
        ("Another storm was expected by Wednesday.", "Wednesday", "2021-09-08"),
        # a date something was moved to lies ahead, however many words between
        (
            "The Met Office extended its amber warning for snow and ice to Wednesday.",
            "Wednesday",
            "2021-09-08",
        ),
        ("The launch has slipped by about two weeks, to Thursday.", "Thursday", "2021-09-09"),
        ("Crews had hoped to restore power by Wednesday night.", "Wednesday night", "2021-09-01TNI"),
        # a past verb with its object before "by": done by then; not with "to" or a goal between
        ("Police received 400 calls by Wednesday night.", "Wednesday night", "2021-09-01TNI"),
        ("The index fell 3% by Wednesday.", "Wednesday", "2021-09-01"),
        ("Shares fell 4% to $61.20 by Wednesday.", "Wednesday", "2021-09-01"),  # "to" a price, not a goal
        # nor with the figures of one clause between ("$5.31, or 20.7%,")
        ("Brent was down $5.31, or 20.7%, at $20.26 by Wednesday.", "Wednesday", "2021-09-01"),
        ("The firm fell behind, and by Wednesday it will be out.", "Wednesday", "2021-09-08"),
        ("The firm set a goal of finishing by Wednesday.", "Wednesday", "2021-09-08"),
        # until a day, a state that went on is past and one that will go on ahead
        ("The talks ran until Wednesday.", "Wednesday", "2021-09-01"),
        ("The road stays closed until Wednesday.", "Wednesday", "2021-09-08"),
        # an activity in the past tense went on until then; a state set to last may lie ahead
        ("The party polled strongly until Wednesday, when a scandal broke.", "Wednesday", "2021-09-01"),
        ("The party had been polling strongly until Wednesday.", "Wednesday", "2021-09-01"),
        ("Labour were trailing until Wednesday.", "Wednesday", "2021-09-01"),
        # what did not happen until a day happened on it
        ("Services did not return to normal until Wednesday.", "Wednesday", "2021-09-01"),
        ("Power was not restored until Wednesday night.", "Wednesday night", "2021-09-01TNI"),
        ("Assembly lines did not fully restart until Wednesday.", "Wednesday", "2021-09-01"),
        ("Assembly lines did not fully restart until early August.", "early August", "2021-08"),
        ("The trains will not run until Wednesday.", "Wednesday", "2021-09-08"),
        ("The company said it was not planning to reopen until Wednesday.", "Wednesday", "2021-09-08"),
        ("The museum was closed until Wednesday.", "Wednesday", "2021-09-08"),
        ("The institute placed 12 districts on red alert until Wednesday.", "Wednesday", "2021-09-08"),
        ("The class, it said, was booked out until mid-October.", "mid-October", "2021-10"),
        ("The airline said it had grounded its fleet until Wednesday.", "Wednesday", "2021-09-08"),
        # a verb that sets a state to last between the cue and "until"
        ("Both have since been released on bail until Wednesday.", "Wednesday", "2021-09-08"),
        ("The court had scheduled hearings until Wednesday.", "Wednesday", "2021-09-08"),
        # a court's order to appear: the hearing comes after it
        (
            "A boy was charged yesterday and was remanded to appear in court on Monday.",
            "Monday",
            "2021-09-06",
        ),
        # "until at least", and a name spelt like a past verb ("Tweed") is no past tense
        (
            "Warnings remain in place for the Richmond, Tweed and Clarence rivers until at least Wednesday.",
            "Wednesday",
            "2021-09-08",
        ),
        ("The judge gave him until Wednesday to respond.", "Wednesday", "2021-09-08"),
        ("The council agreed to stay until Wednesday.", "Wednesday", "2021-09-08"),
        ("At least eight companies have filed to go public by Wednesday.", "Wednesday", "2021-09-08"),
        # the same with "the end of" between
        (
            "At least eight companies have filed to go public by the end of March.",
            "the end of March",
            "2022-03",
        ),
        ("Sales had risen by the end of March.", "the end of March", "2021-03"),
        # a past perfect before the deadline: the expectation was of a time gone by
        ("Many students had expected the results by the end of June.", "the end of June", "2021-06"),
        ("Fans had expected the album by Wednesday.", "Wednesday", "2021-09-01"),
        ("Fans expect the album by Wednesday.", "Wednesday", "2021-09-08"),
    ],
)
def test_a_deadline_lies_ahead_unless_the_clause_says_it_was_met(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a list runs forward: the Friday after Wednesday, not today
        ("Strikes are planned for Monday, Wednesday and Friday.", ["2021-09-06", "2021-09-08", "2021-09-10"]),
        ("The clinic will open Tuesday or Thursday.", ["2021-09-07", "2021-09-09"]),
        # but not past the publication in a past-tense clause
        ("Protests were held on Thursday and Saturday.", ["2021-09-02", "2021-08-28"]),
        # unless the list already began after it
        ("A storm was expected by Wednesday or Thursday.", ["2021-09-08", "2021-09-09"]),
        # a range ends on or after the day it begins
        ("The fair runs Sunday through Tuesday.", ["2021-09-05", "2021-09-07"]),
        ("The fair runs Thursday through Sunday.", ["2021-09-02", "2021-09-05"]),
        ("Police bought the shares from Aug. 16 to Thursday.", ["2021-08-16", "2021-09-02"]),
        # a weekday after a date that falls on it names the same day
        ("On Christmas Day, Saturday, crews will shut the main.", ["2021-12-25", "2021-12-25"]),
        ("Crews will work Sept. 11, Saturday and Sunday.", ["2021-09-11", "2021-09-11", "2021-09-12"]),
    ],
)
def test_weekdays_in_a_list(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a weekday with no tense cue near it goes the way of the day before it in its sentence
        (
            "The Treasury, which will sell $15 billion of notes on Tuesday, $11 billion of 10-year notes "
            "Wednesday and $10 billion of long-dated bonds Thursday, is busy.",
            ["2021-09-07", "2021-09-08", "2021-09-09"],
        ),
        (
            "The Treasury, which sold $15 billion of notes on Tuesday, $11 billion of longer notes "
            "Wednesday and $10 billion of long-dated bonds Thursday, is busy.",
            ["2021-08-31", "2021-09-01", "2021-09-02"],
        ),
    ],
)
def test_weekday_without_a_cue_follows_the_day_before_it(find, text, values):
    assert [m.timex.value for m in find(text) if m.timex.type.value == "DATE"] == values


def test_previous_weekday_is_the_one_before_the_story_day(one):
    text = "Stocks fell on Aug. 20, down 4% from the previous Friday."
    assert one(text, "the previous Friday").timex.value == "2021-08-13"


def test_the_following_weekday_counts_from_a_deadline_in_its_sentence(one):
    text = (
        "The ballot will stay open until 5 p.m. on Sept. 15, and results are expected the following Monday."
    )
    assert one(text, "the following Monday").timex.value == "2021-09-20"


def test_possessive_weekday_is_a_day_that_has_happened(one):
    text = "Lawyers said they would look for ways to get around Monday's ruling."
    assert one(text, "Monday").timex.value == "2021-08-30"


def test_possessive_weekday_after_ahead_of_looks_forward(one):
    assert one("Shares rose ahead of Tuesday's vote.", "Tuesday").timex.value == "2021-09-07"


def test_a_quote_attributed_after_it_keeps_its_own_tense(one):
    text = "``The father will leave at dawn (6 a.m. Tuesday),'' Castro said."
    assert one(text, "6 a.m. Tuesday").timex.value == "2021-09-07T06:00"


def test_an_abbreviated_month_does_not_end_the_clause_that_sets_the_tense(one):
    # anchor: Friday 3 September 2021; "bought" is the verb, "Aug." no sentence end
    text = "It holds 504,200 shares, including 254,200 bought from Aug. 14 to Monday for $15.50 each."
    assert one(text, "Monday").timex.value == "2021-08-30"


def test_this_coming_and_this_past_weekday(one):
    assert one("The march is this coming Sunday.", "this coming Sunday").timex.value == "2021-09-05"
    assert one("It rained this past Monday.", "this past Monday").timex.value == "2021-08-30"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anchor: Friday 3 September 2021; the aside's own verb beats the main clause's across the comma
        ("The ceasefire, agreed on Monday, will be reviewed Thursday.", "Monday", "2021-08-30"),
        ("The ceasefire, agreed on Monday, will be reviewed Thursday.", "Thursday", "2021-09-09"),
        ("The deal, first announced in March, is expected to close in 2022.", "March", "2021-03"),
        ("Smith, who was elected in June, will take office in January.", "June", "2021-06"),
        ("Smith, who was elected in June, will take office in January.", "January", "2022-01"),
        # so has a relative clause after the expression
        ("Events go on through Sunday in Houston, where crowds gathered all week.", "Sunday", "2021-09-05"),
        # a second clause joined by "and" has its own verb
        ("The film premiered at Cannes in May and opens on Christmas Day.", "May", "2021-05"),
        ("The film premiered at Cannes in May and opens on Christmas Day.", "Christmas Day", "2021-12-25"),
    ],
)
def test_an_aside_or_a_joined_clause_keeps_its_own_tense(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a participle after a modal is part of its verb phrase, not a past tense
        ("The agency said it would offer discounted fares on Monday.", "Monday", "2021-09-06"),
        ("The firm will have finished its revamped site by Monday.", "Monday", "2021-09-06"),
        ("Officials warned the district must make up lost days on Saturday.", "Saturday", "2021-09-04"),
        ("Schools should replace damaged desks on Monday.", "Monday", "2021-09-06"),
        ("The firm will begin contacting affected customers by email on Tuesday.", "Tuesday", "2021-09-07"),
        # not a past verb with its own subject
        ("The trial begins after police arrested him on Tuesday.", "Tuesday", "2021-08-31"),
        # a past verb of its own still is
        ("Officials said they would meet, and the talks ended on Monday.", "Monday", "2021-08-30"),
        # and what would have happened is past: a counterfactual
        ("Had the cap been in force, it would have been triggered on Monday.", "Monday", "2021-08-30"),
        ("But for the rain, they could have finished on Tuesday.", "Tuesday", "2021-08-31"),
        ("It would have to be paid by Monday.", "Monday", "2021-09-06"),
        # but "have" as a verb of its own after a modal looks ahead
        ("Team doctors said he would have scans on Monday.", "Monday", "2021-09-06"),
        (
            "The utility said customers would have power back by Monday night.",
            "Monday night",
            "2021-09-06TNI",
        ),
        ("She might have a decision on Tuesday.", "Tuesday", "2021-09-07"),
        # a perfect far from the date, cut off where cues are looked for, is still one
        (
            "But on April 8, investigators, wondering how the assailant could have emerged from the woods "
            "without fearing he would be seen carrying a rifle, searched the site once more.",
            "April 8",
            "2021-04-08",
        ),
    ],
)
def test_a_participle_in_a_modal_verb_phrase(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "might" and "could" before a verb speak of what may yet happen
        ("Forecasters said the storm could hit the coast on Tuesday.", "Tuesday", "2021-09-07"),
        ("The union might call a strike on Wednesday.", "Wednesday", "2021-09-08"),
        ("Rain could disrupt the parade in the fall.", "the fall", "2021-FA"),
        # a bare verb spelt like a past form right after a modal is the modal's verb
        ("The central bank will cut rates on Tuesday.", "Tuesday", "2021-09-07"),
        # not before "have", "not" or "be": past ability, or a past passive ("could not be reached")
        ("Officials said he might have left the country on Tuesday.", "Tuesday", "2021-08-31"),
        ("None of the four grandparents could be located Wednesday.", "Wednesday", "2021-09-01"),
    ],
)
def test_might_and_could_look_ahead(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a schedule in the present simple lies ahead, as "the law takes effect" does
        ("Voters go to the polls Thursday in a runoff.", "Thursday", "2021-09-09"),
        ("The team heads to Denver on Wednesday.", "Wednesday", "2021-09-08"),
        ("The president visits Ohio on Tuesday.", "Tuesday", "2021-09-07"),
        ("The committee meets Wednesday to weigh the bill.", "Wednesday", "2021-09-08"),
        ("United hosts Chelsea on Tuesday night.", "Tuesday night", "2021-09-07TNI"),
        ("They face Liverpool in the cup on Wednesday.", "Wednesday", "2021-09-08"),
        ("We meet again on Thursday.", "Thursday", "2021-09-09"),
        ("Leeds, who host Chelsea on Wednesday, won again.", "Wednesday", "2021-09-08"),
        ("Classes begin Wednesday at the new campus.", "Wednesday", "2021-09-08"),
        ("Talks resume Tuesday in Geneva.", "Tuesday", "2021-09-07"),
        ("Students return to class Wednesday.", "Wednesday", "2021-09-08"),
        ("The team returns home Thursday.", "Thursday", "2021-09-09"),
        ("MPs return on Thursday.", "Thursday", "2021-09-09"),
        # a date in a calendar
        ("This year the festival falls on Thursday.", "Thursday", "2021-09-09"),
        # a plural or a team as subject, and a closing on the calendar
        ("Arsenal face Leeds on Thursday.", "Thursday", "2021-09-09"),
        ("Policymakers meet Thursday.", "Thursday", "2021-09-09"),
        ("Markets are closed on Thursday for the holiday.", "Thursday", "2021-09-09"),
        ("Polls are open Thursday.", "Thursday", "2021-09-09"),
        ("Polls are open from 7 a.m. to 8 p.m. Thursday.", "8 p.m. Thursday", "2021-09-09T20:00"),
        ("Services change as the clocks go back on Thursday.", "Thursday", "2021-09-09"),
        ("Crews are counting down to Thursday's launch.", "Thursday", "2021-09-09"),
        ("Tickets go on sale on Thursday.", "Thursday", "2021-09-09"),
        ("The office was closed on Thursday.", "Thursday", "2021-09-02"),
        # a result is past, and so is what a relative clause did over a time
        ("Buffalo beat Jacksonville 27-24 on Sunday.", "Sunday", "2021-08-29"),
        ("Fans who registered over the weekend will get codes.", "the weekend", "2021-W34-WE"),
        # not an infinitive, a negation or a noun
        ("The senator failed to return on Thursday.", "Thursday", "2021-09-02"),
        ("The return on equity rose on Thursday.", "Thursday", "2021-09-02"),
        ("Talks failed to resume Tuesday.", "Tuesday", "2021-08-31"),
        ("Trading did not begin Thursday, traders said.", "Thursday", "2021-09-02"),
        ("It was a return to the protests of Wednesday.", "Wednesday", "2021-09-01"),
        ("England beat the hosts on Thursday.", "Thursday", "2021-09-02"),
        ("Chile withdrew as host on Thursday amid protests.", "Thursday", "2021-09-02"),
        # a past verb nearer the day still wins
        ("The president, who visits often, spoke in Ohio on Tuesday.", "Tuesday", "2021-08-31"),
        ("Officials counted the votes on Wednesday.", "Wednesday", "2021-09-01"),
    ],
)
def test_a_schedule_in_the_present_simple(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday in apposition to the date before it is that day
        ("Voter registration closes on Oct. 5, a Tuesday.", "2021-10-05"),
        ("On the evening of 9 November 1989, a Thursday, the wall opened.", "1989-11-09"),
        # unless the date falls on another weekday: then it is read on its own ("ends" looks ahead)
        ("It ends on Oct. 5, a Monday.", "2021-09-06"),
        # the weekday a date is said to fall on is that date, and picks the date's year
        ("In 2019, when March 17 fell on a Sunday, the parade went ahead.", "2019-03-17"),
        ("The deadline, March 17, falls on a Thursday.", "2022-03-17"),
        ("The vote, on Oct. 5, a Tuesday, was close.", "2021-10-05"),
    ],
)
def test_a_weekday_in_apposition_is_the_date_before_it(find, text, value):
    assert find(text)[-1].timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past participle with the day attached to it is the event of that day, whatever the main verb
        ("Funerals for two hostages killed on Thursday are scheduled for next week.", "2021-09-02"),
        ("A man arrested Wednesday will appear in court.", "2021-09-01"),
        # and a foreseen one lies ahead
        ("A ruling expected Tuesday could change that.", "2021-09-07"),
        ("A ruling expected as soon as Tuesday could change that.", "2021-09-07"),
        ("A man arrested late Thursday will appear in court.", "2021-09-02"),
        ("The ruling, expected Tuesday, was put off.", "2021-09-07"),
    ],
)
def test_a_past_participle_right_before_a_weekday_sets_its_tense(find, text, value):
    assert find(text)[0].timex.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm was on track to make landfall late Tuesday.", "2021-09-07"),
        # a hyphenated compound is no verb: "flu-shot" is a noun
        ("The county will hold a free flu-shot clinic on Sunday.", "2021-09-05"),
        ("Health officials will open free flu shot clinics at libraries on Sunday.", "2021-09-05"),
    ],
)
def test_on_track_to_looks_ahead_and_compounds_are_no_past_tense(find, text, value):
    assert find(text)[0].timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value", "mod"),
    [
        ("It happened late on Tuesday.", "late on Tuesday", "2021-08-31", "END"),
        ("Early on Wednesday, crews left.", "Early on Wednesday", "2021-09-01", "START"),
        # "later on" is no part of the day, nor is "early" measured against a schedule
        ("Later on Wednesday, police came.", "Wednesday", "2021-09-01", None),
        ("The shop opened early on Wednesday.", "Wednesday", "2021-09-01", None),
    ],
)
def test_early_or_late_on_a_weekday(one, text, expression, value, mod):
    mention = one(text, expression)
    assert (mention.timex.value, mention.timex.mod) == (value, mod)


def test_agreed_to_before_a_noun_is_no_plan(one):
    assert one("The Lords agreed to it on Tuesday without a vote.", "Tuesday").timex.value == "2021-08-31"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the weekday of the story's week, on either side of its day (the publication's Friday is Sept. 3)
        (
            "The festival runs from Friday 17 September to Sunday 19 September. On the Friday, bands play"
            " until midnight.",
            "the Friday",
            "2021-09-17",
        ),
        (
            "The strike began on Wednesday 7 March 1984. By the Sunday, pickets had gathered.",
            "the Sunday",
            "1984-03-11",
        ),
        (
            "The strike began on Wednesday 7 March 1984. They had met on the Monday.",
            "the Monday",
            "1984-03-05",
        ),
    ],
)
def test_the_weekday_is_of_the_story_week(one, text, expression, value):
    assert one(text, expression).timex.value == value


def test_the_weekday_before_a_noun_or_without_a_story_day_is_a_bare_weekday(find):
    assert [(m.text, m.timex.value) for m in find("They met on the Monday.")] == [
        ("the Monday", "2021-08-30")
    ]
    found = find("The strike began on 7 March 1984. On the Friday prayers were held.")
    assert [(m.text, m.timex.value) for m in found][1:] == [("Friday", "2021-09-03")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "followed by" is a participle, not a past tense
        (
            "They travel to Gillingham on Tuesday night followed by a home game.",
            "Tuesday night",
            "2021-09-07TNI",
        ),
        # a possessive weekday whose own verb is a schedule lies ahead
        ("Saturday's game starts at 7.30pm.", "Saturday", "2021-09-04"),
        # what ought to happen lies ahead
        ("Walkers should check the warnings on Tuesday.", "Tuesday", "2021-09-07"),
        ("Forms must be filed on Wednesday.", "Wednesday", "2021-09-08"),
        # a closing price is a past fact, whatever the tense
        ("It will pay a 41 percent premium to the closing price on Tuesday.", "Tuesday", "2021-08-31"),
        # a schedule that was superseded is past; "restart" is a schedule verb
        ("The vote, originally scheduled for Tuesday, was held on Wednesday.", "Tuesday", "2021-08-31"),
        ("The launch had originally been set for Tuesday but was delayed.", "Tuesday", "2021-08-31"),
        # getting ready to do something on a day looks ahead; having been getting ready does not
        ("The line shut as engineers prepare to carry out repairs on Tuesday.", "Tuesday", "2021-09-07"),
        ("He was preparing to leave on Tuesday when he fell ill.", "Tuesday", "2021-08-31"),
        # what happens ahead of something is not ahead itself
        ("Buyers rushed to showrooms in August ahead of new tariffs.", "August", "2021-08"),
        # a plan set or called for lies ahead, as does a fixture in the present, a player's fitness for a
        # game, weather predicted for a day and the setting of what will be done
        ("Unions have called protests in Madrid and Barcelona for Tuesday.", "Tuesday", "2021-09-07"),
        ("Madrid play Villarreal on Tuesday.", "Tuesday", "2021-09-07"),
        ("Players were given four days off and report back on Tuesday.", "Tuesday", "2021-09-07"),
        ("He is doubtful for the game against Pakistan in Ahmedabad on Tuesday.", "Tuesday", "2021-09-07"),
        ("Forecasters have predicted showers for Tuesday afternoon.", "Tuesday afternoon", "2021-09-07TAF"),
        ("Sinner will face Medvedev in Tuesday's final.", "Tuesday", "2021-09-07"),
        ("The club will appeal Wednesday's ruling.", "Wednesday", "2021-09-01"),
        # what may be put off has not happened yet
        ("Snow expected tonight could delay Tuesday's site tours.", "Tuesday", "2021-09-07"),
        ("Rain threatens Tuesday's parade.", "Tuesday", "2021-09-07"),
        ("Rain delayed Tuesday's parade.", "Tuesday", "2021-08-31"),
        (
            "He will miss the June matches after aggravating an injury in Tuesday's draw.",
            "Tuesday",
            "2021-08-31",
        ),
        ("The bridge was ready for traffic on Tuesday.", "Tuesday", "2021-08-31"),
        # nor is what happened ahead of schedule
        ("The trial was halted ahead of schedule in October.", "October", "2020-10"),
        # a condition in the present tense is yet to be met
        ("Trump has pledged to reverse the rules if he wins in March.", "March", "2022-03"),
        ("The union has threatened a strike unless the company pays up on Tuesday.", "Tuesday", "2021-09-07"),
        ("Collections, suspended since the storm, restart on Tuesday.", "Tuesday", "2021-09-07"),
        # advice or an order to do something on a day looks ahead
        ("AAA advised motorists to leave before noon on Tuesday.", "noon", "2021-09-07T12:00"),
        (
            "Officials urged people attending Labor Day events to stay in the shade on Monday.",
            "Monday",
            "2021-09-06",
        ),
        ("Police urged people living in low-lying areas to leave on Monday.", "Monday", "2021-09-06"),
        ("Police asked the public for help on Tuesday.", "Tuesday", "2021-08-31"),
        (
            "Operators asked the telecoms regulator to push the auction back to Tuesday.",
            "Tuesday",
            "2021-09-07",
        ),
        # a time clause in the present after a future tense is future
        (
            "Rishi Sunak will respond in one of his final Commons appearances as Conservative leader before "
            "his successor is announced on Tuesday.",
            "Tuesday",
            "2021-09-07",
        ),
        # a quote after a colon has its own tense
        ('He told the Evening Post on Tuesday: "Our crews will be out."', "Tuesday", "2021-08-31"),
        # "could be" what may yet happen; not "could be reached" for comment
        ("Officials said a negotiator could be named as early as Tuesday.", "Tuesday", "2021-09-07"),
        ("The minister could not be reached Tuesday.", "Tuesday", "2021-08-31"),
        ("The minister could be reached Tuesday.", "Tuesday", "2021-08-31"),
        # "may have to" is an obligation ahead, not a past possibility ("may have left")
        ("Economists said the bank may have to cut again on Tuesday.", "Tuesday", "2021-09-07"),
        ("Officials said the council might have to reopen the budget in January.", "January", "2022-01"),
        ("Police said the man may have left on Tuesday.", "Tuesday", "2021-08-31"),
        # a plan told in the past tense
        ("Council members were to meet in closed session on Tuesday.", "Tuesday", "2021-09-07"),
        ("The vote was to have been held on Tuesday.", "Tuesday", "2021-08-31"),
        # a "starting" after a past verb across a comma tells when it started
        (
            "The vote was held in four phases over three weeks, starting on Aug. 20 and ending on Tuesday.",
            "Tuesday",
            "2021-08-31",
        ),
        # rain expected through a day: ahead, as "a ruling expected Friday"
        (
            "Crews braced, with the heaviest rain expected tonight and through Tuesday morning.",
            "Tuesday morning",
            "2021-09-07TMO",
        ),
        # a forecast told as a participle, and advice in the passive, look ahead
        ("Temperatures will climb, with highs of 34C expected in London on Sunday.", "Sunday", "2021-09-05"),
        ("People were urged to get their flu shots before Sunday.", "Sunday", "2021-09-05"),
        ("Sales rose more than expected on Monday.", "Monday", "2021-08-30"),
        # a player's fitness for a day's game ahead
        ("Smith is doubtful for Sunday's game against New Zealand.", "Sunday", "2021-09-05"),
        # a fixture a future clause says is still to be played
        ("Alcaraz must negotiate Tuesday's semifinal against Sinner first.", "Tuesday", "2021-09-07"),
        ("The assistant will be in charge for Tuesday's trip to Stuttgart.", "Tuesday", "2021-09-07"),
        ("Officials will publish the order paper for Saturday's sitting today.", "Saturday", "2021-09-04"),
        # a day that is the subject of a modal lies ahead, whatever verb came before it; not "could have been"
        ("Forecasters said Wednesday could be the hottest day of the year.", "Wednesday", "2021-09-08"),
        ("Police said Wednesday could have been far worse.", "Wednesday", "2021-09-01"),
        ("Police said Wednesday's crash could have been far worse.", "Wednesday", "2021-09-01"),
        # a weather warning is for a day to come
        ("AEMET has issued an orange warning for Wednesday in Seville.", "Wednesday", "2021-09-08"),
        ("The Met Office issued a red warning for Wednesday night.", "Wednesday night", "2021-09-08TNI"),
        # schedules in the present simple
        ("The Ovation of the Seas returns at 6 a.m. Tuesday.", "6 a.m. Tuesday", "2021-09-07T06:00"),
        ("Scorsese's film premieres out of competition on Tuesday.", "Tuesday", "2021-09-07"),
        ("The governor, who steps down on Tuesday, spoke to reporters.", "Tuesday", "2021-09-07"),
        # a name is no passive ("stay said"): the day it was said on
        (
            "Budget chain operator Hoshino Stay said on Wednesday it would open 12 hotels.",
            "Wednesday",
            "2021-09-01",
        ),
        # what was expected over a time lies after the expecting
        ("Organisers said they expected smaller crowds over the weekend.", "the weekend", "2021-W35-WE"),
        # a day before an order tells when it was given; after it, when it is to be done
        ("The authority on Tuesday ordered a developer to pay interest.", "Tuesday", "2021-08-31"),
        ("Police on Tuesday urged drivers to avoid the bridge.", "Tuesday", "2021-08-31"),
        ("The authority ordered the developer to pay by Tuesday.", "Tuesday", "2021-09-07"),
        # a participle after a preposition is an adjective, not the clause's past tense
        ("Staff begin a ballot on Tuesday over proposed redundancies.", "Tuesday", "2021-09-07"),
        ("Nurses will strike on Tuesday against planned cuts.", "Tuesday", "2021-09-07"),
        ("Nurses met on Tuesday and discussed planned cuts.", "Tuesday", "2021-08-31"),
        # a wish, a need or a pledge looks ahead
        ("She has said she wants to visit on Tuesday.", "Tuesday", "2021-09-07"),
        ("The council needs to approve the plan on Tuesday.", "Tuesday", "2021-09-07"),
        ("Protesters pledge to return on Tuesday.", "Tuesday", "2021-09-07"),
        # a state something is kept in, with a count among the words between
        ("The district will keep its 38 schools closed Tuesday.", "Tuesday", "2021-09-07"),
        # a participle right before "before" or "after" and the time it is attached to
        ("Tickets bought before Tuesday will be honored.", "Tuesday", "2021-08-31"),
        ("Further arrests were expected before Tuesday.", "Tuesday", "2021-09-07"),
        # a plan named after a noun in a past clause may have gone by or not: the nearest date
        ("Protests forced the cancellation of a concert scheduled for Aug. 28.", "Aug. 28", "2021-08-28"),
        ("The council postponed two votes scheduled for August.", "August", "2021-08"),
        # what is not ruled out, or was possible by a day, lies ahead
        ("Officials did not rule out a longer tour in the spring.", "the spring", "2022-SP"),
        ("Dr. Chant said a new wave was possible by Christmas.", "Christmas", "2021-12-25"),
        # a schedule told in the present: "takes office", "take effect"
        ("Milei, who takes office on Sunday, has called the bloc a burden.", "Sunday", "2021-09-05"),
        ("Rules that take effect Monday were announced.", "Monday", "2021-09-06"),
        ("The law failed to take effect on Monday.", "Monday", "2021-08-30"),
        # the past verb of a relative clause with "that", not the main verb after it
        ("Limits that took effect Sunday will be reviewed in the new year.", "Sunday", "2021-08-29"),
        # a count before a noun spelt like a schedule verb: no verb
        ("The clinic, which saw a record 1,930 visits on Aug. 24, is full.", "Aug. 24", "2021-08-24"),
        # what was rescheduled for a date lies ahead, even in the past perfect
        ("He said surgeries postponed in the spring had been rescheduled for March.", "March", "2022-03"),
        ("The court rescheduled the hearing for July.", "July", "2022-07"),
        # what is booked for a weekday is the coming one, even after a day the report was released
        ("Data released Tuesday showed reservations for Saturday were up 14%.", "Saturday", "2021-09-04"),
        ("The owner said the reservation book for October filled in a day.", "October", "2021-10"),
        ("The council postponed a vote scheduled for Sept. 9.", "Sept. 9", "2021-09-09"),
        # what runs out or lapses on a day is a schedule
        (
            "The House passed it late Thursday, with 36 hours left before funding runs out on Saturday.",
            "Saturday",
            "2021-09-04",
        ),
        ("The program lapses on Tuesday unless Congress acts.", "Tuesday", "2021-09-07"),
        # a plural subject of "open", with what it is of, makes a schedule; not a door left open
        ("Ticket sales for the first match open at 9am on Tuesday.", "Tuesday", "2021-09-07"),
        ("Polls open on Tuesday.", "Tuesday", "2021-09-07"),
        ("The doors of the hall left open on Tuesday let the cold in.", "Tuesday", "2021-08-31"),
        # an aside's participle with its own day is not the tense of the clause after it
        ("The outlook, issued Tuesday, calls for warm weather through October.", "October", "2021-10"),
        ("The report, released on Monday, shows sales fell in July.", "July", "2021-07"),
        # a vote ahead, not the votes cast
        ("Parliament votes on the bill on Tuesday.", "Tuesday", "2021-09-07"),
        ("It is the only issue that matters when they vote on Tuesday.", "Tuesday", "2021-09-07"),
        ("The votes on Tuesday were counted.", "Tuesday", "2021-08-31"),
        # and so of "close"; not a result that came close
        ("Submissions close at 5 p.m. Tuesday.", "5 p.m. Tuesday", "2021-09-07T17:00"),
        ("Entries for the contest close on Tuesday.", "Tuesday", "2021-09-07"),
        ("The vote came close on Tuesday.", "Tuesday", "2021-08-31"),
        # and so a plan named by an adjective
        ("She skipped a scheduled radio interview on Thursday morning.", "Thursday morning", "2021-09-02TMO"),
        ("They talked about the slated visit of the minister on Tuesday.", "Tuesday", "2021-08-31"),
        ("They talked about the slated visit of the minister on Monday.", "Monday", "2021-09-06"),
        # (not a plan told with "to", which is to come)
        ("Analysts said the talks, set to resume Monday, were at risk.", "Monday", "2021-09-06"),
        # "followed by" tells an order, not when its agent was done
        (
            "The next test comes with the Japan renewals, followed by the Florida renewals on Dec. 1.",
            "Dec. 1",
            "2021-12-01",
        ),
        # "no earlier than" is a bound, no past
        ("Any increase approved would take effect no earlier than Aug. 1.", "Aug. 1", "2022-08-01"),
        # the verb of a relative clause with "whose", in the passive
        ("Owners whose cars were damaged in the storm on Tuesday should call.", "Tuesday", "2021-08-31"),
        # given until a time
        ("Homeowners who want increased cover have until Sunday to buy it.", "Sunday", "2021-09-05"),
        # a participle after a determiner, before a noun, is an adjective
        (
            "Regulators will hold a hearing on Citizens' proposed 2022 rates on Tuesday.",
            "Tuesday",
            "2021-09-07",
        ),
        # a past form that is no participle, after a figure
        ("An increase in the fee to $760 took effect on Dec. 1.", "Dec. 1", "2020-12-01"),
        # what was pledged as money was pledged then
        (
            "The government, which pledged $1 billion in December, will brief officials.",
            "December",
            "2020-12",
        ),
        # a present perfect through a day: the nearest
        ("Officials have booked the rooms through Monday in case talks stall.", "Monday", "2021-09-06"),
        # what is due is ahead; what came due is not
        ("Sales were helped by a list that includes a memoir due on Aug. 13.", "Aug. 13", "2022-08-13"),
        ("Many renewals came due in the spring.", "the spring", "2021-SP"),
        # "that" and a verb that is never a noun
        ("Petitions can be filed for jobs that begin on Aug. 1.", "Aug. 1", "2022-08-01"),
        # what a decision sets starts later
        ("The board approved extended weekend hours starting in the spring.", "the spring", "2022-SP"),
        # "a.m." and a sentence opener end the sentence
        (
            "Regulators will hold a hearing on new rates on Aug. 17 at 9:30 a.m. The insurer has asked.",
            "Aug. 17",
            "2022-08-17",
        ),
        # ... and so does a name and its verb ("GameStop said"), after which the time is the day's before it
        (
            "Stores are closed today and will reopen Monday, some as early as 5 a.m. GameStop said it will "
            "stay open.",
            "5 a.m.",
            "2021-09-06T05:00",
        ),
        # schedules in the present: an event that wraps up, companies that report before the open
        ("Stars flew in from the Venice festival, which wraps up Saturday.", "Saturday", "2021-09-04"),
        ("Exxon Mobil and Chevron report before the open Wednesday.", "Wednesday", "2021-09-08"),
        # a change effective at the close is ahead (not a closing price)
        (
            "MSCI said its review is due, with changes effective at the close on Dec. 30.",
            "Dec. 30",
            "2021-12-30",
        ),
        # a plan named by a participle, then a past verb: the nearest
        ("The festival, scheduled for Sept. 1-5 in Austin, was canceled last week.", "Sept. 1", "2021-09-01"),
        # a plan as it had stood, gone by or not: the nearest
        ("The meeting had been scheduled to end on Monday but was brought forward.", "Monday", "2021-09-06"),
        ("Rain ruined the maize they had planned to harvest in October.", "October", "2021-10"),
        ("The builders had hoped to finish the roof in August.", "August", "2021-08"),
        # what was offered lies ahead, and so does what goes live
        ("The union said it had offered to meet again on Tuesday.", "Tuesday", "2021-09-07"),
        ("Developers worked late to finish an update, which goes live on Tuesday.", "Tuesday", "2021-09-07"),
        # a clause with "which" after a date, far from the main verb, tells of the date
        (
            "Airlines have sold nearly every seat on flights leaving Florida on Sunday, which is expected to "
            "be the busiest day.",
            "Sunday",
            "2021-09-05",
        ),
        (
            "The ministry is being criticised for its handling of the floods in October, which killed 40 "
            "people.",
            "October",
            "2020-10",
        ),
        # "face to face" is no fixture ahead; an age and a date are no past tense
        ("The two sides last met face to face in June.", "June", "2021-06"),
        ("Those aged 80 and above can apply from Dec. 1.", "Dec. 1", "2021-12-01"),
        ("The increase will show up first in checks dated Dec. 31.", "Dec. 31", "2021-12-31"),
        # a state through a date lasts until then, as with "until" (not a figure for the year through it)
        ("The agency is funded through March 31.", "March 31", "2022-03-31"),
        ("The fund has fallen 2.08% this year through Aug. 27, Lipper says.", "Aug. 27", "2021-08-27"),
        # the day a thing was meant for is the nearest, gone by or not (not a possessive's day)
        ("The airline cancelled 12 flights for Saturday.", "Saturday", "2021-09-04"),
        ("Forecasters issued a storm watch from 5 p.m. Sunday.", "5 p.m. Sunday", "2021-09-05T17:00"),
        ("Police charged two men for Monday's riot.", "Monday", "2021-08-30"),
        (
            "Snow will begin falling in the hills on Sunday and spread east by Monday morning.",
            "Monday morning",
            "2021-09-06TMO",
        ),
        ("Rates will rise in May and cut demand by Monday.", "Monday", "2021-09-06"),
        ("A judge ruled that he must be freed and set Monday as the deadline.", "Monday", "2021-08-30"),
        (
            "The storm hit the hills on Sunday and spread east by Monday morning.",
            "Monday morning",
            "2021-08-30TMO",
        ),
        # a plan as it stood in the past tense, gone by or not: the nearest
        ("The vote was scheduled for Tuesday.", "Tuesday", "2021-08-31"),
        ("Talks were slated to resume Tuesday.", "Tuesday", "2021-08-31"),
        ("The vote is scheduled for Tuesday.", "Tuesday", "2021-09-07"),
        # a deadline lies either way: what was done by it tells which
        ("Before the deadline on Wednesday, the Yankees traded for two pitchers.", "Wednesday", "2021-09-01"),
        ("Before the deadline on Wednesday, officials said they would talk.", "Wednesday", "2021-09-08"),
        # a plan with its object is ahead, nearer than the verb before it
        ("Lantern bought the film and plans a release in October.", "October", "2021-10"),
        # a participle with its agent is no past tense of the clause
        ("That changes Thursday, when a revival directed by Priya Holloway opens.", "Thursday", "2021-09-09"),
        ("The index dropped by 2% on Thursday.", "Thursday", "2021-09-02"),
        # the verb a time is attached to, with a pronoun as its object
        ('"They told us on Sunday it might happen," she said.', "Sunday", "2021-08-29"),
        # a forecast in the progressive is of days ahead
        ("The bureau is forecasting temperatures in the low 40s for Thursday.", "Thursday", "2021-09-09"),
        # a present perfect arranges a time ahead
        ("The Met Office has issued a wind warning from 03:00 to 15:00 on Monday.", "Monday", "2021-09-06"),
        # a noun it was until then is a past that went on
        (
            "It was a tropical storm until Monday evening and strengthened rapidly.",
            "Monday evening",
            "2021-08-30TEV",
        ),
        # a participle opening a headline's noun phrase is no past tense
        ("Planned outage to hit 6,800 customers Monday", "Monday", "2021-09-06"),
        ("Found clinging to an inner tube on Monday, the boy was rescued.", "Monday", "2021-08-30"),
        # a vote with its count to do something until a day: ahead
        (
            "The board debated Monday before voting 7-2 to waive fees through Dec. 31.",
            "Dec. 31",
            "2021-12-31",
        ),
        # a yardstick's "last" is no past tense of its clause
        ("Rates for Christmas week are 40 per cent higher than last year.", "Christmas week", "2021-W51"),
        # what was booked for a time, the nearest
        ("Guesthouses had been booked for October by investors.", "October", "2021-10"),
        # a contrast's clause after the time does not tell its tense
        (
            "The crew will take a six-hour, four-orbit route and dock on Thursday, rather than taking the "
            "path used in the past.",
            "Thursday",
            "2021-09-09",
        ),
        # what is yet to be done, after a noun or a comma: ahead
        ("Trials ended in June, with the full program to be launched in May.", "May", "2022-05"),
        (
            "Labatt priced a placement of shares, to be completed around July 1.",
            "around July 1",
            "2022-07-01",
        ),
        # a day something began on lies behind, however near the next one is
        ("Prices have doubled since Oct. 1.", "Oct. 1", "2020-10-01"),
        # but not what had to be done, or who was the first to be
        ("Residents had to be evacuated on Tuesday.", "Tuesday", "2021-08-31"),
        ("She was the first to be vaccinated in March.", "March", "2021-03"),
        # "lit" is past
        ("Parishes lit the first candle Sunday, and children will sing.", "Sunday", "2021-08-29"),
        # nor a purpose after the time: the clause's own verb decides
        (
            "He made the decision to travel here on Thursday to affirm his wish to be reunited with him.",
            "Thursday",
            "2021-09-02",
        ),
        # a clause joined after a past one, with a present "is" of its own, is not told in the past
        (
            "The city has hosted the game since 1945, and kickoff at the stadium is at noon on Monday.",
            "Monday",
            "2021-09-06",
        ),
        (
            "The storm hit on Monday, and the damage is worst where it struck on Tuesday.",
            "Tuesday",
            "2021-08-31",
        ),
        # a sitting or a release on the calendar, in the present simple, lies ahead
        ("The court sits Thursday to hear the appeal.", "Thursday", "2021-09-09"),
        ("The statistics office publishes GDP figures on Thursday.", "Thursday", "2021-09-09"),
        ("The Supreme Court hears arguments on Thursday.", "Thursday", "2021-09-09"),
        ("The man, arrested last week, appears in court on Thursday.", "Thursday", "2021-09-09"),
    ],
)
def test_more_tense_cues(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "that Sunday" is the Sunday nearest the story's day
        ("She was arrested Aug. 23. Police had been called that Sunday.", "that Sunday", "2021-08-22"),
        ("She was arrested Aug. 23. That Friday, he fled.", "That Friday", "2021-08-20"),
        (
            "She was arrested Aug. 23. She had left that Sunday morning.",
            "that Sunday morning",
            "2021-08-22TMO",
        ),
        # "that" opening a clause leaves a bare weekday
        ("She was arrested Aug. 23. He said that Tuesday was the deadline.", "Tuesday", "2021-08-31"),
    ],
)
def test_that_weekday_is_the_one_nearest_the_story(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday and a day of the month with no month: the nearby month where that day is that weekday
        (
            "Walkouts on Tuesday 7, Thursday 9 and Saturday 11 September will go ahead.",
            [
                ("Tuesday 7", "2021-09-07"),
                ("Thursday 9", "2021-09-09"),
                ("Saturday 11 September", "2021-09-11"),
            ],
        ),
        ("He arrived on Monday 30th.", [("Monday 30th", "2021-08-30")]),
        ("The shop closed on Tuesday 31.", [("Tuesday 31", "2021-08-31")]),
        # not a count after the weekday, nor a day no nearby month has on that weekday
        ("On Tuesday 21 people died.", [("Tuesday", "2021-08-31")]),
        ("It closed on Friday 4.", [("Friday", "2021-09-03")]),
    ],
)
def test_weekday_with_a_day_of_the_month(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_a_state_in_the_present_is_no_past_tense(one):
    assert (
        one("Hotels say rooms for early October are almost fully booked.", "early October").timex.value
        == "2021-10"
    )


def test_a_weekday_written_with_its_date_is_that_date_later_in_the_story(find):
    # (publication on Friday 3 September) "has allowed" alone would give the past Monday
    found = find(
        "The festival falls on Monday, Sept. 6 this year. The court has allowed crackers on Monday between "
        "8 p.m. and 10 p.m."
    )
    assert [(m.text, m.timex.value) for m in found][1:] == [
        ("Monday", "2021-09-06"),
        ("8 p.m.", "2021-09-06T20:00"),
        ("10 p.m.", "2021-09-06T22:00"),
    ]


def test_that_weekday_is_the_one_written_with_its_date(find):
    found = find(
        "Papers must be returned by noon on Saturday, October 9. Nominations closed on August 6. Results "
        "will be released that Saturday afternoon."
    )
    assert [(m.text, m.timex.value) for m in found][-1] == ("that Saturday afternoon", "2021-10-09TAF")
    # "Saturday night" is no date written with its weekday
    found = find("Officials picked Saturday night for the offensive. It began at noon Saturday.")
    assert [m.timex.value for m in found] == ["2021-08-28TNI", "2021-08-28T12:00"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (publication on Friday 3 September) the week written after a weekday is the week it is in, one
        # expression with it, or the week of the list the weekday begins
        ("The council met Wednesday last week.", [("Wednesday last week", "2021-08-25")]),
        ("Officials met on Thursday of last week.", [("Thursday of last week", "2021-08-26")]),
        ("The vote is Friday next week.", [("Friday next week", "2021-09-10")]),
        (
            "They will meet Tuesday and Wednesday of next week.",
            [("Tuesday", "2021-09-07"), ("Wednesday of next week", "2021-09-08")],
        ),
        ("It opened on Monday, this week.", [("Monday, this week", "2021-08-30")]),
    ],
)
def test_a_weekday_takes_the_week_written_after_it(find, text, expected):
    assert [(m.text, m.timex.value) for m in find(text)] == expected


def test_a_weekday_ahead_comes_after_the_day_its_sentence_has_reached(find):
    # (publication on Friday 3 September)
    found = find(
        "The jury will announce the winners on Saturday, Sept. 11, and the films will be screened again "
        "on Sunday."
    )
    assert [(m.text, m.timex.value) for m in found] == [
        ("Saturday, Sept. 11", "2021-09-11"),
        ("Sunday", "2021-09-12"),
    ]
    # a weekend is no such day: "previews on Thursday" come before it
    found = find("Next weekend brings the film, which begins previews on Thursday night.")
    assert [m.timex.value for m in found] == ["2021-W36-WE", "2021-09-09TNI"]
    # not a day before the one written in a past clause
    found = find("The trial opens on Sept. 20, after the jury was picked on Tuesday.")
    assert [m.timex.value for m in found] == ["2021-09-20", "2021-08-31"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a day within the coming week leaves a weekday after it where it is in that week
        (
            "Rain is forecast from Sunday to Tuesday, and the river should crest on Monday night.",
            ["2021-09-05", "2021-09-07", "2021-09-06TNI"],
        ),
        # a day further on, but the same weekday: not the week after it
        (
            "The vote is before the election on Sept. 23, and a hustings will be held on Thursday evening.",
            ["2021-09-23", "2021-09-09TEV"],
        ),
        # nor after a deadline
        (
            "The website will stay online until Sept. 30 but will not be updated after Saturday.",
            ["2021-09-30", "2021-09-04"],
        ),
    ],
)
def test_a_weekday_ahead_stays_in_the_coming_week(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Monday is Sept. 13, the first day of school.", "2021-09-13"),
        ("Friday is Christmas Eve, and the office will close early.", "2021-12-24"),
        # not a day that falls on another weekday
        ("Monday is Christmas Eve.", "2021-09-06"),
    ],
)
def test_a_weekday_said_to_be_a_day_is_that_day(find, text, value):
    assert find(text)[0].timex.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a day with its year said to fall on a weekday: that day, however far off
        ("Christmas Day next year falls on a Sunday.", "Sunday", "2022-12-25"),
        ("Independence Day in 2027 will fall on a Sunday.", "Sunday", "2027-07-04"),
        ("July 4 falls on a Sunday this year.", "Sunday", "2021-07-04"),
        # not a weekday it does not fall on
        ("Christmas Day next year falls on a Monday.", "Monday", "2021-09-06"),
    ],
)
def test_a_weekday_a_day_falls_on_is_that_day(one, text, expression, value):
    assert one(text, expression).timex.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a live blog's stamp: the day up to two days before publication, whatever its entry says
        (
            "Live\n\nThursday, 11:30 a.m.: Patients should call ahead.\n\nWednesday, 4:50 p.m.: Agents came.",
            ["2021-09-02", "2021-09-02T11:30", "2021-09-01", "2021-09-01T16:50"],
        ),
        # a schedule's days lie ahead
        (
            "Schedule\n\nMonday, 9 a.m.: Statements will begin.\n\nTuesday, 10 a.m.: Witnesses will testify.",
            ["2021-09-06", "2021-09-06T09:00", "2021-09-07", "2021-09-07T10:00"],
        ),
    ],
)
def test_a_weekday_stamping_a_live_blog_entry_is_past(find, text, values):
    assert [m.timex.value for m in find(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # (published on Friday 3 September 2021) a schedule goes on through the week from its first heading,
        # though the nearest Tuesday and Thursday are gone by, and a stamp-like "Tuesday, 6:30 p.m.:" too
        (
            "Here is the week ahead:\n\nMonday: Stocks reopen.\n\nTuesday, 6:30 p.m.: The prize is awarded."
            "\n\nThursday: Markets are closed.",
            ["2021-09-06", "2021-09-07", "2021-09-07T18:30", "2021-09-09"],
        ),
        (
            "What to watch:\n\nSaturday, 10 a.m.: opening address.\n\nSunday: no sessions.\n\nMonday: panels."
            "\n\nWednesday: closing concert.",
            ["2021-09-04", "2021-09-04T10:00", "2021-09-05", "2021-09-06", "2021-09-08"],
        ),
        # and a blog written newest first goes back
        (
            "Live\n\nFriday, 9:30 a.m.: Talks resume.\n\nThursday, 4:50 p.m.: Agents came."
            "\n\nWednesday, 11 a.m.: The strike began.",
            [
                "2021-09-03",
                "2021-09-03T09:30",
                "2021-09-02",
                "2021-09-02T16:50",
                "2021-09-01",
                "2021-09-01T11:00",
            ],
        ),
    ],
)
def test_a_weekday_heading_a_line_follows_the_heading_before(find, text, values):
    assert [m.timex.value for m in find(text)] == values
