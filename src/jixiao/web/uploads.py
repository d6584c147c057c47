"""Uploaded reports: limited in size and type, read in a separate process with a time limit."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from jixiao.model import Evaluation
from jixiao.web import pipeline
from jixiao.web.access import WebError
from jixiao.web.config import UPLOAD_SUFFIXES, Settings


async def read_upload(upload: UploadFile, settings: Settings) -> tuple[Evaluation, list[str], str]:
    """(evaluation, reader warnings, file name); WebError with one Chinese sentence when refused."""
    name = Path(upload.filename or "").name
    suffix = Path(name).suffix.lower()
    if not name:
        raise WebError("请选择要导入的报告文件")
    if suffix not in UPLOAD_SUFFIXES:
        allowed = "、".join(UPLOAD_SUFFIXES)
        raise WebError(f"文件 {name} 的类型 {suffix or '（无扩展名）'} 不受支持，可导入：{allowed}", 415)
    limit = settings.max_upload_bytes
    with tempfile.TemporaryDirectory(prefix="jixiao-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        size = 0
        with path.open("wb") as out:
            while chunk := await upload.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    raise WebError(f"文件 {name} 超过大小上限 {limit // (1024 * 1024)} MB", 413)
                out.write(chunk)
        if size == 0:
            raise WebError(f"文件 {name} 是空文件")
        try:
            evaluation, warnings = await run_in_threadpool(pipeline.read_report, path, settings.parse_timeout_seconds)
        except Exception as err:
            message = str(err).replace(str(path), name)
            raise WebError(f"无法导入 {name}：{message}", 422) from None
    return evaluation, warnings, name
