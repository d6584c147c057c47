"""What the reading commands share for scanned reports: the OCR cache option and a page progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

# the --cache option of every reading command (parse, check, review)
CACHE = typer.Option(None, "--cache",
                     help="扫描件识别结果的缓存目录（默认 ~/.cache/jixiao/ocr，按文件内容缓存，重复读取不再识别）")


def use_cache(folder: Path | None) -> None:
    """``--cache DIR``: OCR results go to (and come from) ``folder``, in this process and its workers."""
    from jixiao.ocr.cache import use

    use(folder)


@contextmanager
def page_progress() -> Iterator[None]:
    """A progress bar on stderr, page by page, while OCR reads a scanned file (nothing otherwise, and
    nothing when stderr is not a terminal: logs and pipes get no bar)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from jixiao.ocr.progress import reporting

    bar: Progress | None = None
    task = None
    console = Console(stderr=True)

    def update(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            if done >= total or not console.is_terminal:  # all from the cache, or no one watching
                return
            bar = Progress(TextColumn("识别扫描页"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                           console=console, transient=True)
            bar.start()
            task = bar.add_task("ocr", total=total)
        bar.update(task, completed=done, total=total)  # type: ignore[arg-type]

    try:
        with reporting(update):
            yield
    finally:
        if bar is not None:
            bar.stop()
