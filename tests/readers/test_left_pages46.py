"""The flattened forms and real pages left at stop 38 and the conventions they settle
(docs/reader-corpora/left-pages-46.md), each as an invented snippet: invented units, places and figures, no text of
any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.readers.document import Document, Table
from jixiao.readers.extract.outline import build_outline

# a whole-unit form copied one cell a line, its indicator table with a 得分率 column between 分值 and 得分
_RATE_COLUMN = "\n".join([
    "某某县某某学会2024年度部门整体支出绩效自评报告", "一、基本情况",
    "2024年本会年初预算30.00万元，调整后全年预算32.00万元，全年支出28.80万元，预算执行率90.00%。",
    "二、绩效自评表", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分率", "得分",
    "过程指标", "预算执行", "预算执行率", "100%", "90.00%", "20", "0.90", "18",
    "产出指标", "数量指标", "举办讲座场次", "≥10场", "8场", "40", "0.80", "32",
    "效益指标", "社会效益指标", "受益群众人数", "≥500人", "450人", "40", "0.90", "36",
    "合计", "100", "0.86", "86.00",
    "三、自评结论：本会2024年度整体支出自评得分86.00分，自评等级：良好。",
]) + "\n"


def test_a_flat_total_row_places_its_rate_under_the_rate_column() -> None:
    """合计 | 100 | 0.86 | 86.00 under 分值 | 得分率 | 得分: 0.86 is the rate, 86.00 the total. Before, the figures
    were placed by position under 分值 and 得分 only: 0.86 read as the total and the sentence's 86.00 raised
    TEXT_TABLE_MISMATCH."""
    read = _read(_RATE_COLUMN)
    assert read.stated_total == Decimal("86.00")
    assert "TEXT_TABLE_MISMATCH" not in {finding.code for finding in run_checks(read)}


# a project form copied one cell a line, its levels numbered in the 序号 column ("1" / "1.1" / "1.1.1")
_NUMBERED_LEVELS = "\n".join([
    "项目支出绩效自评表（2025年度）", "项目名称", "某某技能培训补贴项目", "实施单位", "某某县某某服务中心",
    "序号", "指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    "1", "产出指标", "1.1", "数量指标", "1.1.1", "培训人数", "≥200人", "210人", "30", "30",
    "1.2", "质量指标", "1.2.1", "结业合格率", "≥90%", "88%", "30", "28", "部分学员缺考",
    "2", "满意度指标", "2.1", "服务对象满意度指标", "2.1.1", "学员满意度", "≥90%", "95%", "30", "30",
    "3", "服务对象满意度", "≥90%", "93%", "10", "10",
    "合计", "100", "98",
]) + "\n"


def test_numbered_level_rows_of_a_flat_form_name_levels_not_indicators() -> None:
    """"1 | 产出指标" and "1.1 | 数量指标" are the level rows a Word table's reader takes (``level_row``); flattened,
    they were read as indicators of their own (产出指标 weighted 1.1) and "1.1.1" was joined onto 数量指标 as a
    wrapped header piece. A number over no child number ("3 | 服务对象满意度 | ≥90% …") opens an indicator's row."""
    read = _read(_NUMBERED_LEVELS)
    assert [(i.name, i.level1, i.level2) for i in read.indicators] == [
        ("培训人数", "产出指标", "数量指标"), ("结业合格率", "产出指标", "质量指标"),
        ("学员满意度", "满意度指标", "服务对象满意度指标"), ("服务对象满意度", "满意度指标", "服务对象满意度指标")]


def test_a_level_heading_row_under_the_header_is_no_title_line() -> None:
    """A title row spanning a table's first rows is read as text (its title); "一、产出指标" right under the header
    of a flattened indicator table names the rows' level, no title. Before, it joined the section above the
    table (a note ending on 改进措施 took it as its 改进措施 text)."""
    table = Table([["三级指标", "年度指标值", "实际完成值", "分值", "得分"], ["一、产出指标", "", "", "", ""],
                   ["（一）数量指标", "", "", "", ""], ["某某面积", "≥100平方米", "120平方米", "20", "20"]], "表1")
    title = Table([["某某县某某局2024年度项目支出绩效自评表", "", ""], ["项目名称", "某某工程", ""]], "表2")
    outline = build_outline(Document("form.txt", [table, title]))
    assert [line.text for line in outline.lines] == ["某某县某某局2024年度项目支出绩效自评表"]


def test_none_under_the_unit_is_a_count_of_none() -> None:
    """"无下属单位" / "无下设二级机构" is a count of 0, as "无内设机构" is for the unit's own offices (a reader of
    the sentence expects 0, not unknown); a change that did not happen ("无下属单位变动") says nothing of it."""
    head = "某县某单位2023年度部门整体支出绩效自评报告\n一、基本情况\n"
    for sentence in ("本站为公益一类事业单位，无下设二级机构。", "本会内设办公室、业务部2个部门，没有所属预算单位。"):
        assert _read(head + sentence + "\n").unit.subordinate_bodies_count == 0
    assert _read(head + "本年度本站无下属单位变动。\n").unit.subordinate_bodies_count is None


def test_the_body_counting_its_projects_after_an_outline_mark_names_the_unit() -> None:
    """A report run into one line, its unit named only in "(一)某某管理处2023年度共有4个项目" after a heading mark,
    the text saying 我处: that body is the unit (a guess). Before, no unit was read."""
    read = _read("按照有关要求,对我处2023年度项目支出绩效进行了自评。现将情况报告如下:一、项目绩效目标情况"
                 "(一)某市某某服务管理处2023年度共有4个项目1、某某维修项目:预算12.5万元,全年实际支付12.5万元。\n")
    assert read.unit.name == "某市某某服务管理处"
    assert read.provenance["unit.name"].guessed


def test_bodies_under_the_unit_listed_in_two_sentences_by_grade() -> None:
    """"所属正科级事业单位2个,即A和B。所属两个正县级事业单位,即C和D": both whole lists are the bodies under the
    unit; each count is one grade's, so no count of all is kept. Before, only the first list was read (and its 2
    given as the count of all)."""
    unit = _read("某某联合会2020年度部门整体支出绩效自评报告\n一、基本情况\n某某联合会设2个内设机构,即办公室、康复部。"
                 "机关所属正科级事业单位2个,即后勤服务中心和信息中心。所属两个正县级事业单位,即某某康复服务中心和某某"
                 "就业服务中心。\n").unit
    assert unit.subordinate_bodies == ["后勤服务中心", "信息中心", "某某康复服务中心", "某某就业服务中心"]
    assert unit.subordinate_bodies_count is None
