"""Weekdays: "Monday", "last Friday", "next Tuesday", "this Saturday".

Rules (anchored on the publication day, or the discourse day in narrative mode):

* bare weekday: past-tense clause -> the latest such day on or before the reference (a news story
  published on a Friday that says "said Friday" means that day); future-tense clause -> the earliest on
  or after it; unclear tense -> the nearest one (at most three days away);
* "last Friday" -> the latest Friday strictly before the reference day;
* "next Tuesday" -> the first Tuesday strictly after the reference day;
* "this Saturday" -> the Saturday of the reference day's ISO week (Monday to Sunday);
* "Tuesday week" (British) -> a week after the next Tuesday;
* "the following Monday", "the previous Friday" -> the first Monday after (the last Friday before) the day
  the story is at, or the publication day if there is none.
* "on the Friday" -> the Friday of the week (Monday to Sunday) the story's day is in; a bare weekday when
  there is no such day.
* "that Sunday" -> the Sunday nearest the day the story is at ("arrested Nov. 18 ... called at 9:12 a.m.
  that Sunday" is Nov. 17); a bare weekday when there is no such day, or when "that" opens a clause ("said
  that Friday was the deadline").
* the end of a range is not before its start ("runs Friday through Sunday"); a bare weekday with no tense
  cue of its own takes the direction of the day written before it in its sentence;
* "Tuesday 21" (British, no month) -> the day within two months of the reference that is both.
* a weekday heading a line ("Monday: ...", "Thursday, 8:30 a.m. ET: ...") after another -> the one nearest
  the day of the heading before, forward on a tie: a schedule goes on through the week ("Thursday: ...
  Saturday: Heritage Day"), a blog written newest first goes back ("Wednesday, 9 a.m.: ... Tuesday, 5 p.m.:").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from app.temporal.calendar import add_months, week_start, weekday_after, weekday_before
from app.temporal.lexicon import STEPS
from app.temporal.mention import Anchoring, Granularity, Mention, TimexType
from app.temporal.patterns import (
    FALLS_ON_AFTER,
    FINITE_VERB_AFTER,
    WEEKDAY_TITLE_AFTER,
    WEEKDAY_WORD,
    Detector,
    compile_pattern,
    weekday_number,
)
from app.temporal.resolver import Resolver, Tense, nearest_by_tense, safe_date

PATTERN: Final = compile_pattern(
    rf"\b(?:(?P<rel>last|next|this\s+(?:past|coming)|this|that|past|coming|(?:the\s+)?previous|the\s+(?:following|next|preceding)"
    # "on the Friday": the one of the story's week, after a preposition and not before a noun ("the Friday
    # prayers")
    r"|(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bover\s))the)\s+)?"
    rf"(?P<weekday>{WEEKDAY_WORD})(?!{WEEKDAY_TITLE_AFTER})"
    # British "on Monday week": a week after the coming Monday
    r"(?P<week>\s+week(?![a-z'’-]))?"
    # British "on Tuesday 21, Thursday 23 and Saturday 25 June": a day of the month with no month yet (not
    # "on Tuesday 21 people died")
    r"(?:\s+(?P<dom>[0-9]{1,2})(?:st|nd|rd|th)?"
    r"(?=\s*(?:[,;:)!?]|\.(?:\s|$)|$|[-–]|\s(?:and|or|to|through|until|till|at|from)\b)))?"
    r"|(?P<arel>last|next|this|coming)\s+(?P<abbr>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![a-z])\.?"
)

# A lower-case word after "the Friday" that is no noun it qualifies.
_NOUN_AFTER: Final = re.compile(
    r"(?-i:\s+(?!(?:and|or|when|that|as|he|she|it|we|they|there|itself|was|is|had|the|a|an|in|at|of|this|next"
    r"|last|so|but)\b)[a-z])"
)
_LIST_SEPARATOR = r"(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)"
_EVERY_LIST_BEFORE: Final = re.compile(
    rf"\b(?:every|each)\s+{WEEKDAY_WORD}(?:{_LIST_SEPARATOR}{WEEKDAY_WORD})*{_LIST_SEPARATOR}$", re.IGNORECASE
)
_INDEFINITE_BEFORE: Final = re.compile(r"\ban?\s+$", re.IGNORECASE)
# A weekday and a time opening a line before a colon or a dash: a live blog's stamp.
_STAMP_TIME_AFTER: Final = re.compile(
    r",?[ \t]+(?:at[ \t]+)?[0-9]{1,2}(?:[:.][0-9]{2})?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,4}))?"
    r"[ \t]*(?:[:|—–]|-\s)",
    re.IGNORECASE,
)
_LINE_START_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*$")
# What ends a weekday heading a line: a colon ("Monday: ..."), or its time and a colon or a dash
# (_STAMP_TIME_AFTER: "Thursday, 8:30 a.m. ET: ...")
_HEADING_AFTER: Final = re.compile(r"[ \t]*:")
# The week a weekday is in, written after it, with which it is one expression ("Wednesday last week", "on
# Thursday of next week"), or after the list it begins ("Tuesday and Wednesday of next week").
_WEEK_AFTER: Final = re.compile(
    rf"(?P<list>(?:{_LIST_SEPARATOR}{WEEKDAY_WORD})*)(?:\s+of|\s*,)?\s+(?P<which>last|next|this)\s+week\b"
    r"(?![’'-])",
    re.IGNORECASE,
)
# "the Mail on Sunday" is a newspaper; "the Daily Mail on Sunday reported" a date.
_TITLE_ON_BEFORE: Final = re.compile(r"(?<!Daily )\b(?:Mail|Independent)\s+on\s+$")
_EPITHET_BEFORE: Final = re.compile(r"\b(?:Black|Bloody|Dark)\s+$")
_POSSESSIVE: Final = re.compile(r"['’]s\b")
# The setting of what will be done: "will face Medvedev in Sunday's final" ...
_SETTING_BEFORE: Final = re.compile(r"\b(?:in|at|during)\s+$", re.IGNORECASE)
# ... unless it is of an event before it: "will miss the June matches after aggravating an injury in
# Saturday's draw".
_EARLIER_EVENT_BEFORE: Final = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
# ... nor a fixture or a vote a future clause says is still to be played or held: "must negotiate
# Tuesday's semifinal", "will be in charge for Friday's trip to Stuttgart", "will publish the order paper for
# Saturday's sitting" (not "will appeal Wednesday's ruling").
_FIXTURE_AFTER: Final = re.compile(
    r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:semi-?finals?|quarter-?finals?|finals?|games?|match(?:es)?|races?"
    r"|fixtures?|clash|showdown|derby|decider|opener|tie|vote|ballot|elections?|runoff|run-off|referendum"
    r"|debate|summit|meeting|hearing|session|sitting|launch|kick-?off|trip|visit|ceremony|service)\b"
)
# ... nor what is put off or put at risk, which has not happened yet: "Snow could delay Monday's site tours",
# "threatens Saturday's parade".
_PUT_OFF_BEFORE: Final = re.compile(
    r"\b(?:(?:delay|postpone|cancel|disrupt|derail|threaten|jeopardi[sz]e|hamper|scupper|scrap)s?"
    r"|calls?\s+off|push(?:es)?\s+back)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "ahead of Tuesday's vote": a possessive weekday still looks forward after these.
_AWAITING_BEFORE: Final = re.compile(
    r"\b(?:ahead\s+of|before|until|till|by|awaiting|await|counting\s+down\s+to|countdown\s+to"
    r"|preparing\s+for|prepare\s+for|looking\s+ahead\s+to"
    # a player's fitness for a game ahead: "is doubtful for Sunday's game"
    r"|(?:doubtful|a\s+doubt|available|unavailable|fit|ready|named|selected)\s+for)\s+$",
    re.IGNORECASE,
)


def resolve_weekday(
    resolver: Resolver, weekday: int, rel: str | None, start: int, end: int
) -> tuple[date, Anchoring]:
    """The date a weekday refers to; see the module docstring for the rules."""
    text = resolver.text
    if (
        rel
        or not _LINE_START_BEFORE.search(text, max(0, start - 8), start)
        or not (_HEADING_AFTER.match(text, end) or _STAMP_TIME_AFTER.match(text, end))
    ):
        return _resolve_weekday(resolver, weekday, rel, start, end)
    previous = resolver.heading_day
    if previous is None:
        day, anchoring = _resolve_weekday(resolver, weekday, rel, start, end)
    else:
        after, before = weekday_after(previous, weekday), weekday_before(previous, weekday)
        day = (
            previous
            if previous.isoweekday() == weekday
            else min(after, before, key=lambda d: abs(d - previous))
        )
        anchoring = Anchoring.PUBLICATION if day == resolver.today else Anchoring.NARRATIVE
    resolver.heading_day = day
    return day, anchoring


def _resolve_weekday(
    resolver: Resolver, weekday: int, rel: str | None, start: int, end: int
) -> tuple[date, Anchoring]:
    rel = " ".join((rel or "").lower().split())
    if rel == "that":
        if (written := resolver.weekday_date(weekday, that=True)) is not None:
            return written, Anchoring.NARRATIVE  # "by noon on Saturday, October 11 ... that Saturday"
        story_ref = resolver.discourse()
        if story_ref is not None and story_ref.granularity.rank >= Granularity.DAY.rank:
            shift = (weekday - story_ref.day.isoweekday()) % 7
            return story_ref.day + timedelta(days=shift if shift <= 3 else shift - 7), Anchoring.NARRATIVE
        rel = ""
    if rel == "the":
        # "on the Friday": the one in the week (Monday to Sunday) of the day the story is at
        story_ref = resolver.discourse()
        if story_ref is not None and story_ref.granularity.rank >= Granularity.DAY.rank:
            return week_start(story_ref.day) + timedelta(days=weekday - 1), Anchoring.NARRATIVE
        rel = ""
    # "down 4.5% from the previous Friday", "the following Monday": counted from the day the story is at
    story = rel.startswith("the ") or rel == "previous"
    rel = rel.removeprefix("the ").removeprefix("this ")
    rel = {"following": "next", "preceding": "previous"}.get(rel, rel)
    # counted from a day written before it in its sentence, even one that did not move the story: "the
    # ballot will remain open until Dec. 18, and results are expected the following Monday"
    ref = (
        resolver.reference(narrative_expression=True, at=start, unit=Granularity.DAY)
        if story
        else resolver.reference()
    )
    base = ref.day
    anchoring = ref.derived_anchoring
    offset = weekday - base.isoweekday()
    if rel in ("last", "past", "previous"):
        return weekday_before(base, weekday), anchoring
    if rel in ("next", "coming"):
        return weekday_after(base, weekday), anchoring
    if rel == "this":
        return week_start(base) + timedelta(days=weekday - 1), anchoring
    if not rel and (named := resolver.weekday_date(weekday)) is not None:
        return named, Anchoring.NARRATIVE  # "Diwali falls on Monday, October 20 ... allowed on Monday"
    back = (base.isoweekday() - weekday) % 7  # days back to the latest such weekday, today's included
    if (
        not rel
        and back <= 2
        and ref.anchoring is Anchoring.PUBLICATION
        and _STAMP_TIME_AFTER.match(resolver.text, end)
        and _LINE_START_BEFORE.search(resolver.text, max(0, start - 8), start)
    ):
        # a live blog's stamp, "Wednesday, 11:30 a.m.: Patients should call ahead": the day up to two days
        # before the publication, whatever its entry goes on to say (not a schedule's "Friday, 9 a.m.: ...")
        return base - timedelta(days=back), anchoring
    tense, cue, cue_after = resolver.tense_cue(start, end)
    if cue is None and tense is Tense.PRESENT and not rel:
        tense = _sibling_tense(resolver, start)
    listed = resolver.listed_after(start, Granularity.DAY) if not rel else None
    if listed is not None:
        # "strikes on Monday, Wednesday and Friday": the first such day after the one before, unless that
        # puts a past-tense clause after the publication while the list began before it
        previous, listed_anchoring = listed
        if previous.isoweekday() == weekday:
            return previous, listed_anchoring  # "On Christmas Day, Friday, ...": the same day named again
        day = weekday_after(previous, weekday)
        if tense is not Tense.PAST or day <= resolver.today or previous > resolver.today:
            return day, listed_anchoring
    candidates = [base + timedelta(days=offset + shift) for shift in (-7, 0, 7)]
    text = resolver.text
    if (
        tense is not Tense.PAST
        and _POSSESSIVE.match(text, end)
        and _PUT_OFF_BEFORE.search(text, max(0, start - 24), start)
    ):
        tense = Tense.FUTURE  # "Snow could delay Monday's site tours", "Rain threatens Saturday's parade"
    elif (
        ref.anchoring is Anchoring.PUBLICATION
        and _POSSESSIVE.match(text, end)
        and not _AWAITING_BEFORE.search(text, max(0, start - 24), start)
        and not (
            tense is Tense.FUTURE
            and (
                cue_after
                or _FIXTURE_AFTER.match(text, end)
                or (
                    _SETTING_BEFORE.search(text, max(0, start - 8), start)
                    and not _EARLIER_EVENT_BEFORE.search(text, max(0, start - 60), start)
                )
            )
        )
    ):
        # "get around Wednesday's ruling": the day's event is news, so it has happened; not when the verb
        # after it looks ahead ("Saturday's game starts at 7.30pm"), nor the setting of what will be done
        # ("will face Medvedev in Sunday's final"; but "will appeal Wednesday's ruling")
        tense = Tense.PAST
    if ref.anchoring is not Anchoring.PUBLICATION and tense is Tense.PRESENT:
        tense = Tense.FUTURE  # a narrative moves forward: "On Monday" after a dated sentence
    day = nearest_by_tense(candidates, base, tense)
    begun = resolver.ranged_after(start, Granularity.DAY) if not rel else None
    if begun is not None and day < begun[0]:
        # "The fair runs Friday through Sunday": a range ends after it begins (but "bought from Sept. 14 to
        # Thursday" is the Thursday the tense gives)
        day = weekday_after(begun[0], weekday)
    elif (
        tense is Tense.FUTURE
        and not rel
        and (before := resolver.written_in_sentence(start)) is not None
        and before.reference.granularity is Granularity.DAY
        and "weekend" not in resolver.lowered[before.start : before.end]  # "Next weekend brings ... Thursday"
        # (a day within the coming week leaves the weekday there: "rain from Wednesday to Friday, and the
        # Indus should crest on Tuesday night", said on a Monday; nor is it a week on: "the election on July 4
        # ... a hustings on Thursday evening")
        and before.reference.day - resolver.today > timedelta(days=6)
        and before.reference.day.isoweekday() != weekday
        # nor after a deadline: "will stay online until September 30 but will not be updated after Saturday"
        and not resolver.deadline(before.start)
        and not _INDEFINITE_BEFORE.search(text, max(0, start - 3), start)  # not "on Oct. 5, a Monday"
    ):
        # "will announce the winners on Saturday 25 February, and the films will be screened again on
        # Sunday": what comes next in a sentence that looks ahead is after the day it has reached, once that
        # is past the coming week
        day = weekday_after(before.reference.day, weekday)
    return day, anchoring


def _sibling_tense(resolver: Resolver, start: int) -> Tense:
    """The tense of a weekday with no cue of its own, from a day written before it in its sentence: "will
    sell notes on Tuesday, bills Wednesday and bonds Thursday" goes on ahead."""
    written = resolver.written_in_sentence(start)
    if (
        written is None
        or written.reference.granularity is not Granularity.DAY
        or written.anchoring is not Anchoring.PUBLICATION
    ):
        return Tense.PRESENT
    day = written.reference.day
    return Tense.FUTURE if day > resolver.today else Tense.PAST if day < resolver.today else Tense.PRESENT


