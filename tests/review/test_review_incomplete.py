"""A reviewer can filter the reports the tool did not understand: a 读取不完整 column in review.xlsx and
review.html (with a filter, in a real browser), a ``read_incomplete`` field in review.json."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page

from jixiao.review import ReviewOptions, run_review

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    batch = tmp_path_factory.mktemp("incomplete")
    (batch / "seed.txt").write_bytes(SEED_TEXT.read_bytes())
    (batch / "thin.txt").write_text("某某区文化馆2024年度整体支出绩效自评报告\n一、基本情况\n本馆负责群众文化活动。\n"
                                    "二、绩效评价情况\n详见附表（附表未随文提供）。\n", encoding="utf-8")
    out = batch / "out"
    run_review([str(batch / "*.txt")], ReviewOptions(out_dir=out, jobs=1, pages=False))
    return out


def test_json_and_workbook_mark_the_unread_report(reviewed: Path) -> None:
    data = json.loads((reviewed / "review.json").read_text(encoding="utf-8"))
    flags = {Path(r["file"]).name: r["read_incomplete"] for r in data["reports"]}
    assert flags == {"seed.txt": False, "thin.txt": True}
    summary = openpyxl.load_workbook(reviewed / "review.xlsx")["汇总"]
    header = [c.value for c in summary[1]]
    column = header.index("读取不完整") + 1
    marks = {Path(summary.cell(r, len(header)).value).name: summary.cell(r, column).value
             for r in range(2, summary.max_row + 1)}
    assert marks == {"seed.txt": None, "thin.txt": "是"}


@pytest.mark.slow
def test_dashboard_filters_the_unread_reports(reviewed: Path, page: Page) -> None:
    page.goto((reviewed / "review.html").as_uri())
    assert page.inner_text("#n-incomplete") == "1"
    assert page.inner_text("#count") == "显示 2 / 2 个单位"
    page.check("#filter-incomplete")
    assert page.inner_text("#count") == "显示 1 / 1 个单位（共 2 个）"
    visible = page.locator("#units tbody tr:visible")
    assert "thin.txt" in visible.first.inner_text() and "读取不完整" in visible.first.inner_text()
