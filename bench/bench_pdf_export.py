"""Benchmark of one PDF export in the web app: a server started here (SQLite, one worker) with the
seed evaluation, one logged-in client asking for ``/api/evaluations/{id}/export/pdf`` again and again,
one request at a time. The first export starts the server's warm LibreOffice (reported apart); the
others are what a user waits for: p50/p95 over ``--exports`` requests. Then the same without the warm
converter (each export a LibreOffice process of its own, ``--cold`` exports) for comparison.

Usage: ``python bench/bench_pdf_export.py [--exports 30] [--cold 5]``. Target (issue 13): p95 ≤ 1 s.
A batch (``jixiao review``, ``render --all``) converts many files in one LibreOffice call instead:
``bench/bench_render.py`` measures it (≤ 300 ms a report).
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
from bench_web import PASSWORD, percentile, prepare

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))  # the test helper that starts a server

from webserver import LiveServer  # noqa: E402

TARGET_P95_MS = 1000.0


def _client(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    client.post("/login", data={"name": "bench", "password": PASSWORD})
    return client


def _export(client: httpx.Client, evaluation_id: int) -> float:
    started = time.perf_counter()
    response = client.get(f"/api/evaluations/{evaluation_id}/export/pdf")
    elapsed = time.perf_counter() - started
    if response.status_code != 200 or not response.content.startswith(b"%PDF"):
        raise RuntimeError(f"export failed: {response.status_code} {response.text[:200]}")
    return elapsed


def run(folder: Path, name: str, exports: int, env: dict[str, str]) -> dict[str, float]:
    url = f"sqlite:///{folder / f'{name}.db'}"
    evaluation_id = prepare(url, 1)[0]
    server = LiveServer(url, folder, workers=1, env=env).start()
    try:
        client = _client(server.url)
        try:
            first = _export(client, evaluation_id)
            times = [_export(client, evaluation_id) for _ in range(exports)]
        finally:
            client.close()
    finally:
        server.stop()
    result = {"first_ms": first * 1000, "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95),
              "median_ms": statistics.median(times) * 1000}
    print(f"{name:<28} first {result['first_ms']:7.0f} ms   p50 {result['p50_ms']:6.0f} ms   "
          f"p95 {result['p95_ms']:6.0f} ms   ({exports} exports, one at a time)", flush=True)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exports", type=int, default=30, help="exports timed after the first (default 30)")
    parser.add_argument("--cold", type=int, default=5, help="exports without the warm converter (default 5; 0: skip)")
    parser.add_argument("--quick", action="store_true", help="10 exports, 3 cold")
    args = parser.parse_args(argv)
    exports, cold = (10, 3) if args.quick else (args.exports, args.cold)
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-pdf-") as tmp:
        folder = Path(tmp)
        warm = run(folder, "warm LibreOffice", exports, {})
        if cold:
            # No Python with uno: each export falls back to a LibreOffice process of its own.
            run(folder, "LibreOffice per export", cold, {"JIXIAO_UNO_PYTHON": str(folder / "none")})
    ok = warm["p95_ms"] <= TARGET_P95_MS
    print(f"web PDF export p95 {warm['p95_ms']:.0f} ms (target ≤ {TARGET_P95_MS:.0f} ms) {'ok' if ok else 'SLOW'}")
    if not ok:
        print("above the target (a shared, loaded machine inflates it)")
    return 0  # a benchmark reports; it does not fail the build


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main(sys.argv[1:]))
