"""The editor's form on both databases: amounts typed as the forms show them are stored in 万元
with the unit remembered, a bad 年度 is refused, a new evaluation from a template stores no hint as
a value (the unit's name and region come from the chosen unit), and the security headers."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html import unescape

from test_web_pages import _create, _form
from webworld import World

from jixiao.starters import field_hints
from jixiao.web.headers import CONTENT_SECURITY_POLICY


def _new_from_template(client, world: World, year: str = "2024"):
    form = {"unit_id": str(world.units["甲镇人民政府"]), "template": "town-whole-unit", "year": year,
            "csrf_token": client.headers["X-CSRF-Token"]}
    return client.post("/evaluations/new", data=form, follow_redirects=False)


def _editor_fields(page: str) -> dict[str, list[str]]:
    return _form(page)


def _values(value, out: list[str]) -> list[str]:
    if isinstance(value, dict):
        for item in value.values():
            _values(item, out)
    elif isinstance(value, list):
        for item in value:
            _values(item, out)
    elif isinstance(value, str):
        out.append(value)
    return out


def test_new_from_template_stores_no_hint_and_takes_the_units_facts(world: World) -> None:
    client = world.client("editor_a")
    response = _new_from_template(client, world)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    evaluation_id = int(response.headers["location"].rsplit("/", 1)[1])
    stored = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]
    assert stored["unit"]["name"] == "甲镇人民政府" and stored["unit"]["region"] == "重庆市璧山区"
    assert stored["year"] == 2024
    assert client.get(f"/api/evaluations/{evaluation_id}").json()["title"] == "甲镇人民政府 2024 年度绩效自评"
    texts = _values(stored, [])
    hints = field_hints()
    assert not [t for t in texts if t in hints.values() or re.fullmatch(r"（[^）]*）", t) or "待补充" in t]
    # every hint is a placeholder on its field, never its value
    fields = _editor_fields(page)
    assert fields["budget_initial"] == [""] and fields["sec_purpose"] == [""]
    assert f'name="budget_initial" placeholder="{hints["budget.initial"]}"' in unescape(page)
    assert f'name="sec_purpose" rows="3" placeholder="{hints["sections.purpose"]}"' in unescape(page)


def test_a_year_that_is_no_year_is_refused(world: World) -> None:
    client = world.client("editor_a")
    refused = _new_from_template(client, world, year="abc")
    assert refused.status_code == 422 and "年度：必须是四位数字的年份" in refused.text and "abc" in refused.text
    assert client.get("/api/evaluations").json() == []
    created = _new_from_template(client, world, year="２０２３")  # full-width digits are a year
    evaluation_id = int(created.headers["location"].rsplit("/", 1)[1])
    fields = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    fields["year"] = ["abc"]
    saved = client.post(f"/evaluations/{evaluation_id}/save", data=fields)
    assert saved.status_code == 422 and "年度：必须是数字" in saved.text
    assert client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["year"] == 2023


def test_fund_rows_are_typed_one_a_line_and_kept_when_not_sent(world: World) -> None:
    client = world.client("editor_a")
    evaluation_id = int(_new_from_template(client, world).headers["location"].rsplit("/", 1)[1])
    fields = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    fields.update(fund_rows=["当年财政拨款 320 356.40 341.15\n上年结转资金 - 12 1,000,000元"])
    assert client.post(f"/evaluations/{evaluation_id}/save", data=fields).status_code == 200
    rows = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["budget"]["fund_rows"]
    assert [(r["name"], r.get("initial"), Decimal(r["adjusted"]), Decimal(r["executed"])) for r in rows] == [
        ("当年财政拨款", "320", Decimal("356.4"), Decimal("341.15")), ("上年结转资金", None, Decimal(12), Decimal(100))]
    shown = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    assert shown["fund_rows"] == ["当年财政拨款 320 356.4 341.15\n上年结转资金 - 12 100"]

    del shown["fund_rows"]  # a client that does not send the field does not erase the rows
    assert client.post(f"/evaluations/{evaluation_id}/save", data=shown).status_code == 200
    assert len(client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["budget"]["fund_rows"]) == 2

    shown = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    shown.update(fund_rows=["当年财政拨款 三百万"])
    refused = client.post(f"/evaluations/{evaluation_id}/save", data=shown)
    assert refused.status_code == 422 and "资金来源第 1 行：应写成「名称 年初 全年 执行」" in unescape(refused.text)
    assert len(client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["budget"]["fund_rows"]) == 2


def test_amounts_typed_as_the_forms_show_them(world: World) -> None:
    client = world.client("editor_a")
    created = _new_from_template(client, world)
    evaluation_id = int(created.headers["location"].rsplit("/", 1)[1])
    fields = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    assert fields["budget_unit"] == ["万元"]
    fields.update(budget_initial=["5,504.00万元"], budget_adjusted=["82,240,000元"], budget_executed=["7,693.91"],
                  income_items=["一般公共预算财政拨款收入 6,796.13万元\n政府性基金预算财政拨款收入 8977800元"])
    assert client.post(f"/evaluations/{evaluation_id}/save", data=fields).status_code == 200
    budget = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["budget"]
    assert Decimal(budget["initial"]) == Decimal("5504") and Decimal(budget["adjusted"]) == Decimal("8224")
    assert Decimal(budget["executed"]) == Decimal("7693.91")
    assert budget.get("source_unit", "万元") == "万元"  # the default unit is not written
    assert [Decimal(i["amount"]) for i in budget["income_items"]] == [Decimal("6796.13"), Decimal("897.78")]

    # the unit chosen is remembered; amounts without a unit are read in it, and shown in it
    page = client.get(f"/evaluations/{evaluation_id}").text
    fields = _editor_fields(page)
    # as the page's script does on switching the unit: every amount typed without a unit converted
    fields.update(budget_unit=["元"], budget_initial=["55,040,000"], budget_adjusted=["82240000"],
                  budget_executed=["76939100"], budget_carry_over=["1,000"],
                  income_items=["一般公共预算财政拨款收入 67961300\n政府性基金预算财政拨款收入 8977800"])
    assert client.post(f"/evaluations/{evaluation_id}/save", data=fields).status_code == 200
    budget = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["budget"]
    assert Decimal(budget["initial"]) == Decimal("5504") and Decimal(budget["carry_over"]) == Decimal("0.1")
    assert budget["source_unit"] == "元"
    shown = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    assert shown["budget_unit"] == ["元"] and shown["budget_initial"] == ["55040000"]
    assert shown["income_items"] == ["一般公共预算财政拨款收入 67961300\n政府性基金预算财政拨款收入 8977800"]

    fields = _editor_fields(client.get(f"/evaluations/{evaluation_id}").text)
    fields.update(budget_initial=["5504万美元"])
    refused = client.post(f"/evaluations/{evaluation_id}/save", data=fields)
    assert refused.status_code == 422 and "年初预算数：必须是金额" in unescape(refused.text)


def test_security_headers_on_pages_api_and_files(world: World) -> None:
    client = world.client("editor_a")
    for path in ("/evaluations", "/api/evaluations", "/static/app.js", "/docs", "/login", "/no-such-page"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "same-origin", path
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    for path in ("/evaluations", "/evaluations/new", "/docs", "/login", "/account"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), path  # no inline script
        assert not re.search(r"\son[a-z]+=", page), path  # no inline event handler
    assert json.loads(client.get("/api/nothing").text) == {"detail": "页面或接口不存在"}


def test_a_failing_grade_hint_leaves_score_and_findings(example_path, monkeypatch) -> None:
    from jixiao.modelio import load_evaluation
    from jixiao.web import pipeline

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("hint bug")

    evaluation = load_evaluation(example_path)
    assert pipeline.assess(evaluation).hint is not None
    monkeypatch.setattr(pipeline, "grade_hint", broken)
    result = pipeline.assess(evaluation)
    assert result.score is not None and result.score.total == Decimal("99.03") and result.findings
    assert result.hint is None and result.error is None


def test_submit_is_refused_while_required_facts_are_missing(world: World) -> None:
    client = world.client("editor_a")
    created = _new_from_template(client, world)
    evaluation_id = int(created.headers["location"].rsplit("/", 1)[1])
    refused = client.post(f"/api/evaluations/{evaluation_id}/submit", json={})
    assert refused.status_code == 422
    detail = refused.json()["detail"]
    assert detail.startswith("尚不能提交，以下内容未填写：全年预算数、全年执行数、指标1 实际完成值（预决算信息公开率）")
    assert "单位名称" not in detail  # taken from the chosen unit
    page = client.get(f"/evaluations/{evaluation_id}").text
    assert "以下内容未填写，尚不能提交：全年预算数" in unescape(page)  # the 提交 dialog says it first
    # fill in what the score needs, leave a placeholder in the purpose: still refused, naming it
    stored = client.get(f"/api/evaluations/{evaluation_id}").json()
    evaluation = stored["evaluation"]
    evaluation.setdefault("budget", {}).update(adjusted="8224", executed="7693.91")
    for indicator in evaluation["indicators"]:
        indicator["stated_score"] = str(indicator["weight"])
    evaluation["sections"] = {"purpose": "【待补充：评价目的】"}
    saved = client.put(f"/api/evaluations/{evaluation_id}",
                       json={"version": stored["version"], "evaluation": evaluation})
    assert saved.status_code == 200, saved.text
    refused = client.post(f"/api/evaluations/{evaluation_id}/submit", json={})
    assert refused.status_code == 422 and refused.json()["detail"] == (
        "尚不能提交，以下内容未填写：评价目的（仍为“【待补充：评价目的】”）")
    evaluation["sections"] = {"purpose": "检验预算资金的使用绩效"}
    client.put(f"/api/evaluations/{evaluation_id}",
               json={"version": saved.json()["version"], "evaluation": evaluation})
    assert client.post(f"/api/evaluations/{evaluation_id}/submit", json={}).json()["status"] == "submitted"


def test_an_empty_weight_is_saved_as_no_weight_and_shown_as_not_stated(world: World, example_path) -> None:
    client = world.client("editor_a")
    eid = _create(client, world, example_path)
    fields = _form(client.get(f"/evaluations/{eid}").text)
    fields["ind_weight"][0] = ""  # a 得分-only form: the unit states no weight for this row
    saved = client.post(f"/evaluations/{eid}/save", data=fields)
    assert saved.status_code == 200, unescape(saved.text)
    stored = client.get(f"/api/evaluations/{eid}").json()["evaluation"]["indicators"]
    assert stored[0]["weight"] is None and Decimal(stored[0]["stated_score"]) == Decimal(5)
    assert Decimal(stored[1]["weight"]) == Decimal(5)  # the other rows keep theirs
    page = client.get(f"/evaluations/{eid}").text
    assert _form(page)["ind_weight"][0] == ""
    assert "未列" in page and "报告未列该指标的分值（权重），无法按规则计算得分" in page
