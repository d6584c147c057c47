"""The batch: files → worker processes → results streamed to review.xlsx / review.json → review.html.

Work goes out in small chunks with a bounded number in flight, so memory stays flat however large
the batch; each result is written as it arrives and then dropped (only a small summary row per report
is kept, for the dashboard). A file that takes too long is cut off (``timeout``); a file that kills
its worker is found by retrying the files that were in flight one at a time in a fresh pool, and
only it is listed as unreadable. Ctrl-C stops the workers and still writes everything reviewed so
far (the chunks in flight are dropped).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.review.bureau import BureauOptions, BureauOutputs
from jixiao.review.dashboard import write_dashboard
from jixiao.review.inputs import Item, Limits, collect
from jixiao.review.jsonout import ReviewJson
from jixiao.review.tally import Tally
from jixiao.review.workbook import ReviewWorkbook
from jixiao.review.worker import FileResult, review_file, worker_pack

Work = tuple[str, str]  # (display name, path)
WORKER_DIED = "读取时处理进程异常退出（文件可能损坏或过于复杂）"


@dataclass
class ReviewOptions:
    out_dir: Path
    pack: str | None = None
    jobs: int = 0  # 0: all cores
    pages: bool = True
    timeout: int = 120  # seconds per file; 0: no limit
    limits: Limits = field(default_factory=Limits)
    bureau: BureauOptions = field(default_factory=BureauOptions)  # letters and the batch report


@dataclass
class ReviewOutcome:
    files: int
    reviewed: int
    unreadable: int
    errors: int
    warnings: int
    interrupted: bool
    paths: dict[str, Path]


# Readers that the workers would otherwise import on their first file (the report extractor, and the
# format readers that bring a heavy library of their own), by the suffixes that need them.
_READER_MODULES = {".txt": "jixiao.readers.source_text", ".md": "jixiao.readers.source_text",
                   ".docx": "jixiao.readers.source_docx", ".pdf": "jixiao.readers.source_pdf",
                   ".xlsx": "jixiao.readers.source_xlsx"}


def _preload(work: list[Work], pack: str | None, pages: bool) -> None:
    """Load once, in the parent, what every worker would otherwise load on its first file, so that the
    forked workers start with it: the pipeline, the readers of the formats in the batch, the rule
    pack, and the HTML writer with its templates compiled when pages are written.

    What is loaded is then frozen out of the garbage collector: the workers' collections no longer walk
    (and so no longer write to, copying the shared memory page by page) the objects they inherit.
    """
    import jixiao.checks
    import jixiao.readers
    import jixiao.scoring  # noqa: F401

    suffixes = {Path(path).suffix.lower() for _, path in work}
    formats = sorted({module for suffix, module in _READER_MODULES.items() if suffix in suffixes})
    for module in ["jixiao.readers.report", *formats]:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    with contextlib.suppress(JixiaoError):
        worker_pack(pack)
    if pages:
        with contextlib.suppress(ImportError):
            from jixiao.writers.templating import compile_all

            compile_all()
    gc.freeze()


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means


def _review_chunk(chunk: list[Work], pack: str | None, pages_dir: str | None, timeout: int,
                  letters: bool = False) -> list[FileResult]:
    return [review_file(display, path, pack, pages_dir, timeout, letters) for display, path in chunk]


def _chunks(work: list[Work], size: int) -> Iterator[list[Work]]:
    for start in range(0, len(work), size):
        yield work[start:start + size]


class _Sinks:
    """The three outputs, fed one result at a time."""

    def __init__(self, out_dir: Path, pack: str | None, bureau: BureauOptions) -> None:
        self.out_dir, self.pack = out_dir, pack
        self.bureau = BureauOutputs(out_dir, bureau)
        self.tally = Tally()
        self.workbook = ReviewWorkbook(out_dir / "review.xlsx")
        self.json = ReviewJson(out_dir / "review.json")

    def unreadable(self, file: str, reason: str) -> None:
        self.tally.add_unreadable(file, reason)
        self.workbook.add_unreadable(file, reason)

    def result(self, result: FileResult) -> None:
        if result.row is None:
            self.unreadable(result.file, result.error or "无法读取")
            return
        findings = result.findings
        duplicate = self.tally.duplicate_finding(result.row)
        if duplicate is not None:
            findings = [*findings, duplicate]
            result.row["warnings"] += 1
        self.tally.add_report(result.row, findings)
        self.bureau.add(result.file, result.dossier, findings, [duplicate] if duplicate is not None else [])
        for finding in findings:
            self.workbook.add_finding(finding)
            self.json.add_finding(finding)

    def close(self, files: int, interrupted: bool) -> dict[str, Path]:
        tally = self.tally
        rows = {row["file"]: row for row in tally.reports}
        for finding in self.bureau.cross_findings():  # year over year, copied text: counted with the rest
            row = rows.get(finding["file"])
            if row is not None:
                tally.add_late(row, finding)
                self.workbook.add_finding(finding)
                self.json.add_finding(finding)
        series = self.bureau.unit_years()
        for row in tally.reports:  # written last: findings across reports may still change their counts
            self.workbook.add_report(row)
        counts = tally.counts()
        header = {
            "generated": datetime.now().isoformat(timespec="seconds"),
            "pack": self.pack or "默认（central-2020 或报告指定）",
            "interrupted": interrupted,
            "totals": {"files": files, "reviewed": len(tally.reports), "unreadable": len(tally.unreadable),
                       "errors": tally.errors, "warnings": sum(r["warnings"] for r in tally.reports)},
        }
        summary = self.bureau.summary_report(header, tally.reports, counts, tally.unreadable, pictures=True)
        paths = {
            "xlsx": self.workbook.close(counts),
            "json": self.json.close(header, tally.reports, counts, tally.unreadable, series),
            "html": write_dashboard(self.out_dir / "review.html", header, tally.reports, counts, tally.unreadable,
                                    summary=summary, series=series),
        }
        return paths | self.bureau.finish(summary, series)


def run_review(args: list[str], options: ReviewOptions,
               on_start: Callable[[int], None] | None = None,
               on_done: Callable[[int], None] | None = None) -> ReviewOutcome:
    """Review every file named by ``args``; write review.xlsx, review.json and review.html into the
    output folder. ``on_start(total)`` and ``on_done(n)`` report progress."""
    out = options.out_dir
    out.mkdir(parents=True, exist_ok=True)
    items: list[Item] = collect(args, out, options.limits)
    pages_dir = out / "reports" if options.pages else None
    if pages_dir is not None:
        pages_dir.mkdir(exist_ok=True)
    sinks = _Sinks(out, options.pack, options.bureau)
    if on_start:
        on_start(len(items))
    work: list[Work] = []
    for item in items:
        if item.path is None:
            sinks.unreadable(item.display, item.error or "无法读取")
            if on_done:
                on_done(1)
        else:
            work.append((item.display, str(item.path)))
    jobs = options.jobs or os.cpu_count() or 1
    interrupted = False
    try:
        if jobs == 1 or len(work) <= 1:
            for display, path in work:
                sinks.result(review_file(display, path, options.pack, str(pages_dir) if pages_dir else None,
                                         options.timeout, options.bureau.letters))
                if on_done:
                    on_done(1)
        else:
            _preload(work, options.pack, pages_dir is not None)
            settings = (options.pack, str(pages_dir) if pages_dir else None, options.timeout, options.bureau.letters)
            _Parallel(jobs, settings, sinks, on_done).run(work)
    except KeyboardInterrupt:
        interrupted = True
    paths = sinks.close(len(items), interrupted)
    tally = sinks.tally
    return ReviewOutcome(files=len(items), reviewed=len(tally.reports), unreadable=len(tally.unreadable),
                         errors=tally.errors, warnings=sum(r["warnings"] for r in tally.reports),
                         interrupted=interrupted, paths=paths)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)


class _Parallel:
    """Chunks of files through a process pool, a bounded number in flight.

    When a worker dies (the pool breaks), every file that was in flight becomes a suspect: suspects
    are then reviewed one at a time in a fresh pool, so only the file that kills a worker is listed
    as unreadable and the innocent ones in flight with it are still reviewed.
    """

    def __init__(self, jobs: int, settings: tuple[str | None, str | None, int, bool], sinks: _Sinks,
                 on_done: Callable[[int], None] | None) -> None:
        self.jobs, self.settings, self.sinks, self.on_done = jobs, settings, sinks, on_done
        self.executor = _new_pool(jobs)
        self.running: dict[Future[list[FileResult]], list[Work]] = {}
        self.suspects: deque[Work] = deque()

    def _feed(self, results: list[FileResult]) -> None:
        for result in results:
            self.sinks.result(result)
        if self.on_done:
            self.on_done(len(results))

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = _new_pool(self.jobs)

    def _isolate(self, work: Work) -> None:
        future = self.executor.submit(_review_chunk, [work], *self.settings)
        try:
            self._feed(future.result())
        except BrokenProcessPool:
            self._feed([FileResult(work[0], error=WORKER_DIED)])
            self._restart()

    def run(self, work: list[Work]) -> None:
        size = max(1, min(16, len(work) // (self.jobs * 8)))
        pending = _chunks(work, size)
        window = self.jobs * 4
        try:
            while True:
                if self.suspects:
                    self._isolate(self.suspects.popleft())
                    continue
                while len(self.running) < window and (chunk := next(pending, None)) is not None:
                    self.running[self.executor.submit(_review_chunk, chunk, *self.settings)] = chunk
                if not self.running:
                    break
                done, _ = wait(self.running, return_when=FIRST_COMPLETED)
                for future in done:
                    chunk = self.running.pop(future)
                    try:
                        self._feed(future.result())
                    except BrokenProcessPool:
                        self.suspects.extend(chunk)
                if self.suspects:  # the pool broke: everything still in flight is suspect too
                    for chunk in self.running.values():
                        self.suspects.extend(chunk)
                    self.running.clear()
                    self._restart()
        except KeyboardInterrupt:
            for future in self.running:
                future.cancel()
            for process in list(getattr(self.executor, "_processes", {}).values()):
                process.terminate()
            self.executor.shutdown(wait=False, cancel_futures=True)
            raise
        self.executor.shutdown(wait=True)


def summary_line(outcome: ReviewOutcome) -> str:
    """One Chinese sentence for the terminal."""
    state = "（已中断，仅含已完成部分）" if outcome.interrupted else ""
    return (f"共 {outcome.files} 个文件：已复核 {outcome.reviewed} 份，无法读取 {outcome.unreadable} 个；"
            f"错误 {outcome.errors} 条，警告 {outcome.warnings} 条{state}")


def exit_code(outcome: ReviewOutcome) -> int:
    """0: every file read and no error-level finding; 1: an error-level finding or an unreadable file;
    130: interrupted."""
    if outcome.interrupted:
        return 130
    return 1 if outcome.errors or outcome.unreadable else 0


__all__: list[Any] = ["ReviewOptions", "ReviewOutcome", "exit_code", "run_review", "summary_line"]
