"""``jixiao review --letters``: one 复核意见 per reviewed report, in the writers' Word layout.

One batch (the seed, a seed copy with an error, a clean report and a few synthetic ones) is
reviewed once; each test reads the letters it wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx_text import letter_text

from jixiao.modelio import load_evaluation, save_evaluation
from jixiao.review import ReviewOptions, run_review
from jixiao.review.bureau import BureauOptions
from jixiao.review.letter_settings import letter_settings
from jixiao.review.worker import page_name
from jixiao.synth import generate_batch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"
SENDER = "重庆市璧山区财政局"
DATE = dt.date(2025, 5, 20)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("letters-in")
    generate_batch(6, folder / "synth", seed=3, formats=["txt"], defect_rate=0.5)
    (folder / "daxing-2024.txt").write_bytes(SEED_TEXT.read_bytes())
    wrong = load_evaluation(EXAMPLE)
    wrong.unit.name = "重庆市璧山区某某街道办事处"
    wrong.stated_total = wrong.stated_total + 2  # the total no longer adds up: an error to rectify
    save_evaluation(wrong, folder / "wrong-total.yaml")
    out = tmp_path_factory.mktemp("letters-out")
    settings = letter_settings(reviewer_unit=SENDER, deadline="2025-06-30", today=DATE)
    options = ReviewOptions(out_dir=out, jobs=2, pages=False, bureau=BureauOptions(letters=True, settings=settings))
    outcome = run_review([str(folder)], options)
    assert outcome.reviewed == 8
    return out, json.loads((out / "review.json").read_text(encoding="utf-8"))


def _letter(out: Path, file: str) -> Path:
    return out / "letters" / f"复核意见-{Path(page_name(file)).stem}.docx"


def _file(data: dict, ending: str) -> str:
    return next(r["file"] for r in data["reports"] if r["file"].endswith(ending))


def test_one_letter_per_reviewed_report(batch):
    out, data = batch
    letters = sorted((out / "letters").glob("*.docx"))
    assert len(letters) == len(data["reports"]) == 8
    assert {p.name for p in letters} == {_letter(out, r["file"]).name for r in data["reports"]}


def test_seed_letter_names_the_execution_score_and_the_budget_adjustment(batch):
    out, data = batch
    text = letter_text(_letter(out, _file(data, "daxing-2024.txt")))
    assert "重庆市璧山区大兴镇人民政府：" in text
    # the result: stated beside reviewed, with the changed score's receipt
    assert "综合得分 | 93.19 | 99.03" in text
    assert "指标4“预算执行率”（分值15分）：报告得分 8.19 分，复核得分 14.03 分" in text
    assert "15 × min(1, 93.55%) 计 14.03 分" in text
    # warnings appear as 建议, with the evidence from the report
    assert "+49.42%" in text and "未说明调整原因" in text
    assert "建议：请说明年中预算调整的原因和依据" in text
    assert "见报告第34行" in text
    # the seed has no error: nothing to rectify, no deadline claimed
    assert "复核未发现须更正的错误。" in text
    assert "整改期限" not in text
    paragraphs = [p.text for p in docx.Document(str(_letter(out, _file(data, "daxing-2024.txt")))).paragraphs]
    assert paragraphs[-2:] == [SENDER, "2025年5月20日"]


def test_errors_get_a_rectification_request_with_the_deadline(batch):
    out, data = batch
    text = letter_text(_letter(out, _file(data, "wrong-total.yaml")))
    errors = [f for f in data["findings"] if f["file"].endswith("wrong-total.yaml") and f["severity"] == "error"]
    assert [f["code"] for f in errors] == ["TOTAL_MISMATCH"]
    assert "（一）综合得分计算有误" in text
    assert errors[0]["message"] in text
    assert "整改要求：请按各指标得分重新合计综合得分" in text
    assert "整改期限：2025年6月30日前。" in text
    assert f"请你单位于2025年6月30日前将整改情况书面报送{SENDER}。" in text


def test_info_findings_never_appear(batch):
    out, data = batch
    infos = [f for f in data["findings"] if f["severity"] == "info"]
    assert infos, "the synthetic batch should contain a check that could not run"
    for finding in infos:
        assert finding["message"] not in letter_text(_letter(out, finding["file"]))


def test_a_report_with_nothing_to_say_gets_a_short_letter(batch):
    out, data = batch
    clean = [r for r in data["reports"]
             if not r["errors"] and not r["warnings"] and r["stated_total"] is not None
             and float(r["stated_total"]) == float(r["total"]) and r["stated_grade"] == r["grade"]]
    assert clean, "the batch should hold a report without findings"
    document = docx.Document(str(_letter(out, clean[0]["file"])))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "未发现需要更正或说明的问题" in text
    assert f"综合得分 {clean[0]['total'].removesuffix('.00')} 分" in text
    assert "一、" not in text and not document.tables
    assert len([p for p in document.paragraphs if p.text.strip()]) <= 6


def test_letters_use_the_official_layout(batch):
    out, data = batch
    path = _letter(out, _file(data, "daxing-2024.txt"))
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert 'w:eastAsia="方正小标宋简体"' in xml and 'w:eastAsia="仿宋_GB2312"' in xml
    document = docx.Document(str(path))
    section = document.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    addressee = next(p for p in document.paragraphs if p.text.endswith("："))
    assert addressee.paragraph_format.first_line_indent in (None, 0)
    sender = next(p for p in document.paragraphs if p.text == SENDER)
    assert sender.alignment is not None and sender.alignment.name == "RIGHT"


def test_without_a_reviewer_unit_the_letter_shows_a_placeholder(tmp_path):
    options = ReviewOptions(out_dir=tmp_path, jobs=1, pages=False, bureau=BureauOptions(letters=True))
    run_review([str(SEED_TEXT)], options)
    (letter,) = (tmp_path / "letters").glob("*.docx")
    assert "【待补充：复核单位】" in letter_text(letter)
