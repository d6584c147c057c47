"""``jixiao review`` over a synthetic batch with planted defects and hostile files.

One batch is reviewed once (module fixture) and each test reads one aspect of the outputs.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.limits import Limits
from jixiao.modelio import load_evaluation
from jixiao.review import ReviewOptions, exit_code, run_review
from jixiao.synth import DEFECT_CODES, generate_batch
from jixiao.writers import render

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"

MB = 1024 * 1024
LIMITS = Limits(file_bytes=2 * MB, archive_bytes=8 * MB)


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _lying_zip(path: Path, real_size: int, declared: int) -> Path:
    """A zip whose headers declare ``declared`` bytes for an entry that expands to ``real_size``."""
    data = bytearray(_zip_bytes({"report.txt": b"0" * real_size}))
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, declared)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("review")
    batch = root / "batch"
    expected = generate_batch(24, batch, seed=21, formats=["txt", "docx"], defect_rate=0.8)  # every code planted
    bad = root / "bad"
    bad.mkdir()
    reports = expected["reports"]
    # a GBK-encoded copy of a clean report, under another unit name so it is not a duplicate
    gbk_source = next(r for r in reports if not r["defects"])
    gbk_text = (batch / gbk_source["files"]["txt"]).read_text(encoding="utf-8")
    (bad / "gbk-report.txt").write_bytes(gbk_text.replace(gbk_source["facts"]["unit"], "某某县统计局").encode("gbk"))
    (bad / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a Word file" * 10)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "notes.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # an image is read by OCR: this one is damaged
    (bad / "notes.rar").write_bytes(b"Rar!\x1a\x07\x00")
    (bad / "huge.txt").write_bytes(b"x" * (3 * MB))
    _zip(bad / "bomb.zip", {"bomb.txt": b"\0" * (20 * MB)})  # stopped at 2 MB inflated
    _lying_zip(bad / "liar.zip", real_size=3 * MB, declared=1000)  # declares 1000 bytes: stopped there
    _zip(bad / "slip.zip", {"../../escaped.txt": b"evil", "ok/../../../etc/x.txt": b"evil"})
    inner2 = _zip_bytes({"deep.txt": gbk_text.encode("utf-8")})
    inner = _zip_bytes({"inner2.zip": inner2})
    _zip(bad / "nested.zip", {"inner.zip": inner})
    duplicate = reports[0]
    name = duplicate["files"]["txt"]
    _zip(bad / "resubmitted.zip", {"again/" + name: (batch / name).read_bytes()})
    mixed = root / "mixed"  # the seed as Markdown and as the score-table workbook (same unit and year)
    mixed.mkdir()
    (mixed / "seed.md").write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    render(load_evaluation(EXAMPLE), "xlsx", mixed / "seed-table.xlsx", mode="stated")  # the scores as stated
    out = root / "out"
    outcome = run_review([str(batch / "*.txt"), str(batch / "*.docx"), str(bad), str(mixed)],
                         ReviewOptions(out_dir=out, jobs=2, limits=LIMITS))
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    return {"root": root, "batch": batch, "expected": expected, "out": out, "outcome": outcome, "data": data,
            "duplicate": duplicate}


def _unreadable(data: dict[str, Any], key: str = "unreadable") -> dict[str, str]:
    return {Path(u["file"].split("!/")[0]).name + ("!/" + u["file"].split("!/", 1)[1] if "!/" in u["file"] else ""):
            u["reason"] for u in data[key]}


def test_every_file_is_accounted_for(reviewed: dict[str, Any]) -> None:
    data, outcome = reviewed["data"], reviewed["outcome"]
    assert outcome.files == outcome.reviewed + outcome.unreadable + outcome.skipped == data["totals"]["files"]
    assert len(data["reports"]) + len(data["unreadable"]) + len(data["skipped"]) == data["totals"]["files"]
    listed = data["reports"] + data["unreadable"] + data["skipped"]
    seen = {Path(r["file"]).name for r in listed}
    for report in reviewed["expected"]["reports"]:
        for name in report["files"].values():
            assert name in seen
    assert not outcome.interrupted


def test_bad_files_are_listed_with_their_reason(reviewed: dict[str, Any]) -> None:
    reasons = _unreadable(reviewed["data"])
    assert "corrupt.docx" in reasons
    assert "empty.txt" in reasons and "空" in reasons["empty.txt"]
    assert "图片文件已损坏" in reasons["notes.png"]  # an image is read (OCR); this one is damaged
    assert "不支持的文件类型" in _unreadable(reviewed["data"], "skipped")["notes.rar"]
    assert "超过上限：文件大小 3 MB，上限 2 MB" in reasons["huge.txt"]
    assert "超过上限：解压后超过 2 MB（已停止解压）" in reasons["bomb.zip!/bomb.txt"]
    assert "与压缩包记录的大小或校验值不符" in reasons["liar.zip!/report.txt"]
    assert not list(reviewed["out"].rglob("report.txt"))  # nothing of the lying entry kept
    slips = [k for k in reasons if k.startswith("slip.zip!/")]
    assert len(slips) == 2 and all("越出" in reasons[k] for k in slips)
    assert not list(reviewed["root"].rglob("escaped.txt")) and not list(reviewed["root"].rglob("x.txt"))
    assert "嵌套" in reasons["nested.zip!/inner.zip!/inner2.zip"]


def test_markdown_and_workbook_are_reviewed(reviewed: dict[str, Any]) -> None:
    rows = {Path(r["file"]).name: r for r in reviewed["data"]["reports"]}
    for name in ("seed.md", "seed-table.xlsx"):
        assert rows[name]["unit"] == "重庆市璧山区大兴镇人民政府" and rows[name]["year"] == 2024
        assert rows[name]["stated_total"] == "93.19" and rows[name]["total"] == "99.03"


def test_gbk_text_is_reviewed(reviewed: dict[str, Any]) -> None:
    rows = [r for r in reviewed["data"]["reports"] if r["file"].endswith("gbk-report.txt")]
    assert len(rows) == 1 and rows[0]["unit"].startswith("某某县统计局")
    assert rows[0]["errors"] == 0


def test_duplicate_unit_and_year_is_flagged(reviewed: dict[str, Any]) -> None:
    """Every report whose unit (and project) and year was already seen is flagged once, naming the first.

    Each synthetic report exists as .txt and .docx, one is resubmitted in a zip, and the seed is
    there as Markdown and as a workbook."""
    data = reviewed["data"]
    groups: dict[tuple[Any, ...], list[str]] = {}
    for row in data["reports"]:
        groups.setdefault((row["kind"], row["unit"], row["project"], row["year"]), []).append(row["file"])
    expected_flags = {f for files in groups.values() for f in files[1:]}
    flagged = [f for f in data["findings"] if f["code"] == "DUPLICATE_REPORT"]
    assert {f["file"] for f in flagged} == expected_flags and len(flagged) == len(expected_flags)
    stem = reviewed["duplicate"]["stem"]
    again = [f for f in flagged if "resubmitted.zip!/" in f["file"]]
    assert len(again) == 1 and stem in again[0]["file"] and "重复" in again[0]["message"]
    seed = [f for f in flagged if f["file"].endswith(("seed.md", "seed-table.xlsx"))]
    assert len(seed) == 1 and "重庆市璧山区大兴镇人民政府" in seed[0]["message"]
    whole_unit = [r for r in reviewed["expected"]["reports"] if r["facts"]["kind"] == "整体支出"]
    flagged_stems = {Path(f["file"]).stem for f in flagged if "!/" not in f["file"]}
    assert {r["stem"] for r in whole_unit} <= flagged_stems  # each .txt/.docx pair


def _findings_by_file(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for finding in data["findings"]:
        out.setdefault(finding["file"], []).append(finding)
    return out


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_every_planted_defect_is_found(reviewed: dict[str, Any], fmt: str) -> None:
    data = reviewed["data"]
    by_file = _findings_by_file(data)
    planted_codes = set()
    missed = []
    for report in reviewed["expected"]["reports"]:
        path = str(reviewed["batch"] / report["files"][fmt])
        codes = {f["code"] for f in by_file.get(path, []) if f["severity"] != "info"}
        planted_codes |= set(report["defects"])
        if not set(report["defects"]) <= codes:
            missed.append((report["files"][fmt], report["defects"], sorted(codes)))
    assert planted_codes == set(DEFECT_CODES)
    assert not missed


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_clean_reports_have_no_error(reviewed: dict[str, Any], fmt: str) -> None:
    by_file = _findings_by_file(reviewed["data"])
    wrong = []
    for report in reviewed["expected"]["reports"]:
        if report["defects"]:
            continue
        path = str(reviewed["batch"] / report["files"][fmt])
        errors = [f["message"] for f in by_file.get(path, []) if f["severity"] == "error"]
        if errors:
            wrong.append((report["files"][fmt], errors))
    assert not wrong


def test_workbook_reads_back(reviewed: dict[str, Any]) -> None:
    data = reviewed["data"]
    book = openpyxl.load_workbook(reviewed["out"] / "review.xlsx")
    assert book.sheetnames == ["汇总", "问题清单", "问题统计", "无法读取", "已跳过"]
    summary, findings, counts, unreadable, skipped = (book[name] for name in book.sheetnames)
    assert summary.max_row == len(data["reports"]) + 1
    assert findings.max_row == len(data["findings"]) + 1
    assert counts.max_row == len(data["counts"]) + 1
    assert unreadable.max_row == len(data["unreadable"]) + 1
    assert skipped.max_row == len(data["skipped"]) + 1
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    header = [c.value for c in summary[1]]
    assert header[:3] == ["单位", "年度", "类型"] and header[-1] == "文件"
    for index, row in enumerate(data["reports"], start=2):
        values = {h: summary.cell(index, col).value for col, h in enumerate(header, start=1)}
        assert values["文件"] == row["file"] and values["单位"] == row["unit"] and values["年度"] == row["year"]
        assert str(values["自评总分"]) == str(float(row["stated_total"])) if row["stated_total"] else True
        assert float(values["复核总分"]) == float(row["total"])
        assert values["错误"] == row["errors"] and values["警告"] == row["warnings"]
        if row["stated_total"] is not None:
            assert values["总分差额"] == f"=F{index}-E{index}"
    by_code = {counts.cell(r, 1).value: counts.cell(r, 4).value for r in range(2, counts.max_row + 1)}
    for code, n in by_code.items():
        assert n == sum(1 for f in data["findings"] if f["code"] == code)


def test_dashboard_is_self_contained(reviewed: dict[str, Any]) -> None:
    html = (reviewed["out"] / "review.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://|(src|href)\s*=\s*[\"']//", html)
    assert "<svg" in html and "<script>" in html and "<style>" in html
    for row in reviewed["data"]["reports"]:
        assert row["unit"] in html
        if row["page"]:
            assert (reviewed["out"] / row["page"]).is_file()
            assert f'href="{row["page"]}"' in html
    assert any(r["page"] for r in reviewed["data"]["reports"])


def test_interrupt_keeps_what_was_written(tmp_path: Path, reviewed: dict[str, Any]) -> None:
    done = [0]

    def stop_after_five(n: int) -> None:
        done[0] += n
        if done[0] >= 5:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    outcome = run_review([str(reviewed["batch"] / "*.txt")], ReviewOptions(out_dir=out, jobs=1, pages=False),
                         on_done=stop_after_five)
    assert outcome.interrupted and exit_code(outcome) == 130
    data = json.loads((out / "review.json").read_text(encoding="utf-8"))
    assert data["interrupted"] is True and len(data["reports"]) == 5
    assert openpyxl.load_workbook(out / "review.xlsx")["汇总"].max_row == 6
    assert "中断" in (out / "review.html").read_text(encoding="utf-8")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jixiao", "review", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_cli_exit_codes(tmp_path: Path, reviewed: dict[str, Any], example_path: Path) -> None:
    missing = _cli(str(tmp_path / "nowhere"), "--out", str(tmp_path / "a"))
    assert missing.returncode == 2 and "找不到" in missing.stderr and "Traceback" not in missing.stderr
    clean = _cli(str(example_path), "--out", str(tmp_path / "b"), "--jobs", "1")
    assert clean.returncode == 0, clean.stderr
    assert (tmp_path / "b" / "review.html").is_file()
    defective = next(r for r in reviewed["expected"]["reports"] if "TOTAL_MISMATCH" in r["defects"])
    shutil.copy(reviewed["batch"] / defective["files"]["txt"], tmp_path / "bad.txt")
    with_error = _cli(str(tmp_path / "bad.txt"), "--out", str(tmp_path / "c"), "--no-pages")
    assert with_error.returncode == 1, with_error.stderr
