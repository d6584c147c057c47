# ruff: noqa: E501  (long Chinese sentences and HTML lines are kept whole)
"""The standard forms as grids: the 2020 central project and whole-unit 自评表 and the provincial
variants seen on published pages (Sichuan, Chongqing, Hubei, Hunan, Yunnan). Invented content only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fifth_facts import Ind, money, num, r2
from fifth_shapes import Cell, Grid, c


def _groups(inds: list[Ind], key: Callable[[Ind], str]) -> list[list[Ind]]:
    out: list[list[Ind]] = []
    for ind in inds:
        if out and key(out[-1][0]) == key(ind):
            out[-1].append(ind)
        else:
            out.append([ind])
    return out


def level_rows(inds: list[Ind], tail: Callable[[Ind], list[Cell]], block_w: dict[str, Any] | None = None,
               l1_suffix: bool = True) -> Grid:
    """Indicator rows with merged 一级/二级 cells (rowspans); ``block_w`` prints "产出指标（50分）"."""
    rows: Grid = []
    for g1 in _groups(inds, lambda i: i.l1):
        label = g1[0].l1
        if block_w and l1_suffix and label in block_w:
            label = f"{label}（{num(block_w[label])}分）"
        first1 = True
        for g2 in _groups(g1, lambda i: i.l2):
            first2 = True
            for ind in g2:
                row: list[Cell] = []
                if first1:
                    row.append(c(label, 1, len(g1)))
                if first2:
                    row.append(c(ind.l2, 1, len(g2)))
                row += tail(ind)
                rows.append(row)
                first1 = first2 = False
    return rows


def with_label(label: str, rows: Grid, width_note: int = 1) -> Grid:
    """Put a merged label cell (rowspan over all rows) in front of a block."""
    if not rows:
        return rows
    return [[c(label, width_note, len(rows)), *rows[0]], *rows[1:]]


def cell_money(x: Any) -> str:
    return "" if x is None else money(x)


def standard_money(a: Any, b: Any, e: Any, first: str = "其中：当年财政拨款") -> list[tuple[str, Any, Any, Any]]:
    """The central form's money rows: 年度资金总额, one 其中 row carrying the money, two empty rows."""
    return [("年度资金总额", a, b, e), (first, a, b, e), ("上年结转资金", None, None, None), ("其他资金", None, None, None)]


