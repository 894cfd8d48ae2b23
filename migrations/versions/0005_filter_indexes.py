"""Indexes for the remaining filters: status, min_sources, location (case-insensitive),
and on PostgreSQL a trigram index for the participant substring search.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 15:08:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BOTH = [
    "CREATE INDEX IF NOT EXISTS ix_filter_events_status ON events (status, sort_date)",
    "CREATE INDEX IF NOT EXISTS ix_filter_events_sources ON events (source_count)",
    "CREATE INDEX IF NOT EXISTS ix_filter_events_location ON events (lower(location))",
]
PG = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_filter_participants_trgm ON participants "
    "USING gin (name_folded gin_trgm_ops)",
]


def upgrade() -> None:
    statements = BOTH + (PG if op.get_bind().dialect.name == "postgresql" else [])
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    for name in ("ix_filter_participants_trgm", "ix_filter_events_location",
                 "ix_filter_events_sources", "ix_filter_events_status"):  # fmt: skip
        op.execute(f"DROP INDEX IF EXISTS {name}")
