"""Rule packs, as pages (``/packs``) and JSON API (``/api/packs``): everyone signed in may read
them; only admins upload, activate and deactivate custom packs (403 for others, like users/units)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from jixiao.errors import InputError
from jixiao.web import custom_packs
from jixiao.web.access import require_admin
from jixiao.web.deps import Who, tx, who, wtx
from jixiao.web.tables import RulePackRow, UserRow

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["rule packs"])
Caller = Annotated[Who, Depends(who)]


def _when(row: RulePackRow | None) -> str:
    return row.uploaded_at.isoformat(timespec="seconds") if row is not None else ""


def _uploader(db: Session, row: RulePackRow | None) -> str:
    if row is None or row.uploaded_by is None:
        return ""
    user = db.get(UserRow, row.uploaded_by)
    return user.name if user else ""


def _entry(db: Session, name: str, title: str, version: str, row: RulePackRow | None) -> dict[str, Any]:
    return {
        "name": name, "title": title, "version": version, "origin": "custom" if row else "shipped",
        "active": row.active if row is not None else True, "revision": row.revision if row is not None else None,
        "uploaded_by": _uploader(db, row), "uploaded_at": _when(row),
    }


def list_all(db: Session) -> list[dict[str, Any]]:
    """Shipped packs first (the default first), then custom packs by name."""
    from jixiao.scoring.packs import load_pack

    entries = []
    for name in custom_packs.shipped_names():
        pack = load_pack(name)
        entries.append(_entry(db, name, pack.title, pack.version, None))
    entries += [_entry(db, row.name, row.title, row.version, row) for row in custom_packs.custom_rows(db)]
    return entries


def describe(db: Session, name: str) -> dict[str, Any]:
    """One pack in full: rules, defaults, grade bands, rounding, thresholds and the total cap, each
    with its source, plus the YAML text as uploaded or shipped."""
    pack, text, row = custom_packs.find(db, name)
    body: dict[str, Any] = _entry(db, name, pack.title, pack.version, row)
    body.update(pack.model_dump(mode="json"))
    body["rules"] = [{"id": key, **{k: v for k, v in spec.items() if k != "id"}}
                     for key, spec in body["rules"].items()]
    body["yaml"] = text
    return body


def _packs_page(request: Request, caller: Who, status: int = 200, error: str = "") -> HTMLResponse:
    with tx(request) as db:
        entries = list_all(db)
    context = {"me": caller.principal, "csrf": caller.csrf, "packs": entries, "error": error}
    return request.app.state.templates.TemplateResponse(request, "packs.html", context, status_code=status)


async def _read(file: UploadFile) -> bytes:
    raw = await file.read(custom_packs.MAX_PACK_BYTES + 1)
    return bytes(raw)


@pages.get("/packs")
def packs_page(request: Request, caller: Caller) -> HTMLResponse:
    return _packs_page(request, caller)


@pages.post("/packs/upload")
async def upload_page(request: Request, caller: Caller, file: Annotated[UploadFile, File()]) -> Response:
    require_admin(caller.principal)
    raw = await _read(file)
    try:
        with wtx(request) as db:
            row = custom_packs.upload(db, caller.principal, raw, file.filename or "")
            name = row.name
    except InputError as err:  # nothing stored; the sentence is shown next to the form
        return _packs_page(request, caller, status=400, error=str(err))
    return RedirectResponse(f"/packs/{name}", status_code=303)


@pages.get("/packs/{name}")
def pack_page(request: Request, name: str, caller: Caller) -> HTMLResponse:
    with tx(request) as db:
        body = describe(db, name)
    context = {"me": caller.principal, "csrf": caller.csrf, "pack": body}
    return request.app.state.templates.TemplateResponse(request, "pack.html", context)


@pages.post("/packs/{name}/{action}")
def toggle_page(request: Request, name: str, action: str, caller: Caller) -> Response:
    _toggle(request, caller, name, action)
    return RedirectResponse("/packs", status_code=303)


def _toggle(request: Request, caller: Who, name: str, action: str) -> RulePackRow:
    from jixiao.web.access import NotFound

    if action not in ("activate", "deactivate"):
        raise NotFound(f"未知操作 {action}")
    require_admin(caller.principal)
    with wtx(request) as db:
        return custom_packs.set_active(db, caller.principal, name, action == "activate")


@api.get("/packs", summary="规则包列表（自带与上传的）")
def list_packs(request: Request, caller: Caller) -> list[dict[str, Any]]:
    with tx(request) as db:
        return list_all(db)


@api.get("/packs/{name}", summary="规则包详情（规则、默认匹配、等级、阈值及出处）")
def get_pack(request: Request, name: str, caller: Caller) -> dict[str, Any]:
    with tx(request) as db:
        return describe(db, name)


@api.post("/packs", summary="上传规则包 YAML（管理员；同名自定义包则更新为新修订）", status_code=201)
async def upload_pack(request: Request, caller: Caller, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
    require_admin(caller.principal)
    raw = await _read(file)
    with wtx(request) as db:
        row = custom_packs.upload(db, caller.principal, raw, file.filename or "")
        return _entry(db, row.name, row.title, row.version, row)


@api.post("/packs/{name}/activate", summary="启用自定义规则包（管理员）")
def activate_pack(request: Request, name: str, caller: Caller) -> dict[str, Any]:
    row = _toggle(request, caller, name, "activate")
    return {"name": row.name, "active": row.active}


@api.post("/packs/{name}/deactivate", summary="停用自定义规则包（管理员）")
def deactivate_pack(request: Request, name: str, caller: Caller) -> dict[str, Any]:
    row = _toggle(request, caller, name, "deactivate")
    return {"name": row.name, "active": row.active}

