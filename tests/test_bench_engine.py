"""The engine benchmark's command line: it refuses folders without TimeML text instead of dividing by zero."""

from pathlib import Path

import pytest

from bench import engine


def test_folder_without_timeml_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.tml").write_text("<TimeML>no text element</TimeML>", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        engine.main([str(tmp_path)])
    assert exit_.value.code == 2
    assert f"no TimeML <TEXT> found under {tmp_path}" in capsys.readouterr().err


def test_corpus_texts_strip_tags_and_entities(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(
        "<TimeML><TEXT>Sales rose <TIMEX3 tid='t1'>last week</TIMEX3> &amp; fell.</TEXT></TimeML>",
        encoding="utf-8",
    )
    assert engine.corpus_texts([tmp_path]) == ["Sales rose last week & fell."]
