"""Untrusted work (reading an uploaded report) in a child process with a memory cap (RLIMIT_AS), a
CPU cap and a wall-clock limit, so a hostile file can neither exhaust the server's memory nor hold
a worker forever. At most ``MAX_CONCURRENT`` children run at once per server process."""

from __future__ import annotations

import functools
import multiprocessing
import resource
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jixiao.errors import InputError, JixiaoError
from jixiao.web.archive_limits import ArchiveLimits, check_archive

MB = 1024 * 1024
MAX_CONCURRENT = 2
_slots = threading.BoundedSemaphore(MAX_CONCURRENT)


class LimitExceeded(InputError):
    """The child ran out of its memory or time allowance (the message names which, and the limit)."""


def _child(conn: Any, memory_bytes: int, cpu_seconds: int, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    try:
        outcome: tuple[str, Any] = ("ok", func(*args))
    except MemoryError:
        outcome = ("memory", None)
    except JixiaoError as err:  # a reader may turn an allocation failure into "damaged file"
        outcome = ("memory", None) if _out_of_memory(err) else ("error", str(err))
    except Exception as err:  # a reader bug: one sentence, the server goes on
        outcome = ("error", f"无法读取该文件（{type(err).__name__}）")
    try:
        conn.send(outcome)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


@functools.cache
def _context() -> Any:
    """A fork server started once per server process, with the readers already imported: each
    child is a cheap fork of a clean process (no server threads, no open database connections)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["jixiao.web.sandbox", "jixiao.readers", "docx", "openpyxl", "pdfplumber"])
    return ctx


def _out_of_memory(err: BaseException) -> bool:
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, MemoryError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def run_limited(
    func: Callable[..., Any], args: tuple[Any, ...], *, timeout: float, memory_bytes: int
) -> Any:
    """``func(*args)`` in a fresh child process (``func`` must be importable at module level and
    return picklable data). Raises :class:`LimitExceeded` naming the limit when the
    child needs more than ``memory_bytes`` of address space or ``timeout`` seconds, and InputError
    with the child's own sentence when ``func`` raised a JixiaoError."""
    if not _slots.acquire(timeout=timeout):
        raise LimitExceeded(f"服务器正在读取其他文件，等待超过 {timeout:g} 秒，请稍后重试")
    try:
        return _run(func, args, timeout=timeout, memory_bytes=memory_bytes)
    finally:
        _slots.release()


def _run(func: Callable[..., Any], args: tuple[Any, ...], *, timeout: float, memory_bytes: int) -> Any:
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    cpu = max(1, int(timeout) + 1)
    proc = ctx.Process(target=_child, args=(child, memory_bytes, cpu, func, args), daemon=True)
    proc.start()
    child.close()
    memory_limit = LimitExceeded(f"解析时所需内存超过上限（最大 {memory_bytes // MB} MB），已放弃")
    too_slow = LimitExceeded(f"解析超时（超过 {timeout:g} 秒），已放弃")
    try:
        if not parent.poll(timeout):
            raise too_slow
        try:
            status, payload = parent.recv()
        except (EOFError, OSError):
            proc.join(5)
            if proc.exitcode == -signal.SIGXCPU:
                raise too_slow from None
            # an allocation failing inside C code under RLIMIT_AS often ends the process this way
            raise LimitExceeded(
                f"解析时读取进程异常退出（内存上限 {memory_bytes // MB} MB，可能已超出），已放弃"
            ) from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "memory":
        raise memory_limit
    if status == "error":
        raise InputError(str(payload))
    return payload


def read_report_json(
    path: str, limits: ArchiveLimits | None = None, form: int | None = None
) -> tuple[str, list[str], list[str]]:
    """Child side of an import: the report at ``path`` (its form ``form`` when it holds several 自评表)
    as evaluation JSON, the reader's warnings (but the one naming the other forms) and the names of the
    file's forms (empty for one form).
    The archive limits are checked first, before any reader opens the file; the readers are imported
    here, in the child only: the server never parses."""
    from jixiao.readers import read_any
    from jixiao.readers.extract.forms import is_several_forms_warning

    check_archive(Path(path), limits)
    result = read_any(path, form)
    warnings = [w for w in result.warnings if not is_several_forms_warning(w)]  # the web says it its own way
    return result.evaluation.model_dump_json(), warnings, list(result.forms)
