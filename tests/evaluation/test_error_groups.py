"""Errors grouped by kind and shape, biggest group first."""

import pytest

from app.evaluation.annotation import AnnotatedDocument
from app.evaluation.errors import ErrorKind, group_errors, text_shape, value_offset, value_shape
from app.evaluation.scoring import align
from app.evaluation.timeml import TimeMLDocument, TimexAnnotation

TEXT = "Sales rose on Monday, fell on Tuesday and on Jan. 8, 1998 we met again in the 1990s style. Now."


def timex(needle, type_, value, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return TimexAnnotation("t", start, start + len(needle), needle, type_, value)


def alignment(gold, system):
    document = TimeMLDocument("d.tml", "d", TEXT, "1998-01-08", "t0", tuple(gold), "")
    return align(AnnotatedDocument(document, tuple(system), seconds=0.0))


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Jan. 8, 1998", "MONTH 9, 9999"),
        ("last  Tuesday", "last WEEKDAY"),
        ("the 1990s", "the 9999s"),
        ("May 1998", "MONTH 9999"),
        ("Monday\nmorning", "WEEKDAY morning"),
        ("Maybe", "maybe"),
    ],
)
def test_text_shape(text, shape):
    assert text_shape(text) == shape


def test_value_shape():
    assert value_shape("1998-01-08") == "9999-99-99"
    assert value_shape("P3D") == "P9D"
    assert value_shape(None) == "-"


@pytest.mark.parametrize(
    ("gold", "system", "offset"),
    [
        ("1998-01-05", "1998-01-12", "day +7"),
        ("1991-02-11", "1990-02-11", "year -1"),
        ("1998-12", "1998-11", "month -1"),
        ("1998", "2001", "year +3"),
        ("1918-03-28", "2009-03-28", "year +many"),
        ("1918-03-28", "1800-03-28", "year -many"),
        ("1989-11-06", "1989-10-30", "day -7"),
        ("1998-01", "1997-12", "month -1"),
        ("1998-01-05", "1997-02-05", None),
        ("1998-02-30", "1998-02-28", None),
        ("1998-01-05TEV", "1998-01-06TNI", None),
        ("1998-01-05TEV", "1998-01-06TEV", "day +1"),
        ("1998-W02", "1998-W03", None),
        ("P3D", "P4D", None),
        ("1998-01", "1998-01-05", None),
    ],
)
def test_value_offset(gold, system, offset):
    assert value_offset(gold, system) == offset


def test_errors_are_grouped_by_kind_and_shape():
    gold = [
        timex("Monday", "DATE", "1998-01-05"),
        timex("Tuesday", "DATE", "1998-01-06"),
        timex("Jan. 8, 1998", "DATE", "1998-01-08"),
        timex("the 1990s", "DATE", "199"),
    ]
    system = [
        timex("Monday", "DATE", "1998-01-12"),  # value error
        timex("Tuesday", "DATE", "1998-01-13"),  # value error, same shape
        timex("Jan. 8", "TIME", "1998-01-08T00:00"),  # span, type and value error
        timex("Now", "DATE", "PRESENT_REF"),  # spurious; "the 1990s" is missed
    ]
    groups = group_errors([alignment(gold, system)])

    [missed] = groups[ErrorKind.MISSED]
    assert (missed.key, missed.count, missed.examples[0].gold_value) == ("the 9999s", 1, "199")
    [spurious] = groups[ErrorKind.SPURIOUS]
    assert (spurious.key, spurious.examples[0].system_value) == ("now", "PRESENT_REF")
    [span] = groups[ErrorKind.SPAN]
    assert span.key == "MONTH 9, 9999 ≠ MONTH 9"
    [type_error] = groups[ErrorKind.TYPE]
    assert type_error.key == "DATE → TIME: MONTH 9, 9999"

    values = groups[ErrorKind.VALUE]
    assert [(g.key, g.count) for g in values] == [
        ("WEEKDAY: 9999-99-99 → 9999-99-99 (day +7)", 2),
        ("MONTH 9, 9999: 9999-99-99 → 9999-99-99T99:99", 1),
    ]
    example = values[0].examples[0]
    assert (example.doc, example.gold_value, example.system_value) == ("d.tml", "1998-01-05", "1998-01-12")
    assert example.context == "Sales rose on [Monday], fell on Tuesday and on Jan. 8, 1998 we"


def test_examples_per_group_are_limited_but_count_is_not():
    gold = [timex("Monday", "DATE", "1998-01-05"), timex("Tuesday", "DATE", "1998-01-06")]
    groups = group_errors([alignment(gold, [])], examples=1)
    [missed] = groups[ErrorKind.MISSED]
    assert (missed.count, len(missed.examples)) == (2, 1)
    assert len(group_errors([alignment(gold, [])], examples=None)[ErrorKind.MISSED][0].examples) == 2
