"""The ``jixiao db`` and ``jixiao user`` commands, and several workers over one PostgreSQL database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from webserver import LiveServer
from webworld import post_login

JIXIAO = str(Path(sys.executable).parent / "jixiao")
ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], url: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([JIXIAO, *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "JIXIAO_DATABASE_URL": url, **env})


def test_db_upgrade_demo_and_user_add(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    upgraded = run(["db", "upgrade"], url, tmp_path)
    assert upgraded.returncode == 0 and "0004" in upgraded.stdout
    demo = run(["db", "demo", str(ROOT / "examples" / "daxing-2024.yaml")], url, tmp_path)
    assert demo.returncode == 0 and "daxing / daxing-2024 / editor" in demo.stdout
    again = run(["db", "demo", str(ROOT / "examples" / "daxing-2024.yaml")], url, tmp_path)
    assert again.returncode == 0 and "已写入示例评价" not in again.stdout  # idempotent
    orphan = run(["user", "add", "zhang", "--role", "editor", "--unit", "某镇"], url, tmp_path,
                 JIXIAO_PASSWORD="long-enough-1")
    assert orphan.returncode == 2 and "单位 某镇 不存在" in orphan.stderr  # no unit without a region
    unit = run(["user", "add-unit", "某镇", "--region", "重庆市璧山区"], url, tmp_path)
    assert unit.returncode == 0 and "已创建单位 某镇（重庆市璧山区）" in unit.stdout
    added = run(["user", "add", "zhang", "--role", "editor", "--unit", "某镇"], url, tmp_path,
                JIXIAO_PASSWORD="long-enough-1")
    assert added.returncode == 0 and "已创建用户 zhang" in added.stdout
    duplicate = run(["user", "add", "zhang", "--role", "editor"], url, tmp_path, JIXIAO_PASSWORD="long-enough-1")
    assert duplicate.returncode == 2 and "已存在" in duplicate.stderr and "Traceback" not in duplicate.stderr
    bad_role = run(["user", "add", "li", "--role", "boss"], url, tmp_path, JIXIAO_PASSWORD="long-enough-1")
    assert bad_role.returncode == 2 and "角色只能是" in bad_role.stderr
    token = run(["user", "token", "zhang"], url, tmp_path)
    assert token.returncode == 0 and len(token.stdout.strip()) > 30


def test_unsupported_database_url_is_one_sentence(tmp_path: Path) -> None:
    result = run(["db", "upgrade"], "mysql://x@localhost/db", tmp_path)
    assert result.returncode == 2 and "不支持的数据库" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_two_workers_share_one_postgresql(postgres, tmp_path: Path) -> None:
    url = postgres.create_database()
    assert run(["db", "demo", str(ROOT / "examples" / "daxing-2024.yaml")], url, tmp_path).returncode == 0
    server = LiveServer(url, tmp_path, workers=2).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            assert post_login(client, "daxing", "daxing-2024").status_code == 303
            csrf = client.get("/api/me").json()["csrf_token"]
            # whichever worker answers, the session, the CSRF token and the data are the same
            for _ in range(20):
                listed = client.get("/api/evaluations")
                assert listed.status_code == 200 and len(listed.json()) == 1
            eid = listed.json()[0]["id"]
            response = client.post(f"/api/evaluations/{eid}/submit", json={}, headers={"X-CSRF-Token": csrf})
            assert response.status_code == 200 and response.json()["status"] == "submitted"
    finally:
        server.stop()
