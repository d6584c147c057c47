"""Server-rendered pages (Chinese UI). Each handler is a thin shell over store / pipeline."""

from __future__ import annotations

import json
import re
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from jixiao.errors import JixiaoError
from jixiao.numbers import to_halfwidth
from jixiao.web import auth, custom_packs, overview, pipeline, store
from jixiao.web.access import Principal, WebError, readable, require_editor_of, visible_units
from jixiao.web.annotations import field_notes
from jixiao.web.deps import Who, settings, tx, who, wtx
from jixiao.web.forms import FormErrors, base_json, evaluation_from_form
from jixiao.web.history import diff
from jixiao.web.status import ACTIONS, EDITABLE, PENDING, next_status
from jixiao.web.tables import EvaluationRow, UnitRow
from jixiao.web.uploads import UPLOAD_SUFFIXES, read_upload

router = APIRouter(include_in_schema=False)
LOGIN_CSRF_COOKIE = "jixiao_login_csrf"
Caller = Annotated[Who, Depends(who)]


def _page(request: Request, template: str, caller: Who | None, status: int = 200, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    base = {"me": caller.principal if caller else None, "csrf": caller.csrf if caller else ""}
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status)


def _partial(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/login")
def login_form(request: Request, next: str = "/evaluations") -> HTMLResponse:
    return _login_page(request, next)


def _login_page(request: Request, next: str, status: int = 200, error: str = "", name: str = "") -> HTMLResponse:
    """The login form with a fresh CSRF token, also set as a strict cookie the POST must match
    (there is no session yet to hold it)."""
    token = secrets.token_urlsafe(24)
    response = _page(request, "login.html", None, status=status, next=next, error=error, name=name, login_csrf=token)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/login", max_age=3600,
                        secure=settings(request).secure_cookies)
    return response


