"""Reviewing one file, in a worker process: read → score → check → the report's own HTML page.

The result is small plain data (:class:`FileResult`): the summary row and the findings, never the
document, so the main process can stream it to the outputs and forget it.
"""

from __future__ import annotations

import hashlib
import re
import signal
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.checks.finding import Finding, Severity
from jixiao.errors import JixiaoError
from jixiao.model import Evaluation
from jixiao.review.dossier import source_of

_UNSAFE = re.compile(r"[^\w\u4e00-\u9fff.-]+")


@dataclass
class FileResult:
    """What reviewing one file produced: a summary ``row`` and ``findings``, or an ``error``."""

    file: str
    row: dict[str, Any] | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    dossier: dict[str, Any] | None = None  # for the bureau's outputs (jixiao.review.dossier)
    fatal: bool = False  # the process should not go on (its memory ran out)
    more: list[FileResult] = field(default_factory=list)  # the file's further 自评表, each reviewed alone


@cache
def worker_pack(name: str | None) -> Any:
    """The rule pack ``name`` (None: the default), loaded once per process; the review only reads it."""
    from jixiao.scoring import load_pack

    return load_pack(name)


def page_name(display: str) -> str:
    """A stable, safe file name for the report's own HTML page."""
    stem = _UNSAFE.sub("_", Path(display.split("!/")[-1]).stem)[:60] or "report"
    digest = hashlib.sha1(display.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}.html"


def _source_location(finding: Finding, evaluation: Evaluation) -> str:
    ref = source_of(finding, evaluation)
    return ref.location if ref is not None else ""


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


class _Timeout(BaseException):
    """Raised by SIGALRM; a BaseException so that readers' ``except Exception`` cannot swallow it."""


def _on_alarm(signum: int, frame: object) -> None:
    raise _Timeout


def review_file(display: str, path: str, pack_name: str | None, pages_dir: str | None,
                timeout: int = 0, letters: bool = False) -> FileResult:
    """Review one file; any failure becomes ``FileResult.error`` (one Chinese sentence), never an exception.

    ``timeout`` (seconds, 0 for none) bounds the time spent on one file, so a pathological document
    cannot hold a worker forever (SIGALRM; only in a process's main thread). ``letters``: also hand
    back the data of the report's review letter.
    """
    timed = timeout > 0 and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if timed else None
    if timed:
        signal.alarm(timeout)
    try:
        return untimed_review(display, Path(path), pack_name, pages_dir, letters)
    except _Timeout:
        return FileResult(display, error=f"处理超过 {timeout} 秒仍未完成，已跳过（文件可能过大或过于复杂）")
    except JixiaoError as err:
        return FileResult(display, error=_reason(str(err), path))
    except MemoryError:
        cap = limits.current().worker_bytes
        return FileResult(display, fatal=True, error=f"超过上限：处理时内存超过 {limits.show_bytes(cap)}"
                                                      "（可用 --max-worker-mb 调高），未能复核")
    except RecursionError:
        return FileResult(display, error="文件结构嵌套过深，无法处理")
    except Exception as err:  # a bug in a reader or a check must not stop the batch
        return FileResult(display, error=f"复核时出现内部错误（{type(err).__name__}: {limits.shorten(str(err), 200)}）")
    finally:
        if timed:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def _reason(message: str, path: str) -> str:
    """A reader's sentence without the file name it starts with (the row names the file), printable."""
    for prefix in (f"{path}：", f"{limits.printable(path)}："):
        if message.startswith(prefix):
            message = message[len(prefix):]
            break
    return limits.printable(message)


def untimed_review(display: str, path: Path, pack_name: str | None, pages_dir: str | None,
            letters: bool = False) -> FileResult:
    """The file's review; a file holding several 自评表 gets one per form, the first's carrying the rest."""
    from jixiao.readers import read_any

    result = read_any(path)
    if not result.forms:
        return _review_read(display, result, pack_name, pages_dir, letters)
    named = [f"{display}（第{k}张：{label}）" for k, label in enumerate(result.forms, 1)]
    first = _review_read(named[0], result, pack_name, pages_dir, letters)
    for number, name in enumerate(named[1:], 2):
        try:
            first.more.append(_review_read(name, read_any(path, number), pack_name, pages_dir, letters))
        except JixiaoError as err:
            first.more.append(FileResult(name, error=_reason(str(err), str(path))))
    return first


def _review_read(display: str, result: Any, pack_name: str | None, pages_dir: str | None,
                 letters: bool) -> FileResult:
    from jixiao.checks import run_checks
    from jixiao.checks.coverage import CODE as READ_INCOMPLETE
    from jixiao.scoring import score_evaluation

    evaluation = result.evaluation
    pack = worker_pack(pack_name or evaluation.rule_pack)
    score = score_evaluation(evaluation, pack)
    findings = run_checks(evaluation, pack, score)
    page = None
    if pages_dir is not None:
        page = _write_page(evaluation, score, findings, Path(pages_dir), display)
    unit = evaluation.unit.name or ""
    rows = [
        {"file": display, "unit": unit, "code": f.code, "severity": f.severity.value, "title": f.title,
         "message": f.message, "location": f.location, "source": _source_location(f, evaluation)}
        for f in findings
    ]
    count = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    row = {
        "file": display, "unit": unit, "year": evaluation.year, "kind": evaluation.kind.value,
        "project": evaluation.project.name if evaluation.project else None,
        "stated_total": _num(evaluation.stated_total), "total": _num(score.total),
        "stated_grade": evaluation.stated_grade_written,
        "grade": score.grade.value,
        "errors": count[Severity.ERROR], "warnings": count[Severity.WARNING], "infos": count[Severity.INFO],
        # the warning that the file holds several forms is answered here: each form has its own row
        "read_warnings": len(result.warnings) - bool(result.forms), "indicators": len(evaluation.indicators),
        "read_incomplete": any(f.code == READ_INCOMPLETE for f in findings),
        "page": page,
    }
    from jixiao.across.record import record_of

    dossier: dict[str, Any] = {"record": record_of(evaluation, score, display).to_data()}
    if letters:
        from jixiao.review.dossier import letter_data

        dossier["letter"] = letter_data(evaluation, score, findings, pack, display)
    return FileResult(display, row=row, findings=rows, dossier=dossier)


def _write_page(evaluation: Evaluation, score: Any, findings: list[Finding], pages_dir: Path,
                display: str) -> str | None:
    """The report's own HTML page (the writers' HTML); None when it cannot be written."""
    try:
        from jixiao.writers import render
    except ImportError:
        return None
    name = page_name(display)
    try:
        render(evaluation, "html", pages_dir / name, score=score, findings=findings)
    except Exception:  # the review stands without its page; the dashboard then shows the file unlinked
        return None
    return f"{pages_dir.name}/{name}"
