"""TempEval-3 Task A numbers on a document small enough to score by hand."""

import pytest

from app.evaluation.annotation import AnnotatedDocument
from app.evaluation.scoring import Scores, align, count, lenient_value_match, pair_timexes, total
from app.evaluation.timeml import TimeMLDocument, TimexAnnotation

TEXT = "On Monday, January 8, 1998 we met. Two days later, in the morning, we left. Now it is over."


def timex(text, needle, type_, value, mod=None, tid="t"):
    start = text.index(needle)
    return TimexAnnotation(tid, start, start + len(needle), needle, type_, value, mod)


def document(gold, text=TEXT):
    return TimeMLDocument("d.tml", "d", text, "1998-01-08", "t0", tuple(gold), "<TimeML>\n<TEXT>")


GOLD = [
    timex(TEXT, "Monday", "DATE", "1998-01-05"),
    timex(TEXT, "January 8, 1998", "DATE", "1998-01-08"),
    timex(TEXT, "Two days later", "DATE", "1998-01-10"),
    timex(TEXT, "the morning", "TIME", "1998-01-10TMO"),
]
SYSTEM = [
    timex(TEXT, "Monday", "DATE", "1998-01-05"),  # strict, type and value right
    timex(TEXT, "January 8", "DATE", "1998-01-08"),  # relaxed only, value right
    timex(TEXT, "days later", "DURATION", "P2D"),  # relaxed only, type and value wrong
    timex(TEXT, "Now", "DATE", "PRESENT_REF"),  # spurious; "the morning" is missed
]


def scores(gold, system, text=TEXT):
    counts = count(align(AnnotatedDocument(document(gold, text), tuple(system), seconds=0.5)))
    return counts, Scores.from_counts(counts)


def test_counts_by_hand():
    counts, _ = scores(GOLD, SYSTEM)
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (4, 4, 1, 3)
    assert (counts.type_correct, counts.value_correct) == (2, 2)
    assert (counts.mod_judged, counts.mod_correct) == (0, 0)


def test_strict_relaxed_and_attribute_f1_by_hand():
    _, s = scores(GOLD, SYSTEM)
    assert (s.strict_precision, s.strict_recall, s.strict_f1) == (0.25, 0.25, 0.25)
    assert (s.relaxed_precision, s.relaxed_recall, s.relaxed_f1) == (0.75, 0.75, 0.75)
    # attribute F1 = relaxed F1 × accuracy over the 3 relaxed matches
    assert s.type_accuracy == pytest.approx(2 / 3)
    assert s.type_f1 == pytest.approx(0.5)
    assert s.value_f1 == pytest.approx(0.5)


def test_mod_accuracy_counts_matches_where_either_side_has_a_mod():
    gold = [
        timex(TEXT, "Monday", "DATE", "1998-01-05", mod="START"),
        timex(TEXT, "January 8, 1998", "DATE", "1998-01-08", mod="END"),
        timex(TEXT, "Two days later", "DATE", "1998-01-10"),
        timex(TEXT, "the morning", "TIME", "1998-01-10TMO"),
    ]
    system = [
        timex(TEXT, "Monday", "DATE", "1998-01-05", mod="START"),
        timex(TEXT, "January 8", "DATE", "1998-01-08"),
        timex(TEXT, "days later", "DATE", "1998-01-10", mod="APPROX"),
        timex(TEXT, "the morning", "TIME", "1998-01-10TMO"),
    ]
    counts, s = scores(gold, system)
    assert (counts.mod_judged, counts.mod_correct) == (3, 1)
    assert s.mod_accuracy == pytest.approx(1 / 3)


def test_precision_and_recall_differ_when_counts_do():
    _, s = scores(GOLD, SYSTEM[:2])
    assert (s.strict_precision, s.strict_recall) == (0.5, 0.25)
    assert (s.relaxed_precision, s.relaxed_recall) == (1.0, 0.5)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(2 / 3)


def test_matching_is_one_to_one():
    gold = [timex(TEXT, "January 8, 1998", "DATE", "1998-01-08")]
    system = [timex(TEXT, "January 8", "DATE", "1998-01-08"), timex(TEXT, "1998", "DATE", "1998")]
    counts, s = scores(gold, system)
    assert (counts.relaxed, counts.value_correct) == (1, 1)
    assert (s.relaxed_precision, s.relaxed_recall) == (0.5, 1.0)


def test_identical_span_is_paired_before_a_larger_overlap():
    gold = [timex(TEXT, "January 8", "DATE", "1998-01-08"), timex(TEXT, "1998", "DATE", "1998")]
    system = [timex(TEXT, "January 8, 1998", "DATE", "1998-01-08"), timex(TEXT, "1998", "DATE", "1998")]
    matches = pair_timexes(gold, system)
    assert {(m.gold.text, m.system.text) for m in matches} == {
        ("1998", "1998"),
        ("January 8", "January 8, 1998"),
    }
    assert sum(m.strict for m in matches) == 1


def test_values_compare_as_raw_case_sensitive_strings():
    gold = [timex(TEXT, "Now", "DATE", "PRESENT_REF")]
    counts, _ = scores(gold, [timex(TEXT, "Now", "DATE", "present_ref")])
    assert counts.value_correct == 0


def test_corpus_scores_are_micro_averaged():
    one, _ = scores(GOLD, SYSTEM)
    two, _ = scores(GOLD[:1], [])
    both = Scores.from_counts(total([one, two]))
    assert both.relaxed_recall == 3 / 5
    assert both.relaxed_precision == 3 / 4
    assert both.kilobytes_per_second == pytest.approx(2 * len(TEXT) / 1024 / 1.0)


def test_empty_system_scores_zero_without_dividing_by_zero():
    _, s = scores(GOLD, [])
    assert (s.strict_f1, s.relaxed_f1, s.value_f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ("199X", "199", True),
        ("199", "199X", True),
        ("19", "19XX", True),
        ("199X", "198X", False),
        ("1998-01-07TEV", "1998-01-07TNI", True),
        ("1998-01-07", "1998-01-07", True),
        ("1998-01-07", "1998-01-08", False),
        ("1968-XX", "1968", True),
        ("1968-XX-XX", "1968", True),
        ("1968-XX", "1969", False),
        ("2000-W6", "2000-W06", True),
        ("2000-W6", "2000-W07", False),
        ("null", "1939", None),
        ("", "1939", None),
    ],
)
def test_lenient_values_accept_documented_gold_quirks(gold, system, expected):
    assert lenient_value_match(gold, system) is expected


def test_lenient_value_f1_leaves_null_gold_out():
    gold = [timex(TEXT, "Monday", "DATE", "null"), timex(TEXT, "Now", "DATE", "199X")]
    system = [timex(TEXT, "Monday", "DATE", "1998-01-05"), timex(TEXT, "Now", "DATE", "199")]
    counts, s = scores(gold, system)
    assert counts.value_correct == 0
    assert (counts.lenient_value_judged, counts.lenient_value_correct) == (1, 1)
    assert s.value_f1 == 0.0
    assert s.lenient_value_f1 == 1.0
