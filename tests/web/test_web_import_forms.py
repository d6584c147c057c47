"""A report holding several 自评表 imported through the web: one form chosen, or one draft per form;
HTML pages saved from a site are imported like the other report files."""

from __future__ import annotations

import re
from pathlib import Path

from webworld import World

FORMS = Path(__file__).parent.parent / "data" / "forms" / "two_project_forms.txt"


def _post(client, path: str, world: World, **fields: str):  # type: ignore[no-untyped-def]
    data = {"unit_id": str(world.units["甲镇人民政府"]), **fields}
    with FORMS.open("rb") as fh:
        return client.post(path, data=data, files={"file": ("交通局项目自评表.txt", fh, "text/plain")},
                           follow_redirects=False)


def _project(detail: dict) -> str:  # type: ignore[type-arg]
    return str(detail["evaluation"]["project"]["name"])


def test_api_import_reads_the_chosen_form_and_says_which(world: World) -> None:
    client = world.client("editor_a")
    first = _post(client, "/api/import", world)
    assert first.status_code == 201, first.text
    assert _project(first.json()) == "乡村道路养护补助"
    note = first.json()["import_warnings"][0]
    assert "本文件含 2 张自评表" in note and "本草稿为第 1 张" in note and "农村客运站运营补贴" in note
    assert "--form" not in note  # the command line's option means nothing in the browser
    second = _post(client, "/api/import", world, form="2")
    assert second.status_code == 201, second.text
    assert _project(second.json()) == "农村客运站运营补贴"
    assert second.json()["evaluation"]["budget"]["executed"] == "45.00"
    assert "本草稿为第 2 张" in second.json()["import_warnings"][0]
    missing = _post(client, "/api/import", world, form="3")
    assert missing.status_code == 422 and "只有 2 张自评表，没有第 3 张" in missing.json()["detail"]
    assert len(client.get("/api/evaluations").json()) == 2  # the refused one left nothing behind


def test_api_import_all_makes_one_draft_per_form_and_refuses_a_second_copy(world: World) -> None:
    client = world.client("editor_a")
    made = _post(client, "/api/import/all", world)
    assert made.status_code == 201, made.text
    drafts = made.json()
    assert [_project(d) for d in drafts] == ["乡村道路养护补助", "农村客运站运营补贴"]
    assert [d["evaluation"]["stated_total"] for d in drafts] == ["99.50", "94.50"]
    assert all("其余各表已分别导入为草稿" in d["import_warnings"][0] for d in drafts)
    again = _post(client, "/api/import/all", world)
    assert again.status_code == 409 and f"#{drafts[0]['id']}" in again.json()["detail"]
    assert len(client.get("/api/evaluations").json()) == 2  # nothing of the refused batch was kept
    confirmed = _post(client, "/api/import/all", world, confirm_duplicate="true")
    assert confirmed.status_code == 201 and len(client.get("/api/evaluations").json()) == 4


def test_import_page_imports_every_form_and_lists_the_drafts(world: World) -> None:
    client = world.client("editor_a")
    csrf = client.headers["X-CSRF-Token"]
    form = client.get("/evaluations/new").text
    assert 'name="all_forms"' in form and 'name="form"' in form and ".html" in form
    response = _post(client, "/evaluations/import", world, csrf_token=csrf, all_forms="1")
    assert response.status_code == 303, response.text
    listing = client.get(response.headers["location"]).text
    imported = re.search(r'id="imported">(.*?)</div>', listing)
    assert imported is not None and "2 张自评表" in imported.group(1)
    ids = re.findall(r'href="/evaluations/(\d+)"', imported.group(1))
    assert len(ids) == 2
    editor = client.get(f"/evaluations/{ids[1]}").text
    assert "农村客运站运营补贴" in editor and "本草稿为第 2 张" in editor
    wrong = _post(client, "/evaluations/import", world, csrf_token=csrf, form="第二张")
    assert wrong.status_code == 400 and "须为 1 或更大的整数" in wrong.text
    assert 'value="第二张"' in wrong.text  # what was typed comes back


def test_an_html_page_saved_from_a_site_is_imported(world: World, tmp_path: Path) -> None:
    rows = [line.strip(" |").split(" | ") for line in FORMS.read_text(encoding="utf-8").split("\n\n")[0].splitlines()]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[2:])
    page = (f"<html><head><meta charset='utf-8'><title>政务公开</title></head><body><nav>首页 | 无障碍</nav>"
            f"<h1>{rows[0][0]}</h1><p>{rows[1][0]}</p><table>{table}</table></body></html>")
    client = world.client("editor_a")
    response = client.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                           files={"file": ("自评表.html", page.encode("utf-8"), "text/html")})
    assert response.status_code == 201, response.text
    assert _project(response.json()) == "乡村道路养护补助"
    assert response.json()["evaluation"]["budget"]["executed"] == "114.00"


def test_only_the_units_editors_import_its_forms(world: World) -> None:
    for user, status in (("editor_b", 403), ("reviewer", 403), (None, 401)):
        client = world.client(user)
        assert _post(client, "/api/import/all", world).status_code == status, user
    assert world.client("admin").get("/api/evaluations").json() == []  # nothing was made by the refused ones


def test_every_reader_warning_is_kept_beside_the_webs_forms_note(world: World) -> None:
    # a page opening on the cut tail of an earlier form, then the two forms: the tail's warning stays
    tail = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n" \
           "产出指标 | 数量指标 | 维修站点数 | 5个 | 5个 | 90 | 90 |\n合计 | 100 | |\n\n"
    client = world.client("editor_a")
    response = client.post("/api/import/all", data={"unit_id": str(world.units["甲镇人民政府"])},
                           files={"file": ("页面.txt", (tail + FORMS.read_text(encoding="utf-8")).encode("utf-8"))})
    assert response.status_code == 201, response.text
    for draft in response.json():
        notes = draft["import_warnings"]
        assert "本文件含 2 张自评表" in notes[0] and not any("--form" in note for note in notes)
        assert any("被截断的末尾" in note for note in notes[1:])
