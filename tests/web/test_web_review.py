"""The review decision, the review letter and the rectification through the JSON API (and the form
pages), on SQLite and PostgreSQL: who may do what, every step in the history, and no unit seeing
another unit's decision, letter or items."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from webworld import World

from jixiao.modelio import dump_json, load_evaluation

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"


def submitted(world: World, stated_total_shift: int = 2) -> int:
    """The example as 甲镇's evaluation, its stated total off by ``stated_total_shift`` (an error), submitted."""
    evaluation = load_evaluation(EXAMPLE)
    evaluation.unit.name = "甲镇人民政府"
    evaluation.stated_total = evaluation.stated_total + stated_total_shift
    editor = world.client("editor_a")
    created = editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "confirm_duplicate": True,
                                                    "evaluation": json.loads(dump_json(evaluation))})
    assert created.status_code == 201, created.text
    evaluation_id = created.json()["id"]
    assert editor.post(f"/api/evaluations/{evaluation_id}/submit", json={}).status_code == 200
    return int(evaluation_id)


DECISION = {"total": "99.03", "grade": "优", "total_reason": "预算执行率按规则应得 14.03 分，自评总分加总有误",
            "opinion": "综合得分与各指标得分之和不符，请更正。", "deadline": "2025-06-30",
            "reviewer_unit": "重庆市璧山区财政局"}


def test_the_decision_form_starts_from_the_findings(world: World) -> None:
    evaluation_id = submitted(world)
    body = world.client("reviewer").get(f"/api/evaluations/{evaluation_id}/decision").json()
    assert body["decision"] is None and body["rectifications"] == []
    suggested = body["suggested"]
    assert (suggested["stated_total"], suggested["total"], suggested["grade"], suggested["errors"]) == (
        "95.19", "99.03", "优", 1)
    assert "一、存在的问题" in suggested["opinion"] and "综合得分" in suggested["opinion"]
    assert "建议：请说明年中预算调整的原因和依据" in suggested["opinion"]  # warnings as 建议


def test_recording_a_decision_needs_a_reason_for_each_change(world: World) -> None:
    evaluation_id = submitted(world)
    reviewer = world.client("reviewer")
    missing = reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json={**DECISION, "total_reason": ""})
    assert missing.status_code == 400 and "请填写调整理由" in missing.json()["detail"]
    bad = reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json={**DECISION, "total": "120"})
    assert bad.status_code == 400 and "0 到 100" in bad.json()["detail"]
    saved = reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION)
    assert saved.status_code == 200, saved.text
    assert saved.json()["total"] == "99.03" and saved.json()["deadline"] == "2025-06-30"
    (item,) = reviewer.get(f"/api/evaluations/{evaluation_id}/decision").json()["rectifications"]
    assert (item["code"], item["status"], item["deadline"], item["closed"]) == (
        "TOTAL_MISMATCH", "pending", "2025-06-30", False)
    # revising the decision does not duplicate the item
    assert reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION).status_code == 200
    assert len(reviewer.get(f"/api/evaluations/{evaluation_id}/decision").json()["rectifications"]) == 1


def test_a_draft_cannot_be_decided_and_an_editor_cannot_decide(world: World) -> None:
    editor = world.client("editor_a")
    draft = editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "template": "town-whole-unit",
                                                  "confirm_duplicate": True}).json()["id"]
    refused = world.client("reviewer").put(f"/api/evaluations/{draft}/decision", json=DECISION)
    assert refused.status_code == 409 and "提交后才能" in refused.json()["detail"]
    evaluation_id = submitted(world)
    assert editor.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION).status_code == 403


def test_the_unit_answers_the_reviewer_closes_and_the_history_keeps_every_step(world: World) -> None:
    evaluation_id = submitted(world)
    reviewer, editor = world.client("reviewer"), world.client("editor_a")
    reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION)
    (item,) = reviewer.get(f"/api/evaluations/{evaluation_id}/decision").json()["rectifications"]
    url = f"/api/rectifications/{item['id']}"
    early = reviewer.post(f"{url}/close", json={})
    assert early.status_code == 409 and "尚未答复" in early.json()["detail"]
    assert editor.post(f"{url}/answer", json={"status": "declined"}).status_code == 400  # needs the reason
    assert reviewer.post(f"{url}/answer", json={"status": "done", "text": "x"}).status_code == 403
    assert editor.post(f"{url}/answer", json={"status": "in_progress", "text": "正在核对"}).status_code == 200
    done = editor.post(f"{url}/answer", json={"status": "done", "text": "已按各指标得分之和更正为 93.19 分"})
    assert done.json()["status"] == "done" and done.json()["status_label"] == "已整改"
    assert [i["id"] for i in reviewer.get("/api/rectifications").json()] == [item["id"]]
    closed = reviewer.post(f"{url}/close", json={"text": "已核实"})
    assert closed.status_code == 200 and closed.json()["closed"] is True
    assert editor.post(f"{url}/answer", json={"status": "done", "text": "再改"}).status_code == 409
    assert reviewer.get("/api/rectifications").json() == []
    assert [i["id"] for i in reviewer.get("/api/rectifications?closed=true").json()] == [item["id"]]
    history = reviewer.get(f"/api/evaluations/{evaluation_id}/decision").json()["history"]
    assert [(h["action"], h["status"], h["actor"]) for h in history] == [
        ("decide", "", "reviewer"), ("answer", "in_progress", "editor_a"), ("answer", "done", "editor_a"),
        ("close", "done", "reviewer")]
    reopened = reviewer.post(f"{url}/reopen", json={"text": "总分仍不一致"})
    assert reopened.json()["status"] == "pending" and reopened.json()["closed"] is False


