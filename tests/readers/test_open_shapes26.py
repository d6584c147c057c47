"""Shapes earlier probes left open (docs/reader-corpora/open-shapes-26.md), each rebuilt from an invented snippet
of the same shape (invented units, names and figures)."""

from __future__ import annotations

import pytest
from page_reading import read_page_and_warnings as _read

from jixiao.readers.document import Table
from jixiao.readers.source_text import text_to_document


def _rows(text: str) -> list[tuple[str | None, ...]]:
    evaluation = _read(text)[0]
    return [(i.name, i.level1, i.level2, str(i.weight), str(i.stated_score)) for i in evaluation.indicators]


def _one_a_line(cells: list[str]) -> str:
    """A form copied one cell a line, a rule line between cells ("" for an empty cell)."""
    return "|\n" + "".join(f"{cell}\n|\n" if cell else "|\n" for cell in cells)


_HEAD = ["某镇2023年度村道养护奖补项目绩效评价自评表", "", "填报单位:某某区财政局", "", "", "",
         "序号", "一级指标", "二级指标", "三级指标", "评分标准", "指标", "县级", "市级", "", "分值", "评分", "评分", ""]
_RUBRIC = [
    "1", "决策(12)", "项目立项", "议事程序", "议事记录齐全,得3分;缺一项扣1分", "3", "3", "", "",
    "2", "公示公开", "张榜公示,得2分", "2", "1", "", "",
    "3", "资金落实", "配套资金", "区级按每人不低于8元安排,得4分;\n另有奖励的,加1分", "4", "5", "", "",
    "4", "过程(20)", "组织管理", "人员保障", "有专人负责,得2分", "2", "2", "", "",
    "5", "台账管理", "建立台账,得2分", "2", "2", "", "",
    "财务凭证齐全,得1分", "1", "1", "", "",
    "6", "档案管理", "归档及时,得3分;资料", ""]


def test_a_rubric_copied_one_cell_a_line_between_rules_is_read_row_by_row() -> None:
    rows = _rows(_one_a_line(_HEAD + _RUBRIC))
    assert rows[:5] == [("议事程序", "决策", "项目立项", "3", "3"), ("公示公开", "决策", "项目立项", "2", "1"),
                        ("配套资金", "决策", "资金落实", "4", "5"), ("人员保障", "过程", "组织管理", "2", "2"),
                        ("台账管理", "过程", "组织管理", "2", "2")]
    assert "档案管理" not in [row[0] for row in rows]  # the cut last row has no weight: not read
    tables = [b for b in text_to_document(_one_a_line(_HEAD + _RUBRIC), "page.txt").blocks if isinstance(b, Table)]
    assert tables[0].rows[3][4] == "区级按每人不低于8元安排,得4分;另有奖励的,加1分"  # (a wrapped cell is one)


def test_a_score_above_its_weight_in_a_rubric_is_reported_not_misread() -> None:
    evaluation = _read(_one_a_line(_HEAD + _RUBRIC))[0]
    over = [i for i in evaluation.indicators if i.stated_score is not None and i.weight is not None
            and i.stated_score > i.weight]
    assert [(i.name, str(i.weight), str(i.stated_score)) for i in over] == [("配套资金", "4", "5")]
    assert not evaluation.provenance["indicators[2].stated_score"].guessed


def test_a_rubric_s_total_row_under_its_numbered_rows_states_the_total() -> None:
    rows = [*_RUBRIC[:_RUBRIC.index("6")], "合计", "100", "93.5", "", ""]
    evaluation = _read(_one_a_line(_HEAD + rows))[0]
    assert (len(evaluation.indicators), str(evaluation.stated_total)) == (5, "93.5")


def test_two_rubrics_on_one_page_are_each_rebuilt() -> None:
    rows = [*_RUBRIC[:_RUBRIC.index("6")], "合计", "100", "93.5", "", ""]
    tables = [b for b in text_to_document(_one_a_line(_HEAD + rows + _HEAD + rows), "page.txt").blocks
              if isinstance(b, Table)]
    assert [(len(t.rows), t.rows[-1][0]) for t in tables] == [(8, "合计"), (8, "合计")]


