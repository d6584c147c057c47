"""Worker processes for the batch: one file at a time each, any of them killed and replaced at will.

Each worker is a forked process with its own pipe, its own address-space limit (``worker_bytes``)
and its own SIGALRM timeout; the parent knows which file every worker holds, since when, and how much
extra time the file has earned (each scanned page, :mod:`jixiao.limits.deadline`). A worker still busy
``grace`` seconds after its file's timeout is killed (a C loop no signal can interrupt) and replaced;
a worker that dies (a crash, memory exhausted in a C library) is replaced and only its file is listed.
Nothing waits on a shared queue, so no file is ever lost or mixed up.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from jixiao import limits
from jixiao.limits import deadline
from jixiao.review.worker import FileResult, review_file

Work = tuple[str, str]  # (display name, path)
GRACE = 5.0  # seconds past a file's own timeout before its worker is killed (less for short timeouts)
_CONTEXT = multiprocessing.get_context("fork")  # workers inherit the readers and the pack loaded once


@dataclass(frozen=True)
class Settings:
    pack: str | None
    pages_dir: str | None
    timeout: int  # seconds per file, 0: none
    limits: limits.Limits
    letters: bool = False  # hand back each report's review-letter data (jixiao.review.bureau)


def _serve(conn: Connection, settings: Settings, earned: Any) -> None:
    """A worker's life: review the files the parent sends until it sends None or goes away.

    ``earned`` (shared with the parent) counts the seconds the current file has earned past its timeout."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C and SIGTERM mean,
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # and kills its workers itself
    limits.set_default(settings.limits)
    if settings.limits.worker_bytes:
        import resource

        cap = settings.limits.worker_bytes
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    def earn(seconds: int) -> None:
        earned.value += seconds

    deadline.listen(earn)
    while True:
        try:
            work = conn.recv()
        except (EOFError, OSError):
            return
        if work is None:
            return
        result = review_file(work[0], work[1], settings.pack, settings.pages_dir, settings.timeout, settings.letters)
        conn.send(result)
        if result.fatal:  # memory ran out: a fresh process for the next file
            return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    earned: Any  # shared: seconds the file it holds has earned past the timeout
    job: int | None = None  # index of the file it holds
    started: float = 0.0


def memory_message() -> str:
    cap = limits.current().worker_bytes
    return (f"处理进程异常退出：可能超过每个进程的内存上限 {limits.show_bytes(cap)}（可用 --max-worker-mb 调高），"
            "或文件已损坏、过于复杂")


class Pool:
    """``run(work)`` reviews every file with ``jobs`` workers, calling ``on_result(index, result)`` for
    each, in the order they finish. ``stop()`` kills every worker (after Ctrl-C or SIGTERM)."""

    def __init__(self, jobs: int, settings: Settings, on_result: Callable[[int, FileResult], None]) -> None:
        self.jobs, self.settings, self.on_result = jobs, settings, on_result
        self.workers: list[_Worker] = []
        self.work: list[Work] = []
        self.pending: deque[int] = deque()

    def _spawn(self) -> _Worker:
        parent, child = _CONTEXT.Pipe()
        earned = _CONTEXT.RawValue("i", 0)
        process = _CONTEXT.Process(target=_serve, args=(child, self.settings, earned), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent, earned)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        self.workers.remove(worker)

    def _give(self, worker: _Worker) -> None:
        if not self.pending:
            return
        job = self.pending.popleft()
        worker.earned.value = 0
        try:
            worker.conn.send(self.work[job])
        except OSError:  # the worker died between files: a new one takes the file
            self.pending.appendleft(job)
            self._retire(worker, kill=True)
            self._give(self._spawn())
            return
        worker.job, worker.started = job, time.monotonic()

    def _finish(self, worker: _Worker, result: FileResult) -> None:
        job, worker.job = worker.job, None
        if job is not None:
            self.on_result(job, result)

    def run(self, work: list[Work]) -> None:
        self.work = work
        self.pending.extend(range(len(work)))
        for _ in range(min(self.jobs, len(self.pending))):
            self._give(self._spawn())
        timeout = self.settings.timeout
        grace = min(GRACE, max(1.0, timeout / 4))
        while any(w.job is not None for w in self.workers):
            busy = [w for w in self.workers if w.job is not None]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=1.0)
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    self._collect(worker)
            if timeout:
                now = time.monotonic()
                for worker in [w for w in self.workers if w.job is not None]:
                    if now - worker.started > timeout + worker.earned.value + grace:
                        self._retire(worker, kill=True)
                        self._finish(worker, FileResult(self._display(worker), error=(
                            f"处理超过 {timeout} 秒仍未完成，已强制停止（文件可能过大或过于复杂）")))
                        self._give(self._spawn())
        self.close()

    def _display(self, worker: _Worker) -> str:
        return self.work[worker.job][0] if worker.job is not None else ""

    def _collect(self, worker: _Worker) -> None:
        display = self._display(worker)
        try:
            if worker.conn.poll():
                result = worker.conn.recv()
                self._finish(worker, result)
                if result.fatal:
                    self._retire(worker, kill=True)
                    self._give(self._spawn())
                else:
                    self._give(worker)
                return
        except (EOFError, OSError):
            pass
        if worker.process.is_alive() and not worker.conn.closed:
            return  # woken by something else; the result comes later
        self._retire(worker, kill=True)
        self._finish(worker, FileResult(display, error=memory_message()))
        self._give(self._spawn())

    def stop(self) -> None:
        for worker in list(self.workers):
            self._retire(worker, kill=True)

    def close(self) -> None:
        for worker in list(self.workers):
            with contextlib.suppress(OSError):
                worker.conn.send(None)
            self._retire(worker, kill=False)
