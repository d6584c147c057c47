"""The evaluation list on both databases: a reviewer's overview opens on what waits for review,
pages of 50, sorting, the stated score beside the recomputed one, blank drafts as 未填写,
duplicates flagged and refused on create unless confirmed; an admin reopens a reviewed
evaluation with the reason kept in its history."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from webworld import World

from jixiao.modelio import dump_json, load_evaluation


def _seed(example_path, **changes) -> dict:
    data = json.loads(dump_json(load_evaluation(example_path)))
    data.update(changes)
    return data


def _rows(page: str) -> list[dict[str, str]]:
    body = page[page.index('<table id="evaluations">'):page.index("</table>")]
    rows = []
    for match in re.finditer(r'<tr data-id="(\d+)">(.*?)</tr>', body, flags=re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", match.group(2), flags=re.S)
        plain = [re.sub(r"<[^>]+>", "", c).strip() for c in cells]
        rows.append({"id": match.group(1), "title": plain[0], "status": plain[4], "stated": plain[5],
                     "total": plain[6], "cells": plain})
    return rows


def test_reviewer_overview_pages_sorts_and_opens_on_submitted(world: World, example_path) -> None:
    editor, reviewer = world.client("editor_a"), world.client("reviewer")
    unit = world.units["甲镇人民政府"]
    created = []
    for index in range(56):  # 55 submitted, one draft
        body = {"unit_id": unit, "evaluation": _seed(example_path, title=f"评价 {index:02d}",
                                                      stated_total=str(90 + index % 7))}
        created.append(editor.post("/api/evaluations", json=body).json()["id"])
    for evaluation_id in created[:55]:
        assert editor.post(f"/api/evaluations/{evaluation_id}/submit", json={}).status_code == 200

    first = reviewer.get("/evaluations").text
    assert 'id="match-count">55<' in first and "第 1 / 2 页（每页 50 份）" in first
    rows = _rows(first)
    assert len(rows) == 50 and all(r["status"] == "已提交" for r in rows)
    second = _rows(reviewer.get("/evaluations", params={"page": "2"}).text)
    assert len(second) == 5 and not {r["id"] for r in rows} & {r["id"] for r in second}
    everything = reviewer.get("/evaluations", params={"status": "all"}).text
    assert 'id="match-count">56<' in everything  # the draft is one filter away
    drafts = _rows(reviewer.get("/evaluations", params={"status": "draft"}).text)
    assert [r["id"] for r in drafts] == [str(created[55])]

    by_title = _rows(reviewer.get("/evaluations", params={"sort": "title", "order": "asc"}).text)
    assert [r["title"] for r in by_title] == sorted(r["title"] for r in by_title) and by_title[0]["title"] == "评价 00"
    down = _rows(reviewer.get("/evaluations", params={"sort": "title", "order": "desc"}).text)
    assert down[0]["title"] == "评价 54"
    # the stated score beside the recomputed one; both as stored
    stated = {r["title"]: r["stated"] for r in by_title}
    assert stated["评价 03"] == "93" and stated["评价 06"] == "96"
    assert all(r["total"] == "99.03" for r in by_title)
    assert editor.get("/evaluations").text.count('<tr data-id=') == 50  # an editor's list: all statuses, paged


def test_blank_draft_shows_unfilled_not_a_grade(world: World) -> None:
    client = world.client("editor_a")
    form = {"unit_id": str(world.units["甲镇人民政府"]), "template": "town-whole-unit", "year": "2024",
            "csrf_token": client.headers["X-CSRF-Token"]}
    location = client.post("/evaluations/new", data=form, follow_redirects=False).headers["location"]
    editor_page = client.get(location).text
    assert 'id="total">未填写<' in editor_page and 'id="findings"' not in editor_page and "差" not in re.sub(
        r"<select.*?</select>", "", editor_page[editor_page.index('<div id="score-panel">'):], flags=re.S)
    row = _rows(client.get("/evaluations").text)[0]
    assert row["cells"][6] == "未填写"
    summary = client.get("/api/evaluations").json()[0]
    assert summary["total"] is None and summary["grade"] is None and summary["open_findings"] == 0


def test_duplicates_are_flagged_and_refused_unless_confirmed(world: World, example_path) -> None:
    client = world.client("editor_a")
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": _seed(example_path)}
    first = client.post("/api/evaluations", json=body)
    assert first.status_code == 201
    again = client.post("/api/evaluations", json=body)
    assert again.status_code == 409 and f"#{first.json()['id']}" in again.json()["detail"]
    assert "仍然新建" in again.json()["detail"]
    assert len(client.get("/api/evaluations").json()) == 1
    other_unit = client.post("/api/evaluations", json={**body, "unit_id": world.units["乙街道办事处"]})
    assert other_unit.status_code == 403  # not a duplicate question: editor_a may not create there
    confirmed = client.post("/api/evaluations", json={**body, "confirm_duplicate": True})
    assert confirmed.status_code == 201
    rows = _rows(client.get("/evaluations").text)
    assert len(rows) == 2 and all("重复" in r["title"] for r in rows)
    # the page: refused with the question, then created when confirmed
    form = {"unit_id": str(world.units["甲镇人民政府"]), "template": "town-whole-unit", "year": "2024",
            "csrf_token": client.headers["X-CSRF-Token"]}
    assert client.post("/evaluations/new", data=form, follow_redirects=False).status_code == 303
    refused = client.post("/evaluations/new", data=form, follow_redirects=False)
    assert refused.status_code == 409 and 'name="confirm_duplicate"' in refused.text and "相同年度" in refused.text
    assert client.post("/evaluations/new", data={**form, "confirm_duplicate": "1"},
                       follow_redirects=False).status_code == 303


def test_admin_reopens_a_reviewed_evaluation_with_a_reason(world: World, example_path) -> None:
    editor, reviewer, admin = world.client("editor_a"), world.client("reviewer"), world.client("admin")
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": _seed(example_path)}
    evaluation_id = editor.post("/api/evaluations", json=body).json()["id"]
    editor.post(f"/api/evaluations/{evaluation_id}/submit", json={})
    assert reviewer.post(f"/api/evaluations/{evaluation_id}/review", json={}).json()["status"] == "reviewed"
    assert reviewer.post(f"/api/evaluations/{evaluation_id}/reopen", json={"comment": "误点"}).status_code == 403
    assert admin.post(f"/api/evaluations/{evaluation_id}/reopen", json={}).status_code == 400
    reason = {"comment": "复核后发现执行数有误，重新复核"}
    reopened = admin.post(f"/api/evaluations/{evaluation_id}/reopen", json=reason)
    assert reopened.status_code == 200 and reopened.json()["status"] == "submitted"
    history = admin.get(f"/api/evaluations/{evaluation_id}/history").json()
    assert history[-1]["note"] == "重新打开：复核后发现执行数有误，重新复核" and history[-1]["status"] == "submitted"
    page = admin.get(f"/evaluations/{evaluation_id}/history").text
    assert "重新打开：复核后发现执行数有误，重新复核" in page
    assert re.search(r'class="muted">\d{4}-\d\d-\d\d \d\d:\d\d</td>', page)  # the one timestamp format
    # the page: only an admin sees the form, which asks before it acts
    assert "action-reopen" not in reviewer.get(f"/evaluations/{evaluation_id}").text
    reviewer.post(f"/api/evaluations/{evaluation_id}/review", json={})
    admin_page = admin.get(f"/evaluations/{evaluation_id}").text
    assert 'class="action-reopen" data-confirm="重新打开这份已复核的评价' in admin_page
    assert Decimal(admin.get(f"/api/evaluations/{evaluation_id}").json()["total"]) == Decimal("99.03")


def test_history_and_comparison_name_fields_in_chinese(world: World, example_path) -> None:
    client = world.client("editor_a")
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": _seed(example_path)}
    created = client.post("/api/evaluations", json=body).json()
    changed = _seed(example_path)
    changed["budget"]["executed"] = "7000"
    saved = client.put(f"/api/evaluations/{created['id']}", json={"version": created["version"], "evaluation": changed})
    assert saved.status_code == 200
    history = client.get(f"/evaluations/{created['id']}/history").text
    assert "全年执行数：<del>7693.91</del> → <ins>7000</ins>" in history and "budget.executed" not in history
    versions = client.get(f"/api/evaluations/{created['id']}/history").json()
    compared = client.get(f"/evaluations/{created['id']}/versions/{versions[1]['id']}",
                          params={"compare": versions[0]["id"]}).text
    assert '<td title="budget.executed">全年执行数</td><td><del>7693.91</del></td><td><ins>7000</ins></td>' in compared
