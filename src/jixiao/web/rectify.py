"""The reviewer's decision on an evaluation and the rectification (整改) of its error-level findings.

A reviewer records the decision (the reviewed total and grade, each with the reason it differs from
what the unit stated; an opinion text pre-filled from the findings; the deadline): every error-level
finding then becomes a rectification item. The unit's editor answers each item (整改中, 已整改 or
不予整改, with what was done or why not); the reviewer closes it, or reopens it. Every step is kept
in ``rectification_events``. Everything is reached through :func:`jixiao.web.access.readable`, so a
unit never sees another unit's decision, letter or items (they are "not found").

Each public function runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.model import Grade
from jixiao.numbers import format_score
from jixiao.web import pipeline
from jixiao.web.access import Forbidden, NotFound, Principal, WebError, readable, require_editor_of, scope
from jixiao.web.status import STATUS_LABELS
from jixiao.web.tables import (
    EvaluationRow,
    RectificationEventRow,
    RectificationRow,
    ReviewDecisionRow,
    UnitRow,
    UserRow,
    utcnow,
)

RECTIFICATION_LABELS = {"pending": "待整改", "in_progress": "整改中", "done": "已整改", "declined": "不予整改"}
ANSWERS = ("in_progress", "done", "declined")  # what the unit may answer
EVENT_LABELS = {"decide": "记录复核决定", "answer": "单位答复", "close": "复核确认关闭", "reopen": "复核重新打开"}
DECIDABLE = frozenset({"submitted", "resubmitted", "reviewed"})


@dataclass(frozen=True)
class Proposal:
    """What the decision form starts from: the stated and recomputed figures and the opinion drafted
    from the findings."""

    stated_total: str | None
    stated_grade: str | None
    total: str
    grade: str
    opinion: str
    errors: int


def _reviewer_of(db: Session, who: Principal, evaluation_id: int) -> EvaluationRow:
    row = readable(db, who, evaluation_id)
    if not (who.is_reviewer or who.is_admin):
        raise Forbidden("只有复核员可以记录复核决定或确认整改")
    return row


def proposal(db: Session, evaluation_id: int, row: EvaluationRow) -> tuple[Proposal, dict[str, Any]]:
    """The decision the findings suggest, and the letter data (:func:`jixiao.review.dossier.letter_data`)."""
    from jixiao.review.dossier import letter_data
    from jixiao.review.letters import opinion_text
    from jixiao.scoring import load_pack
    from jixiao.web.custom_packs import pack_of

    evaluation, assessment = pipeline.assess_stored(row.data, db)
    if assessment.score is None:
        raise WebError(f"该评价无法评分，不能记录复核决定：{assessment.error or '原因不明'}", 409)
    source = pipeline.pack_source(db, evaluation)  # the pack that scored it: shipped, or uploaded
    pack = pack_of(source) if source is not None else load_pack(evaluation.rule_pack)
    data = letter_data(evaluation, assessment.score, assessment.findings, pack, f"评价 {evaluation_id}")
    data["findings"] += [_finding_data(f) for f in across_years(db, row)[1]]
    errors = sum(1 for f in data["findings"] if f["severity"] == "error")
    return Proposal(data["stated_total"], data["stated_grade"], data["total"], data["grade"], opinion_text(data),
                    errors), data


def _finding_data(finding: Any) -> dict[str, Any]:
    source = finding.source
    return {"code": finding.code, "severity": finding.severity.value, "title": finding.title,
            "message": finding.message, "location": finding.location, "where": source.location if source else "",
            "quote": source.text if source else "", "guessed": bool(source and source.guessed)}


def across_years(db: Session, row: EvaluationRow) -> tuple[list[dict[str, Any]], list[Any]]:
    """The unit's stored years of the same kind (and project), and the year-over-year findings of this
    one (:mod:`jixiao.across`): (figures by year, findings)."""
    from jixiao.across import series_findings, unit_years
    from jixiao.across.record import record_of

    records = []
    for other in db.scalars(select(EvaluationRow).where(EvaluationRow.unit_id == row.unit_id,
                                                        EvaluationRow.kind == row.kind)):
        evaluation, assessment = pipeline.assess_stored(other.data, db)
        records.append(record_of(evaluation, assessment.score, key=str(other.id)))
    mine = next((r for r in records if r.key == str(row.id)), None)
    if mine is None or not mine.series:
        return [], []
    series = [r for r in records if r.series == mine.series]
    if len({r.year for r in series}) < 2:
        return [], []
    found = [f for key, f in series_findings(series) if key == mine.key]
    return unit_years(series), found


def decision_of(db: Session, evaluation_id: int) -> ReviewDecisionRow | None:
    return db.scalar(select(ReviewDecisionRow).where(ReviewDecisionRow.evaluation_id == evaluation_id))


def _total(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise WebError(f"复核总分应是 0 到 100 之间的数（收到 \"{text}\"）") from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise WebError(f"复核总分应是 0 到 100 之间的数（收到 \"{text}\"）")
    return value


def _deadline(text: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise WebError(f"整改期限应写成 2025-06-30 的形式（收到 \"{text}\"）") from None


def record_decision(db: Session, who: Principal, evaluation_id: int, *, total: str, total_reason: str, grade: str,
                    grade_reason: str, opinion: str, deadline: str, reviewer_unit: str) -> ReviewDecisionRow:
    """Record (or revise) the decision; open a rectification item for each error-level finding not yet
    listed. A reviewed total or grade that differs from the stated one needs its reason."""
    row = _reviewer_of(db, who, evaluation_id)
    if row.status not in DECIDABLE:
        raise WebError(f"该评价当前状态为「{STATUS_LABELS[row.status]}」，提交后才能记录复核决定", 409)
    suggested, _data = proposal(db, evaluation_id, row)
    reviewed_total = format_score(_total(total))
    if grade not in {g.value for g in Grade}:
        raise WebError(f"复核等级只能是 优、良、中、差（收到 \"{grade}\"）")
    if reviewed_total != (suggested.stated_total or "") and not total_reason.strip():
        raise WebError(f"复核总分 {reviewed_total} 与单位自评总分 {suggested.stated_total or '（未写明）'} 不同，"
                       "请填写调整理由")
    if grade != (suggested.stated_grade or "") and not grade_reason.strip():
        raise WebError(f"复核等级“{grade}”与单位自评等级“{suggested.stated_grade or '未写明'}”不同，请填写调整理由")
    if not opinion.strip():
        raise WebError("复核意见不能为空")
    due = _deadline(deadline)
    decision = decision_of(db, evaluation_id)
    if decision is None:
        decision = ReviewDecisionRow(evaluation_id=evaluation_id)
        db.add(decision)
    decision.version = row.version
    decision.reviewed_total = reviewed_total
    decision.total_reason = total_reason.strip()
    decision.reviewed_grade = grade
    decision.grade_reason = grade_reason.strip()
    decision.opinion = opinion.strip()
    decision.deadline = due
    decision.reviewer_unit = reviewer_unit.strip()
    decision.decided_by = who.id
    decision.decided_at = utcnow()
    opened = _open_items(db, evaluation_id, row, due)
    db.add(RectificationEventRow(
        evaluation_id=evaluation_id, actor_id=who.id, action="decide",
        text=f"复核总分 {reviewed_total}，等级 {grade}" + (f"；新增整改事项 {opened} 项" if opened else "")
        + (f"；整改期限 {due.isoformat()}" if due else "")))
    db.flush()
    return decision


def _open_items(db: Session, evaluation_id: int, row: EvaluationRow, due: dt.date | None) -> int:
    """One item per error-level finding (by code, field and message) not already listed; the deadline
    of items still open follows the decision."""
    _evaluation, assessment = pipeline.assess_stored(row.data, db)
    existing = {(r.code, r.location, r.message): r for r in
                db.scalars(select(RectificationRow).where(RectificationRow.evaluation_id == evaluation_id))}
    opened = 0
    for finding in assessment.findings:
        if finding.severity.value != "error":
            continue
        key = (finding.code, finding.location, finding.message)
        if key in existing:
            if not existing[key].closed:
                existing[key].deadline = due
            continue
        db.add(RectificationRow(evaluation_id=evaluation_id, code=finding.code, title=finding.title,
                                message=finding.message, location=finding.location, status="pending",
                                deadline=due))
        opened += 1
    db.flush()
    return opened


def _item(db: Session, who: Principal, item_id: int) -> tuple[RectificationRow, EvaluationRow]:
    item = db.get(RectificationRow, item_id)
    if item is None:
        raise NotFound(f"整改事项 {item_id} 不存在或无权查看")
    try:
        row = readable(db, who, item.evaluation_id)
    except NotFound:
        raise NotFound(f"整改事项 {item_id} 不存在或无权查看") from None
    return item, row


def answer(db: Session, who: Principal, item_id: int, status: str, text: str) -> RectificationRow:
    """The unit's editor answers an item: 整改中, 已整改 (saying what was done) or 不予整改 (with the reason)."""
    item, row = _item(db, who, item_id)
    require_editor_of(who, row.unit_id)
    if item.closed:
        raise WebError("该整改事项已由复核员确认关闭，不能再修改", 409)
    if status not in ANSWERS:
        raise WebError(f"整改状态只能是 {'、'.join(RECTIFICATION_LABELS[s] for s in ANSWERS)}")
    if status in ("done", "declined") and not text.strip():
        what = "整改情况" if status == "done" else "不予整改的理由"
        raise WebError(f"选择“{RECTIFICATION_LABELS[status]}”时须填写{what}")
    item.status = status
    item.answer = text.strip()
    item.updated_at = utcnow()
    db.add(RectificationEventRow(evaluation_id=item.evaluation_id, rectification_id=item.id, actor_id=who.id,
                                 action="answer", status=status, text=text.strip()))
    db.flush()
    return item


