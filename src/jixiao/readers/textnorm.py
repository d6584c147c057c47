"""Text clean-up shared by the format readers and the extractors.

:func:`match_text` maps a string to a form for pattern matching *with the same length*, so a span
found in it can be cut from the original text (names and narratives keep the author's characters).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.numbers import arabic_years, to_halfwidth

# One character to one character, so indexes stay valid between original and matching text.
_EXTRA = str.maketrans({
    "﹪": "%", "﹙": "(", "﹚": ")", "〔": "(", "〕": ")", "［": "[", "］": "]", "﹕": ":",
    "，": ",", "；": ";", "！": "!", "？": "?", "＝": "=", "\u00a0": " ", "\u2002": " ", "\u2003": " ",
    "\t": " ", "﹤": "<", "﹥": ">", "≧": "≥", "≦": "≤", "．": ".", "。": "。",
})
_MARKUP = re.compile(r"\[(?:bookmark|comment|footnote|endnote|link)[^\]]*\]", re.IGNORECASE)
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。：；！？（）《》【】—…"
_SPACE_NEAR_CJK = re.compile(
    rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}A-Za-z0-9])|(?<=[{_CJK}A-Za-z0-9%])[ \t]+(?=[{_CJK}])"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


_FULL = "０１２３４５６７８９．，：；％（）＋－＝＜＞／　"
_TABLE = {**{ord(full): half for full, half in zip(_FULL, to_halfwidth(_FULL), strict=True)}, **_EXTRA}


@lru_cache(maxsize=1024)  # pure; the same lines are matched by several extractors
def match_text(text: str) -> str:
    """Half-width digits and punctuation, years 二〇二四 as 2024; same length as ``text`` (for regex matching)."""
    return arabic_years(text.translate(_TABLE))


def clean_line(text: str) -> str:
    """Drop stray markup ([bookmark: _GoBack]) and control characters; trim the ends."""
    text = _MARKUP.sub("", text)
    text = _CONTROL.sub("", text)
    return text.strip().strip("\u3000").strip()


def squeeze_cjk_spaces(text: str) -> str:
    """Remove the spaces PDF producers put around Latin runs and digits inside Chinese text."""
    return _SPACE_NEAR_CJK.sub("", text)


_COMPACT = re.compile(r"[\s\"“”'‘’()（）:：,，、.。;；\-—%％]")


@lru_cache(maxsize=4096)
def compact(text: str) -> str:
    """A key for comparing names: half-width, no whitespace or punctuation."""
    return _COMPACT.sub("", match_text(text))
