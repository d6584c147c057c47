"""Hostile uploads for the tests and the benchmark: a Word file whose document.xml inflates to
``megabytes`` MB of blanks (a 1 GB one is about 4.7 MB on disk), and a function that allocates."""

from __future__ import annotations

import zipfile
from pathlib import Path

_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_bomb(path: Path, megabytes: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                       b'wordprocessingml/2006/main"><w:body>')
            blanks = b" " * (1024 * 1024)
            for _ in range(megabytes):
                part.write(blanks)
            part.write(b"</w:body></w:document>")
    return path


def allocate(megabytes: int) -> int:
    """Runs in the sandbox child: hold ``megabytes`` MB at once."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)
