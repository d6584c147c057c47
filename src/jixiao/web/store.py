"""Evaluations in the database: create, save with optimistic locking, status changes, comments,
versions. Each public function runs inside the caller's transaction (one save, one transaction)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from jixiao.errors import InputError
from jixiao.model import Evaluation
from jixiao.modelio import dump_json, parse_evaluation_text
from jixiao.web import pipeline
from jixiao.web.access import Forbidden, NotFound, Principal, WebError, readable, require_editor_of, scope
from jixiao.web.status import ACTIONS, EDITABLE, PENDING, REASON_REQUIRED, STATUS_LABELS, UNDER_REVIEW, next_status
from jixiao.web.tables import CommentRow, EvaluationRow, UnitRow, UserRow, VersionRow, utcnow
from jixiao.writers.placeholders import stated_or_placeholder


class Conflict(WebError):
    """A save based on an old version. Both versions are kept: ``conflict_id`` holds the loser."""

    status = 409

    def __init__(self, current: EvaluationRow, base_version: int, conflict_id: int) -> None:
        super().__init__(
            f"保存冲突：您基于第 {base_version} 版修改，但他人已保存第 {current.version} 版。"
            f"您的修改已另存为冲突稿 #{conflict_id}，未覆盖他人的版本；请对照两版后重新保存。"
        )
        self.current = current
        self.base_version = base_version
        self.conflict_id = conflict_id


@dataclass(frozen=True)
class Filters:
    year: int | None = None
    unit_id: int | None = None
    kind: str | None = None
    grade: str | None = None
    status: str | None = None
    q: str | None = None


def to_json(evaluation: Evaluation) -> str:
    return dump_json(evaluation)


def from_json(text: str) -> Evaluation:
    return parse_evaluation_text(text, "json", "数据库中的评价")


def _summarise(row: EvaluationRow, evaluation: Evaluation, db: Session) -> pipeline.Assessment:
    # ``db`` is read only when the evaluation names a custom (uploaded) rule pack
    if evaluation.year is None:  # a report that states no year can be read, not stored without one
        raise InputError("评价年度：报告中没有写明年度，请填写评价年度后再保存")
    _evaluation, result = pipeline.assess_stored(to_json(evaluation), db)  # warms the cache for the next read
    row.year = evaluation.year
    row.kind = evaluation.kind.value
    row.title = _title(evaluation)
    scored = result.score is not None and not result.blank
    row.total = str(result.score.total) if scored and result.score is not None else None
    row.grade = str(result.score.grade.value) if scored and result.score is not None else None
    row.open_findings = result.open_findings
    return result


def _title(evaluation: Evaluation) -> str:
    """The row's title: the report's own, led by the project's name when the title does not hold it (a
    form titled only 项目支出绩效自评表 names its project in a cell), so two projects' forms differ."""
    name = stated_or_placeholder(evaluation.unit.name, "unit.name")  # (an empty name is no name)
    title = evaluation.title or f"{name} {evaluation.year} 年度绩效自评"
    project = evaluation.project.name if evaluation.project is not None else ""
    if project and project not in title:
        title = f"{project} {title}"
    return title[:300]


DEFAULT_PAGE = 100  # evaluations per API page unless the caller asks for another size
MAX_PAGE = 1000


def list_evaluations(db: Session, who: Principal, filters: Filters, limit: int = DEFAULT_PAGE,
                     offset: int = 0) -> tuple[int, list[tuple[EvaluationRow, str]]]:
    """How many evaluations ``who`` may read pass ``filters``, and ``limit`` of them from ``offset``,
    most recently changed first."""
    query = filtered(who, filters)
    total = int(db.scalar(select(func.count()).select_from(query.subquery())) or 0)
    page = query.order_by(EvaluationRow.updated_at.desc(), EvaluationRow.id.desc()).limit(limit).offset(offset)
    return total, [(row, name) for row, name in db.execute(page).all()]


def filtered(who: Principal, filters: Filters) -> Select[Any]:
    """The evaluations ``who`` may read that pass ``filters``, with their unit's name. The status
    ``pending`` means 待复核 (submitted or resubmitted)."""
    query = scope(select(EvaluationRow, UnitRow.name).join(UnitRow, UnitRow.id == EvaluationRow.unit_id), who)
    if filters.year:
        query = query.where(EvaluationRow.year == filters.year)
    if filters.unit_id:
        query = query.where(EvaluationRow.unit_id == filters.unit_id)
    if filters.kind:
        query = query.where(EvaluationRow.kind == filters.kind)
    if filters.grade:
        query = query.where(EvaluationRow.grade == filters.grade)
    if filters.status == PENDING:
        query = query.where(EvaluationRow.status.in_(UNDER_REVIEW))
    elif filters.status:
        query = query.where(EvaluationRow.status == filters.status)
    if filters.q:
        pattern = f"%{filters.q.strip()}%"
        query = query.where(or_(EvaluationRow.title.like(pattern), UnitRow.name.like(pattern)))
    return query


