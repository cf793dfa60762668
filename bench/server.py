"""A real `chronicle serve` in a subprocess on 127.0.0.1, and its memory read from /proc.

The server runs with --no-migrate against a database the bench has already migrated (and filled), with
logging at WARNING so the access log does not dominate what is measured.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

import httpx

READY_TIMEOUT_S = 60
REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants (uvicorn --workers forks one process per worker)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            children = [int(c) for c in task.read_text().split()]
        except OSError:
            continue
        for child in children:
            found.extend(process_tree(child))
    return found


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Server:
    """`with Server(url) as server:` starts the service and waits until it answers."""

    def __init__(self, database_url: str, *, workers: int = 1, env: dict[str, str] | None = None) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        # The `chronicle` entry point when installed, else the same click group from this checkout.
        chronicle = shutil.which("chronicle", path=str(Path(sys.executable).parent))
        entry = [chronicle] if chronicle else [sys.executable, "-c", "from app.cli import main; main()"]
        env = os.environ | {
            "DATABASE_URL": self.database_url,
            "CHRONICLE_MIGRATE_ON_START": "false",
            "LOG_LEVEL": "WARNING",
        } | self.extra_env  # fmt: skip
        cmd = [*entry, "serve", "--no-migrate", "--port", str(self.port), "--workers", str(self.workers)]
        # A file, not a pipe: a pipe nobody reads would block the server once it filled up.
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                err = self.log.read().decode(errors="replace")
                raise RuntimeError(f"server exited with {self.proc.returncode}: {err[-2000:]}")
            try:
                httpx.get(self.base_url + "/v1/timeline?limit=1", timeout=2)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError("server did not start")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()

    def rss_mb(self) -> float:
        """Resident memory now, summed over the server's processes."""
        assert self.proc is not None
        return sum(_status_kb(p, "VmRSS") for p in process_tree(self.proc.pid)) / 1024

    def peak_rss_mb(self) -> float:
        """High-water mark of resident memory (VmHWM) since start, summed over the server's processes."""
        assert self.proc is not None
        return sum(_status_kb(p, "VmHWM") for p in process_tree(self.proc.pid)) / 1024

    def trivial_path(self) -> str:
        """/livez when the app has it; otherwise a path that 404s without touching the database."""
        if httpx.get(self.base_url + "/livez", timeout=5).status_code == 200:
            return "/livez"
        return "/bench-floor-404"
