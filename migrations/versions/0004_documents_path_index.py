"""Index documents.path: ingest looks a file up by path for every document.

Without it each lookup scans every stored document, so ingest slowed down as the
corpus grew (50k documents: ~116/s at first, ~50/s by 30k).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 14:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_path"), ["path"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_path"))