def test_the_letter_states_the_decision(world: World) -> None:
    evaluation_id = submitted(world)
    reviewer = world.client("reviewer")
    assert reviewer.get(f"/api/evaluations/{evaluation_id}/letter").status_code == 404  # no decision yet
    reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION)
    for who in ("reviewer", "editor_a"):
        response = world.client(who).get(f"/api/evaluations/{evaluation_id}/letter")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
        document = docx.Document(io.BytesIO(response.content))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "甲镇人民政府：" in text and "综合得分与各指标得分之和不符，请更正。" in text
        assert f"复核总分的确定理由：{DECISION['total_reason']}。" in text
        assert "以下 1 个问题须整改，请于2025年6月30日前完成" in text
        assert [p.text for p in document.paragraphs][-2:] == ["重庆市璧山区财政局", text.splitlines()[-1]]
        cells = [c.text for row in document.tables[0].rows for c in row.cells]
        assert cells[3:6] == ["综合得分", "95.19", "99.03"]


@pytest.mark.parametrize("outsider", ["editor_b", "reviewer_far"])
def test_another_unit_or_region_sees_nothing(world: World, outsider: str) -> None:
    evaluation_id = submitted(world)
    reviewer = world.client("reviewer")
    reviewer.put(f"/api/evaluations/{evaluation_id}/decision", json=DECISION)
    (item,) = reviewer.get(f"/api/evaluations/{evaluation_id}/decision").json()["rectifications"]
    other = world.client(outsider)
    assert other.get(f"/api/evaluations/{evaluation_id}/decision").status_code == 404
    assert other.get(f"/api/evaluations/{evaluation_id}/letter").status_code == 404
    assert other.get("/api/rectifications?closed=true").json() == []
    for action, body in (("answer", {"status": "done", "text": "x"}), ("close", {}), ("reopen", {"text": "x"})):
        assert other.post(f"/api/rectifications/{item['id']}/{action}", json=body).status_code == 404
    page = other.get(f"/evaluations/{evaluation_id}/review")
    assert page.status_code == 404 and "甲镇" not in page.text
    assert "甲镇" not in other.get("/rectifications").text


def test_pages_show_the_decision_items_and_overview(world: World) -> None:
    evaluation_id = submitted(world)
    reviewer, editor = world.client("reviewer"), world.client("editor_a")
    form = reviewer.get(f"/evaluations/{evaluation_id}/review")
    assert form.status_code == 200 and 'id="decision-form"' in form.text and "（一）综合得分计算有误" in form.text
    refused = reviewer.post(f"/evaluations/{evaluation_id}/review", data={**DECISION, "total_reason": ""})
    assert refused.status_code == 400 and "请填写调整理由" in refused.text and DECISION["opinion"] in refused.text
    saved = reviewer.post(f"/evaluations/{evaluation_id}/review", data=DECISION, follow_redirects=False)
    assert saved.status_code == 303
    overview = reviewer.get("/rectifications")
    assert "甲镇人民政府（1 项，最近期限 2025-06-30" in overview.text
    mine = editor.get(f"/evaluations/{evaluation_id}/review")
    assert 'id="decision-form"' not in mine.text and 'class="answer"' in mine.text and "下载复核意见" in mine.text


def test_anonymous_callers_are_sent_to_log_in(world: World) -> None:
    evaluation_id = submitted(world)
    anonymous = world.client()
    assert anonymous.get(f"/api/evaluations/{evaluation_id}/decision").status_code == 401
    assert anonymous.get("/api/rectifications").status_code == 401
    page = anonymous.get(f"/evaluations/{evaluation_id}/review", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_the_units_years_and_a_target_below_last_years_actual(world: World) -> None:
    from decimal import Decimal

    from jixiao.model import Actual, Comparator, Target

    editor = world.client("editor_a")
    last = load_evaluation(EXAMPLE)
    last.unit.name, last.year = "甲镇人民政府", 2023
    next(i for i in last.indicators if i.name == "群众满意度").actual = Actual(value=Decimal(95), unit="%")
    assert editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"],
                                                 "evaluation": json.loads(dump_json(last))}).status_code == 201
    this = load_evaluation(EXAMPLE)
    this.unit.name = "甲镇人民政府"
    next(i for i in this.indicators if i.name == "群众满意度").target = Target(comparator=Comparator.GE,
                                                                          value=Decimal(90), unit="%")
    created = editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"],
                                                    "evaluation": json.loads(dump_json(this))}).json()["id"]
    editor.post(f"/api/evaluations/{created}/submit", json={})
    page = world.client("reviewer").get(f"/evaluations/{created}/review").text
    assert 'id="unit-years"' in page and "<td>2023</td>" in page and "<td>2024</td>" in page
    assert "≥90% 低于上年（2023年）实际完成值 95%" in page
    opinion = world.client("reviewer").get(f"/api/evaluations/{created}/decision").json()["suggested"]["opinion"]
    assert "年度指标值设置偏低" in opinion  # the year-over-year warning reaches the opinion as 建议
