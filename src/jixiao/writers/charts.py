"""Two small inline SVG charts for the HTML report, drawn without any library:
score against weight per indicator, and the income / expenditure structure."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from jixiao.model import Evaluation
from jixiao.numbers import format_money, format_score
from jixiao.writers.facts import Figures

FONT_STACK = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','WenQuanYi Zen Hei',sans-serif"
PALETTE = ["#2f5597", "#c55a11", "#548235", "#7030a0", "#bf9000", "#1f7f8a", "#a5002a", "#6b6b6b"]


def _text(x: float, y: float, content: str, *, anchor: str = "start", size: int = 12, fill: str = "#222") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{fill}">'
            f"{escape(content)}</text>")


def score_chart(figures: Figures) -> str:
    """Horizontal bars: each indicator's weight (light) and score (dark), with the score written."""
    items = figures.indicators
    if not items:
        return ""
    label_width, bar_width, row_height, top = 190, 420, 26, 34
    width = label_width + bar_width + 70
    height = top + row_height * len(items) + 16
    # a weight the document does not state draws no light bar; the scale then also holds the scores
    sizes = [item.indicator.weight if item.indicator.weight is not None else item.score or Decimal(0) for item in items]
    largest = max(sizes, default=Decimal(1)) or Decimal(1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
             f'width="100%" style="max-width:{width}px;font-family:{FONT_STACK}" aria-label="各指标得分与分值">',
             _text(8, 18, "各指标得分与分值（浅色为分值，深色为得分）", size=14),]
    for row, item in enumerate(items):
        y = top + row * row_height
        stated = item.indicator.weight
        scored = item.score if item.score is not None else Decimal(0)
        weight = stated if stated is not None else scored
        weight_px = float(weight / largest) * bar_width if stated is not None else 0.0
        score_px = float(min(scored, weight) / largest) * bar_width if weight else 0.0
        shown = format_score(stated) if stated is not None else "未列"
        name = item.indicator.name if len(item.indicator.name) <= 13 else item.indicator.name[:12] + "…"
        colour = PALETTE[0] if scored >= weight else PALETTE[1]
        parts.append(_text(label_width - 8, y + 15, name, anchor="end"))
        parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{weight_px:.1f}" height="16" fill="#d9e1f2"/>')
        parts.append(f'<rect x="{label_width}" y="{y + 4}" width="{score_px:.1f}" height="16" fill="{colour}">'
                     f"<title>{escape(item.indicator.name)}：得分{format_score(scored)}分 / "
                     f"分值{shown}{'分' if stated is not None else ''}</title></rect>")
        parts.append(_text(label_width + max(weight_px, score_px) + 6, y + 16,
                           f"{format_score(scored)}/{shown}", size=11, fill="#444"))
    parts.append("</svg>")
    return "".join(parts)


def _stacked(y: float, label: str, total: Decimal | None, items: list[tuple[str, Decimal]], bar_x: int,
             bar_width: int, colour_offset: int) -> list[str]:
    parts = [_text(bar_x - 8, y + 19, label, anchor="end", size=13)]
    whole = sum((amount for _, amount in items), Decimal(0))
    if total is not None and total > whole:
        items = [*items, ("其他", total - whole)]
        whole = total
    if whole <= 0:
        parts.append(_text(bar_x, y + 19, "未填写", fill="#888"))
        return parts
    x = float(bar_x)
    for index, (name, amount) in enumerate(items):
        share = float(amount / whole)
        w = share * bar_width
        colour = PALETTE[(index + colour_offset) % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="28" fill="{colour}">'
                     f"<title>{escape(name)}：{format_money(amount)}（{share * 100:.2f}%）</title></rect>")
        legend_y = y + 46 + index * 18
        parts.append(f'<rect x="{bar_x}" y="{legend_y - 10}" width="10" height="10" fill="{colour}"/>')
        parts.append(_text(bar_x + 16, legend_y, f"{name}：{format_money(amount)}（{share * 100:.2f}%）", size=12))
        x += w
    return parts


def structure_chart(evaluation: Evaluation) -> str:
    """Two stacked bars: income items and expenditure items, each as shares of its total."""
    budget = evaluation.budget
    income = [(item.name, item.amount) for item in budget.income_items]
    spending = [(item.name, item.amount) for item in budget.expenditure_items]
    if not income and not spending and budget.income_total is None and budget.expenditure_total is None:
        return ""
    bar_x, bar_width = 90, 520
    income_rows = len(income) + (1 if budget.income_total is not None and not income else 0)
    income_height = 56 + 18 * max(income_rows, 1)
    height = 34 + income_height + 56 + 18 * max(len(spending) + 1, 1)
    width = bar_x + bar_width + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
             f'width="100%" style="max-width:{width}px;font-family:{FONT_STACK}" aria-label="收入支出结构">',
             _text(8, 18, "收入与支出结构（万元）", size=14)]
    parts += _stacked(34, "收入", budget.income_total, income, bar_x, bar_width, 0)
    parts += _stacked(34 + income_height, "支出", budget.expenditure_total, spending, bar_x, bar_width, 3)
    parts.append("</svg>")
    return "".join(parts)
