"""``jixiao render FILE``: write the report (docx, pdf, html, md) or the score table (xlsx)."""

from __future__ import annotations

from pathlib import Path

import typer

from jixiao.checks import run_checks
from jixiao.errors import InputError
from jixiao.readers import read_any
from jixiao.scoring import load_pack, score_evaluation


def register(app: typer.Typer) -> None:
    @app.command("render")
    def render_command(
        file: Path = typer.Argument(..., help="评价文件（YAML/JSON）或自评报告（docx/pdf/txt/md/xlsx）",
                                    readable=False),
        fmt: str = typer.Option("docx", "--format", "-f", help="输出格式：docx、pdf、xlsx、html 或 md"),
        output: Path | None = typer.Option(None, "--output", "-o",
                                           help="输出文件；与 --all 一起时为输出目录（默认 out）"),
        all_formats: bool = typer.Option(False, "--all", help="一次写出全部五种格式"),
        templates: Path | None = typer.Option(None, "--templates",
                                              help="自定义段落模板目录（同名 .j2 文件覆盖内置模板）"),
        pack: str | None = typer.Option(None, "--pack", help="评分规则包（名称或 YAML 路径）"),
        scores: str = typer.Option("computed", "--scores",
                                   help="computed：按规则重算的得分（默认，与原填不同处加说明）；stated：原填得分"),
        final: bool = typer.Option(False, "--final", help="定稿：报告仍有【待补充：…】时拒绝生成（退出码 1）"),
    ) -> None:
        """生成自评报告（Word 公文格式、PDF、HTML、Markdown）或评分表（Excel）。"""
        from jixiao.writers import FORMATS, ScoreMode, render, render_all, report_placeholders

        if scores not in (ScoreMode.COMPUTED.value, ScoreMode.STATED.value):
            raise InputError(f"--scores 只能是 computed 或 stated（收到 \"{scores}\"）")
        fmt = fmt.lower().lstrip(".")
        if not all_formats and fmt not in FORMATS:
            raise InputError(f"不支持的输出格式 {fmt}（可选：{'、'.join(FORMATS)}）")
        result = read_any(file)
        evaluation = result.evaluation
        rule_pack = load_pack(pack if pack is not None else evaluation.rule_pack)
        score = score_evaluation(evaluation, rule_pack)
        todo = report_placeholders(evaluation, score, mode=scores, pack=rule_pack, templates_dir=templates)
        if todo:
            verb = "尚未补充，不能定稿" if final else "待补充（报告中已标出）"
            typer.echo(f"{file}：{len(todo)} 处{verb}：{'、'.join(todo)}", err=True)
            if final:
                raise typer.Exit(1)
        findings = run_checks(evaluation, rule_pack, score=score)
        options = {"score": score, "findings": findings, "templates_dir": templates, "mode": scores, "pack": rule_pack}
        if all_formats:
            directory = output or Path("out")
            if directory.exists() and not directory.is_dir():
                raise InputError(f"{directory} 不是目录：--all 需要用 -o 指定输出目录")
            paths = render_all(evaluation, directory, stem=file.stem, **options)  # type: ignore[arg-type]
        else:
            target = output or Path(f"{file.stem}.{fmt}")
            if target.resolve() == file.resolve():
                raise InputError(f"输出文件 {target} 与输入文件相同，请用 -o 指定其他路径")
            paths = [render(evaluation, fmt, target, **options)]  # type: ignore[arg-type]
        for path in paths:
            typer.echo(str(path))
