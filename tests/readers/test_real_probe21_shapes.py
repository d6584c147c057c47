"""Shapes found by the twenty-first real-page probe (docs/reader-corpora/real-probe-21.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

_PROJECT_LIST = (
    "2025年05月06日 星期三 |\n\n"
    "某某县2023年6个重点项目绩效评价报告公开\n\n"
    "来源:某某县财政局 日期:2024-05-20 10:12:30\n\n"
    "按照有关文件要求,我县选择6个2023年县级重点项目,委托某某咨询有限公司开展了重点项目绩效评价,现予以公开:\n\n"
    "1、甲乡东村灌溉渠道改造项目,新建渠道3.2公里。2023年下达财政衔接资金150万元,截至2023年12月31日,"
    "实际已支付142.5万元,支付完成率为95%。第三方机构最终绩效评价总得分为92.4分,评价等级为优秀。\n\n"
    "  2、甲乡西村冷链仓储建设项目,新建冷库一座。2023年下达财政衔接资金88万元,截至2023年12月31日,"
    "实际已支付80.08万元,支付完成率为91%。第三方机构最终绩效评价总得分为88.6分,评价等级为良好。\n\n"
    "3、乙镇南村村内干道,巷道硬化建设项目,硬化道路4.1公里。2023年下达以工代赈资金260万元,截至2023年12月31日,"
    "实际已支付254.8万元,支付完成率为98%。第三方机构最终绩效评价总得分为90.1分,评价等级为优秀。\n"
)


def test_several_listed_projects_give_the_document_no_total_and_accuse_nothing() -> None:
    """A notice listing several projects one numbered item each, every item with its own money, total and grade:
    none is the document's (no total, grade or budget read), and the items' totals are never one total
    stated twice. The site's date bar over the title is furniture: the year is the title's."""
    read = _read(_PROJECT_LIST)
    assert read.year == 2023
    assert (read.stated_total, read.stated_grade, read.budget.adjusted, read.budget.executed) == (None,) * 4
    assert not _errors(read)
    assert read.project is None or not read.project.name  # "6个重点项目" counts the projects, names none


def test_one_project_report_with_numbered_sections_keeps_its_total() -> None:
    """Numbered sections of one project's report ("1、项目概况…") name no project each: its total is read."""
    read = _read("某某区2023年度农村饮水安全项目绩效自评报告\n1、项目概况:新建供水站2处。\n"
                 "2、项目资金:下达资金120万元,实际已支付118万元。\n3、自评结论:本项目自评得分96分,评价等级为优。\n")
    assert (read.stated_total, read.stated_grade) == (Decimal(96), "优")


def test_a_transfer_budget_and_what_was_paid_of_it() -> None:
    """"…转移支付预算N万元" is the allocation; "已执行支付M万元" what was spent of it."""
    read = _read("某某市天网工程转移支付2022年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2022年上级下达我市用于某某区视频监控联网应用项目转移支付预算1260.5万元,建设视频监控点位。\n"
                 "二、绩效目标完成情况分析\n2022年度该项目资金1260.5万元,已执行支付1134.45万元,执行率90%。\n")
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == \
        (Decimal("1260.5"), Decimal("1134.45"), Decimal(90))


def test_a_department_named_in_a_sentence_is_not_a_label_cell() -> None:
    """"主管部门为某管委会(行政主管部门)" is a sentence: the department is the name after 为, not a cell cut at the
    second 主管部门 with 为 at its head."""
    read = _read("某市财政支出项目绩效自评报告(某园区道路配套项目)\n一、项目概况\n"
                 "2.资金:2023年某园区道路配套项目预算经费为820万元,2023年支付820万元。\n"
                 "主管部门为某某新区管委会(行政主管部门)  \n项目业主为某某新区管委会\n")
    assert read.unit.supervising_department == "某某新区管委会"


_GOAL_TABLE = (
    "| 项目绩效目标表 | ||||||\n"
    "| 项目名称:某某县科技馆运行保障项目 | ||||||\n"
    "| 指标类型 | 绩效指标 | 绩效目标 | 绩效标准 | |||\n"
    "| 优 | 良 | 中 | 差 | |||\n"
    "| 产出指标 | 指标1:展厅开放面积 | 3200平方米 | 3200平方米以上 | 2800平方米-3200平方米 | 2400平方米-2800平方米 |"
    " 2400平方米以下 |\n"
    "| 指标2:科普讲座场次 | 24场 | 24场以上 | 20场-24场 | 16场-20场 | 16场以下 | |\n"
    "| 指标3:设备完好率 | 95%以上 | 95%以上 | 90%-95% | 85%-90% | 85%以下 | |\n"
    "| 成效指标 | 指标1:观众满意率 | 90%以上 | 90%以上 | 80%-90% | 70%-80% | 70%以下 |\n"
    "| 指标2:运行成本控制 | 不超预算 | 不超预算 | 超过预算的5% | 超过预算的10% | 超过预算的15% | |\n\n"
    "2023年财政支出项目绩效自评报告\n一、项目概况\n"
)


def test_a_web_copied_goal_table_with_merged_levels_and_grade_sub_headers() -> None:
    """指标类型 | 绩效指标 | 绩效目标 | 绩效标准 over 优 | 良 | 中 | 差: the grade row is a header; a row whose merged
    指标类型 was left out and an empty cell pads its end is moved one column right; 绩效目标 holding
    figures first is each indicator's target (a goal's words, "全年编印800册", are not)."""
    read = _read(_GOAL_TABLE)
    got = [(i.name, i.level1, i.target.value if i.target else None, i.target.unit if i.target else None)
           for i in read.indicators]
    assert got == [("展厅开放面积", "产出指标", Decimal(3200), "平方米"),
                   ("科普讲座场次", "产出指标", Decimal(24), "场"), ("设备完好率", "产出指标", Decimal(95), "%"),
                   ("观众满意率", "成效指标", Decimal(90), "%"), ("运行成本控制", "成效指标", None, "")]
    assert read.indicators[4].target is not None and read.indicators[4].target.text == "不超预算"


