"""every unit has a region; users can be disabled; login failures per (name, address)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 15:40:00

Units created without a region (a mistyped unit in 添加用户 made them) get the region of an editor
linked to them, else the administrative prefix of their name (重庆市璧山区…), else 未指定地区, which
the admin page lists for correction; then ``region <> ''`` is enforced.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

UNSET_REGION = "未指定地区"
_REGION = re.compile(r"^.{2,12}?(?:省|自治区|市)(?:.{1,10}?(?:市|自治州|盟|地区))?(?:.{1,10}?(?:区|县|旗))?")


def _region_of(name: str) -> str:
    match = _REGION.match(name)
    return match.group(0) if match and match.group(0) != name else ""


def upgrade() -> None:
    conn = op.get_bind()
    orphans = conn.execute(sa.text("SELECT id, name FROM units WHERE region IS NULL OR region = ''")).all()
    for unit_id, name in orphans:
        linked = conn.execute(sa.text(
            "SELECT u.region FROM users u JOIN user_units uu ON uu.user_id = u.id "
            "WHERE uu.unit_id = :unit AND u.region <> '' ORDER BY u.id"
        ), {"unit": unit_id}).first()
        region = (linked[0] if linked else "") or _region_of(name) or UNSET_REGION
        conn.execute(sa.text("UPDATE units SET region = :region WHERE id = :unit"), {"region": region, "unit": unit_id})
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_check_constraint('ck_units_region', "region <> ''")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disabled', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.String(length=64), nullable=False, server_default=''))
        batch_op.create_index('ix_login_failures_name_address', ['name', 'address'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failures_name_address')
        batch_op.drop_column('address')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('disabled')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_constraint('ck_units_region', type_='check')