def close(db: Session, who: Principal, item_id: int, text: str = "") -> RectificationRow:
    """The reviewer accepts the unit's answer (已整改 or 不予整改) and closes the item."""
    item, _row = _item(db, who, item_id)
    _reviewer_of(db, who, item.evaluation_id)
    if item.closed:
        raise WebError("该整改事项已关闭", 409)
    if item.status not in ("done", "declined"):
        raise WebError(f"单位尚未答复“已整改”或“不予整改”（当前：{RECTIFICATION_LABELS[item.status]}），不能关闭", 409)
    item.closed = True
    item.updated_at = utcnow()
    db.add(RectificationEventRow(evaluation_id=item.evaluation_id, rectification_id=item.id, actor_id=who.id,
                                 action="close", status=item.status, text=text.strip()))
    db.flush()
    return item


def reopen(db: Session, who: Principal, item_id: int, text: str) -> RectificationRow:
    """The reviewer does not accept the answer: the item is 待整改 again, with the reason."""
    item, _row = _item(db, who, item_id)
    _reviewer_of(db, who, item.evaluation_id)
    if not text.strip():
        raise WebError("重新打开整改事项时须填写理由")
    item.closed = False
    item.status = "pending"
    item.updated_at = utcnow()
    db.add(RectificationEventRow(evaluation_id=item.evaluation_id, rectification_id=item.id, actor_id=who.id,
                                 action="reopen", status="pending", text=text.strip()))
    db.flush()
    return item


