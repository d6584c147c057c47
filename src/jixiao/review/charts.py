"""Inline SVG charts for the review dashboard: no scripts, no network, readable Chinese labels."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from html import escape
from typing import Any

GRADES = ["优", "良", "中", "差"]
FONT = "font-family=\"'Noto Sans CJK SC','Microsoft YaHei',sans-serif\""


def grade_bars(reports: list[dict[str, Any]]) -> str:
    """Reports per grade, stated (light) beside recomputed (dark)."""
    stated = Counter(r["stated_grade"] for r in reports)
    recomputed = Counter(r["grade"] for r in reports)
    top = max([1, *stated.values(), *recomputed.values()])
    width, height, base = 420, 230, 190
    out = [f'<svg viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="等级分布" {FONT} font-size="13">']
    for i, grade in enumerate(GRADES):
        x = 40 + i * 95
        for j, (counter, color, label) in enumerate(((stated, "#9bb8d9", "自评"), (recomputed, "#2f5f98", "复核"))):
            n = counter.get(grade, 0)
            h = round(150 * n / top)
            out.append(f'<rect x="{x + j * 34}" y="{base - h}" width="30" height="{h}" fill="{color}">'
                       f'<title>{label}等级“{grade}”：{n} 份</title></rect>')
            out.append(f'<text x="{x + j * 34 + 15}" y="{base - h - 4}" text-anchor="middle">{n}</text>')
        out.append(f'<text x="{x + 32}" y="{base + 20}" text-anchor="middle" font-size="15">{grade}</text>')
    out.append(f'<line x1="30" y1="{base}" x2="{width - 10}" y2="{base}" stroke="#555"/>')
    out.append('<rect x="250" y="8" width="12" height="12" fill="#9bb8d9"/><text x="266" y="19">自评等级</text>'
               '<rect x="330" y="8" width="12" height="12" fill="#2f5f98"/><text x="346" y="19">复核等级</text>')
    out.append("</svg>")
    return "".join(out)


def total_scatter(reports: list[dict[str, Any]]) -> str:
    """Stated total (x) against recomputed total (y), one dot per report; off-diagonal dots in red."""
    points = [(Decimal(r["stated_total"]), Decimal(r["total"]), r) for r in reports
              if r["stated_total"] is not None and r["total"] is not None]
    high = max([Decimal(100), *(max(x, y) for x, y, _ in points)])
    size, pad = 320, 40

    def sx(v: Decimal) -> float:
        return round(pad + float(v / high) * size, 1)

    def sy(v: Decimal) -> float:
        return round(pad + size - float(v / high) * size, 1)

    out = [f'<svg viewBox="0 0 {size + 2 * pad} {size + 2 * pad}" role="img" '
           f'aria-label="自评总分与复核总分" {FONT} font-size="12">',
           f'<rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="#fafafa" stroke="#999"/>',
           f'<line x1="{sx(Decimal(0))}" y1="{sy(Decimal(0))}" x2="{sx(high)}" y2="{sy(high)}" stroke="#bbb" '
           'stroke-dasharray="4 3"/>']
    for tick in range(0, int(high) + 1, 20):
        t = Decimal(tick)
        out.append(f'<text x="{sx(t)}" y="{pad + size + 16}" text-anchor="middle">{tick}</text>')
        out.append(f'<text x="{pad - 6}" y="{sy(t) + 4}" text-anchor="end">{tick}</text>')
    out.append(f'<text x="{pad + size / 2}" y="{size + 2 * pad - 4}" text-anchor="middle">自评总分</text>')
    out.append(f'<text x="12" y="{pad + size / 2}" text-anchor="middle" '
               f'transform="rotate(-90 12 {pad + size / 2})">复核总分</text>')
    for x, y, r in points:
        color = "#c0392b" if abs(x - y) > Decimal("0.01") else "#2f5f98"
        out.append(f'<circle cx="{sx(x)}" cy="{sy(y)}" r="3.5" fill="{color}" fill-opacity="0.75">'
                   f'<title>{escape(r["unit"] or r["file"])}：自评 {x}，复核 {y}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def code_bars(counts: list[dict[str, Any]]) -> str:
    """Findings per check code, one horizontal bar each, coloured by severity."""
    colors = {"error": "#c0392b", "warning": "#d68910", "info": "#7f8c8d"}
    top = max([1, *(c["findings"] for c in counts)])
    row, label_w, bar_w = 24, 230, 300
    height = max(40, row * len(counts) + 10)
    out = [f'<svg viewBox="0 0 {label_w + bar_w + 60} {height}" role="img" '
           f'aria-label="各类问题数量" {FONT} font-size="12">']
    if not counts:
        out.append('<text x="10" y="24">未发现问题</text>')
    for i, c in enumerate(counts):
        y = 6 + i * row
        w = max(2, round(bar_w * c["findings"] / top))
        title = c["title"] if len(c["title"]) <= 17 else c["title"][:16] + "…"
        out.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(title)}'
                   f'<title>{escape(c["code"])}：{escape(c["title"])}</title></text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - 6}" '
                   f'fill="{colors.get(c["severity"], "#7f8c8d")}"><title>{c["findings"]} 条，涉及 '
                   f'{c["reports"]} 份报告</title></rect>')
        out.append(f'<text x="{label_w + w + 4}" y="{y + 14}">{c["findings"]}</text>')
    out.append("</svg>")
    return "".join(out)
