"""Page-by-page progress of OCR, for whoever shows it (the CLI's progress bar).

The readers are called through ``read_any(path)``; a caller that wants to show progress wraps
that call in :func:`reporting`, and OCR calls :func:`report` after each page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Callback = Callable[[int, int], None]  # (pages done, pages in all)
_CALLBACK: ContextVar[Callback | None] = ContextVar("jixiao_ocr_progress", default=None)


@contextmanager
def reporting(callback: Callback) -> Iterator[None]:
    token = _CALLBACK.set(callback)
    try:
        yield
    finally:
        _CALLBACK.reset(token)


def report(done: int, total: int) -> None:
    callback = _CALLBACK.get()
    if callback is not None:
        callback(done, total)