def item_view(item: RectificationRow) -> dict[str, Any]:
    return {"id": item.id, "evaluation_id": item.evaluation_id, "code": item.code, "title": item.title,
            "message": item.message, "location": item.location, "status": item.status,
            "status_label": RECTIFICATION_LABELS[item.status], "answer": item.answer, "closed": item.closed,
            "deadline": item.deadline.isoformat() if item.deadline else None}


def items(db: Session, who: Principal, evaluation_id: int) -> list[dict[str, Any]]:
    readable(db, who, evaluation_id)
    rows = db.scalars(select(RectificationRow).where(RectificationRow.evaluation_id == evaluation_id)
                      .order_by(RectificationRow.id))
    return [item_view(r) for r in rows]


def history(db: Session, who: Principal, evaluation_id: int) -> list[dict[str, Any]]:
    """Every step of the review and the rectification, oldest first."""
    readable(db, who, evaluation_id)
    query = (select(RectificationEventRow, UserRow.name)
             .outerjoin(UserRow, UserRow.id == RectificationEventRow.actor_id)
             .where(RectificationEventRow.evaluation_id == evaluation_id)
             .order_by(RectificationEventRow.id))
    return [{"id": e.id, "item": e.rectification_id, "action": e.action, "action_label": EVENT_LABELS[e.action],
             "status": e.status, "status_label": RECTIFICATION_LABELS.get(e.status, ""), "text": e.text,
             "actor": name or "", "at": e.at.isoformat(sep=" ", timespec="seconds")}
            for e, name in db.execute(query).all()]


