"""A shape the rebuilt real pages of stop 60 showed (docs/reader-corpora/held-rebuild-60.md), as an invented snippet:
invented units, projects and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page

# one page holding two projects' forms one after the other (a .docx of several 项目支出绩效自评表): the first form's
# 年初 cell is blank, the second's money row is another project's
_FORM = ("项目支出绩效自评表（2020年度）\n项目名称 | {name} |\n主管部门 | 某区剧团 | 实施单位 | 某区文化局机关 |\n"
         "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
         "年度资金总额 | {initial} | {adjusted} | {adjusted} | 10 | 100% | 10 |\n"
         "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
         "产出指标 | 数量指标 | {row} | 40件 | 40件 | 90 | 90 |\n总分 | 100 | 100 |\n")


def test_a_second_forms_total_fills_no_blank_of_the_first() -> None:
    """The second project's 年度资金总额 (35 | 35 | 35) is no part of the first project's money: the first form's
    blank 年初 stays blank (before: 35, taken from the next form)."""
    read = read_page(_FORM.format(name="舞台灯光更新经费", initial="", adjusted="26", row="更新灯具数量")
                     + _FORM.format(name="青年演员培训经费", initial="35", adjusted="35", row="培训演员人数"))
    assert read.project is not None and read.project.name == "舞台灯光更新经费"
    assert (read.budget.initial, read.budget.adjusted, read.budget.executed) == (None, 26, 26)


def test_a_later_table_agreeing_with_the_total_still_fills_its_blank() -> None:
    """Guard: a later money table whose amounts agree with the total read (the same form's money again, with its
    年初 written) still gives the 年初 the first left blank."""
    read = read_page(_FORM.format(name="舞台灯光更新经费", initial="", adjusted="26", row="更新灯具数量")
                     + _FORM.format(name="舞台灯光更新经费", initial="20", adjusted="26", row="更新灯具数量"))
    assert (read.budget.initial, read.budget.adjusted, read.budget.executed) == (20, 26, 26)
