"""Prose hard-wrapped mid-sentence (text copied from a PDF): items, budget, staff and totals read as unwrapped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from page_reading import facts_of
from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.prose_wraps import ITEM, LABEL, prose_continues

_DATA = Path(__file__).resolve().parent.parent / "data"
_HEAD = "某县农业农村局2023年度项目支出绩效自评报告\n一、项目基本情况\n"


_ITEMS = ("三、绩效指标完成情况\n"
          "1.数量指标。“培训农民人次”目标值≥1200人次，实际完成1260人次，分值20分，得分20分。\n"
          "2.质量指标。“培训合格率”目标值≥95%，实际完成98%，分值20分，得分20分。\n"
          "3.时效指标。“按时完成率”目标值=100%，实际完成100%，分值10分，得分10分。\n"
          "四、自评结论\n经综合评价，该项目自评得分90分，自评等级为“优”。\n")


@pytest.mark.parametrize("cut", [
    ("实际完成1260人次", "实际完成\n1260人次"),  # before the figure
    ("实际完成1260人次", "实际完成12\n60人次"),  # inside the figure
    ("1260人次", "1260人\n次"),  # inside the unit
    ("分值20分，得分20分", "分值20分，\n得分20分"),  # right before 得分
    ("1260人次，分值", "1260人次\n，分值"),  # the comma carried to the next line
])
def test_an_item_wrapped_once_is_read_as_unwrapped(cut: tuple[str, str]) -> None:
    whole = _HEAD + "本项目由某县农业农村局实施。\n" + _ITEMS
    wrapped = whole.replace(*cut, 1)
    assert wrapped != whole
    indicators = _read(wrapped).indicators
    assert [i.name for i in indicators] == ["培训农民人次", "培训合格率", "按时完成率"]
    first = indicators[0]
    assert first.actual is not None and first.actual.value == Decimal(1260)
    assert first.stated_score == Decimal(20)
    assert facts_of(_read(wrapped), "json") == facts_of(_read(whole), "json")


def test_lines_that_end_their_items_without_full_stops_stay_apart() -> None:
    texts = ["培训农民人次：目标1200人次，实际1260人次，得分20分", "培训合格率：目标95%，实际98%，得分20分。"]
    assert prose_continues(texts, lambda i: 0) == [False, False]


def test_a_heading_a_title_or_a_numbered_item_is_never_joined_on() -> None:
    texts = ["本单位年初预算数为500万元，全年预算数520万元", "二、绩效指标完成情况。"]
    assert prose_continues(texts, lambda i: ITEM) == [False, False]
    # a label after a comma goes on the sentence; after a word cut mid-way it opens a line of its own
    assert prose_continues(["实际完成1260人次，目标值1200人次，", "得分：20分。"], lambda i: LABEL)[0]
    assert not prose_continues(["实际完成1260人次，目标值1200人次", "得分：20分。"], lambda i: LABEL)[0]


def test_a_line_without_a_clause_goes_on_only_at_a_cut_number() -> None:
    assert not prose_continues(["联系电话：0771-5551234", "2025年3月14日"], lambda i: 0)[0]
    assert not prose_continues(["某县农业农村局2023年度项目支出", "绩效自评报告。"], lambda i: 0)[0]
    assert prose_continues(["1.时效指标：预算执行率（10分）完成97.68%（目标≥9", "5%），得9.77分。"], lambda i: 0)[0]


def _wrap(text: str, width: int) -> str:
    out: list[str] = []
    for line in text.splitlines():
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out) + "\n"


# prose reports of the corpora: indicators, budget, staff, income and totals all in sentences
_PROSE = ["ninth/n02-gx-napo-border-project-prose-list.txt", "fourth/g07-hz-xihu-yuanzheng.txt",
          "seventh/t04-gx-lingui-culture-fund-prose-numbered.txt", "fresh/f01-cq-jiangbei-street-cover.txt",
          "redteam/r35-culture-tourism-bullets.md"]


@pytest.mark.parametrize("name", _PROSE)
@pytest.mark.parametrize("width", [30, 33, 35, 37, 40])
def test_a_prose_report_wrapped_at_a_page_width_reads_as_unwrapped(name: str, width: int) -> None:
    path = _DATA / name
    text = path.read_text(encoding="utf-8")
    wrapped = _wrap(text, width)
    assert wrapped.count("\n") > text.count("\n")
    assert facts_of(_read(wrapped, str(path)), "json") == facts_of(_read(text, str(path)), "json")


# -- BLOCK_WEIGHTS_VS_RULE: an error only when the rows are the form's own ------------------------------------

_ROWS = [("产出指标", "数量指标", "演出场次", "≥60场", "63场", "20"),
         ("产出指标", "数量指标", "图书册数", "≥1200册", "1250册", "20"),
         ("产出指标", "质量指标", "验收合格率", "=100%", "100%", "20"),
         ("效益指标", "社会效益指标", "受益群众人次", "≥5万人次", "5.2万人次", "40"),
         ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10")]
_FORM_HEAD = ("# 某县文化旅游局2023年度项目支出绩效自评表\n\n"
              "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "|---|---|---|---|---|---|---|\n")
_BLOCKS = {"产出指标": "50", "效益指标": "40", "满意度指标": "10"}  # the rows under 产出指标 add up to 60


def _block_findings(evaluation: Evaluation) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in run_checks(evaluation) if f.code == "BLOCK_WEIGHTS_VS_RULE"]


def test_block_weight_against_the_rows_of_its_own_table_is_an_error() -> None:
    rows = "".join(f"| {l1}（{_BLOCKS[l1]}分） | {l2} | {name} | {t} | {a} | {w} | {w} |\n"
                   for l1, l2, name, t, a, w in _ROWS)
    text = _FORM_HEAD + rows + "| 总分 | | | | | 110 | 110 |\n"
    evaluation = _read(text, "x.md")
    assert [i.level1 for i in evaluation.indicators].count("产出指标") == 3
    assert _block_findings(evaluation) == [
        (Severity.ERROR, "一级指标“产出指标”：表中写明 50 分，其下各指标分值合计 60 分（差 10 分）")]


def test_block_weight_against_items_read_from_prose_is_a_warning() -> None:
    # a block heading over items found one by one: an item put under the wrong heading or one never read
    # would make the sum differ with nothing wrong in the report
    text = ("某县文化旅游局2023年度项目支出绩效自评报告\n一、绩效指标完成情况\n（一）产出指标（50分）\n"
            "1.演出场次（20分）：目标值≥60场，实际完成63场，得20分。\n"
            "2.图书册数（20分）：目标值≥1200册，实际完成1250册，得20分。\n"
            "3.验收合格率（20分）：目标值=100%，实际完成100%，得20分。\n（二）效益指标（40分）\n"
            "1.受益群众人次（40分）：目标值≥5万人次，实际完成5.2万人次，得40分。\n（三）满意度指标（10分）\n"
            "1.群众满意度（10分）：目标值≥90%，实际完成93%，得10分。\n")
    evaluation = _read(text)
    assert evaluation.stated_block_weights == {k: Decimal(v) for k, v in _BLOCKS.items()}
    assert _block_findings(evaluation) == [
        (Severity.WARNING, "一级指标“产出指标”：写明 50 分，其下各指标分值合计 60 分（差 10 分），"
                           "请人工核对其下指标是否读全、归属是否正确")]


# -- xlsx: a formula cell with no cached value that is a typed figure ---------------------------------------------


def test_constant_formula_cells_read_as_they_show(tmp_path: Path) -> None:
    book = openpyxl.Workbook()  # openpyxl stores formulas without results: no cached value to fall back on
    sheet = book.active
    sheet.append(["某县卫生健康局2024年度项目支出绩效自评表"])
    sheet.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    sheet.append(["产出指标", "质量指标", "体检覆盖率", "=100%", "100%", 30, 30])  # a target's "=" taken for a formula
    sheet.append(["效益指标", "社会效益指标", "慢病管理率", "=0.95", "96%", "=20", "=10+10"])
    sheet["D4"].number_format = "0%"
    sheet.append(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "=93%", 50, 50])
    path = tmp_path / "form.xlsx"
    book.save(path)
    first, second, third = read_any(path).evaluation.indicators
    assert first.target is not None and (first.target.comparator, first.target.value, first.target.unit) == (
        "=", Decimal(100), "%")
    assert second.target is not None and (second.target.comparator, second.target.value, second.target.unit) == (
        "=", Decimal(95), "%")
    assert (second.weight, second.stated_score) == (Decimal(20), Decimal(20))
    assert third.actual is not None and (third.actual.value, third.actual.unit) == (Decimal(93), "%")


# -- a carried 一级 is cited where it is written -------------------------------------------------------------------

def test_level_carried_from_a_bold_heading_row_cites_that_row() -> None:
    text = _FORM_HEAD + ("| **产出指标（60分）** | | | | | | |\n"
                         "| | 数量指标 | 演出场次 | ≥60场 | 63场 | 30 | 30 |\n"
                         "| | 质量指标 | 验收合格率 | =100% | 100% | 30 | 30 |\n"
                         "| **效益指标（40分）** | | | | | | |\n"
                         "| | 社会效益指标 | 受益群众人次 | ≥5万人次 | 5.2万人次 | 40 | 40 |\n")
    evaluation = _read(text, "x.md")
    assert [i.level1 for i in evaluation.indicators] == ["产出指标", "产出指标", "效益指标"]
    cited = [(ref.location, ref.text) for i in range(3) if (ref := evaluation.provenance[f"indicators[{i}].level1"])]
    assert cited == [("表1第2行第1列", "产出指标（60分）"), ("表1第2行第1列", "产出指标（60分）"),
                     ("表1第5行第1列", "效益指标（40分）")]
    # the 二级 each row writes is cited in its own row
    assert evaluation.provenance["indicators[1].level2"].location == "表1第4行第2列"


def test_level_left_empty_under_the_row_that_names_it_cites_that_row() -> None:
    text = _FORM_HEAD + ("| 产出指标 | 数量指标 | 演出场次 | ≥60场 | 63场 | 30 | 30 |\n"
                         "| | 质量指标 | 验收合格率 | =100% | 100% | 30 | 30 |\n"
                         "| 效益指标 | 社会效益指标 | 受益群众人次 | ≥5万人次 | 5.2万人次 | 40 | 40 |\n")
    provenance = _read(text, "x.md").provenance
    assert [provenance[f"indicators[{i}].level1"].location for i in range(3)] == [
        "表1第2行第1列", "表1第2行第1列", "表1第4行第1列"]


# -- the template's notes (填表说明 / 注：) hold no fact of the unit -------------------------------------------------

_NOTED_FORM = ("# 某县文化旅游局2023年度项目支出绩效自评表\n\n| 项目名称 | 送戏下乡补助 | | | | | |\n"
               "|---|---|---|---|---|---|---|\n"
               "| 预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
               "| 年度财政资金 | 120 | 120 | 114 | 10 | 95% | 9.5 |\n"
               "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
               "| 产出指标 | 数量指标 | 演出场次 | ≥60场 | 63场 | 30 | 30 |\n"
               "| 产出指标 | 质量指标 | 验收合格率 | =100% | 100% | 30 | 30 |\n"
               "| 效益指标 | 社会效益指标 | 受益群众人次 | ≥5万人次 | 5.2万人次 | 30 | 28 |\n"
               "| 总分 | | | | | 100 | 97.5 |\n")
_NOTES = ["填表说明：1.预算执行率权重10分，得分=执行率×10分；年初预算数为500万元以上的项目须附明细，"
          "全年执行数以决算为准。",
          "2.编制人数30人以上的单位填写人员情况；在职人数以年末实有人数为准。",
          "3.绩效指标分值合计90分，其中产出指标（50分）、效益指标（30分）。",
          "4.培训人次（20分）：目标值≥1200人次，实际完成1260人次，得20分。"]


@pytest.mark.parametrize("shape", ["lines", "rows", "table"])
def test_template_notes_change_no_fact(shape: str) -> None:
    if shape == "lines":  # the notes as text under the form
        notes = "\n" + "\n".join(_NOTES) + "\n"
    else:  # as rows of the form's table, or a table of their own under it
        notes = ("\n" if shape == "table" else "") + "".join(f"| {note} | | | | | | |\n" for note in _NOTES)
    plain, noted = _read(_NOTED_FORM, "x.md"), _read(_NOTED_FORM + notes, "x.md")
    assert noted.budget.initial is None and noted.unit.staff_establishment is None
    assert [i.name for i in noted.indicators] == ["演出场次", "验收合格率", "受益群众人次"]
    assert facts_of(noted, "json") == facts_of(plain, "json")
