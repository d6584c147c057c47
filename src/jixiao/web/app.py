"""The FastAPI application: pages, the JSON API, vendored static files and error handling."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from jixiao.errors import JixiaoError
from jixiao.lexicon import field_label
from jixiao.modelio import field_path, validation_problem
from jixiao.web import admin_pages, api, auth, pack_routes, pages, review_routes
from jixiao.web.access import Principal, WebError, principal_for
from jixiao.web.config import Settings, load_settings
from jixiao.web.db import make_engine, session_factory
from jixiao.web.headers import SecurityHeaders
from jixiao.web.render import setup_templates

HERE = Path(__file__).parent


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app over the database of ``settings`` (schema must be up to date: ``jixiao db upgrade``)."""
    settings = settings or load_settings()
    app = FastAPI(
        title="jixiao 预算绩效自评系统 API",
        version="1",
        docs_url=None,
        redoc_url=None,
        description=(
            "会话（登录 Cookie，写操作需 X-CSRF-Token 头）或 `Authorization: Bearer <令牌>` 认证"
            "（令牌由 `jixiao user token 用户名` 生成）；未认证返回 401。"
        ),
    )
    engine = make_engine(settings.database_url)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine, read_only=True)
    app.state.writer = session_factory(engine)
    app.state.templates = setup_templates(Jinja2Templates(directory=str(HERE / "templates")))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pack_routes.api)
    app.include_router(pages.router)
    app.include_router(pack_routes.pages)
    app.include_router(review_routes.api)
    app.include_router(review_routes.pages)
    app.include_router(admin_pages.router)
    auth.dummy_hash()  # computed once now, not during the first login of an unknown name

    app.add_middleware(SecurityHeaders)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_PAGE)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return _error_response(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [_problem(error) for error in exc.errors()] or ["请求内容不完整"]
        more = f"（另有 {len(problems) - 1} 处问题）" if len(problems) > 1 else ""
        message = f"请求内容有误：{problems[0]}{more}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message, "errors": problems}, status_code=422)
        return _error_response(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "页面或接口不存在", 405: "不支持该请求方法"}
        message = messages.get(exc.status_code, f"请求无法完成（{exc.status_code}）")
        return _error_response(request, exc.status_code, message)

    @app.exception_handler(JixiaoError)
    async def jixiao_error(request: Request, exc: JixiaoError) -> Response:
        return _error_response(request, 400, str(exc))

    return app


_DOCS_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>jixiao API 文档</title>
<link rel="icon" href="/static/favicon.svg">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><p><a href="/evaluations">返回预算绩效自评系统</a></p><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""
_PLACES = {"body": "", "query": "网址参数 ", "path": "网址 ", "header": "请求头 ", "cookie": "Cookie "}
# fields of the API's own request bodies (an evaluation's fields are named by the lexicon)
_REQUEST_FIELDS = {
    "unit_id": "单位", "version": "版本号", "template": "模板", "evaluation": "评价", "name": "名称",
    "password": "密码", "role": "角色", "region": "地区", "units": "单位", "text": "意见内容",
    "comment": "意见", "field": "字段", "current": "当前密码", "new": "新密码", "file": "文件",
    "evaluation_id": "评价编号", "version_id": "版本编号", "user_id": "用户编号", "compare": "对比版本",
}


def _problem(error: Mapping[str, Any]) -> str:
    """``指标3 分值：必须是非负数（收到 "-5"）`` — the field by its Chinese name (lexicon), else its
    path within the request."""
    loc = tuple(error.get("loc", ()))
    place = _PLACES.get(str(loc[0]), "") if loc else ""
    inner = loc[1:] if loc and str(loc[0]) in _PLACES else loc
    if len(inner) > 1 and inner[0] == "evaluation":
        inner = inner[1:]
    path = field_path(inner)
    label = _REQUEST_FIELDS.get(path) or field_label(path)
    return f"{place}{label}：{validation_problem(error)}"


def _error_response(request: Request, status: int, message: str) -> Response:
    path = request.url.path
    if path.startswith("/api/") or path == "/api":
        return JSONResponse({"detail": message}, status_code=status)
    if status == 401:
        if request.headers.get("hx-request"):  # back to the page the user was on after the new login
            page = urlsplit(request.headers.get("hx-current-url", "")).path or "/evaluations"
            return Response(status_code=401, headers={"HX-Redirect": f"/login?next={quote(page)}"})
        return RedirectResponse(f"/login?next={quote(path)}", status_code=303)
    templates: Jinja2Templates = request.app.state.templates
    if request.headers.get("hx-request"):
        return HTMLResponse(f'<div class="flash error" role="alert">{_escape(message)}</div>', status_code=status)
    me, csrf = _signed_in(request)
    context: dict[str, Any] = {"message": message, "status": status, "me": me, "csrf": csrf}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def _signed_in(request: Request) -> tuple[Principal | None, str]:
    """Who is signed in (for the error page's menu), or nobody."""
    with request.app.state.sessions() as db, db.begin():
        found = auth.session_user(db, request.cookies.get(auth.SESSION_COOKIE))
        if found is None:
            return None, ""
        user, session = found
        return principal_for(db, user), session.csrf


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers (``--factory``): every worker reads the same environment."""
    return create_app()
