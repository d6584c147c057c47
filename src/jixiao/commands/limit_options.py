"""Options that raise the input limits a user could legitimately need more of, shared by the commands
that read files (the limits themselves and their defaults live in :mod:`jixiao.limits`)."""

from __future__ import annotations

import typer

from jixiao import limits
from jixiao.errors import InputError

_DEFAULTS = limits.Limits()

MAX_FILE_MB = typer.Option(
    None, "--max-file-mb", help=f"单个文件大小上限（MB，默认 {_DEFAULTS.file_bytes // limits.MB}）")
MAX_PAGES = typer.Option(None, "--max-pages", help=f"PDF 页数上限（默认 {_DEFAULTS.pages}）")
MAX_TEXT_CHARS = typer.Option(
    None, "--max-text-chars", help=f"一份报告的文字上限（字符数，默认 {_DEFAULTS.text_chars:,}）")


def chosen_limits(max_file_mb: float | None = None, max_pages: int | None = None,
                  max_text_chars: int | None = None, **more: int | None) -> limits.Limits:
    """The limits in force with the options given on the command line (``None``: not given)."""
    given = {"--max-file-mb": max_file_mb, "--max-pages": max_pages, "--max-text-chars": max_text_chars}
    for option, value in given.items():
        if value is not None and value <= 0:
            raise InputError(f"{option} 必须大于 0（收到 {value}）")
    file_bytes = int(max_file_mb * limits.MB) if max_file_mb is not None else None
    return limits.current().replace(file_bytes=file_bytes, pages=max_pages, text_chars=max_text_chars, **more)
