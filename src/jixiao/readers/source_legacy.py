"""Legacy Word/WPS files (.doc, .wps, .rtf, .odt): converted to .docx by LibreOffice when present."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from jixiao.errors import InputError
from jixiao.readers.document import Document


def read_legacy_document(path: Path) -> Document:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(f"{path}：读取 {path.suffix} 文件需要 LibreOffice，请安装后重试，或用 Word/WPS 另存为 .docx")
    from jixiao.readers.source_docx import read_docx_document

    with tempfile.TemporaryDirectory(prefix="jixiao-read-") as tmp:
        profile = Path(tmp) / f"lo-{uuid.uuid4().hex}"
        try:
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx",
                 "--outdir", tmp, str(path)],
                check=False, capture_output=True, timeout=120,
            )
        except (OSError, subprocess.TimeoutExpired):
            raise InputError(f"{path}：LibreOffice 转换失败，请用 Word/WPS 另存为 .docx 后重试") from None
        converted = Path(tmp) / (path.stem + ".docx")
        if not converted.is_file():
            raise InputError(f"{path}：LibreOffice 无法转换该文件，文件可能已损坏；请用 Word/WPS 另存为 .docx 后重试")
        document = read_docx_document(converted)
    return Document(str(path), document.blocks)
