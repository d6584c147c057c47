"""The evaluation list as a page: filters (see :func:`jixiao.web.store.filtered`), sorting, paging
(50 a page), counts over every match, the stated score beside the recomputed one, blank drafts
shown as 未填写, and evaluations that share unit, year, kind and title flagged as duplicates."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, cast, func, select
from sqlalchemy.orm import Session

from jixiao.web import pipeline, store
from jixiao.web.access import Principal, scope
from jixiao.web.tables import EvaluationRow, UnitRow

PAGE_SIZE = 50
SORTS: dict[str, tuple[str, Any]] = {
    "updated": ("更新时间", EvaluationRow.updated_at),
    "title": ("标题", EvaluationRow.title),
    "unit": ("单位", UnitRow.name),
    "year": ("年度", EvaluationRow.year),
    "status": ("状态", EvaluationRow.status),
    "total": ("复核得分", cast(EvaluationRow.total, Numeric(10, 2))),
    "findings": ("问题", EvaluationRow.open_findings),
}


@dataclass(frozen=True)
class Line:
    """One row of the list."""

    row: EvaluationRow
    unit: str
    stated_total: Decimal | None
    blank: bool
    duplicate: bool


@dataclass
class Listing:
    lines: list[Line]
    count: int
    page: int
    pages: int
    sort: str
    order: str
    grades: dict[str, int] = field(default_factory=dict)
    open_findings: int = 0


def page(db: Session, who: Principal, filters: store.Filters, sort: str = "updated", order: str = "",
         number: int = 1) -> Listing:
    """Page ``number`` (from 1) of the evaluations ``who`` may read that pass ``filters``, sorted
    by ``sort`` (a key of :data:`SORTS`; ``order`` asc/desc, newest or highest first by default)."""
    sort = sort if sort in SORTS else "updated"
    order = order if order in ("asc", "desc") else ("asc" if sort in ("title", "unit") else "desc")
    query = store.filtered(who, filters)
    matches = query.subquery()
    count = int(db.scalar(select(func.count()).select_from(matches)) or 0)
    grades = {str(g): int(n) for g, n in db.execute(
        select(matches.c.grade, func.count()).where(matches.c.grade.is_not(None)).group_by(matches.c.grade))}
    open_findings = int(db.scalar(select(func.coalesce(func.sum(matches.c.open_findings), 0))) or 0)
    pages = max(1, -(-count // PAGE_SIZE))
    number = min(max(1, number), pages)
    column = SORTS[sort][1]
    ordered = column.asc().nulls_last() if order == "asc" else column.desc().nulls_last()
    rows = db.execute(query.order_by(ordered, EvaluationRow.id.desc())
                      .limit(PAGE_SIZE).offset((number - 1) * PAGE_SIZE)).all()
    twins = _duplicated(db, who, [row for row, _name in rows])
    lines = []
    for row, unit in rows:
        parsed = pipeline.parsed(row.data)
        lines.append(Line(row, unit, parsed.stated_total, pipeline.is_blank(parsed),
                          (row.unit_id, row.year, row.kind, row.title) in twins))
    return Listing(lines, count, number, pages, sort, order,
                   {g: grades.get(g, 0) for g in ("优", "良", "中", "差")}, open_findings)


def _duplicated(db: Session, who: Principal, rows: list[EvaluationRow]) -> set[tuple[int, int, str, str]]:
    """The (unit, year, kind, title) keys among ``rows`` that more than one evaluation has."""
    if not rows:
        return set()
    keys = select(EvaluationRow.unit_id, EvaluationRow.year, EvaluationRow.kind, EvaluationRow.title).where(
        EvaluationRow.unit_id.in_({r.unit_id for r in rows}), EvaluationRow.title.in_({r.title for r in rows}))
    grouped = scope(keys, who).group_by(EvaluationRow.unit_id, EvaluationRow.year, EvaluationRow.kind,
                                        EvaluationRow.title).having(func.count() > 1)
    return {(int(u), int(y), str(k), str(t)) for u, y, k, t in db.execute(grouped)}
