"""``jixiao synth``: write a batch of synthetic self-evaluation reports and their expected facts."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def register(app: typer.Typer) -> None:
    @app.command("synth")
    def synth(
        count: int = typer.Argument(..., help="报告数量"),
        out: Path = typer.Option(..., "--out", "-o", help="输出文件夹"),
        seed: int = typer.Option(0, "--seed", help="随机种子（相同种子生成相同报告）"),
        formats: str = typer.Option("txt", "--formats", help="输出格式，逗号分隔：txt,docx,pdf,scan（扫描件）"),
        defect_rate: float = typer.Option(0.3, "--defect-rate", help="植入问题的报告比例（0–1）"),
    ) -> None:
        """生成 N 份内容各异的模拟自评报告及 expected.json（真实数据与植入的问题）。"""
        from jixiao.synth import generate_batch, parse_formats

        chosen = parse_formats(formats)
        with Progress(TextColumn("生成报告"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      transient=True) as progress:
            task = progress.add_task("synth", total=count)
            expected = generate_batch(count, out, seed=seed, formats=chosen, defect_rate=defect_rate,
                                      progress=lambda done: progress.update(task, completed=done))
        planted = sum(1 for r in expected["reports"] if r["defects"])
        typer.echo(f"已生成 {count} 份报告（{'、'.join(chosen)}），其中 {planted} 份植入问题：{out / 'expected.json'}")
