"""/v1/stats and /v1/countries: counts next to the rows."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app import stats
from app.api.deps import FiltersDep, GazetteerDep, SessionDep, resolve_country
from app.api.errors import ApiError
from app.schemas import CountOut, CountryDetail, CountryOut, ErrorOut

router = APIRouter(tags=["counts"])
ERRORS: dict[int | str, dict[str, object]] = {
    422: {"model": ErrorOut, "description": "A parameter is malformed; the error names it."}
}


@router.get("/v1/stats", response_model=list[CountOut], responses=ERRORS)
def event_stats(
    session: SessionDep,
    filters: FiltersDep,
    group_by: Annotated[
        stats.GroupBy,
        Query(
            description="Count events by type, country, dyad (the set of parties), year or month.",
            examples=["year"],
        ),
    ],
) -> list[CountOut]:
    """How many events match the filters, by group, most first."""
    return stats.counts(session=session, filters=filters, group_by=group_by)


@router.get("/v1/countries", response_model=list[CountryOut])
def list_countries(session: SessionDep, gazetteer: GazetteerDep) -> list[CountryOut]:
    """Every country that is a party to an event, with its name and event count."""
    return stats.countries(session=session, name=gazetteer.name)


@router.get(
    "/v1/countries/{code}",
    response_model=CountryDetail,
    responses={**ERRORS, 404: {"model": ErrorOut, "description": "No events for this country."}},
)
def get_country(
    code: Annotated[
        str, Path(description="ISO alpha-3, alpha-2 or English name.", examples=["AZE"])
    ],
    session: SessionDep,
    gazetteer: GazetteerDep,
) -> CountryDetail:
    """A country's counterparts with counts, its events by type, and its first and last dates."""
    alpha3 = resolve_country(gazetteer, code, parameter="code")
    found = stats.country(session=session, code=alpha3, name=gazetteer.name)
    if found is None:
        raise ApiError(404, f"no events for country {alpha3!r}")
    return found
