"""``jixiao init [--template NAME] FILE``: write a starter evaluation from a template."""

from __future__ import annotations

from pathlib import Path

import typer

from jixiao.errors import InputError
from jixiao.starters import DEFAULT_TEMPLATE, list_templates, template_text


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(
        file: Path | None = typer.Argument(None, help="要写出的评价文件（.yaml）"),
        template: str = typer.Option(DEFAULT_TEMPLATE, "--template", help="模板名称（见 --list）"),
        force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
        show_list: bool = typer.Option(False, "--list", help="列出可用模板"),
        unit: str | None = typer.Option(None, "--unit", help="填入的单位全称"),
        year: int | None = typer.Option(None, "--year", help="填入的评价年度"),
    ) -> None:
        """按模板写出一份待填写的评价文件（YAML）。"""
        if show_list:
            for name, title in list_templates().items():
                typer.echo(f"{name}\t{title}")
            return
        if file is None:
            raise InputError("请给出要写出的文件路径，例如 jixiao init my-unit-2025.yaml")
        if year is not None and not 1990 <= year <= 2100:
            raise InputError(f"--year：评价年度应在 1990 到 2100 之间（收到 {year}）")
        text = template_text(template, unit=unit, year=year)
        if file.exists() and not force:
            raise InputError(f"{file}：文件已存在，未覆盖（确需覆盖请加 --force）")
        if file.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(f"{file}：模板是 YAML，文件名应以 .yaml 或 .yml 结尾")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{file}：无法写入（{exc.strerror}）") from None
        typer.echo(f"已按模板 {template} 写出 {file}：各字段留空待填，行末注释是填写提示。")
