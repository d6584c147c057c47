"""Accounts and units, as an admin manages them: units (each in a region), users (an editor
linked to existing units, a reviewer to an existing region), passwords, disabling."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jixiao.errors import InputError
from jixiao.web.auth import ROLES, hash_password, verify_password
from jixiao.web.tables import SessionRow, UnitRow, UserRow, UserUnitRow


def add_user(
    db: Session, name: str, password: str, role: str, units: list[str] | None = None, region: str = ""
) -> UserRow:
    """Create a user. An editor is linked to ``units``, which must exist (a unit is created on its
    own, with its region: :func:`add_unit`); a reviewer's ``region`` must be the region of an
    existing unit, so no account is created that would see nothing."""
    name, region = name.strip(), region.strip()
    if not name:
        raise InputError("用户名不能为空")
    if role not in ROLES:
        raise InputError(f"角色只能是 editor、reviewer 或 admin（收到 \"{role}\"）")
    check_password(name, password)
    if db.scalar(select(UserRow).where(UserRow.name == name)) is not None:
        raise InputError(f"用户 {name} 已存在")
    linked = [_existing_unit(db, unit_name) for unit_name in dict.fromkeys(u.strip() for u in units or [] if u.strip())]
    if role == "editor" and not linked:
        raise InputError(f"填报员 {name} 至少要负责一个单位（从已有单位中选择）")
    if role == "reviewer":
        known = regions(db)
        if not region:
            raise InputError(f"复核员 {name} 必须指定所复核的地区")
        if region not in known:
            listed = "、".join(known) or "无"
            raise InputError(f"地区 {region} 下还没有任何单位（已有地区：{listed}），请先新建该地区的单位")
    if role == "editor" and not region:
        region = linked[0].region
    user = UserRow(name=name, password_hash=hash_password(password), role=role, region=region)
    db.add(user)
    db.flush()
    for unit in linked:
        db.add(UserUnitRow(user_id=user.id, unit_id=unit.id))
    db.flush()
    return user


def check_password(name: str, password: str) -> None:
    if len(password) < 8:
        raise InputError(f"用户 {name} 的密码至少需要 8 个字符")


def _existing_unit(db: Session, name: str) -> UnitRow:
    unit = db.scalar(select(UnitRow).where(UnitRow.name == name))
    if unit is None:
        raise InputError(f"单位 {name} 不存在：请先新建该单位（须指定所属地区），再为它添加填报员")
    return unit


def add_unit(db: Session, name: str, region: str) -> UnitRow:
    """Create a unit in ``region`` (required: a reviewer sees the units of a region); InputError
    when the name is empty or taken."""
    name, region = name.strip(), region.strip()
    if not name:
        raise InputError("单位名称不能为空")
    if not region:
        raise InputError(f"单位 {name} 必须指定所属地区（复核员按地区复核）")
    existing = db.scalar(select(UnitRow).where(UnitRow.name == name))
    if existing is not None:
        raise InputError(f"单位 {name} 已存在（所属地区 {existing.region}）")
    unit = UnitRow(name=name, region=region)
    db.add(unit)
    db.flush()
    return unit


def ensure_unit(db: Session, name: str, region: str) -> UnitRow:
    """The unit named ``name``, created in ``region`` when missing (demo data and fixtures)."""
    unit = db.scalar(select(UnitRow).where(UnitRow.name == name.strip()))
    return unit if unit is not None else add_unit(db, name, region)


def regions(db: Session) -> list[str]:
    """Every region that has at least one unit."""
    return sorted(set(db.scalars(select(UnitRow.region))))


def set_password(db: Session, user: UserRow, password: str) -> None:
    """A new password for ``user``; every session of theirs ends (they sign in again)."""
    check_password(user.name, password)
    user.password_hash = hash_password(password)
    db.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
    db.flush()


def change_own_password(db: Session, user: UserRow, current: str, new: str, confirm: str) -> None:
    if not verify_password(user.password_hash, current):
        raise InputError("当前密码不正确")
    if new != confirm:
        raise InputError("两次输入的新密码不一致")
    set_password(db, user, new)


def set_disabled(db: Session, user: UserRow, disabled: bool) -> None:
    """Disable (sessions and API token end at once) or re-enable an account."""
    user.disabled = disabled
    if disabled:
        user.token_hash = None
        db.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
    db.flush()
