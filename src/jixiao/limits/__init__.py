"""Input limits: every size a user's file can blow up to, capped before it is expanded.

One place for every limit: :class:`Limits` holds the defaults, :data:`SPECS` the Chinese name of
each and the option that raises it, :class:`LimitError` the one-line message (an
:class:`~jixiao.errors.InputError`, exit code 2)::

    from jixiao import limits

    lim = limits.current()                       # the limits in force (defaults unless changed)
    with limits.using(lim.replace(pages=1000)):  # raise one for a block of work (a command, a request)
        read_any(path)
    limits.check_file(path)                      # exists, is a regular readable file, within file_bytes
    limits.check("pages", 5000, "x.pdf")         # raises LimitError:
    # "x.pdf：超过上限：页数 5,000 页，上限 500 页（可用 --max-pages 调高）"

Zip containers (docx, xlsx, review archives) are inflated through :mod:`jixiao.limits.zips`, which counts
the bytes actually inflated; YAML/JSON data goes through :mod:`jixiao.limits.data` (depth, aliases,
digits, finiteness, indicators).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from pathlib import Path

from jixiao.errors import InputError

KB = 1024
MB = 1024 * KB
GB = 1024 * MB


@dataclass(frozen=True)
class Limits:
    """Every input limit, with its default. Sizes in bytes, texts in characters."""

    file_bytes: int = 50 * MB  # any one input file
    evaluation_bytes: int = 5 * MB  # an evaluation file (YAML/JSON): real ones are 10–500 KB
    text_chars: int = 20_000_000  # decoded text of one report (real reports: 5–500 KB)
    blocks: int = 30_000  # paragraphs and tables of one report (real ones: a few thousand)
    paragraph_chars: int = 1_000_000  # one paragraph or line (real ones: a few thousand characters)
    member_bytes: int = 200 * MB  # one file inside a zip container, inflated
    container_bytes: int = 200 * MB  # all files of a docx/xlsx, inflated
    archive_bytes: int = 1 * GB  # all files of a review archive (with nested archives), inflated
    compression_ratio: int = 200  # inflated ÷ compressed, per member, once past RATIO_FLOOR
    members: int = 10_000  # files in one zip
    zip_depth: int = 1  # zips inside zips
    xml_bytes: int = 32 * MB  # one XML part of a docx/xlsx, inflated
    xml_depth: int = 256  # nesting of XML elements (libxml2's own limit) and of HTML tags
    markup_tags: int = 200_000  # tags of one HTML table or page
    nesting_depth: int = 64  # nesting of JSON/YAML lists and maps
    yaml_alias_nodes: int = 1_000  # nodes that YAML aliases add when expanded
    pages: int = 500  # pages of a PDF
    page_objects: int = 100_000  # drawing objects of one PDF page (real ones: a few thousand)
    stream_bytes: int = 32 * MB  # one PDF stream that is not an image, inflated
    table_pages: int = 100  # pages of a PDF searched for ruled tables (the rest read as text)
    indicators: int = 500  # indicators of one evaluation
    digits: int = 20  # digits of one number, written out in full
    sheet_cells: int = 200_000  # cells of a workbook, the used area of a sheet, the area its merges cover
    formula_chars: int = 32_767  # a formula's text result (Excel's own cell limit)
    image_pixels: int = 100_000_000  # one image (width × height)
    worker_bytes: int = 2 * GB  # address space of one review worker process
    file_seconds: int = 120  # time to review one file

    def replace(self, **changes: int | None) -> Limits:
        """A copy with some limits changed; ``None`` values are ignored (an option not given)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


RATIO_FLOOR = 4 * MB  # a member is judged by its compression ratio only once it inflates past this


@dataclass(frozen=True)
class LimitSpec:
    """How a limit is named to the user: ``name`` (Chinese), how values are shown, the option."""

    name: str
    unit: str  # bytes · chars · seconds, or a measure word (个, 页, 层, 位, 倍, 像素)
    option: str | None = None
    per_mb: bool = False  # the option is given in MB


