"""``jixiao review`` over a batch with several years of one unit: the checks across reports reach
review.json, review.xlsx, the dashboard and the letters, and every count stays consistent."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from docx_text import letter_text

from jixiao.model import Actual, Comparator, Evaluation, Target
from jixiao.modelio import load_evaluation, save_evaluation
from jixiao.review import ReviewOptions, run_review
from jixiao.review.bureau import BureauOptions
from jixiao.review.worker import page_name

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
PROBLEMS = ("单位工作人员对预算绩效管理的认识不深，个别指标权重设置不合理，导致预算管理与绩效管理脱节，"
            "预算管理精细化不够，绩效管理效果有待提高；部分项目前期论证不充分，绩效目标设置不够细化量化。")


def _example() -> Evaluation:
    """The bundled example with only 存在的问题 as narrative (the other sections would match too)."""
    evaluation = load_evaluation(EXAMPLE)
    evaluation.sections.experience = evaluation.sections.measures = None
    evaluation.sections.problems = PROBLEMS
    return evaluation


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("across-in")
    this = _example()
    satisfaction = next(i for i in this.indicators if i.name == "群众满意度")
    satisfaction.target = Target(comparator=Comparator.GE, value=Decimal(85), unit="%")
    save_evaluation(this, folder / "daxing-2024.yaml")
    last = _example()
    last.year = 2023
    next(i for i in last.indicators if i.name == "群众满意度").actual = Actual(value=Decimal(92), unit="%")
    last.budget.executed = Decimal("7000.00")
    save_evaluation(last, folder / "daxing-2023.yaml")
    other = _example()
    other.unit.name = "重庆市璧山区丁家街道办事处"
    save_evaluation(other, folder / "dingjia-2024.yaml")
    out = tmp_path_factory.mktemp("across-out")
    options = ReviewOptions(out_dir=out, jobs=1, pages=False, bureau=BureauOptions(letters=True, summary=True))
    run_review([str(folder)], options)
    return out, json.loads((out / "review.json").read_text(encoding="utf-8"))


def _findings(data: dict, code: str) -> list[dict]:
    return [f for f in data["findings"] if f["code"] == code]


def test_two_years_of_one_unit_flag_a_target_below_last_years_actual(reviewed):
    _, data = reviewed
    (finding,) = _findings(data, "TARGET_BELOW_LAST_ACTUAL")
    assert finding["file"].endswith("daxing-2024.yaml")
    assert finding["unit"] == "重庆市璧山区大兴镇人民政府" and finding["severity"] == "warning"
    assert "≥85% 低于上年（2023年）实际完成值 92%" in finding["message"]
    assert finding["location"] == "indicators[9].target"


def test_repeated_and_copied_text(reviewed):
    _, data = reviewed
    (repeated,) = _findings(data, "TEXT_REPEATED")
    assert repeated["file"].endswith("daxing-2024.yaml") and "上年（2023年）" in repeated["message"]
    copied = _findings(data, "TEXT_COPIED")
    assert sorted(Path(f["file"]).name for f in copied) == ["daxing-2023.yaml", "daxing-2024.yaml",
                                                             "dingjia-2024.yaml"]


def test_counts_include_the_findings_across_reports(reviewed):
    out, data = reviewed
    for report in data["reports"]:
        mine = [f for f in data["findings"] if f["file"] == report["file"]]
        assert report["warnings"] == sum(1 for f in mine if f["severity"] == "warning")
    assert data["totals"]["warnings"] == sum(1 for f in data["findings"] if f["severity"] == "warning")
    counted = {c["code"]: (c["findings"], c["reports"]) for c in data["counts"]}
    assert counted["TEXT_COPIED"] == (3, 3) and counted["TARGET_BELOW_LAST_ACTUAL"] == (1, 1)
    summary = openpyxl.load_workbook(out / "review.xlsx")["汇总"]
    header = [c.value for c in summary[1]]
    warnings = {row[header.index("文件")]: row[header.index("警告")]
                for row in summary.iter_rows(min_row=2, values_only=True)}
    assert warnings == {r["file"]: r["warnings"] for r in data["reports"]}


def test_the_units_years_are_in_the_json_the_dashboard_and_the_letter(reviewed):
    out, data = reviewed
    (series,) = data["series"]
    assert series["unit"] == "重庆市璧山区大兴镇人民政府"
    assert [(y["year"], y["total"], y["grade"], y["execution_rate"]) for y in series["years"]] == [
        (2023, "97.77", "优", "85.12%"), (2024, "99.03", "优", "93.55%")]  # 15 × 85.12% = 12.77 in 2023
    html = (out / "review.html").read_text(encoding="utf-8")
    assert 'id="unit-years"' in html and "85.12%" in html
    file = next(r["file"] for r in data["reports"] if r["file"].endswith("daxing-2024.yaml"))
    text = letter_text(out / "letters" / f"复核意见-{Path(page_name(file)).stem}.docx")
    assert "2023 | 93.19 | 97.77 | 优 | 优 | 85.12%" in text
    rectification = text[text.index("三、存在的问题及整改要求"):text.index("四、有关建议")]
    assert "复核未发现须更正的错误。" in rectification  # a warning: advice, not a rectification
    assert "建议：请参考上年实际完成情况科学设置年度指标值" in text
    assert "≥85% 低于上年（2023年）实际完成值 92%" in text
