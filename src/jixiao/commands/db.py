"""``jixiao db``: schema migrations and the demo data set."""

from __future__ import annotations

from pathlib import Path

import typer

DEMO_USERS: tuple[tuple[str, str, str, list[str], str], ...] = (
    # name, password, role, units, region
    ("daxing", "daxing-2024", "editor", ["重庆市璧山区大兴镇人民政府"], "重庆市璧山区"),
    ("other", "other-2024", "editor", ["重庆市璧山区丁家街道办事处"], "重庆市璧山区"),
    ("reviewer", "reviewer-2024", "reviewer", [], "重庆市璧山区"),
    ("admin", "admin-2024", "admin", [], ""),
)


def register(app: typer.Typer) -> None:
    db_app = typer.Typer(help="数据库：升级结构、写入演示数据。", no_args_is_help=True)
    app.add_typer(db_app, name="db")

    @db_app.command("upgrade")
    def db_upgrade() -> None:
        """把数据库结构升级到最新版本（Alembic 迁移）。"""
        from jixiao.web.config import database_url
        from jixiao.web.db import current_revision, upgrade

        url = database_url()
        upgrade(url)
        typer.echo(f"数据库已是最新结构（{current_revision(url)}）：{url.split('@')[-1]}")

    @db_app.command("demo")
    def db_demo(example: Path = typer.Argument(Path("examples/daxing-2024.yaml"), help="演示用的评价文件")) -> None:
        """写入演示单位、演示用户和示例评价（可重复执行），并打印演示账号。"""
        from jixiao.web.config import database_url
        from jixiao.web.db import upgrade
        from jixiao.web.demo import seed_demo

        url = database_url()
        upgrade(url)
        for line in seed_demo(url, example, DEMO_USERS):
            typer.echo(line)
