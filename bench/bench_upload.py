"""Benchmark of hostile uploads: a Word file whose document.xml inflates to 1 GB (≈4.7 MB on
disk) is posted to a running server, alone and two at once; prints the median time to the refusal
and the peak growth of the server's memory (resident set of the server and all its children,
sampled every 10 ms), and the time of a normal import for comparison. Usage::

    python bench/bench_upload.py [--runs 3] [--bomb-mb 1024]

Target (issue 14): refused in < 2 s, memory growth < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))  # the test helpers that start servers

from uploadbomb import docx_bomb  # noqa: E402
from webserver import LiveServer  # noqa: E402
from webworld import PASSWORD, build_world, post_login  # noqa: E402

SEED_DOCX = ROOT / "tests" / "data" / "reports" / "r03-haidian-school.docx"


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every process descending from it."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = next((int(line.split()[1]) * 1024 for line in status.splitlines()
                                if line.startswith("VmRSS:")), 0)
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo += children.get(current, [])
    return total


class Sampler:
    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.running = pid, 0, True
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while self.running:
            self.peak = max(self.peak, tree_rss(self.pid))
            time.sleep(0.01)

    def __enter__(self) -> Sampler:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.running = False
        self.thread.join()


def client(base: str) -> httpx.Client:
    session = httpx.Client(base_url=base, timeout=120)
    post_login(session, "editor_a", PASSWORD)
    session.headers["X-CSRF-Token"] = session.get("/api/me").json()["csrf_token"]
    return session


def upload(session: httpx.Client, unit: int, path: Path, name: str) -> tuple[float, int, str]:
    started = time.perf_counter()
    with path.open("rb") as fh:
        response = session.post("/api/import", data={"unit_id": str(unit)}, files={"file": (name, fh)})
    detail = response.json().get("detail", "") if response.status_code >= 400 else ""
    return time.perf_counter() - started, response.status_code, detail


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bomb-mb", type=int, default=1024)
    args, _unknown = parser.parse_known_args()
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-upload-") as tmp:
        folder = Path(tmp)
        bomb = docx_bomb(folder / "bomb.docx", args.bomb_mb)
        url = f"sqlite:///{folder / 'bench.db'}"
        unit = build_world(url).units["甲镇人民政府"]
        server = LiveServer(url, folder).start()
        assert server.proc is not None
        try:
            session = client(server.url)
            upload(session, unit, SEED_DOCX, "warm-up.docx")  # starts the import fork server
            baseline = tree_rss(server.proc.pid)
            times, peaks = [], []
            for _ in range(args.runs):
                with Sampler(server.proc.pid) as sampler:
                    seconds, status, detail = upload(session, unit, bomb, "炸弹.docx")
                times.append(seconds)
                peaks.append(sampler.peak - baseline)
                if status != 422:
                    print(f"unexpected status {status}: {detail}")
                    return 1
            print(f"bomb {bomb.stat().st_size / 1e6:.1f} MB → {args.bomb_mb} MB: refused in median "
                  f"{statistics.median(times):.2f} s (max {max(times):.2f} s), server memory growth median "
                  f"{statistics.median(peaks) / 2**20:.0f} MB (max {max(peaks) / 2**20:.0f} MB)")
            print(f"  refusal: {detail}")
            with Sampler(server.proc.pid) as sampler, ThreadPoolExecutor(2) as pool:
                pair = list(pool.map(lambda _i: upload(client(server.url), unit, bomb, "炸弹.docx"), range(2)))
            print(f"two at once: {max(t for t, _s, _d in pair):.2f} s, statuses {[s for _t, s, _d in pair]}, "
                  f"memory growth {(sampler.peak - baseline) / 2**20:.0f} MB")
            normal = [upload(session, unit, SEED_DOCX, "正常报告.docx")[0] for _ in range(args.runs)]
            print(f"normal docx import: median {statistics.median(normal):.2f} s")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
