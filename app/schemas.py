"""Public read models: the JSON the API returns (a contract; extend, never rename)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class ParticipantOut(BaseModel):
    name: str = Field(examples=["Sahiba Gafarova"])
    role: str | None = Field(default=None, examples=["Chair of the Milli Majlis"])
    country: str | None = Field(default=None, examples=["AZE"])


class SourceOut(BaseModel):
    document: str = Field(description="File name of the document.", examples=["002.txt"])
    document_id: str
    evidence: str = Field(description="The sentence that states the event, verbatim.")
    start: int = Field(description="Character offset of the evidence in the document text.")
    end: int = Field(description="End offset (exclusive).")
    date: str | None = Field(default=None, description="The date this source gives.")
    date_end: str | None = Field(default=None, description="The end date this source gives.")


class EventOut(BaseModel):
    id: str = Field(examples=["3f2a9c0d1e4b5a67"])
    type: str = Field(examples=["meeting"])
    status: str = Field(examples=["occurred"])
    date: str | None = Field(description="At its precision: YYYY, YYYY-MM or YYYY-MM-DD.")
    date_end: str | None = Field(description="Last day of a multi-day event.")
    date_precision: str | None = Field(examples=["day"])
    countries: list[str] = Field(description="Sorted ISO 3166-1 alpha-3 codes of the parties.")
    location: str | None = Field(examples=["Baku"])
    participants: list[ParticipantOut]
    sources: list[SourceOut]
    source_count: int = Field(default=1, description="Number of document mentions.")
    date_note: str | None = Field(
        default=None, description="Which date was chosen and why, when the sources disagree."
    )


class EventPage(BaseModel):
    items: list[EventOut]
    total: int = Field(description="Number of events matching the filters.")
    next: str | None = Field(description="Path of the next page (opaque cursor), null at the end.")


class DocumentEvent(BaseModel):
    id: str
    type: str
    date: str | None
    countries: list[str]
    evidence: str
    start: int
    end: int


class DocumentOut(BaseModel):
    id: str
    name: str
    sha256: str
    published: dt.date | None
    published_surface: str | None
    ingested_at: dt.datetime
    text: str
    events: list[DocumentEvent]


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    events: int
    documents: int


class ErrorBody(BaseModel):
    status: int = Field(examples=[422])
    code: str = Field(examples=["invalid_parameter"])
    message: str = Field(examples=["date_from: expected YYYY, YYYY-MM or YYYY-MM-DD"])
    parameter: str | None = Field(default=None, examples=["date_from"])


class ErrorOut(BaseModel):
    error: ErrorBody


class CountOut(BaseModel):
    key: str = Field(
        description="The group: a type, country code, dyad, year or month.", examples=["mou"]
    )
    count: int = Field(description="Events in the group.", examples=[12])


class CountryOut(BaseModel):
    code: str = Field(description="ISO 3166-1 alpha-3.", examples=["AZE"])
    name: str = Field(examples=["Azerbaijan"])
    events: int = Field(description="Events the country is a party to.", examples=[40])


class Counterpart(BaseModel):
    code: str = Field(examples=["KHM"])
    name: str = Field(examples=["Cambodia"])
    events: int = Field(description="Events shared with the country.", examples=[9])


class CountryDetail(BaseModel):
    code: str = Field(examples=["AZE"])
    name: str = Field(examples=["Azerbaijan"])
    events: int
    first_date: dt.date | None = Field(description="First day of its earliest dated event.")
    last_date: dt.date | None = Field(description="Last day of its latest dated event.")
    by_type: list[CountOut]
    counterparts: list[Counterpart]


class DocumentSummary(BaseModel):
    id: str = Field(examples=["3f2a9c0d1e4b5a67"])
    name: str = Field(examples=["002_3cbc45ea06d4f647.txt"])
    sha256: str
    published: dt.date | None = Field(description="The document's own date, when found.")
    ingested_at: dt.datetime
    events: int = Field(description="Events with a source in this document.")


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int
    next: str | None = Field(description="Path of the next page (opaque cursor), null at the end.")
