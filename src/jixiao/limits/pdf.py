"""PDF streams measured before PDFium expands them: a page's content stream of 100 KB on disk can
inflate to hundreds of megabytes of drawing operators (a "PDF bomb"), which PDFium parses into
millions of objects when the page loads.

:func:`check_streams` inflates every Flate-compressed stream that is not an image, as a stream and
stopping at the limit, and refuses one past ``stream_bytes`` or all of them past
``container_bytes``. Images are left alone: a scanned page inflates to tens of megabytes of pixels
legitimately, and PDFium decodes them only when asked.
"""

from __future__ import annotations

import re
import zlib

from jixiao.limits import LimitError, current

_STREAM = re.compile(rb"stream\r?\n")
_DICT_BEFORE = 2048  # bytes before "stream" searched for the stream's dictionary
_CHUNK = 1 << 20


def _inflated_size(data: bytes, cap: int) -> int:
    """Bytes a zlib stream inflates to, counted in bounded steps; ``cap + 1`` once past ``cap``;
    0 for data that is not a valid zlib stream (encrypted, damaged: PDFium will judge)."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        for start in range(0, len(data), _CHUNK):
            piece = data[start:start + _CHUNK]
            while piece and not inflater.eof:  # past the end, the trailing bytes are never consumed
                out = inflater.decompress(piece, _CHUNK)
                size += len(out)
                if size > cap:
                    return cap + 1
                piece = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        return 0
    return size


def check_streams(data: bytes, where: str) -> None:
    """Refuse a PDF (its bytes) whose non-image Flate streams inflate past the limits."""
    limits = current()
    total = 0
    position = 0
    while (match := _STREAM.search(data, position)) is not None:
        start = match.end()
        end = data.find(b"endstream", start)
        if end < 0:
            break
        position = end + 9
        head = data[max(0, match.start() - _DICT_BEFORE): match.start()]
        head = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        if b"/FlateDecode" not in head or b"/Image" in head:
            continue
        size = _inflated_size(data[start:end], limits.stream_bytes)
        if size > limits.stream_bytes:
            raise LimitError(where, "stream_bytes", None, note="（疑似 PDF 炸弹）")
        total += size
        if total > limits.container_bytes:
            raise LimitError(where, "container_bytes", None, name="PDF 数据流解压后合计")
