"""`chronicle serve --workers 2`: /metrics sums every worker's counts, whichever worker answers the scrape."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from tests.reliability.live_server import ROOT, free_port, scratch_database
from tests.reliability.test_observability import metric


@pytest.mark.slow
def test_metrics_add_up_across_workers(tmp_path) -> None:
    port = free_port()
    with scratch_database("sqlite", tmp_path) as url:
        env = os.environ | {"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "CHRONICLE_API_KEYS": ""}
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        command = [sys.executable, "-c", "from app.cli import main; main()", "serve", "--workers", "2"]
        with (tmp_path / "server.log").open("wb") as log:
            server = subprocess.Popen(
                [*command, "--port", str(port), "--no-migrate"], cwd=ROOT, env=env, stdout=log, stderr=log
            )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    httpx.get(f"{base}/livez", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            with httpx.Client(base_url=base) as http:  # new connections: both workers get some
                before = metric(
                    http.get("/metrics").text, "chronicle_http_requests_total", route="/v1/articles"
                )
            for _ in range(20):
                httpx.get(f"{base}/v1/articles", timeout=10)
            scrapes = [
                metric(
                    httpx.get(f"{base}/metrics").text, "chronicle_http_requests_total", route="/v1/articles"
                )
                for _ in range(6)
            ]
        finally:
            server.terminate()
            server.wait(20)

    assert scrapes == [before + 20] * 6
