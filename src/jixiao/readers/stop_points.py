"""A cell's decimal point that OCR or a Chinese input method wrote as a full stop: "| 99。76 |" for 99.76.

A sentence may end on a figure and the next begin with one ("…排名第3。2024年…"), so in prose a 。 between digits is
left as written; a table's cell holds no sentence, so a cell that is a figure with 。 in it (a sign, its digits, 。,
its digits, a % after) has one reading: the 。 is the figure's point. Read that way, with a warning to check. (A text
whose table rules OCR read as "丨" has its points read so already: :func:`jixiao.readers.textnorm.ocr_rules`.)
"""

from __future__ import annotations

import re

# a whole cell: after a line's start or a separator, before a separator or the line's end (a line holding a separator)
# (a comparison sign may lead it: "≤0。5%")
_STOP_CELL = re.compile(r"(?m)(?<![^\s|｜])([-+≤≥<>=]?[ \t]?\d{1,12})。(\d{1,6}[%％]?)(?=[ \t]*(?:[|｜]|$))")


def cell_points(text: str) -> tuple[str, int]:
    """``text`` with each cell's figure written with 。 for its point as a figure; how many were rewritten."""
    if "。" not in text or ("|" not in text and "｜" not in text):
        return text, 0
    count = 0

    def fixed(line: str) -> str:
        nonlocal count
        if ("|" not in line and "｜" not in line) or "。" not in line:
            return line
        line, found = _STOP_CELL.subn(r"\1.\2", line)
        count += found
        return line

    return "\n".join(fixed(line) for line in text.split("\n")), count


# a label's figure in prose: a colon, the figure's whole part, 。, one or two digits (up to four before a unit) and no
# digit after ("自评总分：99。11", "完成值：97。5%"); not "序号：3。2024年…", a sentence ended and a year begun
_STOP_LABELLED = re.compile(r"(?<=[:：])([ \t]*[-+≤≥<>=]?[ \t]?\d{1,12})。(\d{1,2}(?![\d。])|\d{1,4}(?=[%％分元]))")


def label_points(text: str) -> tuple[str, list[str]]:
    """``text`` with a labelled figure in prose written with 。 for its point as a figure, and the figures so read:
    in prose a 。 may end a sentence ("得分：95。5项…"), so each is a guess and no error-level check rests on it."""
    if "。" not in text:
        return text, []
    figures: list[str] = []

    def fixed(match: re.Match[str]) -> str:
        whole = match.group(1).strip().lstrip("-+≤≥<>=").strip()
        figures.append(f"{whole}.{match.group(2)}")
        return f"{match.group(1)}.{match.group(2)}"

    return _STOP_LABELLED.sub(fixed, text), figures


def cell_points_warning(source: str, count: int) -> str:
    return f"{source}：表格单元格中的数字以“。”作小数点（{count}处，如“99。76”），已按小数点读取，请核对"


def label_points_warning(source: str, count: int) -> str:
    return f"{source}：文中标签后的数字以“。”作小数点（{count}处，如“得分：99。11”），已按小数点读取（存疑），请核对"