SPECS: dict[str, LimitSpec] = {
    "file_bytes": LimitSpec("文件大小", "bytes", "--max-file-mb", per_mb=True),
    "evaluation_bytes": LimitSpec("评价文件大小", "bytes"),
    "text_chars": LimitSpec("文字", "chars", "--max-text-chars"),
    "blocks": LimitSpec("段落和表格", "个"),
    "paragraph_chars": LimitSpec("一段文字", "chars"),
    "member_bytes": LimitSpec("解压后", "bytes"),
    "container_bytes": LimitSpec("解压后合计", "bytes"),
    "archive_bytes": LimitSpec("解压后合计", "bytes", "--max-archive-mb", per_mb=True),
    "compression_ratio": LimitSpec("压缩比", "倍"),
    "members": LimitSpec("压缩包内文件数", "个"),
    "zip_depth": LimitSpec("压缩包嵌套", "层"),
    "xml_bytes": LimitSpec("XML 部件解压后", "bytes"),
    "xml_depth": LimitSpec("标记嵌套", "层"),
    "markup_tags": LimitSpec("HTML 标记", "个"),
    "nesting_depth": LimitSpec("嵌套", "层"),
    "yaml_alias_nodes": LimitSpec("YAML 别名展开", "个节点"),
    "pages": LimitSpec("页数", "页", "--max-pages"),
    "page_objects": LimitSpec("一页的绘制对象", "个"),
    "stream_bytes": LimitSpec("PDF 数据流解压后", "bytes"),
    "table_pages": LimitSpec("识别表格的页数", "页"),
    "indicators": LimitSpec("指标数", "个"),
    "digits": LimitSpec("数字位数", "位"),
    "sheet_cells": LimitSpec("工作表使用区域", "个单元格"),
    "formula_chars": LimitSpec("公式结果", "chars"),
    "image_pixels": LimitSpec("图片", "像素"),
    "worker_bytes": LimitSpec("处理进程内存", "bytes", "--max-worker-mb", per_mb=True),
    "file_seconds": LimitSpec("处理时间", "seconds", "--timeout"),
}
assert set(SPECS) == {f.name for f in fields(Limits)}

_current: ContextVar[Limits] = ContextVar("jixiao_limits", default=Limits())  # noqa: B039 (frozen)


def current() -> Limits:
    """The limits in force in this context (the defaults unless :func:`using` changed them)."""
    return _current.get()


@contextlib.contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    """Apply ``limits`` for the block (a command, a web request, a review worker)."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


def set_default(limits: Limits) -> None:
    """Apply ``limits`` for the rest of this process (a worker process started for one job)."""
    _current.set(limits)


def show_bytes(size: int) -> str:
    """``1073741824`` → ``"1.0 GB"``, ``209715200`` → ``"200 MB"``, ``1536`` → ``"1.5 KB"``."""
    if size >= GB:
        return f"{size / GB:.1f} GB"
    if size >= MB:
        value = size / MB
        return f"{value:.0f} MB" if value >= 10 or value == int(value) else f"{value:.1f} MB"
    if size >= KB:
        value = size / KB
        return f"{value:.0f} KB" if value >= 10 or value == int(value) else f"{value:.1f} KB"
    return f"{size} B"


def show_value(key: str, value: int | float) -> str:
    """A value of limit ``key`` as the user reads it: ``200 MB``, ``20,000,000 字``, ``500 页``."""
    unit = SPECS[key].unit
    if unit == "bytes":
        return show_bytes(int(value))
    if unit == "chars":
        return f"{int(value):,} 字"
    if unit == "seconds":
        return f"{value:g} 秒"
    number = f"{value:,.0f}" if isinstance(value, int) or value >= 100 else f"{value:,.1f}"
    return f"{number} {unit}"


class LimitError(InputError):
    """An input exceeds a limit: ``where：[subject ]超过上限：name actual，上限 limit[（可用 --option 调高）]``.

    ``key`` names the limit (a :class:`Limits` field), ``actual`` the value found (None when counting
    stopped at the limit), ``limit`` overrides the limit in force, ``option`` the setting named in
    the hint (``""``: no hint)."""

    def __init__(self, where: str, key: str, actual: int | float | None, *, subject: str = "",
                 limit: int | None = None, name: str | None = None, note: str = "", option: str | None = None) -> None:
        spec = SPECS[key]
        self.key, self.actual = key, actual
        self.limit = limit if limit is not None else getattr(current(), key)
        label = name or spec.name
        shown_limit = show_value(key, self.limit)
        option = spec.option if option is None else option  # the web names its own setting, "" none
        hint = f"（可用 {option} 调高）" if option else ""
        prefix = f"{where}：" if where else ""
        subject = f"{subject} " if subject else ""
        if actual is None:  # stopped counting at the limit: the true size is unknown (and larger)
            measured = f"{label}超过 {shown_limit}{note}"
        else:
            measured = f"{label} {show_value(key, actual)}{note}，上限 {shown_limit}"
        super().__init__(f"{prefix}{subject}超过上限：{measured}{hint}")


def check(key: str, actual: int | float, where: str, *, subject: str = "", name: str | None = None) -> None:
    """Raise :class:`LimitError` when ``actual`` exceeds limit ``key`` in force."""
    if actual > getattr(current(), key):
        raise LimitError(where, key, actual, subject=subject, name=name)


def check_text(text: str, where: str) -> None:
    """The decoded text of a report is within ``text_chars``; call before any parsing."""
    check("text_chars", len(text), where)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*?(/?)>")
# tags that never nest: void elements, and those HTML closes by itself when the next one opens
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "dt", "dd",
                   "colgroup", "caption"})


def check_markup(markup: str, where: str) -> None:
    """HTML before it is parsed: at most ``markup_tags`` tags and ``xml_depth`` levels of nesting (tags
    HTML closes by itself, and void ones, do not count). One pass, stopping at the first excess."""
    lim = current()
    depth = 0
    for tags, match in enumerate(_TAG.finditer(markup), start=1):
        if tags > lim.markup_tags:
            raise LimitError(where, "markup_tags", None)
        closing, name, empty = match.groups()
        if empty or name.lower() in _FLAT:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > lim.xml_depth:
                raise LimitError(where, "xml_depth", None, note="（HTML）")


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """``text`` with control characters, line breaks and undecodable bytes escaped (``\\n``, ``\\xff``):
    one line that any terminal, UTF-8 file or workbook can hold."""
    return _UNPRINTABLE.sub(_escape, text)


def shorten(text: str, length: int = 200) -> str:
    """At most ``length`` characters for display (the rest as ``…（共 N 字）``)."""
    if len(text) <= length:
        return text
    return f"{text[:length]}…（共 {len(text):,} 字）"


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input file, in a few Chinese words; None when it can.

    One wording for every command: 文件不存在 · 是文件夹，不是文件 · 不是普通文件 · 没有读取权限.
    """
    return _inspect(path)[0]


