"""The batch: paths → worker processes → results streamed to review.xlsx / review.json → review.html.

Every path given or found ends in exactly one list: reviewed, unreadable (with the reason) or skipped
(with the reason), so the counts add up. Files go to worker processes one at a time (:mod:`pool`):
a file that takes too long or kills its worker is listed and its worker replaced. Each result is
written as it arrives and then dropped (only a small summary row per report is kept, for the
dashboard). Ctrl-C and SIGTERM (a scheduler's ``timeout``) stop the workers and still write
everything reviewed so far; the files not reached are listed as skipped.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

from jixiao import limits
from jixiao.errors import JixiaoError
from jixiao.review.bureau import BureauOptions, BureauOutputs
from jixiao.review.dashboard import write_dashboard
from jixiao.review.inputs import Item, collect
from jixiao.review.jsonout import ReviewJson
from jixiao.review.pool import Pool, Settings, Work
from jixiao.review.tally import Tally
from jixiao.review.workbook import ReviewWorkbook
from jixiao.review.worker import FileResult, worker_pack

INTERRUPTED = "复核已中断，未处理"


@dataclass
class ReviewOptions:
    out_dir: Path
    pack: str | None = None
    jobs: int = 0  # 0: all cores
    pages: bool = True
    timeout: int = 120  # seconds per file; 0: no limit
    limits: limits.Limits = field(default_factory=limits.current)
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
    skipped: int = 0
    signal: int = 0  # the signal that stopped the batch (SIGINT, SIGTERM), 0 when none


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

    def skipped(self, file: str, reason: str) -> None:
        self.tally.add_skipped(file, reason)
        self.workbook.add_skipped(file, reason)

    def item(self, item: Item) -> None:
        if item.skipped is not None:
            self.skipped(item.display, item.skipped)
        else:
            self.unreadable(item.display, item.error or "无法读取")

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
                       "skipped": len(tally.skipped), "errors": tally.errors,
                       "warnings": sum(r["warnings"] for r in tally.reports)},
        }
        summary = self.bureau.summary_report(header, tally.reports, counts, tally.unreadable, pictures=True)
        paths = {
            "xlsx": self.workbook.close(counts),
            "json": self.json.close(header, tally.reports, counts, tally.unreadable, tally.skipped, series),
            "html": write_dashboard(self.out_dir / "review.html", header, tally.reports, counts, tally.unreadable,
                                    tally.skipped, summary=summary, series=series),
        }
        return paths | self.bureau.finish(summary, series)


class Stopped(KeyboardInterrupt):
    """SIGTERM, raised where the main process is, and handled like Ctrl-C."""


class _Held:
    """A stop that came while one file's result was being written, raised once it is written: a file
    is never both in the outputs and listed as not reviewed."""

    writing = False
    pending: type[KeyboardInterrupt] | None = None


def _on_stop(signum: int, frame: FrameType | None) -> None:
    stop = Stopped if signum == signal.SIGTERM else KeyboardInterrupt
    if _Held.writing:
        _Held.pending = stop
        return
    raise stop


@contextlib.contextmanager
def writing_one() -> Iterator[None]:
    _Held.writing = True
    try:
        yield
    finally:
        _Held.writing = False
    stop, _Held.pending = _Held.pending, None
    if stop is not None:
        raise stop


@contextlib.contextmanager
def _signals_handled(handler: signal.Handlers | Callable[[int, FrameType | None], None]) -> Iterator[None]:
    """Ctrl-C and SIGTERM handled by ``handler`` inside the block, as before it after (only where signals can be
    handled: the main thread)."""
    try:
        previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before)


def stoppable() -> contextlib.AbstractContextManager[None]:
    """SIGTERM stops the batch the way Ctrl-C does."""
    return _signals_handled(_on_stop)


def _shielded() -> contextlib.AbstractContextManager[None]:
    """No second Ctrl-C or SIGTERM while the outputs are being written."""
    return _signals_handled(signal.SIG_IGN)


def run_review(args: list[str], options: ReviewOptions,
               on_start: Callable[[int], None] | None = None,
               on_done: Callable[[int], None] | None = None) -> ReviewOutcome:
    """Review every file named by ``args``; write review.xlsx, review.json and review.html into the
    output folder. ``on_start(total)`` and ``on_done(n)`` report progress. Raises InputError before
    any work when an argument names nothing."""
    out = options.out_dir
    out.mkdir(parents=True, exist_ok=True)
    stopped_by = 0
    items: list[Item] = []
    work: list[Work] = []
    done: set[int] = set()  # indexes into ``work`` whose result has been written
    with limits.using(options.limits), stoppable():
        try:
            items = collect(args, out)
        except KeyboardInterrupt as exc:  # stopped while reading the archives: nothing reviewed, all written
            stopped_by = signal.SIGTERM if isinstance(exc, Stopped) else signal.SIGINT
        pages_dir = out / "reports" if options.pages else None
        if pages_dir is not None:
            pages_dir.mkdir(exist_ok=True)
        sinks = _Sinks(out, options.pack, options.bureau)
        if on_start:
            on_start(len(items))
        for item in items:
            if item.path is None:
                sinks.item(item)
                if on_done:
                    on_done(1)
            else:
                work.append((item.display, str(item.path)))

        def feed(job: int, result: FileResult) -> None:
            with writing_one():
                for one in (result, *result.more):
                    sinks.result(one)
                done.add(job)
            if on_done:
                on_done(1)

        jobs = options.jobs or os.cpu_count() or 1
        settings = Settings(options.pack, str(pages_dir) if pages_dir else None, options.timeout, options.limits,
                            options.bureau.letters)
        pool = Pool(jobs, settings, feed)
        try:
            if work and not stopped_by:
                _preload(work, options.pack, pages_dir is not None)
                pool.run(work)
        except KeyboardInterrupt as exc:
            stopped_by = signal.SIGTERM if isinstance(exc, Stopped) else signal.SIGINT
        with _shielded():
            pool.stop()
            for i, (display, _) in enumerate(work):
                if i not in done:
                    sinks.skipped(display, INTERRUPTED)
            paths = sinks.close(len(items), bool(stopped_by))
    tally = sinks.tally
    return ReviewOutcome(files=len(items), reviewed=len(tally.reports), unreadable=len(tally.unreadable),
                         errors=tally.errors, warnings=sum(r["warnings"] for r in tally.reports),
                         interrupted=bool(stopped_by), paths=paths, skipped=len(tally.skipped),
                         signal=int(stopped_by))


def summary_line(outcome: ReviewOutcome) -> str:
    """One Chinese sentence for the terminal."""
    state = "（已中断，仅含已完成部分）" if outcome.interrupted else ""
    return (f"共 {outcome.files} 个文件：已复核 {outcome.reviewed} 份，无法读取 {outcome.unreadable} 个，"
            f"跳过 {outcome.skipped} 个；错误 {outcome.errors} 条，警告 {outcome.warnings} 条{state}")


def exit_code(outcome: ReviewOutcome) -> int:
    """0: every file read and no error-level finding; 1: an error-level finding or an unreadable file;
    130 when stopped by Ctrl-C, 143 by SIGTERM."""
    if outcome.interrupted:
        return 128 + (outcome.signal or signal.SIGINT)
    return 1 if outcome.errors or outcome.unreadable else 0


__all__: list[Any] = ["ReviewOptions", "ReviewOutcome", "exit_code", "run_review", "summary_line"]
