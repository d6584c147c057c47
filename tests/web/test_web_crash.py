"""A server killed in the middle of a save leaves the last committed version intact."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from webserver import LiveServer
from webworld import build_world, post_login

from jixiao.modelio import dump_json, load_evaluation


def _login(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    assert post_login(client, name).status_code == 303
    client.headers["X-CSRF-Token"] = client.get("/api/me").json()["csrf_token"]
    return client


@pytest.mark.slow
def test_killed_during_save_keeps_last_committed_version(database_url: str, tmp_path, example_path) -> None:
    world = build_world(database_url)
    example = json.loads(dump_json(load_evaluation(example_path)))
    server = LiveServer(database_url, tmp_path, factory="faultapp:paused_saves_app").start()
    try:
        client = _login(server.url, "editor_a")
        created = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": example,
                                                          "confirm_duplicate": True})
        assert created.status_code == 201
        eid = created.json()["id"]
        changed = {**example, "title": "保存到一半被杀掉的版本"}
        outcome: dict[str, object] = {}

        def doomed_save() -> None:
            try:
                outcome["response"] = client.put(f"/api/evaluations/{eid}", json={"version": 1, "evaluation": changed})
            except httpx.HTTPError as err:
                outcome["error"] = err

        saver = threading.Thread(target=doomed_save)
        saver.start()
        time.sleep(2.0)  # the save is now paused inside its transaction, after its writes
        server.kill()
        saver.join(30)
        assert "error" in outcome, "the save should not have completed"
    finally:
        server.kill()
    restarted = LiveServer(database_url, tmp_path).start()
    try:
        # the session opened before the crash still works after it
        survivor = httpx.Client(base_url=restarted.url, cookies=client.cookies, timeout=30)
        assert survivor.get("/api/me").json()["name"] == "editor_a"
        client = _login(restarted.url, "editor_a")
        current = client.get(f"/api/evaluations/{eid}").json()
        assert current["version"] == 1 and current["evaluation"]["title"] == example["title"]
        assert [v["version"] for v in client.get(f"/api/evaluations/{eid}/history").json()] == [1]
        again = client.put(f"/api/evaluations/{eid}", json={"version": 1, "evaluation": changed})
        assert again.status_code == 200 and again.json()["version"] == 2
    finally:
        restarted.stop()
