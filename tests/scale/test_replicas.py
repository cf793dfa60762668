"""Replicas share nothing but PostgreSQL: two servers (one of them with two workers) behind no balancer.

Concurrent posts spread over all of them, the same articles raced to different replicas at once, then a
cursor walk that alternates replicas page by page: every acknowledged article is stored once with its
events, and the walk returns each event exactly once, in order. The database is a dedicated one
(`chronicle_scale`) on the TEST_DATABASE_URL server, so the main suite's `test` schema is left alone.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from app.migrate import upgrade_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SCALE_DATABASE = "chronicle_scale"


@pytest.fixture(scope="module")
def scale_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url or not url.startswith("postgres"):
        pytest.skip("TEST_DATABASE_URL (PostgreSQL) is not set")
    import psycopg

    server = make_url(url).set(drivername="postgresql")
    with psycopg.connect(server.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCALE_DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {SCALE_DATABASE}")
    scale = server.set(database=SCALE_DATABASE).render_as_string(hide_password=False)
    upgrade_database(scale)
    return scale


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def replicas(scale_url: str) -> Iterator[list[str]]:
    """Base urls of two `chronicle serve` processes on one database; the second runs two workers."""
    env = os.environ | {
        "DATABASE_URL": scale_url,
        "LOG_LEVEL": "WARNING",
        "CHRONICLE_MIGRATE_ON_START": "false",
    }
    procs: list[tuple[subprocess.Popen[bytes], Any]] = []
    urls: list[str] = []
    for workers in (1, 2):
        port = _free_port()
        log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below
        cmd = [sys.executable, "-c", "from app.cli import main; main()", "serve", "--no-migrate"]
        cmd += ["--port", str(port), "--workers", str(workers)]
        procs.append((subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=log), log))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for (proc, log), url in zip(procs, urls, strict=True):
            _wait_until_live(proc, log, url)
        yield urls
    finally:
        for proc, _ in procs:
            proc.terminate()
        for proc, log in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def _wait_until_live(proc: subprocess.Popen[bytes], log: Any, url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise AssertionError(f"replica exited: {log.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(url + "/livez", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"replica at {url} did not start")


def article(n: int) -> dict[str, Any]:
    day = n % 27 + 1
    return {
        "title": f"Council report {n}",
        "body": (
            f"The council met on March {day}, 2021 to vote on report {n}. "
            "The mayor said on Tuesday that work would start next month. "
            f"The last comparable project ran from 2009 to 2011, and a review is due on June {day}."
        ),
        "published_at": "2021-03-28T09:00:00+02:00",
        "url": f"https://scale.example/{n}",
        "source": f"scale-{n % 3}",
    }


def test_replicas_store_each_article_once_and_walk_one_consistent_timeline(replicas: list[str]) -> None:
    clients = [httpx.Client(base_url=url, timeout=30) for url in replicas]
    lock = threading.Lock()
    acknowledged: dict[str, dict[str, Any]] = {}  # url -> the article the service answered with
    statuses: dict[str, list[int]] = {}

    def post(n: int, replica: int) -> None:
        response = clients[replica % len(clients)].post("/v1/articles", json=article(n))
        assert response.status_code in (200, 201), response.text
        with lock:
            url = article(n)["url"]
            statuses.setdefault(url, []).append(response.status_code)
            if url in acknowledged:  # a repost answered by another replica: the very same article
                assert response.json()["id"] == acknowledged[url]["id"]
                assert response.json()["events"] == acknowledged[url]["events"]
            acknowledged[url] = response.json()

    # 40 distinct articles spread over the replicas, and articles 0-7 each raced by 6 posts at once.
    barrier = threading.Barrier(6)

    def race(n: int, replica: int) -> None:
        barrier.wait(timeout=20)
        post(n, replica)

    with ThreadPoolExecutor(max_workers=12) as pool:
        futures = [pool.submit(post, n, n) for n in range(8, 48)]
        for n in range(8):
            racers = [pool.submit(race, n, replica) for replica in range(6)]
            for f in racers:
                f.result()
        for f in futures:
            f.result()

    assert len(acknowledged) == 48
    for url, codes in statuses.items():
        assert codes.count(201) == 1, (url, codes)  # stored exactly once, whichever replica won

    # Every acknowledged article is readable from every replica, with the events it was answered with.
    expected_events: dict[int, dict[str, Any]] = {}
    for stored in acknowledged.values():
        assert stored["events"], stored["title"]
        for client in clients:
            assert client.get(f"/v1/articles/{stored['id']}").json()["events"] == stored["events"]
        for event in stored["events"]:
            expected_events[event["id"]] = event

    # A cursor walk that alternates replicas page by page sees each event exactly once, in order.
    walked: list[dict[str, Any]] = []
    cursor = None
    for page_number in range(1000):
        params: dict[str, Any] = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        page = clients[page_number % len(clients)].get("/v1/timeline", params=params).json()
        walked += page["events"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    ids = [e["id"] for e in walked]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(expected_events)
    assert [(e["start"], e["id"]) for e in walked] == sorted((e["start"], e["id"]) for e in walked)

    # The same walk with a start filter (the span-class index path) agrees with the stored intervals.
    start = "2021-03-15T00:00:00Z"
    filtered: list[int] = []
    cursor = None
    for page_number in range(1000):
        params = {"limit": 5, "start": start} | ({"cursor": cursor} if cursor else {})
        page = clients[page_number % len(clients)].get("/v1/timeline", params=params).json()
        filtered += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    after = datetime.fromisoformat(start)
    overlapping = {i for i, e in expected_events.items() if datetime.fromisoformat(e["end"]) > after}
    assert len(filtered) == len(set(filtered))
    assert set(filtered) == overlapping
    for client in clients:
        client.close()