def test_an_attachment_list_gives_its_first_item_as_the_title_and_a_grade_for_all() -> None:
    """"附 件:1.某厅2022年度部门整体支出绩效自评报告" over "2.2022 年度“某专项资金”绩效自评报告": the first item is the
    title (its list number no part of the unit's name), the next item ends it; "自评等次均为优秀" grades them all."""
    read = _read("根据财政预算管理要求,2022年度我厅开展了部门整体支出绩效自评(含预算归口管理单位12个),涉及一般公共预算"
                 "支出52,310.40万元。同时对“某某发展专项资金”开展绩效自评。\n"
                 "我厅严格按照省财政厅绩效评价工作的有关要求开展绩效自评工作,2022年度部门整体支出、“某某发展专项资金”"
                 "绩效自评等次均为优秀。\n"
                 "附 件:1.某某省某某厅2022年度部门整体支出绩效自评报告\n"
                 "2.2022 年度“某某发展专项资金”绩效自评报告\n")
    assert (read.title, read.unit.name, read.year, read.stated_grade) == \
        ("某某省某某厅2022年度部门整体支出绩效自评报告", "某某省某某厅", 2022, "优")


def _one_a_line(cells: list[str]) -> str:
    """A Word form as a sharing site prints it: every cell on its own line, a blank line after each."""
    return "\n\n".join(cells) + "\n"


_FRAMEWORK_FORM = _one_a_line([
    "某某项目绩效自评表", "一、项目基本情况", "项目实施单位", "某某厅某某处", "主管部门", "某某厅",
    "计划投资额", "(万元)", "320", "实际到位资金", "(万元)", "286.50", "实际使用情况(万元)", "281.40",
    "二、绩效评价指标评分", "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
    "项目决策", "20", "项目目标", "6", "目标内容", "6", "6", "决策过程", "14", "决策依据", "6", "6",
    "决策程序", "8", "7", "项目绩效", "80", "项目产出", "30", "产出数量", "15", "15", "产出质量", "15", "14",
    "项目效益", "50", "经济"])


def test_money_labels_one_cell_a_line_and_a_row_cut_by_the_page_end() -> None:
    """"计划投资额" / "(万元)" / "320" one cell a line: the bare number under the unit is the label's value (no page
    number), read like the same labels run together on one line. "项目效益 | 50 | 经济" where the page ends: a level
    and its block's weight, no indicator."""
    read = _read(_FRAMEWORK_FORM)
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(320), Decimal("281.40"))
    assert [(i.name, i.weight, i.stated_score) for i in read.indicators] == [
        ("目标内容", Decimal(6), Decimal(6)), ("决策依据", Decimal(6), Decimal(6)),
        ("决策程序", Decimal(8), Decimal(7)), ("产出数量", Decimal(15), Decimal(15)),
        ("产出质量", Decimal(15), Decimal(14))]


_MOVED_MONEY = ("文本内容:\n某某良种繁育推广项目绩效目标自评表(2023年度)项目总得分96分"
                "项目名称某某良种繁育推广项目实施单位某县农技中心主管部门某县农业农村局资金情况(万元)年度资金总额全年预算数(A)180全年执行数(B)执行率(B/A)"
                "其中中央补助自治区补助180万元\n{spent}万元\n90.2%市县资金年度总体目标完成良种繁育基地600亩\n")


def test_money_figures_moved_out_of_their_cells_are_read_by_the_rate_they_give() -> None:
    """全年预算数 | 全年执行数 | 执行率 run together with their figures scattered over the next lines (a sub-row's
    180万元 in among them): the first amount is the budget and the last the amount spent when the last over the first
    gives the stated rate, each a guess; when it does not, none is read."""
    read = _read(_MOVED_MONEY.format(spent="162.36"))
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == \
        (Decimal(180), Decimal("162.36"), Decimal("90.2"))
    assert read.provenance["budget.executed"].guessed
    other = _read(_MOVED_MONEY.format(spent="150.00"))
    assert (other.budget.adjusted, other.budget.executed) == (None, None)


def test_the_last_block_weight_on_a_line_a_cut_page_left_over() -> None:
    """"满意度指标(10分) 服务对象满意度 群众满" after the form where the page ends: the one block no row gave, its
    weight making the blocks read add up to 100 — a guess. A block weight that does not add up is not taken."""
    form = ("某某项目支出绩效自评表(2023年度)\n"
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n"
            "| 产出指标(60分) | 数量指标 | 新建蓄水池数量 | 30 | 30 |\n"
            "| | 质量指标 | 工程验收合格率 | 30 | 28 |\n"
            "| 效益指标(30分) | 社会效益指标 | 受益群众人数 | 30 | 30 |\n\n"
            "满意度指标({points}分) 服务对象满意度 受益群众满\n")
    read = _read(form.format(points=10))
    assert read.stated_block_weights == {"产出指标": Decimal(60), "效益指标": Decimal(30), "满意度指标": Decimal(10)}
    assert read.provenance["stated_block_weights.满意度指标"].guessed
    assert "满意度指标" not in _read(form.format(points=20)).stated_block_weights
