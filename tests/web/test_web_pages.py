"""The server-rendered pages: list and filters, editor with live recompute, save and conflict,
import, history and version comparison."""

from __future__ import annotations

import json
import re
from pathlib import Path

from webworld import World

from jixiao.modelio import dump_json, load_evaluation

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed" / "daxing-2024.txt"


def _create(client, world: World, example_path) -> int:
    body = {"unit_id": world.units["甲镇人民政府"], "evaluation": json.loads(dump_json(load_evaluation(example_path))),
            "confirm_duplicate": True}
    response = client.post("/api/evaluations", json=body)
    assert response.status_code == 201
    return int(response.json()["id"])


def _form(page: str) -> dict[str, list[str]]:
    """The editor form's fields as the browser would send them (inputs, textareas, selected options)."""
    form = page[page.index('<form id="editor-form"'):page.index("</form>", page.index('<form id="editor-form"'))]
    form = re.sub(r"<template.*?</template>", "", form, flags=re.S)
    fields: dict[str, list[str]] = {}
    import html

    for match in re.finditer(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', form):
        fields.setdefault(match.group(1), []).append(html.unescape(match.group(2)))
    for match in re.finditer(r'<textarea[^>]*?name="([^"]+)"[^>]*>(.*?)</textarea>', form, flags=re.S):
        fields.setdefault(match.group(1), []).append(html.unescape(match.group(2)))
    for match in re.finditer(r'<select[^>]*?name="([^"]+)"[^>]*>(.*?)</select>', form, flags=re.S):
        chosen = re.search(r"<option(?: value=\"([^\"]*)\")?[^>]*selected[^>]*>([^<]*)</option>", match.group(2))
        value = (chosen.group(1) if chosen.group(1) is not None else chosen.group(2)) if chosen else ""
        if value == "" and not chosen:
            first = re.search(r"<option(?: value=\"([^\"]*)\")?[^>]*>([^<]*)</option>", match.group(2))
            value = (first.group(1) if first.group(1) is not None else first.group(2)) if first else ""
        fields.setdefault(match.group(1), []).append(html.unescape(value))
    return fields


def test_list_filters_and_reviewer_totals(world: World, example_path) -> None:
    editor = world.client("editor_a")
    eid = _create(editor, world, example_path)
    page = editor.get("/evaluations", params={"q": "大兴", "grade": "优"}).text
    assert f'href="/evaluations/{eid}"' in page and "99.03" in page
    assert f'href="/evaluations/{eid}"' not in editor.get("/evaluations", params={"status": "reviewed"}).text
    reviewer = world.client("reviewer")
    reviewer_page = reviewer.get("/evaluations").text  # opens on 待复核: the draft is not there
    assert "辖区评价复核总览" in reviewer_page and f'href="/evaluations/{eid}"' not in reviewer_page
    assert f'href="/evaluations/{eid}"' in reviewer.get("/evaluations", params={"status": "all"}).text
    editor.post(f"/api/evaluations/{eid}/submit", json={})
    assert f'href="/evaluations/{eid}"' in reviewer.get("/evaluations").text


def test_editor_preview_recomputes_from_the_form(world: World, example_path) -> None:
    client = world.client("editor_a")
    eid = _create(client, world, example_path)
    page = client.get(f"/evaluations/{eid}").text
    assert 'id="total">99.03<' in page
    fields = _form(page)
    assert fields["ind_name"][3] == "预算执行率"
    fields["budget_executed"] = ["4112"]  # execution rate 50% → 7.5 of 15
    panel = client.post(f"/evaluations/{eid}/preview", data=fields, headers={"HX-Request": "true"}).text
    assert 'id="total">92.5<' in panel and "SCORE_NOT_RECOMPUTABLE" in panel
    fields["budget_executed"] = ["abc"]
    bad = client.post(f"/evaluations/{eid}/preview", data=fields).text
    assert "全年执行数：必须是金额" in bad
    # nothing was saved by previewing
    assert client.get(f"/api/evaluations/{eid}").json()["version"] == 1


def test_editor_save_reorder_remove_and_conflict(world: World, example_path) -> None:
    first, second = world.client("editor_a"), world.client("editor_a")
    eid = _create(first, world, example_path)
    fields_a = _form(first.get(f"/evaluations/{eid}").text)
    fields_b = _form(second.get(f"/evaluations/{eid}").text)
    # first user removes the last indicator and swaps the first two
    for key in [k for k in fields_a if k.startswith("ind_")]:
        column = fields_a[key][:-1]
        column[0], column[1] = column[1], column[0]
        fields_a[key] = column
    saved = first.post(f"/evaluations/{eid}/save", data=fields_a)
    assert saved.status_code == 200 and "已保存为第 2 版" in saved.text
    names = [i["name"] for i in first.get(f"/api/evaluations/{eid}").json()["evaluation"]["indicators"]]
    assert names[:2] == ["政务信息公开率", "预决算信息公开率"] and len(names) == 10
    # second user saves from the old version: conflict, nothing overwritten, the attempt kept
    fields_b["title"] = ["第二人的标题"]
    clash = second.post(f"/evaluations/{eid}/save", data=fields_b)
    assert clash.status_code == 409 and "保存冲突" in clash.text
    current = first.get(f"/api/evaluations/{eid}").json()
    assert current["version"] == 2 and len(current["evaluation"]["indicators"]) == 10
    history = first.get(f"/api/evaluations/{eid}/history").json()
    kept = [v for v in history if v["conflict"]]
    assert len(kept) == 1
    shown = first.get(f"/evaluations/{eid}/versions/{kept[0]['id']}", params={"compare": history[1]["id"]}).text
    assert "第二人的标题" in shown and "冲突稿" in shown


def test_history_page_lists_who_and_what(world: World, example_path) -> None:
    client = world.client("editor_a")
    eid = _create(client, world, example_path)
    fields = _form(client.get(f"/evaluations/{eid}").text)
    fields["budget_initial"] = ["5600"]
    assert client.post(f"/evaluations/{eid}/save", data=fields).status_code == 200
    page = client.get(f"/evaluations/{eid}/history").text
    assert "年初预算数：<del>5504</del> → <ins>5600</ins>" in page and "budget.initial" not in page
    assert "editor_a" in page


def test_create_from_template_page(world: World) -> None:
    client = world.client("editor_a")
    csrf = client.headers["X-CSRF-Token"]
    response = client.post("/evaluations/new", data={"unit_id": str(world.units["甲镇人民政府"]),
                                                     "template": "town-whole-unit", "year": "2024",
                                                     "csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert page.count('name="ind_name"') == 12  # 11 rows + the template row for new ones


def test_import_seed_text_page(world: World) -> None:
    client = world.client("editor_a")
    csrf = client.headers["X-CSRF-Token"]
    with SEED_TEXT.open("rb") as fh:
        response = client.post("/evaluations/import", data={"unit_id": str(world.units["甲镇人民政府"]),
                                                           "csrf_token": csrf},
                               files={"file": ("daxing-2024.txt", fh, "text/plain")}, follow_redirects=False)
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"]).text
    assert "预算执行率" in page and 'value="7693.91"' in page
    assert 'class="note source"' in page  # where each imported fact came from, beside its field
    refused = client.post("/evaluations/import", data={"unit_id": str(world.units["甲镇人民政府"]), "csrf_token": csrf},
                          files={"file": ("evil.exe", b"MZ", "application/octet-stream")})
    assert refused.status_code == 415 and "不受支持" in refused.text
