"""Settings, read from the environment (prefix-free names such as DATABASE_URL)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("data") / "diplo.db"


class Settings(BaseSettings):
    """Everything diplo can be told from outside; see the README's settings table."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DB_PATH}",
        description="SQLAlchemy URL of the database (sqlite:///path or postgresql+psycopg://...).",
    )
    max_page_size: int = Field(default=1000, ge=1, description="Largest `limit` a page may ask.")
    default_page_size: int = Field(default=50, ge=1, description="`limit` when none is given.")
    max_export_rows: int = Field(
        default=1_000_000, ge=1, description="Most events one CSV or JSON Lines export returns."
    )
    max_query_length: int = Field(
        default=8192, ge=256, description="Longest query string accepted (bytes); longer -> 414."
    )
    request_timeout_s: float = Field(
        default=30.0, gt=0, description="Seconds a request may take before a 503."
    )
    max_file_bytes: int = Field(
        default=20 * 1024 * 1024, ge=1, description="Files larger than this are not ingested."
    )
    db_pool_size: int = Field(default=5, ge=1, description="Connection pool size.")
    db_pool_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="Seconds a request waits for a free database connection before a 503.",
    )
    statement_timeout_ms: int = Field(
        default=15000, ge=0, description="Per-statement timeout (PostgreSQL; SQLite busy timeout)."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS (JSON list)."
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
