"""Accounts and sessions: argon2 passwords, DB-held sessions (they survive restarts and are shared
by every worker), a per-session CSRF token, API tokens, and login throttling counted in the DB."""

from __future__ import annotations

import functools
import hashlib
import math
import os
import secrets
import threading
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jixiao.web.config import Settings
from jixiao.web.tables import LoginFailureRow, SessionRow, UserRow, utcnow

ROLES = ("editor", "reviewer", "admin")
ROLE_LABELS = {"editor": "单位填报员", "reviewer": "复核员", "admin": "管理员"}
SESSION_COOKIE = "jixiao_session"
CSRF_HEADER = "X-CSRF-Token"

# JIXIAO_ARGON2_FAST=1 (tests only) trades strength for speed; the defaults are argon2-cffi's.
_hasher = (
    PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if os.environ.get("JIXIAO_ARGON2_FAST") == "1"
    else PasswordHasher()
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


# argon2 takes ~64 MiB and tens of ms per check: a burst of logins must not exhaust memory or CPU.
_verify_slots = threading.BoundedSemaphore(2)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        with _verify_slots:
            return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(db: Session, user: UserRow) -> str:
    """A new API token for ``user`` (only its digest is stored); the old one stops working."""
    token = secrets.token_urlsafe(32)
    user.token_hash = token_digest(token)
    db.flush()
    return token


def throttle_wait(db: Session, name: str, address: str, settings: Settings) -> float:
    """Seconds the client at ``address`` must still wait before trying ``name`` again: none for the
    first ``login_max_failures`` failures in the window, then a delay that doubles with every
    further failure (``login_base_delay_seconds``, 2×, 4× …, at most the window). Counted per
    (name, address), so nobody can lock a user out from elsewhere."""
    since = utcnow() - timedelta(minutes=settings.login_window_minutes)
    query = select(func.count(), func.max(LoginFailureRow.at)).where(
        LoginFailureRow.name == name, LoginFailureRow.address == address, LoginFailureRow.at >= since
    )
    count, last = db.execute(query).one()
    if not count or count < settings.login_max_failures or last is None:
        return 0.0
    delay = min(settings.login_base_delay_seconds * 2 ** (count - settings.login_max_failures),
                settings.login_window_minutes * 60)
    return max(0.0, (last + timedelta(seconds=delay) - utcnow()).total_seconds())


def _wait_text(seconds: float) -> str:
    return f"{math.ceil(seconds)} 秒" if seconds < 120 else f"{math.ceil(seconds / 60)} 分钟"


@functools.cache
def dummy_hash() -> str:
    """Unknown names are checked against this hash, so they take as long as known ones."""
    return hash_password(secrets.token_urlsafe(16))


def login(db: Session, name: str, password: str, address: str, settings: Settings) -> SessionRow | str:
    """Check the password and open a session, or return why not (one Chinese sentence).

    Failures are returned, not raised, so the caller commits the failure count."""
    name = name.strip()
    wait = throttle_wait(db, name, address, settings)
    if wait > 0:
        return f"登录失败次数过多，请 {_wait_text(wait)}后再试"
    user = db.scalar(select(UserRow).where(UserRow.name == name))
    matches = verify_password(user.password_hash if user is not None else dummy_hash(), password)
    if user is None or not matches:
        db.add(LoginFailureRow(name=name, address=address))
        db.flush()
        return "用户名或密码不正确"
    if user.disabled:
        return "该账号已被管理员停用，请联系管理员"
    db.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name, LoginFailureRow.address == address))
    db.execute(delete(SessionRow).where(SessionRow.expires_at < utcnow()))
    row = SessionRow(
        token=secrets.token_urlsafe(32),
        user_id=user.id,
        csrf=secrets.token_urlsafe(24),
        expires_at=utcnow() + timedelta(days=settings.session_days),
    )
    db.add(row)
    db.flush()
    return row


def session_user(db: Session, token: str | None) -> tuple[UserRow, SessionRow] | None:
    if not token:
        return None
    row = db.get(SessionRow, token)
    if row is None or row.expires_at < utcnow():
        return None
    user = db.get(UserRow, row.user_id)
    return (user, row) if user is not None and not user.disabled else None


def token_user(db: Session, token: str) -> UserRow | None:
    user = db.scalar(select(UserRow).where(UserRow.token_hash == token_digest(token)))
    return user if user is not None and not user.disabled else None


def logout(db: Session, token: str) -> None:
    db.execute(delete(SessionRow).where(SessionRow.token == token))
