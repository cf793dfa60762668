"""Span classes of event intervals, so the timeline's `start` filter is an index range.

`end_at > :start` cannot bound a walk of (start_at, id) from below. event.span_class buckets each event by
the length of [start_at, end_at) (0: up to 25 hours ... 7: up to a century, 8: longer); within a class,
end_at > :start implies start_at > :start - the class's longest span, which (span_class, start_at, id)
answers with a short range scan. end_at is the last key column so the overlap test is made on the index
entry. app/services/timeline.py holds the same bounds (SPAN_CLASS_BOUNDS): keep the two in step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Upper bounds in hours: a day (25 h with a DST change), a week, a month, a quarter or season, a year,
# four years, a decade, a century.
_BOUNDS_HOURS = (25, 8 * 24, 32 * 24, 93 * 24, 367 * 24, 1462 * 24, 3654 * 24, 36526 * 24)


def _case(span_hours: str) -> str:
    whens = " ".join(f"WHEN {span_hours} <= {bound} THEN {i}" for i, bound in enumerate(_BOUNDS_HOURS))
    return f"CASE {whens} ELSE {len(_BOUNDS_HOURS)} END"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds only VIRTUAL generated columns to an existing table; an index on one stores it.
        span = _case("(julianday(end_at) - julianday(start_at)) * 24")
        op.execute(f"ALTER TABLE event ADD COLUMN span_class INTEGER GENERATED ALWAYS AS ({span}) VIRTUAL")
    else:
        span = _case("EXTRACT(EPOCH FROM end_at - start_at) / 3600")
        op.execute(f"ALTER TABLE event ADD COLUMN span_class smallint GENERATED ALWAYS AS ({span}) STORED")
    op.create_index(
        "ix_event_span_class_start_at_id_end_at", "event", ["span_class", "start_at", "id", "end_at"]
    )
    op.create_index(
        "ix_event_source_span_class_start_at_id_end_at",
        "event",
        ["source", "span_class", "start_at", "id", "end_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_event_source_span_class_start_at_id_end_at", table_name="event")
    op.drop_index("ix_event_span_class_start_at_id_end_at", table_name="event")
    op.drop_column("event", "span_class")
