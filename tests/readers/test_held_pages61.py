"""Shapes the held-out pages of stop 61 showed (docs/reader-corpora/held-61.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

_COVER = ("关于某某专项项目支出绩效自评情况的报告\n"
          "项目名称:某某示范管理专项\n"
          "项目单位:某省某某局\n"
          "主管部门:某省某某厅\n"
          "评价机构:自评\n"
          "项目支出年度绩效目标完成情况表\n"
          "填报单位(盖章):某省某某局 项目名称 某某示范管理专项 主管部门 某省某某厅 项目实施单位 某省某某局 {}\n")


def test_a_label_left_empty_after_a_body_is_no_part_of_its_name() -> None:
    """A form's cells on one line, single spaces between, the last label's cell empty ("…实施单位 某局 项目类别"):
    the label is the next cell, no part of the body's name (before, "某省某某局 项目类别" was the unit's name)."""
    read = _read(_COVER.format("项目类别"))
    assert read.unit.name == "某省某某局"
    assert read.project is not None and read.project.implementing_unit == "某省某某局"


def test_a_label_cut_where_the_text_ends_is_no_part_of_a_name() -> None:
    """The same line cut inside its last label ("…某局 项目类", 项目类别's head): still the next cell's label."""
    assert _read(_COVER.format("项目类")).unit.name == "某省某某局"


def test_a_body_name_ending_on_an_ordinary_word_is_kept() -> None:
    """A word after the space that heads no label of the form stays in the name."""
    read = _read("某县某某服务中心某某维护项目绩效自评报告\n"
                 "填报单位(盖章):某县某某服务中心 东区\n项目名称:某某维护项目\n")
    assert read.unit.name == "某县某某服务中心 东区"


def test_what_the_place_received_is_the_funds_whole() -> None:
    """"我市获得2023年度中央某某专项资金1200万元其中第一批资金700万元…": the year's money the place received, in
    batches after it (before, no budget was read)."""
    read = _read("某市中央某某防治转移支付资金2023年度绩效自评报告\n"
                 "一、绩效目标分解下达情况\n"
                 "根据某省财政厅有关通知要求,我市获得2023年度中央某某防治专项资金1200万元其中第一批资金700万元,"
                 "支持某某治理项目700万元;第二批资金500万元,支持某某修复项目500万元。\n")
    assert read.budget.adjusted == Decimal("1200")


def test_a_bracketed_note_of_what_a_source_includes_is_no_part_of_its_name() -> None:
    """A transfer form's cells run together on one line, its 其他资金 row with the note "(包括以前年度结转资金)" wrapped
    inside: the row is 其他资金 (before, the note was joined into the name)."""
    read = _read("某某补助资金绩效目标自评表.xlsx\n"
                 "附件1 某某补助资金绩效目标自评表 (2022年度) 转移支付(项目)名称 某某补助资金 中央主管部门 某某部 "
                 "全年预算数(A) 全年执行数(B) 300.00 280.00 其中:中央财政资金 200.00 200.00 "
                 "其他资金 (包括以前年度结转资 金) 100.00 80.00 年度资金总额 资金投入情况 (万元)\n")
    assert [row.name for row in read.budget.fund_rows] == ["中央财政资金", "其他资金"]


_CENTRE = ("一、部门概况\n"
           "某区某某检测中心是某区农业农村局下属二级事业单位。\n"
           "(一)人员情况。\n"
           "我单位共有事业编制12名,实际到位9名,退休人员3名。\n"
           "二、部门资金基本情况\n"
           "2022年,某区某某检测中心基本支出150.20万元,主要用于工资和公用经费。\n"
           "2022年某区某某检测中心追加预算60.50万元,支出8.30万元。\n"
           "2022年某区某某检测中心安排专项资金6.00万元,支出 2.10万元\n"
           "2022年某区某某检测中心上年结转结余项目资金20.40万元,支出11.60万元。\n")


def test_spending_right_after_a_parts_allocation_is_that_parts() -> None:
    """"…追加预算A万元,支出B万元" and "…上年结转结余项目资金C万元,支出D万元" in one report: each 支出 is the part's,
    not the unit's 支出总计 (before, B and D were read as two statements of the unit's total spending, and a false
    TEXT_TABLE_MISMATCH accused the unit of stating it twice differently)."""
    read = _read(_CENTRE)
    assert read.budget.expenditure_total is None
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_the_body_a_sentence_calls_a_subordinate_institution_is_the_unit() -> None:
    """"某区某某检测中心是某区农业农村局下属二级事业单位": the centre is the unit, the bureau its supervisor (before,
    the bureau was the only body read and stood in as the unit)."""
    read = _read(_CENTRE)
    assert (read.unit.name, read.unit.supervising_department) == ("某区某某检测中心", "某区农业农村局")


def test_staff_in_post_told_as_actually_present() -> None:
    """"共有事业编制12名,实际到位9名": the establishment and the staff in post."""
    read = _read(_CENTRE)
    assert (read.unit.staff_establishment, read.unit.staff_total) == (12, 9)
