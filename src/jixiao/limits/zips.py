"""Zip containers (docx, xlsx, review archives) read within the limits, never trusting their headers.

Every member is inflated as a stream and its *actual* bytes counted against ``member_bytes``, the
container's total, the compression ratio and (for XML parts) ``xml_bytes``; only the methods Office
files use (stored, deflate) are accepted; encrypted members, too many members and names that say
UTF-8 but are not are handled with one sentence each. ::

    from jixiao.limits.zips import check_container, open_zip, inflate, Budget

    check_container(path, "Word")          # before python-docx/openpyxl open the file
    with open_zip(path) as zf:             # a review archive
        for info in zf.infolist(): ...     # member_problem(info), inflate(zf, info, where, sink, budget)
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.errors import InputError
from jixiao.limits import RATIO_FLOOR, SPECS, LimitError, check, check_file, current, printable

METHOD_NAMES = {1: "Shrink", 6: "Implode", 9: "Deflate64", 12: "bzip2", 14: "LZMA", 18: "IBM TERSE",
                19: "LZ77", 93: "Zstandard", 95: "XZ", 96: "JPEG", 97: "WavPack", 98: "PPMd", 99: "AES"}
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
CHUNK = 256 * 1024

Sink = Callable[[bytes], object]


@dataclass
class Budget:
    """Bytes still allowed for a whole container or archive (shared by nested archives)."""

    left: int
    key: str = "container_bytes"
    used: int = 0

    def take(self, size: int, where: str, subject: str) -> None:
        self.used += size
        self.left -= size
        if self.left < 0:
            raise LimitError(where, self.key, None, subject=subject, note="（已停止解压）")


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; archives made on Chinese Windows store names in GBK without saying so."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def is_folder(info: zipfile.ZipInfo) -> bool:
    """A folder entry (``ZipInfo.is_dir`` fails on an empty name, which a NUL byte makes)."""
    return info.filename.endswith("/")


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a member cannot be read safely (no name, encrypted, a compression method Office files never use)."""
    if not info.filename:
        return "没有名称（名称为空或以 NUL 开头）"
    if info.flag_bits & 0x1:
        return "已加密"
    if info.compress_type not in ALLOWED_METHODS:
        method = METHOD_NAMES.get(info.compress_type, f"编号 {info.compress_type}")
        return f"使用不支持的压缩方式（{method}）"
    return None


def _fix_utf8_flags(data: bytes) -> bytes | None:
    """A copy of the archive with the UTF-8 flag cleared on names that are not UTF-8 (central directory
    and local headers), so the names read as legacy code pages; None when nothing needed fixing."""
    endrec = zipfile._EndRecData(io.BytesIO(data))  # type: ignore[attr-defined]
    if not endrec:
        return None
    size_cd, offset_cd = endrec[zipfile._ECD_SIZE], endrec[zipfile._ECD_OFFSET]  # type: ignore[attr-defined]
    concat = endrec[zipfile._ECD_LOCATION] - size_cd - offset_cd  # type: ignore[attr-defined]
    if endrec[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # type: ignore[attr-defined]
        concat -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator  # type: ignore[attr-defined]
    out = bytearray(data)
    pos, end, changed = offset_cd + concat, offset_cd + concat + size_cd, False
    while pos >= 0 and pos + 46 <= min(end, len(data)) and data[pos:pos + 4] == b"PK\x01\x02":
        flags, = struct.unpack_from("<H", data, pos + 8)
        name_len, extra_len, comment_len = struct.unpack_from("<3H", data, pos + 28)
        local, = struct.unpack_from("<L", data, pos + 42)
        name = data[pos + 46: pos + 46 + name_len]
        if flags & 0x800:
            try:
                name.decode("utf-8")
            except UnicodeDecodeError:
                struct.pack_into("<H", out, pos + 8, flags & ~0x800)
                at = local + concat + 6
                if 0 <= at + 2 <= len(out) and out[at - 6: at - 2] == b"PK\x03\x04":
                    local_flags, = struct.unpack_from("<H", out, at)
                    struct.pack_into("<H", out, at, local_flags & ~0x800)
                changed = True
        pos += 46 + name_len + extra_len + comment_len
    return bytes(out) if changed else None


def open_zip(path: Path, label: str = "压缩包") -> zipfile.ZipFile:
    """Open a zip file after :func:`check_file`; a damaged file or a lying UTF-8 flag is handled."""
    check_file(path)
    where = printable(str(path))
    try:
        return zipfile.ZipFile(path)
    except UnicodeDecodeError:
        fixed = _fix_utf8_flags(path.read_bytes())
        if fixed is not None:
            try:
                return zipfile.ZipFile(io.BytesIO(fixed))
            except NotImplementedError as exc:
                raise _unsupported_zip(where, label, exc) from None
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                pass
    except NotImplementedError as exc:
        raise _unsupported_zip(where, label, exc) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error):
        pass
    raise InputError(f"{where}：{label}已损坏或不是 zip 格式，无法打开")


def _unsupported_zip(where: str, label: str, exc: NotImplementedError) -> InputError:
    """A zip that is whole but needs what Python's zipfile cannot do (a newer format version)."""
    return InputError(f"{where}：{label}使用了不支持的 zip 格式或压缩方式（{printable(str(exc))[:60]}），无法打开")


# flag bits zipfile refuses with NotImplementedError when a member is opened
_UNSUPPORTED_FLAGS = ((0x40, "已加密（强加密），无法读取"), (0x20, "使用不支持的压缩方式（压缩补丁数据），无法读取"))


