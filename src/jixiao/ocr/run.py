"""Reading a file's scanned pages: from the cache when seen before, else in parallel worker processes.

In the main process the pages go to a pool of workers (one per core, each loading the models once
and reading with one thread); inside a worker of a batch review, where the batch already uses every
core, they are read one after another in that worker. Each page read is reported for the progress
bar. A batch review bounds the time per file; each scanned page extends that bound by
:data:`PAGE_SECONDS`, so a long scan is not cut off for being a scan.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from jixiao.errors import InputError
from jixiao.limits import deadline
from jixiao.ocr import cache, engine, progress
from jixiao.ocr.page import scan_page
from jixiao.ocr.result import PageScan
from jixiao.ocr.sources import PageSource, load

PAGE_SECONDS = 60


def scan_pages(sources: list[PageSource], digest: str, jobs: int = 0) -> list[PageScan]:
    """Every page of ``sources`` read (``digest``: the file's content hash, the cache key)."""
    results: list[PageScan | None] = [cache.load(s.key(digest)) for s in sources]
    todo = [i for i, found in enumerate(results) if found is None]
    done = len(sources) - len(todo)
    progress.report(done, len(sources))
    for position, scan in _read([sources[i] for i in todo], jobs):
        index = todo[position]
        results[index] = scan
        cache.store(sources[index].key(digest), scan)
        done += 1
        progress.report(done, len(sources))
    return [scan for scan in results if scan is not None]


def read_source(source: PageSource) -> PageScan:
    pixels, dpi = load(source)
    try:
        return scan_page(pixels, dpi)
    finally:
        del pixels
        engine.release_memory()


def _read(sources: list[PageSource], jobs: int) -> Iterator[tuple[int, PageScan]]:
    workers = min(jobs or os.cpu_count() or 1, len(sources))
    if workers <= 1 or multiprocessing.parent_process() is not None:
        for position, source in enumerate(sources):
            deadline.extend(PAGE_SECONDS)
            yield position, read_source(source)
        return
    yield from _in_pool(sources, workers)


def _in_pool(sources: list[PageSource], workers: int) -> Iterator[tuple[int, PageScan]]:
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker)
    running: dict[Future[PageScan], int] = {pool.submit(read_source, s): i for i, s in enumerate(sources)}
    try:
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                position = running.pop(future)
                try:
                    yield position, future.result()
                except BrokenProcessPool:
                    path = sources[position].path
                    raise InputError(f"{path}：识别扫描页时处理进程异常退出（页面可能过大或已损坏）") from None
    except BaseException:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    engine.forget()  # never use the parent's sessions (their threads did not survive the fork)

