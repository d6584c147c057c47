"""Legacy and OpenDocument files converted by LibreOffice when present: Word/WPS text (.doc, .wps, .rtf, .odt) to
.docx, Excel/WPS sheets (.xls, .et, .ods) to .xlsx."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from jixiao.errors import InputError
from jixiao.readers.document import Document

SHEETS = {".xls", ".et", ".ods"}


def read_legacy_document(path: Path) -> Document:
    sheet = path.suffix.lower() in SHEETS
    target, office = ("xlsx", "Excel/WPS") if sheet else ("docx", "Word/WPS")
    save_as = f"用 {office} 另存为 .{target}"
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(f"{path}：读取 {path.suffix} 文件需要 LibreOffice，请安装后重试，或{save_as}")
    from jixiao.readers.source_docx import read_docx_document
    from jixiao.readers.source_xlsx import read_xlsx_document

    with tempfile.TemporaryDirectory(prefix="jixiao-read-") as tmp:
        profile = Path(tmp) / f"lo-{uuid.uuid4().hex}"
        try:
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                 "--outdir", tmp, str(path)],
                check=False, capture_output=True, timeout=120,
            )
        except (OSError, subprocess.TimeoutExpired):
            raise InputError(f"{path}：LibreOffice 转换失败，请{save_as}后重试") from None
        converted = Path(tmp) / f"{path.stem}.{target}"
        if not converted.is_file():
            raise InputError(f"{path}：LibreOffice 无法转换该文件，文件可能已损坏；请{save_as}后重试")
        document = read_xlsx_document(converted) if sheet else read_docx_document(converted)
    return Document(str(path), document.blocks)
