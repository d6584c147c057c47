"""Every path given or found ends in one list (reviewed, unreadable, skipped), zip entries by index,
workers that hang in C or die are replaced, SIGTERM keeps what was reviewed."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from jixiao.review import ReviewOptions, run_review
from jixiao.review import worker as worker_module
from jixiao.synth import generate_batch

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "examples" / "daxing-2024.txt").read_bytes()
OTHER = SEED.replace("大兴镇".encode(), "小河镇".encode())


def _review(tmp_path: Path, *args: str, **options: Any) -> dict[str, Any]:
    out = tmp_path / "out"
    outcome = run_review(list(args), ReviewOptions(out_dir=out, jobs=options.pop("jobs", 1), pages=False, **options))
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    assert outcome.files == len(data["reports"]) + len(data["unreadable"]) + len(data["skipped"])
    data["outcome"] = outcome
    return data


def _by_file(data: dict[str, Any]) -> dict[str, tuple[str, str]]:
    rows: dict[str, tuple[str, str]] = {r["file"]: ("reviewed", r["unit"]) for r in data["reports"]}
    rows |= {u["file"]: ("unreadable", u["reason"]) for u in data["unreadable"]}
    rows |= {u["file"]: ("skipped", u["reason"]) for u in data["skipped"]}
    return rows


def _flag_utf8(data: bytes) -> bytes:
    """Set the UTF-8 name flag on every entry of a zip (local headers and central directory)."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := out.find(signature, start)) >= 0:
            flags, = struct.unpack_from("<H", out, at + offset)
            struct.pack_into("<H", out, at + offset, flags | 0x800)
            start = at + 4
    return bytes(out)


def _mark_encrypted(archive: Path, name: str) -> None:
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        local = zf.getinfo(name).header_offset
    struct.pack_into("<H", data, local + 6, 1)
    central = data.index(b"PK\x01\x02")
    while data[central + 46: central + 46 + len(name)] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<H", data, central + 8, 1)
    archive.write_bytes(bytes(data))


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_zip_entries_are_read_by_index_into_unique_files(tmp_path: Path) -> None:
    archive = tmp_path / "in.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", SEED)
        zf.writestr("a.txt", OTHER)  # the same name twice: two reports, each its own content
        zf.writestr("b.txt", SEED)
        zf.writestr("b.txt/inner.txt", OTHER)  # a file and a folder of the same name
        zf.writestr("长" * 200 + ".txt", SEED)  # too long for a file name
        zf.writestr("notes.png", b"\x89PNG")  # an image is read by OCR: this one is damaged
        zf.writestr("notes.rar", b"Rar!")
        zf.writestr(zipfile.ZipInfo("locked.txt"), b"x")
        zf.writestr(zipfile.ZipInfo("packed.txt"), SEED, compress_type=zipfile.ZIP_LZMA)
    _mark_encrypted(archive, "locked.txt")
    rows = _by_file(_review(tmp_path, str(archive)))
    shown = str(archive)
    assert rows[f"{shown}!/a.txt"] == ("reviewed", "重庆市璧山区大兴镇人民政府")
    assert rows[f"{shown}!/a.txt（第 2 个同名条目）"] == ("reviewed", "重庆市璧山区小河镇人民政府")
    assert rows[f"{shown}!/b.txt"][0] == rows[f"{shown}!/b.txt/inner.txt"][0] == "reviewed"
    assert rows[f"{shown}!/{'长' * 200}.txt"][0] == "reviewed"
    assert rows[f"{shown}!/notes.png"][0] == "unreadable"
    assert rows[f"{shown}!/notes.rar"][0] == "skipped"
    assert rows[f"{shown}!/locked.txt"] == ("unreadable", "压缩包内文件已加密，无法解压")
    assert rows[f"{shown}!/packed.txt"] == ("unreadable", "压缩包内文件使用不支持的压缩方式（LZMA），无法解压")


def test_names_that_are_not_utf8_keep_the_batch(tmp_path: Path) -> None:
    archive = tmp_path / "gbk.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("XXXX.txt", SEED)
    archive.write_bytes(_flag_utf8(archive.read_bytes().replace(b"XXXX", "报告".encode("gbk"))))
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe-report\n.txt"))
    odd.write_bytes(OTHER)
    data = _review(tmp_path, str(archive), str(odd))
    rows = _by_file(data)
    assert rows[f"{archive}!/报告.txt"][0] == "reviewed"
    assert rows[f"{tmp_path}/\\xff\\xfe-report\\n.txt"][0] == "reviewed"
    xlsx = (tmp_path / "out" / "review.xlsx").stat().st_size
    assert xlsx > 0 and "\\xff" in (tmp_path / "out" / "review.html").read_text(encoding="utf-8")