def _unsupported_member(info: zipfile.ZipInfo, exc: NotImplementedError) -> str:
    """Why zipfile could not open a member it refused as not implemented: never "damaged"."""
    for bit, text in _UNSUPPORTED_FLAGS:
        if info.flag_bits & bit:
            return text
    return f"使用不支持的压缩方式（{printable(str(exc))[:60]}），无法读取"


def _say(where: str, subject: str, text: str) -> str:
    return (f"{where}：" if where else "") + (f"{subject} " if subject else "") + text


def inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, budget: Budget,
            sink: Sink | None = None, *, xml: bool = False, key: str | None = None,
            subject: str | None = None) -> int:
    """Inflate one member as a stream, feeding ``sink``; the bytes actually inflated are counted
    against ``key`` (``member_bytes``, or ``xml_bytes`` for XML parts), ``budget`` and the
    compression ratio. ``subject`` names the member in messages (default: its name).

    Raises LimitError at the first byte over a limit, InputError for an encrypted, unsupported or
    damaged member. Returns the number of bytes inflated."""
    subject = printable(member_name(info)) if subject is None else subject
    problem = member_problem(info)
    if problem is not None:
        raise InputError(_say(where, subject, f"{problem}，无法读取"))
    limits = current()
    key = key or ("xml_bytes" if xml else "member_bytes")
    cap = getattr(limits, key)
    ratio_cap = limits.compression_ratio * max(info.compress_size, 1)
    size = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > cap:
                    raise LimitError(where, key, None, subject=subject, note="（已停止解压）",
                                     name=SPECS["member_bytes"].name if key == "file_bytes" else None)
                if size > RATIO_FLOOR and size > ratio_cap:
                    raise LimitError(where, "compression_ratio", size // max(info.compress_size, 1),
                                     subject=subject, note="（疑似压缩炸弹，已停止解压）")
                budget.take(len(chunk), where, subject)
                if sink is not None:
                    sink(chunk)
    except NotImplementedError as exc:
        raise InputError(_say(where, subject, _unsupported_member(info, exc))) from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError, struct.error) as exc:
        reason = "已加密" if "encrypt" in str(exc).lower() or "password" in str(exc).lower() else "已损坏"
        raise InputError(_say(where, subject, f"{reason}（与压缩包记录的大小或校验值不符），无法读取")) from None
    return size


@dataclass
class Container:
    """What a checked container holds: inflated size of each member by name, and what the watchers saw."""

    sizes: dict[str, int] = field(default_factory=dict)
    total: int = 0


_TAG = re.compile(rb"<(/?)[A-Za-z_][^<>]*?(/?)>")


class XmlDepth:
    """A sink that follows the nesting of an XML stream across chunks and refuses it past
    ``xml_depth`` (for parsers without a limit of their own: openpyxl's ElementTree)."""

    def __init__(self, where: str, subject: str) -> None:
        self.where, self.subject, self.depth, self.tail = where, subject, 0, b""
        self.cap = current().xml_depth

    def __call__(self, chunk: bytes) -> None:
        data = self.tail + chunk
        end = data.rfind(b"<")  # a tag cut by the chunk's end waits for the next chunk
        if end >= 0 and data.find(b">", end) < 0:
            data, self.tail = data[:end], data[end:]
        else:
            self.tail = b""
        for closing, empty in _TAG.findall(data):
            if empty:
                continue
            self.depth += -1 if closing else 1
            if self.depth > self.cap:
                raise LimitError(self.where, "xml_depth", None, subject=self.subject, note="（XML）")


def _fan_out(sinks: list[Sink]) -> Sink | None:
    if len(sinks) <= 1:
        return sinks[0] if sinks else None
    return lambda chunk: [sink(chunk) for sink in sinks]


def check_container(path: Path, label: str, watch: Callable[[str], Sink | None] | None = None,
                    depth: bool = False) -> Container:
    """Inflate every member of an Office file (docx, xlsx) once, counting actual bytes, before a library
    opens it: members, methods, sizes, XML sizes, ratio and total are checked. ``watch(name)`` may
    return a sink that sees that member's bytes (e.g. to count worksheet cells on the way); ``depth``
    follows the nesting of every XML part (for a library whose parser has no depth limit)."""
    where = printable(str(path))
    try:
        zf = open_zip(path, f"{label} 文件")
    except InputError:
        if path.is_file():
            raise InputError(f"{where}：不是有效的 {label} 文件，文件可能已损坏或是其他格式") from None
        raise
    with zf:
        infos = zf.infolist()
        check("members", len(infos), where)
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise InputError(f"{where}：{label} 文件内有重复的部件名，文件已损坏或被改动过，无法读取")
        budget = Budget(current().container_bytes)
        found = Container()
        for info in infos:
            if is_folder(info):
                continue
            lowered = info.filename.lower()
            xml = lowered.endswith((".xml", ".rels", ".vml"))
            sinks = [s for s in (watch(info.filename) if watch is not None else None,
                                 XmlDepth(where, printable(info.filename)) if depth and xml else None) if s]
            found.sizes[info.filename] = inflate(zf, info, where, budget, _fan_out(sinks), xml=xml)
        found.total = budget.used
    return found


def xml_error(where: str, exc: Exception) -> InputError:
    """An XML parser's refusal as one sentence: nesting past ``xml_depth`` (libxml2 stops at 256
    levels) is a limit, anything else a damaged part."""
    text = str(exc)
    if "depth" in text.lower():
        return LimitError(where, "xml_depth", None, note="（XML）")
    return InputError(f"{where}：文件内的 XML 已损坏，无法读取（{text[:80]}）")


__all__ = ["ALLOWED_METHODS", "Budget", "Container", "Sink", "XmlDepth", "check_container", "inflate", "is_folder",
           "member_name", "member_problem", "open_zip", "xml_error"]
