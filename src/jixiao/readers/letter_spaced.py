"""A letter-spaced copy: a viewer that puts a space between every character ("2 0 2 3 年 度 某 某 项 目 绩 效").

When most of a text's Chinese characters, or those of a run of five lines or more, stand alone between single
spaces, the single spaces beside a Chinese character are dropped in those lines ("2023 年 度" → "2023年度"); two
or more spaces and line breaks stay word breaks (as one space). Digits between single spaces are joined only when
the text spaces its figures too (more "2 0" pairs than whole figures such as "2023"), so two figures written side by
side in a text that keeps its figures whole stay apart. A normal text with a few spaced labels ("项 目 名 称") is left,
and so is any text whose spaces are fewer than a quarter of its characters (the cheap test every parse makes).
"""

from __future__ import annotations

import re

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_WIDE = rf"{_HAN}\u3000-\u303f\uff00-\uffef“”‘’、，。：；！？（）《》【】—…"
# a Chinese character standing alone: a single space (or the line's end) on each side
_ALONE = re.compile(rf"(?:(?<= )|^)[{_HAN}](?= |$)", re.MULTILINE)
_HANS = re.compile(rf"[{_HAN}]")
_JOIN = re.compile(rf"(?<=[{_WIDE}])(?<!。) (?=[^ ])|(?<=[^ ])(?<!。) (?=[{_WIDE}])")
# a lone digit, point or % beside another (a text that spaces its figures: "9 5 . 7 2 %")
_DIGIT_PAIR = re.compile(r"(?<![^ \n\x00])([\d.%]) (?=[\d.%](?![^ \n\x00]))")
_WHOLE_FIGURE = re.compile(r"\d{2,}")
_GAP = re.compile(r" {2,}")
_LINE_ALONE = 8  # lone characters a spaced line holds at least
_RUN = 5  # spaced lines in a row that make a spaced copy inside a normal text


def _spaced(line: str) -> int:
    """How many of ``line``'s Chinese characters stand alone, when they are most of them (else 0)."""
    alone = len(_ALONE.findall(line))
    return alone if alone >= _LINE_ALONE and 2 * alone >= len(_HANS.findall(line)) else 0


def joined_letters(text: str) -> tuple[str, int]:
    """``text`` with its letter-spaced lines joined (see the module); how many lines changed."""
    if text.count(" ") * 4 < len(text):  # a spaced copy has a space for about every second character
        return text, 0
    lines = text.split("\n")
    alone = [_spaced(line) for line in lines]
    if not any(alone):
        return text, 0
    whole = 2 * sum(alone) >= len(_HANS.findall(text))
    chosen = [k for k in _runs(lines, alone) if whole or len(k) >= _RUN]
    picked = sorted(k for run in chosen for k in run)
    if not picked:
        return text, 0
    spaced_text = "\n".join(lines[k] for k in picked)
    digits = len(_DIGIT_PAIR.findall(spaced_text)) > len(_WHOLE_FIGURE.findall(spaced_text))
    for k in picked:
        joined = _GAP.sub("\u0000", lines[k].strip())
        joined = _DIGIT_PAIR.sub(r"\1", joined) if digits else joined
        lines[k] = _JOIN.sub("", joined).replace("\u0000", " ")
    return "\n".join(lines), len(picked)


def _runs(lines: list[str], alone: list[int]) -> list[list[int]]:
    """The spaced lines in runs: lines in a row, blank lines between them not breaking a run."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, n in enumerate(alone):
        if n:
            current.append(k)
        elif lines[k].strip() and current:
            runs.append(current)
            current = []
    return [*runs, current] if current else runs


def letter_spaced_warning(source: str, count: int) -> str:
    return f"{source}：文中每个字之间都有空格（多见于文档查看器的复制），已去掉字间空格后读取（{count}行，请核对）"
