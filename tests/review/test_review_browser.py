"""The dashboard in a real browser (Debian's Chromium): it loads nothing from a network, and its
table sorts and filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page

from jixiao.review import ReviewOptions, run_review
from jixiao.synth import generate_batch

pytestmark = pytest.mark.slow


def test_dashboard_sorts_filters_and_links(tmp_path: Path, page: Page) -> None:
    generate_batch(12, tmp_path / "batch", seed=4, formats=["txt"], defect_rate=0.5)
    run_review([str(tmp_path / "batch" / "*.txt")], ReviewOptions(out_dir=tmp_path / "out", jobs=1))
    data = json.loads((tmp_path / "out" / "review.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith("file:") else problems.append(r.url))
    page.goto((tmp_path / "out" / "review.html").as_uri())
    assert page.inner_text("#count") == "显示 12 / 12 个单位"
    assert page.locator("#chart-grades svg rect").count() >= 8
    page.click("#units th:nth-child(5)")  # 复核总分, ascending
    shown = page.eval_on_selector_all("#units tbody tr td:nth-child(5)", "els => els.map(e => e.textContent)")
    assert shown == sorted(shown, key=float) and len(shown) == 12
    page.check("#filter-errors")
    with_errors = sum(1 for r in data["reports"] if r["errors"])
    assert page.inner_text("#count") == f"显示 {with_errors} / {with_errors} 个单位（共 12 个）"
    page.uncheck("#filter-errors")
    unit = data["reports"][0]["unit"]
    page.fill("#filter-text", unit)
    visible = page.locator("#units tbody tr:visible")
    assert visible.count() >= 1 and unit in visible.first.inner_text()
    href = visible.first.locator("a").get_attribute("href")
    assert href and (tmp_path / "out" / href).is_file()
    assert not problems
