"""The JSON API, one operation at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

from webworld import World, login

from jixiao.modelio import dump_json, load_evaluation


def seed_body(example_path, **changes):
    data = json.loads(dump_json(load_evaluation(example_path)))
    data.update(changes)
    return data


def create_seed(client, world: World, example_path, unit: str = "甲镇人民政府") -> dict:
    body = {"unit_id": world.units[unit], "evaluation": seed_body(example_path), "confirm_duplicate": True}
    response = client.post("/api/evaluations", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_anonymous_gets_401(world: World) -> None:
    client = world.client()
    for path in ("/api/evaluations", "/api/me", "/api/evaluations/1", "/api/templates"):
        assert client.get(path).status_code == 401
    assert client.post("/api/evaluations", json={"unit_id": 1}).status_code == 401


def test_create_get_list_and_filter(world: World, example_path) -> None:
    client = world.client("editor_a")
    created = create_seed(client, world, example_path)
    assert created["status"] == "draft" and created["version"] == 1
    assert created["total"] == "99.03" and created["grade"] == "优"  # recomputed by the scoring package
    got = client.get(f"/api/evaluations/{created['id']}").json()
    assert Decimal(str(got["evaluation"]["budget"]["executed"])) == Decimal("7693.91")
    listed = client.get("/api/evaluations", params={"year": 2024, "grade": "优", "q": "大兴"}).json()
    assert [e["id"] for e in listed] == [created["id"]]
    assert client.get("/api/evaluations", params={"year": 2023}).json() == []
    assert client.get("/api/evaluations", params={"status": "submitted"}).json() == []


def test_the_list_comes_in_pages_with_its_total(world: World, example_path) -> None:
    client = world.client("editor_a")
    made = [create_seed(client, world, example_path)["id"] for _ in range(3)]
    first = client.get("/api/evaluations", params={"limit": 2})
    rest = client.get("/api/evaluations", params={"limit": 2, "offset": 2})
    assert first.headers["X-Total-Count"] == rest.headers["X-Total-Count"] == "3"
    assert len(first.json()) == 2 and len(rest.json()) == 1
    assert sorted(e["id"] for e in first.json() + rest.json()) == sorted(made)
    assert [e["id"] for e in first.json()] == sorted(made, reverse=True)[:2]  # most recently changed first
    refused = client.get("/api/evaluations", params={"limit": 0})
    assert refused.status_code == 422 and "limit" in refused.json()["detail"]


def test_create_from_template(world: World) -> None:
    client = world.client("editor_a")
    names = [t["name"] for t in client.get("/api/templates").json()]
    assert "town-whole-unit" in names
    unit_id = world.units["甲镇人民政府"]
    response = client.post("/api/evaluations", json={"unit_id": unit_id, "template": "town-whole-unit"})
    assert response.status_code == 201, response.text
    assert len(response.json()["evaluation"]["indicators"]) == 11
    bad = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "template": "nope"})
    assert bad.status_code == 400 and "nope" in bad.json()["detail"]


def test_score_and_findings(world: World, example_path) -> None:
    client = world.client("editor_a")
    created = create_seed(client, world, example_path)
    score = client.get(f"/api/evaluations/{created['id']}/score").json()
    assert score["total"] == "99.03" and score["stated_total"] == "93.19"
    execution = next(i for i in score["indicators"] if i["name"] == "预算执行率")
    assert execution["computed"] == "14.03" and execution["stated"] == "8.19"
    assert "93.55%" in execution["receipt"]["sentence"]
    codes = {f["code"] for f in client.get(f"/api/evaluations/{created['id']}/findings").json()}
    assert {"SCORE_NOT_RECOMPUTABLE", "LARGE_BUDGET_ADJUSTMENT", "UNSPENT_UNEXPLAINED"} <= codes


def test_save_bumps_version_and_records_history(world: World, example_path) -> None:
    client = world.client("editor_a")
    created = create_seed(client, world, example_path)
    body = seed_body(example_path)
    body["indicators"][3]["stated_score"] = "14.03"
    response = client.put(f"/api/evaluations/{created['id']}", json={"version": 1, "evaluation": body})
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    history = client.get(f"/api/evaluations/{created['id']}/history").json()
    assert [v["version"] for v in history] == [1, 2]
    assert all(v["author"] == "editor_a" for v in history)
    compared = client.get(f"/api/evaluations/{created['id']}/versions/{history[1]['id']}",
                          params={"compare": history[0]["id"]}).json()
    assert {"field": "indicators[3].stated_score", "old": "8.19", "new": "14.03"} in compared["changes"]


def test_invalid_body_gets_a_chinese_sentence(world: World, example_path) -> None:
    client = world.client("editor_a")
    created = create_seed(client, world, example_path)
    body = seed_body(example_path)
    body["indicators"][3]["weight"] = "-5"
    response = client.put(f"/api/evaluations/{created['id']}", json={"version": 1, "evaluation": body})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("请求内容有误：指标4 分值：分值必须是非负数")
    assert client.get(f"/api/evaluations/{created['id']}").json()["version"] == 1


def test_conflicting_save_keeps_both_versions(world: World, example_path) -> None:
    first, second = world.client("editor_a"), world.client("editor_a")
    created = create_seed(first, world, example_path)
    mine = seed_body(example_path, title="甲的标题")
    theirs = seed_body(example_path, title="乙的标题")
    assert first.put(f"/api/evaluations/{created['id']}", json={"version": 1, "evaluation": mine}).status_code == 200
    response = second.put(f"/api/evaluations/{created['id']}", json={"version": 1, "evaluation": theirs})
    assert response.status_code == 409
    body = response.json()
    assert "冲突" in body["detail"] and body["current_version"] == 2
    assert body["current"]["evaluation"]["title"] == "甲的标题"
    kept = second.get(f"/api/evaluations/{created['id']}/versions/{body['conflict_version_id']}").json()
    assert kept["conflict"] is True and kept["evaluation"]["title"] == "乙的标题"
    current = second.get(f"/api/evaluations/{created['id']}").json()
    assert current["version"] == 2 and current["evaluation"]["title"] == "甲的标题"


def test_status_flow_and_lock(world: World, example_path) -> None:
    editor, reviewer = world.client("editor_a"), world.client("reviewer")
    eid = create_seed(editor, world, example_path)["id"]
    assert reviewer.post(f"/api/evaluations/{eid}/review", json={}).status_code == 409  # a draft cannot be reviewed
    assert editor.post(f"/api/evaluations/{eid}/submit", json={}).json()["status"] == "submitted"
    frozen = editor.put(f"/api/evaluations/{eid}", json={"version": 2, "evaluation": seed_body(example_path)})
    assert frozen.status_code == 403
    assert reviewer.post(f"/api/evaluations/{eid}/return", json={}).status_code == 400  # a comment is required
    returned = reviewer.post(f"/api/evaluations/{eid}/return",
                             json={"comment": "预算执行率得分有误，请核实", "field": "indicators[3].stated_score"})
    assert returned.json()["status"] == "returned"
    comments = editor.get(f"/api/evaluations/{eid}/comments").json()
    assert comments[0]["text"] == "预算执行率得分有误，请核实" and comments[0]["field"] == "indicators[3].stated_score"
    version = editor.get(f"/api/evaluations/{eid}").json()["version"]
    body = seed_body(example_path)
    body["indicators"][3]["stated_score"] = "14.03"
    assert editor.put(f"/api/evaluations/{eid}", json={"version": version, "evaluation": body}).status_code == 200
    assert editor.post(f"/api/evaluations/{eid}/submit", json={}).json()["status"] == "resubmitted"
    assert reviewer.post(f"/api/evaluations/{eid}/review", json={}).json()["status"] == "reviewed"
    current = editor.get(f"/api/evaluations/{eid}").json()
    locked = editor.put(f"/api/evaluations/{eid}", json={"version": current["version"], "evaluation": body})
    assert locked.status_code == 403 and "已复核" in locked.json()["detail"]
    assert editor.post(f"/api/evaluations/{eid}/submit", json={}).status_code == 409
    statuses = [v["status"] for v in editor.get(f"/api/evaluations/{eid}/history").json()]
    assert statuses == ["draft", "submitted", "returned", "returned", "resubmitted", "reviewed"]


def test_reviewer_comment(world: World, example_path) -> None:
    editor, reviewer = world.client("editor_a"), world.client("reviewer")
    eid = create_seed(editor, world, example_path)["id"]
    assert reviewer.post(f"/api/evaluations/{eid}/comments", json={"text": "请补充目标值"}).status_code == 201
    assert editor.post(f"/api/evaluations/{eid}/comments", json={"text": "自说自话"}).status_code == 403
    assert [c["text"] for c in editor.get(f"/api/evaluations/{eid}/comments").json()] == ["请补充目标值"]


def test_import_yaml_and_refusals(world: World, example_path) -> None:
    client = world.client("editor_a")
    unit = str(world.units["甲镇人民政府"])
    with example_path.open("rb") as fh:
        response = client.post("/api/import", data={"unit_id": unit}, files={"file": ("daxing.yaml", fh)})
    assert response.status_code == 201, response.text
    assert response.json()["evaluation"]["budget"]["adjusted"] in (8224, "8224.00", 8224.0, "8224")
    bad_type = client.post("/api/import", data={"unit_id": unit}, files={"file": ("x.exe", b"MZ")})
    assert bad_type.status_code == 415 and "不受支持" in bad_type.json()["detail"]
    empty = client.post("/api/import", data={"unit_id": unit}, files={"file": ("x.txt", b"")})
    assert empty.status_code == 400 and "空文件" in empty.json()["detail"]
    broken = client.post("/api/import", data={"unit_id": unit}, files={"file": ("x.yaml", b"year: [unclosed")})
    assert broken.status_code == 422 and "x.yaml" in broken.json()["detail"]


def test_upload_size_limit(world: World) -> None:
    from fastapi.testclient import TestClient

    from jixiao.web.app import create_app
    from jixiao.web.config import Settings

    small = TestClient(create_app(Settings(database_url=world.url, max_upload_bytes=1000)))
    login(small, "editor_a")
    response = small.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                          files={"file": ("big.txt", b"x" * 5000)})
    assert response.status_code == 413 and "大小上限" in response.json()["detail"]


def test_upload_parse_time_limit(world: World) -> None:
    from fastapi.testclient import TestClient

    from jixiao.web.app import create_app
    from jixiao.web.config import Settings

    hasty = TestClient(create_app(Settings(database_url=world.url, parse_timeout_seconds=0.05)))
    login(hasty, "editor_a")
    response = hasty.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                          files={"file": ("slow.txt", "一、基本情况\n".encode() * 100)})
    assert response.status_code == 422 and "解析超时" in response.json()["detail"]
    assert hasty.get("/api/evaluations").json() == []


def test_export_formats(world: World, example_path) -> None:
    client = world.client("editor_a")
    eid = create_seed(client, world, example_path)["id"]
    docx = client.get(f"/api/evaluations/{eid}/export/docx")
    assert docx.status_code == 200, docx.text
    assert docx.content[:2] == b"PK" and "attachment" in docx.headers["content-disposition"]
    html = client.get(f"/api/evaluations/{eid}/export/html")
    assert html.status_code == 200 and "预算执行率" in html.text
    xlsx = client.get(f"/api/evaluations/{eid}/export/xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    pdf = client.get(f"/api/evaluations/{eid}/export/pdf")  # through LibreOffice
    assert pdf.status_code == 200 and pdf.content[:5] == b"%PDF-"
    assert client.get(f"/api/evaluations/{eid}/export/exe").status_code == 404


def test_api_token_auth(world: World, example_path) -> None:
    from sqlalchemy import select

    from jixiao.web.auth import issue_api_token
    from jixiao.web.db import make_engine, session_factory, transaction
    from jixiao.web.tables import UserRow

    engine = make_engine(world.url)
    with transaction(session_factory(engine)) as db:
        token = issue_api_token(db, db.scalar(select(UserRow).where(UserRow.name == "editor_a")))
    engine.dispose()
    client = world.client()
    client.headers["Authorization"] = f"Bearer {token}"
    created = create_seed(client, world, example_path)  # no CSRF needed with a token
    assert client.get(f"/api/evaluations/{created['id']}").status_code == 200
    client.headers["Authorization"] = "Bearer wrong"
    assert client.get("/api/evaluations").status_code == 401


def test_admin_users_and_units(world: World) -> None:
    admin = world.client("admin")
    assert admin.post("/api/units", json={"name": "丙镇", "region": "重庆市璧山区"}).status_code == 201
    created = admin.post("/api/users", json={"name": "editor_c", "password": "long-enough-1", "role": "editor",
                                             "units": ["丙镇"], "region": "重庆市璧山区"})
    assert created.status_code == 201
    assert "editor_c" in [u["name"] for u in admin.get("/api/users").json()]
    short = admin.post("/api/users", json={"name": "x", "password": "short", "role": "editor"})
    assert short.status_code == 400 and "8 个字符" in short.json()["detail"]
    newcomer = world.client()
    login(newcomer, "editor_c", "long-enough-1")
    assert [u["name"] for u in newcomer.get("/api/units").json()] == ["丙镇"]


def test_admin_page_shows_rule_packs(world: World) -> None:
    page = world.client("admin").get("/admin").text
    assert "central-2020" in page and "chongqing-whole-unit" in page


def test_openapi_docs_are_local(world: World) -> None:
    client = world.client()
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/evaluations", "/api/evaluations/{evaluation_id}", "/api/evaluations/{evaluation_id}/score",
                 "/api/evaluations/{evaluation_id}/submit", "/api/import"):
        assert path in paths
