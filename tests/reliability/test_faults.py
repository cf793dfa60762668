"""Faults: the server killed with SIGKILL mid-ingestion, and PostgreSQL stopped under load.

Afterwards nothing acknowledged is missing and no article is half-stored (each has every event the engine
finds in it). The PostgreSQL outage needs root and the local cluster; it is skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import make_url

from tests.reliability.live_server import live_server, scratch_database
from tests.reliability.workload import Tally, check_nothing_lost_or_half_stored, run_clients

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        request.getfixturevalue("postgresql_url")
    return str(request.param)


@pytest.mark.slow
def test_sigkill_mid_ingestion_leaves_no_half_stored_article(backend: str, tmp_path: Path) -> None:
    tally = Tally()
    stop = threading.Event()
    with scratch_database(backend, tmp_path) as url:
        with live_server(url, tmp_path / "server.log") as server:
            clients = threading.Thread(
                target=run_clients,
                args=(server.url, tally),
                kwargs={"clients": 6, "seconds": 20.0, "pool": 400, "stop": stop},
            )
            clients.start()
            while tally.statuses[201] < 20 and clients.is_alive():  # well into ingestion
                time.sleep(0.05)
            server.kill()
            time.sleep(0.5)  # the clients see their connections refused
            stop.set()
            clients.join()
            killed_after = tally.requests
        with live_server(url, tmp_path / "server.log") as restarted:
            stored = check_nothing_lost_or_half_stored(restarted.url, tally)

    print(
        f"\nSIGKILL [{backend}]: killed after {killed_after} requests, {len(tally.acknowledged)} articles "
        f"acknowledged, {tally.transport_errors} requests cut off; after restart {len(stored)} stored, "
        "none half-stored, none missing"
    )
    assert tally.server_errors == []
    assert tally.transport_errors > 0, "the kill did not interrupt anything"


def local_cluster() -> str | None:
    """The version directory of the local PostgreSQL cluster, when this test may stop and start it."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url or make_url(url).host not in ("127.0.0.1", "localhost"):
        return None
    if os.geteuid() != 0 or not shutil.which("pg_ctlcluster") or not Path("/etc/postgresql").is_dir():
        return None
    versions = sorted(os.listdir("/etc/postgresql"))
    return versions[0] if versions else None


def pg_ctl(version: str, action: str) -> None:
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
        check=True,
        capture_output=True,
        timeout=60,
    )


def wait_until_ready() -> None:
    for _ in range(60):
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0:
            return
        time.sleep(0.5)


@pytest.mark.slow
@pytest.mark.postgres
def test_postgresql_outage_is_503_then_recovers_without_losing_anything(tmp_path: Path) -> None:
    version = local_cluster()
    if version is None:
        pytest.skip("needs root, pg_ctlcluster and TEST_DATABASE_URL on the local cluster")
    tally = Tally()
    stop = threading.Event()
    with scratch_database("postgresql", tmp_path) as url, live_server(url, tmp_path / "server.log") as server:
        clients = threading.Thread(
            target=run_clients,
            args=(server.url, tally),
            kwargs={"clients": 4, "seconds": 60.0, "pool": 300, "stop": stop},
        )
        clients.start()
        try:
            time.sleep(1.5)
            pg_ctl(version, "stop")  # other engineers share this server: keep the outage to seconds
            try:
                time.sleep(2.5)
                during = httpx.get(f"{server.url}/readyz", timeout=10)
                outage_statuses = dict(tally.statuses)
            finally:
                pg_ctl(version, "start")
                wait_until_ready()
            # Recovery by itself: the same server answers again once the database is back.
            recovered = False
            for _ in range(60):
                if httpx.get(f"{server.url}/readyz", timeout=10).status_code == 200:
                    recovered = True
                    break
                time.sleep(0.5)
            time.sleep(1.5)  # and takes writes again
        finally:
            stop.set()
            clients.join()
        stored = check_nothing_lost_or_half_stored(server.url, tally)

    print(
        f"\nPostgreSQL outage: {tally.requests} requests, statuses {dict(sorted(tally.statuses.items()))}; "
        f"during the outage {outage_statuses}; {len(stored)} stored after recovery, none lost"
    )
    assert during.status_code == 503
    assert recovered
    assert tally.statuses[503] > 0
    assert tally.server_errors == []  # 503 only, never a 500
    assert tally.transport_errors == 0