def test_rules_between_cells_without_a_numbered_header_stay_text() -> None:
    cells = ["项目名称", "某某补助", "", "主管部门", "某县某某局", "", "备注", "无", "", "一级指标", "三级指标",
             "年度指标值", "实际完成值", "", "产出指标", "培训人次", "300人", "320人", ""]
    evaluation = _read(_one_a_line(cells))[0]
    assert [i.name for i in evaluation.indicators if i.weight is not None] == []


def _scored(header: str) -> list[str]:
    text = ("2023年度某某补助项目绩效评价自评表\n"
            f"| 序号 | 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | {header} |\n"
            "| 1 | 决策 | 项目立项 | 议事程序 | 记录齐全,得3分 | 3 | 3 | 2 |\n"
            "| 2 | 决策 | 项目立项 | 公示公开 | 张榜公示,得2分 | 2 | 2 | 1 |\n"
            "| 3 | 过程 | 组织管理 | 人员保障 | 有专人负责,得5分 | 5 | 4 | 3 |\n")
    return [str(i.stated_score) for i in _read(text)[0].indicators]


@pytest.mark.parametrize(("header", "scores"), [
    ("县级评分 | 市级评分", ["3", "2", "4"]),
    ("市级评分 | 县级评分", ["2", "1", "3"]),
    ("复核得分 | 自评得分", ["2", "1", "3"]),
    ("财政评分 | 部门评分", ["2", "1", "3"]),
    ("得分 | 复核得分", ["3", "2", "4"]),
])
def test_the_unit_s_own_score_column_is_told_by_its_header_words(header: str, scores: list[str]) -> None:
    assert _scored(header) == scores


@pytest.mark.parametrize("rule", ["", "|---|---|---|---|---|---|---|---|\n"])
def test_two_score_columns_the_words_do_not_tell_apart_give_the_first_guessed(rule: str) -> None:
    text = ("2023年度某某补助项目绩效评价自评表\n"
            "| 序号 | 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 评分 | 评分 |\n"
            f"{rule}| 1 | 决策 | 项目立项 | 议事程序 | 记录齐全,得3分 | 3 | 3 | 2 |\n"
            "| 2 | 决策 | 项目立项 | 公示公开 | 张榜公示,得2分 | 2 | 2 | 1 |\n")
    evaluation = _read(text)[0]
    assert [str(i.stated_score) for i in evaluation.indicators] == ["3", "2"]
    assert evaluation.provenance["indicators[0].stated_score"].guessed


_UNHEADED = """某某补助资金区域绩效目标自评表

年度绩效指标完成情况

一级指标

二级指标

三级指标

年度指标值

实际完成指标值

40

产出指标

数量指标

指标1:培训基层人员

300人次

320人次

6

指标2:抽检合格率

98%

99%

5

时效指标

指标1:完成时间

2023年11月30日

2023年11月30日

4

效益指标

社会效益指标

指标1:安全事故发生数

0起

0起

5
"""


def test_a_figure_column_whose_heading_was_lost_cuts_the_rows_and_is_read_past() -> None:
    evaluation = _read(_UNHEADED)[0]
    rows = [(i.name, i.level1, i.level2, f"{i.target.value}{i.target.unit}" if i.target else None,
             f"{i.actual.value}{i.actual.unit}" if i.actual else None, i.weight, i.stated_score)
            for i in evaluation.indicators]
    assert rows == [("培训基层人员", "产出指标", "数量指标", "300人次", "320人次", None, None),
                    ("抽检合格率", "产出指标", "数量指标", "98%", "99%", None, None),
                    ("完成时间", "产出指标", "时效指标", "None", "None", None, None),
                    ("安全事故发生数", "效益指标", "社会效益指标", "0起", "0起", None, None)]


_SCORE_BESIDE = """某某补助资金区域绩效目标自评表

专项名称

某某补助资金

中央主管部门

某某部

自评得分

省级财政部门

某省财政厅

省级主管部门

某省某某局

96

预算执行情况
"""


def test_a_score_label_whose_figure_spans_the_rows_beside_it_reads_that_figure_guessed() -> None:
    evaluation = _read(_SCORE_BESIDE)[0]
    assert str(evaluation.stated_total) == "96"
    assert evaluation.provenance["stated_total"].guessed


def test_a_score_label_before_pairs_with_no_known_label_takes_no_figure() -> None:
    text = _SCORE_BESIDE.replace("省级主管部门", "其他说明").replace("省级财政部门", "备用栏")
    assert _read(text)[0].stated_total is None