def duplicate_of(db: Session, unit_id: int, evaluation: Evaluation) -> EvaluationRow | None:
    """An existing evaluation of the same unit, year, kind and title, if any."""
    return db.scalar(select(EvaluationRow).where(
        EvaluationRow.unit_id == unit_id, EvaluationRow.year == evaluation.year,
        EvaluationRow.kind == evaluation.kind.value, EvaluationRow.title == _title(evaluation),
    ).order_by(EvaluationRow.id).limit(1))


class Duplicate(WebError):
    """A new evaluation like an existing one (same unit, year, kind and title), not confirmed."""

    status = 409

    def __init__(self, existing: EvaluationRow) -> None:
        super().__init__(
            f"该单位已有相同年度、类型和标题的评价（#{existing.id}「{existing.title}」，"
            f"{STATUS_LABELS[existing.status]}）；如确需再建一份，请勾选“仍然新建”后重试"
        )
        self.existing = existing


def create(
    db: Session, who: Principal, unit_id: int, evaluation: Evaluation, note: str = "新建",
    warnings: list[str] | None = None, allow_duplicate: bool = False,
) -> EvaluationRow:
    """A new draft; :class:`Duplicate` when the unit has one with the same year, kind and title,
    unless ``allow_duplicate``."""
    require_editor_of(who, unit_id)
    row = EvaluationRow(
        unit_id=unit_id, status="draft", version=1, updated_by=who.id,
        import_warnings=json.dumps(warnings or [], ensure_ascii=False),
    )
    _summarise(row, evaluation, db)  # before the first statement: on SQLite that takes the write lock
    unit = db.get(UnitRow, unit_id)
    if unit is None:
        raise NotFound(f"单位 {unit_id} 不存在")
    filled = {"name": evaluation.unit.name or unit.name, "region": evaluation.unit.region or unit.region}
    evaluation = evaluation.model_copy(update={"unit": evaluation.unit.model_copy(update=filled)})
    row.title = _title(evaluation)
    existing = duplicate_of(db, unit_id, evaluation)
    if existing is not None and not allow_duplicate:
        raise Duplicate(existing)
    row.data = to_json(evaluation)
    db.add(row)
    db.flush()
    db.add(VersionRow(evaluation_id=row.id, version=1, status="draft", data=row.data, note=note, author_id=who.id))
    db.flush()
    return row


def create_imported(
    db: Session, who: Principal, unit_id: int, readings: list[tuple[Evaluation, list[str]]], note: str,
    allow_duplicate: bool = False,
) -> list[EvaluationRow]:
    """One draft per form read from one file. A form like an earlier evaluation of the unit raises
    :class:`Duplicate` unless ``allow_duplicate``; forms of the file alike among themselves are kept."""
    rows: list[EvaluationRow] = []
    for evaluation, warnings in readings:
        existing = duplicate_of(db, unit_id, evaluation)
        alike = existing is not None and any(existing.id == row.id for row in rows)
        rows.append(create(db, who, unit_id, evaluation, note=note, warnings=warnings,
                           allow_duplicate=allow_duplicate or alike))
    return rows


