"""OCR results cached on disk by the file's content hash, so reading a scan again costs nothing.

One JSON file per page under ``~/.cache/jixiao/ocr/`` (``$XDG_CACHE_HOME`` when set), or the
folder named by ``--cache DIR`` (carried to worker processes in ``JIXIAO_OCR_CACHE``). A damaged
or unreadable cache entry is read again from the page; a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

from jixiao.ocr.result import PageScan

ENV = "JIXIAO_OCR_CACHE"
VERSION = 1  # bump when the engine, its settings or the page pipeline change what a page reads as


def use(folder: Path | None) -> None:
    """Cache in ``folder`` for this process and the workers it starts (None: the default folder)."""
    if folder is not None:
        os.environ[ENV] = str(folder)


def folder() -> Path:
    chosen = os.environ.get(ENV)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jixiao" / "ocr"


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _entry(key: str) -> Path:
    return folder() / key[:2] / f"{key}-v{VERSION}.json"


def load(key: str) -> PageScan | None:
    try:
        data = json.loads(_entry(key).read_text(encoding="utf-8"))
        return PageScan.from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key: str, scan: PageScan) -> None:
    target = _entry(key)
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(scan.to_json(), handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, target)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
