"""``jixiao user``: accounts for the web application."""

from __future__ import annotations

import os

import typer


def register(app: typer.Typer) -> None:
    user_app = typer.Typer(help="网页应用的用户。", no_args_is_help=True)
    app.add_typer(user_app, name="user")

    @user_app.command("add")
    def add(
        name: str = typer.Argument(..., help="用户名"),
        role: str = typer.Option(..., "--role", help="editor（单位填报员）、reviewer（复核员）或 admin（管理员）"),
        unit: list[str] = typer.Option(
            [], "--unit", help="填报员负责的单位（可多次指定；须已存在，见 jixiao user add-unit）"
        ),
        region: str = typer.Option("", "--region", help="地区（复核员复核该地区所有单位）"),
        password: str | None = typer.Option(None, "--password", help="密码；不给则读 JIXIAO_PASSWORD 或提示输入"),
    ) -> None:
        """新建用户。"""
        from jixiao.web.accounts import add_user
        from jixiao.web.config import database_url
        from jixiao.web.db import make_engine, session_factory, transaction, upgrade

        secret = password or os.environ.get("JIXIAO_PASSWORD") or typer.prompt("密码", hide_input=True,
                                                                               confirmation_prompt=True)
        url = database_url()
        upgrade(url)
        engine = make_engine(url)
        with transaction(session_factory(engine)) as db:
            user = add_user(db, name, secret, role, list(unit), region)
            typer.echo(f"已创建用户 {user.name}（{role}）")
        engine.dispose()

    @user_app.command("add-unit")
    def add_unit_command(
        name: str = typer.Argument(..., help="单位名称"),
        region: str = typer.Option(..., "--region", help="所属地区（必填：复核员按地区复核）"),
    ) -> None:
        """新建单位（须指定所属地区）。"""
        from jixiao.web.accounts import add_unit
        from jixiao.web.config import database_url
        from jixiao.web.db import make_engine, session_factory, transaction, upgrade

        url = database_url()
        upgrade(url)
        engine = make_engine(url)
        with transaction(session_factory(engine)) as db:
            unit = add_unit(db, name, region)
            typer.echo(f"已创建单位 {unit.name}（{unit.region}）")
        engine.dispose()

    @user_app.command("token")
    def token(name: str = typer.Argument(..., help="用户名")) -> None:
        """为用户生成新的 API 令牌（旧令牌随即失效），用于 Authorization: Bearer。"""
        from sqlalchemy import select

        from jixiao.errors import InputError
        from jixiao.web.auth import issue_api_token
        from jixiao.web.config import database_url
        from jixiao.web.db import make_engine, session_factory, transaction, upgrade
        from jixiao.web.tables import UserRow

        url = database_url()
        upgrade(url)
        engine = make_engine(url)
        with transaction(session_factory(engine)) as db:
            user = db.scalar(select(UserRow).where(UserRow.name == name))
            if user is None:
                raise InputError(f"用户 {name} 不存在")
            typer.echo(issue_api_token(db, user))
        engine.dispose()
