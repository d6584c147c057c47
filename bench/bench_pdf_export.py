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
from webworld import post_login  # noqa: E402

TARGET_P95_MS = 1000.0


def _client(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    post_login(client, "bench", PASSWORD)  # the login form's CSRF token and cookie, as a browser sends them
    return client


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and every process below it (the server, its
    LibreOffice worker and LibreOffice itself; a LibreOffice run per export counts once reaped)."""
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used = sum(int(n) for n in fields[11:15])  # utime, stime, and those of its children already reaped
        stats[int(entry.name)] = (int(fields[1]), used / os.sysconf("SC_CLK_TCK"))
    tree, total = {pid}, 0.0
    for _ in range(8):  # a few levels: server → worker → oosplash → soffice.bin
        tree |= {child for child, (parent, _) in stats.items() if parent in tree}
    for member in tree:
        total += stats.get(member, (0, 0.0))[1]
    return total


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
            assert server.proc is not None
            cpu_before = _tree_cpu(server.proc.pid)
            times = [_export(client, evaluation_id) for _ in range(exports)]
            cpu = (_tree_cpu(server.proc.pid) - cpu_before) / exports
        finally:
            client.close()
    finally:
        server.stop()
    result = {"first_ms": first * 1000, "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95),
              "median_ms": statistics.median(times) * 1000, "cpu_ms": cpu * 1000}
    print(f"{name:<24} first {result['first_ms']:6.0f} ms  p50 {result['p50_ms']:5.0f} ms  "
          f"p95 {result['p95_ms']:5.0f} ms  CPU {result['cpu_ms']:5.0f} ms an export ({exports} exports, one at a "
          "time; the CPU time of the server and its LibreOffice is what an idle machine's wall time approaches)",
          flush=True)
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
