"""Admin and account pages: units (each created with its region), users (editors linked to existing
units, reviewers to an existing region), disabling, re-enabling and resetting users, and every
user's own password. A refusal re-renders the page inside the normal layout with the form as typed;
a success redirects with a message code the page turns into a sentence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from jixiao.errors import InputError
from jixiao.web import accounts, pipeline
from jixiao.web.access import NotFound, require_admin
from jixiao.web.deps import Who, tx, who, wtx
from jixiao.web.tables import UnitRow, UserRow, UserUnitRow

router = APIRouter(include_in_schema=False)
Caller = Annotated[Who, Depends(who)]

DONE = {
    "unit": "已添加单位 {}",
    "user": "已添加用户 {}",
    "disabled": "已停用用户 {}（其登录会话和 API 令牌已失效）",
    "enabled": "已重新启用用户 {}",
    "reset": "已重设用户 {} 的密码（其登录会话已失效）",
}


def _admin_page(request: Request, caller: Who, status: int = 200, **context: Any) -> HTMLResponse:
    with tx(request) as db:
        users = list(db.scalars(select(UserRow).order_by(UserRow.name)))
        units = list(db.scalars(select(UnitRow).order_by(UnitRow.region, UnitRow.name)))
        links = db.execute(select(UserUnitRow.user_id, UnitRow.name).join(UnitRow, UnitRow.id == UserUnitRow.unit_id))
        user_units: dict[int, list[str]] = {}
        for user_id, unit_name in links:
            user_units.setdefault(user_id, []).append(unit_name)
        regions = accounts.regions(db)
    done = str(request.query_params.get("done", ""))
    kind, _sep, name = done.partition(":")
    base = {
        "users": users, "units": units, "user_units": user_units, "regions": regions, "packs": pipeline.packs(),
        "done": DONE[kind].format(name) if kind in DONE else "", "error": "", "error_form": "",
        "user_form": {}, "unit_form": {},
    }
    templates = request.app.state.templates
    page = {"me": caller.principal, "csrf": caller.csrf, **base, **context}
    return templates.TemplateResponse(request, "admin.html", page, status_code=status)


@router.get("/admin")
def admin(request: Request, caller: Caller) -> HTMLResponse:
    require_admin(caller.principal)
    return _admin_page(request, caller)


def _done(kind: str, name: str) -> RedirectResponse:
    from urllib.parse import quote

    return RedirectResponse(f"/admin?done={kind}:{quote(name)}#{'units' if kind == 'unit' else 'users'}",
                            status_code=303)


@router.post("/admin/users")
async def admin_add_user(request: Request, caller: Caller) -> Response:
    require_admin(caller.principal)
    form = await request.form()
    values = {key: str(form.get(key) or "") for key in ("name", "role", "region")}
    unit_ids = [int(str(v)) for v in form.getlist("unit_ids") if str(v).isdigit()]
    try:
        with wtx(request) as db:
            names = [unit.name for unit in db.scalars(select(UnitRow).where(UnitRow.id.in_(unit_ids)))]
            user = accounts.add_user(db, values["name"], str(form.get("password") or ""), values["role"], names,
                                     values["region"])
            name = user.name
    except InputError as err:
        return _admin_page(request, caller, 400, error=str(err), error_form="user",
                           user_form={**values, "unit_ids": unit_ids})
    return _done("user", name)


@router.post("/admin/units")
def admin_add_unit(
    request: Request, caller: Caller, name: Annotated[str, Form()] = "", region: Annotated[str, Form()] = ""
) -> Response:
    require_admin(caller.principal)
    try:
        with wtx(request) as db:
            unit = accounts.add_unit(db, name, region)
            created = unit.name
    except InputError as err:
        return _admin_page(request, caller, 400, error=str(err), error_form="unit",
                           unit_form={"name": name, "region": region})
    return _done("unit", created)


def _user(db: Any, user_id: int) -> UserRow:
    user = db.get(UserRow, user_id)
    if user is None:
        raise NotFound(f"用户 {user_id} 不存在")
    return user


@router.post("/admin/users/{user_id}/{change}")
def admin_change_user(
    request: Request, user_id: int, change: str, caller: Caller, password: Annotated[str, Form()] = ""
) -> Response:
    require_admin(caller.principal)
    if change not in ("disable", "enable", "reset"):
        raise NotFound(f"没有操作 {change}")
    try:
        with wtx(request) as db:
            user = _user(db, user_id)
            name = user.name
            if change == "reset":
                accounts.set_password(db, user, password)
            else:
                if user.id == caller.principal.id and change == "disable":
                    raise InputError("不能停用自己的账号")
                accounts.set_disabled(db, user, change == "disable")
    except InputError as err:
        return _admin_page(request, caller, 400, error=str(err), error_form=f"user-{user_id}")
    return _done({"disable": "disabled", "enable": "enabled", "reset": "reset"}[change], name)


@router.get("/account")
def account(request: Request, caller: Caller) -> HTMLResponse:
    return _account_page(request, caller)


def _account_page(request: Request, caller: Who, status: int = 200, error: str = "", done: str = "") -> HTMLResponse:
    templates = request.app.state.templates
    context = {"me": caller.principal, "csrf": caller.csrf, "error": error, "done": done}
    return templates.TemplateResponse(request, "account.html", context, status_code=status)


@router.post("/account/password")
def change_password(
    request: Request, caller: Caller, current: Annotated[str, Form()] = "", new: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    try:
        with wtx(request) as db:
            accounts.change_own_password(db, _user(db, caller.principal.id), current, new, confirm)
    except InputError as err:
        return _account_page(request, caller, 400, error=str(err))
    response = RedirectResponse("/login?changed=1", status_code=303)
    return response