def interpret(m: re.Match[str], resolver: Resolver) -> list[Mention]:
    if m["abbr"]:
        if m["abbr"] in ("sat", "wed"):
            return []  # "Parliament, which last sat on Dec. 1": a verb, not "last Sat." (but "this sun!")
        day, anchoring = resolve_weekday(resolver, weekday_number(m["abbr"]), m["arel"], m.start(), m.end())
        return [resolver.day_mention(m.start(), m.end(), day, anchoring)]
    word = m["weekday"]
    if not m["rel"] and _TITLE_ON_BEFORE.search(resolver.text, max(0, m.start() - 24), m.start()):
        return []  # "the Mail on Sunday", "the Independent on Sunday": a newspaper
    if not m["rel"] and _EPITHET_BEFORE.search(resolver.text, max(0, m.start() - 8), m.start()):
        return []  # "the Black Saturday fires", "Bloody Sunday": a day's name, no date
    if (m["rel"] or "").lower() == "the" and _NOUN_AFTER.match(resolver.text, m.end()):
        return []  # "on the Friday prayers": the weekday alone is read at its own position
    if (m["rel"] or "").lower() == "that" and that_opens_clause(resolver.text, m.start(), m.end()):
        return []  # "said that Friday was the deadline": read again from the weekday
    if (
        not m["rel"]
        and _INDEFINITE_BEFORE.search(resolver.text, max(0, m.start() - 3), m.start())
        and _NOUN_AFTER.match(resolver.text, m.end())
    ):
        return []  # "buses run a Sunday timetable": a kind of timetable, no day
    if not m["rel"] and _EVERY_LIST_BEFORE.search(resolver.text, max(0, m.start() - 40), m.start()):
        # "every Tuesday and Friday": each of them
        number = weekday_number(word)
        return [resolver.mention(m.start(), m.end(), TimexType.SET, f"XXXX-WXX-{number}")]
    start = m.start("weekday") if (m["rel"] or "").lower() == "on" else m.start()
    rel = None if (m["rel"] or "").lower() == "on" else m["rel"]
    if m["week"]:
        if rel is not None:
            return []  # "next Monday week": read again from the weekday, as "Monday week"
        day, anchoring = resolve_weekday(resolver, weekday_number(word), "next", start, m.end())
        return [resolver.day_mention(start, m.end(), day + timedelta(days=7), anchoring)]
    end = m.end()
    if m["dom"]:
        dated = _day_of_month(resolver, weekday_number(word), int(m["dom"]), start, end)
        if dated is not None:
            return [resolver.day_mention(start, end, *dated)]
        end = m.end("weekday")  # "Friday 4", a day no nearby month has on a Friday: the weekday alone
    if rel is None and (week := _WEEK_AFTER.match(resolver.text, end)) is not None:
        ref = resolver.reference()
        day = week_start(ref.day) + timedelta(
            weeks=STEPS[week["which"].lower()], days=weekday_number(word) - 1
        )
        return [resolver.day_mention(start, end if week["list"] else week.end(), day, ref.derived_anchoring)]
    named = _named_day(resolver, weekday_number(word), start) if rel is None else None
    if named is not None:  # "On Oct. 5, a Monday, ...": the day just written
        return [resolver.day_mention(start, end, named, Anchoring.NARRATIVE)]
    day, anchoring = resolve_weekday(resolver, weekday_number(word), rel, start, end)
    return [resolver.day_mention(start, end, day, anchoring)]


