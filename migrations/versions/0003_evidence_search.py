"""Full-text search over evidence sentences: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE sources_fts USING fts5("
    "evidence, content='sources', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO sources_fts(rowid, evidence) SELECT id, evidence FROM sources",
    "CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN "
    "INSERT INTO sources_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN "
    "INSERT INTO sources_fts(sources_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); END",
    "CREATE TRIGGER sources_fts_au AFTER UPDATE ON sources BEGIN "
    "INSERT INTO sources_fts(sources_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); "
    "INSERT INTO sources_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS sources_fts_au",
    "DROP TRIGGER IF EXISTS sources_fts_ad",
    "DROP TRIGGER IF EXISTS sources_fts_ai",
    "DROP TABLE IF EXISTS sources_fts",
]
PG_UP = [
    "CREATE INDEX IF NOT EXISTS ix_sources_evidence_tsv ON sources "
    "USING gin (to_tsvector('english', evidence))",
]
PG_DOWN = ["DROP INDEX IF EXISTS ix_sources_evidence_tsv"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_UP if dialect == "sqlite" else PG_UP if dialect == "postgresql" else [])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(SQLITE_DOWN if dialect == "sqlite" else PG_DOWN if dialect == "postgresql" else [])
