"""A saved web page's bytes → its HTML text: MHTML/MHT archives unpacked to their HTML part (with the
frames the archive holds put in place, :mod:`html_frames`), the character set taken from the byte-order
mark, the MIME part or the page's own ``<meta charset>``, else detected (UTF-8, then GBK/GB18030)."""

from __future__ import annotations

import codecs
import email.parser
import email.policy
import re
from email.message import Message
from pathlib import Path
from urllib.parse import urljoin

from jixiao import limits
from jixiao.errors import InputError
from jixiao.readers.html_frames import inline_frames
from jixiao.readers.source_text import decode

# The largest page read; saved pages are tens to hundreds of KB (an MHTML with its pictures a few MB,
# of which only the HTML part is parsed). It belongs with the other input caps; jixiao.limits will
# hold it once it exists.
MAX_PAGE_BYTES = 20 * 1024 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024

_MIME_START = re.compile(rb"^\s*(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n)+", re.ASCII)
# A part's boundary as its Content-Type declares it, and a line opening a part ("--" and a boundary, RFC 2046)
_BOUNDARY = re.compile(rb"""boundary\s*=\s*(?:"([^"\r\n]{1,70})"|([^\s;"]{1,70}))""", re.IGNORECASE)
_DASH_LINE = re.compile(rb"^--([^\r\n]{1,80})", re.MULTILINE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_CHARSET = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Labels a page declares that a wider Python codec reads correctly (GBK pages often hold GB18030
# characters; Windows' "gb2312" is really GBK).
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
          "big5": "big5hkscs", "x-big5": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252",
          "ascii": "utf-8", "us-ascii": "utf-8"}


def read_page(path: Path) -> tuple[str, list[str]]:
    """The page's HTML as text, and warnings about how it was decoded. Raises InputError for an
    empty, oversized or unreadable file."""
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{path}：网页文件过大（{_mb(size)}，上限 {_mb(MAX_PAGE_BYTES)}），未读取")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}：无法读取文件（{exc.strerror or exc}）") from None
    if not data.strip():
        raise InputError(f"{path}：文件是空的")
    if is_mime_archive(data):
        return archive_page(data, str(path))
    _check_size(len(data), str(path))
    return decode_page(data, None, str(path))


def _check_size(size: int, where: str) -> None:
    if size > MAX_HTML_BYTES:
        raise InputError(f"{where}：网页正文过大（{_mb(size)}，上限 {_mb(MAX_HTML_BYTES)}），未读取")


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


def is_mime_archive(data: bytes) -> bool:
    """A saved MHTML/MHT archive: mail-style headers first, a multipart/related body."""
    head = data[:8192]
    return bool(_MIME_START.match(head)) and b"multipart/" in head.lower()


def archive_page(data: bytes, where: str) -> tuple[str, list[str]]:
    """The main HTML part of an MHTML archive (quoted-printable or base64 decoded) as text, each frame whose page
    the archive holds put in place, and the warnings about how it was decoded."""
    limits.check("members", part_count(data), where, name="MHTML 文件的部分数")  # before each becomes a message
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    main = (message.get("Snapshot-Content-Location") or "").strip()
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if not parts:
        raise InputError(f"{where}：MHTML 文件中没有网页（text/html）部分，无法读取")
    chosen: Message = next((p for p in parts if main and (p.get("Content-Location") or "").strip() == main),
                           parts[0])
    payload = chosen.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise InputError(f"{where}：MHTML 文件中的网页部分是空的")
    _check_size(len(payload), where)
    text, warnings = decode_page(payload, chosen.get_content_charset(), where)
    frames = {key: part for part in parts if part is not chosen for key in _part_keys(part)}
    if not frames:
        return text, warnings

    def load(src: str) -> str | None:
        part = frames.get(src) or frames.get(urljoin(chosen.get("Content-Location") or main, src))
        body = part.get_payload(decode=True) if part is not None else None
        if not isinstance(body, bytes) or not body.strip():
            return None
        page, more = decode_page(body, part.get_content_charset() if part is not None else None, where)
        warnings.extend(more)
        return page

    text = inline_frames(text, load)
    _check_size(len(text.encode("utf-8")), where)
    return text, warnings


def part_count(data: bytes) -> int:
    """How many parts an MHTML archive opens: the lines "--" and a boundary some Content-Type declares, counted in
    one pass (real pages: tens to hundreds; a 20 MB file of empty parts holds half a million)."""
    boundaries = {quoted or bare for quoted, bare in _BOUNDARY.findall(data)}
    return sum(m.group(1).rstrip() in boundaries for m in _DASH_LINE.finditer(data)) if boundaries else 0


def _part_keys(part: Message) -> list[str]:
    """The names a frame's ``src`` gives an archive part by: ``cid:`` and its Content-ID, or its address."""
    keys = [(part.get("Content-Location") or "").strip()]
    cid = (part.get("Content-ID") or "").strip().strip("<>")
    if cid:
        keys.append(f"cid:{cid}")
    return [k for k in keys if k]


def decode_page(data: bytes, declared: str | None, where: str) -> tuple[str, list[str]]:
    """Decode HTML bytes: a byte-order mark first; bytes that are valid UTF-8 as UTF-8 (a page saved
    as UTF-8 often keeps its old "gb2312" meta, and GBK text is almost never valid UTF-8); then the
    declared charset (MIME part, then the page's own meta or XML declaration); then GBK/GB18030."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, where), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_CHARSET.search(head)
    for label in (declared, found.group(1).decode("ascii") if found else None):
        if not label:
            continue
        name = _WIDER.get(label.strip().lower(), label.strip().lower())
        try:
            return data.decode(name), []
        except (LookupError, UnicodeDecodeError):
            continue  # a wrong or unknown declaration: look at the bytes themselves
    try:
        return decode(data, where), []
    except InputError:
        text = data.decode("gb18030", errors="replace")
        return text, [f"{where}：网页编码无法确定，按 GB18030 读取，个别字符可能显示为乱码"]
