"""Rule packs uploaded by admins, kept in the database (table ``rule_packs``) so every worker sees
them. A pack is validated by the scoring package's own :class:`RulePack` model; the parsed pack is
cached per process keyed by (name, revision, text), so a re-upload seen by another worker is never
served stale."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from jixiao.errors import InputError
from jixiao.scoring.packs import PACKS_DIR, RulePack, list_packs, load_pack, parse_pack_text
from jixiao.web.access import NotFound, Principal, require_admin
from jixiao.web.tables import RulePackRow, utcnow

NAME_PATTERN = re.compile(r"^[0-9A-Za-z\u4e00-\u9fff][0-9A-Za-z\u4e00-\u9fff._-]{0,99}$")
MAX_PACK_BYTES = 512 * 1024


class PackSource(NamedTuple):
    """What a custom pack is made of, as stored; hashable, so it keys the caches."""

    name: str
    revision: int
    text: str


def shipped_names() -> list[str]:
    return list_packs()


@functools.lru_cache(maxsize=64)
def pack_of(source: PackSource) -> RulePack:
    """The parsed pack of a stored source (cached; callers must not modify it)."""
    return parse_pack_text(source.text, source.name)


def source_for(db: Session | None, name: str | None) -> PackSource | None:
    """None for a shipped pack (or none named: the default); the stored source of an active custom
    pack; InputError for an unknown or deactivated name. Never reads a file path."""
    if not name or name in shipped_names():
        return None
    row = db.scalar(select(RulePackRow).where(RulePackRow.name == name)) if db is not None else None
    if row is None:
        raise InputError(f"找不到名为 {name} 的规则包（可用：{'、'.join(shipped_names())} 或管理员上传的规则包）")
    if not row.active:
        raise InputError(f"规则包 {name} 已被管理员停用，请在编辑页改选其他规则包")
    return PackSource(row.name, row.revision, row.yaml_text)


def custom_rows(db: Session, *, active_only: bool = False) -> list[RulePackRow]:
    query = select(RulePackRow).order_by(RulePackRow.name)
    if active_only:
        query = query.where(RulePackRow.active.is_(True))
    return list(db.scalars(query))


def shipped_text(name: str) -> str:
    return (PACKS_DIR / f"{name}.yaml").read_text(encoding="utf-8")


def find(db: Session, name: str) -> tuple[RulePack, str, RulePackRow | None]:
    """(pack, YAML text, stored row or None when shipped) of any pack by name; 404 otherwise."""
    if name in shipped_names():
        return load_pack(name), shipped_text(name), None
    row = db.scalar(select(RulePackRow).where(RulePackRow.name == name))
    if row is None:
        raise NotFound(f"规则包 {name} 不存在")
    return pack_of(PackSource(row.name, row.revision, row.yaml_text)), row.yaml_text, row


def upload(db: Session, who: Principal, raw: bytes, filename: str) -> RulePackRow:
    """Validate and store an uploaded pack (a new name, or a new revision of a custom one).
    Nothing is stored when the pack is malformed or would shadow a shipped pack."""
    require_admin(who)
    where = filename or "上传的文件"
    if len(raw) > MAX_PACK_BYTES:
        raise InputError(f"规则包 {where}：文件超过 {MAX_PACK_BYTES // 1024} KB 上限")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"规则包 {where}：文件不是 UTF-8 编码的文本") from None
    pack = parse_pack_text(text, where)
    if pack.id in shipped_names():
        raise InputError(f"规则包 {where}：id \"{pack.id}\" 与系统自带的规则包同名，请换一个 id")
    if not NAME_PATTERN.match(pack.id):
        raise InputError(
            f"规则包 {where}：id \"{pack.id}\" 只能由字母、数字、汉字、点、横线和下划线组成（不超过 100 个字符）"
        )
    row = db.scalar(select(RulePackRow).where(RulePackRow.name == pack.id))
    now = utcnow()
    if row is None:
        row = RulePackRow(name=pack.id, revision=1, active=True, uploaded_at=now)
        db.add(row)
    else:
        row.revision += 1
    row.version = pack.version[:50]
    row.title = pack.title[:300]
    row.yaml_text = text
    row.uploaded_by = who.id
    row.uploaded_at = now
    row.updated_at = now
    db.flush()
    return row


def set_active(db: Session, who: Principal, name: str, active: bool) -> RulePackRow:
    require_admin(who)
    if name in shipped_names():
        raise InputError(f"规则包 {name} 随程序发布，不能停用")
    row = db.scalar(select(RulePackRow).where(RulePackRow.name == name))
    if row is None:
        raise NotFound(f"规则包 {name} 不存在")
    row.active = active
    row.updated_at = utcnow()
    db.flush()
    return row
