"""Reading TimeML exactly (offsets of the plain text) and writing it back so that it reads the same."""

import dataclasses
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.evaluation.timeml import (
    TimexAnnotation,
    creation_anchor,
    parse_document,
    read_corpus,
    read_document,
    render_document,
    select_non_overlapping,
    write_document,
)

GOLD = """<?xml version="1.0" ?>\r
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="x.xsd">\r
<DOCID>NYT19980108.0001</DOCID>\r
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" \
functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\r
<TITLE>Markets <EVENT eid="e90" class="OCCURRENCE">fall</EVENT></TITLE>\r
<TEXT>\r
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 value="1998-01-07" type="DATE" tid="t1">\
<SIGNAL sid="s1">last</SIGNAL> Wednesday</TIMEX3> &lt;sharply&gt;.\r
<![CDATA[Q&A <raw>]]> over <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="MORE_THAN">\
three &quot;days&quot;</TIMEX3>, <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.\r
</TEXT>\r
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>\r
</TimeML>\r
"""
PLAIN = '\nAT&T fell last Wednesday <sharply>.\nQ&A <raw> over three "days", now.\n'


@pytest.fixture
def gold_path(tmp_path):
    path = tmp_path / "gold" / "NYT19980108.0001.tml"
    path.parent.mkdir()
    path.write_bytes(GOLD.encode("utf-8"))
    return path


def test_plain_text_resolves_entities_cdata_and_inner_tags(gold_path):
    document = read_document(gold_path)
    assert document.text == PLAIN
    assert document.doc_id == "NYT19980108.0001"
    assert document.creation_value == "1998-01-08"
    assert document.creation_tid == "t0"


def test_gold_offsets_point_at_each_timex_text(gold_path):
    document = read_document(gold_path)
    assert [(t.tid, t.text, t.type, t.value, t.mod) for t in document.timexes] == [
        ("t1", "last Wednesday", "DATE", "1998-01-07", None),
        ("t2", 'three "days"', "DURATION", "P3D", "MORE_THAN"),
        ("t3", "now", "DATE", "PRESENT_REF", None),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_creation_time_is_not_a_gold_timex(gold_path):
    assert "t0" not in {t.tid for t in read_document(gold_path).timexes}


def test_nested_timexes_are_both_gold():
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2000-01-01">x</TIMEX3></DCT>'
        '<TEXT>in <TIMEX3 tid="t1" type="DATE" value="2000-01">the first <TIMEX3 tid="t2" type="DURATION" '
        'value="P1M">month</TIMEX3></TIMEX3></TEXT></TimeML>'
    )
    document = parse_document(ET.fromstring(markup), markup, "n.tml")
    assert [(t.tid, t.text) for t in document.timexes] == [("t1", "the first month"), ("t2", "month")]


def test_document_without_creation_time_is_rejected():
    markup = "<TimeML><TEXT>nothing</TEXT></TimeML>"
    with pytest.raises(ValueError, match="CREATION_TIME"):
        parse_document(ET.fromstring(markup), markup, "n.tml")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-01-08", datetime(1998, 1, 8, 12, tzinfo=UTC)),
        ("19980108", datetime(1998, 1, 8, 12, tzinfo=UTC)),
        ("1998-11-20T19:30", datetime(1998, 11, 20, 19, 30, tzinfo=UTC)),
        ("1998-11-20T19:30:05", datetime(1998, 11, 20, 19, 30, 5, tzinfo=UTC)),
        ("1998-11-20T19:30-05:00", datetime(1998, 11, 20, 19, 30, tzinfo=timezone(timedelta(hours=-5)))),
    ],
)
def test_creation_anchor_is_aware_and_noon_for_a_date(value, expected):
    anchor = creation_anchor(value)
    assert anchor == expected
    assert anchor.utcoffset() == expected.utcoffset()


def test_creation_anchor_rejects_what_is_not_a_date():
    with pytest.raises(ValueError, match="ISO 8601"):
        creation_anchor("PRESENT_REF")