def save(
    db: Session, who: Principal, evaluation_id: int, evaluation: Evaluation, base_version: int
) -> tuple[EvaluationRow, Conflict | None]:
    """Save a new version if ``base_version`` is still current, else keep it as a conflict draft.

    A conflict is returned, not raised, so the caller commits the kept draft before reporting it."""
    # scoring first: on SQLite the write lock is taken by the first statement below
    probe = EvaluationRow()
    _summarise(probe, evaluation, db)
    data = to_json(evaluation)
    row = readable(db, who, evaluation_id)
    require_editor_of(who, row.unit_id)
    if row.status not in EDITABLE:
        raise Forbidden(f"该评价当前状态为「{STATUS_LABELS[row.status]}」，不能修改")
    result = db.execute(
        update(EvaluationRow)
        .where(EvaluationRow.id == row.id, EvaluationRow.version == base_version)
        .values(
            version=base_version + 1, data=data, year=probe.year, kind=probe.kind, title=probe.title,
            total=probe.total, grade=probe.grade, open_findings=probe.open_findings,
            updated_at=utcnow(), updated_by=who.id,
        )
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        loser = VersionRow(
            evaluation_id=row.id, version=base_version, conflict=1, status=row.status, data=data,
            note="保存冲突时的未采用稿", author_id=who.id,
        )
        db.add(loser)
        db.flush()
        db.refresh(row)
        return row, Conflict(row, base_version, loser.id)
    db.add(VersionRow(evaluation_id=row.id, version=base_version + 1, status=row.status, data=data,
                      note="保存", author_id=who.id))
    db.flush()
    db.refresh(row)
    return row, None


def transition(
    db: Session, who: Principal, evaluation_id: int, action: str, comment: str = "", field: str = ""
) -> EvaluationRow:
    row = readable(db, who, evaluation_id)
    if action not in ACTIONS:
        raise NotFound(f"没有操作 {action}")
    actor = ACTIONS[action][2]
    if actor == "editor":
        require_editor_of(who, row.unit_id)
    elif actor == "admin" and not who.is_admin:
        raise Forbidden("只有管理员可以重新打开已复核的评价")
    elif not (who.is_reviewer or who.is_admin):
        raise Forbidden("只有复核员可以进行此操作")
    target = next_status(action, row.status)
    if target is None:
        raise WebError(f"当前状态「{STATUS_LABELS[row.status]}」下不能{_label(action)}", 409)
    if action in REASON_REQUIRED and not comment.strip():
        raise WebError(REASON_REQUIRED[action])
    if action == "submit":
        evaluation, assessment = pipeline.assess_stored(row.data, db)
        missing = pipeline.missing_for_submit(evaluation, assessment.score)
        if missing:
            raise WebError(f"尚不能提交，以下内容未填写：{'、'.join(missing[:15])}"
                           + (f" 等 {len(missing)} 项" if len(missing) > 15 else ""), 422)
    if comment.strip():
        db.add(CommentRow(evaluation_id=row.id, version=row.version, field=field.strip(), text=comment.strip(),
                          author_id=who.id))
    row.status = target
    row.version += 1
    row.updated_at = utcnow()
    row.updated_by = who.id
    note = f"{_label(action)}：{comment.strip()}" if action in REASON_REQUIRED else _label(action)
    db.add(VersionRow(evaluation_id=row.id, version=row.version, status=target, data=row.data,
                      note=note[:300], author_id=who.id))
    db.flush()
    return row


def _label(action: str) -> str:
    from jixiao.web.status import ACTION_LABELS

    return ACTION_LABELS.get(action, action)


def add_comment(db: Session, who: Principal, evaluation_id: int, text: str, field: str = "") -> CommentRow:
    row = readable(db, who, evaluation_id)
    if not (who.is_reviewer or who.is_admin):
        raise Forbidden("只有复核员可以填写复核意见")
    if not text.strip():
        raise WebError("意见内容不能为空")
    comment = CommentRow(evaluation_id=row.id, version=row.version, field=field.strip(), text=text.strip(),
                         author_id=who.id)
    db.add(comment)
    db.flush()
    return comment


def comments(db: Session, evaluation_id: int) -> list[dict[str, Any]]:
    query = (
        select(CommentRow, UserRow.name)
        .outerjoin(UserRow, UserRow.id == CommentRow.author_id)
        .where(CommentRow.evaluation_id == evaluation_id)
        .order_by(CommentRow.id)
    )
    return [
        {"id": c.id, "version": c.version, "field": c.field, "text": c.text, "author": name or "",
         "created_at": c.created_at.isoformat(timespec="seconds")}
        for c, name in db.execute(query).all()
    ]


def versions(db: Session, evaluation_id: int) -> list[dict[str, Any]]:
    query = (
        select(VersionRow, UserRow.name)
        .outerjoin(UserRow, UserRow.id == VersionRow.author_id)
        .where(VersionRow.evaluation_id == evaluation_id)
        .order_by(VersionRow.version, VersionRow.id)
    )
    return [
        {"id": v.id, "version": v.version, "conflict": bool(v.conflict), "status": v.status, "note": v.note,
         "author": name or "", "created_at": v.created_at.isoformat(timespec="seconds")}
        for v, name in db.execute(query).all()
    ]


def version_data(db: Session, evaluation_id: int, version_id: int) -> VersionRow:
    row = db.get(VersionRow, version_id)
    if row is None or row.evaluation_id != evaluation_id:
        raise NotFound(f"版本 {version_id} 不存在")
    return row


def counts_by_status(db: Session, who: Principal) -> dict[str, int]:
    query = scope(select(EvaluationRow.status, func.count()).group_by(EvaluationRow.status), who)
    return {status: int(n) for status, n in db.execute(query).all()}
