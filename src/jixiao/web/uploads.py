"""Uploaded reports: limited in size and type, read in a sandboxed child process (memory and time
caps, see :mod:`jixiao.web.sandbox`). Every refusal is one sentence naming the file as uploaded."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from jixiao.errors import JixiaoError
from jixiao.model import Evaluation
from jixiao.readers import EVALUATION_SUFFIXES
from jixiao.readers.report import READERS
from jixiao.web import pipeline
from jixiao.web.access import WebError
from jixiao.web.config import Settings

# every file the reader reads, as the CLI does (reports in each format, evaluation files); each parse is bounded by
# ``Settings.parse_timeout_seconds``, LibreOffice's and OCR's included
UPLOAD_SUFFIXES = (*READERS, *sorted(EVALUATION_SUFFIXES))

MB = 1024 * 1024
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:]")


def display_name(filename: str | None) -> str:
    """The uploaded file's own name, without any folder a browser may send, safe as a file name
    (control characters and separators dropped, at most 120 characters)."""
    name = re.split(r"[/\\]", filename or "")[-1]
    name = _UNSAFE.sub("", name).strip().lstrip(".")
    if len(name) > 120:
        suffix = Path(name).suffix[:10]
        name = name[: 120 - len(suffix)] + suffix
    return name


@dataclass(frozen=True)
class Reading:
    """One form of an uploaded report as read: it becomes one draft."""

    evaluation: Evaluation
    warnings: list[str]


async def read_upload(
    upload: UploadFile, settings: Settings, form: int | None = None, all_forms: bool = False
) -> tuple[list[Reading], str]:
    """The readings of an uploaded report and its file name: one reading, of form ``form`` (from 1,
    default the first) when the file holds several 自评表, or one per form with ``all_forms``.
    WebError with one Chinese sentence when refused."""
    name = display_name(upload.filename)
    suffix = Path(name).suffix.lower()
    if not name:
        raise WebError("请选择要导入的报告文件")
    if suffix not in UPLOAD_SUFFIXES:
        allowed = "、".join(UPLOAD_SUFFIXES)
        raise WebError(f"文件 {name} 的类型 {suffix or '（无扩展名）'} 不受支持，可导入：{allowed}", 415)
    if form is not None and form < 1:
        raise WebError(f"自评表序号须为 1 或更大的整数（收到 {form}）")
    limit = settings.max_upload_bytes
    with tempfile.TemporaryDirectory(prefix="jixiao-upload-") as tmp:
        path = Path(tmp) / name  # the readers name the file in their messages: give it the user's name
        size = 0
        with path.open("wb") as out:
            while chunk := await upload.read(MB):
                size += len(chunk)
                if size > limit:
                    raise WebError(f"文件 {name} 超过大小上限（最大 {limit // MB} MB）", 413)
                out.write(chunk)
        if size == 0:
            raise WebError(f"文件 {name} 是空文件")
        evaluation, warnings, forms = await _read(path, name, settings, None)
        if form is not None and form > max(len(forms), 1):
            raise WebError(f"文件 {name} 只有 {max(len(forms), 1)} 张自评表，没有第 {form} 张", 422)
        if not forms:
            return [Reading(evaluation, warnings)], name
        numbers = range(1, len(forms) + 1) if all_forms else [form or 1]
        readings = []
        for number in numbers:
            if number != 1:
                evaluation, warnings, _ = await _read(path, name, settings, number)
            readings.append(Reading(evaluation, [_forms_note(forms, number, all_forms), *warnings]))
    return readings, name


async def _read(
    path: Path, name: str, settings: Settings, form: int | None
) -> tuple[Evaluation, list[str], list[str]]:
    try:
        return await run_in_threadpool(
            pipeline.read_report, path, settings.parse_timeout_seconds, settings.parse_memory_bytes,
            settings.archive_limits, form,
        )
    except JixiaoError as err:
        message = str(err).replace(str(path), name)
        raise WebError(f"无法导入 {name}：{message}", 422) from None


def _forms_note(forms: list[str], number: int, all_forms: bool) -> str:
    """The web's wording of the reader's several-forms warning: the command line's ``--form`` is a choice
    of the import form here."""
    names = "、".join(forms)
    rest = "其余各表已分别导入为草稿" if all_forms else "其余各表可重新导入并选择“第几张自评表”，或勾选“全部导入”"
    return f"本文件含 {len(forms)} 张自评表（{names}），本草稿为第 {number} 张；{rest}"
