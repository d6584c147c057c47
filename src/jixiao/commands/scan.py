"""``jixiao scan FILE -o OUT``: a scanned copy of a report, as a finance bureau receives it (tests, demos)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("scan")
    def scan(
        file: Path = typer.Argument(..., help="报告：PDF 直接使用；其他格式先生成 PDF（需 LibreOffice）"),
        output: Path = typer.Option(..., "--output", "-o",
                                    help="扫描件：.pdf（仅含图片）、.tif/.tiff（多页）、.png/.jpg（每页一个文件）"),
        seed: int = typer.Option(0, "--seed", help="随机种子（相同种子得到相同的扫描件）"),
        dpi: int = typer.Option(200, "--dpi", help="扫描分辨率（150–600 dpi）"),
        seal: str | None = typer.Option(None, "--seal", help="印章上的文字（默认为报告的单位名称）"),
    ) -> None:
        """把报告做成模拟扫描件：落款处和表格上各盖一枚红色圆章，纸张泛黄、歪斜、模糊、噪点、JPEG 压缩，一页倒置。"""
        from jixiao.readers import read_any
        from jixiao.synth.scan import ScanStyle, scan_report

        evaluation = None
        if file.suffix.lower() != ".pdf" or seal is None:
            evaluation = read_any(file).evaluation
        with tempfile.TemporaryDirectory() as folder:
            pdf = file
            if file.suffix.lower() != ".pdf":
                from jixiao.writers import render

                assert evaluation is not None
                pdf = render(evaluation, "pdf", Path(folder) / f"{file.stem}.pdf")
            text = seal if seal is not None else (evaluation.unit.name if evaluation is not None else "")
            scan_report(pdf, output, seed=seed, style=ScanStyle(dpi=dpi), seal_text=text)
        typer.echo(str(output))
