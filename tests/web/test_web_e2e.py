"""End to end in a real headless Chromium: an editor fills in the seed from the town template,
imports the seed text, exports Word and submits; a reviewer returns it with a comment; the editor
sees the comment. Screenshots go to test-results/web/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from webserver import LiveServer
from webworld import PASSWORD, build_world

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-results" / "web"
SEED_TEXT = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"

# The seed's figures (domain notes §3): actual values and the scores the report states.
ACTUALS = ["100", "100", "", "93.55", "0", "100", "100", "95", "100", "90", "90"]
STATED = ["5", "5", "15", "8.19", "5", "20", "10", "5", "10", "5", "5"]


@pytest.fixture
def server(tmp_path: Path) -> LiveServer:
    url = f"sqlite:///{tmp_path / 'e2e.db'}"
    build_world(url)
    live = LiveServer(url, tmp_path).start()
    yield live
    live.stop()


def log_in(page: Page, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/evaluations$"))


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.slow
def test_editor_and_reviewer_flow(server: LiveServer, browser: Browser, tmp_path: Path) -> None:
    base = server.url
    editor = browser.new_context(accept_downloads=True, locale="zh-CN").new_page()
    log_in(editor, base, "editor_a")
    requested: list[str] = []
    editor.on("request", lambda request: requested.append(request.url))

    # the API documentation renders from the vendored Swagger UI, with no request leaving loopback
    editor.goto(f"{base}/docs")
    expect(editor.locator(".swagger-ui .info")).to_contain_text("jixiao")

    # create from the town template
    editor.goto(f"{base}/evaluations/new")
    editor.select_option("#from-template select[name=template]", "town-whole-unit")
    editor.fill("#from-template input[name=year]", "2024")
    editor.click("#from-template button[type=submit]")
    expect(editor.locator("#indicators tbody tr.indicator")).to_have_count(11)

    # enter the seed's facts and figures
    editor.fill("input[name=unit_name]", "重庆市璧山区大兴镇人民政府")
    editor.fill("input[name=budget_initial]", "5504")
    editor.fill("input[name=budget_adjusted]", "8224")
    editor.fill("input[name=budget_executed]", "7693.91")
    editor.fill("input[name=budget_stated_execution_rate]", "93.55")
    editor.fill("input[name=budget_income_total]", "7693.91")
    editor.fill("textarea[name=income_items]", "一般公共预算财政拨款收入 6796.13\n政府性基金预算财政拨款收入 897.78")
    editor.fill("input[name=budget_expenditure_total]", "7693.91")
    editor.fill("textarea[name=expenditure_items]", "基本支出 3680.87\n项目支出 4013.04")
    rows = editor.locator("#indicators tbody tr.indicator")
    for index, (actual, stated) in enumerate(zip(ACTUALS, STATED, strict=True)):
        row = rows.nth(index)
        row.locator("input[name=ind_actual]").fill(actual)
        row.locator("input[name=ind_stated]").fill(stated)
    rows.nth(9).locator("input[name=ind_sample]").fill("50")
    editor.fill("input[name=stated_total]", "93.19")
    editor.select_option("select[name=stated_grade]", "优")

    # the panel recomputes as we type: the stated total 93.19 (优) beside the recomputed 99.03 (优)
    expect(editor.locator("#stated-total")).to_have_text("93.19")
    expect(editor.locator("#stated-grade")).to_have_text("优")
    expect(editor.locator("#total")).to_have_text("99.03")
    expect(editor.locator("#grade")).to_have_text("优")
    expect(editor.locator("#findings")).to_contain_text("SCORE_NOT_RECOMPUTABLE")

    # add, move and remove an indicator row, then save
    editor.click("#add-indicator")
    expect(rows).to_have_count(12)
    rows.nth(11).locator("input[name=ind_name]").fill("临时指标")
    rows.nth(11).locator("button[data-row-action=up]").click()
    expect(rows.nth(10).locator("input[name=ind_name]")).to_have_value("临时指标")
    questions: list[str] = []
    editor.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.accept()))
    rows.nth(10).locator("button[data-row-action=remove]").click()
    expect(rows).to_have_count(11)
    assert questions == ["删除指标「临时指标」？删除后点“保存”才生效。"]
    editor.click("#save")
    expect(editor.locator("#save-status")).to_contain_text("已保存为第 2 版")
    shot(editor, "01-editor-town-template")
    template_url = editor.url

    # a second browser saves the same evaluation first: this page's save is refused, nothing lost
    other = browser.new_context(locale="zh-CN").new_page()
    log_in(other, base, "editor_a")
    other.goto(template_url)
    other.fill("input[name=title]", "第二个浏览器的标题")
    other.click("#save")
    expect(other.locator("#save-status")).to_contain_text("已保存为第 3 版")
    other.context.close()
    editor.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved edits?"
    editor.fill("input[name=title]", "第一个浏览器的标题")
    editor.click("#save")
    expect(editor.locator("#save-status .conflict")).to_contain_text("保存冲突")
    expect(editor.locator("input[name=title]")).to_have_value("第一个浏览器的标题")  # the edits stay on screen
    shot(editor, "01b-editor-conflict")

    # import the seed text as a second evaluation
    editor.goto(f"{base}/evaluations/new")
    editor.set_input_files("#import input[type=file]", str(SEED_TEXT))
    editor.click("#import button[type=submit]")
    expect(editor.locator("input[name=budget_executed]")).to_have_value("7693.91")
    expect(editor.locator("#indicators tbody tr.indicator")).to_have_count(11)
    shot(editor, "02-editor-imported")

    # export Word and submit the first one
    editor.goto(template_url)
    with editor.expect_download() as download_info:
        editor.click("a.export[data-format=docx]")
    download = download_info.value
    saved = tmp_path / "export.docx"
    download.save_as(saved)
    assert saved.read_bytes()[:2] == b"PK" and download.suggested_filename.endswith(".docx")
    editor.click("form.action-submit button")
    expect(editor.locator("#status")).to_have_text("已提交")

    # the reviewer sees the findings and returns it with a comment
    reviewer = browser.new_context(locale="zh-CN").new_page()
    log_in(reviewer, base, "reviewer")
    expect(reviewer.locator("#evaluations")).to_contain_text("第二个浏览器的标题")  # opens on 待复核
    expect(reviewer.locator("#evaluations tbody tr[data-id]")).to_have_count(1)  # the imported draft is not
    shot(reviewer, "03-reviewer-list")
    reviewer.goto(template_url)
    expect(reviewer.locator("#findings")).to_contain_text("SCORE_NOT_RECOMPUTABLE")
    reviewer.locator("#indicators tbody tr.indicator").nth(3).locator("input[name=ind_stated]").click(force=True)
    expect(reviewer.locator("#comment-target")).to_contain_text("自评得分")
    reviewer.fill("form.action-return input[name=comment]", "预算执行率得分应为 14.03 分，请核实")
    reviewer.click("form.action-return button")
    expect(reviewer.locator("#status")).to_have_text("已退回修改")
    shot(reviewer, "04-reviewer-returned")

    # the editor sees the comment and can edit again
    editor.reload()
    expect(editor.locator("#comments")).to_contain_text("预算执行率得分应为 14.03 分，请核实")
    expect(editor.locator("#indicators tbody tr.indicator").nth(3).locator(".note.comment")).to_contain_text(
        "预算执行率得分应为 14.03 分")
    expect(editor.locator("#save")).to_be_visible()
    shot(editor, "05-editor-sees-comment")
    assert requested and all(url.startswith(base) or url.startswith("blob:") for url in requested), requested
