"""The schema comes from the Alembic migrations, from an empty database, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from jixiao.web.db import current_revision, head_revision, make_engine, upgrade

EXPECTED_TABLES = {"units", "users", "user_units", "sessions", "login_failures", "evaluations",
                   "evaluation_versions", "comments", "rule_packs", "review_decisions", "rectifications",
                   "rectification_events", "alembic_version"}


def test_upgrade_from_empty_creates_every_table(database_url: str) -> None:
    assert current_revision(database_url) is None
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) == EXPECTED_TABLES
    finally:
        engine.dispose()
    assert current_revision(database_url) == head_revision()


def test_upgrade_twice_is_harmless(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)
    assert current_revision(database_url) == head_revision()


def test_sqlite_uses_wal(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_0004_gives_every_unit_a_region_and_enforces_it(database_url: str) -> None:
    """Units a mistyped 添加用户 created without a region get their editor's region, else their
    name's administrative prefix, else 未指定地区; afterwards a unit without a region cannot exist."""
    upgrade(database_url, "0003")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO units (name, region) VALUES ('甲镇', ''), ('重庆市璧山区丁家街道', ''), "
                              "('某中心', ''), ('乙镇', '重庆市璧山区')"))
            conn.execute(text("INSERT INTO users (name, password_hash, role, region, created_at) "
                              "VALUES ('ed', 'x', 'editor', '四川省成都市', '2026-01-01')"))
            conn.execute(text("INSERT INTO user_units (user_id, unit_id) SELECT u.id, n.id FROM users u, units n "
                              "WHERE u.name = 'ed' AND n.name = '甲镇'"))
        upgrade(database_url)
        assert current_revision(database_url) == "0004"
        with engine.begin() as conn:
            regions = dict(conn.execute(text("SELECT name, region FROM units")).all())
        assert regions == {"甲镇": "四川省成都市", "重庆市璧山区丁家街道": "重庆市璧山区", "某中心": "未指定地区",
                           "乙镇": "重庆市璧山区"}
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("INSERT INTO units (name, region) VALUES ('孤儿单位', '')"))
        columns = {c["name"] for c in inspect(engine).get_columns("users")}
        assert "disabled" in columns
    finally:
        engine.dispose()
