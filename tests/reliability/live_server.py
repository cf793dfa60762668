"""A real uvicorn server in a subprocess on a free loopback port, and scratch databases for it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.db import build_engine
from app.migrate import upgrade_database

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, database_url: str, log_path: Path, **env: str) -> None:
        self.database_url = database_url
        self.log_path = log_path
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = os.environ | {
            "DATABASE_URL": self.database_url,
            "CHRONICLE_MIGRATE_ON_START": "false",
            "CHRONICLE_LOG_FORMAT": "json",
            "LOG_LEVEL": "WARNING",
        }
        env.pop("CHRONICLE_API_KEYS", None)
        env |= self.env
        command = [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory"]
        command += ["--host", "127.0.0.1", "--port", str(self.port), "--no-access-log"]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/livez", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start within 30 s")

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flushing, as in a crash or an OOM kill."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def live_server(database_url: str, log_path: Path, **env: str) -> Iterator[LiveServer]:
    server = LiveServer(database_url, log_path, **env)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def scratch_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """A migrated database of its own: a SQLite file, or a PostgreSQL database created for the test.

    PostgreSQL uses the server of TEST_DATABASE_URL but not its database, which other tests empty.
    """
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'live.db'}"
        upgrade_database(url)
        yield url
        return
    base = os.environ["TEST_DATABASE_URL"]
    name = f"chronicle_live_{uuid.uuid4().hex[:12]}"
    admin = build_engine(base, pool_size=1).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade_database(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
