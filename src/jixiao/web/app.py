"""The FastAPI application: pages, the JSON API, vendored static files and error handling."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from jixiao.errors import JixiaoError
from jixiao.modelio import field_path
from jixiao.web import api, pack_routes, pages, review_routes
from jixiao.web.access import WebError
from jixiao.web.config import Settings, load_settings
from jixiao.web.db import make_engine, session_factory
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

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="jixiao API 文档",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return _error_response(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": ""}
        where = field_path(tuple(part for part in first.get("loc", ()) if part != "body"))
        more = f"（另有 {len(errors) - 1} 处问题）" if len(errors) > 1 else ""
        message = f"请求内容有误：{where}：{first.get('msg', '')}{more}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message, "errors": jsonable_encoder(errors)}, status_code=422)
        return _error_response(request, 422, message)

    @app.exception_handler(JixiaoError)
    async def jixiao_error(request: Request, exc: JixiaoError) -> Response:
        return _error_response(request, 400, str(exc))

    return app


def _error_response(request: Request, status: int, message: str) -> Response:
    path = request.url.path
    if path.startswith("/api/") or path == "/api":
        return JSONResponse({"detail": message}, status_code=status)
    if status == 401:
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        return RedirectResponse(f"/login?next={quote(path)}", status_code=303)
    templates: Jinja2Templates = request.app.state.templates
    if request.headers.get("hx-request"):
        return HTMLResponse(f'<div class="flash error" role="alert">{_escape(message)}</div>', status_code=status)
    context: dict[str, Any] = {"message": message, "status": status, "me": None}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers (``--factory``): every worker reads the same environment."""
    return create_app()