def _inspect(path: Path) -> tuple[str | None, int]:
    """:func:`file_problem`'s answer, and the file's size from the same ``stat`` (0 when there is a problem)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "链接指向的文件不存在" if path.is_symlink() else "文件不存在", 0
    except PermissionError:
        return "没有读取权限", 0
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "符号链接循环", 0
        return f"无法访问（{exc.strerror or exc}）", 0
    if stat.S_ISDIR(info.st_mode):
        return "是文件夹，不是文件", 0
    if not stat.S_ISREG(info.st_mode):
        return "不是普通文件", 0
    if not os.access(path, os.R_OK):
        return "没有读取权限", 0
    return None, info.st_size


def check_file(path: Path, key: str = "file_bytes") -> int:
    """Raise InputError unless ``path`` is a readable regular file within limit ``key``; its size."""
    where = printable(str(path))
    problem, size = _inspect(path)
    if problem is not None:
        raise InputError(f"{where}：{problem}")
    check(key, size, where)
    return size


def read_bytes(path: Path, key: str = "file_bytes") -> bytes:
    """The bytes of an input file, after :func:`check_file`; an OS error is one sentence."""
    size = check_file(path, key)
    limit = getattr(current(), key)
    try:
        with path.open("rb") as handle:
            # the size just read, plus one byte to see the file grew: a buffer of the limit (50 MB) is
            # allocated for every read otherwise; a file that grew is read on, still to limit + 1 bytes
            data = handle.read(min(size, limit) + 1)
            if len(data) > size and len(data) <= limit:
                data += handle.read(limit + 1 - len(data))
            return data
    except PermissionError:
        raise InputError(f"{printable(str(path))}：没有读取权限") from None
    except OSError as exc:
        raise InputError(f"{printable(str(path))}：无法读取文件（{exc.strerror or exc}）") from None


__all__ = [
    "GB", "KB", "MB", "RATIO_FLOOR", "SPECS", "LimitError", "LimitSpec", "Limits", "check", "check_file",
    "check_markup", "check_text", "current", "file_problem", "printable", "read_bytes", "set_default", "shorten",
    "show_bytes", "show_value", "using",
]
