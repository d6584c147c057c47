"""Uploaded reports: limited in size and type, read in a sandboxed child process (memory and time
caps, see :mod:`jixiao.web.sandbox`). Every refusal is one sentence naming the file as uploaded."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from jixiao.errors import JixiaoError
from jixiao.model import Evaluation
from jixiao.web import pipeline
from jixiao.web.access import WebError
from jixiao.web.config import UPLOAD_SUFFIXES, Settings

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


async def read_upload(upload: UploadFile, settings: Settings) -> tuple[Evaluation, list[str], str]:
    """(evaluation, reader warnings, file name); WebError with one Chinese sentence when refused."""
    name = display_name(upload.filename)
    suffix = Path(name).suffix.lower()
    if not name:
        raise WebError("请选择要导入的报告文件")
    if suffix not in UPLOAD_SUFFIXES:
        allowed = "、".join(UPLOAD_SUFFIXES)
        raise WebError(f"文件 {name} 的类型 {suffix or '（无扩展名）'} 不受支持，可导入：{allowed}", 415)
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
        try:
            evaluation, warnings = await run_in_threadpool(
                pipeline.read_report, path, settings.parse_timeout_seconds, settings.parse_memory_bytes,
                settings.archive_limits,
            )
        except JixiaoError as err:
            message = str(err).replace(str(path), name)
            raise WebError(f"无法导入 {name}：{message}", 422) from None
    return evaluation, warnings, name
