"""Load on loopback: concurrent clients against a real uvicorn server lose nothing and never see a 5xx."""

from __future__ import annotations

import time

import pytest

from tests.reliability.live_server import live_server, scratch_database
from tests.reliability.workload import Tally, check_nothing_lost_or_half_stored, run_clients

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
CLIENTS, SECONDS, POOL = 8, 10.0, 150


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        request.getfixturevalue("postgresql_url")  # skips without TEST_DATABASE_URL
    return str(request.param)


@pytest.mark.slow
def test_concurrent_posts_and_reads_lose_nothing(backend: str, tmp_path) -> None:
    tally = Tally()
    with scratch_database(backend, tmp_path) as url, live_server(url, tmp_path / "server.log") as server:
        started = time.monotonic()
        run_clients(server.url, tally, clients=CLIENTS, seconds=SECONDS, pool=POOL)
        elapsed = time.monotonic() - started

        stored = check_nothing_lost_or_half_stored(server.url, tally)

    print(
        f"\nload [{backend}]: {CLIENTS} clients, {tally.requests} requests in {elapsed:.1f} s "
        f"({tally.requests / elapsed:.0f}/s), statuses {dict(sorted(tally.statuses.items()))}, "
        f"{tally.transport_errors} transport errors, {len(tally.server_errors)} server errors; "
        f"{len(stored)} articles stored, {sum(len(a['events']) for a in stored)} events"
    )
    assert tally.server_errors == []
    assert tally.statuses[503] == 0
    assert tally.transport_errors == 0
    assert tally.acknowledged, "no article was acknowledged"
    assert len(stored) == len(tally.acknowledged_numbers)
