"""Shapes found by the nineteenth real-page probe (docs/reader-corpora/real-probe-19.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_GOAL_ON_ONE_LINE = (
    "项目支出绩效自评表\n(2023年度)\n项目名称 某某宣传经费\n主管部门 某市某局 实施单位 某某支队\n项目资金\n(万元)\n"
    "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
    "年度资金总额: 60 60 57 10 95% 9.5\n"
    "年度总体目标完成情况 预期目标 实际完成情况\n"
    "开展某某宣传进社区活动,提高群众防范意识,补助必要的宣传和装备开支 开展了某某宣传进社区活动,群众防范意识明显提高。\n"
    "年度绩效指标完成情况 一级\n指标\n二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    "数量指标 指标1:宣传活动场次 ≥10场 12场 20 20\n"
)


def test_a_goal_row_holding_the_expected_and_the_actual_one_space_apart() -> None:
    """A web page prints the goal row's two cells on one line, one space apart, and the indicator section's label
    after it: the two texts are the expected goal and what was done, the section's label is neither."""
    read = _read(_GOAL_ON_ONE_LINE)
    assert read.project.goal_expected == "开展某某宣传进社区活动,提高群众防范意识,补助必要的宣传和装备开支"
    assert read.project.goal_actual == "开展了某某宣传进社区活动,群众防范意识明显提高。"


_FUSED_FUND_ROW = (
    "附件:2023年财政衔接资金项目绩效自评表某县某局2023年12月28日绩效目标自评表(2023年度)项目名称某县某某灌溉渠维修"
    "项目负责人及电话某某13900000000主管部门某县某局实施单位某县某局资金情况(万元)全年预算数(A)全年执行数(B)分值"
    "执行率(B/A)得分年度资金总额:353510100.00%10其中:本年财政拨款3535其他资金年度总体目标年初设定目标"
    "年度总体目标完成情况综述维修灌溉渠道2公里,改善农田灌溉条件维修灌溉渠道2公里,改善农田灌溉条件,\n"
)


def test_a_fund_row_whose_one_figure_is_the_total_rows_amounts_run_together() -> None:
    """Run-together cells: the 其中 row "3535" under a total row of 35 | 35 is that fund holding the total's
    amounts (a guess), not a figure of 3535 万元, nor nothing."""
    read = _read(_FUSED_FUND_ROW)
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(35), Decimal(35))
    funds = [(f.name, f.adjusted, f.executed) for f in read.budget.fund_rows]
    assert funds == [("本年财政拨款", Decimal(35), Decimal(35))]
    assert read.provenance["budget.fund_rows"].guessed


_PAIRS_WITH_OTHER = (
    "某县某局2023年度预算项目绩效自评表\n"
    "一、基本情况 项目名称: 某某补贴 是否为专项资金: 实施(主管)单位 100001-某县某局机关 金额单位: 万元\n"
    "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
    "预算数 12.50 到位数 12.50 执行数 11.25 90.00\n"
    "其中:财政资金 10.00 其中:财政资金 10.00 其中:财政资金 8.75\n"
    "其他 2.50 其他 2.50 其他 2.50\n"
    "三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)\n"
)


def test_a_system_forms_other_money_row_under_its_fund_row() -> None:
    """A provincial system's form one row a line as label-figure pairs: the bare 其他 row under the 其中 row is
    the block's second fund source."""
    read = _read(_PAIRS_WITH_OTHER)
    assert [(f.name, f.adjusted, f.executed) for f in read.budget.fund_rows] == [
        ("财政资金", Decimal("10.00"), Decimal("8.75")), ("其他", Decimal("2.50"), Decimal("2.50"))]


_CUT_LAST_ROW = (
    "项目支出绩效自评表\n(2023年度)\n项目名称 某某宣传经费\n主管部门 某市某局 实施单位 某某支队\n项目资金\n(万元)\n"
    "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
    "年度资金总额: 60 60 57 10 95% 9.5\n"
    "年度绩效指标完成情况 一级\n指标\n二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n\n\n"
    "(50分)\n"
    "数量指标 指标1:宣传活动场次 ≥10场 12场 20 20\n"
    "指标2:宣传资料份数 ≥3000份 3500份 20 20\n"
    "……\n"
    "质量指标 指标1:资料发放合规性 严格执行相关规定 严格执行相关\n"
)


def test_the_last_row_cut_by_the_excerpts_end_before_its_figures() -> None:
    """A page's excerpt ends inside a row: its level, its name and its target are there, its 分值 and 得分 are not.
    The row is an indicator with no weight (its cells guessed), not a stray line."""
    read = _read(_CUT_LAST_ROW)
    last = read.indicators[-1]
    assert (last.name, last.level2, last.weight, last.stated_score) == ("资料发放合规性", "质量指标", None, None)
    assert last.target is not None and last.target.text == "严格执行相关规定"
    assert read.provenance[f"indicators[{len(read.indicators) - 1}].name"].guessed
    assert [i.name for i in read.indicators[1:3]] == ["宣传活动场次", "宣传资料份数"]


