"""Look-alikes that could raise a false error or hide a true one (docs/reader-corpora/look-alikes-36.md), each as an
invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors

from jixiao.readers.report import read_report


def _read(folder: Path, text: str, name: str = "page.txt"):  # type: ignore[no-untyped-def]
    """The evaluation read from ``text`` saved as ``name`` in ``folder``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    evaluation, _, _ = read_report(path)
    return evaluation


_FULL_WIDTH_RATE = (
    "某县农技推广站2024年度项目支出绩效自评表\n"
    "| 项目名称 | 基层农技推广体系建设补助项目 |  |  |  |  |  |\n"
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | ４８０．００ | ５００．００ | ４７０．００ | １０ | ９６．００％ | ９．６０ |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 示范基地建设数 | ≥５个 | ５个 | ３０ | ３０ |\n"
    "| 效益指标 | 社会效益指标 | 主导品种入户率 | ≥９０％ | ９２％ | ３０ | ３０ |\n"
    "| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥９０％ | ９３％ | ３０ | ３０ |\n"
    "| 总分 |  |  |  |  | １００ | ９９．６０ |\n"
)


def test_a_full_width_rate_cell_keeps_its_percent_sign(tmp_path: Path) -> None:
    """"９６．００％" in the money table's 执行率 column (an input method's full-width figures) holds its % like
    "96.00%" (before, its ％ went unseen, the rate was taken for one a viewer had dropped the % from, a guess, and the
    unit's true EXECUTION_RATE_MISMATCH, 96 % stated against 470 ÷ 500 = 94 %, became a warning)."""
    evaluation = _read(tmp_path, _FULL_WIDTH_RATE)
    assert evaluation.budget.stated_execution_rate == Decimal("96.00")
    assert not evaluation.provenance["budget.stated_execution_rate"].guessed
    assert "EXECUTION_RATE_MISMATCH" in errors(evaluation)


_BOLD_CELLS = (
    "某街道办事处2024年度部门整体支出绩效自评表\n"
    "| **项目资金（万元）** | **年初预算数** | **全年预算数** | **全年执行数** | **分值** | **执行率** | **得分** |\n"
    "| **年度资金总额** | 820.00 | 860.00 | 851.40 | 10 | 99.00% | 9.90 |\n"
    "| **一级指标** | **二级指标** | **三级指标** | **年度指标值** | **实际完成值** | **分值** | **得分** |\n"
    "| **产出指标** | **数量指标** | **背街小巷改造条数** | ≥10条 | 11条 | 30 | 30 |\n"
    "| **效益指标** | **社会效益指标** | **居民投诉办结率** | ≥95% | 97% | 30 | 30 |\n"
    "| **满意度指标** | **服务对象满意度指标** | **居民满意度** | ≥90% | 92% | 30 | 30 |\n"
    "| **总分** |  |  |  |  | 100 | 99.90 |\n"
)


def test_bold_cells_of_a_web_copied_table_read_as_their_words(tmp_path: Path) -> None:
    """A Markdown export's bold ("| **总分** | … | 100 | 99.90 |") in a table read as flattened cells: the marks go,
    the 总分 row is the total (before, "**总分**" was an indicator weighing 100 and every name kept its stars)."""
    evaluation = _read(tmp_path, _BOLD_CELLS)
    assert [i.name for i in evaluation.indicators] == ["预算执行率", "背街小巷改造条数", "居民投诉办结率", "居民满意度"]
    assert evaluation.stated_total == Decimal("99.90")
    assert not errors(evaluation)


_BOLD_LEVEL_TABS = (
    "某县法院2024年度部门整体支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t分值\t年度目标\t实际完成\t得分\n"
    "**产出指标（40分）**\t\t\t\t\t\t\n"
    "\t数量指标\t结案件数\t20\t≥500件\t520件\t20\n"
    "\t质量指标\t调解成功率\t20\t≥30%\t27%\t18\n"
    "**效益指标（30分）**\t\t\t\t\t\t\n"
    "\t可持续影响指标\t信息化应用水平\t30\t持续提升\t持续提升\t30\n"
    "**满意度指标（30分）**\t\t\t\t\t\t\n"
    "\t服务对象满意度指标\t当事人满意度\t30\t≥90%\t93%\t30\n"
)