def decision_view(decision: ReviewDecisionRow | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {"version": decision.version, "total": decision.reviewed_total, "total_reason": decision.total_reason,
            "grade": decision.reviewed_grade, "grade_reason": decision.grade_reason, "opinion": decision.opinion,
            "deadline": decision.deadline.isoformat() if decision.deadline else None,
            "reviewer_unit": decision.reviewer_unit,
            "decided_at": decision.decided_at.isoformat(sep=" ", timespec="seconds")}


def overview(db: Session, who: Principal, include_closed: bool = False) -> list[dict[str, Any]]:
    """Rectification items within reach (a reviewer's region, an editor's units), open ones by default,
    by deadline (none last), then unit."""
    query = scope(select(RectificationRow, EvaluationRow, UnitRow.name)
                  .join(EvaluationRow, EvaluationRow.id == RectificationRow.evaluation_id)
                  .join(UnitRow, UnitRow.id == EvaluationRow.unit_id), who)
    if not include_closed:
        query = query.where(RectificationRow.closed.is_(False))
    rows = db.execute(query).all()
    out = [{**item_view(item), "unit": unit, "evaluation_title": evaluation.title, "year": evaluation.year}
           for item, evaluation, unit in rows]
    return sorted(out, key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["unit"], r["id"]))


def by_unit(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The overview grouped by unit: open items, the nearest deadline, how many overdue."""
    today = dt.date.today().isoformat()
    groups: dict[str, dict[str, Any]] = {}
    for entry in entries:
        group = groups.setdefault(entry["unit"], {"unit": entry["unit"], "entries": [], "nearest": None, "overdue": 0})
        group["entries"].append(entry)
        if entry["deadline"] and not entry["closed"]:
            group["nearest"] = min(filter(None, [group["nearest"], entry["deadline"]]))
            group["overdue"] += entry["deadline"] < today and entry["status"] in ("pending", "in_progress")
    return sorted(groups.values(), key=lambda g: (g["nearest"] is None, g["nearest"] or "", g["unit"]))


def letter(db: Session, who: Principal, evaluation_id: int) -> tuple[str, bytes]:
    """The review letter of the recorded decision, in the official Word layout: (file name, bytes)."""
    import tempfile
    from pathlib import Path

    from jixiao.review.letter_settings import LetterSettings
    from jixiao.review.letters import build_letter
    from jixiao.writers.docx import write_docx

    row = readable(db, who, evaluation_id)
    decision = decision_of(db, evaluation_id)
    if decision is None:
        raise NotFound("该评价尚未记录复核决定，没有复核意见可下载")
    _proposal, data = proposal(db, evaluation_id, row)
    settings = LetterSettings(reviewer_unit=decision.reviewer_unit or None, date=decision.decided_at.date(),
                              deadline=decision.deadline)
    report = build_letter(data, settings, decision=decision_view(decision))
    name = f"复核意见-{data['unit'] or '单位'}-{row.year}.docx".replace("/", "_")
    with tempfile.TemporaryDirectory(prefix="jixiao-letter-") as folder:
        path = write_docx(report, Path(folder) / "letter.docx")
        return name, path.read_bytes()
