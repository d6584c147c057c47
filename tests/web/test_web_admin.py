"""Admin and account screens: units always have a region, users are linked to existing units and
regions, disabling, re-enabling and resetting users, and changing one's own password."""

from __future__ import annotations

from webworld import PASSWORD, World, post_login


def test_a_unit_needs_a_region_and_the_form_keeps_what_was_typed(world: World) -> None:
    admin = world.client("admin")
    refused = admin.post("/admin/units", data={"name": "丙镇人民政府", "region": ""})
    assert refused.status_code == 400
    assert "单位 丙镇人民政府 必须指定所属地区" in refused.text and 'value="丙镇人民政府"' in refused.text
    assert 'id="account-link"' in refused.text  # inside the normal layout, still signed in
    added = admin.post("/admin/units", data={"name": "丙镇人民政府", "region": "重庆市璧山区"})
    assert added.status_code == 200 and "已添加单位 丙镇人民政府" in added.text
    twice = admin.post("/admin/units", data={"name": "丙镇人民政府", "region": "重庆市璧山区"})
    assert twice.status_code == 400 and "已存在" in twice.text
    api = admin.post("/api/units", json={"name": "丁镇"})
    assert api.status_code == 400 and "单位 丁镇 必须指定所属地区" in api.json()["detail"]


def test_request_errors_are_chinese_and_name_fields(world: World, example_path) -> None:
    import json

    from jixiao.modelio import dump_json, load_evaluation

    client = world.client("editor_a")
    bad_unit = client.post("/api/evaluations", json={"unit_id": "abc", "template": "project"})
    assert bad_unit.status_code == 422 and bad_unit.json()["detail"].startswith("请求内容有误：单位：必须是整数")
    example = json.loads(dump_json(load_evaluation(example_path)))
    example["indicators"][2]["weight"] = "-5"
    bad_weight = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example})
    assert bad_weight.status_code == 422 and "指标3 分值：分值必须是非负数" in bad_weight.json()["detail"]
    missing = client.get("/api/no-such-thing")
    assert missing.status_code == 404 and missing.json() == {"detail": "页面或接口不存在"}
    page = client.get("/no-such-page")
    assert page.status_code == 404 and "页面或接口不存在" in page.text and "Not Found" not in page.text


def test_users_are_linked_to_existing_units_only(world: World) -> None:
    admin = world.client("admin")
    typo = admin.post("/api/users", json={"name": "zhao", "password": "long-enough-1", "role": "editor",
                                          "units": ["甲镇人民政腐"]})
    assert typo.status_code == 400 and "单位 甲镇人民政腐 不存在" in typo.json()["detail"]
    assert "甲镇人民政腐" not in [u["name"] for u in admin.get("/api/units").json()]  # no orphan unit
    page = admin.post("/admin/users", data={"name": "zhao", "password": "long-enough-1", "role": "editor",
                                            "unit_ids": [str(world.units["乙街道办事处"])]})
    assert page.status_code == 200 and "已添加用户 zhao" in page.text
    zhao = world.client()
    assert post_login(zhao, "zhao", "long-enough-1").status_code == 303
    assert [u["name"] for u in zhao.get("/api/units").json()] == ["乙街道办事处"]
    no_unit = admin.post("/admin/users", data={"name": "qian", "password": "long-enough-1", "role": "editor"})
    assert no_unit.status_code == 400 and "至少要负责一个单位" in no_unit.text and 'value="qian"' in no_unit.text
    far = admin.post("/api/users", json={"name": "sun", "password": "long-enough-1", "role": "reviewer",
                                         "region": "重庆市壁山区"})
    assert far.status_code == 400 and "地区 重庆市壁山区 下还没有任何单位" in far.json()["detail"]


def test_disable_enable_and_reset(world: World) -> None:
    admin = world.client("admin")
    editor = world.client("editor_b")
    user_id = next(u["id"] for u in admin.get("/api/users").json() if u["name"] == "editor_b")
    disabled = admin.post(f"/admin/users/{user_id}/disable")
    assert disabled.status_code == 200 and "已停用用户 editor_b" in disabled.text
    assert editor.get("/api/me").status_code == 401  # the open session ended
    assert "已被管理员停用" in post_login(world.client(), "editor_b").text
    assert post_login(world.client(), "editor_b", "wrong").text.count("用户名或密码不正确") == 1
    assert admin.post(f"/admin/users/{user_id}/enable").status_code == 200
    assert post_login(world.client(), "editor_b").status_code == 303
    reset = admin.post(f"/admin/users/{user_id}/reset", data={"password": "short"})
    assert reset.status_code == 400 and "至少需要 8 个字符" in reset.text
    assert "已重设用户 editor_b 的密码" in admin.post(f"/admin/users/{user_id}/reset",
                                                  data={"password": "brand-new-pass"}).text
    assert post_login(world.client(), "editor_b").status_code == 401
    assert post_login(world.client(), "editor_b", "brand-new-pass").status_code == 303
    me = next(u["id"] for u in admin.get("/api/users").json() if u["name"] == "admin")
    assert admin.post(f"/api/users/{me}/disable").status_code == 400


def test_change_own_password(world: World) -> None:
    client = world.client("editor_a")
    assert client.get("/account").status_code == 200
    wrong = client.post("/account/password", data={"current": "nope", "new": "new-pass-123", "confirm": "new-pass-123"})
    assert wrong.status_code == 400 and "当前密码不正确" in wrong.text
    mismatch = client.post("/account/password", data={"current": PASSWORD, "new": "new-pass-123", "confirm": "x"})
    assert mismatch.status_code == 400 and "两次输入的新密码不一致" in mismatch.text
    done = client.post("/account/password", data={"current": PASSWORD, "new": "new-pass-123",
                                                  "confirm": "new-pass-123"})
    assert done.status_code == 200 and "密码已修改，请用新密码登录" in done.text
    assert client.get("/api/me").status_code == 401
    assert post_login(world.client(), "editor_a", "new-pass-123").status_code == 303
