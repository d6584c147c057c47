"""``jixiao review``: review a batch of reports (folders, globs, zips) into a workbook and a dashboard.

Exit code: 0 when every file was read and no error-level finding exists; 1 when any report has an
error-level finding or any file could not be read; 2 for unusable arguments; 130 when interrupted
(what was reviewed so far is still written).
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from jixiao.errors import InputError


class RateColumn(ProgressColumn):
    """Files per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} 份/秒" if speed else "– 份/秒")


def register(app: typer.Typer) -> None:
    @app.command("review")
    def review(
        paths: list[str] = typer.Argument(..., help="报告文件、文件夹、通配符或 zip 压缩包"),
        out: Path = typer.Option(Path("review-out"), "--out", "-o", help="输出文件夹"),
        pack: str | None = typer.Option(None, "--pack", help="规则包名称或 YAML 路径（默认按报告或 central-2020）"),
        jobs: int = typer.Option(0, "--jobs", "-j", help="并行进程数（默认全部 CPU 核）"),
        max_mb: float = typer.Option(50, "--max-file-mb", help="单个文件大小上限（MB）"),
        max_archive_mb: float = typer.Option(1024, "--max-archive-mb", help="单个压缩包解压后总大小上限（MB）"),
        pages: bool = typer.Option(True, "--pages/--no-pages", help="是否为每份报告生成 HTML 页面"),
        timeout: int = typer.Option(120, "--timeout", help="单个文件的处理时限（秒，0 为不限）"),
    ) -> None:
        """复核一批自评报告：重算得分、逐项检查，输出 review.xlsx、review.json 和 review.html。"""
        from jixiao.review import Limits, ReviewOptions, exit_code, run_review, summary_line

        if jobs < 0:
            raise InputError(f"--jobs 必须不小于 0（收到 {jobs}）")
        if timeout < 0:
            raise InputError(f"--timeout 必须不小于 0（收到 {timeout}）")
        if max_mb <= 0 or max_archive_mb <= 0:
            raise InputError("--max-file-mb 和 --max-archive-mb 必须大于 0")
        if pack is not None:
            from jixiao.scoring import load_pack

            load_pack(pack)  # an unknown pack is an argument error (exit 2), before any work starts
        limits = Limits(max_file_bytes=int(max_mb * 1024 * 1024), max_archive_bytes=int(max_archive_mb * 1024 * 1024))
        options = ReviewOptions(out_dir=out, pack=pack, jobs=jobs, pages=pages, limits=limits, timeout=timeout)
        console = Console(stderr=True)
        with Progress(TextColumn("复核"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(),
                      TextColumn("剩余"), TimeRemainingColumn(), console=console, transient=False) as progress:
            task = progress.add_task("review", total=None)
            outcome = run_review(
                paths, options,
                on_start=lambda total: progress.update(task, total=total),
                on_done=lambda n: progress.advance(task, n),
            )
        typer.echo(summary_line(outcome))
        for kind in ("html", "xlsx", "json"):
            typer.echo(f"{kind}: {outcome.paths[kind]}")
        raise typer.Exit(exit_code(outcome))
