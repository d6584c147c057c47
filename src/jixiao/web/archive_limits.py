"""Limits on what an uploaded zip-packaged file (``.docx``, ``.xlsx``, ``.odt``, ``.ofd`` …) may expand to,
checked from the archive's directory *before* any reader opens it: the number of members, each
member's and the total uncompressed size, and each member's compression ratio. The readers use
Python's zipfile, which never inflates a member past its declared size, so the declared sizes are a
real bound. Nested archives (an embedded workbook) are never expanded by the readers; their
declared size counts toward the total like any member."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from jixiao.errors import InputError
from jixiao.limits import Limits as InputLimits

MB = 1024 * 1024
ZIP_SUFFIXES = (".docx", ".xlsx", ".xlsm", ".odt", ".ods", ".ofd")


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int = 5_000
    max_member_bytes: int = InputLimits().file_bytes  # 50 MB, as for any one input file
    max_total_bytes: int = 100 * MB
    max_ratio: int = 100  # uncompressed ÷ compressed, for members above ``ratio_from_bytes``
    ratio_from_bytes: int = 1 * MB

    def describe(self) -> str:
        """The limits in one phrase, for the upload form."""
        return (f"解压后单个部件最大 {self.max_member_bytes // MB} MB、合计最大 {self.max_total_bytes // MB} MB，"
                f"压缩比不超过 {self.max_ratio} 倍")


def check_archive(path: Path, limits: ArchiveLimits | None = None) -> None:
    """Raise InputError (one sentence with the limit) when the Office file at ``path`` would expand
    past ``limits``; a file that is not a zip archive is left to its reader."""
    limits = limits or ArchiveLimits()
    if path.suffix.lower() not in ZIP_SUFFIXES or not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return  # the reader names the damage
    if len(members) > limits.max_members:
        raise InputError(f"压缩包内部件数 {len(members)} 超过上限（最大 {limits.max_members} 个），"
                         "疑似压缩炸弹，未读取")
    total = 0
    for member in members:
        size = member.file_size
        if size > limits.max_member_bytes:
            raise InputError(f"其中 {member.filename} 解压后 {size / MB:.0f} MB，超过上限"
                             f"（最大 {limits.max_member_bytes // MB} MB），疑似压缩炸弹，未读取")
        if size > limits.ratio_from_bytes and size > limits.max_ratio * max(member.compress_size, 1):
            ratio = size // max(member.compress_size, 1)
            raise InputError(f"其中 {member.filename} 的压缩比 {ratio} 倍超过上限（最大 {limits.max_ratio} 倍），"
                             "疑似压缩炸弹，未读取")
        total += size
        if total > limits.max_total_bytes:
            raise InputError(f"解压后合计超过上限（最大 {limits.max_total_bytes // MB} MB），疑似压缩炸弹，未读取")
