"""Shapes of the thirty-fifth set (docs/reader-corpora/thirtyfifth.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from docx import Document
from page_reading import by_name, read_page, read_page_and_warnings

from jixiao.readers import read_any


def test_a_the_whole_unit_frames_block_headings_over_numbered_items() -> None:
    """"（一）履职效能（分值40分，得分39分）" / "二、可持续发展指标（权重20分）" over numbered items: the headings of
    the 履职效能 / 管理效率 / 社会效应 / 可持续发展 frame are the items' 一级 (before, the items had none, and a
    可持续发展 heading or a weighted one was read as an indicator: a false TOTAL_MISMATCH and WEIGHTS_NOT_100)."""
    page = read_page("某县妇幼保健院2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n"
                     "（一）履职效能（分值40分，得分39分）\n"
                     "1.孕产妇系统管理人数（20分）：目标值≥800人，完成值812人，得20分。\n"
                     "2.新生儿访视率（20分）：目标值≥95%，完成值93%，得19分。\n"
                     "（二）管理效率（分值30分，得分30分）\n"
                     "1.固定资产账实相符率（30分）：目标值100%，完成值100%，得30分。\n"
                     "（三）可持续发展（分值30分，得分28分）\n"
                     "1.专业人员培训覆盖率（30分）：目标值≥90%，完成值85%，得28分。\n"
                     "四、自评结论\n自评得分97分，绩效等级评定为优。\n")
    got = by_name(page)
    assert set(got) == {"孕产妇系统管理人数", "新生儿访视率", "固定资产账实相符率", "专业人员培训覆盖率"}
    assert [got[n].level1 for n in ("新生儿访视率", "固定资产账实相符率", "专业人员培训覆盖率")] == \
        ["履职效能", "管理效率", "可持续发展"]
    assert sum(i.weight for i in page.indicators) == Decimal("100")

    page = read_page("某乡人民政府2024年度部门整体支出绩效自评报告\n第四部分 绩效指标完成情况\n"
                     "一、社会效应指标（权重60分）\n（1）群众满意度，目标值≥90%，实际值94%，权重60分，得分60分。\n"
                     "二、可持续发展指标（权重40分）\n（1）村集体经济增收村占比，目标值≥50%，实际值45%，权重40分，得分36分。\n"
                     "第五部分 自评结论\n自评分为96分，评价等次为优秀。\n")
    got = by_name(page)
    assert set(got) == {"群众满意度", "村集体经济增收村占比"}
    assert [got[n].level1 for n in ("群众满意度", "村集体经济增收村占比")] == ["社会效应指标", "可持续发展指标"]


def test_b_figures_of_the_sangong_spending_and_of_procurement_are_not_the_units_budget() -> None:
    """"“三公”经费：年初预算6.00万元，决算5.12万元。" / "全年政府采购执行金额48.30万元" after the unit's own budget
    sentence: that spending's figures, not a second 年初预算数 / 全年执行数 (before, each was read as one: a reading
    warning and a false TEXT_TABLE_MISMATCH)."""
    page, warnings = read_page_and_warnings("某县档案馆2024年度部门整体支出绩效自评报告\n二、预算执行情况\n"
                     "2024年年初预算215.40万元，全年预算230.00万元，全年执行226.10万元，执行率98.30%。\n"
                     "“三公”经费：年初预算6.00万元，决算5.12万元。\n"
                     "全年政府采购执行金额48.30万元，其中采购密集架32.00万元。\n")
    b = page.budget
    assert (b.initial, b.adjusted, b.executed, b.stated_execution_rate) == \
        (Decimal("215.40"), Decimal("230.00"), Decimal("226.10"), Decimal("98.30"))
    assert not [w for w in warnings if "前后不一致" in w]


def test_c_a_court_s_first_body_opening_on_li() -> None:
    """"本院内设立案庭、刑事审判庭、…4个内设机构": after 内设 the 立 opens the first name (立案庭), it is no 设立
    (before, "案庭")."""
    page = read_page("某县人民法院2024年度部门整体支出绩效自评报告\n一、部门概况\n"
                     "本院内设立案庭、刑事审判庭、执行局、办公室4个内设机构。\n")
    assert page.unit.internal_bodies == ["立案庭", "刑事审判庭", "执行局", "办公室"]
    assert page.unit.internal_bodies_count == 4


def test_d_the_unit_naming_itself_after_the_year_with_last_year_in_brackets() -> None:
    """"2024年度本院收入812.40万元（上年760.00万元），其中…": the unit's own word (本院 / 我局) between the year and
    收入 / 支出 still makes it the year's total (before, the total was lost and only the parts read)."""
    page = read_page("某县人民检察院2024年度部门整体支出绩效自评报告\n二、收支情况\n"
                     "2024年度本院收入812.40万元（上年760.00万元），其中财政拨款收入800.40万元、其他收入12.00万元；"
                     "支出806.10万元（上年752.30万元），其中基本支出590.10万元、项目支出216.00万元。\n")
    b = page.budget
    assert b.income_total == Decimal("812.40")
    assert [i.amount for i in b.income_items] == [Decimal("800.40"), Decimal("12.00")]
    assert b.expenditure_total == Decimal("806.10")


