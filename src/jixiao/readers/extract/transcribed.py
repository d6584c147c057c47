"""A text that says it was transcribed from an image and may be wrong ("以下内容为附件图片识别，个别文字可能不准确，
请以附件为准"): every figure read from it is a guess, since the document itself warns that any character may be
misread. The checks' robustness pass then reports what it finds for a person to check, never as an error."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.readers.document import Document, Paragraph
from jixiao.readers.textnorm import match_text

_NOTE = pattern("transcription_note")
_HEAD_BLOCKS = 30  # such a note stands before the text it is about


def transcribed(document: Document) -> bool:
    """The document warns, near its start, that it is an image's transcription that may be inaccurate."""
    for block in document.blocks[:_HEAD_BLOCKS]:
        if isinstance(block, Paragraph) and len(block.text) <= 200 and _NOTE.search(match_text(block.text)):
            return True
    return False
