"""The JSON API under ``/api/``: the same operations as the pages, documented at ``/docs``."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from jixiao.errors import JixiaoError
from jixiao.web import accounts, pipeline, store
from jixiao.web.access import NotFound, WebError, readable, require_admin, require_editor_of, visible_units
from jixiao.web.deps import Who, settings, tx, who, wtx
from jixiao.web.history import diff
from jixiao.web.schemas import (
    ActionRequest,
    CommentRequest,
    CreateRequest,
    EvaluationDetail,
    EvaluationSummary,
    PasswordChange,
    PasswordReset,
    SaveRequest,
    UnitRequest,
    UserRequest,
)
from jixiao.web.tables import UnitRow, UserRow
from jixiao.web.views import detail, summary

router = APIRouter(prefix="/api", tags=["api"])
Caller = Annotated[Who, Depends(who)]


def _unit_name(db: Any, unit_id: int) -> str:
    unit = db.get(UnitRow, unit_id)
    return unit.name if unit else ""


@router.get("/me", summary="当前用户")
def me(caller: Caller) -> dict[str, Any]:
    p = caller.principal
    return {"id": p.id, "name": p.name, "role": p.role, "region": p.region, "unit_ids": sorted(p.unit_ids),
            "csrf_token": caller.csrf}


@router.get("/units", summary="可见的单位")
def units(request: Request, caller: Caller) -> list[dict[str, Any]]:
    with tx(request) as db:
        return [{"id": u.id, "name": u.name, "region": u.region} for u in visible_units(db, caller.principal)]


@router.get("/templates", summary="可用的模板（jixiao init）")
def templates(caller: Caller) -> list[dict[str, str]]:
    return [{"name": name, "title": title} for name, title in pipeline.starters()]


@router.get("/evaluations", summary="评价列表（分页：limit / offset，总数在 X-Total-Count）",
            response_model=list[EvaluationSummary])
def list_evaluations(
    request: Request, response: Response, caller: Caller, year: int | None = None, unit_id: int | None = None,
    kind: str | None = None, grade: str | None = None, status: str | None = None, q: str | None = None,
    limit: Annotated[int, Query(ge=1, le=store.MAX_PAGE)] = store.DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    filters = store.Filters(year, unit_id, kind or None, grade or None, status or None, q or None)
    with tx(request) as db:
        total, rows = store.list_evaluations(db, caller.principal, filters, limit, offset)
    response.headers["X-Total-Count"] = str(total)
    return [summary(row, name) for row, name in rows]


@router.post("/evaluations", summary="新建评价（从模板或 JSON）", status_code=201, response_model=EvaluationDetail)
def create(request: Request, body: CreateRequest, caller: Caller) -> dict[str, Any]:
    if body.evaluation is not None:
        evaluation = body.evaluation
    elif body.template:
        evaluation = pipeline.from_starter(body.template)
    else:
        raise WebError("需要提供 template 或 evaluation")
    with wtx(request) as db:
        row = store.create(db, caller.principal, body.unit_id, evaluation, allow_duplicate=body.confirm_duplicate)
        return detail(row, _unit_name(db, row.unit_id))


@router.post("/import", summary="导入报告文件为草稿", status_code=201, response_model=EvaluationDetail)
async def import_report(
    request: Request, caller: Caller, unit_id: Annotated[int, Form()], file: Annotated[UploadFile, File()],
    confirm_duplicate: Annotated[bool, Form()] = False, form: Annotated[int | None, Form(ge=1)] = None,
) -> dict[str, Any]:
    """One draft: the report's form ``form`` (from 1; the first by default) when it holds several 自评表."""
    return (await _import(request, caller, unit_id, file, confirm_duplicate, form, all_forms=False))[0]


@router.post("/import/all", summary="导入报告文件：每张自评表一份草稿", status_code=201,
             response_model=list[EvaluationDetail])
async def import_all_forms(
    request: Request, caller: Caller, unit_id: Annotated[int, Form()], file: Annotated[UploadFile, File()],
    confirm_duplicate: Annotated[bool, Form()] = False,
) -> list[dict[str, Any]]:
    """One draft per 自评表 of the report (one for a report with one form)."""
    return await _import(request, caller, unit_id, file, confirm_duplicate, None, all_forms=True)


async def _import(
    request: Request, caller: Who, unit_id: int, file: UploadFile, confirm_duplicate: bool, form: int | None,
    all_forms: bool,
) -> list[dict[str, Any]]:
    from jixiao.web.uploads import read_upload

    require_editor_of(caller.principal, unit_id)  # before the file is read: no parsing for who may not import
    readings, name = await read_upload(file, settings(request), form, all_forms)
    with wtx(request) as db:
        rows = store.create_imported(db, caller.principal, unit_id, [(r.evaluation, r.warnings) for r in readings],
                                     note=f"导入 {name}", allow_duplicate=confirm_duplicate)
        return [detail(row, _unit_name(db, row.unit_id)) for row in rows]


