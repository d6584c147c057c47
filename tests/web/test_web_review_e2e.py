"""End to end in a real headless Chromium: a reviewer records a decision on a submitted evaluation
and downloads the letter; the unit's editor answers the rectification item; the reviewer closes it;
another unit's editor sees none of it. Screenshots go to test-results/web/."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import docx
import pytest
from playwright.sync_api import Browser, Page, expect
from webserver import LiveServer
from webworld import PASSWORD, build_world

from jixiao.modelio import dump_json, load_evaluation

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-results" / "web"
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"


@pytest.fixture
def server(tmp_path: Path) -> tuple[LiveServer, int]:
    url = f"sqlite:///{tmp_path / 'review-e2e.db'}"
    world = build_world(url)
    evaluation = load_evaluation(EXAMPLE)
    evaluation.unit.name = "甲镇人民政府"
    evaluation.stated_total = evaluation.stated_total + 2  # TOTAL_MISMATCH: one error to rectify
    editor = world.client("editor_a")
    evaluation_id = editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"],
                                                          "evaluation": json.loads(dump_json(evaluation))}).json()["id"]
    assert editor.post(f"/api/evaluations/{evaluation_id}/submit", json={}).status_code == 200
    live = LiveServer(url, tmp_path).start()
    yield live, evaluation_id
    live.stop()


def log_in(browser: Browser, base: str, name: str) -> Page:
    page = browser.new_context(accept_downloads=True, locale="zh-CN").new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/evaluations$"))
    return page


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.slow
def test_decision_rectification_and_isolation(server: tuple[LiveServer, int], browser: Browser) -> None:
    live, evaluation_id = server
    base, review_url = live.url, f"{live.url}/evaluations/{evaluation_id}/review"

    # the reviewer records the decision: the opinion is pre-filled from the findings
    reviewer = log_in(browser, base, "reviewer")
    reviewer.goto(review_url)
    expect(reviewer.locator("#no-decision")).to_be_visible()
    expect(reviewer.locator("textarea[name=opinion]")).to_contain_text("（一）综合得分计算有误")
    expect(reviewer.locator("input[name=total]")).to_have_value("99.03")
    reviewer.click("#decision-form button[type=submit]")  # the total differs from the stated 95.19: no reason yet
    expect(reviewer.locator(".flash.error")).to_contain_text("请填写调整理由")
    reviewer.fill("input[name=total_reason]", "预算执行率按规则应得 14.03 分，自评总分加总有误")
    reviewer.fill("input[name=deadline]", "2025-06-30")
    reviewer.fill("input[name=reviewer_unit]", "重庆市璧山区财政局")
    reviewer.click("#decision-form button[type=submit]")
    expect(reviewer.locator("#decided-total")).to_have_text("99.03")
    expect(reviewer.locator("#rectifications tbody tr")).to_have_count(1)
    expect(reviewer.locator("#rectifications .item-status")).to_have_text("待整改")
    with reviewer.expect_download() as download:
        reviewer.click("#letter-link")
    letter = docx.Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    assert "甲镇人民政府：" in [p.text for p in letter.paragraphs]
    shot(reviewer, "review-decision")

    # the unit's editor answers the item from the overview
    editor = log_in(browser, base, "editor_a")
    editor.goto(f"{base}/rectifications")
    group = editor.locator("section.unit-group[data-unit='甲镇人民政府']")
    expect(group).to_contain_text("最近期限 2025-06-30")
    group.locator("select[name=status]").select_option("done")
    group.locator("textarea[name=text]").fill("已按各指标得分之和将综合得分更正为 93.19 分，并重新报送")
    group.locator("form.answer button[type=submit]").click()
    expect(editor.locator(".item-status").first).to_have_text("已整改")
    shot(editor, "rectification-answered")

    # the reviewer sees the answer in the overview and closes the item
    reviewer.goto(f"{base}/rectifications")
    row = reviewer.locator("section.unit-group[data-unit='甲镇人民政府'] tbody tr").first
    expect(row.locator(".item-answer")).to_contain_text("93.19")
    row.locator("form.close button[type=submit]").click()
    expect(reviewer.locator("#no-items")).to_be_visible()
    reviewer.goto(review_url)
    expect(reviewer.locator("#rectifications .item-status")).to_have_text("已整改（已确认关闭）")
    expect(reviewer.locator("#review-history tbody tr")).to_have_count(3)  # decided, answered, closed
    shot(reviewer, "rectification-closed")

    # another unit's editor sees nothing of it
    other = log_in(browser, base, "editor_b")
    other.goto(f"{base}/rectifications?closed=1")
    expect(other.locator("#no-items")).to_be_visible()
    expect(other.locator("body")).not_to_contain_text("甲镇")
    response = other.goto(review_url)
    assert response is not None and response.status == 404
    expect(other.locator("body")).not_to_contain_text("甲镇")
    letter_response = other.request.get(f"{review_url}/letter.docx")
    assert letter_response.status == 404
    shot(other, "rectification-other-unit")
