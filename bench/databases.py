"""Fresh, migrated bench databases: a SQLite file under the temp dir, or a dedicated PostgreSQL database.

The PostgreSQL one is `chronicle_bench` on the server of BENCH_POSTGRES_URL (default the local one), never
the `test` database that the test suite drops and recreates.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from app.migrate import upgrade_database

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
POSTGRES_DATABASE = "chronicle_bench"
SQLITE_DIR = Path(tempfile.gettempdir()) / "chronicle-bench"


def fresh_database(backend: str, name: str) -> str:
    """An empty database at the newest migration; `name` tells SQLite files apart."""
    if backend == "sqlite":
        SQLITE_DIR.mkdir(exist_ok=True)
        path = SQLITE_DIR / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    else:
        import psycopg

        server = make_url(POSTGRES_SERVER)
        with psycopg.connect(_conninfo(POSTGRES_SERVER), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {POSTGRES_DATABASE}")
        url = server.set(database=POSTGRES_DATABASE).render_as_string(hide_password=False)
    upgrade_database(url)
    return url


def drop_database(backend: str, url: str) -> None:
    if backend == "sqlite":
        database = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(_conninfo(POSTGRES_SERVER), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_bytes(backend: str, url: str) -> int:
    if backend == "sqlite":
        return sum(
            Path(f"{make_url(url).database}{s}").stat().st_size
            for s in ("", "-wal")
            if Path(f"{make_url(url).database}{s}").exists()
        )
    import psycopg

    with psycopg.connect(_conninfo(url)) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0]) if row else 0