@router.get("/evaluations/{evaluation_id}", summary="评价详情", response_model=EvaluationDetail)
def get_evaluation(request: Request, evaluation_id: int, caller: Caller) -> dict[str, Any]:
    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        return detail(row, _unit_name(db, row.unit_id))


@router.put("/evaluations/{evaluation_id}", summary="保存（带版本号，冲突返回 409）", response_model=EvaluationDetail)
def save(request: Request, evaluation_id: int, body: SaveRequest, caller: Caller) -> Any:
    with wtx(request) as db:
        row, conflict = store.save(db, caller.principal, evaluation_id, body.evaluation, body.version)
        result = detail(row, _unit_name(db, row.unit_id))
    if conflict is not None:
        return JSONResponse(
            {"detail": conflict.message, "current_version": row.version, "conflict_version_id": conflict.conflict_id,
             "current": result},
            status_code=409,
        )
    return result


def _assessment(request: Request, caller: Who, evaluation_id: int) -> pipeline.Assessment:
    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        return pipeline.assess_stored(row.data, db)[1]


@router.get("/evaluations/{evaluation_id}/score", summary="评分（含每项的计算凭据）")
def score(request: Request, evaluation_id: int, caller: Caller) -> Any:
    result = _assessment(request, caller, evaluation_id)
    if result.score is None:
        return JSONResponse({"detail": result.error}, status_code=503)
    return json.loads(result.score.model_dump_json())


@router.get("/evaluations/{evaluation_id}/findings", summary="复核发现的问题")
def findings(request: Request, evaluation_id: int, caller: Caller) -> Any:
    result = _assessment(request, caller, evaluation_id)
    if result.score is None:
        return JSONResponse({"detail": result.error}, status_code=503)
    return [json.loads(f.model_dump_json()) for f in result.findings]


def _action(request: Request, evaluation_id: int, action: str, body: ActionRequest, caller: Who) -> dict[str, Any]:
    with wtx(request) as db:
        row = store.transition(db, caller.principal, evaluation_id, action, body.comment, body.field)
        return summary(row, _unit_name(db, row.unit_id))


@router.post("/evaluations/{evaluation_id}/submit", summary="提交（草稿或退回后）", response_model=EvaluationSummary)
def submit(request: Request, evaluation_id: int, body: ActionRequest, caller: Caller) -> dict[str, Any]:
    return _action(request, evaluation_id, "submit", body, caller)


@router.post("/evaluations/{evaluation_id}/return", summary="退回修改（需填写意见）", response_model=EvaluationSummary)
def return_(request: Request, evaluation_id: int, body: ActionRequest, caller: Caller) -> dict[str, Any]:
    return _action(request, evaluation_id, "return", body, caller)


@router.post("/evaluations/{evaluation_id}/review", summary="标记为已复核（锁定）", response_model=EvaluationSummary)
def review(request: Request, evaluation_id: int, body: ActionRequest, caller: Caller) -> dict[str, Any]:
    return _action(request, evaluation_id, "review", body, caller)


@router.post("/evaluations/{evaluation_id}/reopen", summary="重新打开已复核的评价（管理员；需填写理由）",
             response_model=EvaluationSummary)
def reopen(request: Request, evaluation_id: int, body: ActionRequest, caller: Caller) -> dict[str, Any]:
    return _action(request, evaluation_id, "reopen", body, caller)


@router.get("/evaluations/{evaluation_id}/comments", summary="复核意见")
def list_comments(request: Request, evaluation_id: int, caller: Caller) -> list[dict[str, Any]]:
    with tx(request) as db:
        readable(db, caller.principal, evaluation_id)
        return store.comments(db, evaluation_id)


@router.post("/evaluations/{evaluation_id}/comments", summary="添加复核意见", status_code=201)
def add_comment(request: Request, evaluation_id: int, body: CommentRequest, caller: Caller) -> dict[str, Any]:
    with wtx(request) as db:
        comment = store.add_comment(db, caller.principal, evaluation_id, body.text, body.field)
        return {"id": comment.id, "field": comment.field, "text": comment.text}


@router.get("/evaluations/{evaluation_id}/history", summary="版本历史")
def history(request: Request, evaluation_id: int, caller: Caller) -> list[dict[str, Any]]:
    with tx(request) as db:
        readable(db, caller.principal, evaluation_id)
        return store.versions(db, evaluation_id)


