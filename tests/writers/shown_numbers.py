"""Every score, weight, total and grade a rendered document shows, read straight from the Word file's
text and tables and from the Excel file's cells (cached formula results, as a reader that does not
recalculate sees them): for tests that the three agree with each other and with the computed result."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import docx
import openpyxl

NUMBER = r"(\d+(?:\.\d+)?)"
SCORE_IN_TEXT = re.compile(rf"(?<!应)得分(?:为)?{NUMBER}分")
TOTAL_IN_TEXT = re.compile(rf"(?:综合得分|自评总分|总分)(?:为)?{NUMBER}分")
GRADE_IN_TEXT = re.compile(r"(?:评价)?等级(?:为)?[“\"]([优良中差])[”\"]")
HEADING = re.compile(rf"^\d+[.．]\s*(.+?)（{NUMBER}分）$")
TOTAL_ROW = re.compile(r"^(合计|总分|总计)$")
SUBTOTAL_ROW = re.compile(r"^(.+?)小计$")


def number(text: object) -> Decimal | None:
    """A cell's number (``1,059.75``, ``8.74``, 7.81); None when the cell holds no number."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return Decimal(str(round(text, 6))).normalize()
    cleaned = str(text).replace(",", "").strip()
    try:
        return Decimal(cleaned).normalize() if re.fullmatch(r"-?\d+(\.\d+)?", cleaned) else None
    except InvalidOperation:
        return None


@dataclass
class Shown:
    """What one rendering of a report shows: per indicator name its weight(s) and score(s) (every place
    it is shown adds one), the totals, the grades, and each block's subtotal (name → (weight, score))."""

    weights: dict[str, list[Decimal]] = field(default_factory=dict)
    scores: dict[str, list[Decimal]] = field(default_factory=dict)
    totals: list[Decimal] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)
    subtotals: dict[str, tuple[Decimal | None, Decimal | None]] = field(default_factory=dict)
    total_weights: list[Decimal] = field(default_factory=list)

    def add(self, name: str, weight: Decimal | None, score: Decimal | None) -> None:
        if weight is not None:
            self.weights.setdefault(name, []).append(weight)
        if score is not None:
            self.scores.setdefault(name, []).append(score)


def _table_rows(rows: list[list[object]], shown: Shown) -> None:
    """The score-table rows: a header naming 三级指标 (or 指标名称), 分值/权重 and 得分 columns; the
    money block's 执行率得分; 自评总分 and 评价等级 label cells; subtotal and total rows."""
    columns: dict[str, int] | None = None
    for row in rows:
        texts = ["" if c is None else str(c).strip() for c in row]
        for c, text in enumerate(texts):
            if text == "自评总分" and c + 1 < len(row) and number(row[c + 1]) is not None:
                shown.totals.append(number(row[c + 1]))  # type: ignore[arg-type]
            if text == "评价等级" and c + 1 < len(row) and texts[c + 1] in "优良中差" and texts[c + 1]:
                shown.grades.append(texts[c + 1])
        if "执行率得分" in texts or ("得分" in texts and "执行率" in texts and "分值" in texts):
            columns = {"weight": texts.index("执行率权重") if "执行率权重" in texts else texts.index("分值"),
                       "score": texts.index("执行率得分") if "执行率得分" in texts else texts.index("得分"),
                       "money": 1}
            continue
        names = [c for c, t in enumerate(texts) if t in ("三级指标", "指标名称", "绩效指标")]
        if names and any(t in ("得分", "指标得分", "自评得分") for t in texts):
            columns = {"name": names[0],
                       "weight": next(c for c, t in enumerate(texts) if t in ("分值", "指标权重", "权重")),
                       "score": next(c for c, t in enumerate(texts) if t in ("得分", "指标得分", "自评得分"))}
            continue
        if columns is None or not texts or len(texts) <= columns["score"]:
            continue
        weight, score = number(row[columns["weight"]]), number(row[columns["score"]])
        if "money" in columns:
            if score is not None:
                shown.add("〔资金执行率〕", weight, score)
            columns = None
            continue
        first = texts[0]
        if TOTAL_ROW.match(first):
            if score is not None:
                shown.totals.append(score)
            if weight is not None:
                shown.total_weights.append(weight)
            columns = None
        elif (sub := SUBTOTAL_ROW.match(first)) is not None:
            shown.subtotals[sub.group(1)] = (weight, score)
        elif texts[columns["name"]]:
            shown.add(texts[columns["name"]], weight, score)


def docx_shown(path: Path) -> tuple[Shown, Shown]:
    """(what the Word file's text says, what its tables say)."""
    document = docx.Document(str(path))
    text, tables = Shown(), Shown()
    current: str | None = None
    for paragraph in document.paragraphs:
        line = paragraph.text.strip()
        if (heading := HEADING.match(line)) is not None:
            current = heading.group(1)
            text.add(current, Decimal(heading.group(2)).normalize(), None)
            continue
        if paragraph.style is not None and paragraph.style.name.startswith("Heading"):
            current = None
        for match in TOTAL_IN_TEXT.finditer(line):
            text.totals.append(Decimal(match.group(1)).normalize())
        text.grades += GRADE_IN_TEXT.findall(line)
        if current is not None:
            for match in SCORE_IN_TEXT.finditer(line):
                if not TOTAL_IN_TEXT.match(line, match.start() - 2):
                    text.add(current, None, Decimal(match.group(1)).normalize())
    for table in document.tables:
        rows: list[list[object]] = []
        for row in table.rows:
            cells: list[object] = []
            previous = None
            for cell in row.cells:  # a merged cell repeats in python-docx: keep it once
                cells.append(cell.text if cell._tc is not previous else "")
                previous = cell._tc
            rows.append(cells)
        _table_rows(rows, tables)
    return text, tables


def xlsx_shown(path: Path) -> Shown:
    """What the Excel file's cells show without recalculation (openpyxl ``data_only``: cached results)."""
    workbook = openpyxl.load_workbook(path, data_only=True)
    shown = Shown()
    for sheet in workbook.worksheets:
        _table_rows([list(row) for row in sheet.iter_rows(values_only=True)], shown)
    return shown