# ---------------------------------------------------------------- central project form (2020)
def central_project(year_line: str, name: str, dept: str | None, impl: str,
                    money_rows: list[tuple[str, Any, Any, Any]], exec_cells: tuple[str, str, str],
                    goal: tuple[str, str], inds: list[Ind], total: str, block_w: dict[str, Any] | None = None,
                    title: str = "项目支出绩效自评表", money_label: str = "项目资金（万元）",
                    grade: str | None = None, sub_marks: str = "—", name_label: str = "项目名称",
                    fmt: Callable[[Any], str] | None = None) -> Grid:
    """The central project form; ``dept`` None drops the 主管部门/实施单位 row (whole-unit variant);
    ``fmt`` formats amounts (default 万元 with two decimals)."""
    grid: Grid = [[c(title, 10)], [c(year_line, 10)], [name_label, c(name, 9)]]
    if dept is not None:
        grid.append(["主管部门", c(dept, 4), "实施单位", c(impl, 4)])
    show = fmt or cell_money
    money_grid: Grid = [["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for i, (label, a, b, e) in enumerate(money_rows):
        marks = list(exec_cells) if i == 0 else [sub_marks] * 3
        money_grid.append([label, *(show(x) if x is not None else "" for x in (a, b, e)), *marks])
    grid += with_label(money_label, money_grid)
    grid += with_label("年度总体目标", [["预期目标", c("实际完成情况", 4)], [goal[0], c(goal[1], 4)]])
    head: list[Cell] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进措施"]
    rows = level_rows(inds, lambda i: [i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note],
                      block_w)
    grid += with_label("绩效指标", [head, *rows])
    total_row: list[Cell] = [c("总分", 6), "100", total]
    if grade is not None:
        total_row.append(grade)
    grid.append(total_row)
    return grid


# ---------------------------------------------------------------- central whole-unit form, Hunan split
def central_whole(year_line: str, unit: str, money_row: tuple[Any, Any, Any, str, str, str],
                  income: list[tuple[str, Any]], spend: list[tuple[str, Any]], goal: tuple[str, str],
                  inds: list[Ind], total: str, block_w: dict[str, Any] | None = None,
                  name_label: str = "部门（单位）名称", money_label: str = "年度预算申请（万元）") -> Grid:
    """部门整体支出绩效自评表: 年度资金总额, then label：value cells 按收入性质分 / 按支出性质分."""
    grid: Grid = [[c("部门整体支出绩效自评表", 10)], [c(year_line, 10)],
                  [name_label, c(unit, 9)]]
    a, b, e, w, r, s = money_row
    block: Grid = [["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
                   ["年度资金总额", cell_money(a), cell_money(b), cell_money(e), w, r, s]]
    n = max(len(income), len(spend))
    for i in range(n):
        left = income[i] if i < len(income) else ("", None)
        right = spend[i] if i < len(spend) else ("", None)
        block.append([c(f"{left[0]}{'' if left[1] is None else money(left[1])}" if left[0] else "", 3),
                      c(f"{right[0]}{'' if right[1] is None else money(right[1])}" if right[0] else "", 4)])
    grid += with_label(money_label, block)
    grid += with_label("年度总体目标", [["预期目标", c("实际完成情况", 5)], [goal[0], c(goal[1], 5)]])
    head: list[Cell] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "偏差原因分析及改进措施"]
    rows = level_rows(inds, lambda i: [i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note],
                      block_w)
    grid += with_label("年度绩效指标", [head, *rows])
    grid.append([c("总分", 6), "100", total, ""])
    return grid


# ---------------------------------------------------------------- Sichuan 部门预算项目支出绩效自评表
def sichuan_project(year: int, report_no: str, code_name: str, dept: str, impl: str, goal: tuple[str, str],
                    process: str, total_row: tuple[Any, Any, Any, str, str, str],
                    sub_rows: list[tuple[str, Any, Any, Any, str]], inds: list[Ind], total: str,
                    conclusion: str, problems: str, measures: str, leaders: tuple[str, str]) -> Grid:
    """Columns 指标性质 / 指标值 / 度量单位 split the target; 完成值 carries no unit."""
    grid: Grid = [[f"报表编号：{report_no}", "", "", "", "", ""],
                  [c(f"部门预算项目支出绩效自评表（{year}年度）", 11)],
                  ["项目名称", c(code_name, 10)],
                  ["主管部门", c(dept, 4), "实施单位（盖章）", c(impl, 5)]]
    grid += with_label("项目基本情况", [
        ["1.项目年度目标完成情况", "项目年度目标", c("年度目标完成情况", 7)],
        [goal[0], c(goal[1], 7)],
        ["2.项目实施内容及过程概述", c(process, 8)]])
    a, b, e, r, w, s = total_row
    money_grid: Grid = [["年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
                         c("原因", 3)],
                        ["总额", money(a), money(b), money(e), r, w, s,
                         c("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                           "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。", 3,
                           1 + len(sub_rows))]]
    for label, sa, sb, se, sr in sub_rows:
        money_grid.append([label, cell_money(sa), cell_money(sb), cell_money(se), sr, "/", "/"])
    grid += with_label("预算执行情况（10分）", money_grid)
    head: list[Cell] = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                        "未完成原因分析"]

    def tail(i: Ind) -> list[Cell]:
        nature = i.cmp or "定性"
        value = num(i.tv) if i.cmp else str(i.tv)
        done = "" if i.blank_actual else (i.act_cell if i.act_cell is not None else
                                          (num(i.av) if i.cmp else str(i.av)))
        return [i.name, nature, value, i.unit, done, num(i.w), num(i.sc) if i.sc is not None else "", i.note]

    grid += with_label("绩效指标（90分）", [head, *level_rows(inds, tail)])
    grid.append([c("合计", 8), "100", total, ""])
    grid.append(["评价结论", c(conclusion, 10)])
    grid.append(["存在问题", c(problems, 10)])
    grid.append(["改进措施", c(measures, 10)])
    grid.append([c(f"项目负责人：{leaders[0]}", 5), c(f"财务负责人：{leaders[1]}", 6)])
    return grid


# ---------------------------------------------------------------- Chongqing 部门整体绩效自评表
def cq_whole(year_line: str, unit: str, office: str, total: str, contact: tuple[str, str],
             money_row: tuple[Any, Any, Any, str, str, str], goals: tuple[str, str, str], inds: list[Ind]) -> Grid:
    """No 一级/二级 columns; 年初指标值 / 调整指标值 / 全年完成值 / 得分系数 / 指标权重 / 指标得分 / 是否核心指标."""
    grid: Grid = [[c("部门整体绩效自评表", 10)], [c(year_line, 10)],
                  ["主管部门", c(unit, 3), "财政处室", c(office, 2), "自评总分（分）", c(total, 2)],
                  ["部门联系人", c(contact[0], 3), "联系电话", c(contact[1], 5)]]
    a, b, e, r, w, s = money_row
    grid += with_label("部门预算执行情况（万元）", [
        ["资金总额", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"],
        ["", money(a), money(b), money(e), r, w, s]])
    grid += with_label("当年绩效目标", [["年初绩效目标", c("全年（调整）绩效目标", 3), c("全年目标实际完成情况", 4)],
                                        [goals[0], c(goals[1], 3), c(goals[2], 4)]])
    head: list[Cell] = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
                        "指标权重（分）", "指标得分（分）", "是否核心指标"]
    rows: Grid = []
    for i in inds:
        nature = "定量指标" if i.cmp else "定性指标"
        if i.cmp:
            start = num(i.alt_target if i.alt_target is not None else i.tv) + i.unit
            adjusted = num(i.tv) + i.unit if i.alt_target is not None else ""
        else:
            start, adjusted = str(i.tv), ""
        done = i.actual_text()
        rows.append([i.name, i.unit, nature, start, adjusted, done, coefficient(i), num(i.w), num(i.sc),
                     "是" if i.core else "否"])
    grid += with_label("绩效指标", [head, *rows])
    return grid


def coefficient(i: Ind) -> str:
    """得分系数: score ÷ weight as a percentage (100%, 95.8%)."""
    return num(r2(i.score / i.weight * 100)) + "%"


# ---------------------------------------------------------------- Hubei 项目绩效目标自评表
def hubei_project(title: str, name: str, dept: str, impl: str, money_row: tuple[Any, Any, str, str],
                  inds: list[Ind], block_w: dict[str, Any], total: str) -> Grid:
    grid: Grid = [[c(title, 9)], [c("填报日期：", 4), c(f"总分：{total}分", 5)],
                  ["项目名称", c(name, 8)], ["主管部门", c(dept, 3), "项目实施单位", c(impl, 4)],
                  ["项目类别", c("1、部门预算项目☑ 2、省直专项□ 3、省对下转移支付项目□", 8)],
                  ["项目属性", c("1、持续性项目☑ 2、新增性项目□", 8)]]
    b, e, r, s = money_row
    grid += with_label("预算执行情况（万元）（20分）", [
        ["", "预算数（A）", "执行数（B）", "执行率（B/A）", c("得分（20分*执行率）", 4)],
        ["年度财政资金总额", money(b), money(e), r, c(s, 4)]])
    head: list[Cell] = ["一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "分值", "得分",
                        "未完成原因分析"]
    rows = level_rows(inds, lambda i: [i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note],
                      block_w)
    grid += [head, *rows]
    return grid


# ---------------------------------------------------------------- Hunan 部门整体支出绩效评价评分表
def hunan_score_table(inds: list[Ind], rules: dict[str, str], total: str, block_w: dict[str, Any]) -> Grid:
    """序号 | 一级 | 二级 | 三级 | 分值 | 评分标准 | 指标值 | 实际完成值 | 得分."""
    grid: Grid = [[c("部门整体支出绩效评价评分表", 9)],
                  ["序号", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分"]]
    body = level_rows(inds, lambda i: [i.name, num(i.w), rules.get(i.name, "完成得满分，未完成按比例扣分"),
                                       i.target_text(), i.actual_text(), num(i.sc)], block_w)
    for ind, row in zip(inds, body, strict=True):
        grid.append([str(ind.number) if ind.number is not None else "", *row])
    grid.append(["", c("合计", 3), "100", "", "", "", total])
    return grid
