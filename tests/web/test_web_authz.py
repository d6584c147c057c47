"""Authorization matrix: every role × every endpoint, against an evaluation of unit 甲 (region 璧山).

editor_a edits unit 甲; editor_b edits unit 乙 of the same region; reviewer reviews region 璧山;
reviewer_far another region; admin everything. Outsiders get 404 (not 403) for an evaluation, so
they cannot even learn it exists."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from webworld import World, build_world, login

from jixiao.modelio import dump_json, load_evaluation
from jixiao.scoring.packs import PACKS_DIR

ROLES = ("anonymous", "editor_a", "editor_b", "reviewer", "reviewer_far", "admin")
READ = dict(anonymous=401, editor_a=200, editor_b=404, reviewer=200, reviewer_far=404, admin=200)
EDIT = dict(anonymous=401, editor_a=200, editor_b=404, reviewer=403, reviewer_far=404, admin=200)
REVIEW = dict(anonymous=401, editor_a=403, editor_b=404, reviewer=200, reviewer_far=404, admin=200)
COMMENT = {**REVIEW, "reviewer": 201, "admin": 201}
REOPEN = {**REVIEW, "reviewer": 403}  # an admin's action
ADMIN = dict(anonymous=401, editor_a=403, editor_b=403, reviewer=403, reviewer_far=403, admin=200)
ADMIN_CREATE = {**ADMIN, "admin": 201}
CREATE_IN_A = dict(anonymous=401, editor_a=201, editor_b=403, reviewer=403, reviewer_far=403, admin=201)
PAGE_READ = {**READ, "anonymous": 303}
PAGE_EDIT = {**EDIT, "anonymous": 303}
PAGE_ADMIN = {**ADMIN, "anonymous": 303}
PAGE_REVIEW_REDIRECT = {**REVIEW, "anonymous": 303, "reviewer": 303, "admin": 303}
PAGE_EDITOR_REDIRECT = {**EDIT, "anonymous": 303, "editor_a": 303, "admin": 303}
SIGNED_IN = dict(anonymous=401, editor_a=200, editor_b=200, reviewer=200, reviewer_far=200, admin=200)
PAGE_SIGNED_IN = {**SIGNED_IN, "anonymous": 303}
PAGE_ADMIN_REDIRECT = {**ADMIN, "anonymous": 303, "admin": 303}
PACK = "authz-pack"  # a custom rule pack uploaded by the fixture

# (name, method, path, state the evaluation must be in, body maker, expected status per role)
ENDPOINTS = [
    ("api get", "GET", "/api/evaluations/{id}", "draft", None, READ),
    ("api score", "GET", "/api/evaluations/{id}/score", "draft", None, READ),
    ("api findings", "GET", "/api/evaluations/{id}/findings", "draft", None, READ),
    ("api comments", "GET", "/api/evaluations/{id}/comments", "draft", None, READ),
    ("api history", "GET", "/api/evaluations/{id}/history", "draft", None, READ),
    ("api version", "GET", "/api/evaluations/{id}/versions/{vid}", "draft", None, READ),
    ("api export", "GET", "/api/evaluations/{id}/export/html", "draft", None, READ),
    ("api save", "PUT", "/api/evaluations/{id}", "draft", "save", EDIT),
    ("api submit", "POST", "/api/evaluations/{id}/submit", "draft", "empty", EDIT),
    ("api return", "POST", "/api/evaluations/{id}/return", "submitted", "comment", REVIEW),
    ("api review", "POST", "/api/evaluations/{id}/review", "submitted", "empty", REVIEW),
    ("api reopen", "POST", "/api/evaluations/{id}/reopen", "reviewed", "comment", REOPEN),
    ("api add comment", "POST", "/api/evaluations/{id}/comments", "draft", "text", COMMENT),
    ("api create in 甲", "POST", "/api/evaluations", "draft", "create", CREATE_IN_A),
    ("api users", "GET", "/api/users", "draft", None, ADMIN),
    ("api add user", "POST", "/api/users", "draft", "user", ADMIN_CREATE),
    ("api add unit", "POST", "/api/units", "draft", "unit", ADMIN_CREATE),
    ("page editor", "GET", "/evaluations/{id}", "draft", None, PAGE_READ),
    ("page history", "GET", "/evaluations/{id}/history", "draft", None, PAGE_READ),
    ("page version", "GET", "/evaluations/{id}/versions/{vid}", "draft", None, PAGE_READ),
    ("page export", "GET", "/evaluations/{id}/export/html", "draft", None, PAGE_READ),
    ("page preview", "POST", "/evaluations/{id}/preview", "draft", "form", PAGE_READ),
    ("page save", "POST", "/evaluations/{id}/save", "draft", "form", PAGE_EDIT),
    ("page submit", "POST", "/evaluations/{id}/action/submit", "draft", "none", PAGE_EDITOR_REDIRECT),
    ("page return", "POST", "/evaluations/{id}/action/return", "submitted", "pagecomment", PAGE_REVIEW_REDIRECT),
    ("page comment", "POST", "/evaluations/{id}/comments", "draft", "pagetext", PAGE_REVIEW_REDIRECT),
    ("page admin", "GET", "/admin", "draft", None, PAGE_ADMIN),
    ("page add unit", "POST", "/admin/units", "draft", "pageunit", PAGE_ADMIN_REDIRECT),
    ("page disable user", "POST", "/admin/users/{target}/disable", "draft", "none", PAGE_ADMIN_REDIRECT),
    ("page enable user", "POST", "/admin/users/{target}/enable", "draft", "none", PAGE_ADMIN_REDIRECT),
    ("page reset password", "POST", "/admin/users/{target}/reset", "draft", "pagepassword", PAGE_ADMIN_REDIRECT),
    ("api disable user", "POST", "/api/users/{target}/disable", "draft", "empty", ADMIN),
    ("api enable user", "POST", "/api/users/{target}/enable", "draft", "empty", ADMIN),
    ("api reset password", "POST", "/api/users/{target}/password", "draft", "password", ADMIN),
    ("page account", "GET", "/account", "draft", None, PAGE_SIGNED_IN),
    ("api packs", "GET", "/api/packs", "draft", None, SIGNED_IN),
    ("api pack", "GET", f"/api/packs/{PACK}", "draft", None, SIGNED_IN),
    ("api upload pack", "POST", "/api/packs", "draft", "pack", ADMIN_CREATE),
    ("api deactivate pack", "POST", f"/api/packs/{PACK}/deactivate", "draft", "empty", ADMIN),
    ("api activate pack", "POST", f"/api/packs/{PACK}/activate", "draft", "empty", ADMIN),
    ("page packs", "GET", "/packs", "draft", None, PAGE_SIGNED_IN),
    ("page pack", "GET", f"/packs/{PACK}", "draft", None, PAGE_SIGNED_IN),
    ("page upload pack", "POST", "/packs/upload", "draft", "pagepack", PAGE_ADMIN_REDIRECT),
    ("page deactivate pack", "POST", f"/packs/{PACK}/deactivate", "draft", "none", PAGE_ADMIN_REDIRECT),
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def matrix(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[World, dict, int]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('authz') / 'jixiao.db'}"
    else:
        url = request.getfixturevalue("postgres").create_database()
    world = build_world(url)
    clients: dict[str, TestClient] = {"anonymous": world.client()}
    for role in ROLES[1:]:
        clients[role] = world.client(role)
    uploaded = clients["admin"].post("/api/packs", **_pack_body(PACK))
    assert uploaded.status_code == 201, uploaded.text
    target = clients["admin"].post("/api/users", json={"name": "target", "password": "long-enough-1",
                                                       "role": "editor", "units": ["乙街道办事处"]})
    assert target.status_code == 201, target.text
    yield world, clients, target.json()["id"]  # the user the admin endpoints act on


def _pack_body(pack_id: str) -> dict:
    text = (PACKS_DIR / "central-2020.yaml").read_text(encoding="utf-8")
    text = text.replace("id: central-2020", f"id: {pack_id}", 1)
    return {"files": {"file": (f"{pack_id}.yaml", text.encode("utf-8"), "application/x-yaml")}}


def _fresh(world: World, admin: TestClient, example: dict, state: str) -> tuple[int, int, int]:
    created = admin.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example,
                                                    "confirm_duplicate": True})
    assert created.status_code == 201, created.text
    eid = created.json()["id"]
    if state in ("submitted", "reviewed"):
        assert admin.post(f"/api/evaluations/{eid}/submit", json={}).status_code == 200
    if state == "reviewed":
        assert admin.post(f"/api/evaluations/{eid}/review", json={}).status_code == 200
    detail = admin.get(f"/api/evaluations/{eid}").json()
    vid = admin.get(f"/api/evaluations/{eid}/history").json()[0]["id"]
    return eid, detail["version"], vid


def _body(kind: str | None, world: World, example: dict, version: int, counter: list[int]) -> dict:
    counter[0] += 1
    if kind is None or kind == "none":
        return {}
    if kind == "empty":
        return {"json": {}}
    if kind == "save":
        return {"json": {"version": version, "evaluation": example}}
    if kind == "comment":
        return {"json": {"comment": "请核实"}}
    if kind == "text":
        return {"json": {"text": "请核实"}}
    if kind == "create":
        return {"json": {"unit_id": world.units["甲镇人民政府"], "evaluation": example, "confirm_duplicate": True}}
    if kind == "user":
        return {"json": {"name": f"new_user_{counter[0]}", "password": "long-enough-1", "role": "reviewer",
                         "region": "重庆市璧山区"}}
    if kind == "unit":
        return {"json": {"name": f"新单位{counter[0]}", "region": "重庆市璧山区"}}
    if kind == "pageunit":
        return {"data": {"name": f"新页面单位{counter[0]}", "region": "重庆市璧山区"}}
    if kind == "password":
        return {"json": {"password": "another-pass-1"}}
    if kind == "pagepassword":
        return {"data": {"password": "another-pass-1"}}
    if kind == "pagecomment":
        return {"data": {"comment": "请核实"}}
    if kind == "pagetext":
        return {"data": {"text": "请核实"}}
    if kind in ("pack", "pagepack"):
        return _pack_body(f"{kind}-{counter[0]}")
    if kind == "form":
        return {"data": {"version": str(version), "base_json": json.dumps(example, ensure_ascii=False),
                         "year": "2024", "unit_name": "甲镇人民政府", "ind_name": ["预算执行率"],
                         "ind_weight": ["15"], "budget_adjusted": "8224", "budget_executed": "7693.91"}}
    raise AssertionError(kind)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_authorization_matrix(matrix, endpoint, example_path) -> None:
    world, clients, target = matrix
    name, method, path, state, body_kind, expected = endpoint
    example = json.loads(dump_json(load_evaluation(example_path)))
    counter = [0]
    for role in ROLES:
        eid, version, vid = _fresh(world, clients["admin"], example, state)
        url = path.format(id=eid, vid=vid, target=target)
        response = clients[role].request(method, url, follow_redirects=False,
                                         **_body(body_kind, world, example, version, counter))
        assert response.status_code == expected[role], f"{name} as {role}: {response.status_code} {response.text[:200]}"
        if expected[role] == 303 and role == "anonymous":
            assert response.headers["location"].startswith("/login")


def test_editor_of_other_unit_cannot_see_listing_entries(matrix, example_path) -> None:
    world, clients, _target = matrix
    example = json.loads(dump_json(load_evaluation(example_path)))
    eid, _version, _vid = _fresh(world, clients["admin"], example, "draft")
    ids_b = [e["id"] for e in clients["editor_b"].get("/api/evaluations").json()]
    ids_far = [e["id"] for e in clients["reviewer_far"].get("/api/evaluations").json()]
    ids_reviewer = [e["id"] for e in clients["reviewer"].get("/api/evaluations").json()]
    assert eid not in ids_b and eid not in ids_far and eid in ids_reviewer
    assert f'href="/evaluations/{eid}"' not in clients["editor_b"].get("/evaluations").text
    # a reviewer's overview opens on 待复核; the region's drafts are one filter away
    assert f'href="/evaluations/{eid}"' in clients["reviewer"].get("/evaluations", params={"status": "all"}).text


def test_cookie_session_write_needs_csrf(matrix, example_path) -> None:
    world, _clients, _target = matrix
    client = world.client()
    login(client, "editor_a")
    del client.headers["X-CSRF-Token"]
    example = json.loads(dump_json(load_evaluation(example_path)))
    response = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example,
                                                      "confirm_duplicate": True})
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]
    client.headers["X-CSRF-Token"] = "forged"
    assert client.post("/api/evaluations", json={"unit_id": 1, "evaluation": example}).status_code == 403
    form = client.post("/evaluations/new", data={"unit_id": "1", "template": "town-whole-unit", "csrf_token": "x"})
    assert form.status_code == 403
