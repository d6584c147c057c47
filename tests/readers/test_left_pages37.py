"""Shapes of the real pages still below 90 % after stop 35 (docs/reader-corpora/left-pages-37.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.readers.stream_rows import stream_rows

# a web table copied one cell a line, each row's last cell carrying the row's empty cells on its own line
_BY_DIRECTION = """某某市某某局部门整体支出绩效自评报告
部门整体支出绩效自评基础信息表
1-1:2023年度部门整体预算收支情况(单位:万元) | |||||||
实际明细支出 |
年度 |
市本级支出 |
市本级支出(其中: 部门预算支出) |
转移支付 县(区)支出 | |||
2022 |
512.30 |
512.30 |
|||||
2023 |
9876.54 |
9876.54 |
|||||
按方向划分 |
资金使用方向 |
安排年度 |
实际下达额度 |
实际支出金额 | |||
基本支出 |
1234.56 |
1234.56 | |||||
项目支出 |
8641.98 |
8641.98 | |||||
1-2:评价人员(最少3位) | |||||||
"""


def test_a_rows_last_cell_may_carry_its_empty_cells() -> None:
    """"1234.56 | |||||": the row's last cell and its trailing empties on one line end the row, as a line of
    rules alone does."""
    lines = _BY_DIRECTION.splitlines()
    rows = [cells for cells in stream_rows(lines).values() if cells]
    assert ["基本支出", "1234.56", "1234.56", "", "", "", "", ""] in rows
    assert ["按方向划分", "资金使用方向", "安排年度", "实际下达额度", "实际支出金额", "", "", ""] in rows


def test_a_pipe_tables_one_cell_row_on_its_own_line_stays_text() -> None:
    """"质量指标 | ||||||" alone on its line is a whole row of a pipe table, one row a line: no stream row."""
    lines = ["项目名称 | 某某项目 | 实施单位 | 某某镇 | ||||", "质量指标 | ||||||||",
             "合格率 | 5 | 95% | 96% | 5 | ||||", "时效指标 | ||||||||", "完成及时率 | 5 | 100% | 100% | 5 | ||||"]
    assert stream_rows(lines) == {}


def test_spending_by_direction_gives_the_expenditure_items() -> None:
    """基本支出 / 项目支出 rows under a header whose last cell is 实际支出金额, no total row: the items, each
    row's last figure (its columns a guess: the row is shorter than the header)."""
    read = read_page(_BY_DIRECTION)
    items = [(item.name, item.amount) for item in read.budget.expenditure_items]
    assert items == [("基本支出", Decimal("1234.56")), ("项目支出", Decimal("8641.98"))]
    assert read.provenance["budget.expenditure_items"].guessed


def test_a_special_funds_evaluation_report_is_a_projects() -> None:
    """"某某专项资金绩效评价报告" fused to its first heading: the kind is 项目支出, not the default."""
    read = read_page("资料简介\n1 2022年某某扶持专项资金绩效评价报告一、项目基本情况(一)项目背景。某某工作事关全局。\n")
    assert read.kind == "项目支出"


def test_a_headlines_short_name_gives_way_to_the_full_name_on_a_line_of_its_own() -> None:
    """A page's headline names the bureau short ("某某县农牧局"); the report's own heading spells it out alone on
    a line: the unit is the full name."""
    text = ("某某县农牧局2022年度项目绩效评价报告\n发布时间:2023-05-10\n来源:农牧局\n\n"
            "某某县农业农村和畜牧局\n2022年度农牧专项资金项目自评报告\n一、基本情况\n"
            "2022年,县农牧局共收到各类专项资金560万元,实施项目6个。\n")
    assert read_page(text).unit.name == "某某县农业农村和畜牧局"


@pytest.mark.parametrize(("short", "line"), [
    ("某某县农牧局", "某某县财政局"),  # another body of the same place: its characters not the short name's
    ("某某市民政局", "某某市某某区民政局"),  # a district's bureau: a place of its own
    ("某某市公安局", "某某市公安局某某分局"),  # a branch: the body word once more
])
def test_a_line_naming_another_body_spells_out_no_short_name(short: str, line: str) -> None:
    """A line that is no abbreviation's full name leaves the headline's short name as it is."""
    text = (f"{short}2022年度项目绩效评价报告\n发布时间:2023-05-10\n\n"
            f"{line}\n一、基本情况\n2022年共收到各类专项资金300万元。\n")
    assert read_page(text).unit.name == short


def test_a_fund_allocated_to_a_body_names_the_project_of_a_report_with_no_title() -> None:
    """A report given from its first heading on: "市财政下达市某某局某某工程建设经费260万元" names the project (a guess)
    as well as its budget."""
    text = ("一、项目基本情况\n某某工程原批复规模较小,已不能满足需要。\n二、项目绩效实现情况\n(一)项目资金情况\n"
            "根据《某市财政局关于2022年部门预算的批复》,市财政下达市某某局某某站场扩建工程建设经费150万元。\n")
    read = read_page(text)
    assert read.project.name == "某某站场扩建工程建设经费"
    assert read.provenance["project.name"].guessed
    assert read.budget.adjusted == Decimal("150")


def test_a_fund_named_as_its_evaluation_was_completed() -> None:
    """"…较好完成了2022年度某某调节基金绩效自评工作" in a report with no title: the 基金 is the project (a guess)."""
    text = ("某省委、省政府高度重视某某调节工作。我省认真组织开展自评,较好完成了2022年度某某调节基金绩效自评工作。"
            "现将自评情况报告如下:\n一、绩效目标分解下达情况\n中央核定我省某某调节基金规模为5000.00万元。\n")
    read = read_page(text)
    assert read.project.name == "某某调节基金"
    assert read.provenance["project.name"].guessed


def test_a_notice_over_several_transfers_names_no_project_its_fused_forms_label_does() -> None:
    """A notice publishing several transfers' reports ("关于2022年度中央转移支付专项资金绩效自评的报告") names no
    project; the first report's form, run into the paragraph with its labels fused to their values, does."""
    text = ("某某自治区某某厅关于2022年度中央转移支付专项资金绩效自评的报告\n\n"
            "现将中央某某保护专项资金转移支付2022年度绩效自评报告、中央某某补助资金2022年度绩效自评报告公开如下:"
            "中央某某保护资金转移支付绩效目标自评表(2022年度)转移支付(项目)名称某某保护资金中央主管部门某某部"
            "地方主管部门资金使用单位资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)"
            "年度资金总额:15201520100%其中:中央财政资金15201520100%地方资金其他资金总体目标\n")
    assert read_page(text).project.name == "某某保护资金"


def test_a_levels_transfers_name_no_project() -> None:
    read = read_page("某某县2022年度中央转移支付专项资金绩效自评报告\n一、基本情况\n下达资金300万元,支出300万元。\n")
    assert read.project is None or read.project.name is None
