"""Accounts and sessions: argon2 passwords, DB-held sessions (they survive restarts and are shared
by every worker), a per-session CSRF token, API tokens, and login throttling counted in the DB."""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jixiao.errors import InputError
from jixiao.web.config import Settings
from jixiao.web.tables import LoginFailureRow, SessionRow, UnitRow, UserRow, UserUnitRow, utcnow

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


def add_user(
    db: Session, name: str, password: str, role: str, units: list[str] | None = None, region: str = ""
) -> UserRow:
    """Create a user; editors are linked to ``units`` (created when missing, in ``region``)."""
    name = name.strip()
    if not name:
        raise InputError("用户名不能为空")
    if role not in ROLES:
        raise InputError(f"角色只能是 editor、reviewer 或 admin（收到 \"{role}\"）")
    if len(password) < 8:
        raise InputError(f"用户 {name} 的密码至少需要 8 个字符")
    if db.scalar(select(UserRow).where(UserRow.name == name)) is not None:
        raise InputError(f"用户 {name} 已存在")
    user = UserRow(name=name, password_hash=hash_password(password), role=role, region=region)
    db.add(user)
    db.flush()
    for unit_name in units or []:
        unit = ensure_unit(db, unit_name, region)
        db.add(UserUnitRow(user_id=user.id, unit_id=unit.id))
    db.flush()
    return user


def ensure_unit(db: Session, name: str, region: str = "") -> UnitRow:
    unit = db.scalar(select(UnitRow).where(UnitRow.name == name.strip()))
    if unit is None:
        unit = UnitRow(name=name.strip(), region=region)
        db.add(unit)
        db.flush()
    return unit


def issue_api_token(db: Session, user: UserRow) -> str:
    """A new API token for ``user`` (only its digest is stored); the old one stops working."""
    token = secrets.token_urlsafe(32)
    user.token_hash = token_digest(token)
    db.flush()
    return token


def recent_failures(db: Session, name: str, settings: Settings) -> int:
    since = utcnow() - timedelta(minutes=settings.login_window_minutes)
    query = select(func.count()).select_from(LoginFailureRow)
    count = db.scalar(query.where(LoginFailureRow.name == name, LoginFailureRow.at >= since))
    return int(count or 0)


def login(db: Session, name: str, password: str, settings: Settings) -> SessionRow | str:
    """Check the password and open a session, or return why not (one Chinese sentence).

    Failures are returned, not raised, so the caller commits the failure count."""
    name = name.strip()
    if recent_failures(db, name, settings) >= settings.login_max_failures:
        return f"登录失败次数过多，请 {settings.login_window_minutes} 分钟后再试"
    user = db.scalar(select(UserRow).where(UserRow.name == name))
    if user is None or not verify_password(user.password_hash, password):
        db.add(LoginFailureRow(name=name))
        db.flush()
        return "用户名或密码不正确"
    db.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name))
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
    return (user, row) if user is not None else None


def token_user(db: Session, token: str) -> UserRow | None:
    return db.scalar(select(UserRow).where(UserRow.token_hash == token_digest(token)))


def logout(db: Session, token: str) -> None:
    db.execute(delete(SessionRow).where(SessionRow.token == token))
