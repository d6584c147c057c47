"""Recognised text in the punctuation Chinese typesetting uses.

The recogniser often returns a half-width comma or bracket where the page printed a full-width one
(``全年执行数（万元)``). Marks next to a Chinese character become full-width, brackets are paired in
one width, and numbers (``5,504.00``, ``(1)``) keep their half-width marks.
"""

from __future__ import annotations

import re

from jixiao.readers.textnorm import clean_line, squeeze_cjk_spaces

_HAN = r"\u4e00-\u9fff"
_AFTER_HAN = re.compile(rf"(?<=[{_HAN}）》”])([,;:!?])|([,;:!?])(?=[{_HAN}“《（])")
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PAIR = re.compile(r"[(（]([^()（）]*)[)）]")


def tidy(text: str) -> str:
    """OCR text with full-width marks in Chinese context and spaces only between Latin words."""
    text = _AFTER_HAN.sub(lambda m: _FULL[m.group(1) or m.group(2)], text)
    if text.endswith(","):  # a clause wrapped at the line's end (no number breaks at its separator)
        text = text[:-1] + "，"
    text = _PAIR.sub(_pair, text)
    return clean_line(squeeze_cjk_spaces(text))


def _pair(match: re.Match[str]) -> str:
    inner = match.group(1)
    opening = match.group(0)[0]
    if opening == "（" or re.search(f"[{_HAN}]", inner):
        return f"（{inner}）"
    return f"({inner})"


# A thousands separator must be followed by exactly three digits; a number has one decimal point.
_MALFORMED = re.compile(r"\d[,，](?:\d{4,}|\d{1,2}(?!\d))|\d\.\d+\.\d")


def malformed_number(text: str) -> bool:
    """True when ``text`` holds a number no one prints (``7,69391``, ``7.693.91``): a misreading
    that the recogniser may still be sure of, so its confidence must not be trusted."""
    return _MALFORMED.search(text) is not None
