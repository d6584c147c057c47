"""A document viewer that prints each bold run twice, space-separated runs of a one-paragraph flattening: "20212021
年度某某专项资金绩效评价报告某某专项资金绩效评价报告 某省某某厅某省某某厅 20222022 年年 5 5 月月". Each doubled run is
read once, and a stretch of doubled runs (the cover's title, its signature and date, a heading) is set on a line of
its own, as the bold lines it was: the prose around it stays one line.

Only a text that shows the doubling is read so: a year printed twice before its 年 and two runs of four characters
or more printed twice. A fused table's two equal cells ("按时完成按时完成") hold no doubled year; a run of one
character doubled (年年, 常常) or a figure said twice ("6 6") is read once only inside a stretch that the longer runs
open."""

from __future__ import annotations

import re

_YEAR_TWICE = re.compile(r"((?:19|20)\d{2})\1\s*年")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_LONG = 2  # doubled runs of four characters or more a text must hold
_LONG = 4


def _half(token: str) -> str | None:
    """The run printed once when ``token`` is one run printed twice ("某局某局" → "某局"), else None."""
    size = len(token)
    return token[: size // 2] if size >= 2 and size % 2 == 0 and token[: size // 2] == token[size // 2:] else None


def _long_doubled(token: str) -> bool:
    half = _half(token)
    return half is not None and len(half) >= _LONG and _HAN.search(half) is not None


def _opens(token: str) -> bool:
    """A run that opens a stretch: four characters or more printed twice holding a Chinese character, or a year
    ("20212021"); no amount ("100.00100.00") or table rule ("---|---|") a fused row may hold twice."""
    return _long_doubled(token) or ((half := _half(token)) is not None and half.isdigit() and len(half) == _LONG
                                    and half[:2] in ("19", "20"))


def shows_doubled_runs(text: str) -> bool:
    """Whether ``text`` prints its bold runs twice: a year so, and two longer runs."""
    if not _YEAR_TWICE.search(text):
        return False
    return sum(_long_doubled(token) for token in text.split()) >= _MIN_LONG


def _line_once(line: str) -> tuple[list[str], int]:
    """``line`` as the lines it holds, each stretch of doubled runs read once on a line of its own; and how many
    runs were."""
    tokens = line.split()
    out: list[str] = []
    plain: list[str] = []
    bold: list[str] = []
    count = i = 0
    while i < len(tokens):
        token = tokens[i]
        half = _half(token)
        opens = _opens(token)
        repeated = bool(bold) and i + 1 < len(tokens) and tokens[i + 1] == token  # "6 6" inside a stretch
        if (half is not None and (opens or bold)) or repeated:
            if plain:
                out.append(" ".join(plain))
                plain = []
            bold.append(token if repeated else half or token)
            count += 1
            i += 2 if repeated else 1
            continue
        if bold:
            out.append(" ".join(bold))
            bold = []
        plain.append(token)
        i += 1
    out.extend(" ".join(part) for part in (plain, bold) if part)
    return out, count


def runs_once(text: str) -> tuple[str, int]:
    """``text`` with each bold run printed twice read once, its stretches on lines of their own, and how many runs
    were; the text itself when it does not show the doubling."""
    if not shows_doubled_runs(text):
        return text, 0
    lines: list[str] = []
    count = 0
    for line in text.split("\n"):
        if not any(_opens(token) for token in line.split()):
            lines.append(line)
            continue
        parts, found = _line_once(line)
        lines.extend(parts)
        count += found
    return "\n".join(lines), count


def doubled_runs_warning(source: str, count: int) -> str:
    return f"{source}：文本层把粗体行重复了一遍（如“某某局某某局”），已按一遍读取并各成一行（{count}处，请核对原件）"
