"""``review.html``: one self-contained page (inline CSS, JS and SVG; nothing fetched from a network)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from jixiao.review import charts
from jixiao.writers.document import Report
from jixiao.writers.html import tagged

PAGE_SIZE = 500  # rows of the unit table shown at once; a button shows more
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}


def _with_diff(row: dict[str, Any]) -> dict[str, Any]:
    diff = ""
    differs = False
    if row["stated_total"] is not None and row["total"] is not None:
        delta = Decimal(row["total"]) - Decimal(row["stated_total"])
        differs = abs(delta) > Decimal("0.01")
        diff = f"{delta:+.2f}" if delta else "0.00"
    return {**row, "diff": diff, "differs": differs}


def write_dashboard(path: Path, header: dict[str, Any], reports: list[dict[str, Any]],
                    counts: list[dict[str, Any]], unreadable: list[dict[str, str]],
                    skipped: list[dict[str, str]] | None = None, summary: Report | None = None,
                    series: list[dict[str, Any]] | None = None) -> Path:
    """The dashboard; ``summary`` (the batch report, :mod:`jixiao.review.summary`) adds its section."""
    env = Environment(loader=PackageLoader("jixiao.review", "templates"), autoescape=select_autoescape(["j2"]))
    rows = [_with_diff(r) for r in reports]
    totals = {**header["totals"], "total_differs": sum(1 for r in rows if r["differs"]),
              "read_incomplete": sum(1 for r in rows if r.get("read_incomplete"))}
    html = env.get_template("dashboard.html.j2").render(
        pack=header["pack"], generated=header["generated"], interrupted=header["interrupted"], totals=totals,
        reports=rows, page_size=PAGE_SIZE, counts=counts, unreadable=unreadable, skipped=skipped or [],
        grades=charts.GRADES, severity_labels=SEVERITY_LABELS, summary=summary,
        summary_blocks=tagged(summary.body) if summary else [], series=series or [],
        charts={"grades": Markup(charts.grade_bars(reports)), "totals": Markup(charts.total_scatter(reports)),
                "codes": Markup(charts.code_bars(counts))},
    )
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path
