"""The demo data set of ``make serve``: units, one user per role, the seed example as a draft."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jixiao.modelio import load_evaluation
from jixiao.web import store
from jixiao.web.access import principal_for
from jixiao.web.accounts import add_user, ensure_unit
from jixiao.web.db import make_engine, session_factory, transaction
from jixiao.web.tables import EvaluationRow, UserRow

DemoUser = tuple[str, str, str, list[str], str]


def seed_demo(url: str, example: Path, users: tuple[DemoUser, ...]) -> list[str]:
    """Create what is missing (idempotent) and return the lines to print."""
    engine = make_engine(url)
    lines = ["演示账号（用户名 / 密码 / 角色）："]
    with transaction(session_factory(engine)) as db:
        for name, password, role, units, region in users:
            for unit in units:
                ensure_unit(db, unit, region)
            if db.scalar(select(UserRow).where(UserRow.name == name)) is None:
                add_user(db, name, password, role, units, region)
            lines.append(f"  {name} / {password} / {role}{'（' + '、'.join(units) + '）' if units else ''}")
        evaluation = load_evaluation(example)
        editor = db.scalar(select(UserRow).where(UserRow.name == users[0][0]))
        assert editor is not None
        seed_unit = ensure_unit(db, evaluation.unit.name or users[0][3][0], evaluation.unit.region or users[0][4])
        if db.scalar(select(EvaluationRow.id).where(EvaluationRow.unit_id == seed_unit.id)) is None:
            store.create(db, principal_for(db, editor), seed_unit.id, evaluation, note=f"演示数据 {example.name}")
            lines.append(f"已写入示例评价：{evaluation.title or example.name}")
    engine.dispose()
    return lines