def test_a_goal_text_with_a_space_after_its_comma_stays_one_text() -> None:
    """A space after a comma is inside one goal text (a Word file's half-width comma and space), not between the
    goal and what was done."""
    goal = "开展某某宣传进社区活动,提高群众防范意识,补助必要的宣传和装备开支"
    one_text = _GOAL_ON_ONE_LINE.replace(f"{goal} 开展了某某宣传进社区活动,群众防范意识明显提高。",
                                         "开展某某宣传进社区活动,提高群众防范意识, 补助必要的宣传和装备开支。")
    read = _read(one_text)
    assert read.project.goal_expected == "开展某某宣传进社区活动,提高群众防范意识, 补助必要的宣传和装备开支。"


_NOTE_ONE_CELL_A_LINE = "\n\n".join([
    "项目支出绩效自评表", "(2022年度)", "项目名称", "某某楼供暖改造经费", "主管部门", "某市某局",
    "实施单位", "某市某学校",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施",
    "产出指标", "数量指标", "指标1改造资金金额", "50.5", "46.2", "10", "9",
    "已完工,尾款未付。下一步按合同支付尾款。",
    "指标2", " ", " ", " ", " ", " ", "……", " ", " ", " ", " ", " ",
    "质量指标", "指标1工程验收合格率", "100", "100", "10", "10", " ",
    "指标2", " ", " ", " ", " ", " ",
]) + "\n"


def test_a_deviation_note_one_cell_a_line_after_the_score() -> None:
    """One cell a line: the sentences after a row's score are its deviation note, not the next row's name."""
    read = _read(_NOTE_ONE_CELL_A_LINE)
    first = next(i for i in read.indicators if i.name == "改造资金金额")
    assert (first.weight, first.stated_score) == (Decimal(10), Decimal(9))
    assert first.deviation_note == "已完工,尾款未付。下一步按合同支付尾款。"
    assert [i.name for i in read.indicators] == ["改造资金金额", "工程验收合格率"]


_TITLE_WITH_UNIT_CELL = (
    "2023年度项目支出绩效自评表 | 部门:某市某县某某小学 |\n|\n|\n"
    "| 公开14表 | 项目名称 | 某某学生资助资金 | 主管部门 | 某县教育体育局 | 实施单位 | 某县某某小学 |"
    " 项目资金 (万元) |\n"
    "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
    "| 12.50 | 12.50 | 10 | 100% | 10 |\n"
)


def test_a_web_tables_unit_cell_beside_the_forms_title() -> None:
    """The first row of a web table, its leading rule lost: the form's title, then "部门:X" in the next cell. X is
    the unit, in the full name the cell gives (the 实施单位 cell below may shorten it)."""
    read = _read(_TITLE_WITH_UNIT_CELL)
    assert read.unit.name == "某市某县某某小学"
    assert read.project.implementing_unit == "某县某某小学"


_RUN_TOGETHER_TEXT_TWICE = (
    "某市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门某市教育局实施单位某市第九小学自评得分96"
    "项目资金(万元)年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)50.250.250.2100%"
    "一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
    "项目产出(30分)数量指标(10分)受益学生人数101800人1800人10质量指标(5分)办学经费标准5符合相关规定要求符合相关规定要求5\n"
)


def test_a_target_and_its_actual_the_same_words_run_together() -> None:
    """Cells run together: a text written twice over ("符合相关规定要求符合相关规定要求") is the target and the actual
    alike, not one value, whether or not its words are a qualitative answer of the lexicon."""
    read = _read(_RUN_TOGETHER_TEXT_TWICE)
    row = next(i for i in read.indicators if i.name == "办学经费标准")
    assert (row.target.text if row.target else None, row.actual.text if row.actual else None) == (
        "符合相关规定要求", "符合相关规定要求")
    assert (row.weight, row.stated_score) == (Decimal(5), Decimal(5))


_LEVEL_BEFORE_A_WEIGHTED_LEVEL = (
    "某市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门某市教育局实施单位某市第九小学"
    "一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
    "项目管理(20分)投入管理预算执行率10—98%9制度执行有效性5—按规定执行相关制度5"
    "项目产出(30分)数量指标(10分)受益学生人数101800人1800人10\n"
)


def test_a_first_level_and_its_weight_right_before_a_weighted_second_level() -> None:
    """Cells run together: "…5项目产出(30分)数量指标(10分)受益学生人数…" opens a new 一级 block with its weight, the
    next 二级 cell's word right after the weight's bracket."""
    read = _read(_LEVEL_BEFORE_A_WEIGHTED_LEVEL)
    row = next(i for i in read.indicators if i.name == "受益学生人数")
    assert (row.level1, row.level2, row.weight, row.stated_score) == ("项目产出", "数量指标", Decimal(10), Decimal(10))
    assert read.stated_block_weights.get("项目产出") == Decimal(30)
