"""Settings read from the environment, so every worker process sees the same values."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.web.archive_limits import ArchiveLimits

DEFAULT_DB_PATH = Path("data") / "jixiao.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    max_upload_bytes: int = 10 * 1024 * 1024
    parse_timeout_seconds: float = 30.0
    parse_memory_bytes: int = 1024 * 1024 * 1024
    session_days: int = 7
    login_max_failures: int = 5
    login_window_minutes: int = 15
    login_base_delay_seconds: float = 30.0
    secure_cookies: bool = False
    archive_limits: ArchiveLimits = field(default_factory=ArchiveLimits)


def database_url() -> str:
    """``JIXIAO_DATABASE_URL`` or the SQLite file ``./data/jixiao.db``."""
    url = os.environ.get("JIXIAO_DATABASE_URL", "").strip()
    if url:
        return url
    return f"sqlite:///{DEFAULT_DB_PATH}"


def load_settings(url: str | None = None) -> Settings:
    return Settings(
        database_url=url or database_url(),
        max_upload_bytes=int(os.environ.get("JIXIAO_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)),
        parse_timeout_seconds=float(os.environ.get("JIXIAO_PARSE_TIMEOUT", 30)),
        parse_memory_bytes=int(os.environ.get("JIXIAO_PARSE_MEMORY_MB", 1024)) * 1024 * 1024,
        secure_cookies=os.environ.get("JIXIAO_SECURE_COOKIES", "") == "1",
    )
