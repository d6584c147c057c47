"""What the real pages still left after stop 70 (docs/reader-corpora/left-pages-71.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from flat_shapes import Cell, Form, cells_with_blank_lines, one_cell_per_line, web_cells
from page_reading import by_name, read_page, read_page_and_warnings
from test_left_pages70 import _targets, assert_target_only

# a 项目支出绩效目标表 (its side label and levels merged down, a template slot left empty) and a 自评表 cut after its
# money row, as Word would hold them: the flattened shapes below are written from these cells
_GOAL = [[Cell("项目支出绩效目标表（2023年度）", colspan=5)],
         [Cell("项目名称"), Cell("河道保洁员补助", colspan=4)],
         [Cell("项目资金（万元）"), Cell("36.8"), Cell("其中：财政拨款"), Cell("36.8", colspan=2)],
         [Cell("绩效目标"), Cell("目标1：保持辖区河道常年洁净", colspan=4)],
         [Cell("绩效指标", rowspan=7), Cell("一级指标"), Cell("二级指标"), Cell("三级指标"), Cell("指标值")],
         [None, Cell("产出指标", rowspan=4), Cell("数量指标", rowspan=2), Cell("指标1：聘用保洁员人数"), Cell("46人")],
         [None, None, None, Cell("指标2："), Cell("")],
         [None, None, Cell("质量指标"), Cell("指标1：河面保洁达标率"), Cell("≥98%")],
         [None, None, Cell("成本指标"), Cell("指标1：人均补助标准"), Cell("0.8万元")],
         [None, Cell("效益指标"), Cell("生态效益指标"), Cell("河道水质达标率"), Cell("≥90%")],
         [None, Cell("满意度指标"), Cell("服务对象满意度指标"), Cell("沿河群众满意度"), Cell("≥95%")]]
_CUT_SCORE = [[Cell("项目支出绩效自评表（2023年度）", colspan=7)],
              [Cell("项目名称"), Cell("河道保洁员补助", colspan=6)],
              [Cell(text) for text in ("项目资金（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）",
                                       "分值", "得分", "执行率（B/A）")],
              [Cell("年度资金总额："), Cell("36.8"), Cell("36.8"), Cell("36"), Cell("10"), Cell("9.8"), Cell("97.83%")]]
_FORM: Form = [_GOAL, _CUT_SCORE]
_TARGETS = [("产出指标", "数量指标", "聘用保洁员人数", Decimal("46"), "人"),
            ("产出指标", "质量指标", "河面保洁达标率", Decimal("98"), "%"),
            ("产出指标", "成本指标", "人均补助标准", Decimal("0.8"), "万元"),
            ("效益指标", "生态效益指标", "河道水质达标率", Decimal("90"), "%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", Decimal("95"), "%")]


@pytest.mark.parametrize("shape", [one_cell_per_line, cells_with_blank_lines, web_cells])
def test_target_only_indicators_one_cell_a_line(shape: object) -> None:
    """The 目标表 one cell a line (blank lines between, or each cell ending in " |"): its cells read as a stream in
    the header's order give the goal rows, and with no indicator row in the 自评表 they are the indicators —
    levels, name and target, no actual, no score, no weight, a warning, no error-level finding (before, the money
    row's 预算执行率 was the one indicator)."""
    assert_target_only(shape(_FORM), _TARGETS, Decimal("9.8"))  # type: ignore[operator]


def test_a_header_with_an_actual_column_after_it_opens_no_stream() -> None:
    """A header one cell a line with a 实际完成值 after its 指标值 is a 自评表's, not a 目标表's: no goal row."""
    header = "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n"
    rows = "产出指标\n数量指标\n聘用保洁员人数\n46人\n46人\n质量指标\n河面保洁达标率\n≥98%\n99%\n"
    read = read_page(one_cell_per_line([_CUT_SCORE]) + header + rows)
    assert all(i.actual is not None for i in read.indicators if i.name != "预算执行率")


def test_a_worded_target_ends_the_stream() -> None:
    """One cell a line, no line says where a row ends: a worded target ("明显改善") could be a name, so the stream
    stops there and the rows after it are not read as goal rows; the figured rows before it are."""
    worded = [row[:] for row in _GOAL]
    worded[9] = [None, Cell("效益指标"), Cell("生态效益指标"), Cell("河道水质状况"), Cell("明显改善")]
    read = read_page(one_cell_per_line([worded, _CUT_SCORE]))
    assert [t[2] for t in _targets(read)] == ["聘用保洁员人数", "河面保洁达标率", "人均补助标准"]


def test_a_score_form_with_its_own_rows_keeps_them() -> None:
    """With a 自评表 stating its own rows (one cell a line) the 目标表's stream only adds levels and targets."""
    scored = [[Cell(text) for text in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")],
              [Cell("产出指标"), Cell("数量指标"), Cell("聘用保洁员人数"), Cell("46人"), Cell("46人"), Cell("45"),
               Cell("45")],
              [Cell("效益指标"), Cell("生态效益指标"), Cell("河道水质达标率"), Cell("≥90%"), Cell("93%"), Cell("45"),
               Cell("44")]]
    read, warnings = read_page_and_warnings(one_cell_per_line([_GOAL, _CUT_SCORE, scored]))
    assert sorted(i.name for i in read.indicators) == ["河道水质达标率", "聘用保洁员人数", "预算执行率"]
    assert by_name(read)["河道水质达标率"].actual.value == Decimal("93")  # type: ignore[union-attr]
    assert not any("绩效目标表" in warning for warning in warnings)


def test_a_peer_numbered_item_ends_the_block_above() -> None:
    """"（二）资金落实（5分 …自评得5分。" as a body line (its bracket never closed) after the block "（一）项目立项
    （9分）：" and its items: a line numbered as a block heading is its peer, so the 二级 carried from "（一）" ends
    there (before, the item was put under 项目立项); the items above keep it."""
    read = read_page("柏溪县2022年度乡村公路养护项目绩效自评报告\n\n根据有关办法,现将自评情况报告如下。\n\n"
                     "一、投入(14分)\n\n"
                     "(一)项目立项(9分):\n\n(1) 立项依据充分(4分)项目依据县交通规划立项,程序规范。自评得4分。\n\n"
                     "(2) 绩效目标明确(5分)目标细化量化,与任务匹配。自评得5分。\n\n"
                     "(二) 资金落实(5分 到位率,各级资金按时拨付到位,到位率100%,自评得5分。\n\n"
                     "二、过程(40分)\n\n(一)项目管理(15分)\n\n(1)管理制度健全(5分)制定了养护管理办法。自评得5分。\n")
    indicators = by_name(read)
    assert indicators["立项依据充分"].level2 == "项目立项" and indicators["绩效目标明确"].level2 == "项目立项"
    assert indicators["资金落实"].level2 is None and indicators["资金落实"].level1 == "投入"
    assert indicators["资金落实"].stated_score == Decimal("5")
