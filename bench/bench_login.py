"""Login timing for known and unknown user names (issue 14: the difference must not reveal which
names exist). Starts a server on a fresh SQLite database with real argon2 costs, then posts failed
logins, alternating a known name (wrong password) and an unknown one, each name tried at most
three times (below the per-(name, address) delay threshold); prints the median and p90 of each
and the difference of the medians. Usage::

    python bench/bench_login.py [--rounds 60]

Target: medians differ by < 20 ms. The machine is shared: expect noise of a few ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))  # the test helpers that start servers

os.environ.pop("JIXIAO_ARGON2_FAST", None)  # real password hashing costs, as in production

from webserver import LiveServer  # noqa: E402
from webworld import PASSWORD, build_world, login_token  # noqa: E402

from jixiao.web.accounts import add_user  # noqa: E402
from jixiao.web.db import make_engine, session_factory, transaction  # noqa: E402


def timed_failure(client: httpx.Client, name: str) -> float:
    token = login_token(client.get("/login").text)
    started = time.perf_counter()
    response = client.post("/login", data={"name": name, "password": "wrong-password-0", "csrf_token": token})
    elapsed = time.perf_counter() - started
    assert response.status_code == 401 and "用户名或密码不正确" in response.text, response.text[:300]
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    users = (args.rounds + 2) // 3
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-login-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'login.db'}"
        build_world(url)
        engine = make_engine(url)
        with transaction(session_factory(engine)) as db:
            for index in range(users):
                add_user(db, f"timing{index:03d}", PASSWORD, "admin", [], "")
        engine.dispose()
        server = LiveServer(url, Path(tmp)).start()
        try:
            known: list[float] = []
            unknown: list[float] = []
            with httpx.Client(base_url=server.url, timeout=30) as client:
                timed_failure(client, "warm-up-name")
                for index in range(args.rounds):
                    known.append(timed_failure(client, f"timing{index // 3:03d}"))
                    unknown.append(timed_failure(client, f"nobody-{index:04d}"))
        finally:
            server.stop()

    def p90(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.9) - 1]

    print(f"known names, wrong password: median {statistics.median(known):.1f} ms, p90 {p90(known):.1f} ms")
    print(f"unknown names:               median {statistics.median(unknown):.1f} ms, p90 {p90(unknown):.1f} ms")
    print(f"difference of the medians:   {abs(statistics.median(known) - statistics.median(unknown)):.1f} ms "
          f"(target < 20 ms; {args.rounds} of each)")


if __name__ == "__main__":
    main()
