"""The `eval` and `timeml` commands end to end, with a fake engine standing in for app.temporal.extract."""

import json
import sys
import types

import pytest
from click.testing import CliRunner

from app.evaluation.__main__ import main
from app.evaluation.timeml import read_document
from app.temporal.mention import Anchoring, Mention, Timex, TimexType

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">\
1998-01-08</TIMEX3></DCT>
<TEXT>
Stocks fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> and <TIMEX3 tid="t2" \
type="DATE" value="1998-01-05">on Monday</TIMEX3>; a <TIMEX3 tid="t3" type="DURATION" value="P1W">\
week</TIMEX3> of losses &amp; fear.
</TEXT>
</TimeML>
"""

CALLS = []


def fake_extract(text, anchor, timezone=None, *, narrative=None, date_order="MDY"):
    """Finds "yesterday" (right), "Monday" (span and value wrong) and "losses" (spurious); misses "week"."""
    CALLS.append({"anchor": anchor, "narrative": narrative, "timezone": timezone, "date_order": date_order})
    if "BROKEN" in text:
        raise RuntimeError("engine bug")
    found = [("yesterday", TimexType.DATE, "1998-01-07"), ("Monday", TimexType.DATE, "1998-01-12")]
    found.append(("losses", TimexType.DATE, "XXXX"))
    mentions = []
    for needle, type_, value in found:
        start = text.index(needle)
        mentions.append(
            Mention(
                needle,
                start,
                start + len(needle),
                Timex(type_, value),
                None,
                None,
                None,
                Anchoring.PUBLICATION,
            )
        )
    return mentions


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    module = types.ModuleType("fake_engine")
    module.extract = fake_extract
    monkeypatch.setitem(sys.modules, "fake_engine", module)
    CALLS.clear()


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "news"
    (root / "testset").mkdir(parents=True)
    (root / "a.tml").write_text(DOC.format(name="a"), encoding="utf-8")
    (root / "testset" / "b.tml").write_text(DOC.format(name="b"), encoding="utf-8")
    return root


def run(*args):
    return CliRunner().invoke(main, [*args, "--extractor", "fake_engine:extract"], catch_exceptions=False)


def test_eval_prints_tempeval_scores(corpus):
    result = run("eval", str(corpus))
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith("news"))
    # 2 docs × (3 gold, 3 system, 1 strict, 2 relaxed, 1 value right): strict P=R=1/3, relaxed 2/3, value 1/3
    expected = "news 2 6 6 │ 33.3 33.3 33.3 │ 66.7 66.7 66.7 │ 66.7 33.3 │ - │"
    assert row.split()[:-1] == expected.split()
    assert "== missed: 2 in 1 groups" in result.output
    assert "== value: 2 in 1 groups" in result.output
    assert "WEEKDAY" in result.output


def test_eval_anchors_at_noon_utc_and_lets_the_engine_choose_the_mode(corpus):
    run("eval", str(corpus))
    assert {str(call["anchor"]) for call in CALLS} == {"1998-01-08 12:00:00+00:00"}
    assert {(call["narrative"], call["timezone"]) for call in CALLS} == {(None, "UTC")}


@pytest.mark.parametrize(("flag", "narrative"), [("--narrative", True), ("--news", False), ("--auto", None)])
def test_eval_passes_the_narrative_flag(corpus, flag, narrative):
    run("eval", str(corpus), flag, "--date-order", "DMY")
    assert {(call["narrative"], call["date_order"]) for call in CALLS} == {(narrative, "DMY")}


def test_eval_of_several_corpora_adds_a_total(corpus, tmp_path):
    other = tmp_path / "wiki"
    other.mkdir()
    (other / "c.tml").write_text(DOC.format(name="c"), encoding="utf-8")
    result = run("eval", str(corpus), str(other), "--errors", "0", "--write", str(tmp_path / "system"))
    names = [line.split()[0] for line in result.output.splitlines() if "│" in line]
    assert names == ["corpus", "news", "wiki", "total"]
    assert next(line for line in result.output.splitlines() if line.startswith("total")).split()[1:4] == [
        "3",
        "9",
        "9",
    ]
    assert "== missed" not in result.output
    written = sorted(
        p.relative_to(tmp_path / "system").as_posix() for p in (tmp_path / "system").rglob("*.tml")
    )
    assert written == ["news/a.tml", "news/testset/b.tml", "wiki/c.tml"]


def test_eval_writes_scores_and_every_error_as_json(corpus, tmp_path):
    path = tmp_path / "scores.json"
    run("eval", str(corpus), "--json", str(path))
    report = json.loads(path.read_text(encoding="utf-8"))
    scores = report["corpora"]["news"]["scores"]
    assert scores["strict_f1"] == pytest.approx(1 / 3)
    assert scores["value_f1"] == pytest.approx(1 / 3)
    assert report["corpora"]["news"]["counts"]["gold"] == 6
    assert report["corpora"]["news"]["documents"]["testset/b.tml"]["relaxed"] == 2
    [spurious] = report["errors"]["spurious"]
    assert spurious["count"] == 2 and len(spurious["examples"]) == 2
    assert spurious["examples"][0]["doc"] == "a.tml"


def test_eval_survives_an_engine_failure(corpus):
    (corpus / "broken.tml").write_text(DOC.format(name="x").replace("Stocks", "BROKEN"), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(corpus), "--extractor", "fake_engine:extract"])
    assert result.exit_code == 0
    assert "not annotated: broken.tml: RuntimeError: engine bug" in result.output
    assert "news: 1 documents not annotated" in result.output


def test_eval_reports_a_missing_engine(corpus):
    result = CliRunner().invoke(main, ["eval", str(corpus), "--extractor", "fake_engine:nothing"])
    assert result.exit_code != 0
    assert "cannot load the engine" in result.output


def test_timeml_writes_each_document_with_the_engine_timexes(corpus, tmp_path):
    out = tmp_path / "out"
    result = run("timeml", str(corpus), str(out))
    assert result.exit_code == 0, result.output
    assert "2 documents, 6 TIMEX3 written" in result.output

    written = read_document(out / "testset" / "b.tml")
    gold = read_document(corpus / "testset" / "b.tml")
    assert written.text == gold.text
    assert (written.doc_id, written.creation_value) == ("b", "1998-01-08")
    assert [(t.tid, t.text, t.value) for t in written.timexes] == [
        ("t1", "yesterday", "1998-01-07"),
        ("t2", "Monday", "1998-01-12"),
        ("t3", "losses", "XXXX"),
    ]


def test_eval_lists_only_the_kinds_asked_for(corpus):
    result = run("eval", str(corpus), "--kind", "value", "--kind", "missed", "--examples", "1")
    assert "== value: 2" in result.output and "== missed: 2" in result.output
    assert "== spurious" not in result.output and "== span" not in result.output
    value_listing = result.output.split("== value")[1].split("\n\n")[0]
    assert value_listing.count("…") == 2  # one example, its context between two ellipses


def test_eval_counts_a_document_with_an_unreadable_creation_time_as_a_failure(corpus):
    bad = DOC.format(name="x").replace(
        'value="1998-01-08" functionInDocument', 'value="X" functionInDocument'
    )
    (corpus / "bad.tml").write_text(bad, encoding="utf-8")
    result = run("eval", str(corpus), "--errors", "0")
    assert "not annotated: bad.tml: ValueError: creation time 'X'" in result.output
    assert next(line for line in result.output.splitlines() if line.startswith("news")).split()[1:4] == [
        "3",
        "9",
        "6",
    ]
