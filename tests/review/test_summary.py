"""``jixiao review --summary``: the 复核情况报告 in Word (charts as pictures) and in the dashboard
(charts as SVG), its numbers equal to review.json's.

One batch (synthetic reports with planted defects, the seed, an unreadable file) is reviewed once
through the command line; each test reads one part of the outputs.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import docx
import pytest

from jixiao.review.phrases import phrase
from jixiao.synth import generate_batch

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jixiao", *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("summary-in")
    generate_batch(14, folder, seed=5, formats=["txt"], defect_rate=0.6)
    (folder / "expected.json").unlink()
    (folder / "daxing-2024.txt").write_bytes(SEED_TEXT.read_bytes())
    (folder / "broken.docx").write_bytes(b"this is not a Word file")
    out = tmp_path_factory.mktemp("summary-out")
    config = folder.parent / "bureau.yaml"
    config.write_text("reviewer_unit: 某市某区财政局\ndate: 2025-05-20\ndays: 30\n", encoding="utf-8")
    result = _cli("review", str(folder), "--out", str(out), "--summary", "--config", str(config), "--no-pages")
    assert result.returncode == 1, result.stderr  # planted errors and an unreadable file
    assert "summary: " in result.stdout
    return out, json.loads((out / "review.json").read_text(encoding="utf-8"))


def _tables(out: Path) -> list[list[list[str]]]:
    document = docx.Document(str(out / "复核情况报告.docx"))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def _paragraphs(out: Path) -> list[str]:
    return [p.text for p in docx.Document(str(out / "复核情况报告.docx")).paragraphs]


def test_counts_equal_review_json(reviewed):
    out, data = reviewed
    overview = dict(_tables(out)[0][1:])
    totals = data["totals"]
    with_errors = sum(1 for r in data["reports"] if r["errors"])
    assert overview == {"收到文件": str(totals["files"]), "复核报告": str(totals["reviewed"]),
                        "无法读取的文件": str(totals["unreadable"]), "有错误的报告": str(with_errors),
                        "只有警告的报告": str(sum(1 for r in data["reports"] if not r["errors"] and r["warnings"])),
                        "错误（条）": str(totals["errors"]), "警告（条）": str(totals["warnings"])}
    assert totals["unreadable"] == 1 and totals["errors"] > 0


def test_grade_distribution_equals_review_json(reviewed):
    out, data = reviewed
    grades = {row[0]: (int(row[1]), int(row[2])) for row in _tables(out)[1][1:]}
    stated = Counter(r["stated_grade"] or "未写明" for r in data["reports"])
    recomputed = Counter(r["grade"] for r in data["reports"])
    for grade in "优良中差":
        assert grades[grade] == (stated.get(grade, 0), recomputed.get(grade, 0))


def test_frequent_problems_equal_review_json_counts_with_an_example(reviewed):
    out, data = reviewed
    rows = _tables(out)[2][1:]
    problems = [c for c in data["counts"] if c["severity"] in ("error", "warning")][:10]
    assert [(r[1], int(r[3]), int(r[4])) for r in rows] == [(c["title"], c["findings"], c["reports"]) for c in problems]
    examples = {(f["unit"] or f["file"], f["message"]) for f in data["findings"]}
    for row in rows:
        unit, _, message = row[5].partition("：")
        assert (unit, message) in examples


def test_largest_gaps_and_unreadable_files(reviewed):
    out, data = reviewed
    gaps = _tables(out)[3][1:]
    seed = next(r for r in gaps if r[0] == "重庆市璧山区大兴镇人民政府")
    assert seed[2:5] == ["93.19", "99.03", "+5.84"]
    differing = [r for r in data["reports"]
                 if r["stated_total"] and abs(float(r["total"]) - float(r["stated_total"])) > 0.01]
    assert len(gaps) == min(10, len(differing))
    text = "\n".join(_paragraphs(out))
    assert f"自评总分与复核总分不一致的报告 {len(differing)} 份" in text
    unreadable = _tables(out)[4]
    assert [row[0] for row in unreadable[1:]] == [u["file"] for u in data["unreadable"]]


def test_recommendations_come_only_from_the_findings(reviewed):
    out, data = reviewed
    paragraphs = _paragraphs(out)
    start = paragraphs.index("六、意见和建议")
    recommendations = [p for p in paragraphs[start + 1:] if p.startswith("（")]
    problems = [c for c in data["counts"] if c["severity"] in ("error", "warning")]
    assert len(recommendations) == len(problems)
    for c in problems:
        expected = f"{phrase(c['code'], c['title']).kind}。{c['reports']} 份报告存在此类问题（{c['findings']} 条）"
        assert any(expected in p for p in recommendations), expected
    assert paragraphs[-2:] == ["某市某区财政局", "2025年5月20日"]


def test_word_file_holds_the_charts_as_pictures(reviewed):
    out, _ = reviewed
    document = docx.Document(str(out / "复核情况报告.docx"))
    assert len(document.inline_shapes) == 2
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        assert document.part.related_parts[blip.embed].blob.startswith(b"\x89PNG")
    assert "图1 自评等级与复核等级分布" in _paragraphs(out)


def test_dashboard_shows_the_same_report_with_svg_charts(reviewed):
    out, data = reviewed
    html = (out / "review.html").read_text(encoding="utf-8")
    section = html[html.index('<section class="panel" id="summary">'):]
    section = section[:section.index("</section>")]
    assert section.count("<svg") == 2
    for paragraph in _paragraphs(out):
        if paragraph.strip():
            assert paragraph in section
    cells = re.findall(r"<td class=\"wrap\">([^<]*)</td>", section)
    assert str(data["totals"]["warnings"]) in cells


def test_letter_options_are_checked_before_any_work(tmp_path):
    both = _cli("review", str(SEED_TEXT), "--out", str(tmp_path), "--letters", "--deadline", "2025-06-30",
                "--days", "30")
    assert both.returncode == 2 and "只能给出一个" in both.stderr
    bad = _cli("review", str(SEED_TEXT), "--out", str(tmp_path), "--letters", "--deadline", "6月30日")
    assert bad.returncode == 2 and "2025-06-30 的形式" in bad.stderr
    config = tmp_path / "bureau.yaml"
    config.write_text("reviewer: 某局\n", encoding="utf-8")
    unknown = _cli("review", str(SEED_TEXT), "--out", str(tmp_path), "--letters", "--config", str(config))
    assert unknown.returncode == 2 and "不认识的配置项 reviewer" in unknown.stderr
    assert not (tmp_path / "review.json").exists()
