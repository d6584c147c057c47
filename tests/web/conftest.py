"""Fixtures of the web tests: a database on SQLite and on a real PostgreSQL server, the app over it,
and a populated world (see webworld.py)."""

from __future__ import annotations

import os

os.environ.setdefault("JIXIAO_ARGON2_FAST", "1")  # cheap hashes in tests (set before jixiao.web.auth loads)

from collections.abc import Iterator
from pathlib import Path

import pytest
from webpg import PostgresServer
from webworld import World, build_world


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'jixiao.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def world(database_url: str) -> World:
    return build_world(database_url)
