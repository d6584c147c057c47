"""Logins, sessions, cookies and throttling."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webworld import PASSWORD, World, login

from jixiao.web.app import create_app
from jixiao.web.config import Settings


def test_login_sets_httponly_samesite_cookie(world: World) -> None:
    client = world.client()
    response = client.post("/login", data={"name": "editor_a", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_wrong_password_is_refused_in_chinese(world: World) -> None:
    client = world.client()
    response = client.post("/login", data={"name": "editor_a", "password": "wrong"})
    assert response.status_code == 401 and "用户名或密码不正确" in response.text
    assert client.get("/api/me").status_code == 401


def test_login_throttled_after_repeated_failures(world: World) -> None:
    client = world.client()
    for _ in range(5):
        client.post("/login", data={"name": "editor_a", "password": "wrong"})
    response = client.post("/login", data={"name": "editor_a", "password": PASSWORD}, follow_redirects=False)
    assert response.status_code == 401 and "失败次数过多" in response.text
    # the count lives in the database: another app instance (another worker) sees it too
    other = TestClient(create_app(Settings(database_url=world.url)))
    again = other.post("/login", data={"name": "editor_a", "password": PASSWORD}, follow_redirects=False)
    assert again.status_code == 401
    assert other.post("/login", data={"name": "editor_b", "password": PASSWORD},
                      follow_redirects=False).status_code == 303


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
