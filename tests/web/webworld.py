"""The populated world the web tests run against: two units in one region, one elsewhere, one
user per role; and the login helper."""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx
from fastapi.testclient import TestClient

from jixiao.web.app import create_app
from jixiao.web.config import Settings
from jixiao.web.db import make_engine, session_factory, transaction, upgrade

PASSWORD = "secret-pass-1"
USERS = {
    # name: (role, units, region)
    "editor_a": ("editor", ["甲镇人民政府"], "重庆市璧山区"),
    "editor_b": ("editor", ["乙街道办事处"], "重庆市璧山区"),
    "reviewer": ("reviewer", [], "重庆市璧山区"),
    "reviewer_far": ("reviewer", [], "四川省成都市"),
    "admin": ("admin", [], ""),
}


@dataclass
class World:
    url: str
    app: object
    units: dict[str, int]

    def client(self, user: str | None = None) -> TestClient:
        client = TestClient(self.app)  # type: ignore[arg-type]
        if user is not None:
            login(client, user)
        return client


def login_token(html: str) -> str:
    """The CSRF token of a login page (also set as a cookie the login POST must match)."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the login page carries no CSRF token"
    return match.group(1)


def post_login(client: httpx.Client, user: str, password: str = PASSWORD) -> httpx.Response:
    """Open the login page (for its CSRF token and cookie) and sign in, as a browser does."""
    token = login_token(client.get("/login").text)
    return client.post("/login", data={"name": user, "password": password, "csrf_token": token},
                       follow_redirects=False)


def login(client: TestClient, user: str, password: str = PASSWORD) -> str:
    response = post_login(client, user, password)
    assert response.status_code == 303, response.text
    csrf = client.get("/api/me").json()["csrf_token"]
    client.headers["X-CSRF-Token"] = csrf
    return str(csrf)


def build_world(url: str) -> World:
    from jixiao.web.accounts import add_user, ensure_unit

    upgrade(url)
    engine = make_engine(url)
    units = {}
    with transaction(session_factory(engine)) as db:
        units["甲镇人民政府"] = ensure_unit(db, "甲镇人民政府", "重庆市璧山区").id
        units["乙街道办事处"] = ensure_unit(db, "乙街道办事处", "重庆市璧山区").id
        units["远方县政府"] = ensure_unit(db, "远方县政府", "四川省成都市").id
        for name, (role, unit_names, region) in USERS.items():
            add_user(db, name, PASSWORD, role, unit_names, region)
    engine.dispose()
    return World(url, create_app(Settings(database_url=url)), units)
