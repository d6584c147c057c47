"""Shapes found by the twenty-third real-page probe (docs/reader-corpora/real-probe-23.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read


def _cells(*cells: str) -> str:
    """A system export copied from a web page: every cell on its own line, ending " |"."""
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


def test_a_goal_header_one_cell_a_line_and_a_template_hint_left_in_its_cell() -> None:
    """"项目年度目标 | 年度目标完成情况" one cell a line, the goal under the first, the blank template's hint
    ("…（100字以内）") under the second: the goal is read, the hint is no goal done."""
    read = _read(_cells(
        "部门预算项目支出绩效自评表(2024年度)", "项目名称", "51000024R000000012345-在职人员工资", "主管部门",
        "某某县统计局本级", "实施单位 (盖章)", "某某县统计局", "项目基本情况", "1.项目年度目标完成情况", "项目年度目标",
        "年度目标完成情况", "按时足额发放在职人员工资,保障单位正常运转,减少结余资金。",
        "对照年度目标,说明相关任务目标的完成情况(100字以内)", "2.项目实施内容及过程概述", ""))
    assert read.project is not None
    assert read.project.goal_expected == "按时足额发放在职人员工资,保障单位正常运转,减少结余资金。"
    assert read.project.goal_actual is None
    assert read.unit.supervising_department == "某某县统计局"


def test_spaced_goal_row_under_a_district_forms_goal_headers() -> None:
    """"年度总体目标 年初设定目标 年度总体目标完成情况综述" over the two texts one space apart, the next label's first
    line ("项目预算") beside them: the first text is the goal, the second what was done."""
    read = _read("区级部门预算项目支出绩效自评表\n( 2020 年度)\n"
                 "项目名称 日常运行经费 主管部门 某市某区体育局\n"
                 "项目实施单位 某市某区体育中心 项目负责人 王某 联系电话 1234567\n"
                 "年度总体目标 年初设定目标 年度总体目标完成情况综述\n"
                 "体育场馆全年开放 用于体育场馆全年开放,支付场馆保洁和安保费用,确保场馆正常开放。\n"
                 "项目预算\n执行情况\n(10分)\n"
                 "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额 30 30 10 100% 10\n")
    assert read.project is not None
    assert read.project.goal_expected == "体育场馆全年开放"
    assert read.project.goal_actual == "用于体育场馆全年开放,支付场馆保洁和安保费用,确保场馆正常开放。"


def test_total_one_cell_a_line_gives_the_full_mark_as_well() -> None:
    """"总分" / "100" / "97" one cell a line: 97 is the total, 100 the full mark."""
    read = _read("项目支出绩效自评表\n( 2022年度)\n项目名称\n农产品抽检经费\n实施单位\n某某县农业农村局\n"
                 "满意度\n指标\n服务对象满意度指标\n服务对象满意度\n≥90%\n96%\n10\n10\n总分\n100\n97\n")
    assert (read.stated_total, read.full_mark) == (Decimal(97), Decimal(100))


def test_a_total_label_stating_the_full_mark() -> None:
    """"总分(100分) | 96 | 自评等级 | 优": the label states the full mark, the cell after it is the total."""
    read = _read("2023年度项目支出绩效自评表\n单位名称:某市档案馆 填报日期:2024年4月2日\n"
                 "项目名称 | 档案数字化经费 |\n主管部门 | 某市档案局 | 项目实施单位 | 某市档案馆 |\n"
                 "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |\n"
                 "年度财政资金总额 | 12 | 12 | 100% | 20 |\n"
                 "年度绩效目标(80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
                 "产出指标(60分) | 数量指标 | 数字化档案卷数 | 3000卷 | 3100卷 | 60 |\n"
                 "满意度指标(20分) | 服务对象满意度指标 | 查档群众满意率 | 90% | 92% | 16 |\n"
                 "总分(100分) | 96 | 自评等级 | 优 |\n")
    assert (read.stated_total, read.full_mark, read.stated_grade) == (Decimal(96), Decimal(100), "优")


_COVER = ("某市财政预算支出项目绩效目标自评表项目名称2023年应急设备购置"
          "项目实施单位某市急救站项目主管单位某市卫生健康委员会"
          "项目负责人李某填报日期:2024年4月2日自评总分:95项目权重评价内容分值自评分")


def test_a_run_together_total_is_not_cut_before_a_count_word() -> None:
    """"自评总分:95项目权重评价内容…" (a scoring sheet run together): the total is 95, never the 9 before "5项"."""
    read = _read(_COVER + "复核分评价标准及依据项目决策2分"
                 "决策依据22有项目年度工作计划计2分,没有不得分。\n")
    assert read.stated_total == Decimal(95)


def test_run_together_cover_cut_before_the_supervisors_label() -> None:
    """"…项目实施单位某市急救站项目主管单位某市卫生健康委员会…": the unit, then the supervisor's label whole; the
    title's place and form words ("某市财政预算支出项目") name no unit."""
    read = _read(_COVER + "\n")
    assert read.project is not None
    assert read.project.implementing_unit == "某市急救站"
    assert read.unit.supervising_department == "某市卫生健康委员会"
    assert read.unit.name != "某市财政预算支出项目"


