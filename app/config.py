"""Settings from the environment (pydantic-settings), read through one cached getter that tests override."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CHRONICLE_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./chronicle.db",
        validation_alias=AliasChoices("DATABASE_URL", "CHRONICLE_DATABASE_URL"),
        description="SQLAlchemy URL: sqlite:///path or postgresql://user@host/db",
    )
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("LOG_LEVEL", "CHRONICLE_LOG_LEVEL"))
    log_format: Literal["json", "text"] = "json"
    max_body_bytes: int = Field(default=1_000_000, ge=1, description="Largest request body accepted")
    max_text_chars: int = Field(default=500_000, ge=1, description="Longest article body or text accepted")
    max_title_chars: int = Field(default=1_000, ge=1)
    date_order: Literal["MDY", "DMY", "YMD"] = Field(
        default="MDY", description="How 9/1/2021 is read: US month-first by default"
    )
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Comma-separated bearer keys for writes"
    )
    read_auth: bool = False
    db_pool_size: int = Field(default=10, ge=1)
    migrate_on_start: bool = Field(default=True, description="Apply migrations when the app starts")
    rate_limit: str | None = Field(
        default=None,
        pattern=r"^\d+/(second|minute|hour)$",
        description='Per key or client, e.g. "120/minute"',
    )
    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("REDIS_URL", "CHRONICLE_REDIS_URL"),
        description="Shared rate-limit counters across replicas; in-process counters without it",
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Comma-separated origins allowed to call the API from a browser"
    )
    max_batch_items: int = Field(default=100, ge=1, description="Most articles in one batch request")
    request_timeout_s: float = Field(
        default=30.0, gt=0, description="Longest a request may run before its response starts (503)"
    )
    idempotency_ttl_hours: float = Field(default=24.0, gt=0, description="How long Idempotency-Keys replay")

    @field_validator("database_url")
    @classmethod
    def _parseable_url(cls, value: str) -> str:
        try:
            make_url(value)
        except ArgumentError as error:
            raise ValueError(
                f"not a database URL: {value!r} (sqlite:///path or postgresql://user@host/db)"
            ) from error
        return value

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
