"""Review of stop 38's first round of reader changes (docs/reader-corpora/review-38-readers.md): each finding as an
invented snippet (invented units and figures)."""

from __future__ import annotations

from page_reading import read_page as _read

# a whole-unit form run together by a document site: a label with no value (联系电话) and the goal block's header
# cells are left over on the title's line once the money rows are cut apart
_FUSED_FORM = ("1、某某区某某站2024年度部门整体绩效自评表主管部门某某区某某局部门联系人李某联系电话自评总分(分)95.5"
               "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额200.0180.0162.090%109"
               "年初绩效目标全年(调整)绩效目标全年目标实际完成情况完成某某巡检完成某某巡检\n")


def test_a_forms_label_cells_are_no_part_of_its_title() -> None:
    """Before, the title read "…自评表 联系电话 年初绩效目标全年(调整)绩效目标全年目标"."""
    read = _read(_FUSED_FORM)
    assert read.title == "某某区某某站2024年度 部门整体绩效自评表"
