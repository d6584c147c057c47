"""Worker processes: a file that hangs or kills its worker is listed; every other file is reviewed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from jixiao.limits import deadline
from jixiao.review import ReviewOptions, run_review
from jixiao.review import worker as worker_module
from jixiao.synth import generate_batch


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Ten reports; reading ``hang.txt`` hangs and reading ``crash.txt`` kills the process.

    The patch is made before the pool starts, so the forked workers inherit it.
    """
    generate_batch(10, tmp_path / "batch", seed=3, formats=["txt"], defect_rate=0)
    (tmp_path / "batch" / "hang.txt").write_text("挂起", encoding="utf-8")
    (tmp_path / "batch" / "crash.txt").write_text("崩溃", encoding="utf-8")
    real = worker_module.untimed_review

    def patched(display: str, path: Path, *args: object) -> object:
        if path.name == "hang.txt":
            time.sleep(60)
        if path.name == "crash.txt":
            os._exit(1)
        return real(display, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "untimed_review", patched)
    return tmp_path


def test_hanging_and_crashing_files_do_not_stop_the_batch(hostile: Path) -> None:
    out = hostile / "out"
    outcome = run_review([str(hostile / "batch" / "*.txt")],
                         ReviewOptions(out_dir=out, jobs=2, pages=False, timeout=2))
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    reasons = {Path(u["file"]).name: u["reason"] for u in data["unreadable"]}
    assert set(reasons) == {"hang.txt", "crash.txt"}
    assert "超过 2 秒" in reasons["hang.txt"]
    assert "进程异常退出" in reasons["crash.txt"]
    assert outcome.reviewed == 10 and len(data["reports"]) == 10


@pytest.mark.slow
def test_ctrl_c_in_a_parallel_run_keeps_what_was_written(tmp_path: Path) -> None:
    """SIGINT to the real command mid-batch: exit 130, workers gone, the three outputs valid."""
    generate_batch(600, tmp_path / "batch", seed=8, formats=["txt"])
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "jixiao", "review", str(tmp_path / "batch" / "*.txt"),
                                "--out", str(out), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Wait until a chunk has certainly come back: chunks are at most 16 files, so with 2 workers at
    # most 30 pages belong to chunks still running; then give a busy main process time to collect it
    # (600 files take seconds, so the batch is still running when the signal comes).
    while process.poll() is None and len(list((out / "reports").glob("*.html"))) < 64:
        time.sleep(0.02)
    time.sleep(0.8)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    assert data["interrupted"] is True and 0 < len(data["reports"]) < 600
    assert openpyxl.load_workbook(out / "review.xlsx")["汇总"].max_row == len(data["reports"]) + 1
    assert "中断" in (out / "review.html").read_text(encoding="utf-8")


def test_a_file_that_earns_time_is_not_killed_at_the_bare_timeout(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A long scan earns time page by page (deadline.extend); the parent honours it, and still kills a hang."""
    generate_batch(2, tmp_path / "batch", seed=5, formats=["txt"], defect_rate=0)
    (tmp_path / "batch" / "scan.txt").write_text("长扫描件", encoding="utf-8")
    (tmp_path / "batch" / "hang.txt").write_text("挂起", encoding="utf-8")
    real = worker_module.untimed_review

    def patched(display: str, path: Path, *args: object) -> object:
        if path.name == "hang.txt":
            time.sleep(60)
        if path.name == "scan.txt":
            for _ in range(3):  # three slow pages, each earning its allowance: 3.6 s against a 1 s bound
                deadline.extend(2)
                time.sleep(1.2)
            path = tmp_path / "batch" / sorted(p.name for p in (tmp_path / "batch").glob("*.txt"))[0]
        return real(display, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "untimed_review", patched)
    out = tmp_path / "out"
    run_review([str(tmp_path / "batch" / "*.txt")], ReviewOptions(out_dir=out, jobs=2, pages=False, timeout=1))
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    reasons = {Path(u["file"]).name: u["reason"] for u in data["unreadable"]}
    assert set(reasons) == {"hang.txt"}
    assert "超过 1 秒" in reasons["hang.txt"]
    assert "scan.txt" in {Path(r["file"]).name for r in data["reports"]}


def test_an_extension_without_a_pending_bound_changes_nothing() -> None:
    heard: list[int] = []
    deadline.listen(heard.append)
    try:
        deadline.extend(60)  # no alarm set: nothing to push back, nobody told
        assert signal.alarm(0) == 0 and heard == []
        signal.signal(signal.SIGALRM, lambda *_: None)
        signal.alarm(10)
        deadline.extend(60)
        assert heard == [60] and 60 < signal.alarm(0) <= 70
    finally:
        deadline.listen(None)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
