"""The editor in a real headless Chromium, as a new unit user meets it: a draft from a template
holds no hint as a value; amounts typed as the forms show them; a lost session loses no typed
text; the grade hint beside the score, checked against the engine; the sticky save bar; and no
Content-Security-Policy violation on any page (no inline script anywhere)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from webserver import LiveServer
from webworld import PASSWORD, World, build_world

from jixiao.modelio import dump_json, load_evaluation
from jixiao.starters import field_hints

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-results" / "web"
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, World]]:
    folder = tmp_path_factory.mktemp("editor-e2e")
    world = build_world(f"sqlite:///{folder / 'editor.db'}")
    live = LiveServer(world.url, folder).start()
    yield live, world
    live.stop()


def log_in(page: Page, base: str, name: str = "editor_a") -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/login"))


def csp_watch(page: Page) -> list[str]:
    """Console messages about refused content (a CSP violation is reported this way)."""
    refused: list[str] = []
    page.on("console", lambda message: refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text or "Refused to" in message.text else None)
    return refused


def seed_draft(world: World) -> int:
    editor = world.client("editor_a")
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": json.loads(dump_json(load_evaluation(EXAMPLE))),
            "confirm_duplicate": True}
    return int(editor.post("/api/evaluations", json=body).json()["id"])


def stored(world: World, evaluation_id: int) -> dict:
    return world.client("editor_a").get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # caret="initial": hiding the caret makes Playwright inject a <style>, which the CSP rightly refuses
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, caret="initial")


@pytest.mark.slow
def test_template_draft_amounts_and_save_bar(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    page = browser.new_context(locale="zh-CN", viewport={"width": 1024, "height": 800}).new_page()
    refused = csp_watch(page)
    log_in(page, live.url)
    page.goto(f"{live.url}/evaluations/new")
    expect(page.locator("#import")).to_contain_text("最大 10 MB")
    page.select_option("#from-template select[name=template]", "town-whole-unit")
    page.fill("#from-template input[name=year]", "abc")
    page.click("#from-template button[type=submit]")
    expect(page.locator(".flash.error")).to_contain_text("年度：必须是四位数字的年份")
    expect(page.locator("#from-template select[name=template]")).to_have_value("town-whole-unit")  # kept
    expect(page.locator("#from-template input[name=year]")).to_have_value("abc")
    page.fill("#from-template input[name=year]", "2024")
    page.click("#from-template button[type=submit]")
    expect(page.locator("#indicators tbody tr.indicator")).to_have_count(11)
    evaluation_id = int(page.url.rsplit("/", 1)[1])

    # hints are placeholders: shown greyed in empty fields, never values; the unit's facts are filled
    hints = field_hints()
    expect(page.locator("input[name=unit_name]")).to_have_value("甲镇人民政府")
    expect(page.locator("input[name=unit_region]")).to_have_value("重庆市璧山区")
    expect(page.locator("input[name=budget_initial]")).to_have_value("")
    expect(page.locator("input[name=budget_initial]")).to_have_attribute("placeholder", hints["budget.initial"])
    expect(page.locator("textarea[name=sec_purpose]")).to_have_value("")
    values = json.dumps(stored(world, evaluation_id), ensure_ascii=False)
    assert not [h for h in hints.values() if h in values] and "（单位名称）" not in values

    # amounts as the forms show them; the bar says 未保存 until saved, and stays in view
    expect(page.locator("#save-state")).to_have_text("已保存")
    page.fill("input[name=budget_initial]", "5,504.00万元")
    page.fill("input[name=budget_adjusted]", "82,240,000元")
    page.fill("input[name=budget_executed]", "7693.91")
    expect(page.locator("#save-state")).to_contain_text("未保存")
    page.locator("textarea[name=sec_measures]").scroll_into_view_if_needed()
    assert page.locator("#save").bounding_box()["y"] >= 0  # the sticky bar is on screen far down the form
    expect(page.locator("#save")).to_be_in_viewport()
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 2 版")
    expect(page.locator("#save-state")).to_have_text("已保存")
    budget = stored(world, evaluation_id)["budget"]
    assert Decimal(budget["initial"]) == 5504 and Decimal(budget["adjusted"]) == 8224
    shot(page, "10-editor-1024")

    # switching the unit converts the amounts typed without one; those with a unit stay as typed
    page.fill("textarea[name=fund_rows]", "当年财政拨款 320 356.4 341.15\n上年结转资金 - 12 5万元")
    page.select_option("#budget-unit", "元")
    expect(page.locator("textarea[name=fund_rows]")).to_have_value(
        "当年财政拨款 3200000 3564000 3411500\n上年结转资金 - 120000 5万元")
    expect(page.locator("input[name=budget_executed]")).to_have_value("76939100")
    expect(page.locator("input[name=budget_initial]")).to_have_value("5,504.00万元")
    expect(page.locator("input[name=budget_income_total]")).to_have_attribute("placeholder", "收入总计（元）")
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 3 版")
    budget = stored(world, evaluation_id)["budget"]
    assert Decimal(budget["initial"]) == 5504 and Decimal(budget["executed"]) == Decimal("7693.91")
    assert budget["source_unit"] == "元"
    assert [(r["name"], r.get("initial"), r["adjusted"], r["executed"]) for r in budget["fund_rows"]] == [
        ("当年财政拨款", "320", "356.4", "341.15"), ("上年结转资金", None, "12", "5")]
    page.reload()
    expect(page.locator("#budget-unit")).to_have_value("元")
    expect(page.locator("input[name=budget_adjusted]")).to_have_value("82240000")
    expect(page.locator("input[name=budget_initial]")).to_have_value("55040000")
    expect(page.locator("input[name=budget_expenditure_total]")).to_have_attribute("placeholder", "支出总计（元）")
    page.set_viewport_size({"width": 1920, "height": 1000})
    panel, form = page.locator("aside.panel").bounding_box(), page.locator("#editor-form").bounding_box()
    assert panel["x"] >= form["x"] + form["width"]  # the score panel beside the fields, not over them
    page.set_viewport_size({"width": 1024, "height": 800})
    panel, form = page.locator("aside.panel").bounding_box(), page.locator("#editor-form").bounding_box()
    assert panel["x"] >= form["x"] + form["width"] or panel["y"] >= form["y"] + form["height"]
    assert refused == []


@pytest.mark.slow
def test_a_lost_session_keeps_the_typed_text(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    evaluation_id = seed_draft(world)
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    log_in(page, live.url)
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    typed = "本次评价旨在检验大兴镇 2024 年预算资金的使用绩效。"
    page.fill("textarea[name=sec_purpose]", typed)
    expect(page.locator("#save-state")).to_contain_text("已暂存在本机")

    # signed out in another tab: this page's next request finds no session
    other = context.new_page()
    other.goto(f"{live.url}/evaluations")
    other.click("header form[action='/logout'] button")
    expect(other).to_have_url(re.compile(r"/login"))
    other.close()
    page.click("#save")
    expect(page).to_have_url(re.compile(rf"/login\?next=/evaluations/{evaluation_id}$"))
    page.fill("input[name=name]", "editor_a")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(rf"/evaluations/{evaluation_id}$"))
    expect(page.locator("textarea[name=sec_purpose]")).to_have_value(typed)
    expect(page.locator("#restored")).to_contain_text("已恢复")
    expect(page.locator("#save-state")).to_contain_text("未保存")
    assert stored(world, evaluation_id)["sections"].get("purpose") != typed  # not saved behind the user's back
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 2 版")
    assert stored(world, evaluation_id)["sections"]["purpose"] == typed
    page.reload()  # saved: nothing left to restore
    expect(page.locator("#restored")).to_be_hidden()
    context.close()


@pytest.mark.slow
def test_grade_hint_for_the_seed(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    evaluation_id = seed_draft(world)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = csp_watch(page)
    log_in(page, live.url)
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    expect(page.locator("#total")).to_have_text("99.03")
    expect(page.locator("#grade")).to_have_text("优")
    expect(page.locator("#grade-hint")).to_contain_text("已是最高等级「优」")
    expect(page.locator("#gains")).to_contain_text("预算执行率：得 14.03 / 15 分，尚可得 0.97 分")

    # lower the execution: the hint names the gap and the smallest execution that gives 优 again
    page.fill("input[name=budget_executed]", "2000")
    expect(page.locator("#grade")).to_have_text("良")
    hint = page.locator("#grade-hint strong")
    expect(hint).to_contain_text("距“优”还差")
    total = Decimal(page.locator("#total").inner_text())
    match = re.search(r"距“优”还差 ([\d.]+) 分：全年执行数达到 ([\d,.]+) 万元（预算执行率 ([\d.]+)%）即可",
                      hint.inner_text())
    assert match, hint.inner_text()
    assert Decimal(match.group(1)) == Decimal(90) - total
    needed = Decimal(match.group(2).replace(",", ""))
    # the engine agrees: that amount gives 优, one cent less does not
    page.fill("input[name=budget_executed]", str(needed - Decimal("0.01")))
    expect(page.locator("#grade")).to_have_text("良")
    page.fill("input[name=budget_executed]", str(needed))
    expect(page.locator("#grade")).to_have_text("优")
    expect(page.locator("#total")).to_have_text("90")
    assert refused == []


@pytest.mark.slow
def test_no_page_breaks_the_content_security_policy(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    evaluation_id = seed_draft(world)
    page = browser.new_context(locale="zh-CN").new_page()
    refused = csp_watch(page)
    log_in(page, live.url, "admin")
    for path in ("/evaluations", "/evaluations/new", f"/evaluations/{evaluation_id}",
                 f"/evaluations/{evaluation_id}/history", "/admin", "/packs", "/account", "/rectifications"):
        response = page.goto(f"{live.url}{path}")
        assert response is not None and response.ok, path
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], path
        assert response.headers["x-frame-options"] == "DENY", path
    page.goto(f"{live.url}/evaluations/{evaluation_id}/history")
    page.click("#compare-form button")  # the comparison form's script is a file now, not an onsubmit
    expect(page).to_have_url(re.compile(rf"/evaluations/{evaluation_id}/versions/\d+\?"))
    page.goto(f"{live.url}/docs")
    expect(page.locator(".swagger-ui .info")).to_contain_text("jixiao")
    assert refused == []


@pytest.mark.slow
def test_submit_and_review_ask_first_showing_open_errors(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    evaluation = load_evaluation(EXAMPLE)
    evaluation.title = "确认对话框测试"
    evaluation.stated_total = evaluation.stated_total + 2  # TOTAL_MISMATCH: an error-level finding
    editor_api = world.client("editor_a")
    evaluation_id = editor_api.post("/api/evaluations", json={
        "unit_id": world.units["甲镇人民政府"], "evaluation": json.loads(dump_json(evaluation))}).json()["id"]
    errors = [f["title"] for f in editor_api.get(f"/api/evaluations/{evaluation_id}/findings").json()
              if f["severity"] == "error"]
    assert errors

    page = browser.new_context(locale="zh-CN").new_page()
    log_in(page, live.url)
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.click("form.action-submit button")
    expect(page.locator("#status")).to_have_text("草稿")  # dismissed: nothing happened
    assert f"尚有 {len(errors)} 项错误级问题未解决" in asked[0] and all(title in asked[0] for title in errors)
    assert "确定提交？" in asked[0]
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("form.action-submit button")
    expect(page.locator("#status")).to_have_text("已提交")

    reviewer = browser.new_context(locale="zh-CN").new_page()
    log_in(reviewer, live.url, "reviewer")
    expect(reviewer.locator("#evaluations")).to_contain_text("确认对话框测试")  # the overview opens on 待复核
    reviewer.goto(f"{live.url}/evaluations/{evaluation_id}")
    asked.clear()
    reviewer.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    reviewer.click("form.action-review button")
    expect(reviewer.locator("#status")).to_have_text("已提交")
    assert "标记为已复核后评价将锁定" in asked[0] and all(title in asked[0] for title in errors)
    reviewer.once("dialog", lambda dialog: dialog.accept())
    reviewer.click("form.action-review button")
    expect(reviewer.locator("#status")).to_have_text("已复核（锁定）")


@pytest.mark.slow
def test_reviewer_comments_a_field_by_clicking_it(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    evaluation_id = seed_draft(world)
    assert world.client("editor_a").post(f"/api/evaluations/{evaluation_id}/submit", json={}).status_code == 200
    page = browser.new_context(locale="zh-CN").new_page()
    log_in(page, live.url, "reviewer")
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    # a real mouse click on the label's text (force: Playwright counts a label of a disabled field as
    # disabled, but the browser delivers the click to the label)
    page.locator("label", has=page.locator("input[name=budget_executed]")).click(position={"x": 4, "y": 4}, force=True)
    expect(page.locator("#comment-target")).to_contain_text("针对：全年执行数")
    page.fill("form.add-comment input[name=text]", "执行数与决算不一致，请核对")
    page.click("form.add-comment button")
    expect(page.locator("#comments")).to_contain_text("针对 全年执行数")
    # a cell of the indicator table: the comment (here a return) names that indicator's field
    row = page.locator("#indicators tbody tr.indicator").nth(3)
    row.locator("input[name=ind_actual]").click(force=True)  # the (read-only) field itself
    expect(page.locator("#comment-target")).to_contain_text("指标「预算执行率」实际完成值")
    page.fill("form.action-return input[name=comment]", "预算执行率请按决算数重算")
    page.click("form.action-return button")
    expect(page.locator("#status")).to_have_text("已退回修改")
    comments = world.client("editor_a").get(f"/api/evaluations/{evaluation_id}/comments").json()
    assert [(c["field"], c["text"]) for c in comments] == [
        ("budget.executed", "执行数与决算不一致，请核对"), ("indicators[3].actual", "预算执行率请按决算数重算")]
    editor = browser.new_context(locale="zh-CN", accept_downloads=True).new_page()
    log_in(editor, live.url)
    editor.goto(f"{live.url}/evaluations/{evaluation_id}")
    expect(editor.locator("#indicators tbody tr.indicator").nth(3).locator(".note.comment")).to_contain_text(
        "预算执行率请按决算数重算")
    # export: progress is said while the file is made, then the file is saved
    with editor.expect_download() as download:
        editor.click("a.export[data-format=docx]")
    assert download.value.suggested_filename.endswith(".docx")
    expect(editor.locator("#export-progress")).to_contain_text("已生成")


@pytest.mark.slow
def test_a_letter_grade_survives_an_edit_and_save(site: tuple[LiveServer, World], browser: Browser) -> None:
    live, world = site
    editor = world.client("editor_a")
    data = json.loads(dump_json(load_evaluation(EXAMPLE)))
    data.update(stated_grade="B", stated_grade_text=None)
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": data, "confirm_duplicate": True}
    evaluation_id = int(editor.post("/api/evaluations", json=body).json()["id"])
    page = browser.new_context(locale="zh-CN").new_page()
    log_in(page, live.url)
    page.goto(f"{live.url}/evaluations/{evaluation_id}")
    expect(page.locator("select[name=stated_grade]")).to_have_value("B")
    expect(page.locator("#stated-grade")).to_contain_text("“B”")
    page.fill("textarea[name=sec_purpose]", "检验某镇年度预算资金的使用绩效。")
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 2 版")
    saved = stored(world, evaluation_id)
    assert (saved.get("stated_grade"), saved["stated_grade_text"]) == (None, "B")
    page.reload()
    expect(page.locator("select[name=stated_grade]")).to_have_value("B")
    page.select_option("select[name=stated_grade]", "良")  # a grade chosen in the list replaces the letter
    page.click("#save")
    expect(page.locator("#save-status")).to_contain_text("已保存为第 3 版")
    saved = stored(world, evaluation_id)
    assert (saved["stated_grade"], saved.get("stated_grade_text")) == ("良", None)
