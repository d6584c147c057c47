"""Request plumbing shared by pages and API: one transaction per unit of work, who is asking,
and the CSRF check on every state-changing request made with a session cookie."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.orm import Session

from jixiao.web import auth
from jixiao.web.access import Principal, WebError, principal_for
from jixiao.web.config import Settings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class AuthRequired(WebError):
    status = 401


@dataclass(frozen=True)
class Who:
    principal: Principal
    csrf: str  # empty for token (API) authentication


def settings(request: Request) -> Settings:
    return request.app.state.settings


@contextmanager
def tx(request: Request) -> Iterator[Session]:
    """A reading transaction (on SQLite a deferred one, so readers run side by side)."""
    with request.app.state.sessions() as db, db.begin():
        yield db


@contextmanager
def wtx(request: Request) -> Iterator[Session]:
    """A writing transaction: committed when the block ends, rolled back on any exception; on
    SQLite it takes the write lock at once (BEGIN IMMEDIATE), so writers queue instead of failing."""
    with request.app.state.writer() as db, db.begin():
        yield db


async def who(request: Request) -> Who:
    """The signed-in user (session cookie or ``Authorization: Bearer`` token); 401 otherwise."""
    header = request.headers.get("authorization", "")
    with tx(request) as db:
        if header.lower().startswith("bearer "):
            user = auth.token_user(db, header[7:].strip())
            if user is None:
                raise AuthRequired("API 令牌无效")
            return Who(principal_for(db, user), "")
        found = auth.session_user(db, request.cookies.get(auth.SESSION_COOKIE))
        if found is None:
            raise AuthRequired("请先登录")
        user, session = found
        result = Who(principal_for(db, user), session.csrf)
    if request.method not in SAFE_METHODS:
        limit = settings(request).max_upload_bytes + 1024 * 1024
        if int(request.headers.get("content-length") or 0) > limit:  # refuse before reading the body
            raise WebError(f"请求体超过大小上限（最大 {limit // (1024 * 1024)} MB）", 413)
        sent = request.headers.get(auth.CSRF_HEADER, "")
        if not sent and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            sent = str((await request.form()).get("csrf_token") or "")
        if not sent or not secrets.compare_digest(sent, result.csrf):
            raise WebError("请求缺少有效的 CSRF 令牌，请刷新页面后重试", 403)
    return result
