"""False errors under damage that trust53 left (stop 46, trust54): each a text damaged as a viewer or a search excerpt
gives it (a line dropped, lines joined into one), read as ``jixiao parse`` reads a txt. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

HEADLESS_UNIT = [
    "丁县气象服务站2025年度单位整体支出绩效自评报告",
    "一、预算执行情况",
    "2025年本单位年初预算320.00万元，全年预算356.40万元，全年执行341.15万元，预算执行率95.72%。",
    "二、单位整体支出绩效自评表",
    "预算执行 |  | 预算执行率 | 100% | 95.72% | 10 | 9.57 |  |",
    "产出指标 | 数量指标 | 气象预警信息发布次数 | ≥150次 | 162次 | 30 | 30 |  |",
    "产出指标 | 质量指标 | 预报准确率 | ≥85% | 80% | 30 | 24 | 强对流过程漏报，扣6分 |",
    "满意度指标 | 服务对象满意度指标 | 公众满意度 | ≥90% | 93% | 30 | 30 |  |",
    "合计 |  | 100 | 93.57 |  |",
    "经自评，本单位2025年度整体支出绩效自评得分93.57分。",
    "三、项目支出绩效自评情况",
    "附表1：人工增雨作业项目绩效自评表",
    "项目名称 | 人工增雨作业项目 |  |",
    "项目资金（万元） | 年初预算数 | 60.00 | 全年预算数 | 60.00 | 全年执行数 | 58.20 |  |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "产出指标 | 数量指标 | 增雨作业次数 | ≥20次 | 22次 | 50 | 50 |  |",
    "效益指标 | 社会效益指标 | 抗旱受益面积 | ≥3万亩 | 2.6万亩 | 50 | 42 | 降水条件不足，扣8分 |",
    "该项目自评得分92分。",
]


def test_a_unit_form_whose_indicator_header_was_dropped_is_a_form_of_its_own(tmp_path: Path) -> None:
    """A whole-unit form's indicator header dropped (a copy's lost line): its rows stand headless, but their levels
    still show the form had its indicator table, so the project's 项目名称 row below opens a form of its own; read as
    one, the project's indicators (92) were summed against the unit's stated total (93.57): a false TOTAL_MISMATCH."""
    evaluation = read_saved(tmp_path, "\n".join(HEADLESS_UNIT) + "\n")
    assert evaluation.stated_total == Decimal("93.57")
    assert not any(ind.name == "增雨作业次数" for ind in evaluation.indicators)
    assert "TOTAL_MISMATCH" not in errors(evaluation)


def _form(name: str, money: tuple[str, str, str, str, str, str], rows: list[str], total: str) -> list[str]:
    """A project form copied from a sheet whose money block's merged label is given in each of its rows."""
    initial, adjusted, executed, rate, score, weight = money
    return [
        f"{name}绩效自评表",
        f"项目名称 | {name} |",
        "项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        f"项目资金（万元） | 年度资金总额 | {initial} | {adjusted} | {executed} | {weight} | {rate} | {score} |",
        f"项目资金（万元） | 其中：当年财政拨款 | {initial} | {adjusted} | {executed} | — | {rate} | — |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        *rows,
        f"总分 | 100 | {total} | 优 |",
    ]


FIRST = _form("某镇农村公路养护补助项目", ("88.00", "92.40", "90.10", "97.51%", "9.75", "10"), [
    "产出指标 | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 30 | 30 |  |",
    "产出指标 | 质量指标 | 路况优良率 | ≥85% | 83% | 30 | 28 | 雨季路面损坏 |",
    "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 94% | 30 | 30 |  |",
], "97.75")
SECOND = _form("某镇小型水利设施维修项目", ("35.00", "35.00", "33.60", "96.00%", "9.60", "10"), [
    "产出指标 | 数量指标 | 维修山塘数 | ≥8座 | 8座 | 45 | 45 |  |",
    "效益指标 | 社会效益指标 | 受益灌溉面积 | ≥0.5万亩 | 0.52万亩 | 45 | 45 |  |",
], "99.60")


def test_a_money_blocks_label_repeated_in_each_row_is_no_row_label(tmp_path: Path) -> None:
    """The money block's merged label (项目资金（万元）) given again at the start of each of its rows: the row was
    taken to end there, and the block's amounts were not read."""
    evaluation = read_saved(tmp_path, "\n".join(FIRST) + "\n")
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == \
        (Decimal("88.00"), Decimal("92.40"), Decimal("90.10"))


def test_two_project_forms_joined_into_one_line_raise_no_sum_error(tmp_path: Path) -> None:
    """Two project forms joined into one line (lines joined with a space): read as one list, each form's weights
    make the full mark with its money block's 预算执行率; the list's sums are then no error (two reports' figures)."""
    evaluation = read_saved(tmp_path, _joined("某镇2024年度项目支出绩效自评情况", *FIRST, *SECOND))
    assert not errors(evaluation) & {"WEIGHTS_NOT_100", "TOTAL_MISMATCH"}


def _joined(*lines: str) -> str:
    return " ".join(lines) + "\n"


SIDE_BY_SIDE = [
    "戊县文物保护中心2025年度单位整体支出绩效自评报告",
    "二、收支情况（单位：万元）",
    "收入项目 | 金额 | 支出项目 | 金额 |",
    "财政拨款收入 | 842.60 | 基本支出 | 615.30 |",
    "事业收入 | 96.00 | 项目支出 | 288.45 |",
    "其他收入 | 12.40 |  |  |",
    "收入合计 | 951.00 | 支出合计 | 903.75 |",
    "三、绩效目标完成情况",
]


def test_a_row_whose_spending_half_is_blank_ends_on_its_line(tmp_path: Path) -> None:
    """A web-copied 收支 row whose spending half is empty ("其他收入 | 12.40 |  |  |"): the copy drops the empty
    cells at the line's end, and the totals row's first half was taken for that row's second, 收入合计 read as the
    spending total."""
    budget = read_saved(tmp_path, "\n".join(SIDE_BY_SIDE) + "\n").budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("951.00"), Decimal("903.75"))


def test_a_side_by_side_table_joined_after_its_caption_keeps_its_totals(tmp_path: Path) -> None:
    """The same lines joined into one: the caption's text and the first label head are one cell ("…（单位：万元）
    收入项目"); the head is read from the cell's last part (the cell's text kept), and the table with its totals."""
    budget = read_saved(tmp_path, _joined(*SIDE_BY_SIDE)).budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("951.00"), Decimal("903.75"))
    assert [item.name for item in budget.expenditure_items] == ["基本支出", "项目支出"]
