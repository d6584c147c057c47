"""Custom rule packs: migration 0002, upload (valid and invalid), viewing, activation, and scoring an
evaluation with a pack stored in the database — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text
from webworld import World

from jixiao.modelio import dump_json, load_evaluation
from jixiao.scoring.packs import PACKS_DIR
from jixiao.web.db import current_revision, make_engine, upgrade

TIER_SOURCE = "测试用分档口径：执行率 80%–100% 得分值的 {fraction}"


def tiered_pack(pack_id: str = "tiered-exec", fraction: str = "0.7", low_execution: str = "90") -> str:
    """The default pack under another id, its execution-rate rule tiered (80–100% → ``fraction``)."""
    data = yaml.safe_load((PACKS_DIR / "central-2020.yaml").read_text(encoding="utf-8"))
    data["id"] = pack_id
    data["version"] = "test.1"
    data["title"] = "测试：执行率分档"
    data["thresholds"]["low_execution_percent"] = low_execution
    data["rules"]["execution_rate"] = {
        "type": "execution_rate", "title": "预算执行率（测试分档）", "source": TIER_SOURCE.format(fraction=fraction),
        "params": {"denominator": "adjusted", "method": "tiers", "tiers": [
            {"lower": 100, "fraction": 1}, {"lower": 80, "upper": 100, "fraction": fraction},
            {"upper": 80, "fraction": 0}]},
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def upload(client: TestClient, body: str, filename: str = "pack.yaml", url: str = "/api/packs") -> object:
    return client.post(url, files={"file": (filename, body.encode("utf-8"), "application/x-yaml")},
                       follow_redirects=False)


def create(world: World, client: TestClient, example_path, rule_pack: str | None) -> int:
    example = json.loads(dump_json(load_evaluation(example_path)))
    example["rule_pack"] = rule_pack
    created = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example,
                                                       "confirm_duplicate": True})
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


def execution_score(client: TestClient, eid: int) -> tuple[dict, dict]:
    score = client.get(f"/api/evaluations/{eid}/score")
    assert score.status_code == 200, score.text
    body = score.json()
    return body, next(i for i in body["indicators"] if i["name"] == "预算执行率")


def two_places(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_upgrade_from_0001_keeps_data_and_adds_rule_packs(database_url: str) -> None:
    upgrade(database_url, "0001")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO units (name, region) VALUES ('旧单位', '旧地区')"))
        assert "rule_packs" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert current_revision(database_url) == "0001"
    upgrade(database_url, "0002")
    assert current_revision(database_url) == "0002"
    engine = make_engine(database_url)
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("rule_packs")}
        assert {"name", "version", "yaml_text", "uploaded_by", "uploaded_at", "active"} <= columns
        with engine.connect() as conn:
            assert conn.execute(text("SELECT region FROM units WHERE name = '旧单位'")).scalar() == "旧地区"
    finally:
        engine.dispose()


def test_upload_view_and_score_with_a_custom_pack(world: World, example_path) -> None:
    admin = world.client("admin")
    created = upload(admin, tiered_pack(), "tiered.yaml")
    assert created.status_code == 201, created.text
    assert created.json()["name"] == "tiered-exec" and created.json()["origin"] == "custom"

    listed = {p["name"]: p for p in admin.get("/api/packs").json()}
    assert listed["central-2020"]["origin"] == "shipped" and listed["tiered-exec"]["uploaded_by"] == "admin"
    detail = world.client("reviewer").get("/api/packs/tiered-exec").json()
    rule = next(r for r in detail["rules"] if r["id"] == "execution_rate")
    assert rule["params"]["method"] == "tiers" and rule["source"] == TIER_SOURCE.format(fraction="0.7")
    assert [b["grade"] for b in detail["grade_bands"]] == ["优", "良", "中", "差"]
    assert detail["thresholds"]["tolerance"] == "0.01" and "tiered-exec" in detail["yaml"]

    editor = world.client("editor_a")
    default_eid = create(world, editor, example_path, None)
    custom_eid = create(world, editor, example_path, "tiered-exec")
    seed = load_evaluation(example_path)
    weight, executed, adjusted = Decimal(15), seed.budget.executed, seed.budget.adjusted
    assert executed is not None and adjusted is not None
    linear = two_places(weight * executed / adjusted)  # 15 × 7693.91 ÷ 8224 = 14.03
    tiered = two_places(weight * Decimal("0.7"))  # the rate 93.55% lies in 80–100%: 15 × 0.7

    default_body, default_exec = execution_score(editor, default_eid)
    custom_body, custom_exec = execution_score(editor, custom_eid)
    assert Decimal(default_exec["score"]) == linear == Decimal("14.03")
    assert Decimal(custom_exec["score"]) == tiered == Decimal("10.50")
    assert custom_exec["receipt"]["source"] == TIER_SOURCE.format(fraction="0.7")
    assert custom_body["pack_id"] == "tiered-exec" and default_body["pack_id"] == "central-2020"
    assert Decimal(default_body["total"]) - Decimal(custom_body["total"]) == linear - tiered
    summary = editor.get(f"/api/evaluations/{custom_eid}").json()
    assert Decimal(summary["total"]) == Decimal(custom_body["total"])  # stored summary used the same pack

    page = editor.get(f"/evaluations/{custom_eid}").text
    assert "<option selected>tiered-exec</option>" in page and "10.50" in page
    assert "<option >tiered-exec</option>" in editor.get(f"/evaluations/{default_eid}").text


def test_findings_use_the_custom_pack_thresholds(world: World, example_path) -> None:
    admin = world.client("admin")
    assert upload(admin, tiered_pack("strict-exec", low_execution="99.9")).status_code == 201
    editor = world.client("editor_a")
    example = json.loads(dump_json(load_evaluation(example_path)))
    example["budget"]["execution_note"] = None
    example["rule_pack"] = "strict-exec"
    unit_id = world.units["甲镇人民政府"]
    body = {"unit_id": unit_id, "evaluation": example, "confirm_duplicate": True}
    eid = editor.post("/api/evaluations", json=body).json()["id"]
    codes = {f["code"]: f for f in editor.get(f"/api/evaluations/{eid}/findings").json()}
    example["rule_pack"] = None
    default = editor.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example,
                                                     "confirm_duplicate": True})
    default_codes = {f["code"] for f in editor.get(f"/api/evaluations/{default.json()['id']}/findings").json()}
    # the seed's 93.55% is above the default 90% but below this pack's 99.9%
    assert "99.9%" in codes["LOW_EXECUTION"]["message"] and "LOW_EXECUTION" not in default_codes
    assert any("规则包 strict-exec" in f["message"] for f in codes.values())


def test_deactivate_reactivate_and_reupload(world: World, example_path) -> None:
    admin = world.client("admin")
    assert upload(admin, tiered_pack()).status_code == 201
    editor = world.client("editor_a")
    eid = create(world, editor, example_path, "tiered-exec")
    assert Decimal(execution_score(editor, eid)[1]["score"]) == Decimal("10.50")

    assert admin.post("/api/packs/tiered-exec/deactivate").json() == {"name": "tiered-exec", "active": False}
    stopped = editor.get(f"/api/evaluations/{eid}/score")
    assert stopped.status_code == 503 and "已被管理员停用" in stopped.json()["detail"]
    other = create(world, editor, example_path, None)
    assert "<option >tiered-exec</option>" not in editor.get(f"/evaluations/{other}").text
    assert admin.post("/api/packs/tiered-exec/activate").json()["active"] is True

    again = upload(admin, tiered_pack(fraction="0.5"))
    assert again.status_code == 201 and again.json()["revision"] == 2
    assert Decimal(execution_score(editor, eid)[1]["score"]) == two_places(Decimal(15) * Decimal("0.5"))


@pytest.mark.parametrize(("body", "expected"), [
    ("id: [unclosed\n", "YAML 格式错误"),
    ("- just\n- a list\n", "内容必须是一个键值表"),
    (tiered_pack().replace("type: execution_rate", "type: no_such_rule", 1), "未知的规则类型"),
    (tiered_pack("central-2020"), "与系统自带的规则包同名"),
    (tiered_pack("bad/../name"), "只能由字母"),
])
def test_invalid_pack_is_refused_with_one_sentence(world: World, body: str, expected: str) -> None:
    admin = world.client("admin")
    before = admin.get("/api/packs").json()
    refused = upload(admin, body, "bad.yaml")
    assert refused.status_code == 400 and expected in refused.json()["detail"]
    assert refused.json()["detail"].startswith("规则包 bad.yaml：") and "\n" not in refused.json()["detail"]
    page = upload(admin, body, "bad.yaml", url="/packs/upload")
    assert page.status_code == 400 and 'id="pack-error"' in page.text and expected in page.text
    assert "Traceback" not in page.text
    assert admin.get("/api/packs").json() == before  # nothing stored


def test_page_upload_redirects_to_the_pack(world: World) -> None:
    admin = world.client("admin")
    response = upload(admin, tiered_pack("page-pack"), "page.yaml", url="/packs/upload")
    assert response.status_code == 303 and response.headers["location"] == "/packs/page-pack"
    shown = world.client("editor_a").get("/packs/page-pack").text
    assert "预算执行率（测试分档）" in shown and "测试用分档口径" in shown and "page-pack" in shown
    listing = world.client("reviewer").get("/packs").text
    assert "page-pack" in listing and 'id="pack-upload"' not in listing  # only admins see the form
    assert 'id="pack-upload"' in admin.get("/packs").text


def test_unknown_or_path_pack_names_are_refused(world: World, example_path) -> None:
    editor = world.client("editor_a")
    eid = create(world, editor, example_path, str(PACKS_DIR / "central-2020.yaml"))
    refused = editor.get(f"/api/evaluations/{eid}/score")
    assert refused.status_code == 503 and "找不到名为" in refused.json()["detail"]
    assert editor.get("/api/packs/no-such-pack").status_code == 404
    assert world.client("admin").post("/api/packs/central-2020/deactivate").status_code == 400


def test_openapi_documents_pack_endpoints(world: World) -> None:
    paths = world.client().get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/packs"]) and "get" in paths["/api/packs/{name}"]
    assert "post" in paths["/api/packs/{name}/activate"] and "post" in paths["/api/packs/{name}/deactivate"]
