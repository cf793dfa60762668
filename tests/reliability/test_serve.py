"""`chronicle serve`: loopback by default, and a warning at start-up when writes are open."""

from __future__ import annotations

import logging

import pytest
from click.testing import CliRunner

from app import cli
from app.config import get_settings


@pytest.fixture
def serve_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    monkeypatch.setattr(cli, "upgrade_database", lambda url: None)
    monkeypatch.setenv("CHRONICLE_MIGRATE_ON_START", "true")  # serve sets it false for its workers
    return calls


def run_serve(monkeypatch: pytest.MonkeyPatch, *args: str, keys: str = "") -> None:
    monkeypatch.setenv("CHRONICLE_API_KEYS", keys)
    get_settings.cache_clear()
    result = CliRunner().invoke(cli.main, ["serve", *args])
    assert result.exit_code == 0, result.output
    get_settings.cache_clear()


def test_serve_binds_loopback_and_warns_that_writes_are_open(serve_calls, monkeypatch, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="chronicle")

    run_serve(monkeypatch)

    assert serve_calls[0]["host"] == "127.0.0.1"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("writes" in w and "open" in w for w in warnings), warnings


def test_serve_on_a_public_address_says_so(serve_calls, monkeypatch, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="chronicle")

    run_serve(monkeypatch, "--host", "0.0.0.0")

    assert any("NON-LOOPBACK" in r.getMessage() for r in caplog.records)


def test_no_warning_with_keys(serve_calls, monkeypatch, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="chronicle")

    run_serve(monkeypatch, keys="k1")

    assert not [r for r in caplog.records if "CHRONICLE_API_KEYS" in r.getMessage()]