def _system(document):
    text = document.text
    spans = [("AT&T", "DATE", "PRESENT_REF", None), ("Wednesday", "DATE", "1998-01-07", None)]
    spans.append(('three "days"', "DURATION", "P3D", "MORE_THAN"))
    timexes = []
    for number, (needle, type_, value, mod) in enumerate(spans, start=1):
        start = text.index(needle)
        timexes.append(TimexAnnotation(f"t{number}", start, start + len(needle), needle, type_, value, mod))
    return timexes


def test_written_document_reads_back_with_same_text_and_our_timexes(gold_path, tmp_path):
    document = read_document(gold_path)
    system = _system(document)
    out = tmp_path / "out" / gold_path.name
    write_document(out, document, system)

    again = read_document(out)
    assert again.text == document.text
    assert again.doc_id == document.doc_id
    assert again.creation_value == "1998-01-08"
    assert list(again.timexes) == system


def test_written_document_keeps_header_and_drops_other_tags(gold_path):
    document = read_document(gold_path)
    markup = render_document(document, _system(document))
    assert markup.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML xmlns:xsi=')
    assert (
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>'
    ) in markup
    assert "<TITLE>Markets fall</TITLE>" in markup
    for tag in ("EVENT", "SIGNAL", "TLINK", "\r"):
        assert tag not in markup
    assert '<TIMEX3 tid="t3" type="DURATION" value="P3D" mod="MORE_THAN">three "days"</TIMEX3>' in markup
    assert "AT&amp;T" in markup and "&lt;sharply&gt;" in markup


def test_attribute_values_are_escaped():
    markup = (
        '<TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2000-01-01"/></DCT>'
        "<TEXT>a&lt;b</TEXT></TimeML>"
    )
    document = parse_document(ET.fromstring(markup), markup, "a.tml")
    odd = TimexAnnotation("t1", 0, 3, "a<b", "DATE", 'say "x" & <y>', None)
    root = ET.fromstring(render_document(document, [odd]).encode("utf-8"))
    timex = root.find("TEXT/TIMEX3")
    assert timex is not None and timex.get("value") == 'say "x" & <y>' and timex.text == "a<b"


def test_overlapping_spans_keep_the_longest_leftmost():
    def timex(start, end):
        return TimexAnnotation("", start, end, "x" * (end - start), "DATE", "X")

    kept, dropped = select_non_overlapping([timex(5, 9), timex(0, 3), timex(0, 6), timex(9, 12)])
    assert [(t.start, t.end) for t in kept] == [(0, 6), (9, 12)]
    assert dropped == 2


def test_corpus_is_read_recursively_with_relative_names(gold_path):
    sub = gold_path.parent / "testset"
    sub.mkdir()
    (sub / "b.tml").write_bytes(GOLD.encode("utf-8"))
    names = [d.name for d in read_corpus(gold_path.parent)]
    assert names == ["NYT19980108.0001.tml", "testset/b.tml"]


XML_CHARACTERS = st.characters(
    codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00\ufffe\uffff"
).filter(lambda c: c in "\t\n\r" or c >= " ")


@given(text=st.text(XML_CHARACTERS, max_size=60), cuts=st.lists(st.integers(0, 60), max_size=8))
def test_any_text_and_spans_survive_the_round_trip(text, cuts):
    markup = (
        '<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2000-01-01"/></DCT>'
        "<TEXT/></TimeML>"
    )
    base = parse_document(ET.fromstring(markup), markup, "p.tml")
    document = dataclasses.replace(base, text=text)
    bounds = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if a < b]
    system = [
        TimexAnnotation(f"t{i}", a, b, text[a:b], "DATE", text[a:b], "APPROX" if i % 2 else None)
        for i, (a, b) in enumerate(spans, start=1)
    ]
    written = render_document(document, system)
    again = parse_document(ET.fromstring(written.encode("utf-8")), written, "p.tml")
    assert again.text == text
    assert list(again.timexes) == system
