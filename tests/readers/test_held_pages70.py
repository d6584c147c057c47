"""Shapes the held-out pages of stop 70 showed (docs/reader-corpora/held-70.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a document viewer's copy of a project form, one cell a line with a blank line after each: the planned money split
# by level of government, each level named twice (the planned half, then the received half), small whole amounts
_ONE_A_LINE = "\n\n".join([
    "某某项目绩效自评表", "一、项目基本情况", "项目实施单位", "某某厅某某处", "主管部门", "某某厅",
    "计划投资额", "(万元)", "260", "实际到位资金", "(万元)", "215.5", "实际使用情况(万元)", "208.25",
    "其中:", "中央财政", "0", "其中:", "中央财政", "0", "省财政", "260", "省财政", "215.5",
    "市县财政", "0", "市县财政", "0", "其他", "0", "其他", "0",
    "二、绩效评价指标评分", "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
    "项目决策", "20", "项目目标", "4", "目标内容", "4", "3.5",
]) + "\n"


def test_fund_rows_one_cell_a_line_each_level_named_twice() -> None:
    """"其中:" / "中央财政" / "0" / "其中:" / "中央财政" / "0" / "省财政" / "260" / "省财政" / "215.5" / …: the planned
    amount after each level's first naming is its fund row, as the same cells side by side are read (before, the
    bare "0" and "260" were dropped as page numbers and no fund row was read)."""
    budget = _read(_ONE_A_LINE).budget
    assert (budget.adjusted, budget.executed) == (Decimal("260"), Decimal("208.25"))
    assert [(row.name, row.adjusted, row.executed) for row in budget.fund_rows] == [
        ("中央财政", Decimal("0"), None), ("省财政", Decimal("260"), None),
        ("市县财政", Decimal("0"), None), ("其他", Decimal("0"), None)]


def test_fund_rows_one_a_line_only_when_they_sum_to_the_budget() -> None:
    """The same cells whose planned amounts do not add up to the planned money: no fund row is read."""
    text = _ONE_A_LINE.replace("省财政\n\n260", "省财政\n\n250")
    assert _read(text).budget.fund_rows == []


_PIPE_FORM = ("部门预算项目支出绩效自评表(2023年度) | ||||||||||\n"
              "项目名称 | 51000000T000000000001-2023年某某设备更新补助项目 | |||||||||\n"
              "主管部门 | 某县某某局部门 | 实施单位 | 某县某某局 | |||||||\n"
              "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||||\n"
              "按计划更新办公设备,并按时支付项目资金。 | 完成 | |||||||||\n"
              "2.项目实施内容及过程概述 | 2023年更新设备9台,年底前支付完毕。 | |||||||||\n"
              "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分"
              " | 原因 | ||\n"
              "总额 | 0.00 | 2.40 | 2.40 | 100.00% | 10 | 10 | | |||\n")


def test_a_goal_line_under_a_detached_header_with_a_short_result() -> None:
    """"项目年度目标 | 年度目标完成情况" on a line of its own over "goal's words。 | 完成 |": the long text is the goal,
    the short one after it what was done (before, a result under eight characters left both unread)."""
    project = _read(_PIPE_FORM).project
    assert project is not None
    assert (project.goal_expected, project.goal_actual) == ("按计划更新办公设备,并按时支付项目资金。", "完成")


def test_a_goal_clause_in_a_report_run_into_one_line() -> None:
    """"…,其中上级资金A万元,本级B万元,项目绩效目标是保障某站正常运转二、项目资金使用…" (a document site's copy with no
    breaks): the clause after 目标是 up to the next section's glued number is the goal, a guess (before, none)."""
    text = ("某县某某站专项资金绩效自评价报告一、基本情况(一)项目基本概况我站2023年项目为一个:日常运转经费项目"
            "(二)资金及项目绩效目标我站2023年共安排48万元,其中上级资金30万元,本级18万元,项目绩效目标是保障某站"
            "日常工作正常运转二、项目资金使用及管理情况我站资金严格按照规定使用三、预算支出组织实施情况我站2023年"
            "支出共计45.6万元\n")
    project = _read(text).project
    assert project is not None and project.goal_expected == "保障某站日常工作正常运转"


def test_the_year_a_form_cell_names_when_no_line_names_one() -> None:
    """A whole unit's form titled with no year, its completion cell "中心2022年按计划完成了…": that year, a guess
    (before, no year was read)."""
    text = ("部门整体绩效自评表\n"
            "| 主管部门 | 某区某某中心 | 自评总分(分) | 96 |\n"
            "| 年初绩效目标 | 全年目标实际完成情况 | | |\n"
            "| 保障中心日常运转,完成宣传任务。 | 中心2022年按计划完成了各项履职任务。 | | |\n"
            "| 指标名称 | 指标权重(分) | 指标得分(分) | |\n"
            "| 播发稿件数量 | 10 | 10 | |\n")
    read = _read(text)
    assert read.year == 2022


def test_a_filing_date_in_a_form_cell_is_no_year_named_there() -> None:
    """A cover's cell "报告日期:2023年6月30日", no other year: the year before the filing date, as before (a guard:
    the form-cell year passes over a cell holding a date)."""
    text = ("财政支出项目绩效评价自评报告\n"
            "| 项目名称 | 某某服务运行经费 | 项目单位 | 某市某某局 |\n"
            "| 评价方式 | 部门(单位)绩效自评 | 报告日期 | 报告日期:2023年6月30日 |\n"
            "| 计划安排资金(万元) | 60 | 实际支出(万元) | 58 |\n")
    assert _read(text).year == 2022
