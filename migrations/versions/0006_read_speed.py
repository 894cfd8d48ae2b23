"""Read speed at 1M events: a data version for exact cached counts, and each party row
carries its event's sort date so a country's events can be read newest first from one index.

- `data_version` (one row): bumped by triggers whenever documents, events, their
  countries, participants or sources change, in the same transaction as the change. The
  API caches exact counts (`total`, stats, /health) under the version it read; a commit
  changes the version, so a cached count is never served for data it did not see.
  SQLite: row triggers (SQLite has a single writer). PostgreSQL: deferred constraint
  triggers that bump once per transaction, at commit, so concurrent writers hold the
  version row only for the moment of their commit (no lock-order deadlocks).
- `event_countries.sort_date` and `.countries_key`: copies of the event's, kept by
  triggers (filled on insert when the writer leaves them null, followed when the event
  changes), with the index (code, sort_date, event_id, countries_key): `country=AZE`
  newest first is one index walk, and `country=AZE&country=KHM` the same walk with the
  second party read from the index entry instead of a probe per row.

- `ix_events_type_sort_id` (type, sort_date, id) replaces `ix_events_type_sort` (type,
  sort_date): a page or export of one type reads its keys from the index alone.

A later migration that rebuilds one of these tables (SQLite batch mode copies a table and
drops its triggers) must recreate the triggers; tests/test_migrations.py checks they exist.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 21:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("documents", "events", "event_countries", "participants", "sources")
BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"

SQLITE_UP = [
    f"CREATE TRIGGER IF NOT EXISTS trg_dv_{table}_{op_[0]} AFTER {op_} ON {table} "
    f"BEGIN {BUMP}; END"
    for table in TABLES
    for op_ in ("INSERT", "UPDATE", "DELETE")
] + [
    "CREATE TRIGGER IF NOT EXISTS trg_ec_sort_fill AFTER INSERT ON event_countries "
    "WHEN NEW.sort_date IS NULL OR NEW.countries_key IS NULL BEGIN "
    "UPDATE event_countries SET "
    "sort_date = (SELECT sort_date FROM events WHERE events.id = NEW.event_id), "
    "countries_key = (SELECT countries_key FROM events WHERE events.id = NEW.event_id) "
    "WHERE event_id = NEW.event_id AND code = NEW.code; END",
    "CREATE TRIGGER IF NOT EXISTS trg_ec_sort_follow AFTER UPDATE OF sort_date, countries_key "
    "ON events WHEN NEW.sort_date IS NOT OLD.sort_date "
    "OR NEW.countries_key IS NOT OLD.countries_key BEGIN "
    "UPDATE event_countries SET sort_date = NEW.sort_date, countries_key = NEW.countries_key "
    "WHERE event_id = NEW.id; END",
]
SQLITE_DOWN = [
    f"DROP TRIGGER IF EXISTS trg_dv_{table}_{op_[0]}"
    for table in TABLES
    for op_ in ("INSERT", "UPDATE", "DELETE")
] + ["DROP TRIGGER IF EXISTS trg_ec_sort_fill", "DROP TRIGGER IF EXISTS trg_ec_sort_follow"]

PG_UP = [
    """CREATE OR REPLACE FUNCTION diplo_bump_data_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('diplo.data_version_xact', true) IS DISTINCT FROM
           txid_current()::text THEN
            PERFORM set_config('diplo.data_version_xact', txid_current()::text, true);
            UPDATE data_version SET version = version + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
    END $$""",
    *[
        f"CREATE CONSTRAINT TRIGGER trg_dv_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION diplo_bump_data_version()"
        for table in TABLES
    ],
    """CREATE OR REPLACE FUNCTION diplo_event_country_sort() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.sort_date IS NULL OR NEW.countries_key IS NULL THEN
            SELECT sort_date, countries_key INTO NEW.sort_date, NEW.countries_key
            FROM events WHERE id = NEW.event_id;
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER trg_ec_sort_fill BEFORE INSERT ON event_countries "
    "FOR EACH ROW EXECUTE FUNCTION diplo_event_country_sort()",
    """CREATE OR REPLACE FUNCTION diplo_event_sort_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE event_countries SET sort_date = NEW.sort_date, countries_key = NEW.countries_key
        WHERE event_id = NEW.id;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER trg_ec_sort_follow AFTER UPDATE OF sort_date, countries_key ON events "
    "FOR EACH ROW WHEN (NEW.sort_date IS DISTINCT FROM OLD.sort_date "
    "OR NEW.countries_key IS DISTINCT FROM OLD.countries_key) "
    "EXECUTE FUNCTION diplo_event_sort_follow()",
]
PG_DOWN = [
    "DROP TRIGGER IF EXISTS trg_ec_sort_follow ON events",
    "DROP TRIGGER IF EXISTS trg_ec_sort_fill ON event_countries",
    *[f"DROP TRIGGER IF EXISTS trg_dv_{table} ON {table}" for table in TABLES],
    "DROP FUNCTION IF EXISTS diplo_event_sort_follow()",
    "DROP FUNCTION IF EXISTS diplo_event_country_sort()",
    "DROP FUNCTION IF EXISTS diplo_bump_data_version()",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_date", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("countries_key", sa.String(length=64), nullable=True))
    op.execute(
        "UPDATE event_countries SET "
        "sort_date = (SELECT sort_date FROM events WHERE events.id = event_countries.event_id), "
        "countries_key = "
        "(SELECT countries_key FROM events WHERE events.id = event_countries.event_id)"
    )
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_event_countries_code_sort",
            ["code", "sort_date", "event_id", "countries_key"],
            unique=False,
        )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_type_sort_id", ["type", "sort_date", "id"], unique=False)
        batch_op.drop_index("ix_events_type_sort")
    for statement in SQLITE_UP if dialect == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DOWN if dialect == "sqlite" else PG_DOWN:
        op.execute(statement)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_type_sort", ["type", "sort_date"], unique=False)
        batch_op.drop_index("ix_events_type_sort_id")
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.drop_index("ix_event_countries_code_sort")
        batch_op.drop_column("countries_key")
        batch_op.drop_column("sort_date")
    op.drop_table("data_version")
