"""The populated world the web tests run against: two units in one region, one elsewhere, one
user per role; and the login helper."""

from __future__ import annotations

from dataclasses import dataclass

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


def login(client: TestClient, user: str, password: str = PASSWORD) -> str:
    response = client.post("/login", data={"name": user, "password": password}, follow_redirects=False)
    assert response.status_code == 303, response.text
    csrf = client.get("/api/me").json()["csrf_token"]
    client.headers["X-CSRF-Token"] = csrf
    return str(csrf)


def build_world(url: str) -> World:
    from jixiao.web.auth import add_user, ensure_unit

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
