"""Flattened shapes of the corpora's Word/Excel forms (``flat_shapes.py``): the causes the metamorphic run found,
each on an invented snippet, and a fixed sample of forms and shapes that must read as their files do."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from corpus import DATA
from flat_shapes import SHAPES, Form, compare_shape, facts, form_of
from page_reading import read_saved_rows as _read_rows

from jixiao.readers import read_any

_META = "zhang 2023zx05 1 2024-02-01T09:10:00Z 2024-02-03T10:00:00Z 12.00 2052-11.1.0.14036 False False"


@pytest.mark.parametrize(("head", "title", "unit"), [
    ("某县档案馆2023年度部门整体支出绩效自评表", "某县档案馆2023年度部门整体支出绩效自评表", "某县档案馆"),
    ("某县档案馆 2023年度部门整体支出绩效自评报告", "某县档案馆2023年度部门整体支出绩效自评报告", "某县档案馆"),
    ("项目支出绩效自评表 （2023年度）", "项目支出绩效自评表（2023年度）", None),
])
def test_a_whole_form_on_one_line_after_a_viewer_s_metadata_is_titled_by_its_opening_words(
        head: str, title: str, unit: str | None, tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(f"{_META} {head} 项目名称 档案数字化加工项目 主管部门 某县档案局 实施单位 某县档案馆 "
                    "年初预算（万元） 调整预算（万元） 执行数（万元） 执行率 120 130 126.1 97.00% "
                    "一级指标 二级指标 三级指标 分值 得分 产出指标 数量指标 数字化加工页数 20 20\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert "".join((evaluation.title or "").split()) == title
    if unit:
        assert evaluation.unit.name == unit


@pytest.mark.parametrize("heading", ["三、绩效指标完成情况", "（三）绩效指标完成情况", "表1 产出指标完成情况"])
def test_a_section_heading_or_table_caption_over_cells_one_a_line_is_no_column_of_the_table(
        heading: str, tmp_path: Path) -> None:
    cells = ["某县林业站2024年度造林补助项目绩效自评报告", heading, "一级指标", "二级指标", "三级指标", "年度指标值",
             "实际完成值", "分值", "得分", "产出指标", "数量指标", "人工造林面积", "≥500亩", "512亩", "30", "30",
             "产出指标", "质量指标", "苗木成活率", "≥85%", "88%", "30", "30", "效益指标", "生态效益指标", "森林覆盖率",
             "稳步提高", "已提高", "40", "38"]
    got = [(i.level1, i.name, i.weight, i.stated_score) for i in _read_rows(tmp_path, cells).indicators]
    assert got == [("产出指标", "人工造林面积", 30, 30), ("产出指标", "苗木成活率", 30, 30),
                   ("效益指标", "森林覆盖率", 40, 38)]


def test_a_completion_column_headed_with_its_formula_keeps_the_header_run_whole(tmp_path: Path) -> None:
    rows = ["某县茶叶站2024年度茶园提升项目绩效自评报告",
            "一级指标 二级指标 三级指标 指标值（A） 实际值（B） 完成率（B/A） 分值 得分 偏差原因",
            "产出指标 数量指标 改造低产茶园面积 ≥2000亩 2100亩 105.00% 50 50",
            "效益指标 经济效益指标 茶农户均增收 ≥600元 540元 90.00% 50 45 春季低温减产"]
    got = [(i.name, i.weight, i.stated_score, i.deviation_note) for i in _read_rows(tmp_path, rows).indicators]
    assert got == [("改造低产茶园面积", 50, 50, None), ("茶农户均增收", 50, 45, "春季低温减产")]


def test_a_web_page_s_share_line_after_the_last_section_is_no_part_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("某县图书馆2024年度部门整体支出绩效自评报告 |\n一、存在问题 |\n数字资源更新较慢。 |\n分享到：\n",
                    encoding="utf-8")
    assert read_any(path).evaluation.sections.problems == "数字资源更新较慢。"


# A fixed sample of the corpora's Word/Excel forms (project and whole-unit, docx and xlsx, several templates and
# column orders) and the shapes each must read exactly as its file does. Left out, and why (docs/reader-corpora/
# flat-shapes-30.md): ``one_line`` of reports whose prose sections and tables run into the one line (the sections and
# the indicator table inside the prose are not yet read there), and ``fused`` where a form's figures run together
# in a way not yet split (fund rows, block weights): both are open, not impossible; the forms where they read whole
# are checked.
_ALL = tuple(SHAPES)
_NO_ONE_LINE = tuple(s for s in SHAPES if s != "one_line")
_NO_FUSED = tuple(s for s in SHAPES if s != "fused")
_TEXT_ONLY = tuple(s for s in SHAPES if s not in ("one_line", "fused"))
SAMPLE: dict[str, tuple[str, ...]] = {
    "eighteenth/v02-hb-tongshan-town-whole-docx-income-budget.docx": _NO_FUSED,
    "eighteenth/v03-gd-zijin-hospital-project-docx-two-tables.docx": _TEXT_ONLY,
    "eighteenth/v07-ah-jingxian-centre-whole-xlsx-anhui.xlsx": _NO_FUSED,
    "eighth/e11-sx-lingchuan-forest-project-docx-criteria.docx": _NO_FUSED,
    "eleventh/k08-yn-huize-hospital-project-docx-tracked.docx": _ALL,
    "fifteenth/f10-hb-yunxi-hospital-whole-xlsx-formulas.xlsx": _ALL,
    "eleventh/k09-he-nanhe-agri-project-docx-strike.docx": _NO_FUSED,
    "fresh/f04-hn-furong-market-docx.docx": _ALL,
    "fresh/f14-gz-yunyan-civil-grade.docx": _NO_ONE_LINE,
    "fresh/f23-hn-yuhua-market-textbox-docx.docx": _ALL,
    "holdout/h04-hb-yiling-hospital.docx": _ALL,
    "holdout/h06-gd-nanhai-finance-table.docx": _ALL,
    "holdout/h11-sc-chengxiang-street-xlsx.xlsx": _NO_FUSED,
    "holdout/h17-zj-lucheng-hospital.docx": _ALL,
    "ninth/n07-cq-jialing-college-project-docx-twodeep.docx": ("cells", "cells_blank", "web", "one_line", "html",
                                                               "traditional"),
    "pdftext/p1-road-maintenance.docx": _NO_FUSED,
    "redteam/r08-archives.docx": _ALL,
    "redteam/r20-public-health.xlsx": _NO_FUSED,
    "redteam/r24-stats-bureau-autonum.docx": _ALL,
    "redteam/r31-market-regulation.docx": _ALL,
    "redteam/r34-hospital-reform-twoheader.docx": ("cells", "cells_blank", "rows_spaced", "html", "traditional"),
    "seventeenth/q06-zj-longyou-culture-project-docx-prose.docx": _NO_ONE_LINE,
    "seventeenth/q05-hn-anren-health-whole-docx-appendix.docx": _NO_FUSED,
    "seventeenth/q08-sd-junan-water-project-xlsx.xlsx": _ALL,
    "sixteenth/s04-gd-lianjiang-school-project-xlsx-yuan.xlsx": _NO_FUSED,
    "sixteenth/s09-yn-mile-market-whole-xlsx.xlsx": _NO_FUSED,
    "tenth/w03-zj-wucheng-market-xlsx-threesheets.xlsx": _NO_FUSED,
    "thirteenth/x02-hn-hanshou-coop-docx-scorefirst.docx": _TEXT_ONLY,
    "twelfth/m11-tj-xiqing-drainage-xlsx-twoheader.xlsx": _ALL,
    "twentieth/x11-gz-meitan-tea-project-docx-rate-column.docx": _NO_FUSED,
    "twentyfirst/y05-sd-yishui-sanitation-project-docx-three-tables.docx": _NO_ONE_LINE,
    "twentyfifth/a02-gd-zijin-screening-project-docx-bracketed-levels.docx": _ALL,
    "twentyfifth/b12-sd-licheng-street-whole-docx-group-tables.docx": _NO_ONE_LINE,
    "twentyfirst/y06-he-renqiu-town-whole-docx-nested-table.docx": _ALL,
    "twentythird/a01-jx-xunwu-citrus-project-docx-content-controls.docx": _NO_ONE_LINE,
    # cells33: quarter, helper and earlier-year columns, a name column headed with its target, stacked target and
    # actual rows, indicator headings named by the paragraph below (test_flat_column_roles.py)
    "eighth/e04-nm-ejinhoro-grassland-project-xlsx-quarters.xlsx": ("cells", "cells_blank", "web", "html",
                                                                   "traditional"),
    "twelfth/m04-gz-rongjiang-vegetables-xlsx-hidden-col.xlsx": _NO_FUSED,
    "twentysecond/z02-gd-zijin-hospital-project-xlsx-bracket-targets.xlsx": _TEXT_ONLY,
    "twentysecond/z11-qh-haidong-cdc-whole-xlsx-stacked-rows.xlsx": _NO_FUSED,
    "twentyseventh/a01-zj-kaihua-sewage-project-docx-annex-last-year-rectify.docx": _NO_FUSED,
    "twentysixth/b07-gz-meitan-agri-whole-xlsx-duty-efficiency-blocks.xlsx": _NO_FUSED,
    "twentysixth/a01-gx-longan-solar-project-xlsx-weight-first-adjust-columns.xlsx": _NO_FUSED,
    "twentysixth/b12-gs-huining-hospital-whole-docx-goal-rows-adjust-columns.docx": ("cells", "cells_blank", "web",
                                                                                    "one_line", "html", "traditional"),
    "reports/r13-yanta-library.docx": _NO_ONE_LINE,
}


@cache
def _source(name: str) -> tuple[dict[str, Any], Form]:
    path = DATA / name
    return facts(path), form_of(path)


@pytest.mark.parametrize(("name", "shape"), [(name, shape) for name, shapes in SAMPLE.items() for shape in shapes])
def test_each_flattened_shape_of_a_corpus_form_reads_as_its_file(name: str, shape: str, tmp_path: Path) -> None:
    reference, form = _source(name)
    missed = [(path, want, got) for path, want, got in compare_shape(reference, form, shape, tmp_path) if got != "OK"]
    assert missed == []


def test_fused_amounts_with_thousands_separators_split_like_those_without(tmp_path: Path) -> None:
    rows = ["某镇人民政府2024年度部门整体支出绩效自评表",
            "预算资金（万元）年初预算数全年预算数全年执行数分值执行率得分",
            "年度资金总额1,865.402,102.762,037.151096.88%9.69",
            "其中：当年财政拨款1,715.401,952.761,887.15—96.64%—", "其他资金150.00150.00150.00—100.00%—"]
    evaluation = _read_rows(tmp_path, rows)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("1865.40"), Decimal("2102.76"),
                                                                  Decimal("2037.15"))
    assert [(f.name, f.executed) for f in budget.fund_rows] == [("当年财政拨款", Decimal("1887.15")),
                                                                ("其他资金", Decimal("150.00"))]
    assert evaluation.provenance["budget.executed"].guessed  # split by the form's constraints: a guess


def test_a_fused_money_header_with_standard_and_self_scores_is_cut_into_its_columns(tmp_path: Path) -> None:
    rows = ["某县2023年度项目支出绩效自评表", "项目名称乡村儿童之家建设",
            "项目资金（万元）年初预算数全年预算数全年执行数标准分执行率自评分",
            "年度资金总额60.0064.0062.081097.00%9.70"]
    evaluation = _read_rows(tmp_path, rows)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("60.00"), Decimal("64.00"), Decimal("62.08"), Decimal("97.00"))
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("预算执行率", Decimal(10), Decimal("9.70"))]


def test_section_headings_inside_a_report_run_into_one_line_open_their_sections(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"{_META} 某县图书馆2024年度部门整体支出绩效自评报告 一、部门基本情况 负责全县公共图书服务。"
                    " 二、预算执行情况 全年预算300万元，实际支出291万元，预算执行率97%。 三、自评情况 略。"
                    " 四、存在问题及改进措施 数字资源更新较慢，下一步将增加采购。\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.sections.problems == "数字资源更新较慢，下一步将增加采购。"
    assert evaluation.budget.executed == Decimal("291")


@pytest.mark.parametrize(("output", "quality"), [
    ("1.数量指标——图书外借册次：年度目标≥8万册次，全年实际8.6万册次，得30分（满分30分）。",
     "2.质量指标——读者投诉办结率：年度目标100%，全年实际96%，得18分（满分20分）。"),
    ("（1）图书外借册次：目标值≥8万册次，完成值8.6万册次，得30分（满分30分）。",
     "（2）读者投诉办结率：目标值=100%，完成值96%，得18分（满分20分）。"),
    ("1.数量指标 ①图书外借册次：目标值≥8万册次，完成值8.6万册次，得30分（满分30分）。",
     "2.质量指标 ②读者投诉办结率：目标值=100%，完成值96%，得18分（满分20分）。"),
    ("①图书外借册次（权重30分） 目标值≥8万册次，实际值8.6万册次，不扣分，得满分30分。",
     "②读者投诉办结率（权重20分） 目标值=100%，实际值96%，扣2分，得18分。"),
    ("1. 【产出指标—数量指标】图书外借册次：年度目标≥8万册次，实际完成8.6万册次，分值30分，自评30分。",
     "2. 【产出指标—质量指标】读者投诉办结率：年度目标100%，实际完成96%，分值20分，自评18分。"),
    ("1.数量指标 ①图书外借册次 年度目标不低于8万册次，全年实际完成8.6万册次。得分：30/30。",
     "2.质量指标 ②读者投诉办结率 年度目标持续提升，全年实际完成96%。得分：18/20。"),
])
def test_numbered_indicator_results_inside_a_report_run_into_one_line_are_read_each_as_its_paragraph(
        output: str, quality: str, tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        f"{_META} 某县图书馆2024年度项目支出绩效自评报告 一、项目基本情况 用于图书采购与借阅服务。"
        f" 二、绩效指标完成情况 （一）产出指标（50分） {output} {quality}"
        " （二）满意度指标（20分） 1.服务对象满意度指标——读者满意度：年度目标≥90%，全年实际93%，得20分（满分20分）。"
        " 三、自评结论 自评得分98分，等级为优。 四、存在问题及改进措施 数字资源更新较慢，下一步将增加采购。"])
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("图书外借册次", 30, 30), ("读者投诉办结率", 20, 18), ("读者满意度", 20, 20)]


def test_paragraphs_of_a_report_run_into_one_line_end_at_a_full_stop_and_a_space(tmp_path: Path) -> None:
    # no marker before each result: the viewer's space after "。" is all that is left of the paragraph break, and a
    # level's heading closed by its bracket ("（三）效益指标（分值40分） 社会效益指标：…") is a paragraph of its own
    evaluation = _read_rows(tmp_path, [
        f"{_META} 某县文化馆2024年度群众文化活动项目绩效自评报告 一、项目基本情况 用于公益培训与展览。"
        " 二、绩效指标完成情况 （一）产出指标（分值60分，自评得分58分）"
        " 数量指标：公益培训班次，目标值≥40期，实际完成42期，分值30分，得30分。"
        " 质量指标：培训学员结业率，目标值≥90%，实际完成86%，分值30分，得28分。偏差原因：部分学员中途退出。"
        " （二）效益指标（分值40分） 社会效益指标：年服务群众人次，目标值≥5万人次，实际完成5.2万人次，"
        "分值40分，得40分。"
        " 三、自评结论 自评得分98分，等级为优。 四、存在问题及改进措施 场馆容量有限，下一步将增设分馆。"])
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("公益培训班次", 30, 30), ("培训学员结业率", 30, 28), ("年服务群众人次", 40, 40)]
    assert evaluation.sections.problems == "场馆容量有限，下一步将增设分馆。"


def test_a_part_s_heading_after_the_last_result_of_a_run_on_report_keeps_its_total_off_that_result(
        tmp_path: Path) -> None:
    # "（二）绩效评价结论 本馆…总得分96.5分" ran on from "②…自评得分20分。": the total was read as ②'s score
    evaluation = _read_rows(tmp_path, [
        f"{_META} 某县档案馆2024年度部门整体支出绩效自评报告 一、基本情况 负责全县档案管理。"
        " 二、绩效评价情况及结论 （一）绩效指标完成情况 ①档案接收进馆数量（权重50%） 年度指标值为≥1万卷，"
        "实际完成1.1万卷，自评得分50分。 ②查档群众满意度（权重50%） 年度指标值为≥95%，实际完成93%，自评得分46.5分。"
        " （二）绩效评价结论 本馆部门整体支出绩效自评总得分96.5分，评价结果为优。"
        " 三、存在的问题 档案库房面积不足。 四、改进措施 争取新建库房。"])
    assert [(i.name, i.stated_score) for i in evaluation.indicators] == [
        ("档案接收进馆数量", 50), ("查档群众满意度", Decimal("46.5"))]


def test_items_of_a_run_on_report_open_on_their_marker_and_a_figure_after_a_space_opens_none() -> None:
    from jixiao.readers.source_text import text_to_document

    line = (f"{_META} 某县医院2024年度部门整体支出绩效自评报告 一、部门基本情况 负责全县医疗服务。"
            " 二、绩效目标完成情况 1、预算执行率，权重10分 目标不低于95%，全年完成96%，较上年增长 1.5个百分点，"
            "该项得分10。"
            " 2、65岁以上老年人健康管理率，权重15分 目标不低于70%，全年完成72%，该项得分15。"
            " 三、自评结论 自评得分96分。 四、存在问题及改进措施 随访力量不足。")
    texts = [b.text for b in text_to_document(line + "\n", "x.txt").blocks]
    assert "1、预算执行率，权重10分 目标不低于95%，全年完成96%，较上年增长 1.5个百分点，该项得分10。" in texts
    assert "2、65岁以上老年人健康管理率，权重15分 目标不低于70%，全年完成72%，该项得分15。" in texts


def test_an_inline_enumeration_in_one_long_paragraph_stays_one_paragraph() -> None:
    from jixiao.readers.source_text import text_to_document

    line = ("我局围绕全年目标开展工作，取得明显成效，主要做法如下： 一、加强统筹 完善工作机制，明确责任分工。"
            " 二、强化督导 定期开展调度，及时解决问题。"
            " 三、注重实效 推动各项任务落到实处，群众满意度持续提升，全年工作圆满完成。")
    assert [b.text for b in text_to_document(line + "\n", "x.txt").blocks] == [line]


def test_a_group_heading_and_caption_between_two_tables_one_cell_a_line_are_no_row_s_note(tmp_path: Path) -> None:
    header = ["二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因"]
    cells = ["某县环卫所2024年度项目支出绩效自评报告", "（一）产出指标（60分）", "表1 产出指标完成情况", *header,
             "数量指标", "清扫保洁面积", "≥120万平方米", "125万平方米", "60", "60",
             "（二）效益指标（40分）", "表2 效益指标完成情况", *header,
             "社会效益指标", "道路洁净率", "≥95%", "93%", "40", "37", "部分路段保洁频次不足"]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.name, i.stated_score, i.deviation_note) for i in evaluation.indicators] == [
        ("清扫保洁面积", 60, None), ("道路洁净率", 37, "部分路段保洁频次不足")]
    assert evaluation.stated_block_weights == {"产出指标": 60, "效益指标": 40}


def test_fused_whole_yuan_amounts_split_by_the_stated_rate_and_every_split_row_is_a_guess(tmp_path: Path) -> None:
    rows = ["某县2024年度项目支出绩效自评表", "项目名称乡村道路养护",
            "项目资金（元）年初预算数全年预算数全年执行数分值执行率得分",
            "年度资金总额5000000056000000546560001097.60%9.76",
            "其中：当年财政拨款450000005100000049656000—97.36%—"]  # the fund row's rate in a cell of its own
    evaluation = _read_rows(tmp_path, rows)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("5000.00"), Decimal("5600.00"), Decimal("5465.60"), Decimal("97.60"))
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("当年财政拨款", Decimal("4500.00"), Decimal("5100.00"), Decimal("4965.60"))]
    assert evaluation.provenance["budget.executed"].guessed
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_fused_whole_yuan_amounts_without_a_rate_are_no_refusal_and_a_guess(tmp_path: Path) -> None:
    # no rate to divide by: before, the run was one figure of 24 digits and the whole document was refused
    rows = ["某县2024年度项目支出绩效自评表", "项目名称乡村道路养护",
            "项目资金（元）年初预算数全年预算数全年执行数",
            "年度资金总额500000005600000054656000"]
    evaluation = _read_rows(tmp_path, rows)
    assert evaluation.project.name == "乡村道路养护"
    for role in ("initial", "adjusted", "executed"):
        if getattr(evaluation.budget, role) is not None:
            assert getattr(evaluation.budget, role) < 10**8
            assert evaluation.provenance[f"budget.{role}"].guessed


def test_a_fused_money_run_read_at_a_rate_of_nothing_is_no_split() -> None:
    from jixiao.readers.fused_money import split_money_run

    # 8601020897.6 | 95.0 | 0% fits "spent ÷ budget ≈ 0 %" to the percent: money spent at 0 % is no reading
    assert split_money_run("8601020897.695.00%", ["budget", "executed", "rate"]) is None
    assert split_money_run("860.001020.00969.0095.00%", ["budget", "budget", "executed", "rate"]) == [
        "860.00", "1020.00", "969.00", "95.00%"]


def test_a_fund_row_under_placeholders_splits_its_lone_fused_figures_at_its_own_rate(tmp_path: Path) -> None:
    # "— | 2828 | — | 100%": one run where two amounts belong, split where 执行数 ÷ 预算数 gives the row's 100 %
    # (28 | 28), not read as one amount of 2828 with nothing spent; 2828 | 1 | 0 % is no reading of "100%"
    rows = ["某镇2024年度部门整体支出绩效自评表", "预算资金（万元）年初预算数全年预算数全年执行数分值执行率得分",
            "年度资金总额412.36468.9455.271097.09%9.71", "其中：当年财政拨款412.36440.9427.27—96.91%—",
            "上年结转资金—2828—100%—"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in evaluation.budget.fund_rows] == [
        ("当年财政拨款", Decimal("412.36"), Decimal("440.90"), Decimal("427.27")),
        ("上年结转资金", None, Decimal("28.00"), Decimal("28.00"))]
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_fused_amounts_with_their_trailing_zeros_dropped_split_at_the_row_s_own_rate_not_at_decimals(
        tmp_path: Path) -> None:
    # a sheet that drops trailing zeros writes 1318 | 1402.5 | 1377.64: cut at its decimals the fund row read
    # 13181402.51 | 377.64 (a guess, and wrong); its own 98.23 % leaves one split
    rows = ["某县2024年度项目支出绩效自评表", "项目名称乡村公厕改造",
            "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分",
            "年度资金总额13181402.51377.641098.23%9.82", "其中：当年财政拨款13181402.51377.64—98.23%—"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in evaluation.budget.fund_rows] == [
        ("当年财政拨款", Decimal("1318.00"), Decimal("1402.50"), Decimal("1377.64"))]
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_fused_rows_under_a_fused_header_that_opens_on_the_name_are_cut_at_the_name_and_every_cut_a_guess(
        tmp_path: Path) -> None:
    # no word of the form in the rows: the header's own columns cut them (序号, the name up to its first figure,
    # the values); a row that leaves a column unaccounted for ("15按期完成已完成15": which part is the target?) is none
    rows = ["某区残联2024年度部门整体支出绩效自评表", "序号指标名称分值年度指标值实际完成值得分",
            "1预算执行率10≥95%97.20%9.72", "2辅具适配人数30≥400人412人30", "3康复服务完成时限30按期完成已完成30",
            "4残疾人满意度30≥90%93%30", "综合评分99.72"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.stated_score) for i in evaluation.indicators] \
        == [("预算执行率", 10, Decimal(95), Decimal("9.72")), ("辅具适配人数", 30, Decimal(400), 30),
            ("残疾人满意度", 30, Decimal(90), 30)]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(3) for field in ("name", "target"))
    # a weight between the name and a comparison sign, in a row of one cell a column, is read as written, unless
    # the score writes the same text ("30" … "30": the line cannot tell the two cells apart)
    assert [evaluation.provenance[f"indicators[{k}].weight"].guessed for k in range(3)] == [False, True, True]


def test_rows_under_a_header_that_ends_on_the_actual_end_on_their_actual(tmp_path: Path) -> None:
    # no 得分 column: "412人" ends its row; it was taken for the next row's name, with the next serial as its weight
    rows = ["某区残联2024年度部门整体支出绩效自评表", "序号 指标名称 分值 年度指标值 实际完成值",
            "1 预算执行率 10 ≥95% 97.20%", "2 辅具适配人数 30 ≥400人 412人", "3 残疾人满意度 30 ≥90% 93%"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight) for i in evaluation.indicators] == [
        ("预算执行率", 10), ("辅具适配人数", 30), ("残疾人满意度", 30)]


def test_a_line_of_labels_with_their_figures_over_a_spaced_header_row_is_no_part_of_the_header(
        tmp_path: Path) -> None:
    # "预算执行率分值 10 得分 9.84" holds 分值: taken for the header's first column, every row was shifted by one
    rows = ["某医院2024年度部门整体支出绩效自评表", "预算执行率分值 10 得分 9.84",
            "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 门诊服务人次 40 ≥8万人次 8.3万人次 40",
            "效益指标 社会效益指标 县域就诊率 50 ≥90% 88.2% 48.5 部分重症患者转诊上级医院"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.stated_score, i.deviation_note) for i in evaluation.indicators] == [
        ("门诊服务人次", 40, 40, None), ("县域就诊率", 50, Decimal("48.5"), "部分重症患者转诊上级医院")]


def test_a_two_row_header_s_second_row_of_two_short_words_on_a_spaced_line_is_two_cells(tmp_path: Path) -> None:
    # "年度目标 实际完成" (the parts of 指标值) is shorter than a spaced line is cut from: read as one cell, the
    # header lost its value columns and every row
    rows = ["某县医院2024年度医疗设备购置项目绩效自评报告", "一级指标 二级指标 三级指标 指标值 分值 得分 偏差原因",
            "年度目标 实际完成", "产出指标 数量指标 购置设备台数 ≥12台 12台 50 50",
            "效益指标 社会效益指标 检查预约等待天数 ≤3天 4天 50 40 设备调试延后"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.actual.value if i.actual else None, i.weight, i.stated_score)
            for i in evaluation.indicators] == [("购置设备台数", 12, 50, 50), ("检查预约等待天数", 4, 50, 40)]


@pytest.mark.parametrize("formula", ["得分=执行率×20", "得分＝完成率×20"])
def test_a_scoring_formula_in_a_criteria_cell_one_cell_a_line_is_one_cell(formula: str, tmp_path: Path) -> None:
    cells = ["某县农机站2024年度部门整体支出绩效评价评分表", "一级指标", "二级指标", "三级指标", "分值", "目标值",
             "评分标准", "完成情况", "得分", "过程", "预算执行", "预算执行率", "20", "≥95%", formula, "97.50%", "19.50",
             "产出", "职责履行", "农机补贴发放户数", "80", "≥600户", "每少10户扣1分", "612户", "80"]
    got = [(i.name, i.weight, i.stated_score) for i in _read_rows(tmp_path, cells).indicators]
    assert got == [("预算执行率", 20, Decimal("19.50")), ("农机补贴发放户数", 80, 80)]


def test_a_data_source_column_one_cell_a_line_keeps_the_header_run_to_its_score(tmp_path: Path) -> None:
    cells = ["某县水保站2024年度小流域治理项目绩效自评表", "一级指标", "二级指标", "三级指标", "指标解释", "权重",
             "评分标准", "指标值", "实际完成值", "数据来源", "得分", "产出指标", "数量指标", "治理水土流失面积",
             "当年验收的治理面积", "60", "未达目标按比例扣分", "≥12平方公里", "12.5平方公里", "验收报告", "60",
             "效益指标", "生态效益指标", "林草覆盖率", "治理区林草覆盖率", "40", "每低1个百分点扣2分", "≥45%", "43%",
             "监测报告", "36"]
    got = [(i.name, i.weight, i.stated_score) for i in _read_rows(tmp_path, cells).indicators]
    assert got == [("治理水土流失面积", 60, 60), ("林草覆盖率", 40, 36)]


def test_a_two_row_header_s_value_parts_after_its_first_row_take_the_spanning_cell_s_place(tmp_path: Path) -> None:
    # 指标值 spans 年度指标值 | 实际完成值 in the row below; written one cell a line, the second row comes after the
    # whole first; the form's total with its label in one cell closes the table (no row's note)
    cells = ["某区排水所2024年度管网养护项目绩效自评表", "一级指标", "二级指标", "三级指标", "指标值", "分值", "得分",
             "偏差原因分析及改进措施", "年度指标值", "实际完成值", "产出指标", "数量指标", "疏通管网长度", "≥90公里",
             "88公里", "60", "56", "两段管网施工推迟", "效益指标", "社会效益指标", "积水点数量", "≤4处", "3处", "40",
             "40", "自评得分：96分（优）"]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.name, i.target.value, i.actual.value, i.weight, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [("疏通管网长度", Decimal(90), Decimal(88), 60, 56, "两段管网施工推迟"),
                                                ("积水点数量", Decimal(4), Decimal(3), 40, 40, None)]
    assert evaluation.stated_total == 96


def test_a_two_row_header_with_its_points_spanned_too_puts_each_part_below_its_spanning_cell(tmp_path: Path) -> None:
    # 指标值 spans 年度指标值 | 实际完成值 and 评分 spans 分值 | 得分; the second row follows the whole first
    cells = ["某职业学院2024年度实训基地建设项目绩效自评表", "一级指标", "二级指标", "三级指标", "指标值", "评分",
             "偏差原因", "年度指标值", "实际完成值", "分值", "得分", "产出指标", "数量指标", "新建实训工位", "≥300个",
             "320个", "50", "50", "效益指标", "社会效益指标", "学生技能证书获取率", "≥85%", "80%", "50", "45",
             "部分专业考证延期"]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.name, i.target.value, i.actual.value, i.weight, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        ("新建实训工位", Decimal(300), Decimal(320), 50, 50, None),
        ("学生技能证书获取率", Decimal(85), Decimal(80), 50, 45, "部分专业考证延期")]


def test_a_money_header_whose_caption_and_score_span_the_second_row_reads_its_amounts(tmp_path: Path) -> None:
    # 预算资金 spans 年初预算数 | 全年预算数 | 全年执行数 and 评分 spans 分值 | 得分, the second row after the first
    cells = ["项目支出绩效自评表（2024年度）", "项目名称", "乡村学校图书更新", "资金类别", "预算资金（万元）", "执行率",
             "评分", "备注", "年初预算数", "全年预算数", "全年执行数", "分值", "得分", "年度资金总额", "80.00", "86.00",
             "84.28", "98.00%", "10", "9.80"]
    budget = _read_rows(tmp_path, cells).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("80.00"), Decimal("86.00"), Decimal("84.28"), Decimal("98.00"))


def test_fused_rows_under_merged_level_cells_open_on_the_name_and_every_cell_is_a_guess(tmp_path: Path) -> None:
    # the rows after a block's first one leave its merged 一级 / 二级 cells out, so no word of the form cuts them:
    # the name up to its first figure or comparison, then the values ("109.6" is the weight 10 and the score 9.6);
    # they were read as the row above's 偏差原因 note; a comparison word ends the name, a unit the value runs do not
    # know ("学时") stays with its figure. A note on a line of its own stays no row
    rows = ["某县人民医院2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析",
            "产出指标数量指标住院手术例数≥3200例3315例1010",
            "体检服务人次≥1.5万人次1.42万人次109.6体检中心搬迁停诊一个月",
            "规培带教课时不少于48学时50学时55",
            "质量指标危急值报告及时率=100%100%1010",
            "满意度指标服务对象满意度指标住院患者满意度≥90%93%1010",
            "门诊患者满意度≥88%86.5%109.7",
            "挂号排队时间较长，已增开自助机。",
            "总分4544.3"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.target.value if i.target else None, i.weight, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        ("数量指标", "住院手术例数", Decimal(3200), 10, 10, None),
        ("数量指标", "体检服务人次", Decimal("1.5"), 10, Decimal("9.6"), "体检中心搬迁停诊一个月"),
        ("数量指标", "规培带教课时", Decimal(48), 5, 5, None),
        ("质量指标", "危急值报告及时率", Decimal(100), 10, 10, None),
        ("服务对象满意度指标", "住院患者满意度", Decimal(90), 10, 10, None),
        ("服务对象满意度指标", "门诊患者满意度", Decimal(88), 10, Decimal("9.7"), "挂号排队时间较长，已增开自助机。")]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in (1, 2, 5) for field in ("name", "weight", "stated_score"))


def test_fused_rows_opening_on_a_serial_and_short_level_words_under_a_header_of_plain_value_words(
        tmp_path: Path) -> None:
    # "目标值实际值" is two columns (no cut words of the form: cut inside this header only); each row opens on its
    # serial and 一级 / 二级 levels the cut words miss ("产出质量指标…"); a weight run onto a rate target ("2095%")
    # is cut where the score allows one reading only (20 | 95%; 209 | 5% is more points than a form has); a row no
    # reading fits ("6效益…": which part is the target?) is no row, not the row above's note
    rows = ["某区疾控中心2024年度项目支出绩效自评表",
            "序号一级指标二级指标三级指标权重(%)目标值实际值自评得分扣分原因",
            "1过程预算执行预算执行率10100%97.5%9.75",
            "2产出质量指标学生常见病筛查率2095%98.2%20",
            "3产出数量指标健康讲座场次15≥24场26场15",
            "4产出时效指标报告送达及时率1590%86%14.3部分学校延期报送",
            "5效益社会效益指标健康知识知晓率15≥80%83%15",
            "6效益可持续影响指标监测机制长效运行10长效运行持续运行10",
            "7满意度满意度指标家长满意度1590%93%15",
            "合计10098.08"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level1, i.level2, i.name, i.weight, i.target.value if i.target else None, i.stated_score)
            for i in evaluation.indicators] == [
        ("过程", "预算执行", "预算执行率", 10, Decimal(100), Decimal("9.75")),
        ("产出", "质量指标", "学生常见病筛查率", 20, Decimal(95), 20),
        ("产出", "数量指标", "健康讲座场次", 15, Decimal(24), 15),
        ("产出", "时效指标", "报告送达及时率", 15, Decimal(90), Decimal("14.3")),
        ("效益", "社会效益指标", "健康知识知晓率", 15, Decimal(80), 15),
        ("满意度", "满意度指标", "家长满意度", 15, Decimal(90), 15)]
    assert [i.deviation_note for i in evaluation.indicators[3:5]] == ["部分学校延期报送", None]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(6) for field in ("name", "weight", "stated_score"))


def test_a_form_set_in_a_text_box_is_flattened_from_its_tables() -> None:
    """A Word report whose form sits in a floating text box (the sixty-fourth set's sf06): the shapes are made from
    the box's tables, as the reader reads them, never from the box's text run into its anchoring paragraph (which
    gave the html shape one paragraph of fused cells and no table)."""
    path = next((DATA / "sixtyfourth").glob("sf06-*.docx"))
    form = form_of(path)
    tables = [block for block in form if not isinstance(block, str)]
    assert len(tables) == 2
    assert all("年初预算数" not in block for block in form if isinstance(block, str))