@router.get("/evaluations/{evaluation_id}/versions/{version_id}", summary="某一版本的内容")
def version(
    request: Request, evaluation_id: int, version_id: int, caller: Caller,
    compare: Annotated[int | None, Query(description="与另一版本（id）比较")] = None,
) -> dict[str, Any]:
    with tx(request) as db:
        readable(db, caller.principal, evaluation_id)
        row = store.version_data(db, evaluation_id, version_id)
        result: dict[str, Any] = {"id": row.id, "version": row.version, "conflict": bool(row.conflict),
                                  "status": row.status, "evaluation": json.loads(row.data)}
        if compare is not None:
            other = store.version_data(db, evaluation_id, compare)
            result["changes"] = [c.__dict__ for c in diff(other.data, row.data)]
        return result


@router.get("/evaluations/{evaluation_id}/export/{fmt}", summary="导出 docx / pdf / xlsx / html")
async def export(request: Request, evaluation_id: int, fmt: str, caller: Caller) -> Response:
    return await export_response(request, caller, evaluation_id, fmt)


async def export_response(request: Request, caller: Who, evaluation_id: int, fmt: str) -> Response:
    from urllib.parse import quote

    if fmt not in pipeline.EXPORT_FORMATS:
        raise NotFound(f"不支持的导出格式 {fmt}")
    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        evaluation = store.from_json(row.data)
        try:
            source = pipeline.pack_source(db, evaluation)
        except JixiaoError:
            source = None  # exported without scores; the editor page names the missing pack
    with tempfile.TemporaryDirectory(prefix="jixiao-export-") as tmp:
        assessment = await run_in_threadpool(pipeline.assess, evaluation, source)
        path = await run_in_threadpool(pipeline.export, evaluation, fmt, Path(tmp), assessment)
        content = path.read_bytes()
        filename = path.name
    return Response(
        content, media_type=pipeline.EXPORT_MEDIA[fmt],
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"},
    )


@router.get("/users", summary="用户列表（管理员）")
def users(request: Request, caller: Caller) -> list[dict[str, Any]]:
    require_admin(caller.principal)
    with tx(request) as db:
        return [{"id": u.id, "name": u.name, "role": u.role, "region": u.region, "disabled": u.disabled}
                for u in db.scalars(select(UserRow).order_by(UserRow.name))]


@router.post("/users", summary="新建用户（管理员；填报员的单位须已存在，复核员的地区须已有单位）", status_code=201)
def add_user(request: Request, body: UserRequest, caller: Caller) -> dict[str, Any]:
    require_admin(caller.principal)
    with wtx(request) as db:
        user = accounts.add_user(db, body.name, body.password, body.role, body.units, body.region)
        return {"id": user.id, "name": user.name, "role": user.role, "region": user.region}


def _user(db: Any, user_id: int) -> UserRow:
    user = db.get(UserRow, user_id)
    if user is None:
        raise NotFound(f"用户 {user_id} 不存在")
    return user


@router.post("/users/{user_id}/disable", summary="停用用户（管理员；会话和令牌立即失效）")
def disable_user(request: Request, user_id: int, caller: Caller) -> dict[str, Any]:
    require_admin(caller.principal)
    if user_id == caller.principal.id:
        raise WebError("不能停用自己的账号")
    with wtx(request) as db:
        user = _user(db, user_id)
        accounts.set_disabled(db, user, True)
        return {"id": user.id, "name": user.name, "disabled": user.disabled}


@router.post("/users/{user_id}/enable", summary="重新启用用户（管理员）")
def enable_user(request: Request, user_id: int, caller: Caller) -> dict[str, Any]:
    require_admin(caller.principal)
    with wtx(request) as db:
        user = _user(db, user_id)
        accounts.set_disabled(db, user, False)
        return {"id": user.id, "name": user.name, "disabled": user.disabled}


@router.post("/users/{user_id}/password", summary="重设用户密码（管理员；其会话随即失效）")
def reset_password(request: Request, user_id: int, body: PasswordReset, caller: Caller) -> dict[str, Any]:
    require_admin(caller.principal)
    with wtx(request) as db:
        user = _user(db, user_id)
        accounts.set_password(db, user, body.password)
        return {"id": user.id, "name": user.name}


@router.post("/me/password", summary="修改自己的密码（所有会话随即退出）")
def change_own_password(request: Request, body: PasswordChange, caller: Caller) -> dict[str, str]:
    with wtx(request) as db:
        accounts.change_own_password(db, _user(db, caller.principal.id), body.current, body.new, body.new)
    return {"detail": "密码已修改，请重新登录"}


@router.post("/units", summary="新建单位（管理员；必须指定所属地区）", status_code=201)
def add_unit(request: Request, body: UnitRequest, caller: Caller) -> dict[str, Any]:
    require_admin(caller.principal)
    with wtx(request) as db:
        unit = accounts.add_unit(db, body.name, body.region)
        return {"id": unit.id, "name": unit.name, "region": unit.region}