def test_bold_level_rows_of_a_tab_separated_table_read_as_their_words(tmp_path: Path) -> None:
    """A Markdown export pasted as tab-separated rows, its level rows in bold ("**效益指标（30分）**" and empty
    cells): the marks go there too (before, the bold level row was no level, and the next row, its target and actual
    both "持续提升", was cut in two indicators: a false WEIGHTS_NOT_100)."""
    evaluation = _read(tmp_path, _BOLD_LEVEL_TABS)
    assert [i.name for i in evaluation.indicators] == ["结案件数", "调解成功率", "信息化应用水平", "当事人满意度"]
    assert [i.weight for i in evaluation.indicators] == [20, 20, 30, 30]
    assert not errors(evaluation)


_SIGN_OFF = (
    "某县自然资源局2021年度项目支出绩效自评表\n"
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | 12.40 | 12.40 | 12.40 | 10 | 100% | 10 |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 巡查图斑核查数 | ≥ | 300 | 个 | 312 | 30 | 30 |\n"
    "| 质量指标 | 核查结果准确率 | ≥ | 95 | % | 97 | 30 | 28 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 92 | 30 |\n"
    "\n"
    "填报人：某某某    联系电话：0000-1234567\n"
    "填报日期：2022年3月15日\n"
)


def test_a_sign_off_under_the_form_is_no_cell_of_its_last_row(tmp_path: Path) -> None:
    """"填报人：某某某 联系电话：…" and "填报日期：…" under a form whose last row lacks its score: the labelled sign-off
    ends the form (before, its cells closed the row, so the row's 实际完成值 92 was read as its weight and the
    weight 30 as its score: a false WEIGHTS_NOT_100)."""
    evaluation = _read(tmp_path, _SIGN_OFF)
    assert [i.weight for i in evaluation.indicators] == [10, 30, 30, 30]
    assert evaluation.indicators[-1].stated_score is None
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


_SPACED_SIGNS = (
    "某县人民医院2023年度项目支出绩效自评表\n"
    "项目名称：远程诊疗平台建设项目\n"
    "预算执行情况（万元） 全年预算数 全年执行数 执行率 分值 得分\n"
    "年度财政资金总额 240.00 236.40 98.50 % 20 19.70\n"
    "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分\n"
    "产出指标 数量指标 接入平台的卫生院数 30 ≥ 12家 12家 30\n"
    "质量指标 平台验收合格率 20 = 100 % 100 % 20\n"
    "满意度指标 服务对象满意度 患者满意度 30 ≥ 90 % 93 % 30\n"
    "总分 100 99.70\n"
)


def test_a_sign_spaced_off_its_figure_stays_in_its_cell(tmp_path: Path) -> None:
    """Rows whose cells single spaces separate, a % or a ≥ spaced off its figure ("98.50 %", "≥ 12家"): the sign
    is part of the figure's cell, not a cell of its own (before, every row read one cell too many: no score was
    found and the budget row was lost)."""
    evaluation = _read(tmp_path, _SPACED_SIGNS)
    assert [(i.weight, i.stated_score) for i in evaluation.indicators] == [
        (20, Decimal("19.70")), (30, 30), (20, 20), (30, 30)]
    assert evaluation.budget.stated_execution_rate == Decimal("98.50")
    assert evaluation.indicators[2].actual is not None and evaluation.indicators[2].actual.value == 100


_DEDUCTION_BEFORE_SCORE = (
    "某县畜牧兽医站良种补贴项目2023年度绩效评价报告\n"
    "一、评价结论\n"
    "经评价，该项目评价得分94分，评价等级为“优”。各项指标得分情况见下表。\n"
    "一级指标 | 二级指标 | 三级指标 | 分值 | 扣分 | 扣分原因| 得分\n"
    "决策 | 项目立项 | 立项依据充分性 | 20 | 0 | | 20\n"
    "过程 | 资金管理 | 资金到位率 | 20 | 2 | 部分资金到位偏晚| 18\n"
    "产出 | 产出数量 | 补贴种畜数量 | 30 | 0 | | 30\n"
    "效益 | 满意度 | 养殖户满意度 | 30 | 4 | 调查样本偏少| 26\n"
    "合计 | | | 100 | 6 || 94\n"
    "二、主要绩效\n"
    "全年补贴种畜520头，补贴资金全部发放到户。\n"
)


def test_a_total_row_under_weight_deduction_and_score_columns_puts_each_figure_under_its_column(
        tmp_path: Path) -> None:
    """"合计 | | | 100 | 6 || 94" under 分值 | 扣分 | 扣分原因 | 得分 (rows without a leading "|", read as cells): the
    three figures are the full mark, the points lost and the total, in the header's order (before, the second
    figure was taken for the total: 6 against the prose's 94, a false TEXT_TABLE_MISMATCH)."""
    evaluation = _read(tmp_path, _DEDUCTION_BEFORE_SCORE)
    assert evaluation.stated_total == 94
    assert not errors(evaluation)
