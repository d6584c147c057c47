"""Shapes the held-out pages of stop 84 showed (docs/reader-corpora/held-84.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.viewer_chunks import join_viewer_chunks

# A city's project form run onto one line, its cells one space apart, each row's score run onto the next row's name
# and the header's last word onto the first name; the second line goes on with the rows (one of them a 定性 pair
# listing two words with a comma).
_GLUED_ROWS = (
    "某市级财政支出项目绩效自评表\n"
    "项目名称 乙区道路保洁 项目年份 2019\n"
    "指标名称 目标值 权重 实际完成值 自评分道路清扫率 =100% 3.5 =100% 3.5设备完好率 95% 3.5 96% 3.5"
    "作业规范性 规范 3.5 好 3.5\n"
    "投诉办结率 ≥98% 4 100% 4路面清扫 定时,到位 4 定时,到位 4车辆出勤率 90% 3 92% 3档案完整性 完整 3 好 3\n"
)


def test_scores_run_onto_the_next_rows_names() -> None:
    """"… 3.5 =100% 3.5设备完好率 95% …": each row's score back in its own cell, each name whole (before, the names
    carried the previous row's score, "3.5设备完好率", and their own scores were lost); the header's "自评分" run
    onto the first name is a column of its own (before, the first row slid: its target taken for its name)."""
    read = _read(_GLUED_ROWS)
    rows = [(i.name, i.weight, i.stated_score) for i in read.indicators]
    assert rows[:3] == [("道路清扫率", Decimal("3.5"), Decimal("3.5")), ("设备完好率", Decimal("3.5"), Decimal("3.5")),
                        ("作业规范性", Decimal("3.5"), Decimal("3.5"))]


def test_a_line_of_rows_with_a_listed_pair_is_read() -> None:
    """A line of rows with no header on it whose only clause marks sit in a short 定性 cell ("定时,到位"): rows, not
    a sentence (before, the whole line was passed over as prose)."""
    read = _read(_GLUED_ROWS)
    names = [i.name for i in read.indicators]
    assert names[3:] == ["投诉办结率", "路面清扫", "车辆出勤率", "档案完整性"]
    clean = read.indicators[4]
    assert clean.target is not None and clean.target.text == "定时,到位" and clean.stated_score == 4


def test_a_figure_before_a_unit_or_a_lone_glue_stays() -> None:
    """Guards: a figure before a unit ("5个工作日", "12个月") is a value, and a line with one figure glued to a name
    ("3号楼") is left as it is."""
    from jixiao.readers.flat_glued_scores import unglued_scores  # (a module of this stop's)

    counted = "办结时限 ≤5个工作日 4 5个工作日 4 回访周期 12个月 3 12个月 3"
    assert unglued_scores(counted) == counted
    once = "维修楼栋 3 3号楼外墙 2 2"
    assert unglued_scores(once) == once


def test_a_form_year_label() -> None:
    """"项目名称 某某 项目年份 2019": the year label and its figure, a pair of its own (before, the name ran on over
    the label and the year, and no year was read)."""
    read = _read(_GLUED_ROWS)
    assert read.year == 2019
    assert read.project.name == "乙区道路保洁"


def test_a_viewer_chunk_cut_inside_a_rows_name() -> None:
    """A document site's chunk cut right after a row's name began ("…3.5预算执行率 95% 3.5 =" | "2、98% 3.5…"): the
    piece moved to the next chunk starts where the name's run of Chinese starts (before, at the form word inside it,
    "执行率", the name's head "预算" left behind)."""
    first = ("1、某市级财政支出项目绩效自评表项目名称 丙区绿化管护 "
             "指标名称 目标值 权重 实际完成值 自评分 "
             "经费使用合规性 合规 3.5 好 3.5 会计核算规范性 规范 3.5 好 3.5 "
             "资产管理规范性 规范 3.5 好 3.5 自筹资金到账率 ≥90% 3.5 92% 3.5 "
             "采购程序规范性 规范 3.5 好 3.5 合同管理完整性 完整 3.5 好 3.5 档案归集完整性 完整 3.5 好 3.5 "
             "3.5预算执行率 90% 3.5 =")
    text = first + "\n2、93% 3.5经费支付及时率 ≥95% 3.5 97% 3.5 草坪修剪面积 全覆盖 4 好 4 补植成活率 90% 4 94% 4\n"
    joined = join_viewer_chunks(text).splitlines()
    assert joined[1].startswith("预算执行率 90% 3.5 =93%")


def test_a_funds_use_self_evaluation_title() -> None:
    """"2021年区本级彩票公益金绩效使用自评报告": the fund is the project (a 公益金 is a fund as 资金 is), no unit
    (before, the title's head with 绩效使用 was taken for the unit's name, and no project named)."""
    read = _read("2021年区本级彩票公益金绩效使用自评报告\n2021年,财政下拨某体育场运行经费为60万元,用于场馆维护。\n")
    assert read.project.name == "彩票公益金"  # (区本级 the budget level: left-pages-63)
    assert "绩效使用" not in (read.unit.name or "")


def test_a_project_title_with_no_year() -> None:
    """"某某整治提升项目支出绩效评价报告" with no year in it: the title's head is the project's name (before, a title
    with no year named no project)."""
    read = _read("丁河道整治提升项目支出绩效评价报告\n一、项目概况\n2021年,该项目获得上级资金300万元。\n")
    assert read.project.name == "丁河道整治提升项目"


def test_money_a_project_got_from_a_level_of_government() -> None:
    """"该项目获得中省水利发展资金300万元": the money the project got for the year, its budget (before, none read)."""
    read = _read("2021年戊沟小流域治理项目支出绩效评价报告\n一、项目概况\n2021年,该项目获得中省水利发展资金300万元,"
                 "项目概算总投资450万元。\n")
    assert read.budget.adjusted == Decimal("300")


def test_a_worded_pair_of_equal_words_with_the_weight_between() -> None:
    """"设施检修 运行良好 5 运行良好 5" under "目标值 权重 实际完成值 自评分": the second "运行良好" is the actual (the
    same words as the target), no name restated (before, it was blanked and the row had no actual); a score run
    onto a name of two characters ("5清运") is cut off too."""
    read = _read("某市级财政支出项目绩效自评表\n项目名称 乙区道路保洁\n"
                 "指标名称 目标值 权重 实际完成值 自评分 道路清扫率 =100% 3 =100% 3 设施检修 运行良好 5 运行良好 5清运 "
                 "当日清运 4 当日清运 4档案管理 记录完整 3 记录完整 3\n")
    rows = {i.name: i for i in read.indicators}
    assert set(rows) == {"道路清扫率", "设施检修", "清运", "档案管理"}
    repair = rows["设施检修"]
    assert repair.actual is not None and repair.actual.text == "运行良好" and repair.stated_score == 5
    assert rows["清运"].actual is not None and rows["清运"].actual.text == "当日清运"


def test_a_funds_project_title_with_no_year_names_the_fund() -> None:
    """A guard for the yearless title (it passes on 84fe4a02 too): "某某服务经费项目支出绩效自评表" names the fund, the
    项目 after it no part of the name."""
    read = _read("老年人关爱服务经费项目支出绩效自评表\n一、项目概况\n2022年该项目预算12万元,执行12万元。\n")
    assert read.project.name == "老年人关爱服务经费"
