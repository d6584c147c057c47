"""The indicator rows of a read report in a real headless Chromium: a target in words shows a blank comparator and its
text in a field the user can edit; saving it keeps the text and adds no comparator; a figure typed with no comparator
is asked for one; a figure keeps its comparator, value and unit; an actual's sign, a tier, an empty weight and a long
deviation note with line breaks come back from a save unchanged."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from test_web_editor_e2e import csp_watch, log_in, shot, site, stored  # noqa: F401
from webserver import LiveServer
from webworld import World

from jixiao.model import Evaluation

NOTE = "受汛期影响，部分站点施工推迟约两周；\n下一步将提前排定工期，并按月通报进度。"
INDICATORS: list[dict[str, Any]] = [
    {"number": 1, "level1": "产出指标", "level2": "质量指标", "name": "站点运行状况", "weight": "20",
     "target": {"text": "明显改善"}, "actual": {"text": "运行稳定", "tier": "达成"}, "stated_score": "20"},
    {"number": 2, "level1": "产出指标", "level2": "数量指标", "name": "新建监测站点数", "weight": "30",
     "target": {"comparator": "≥", "value": "12", "unit": "个"},
     "actual": {"value": "12", "unit": "个", "comparator": "≥"}, "stated_score": "30"},
    {"number": 3, "level1": "产出指标", "level2": "时效指标", "name": "建设完成时间", "weight": None,
     "target": {"text": "2025年11月底前"}, "actual": {"text": "2025年12月中旬完成"}, "stated_score": "8",
     "deviation_note": NOTE},
    {"number": 4, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "沿线群众满意度", "weight": "10",
     "target": {"comparator": "≥", "value": "90", "unit": "%"}, "actual": {"value": "93", "unit": "%"},
     "stated_score": "10"},
]


def _draft(world: World) -> int:
    evaluation = {"year": 2025, "kind": "项目支出", "unit": {"name": "甲镇人民政府"},
                  "title": "某镇水文监测站点建设项目", "indicators": INDICATORS,
                  "budget": {"initial": "80", "adjusted": "80", "executed": "76.5"}}
    made = world.client("editor_a").post("/api/evaluations", json={
        "unit_id": world.units["甲镇人民政府"], "evaluation": evaluation, "confirm_duplicate": True})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _open(browser: Browser, live: LiveServer, evaluation_id: int, user: str = "editor_a") -> Page:
    page = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900}).new_page()
    log_in(page, live.url, user)
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    return page


@pytest.mark.slow
def test_a_text_target_is_shown_edited_and_saved_without_a_comparator(
    site: tuple[LiveServer, World], browser: Browser  # noqa: F811  (the editor tests' live site, one per module)
) -> None:
    live, world = site
    evaluation_id = _draft(world)
    before = Evaluation.model_validate(stored(world, evaluation_id))
    page = _open(browser, live, evaluation_id)
    refused = csp_watch(page)
    rows = page.locator("#indicators tbody tr.indicator")
    expect(rows).to_have_count(4)
    first, second, third = rows.nth(0), rows.nth(1), rows.nth(2)
    expect(first.locator("select[name=ind_cmp]")).to_have_value("")  # the unit wrote no comparator
    expect(first.locator("select[name=ind_cmp] option:checked")).to_have_text("（未写）")
    expect(first.locator("input[name=ind_target_text]")).to_have_value("明显改善")
    expect(first.locator("input[name=ind_target_text]")).to_be_visible()
    expect(first.locator("select[name=ind_tier]")).to_have_value("达成")
    expect(second.locator("select[name=ind_cmp]")).to_have_value("≥")
    expect(second.locator("input[name=ind_target]")).to_have_value("12")
    expect(second.locator("select[name=ind_actual_cmp]")).to_have_value("≥")
    expect(third.locator("input[name=ind_target_text]")).to_have_value("2025年11月底前")
    expect(third.locator("input[name=ind_weight]")).to_have_value("")
    expect(third.locator("textarea[name=ind_deviation]")).to_have_value(NOTE)
    shot(page, "20-indicator-text-targets")

    # saved without a change: every fact comes back as it was, line breaks of the note included
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 2 版")
    assert Evaluation.model_validate(stored(world, evaluation_id)) == before

    # the text edited in its field is saved as typed, still with no comparator
    first.locator("input[name=ind_target_text]").fill("较上年明显改善")
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 3 版")
    target = stored(world, evaluation_id)["indicators"][0]["target"]
    assert target == {"text": "较上年明显改善"}

    # a figure typed beside it with no comparator chosen is asked for one, then kept as chosen
    first.locator("input[name=ind_target]").fill("95")
    first.locator("input[name=ind_target_unit]").fill("%")
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("请选择比较符")
    assert stored(world, evaluation_id)["indicators"][0]["target"] == {"text": "较上年明显改善"}
    first.locator("select[name=ind_cmp]").select_option("≥")
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 4 版")
    target = stored(world, evaluation_id)["indicators"][0]["target"]
    assert (target["comparator"], target["value"], target["unit"], target["text"]) == ("≥", "95", "%", "较上年明显改善")

    # a new row states no comparator until one is chosen
    page.click("#add-indicator")
    expect(rows).to_have_count(5)
    expect(rows.nth(4).locator("select[name=ind_cmp]")).to_have_value("")
    assert refused == []


@pytest.mark.slow
def test_a_reviewer_sees_the_text_target_read_only(
    site: tuple[LiveServer, World], browser: Browser  # noqa: F811
) -> None:
    live, world = site
    evaluation_id = _draft(world)
    assert world.client("editor_a").post(f"/api/evaluations/{evaluation_id}/submit", json={}).status_code == 200
    page = _open(browser, live, evaluation_id, "reviewer")
    text = page.locator("#indicators tbody tr.indicator").nth(0).locator("input[name=ind_target_text]")
    expect(text).to_have_value("明显改善")
    expect(text).to_be_disabled()
    text.click(force=True)  # a reviewer's comment on the text names the indicator's target
    expect(page.locator("#comment-target")).to_contain_text(re.compile(r"指标「站点运行状况」年度指标值"))