# A verb that "that" after it introduces a clause of: "said that Friday was the deadline".
_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|say|told|announced|added|noted|warned|believe[sd]?|think|thinks|thought|hope[sd]?|know"
    r"|knew|claimed|insisted|argued|reported|confirmed|means|meant|so|such)\s+$",
    re.IGNORECASE,
)


def that_opens_clause(text: str, start: int, end: int) -> bool:
    """Whether "that" before a weekday (at `start`; the weekday ends at `end`) opens a clause ("said that
    Friday was the deadline") rather than pointing at the story's day ("that Sunday")."""
    return bool(FINITE_VERB_AFTER.match(text, end) or _SAID_BEFORE.search(text, max(0, start - 24), start))


def _day_of_month(
    resolver: Resolver, weekday: int, day_of_month: int, start: int, end: int
) -> tuple[date, Anchoring] | None:
    """The day a weekday and a day of the month name ("Tuesday 21"): the one within two months of the
    reference that falls on that weekday, the nearest if two do, the tense deciding a tie."""
    ref = resolver.reference()
    base = ref.day
    found = []
    for shift in range(-2, 3):
        day = safe_date(*add_months(base.year, base.month, shift), day_of_month)
        if day is not None and day.isoweekday() == weekday:
            found.append(day)
    if not found:
        return None
    ahead = resolver.tense(start, end) is not Tense.PAST
    return min(found, key=lambda d: (abs((d - base).days), (d < base) == ahead)), ref.derived_anchoring


# Before a weekday in apposition to a date ("Oct. 5, a Monday") or one a date is said to fall on ("when March
# 17 fell on a Sunday"): a cheap test before patterns.FALLS_ON_AFTER is tried from the date.
_APPOSITION_BEFORE: Final = re.compile(r"(?:,|\s(?:on|was|is|be))\s+an?\s+$")


def _named_day(resolver: Resolver, weekday: int, start: int) -> date | None:
    """The day of a date written right before a weekday in apposition, if it falls on that weekday."""
    if not _APPOSITION_BEFORE.search(resolver.text, max(0, start - 7), start):
        return None  # most weekdays: no date to look up
    written = resolver.written_in_sentence(start)
    if written is None or written.reference.granularity.rank < Granularity.DAY.rank:
        return None
    falls = FALLS_ON_AFTER.match(resolver.text, written.end)
    if falls is None or falls.start("weekday") != start:
        return None
    day = written.reference.day
    return day if day.isoweekday() == weekday else None


DETECTOR: Final = Detector("weekday", PATTERN, interpret)
