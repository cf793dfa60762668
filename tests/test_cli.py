"""The `chronicle` command over the same services as the API."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from app.cli import main
from tests.factories import BRIDGE_PUBLISHED, bridge_article, storm_article


def test_migrate_reports_the_newest_revision(database_url: str) -> None:
    result = CliRunner().invoke(main, ["migrate"])

    assert result.exit_code == 0, result.output
    assert "newest revision" in result.output


def test_ingest_plain_text_and_json_lines_then_print_the_timeline(database_url: str, tmp_path: Path) -> None:
    text_file = tmp_path / "bridge.txt"
    text_file.write_text("Bridge reopens\n" + bridge_article()["body"], encoding="utf-8")
    jsonl = tmp_path / "wire.jsonl"
    naive = storm_article(url="https://wire.example/other", timezone=None, published_at="2021-09-03T10:00:00")
    lines = [storm_article(), storm_article(), naive]
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in lines), encoding="utf-8")
    runner = CliRunner()

    result = runner.invoke(main, ["ingest", str(text_file), str(jsonl), "--published-at", BRIDGE_PUBLISHED])

    assert result.exit_code == 1  # one line failed, and the run says so
    assert "2 stored, 1 already stored, 1 failed" in result.output
    assert "wire.jsonl:3: published_at" in result.output

    table = runner.invoke(main, ["timeline", "--limit", "500"])
    assert table.exit_code == 0, table.output
    assert "193X" in table.output and "Bridge reopens" in table.output

    as_json = json.loads(runner.invoke(main, ["timeline", "--json", "--source", "example-wire"]).output)
    assert as_json["events"] and {e["article"]["title"] for e in as_json["events"]} == {"Storm clean-up"}


def test_ingest_plain_text_needs_a_publication_time(database_url: str, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title\nBody on Monday.", encoding="utf-8")

    result = CliRunner().invoke(main, ["ingest", str(f)])

    assert result.exit_code == 2
    assert "--published-at" in result.output


def test_normalize_prints_mentions_as_json() -> None:
    result = CliRunner().invoke(
        main, ["normalize", "The talks ended yesterday.", "--anchor", "2021-09-03T10:00:00-04:00"]
    )

    assert result.exit_code == 0, result.output
    mentions = json.loads(result.output)["mentions"]
    assert [(m["expression"]["text"], m["timex"]["value"]) for m in mentions] == [("yesterday", "2021-09-02")]


def test_normalize_rejects_a_naive_anchor() -> None:
    result = CliRunner().invoke(main, ["normalize", "today", "--anchor", "2021-09-03T10:00:00"])

    assert result.exit_code == 2
    assert "offset" in result.output
