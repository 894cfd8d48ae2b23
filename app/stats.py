"""Counts next to rows: events grouped by type, country, dyad, year or month; countries."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, func, select
from sqlmodel import Session, col

from app.cache import cached_count
from app.models import Event, EventCountry
from app.queries import EventFilters, _filtered
from app.schemas import Counterpart, CountOut, CountryDetail, CountryOut

GroupBy = Literal["type", "country", "dyad", "year", "month"]
GROUPS: tuple[str, ...] = ("type", "country", "dyad", "year", "month")


def counts(*, session: Session, filters: EventFilters, group_by: GroupBy) -> list[CountOut]:
    """How many matching events fall in each group, most first (ties by key); exact, and
    cached under the data version."""
    conn = session.connection()
    rows = cached_count(
        conn, ("stats", group_by, filters), lambda: _counts(conn, filters, group_by)
    )
    return [CountOut(key=k, count=c) for k, c in rows]


def _counts(conn: Connection, filters: EventFilters, group_by: GroupBy) -> list[tuple[str, int]]:
    n = func.count().label("n")
    dialect = conn.dialect.name
    if group_by == "country":
        key: Any = col(EventCountry.code)
        stmt = select(key, n).select_from(EventCountry)
        if filters != EventFilters():
            stmt = _filtered(
                stmt.join(Event, col(Event.id) == col(EventCountry.event_id)), filters, dialect
            )
    else:
        key = {
            "type": col(Event.type),
            "dyad": func.replace(col(Event.countries_key), ",", "-"),
            "year": func.substr(col(Event.sort_date), 1, 4),
            "month": func.substr(col(Event.sort_date), 1, 7),
        }[group_by]
        stmt = _filtered(select(key, n).select_from(Event), filters, dialect)
        if group_by in ("year", "month"):
            stmt = stmt.where(col(Event.sort_date) != "")
        if group_by == "month":
            stmt = stmt.where(func.length(col(Event.date)) >= 7)
    rows = conn.execute(stmt.group_by(key).order_by(n.desc(), key))
    return [(str(k), int(c)) for k, c in rows]


def countries(*, session: Session, name: Any) -> list[CountryOut]:
    """Every country that is a party to some event, with its name and event count."""
    n = func.count().label("n")
    rows = session.execute(
        select(col(EventCountry.code), n)
        .group_by(col(EventCountry.code))
        .order_by(n.desc(), col(EventCountry.code))
    )
    return [CountryOut(code=c, name=name(c), events=int(k)) for c, k in rows]


def country(*, session: Session, code: str, name: Any) -> CountryDetail | None:
    """One country: its counterparts, its events by type, first and last event date."""
    mine = select(col(EventCountry.event_id)).where(col(EventCountry.code) == code).subquery()
    total = session.execute(select(func.count()).select_from(mine)).scalar_one()
    if not total:
        return None
    n = func.count().label("n")
    partners = session.execute(
        select(col(EventCountry.code), n)
        .join(mine, mine.c.event_id == col(EventCountry.event_id))
        .where(col(EventCountry.code) != code)
        .group_by(col(EventCountry.code))
        .order_by(n.desc(), col(EventCountry.code))
    )
    by_type = session.execute(
        select(col(Event.type), n)
        .join(mine, mine.c.event_id == col(Event.id))
        .group_by(col(Event.type))
        .order_by(n.desc(), col(Event.type))
    )
    first, last = session.execute(
        select(func.min(col(Event.date_lo)), func.max(col(Event.date_hi))).join(
            mine, mine.c.event_id == col(Event.id)
        )
    ).one()
    return CountryDetail(
        code=code,
        name=name(code),
        events=int(total),
        first_date=first,
        last_date=last,
        by_type=[CountOut(key=t, count=int(k)) for t, k in by_type],
        counterparts=[Counterpart(code=c, name=name(c), events=int(k)) for c, k in partners],
    )
