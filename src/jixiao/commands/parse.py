"""``jixiao parse``: read a self-evaluation report (txt/md, docx, pdf, xlsx, doc/wps) into an evaluation file."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from jixiao import limits
from jixiao.commands.limit_options import MAX_FILE_MB, MAX_PAGES, MAX_TEXT_CHARS, chosen_limits
from jixiao.commands.scanning import CACHE, page_progress, use_cache
from jixiao.errors import InputError
from jixiao.model import Evaluation
from jixiao.modelio import dump_json, dump_yaml, save_evaluation
from jixiao.readers import read_any, with_year


def explain_lines(evaluation: Evaluation) -> list[str]:
    """One line per extracted fact: ``field = value ← location「text」`` (guesses marked)."""
    data = evaluation.model_dump(exclude={"provenance", "reading", "alternatives"})
    lines = []
    for path, source in evaluation.provenance.items():
        value = _lookup(data, path)
        shown = _short(value)
        mark = "（推测）" if source.guessed else ""
        lines.append(f"{path} = {shown} ← {source.location}「{source.text}」{mark}")
    return lines


def _lookup(data: object, path: str) -> object:
    current = data
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


def _short(value: object) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if v not in (None, "", [], {})}
        text = "，".join(f"{k}={_short(v)}" for k, v in value.items())
    elif isinstance(value, list):
        text = f"[{len(value)} 项]"
    else:
        text = str(getattr(value, "value", value))
    return text if len(text) <= 40 else text[:39] + "…"


FORM = typer.Option(None, "--form", help="文件含多张自评表时读取第几张（从 1 起，默认第 1 张）")


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse(
        file: Path = typer.Argument(
            ..., help=("自评报告：.txt/.md、.docx、.pdf、.xlsx、扫描图片 .png/.jpg/.tif"
                  "（.doc/.wps/.rtf/.odt/.xls/.et/.ods 需 LibreOffice）"),
            readable=False),
        output: Path | None = typer.Option(None, "-o", "--output", help="写入评价文件（.yaml 或 .json）"),
        fmt: str | None = typer.Option(
            None, "--format", help="输出格式：yaml 或 json（默认按 -o 的扩展名，否则 yaml）"),
        explain: bool = typer.Option(False, "--explain", help="逐项列出每个事实的出处"),
        year: int | None = typer.Option(None, "--year", help="评价年度（覆盖从报告中读到的年度）"),
        form: int | None = FORM,
        cache: Path | None = CACHE,
        max_file_mb: float | None = MAX_FILE_MB,
        max_pages: int | None = MAX_PAGES,
        max_text_chars: int | None = MAX_TEXT_CHARS,
    ) -> None:
        """读取自评报告，输出评价文件（YAML/JSON），缺失或矛盾之处作为警告输出到标准错误。"""
        if fmt is not None and fmt not in ("yaml", "json"):
            raise InputError(f"--format 只能是 yaml 或 json（收到 “{fmt}”）")
        if year is not None and not 1990 <= year <= 2100:
            raise InputError(f"--year：评价年度应在 1990 到 2100 之间（收到 {year}）")
        use_cache(cache)
        with limits.using(chosen_limits(max_file_mb, max_pages, max_text_chars)), page_progress():
            result = read_any(file, form)
        if year is not None:
            result = with_year(result, year)
        evaluation = result.evaluation
        for warning in result.warnings:
            typer.echo(f"警告：{warning}", err=True)
        if explain:
            for line in explain_lines(evaluation):
                typer.echo(line)
        if output is not None:
            if output.suffix.lower() not in (".yaml", ".yml", ".json") and fmt is None:
                raise InputError(f"{output}：输出文件的扩展名应为 .yaml、.yml 或 .json")
            output.parent.mkdir(parents=True, exist_ok=True)
            if fmt is None:
                save_evaluation(evaluation, output)
            else:
                text = dump_json(evaluation) if fmt == "json" else dump_yaml(evaluation)
                output.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
            counts = f"{len(evaluation.indicators)} 个指标，{len(result.warnings)} 条警告"
            typer.echo(f"已写入 {output}（{counts}）", err=True)
        elif not explain:
            text = dump_json(evaluation) if fmt == "json" else dump_yaml(evaluation)
            sys.stdout.write(text.rstrip("\n") + "\n")
