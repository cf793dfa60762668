"""The one place that decides what an expression is relative to and in which direction.

Detectors find an expression and say what kind of reference it needs; the resolver answers:

* the anchor: the publication time, or the most recent date in the discourse for narrative expressions
  ("the next day", "that evening", "two days later") and, in narrative mode, for underspecified dates;
* the direction, from the tense of the clause around the expression: a past-tense clause points back
  (previous occurrence), a future-tense clause forward (next occurrence), an unclear one to the nearest
  occurrence.

Tense comes from a bounded window around the expression (at most `_BEFORE` characters back to the start
of the clause and `_AFTER` characters forward), so the cost per expression is constant. The nearest
tense cue wins: "said Friday it will ..." is past ("said" is closer), "will resume on Monday" future, and
a cue in the expression's own comma segment beats one across a comma ("The ceasefire, agreed on Friday, will
be reviewed" is past).
Deadlines ("by", "until", "extended through") point forward unless "Until ...," opens a sentence; "since"
points back; a plan in the past perfect ("had been due to") is past; a schedule in the present simple ("the
law takes effect Jan. 1") is ahead; an attribution after a comma ("The museum closes in June, officials
said") is not the reported clause's tense unless the time phrase opens the clause ("Over the weekend,
officials said").

A Resolver is created per `extract` call and holds the discourse state, so the engine stays thread-safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import IntEnum
from typing import Final

from app.temporal.calendar import Span, day_span, day_value, fuzzy_span, half_span, period_of, quarter_span
from app.temporal.lexicon import (
    IRREGULAR_PAST,
    MONTHS,
    PART_OF_DAY_HOURS,
    REPORTING_PAST,
    REPORTING_VERBS,
    SEASON_START_MONTH,
    SOUTHERN_ZONES,
    WEEKDAYS,
)
from app.temporal.mention import Anchoring, Granularity, Mention, Timex, TimexType
from app.temporal.trie import alternation, by_first_letter


class Tense(IntEnum):
    PAST = -1
    PRESENT = 0
    FUTURE = 1


# "have" after a modal as a perfect ("would have been triggered", "could have won"), not as a verb of its own
# ("said he would have scans on Monday", "would have service back by the end of Monday", which lie ahead).
# Cues are looked for in windows of the text: one ending before the word after "have" reads it as a perfect.
_HAVE_DONE = (
    r"have(?=\s+(?:[a-z]+ly\s+|not\s+|never\s+)?(?:been|done|gone|seen|taken|given|known|shown|grown|begun"
    r"|risen|fallen|won|run|come|become|written|spoken|broken|chosen|driven|eaten|flown|drawn|thrown|stolen"
    r"|" + alternation(IRREGULAR_PAST) + r"|[a-z]{2,}ed)\b|\s*[a-z]*$)"
)
# A plan as it had stood, a past cue (_PAST) read as the nearest: "had been scheduled to end on Wednesday",
# "the maize they had planned to harvest in May".
_HAD_BEEN_PLANNED: Final = re.compile(
    r"had\s+(?:been\s+(?:due|scheduled|set|expected|slated|planned)|(?:hoped|planned|intended|wanted|aimed)\s+to)"
)
# Verbs of advice or an order, a cue of what is to be done after them (see _FUTURE); a time before one tells
# when it was given: "The authority on Thursday ordered a developer to pay interest".
_ORDER_VERBS: Final = frozenset(
    ["advised", "urged", "asked", "ordered", "instructed", "encouraged", "reminded", "called"]
)
# Verbs of a plan in the past tense: "agreed to", "promised to" (not "expected to", mostly a passive).
_PAST_PLAN_WORDS = "planned|hoped|intended|agreed|promised|vowed|threatened|offered|decided"
_FUTURE = (
    r"will|shall|won't|wo n't|'ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to"
    # a plan with its object: "plans a release in the fourth quarter", "is planning a vote on Monday"
    r"|(?:plans|planning)\s+(?:a|an|its|their)\s"
    # a wish, a need or a pledge in the present: "She wants to spend the second half of the year writing"
    r"|(?:wants?|needs?|hoping|aiming|seeks?|seeking|promises?|vows?|pledges?)\s+to"
    # "as Network Rail prepares to carry out repairs on Monday" (not "was preparing to leave on Monday")
    r"|prepares?\s+to|(?:is|are|am)\s+preparing\s+to"
    # (and a vote with its count: "voting 7-2 to waive fees through Dec. 31")
    rf"|(?:set|scheduled|due|expected|slated|poised|{_PAST_PLAN_WORDS}|projected|forecast|tipped"
    r"|vot(?:ed|ing)\s+[0-9]+[-–][0-9]+)\s+to"
    # not "agreed to it on Tuesday": "to" before a verb
    r"(?!\s+(?:it|them|this|that|these|those|the|a|an|his|her|their|its|our|my|your|him|me|us)\b)"
    # advice or an order to someone to do something: "AAA advised motorists to leave before noon on
    # Wednesday", "urged people attending Australia Day events to stay in the shade", "urged people living in
    # low-lying areas to move"
    r"|(?:advised|urged|asked|ordered|instructed|encouraged|reminded|called\s+on)\s+(?:[a-z'’-]+\s+){1,5}?to\s+"
    r"(?!(?:it|them|this|that|these|those|the|a|an|his|her|their|its|our|my|your|him|me|us)\b)[a-z]+"
    # and told in the passive: "People were urged to get their flu shots before Sunday"
    r"|(?:was|were|are|is|been)\s+(?:advised|urged|encouraged|reminded)\s+to\s+[a-z]+"
    # a forecast told as a participle: "with highs of 34C expected in London on Sunday"
    # (the word first, then what may not come before it: lookbehinds tried at every position cost time)
    r"|expected(?=\s+(?:in|on|at|by|across|over|through|between|from|until|later|tonight|tomorrow)\b)"
    r"(?<=[a-z0-9%]\sexpected)"
    r"(?<!\bwas\sexpected)(?<!\bwere\sexpected)(?<!\bhad\sexpected)(?<!\bhave\sexpected)(?<!\bhas\sexpected)"
    r"(?<!\bbeen\sexpected)(?<!\bas\sexpected)(?<!\bthan\sexpected)"
    # and what is due: "a memoir by a former prime minister due on Oct. 13" (not "the rent was due on Monday",
    # "renewals came due in the spring")
    r"|due(?=\s+(?:on|in|by)\b)(?<=[a-z]\sdue)(?<!\bwas\sdue)(?<!\bwere\sdue)(?<!\bbeen\sdue)(?<!\bcame\sdue)"
    r"(?<!\bfell\sdue)"
    # "starting Monday" (not "cases starting to climb")
    r"|postponed\s+until|delayed\s+until|adjourned\s+until|deadline|starting(?!\s+to\b)|beginning(?!\s+(?:to|of)\b)"
    # and a deadline's own name: "The last day to register is Tuesday" (not the past "last")
    r"|(?:last|final)\s+day\s+(?:to|for)"
    r"|effective|payable|due\s+(?:out|back)"
    r"|(?:is|are|be)\s+(?:set|scheduled|due|expected|slated|poised|likely|planned|projected|forecast|to)"
    # a plan told in the past: "Council members were to meet on Wednesday" (not "was to have been held")
    r"|(?:was|were)\s+to\s+(?!have\b|(?:it|them|the|a|an|his|her|their|its)\b)[a-z]+"
    # and one yet to be done, after a noun or a comma: "with the full program to be launched in May", "shares,
    # to be completed around Nov. 1" (not "had to be evacuated on Tuesday", "the first to be vaccinated")
    r"|to(?<!\bhad\sto)(?<!\bfirst\sto)(?<!\blast\sto)(?<!\bonly\sto)(?<!\bused\sto)(?<!\bout\sto)"
    r"(?<!seemed\sto)(?<!appeared\sto)(?<!proved\sto)(?<!\bfound\sto)(?<!\bsaid\sto)(?<!believed\sto)"
    r"(?<!thought\sto)(?<!known\sto)(?<!reported\sto)(?<!claimed\sto)(?<!alleged\sto)(?<!came\sto)"
    r"(?<!began\sto)(?<!continued\sto)(?<!declined\sto)(?<!refused\sto)(?<!expected\sto)"
    r"\s+be\s+[a-z]{2,}(?:ed|en)"
    # a forecast as a verb: "Economists forecast a final cut in December"
    r"|forecasts?(?=\s+(?:that|a|an|the|further|more|another|two|three|[0-9])\b)"
    # and in the progressive: "The bureau is forecasting temperatures in the low 40s for Friday"
    r"|forecasting(?=\s+(?:that|a|an|the|further|more|another|two|three|[0-9]|(?!(?:is|was|has)\b)[a-z]+s)\b)"
    # "counting down to Saturday's launch", "Tickets go on sale at noon on Tuesday"
    r"|counting\s+down\s+to|countdown\s+to|go(?:es)?\s+on\s+sale"
    # the clocks change on a day of the calendar: "as the clocks go back on Sunday"
    r"|clocks\s+(?:go|change|spring|fall)"
    # a closing or opening on the calendar: "Markets are closed on Friday for Juneteenth", "Polls are open
    # from 7 a.m. to 8 p.m. Tuesday"
    r"|(?:is|are)\s+(?:closed|shut|open)(?:\s+(?:on|for|until|till))?"
    r"(?:\s+from\s+[0-9][0-9:.]*\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|-|–))?(?=\s*$)"
    r"|scheduled|slated|(?:set|planned)\s+for|upcoming|likely\s+to(?!\s+have\b)|unlikely\s+to(?!\s+have\b)|expects?\s+to|on\s+(?:track|course)\s+(?:to|for)|next(?!\s+to\b)|tomorrow|coming|as\s+soon\s+as"
    # what is thought likely or not before a time, what is considered doing: "said a retrial was unlikely
    # before the spring", "was considering selling its stake before the summer"
    r"|likely\s+(?:before|until|till|by)|unlikely\s+(?:before|until|till|by)"
    r"|considering\s+[a-z]+ing|weighing\s+[a-z]+ing|mulling\s+[a-z]+ing|contemplating\s+[a-z]+ing"
    # not "was halted ahead of schedule in October": earlier than planned
    r"|ahead\s+of(?!\s+(?:schedule|time|plan|expectations|forecasts?)\b)"
    # (not "would have been triggered in August": what would have happened, in the past; see _PAST)
    rf"|would(?!\s+{_HAVE_DONE})"
    # what may yet happen ("could be named as early as Friday"); "could have", "could not be reached" and
    # "could be located" read as past, and "May" written with a capital is the month
    # ("may have to cut again before Christmas" is ahead too)
    rf"|might(?!\s+(?:{_HAVE_DONE}|not|never)\b)"
    rf"|could(?!\s+(?:{_HAVE_DONE}|not|never|be\s+(?:reached|located|found|contacted|seen|heard|identified))\b)"
    rf"|(?P<may>may)(?!\s+(?:{_HAVE_DONE}|not|never)\b)"
    # what ought to happen: "walkers should check"; "must be certified by Dec. 3"
    rf"|should(?!\s+(?:{_HAVE_DONE}|not|never)\b)|must(?!\s+(?:{_HAVE_DONE}|not|never)\b)"
    # a schedule in the present simple: "the law takes effect Jan. 1", "the museum closes in June"
    r"|takes?\s+effect|takes\s+place|(?:goes|go|comes|come)\s+into\s+(?:effect|force)|kicks\s+off|runs\s+through"
    r"|wraps\s+up|winds\s+up|goes\s+live"
    # "The Games run from July 24 to Aug. 9" (not "a run from March")
    r"|(?<!a\s)(?<!the\s)runs?\s+(?:from|until|till)\b"
    # what runs out or lapses: "36 hours left before federal funding runs out at 12:01 a.m. Saturday"
    r"|runs\s+out|lapses"
    # and, where they cannot be an infinitive, a negation or a noun, "The president visits Ohio on Tuesday",
    # "Classes begin Monday", "Talks resume Tuesday", "The team returns home Friday" (not "failed to resume
    # on Monday", "did not begin until", "a return to the protests of early December", "bowled the hosts
    # out on Sunday"); not verbs that are as often nouns ("counted the votes on Tuesday")
    r"|begins|starts|opens|closes|ends|expires|resumes|reopens|reconvenes|restarts|begin|resume|reopen|reconvene"
    # "U.S. markets open at 12:30 a.m. Tuesday", "Submissions close at 5 p.m. Friday", "Citigroup and Bank of
    # America follow on Tuesday"
    # (not "It follows a similar closure in early December": what it comes after; "follow the link" is
    # as often an announcement's)
    r"|restart|open(?!-)|close(?![-a-z])|follow(?![-a-z])"
    # what is (not) ruled out lies ahead: "did not rule out a longer tour in the fall"
    r"|(?:rule|rules|ruled|ruling)\s+out\b"
    # "Milei, who takes office on Sunday", "The rules take effect Monday"
    r"|takes?\s+(?:office|effect|over|place|charge|the\s+oath)\b"
    r"|follows(?![-a-z])(?!\s+(?:a|an|the|its|his|her|their|last|this|that|similar|weeks|months)\b)"
    # a fixture with a plural or team subject: "Policymakers meet Tuesday", "Arsenal face Leeds on Saturday"
    # (not "face to face")
    r"|(?<!face\sto\s)face(?!\s+to\s+face)|host|meet|holds"
    # a player's state for a game ahead: "is doubtful for the game against Pakistan on Saturday"
    r"|(?:is|are|remains)\s+(?:a\s+)?(?:doubt|doubtful|available|unavailable|fit|ready|questionable|out"
    r"|ruled\s+out)\s+(?:for|of)\b"
    # "Madrid play Villarreal on Saturday", "Players report back on Monday"
    r"|play|plays|report\s+back|reports\s+back"
    # results on the calendar: "Exxon Mobil and Chevron report before the open Friday"
    r"|reports?(?=\s+(?:results|earnings|(?:before|after)\s+the\s+(?:open|bell|close))\b)"
    r"|returns?\s+(?:to|home)\b|meets|visits|travels|faces|hosts|heads?\s+to|arrives|departs"
    # "MPs return on Friday", "Parliament returns in March", right before the expression (not "a return on
    # equity")
    r"|returns?(?:\s+(?:on|in|at))?(?=\s*$)"
    # "the film premieres out of competition on Saturday", "Buhari, who steps down on May 29"
    r"|premieres|debuts|(?:steps|stands)\s+down|leaves\s+office"
    # a sitting or a release on the calendar: "The court sits Tuesday", "The statistics office publishes GDP
    # figures on Tuesday", "Boeing unveils the jet on Monday", "He appears in court on Friday"
    r"|sits|convenes|gathers|publishes|unveils|launches|testifies|appears\s+in\s+court"
    r"|hears\s+(?:arguments|evidence|the\s+(?:case|appeal)|an\s+appeal)"
    # a vote ahead: "Parliament votes on the bill on Monday", "the only issue when they vote on Monday" (not
    # "a vote on Monday", "postponed two votes scheduled for August", "to vote")
    r"|(?:parliament|senate|house|assembly|congress|council|committee|board|commission|cabinet|legislature"
    r"|chamber)\s+votes|(?<=\bthey\s)vote|(?<=\bwe\s)vote|(?<=\byou\s)vote"
    # a date in a calendar: "Diwali falls in November", "Christmas falls on a Sunday"
    r"|falls\s+(?:on|in)(?=\s*$)"
    # "Voters go to the polls Sunday"
    r"|(?:they|we|you|i|who)\s+(?:then\s+)?(?:meet|visit|travel|face|host|play|return|head|go)"
    # an age still to come: "Ripken, who turns 36 in August"; a forecast: "Analysts expect the first quarter
    # to be choppier"; "between now and May"
    r"|turns\s+[0-9]+|expects?|anticipates?|predicts?|between\s+now\s+and"
    r"|(?:go|goes)\s+to\s+the\s+polls"
)
# Past forms ("-ed" and irregular) are past unless passive or adjectival ("will be exercised", "the reduced
# dividend", "on sale in selected markets", "a ballot over proposed redundancies", "a flu-shot clinic" or "flu
# shot clinics", and a state: "will stay closed through Monday", "remains closed") or a future perfect
# ("expects to have cleared the backlog"). Tested after a match: as lookbehinds in _CUE they cost more than
# the rest of it.
_PASSIVE_BEFORE: Final = re.compile(
    r"\b(?:be|is|are|been|being|to|to\s+have|the|a|an|its|their|his|her|get|got|newly|not|stay|stays|remain"
    r"|remains|in|at|on|for|from|with|of|into|amid|under|over|against|about|despite|without|flu|booster) $"
    r"|[a-z]-$"
)
# ... or a state something is kept in, or wanted in: "a bill that keeps the government funded through Dec.
# 16", "wants the tax cuts legislated before June 25", "want their crews hired, trained and in place by May"
# (not "wants to know who attacked him")
_KEPT_BEFORE: Final = re.compile(
    r"\b(?:keeps?|keeping|kept|wants?|wanting|needs?|needing)\s+"
    r"(?:(?!(?:to|who|what|that|which|why|how|when|where|if|whether)\s)[a-z0-9'’]+,?\s+(?:and\s+)?){1,4}$"
)
# "last" as a verb, by what comes after it: "and last until 6 a.m. Saturday"
_LAST_VERB_AFTER: Final = re.compile(r"\s+(?:until|till|through|into|beyond)\b")
# ... and a state in the present with adverbs before it: "rooms are almost fully booked".
_STATE_ADVERB_ENDS: Final = ("ly ", "almost ", "already ", "still ", "now ", "all ")  # tried first: cheaper
_STATE_BEFORE: Final = re.compile(
    r"\b(?:be|is|are|am)\s+(?:(?:[a-z]+ly|almost|already|still|now|all)\s+){1,2}$"
)
# What a warning is of, over a stretch of time: "warned of gale-force winds from Tuesday to Thursday", "warns
# of delays through Friday night" (not "warned on Tuesday").
_WARNED_OF_BEFORE: Final = re.compile(
    r"\bwarn(?:ed|s|ing)?\s+of\s[^.;:!?]{0,60}?\b(?:from|through|until|till|into)\s+(?:the\s+)?$"
)
# What a forecast is for lies ahead whatever the tense of the clause ("cut its forecast for the third
# quarter", in June; "with more heavy rain forecast through Thursday"); a quarter just ended is still the one
# a forecast was for (see period._quarter_year).
_FORECAST_FOR: Final = re.compile(
    r"\b(?:forecasts?|outlook|guidance|projections?)\s+(?:for|through|until|till|into)\s+(?:the\s+)?$"
    # weather predicted for a day: "forecasters have predicted showers for Friday afternoon"
    r"|\b(?:predicted|predict|predicts|forecast|forecasts)\s+(?:[a-z-]+\s+){1,3}for\s+$"
    # a weather warning is issued for a day to come: "AEMET has issued an orange warning for Wednesday"
    r"|\b(?:warnings?|alerts?|watch|watches)\s+for\s+$"
)
# A time that is the subject of a modal verb after a reporting verb lies ahead, whatever that verb's tense:
# "Forecasters said Wednesday could be the hottest day" (not "could have been", nor "A man arrested Wednesday
# will appear in court").
_MODAL_AFTER: Final = re.compile(
    r"\s+(?:will|could|might|may|should|would|shall|must)\s+(?!have\b|not\s+have\b)"
)
_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|say|warned|warns|predicted|predicts|expects?|expected|believes?|believed|thinks?|thought"
    r"|hopes?|hoped|added|that)\s+$"
)
# Between a verb and a time attached to it: "killed on Thursday", "arrested Thursday", "bought before Jan. 1",
# "rain expected tonight and through Tuesday morning".
_RIGHT_BEFORE: Final = re.compile(
    # (and a pronoun as its object: "They told us on Sunday it might happen")
    r"\s+(?:(?:us|them|me|him|her|you|reporters)\s+)?(?:(?:today|tonight|tomorrow)\s+(?:and|or)\s+)?"
    r"(?:(?:as\s+(?:early|soon|late)\s+as|(?:some\s*)?time|later|early|late)\s+)?"
    r"(?:on|in|at|during|over|into|through|before|after)?\s*"
)
# The schedule verbs of _FUTURE (their first word), which are no cue after these words.
_SCHEDULE_VERBS: Final = frozenset(
    ["begins", "starts", "opens", "closes", "ends", "expires", "resumes", "reopens", "reconvenes", "restarts",
     "begin", "resume", "reopen", "reconvene", "restart", "return", "returns", "face", "host", "meet",
     "meets", "visits", "travels", "faces", "hosts", "holds", "head", "heads", "arrives", "departs", "open",
     "close", "follow", "follows", "play", "plays", "report", "reports", "takes", "take"]
)  # fmt: skip
# Those of them that are never nouns.
_NO_NOUN_VERBS: Final = frozenset(["begin", "resume", "reopen", "reconvene", "restart", "take"])
# A plural subject right before "open" or "close" as a verb: "Polls open at 7 a.m.", "U.S. markets open
# Tuesday", "Entries close on Friday".
# Words ending in s that are no plural nouns, lower-cased: "is", "his", "thus".
NOT_PLURAL: Final = r"(?:is|was|has|its|his|this|us|as|does|less|unless|plus|thus)\b"
_PLURAL_SUBJECT_BEFORE: Final = re.compile(
    rf"\b(?!{NOT_PLURAL})[a-z.]+s\s+"
    # with what it is of: "Ticket sales for the first match open at 9am on Monday" (not "the doors of the
    # hall left open")
    r"(?:(?:for|of|at|in|on)\s+(?:the\s+|a\s+)?(?:(?!left\b|kept\b)[a-z0-9-]+(?<!ed)\s+){1,2})?$"
)
_NOT_BARE_BEFORE: Final = re.compile(
    # (or a count: "saw a record 1,930 visits on Oct. 24")
    r"(?:\b(?:to|not|did|does|do|never|a|an|the|its|his|her|their|our|your|my|this|that|as)|n['’]t"
    r"|[0-9])\s+$"
)
# A plural noun after "scheduled" makes it a kind ("scheduled flights"); a preposition or a date does not.
_NOUN_NEXT: Final = re.compile(
    r"\s+(?!(?:for|to|on|at|in|until|till|by|next|this|later|earlier|early|late|around|between|sometime|the|a"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)[a-z]{2,}s\b"
)
# A word after a participle that makes it an adjective when a count comes before: "500,000 displaced people"
# (not "12 died on Monday", "300 arrested Tuesday").
_WORD_NEXT: Final = re.compile(
    r"\s+(?!(?:for|to|on|at|in|of|from|with|by|and|or|as|after|before|during|when|while|since|until|till|last"
    r"|this|next|the|a|an|early|late|overnight|yesterday|today|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b)[a-z]{3,}\b"
)
# A modal right before a verb: "may last well into the summer", "will likely last two weeks".
MODAL_BEFORE: Final = re.compile(
    r"(?:\b(?:will|would|may|might|could|should|must|can|shall)|['’]ll)\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+)?$",
    re.IGNORECASE,
)
_ADVERBS_OF_THE_PAST: Final = frozenset(["since", "ago", "yesterday", "earlier"])
# Past forms that are no participle, so never an adjective: "a fee of $760 took effect".
_PAST_ONLY: Final = frozenset(
    ["was", "were", "did", "went", "came", "took", "gave", "saw", "began", "fell", "rose", "became", "ran",
     "spoke", "wrote", "flew", "grew", "drew", "threw", "broke", "chose", "drove", "ate", "rode", "woke",
     "forgot", "forgave", "arose", "awoke", "withdrew", "overtook", "undertook", "froze", "sank", "sang",
     "rang", "drank", "shook", "stole", "blew", "overthrew", "overcame", "sprang", "shrank", "strode"]
)  # fmt: skip
# Before "earlier than", a bound: "no earlier than Aug. 1".
_NO_ENDS: Final = (" no ", " not ")
# Past verbs earlier in the clause, which a "starting"/"beginning" after them describes ("was held over
# three weeks, starting on April 20").
_PAST_VERB_BEFORE: Final = re.compile(
    r"\b(?P<verb>was|were|read|began|held|met|ran|took|[a-z]{2,}ed)\b(?=[^.;:,]*(?:,[^.;:,]*)?$)"
)


# Verbs of a decision, whose object starts after it.
_DECIDED: Final = frozenset(
    ["approved", "agreed", "announced", "decided", "voted", "adopted", "unveiled", "endorsed", "authorized",
     "authorised", "proposed"]
)  # fmt: skip


def _done_before(lowered: str, at: int) -> bool:
    """Whether a past verb of something done (not one reporting a plan or awaiting it) comes earlier in
    the clause before `at`."""
    found = None
    for found in _PAST_VERB_BEFORE.finditer(lowered, max(0, at - 80), at):
        # "The board approved extended weekend hours starting in the spring": what it decided starts later
        if found["verb"] in _DECIDED:
            return False
    return found is not None and found["verb"] not in REPORTING_PAST and found["verb"] not in _AWAITED


# Irregular past forms that are nouns too, and what makes them one: "one more cut", "a rate cut".
_NOUN_TOO: Final = frozenset(["cut", "hit", "bid", "spread", "cost"])
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:a|an|the|this|one|another|any|no|further|more|its|their|his|her)\s+(?:(?:more|final|further|big|small|first"
    r"|second|third|last|single|surprise|emergency|deep|deeper|quarter-point|half-point|[0-9.]+%|rate|tax)[\s-]+)"
    r"{0,2}$|\b(?:rate|tax|price|pay|job|budget|spending|interest-rate)\s+$"
)
_UNIT_BEFORE: Final = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?) $")
# Irregular past forms spelt like the bare verb: "will begin on Friday and spread east by Saturday".
_BARE_TOO: Final = frozenset(["beat", "cost", "cut", "hit", "quit", "set", "shut", "spread"])
_AND_ENDS: Final = (" and ", " or ")
_ED = r"[a-z]{2,}ed"
_ED_FORM: Final = re.compile(_ED)
# Cues of the future seen from publication, not from the story ("would" can be either).
WILL: Final = frozenset(["will", "shall", "'ll", "won't", "wo n't"])
_MODALS: Final = frozenset(
    ["will", "would", "could", "might", "shall", "should", "must", "'ll", "won't", "wo n't"]
)
# At most two words between a modal and a participle: "would offer discounted", "will have finished".
_VERB_PHRASE: Final = re.compile(r"\s+(?:[a-z'’]+\s+){1,2}")
_PAST_WORDS = alternation([*IRREGULAR_PAST, "ago", "last", "yesterday", "earlier", "since"])
# "had been due to expire Friday evening", "had hoped to restore power by Monday night": a plan in the past
# perfect is past.
_PAST = (
    r"had\s+been\s+(?:due|scheduled|set|expected|slated|planned)"
    # "a record stretching back to February", "a feud dating back to 2019"
    r"|(?:dating|dates|stretching|stretches|reaching|reaches|harking|harks)\s+back"
    r"|had\s+(?:hoped|planned|intended|wanted|expected|aimed|promised|vowed)\s+to"
    # what would or could have happened then: "it would have been triggered only in August"
    rf"|(?:would|could|might|should|must)\s+{_HAVE_DONE}"
    # a forecast made then: "up from the 280 billion yen it forecast in November"
    r"|(?:it|they|he|she|we)\s+forecast(?=\s+(?:in|on|last|earlier)\b)"
    rf"|(?P<form>{_PAST_WORDS}|{_ED})"
)
# A year followed by the months in it: "cut rates three times last year, in February, May and August".
_MONTHS_WITHIN_AFTER: Final = re.compile(
    r",\s+(?:in|on|from|between|during)\s+(?:early\s+|mid-?|late\s+)?(?:" + alternation(MONTHS) + r")\b"
    # and a clause set in it: "was declared in 2018, when a wet autumn refilled reservoirs"
    r"|,\s+when\b"
)
# "in" before a year: "automated in 1996" moves a story that is at a year, decades on or not (see _aside).
_IN_BEFORE: Final = re.compile(r"\bin\s+$")
_HEMISPHERE_SWAP: Final = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}
# An "after" clause a date is in: "two weeks after their contract expired on Dec. 31".
_AFTER_CLAUSE_BEFORE: Final = re.compile(r"\bafter\b[^.;:,]{0,70}$")
# A form of "be" right before: a passive after it ("the first cases were reported on Jan. 14"), or what it
# keeps away ("It could be weeks before the line reopens", duration).
BE_BEFORE: Final = re.compile(r"\b(?:be|is|was|are|were|been|being)\s+$", re.IGNORECASE)
# What makes a date written right after it no day of the story: "as of", where a period ended, a reporting
# verb ("police said Tuesday"), a deadline (one search for all four).
_ASIDE_BEFORE: Final = re.compile(
    r"\b(?:(?P<as_of>as\s+of\s+)"
    r"|(?P<ended>(?:quarter|year|period|half|months|weeks)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?)"
    r"|(?P<said>(?:" + alternation(REPORTING_VERBS) + r")\s+(?:on\s+|late\s+|early\s+)?"
    # "the RAIB said in a report published on Thursday"
    r"|(?:report|statement|study|survey|filing|notice|letter|figures|data|numbers|results|estimates|statistics)"
    r"\s+(?:published|released|issued|posted|filed)\s+"
    r"(?:on\s+|late\s+|early\s+)?)"
    r"|(?P<deadline>(?:by|until|till|through|thru)\s+(?:mid-?\s*|early\s+|late\s+|the\s+end\s+of\s+)?))$"
)
# A past verb, up to three words (a figure among them) and "on", "in", "at" or "between" before an
# expression: "reached 1.3 trillion between Jan. 1 and Dec. 12".
_DONE_ON: Final = re.compile(
    rf"\b(?P<verb>{alternation(IRREGULAR_PAST)}|{_ED})(?:\s+[a-z0-9'’.$%]+){{0,3}}\s+(?:on|in|at|between)\s+$"
)
# (not a word joined to another by a hyphen: "scaled-back drills", "so-called", "a left-leaning paper")
_CUE: Final = re.compile(rf"\b(?:(?P<future>{by_first_letter(_FUTURE)})|(?<!-)(?P<past>{_PAST})(?!-))\b")
# A period that ends a clause: not one after these abbreviations ("Sept. 14", "Mr. Lee", "Roe vs. Wade") or
# after initials ("2 a.m. local time", "U.S. officials"). The lookbehinds come after the period so that
# they only run where there is one.
_CLAUSE_PERIOD = (
    r"\.(?<!\.[a-z]\.)"
    + "".join(
        rf"(?<!\b{word}\.)"
        for word in (
            "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
            "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "vs", "no",
        )
    )
    + r"\s"
)  # fmt: skip
_CLOCK_PERIOD: Final = re.compile(r"\b[ap]\.\s?m\.")
# Both run on lower-cased text.
_CLAUSE_END: Final = re.compile(rf"[!?;]\s|{_CLAUSE_PERIOD}|\n")
_SENTENCE_END: Final = re.compile(rf"[!?]\s|{_CLAUSE_PERIOD}|\n")
_SENTENCE_MAX: Final = 400  # characters: farther apart, two places are not in one sentence
# What may stand between a deadline's preposition and the date: "by mid-", "until early", "by the end of".
_PART_OF = r"(?:mid-?\s*|early\s+|late\s+|the\s+(?:end|start|beginning|middle)\s+of\s+)?"
_DEADLINE: Final = re.compile(r"\b(?:by|until|till)\s+(?:at\s+least\s+)?" + _PART_OF + r"$")
# Where a sentence starts: a capitalised word right after is no name.
SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;][\"”’')]?\s+|\n\s*|[\"“‘(]\s*)$")
_LOWER_WORD: Final = re.compile(r"\b[a-z]{4,}\b")
# A time clause the expression is in, and a future tense before it in the sentence.
_TIME_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?:before|after|until|till|once|when|as\s+soon\s+as)\s+[^,.;:!?]{0,60}$"
)
# An aside set off by commas that a year ends: "The parade, first held in 1762, ...", "the firm, founded in
# 1901, ...".
_PARENTHESIS_BEFORE: Final = re.compile(r",\s+(?:[a-z]+\s+){1,3}(?:in|since|from)\s+$")
# A date written with its weekday: "Monday, October 20", "Friday 27 June".
_WEEKDAY_WITH_DATE: Final = re.compile(rf"\b((?i:{alternation(WEEKDAYS)}))\.?(?![A-Za-z]),?\s+[A-Z0-9]")
# What a figure is measured against: "the previous high set in 2019", "compared with 2023", "up from 31
# million in 2023", "down 6.5 per cent from May 2024", "than in 2019".
_COMPARED_ENDS: Final = (" in ", " with ", " to ", " from ", " at ", " on ")  # tried first: cheaper
_COMPARED_BEFORE: Final = re.compile(
    r"\b(?:(?:high|record|peak|low|best|worst)\s+(?:set|reached|recorded|seen)\s+in"
    r"|compared\s+(?:with|to)(?:\s+[^,.;:]{1,30}?\s+in)?|than(?:\s+[^,.;:]{1,30}?)?\s+in"
    # "nearly doubled from last year" (not "fell from 6% in 1970 to 3% in 1972", a course)
    r"|(?:doubled|tripled|halved|rose|fell|grew|dropped|jumped|climbed|slipped|increased|decreased|declined)"
    r"(?:\s+(?:[^,.;:]|\.(?=[0-9])){1,20}?)?\s+from"
    # "up from 500,000 at 3 p.m. Tuesday", "up from 52 on Sunday"
    r"|(?:up|down)(?:\s+(?:[^,.;:]|\.(?=[0-9])){1,20}?)?\s+from(?:\s+(?:[^,.;:]|[.,](?=[0-9])){1,30}?\s+(?:in|at|on))?)"
    r"\s+$"
)
# A condition the expression is in: "if he wins in November", "unless talks resume on Monday".
_CONDITION_BEFORE: Final = re.compile(r"\b(?:if|unless)\s+(?:[a-z'’-]+\s+){1,5}$")
_WILL_BEFORE: Final = re.compile(r"\b(?:will|shall|won't)\b|[a-z]'ll\b")
_ORIGINALLY_BEFORE: Final = re.compile(
    r"\b(?:originally|initially|previously|(?:was|were|is|are|had\s+been|has\s+been)\s+first)\s+(?:been\s+)?$"
)
# What is booked is for a date near, whatever the tense of the report: "bookings for Christmas were 5%
# higher", written in September; "rooms for early April were nearly sold out", written in February;
# "Guesthouses had been booked for April and May" (the verb).
_BOOKED_FOR: Final = re.compile(
    r"\b(?:bookings|reservations|reservation\s+book|rooms|tickets|seats|tables|appointments"
    r"|(?P<verb>booked|reserved))\s+for\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$"
)
_WEEKDAY_AT: Final = re.compile(rf"(?:{alternation(WEEKDAYS)})(?![a-z])")
# A participle's own day in an aside, up to the comma that closes it: "The outlook, issued Tuesday, calls
# for warmth through November".
_DATED_ASIDE_AFTER: Final = re.compile(
    rf"\s+(?:on\s+)?(?:{alternation(WEEKDAYS)}|yesterday|today|last\s+(?:week|month|night)"
    rf"|(?:{alternation(MONTHS)})\.?\s+[0-9]{{1,2}})(?![a-z])\s*,\s"
)
# A clause joined after a past verb whose own verb is a present "is" or "are": "Detroit has hosted a game on
# the holiday since 1945, and kickoff is at noon on Thursday" (the subject a few words, no verb among them).
_PRESENT_CLAUSE_JOINED: Final = re.compile(
    r"(?:,\s+and|;|,\s+but)\s+(?:(?!(?:who|which|that|was|were|had|has|have)\s)[a-z0-9'’-]+\s+){1,5}(?:is|are)\s"
)
# What was rescheduled for a date lies ahead, even told in the past perfect (not a plan gone by): "surgeries
# postponed in the fall had been rescheduled for March and April".
_RESCHEDULED_FOR: Final = re.compile(
    r"\b(?:rescheduled|re-scheduled|(?:postponed|deferred)(?=\s+for\b)|moved|pushed\s+back"
    r"|brought\s+forward)\s+"
    # (not "postponed two votes scheduled for August", the plan it undid)
    r"(?:(?!(?:scheduled|planned|set|slated|due)\b)[^\s.;:!?]+\s+){0,4}?"
    r"for\s+(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$"
)
# What something was set or called for lies ahead, whatever the tense of the report: "Judge Ortiz set
# sentencing for March 12", "unions have called protests in Madrid for Saturday", "deals lined up for
# September" (as "a summit set for Tuesday").
_PLANNED_FOR: Final = re.compile(
    r"\b(?:set|reset|called|lined\s+up|pencil?led\s+in|earmarked)\s+"
    r"(?!(?:a\s+|new\s+|the\s+)*(?:records?|highs?|lows?|pace|tone)\b)"  # not "set a record for March"
    r"(?:[^\s.;:!?]+\s+){0,6}?for\s+"
    r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?$"
)
# A plan gone by: "had been set for" (and one superseded, _ORIGINALLY_BEFORE: "was originally set for").
_PLAN_GONE_BEFORE: Final = re.compile(r"\b(?:had|first)\s+(?:been\s+)?$")
# The closing price of a day is a past fact: "a premium to Medlane's closing price on Friday" (not "changes
# effective at the close on Feb. 28").
_CLOSING_BEFORE: Final = re.compile(
    r"\b(?:closing\s+(?:price|level|value)|(?:['’]s|(?<!effective\sat\s)the)\s+close)\s+(?:on\s+)?$"
)
_BY_BEFORE: Final = re.compile(r"\bby\s+" + _PART_OF + r"$")
# Past forms before "by" that set a deadline rather than meet it: "a storm was expected by Wednesday".
_AWAITED: Final = frozenset(
    ["expected", "scheduled", "planned", "slated", "forecast", "predicted", "projected", "promised",
     "required", "needed", "wanted", "hoped", "demanded", "urged", "ordered", "asked", "told", "due"]
)  # fmt: skip
# Those of them that put what they describe ahead: "a ruling expected Friday" (not "Cuba predicted Wednesday",
# "began as planned Saturday night").
_FORESEEN: Final = frozenset(["expected", "scheduled", "slated"])
# An article right before "scheduled", "slated" or "expected" and a word that is no preposition or time after
# it (_WORD_NEXT) make it an adjective: "a scheduled radio interview".
_ARTICLE_WORDS: Final = (" a ", " an ", " the ")
# The first words of the cues of a plan that can follow a noun (_FUTURE), and what makes one the main verb.
_PLANNED_WORDS: Final = frozenset(["scheduled", "slated", "set", "planned"])
_PLANNED_WORDS_DUE: Final = frozenset([*_PLANNED_WORDS, "due"])
_WAS_ENDS: Final = (" was ", " were ")
_BE_OR_HAVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|it|they|he|she|we|i|you|originally|first)\s+"
    r"(?:[a-z]+ly\s+)?$"
)
# A court's order to appear on a day: "was charged yesterday and remanded to appear in court on Monday" is the
# coming Monday, as the hearing lies after the order.
_TO_APPEAR_BEFORE: Final = re.compile(
    r"\b(?:remanded|bailed|summoned|released|ordered|told)\b[^.;:]{0,40}\bto\s+(?:re)?appear\b[^.;:,]{0,60}$"
)
# A participle with its agent right before the time, in a reduced relative clause: "A taskforce set up by the
# council in March is due to report" was set up then, whatever the main verb (not "will be chosen by voters in
# May", "is being built by the city in June", "a ruling expected by analysts in March").
_PARTICIPLE_AGENT_BEFORE: Final = re.compile(
    r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bget\s)(?<!\bgets\s)"
    rf"\b(?P<verb>{_ED}|set\s+up|drawn\s+up|(?:{alternation(IRREGULAR_PAST)})(?:\s+(?:up|out|down|off))?)"
    r"\s+by\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?[a-z'’.-]+(?:\s+[a-z'’.-]+)?\s+(?:in|on)\s+$"
)
# ... but not one of order, whose time is its agent's: "the April 1 renewals, followed by the Florida
# renewals on June 1"
_SEQUENCE_VERBS: Final = frozenset(["followed", "preceded"])
_AS_THAN_BEFORE: Final = re.compile(r"\b(?:as|than)\s+$")
# Verbs of expecting whose object is placed in a period after it: "they expected a decision in early spring",
# "predicted a recovery in the second half" (not "had expected", "as expected").
_EXPECTING: Final = frozenset(
    ["expected", "predicted", "forecast", "projected", "anticipated", "promised", "pledged"]
)
# Money as the object: what was pledged then ("pledged A$1 billion over nine years in January").
_MONEY_NEXT: Final = re.compile(r"\s+(?:[a-z]{1,2})?[$€£¥]")
_OBJECT_IN: Final = re.compile(
    r"\s+(?!in\b|on\b|at\b)(?:[a-z0-9$€£%.'-]+\s+){1,6}?(?:in|during|between|before|by|over)\s+(?:(?:early|late|mid)[\s-]*)?"
)
_EXPECTING_BEFORE: Final = re.compile(r"\b(?:had|as|than)\s+$")
# After "followed", what makes it a participle: "followed by a visit", "followed on Jan. 2 by the race".
_FOLLOWED_BY: Final = re.compile(r"\s+(?:(?:on|in|at)\s+[^,;:!?]{1,30}?\s+)?by\b")
# A participle after a noun with its article, and its agent by name: "when a revival directed by Priya
# Holloway opens" (not "the index dropped by 2%").
_ARTICLE_NOUN_BEFORE: Final = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+$")
_BY_NAME_AFTER: Final = re.compile(r"\s+by\s+[A-Z]")
# A year and a noun after a participle with a determiner before it ("Citizens' proposed 2027 rates").
_YEAR_WORD_NEXT: Final = re.compile(r"\s+[12][0-9]{3}\s+[a-z]{3,}\b")
# "with" and a noun before a participle: "with general tickets released on 5 September".
_WITH_NOUN_BEFORE: Final = re.compile(r"\bwith\s+(?:[a-z0-9-]+\s+){1,3}$")
# A "by" opening its clause, whose verb comes after the deadline.
_BY_OPENING: Final = re.compile(r"(?:^|[.!?;,]\s+|\n\s*|\b(?:and|but|then)\s+)by\s+" + _PART_OF + r"$")
# The verb right before "by": "were counted by Wednesday", "declared by 4.45am".
_DONE_BY: Final = re.compile(r"\b(?P<verb>[a-z]+)\s+by\s+" + _PART_OF + r"$")
# What a noun done by a deadline is yet to do, after the deadline: "Donations made by Dec. 31 qualify",
# "Ballots received by Tuesday will be counted".
_DUE_AFTER_DEADLINE: Final = re.compile(
    r",?\s+(?:will|must|should|can|qualify|qualifies|count|counts|are\s+eligible|is\s+eligible)\b"
)
# Between a past verb and "by": what puts the deadline ahead of it, or another clause (not the figures of
# one: "Brent was down $5.31, or 20.7%, at $20.26 a barrel by 0900 GMT").
_UNMET_BETWEEN: Final = re.compile(
    r"\bto\b(?!\s+(?:[0-9$€£¥]|(?:the|a|an|its|their|his|her|record|minus|plus|about|around|nearly|almost"
    r"|roughly|just|over|under|below|above|more|less|new|fresh"
    # a place gone to: "swept out to sea by Sunday morning"; a state come back to: "back to normal by
    # Saturday evening"
    r"|sea|shore|land|safety|hospital|jail|prison|power|town|zero|normal|full|service|work|school)\b))|\b(?:goal|target|aim|deadline|plan|intention|promise|pledge|hope|bid|effort)s?\b|[;:.!?]\s"
    # a chance: "said a new wave was possible by Christmas"
    r"|\b(?:possible|likely|unlikely)\b"
    r"|(?<![0-9%]),\s(?!(?:or|at|to|up|down)?\s*[-+]?[0-9$€£¥])"
)
# "extended through March 31", "postponed the vote to Tuesday", "an extension to January 31": looked for only
# after such a preposition.
_TO_BEFORE: Final = re.compile(r"\b(?:through|to|into)\s+" + _PART_OF + r"$")
_EXTENDED_TO: Final = re.compile(
    r"\b(?:extended|extending|extends?|postponed|postponing|delayed|delaying|pushed\s+back|pushing\s+back"
    r"|put\s+off|putting\s+off|slipped|slips|moved|moving|shifted|shifting"
    r"|rescheduled|brought\s+forward|extensions?|postponements?)(?:,?\s+[a-z0-9'’]+){0,7}?,?\s+"
    r"(?:through|to|into)\s+" + _PART_OF + r"$"
)
# "Until Thursday, they had not called him a suspect": a time phrase opening the sentence looks back.
_UNTIL_OPENING: Final = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:Until|Till)\s+$")
# Words that open a sentence, after the period of an abbreviation ("open until 8 p.m. The festival runs"), or
# a capitalised word followed by a lower-case one ("shook Chiba at 6:22 p.m. Rivers may rise"); not a day,
# a month, a place or a zone ("5:34 a.m. Baghdad time", "at 6 p.m. Friday", "8 a.m. Eastern time").
SENTENCE_OPENER: Final = re.compile(
    r"\s+(?:(?:The|A|An|It|He|She|They|We|I|You|His|Her|Their|Its|Our|This|That|These|Those|There|But|And|In|On"
    r"|At|By|For|From|After|Before|When|While|If|As|Some|Many|Most|All|No|Today|Tonight|Tomorrow|Yesterday)\b"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Central"
    r"|Pacific|Mountain|Atlantic|Local|Greenwich|Universal|Coordinated|British|Summer)\b)"
    # (a name of up to three words, one as "GameStop": "some as early as 5 a.m. GameStop said")
    r"(?:[A-Z](?=[A-Za-z'’&-]*[a-z])[A-Za-z'’&-]*\s+){1,3}(?!(?:time|standard|daylight|summer)\b)[a-z])"
)
# What follows the expression counts only up to the next clause: "... on Thursday even if they continued".
_AFTER_END: Final = re.compile(
    rf"[!?;:]\s|{_CLAUSE_PERIOD}|\n|"
    r"\b(?:even\s+if|if|because|while|which|who|whose|where|though|although|that|when|as|after|before"
    # a contrast's own clause: "will dock on Sunday, rather than taking the path used in the past"
    r"|rather\s+than|instead\s+of)\b"
)
# A reporting verb after a comma attributes the clause ("The museum closes in June, officials said"); it does
# not set the tense of the clause it reports.
_ATTRIBUTION_AFTER: Final = re.compile(
    r"[)\]\"'’”]*,[\"'’”]*\s+(?:[a-z.'’-]+\s+){0,6}?(?:" + alternation(REPORTING_VERBS) + r")\b"
)
# A time phrase opening its clause ("Over the weekend, officials said"): the verb after the comma is its own.
_FRONTED: Final = re.compile(
    r"\W*(?:at|on|in|over|by|during|since|after|before|until|through|from|for|late|early|earlier|later|last"
    r"|this|next)\b[^,]{0,30}$"
)
_VALUE_DAY: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_VALUE_CLOCK: Final = re.compile(r"[^T]*T([0-9]{2})(?::([0-9]{2}))?")
# What joins the two ends of a range.
# (with the modifier of the second end: "between late November and the end of February")
_END_MODIFIER = r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|(?:early|mid|late)(?:\s+|-))?"
_RANGE_JOIN: Final = re.compile(
    r",?\s*(?:(?P<dash>-|–|—)|to|through|thru|until|till)\s*"
    + _END_MODIFIER
    # and a span told by its start and its end: "will begin in mid-February and end in early December"
    + r"|\s+and\s+(?:will\s+|would\s+)?(?P<ends>end|ends|ended|finish|finishes|finished|close|closes|closed"
    r"|conclude|concludes|concluded)\s+(?:in|on|by)\s+(?:(?:early|mid|late)[\s-]*)?"
)
# What joins the items of a list: "Tuesday, Thursday and Saturday", "Aug. 30 or Sept. 2".
_LIST_JOIN: Final = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?(?:on\s+)?|\s+(?:and|or)\s+(?:on\s+)?)" + _END_MODIFIER
)
_FROM_BEFORE: Final = re.compile(r"\b(?:from|between)\s+$")
# A second clause joined to the expression's own: "premiered at Cannes in May and opens on Christmas Day".
_JOINED_CLAUSE: Final = re.compile(r"\b(?:and|but|or|then)\b")
# A relative "when" or "which" clause right after the expression, which tells what happened or happens then:
# "the floods of January 27, when 245mm of rain fell", "on Sunday, which is expected to be the busiest day".
_WHEN_CLAUSE_AFTER: Final = re.compile(r",\s+(?:when|which)\s+")
_WHEN_CLAUSE_END: Final = re.compile(rf"[!?;:,]\s|{_CLAUSE_PERIOD}|\n")
# A comma between clauses or around an aside, not one inside a number ("1,200").
COMMA: Final = re.compile(r",(?!\d)")
_DETERMINER_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your)|['’]s|[a-z]s['’])\s+"
    # and a word of order or time between: "the next organised climb", "its newly elected mayor", or of habit:
    # "his traditional televised address"
    r"(?:(?:next|first|last|latest|previous|only|newly|recently|specially|traditional|annual|usual|customary"
    r"|regular|weekly|monthly|nightly|official)\s+)?$",
    re.IGNORECASE,
)
# What may stand between the start of a sentence and a time phrase that opens it.
_TOPIC_BEFORE: Final = re.compile(
    # (or a live blog's stamp: "10:40 BST - Over the weekend, the Times reported")
    r"(?:^|[.!?:—–][\"”’']?\s+|\n\s*|\s-\s+)(?:(?:In|in|By|by|From|During|After|Since|On|on|Over|over|Back\s+in)\s+)?$"
)
# Dates before Christ cannot be Python dates: a story in 480 BC is kept at the proxy year
# _PROXY_EPOCH + 1 - 480, which keeps year arithmetic and leap years (the epoch is a multiple of 4), and
# values derived from it are written back as BC years (astronomical year = proxy - _PROXY_EPOCH; 0 is 1 BC).
# They have no interval: the timeline cannot hold them.
_PROXY_EPOCH: Final = 9996
_PROXY_FLOOR: Final = 5000  # proxy years are above this; no AD year in a text is resolved this far out
_BC_VALUE: Final = re.compile(r"BC(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})|-(?P<season>SP|SU|FA|WI))?")
_PROXY_VALUE: Final = re.compile(r"(?P<year>[0-9]{4})(?P<rest>(?:-[0-9WX].*|-(?:SP|SU|FA|WI|H[12]|Q[1-4]))?)")
_PROXY_DECADE: Final = re.compile(r"(?P<decade>[0-9]{3})X")
_PROXY_CENTURY: Final = re.compile(r"(?P<century>[0-9]{2})")
# A non-restrictive relative clause the expression is in: ", which brought flooding to Yorkshire".
_RELATIVE_ASIDE_BEFORE: Final = re.compile(r",\s*(?:which|who|whose)\b[^,.;:!?()]*$")
_LASTED_UNTIL_BEFORE: Final = re.compile(
    r"\b(?:lasted|lasting|continued|continuing|remained|remaining|persisted|held\s+out)\s+(?:until|till|through)"
    r"\b[^.;,]{0,40}$"
)
# Past verbs that set a state to last until a time, which may lie ahead: "schools were closed until Monday",
# "imposed a curfew until Sunday", "was given until Friday".
_SET_UNTIL: Final = frozenset(
    ["extended", "postponed", "delayed", "adjourned", "deferred", "suspended", "pushed", "put", "moved",
     "given", "gave", "granted", "allowed", "set", "closed", "shut", "banned", "barred", "frozen", "halted",
     "paused", "imposed", "declared", "sealed", "locked", "cordoned", "kept", "left", "remanded", "jailed",
     "held", "issued", "grounded", "cancelled", "canceled", "blocked", "restricted", "stopped", "released",
     "bailed", "booked", "reserved", "placed"]
)  # fmt: skip
_NOT_WENT_ON: Final = REPORTING_PAST | _AWAITED | _SET_UNTIL
_UNTIL_BEFORE: Final = re.compile(r"\b(?:until|till)\s+" + _PART_OF + r"$")
# A present perfect before "through" or "until": done for the time ahead ("have booked the rooms through
# Wednesday"), as "have until" is ("have until 11:59 p.m. Sunday").
_THROUGH_ENDS: Final = (" through ", " thru ")
# What a thing was meant for, after a past verb and its object: "cancelled 12 flights for Saturday", "notified
# stoppages for Saturday and Sunday", "issued a winter storm watch from 5 p.m. Friday".
_MEANT_FOR_BEFORE: Final = re.compile(
    rf"\b(?!{NOT_PLURAL}|(?:days|weeks|months|years|hours|times)\s)[a-z]{{2,}}s\s+for\s+$"
    r"|\b(?:watch|warning|advisory|alert|curfew|closure|ban)\s+(?:for|from)\s+$"
)
# A day or a time, not a period reported on ("posted losses for the third quarter"), lower-cased.
_A_DAY: Final = re.compile(
    r"[0-9]|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]"
)
# A state that lasts through a date: "is funded through Sept. 30", "remains open through March".
_STATE_THROUGH: Final = re.compile(r"\b(?:is|are|remains?|stays?|runs?|lasts?|continues?)\s[^.;:,]{0,40}$")
# Verbs that arrange something for a time, in the present perfect ("has issued a warning for Sunday").
_ARRANGED: Final = frozenset(
    ["issued", "set", "called", "announced", "declared", "scheduled", "booked", "reserved", "arranged",
     "ordered"]
)  # fmt: skip
_HAVE_BEFORE: Final = re.compile(r"\b(?:have|has)\s+(?:[a-z]+ly\s+)?$")
_HAVE_UNTIL: Final = re.compile(r"\b(?:have|has)\s+(?:until|till)\s+" + _PART_OF + r"$")
_WORD: Final = re.compile(r"[a-z]+")
_RELATIVE_BEFORE: Final = re.compile(
    r"\b(?:who|which|that|whose\s+[a-z]+)\s+(?:[a-z]+ly\s+)?(?:(?:was|were|had|has|have|is|are)\s+)?$"
)
_CLAUSE_JOIN: Final = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
# A plan told by a verb in the past tense, as a cue word (see tense_cue).
_PAST_PLAN_VERB: Final = re.compile(rf"(?:{_PAST_PLAN_WORDS}|voted\s+[0-9]+[-–][0-9]+)\s+to")
# A negation before "until": what did not happen until a day happened on it.
_NOT_UNTIL: Final = re.compile(r"(?:\bnot|\bnever|n't)\b.*\buntil\s")
# ... and one told in a past tense, whatever its verb: "assembly lines did not fully restart until early
# December", "power wasn't restored until" (not a plan: "was not planning to reopen until Wednesday").
_PAST_NOT_UNTIL: Final = re.compile(
    r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|had\s+not|hadn['’]t|never)\b"
    r"(?:(?!\bto\s)[^.;:,]){0,50}\b(?:until|till)\s+" + _PART_OF + r"$"
)
_PROGRESSIVE_AFTER: Final = re.compile(r"\s+(?:[a-z]+ly\s+|still\s+|not\s+)?[a-z]{2,}ing\b")
# An infinitive between the past verb and "until": "agreed to stay until March", "voted to remain until".
_TO_BEFORE_UNTIL: Final = re.compile(r"\bto\s+[a-z]+\b[^.;,]{0,40}\buntil\s+[^.;,]{0,24}$")
# A past state or activity that went on until a time: no deadline ("booths kept accepting voters until 8pm",
# "the talks ran until midnight"); the clause's own tense decides.
_WENT_ON_UNTIL: Final = re.compile(
    r"\b(?:lasted|continued|remained|persisted|stayed|kept\s+[a-z]+ing|ran|raged|dragged\s+on|went\s+on"
    r"|waited|worked|queued|held\s+out)\b[^.;,]{0,40}\b(?:until|till)\s+" + _PART_OF + r"$"
)
# Words of an expression that looks back from the story ("the day before", "the previous year"): it does not
# move the story back, while a date written out does ("Troops had crossed on December 24").
_LOOK_BACK: Final = re.compile(
    r"\b(?:before|earlier|previous|preceding|prior|ago|last|same|that)\b", re.IGNORECASE
)
# A look back from a date left unsaid ("the previous year"), unlike "last year" or "two days ago".
_RELATIVE_LOOK_BACK: Final = re.compile(r"\b(?:before|earlier|previous|preceding|prior)\b", re.IGNORECASE)
SINCE_BEFORE: Final = re.compile(
    r"\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$"
)
_HAD: Final = re.compile(
    r"\bhad\s+(?:(?:not|never|already|long|just|previously|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ung|ought|ook|ade|ent)\b"
)
_ENDED_AFTER: Final = re.compile(r"\s+(?:ended|ending|that\s+ended)\b")
_NOUN_AFTER: Final = re.compile(r"[\s-]+[A-Za-z]")
_BEFORE: Final = 100
_AFTER: Final = 60
_FRONTED_AFTER: Final = 160
# Past participles after these are passive or perfect, still past; after "be"/"is" future cues win.
_NOT_PAST: Final = frozenset(
    [
        "need",
        "needed",
        "speed",
        "feed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
        "exceed",
        "succeed",  # "the candidate to succeed Merkel in the September 26 election"
        "breed",
        "bleed",
        "heed",
        "greed",
        "based",
        "united",
        "limited",
        "interested",
        "concerned",
        "related",
        "detailed",
        "advanced",
        "experienced",
        "estimated",
        "combined",
        "supposed",
        "indeed",
        "hundred",
        "preferred",  # "redeem its preferred shares on Oct. 31"
        # what something is, by its age or date: "Those aged 80 can apply from October 1", "in checks dated
        # Dec. 31"
        "aged",
        "dated",
        # adjectives: "on a still unspecified date in January"
        "unspecified",
        "undisclosed",
        "unnamed",
        "unidentified",
        "unexpected",
        "unprecedented",
        "unconfirmed",
        "unrelated",
        "unscheduled",
        "unsolicited",
        "unemployed",
        "unarmed",
        "unmanned",
        "unlimited",
        # "agreed to keep output unchanged through the first quarter"
        "unchanged",
        "unaffected",
        "unresolved",
        "undecided",
        "unopposed",
        "unharmed",
        "unpaid",
        "unanswered",
        "unsecured",
        "unaudited",
        "unadjusted",
        "unsold",
    ]
)


@dataclass(frozen=True, slots=True)
class Reference:
    """The date an underspecified expression is resolved against, and what it is."""

    day: date
    anchoring: Anchoring
    granularity: Granularity
    # minutes into the day (0 to 1440), for a reference written to the hour or minute
    minute: int | None = None

    @property
    def derived_anchoring(self) -> Anchoring:
        """How an expression computed from this reference is anchored: on publication when the reference
        is the publication time, else on the narrative (even when the reference date was absolute)."""
        return Anchoring.PUBLICATION if self.anchoring is Anchoring.PUBLICATION else Anchoring.NARRATIVE


_YEAR_PART_VALUE: Final = re.compile(r"(?P<year>[0-9]{4})-(?P<kind>[QH])(?P<n>[1-4])")


@dataclass(frozen=True, slots=True)
class _Written:
    """The last date written in the text, where it stands and how it was anchored."""

    reference: Reference
    start: int
    end: int
    anchoring: Anchoring
    value: str = ""


# The day a quotation was spoken, named by its attribution: after the quotation ('," Lula told a crowd in Sao
# Paulo on Sunday night.') or before it ('Smith said on Tuesday: "...'). No comma between the verb and the
# day, so that a relative clause's day is not read as the speaker's ('," said Smith, who will visit on
# Monday').
_SPEECH_VERB = r"\b(?:said|says|told|tells|added|declared|wrote|posted|insisted|promised|vowed)\b"
_SPEECH_DAY = (
    r"[^,;\n\"“”.!?]{0,80}?\b(?:(?:on|late|early)\s+)?(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|(?P<yesterday>yesterday))(?![a-z])"
)
_SPEECH_AFTER: Final = re.compile(r"[^\n\"“”.!?]{0,60}?" + _SPEECH_VERB + _SPEECH_DAY)
_SPEECH_BEFORE: Final = re.compile(_SPEECH_VERB + _SPEECH_DAY + r"[^\n\"“”.!?]{0,40}?[:,]\s*$")
_QUOTE_LOOK: Final = 400


class Resolver:
    """Anchor, tense and discourse state for one document."""

    def __init__(
        self,
        text: str,
        anchor: datetime,
        tz: tzinfo,
        *,
        narrative: bool,
        date_order: str,
        lowered: str | None = None,
    ) -> None:
        self.text = text
        # the text lower-cased with its offsets (lower_case), for the patterns that read it so: about twice as
        # fast as case-insensitive matching on the text
        self.lowered = lower_case(text) if lowered is None else lowered
        self.tz = tz
        self.now = anchor.astimezone(tz)
        self.today = self.now.date()
        self.narrative = narrative
        self.date_order = date_order
        self._last: Reference | None = None
        # the day a story was last told on ("the Labor Department reported Friday"), which does not move it
        self._told: Reference | None = None
        # the story's latest day (or finer), kept when a coarser date moves it ("on Sunday afternoon, as
        # authorities warned of extreme conditions later this week")
        self._last_day: Reference | None = None
        # the last date written, story or aside: "had bought it in 2015 and renovated it two years later"
        # counts from 2015 although a flashback does not move the story
        self._written: _Written | None = None
        self._last_quarter: tuple[int, int] | None = None
        # or the half year it is about, when that was written last ("first-half profit")
        self._last_half: tuple[int, int] | None = None
        # the days written with their year ("on Christmas Eve 2024")
        self._dated: list[date] = []
        # a year opening a sentence ("In 2019, ..."), and where that sentence ends: it frames the sentence
        self._frame: tuple[date, date, int] | None = None  # first and last day, where its sentence ends
        # what a detector learns once about the whole document (period: whether it reports a game)
        self.document_facts: dict[str, bool] = {}
        # the moment of the last live-blog stamp read (clock): the "now" of the entry it heads
        self.entry_stamp: datetime | None = None
        # the day of the last weekday heading a line ("Monday: ...", "Tuesday, 10 a.m.: ..."; weekday.py)
        self.heading_day: date | None = None
        # where days that name a past event begin ("the Sept. 11 attacks"): they do not move the story
        self._events: set[int] = set()
        # the last date written with its weekday, by weekday ("Diwali falls on Monday, October 20")
        self._weekday_dates: dict[int, date] = {}
        # the IANA name of the article's zone, "" for a fixed offset: it tells the hemisphere and the country
        self.zone_name = str(getattr(tz, "key", ""))
        self.southern = self.zone_name.startswith(SOUTHERN_ZONES)

    def season(self, code: str) -> str:
        """A season code as the calendar reckons it, from the word's code, and back: south of the tropics
        "winter" (WI) is June to August, reckoned as the north's SU, and written WI again."""
        return _HEMISPHERE_SWAP[code] if self.southern else code

    # ---- anchor -----------------------------------------------------------------------------------

    def publication(self) -> Reference:
        return Reference(self.today, Anchoring.PUBLICATION, Granularity.DAY)

    def quotation_opening(self, start: int) -> int | None:
        """Where the quotation holding text[start] opens, if one was opened earlier in its paragraph (a
        bounded look-back, so that a text without paragraphs stays linear)."""
        lowered = self.lowered
        lo = max(0, start - _QUOTE_LOOK)
        paragraph = lowered.rfind("\n", lo, start) + 1 or lo
        before = lowered[paragraph:start]
        if before.count('"') % 2 == 1:
            return paragraph + before.rfind('"')
        if before.count("“") > before.count("”"):
            return paragraph + before.rfind("“")
        return None

    def speech_day(self, start: int, end: int) -> date | None:
        """The day a news quotation holding text[start:end] was spoken, when its attribution names another
        day than the publication's: '"From today on, I will govern," Lula told a crowd on Sunday night.'
        (a past weekday, the latest such; "yesterday"). None outside quotations and in narratives."""
        if self.narrative or (opening := self.quotation_opening(start)) is None:
            return None
        lowered = self.lowered
        close = lowered.find('"' if lowered[opening] == '"' else "”", end, end + _QUOTE_LOOK)
        found = None
        if close >= 0 and "\n" not in lowered[end:close]:
            found = _SPEECH_AFTER.match(lowered, close + 1)
        if found is None:
            lo = max(0, opening - 120)
            found = _SPEECH_BEFORE.search(lowered, lowered.rfind("\n", lo, opening) + 1 or lo, opening)
        if found is None:
            return None
        if found["yesterday"]:
            return self.today - timedelta(days=1)
        return self.today - timedelta(days=(self.today.isoweekday() - WEEKDAYS[found["weekday"]]) % 7)

    def weekday_date(self, weekday: int, *, that: bool = False) -> date | None:
        """The date the text wrote with this weekday ("Diwali falls on Monday, October 20"): what "that
        Saturday" means, and, within a week of publication, the weekday alone later in a news story ("...
        crackers are allowed on Monday between 8 p.m. and 10 p.m.")."""
        day = self._weekday_dates.get(weekday)
        if day is None or (not that and (self.narrative or abs((day - self.today).days) > 7)):
            return None
        return day

    def dated_year(self, month: int, day: int) -> int | None:
        """The year of a day written with its year, this month-day or one or two days from it: the year a
        past-tense clause means when it comes back to that day without one ("on Christmas Eve 2024 ... after
        7pm on 24 December ... died in the early hours of Christmas Day")."""
        for written in reversed(self._dated):
            near = safe_date(written.year, month, day)
            if near is not None and abs((near - written).days) <= 2:
                return written.year
        return None

    def discourse(self) -> Reference | None:
        return self._last

    def last_day(self) -> Reference | None:
        """The latest day (or finer) the story was at, even if a coarser date has moved it since."""
        return self._last_day

    def recent_story_day(self) -> Reference | None:
        """The story's latest day, if a coarser date not before it has moved the story since and that day lies
        in the week up to publication: a day or a time with no day of its own is still on it
        ("threatened homes on Sunday afternoon, as authorities warned of extreme conditions later this week.
        The blaze broke out about 2.30pm"; "agreed on Friday to deepen cuts in the first quarter of next year.
        ... The day before, ...")."""
        last, day = self._last, self._last_day
        if (
            last is None
            or day is None
            or last.granularity.rank >= Granularity.DAY.rank
            or last.day < day.day
            or not 0 <= (self.today - day.day).days <= 7
        ):
            return None
        return day

    def told(self) -> Reference | None:
        """The day the story was last said to be told on, by an attribution that did not move it."""
        return self._told

    def said_on(self, start: int) -> bool:
        """Whether the expression at `start` tells when something was said: "police said Tuesday", "the bank
        said on the same day"."""
        aside = _ASIDE_BEFORE.search(self.lowered, max(0, start - 24), start)
        return aside is not None and aside["said"] is not None

    def reference(
        self, *, narrative_expression: bool = False, at: int | None = None, unit: Granularity | None = None
    ) -> Reference:
        """What to resolve against: the discourse for narrative expressions ("the next day") and, in
        narrative mode, for every underspecified date; the publication time otherwise. A narrative
        expression at `at` counts from a date written earlier in its own sentence even when that date did
        not move the story ("had bought the site in 2015 and renovated it two years later"); when nothing
        has moved the story yet, also from one in the sentence before that is at least as precise as the
        expression's `unit` ("It lost the 2019 election. Three years later, ...")."""
        if narrative_expression and at is not None:
            written = self.written_in_sentence(at)
            if written is None and unit is not None and (self._last is None or self.opens_sentence(at)):
                written = self.written_in_sentence(at, previous=True)
                if written is not None and (
                    written.reference.granularity.rank < unit.rank
                    or (
                        self._last is not None
                        and written.reference.day <= self._last.day
                        # a plan ahead is no story a past date looks back from: "The fair runs from Nov. 13 to
                        # Nov. 22. The first case was confirmed Oct. 14. Three days later, ..."
                        and (
                            self.narrative
                            or self._last.day <= self.today
                            or written.reference.day > self.today
                        )
                    )
                ):
                    written = None
            if (
                written is not None
                and unit is not None
                and written.reference.granularity.rank < unit.rank
                and self._last is not None
                and self._last.granularity.rank >= unit.rank
            ):
                # "On Saturday the side lost, their fifth defeat since late September, and the coach was
                # sacked the following morning": a month cannot give a morning, the story's day can
                written = None
            if written is not None and written.reference != self._last:
                return written.reference
        if (narrative_expression or self.narrative) and self._last is not None:
            if (
                narrative_expression
                and not self.narrative
                and unit is not None
                and self._last.granularity.rank < unit.rank
                and (day := self.recent_story_day()) is not None
                and day.granularity.rank >= unit.rank
            ):
                return (
                    day  # in news, a quarter ahead cannot give "the day before", the story's recent day can
                )
            return self._last
        return self.publication()

    def written_in_sentence(self, at: int, *, previous: bool = False) -> _Written | None:
        """The last date written before `at`, if it was written earlier in the same sentence (or, with
        `previous`, in the sentence before)."""
        written = self._written
        if written is None or written.end > at:
            return None
        between = self.text[written.end : at]
        if len(between) >= _SENTENCE_MAX * (1 + previous):
            return None
        ends = _SENTENCE_END.finditer(between.lower())
        if next(ends, None) is not None and (not previous or next(ends, None) is not None):
            return None
        return written

    def frame_year(self, at: int, month: int | None = None) -> int | None:
        """The year of a year, season or month that opens the sentence at `at` as its frame, set off by a
        comma: "In 2019, sales peaked in March and fell in June", "Last year, on Nov. 8, ..."; for a frame
        across New Year, the year `month` falls in it ("Last winter, ... from mid-December to late
        February"), else the year it ends in."""
        if self._frame is None or at >= self._frame[2]:
            return None
        first, last, _ = self._frame
        if month is not None and first.year != last.year and month >= first.month:
            return first.year
        return last.year

    def opens_sentence(self, start: int) -> bool:
        """Whether the phrase at `start` opens its sentence, alone or after a preposition ("In 2019, ...")."""
        return _TOPIC_BEFORE.search(self.text, max(0, start - 12), start) is not None

    def sentence_around(self, start: int, end: int, width: int) -> tuple[int, int]:
        """The bounds of the sentence around text[start:end], at most `width` characters either side."""
        lo = max(0, start - width)
        stop = None
        for stop in _SENTENCE_END.finditer(self.lowered[lo:start]):  # noqa: B007 - the last one is wanted
            continue
        hi = min(len(self.text), end + width)
        after = _SENTENCE_END.search(self.lowered[end:hi])
        return lo + (stop.end() if stop else 0), end + after.start() if after else hi

    def range_start(self, at: int) -> tuple[date, Anchoring] | None:
        """The day a range ending at `at` starts on, and how that day was anchored, when the date just
        written is joined to `at` by a dash, or by "to", "through" or "until" after "from" or a month ("from
        Dec. 28, 2025, to Jan. 3", "June to August"; not "a revision Friday to December's figures"), or by
        "and end in" ("begins on Feb. 10 and ends on Dec. 4")."""
        written = self._written
        if written is None:
            return None
        join = _RANGE_JOIN.fullmatch(self.lowered, written.end, at)
        if written.reference.granularity.rank < Granularity.MONTH.rank or join is None:
            return None
        if (
            not join["dash"]
            and not join["ends"]
            and written.reference.granularity is not Granularity.MONTH  # "the outlook for June to August"
            and not _FROM_BEFORE.search(self.lowered, max(0, written.start - 10), written.start)
        ):
            return None
        return written.reference.day, written.anchoring

    def listed_after(self, at: int, granularity: Granularity) -> tuple[date, Anchoring] | None:
        """The day or month just written when `at`, of the same granularity, follows it in a list ("on
        Tuesday, Thursday and Saturday", "June 24-26, July 1-3 and July 8-10", "in December, January and
        February"): the next item comes after it."""
        return self._joined_after(at, granularity, _LIST_JOIN, self.text)

    def ranged_after(self, at: int, granularity: Granularity) -> tuple[date, Anchoring] | None:
        """The day or month just written when `at`, of the same granularity, ends a range it begins ("runs
        Friday through Sunday", "open Monday-Saturday"): `at` is not before it."""
        return self._joined_after(at, granularity, _RANGE_JOIN, self.lowered)

    def _joined_after(
        self, at: int, granularity: Granularity, join: re.Pattern[str], text: str
    ) -> tuple[date, Anchoring] | None:
        written = self._written
        if written is None or written.reference.granularity is not granularity:
            return None
        if join.fullmatch(text, written.end, at) is None:
            return None
        return written.reference.day, written.anchoring

    @property
    def last_quarter(self) -> tuple[int, int] | None:
        return self._last_quarter

    @property
    def last_half(self) -> tuple[int, int] | None:
        return self._last_half

    def event_day(self, start: int) -> None:
        """Mark the day at `start` as one that names a past event ("the Sept. 11 attacks", "since 9/11") or a
        yardstick ("20% higher than on the same day in 2020"): an aside the story does not move to, nor counts
        from."""
        self._events.add(start)

    def note(self, mention: Mention) -> None:
        """Record a resolved date as the new discourse reference."""
        if mention.start in self._events:
            return
        granularity = mention.granularity
        if mention.interval_start is None or granularity is None:
            self._note_before_christ(mention)
            return
        if mention.timex.type not in (TimexType.DATE, TimexType.TIME) or mention.timex.value.endswith("_REF"):
            return
        if granularity.rank < Granularity.DECADE.rank:
            return
        day = mention.interval_start.astimezone(self.tz).date()
        if granularity is Granularity.DAY and mention.anchor is Anchoring.ABSOLUTE and len(self._dated) < 64:
            self._dated.append(day)
        if (
            granularity.rank >= Granularity.DAY.rank
            and (weekday := _WEEKDAY_WITH_DATE.search(mention.text)) is not None
            and WEEKDAYS[weekday[1].lower()] == day.isoweekday()
        ):
            # "Monday, October 20", "by noon on Saturday, October 11" (a weekday that is the date's)
            self._weekday_dates[day.isoweekday()] = day
        minute = None
        if granularity.rank >= Granularity.HOUR.rank and (clock := _VALUE_CLOCK.match(mention.timex.value)):
            minute = int(clock[1]) * 60 + int(clock[2] or 0)
        elif granularity is Granularity.DAY and mention.timex.mod == "END":
            # "late Friday" is from 16:00 (calendar.fuzzy_span): "... at about 2 a.m." is the next morning
            start_local = mention.interval_start.astimezone(self.tz)
            minute = start_local.hour * 60 + start_local.minute
        elif granularity is Granularity.PART_OF_DAY:
            # where the part begins: "this morning ... at 9pm" is last evening, "last night ... at 5am" the
            # next morning (clock._day_from_context)
            hours = PART_OF_DAY_HOURS.get(mention.timex.value[-2:])
            minute = None if hours is None else hours[0] * 60
        if (
            self._last is not None
            and self.lowered.endswith(_COMPARED_ENDS, 0, mention.start)
            and _COMPARED_BEFORE.search(self.lowered, max(0, mention.start - 50), mention.start)
        ):
            # "visited in May, down 6.5 per cent from May 2024": a yardstick, which neither moves the story
            # nor is counted from by what follows in its sentence ("... since the start of the year")
            return
        before = self._written  # the date written before this one, if in its sentence (see below)
        self._written = _Written(
            Reference(day, Anchoring.NARRATIVE, granularity, minute),
            mention.start,
            mention.end,
            mention.anchor,
            mention.timex.value,
        )
        if (
            Granularity.YEAR.rank <= granularity.rank <= Granularity.MONTH.rank
            and self.text.startswith(",", mention.end)
            and (
                (
                    self.opens_sentence(mention.start)
                    and not SINCE_BEFORE.search(self.lowered, max(0, mention.start - 12), mention.start)
                )  # not "Since 1851, only a dozen hurricanes have struck in October"
                or _MONTHS_WITHIN_AFTER.match(self.lowered, mention.end)  # "cut rates last year, in February"
            )
        ):
            ends = mention.interval_end or mention.interval_start
            last_day = (ends.astimezone(self.tz) - timedelta(microseconds=1)).date()
            self._frame = (day, last_day, self.sentence_around(mention.start, mention.end, _SENTENCE_MAX)[1])
        if granularity is Granularity.DECADE:
            return  # "in the 1990s ... a decade later" counts from it, but a decade is not the story's date
        if granularity is Granularity.YEAR and self._aside(mention, day.year):
            return  # "Napoleon's 1812 invasion", "the largest battle since 1813": asides
        if self._last is not None and SINCE_BEFORE.search(
            self.lowered, max(0, mention.start - 24), mention.start
        ):
            return  # "their fifth defeat since late September": where a state began, not the story's date
        aside = _ASIDE_BEFORE.search(self.lowered, max(0, mention.start - 24), mention.start)
        if (
            aside is not None
            and aside["said"]
            and granularity.rank >= Granularity.DAY.rank
            # (not a passive, which is an event of the story: "the first cases were reported on Jan. 14")
            and not BE_BEFORE.search(self.lowered, max(0, aside.start() - 8), aside.start())
        ):
            # "two men were shot, police said Tuesday morning": when it was told
            self._told = Reference(day, Anchoring.NARRATIVE, granularity, minute)
            return
        if aside is not None and (
            # "73% of deaths (as of December 5, 2006)": when a figure was counted
            aside["as_of"]
            # "net rose in the quarter ended Sept. 27": where a period ends
            or aside["ended"]
            # "must be certified by Dec. 3", "rain could fall through Saturday": a deadline ahead
            or (
                aside["deadline"]
                and not self.narrative
                and mention.interval_start > self.now
                and self.tense(mention.start, mention.end) is Tense.FUTURE
            )
        ):
            return
        written_day = _VALUE_DAY.match(mention.timex.value)
        if granularity is Granularity.SEASON:
            day = _season_story_day(int(mention.timex.value[:4]), self.season(mention.timex.value[-2:]))
        elif written_day is not None:
            # the day as written: "0230 GMT Tuesday" is Tuesday's although it is Monday evening here, and
            # midnight (T24:00) ends its day
            day = date(int(written_day[1]), int(written_day[2]), int(written_day[3]))
        if self._contains_story(mention, granularity):
            return  # "by the end of 1941" while the story is at December 7, 1941: it stays at the day
        if (
            mention.anchor is Anchoring.NARRATIVE
            and self._last is not None
            and day < self._last.day
            and _LOOK_BACK.search(mention.text)
        ) or (
            mention.anchor is Anchoring.PUBLICATION
            and self._last is None
            and _RELATIVE_LOOK_BACK.search(mention.text)
        ):
            # "the previous year", "the day before": a look back, the story stays where it is, or where the
            # publication puts it ("Profits fell from the previous year. ... since the start of the year")
            return
        if (
            self._last is not None
            and (day - self._last.day).days > 60
            and _LASTED_UNTIL_BEFORE.search(self.lowered, max(0, mention.start - 60), mention.start)
        ):
            return  # "a siege that lasted until the fall of Budapest in February 1945": where a state ended
        if (
            self._last is not None
            and day < self._last.day
            and _RELATIVE_ASIDE_BEFORE.search(self.lowered, max(0, mention.start - 80), mention.start)
        ):
            return  # "a week after Storm Ciara, which brought flooding last Sunday": a relative clause's past
        if (
            before is not None
            and self._last is not None
            and day < self._last.day
            and mention.start - before.end < _SENTENCE_MAX
            and _AFTER_CLAUSE_BEFORE.search(self.lowered, before.end, mention.start)
            and not _SENTENCE_END.search(self.lowered[before.end : mention.start])
        ):
            # "walked off the job on Monday, two weeks after their contract expired on Dec. 31": what the
            # story's day came after
            return
        self._last = Reference(day, Anchoring.NARRATIVE, granularity, minute)
        if granularity.rank >= Granularity.DAY.rank:
            self._last_day = self._last
        if (
            granularity is Granularity.QUARTER
            and mention.anchor is not Anchoring.NARRATIVE
            and self._reported_quarter(mention)
        ):
            if "-H" in mention.timex.value:
                self._last_quarter, self._last_half = None, (day.year, 1 if day.month < 7 else 2)
            else:
                self._last_quarter, self._last_half = (day.year, (day.month - 1) // 3 + 1), None

    def _reported_quarter(self, mention: Mention) -> bool:
        """Whether a quarter can be the one a report is about, which "the year-ago period" and "a year
        earlier" are compared with: one that has ended, or a fiscal one that says it has ("its fourth quarter
        ended Sept. 30") or whose results a past-tense clause reports ("reported a decline in fourth-quarter
        earnings"). One still running or ahead is a forecast ("losses through the third quarter of 1990")."""
        begin, end = mention.interval_start, mention.interval_end
        if begin is None or end is None or begin > self.now:
            return False
        if end <= self.now or _ENDED_AFTER.match(self.text, mention.end):
            return True
        return self.tense(mention.start, mention.end) is Tense.PAST

    def _note_before_christ(self, mention: Mention) -> None:
        """A date before Christ ("480 BC", "September 480 BC") becomes the story's date through its proxy
        year, so that "the following year" or "the winter" after it are resolved and written as BC values."""
        found = _BC_VALUE.fullmatch(mention.timex.value)
        if found is None or mention.timex.type is not TimexType.DATE:
            return
        month = int(found["month"] or 1)
        if not 1 <= month <= 12 or not 1 <= int(found["year"]) < _PROXY_EPOCH - _PROXY_FLOOR:
            return
        granularity = (
            Granularity.MONTH
            if found["month"]
            else Granularity.SEASON
            if found["season"]
            else Granularity.YEAR
        )
        proxy = _PROXY_EPOCH + 1 - int(found["year"])
        if granularity is Granularity.YEAR and self._aside(mention, proxy):
            return  # "part of the Persian empire since 513 BC"
        day = (
            _season_story_day(proxy, self.season(found["season"]))
            if found["season"]
            else date(proxy, month, 1)
        )
        self._last = Reference(day, Anchoring.NARRATIVE, granularity)

    def _contains_story(self, mention: Mention, granularity: Granularity) -> bool:
        """Whether a coarser date contains the story's current one."""
        last = self._last
        begin, end = mention.interval_start, mention.interval_end
        if last is None or begin is None or end is None or granularity.rank >= last.granularity.rank:
            return False
        return begin.astimezone(self.tz).date() <= last.day < end.astimezone(self.tz).date()

    def _aside(self, mention: Mention, year: int) -> bool:
        """Whether a bare year (`year`, a proxy year before Christ) does not move the story: an attributive
        one ("Napoleon's 1812 invasion"), one decades away from the story's year unless it opens a sentence
        ("the largest battle since 1813"), one in parentheses ("the Civil Constitution of the Clergy (1790)"),
        after "since", or, while the story is at a day or month, one in a flashback or a clause about plans
        ("for a planned campaign in 1976" after "On 10 March 1975")."""
        if self._attributive(mention):
            return True
        if self._last is None:
            return False
        if year == self._last.day.year:
            return False
        if (
            self.text[mention.start - 1 : mention.start] == "("
            and self.text[mention.end : mention.end + 1] == ")"
        ):
            return True
        if (
            self.narrative
            and abs(year - self._last.day.year) > 20
            and not (
                self._last.granularity is Granularity.YEAR
                and _IN_BEFORE.search(self.text, max(0, mention.start - 4), mention.start)
            )
        ):
            return not _TOPIC_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
        if SINCE_BEFORE.search(self.lowered, max(0, mention.start - 12), mention.start):
            return True  # "the first attack on the region since 1995"
        if (
            not self.narrative
            and self._last.granularity.rank >= Granularity.DAY.rank
            and abs((self._last.day - self.today).days) <= 31
            and self.today.year - year > 20
            and self.text.startswith(",", mention.end)
            and _PARENTHESIS_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        ):
            # "The parade, first held in 1762, predates ...", while a news story is at a day of its week (not
            # "Her big break came in 1968, two years after ...")
            return True
        if self._last.granularity.rank <= Granularity.YEAR.rank:
            return False
        if year < self._last.day.year and self._past_perfect(mention.start):
            return True  # "forces that had invaded Burma in late 1943" while the story is in May 1944
        if self.deadline(mention.start):
            # a deadline ahead of the story does not move it ("was imported by the end of 1776" in 1775); one
            # behind it moves the story back ("the war was stalemated by 1940", after 1941)
            return year > self._last.day.year
        return self.tense(mention.start, mention.end) is Tense.FUTURE  # a plan

    def _past_perfect(self, start: int) -> bool:
        return bool(_HAD.search(clause_before(self.text, start, _BEFORE)))

    def _attributive(self, mention: Mention) -> bool:
        before = self.text[max(0, mention.start - 8) : mention.start]
        return bool(_DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(self.text, mention.end))

    # ---- direction --------------------------------------------------------------------------------

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the clause around text[start:end], from the nearest tense cue."""
        return self.tense_cue(start, end)[0]

    def verb_tense(self, start: int, end: int) -> Tense:
        """The tense of the verb nearest text[start:end] in its clause, whatever a deadline or plan makes of
        the date: "was pushed back to December 3" is past."""
        cue = self._clause_cue(start, end)
        return Tense.PRESENT if cue is None else cue[0]

    def reports_plan(self, start: int, end: int) -> bool:
        """Whether the clause is past only through a verb that reports a statement or a decision ("told
        oil companies of a cutback in September", "announced an agreement to acquire it in January"): what
        it reports may still lie ahead."""
        tense, word, ahead = self.tense_cue(start, end)
        if tense is not Tense.PAST or word not in REPORTING_PAST or ahead:
            return False
        # not the day it was said on: "a record, the bureau said in January"
        return not self.lowered.endswith((f"{word} in ", f"{word} on ", f"{word} "), 0, start)

    def done_on(self, start: int) -> bool:
        """Whether a past verb a few words before the expression says something was done on it ("Police
        arrested him on Sept. 5"), or began on it ("prices have doubled since Oct. 1"): a date gone by, not a
        deadline or a plan a past clause reports."""
        if SINCE_BEFORE.search(self.lowered, max(0, start - 32), start):
            return True
        found = _DONE_ON.search(self.lowered, max(0, start - 60), start)
        if found is None or found["verb"].lower() in _AWAITED or found["verb"].lower() in _NOT_PAST:
            return False
        return not self._passive_before(found.start("verb"))

    def _passive_before(self, at: int) -> bool:
        """Whether the words right before `at` make the verb there passive or adjectival (_PASSIVE_BEFORE),
        a capitalised word inside a sentence being a name: "Hoshino Stay said on Wednesday"."""
        found = _PASSIVE_BEFORE.search(self.lowered, max(0, at - 12), at)
        if found is None:
            return False
        first = found.start()
        return not (
            self.text[first].isupper() and not SENTENCE_START.search(self.text, max(0, first - 4), first)
        )

    def tense_cue(self, start: int, end: int) -> tuple[Tense, str | None, bool]:
        """The tense of the clause around text[start:end], the cue word it comes from and whether that word
        follows the expression ("In October, officials said")."""
        lowered = self.lowered
        if _FORECAST_FOR.search(lowered, max(0, start - 24), start):
            return Tense.FUTURE, None, False  # "cut its forecast for the third quarter": one not over yet
        if _MODAL_AFTER.match(self.text, end) and _SAID_BEFORE.search(lowered, max(0, start - 10), start):
            return Tense.FUTURE, None, True  # "Forecasters said Wednesday could be the hottest day"
        if (booked := _BOOKED_FOR.search(lowered, max(0, start - 30), start)) is not None:
            if booked["verb"] is None and _WEEKDAY_AT.match(lowered, start):
                return Tense.FUTURE, None, False  # "data released Sunday showed reservations for Thursday"
            # "bookings for Christmas were 5% higher", "had been booked for April": the nearest
            return Tense.PRESENT, None, False
        if lowered.endswith("for ", 0, start) and _RESCHEDULED_FOR.search(lowered, max(0, start - 60), start):
            return Tense.FUTURE, None, False  # "had been rescheduled for March"
        if (
            lowered.endswith("for ", 0, start)
            and (planned := _PLANNED_FOR.search(lowered, max(0, start - 80), start)) is not None
            and not _PLAN_GONE_BEFORE.search(lowered, max(0, planned.start() - 30), planned.start())
            and not _ORIGINALLY_BEFORE.search(lowered, max(0, planned.start() - 30), planned.start())
        ):
            return Tense.FUTURE, None, False  # "set sentencing for March 12"
        if _CLOSING_BEFORE.search(lowered, max(0, start - 24), start):
            return Tense.PAST, None, False  # "will pay a 41% premium to the closing price on Friday"
        if lowered.find("warn", max(0, start - 80), start) >= 0 and _WARNED_OF_BEFORE.search(
            lowered, max(0, start - 80), start
        ):
            return Tense.FUTURE, None, False  # "warned of gale-force winds from Tuesday": what is warned of
        if lowered.find("appear", max(0, start - 80), start) >= 0 and _TO_APPEAR_BEFORE.search(
            lowered, max(0, start - 160), start
        ):
            return Tense.FUTURE, None, False  # "remanded to appear in court on Monday": after the order
        agent = (
            _PARTICIPLE_AGENT_BEFORE.search(lowered, max(0, start - 70), start)
            if lowered.find(" by ", max(0, start - 40), start) >= 0
            else None
        )
        if agent is not None and agent["verb"] not in _FORESEEN and agent["verb"] not in _SEQUENCE_VERBS:
            return Tense.PAST, agent["verb"], False  # "A taskforce set up by the council in March is due to"
        deadline = self.deadline(start) and not _WENT_ON_UNTIL.search(lowered, max(0, start - 60), start)
        cue = self._clause_cue(start, end)
        if cue is not None and cue[2] and cue[0] is Tense.FUTURE and _PAST_PLAN_VERB.fullmatch(cue[1]):
            # "In October, OPEC+ agreed to lower its targets": a date before the verb tells when it was agreed
            return Tense.PAST, cue[1], True
        if cue is not None and cue[0] is Tense.PRESENT:
            return cue  # a plan superseded ("initially planned to work till mid-April"): no deadline ahead
        if cue is not None and cue[0] is Tense.PAST and not cue[2]:
            lo = max(0, start - 40)
            condition = (
                _CONDITION_BEFORE.search(lowered, lo, start)
                if lowered.find("if ", lo, start) >= 0 or lowered.find("unless ", lo, start) >= 0
                else None
            )
            if condition is not None and lowered.rfind(cue[1], 0, start) < condition.start():
                # "has pledged to reverse the rules if he wins in November": a condition in the present
                # tense (the past verb is outside it) is yet to be met
                return Tense.FUTURE, None, False
        if (
            cue is not None
            and cue[0] is Tense.PAST
            and not cue[2]
            and _A_DAY.match(lowered, start)
            and _MEANT_FOR_BEFORE.search(lowered, max(0, start - 40), start)
            and not lowered.startswith(("'s", "’s"), end)
        ):
            # the day something was meant for, gone by or not: "cancelled 12 flights for Saturday", "issued a
            # storm watch from 5 p.m. Friday" (the nearest; not "were charged for Monday's riot", nor "posted
            # losses for the third quarter")
            return Tense.PRESENT, cue[1], False
        if (
            cue is not None
            and cue[0] is Tense.PAST
            and not cue[2]
            and (lowered.endswith(_THROUGH_ENDS, 0, start) or cue[1] in _ARRANGED)
            and (at := lowered.rfind(cue[1], max(0, start - 80), start)) >= 0
            and _HAVE_BEFORE.search(lowered, max(0, at - 16), at)
        ):
            # a present perfect, done for the time ahead: "have booked the rooms through Wednesday", "has
            # issued a wind warning from 03:00 to 15:00 on Sunday", "has set Nov. 10 as the deadline" (the
            # nearest)
            return Tense.PRESENT, cue[1], False
        when = _WHEN_CLAUSE_AFTER.match(lowered, end)
        if when is not None and (
            cue is None or (not cue[2] and lowered.rfind(cue[1], max(0, start - _BEFORE), start) < start - 50)
        ):
            # "still cleaning up from the floods of January 27, when 245mm of rain fell": with no verb of its
            # own near it, the date is told by the clause that describes it (not "starts Thursday, when"); so
            # with "which": "on Sunday, which is expected to be the busiest day"
            described = lowered[when.end() : when.end() + _AFTER]
            stop = _WHEN_CLAUSE_END.search(described)
            for found in _CUE.finditer(described[: stop.start()] if stop else described):
                tense = self._cue_tense(found, when.end())
                if tense is not None:
                    return tense, found.group(), True
        if deadline and not _BY_BEFORE.search(lowered, max(0, start - 24), start):
            if _PAST_NOT_UNTIL.search(lowered, max(0, start - 90), start):
                return Tense.PAST, None, False
            if cue is not None and self._went_on(cue, start):
                return cue  # "The party polled strongly until late September", "had been trailing until"
            return Tense.FUTURE, None, False  # "until mid-November", "extended through March 31": ahead
        if deadline and not (cue is not None and cue[0] is Tense.PAST and self._met_by(cue, start, end)):
            return Tense.FUTURE, None, False  # "by February": a deadline lies ahead
        if (
            cue is None
            and lowered.endswith(_THROUGH_ENDS, 0, start)
            and _STATE_THROUGH.search(lowered, max(0, start - 60), start)
        ):
            # "The agency is funded through Sept. 30": as "until", ahead (not "has fallen 2.08% this year
            # through Oct. 19")
            return Tense.FUTURE, None, False
        if cue is None:
            # a present tense in a time clause after a future one is future: "Sunak will respond in one of his
            # final appearances before his successor is announced on Saturday"
            # (the sentence is looked for only when a time clause can end here: it is at most ~75 characters)
            if _TIME_CLAUSE_BEFORE.search(lowered, max(0, start - 80), start):
                lo, _ = self.sentence_around(start, end, 300)
                clause = _TIME_CLAUSE_BEFORE.search(lowered, lo, start)
                if clause is not None and _WILL_BEFORE.search(lowered, lo, clause.start()):
                    return Tense.FUTURE, None, False
            return Tense.PRESENT, None, False
        return cue

    def _went_on(self, cue: tuple[Tense, str, bool], start: int) -> bool:
        """Whether a past-tense cue before "until" tells of an activity that went on until then ("polled
        strongly until late September", "had been trailing until", "were winning until"), not of a state
        set to last until a day ahead ("schools were closed until Monday", "was given until Friday",
        "extended the offer until Nov. 20", "decided to stay until March")."""
        tense, word, ahead = cue
        if tense is not Tense.PAST or ahead or word in _NOT_WENT_ON:
            return False
        lowered = self.lowered
        at = lowered.rfind(word, max(0, start - 60), start)
        if at < 0 or not _UNTIL_BEFORE.search(lowered, at, start) or _CLAUSE_JOIN.search(lowered, at, start):
            return False  # not "slipped by two weeks, to Thursday", "collapsed on Monday, and have until"
        if _HAVE_UNTIL.search(lowered, at, start) or _HAVE_BEFORE.search(lowered, max(0, at - 16), at):
            # "homeowners who want increased cover have until 11:59 p.m. Sunday": given till then; "have
            # booked the rooms through Wednesday": a present perfect, done for the time ahead
            return False
        if any(w in _NOT_WENT_ON for w in _WORD.findall(lowered, at + len(word), start)):
            return False  # "had scheduled hearings until", "have since been released on bail until"
        if _NOT_UNTIL.search(lowered, at, start):
            return True  # "did not return to normal until Saturday", "was not restored until": it then did
        if word in ("was", "were"):
            # a past progressive: "were trailing until late September"; a noun it was: "it was a tropical
            # storm until Sunday evening" (not "schools were closed until Monday", a state set to last)
            return _PROGRESSIVE_AFTER.match(lowered, at + len(word)) is not None or lowered.startswith(
                _ARTICLE_WORDS, at + len(word)
            )
        return not _TO_BEFORE_UNTIL.search(lowered, at, start)

    def _met_by(self, cue: tuple[Tense, str, bool], start: int, end: int) -> bool:
        """Whether a past-tense cue says a "by" deadline was met rather than set: a past perfect ("By Sunday
        night its winds had weakened") or a verb done by then ("ballots were counted by Wednesday"); not
        "ordered him to leave by Wednesday"."""
        word, ahead = cue[1], cue[2]
        if word == "had" or (word.startswith("had ") and word.endswith(" to")):
            return True  # "By Sunday night its winds had weakened", "had hoped to restore it by Monday"
        if ahead and _BY_OPENING.search(self.lowered, max(0, start - 28), start):
            return True  # "By Nov. 20 it was out", "and by Wednesday the ballots were counted"
        at = self.lowered.rfind(word, max(0, start - 60), start)
        if not ahead and at >= 0 and self.lowered.endswith("had ", 0, at):
            return True  # "Many students had expected them by the end of June": a past perfect
        if ahead or word in _AWAITED:
            return False
        done = _DONE_BY.search(self.lowered, max(0, start - 40), start)
        if done is not None and done["verb"].lower() == word:
            # "ballots were counted by Wednesday"; not what is yet to count if done by then: "Donations made
            # by Dec. 31 qualify"
            return not _DUE_AFTER_DEADLINE.match(self.lowered, end)
        # "Police received 400 calls by 5am", "The index fell 1.8% by 2 p.m."; not "ordered him to leave by
        # Wednesday", "set a goal of finishing by March"
        return at >= 0 and not _UNMET_BETWEEN.search(self.lowered, at + len(word), start)

    def _clause_cue(self, start: int, end: int) -> tuple[Tense, str, bool] | None:
        """The nearest tense cue of the clause around text[start:end] (see tense_cue)."""
        text = self.text
        before = clause_before(text, start, _BEFORE)
        # (across a comma, distance, tense, cue, after): a cue in the expression's own comma segment beats
        # one across a comma ("The deal, first announced in March, is expected to close")
        best: tuple[bool, int, Tense, str, bool] | None = None
        last: tuple[re.Match[str], Tense] | None = None
        prior: tuple[re.Match[str], Tense] | None = None
        modal = None  # the last modal before the cue
        for cue in _CUE.finditer(before):
            tense = self._cue_tense(cue, start - len(before))
            if tense is None:
                continue
            if (
                last is not None
                and tense is Tense.PAST
                and (
                    (last[0].group() in _MODALS and before[last[0].end() : cue.start()].isspace())
                    or (
                        (_ED_FORM.fullmatch(cue.group()) is not None or cue.group() == "lost")
                        and _VERB_PHRASE.fullmatch(before, last[0].end(), cue.start()) is not None
                        and (
                            last[0].group() in _MODALS
                            or (last[1] is Tense.FUTURE and _NOUN_NEXT.match(before, cue.end()) is not None)
                        )
                    )
                    or (
                        last[1] is Tense.FUTURE
                        and modal in WILL
                        and cue.group() in _BARE_TOO
                        and before.endswith(_AND_ENDS, 0, cue.start())
                    )
                )
            ):
                # the modal's own verb phrase: "could hit" (a bare form spelt like a past), "would offer
                # discounted fares", "must make up lost days" (a participle), and so a schedule's: "will begin
                # contacting affected customers by email on Tuesday"; a second bare verb joined to it: "will
                # begin falling on Friday afternoon and spread east by Saturday morning"
                continue
            prior, last = last, (cue, tense)
            if cue.group() in _MODALS:
                modal = cue.group()
        if (
            last is not None
            and prior is not None
            and prior[1] is Tense.PAST
            and last[0].group().split()[0] in _PLANNED_WORDS
            and last[0].group().split()[-1] != "to"  # not "the peace process, set to resume Monday"
            and not _BE_OR_HAVE_BEFORE.search(before, max(0, last[0].start() - 24), last[0].start())
        ):
            # a plan named after a noun in a past clause: "postponed two lettings scheduled for April",
            # "forced the cancellation of a day scheduled for April 27": gone by or not, the nearest date
            return Tense.PRESENT, last[0].group(), False
        if last is not None:
            cue, tense = last
            if (
                tense is Tense.PAST
                and cue.group("form") is not None
                and _RIGHT_BEFORE.fullmatch(before, cue.end())
            ):
                # the verb the time is attached to: "hostages killed on Thursday are to be buried Tuesday",
                # "A man arrested Thursday will appear in court"; "a ruling expected Friday" is awaited (not
                # "rose more than expected on Monday")
                foreseen = cue.group() in _FORESEEN and not _AS_THAN_BEFORE.search(
                    before, max(0, cue.start() - 6), cue.start()
                )
                return (Tense.FUTURE if foreseen else tense), cue.group(), False
            if (
                tense is Tense.PAST
                and cue.group() in _EXPECTING
                and _OBJECT_IN.fullmatch(before, cue.end())
                and not _MONEY_NEXT.match(before, cue.end())
                and not _EXPECTING_BEFORE.search(before, max(0, cue.start() - 5), cue.start())
            ):
                # "they expected a decision in early spring": what was expected lies after the expecting (but
                # "pledged A$1 billion over nine years in January" is when it was pledged)
                return Tense.FUTURE, cue.group(), False
            crossed = COMMA.search(before, cue.end()) is not None
            if (
                tense is Tense.PAST
                and not crossed
                and _RELATIVE_BEFORE.search(before, max(0, cue.start() - 30), cue.start())
            ):
                # the verb of a relative clause the time is in: "astronauts who flew to the station in June
                # will remain in orbit", "owners whose cars were hit on Aug. 7 should call", not the main verb
                # after it
                return tense, cue.group(), False
            if (
                tense is Tense.PAST
                and crossed
                and cue.group("form") is not None
                and before.endswith(",", 0, cue.start() - 1)
                and _DATED_ASIDE_AFTER.match(before, cue.end())
            ) or (tense is Tense.PAST and _PRESENT_CLAUSE_JOINED.search(before, cue.end())):
                # "The outlook, issued Tuesday, calls for warmth through November": an aside's participle with
                # its own day tells nothing of the clause after it; nor does a past verb of the clause before
                # a present one ("..., and kickoff is at noon on Thursday")
                last = None
            else:
                best = (crossed, len(before) - cue.end(), tense, cue.group(), False)
        hi = min(len(text), end + _AFTER)
        # "fell 1.8% by 2 p.m. He left": "p.m." ended the sentence
        after = (
            "" if text[end - 1 : end] == "." and SENTENCE_OPENER.match(text, end) else self.lowered[end:hi]
        )
        clock = _CLOCK_PERIOD.search(after)
        if clock is not None and SENTENCE_OPENER.match(text, end + clock.end()):
            after = after[: clock.end()]  # "on Sept. 17 at 9:30 a.m. The insurer has asked": "a.m." ended it
        stop = _AFTER_END.search(after)
        if stop is not None:
            after = after[: stop.start()]
        attribution = _ATTRIBUTION_AFTER.search(after)
        if attribution is not None and not _FRONTED.match(before):
            after = after[: attribution.start()]
        if best is not None and (joined := _JOINED_CLAUSE.search(after)) is not None:
            after = after[: joined.start()]  # "premiered in May and opens on Christmas Day": its own verb
        # a plan named by a participle (as in an aside), whose date a past verb after it may have passed
        planned = (
            last[0].group()
            if best is not None
            and last is not None
            and best[2] is Tense.FUTURE
            and last[0].group().split()[0] in _PLANNED_WORDS
            and last[0].group().split()[-1] != "to"
            and not _BE_OR_HAVE_BEFORE.search(before, max(0, last[0].start() - 24), last[0].start())
            else None
        )
        for cue in _CUE.finditer(after):
            if cue.group().startswith(("ahead", "to ")) or cue.group() == "since":
                # "rushed to showrooms in March ahead of tariffs": what lies ahead is after it; "to travel on
                # Thursday to affirm his desire to be reunited": a purpose, not the time's tense; "the
                # calendar this summer is the busiest since 2019": the time of a yardstick
                continue
            tense = self._cue_tense(cue, end)
            if tense is None:
                continue
            if planned is not None and tense is Tense.PAST:
                # "The festival, scheduled for March 13-22, was canceled": gone by or not, the nearest
                return Tense.PRESENT, planned, False
            if tense is Tense.FUTURE and cue.group().split(maxsplit=1)[0] in _ORDER_VERBS:
                tense = Tense.PAST  # "on Thursday ordered a developer to pay": when the order was given
            candidate = (
                COMMA.search(after, 0, cue.start()) is not None,
                cue.start(),
                tense,
                cue.group(),
                True,
            )
            if (
                best is None
                or candidate[:2] < best[:2]
                or (best[3] == "deadline" and tense is Tense.PAST and cue.group() not in REPORTING_PAST)
            ):
                # a deadline is a day whichever way it lies; what was done by it tells which ("Shortly before
                # the trade deadline on Wednesday, they turned out to be buyers")
                best = candidate
            break
        if best is None and _TOPIC_BEFORE.search(text, max(0, start - 12), start):
            # a time phrase opening the sentence ("In January, a week after the anniversary, a bombing
            # killed a guard"): the main verb may come after other fronted phrases
            rest = self.lowered[end : min(len(text), end + _FRONTED_AFTER)]
            stop = _CLAUSE_END.search(rest)
            for cue in _CUE.finditer(rest[: stop.start()] if stop else rest):
                tense = self._cue_tense(cue, end)
                if tense is not None:
                    return tense, cue.group(), True
        return None if best is None else best[2:]

    def deadline(self, start: int) -> bool:
        """Whether the expression at `start` is a deadline: "by February", "extended through March 31", but
        not "Until Thursday, they had not ..." opening a sentence."""
        lowered = self.lowered
        if not _DEADLINE.search(lowered, max(0, start - 24), start) and not (
            _TO_BEFORE.search(lowered, max(0, start - 24), start)
            and _EXTENDED_TO.search(lowered, max(0, start - 60), start)
        ):
            return False
        return not _UNTIL_OPENING.search(self.text, max(0, start - 10), start)

    def _cue_tense(self, cue: re.Match[str], offset: int) -> Tense | None:
        """The tense a cue found in the lower-cased text from `offset` on stands for, if any."""
        if cue.group("future") is not None:
            if cue.group("may") is not None and self.text[offset + cue.start()] == "M":
                return None  # "in May": the month
            if _ORIGINALLY_BEFORE.search(cue.string, max(0, cue.start() - 20), cue.start()):
                # "exams originally scheduled to begin in mid-October", "moving up a meeting originally
                # scheduled for March", "was first scheduled for February 9": a plan superseded, its date gone
                # by or not
                return Tense.PRESENT
            verb = cue.group().split(maxsplit=1)[0]
            if verb in _PLANNED_WORDS_DUE and cue.string.endswith(_WAS_ENDS, 0, cue.start()):
                # a plan as it stood: "The scheme, which was due to close in January, was extended", "the vote
                # was scheduled for Tuesday": gone by or not, the nearest
                return Tense.PRESENT
            if verb in ("starting", "beginning") and _done_before(cue.string, cue.start()):
                return None  # "read the verdict over 40 minutes beginning at 1:30 p.m.": when it began
            if verb in ("open", "close") and not _PLURAL_SUBJECT_BEFORE.search(
                cue.string, max(0, cue.start() - 48), cue.start()
            ):
                # "The doors were left open on Tuesday", "wide open", "came close on Sunday": a state (not
                # "Polls open")
                return None
            bare = (
                _NOT_BARE_BEFORE.search(cue.string, max(0, cue.start() - 9), cue.start())
                if verb in _SCHEDULE_VERBS
                else None
            )
            if bare is not None and not (
                (verb.endswith("s") and bare.group().split()[0] in ("this", "that"))
                or (verb in _NO_NOUN_VERBS and bare.group().startswith("that"))
            ):
                # "failed to resume on Monday", "did not begin until", "bowled the hosts out"; but "a period
                # that ends on December 31", "jobs that begin on Oct. 1" are schedules ("that return" may be
                # a noun)
                return None
            if cue.group() == "scheduled" and _NOUN_NEXT.match(cue.string, cue.end()):
                return (
                    None  # "resumed scheduled flights on Sept. 29": a kind of flight; not "the slated visit"
                )
            if (
                cue.group() in _FORESEEN
                and cue.string.endswith(_ARTICLE_WORDS, 0, cue.start())
                and _WORD_NEXT.match(cue.string, cue.end())
            ):
                # an adjective, of a plan gone by or not: "skipped a scheduled radio interview on Saturday",
                # "talking about the slated visit of the secretary in September"; the nearest
                return Tense.PRESENT
            return Tense.FUTURE
        word = cue.group("past")
        if word in _NOT_PAST:
            return None
        if word.startswith("had") and _HAD_BEEN_PLANNED.match(word):
            # a plan as it had stood: "a meeting that had been scheduled to end on Wednesday" (moved since),
            # "The offer had been due to expire Tuesday", "had planned to harvest in May": gone by or not,
            # the nearest
            return Tense.PRESENT
        at = offset + cue.start()
        if (
            self.text[at].isupper()
            and self.text[at + 1 : at + len(word)].islower()
            and not SENTENCE_START.search(self.text, max(0, at - 4), at)
            and _LOWER_WORD.search(self.text, max(0, at - 40), at + 40)  # not a headline in title case
        ):
            return None  # "the Richmond, Tweed and Clarence rivers", "Ahmed": a name
        if (
            cue.group("form") is not None
            and self.text[at].isupper()
            and SENTENCE_START.search(self.text, max(0, at - 4), at)
            and (noun := _WORD_NEXT.match(cue.string, cue.end())) is not None
            and not noun.group().endswith("ing")
        ):
            # "Planned outage to hit 6,800 customers Tuesday": a participle opening a noun phrase (not "Found
            # clinging to an inner tube in late November", a clause)
            return None
        if word in _NOUN_TOO and _NOUN_BEFORE.search(cue.string, max(0, cue.start() - 40), cue.start()):
            return None  # "forecast a final cut in December", "expect one more cut": a noun
        if word == "earlier" and (
            _UNIT_BEFORE.search(cue.string, max(0, cue.start() - 12), cue.start())
            or (cue.string.endswith(_NO_ENDS, 0, cue.start()) and cue.string.startswith(" than", cue.end()))
        ):
            # "opens a week earlier, on Aug. 23": a shift, not a past tense; "no earlier than Aug. 1": a bound
            return None
        if word == "last" and (
            MODAL_BEFORE.search(cue.string, max(0, cue.start() - 16), cue.start())
            or _LAST_VERB_AFTER.match(cue.string, cue.end())
        ):
            # "this may last well into the summer", "will start at 9 p.m. and last until 6 a.m.": the verb
            return None
        if word == "last" and cue.string.endswith(" than ", 0, cue.start()):
            return None  # "rates are 40 per cent higher than last year": a yardstick, no tense of the clause
        if word == "followed" and _FOLLOWED_BY.match(self.lowered, offset + cue.end()):
            # "a trip on Tuesday night followed by a visit", "followed on Jan. 2 by": a participle
            return None
        if (
            cue.group("form") is not None
            and _BY_NAME_AFTER.match(self.text, offset + cue.end())
            and _ARTICLE_NOUN_BEFORE.search(cue.string, max(0, cue.start() - 24), cue.start())
        ):
            return None  # "when a revival directed by Priya Holloway opens": a participle
        if cue.group("form") is not None and _WITH_NOUN_BEFORE.search(
            cue.string, max(0, cue.start() - 40), cue.start()
        ):
            # "opens at 9am on Thursday, with general tickets released on 5 September": a participle
            return None
        if (
            cue.group("form") is not None
            and word not in _ADVERBS_OF_THE_PAST
            and word not in _PAST_ONLY
            and (
                self._passive_before(offset + cue.start())
                or _KEPT_BEFORE.search(cue.string, max(0, cue.start() - 40), cue.start())
                or (
                    cue.string[max(0, cue.start() - 2) : cue.start()].rstrip()[-1:].isdigit()
                    and _WORD_NEXT.match(cue.string, cue.end()) is not None
                )
                or (
                    word != "last"
                    and _DETERMINER_BEFORE.search(cue.string, max(0, cue.start() - 20), cue.start())
                    and (
                        _WORD_NEXT.match(cue.string, cue.end())
                        or _YEAR_WORD_NEXT.match(cue.string, cue.end())
                    )
                )
                or (
                    cue.string.endswith(_STATE_ADVERB_ENDS, 0, cue.start())
                    and _STATE_BEFORE.search(cue.string, max(0, cue.start() - 30), cue.start())
                )
            )
        ):
            # "will be exercised", "the reduced dividend", "keeps the government funded", "rations for
            # 500,000 displaced people", "a hearing on Citizens' proposed 2027 rates on Sept. 17", "rooms for
            # early April are almost fully booked"; not "where it has been since January", "12 died on
            # Monday", "a fee of $760 took effect on April 1" (a past that is no participle)
            return None
        return Tense.PAST

    # ---- output -----------------------------------------------------------------------------------

    def to_utc(self, span: Span | None) -> tuple[datetime, datetime] | None:
        if span is None:
            return None
        try:
            start = span[0].replace(tzinfo=self.tz).astimezone(UTC)
            end = span[1].replace(tzinfo=self.tz).astimezone(UTC)
        except (OverflowError, ValueError):
            return None
        if start >= end:
            return None
        return start, end

    def day_mention(
        self, start: int, end: int, day: date, anchoring: Anchoring, mod: str | None = None
    ) -> Mention:
        """A DATE mention of one whole local day."""
        return self.mention(
            start,
            end,
            TimexType.DATE,
            day_value(day),
            span=day_span(day),
            granularity=Granularity.DAY,
            anchoring=anchoring,
            mod=mod,
        )

    def period_mention(
        self,
        start: int,
        end: int,
        day: date,
        unit: str,
        anchoring: Anchoring = Anchoring.ABSOLUTE,
        mod: str | None = None,
    ) -> Mention:
        """A DATE mention of the calendar period of `unit` ("week", "weekend", "year") containing `day`."""
        value, span, granularity = period_of(day, unit)
        return self.mention(
            start,
            end,
            TimexType.DATE,
            value,
            span=span,
            granularity=granularity,
            anchoring=anchoring,
            mod=mod,
        )

    def quarter_mention(
        self, start: int, end: int, year: int, quarter: int, anchoring: Anchoring, mod: str | None = None
    ) -> list[Mention]:
        """A DATE mention of one calendar quarter, 2024-Q1 (none if the year cannot be placed)."""
        return self._year_part_mention(start, end, year, "Q", quarter, anchoring, mod)

    def half_mention(
        self, start: int, end: int, year: int, half: int, anchoring: Anchoring, mod: str | None = None
    ) -> list[Mention]:
        """A DATE mention of one half of a year, 2024-H1 (none if the year cannot be placed)."""
        return self._year_part_mention(start, end, year, "H", half, anchoring, mod)

    def _year_part_mention(
        self, start: int, end: int, year: int, kind: str, n: int, anchoring: Anchoring, mod: str | None
    ) -> list[Mention]:
        try:
            span = quarter_span(year, n) if kind == "Q" else half_span(year, n)
        except (ValueError, OverflowError):
            return []
        value = f"{year:04d}-{kind}{n}"
        return [
            self.mention(
                start,
                end,
                TimexType.DATE,
                value,
                span=span,
                granularity=Granularity.QUARTER,
                anchoring=anchoring,
                mod=mod,
            )
        ]

    def reported_mention(
        self, start: int, end: int, years: int, anchoring: Anchoring, mod: str | None = None
    ) -> list[Mention] | None:
        """The quarter or half year a report is about, `years` away ("a year earlier", "the year-ago
        period"); None when no such period has been written. A quarter or half written earlier in the
        sentence is the one compared, reported or not ("Imports in the fourth quarter are forecast to be 2%
        lower than a year earlier")."""
        written = self.written_in_sentence(start)
        if written is not None and (part := _YEAR_PART_VALUE.fullmatch(written.value)) is not None:
            year, number = int(part["year"]) + years, int(part["n"])
            if part["kind"] == "H":
                return self.half_mention(start, end, year, number, anchoring, mod)
            return self.quarter_mention(start, end, year, number, anchoring, mod)
        if self._last_half is not None:
            year, half = self._last_half
            return self.half_mention(start, end, year + years, half, anchoring, mod)
        if self._last_quarter is not None:
            year, q = self._last_quarter
            return self.quarter_mention(start, end, year + years, q, anchoring, mod)
        return None

    def mention(
        self,
        start: int,
        end: int,
        kind: TimexType,
        value: str,
        *,
        span: Span | None = None,
        granularity: Granularity | None = None,
        anchoring: Anchoring = Anchoring.ABSOLUTE,
        mod: str | None = None,
        utc: tuple[datetime, datetime] | None = None,
    ) -> Mention:
        """Build a Mention, converting a naive local span to UTC (dropped if it cannot be placed)."""
        if anchoring is Anchoring.NARRATIVE and self._last is not None and self._last.day.year > _PROXY_FLOOR:
            value, span, utc = _from_proxy(value), None, None
        if utc is None and span is not None:
            utc = self.to_utc(fuzzy_span(span, mod))
        elif utc is not None:
            utc = (utc[0].astimezone(UTC), utc[1].astimezone(UTC))
        if utc is None or granularity is None:
            utc, granularity = None, None
        return Mention(
            text=self.text[start:end],
            start=start,
            end=end,
            timex=Timex(type=kind, value=value, mod=mod),
            interval_start=utc[0] if utc else None,
            interval_end=utc[1] if utc else None,
            granularity=granularity,
            anchor=anchoring,
        )


def lower_case(text: str) -> str:
    """The text lower-cased character for character, so that its offsets are the text's: the few characters
    that grow when lower-cased ("İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def clause_before(text: str, start: int, width: int) -> str:
    """The lower-cased text of the clause before `start`, at most `width` characters of it."""
    lo = max(0, start - width)
    before = text[lo:start].lower()
    cut = 0
    for end in _CLAUSE_END.finditer(before):  # the last clause end is wanted
        cut = end.end()
    if "m." in before:
        # "at 11 a.m. On Tuesday, the council met": "a.m." or "p.m." before a sentence opener ends a sentence
        for clock in _CLOCK_PERIOD.finditer(before, cut):
            if SENTENCE_OPENER.match(text, lo + clock.end()):
                cut = clock.end()
    return before[cut:]


def _season_story_day(year: int, code: str) -> date:
    """The day a story in a season is at: its first day, except that a winter (which starts in December) is
    the story's year of its January (see calendar.season_span)."""
    return date(year, 1, 1) if code == "WI" else date(year, SEASON_START_MONTH[code], 1)


def _from_proxy(value: str) -> str:
    """A value computed from a proxy year (see _PROXY_EPOCH) written with its real year: 9517-FA is BC0480-FA;
    a proxy decade or century is the BC one of its middle year (951X, 482 BC: BC048, the 480s BC; 95, 447 BC:
    BC04, the fifth century BC)."""
    century = _PROXY_CENTURY.fullmatch(value)
    if century is not None and int(century["century"]) * 100 > _PROXY_FLOOR:
        middle = int(century["century"]) * 100 + 50 - _PROXY_EPOCH
        return f"BC{(1 - middle) // 100:02d}" if middle <= 0 else f"{middle // 100:02d}"
    decade = _PROXY_DECADE.fullmatch(value)
    if decade is not None and int(decade["decade"]) * 10 > _PROXY_FLOOR:
        middle = int(decade["decade"]) * 10 + 5 - _PROXY_EPOCH
        return f"BC{(1 - middle) // 10:03d}" if middle <= 0 else f"{middle // 10:03d}X"
    found = _PROXY_VALUE.fullmatch(value)
    if found is None or int(found["year"]) <= _PROXY_FLOOR:
        return value
    astronomical = int(found["year"]) - _PROXY_EPOCH
    year = f"BC{1 - astronomical:04d}" if astronomical <= 0 else f"{astronomical:04d}"
    return year + found["rest"]


def nearest_by_tense(
    candidates: list[date], reference: date, tense: Tense, *, slack: int = 0, just_passed: bool = False
) -> date:
    """Choose among a previous, current and next occurrence: the latest on or before the reference in
    the past tense, the earliest on or after it in the future tense, else the nearest.

    With `slack` (days), a past-tense date more than 300 days back loses to one at most `slack` days ahead
    ("extended the offer to Nov. 20", written on Nov. 2): a writer who means a date almost a year ago
    gives the year, while deadlines in past-tense clauses are common. With `just_passed` (a deadline, a
    date named by "is", a holiday), a future date that passed at most two weeks ago is that one ("by Jan.
    14", written on Jan. 15), while "is scheduled for July 7", written on July 18, is next year's."""
    candidates = sorted(candidates)
    before = [c for c in candidates if c <= reference]
    after = [c for c in candidates if c >= reference]
    if tense is Tense.PAST and before:
        if slack and after and (reference - before[-1]).days > 300 and (after[0] - reference).days <= slack:
            return after[0]
        return before[-1]
    if tense is Tense.FUTURE and after:
        if (
            just_passed
            and before
            and (after[0] - reference).days > 300
            and (reference - before[-1]).days <= 14
        ):
            return before[-1]  # a deadline that passed days ago ("by Jan. 14", written on Jan. 15)
        return after[0]
    return min(candidates, key=lambda c: (abs((c - reference).days), c < reference))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def safe_add_days(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except (OverflowError, ValueError):
        return None
