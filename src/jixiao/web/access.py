"""Who may see and do what. Evaluations outside a user's reach are reported as not found (404),
so an editor cannot even learn that another unit's evaluation exists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jixiao.web.tables import EvaluationRow, UnitRow, UserRow, UserUnitRow


class WebError(Exception):
    """An HTTP-level failure with one Chinese sentence."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NotFound(WebError):
    status = 404


class Forbidden(WebError):
    status = 403


@dataclass(frozen=True)
class Principal:
    id: int
    name: str
    role: str
    region: str
    unit_ids: frozenset[int]

    @property
    def is_editor(self) -> bool:
        return self.role == "editor"

    @property
    def is_reviewer(self) -> bool:
        return self.role == "reviewer"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def principal_for(db: Session, user: UserRow) -> Principal:
    unit_ids = frozenset(db.scalars(select(UserUnitRow.unit_id).where(UserUnitRow.user_id == user.id)))
    return Principal(user.id, user.name, user.role, user.region, unit_ids)


def visible_units(db: Session, who: Principal) -> list[UnitRow]:
    query = select(UnitRow).order_by(UnitRow.name)
    if who.is_editor:
        query = query.where(UnitRow.id.in_(who.unit_ids))
    elif who.is_reviewer:
        query = query.where(UnitRow.region == who.region)
    return list(db.scalars(query))


def scope(query: Select, who: Principal) -> Select:
    """Restrict an evaluations query to what ``who`` may read."""
    if who.is_admin:
        return query
    if who.is_editor:
        return query.where(EvaluationRow.unit_id.in_(who.unit_ids))
    return query.where(EvaluationRow.unit_id.in_(select(UnitRow.id).where(UnitRow.region == who.region)))


def readable(db: Session, who: Principal, evaluation_id: int) -> EvaluationRow:
    row = db.scalar(scope(select(EvaluationRow).where(EvaluationRow.id == evaluation_id), who))
    if row is None:
        raise NotFound(f"评价 {evaluation_id} 不存在或无权查看")
    return row


def require_editor_of(who: Principal, unit_id: int) -> None:
    if who.is_admin:
        return
    if not who.is_editor or unit_id not in who.unit_ids:
        raise Forbidden("只有本单位的填报员可以修改或提交该评价")


def require_reviewer(who: Principal) -> None:
    if not (who.is_reviewer or who.is_admin):
        raise Forbidden("只有复核员可以进行此操作")


def require_admin(who: Principal) -> None:
    if not who.is_admin:
        raise Forbidden("只有管理员可以进行此操作")
