"""Articles, events, and full-text search over event sentences.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("dedupe_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_article_dedupe_key")),
    )
    op.create_index(op.f("ix_article_source"), "article", ["source"])
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("expr_text", sa.Text(), nullable=False),
        sa.Column("expr_start", sa.Integer(), nullable=False),
        sa.Column("expr_end", sa.Integer(), nullable=False),
        sa.Column("timex_type", sa.String(length=16), nullable=False),
        sa.Column("timex_value", sa.String(length=64), nullable=False),
        sa.Column("timex_mod", sa.String(length=32), nullable=True),
        sa.Column("start_at", UTCDateTime(), nullable=False),
        sa.Column("end_at", UTCDateTime(), nullable=False),
        sa.Column("granularity", sa.String(length=16), nullable=False),
        sa.Column("granularity_rank", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_event_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
        sa.UniqueConstraint(
            "article_id", "expr_start", "expr_end", name=op.f("uq_event_article_id_expr_start_expr_end")
        ),
    )
    op.create_index("ix_event_start_at_id", "event", ["start_at", "id"])
    op.create_index("ix_event_article_id_start_at_id", "event", ["article_id", "start_at", "id"])
    op.create_index("ix_event_source_start_at_id", "event", ["source", "start_at", "id"])

    if op.get_bind().dialect.name == "sqlite":
        # External-content FTS5 index over event sentences, kept in step by triggers
        # (ON DELETE CASCADE from article fires the delete trigger too).
        op.execute(
            "CREATE VIRTUAL TABLE event_fts USING fts5("
            "sentence, content='event', content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER event_fts_ai AFTER INSERT ON event BEGIN "
            "INSERT INTO event_fts(rowid, sentence) VALUES (new.id, new.sentence); END"
        )
        op.execute(
            "CREATE TRIGGER event_fts_ad AFTER DELETE ON event BEGIN "
            "INSERT INTO event_fts(event_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence); END"
        )
        op.execute(
            "CREATE TRIGGER event_fts_au AFTER UPDATE OF sentence ON event BEGIN "
            "INSERT INTO event_fts(event_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence); "
            "INSERT INTO event_fts(rowid, sentence) VALUES (new.id, new.sentence); END"
        )
    else:
        op.execute(
            "ALTER TABLE event ADD COLUMN sentence_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', sentence)) STORED"
        )
        op.execute("CREATE INDEX ix_event_sentence_tsv ON event USING gin (sentence_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS event_fts")
    op.drop_table("event")
    op.drop_table("article")
