"""PDF from Word files through LibreOffice headless.

Every call gets a LibreOffice profile of its own (two soffice processes sharing one fail silently) and
runs with the shipped ``fonts.conf``, which maps 仿宋/黑体/楷体/小标宋 to the free Noto CJK and AR PL
UKai faces. Many files convert in one call (:func:`docx_to_pdf_batch`), which is far cheaper than one
call each.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from jixiao.errors import JixiaoError

FONTS_CONF = Path(__file__).resolve().parent / "fonts.conf"


def find_soffice() -> str:
    """The LibreOffice executable (``JIXIAO_SOFFICE``, else ``soffice``/``libreoffice`` on PATH)."""
    for candidate in (os.environ.get("JIXIAO_SOFFICE"), "soffice", "libreoffice"):
        if candidate and (found := shutil.which(candidate)):
            return found
    raise JixiaoError("未找到 LibreOffice（soffice），无法生成 PDF；请先运行 scripts/install-system-deps.sh 安装")


PROFILE_SLOTS = 4


def office_environment() -> dict[str, str]:
    """The environment LibreOffice runs with: the shipped font substitutions, a HOME."""
    return {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF), "HOME": os.environ.get("HOME", "/tmp")}


@contextmanager
def profile(kind: str = "", slots: int = PROFILE_SLOTS) -> Iterator[str]:
    """A LibreOffice profile directory used by this conversion (or this warm converter) alone.

    A new profile costs LibreOffice seconds to initialise, so a few are kept in the temp folder and
    reused by one user at a time under an exclusive lock; when all are busy, a throw-away one.
    ``kind`` keeps separate sets (``warm`` for :mod:`jixiao.writers.office`).
    """
    base = Path(tempfile.gettempdir())
    for slot in range(slots):
        directory = base / f"jixiao-lo{'-' + kind if kind else ''}-{os.getuid()}-{slot}"
        try:
            handle = open(f"{directory}.lock", "a")  # noqa: SIM115 - held for the whole conversion
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            continue
        try:
            yield str(directory)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
        return
    with tempfile.TemporaryDirectory(prefix="jixiao-lo-") as throwaway:
        yield throwaway


def docx_to_pdf_batch(docx_paths: Sequence[Path], out_dir: Path, *, timeout: float = 600) -> list[Path]:
    """Convert many Word files to PDF in ONE LibreOffice call; returns the PDFs in input order.

    Input names must be distinct (LibreOffice names each PDF after its input's stem).
    Raises JixiaoError when LibreOffice is missing or a PDF was not produced.
    """
    if not docx_paths:
        return []
    soffice = find_soffice()
    stems = [Path(p).stem for p in docx_paths]
    if len(set(stems)) != len(stems):
        raise JixiaoError("批量转换 PDF 的文件名重复，LibreOffice 会互相覆盖输出文件")
    out_dir.mkdir(parents=True, exist_ok=True)
    env = office_environment()
    with profile() as directory:
        command = [soffice, f"-env:UserInstallation={Path(directory).as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "pdf", "--outdir", str(out_dir),
                   *[str(Path(p).resolve()) for p in docx_paths]]
        try:
            completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise JixiaoError(f"LibreOffice 转换 PDF 超时（{timeout:.0f} 秒）") from None
    pdfs = [out_dir / f"{stem}.pdf" for stem in stems]
    missing = [p.name for p in pdfs if not p.is_file()]
    if missing:
        detail = (completed.stderr or completed.stdout).strip().splitlines()
        hint = f"：{detail[-1]}" if detail else ""
        raise JixiaoError(f"LibreOffice 未能生成 {('、'.join(missing[:3]))}{hint}")
    return pdfs


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> Path:
    """Convert one Word file to ``pdf_path``."""
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as tmp:
        produced = docx_to_pdf_batch([docx_path], Path(tmp))[0]
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), pdf_path)
    return pdf_path
