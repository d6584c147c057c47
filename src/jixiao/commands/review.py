"""``jixiao review``: review a batch of reports (folders, globs, zips) into a workbook and a dashboard;
``--letters`` adds a review letter per report, ``--summary`` the batch report (复核情况报告).

Exit code: 0 when every file was read and no error-level finding exists; 1 when any report has an
error-level finding or any file could not be read; 2 for unusable arguments; 130 when interrupted
by Ctrl-C, 143 by SIGTERM (what was reviewed so far is still written).
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

from jixiao.commands.limit_options import MAX_FILE_MB, MAX_PAGES, MAX_TEXT_CHARS, chosen_limits
from jixiao.commands.scanning import CACHE, use_cache
from jixiao.errors import InputError
from jixiao.limits import MB, Limits

_DEFAULTS = Limits()


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
        max_file_mb: float | None = MAX_FILE_MB,
        max_archive_mb: float | None = typer.Option(
            None, "--max-archive-mb", help=f"单个压缩包解压后总大小上限（MB，默认 {_DEFAULTS.archive_bytes // MB}）"),
        max_pages: int | None = MAX_PAGES,
        max_text_chars: int | None = MAX_TEXT_CHARS,
        max_worker_mb: float | None = typer.Option(
            None, "--max-worker-mb", help=f"每个处理进程的内存上限（MB，默认 {_DEFAULTS.worker_bytes // MB}，0 不限）"),
        pages: bool = typer.Option(True, "--pages/--no-pages", help="是否为每份报告生成 HTML 页面"),
        timeout: int = typer.Option(_DEFAULTS.file_seconds, "--timeout",
                                    help="单个文件的处理时限（秒，0 为不限；扫描件每页另加 60 秒）"),
        letters: bool = typer.Option(False, "--letters", help="为每份报告写复核意见（Word，letters/ 文件夹）"),
        summary: bool = typer.Option(False, "--summary", help="写复核情况报告（Word，并在 review.html 中显示）"),
        reviewer_unit: str | None = typer.Option(None, "--reviewer-unit", help="复核单位（落款），如 某区财政局"),
        deadline: str | None = typer.Option(None, "--deadline", help="整改期限，如 2025-06-30"),
        days: int | None = typer.Option(None, "--days", help="整改期限：复核意见日期后若干天"),
        config: Path | None = typer.Option(None, "--config",
                                           help="复核配置文件（YAML：reviewer_unit、deadline 或 days、date）"),
        cache: Path | None = CACHE,
    ) -> None:
        """复核一批自评报告：重算得分、逐项检查，输出 review.xlsx、review.json 和 review.html。"""
        from jixiao.review import ReviewOptions, exit_code, run_review, summary_line
        from jixiao.review.bureau import BureauOptions
        from jixiao.review.letter_settings import letter_settings

        if jobs < 0:
            raise InputError(f"--jobs 必须不小于 0（收到 {jobs}）")
        if timeout < 0:
            raise InputError(f"--timeout 必须不小于 0（收到 {timeout}）")
        if max_archive_mb is not None and max_archive_mb <= 0:
            raise InputError(f"--max-archive-mb 必须大于 0（收到 {max_archive_mb}）")
        if max_worker_mb is not None and max_worker_mb < 0:
            raise InputError(f"--max-worker-mb 不能小于 0（收到 {max_worker_mb}）")
        if pack is not None:
            from jixiao.scoring import load_pack

            load_pack(pack)  # an unknown pack is an argument error (exit 2), before any work starts
        settings = letter_settings(config, reviewer_unit, deadline, days)
        bureau = BureauOptions(letters=letters, summary=summary, settings=settings)
        use_cache(cache)
        chosen = chosen_limits(max_file_mb, max_pages, max_text_chars, file_seconds=timeout,
                               archive_bytes=None if max_archive_mb is None else int(max_archive_mb * MB),
                               worker_bytes=None if max_worker_mb is None else int(max_worker_mb * MB))
        options = ReviewOptions(out_dir=out, pack=pack, jobs=jobs, pages=pages, limits=chosen, timeout=timeout,
                                bureau=bureau)
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
        for kind in ("html", "xlsx", "json", "summary", "letters"):
            if kind in outcome.paths:
                typer.echo(f"{kind}: {outcome.paths[kind]}")
        raise typer.Exit(exit_code(outcome))
