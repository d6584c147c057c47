"""Benchmark of the web app: 50 concurrent clients on loopback, reading evaluation pages and
saving scores (80/20), each pausing about ``--think`` seconds between requests (0: flat out), for a
bounded time and count; prints p50/p95/p99 latency, throughput and errors.

Runs two set-ups, each with its own server started here: SQLite (1 worker) and PostgreSQL
(2 workers; a throwaway server is initdb'ed in a temporary folder). Usage::

    python bench/bench_web.py [--seconds 60] [--clients 50] [--think 1] [--only sqlite|postgresql]

Target (issue 7): p95 < 150 ms and 0 errors on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))  # the test helpers that start servers

from webpg import PostgresServer  # noqa: E402
from webserver import LiveServer  # noqa: E402
from webworld import login_token  # noqa: E402

from jixiao.modelio import load_evaluation  # noqa: E402
from jixiao.web.access import principal_for  # noqa: E402
from jixiao.web.accounts import add_user, ensure_unit  # noqa: E402
from jixiao.web.db import make_engine, session_factory, transaction, upgrade  # noqa: E402
from jixiao.web.store import create  # noqa: E402

PASSWORD = "bench-password-1"
READ_SHARE = 0.8
MAX_REQUESTS = 200_000  # a bound on count as well as on time


def prepare(url: str, clients: int) -> list[int]:
    """One unit and one evaluation (the seed) per client, one editor for all of them."""
    upgrade(url)
    engine = make_engine(url)
    example = load_evaluation(ROOT / "examples" / "daxing-2024.yaml")
    ids = []
    with transaction(session_factory(engine)) as db:
        units = [ensure_unit(db, f"基准单位{i:03d}", "基准地区") for i in range(clients)]
        user = add_user(db, "bench", PASSWORD, "editor", [unit.name for unit in units], "基准地区")
        who = principal_for(db, user)
        for unit in units:
            ids.append(create(db, who, unit.id, example, allow_duplicate=True).id)
    engine.dispose()
    return ids


async def open_client(base: str, evaluation_id: int) -> tuple[httpx.AsyncClient, dict]:
    """A logged-in client and its evaluation (set up before the clock starts)."""
    client = httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1))
    token = login_token((await client.get("/login")).text)
    await client.post("/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token})
    client.headers["X-CSRF-Token"] = (await client.get("/api/me")).json()["csrf_token"]
    return client, (await client.get(f"/api/evaluations/{evaluation_id}")).json()


async def client_loop(client: httpx.AsyncClient, detail: dict, deadline: float, budget: list[int], think: float,
                      reads: list[float], writes: list[float], errors: list[str]) -> None:
    evaluation_id = detail["id"]
    try:
        version, evaluation = detail["version"], detail["evaluation"]
        rng = random.Random(evaluation_id)
        await asyncio.sleep(rng.uniform(0, think))  # spread the clients' first requests
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                if rng.random() < READ_SHARE:
                    response = await client.get(f"/evaluations/{evaluation_id}")
                    bucket = reads
                else:
                    evaluation["indicators"][3]["stated_score"] = str(Decimal(rng.randint(0, 1500)) / 100)
                    response = await client.put(f"/api/evaluations/{evaluation_id}",
                                                json={"version": version, "evaluation": evaluation})
                    bucket = writes
                    if response.status_code == 200:
                        version = response.json()["version"]
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {response.text[:80]}")
                else:
                    bucket.append(elapsed)
            except httpx.HTTPError as err:
                errors.append(type(err).__name__)
            if think:
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
    finally:
        await client.aclose()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * 1000


async def drive(base: str, ids: list[int], seconds: float, think: float) -> dict[str, object]:
    reads: list[float] = []
    writes: list[float] = []
    errors: list[str] = []
    budget = [MAX_REQUESTS]
    opened = []
    for evaluation_id in ids:  # logins one after another: argon2 is deliberately costly
        opened.append(await open_client(base, evaluation_id))
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    await asyncio.gather(*(client_loop(c, d, deadline, budget, think, reads, writes, errors) for c, d in opened))
    wall = time.monotonic() - started
    every = reads + writes
    return {
        "requests": len(every) + len(errors), "seconds": round(wall, 1),
        "throughput_rps": round((len(every) + len(errors)) / wall, 1), "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "all_ms": {q: round(percentile(every, q), 1) for q in (50, 95, 99)},
        "read_ms": {q: round(percentile(reads, q), 1) for q in (50, 95, 99)},
        "save_ms": {q: round(percentile(writes, q), 1) for q in (50, 95, 99)},
        "median_ms": round(statistics.median(every) * 1000, 1) if every else None,
    }


def run(name: str, url: str, workers: int, clients: int, seconds: float, think: float,
        folder: Path) -> dict[str, object]:
    ids = prepare(url, clients)
    server = LiveServer(url, folder, workers=workers).start()
    try:
        result = asyncio.run(drive(server.url, ids, seconds, think))
    finally:
        server.stop()
    result = {"setup": name, "workers": workers, "clients": clients, "think_s": think, **result}
    all_ms = result["all_ms"]
    print(f"{name:<22} {workers} worker(s)  {clients} clients  think {think:g}s  {result['seconds']}s  "
          f"{result['throughput_rps']} req/s  p50 {all_ms[50]} ms  p95 {all_ms[95]} ms  p99 {all_ms[99]} ms  "
          f"errors {result['errors']}", flush=True)
    print(f"{'':<22} pages p50/p95/p99 {result['read_ms']}  saves p50/p95/p99 {result['save_ms']}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of each run (default 60)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean pause of each client between requests, in seconds (default 1; 0 = flat out)")
    parser.add_argument("--only", choices=("sqlite", "postgresql"), help="run one set-up only")
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        folder = Path(tmp)
        if args.only in (None, "sqlite"):
            sqlite_url = f"sqlite:///{folder / 'bench.db'}"
            results.append(run("SQLite (WAL)", sqlite_url, 1, args.clients, args.seconds, args.think, folder))
        if args.only in (None, "postgresql"):
            pg = PostgresServer().start()
            try:
                results.append(run("PostgreSQL", pg.create_database(), 2, args.clients, args.seconds, args.think,
                                   folder))
            finally:
                pg.stop()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
