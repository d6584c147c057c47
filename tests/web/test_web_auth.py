"""Logins, sessions, cookies and throttling."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webworld import PASSWORD, World, login, login_token, post_login

from jixiao.web.app import create_app
from jixiao.web.config import Settings


def test_login_sets_httponly_samesite_cookie(world: World) -> None:
    client = world.client()
    response = post_login(client, "editor_a")
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_wrong_password_is_refused_in_chinese(world: World) -> None:
    client = world.client()
    response = post_login(client, "editor_a", "wrong")
    assert response.status_code == 401 and "用户名或密码不正确" in response.text
    unknown = post_login(client, "nobody", "wrong")
    assert unknown.status_code == 401 and "用户名或密码不正确" in unknown.text  # the same answer
    assert client.get("/api/me").status_code == 401


def test_login_delays_grow_per_name_and_address(world: World) -> None:
    """After 5 failures from one address the next try must wait 30 s, then 60 s, 120 s…; the
    count lives in the database (every worker sees it) and another address is not affected."""
    client = world.client()
    for _ in range(5):
        post_login(client, "editor_a", "wrong")
    response = post_login(client, "editor_a")
    assert response.status_code == 401 and "登录失败次数过多，请 30 秒后再试" in response.text
    other_worker = TestClient(create_app(Settings(database_url=world.url)))
    assert post_login(other_worker, "editor_a").status_code == 401
    elsewhere = TestClient(create_app(Settings(database_url=world.url)), client=("10.1.2.3", 40000))
    assert post_login(elsewhere, "editor_a").status_code == 303  # the real user is not locked out
    assert post_login(other_worker, "editor_b").status_code == 303
    _age_failures(world, seconds=40)  # the 30 s have passed
    assert post_login(client, "editor_a", "wrong").status_code == 401  # a sixth failure: now 60 s
    assert "60 秒后再试" in post_login(client, "editor_a").text
    _age_failures(world, seconds=61)
    assert post_login(client, "editor_a").status_code == 303  # success clears the count
    assert post_login(client, "editor_a", "wrong").text.count("用户名或密码不正确") == 1


def _age_failures(world: World, seconds: int) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from jixiao.web.db import make_engine, session_factory, transaction
    from jixiao.web.tables import LoginFailureRow

    engine = make_engine(world.url)
    with transaction(session_factory(engine)) as db:
        for row in db.scalars(select(LoginFailureRow)):
            row.at -= timedelta(seconds=seconds)
    engine.dispose()


def test_login_form_needs_its_csrf_token(world: World) -> None:
    client = world.client()
    forged = client.post("/login", data={"name": "editor_a", "password": PASSWORD}, follow_redirects=False)
    assert forged.status_code == 403 and "登录页面已过期" in forged.text
    page = client.get("/login")
    token = login_token(page.text)
    assert "jixiao_login_csrf" in page.headers["set-cookie"] and "samesite=strict" in page.headers["set-cookie"].lower()
    other = world.client()  # a token from another browser's page does not match this one's cookie
    other.get("/login")
    stolen = other.post("/login", data={"name": "editor_a", "password": PASSWORD, "csrf_token": token},
                        follow_redirects=False)
    assert stolen.status_code == 403


def test_unknown_names_are_checked_against_a_dummy_hash(world: World, monkeypatch) -> None:
    """An unknown name costs one argon2 verification, like a known one (no timing oracle)."""
    from jixiao.web import auth

    checked: list[str] = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: checked.append(h) or real(h, p))
    client = world.client()
    post_login(client, "nobody", "wrong")
    post_login(client, "editor_a", "wrong")
    assert len(checked) == 2 and checked[0] == auth.dummy_hash() and checked[1] != checked[0]


def test_session_survives_restart(world: World) -> None:
    client = world.client("reviewer")
    cookie = client.cookies.get("jixiao_session")
    restarted = TestClient(create_app(Settings(database_url=world.url)))
    restarted.cookies.set("jixiao_session", cookie)
    assert restarted.get("/api/me").json()["name"] == "reviewer"


def test_logout_ends_the_session(world: World) -> None:
    client = world.client()
    csrf = login(client, "editor_a")
    cookie = client.cookies.get("jixiao_session")
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    stale = world.client()
    stale.cookies.set("jixiao_session", cookie)
    assert stale.get("/api/me").status_code == 401


def test_pages_redirect_anonymous_to_login(world: World) -> None:
    response = world.client().get("/evaluations", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
