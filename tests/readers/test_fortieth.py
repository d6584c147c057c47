"""Shapes of the fortieth set (docs/reader-corpora/fortieth.md), each rebuilt from an invented snippet of the same
shape (invented units, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_HEAD = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
_ROWS = ("| 产出指标 | 数量指标 | 修建机耕路里程 | ≥5公里 | 5.2公里 | 45 | 45 |\n"
         "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 86% | 45 | 41 |\n")


def test_a_the_ten_and_the_ninety_stated_apart_then_the_total() -> None:
    """"预算执行率…，得分9.61分（满分10分）；绩效指标得分86分（满分90分）。项目自评总得分95.61分…": the 预算执行率
    indicator scores 9.61 (before, it took the total's 95.61: a false SCORE_OVER_WEIGHT) and 95.61 is the stated total
    (before, none was read)."""
    page = read_page("某县某局2024年度项目支出绩效自评报告\n一、项目名称：某乡机耕路建设项目\n"
                     "二、项目资金情况\n年初预算200.00万元，全年预算210.00万元，全年执行201.80万元，预算执行率96.10%。\n"
                     "三、绩效指标完成情况\n" + _HEAD + _ROWS
                     + "四、自评结论\n预算执行率96.10%，得分9.61分（满分10分）；绩效指标得分86分（满分90分）。"
                     "项目自评总得分95.61分，自评等级为优。\n")
    execution = next(i for i in page.indicators if i.name == "预算执行率")
    assert (execution.weight, execution.stated_score) == (Decimal(10), Decimal("9.61"))
    assert page.stated_total == Decimal("95.61")
    assert not [f.code for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_a_later_score_of_the_same_item_still_counts() -> None:
    """"该项得分10分（分值10分）；因…，最终得分9.5分": no other weight and no whole's total after the clause, so
    the item's last score stands."""
    page = read_page("某县某局2024年度项目支出绩效自评报告\n三、绩效指标完成情况\n" + _HEAD + _ROWS
                     + "四、自评情况\n预算执行率96.10%，该项得分10分（分值10分）；因年中调整预算，最终得分9.5分。\n")
    execution = next(i for i in page.indicators if i.name == "预算执行率")
    assert execution.stated_score == Decimal("9.5")


_DIRECTION_HEAD = "| 一级指标 | 二级指标 | 三级指标 | 指标方向 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"


def test_b_a_reverse_indicators_bare_target_is_an_upper_bound() -> None:
    """An 指标方向 column: "反向 | 2%", "反向 | 1600元/亩", "反向 | 0起" are ≤ (before, ≥ or =); "正向 | 300眼" stays ≥
    and a written sign ("≤1%") is kept; a 反向 deadline gets no sign."""
    page = read_page("2024年度项目支出绩效自评报告\n项目名称：某乡农田建设项目\n三、绩效指标完成情况\n"
                     + _DIRECTION_HEAD + "| 产出指标 | 数量指标 | 新打机井数量 | 正向 | 300眼 | 306眼 | 20 | 20 |\n"
                     "| 产出指标 | 成本指标 | 亩均建设成本 | 反向 | 1600元/亩 | 1580元/亩 | 20 | 20 |\n"
                     "| 产出指标 | 时效指标 | 完工时间 | 反向 | 2024年10月底前 | 2024年10月20日 | 10 | 10 |\n"
                     "| 效益指标 | 社会效益指标 | 安全事故发生起数 | 反向 | 0起 | 0起 | 10 | 10 |\n"
                     "| 效益指标 | 社会效益指标 | 事故发生率 | 反向 | ≤1% | 0% | 20 | 20 |\n"
                     "| 满意度指标 | 服务对象满意度指标 | 投诉率 | 反向 | 2% | 0.6% | 20 | 20 |\n")
    signs = {i.name: (i.target.comparator.value, i.target.value, i.target.unit) for i in page.indicators
             if i.target is not None and i.target.value is not None}
    assert signs == {"新打机井数量": ("≥", Decimal(300), "眼"), "亩均建设成本": ("≤", Decimal(1600), "元/亩"),
                     "安全事故发生起数": ("≤", Decimal(0), "起"), "事故发生率": ("≤", Decimal(1), "%"),
                     "投诉率": ("≤", Decimal(2), "%")}
    deadline = next(i for i in page.indicators if i.name == "完工时间")
    assert deadline.target is not None and deadline.target.value is None


def test_c_a_numbered_label_line_names_the_project() -> None:
    """"（一）项目名称：X" under a heading (before, no name was read)."""
    page = read_page("某县某局\n2024年度项目支出绩效自评报告\n一、项目概况\n"
                     "（一）项目名称：某县2022—2024年某某灌区改造项目\n（二）主管部门：某县水利局\n")
    assert page.project is not None and page.project.name == "某县2022—2024年某某灌区改造项目"


def test_c_labels_run_on_in_one_paragraph_beat_the_titles_name() -> None:
    """"项目名称：X。主管部门：Y。实施单位：Z。项目在…" in one long paragraph: the labelled name (before, the line was
    taken for a spaced cover line and skipped, and the title's span was the name)."""
    page = read_page("某县某镇人民政府关于2024年某某产业园建设项目（某某补助资金）绩效自评报告\n一、项目基本情况\n"
                     "项目名称：某镇2024年某某产业园建设项目。主管部门：某县农业农村局。实施单位：某县某镇人民政府。"
                     "项目在某村新建标准化厂房两栋，配套道路和排水设施，由村集体经济合作社统一经营。\n")
    assert page.project is not None and page.project.name == "某镇2024年某某产业园建设项目"
    assert page.unit.supervising_department == "某县农业农村局"


def test_c_a_titles_name_keeps_its_own_bracket_and_drops_the_reports_year() -> None:
    """"2024年某某防控项目（某病防治）绩效自评报告": the bracket closes the name (before, its "）" was cut);
    "某县2023—2025年某某道路提升工程2024年度绩效自评报告": the year after the name is the report's (before, it stayed
    on)."""
    bracketed = read_page("2024年某某防控项目（某病防治）绩效自评报告\n一、项目概况\n项目用于全县某病筛查。\n")
    assert bracketed.project is not None and bracketed.project.name == "某某防控项目（某病防治）"
    trailing = read_page("某县2023—2025年某某道路提升工程2024年度绩效自评报告\n一、项目概况\n"
                         "工程对县道实施提升改造。\n")
    assert trailing.project is not None and trailing.project.name == "某某道路提升工程"


def test_d_the_parts_of_an_amount_handed_down_at_the_start_of_the_year() -> None:
    """"上级年初下达转移支付资金300万元，其中中央资金180万元、省级资金120万元；年中县级配套追加30万元": 300 is the
    initial budget and its parts the funds' initial amounts (before, no initial was read, the parts were taken for
    全年 amounts and the 追加 for a third fund)."""
    page = read_page("某镇2024年某某整治项目绩效自评报告\n项目名称：某镇2024年某某整治项目\n二、资金情况\n"
                     "上级年初下达转移支付资金300.00万元，其中中央资金180.00万元、省级资金120.00万元；"
                     "年中县级配套追加30.00万元。全年预算330.00万元，实际支出323.40万元，预算执行率98.00%。\n")
    assert (page.budget.initial, page.budget.adjusted) == (Decimal(300), Decimal(330))
    assert [(f.name, f.initial, f.adjusted) for f in page.budget.fund_rows] == \
        [("中央资金", Decimal(180), None), ("省级资金", Decimal(120), None)]