def test_h_the_grade_after_shu_and_before_dangci() -> None:
    """"自评总分96.5分，属“优秀”档次。": 属 (without 于) before the grade and its 档次 (before, no grade read)."""
    page = read_page("某开发区管理委员会2024年度部门整体支出绩效自评报告\n四、自评结论\n"
                     "经评定，2024年度部门整体支出自评总分96.5分，属“优秀”档次。\n")
    assert (page.stated_total, page.stated_grade) == (Decimal("96.5"), "优")


def test_e_bodies_one_a_numbered_line_under_their_count() -> None:
    """"内设机构4个：" / "下属事业单位2个：" closing a line over the names one a numbered line: the lists, read when
    the numbered lines are as many as the count (before, only the counts)."""
    page = read_page("某街道办事处2024年度部门整体支出绩效自评报告\n一、基本情况\n（一）机构设置\n"
                     "街道内设机构4个：\n1.党政办公室\n2.平安办公室\n3.经济服务办公室\n4.社区管理办公室\n"
                     "下属事业单位2个：\n1.街道综合服务中心\n2.街道文化站\n（二）人员情况\n年末实有在职人员38人。\n")
    assert page.unit.internal_bodies == ["党政办公室", "平安办公室", "经济服务办公室", "社区管理办公室"]
    assert page.unit.subordinate_bodies == ["街道综合服务中心", "街道文化站"]
    assert (page.unit.internal_bodies_count, page.unit.subordinate_bodies_count) == (4, 2)

    page = read_page("某局2024年度部门整体支出绩效自评报告\n一、基本情况\n内设机构3个：\n1.办公室\n2.业务科\n"
                     "二、预算执行情况\n全年支出100.00万元。\n")
    assert page.unit.internal_bodies == []  # two numbered lines for a count of three: no list


def test_f_bodies_down_a_word_tables_column(tmp_path: Path) -> None:
    """A Word table "序号 | 科室名称 | 主要职责" or "内设机构 | 下属单位": the bodies down the column its header names
    (before, none read)."""
    d = Document()
    d.add_paragraph("某县开发区管理委员会2024年度部门整体支出绩效自评报告")
    d.add_paragraph("一、部门概况")
    t = d.add_table(rows=3, cols=2)
    for r, row in enumerate([["内设机构", "下属单位"], ["综合办公室", "园区服务中心"], ["招商局", ""]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("管委会核定编制20名，年末实有在职人员18人。")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "bodies.docx"
    path.write_bytes(buf.getvalue())
    unit = read_any(path).evaluation.unit
    assert unit.internal_bodies == ["综合办公室", "招商局"]
    assert unit.subordinate_bodies == []  # one name only: no list


def test_g_spending_parts_adding_up_to_the_amount_executed() -> None:
    """"全年执行220.00万元，执行率97.78%。其中基本支出160.00万元，项目支出60.00万元。": the parts of the spending
    add up to the amount executed, which is the year's spending (before, the parts read and no total)."""
    page = read_page("某县政协办公室2024年度部门整体支出绩效自评报告\n二、预算执行情况\n"
                     "年初预算210.00万元，全年预算225.00万元，全年执行220.00万元，执行率97.78%。"
                     "其中基本支出160.00万元，项目支出60.00万元。\n")
    assert page.budget.expenditure_total == Decimal("220.00")
    page = read_page("某县政协办公室2024年度部门整体支出绩效自评报告\n二、预算执行情况\n"
                     "年初预算210.00万元，全年预算225.00万元，全年执行220.00万元，执行率97.78%。"
                     "其中基本支出150.00万元，项目支出60.00万元。\n")
    assert page.budget.expenditure_total is None  # parts not adding up: not the total's