@router.post("/login")
def login(
    request: Request, name: Annotated[str, Form()], password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/evaluations", csrf_token: Annotated[str, Form()] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(csrf_token, expected):
        return _login_page(request, next, 403, "登录页面已过期，请重新输入用户名和密码", name)
    address = request.client.host if request.client else ""
    with wtx(request) as db:
        session = auth.login(db, name, password, address, settings(request))
    if isinstance(session, str):
        return _login_page(request, next, 401, session, name)
    target = next if next.startswith("/") and not next.startswith("//") else "/evaluations"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        auth.SESSION_COOKIE, session.token, httponly=True, samesite="lax", secure=settings(request).secure_cookies,
        max_age=settings(request).session_days * 86400,
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, caller: Caller) -> Response:
    with wtx(request) as db:
        auth.logout(db, request.cookies.get(auth.SESSION_COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE)
    return response


@router.get("/")
def home() -> Response:
    return RedirectResponse("/evaluations", status_code=303)


@router.get("/evaluations")
def evaluations(
    request: Request, caller: Caller, year: str = "", unit_id: str = "", kind: str = "", grade: str = "",
    status: str | None = None, q: str = "", sort: str = "updated", order: str = "", page: str = "1",
    imported: str = "",
) -> HTMLResponse:
    if status is None:  # a reviewer's overview opens on what waits for review
        status = PENDING if caller.principal.is_reviewer else ""
    filters = store.Filters(
        int(year) if year.isdigit() else None, int(unit_id) if unit_id.isdigit() else None,
        kind or None, grade or None, status if status and status != "all" else None, q or None,
    )
    with tx(request) as db:
        listing = overview.page(db, caller.principal, filters, sort, order, int(page) if page.isdigit() else 1)
        units = visible_units(db, caller.principal)
        counts = store.counts_by_status(db, caller.principal)
    return _page(request, "list.html", caller, listing=listing, units=units, filters=filters, counts=counts,
                 q=q, status_filter=status, imported=[int(i) for i in imported.split(",") if i.isdigit()][:100])


@router.get("/evaluations/new")
def new_form(request: Request, caller: Caller) -> HTMLResponse:
    return _new_page(request, caller)


def _new_page(
    request: Request, caller: Who, status: int = 200, error: str = "", typed: dict[str, str] | None = None
) -> HTMLResponse:
    """The 新建评价 page; a refused form comes back with what was chosen and typed (``typed``)."""
    with tx(request) as db:
        units = _editable_units(db, caller.principal)
    return _page(request, "new.html", caller, status=status, units=units, starters=pipeline.starters(), error=error,
                 typed=typed or {}, upload_suffixes=UPLOAD_SUFFIXES,
                 max_upload_mb=settings(request).max_upload_bytes // (1024 * 1024),
                 archive_limits=settings(request).archive_limits.describe())


def _editable_units(db: Any, who: Principal) -> list[UnitRow]:
    if who.is_admin:
        return visible_units(db, who)
    return visible_units(db, who) if who.is_editor else []


@router.post("/evaluations/new")
def create_from_template(
    request: Request, caller: Caller, unit_id: Annotated[int, Form()], template: Annotated[str, Form()],
    year: Annotated[str, Form()] = "", confirm_duplicate: Annotated[str, Form()] = "",
) -> Response:
    evaluation = pipeline.from_starter(template)
    typed = to_halfwidth(year.strip())
    if typed:
        if not re.fullmatch(r"(19|20)\d\d", typed):
            message = f"年度：必须是四位数字的年份，如 2024（收到 \"{year.strip()}\"）"
            typed_form = {"unit_id": str(unit_id), "template": template, "year": year}
            return _new_page(request, caller, 422, message, typed_form)
        evaluation = evaluation.model_copy(update={"year": int(typed)})
    try:
        with wtx(request) as db:
            row = store.create(db, caller.principal, unit_id, evaluation, note=f"从模板 {template} 新建",
                               allow_duplicate=bool(confirm_duplicate))
    except store.Duplicate as err:
        typed_form = {"unit_id": str(unit_id), "template": template, "year": year, "duplicate": "template"}
        return _new_page(request, caller, err.status, err.message, typed_form)
    return RedirectResponse(f"/evaluations/{row.id}", status_code=303)


@router.post("/evaluations/import")
async def import_report(
    request: Request, caller: Caller, unit_id: Annotated[int, Form()], file: Annotated[UploadFile, File()],
    confirm_duplicate: Annotated[str, Form()] = "", form: Annotated[str, Form()] = "",
    all_forms: Annotated[str, Form()] = "",
) -> Response:
    typed = {"unit_id": str(unit_id), "form": form, "all_forms": all_forms}
    try:
        number = _form_number(form)
        require_editor_of(caller.principal, unit_id)  # before the file is read
        readings, name = await read_upload(file, settings(request), number, bool(all_forms))
        with wtx(request) as db:
            rows = store.create_imported(db, caller.principal, unit_id,
                                         [(r.evaluation, r.warnings) for r in readings], note=f"导入 {name}",
                                         allow_duplicate=bool(confirm_duplicate))
    except store.Duplicate as err:
        return _new_page(request, caller, err.status, err.message, {**typed, "duplicate": "import"})
    except WebError as err:
        return _new_page(request, caller, err.status, err.message, typed)
    if len(rows) > 1:
        return RedirectResponse(f"/evaluations?imported={','.join(str(r.id) for r in rows)}", status_code=303)
    return RedirectResponse(f"/evaluations/{rows[0].id}", status_code=303)


def _form_number(typed: str) -> int | None:
    """The 第几张自评表 field: empty for the first, else a whole number from 1."""
    if not typed.strip():
        return None
    if not typed.strip().isdigit() or int(typed) < 1:
        raise WebError(f"“第几张自评表”须为 1 或更大的整数（收到“{typed.strip()[:20]}”）")
    return int(typed)


def _editor_context(db: Any, who: Principal, row: EvaluationRow) -> dict[str, Any]:
    evaluation, assessment = pipeline.assess_stored(row.data, db)
    try:
        source = pipeline.pack_source(db, evaluation)
    except JixiaoError:
        source = None
    can_edit = row.status in EDITABLE and (who.is_admin or (who.is_editor and row.unit_id in who.unit_ids))
    actions = []
    for action, (_sources, _target, actor) in ACTIONS.items():
        allowed_role = {"editor": who.is_editor and row.unit_id in who.unit_ids, "reviewer": who.is_reviewer}.get(actor)
        if (allowed_role or who.is_admin) and next_status(action, row.status):
            actions.append(action)
    unit = db.get(UnitRow, row.unit_id)
    comments = store.comments(db, row.id)
    warnings = json.loads(row.import_warnings or "[]")
    notes, unplaced = field_notes(evaluation, warnings, comments)
    return {
        "confirmations": _confirmations(evaluation, assessment, source),
        "row": row, "unit": unit, "evaluation": evaluation, "assessment": assessment,
        "comments": comments, "can_edit": can_edit, "actions": actions, "field_notes": notes,
        "can_comment": who.is_reviewer or who.is_admin, "base_json": base_json(evaluation),
        "import_warnings": unplaced, "rule_choices": pipeline.rule_choices(source),
        "pack_names": custom_packs.shipped_names() + [p.name for p in custom_packs.custom_rows(db, active_only=True)],
    }


def _confirmations(
    evaluation: Any, assessment: pipeline.Assessment, source: custom_packs.PackSource | None
) -> dict[str, str]:
    """The question each action asks before it acts: what it does, and the open error-level findings
    (for 提交 also what the report would still print as 【待补充：…】)."""
    errors = [f"· {f.title}：{f.message}" for f in assessment.errors]
    listed = "\n".join(errors[:10]) + (f"\n… 另有 {len(errors) - 10} 项" if len(errors) > 10 else "")
    found = f"尚有 {len(errors)} 项错误级问题未解决：\n{listed}" if errors else "没有错误级问题。"
    try:
        missing = pipeline.submit_blockers(evaluation, assessment, source) if assessment.score else []
    except JixiaoError:
        missing = []
    unfilled = f"\n报告中仍有 {len(missing)} 处待补充：{'、'.join(missing[:8])}" if missing else ""
    required = pipeline.missing_for_submit(evaluation, assessment.score)
    blocked = f"以下内容未填写，尚不能提交：{'、'.join(required[:10])}\n" if required else ""
    return {
        "submit": f"{blocked}提交后本单位不能再修改，等待复核。\n{found}{unfilled}\n确定提交？",
        "review": f"标记为已复核后评价将锁定。\n{found}\n确定标记为已复核？",
        "reopen": "重新打开这份已复核的评价（回到待复核状态）？理由将记入版本历史。",
    }


@router.get("/evaluations/{evaluation_id}")
def editor(request: Request, evaluation_id: int, caller: Caller) -> HTMLResponse:
    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        context = _editor_context(db, caller.principal, row)
    return _page(request, "editor.html", caller, **context)


@router.post("/evaluations/{evaluation_id}/preview")
async def preview(request: Request, evaluation_id: int, caller: Caller) -> HTMLResponse:
    """Recompute scores and findings from the form as typed; nothing is saved."""
    with tx(request) as db:
        readable(db, caller.principal, evaluation_id)
    form = await request.form()
    try:
        evaluation = evaluation_from_form(form)
    except FormErrors as err:
        return _partial(request, "_panel.html", assessment=None, errors=err.errors)
    with tx(request) as db:
        try:
            source = pipeline.pack_source(db, evaluation)
        except JixiaoError as err:
            return _partial(request, "_panel.html", assessment=pipeline.Assessment(error=str(err)), errors=[])
    assessment = await run_in_threadpool(pipeline.assess, evaluation, source)
    return _partial(request, "_panel.html", assessment=assessment, errors=[])


@router.post("/evaluations/{evaluation_id}/save")
async def save(request: Request, evaluation_id: int, caller: Caller) -> HTMLResponse:
    form = await request.form()
    try:
        evaluation = evaluation_from_form(form)
    except FormErrors as err:
        return _partial(request, "_saved.html", status=422, errors=err.errors, row=None, conflict=None)
    base_version = int(str(form.get("version") or 0))
    with wtx(request) as db:
        row, conflict = store.save(db, caller.principal, evaluation_id, evaluation, base_version)
    status = 409 if conflict else 200
    # htmx swaps 2xx only by default; the page's script lets 409/422 through to show the message.
    return _partial(request, "_saved.html", status=status, errors=[], row=row, conflict=conflict)


@router.post("/evaluations/{evaluation_id}/action/{action}")
def action(
    request: Request, evaluation_id: int, action: str, caller: Caller, comment: Annotated[str, Form()] = "",
    field: Annotated[str, Form()] = "",
) -> Response:
    with wtx(request) as db:
        store.transition(db, caller.principal, evaluation_id, action, comment, field)
    return RedirectResponse(f"/evaluations/{evaluation_id}", status_code=303)


@router.post("/evaluations/{evaluation_id}/comments")
def comment(
    request: Request, evaluation_id: int, caller: Caller, text: Annotated[str, Form()],
    field: Annotated[str, Form()] = "",
) -> Response:
    with wtx(request) as db:
        store.add_comment(db, caller.principal, evaluation_id, text, field)
    return RedirectResponse(f"/evaluations/{evaluation_id}#comments", status_code=303)


@router.get("/evaluations/{evaluation_id}/export/{fmt}")
async def export(request: Request, evaluation_id: int, fmt: str, caller: Caller) -> Response:
    from jixiao.web.api import export_response

    return await export_response(request, caller, evaluation_id, fmt)


@router.get("/evaluations/{evaluation_id}/history")
def history(request: Request, evaluation_id: int, caller: Caller) -> HTMLResponse:
    from jixiao.web.tables import VersionRow

    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        versions = store.versions(db, evaluation_id)
        data = {v.id: v.data for v in db.scalars(select(VersionRow).where(VersionRow.evaluation_id == evaluation_id))}
    previous: str | None = None
    entries = []
    for version in versions:
        changes = diff(previous, data[version["id"]]) if previous and not version["conflict"] else []
        entries.append({**version, "changes": changes})
        if not version["conflict"]:
            previous = data[version["id"]]
    return _page(request, "history.html", caller, row=row, entries=list(reversed(entries)))


@router.get("/evaluations/{evaluation_id}/versions/{version_id}")
def version(
    request: Request, evaluation_id: int, version_id: int, caller: Caller, compare: int | None = None
) -> HTMLResponse:
    from jixiao.modelio import dump_yaml

    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        shown = store.version_data(db, evaluation_id, version_id)
        other = store.version_data(db, evaluation_id, compare) if compare else None
        versions = store.versions(db, evaluation_id)
    changes = diff(other.data, shown.data) if other else []
    text = dump_yaml(store.from_json(shown.data))
    return _page(request, "version.html", caller, row=row, shown=shown, other=other, changes=changes, text=text,
                 versions=versions)
