"""The `chronicle` command: a thin layer over app.services, like the HTTP API."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from app.config import get_settings
from app.db import get_engine, transaction
from app.evaluation.commands import eval_command, timeml_command
from app.migrate import upgrade_database
from app.models import ArticleCreate, NormalizeRequest, mention_out, timeline_event
from app.observability import MULTIPROC_ENV, configure_logging
from app.services.articles import create_article, extract_mentions
from app.services.timeline import TimelineQuery, query_timeline
from app.temporal import Granularity


@click.group()
@click.version_option(package_name="chronicle")
def main() -> None:
    """Chronicle: time expressions in news, resolved to absolute intervals, served as a timeline."""


@main.command()
def migrate() -> None:
    """Create or upgrade the database schema (DATABASE_URL) to the newest revision."""
    upgrade_database(get_settings().database_url)
    click.echo("database is at the newest revision")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--no-migrate", is_flag=True, help="Do not apply migrations first")
def serve(host: str, port: int, workers: int, no_migrate: bool) -> None:
    """Apply migrations, then run the HTTP service with uvicorn."""
    import uvicorn

    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    if not settings.api_keys:
        exposed = "" if host in ("127.0.0.1", "::1", "localhost") else " ON A NON-LOOPBACK ADDRESS"
        logging.getLogger("chronicle").warning(
            "CHRONICLE_API_KEYS is not set: writes (POST, DELETE) are open to anyone who can reach "
            "%s:%s%s; set keys before exposing the service",
            host,
            port,
            exposed,
        )
    if not no_migrate:
        upgrade_database(settings.database_url)
    # Migrated once here; the workers must not race to do it again.
    os.environ["CHRONICLE_MIGRATE_ON_START"] = "false"
    if workers > 1 and not os.environ.get(MULTIPROC_ENV):
        # Each worker counts in its own process: they share files here, and /metrics sums them.
        os.environ[MULTIPROC_ENV] = tempfile.mkdtemp(prefix="chronicle-metrics-")
    get_settings.cache_clear()
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        log_config=None,  # the app's JSON or text logs (app/observability.py), uvicorn's included
        access_log=False,  # the app writes its own access line, with the request id
    )


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--published-at", help="Publication time (RFC 3339) of plain-text files")
@click.option("--timezone", help="IANA timezone of plain-text files")
@click.option("--source", help="Source of plain-text files")
def ingest(
    files: tuple[Path, ...], published_at: str | None, timezone: str | None, source: str | None
) -> None:
    """Store articles from plain-text files (first line = title) or JSON Lines files (*.jsonl)."""
    items = list(_articles_from(files, published_at, timezone, source))
    settings = get_settings()
    engine = get_engine()
    created = existing = failed = 0
    with click.progressbar(items, label="ingesting", file=sys.stderr, hidden=len(items) < 10) as bar:
        for where, raw in bar:
            try:
                data = ArticleCreate.model_validate(raw)
            except ValidationError as exc:
                failed += 1
                click.echo(f"\n{where}: {_first_error(exc)}", err=True)
                continue
            with transaction(engine) as session:
                stored = create_article(session, data, date_order=settings.date_order)
            if stored.created:
                created += 1
            else:
                existing += 1
    click.echo(f"{created} stored, {existing} already stored, {failed} failed")
    if failed:
        sys.exit(1)


def _articles_from(
    files: tuple[Path, ...], published_at: str | None, timezone: str | None, source: str | None
) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in files:
        if path.suffix in (".jsonl", ".ndjson"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    yield f"{path}:{n}", json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"{path}:{n}", {"error": f"malformed JSON: {exc}"}
            continue
        if published_at is None:
            raise click.UsageError(f"{path} is plain text: pass --published-at")
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        item = {"title": title.strip(), "body": body.strip() or title.strip(), "published_at": published_at}
        item |= {k: v for k, v in (("timezone", timezone), ("source", source)) if v}
        yield str(path), item


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err["loc"]) or "article"
    return f"{field}: {err['msg']}"


@main.command()
@click.option("--start", type=click.DateTime(), help="Events ending after this (UTC)")
@click.option("--end", type=click.DateTime(), help="Events starting before this (UTC)")
@click.option("--q", help="Full-text search over sentences")
@click.option("--source")
@click.option("--article-id", type=int)
@click.option("--coarsest", type=click.Choice([g.value for g in Granularity]))
@click.option("--order", type=click.Choice(["asc", "desc"]), default="asc", show_default=True)
@click.option("--limit", type=click.IntRange(1, 500), default=50, show_default=True)
@click.option("--cursor")
@click.option("--json", "as_json", is_flag=True, help="Print the page as JSON, like the API")
def timeline(
    start: datetime | None,
    end: datetime | None,
    q: str | None,
    source: str | None,
    article_id: int | None,
    coarsest: str | None,
    order: str,
    limit: int,
    cursor: str | None,
    as_json: bool,
) -> None:
    """Print the stored timeline, filtered like GET /v1/timeline."""
    from datetime import UTC

    query = TimelineQuery(
        start=start.replace(tzinfo=UTC) if start else None,
        end=end.replace(tzinfo=UTC) if end else None,
        q=q,
        source=source,
        article_id=article_id,
        coarsest=Granularity(coarsest) if coarsest else None,
        order="desc" if order == "desc" else "asc",
        limit=limit,
        cursor=cursor,
    )
    with transaction(get_engine()) as session:
        page = query_timeline(session, query)
        events = [timeline_event(e, a) for e, a in page.rows]
    if as_json:
        payload = {"events": [e.model_dump(mode="json") for e in events], "next_cursor": page.next_cursor}
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for e in events:
        when = f"{e.start:%Y-%m-%d %H:%M} → {e.end:%Y-%m-%d %H:%M}"
        click.echo(
            f"{when}  {e.granularity:<11} {e.timex.value:<16} {e.expression.text!r:<24} {e.article.title}"
        )
    if page.next_cursor:
        click.echo(f"more: --cursor {page.next_cursor}")


@main.command()
@click.argument("text")
@click.option("--anchor", required=True, help="RFC 3339 anchor (publication) time with an offset")
@click.option("--timezone", help="IANA timezone for local expressions")
def normalize(text: str, anchor: str, timezone: str | None) -> None:
    """Print the time expressions in TEXT, resolved against ANCHOR, as JSON."""
    try:
        request = NormalizeRequest.model_validate({"text": text, "anchor": anchor, "timezone": timezone})
    except ValidationError as exc:
        raise click.BadParameter(_first_error(exc)) from exc
    mentions = extract_mentions(
        request.text, request.anchor, request.timezone, date_order=get_settings().date_order
    )
    payload = {"mentions": [mention_out(m).model_dump(mode="json") for m in mentions]}
    click.echo(json.dumps(payload, indent=2, ensure_ascii=False))


main.add_command(timeml_command, "timeml")
main.add_command(eval_command, "eval")


if __name__ == "__main__":
    main()
