"""Shapes found on the held-out pages of real-page probes 19–21 and 23 (docs/reader-corpora/held-29.md), each
rebuilt from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read

_NUMBERED_ITEMS = (
    "2023年度某某县农技推广项目绩效自评表\n"
    "项目名称 | 某某县农技推广项目 | ||||||\n"
    "主管部门 | 某某县农业局 | 项目实施单位 | 某某县农技站 | ||||\n"
    "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||\n"
    "产出指标 | 数量指标 | 一、良种示范 | ≧800亩 | 800亩 | 12.0 | |||\n"
    "1、小麦良种示范 | ≧300亩 | 300亩 | 4.0 | ||||||\n"
    "2、油菜良种示范 | ≧500亩 | 500亩 | 8.0 | ||||||\n"
    "二、对比试验 | ≧6组 | 6组 | 6.0 | ||||||\n"
    "1、对比试验(早稻) | ≧4组 | 4组 | 4.0 | ||||||\n"
    "2、对比试验(晚稻) | ≧2组 | 2组 | 2.0 | ||||||\n"
    "质量指标 | 良种到位率 | ≧90% | 95% | 10.0 | |||||\n")


def test_numbered_items_over_numbered_sub_items_lose_their_numbers_and_keep_their_variants() -> None:
    """"一、名称" over "1、名称" sub-items: the outline number is the form's, not the name's, at either depth; two
    sub-items told apart only by a bracketed variant ("(早稻)" / "(晚稻)") stay two indicators."""
    names = [i.name for i in _read(_NUMBERED_ITEMS).indicators]
    assert names[:6] == ["良种示范", "小麦良种示范", "油菜良种示范", "对比试验", "对比试验(早稻)", "对比试验(晚稻)"]


def test_a_body_under_its_stamp_mark_after_the_title_is_the_unit() -> None:
    """A viewer ran the cover together: the title, then "某某中心（盖章）", then the opening sentence. The body whose
    stamp the cover asks for is the unit; a label "填报单位（盖章）" is no body's name."""
    read = _read("2022年度部门整体支出绩效自评报告某某县疾病预防控制中心(盖章)为进一步加强财政资金管理,"
                 "根据有关通知要求,我中心对2022年部门整体支出开展了绩效自评,现将情况报告如下:\n")
    assert read.unit.name == "某某县疾病预防控制中心"
    cover = _read("2022年度部门整体支出绩效自评报告\n填报单位(盖章):\n某某县农业农村局\n")
    assert cover.unit.name != "填报单位"


_BROKEN_SCORE_ROWS = (
    "2023 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标设定(12 分) "
    "依据充分性(6 分)\n"
    "6 目标明确性(6 分)\n"
    "5 预算配置(8 分) 在职人员控制率(4 分)\n"
    "4 三公经费变动率(4 分)\n"
    "3 其他说明........\n")


def test_a_score_table_whose_rows_broke_so_each_score_opens_the_next_line() -> None:
    """"…三级指标 得分 部门决策(20分) 目标设定(12分) 依据充分性(6分)" / "6 目标明确性(6分)" / …: the weight is in
    each name, each score opens the line after its name; the names before an indicator are its levels. The
    pairing across the break is a guess, so marked."""
    read = _read(_BROKEN_SCORE_ROWS)
    rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in read.indicators]
    assert rows == [("依据充分性", "部门决策", "目标设定", Decimal(6), Decimal(6)),
                    ("目标明确性", "部门决策", "目标设定", Decimal(6), Decimal(5)),
                    ("在职人员控制率", "部门决策", "预算配置", Decimal(4), Decimal(4)),
                    ("三公经费变动率", "部门决策", "预算配置", Decimal(4), Decimal(3))]
    assert read.provenance["indicators[1].stated_score"].guessed


def test_the_forms_implementing_unit_cell_beats_the_body_a_sentence_says_carries_the_work_out() -> None:
    """The form's 实施单位 cell names the bureau; a sentence further down says a team under it is the 实施主体: the
    form's cell is the implementing unit (the sentence's body stays an alternative)."""
    read = _read("项目支出绩效自评表(2023年度)\n"
                 "项目名称 | 某某执法装备购置经费 |\n"
                 "主管部门 | 某某县文化和旅游局 | 实施单位 (盖章) | 某某县文化和旅游局 |\n"
                 "项目实施内容及过程概述 | 项目实施主体为某某县文化市场执法大队,实施过程中严格执行采购制度。 |\n")
    assert read.project.implementing_unit == "某某县文化和旅游局"


def test_offices_listed_after_sheyou_with_no_count_are_the_internal_bodies() -> None:
    """"学校设有校长室、教务处、…、后勤服务中心。": no count and no noun after the list, each item named as an
    office is: the school's internal bodies (their number unstated); the count of schools under it stays apart."""
    read = _read("某某中心学校2023年度整体支出绩效自评报告\n"
                 "某某中心学校是公益一类事业单位。中心学校下辖6所完全小学,现有在职教师120名。"
                 "中心学校设有校长室、教务处、德育处、财务室、后勤服务中心。\n")
    assert read.unit.internal_bodies == ["校长室", "教务处", "德育处", "财务室", "后勤服务中心"]
    assert read.unit.internal_bodies_count is None
    assert read.unit.subordinate_bodies_count == 6


def test_the_forms_year_heading_beats_the_year_inside_the_projects_name_in_the_title() -> None:
    """A page titled with the project's name ("某县2022年某某示范项目补助资金绩效自评"), then the form
    "2023年度项目支出绩效自评表" whose 项目名称 is that name: the year evaluated is the form's; the name's year, the
    allocation's, is no second statement of it (no error says the two differ)."""
    read = _read("某某县2022年某某示范项目补助资金绩效自评\n"
                 "2023年度项目支出绩效自评表\n"
                 "单位名称:某某县农技站 填报日期:2024年3月10日\n"
                 "项目名称 | 某某县2022年某某示范项目补助资金 |\n")
    assert read.year == 2023
    assert read.project.name == "某某县2022年某某示范项目补助资金"
    assert not _errors(read)


def test_a_last_row_cut_right_after_its_name_is_an_indicator_with_no_weight() -> None:
    """The excerpt ends inside the form's last row, after its levels and its name ("满意度指标 | 服务对象满意度指标 |
    名称" and nothing more): the indicator is named, its weight unstated (not invented)."""
    read = _read("2023年度某某项目支出绩效自评表\n"
                 "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
                 "产出指标 | 数量指标 | 新建库房面积 | ≥300平方米 | 310平方米 | 20 | 20 | 无 |\n"
                 "效益指标 | 社会效益指标 | 带动就业人数 | ≥8人 | 8人 | 20 | 20 | 无 |\n"
                 "满意度指标 | 服务对象满意度指标 | 使用单位满意度 \n")
    last = read.indicators[-1]
    assert (last.name, last.level1, last.level2, last.weight) == ("使用单位满意度", "满意度指标", "服务对象满意度指标",
                                                                  None)
