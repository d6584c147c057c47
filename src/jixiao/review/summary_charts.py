"""The batch report's charts as PNG pictures for Word (matplotlib, a free CJK font). The HTML
dashboard draws the same data as inline SVG (:mod:`jixiao.review.charts`)."""

from __future__ import annotations

import io
from typing import Any

FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "AR PL UKai CN", "DejaVu Sans"]
STATED, REVIEWED = "#9bb8d9", "#2f5f98"
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#d68910", "info": "#7f8c8d"}
DPI = 150


def _figure(width: float, height: float) -> tuple[Any, Any]:
    """A figure and its axes, drawn by the Agg canvas (no pyplot, no display, no global state)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    matplotlib.rcParams["font.sans-serif"] = FONTS
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def grade_chart(grades: list[str], stated: list[int], reviewed: list[int]) -> bytes:
    """Reports per grade, self-assessed beside reviewed."""
    figure, axes = _figure(6.0, 3.2)
    positions = range(len(grades))
    width = 0.38
    bars = axes.bar([p - width / 2 for p in positions], stated, width, color=STATED, label="自评等级")
    axes.bar_label(bars, padding=2, fontsize=9)
    bars = axes.bar([p + width / 2 for p in positions], reviewed, width, color=REVIEWED, label="复核等级")
    axes.bar_label(bars, padding=2, fontsize=9)
    axes.set_xticks(list(positions), grades)
    axes.set_ylabel("报告份数")
    axes.margins(y=0.18)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(frameon=False, fontsize=9)
    return _png(figure)


def problem_chart(counts: list[dict[str, Any]]) -> bytes:
    """Findings per kind of problem (most frequent first), bars coloured by severity."""
    shown = list(reversed(counts))
    figure, axes = _figure(6.0, 0.42 * max(3, len(shown)) + 0.6)
    labels = [c["title"] if len(c["title"]) <= 16 else c["title"][:15] + "…" for c in shown]
    bars = axes.barh(range(len(shown)), [c["findings"] for c in shown],
                     color=[SEVERITY_COLOURS.get(c["severity"], "#7f8c8d") for c in shown])
    axes.bar_label(bars, padding=3, fontsize=9)
    axes.set_yticks(range(len(shown)), labels, fontsize=9)
    axes.set_xlabel("问题条数")
    axes.margins(x=0.12)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)