def test_folders_links_and_hidden_files_are_listed(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    (batch / "x.docx").mkdir(parents=True)  # a folder named like a report
    (batch / "x.docx" / "inside.txt").write_bytes(SEED)
    (batch / "loop").symlink_to(batch)  # a link back up: not followed twice
    (batch / "self.txt").symlink_to(batch / "self.txt")  # a link to itself
    (batch / "gone.txt").symlink_to(batch / "missing.txt")
    (batch / ".hidden.txt").write_bytes(SEED)
    (batch / "报告[终稿].txt").write_bytes(OTHER)
    rows = _by_file(_review(tmp_path, str(batch)))
    assert rows[f"{batch}/x.docx"][0] == "skipped" and rows[f"{batch}/x.docx/inside.txt"][0] == "reviewed"
    assert rows[f"{batch}/loop"] == ("skipped", "符号链接指向已查找过的文件夹（循环），未再查找")
    assert rows[f"{batch}/self.txt"] == ("unreadable", "符号链接循环")
    assert rows[f"{batch}/gone.txt"] == ("unreadable", "链接指向的文件不存在")
    assert rows[f"{batch}/.hidden.txt"] == ("skipped", "隐藏文件，未复核")
    single = _by_file(_review(tmp_path / "one", str(batch / "报告[终稿].txt")))  # a name, not a pattern
    assert list(single.values()) == [("reviewed", "重庆市璧山区小河镇人民政府")]


@pytest.fixture
def stuck(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading ``stuck.txt`` blocks SIGALRM and sleeps (a C loop no signal reaches); ``greedy.txt``
    allocates until the worker's memory limit stops it."""
    real = worker_module.untimed_review

    def patched(display: str, path: Path, *args: object) -> object:
        if path.name == "stuck.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        if path.name == "greedy.txt":
            hoard = []
            while True:
                hoard.append(bytearray(50 * 1024 * 1024))
        return real(display, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(worker_module, "untimed_review", patched)


def test_workers_stuck_in_c_or_out_of_memory_are_replaced(tmp_path: Path, stuck: None) -> None:
    from jixiao.limits import Limits

    generate_batch(6, tmp_path / "batch", seed=5, formats=["txt"], defect_rate=0)
    (tmp_path / "batch" / "stuck.txt").write_bytes(SEED)
    (tmp_path / "batch" / "greedy.txt").write_bytes(SEED)
    started = time.monotonic()
    data = _review(tmp_path, str(tmp_path / "batch" / "*.txt"), jobs=2, timeout=3,
                   limits=Limits(worker_bytes=600 * 1024 * 1024))
    assert time.monotonic() - started < 30
    reasons = {Path(u["file"]).name: u["reason"] for u in data["unreadable"]}
    assert "超过 3 秒仍未完成，已强制停止" in reasons["stuck.txt"]
    assert "内存" in reasons["greedy.txt"] and "600 MB" in reasons["greedy.txt"]
    assert len(data["reports"]) == 6


@pytest.mark.slow
def test_sigterm_keeps_what_was_reviewed(tmp_path: Path) -> None:
    """SIGTERM to the real command (a scheduler's ``timeout``): exit 143, outputs written, counts add up."""
    generate_batch(400, tmp_path / "batch", seed=9, formats=["txt"])
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "jixiao", "review", str(tmp_path / "batch"),
                                "--out", str(out), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while process.poll() is None and len(list((out / "reports").glob("*.html"))) < 40:
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr.decode()
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    assert data["interrupted"] is True and 0 < len(data["reports"]) < 400
    assert len(data["reports"]) + len(data["unreadable"]) + len(data["skipped"]) == data["totals"]["files"] == 401
    assert any(s["reason"] == "复核已中断，未处理" for s in data["skipped"])


def test_a_stop_while_a_result_is_written_waits_until_it_is_written() -> None:
    """SIGTERM or Ctrl-C between writing a file's row and marking it done listed the file twice (written
    and 复核已中断，未处理): the stop is held until the row is written, then raised."""
    from jixiao.review import runner

    for sig, stop in ((signal.SIGTERM, runner.Stopped), (signal.SIGINT, KeyboardInterrupt)):
        written: list[str] = []
        with pytest.raises(stop), runner.stoppable():
            with runner.writing_one():
                os.kill(os.getpid(), sig)
                time.sleep(0.05)  # the handler has run by now: the stop waits
                written.append("row")
            written.append("after")  # not reached: the held stop is raised on leaving the block
        assert written == ["row"]
