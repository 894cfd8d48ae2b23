"""SQLModel tables: documents, events, their countries, participants and sources."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


class Document(SQLModel, table=True):
    """One ingested file, kept whole so every event can point back into it."""

    __tablename__ = "documents"

    id: str = Field(primary_key=True, max_length=32)
    name: str = Field(index=True, description="File name as ingested.")
    path: str = Field(index=True, description="Absolute path the file was read from.")
    sha256: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    published: dt.date | None = Field(default=None, index=True)
    published_surface: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    ingested_at: dt.datetime


class Event(SQLModel, table=True):
    """One real-world event; `sources` say which documents report it."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_sort", "sort_date", "id"),
        Index("ix_events_type_sort_id", "type", "sort_date", "id"),
        Index("ix_events_lo_hi", "date_lo", "date_hi"),
        Index("ix_events_type_countries", "type", "countries_key"),
    )

    id: str = Field(primary_key=True, max_length=32)
    type: str = Field(max_length=32)
    status: str = Field(max_length=16)
    date: str | None = Field(default=None, max_length=10)
    date_end: str | None = Field(default=None, max_length=10)
    date_precision: str | None = Field(default=None, max_length=8)
    date_lo: dt.date | None = None
    date_hi: dt.date | None = None
    sort_date: str = Field(max_length=10, description="date_lo as ISO text, '' when undated.")
    location: str | None = None
    date_note: str | None = Field(
        default=None, description="Why this date, when the sources disagree."
    )
    countries_key: str = Field(max_length=64, index=True, description="Sorted codes, comma-joined.")
    source_count: int = Field(default=1)
    why: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: dt.datetime
    updated_at: dt.datetime


class EventCountry(SQLModel, table=True):
    """A party to an event."""

    __tablename__ = "event_countries"
    __table_args__ = (
        Index("ix_event_countries_code", "code", "event_id"),
        Index("ix_event_countries_code_sort", "code", "sort_date", "event_id", "countries_key"),
    )

    event_id: str = Field(
        sa_column=Column(String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    )
    code: str = Field(primary_key=True, max_length=3)
    sort_date: str | None = Field(
        default=None,
        max_length=10,
        description="Copy of the event's sort_date, kept by triggers (migration 0006).",
    )
    countries_key: str | None = Field(
        default=None,
        max_length=64,
        description="Copy of the event's countries_key, kept by triggers (migration 0006).",
    )


class Participant(SQLModel, table=True):
    """A named person who took part in an event."""

    __tablename__ = "participants"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    event_id: str = Field(
        sa_column=Column(
            String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = 0
    name: str
    name_folded: str = Field(index=True, description="Lower-cased, accents removed.")
    role: str | None = None
    country: str | None = Field(default=None, max_length=3)
    document_id: str | None = Field(
        default=None,
        sa_column=Column(
            String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=True, index=True
        ),
        description="The document that names this participant.",
    )


class Source(SQLModel, table=True):
    """One mention of an event in a document: the evidence sentence and its offsets."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("event_id", "document_id", "start"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    event_id: str = Field(
        sa_column=Column(
            String(32), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    document_id: str = Field(
        sa_column=Column(
            String(32),
            ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    date: str | None = Field(default=None, max_length=10, description="This source's reading.")
    date_end: str | None = Field(default=None, max_length=10)
    location: str | None = None
    status: str = Field(default="occurred", max_length=16)


class DataVersion(SQLModel, table=True):
    """One row whose version triggers bump on every change to the data (migration 0006):
    the key under which exact counts are cached."""

    __tablename__ = "data_version"

    id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    version: int = Field(sa_column=Column(BigInteger, nullable=False))