def test_a_project_named_on_xiangmu_keeps_it_before_the_supervisors_label() -> None:
    """"项目名称某某补贴项目主管部门某局…": the name keeps its 项目; the label after it is 主管部门."""
    read = _read("2023年某某补贴项目绩效目标自评表填报日期:2024年3月1日总分:98分"
                 "项目名称某某补贴项目主管部门某市某区农业农村局项目实施单位某市某区农业农村局项目类别1、部门预算项目☑\n")
    assert read.project is not None
    assert read.project.name == "某某补贴项目"
    assert read.unit.supervising_department == "某市某区农业农村局"


_MERGED_ROWS = (
    "2023年度数字阅读项目自评表\n项目单位(盖章):某市少儿图书馆 主要领导签字:\n填报日期:2024.5.8\n"
    "项目名称 | 数字阅读推广 | ||||||||\n"
    "主管部门 | 某市文化和旅游局 | 项目实施单位 | 某市少儿图书馆 | ||||||\n"
    "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
    "年度财政资金总额 | 8 | 8 | 100% | 20 | |||||\n"
    "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||\n"
    "产出指标(40分) | 数量指标 | 电子书采购 | 2000册 | 2100册 | 20 | ||||\n"
    "阅读终端布点 | 100%覆盖 | 100%覆盖 | |||||||\n"
    "时效指标 | 全年开放 | 全年可用 | 全年可用 | 20 | |||||\n"
    "效益指标(40分) | 社会效益 | 少儿阅读便利程度 | 明显提升 | 明显提升 | 20 | ||||\n"
    "可持续影响 | 馆藏资源长期可用 | 长期 | 长期 | |||||||\n"
    "带动家庭亲子阅读 | |||||||||\n"
    "环境效益 | 数字阅读无纸化 | 良好 | 良好 | 10 | |||||\n"
    "服务时长 | ≥300天开放接待读者 | ≥300天 | ≥300天 | 10 | |||||\n"
)


def test_merged_score_cells_leave_continuation_rows_without_a_score() -> None:
    """A web page's rows whose score (and level) cells a merge covers ("阅读终端布点 | 100%覆盖 | 100%覆盖 |"), a text
    alone on its line between two rows (a second name for merged values), a 定性 target 良好, a name opening on its
    standard ("≥300天开放接待读者"): each line of cells is a row; the lone text stays text; no row takes a level from
    the row's values."""
    read = _read(_MERGED_ROWS)
    names = [i.name for i in read.indicators if i.name != "预算执行率"]
    assert names == ["电子书采购", "阅读终端布点", "全年开放", "少儿阅读便利程度", "馆藏资源长期可用", "数字阅读无纸化",
                     "≥300天开放接待读者"]
    by_name = {i.name: i for i in read.indicators}
    assert by_name["阅读终端布点"].stated_score is None and by_name["阅读终端布点"].level1 == "产出指标"
    assert by_name["全年开放"].level1 == "产出指标"
    assert by_name["数字阅读无纸化"].stated_score == Decimal(10)
    assert by_name["≥300天开放接待读者"].stated_score == Decimal(10)
    assert not _errors(read)


def test_a_level_name_wrapped_before_its_zhibiao() -> None:
    """"经济效益" / "指标" on two lines (a viewer wrapped the level's cell): one level, 经济效益指标, for the row
    after."""
    read = _read(
        "区级部门预算项目支出绩效自评表\n( 2021 年度)\n项目名称 图书借阅服务 主管部门 某市某区文化和旅游局\n"
        "一级\n指标\n二级\n指标\n三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法\n"
        "\n\n(50分)\n"
        "数量指标 全年借阅人次 100% 100% 25 25  \n定量指标计算:完成值达到指标值,记满分;未达到指标值,按比例记分。\n"
        "定性指标计算:根据三档原则记分。\n-          \n成本指标 单次活动成本控制 1万 1万 25 25  \n-          \n"
        "- -          \n\n\n(30分)\n经济效益\n指标\n带动周边阅读消费 100% 100% 10 10  \n-          \n")
    by_name = {i.name: i for i in read.indicators}
    assert by_name["带动周边阅读消费"].level2 == "经济效益指标"


def test_figures_run_together_after_a_name_and_its_unit() -> None:
    """A whole-unit form a document site ran together: "巡护任务完成率%951010010" is the name, its 计量单位 and four
    figures (指标值 95, 权重 10, 完成值 100, 得分 10), "病虫害成灾率%0.5100.210" the same with decimals (0.5 | 10 |
    0.2 | 10): the figures are split by the header's order and the row's constraints, never at a text written
    twice ("…010010" is no 010 | 010) or at two decimals ("0.51 | 0 | 0.21 | 0"); the remarks column's header 说明,
    touching the header run, is no part of the first name."""
    read = _read("1、某市某区林业站2024年度部门整体绩效自评表主管部门某市某区林业局部门联系人张某联系电话"
                 "自评总分(分)98.5\n"
                 "2、绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明巡护任务完成率%951010010"
                 "林地管护面积万亩3510358病虫害成灾率%0.5100.210\n")
    by_name = {i.name: i for i in read.indicators}
    patrol, pests = by_name["巡护任务完成率"], by_name["病虫害成灾率"]
    assert (patrol.target.value, patrol.weight, patrol.actual.value, patrol.stated_score) == \
        (Decimal(95), Decimal(10), Decimal(100), Decimal(10))
    assert (pests.target.value, pests.weight, pests.actual.value, pests.stated_score) == \
        (Decimal("0.5"), Decimal(10), Decimal("0.2"), Decimal(10))
