"""A warm LibreOffice: one long-lived headless office process converting Word files to PDF, so that
one PDF export costs a document's load and export (a few hundred ms), not LibreOffice's start-up
(seconds).

Public API::

    from jixiao.writers.office import warm_office
    convert = warm_office()                  # this process's converter (started on first use)
    convert(Path("a.docx"), Path("a.pdf"))   # a pdf_converter for jixiao.writers.render

:class:`WarmOffice` starts its worker lazily (on the first conversion), converts one job at a time
(a lock: a LibreOffice process is not safe for concurrent conversions), restarts the worker when it
died (a crash, a kill, a job that took LibreOffice down) and retries the job once on the fresh one.
Each converter holds a LibreOffice profile of its own for its lifetime (two office processes sharing
a profile fail silently). The worker (:mod:`jixiao.writers.office_worker`) runs under a Python that has
LibreOffice's ``uno`` module (Debian's ``python3-uno``; ``JIXIAO_UNO_PYTHON`` names another);
without one, every conversion falls back to a LibreOffice process of its own
(:func:`jixiao.writers.pdf.docx_to_pdf`), slower but the same PDF.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import select
import shutil
import signal
import subprocess
import threading
import time
import uuid
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.writers.pdf import docx_to_pdf, find_soffice, office_environment, profile

log = logging.getLogger(__name__)

WORKER = Path(__file__).resolve().parent / "office_worker.py"
WARM_PROFILE_SLOTS = 8
UNO_PYTHONS = ("/usr/bin/python3", "python3")


def find_uno_python() -> str | None:
    """A Python that can ``import uno`` (``JIXIAO_UNO_PYTHON``, else the system's), or None."""
    wanted = os.environ.get("JIXIAO_UNO_PYTHON")
    for candidate in ((wanted,) if wanted else UNO_PYTHONS):
        found = shutil.which(candidate)
        if not found:
            continue
        probe = subprocess.run([found, "-c", "import uno"], capture_output=True, timeout=30, check=False)
        if probe.returncode == 0:
            return found
    return None


class _WorkerGone(Exception):
    """The worker exited or stopped answering; a fresh one may succeed."""


class WarmOffice:
    """A pdf_converter ``(docx_path, pdf_path) -> pdf_path`` backed by one long-lived LibreOffice."""

    def __init__(self, *, start_timeout: float = 90.0, job_timeout: float = 120.0) -> None:
        self.start_timeout = start_timeout
        self.job_timeout = job_timeout
        self.starts = 0  # how many times a worker was started (tests, diagnostics)
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._profile = ExitStack()
        self._buffer = b""
        self._python: str | None = None
        self._fallback = False

    @property
    def pid(self) -> int | None:
        """The running worker's process id (its process group holds LibreOffice too), or None."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def __call__(self, docx_path: Path, pdf_path: Path) -> Path:
        source, target = Path(docx_path).resolve(), Path(pdf_path).resolve()
        if not source.is_file():
            raise JixiaoError(f"找不到要转换的 Word 文件 {source}")
        target.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            if self._fallback or not self._can_start():
                return docx_to_pdf(source, target)
            for attempt in (1, 2):
                try:
                    self._ensure_started()
                    answer = self._ask({"in": str(source), "out": str(target)}, self.job_timeout)
                except _WorkerGone as gone:
                    self._stop()
                    if attempt == 2:
                        raise JixiaoError(f"LibreOffice 转换 PDF 失败：{gone}") from None
                    log.warning("LibreOffice worker gone (%s); starting a fresh one", gone)
                    continue
                if "error" in answer:
                    raise JixiaoError(f"LibreOffice 未能将 {source.name} 转换为 PDF：{answer['error']}")
                if not target.is_file():
                    raise JixiaoError(f"LibreOffice 未能生成 {target.name}")
                return target
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Stop the worker and its LibreOffice, release the profile; the next conversion starts anew."""
        with self._lock:
            self._stop()

    # -- the worker ---------------------------------------------------------------------------------

    def _can_start(self) -> bool:
        if self._python is None:
            self._python = find_uno_python() or ""
            if not self._python:
                log.warning("no Python with LibreOffice's uno module (python3-uno): PDFs are converted one "
                            "LibreOffice process each")
                self._fallback = True
        return bool(self._python)

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._stop()
        directory = self._profile.enter_context(profile("warm", WARM_PROFILE_SLOTS))
        pipe = f"jixiao-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        assert self._python
        self._proc = subprocess.Popen(
            [self._python, str(WORKER), find_soffice(), Path(directory).as_uri(), pipe, str(self.start_timeout)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=office_environment(),
            start_new_session=True,  # its own process group: LibreOffice goes down with it
        )
        self._buffer = b""
        self.starts += 1
        answer = self._read(self.start_timeout + 5)
        if "ready" not in answer:
            raise _WorkerGone(str(answer.get("error", answer)))
        log.info("LibreOffice worker %s ready in %ss", self._proc.pid, answer["ready"])

    def _ask(self, job: dict[str, str], timeout: float) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(json.dumps(job, ensure_ascii=False).encode() + b"\n")
            self._proc.stdin.flush()
        except (BrokenPipeError, OSError) as err:
            raise _WorkerGone(f"无法向转换进程发送任务（{err}）") from None
        answer = self._read(timeout)
        if answer.get("dead"):
            raise _WorkerGone(str(answer.get("error")))
        return answer

    def _read(self, timeout: float) -> dict[str, Any]:
        """The worker's next answer line; _WorkerGone when it exits or stays silent past ``timeout``."""
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _WorkerGone(f"转换超时（{timeout:.0f} 秒）")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                raise _WorkerGone("转换进程已退出")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError:
            raise _WorkerGone(f"转换进程的回答无法识别：{line[:80]!r}") from None
        return answer if isinstance(answer, dict) else {"error": str(answer)}

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                try:
                    if proc.stdin is not None:
                        proc.stdin.close()  # the worker shuts LibreOffice down at the end of its input
                    proc.wait(10)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            with suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)  # whatever of the group is left (LibreOffice)
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with suppress(BrokenPipeError):  # a request left in the buffer of a worker that was killed
                        stream.close()
        self._profile.close()
        self._profile = ExitStack()


_OFFICES: dict[int, WarmOffice] = {}
_OFFICES_LOCK = threading.Lock()


def warm_office() -> WarmOffice:
    """This process's warm converter (one per process: a forked server worker gets its own)."""
    pid = os.getpid()
    with _OFFICES_LOCK:
        office = _OFFICES.get(pid)
        if office is None:
            office = _OFFICES[pid] = WarmOffice()
            atexit.register(office.close)
        return office
