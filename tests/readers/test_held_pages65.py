"""Shapes the held-out pages of stop 65 showed (docs/reader-corpora/held-65.md), each as an invented snippet:
invented units, places and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read


def test_the_unit_speaking_of_itself_before_its_establishment_gives_it() -> None:
    """"…,2020年末,我单位共有编制11人,其中行政编制7人…": a clause opening on the unit's own word before 共有编制
    (before, no establishment was read: only a clause opening on 共有 / 现有 / 编制 was)."""
    read = _read("某县某某局2020年度部门整体支出绩效自评报告\n"
                 "一、基本情况\n"
                 "根据编委核定,2020年我局内设股室3个,2020年末,我单位共有编制11人,其中行政编制7人,"
                 "事业编制4人,年末实有人数12人。\n")
    assert read.unit.staff_establishment == 11
    assert read.unit.staff_total == 12


def test_bodies_set_up_under_the_unit_are_counted() -> None:
    """"下设二级机构事业单位2个": the bodies under the unit, counted (before, only 所属 / 下属 / 直属 单位 were);
    "下设3个股室" is the unit's own offices, no subordinate body."""
    read = _read("某县某某局2020年度部门整体支出绩效自评报告\n"
                 "一、基本情况\n"
                 "2020年我局内设股室3个,下设二级机构事业单位2个。\n")
    assert read.unit.subordinate_bodies_count == 2
    assert read.unit.internal_bodies_count == 3
    offices = _read("某县某某局2020年度部门整体支出绩效自评报告\n"
                    "一、基本情况\n"
                    "我局下设3个股室:办公室、业务股、财务股。\n")
    assert offices.unit.subordinate_bodies_count is None
    units = _read("某县某某局2020年度部门整体支出绩效自评报告\n"
                  "一、基本情况\n"
                  "我局内设股室3个,下设事业单位2个。\n")
    assert units.unit.subordinate_bodies_count == 2


def test_the_body_whose_duties_the_unit_section_lists_is_the_unit() -> None:
    """"(一)单位职能:某区某某局(以下简称区某局)的主要职能:…" in a run-on report with no unit in its title: the body
    whose duties the report lists is the unit, a guess (before, the unit was unnamed); "对局机关2019年度一般公共
    预算项目开展绩效自评" names no project (before, "一般公共预算项目" was read as the project)."""
    read = _read("2019年度项目支出绩效自评报告根据某区财政局开展2020年区级财政支出绩效评价工作方案的要求,"
                 "我单位对局机关2019年度一般公共预算项目开展绩效自评。现将自评情况报告如下:一、项目概况"
                 "(一)单位职能:某区农业农村局(以下简称区农业局)的主要职能:贯彻执行有关农业方面的法律、法规;"
                 "负责全区农业行政执法。(二)单位项目资金管理:严格按照当年批复的财政预算执行。\n")
    assert read.unit.name == "某区农业农村局"
    assert read.project is None


_FORM = ("2022年度某某项目自评表\n"
         "项目名称 | 某某服务 | ||||||||\n"
         "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||\n")


def test_a_cut_last_row_opening_on_a_level_with_its_points_is_a_new_block() -> None:
    """"满意度指标(10分) | 服务对象 | 群众满意度调查" ending the text, cut after its name: the form prints its 一级
    cells with their points, no 二级 with any, so the cell is the row's 一级 (before, it was read as a 二级 under
    效益指标, the 二级 as the name, and the block's 10 points were lost)."""
    read = _read(_FORM
                 + "产出指标(40分) | 数量指标 | 购置设备 | 2台 | 2台 | 40 | ||||\n"
                 + "效益指标(30分) | 社会效益 | 服务人次 | ≥500人次 | 600人次 | 30 | ||||\n"
                 + "满意度指标(10分) | 服务对象 | 群众满意度调查\n")
    last = read.indicators[-1]
    assert (last.name, last.level1, last.level2) == ("群众满意度调查", "满意度指标", "服务对象")
    assert read.stated_block_weights == {"产出指标": 40, "效益指标": 30, "满意度指标": 10}


def test_a_cut_last_row_stays_a_second_level_where_second_levels_carry_points() -> None:
    """The same cut row where the form prints its 二级 cells with points too ("数量指标(20分)"): the cell may be a
    二级 with its own points, the row stays as read."""
    read = _read(_FORM
                 + "产出指标(40分) | 数量指标(40分) | 购置设备 | 2台 | 2台 | 40 | ||||\n"
                 + "效益指标(30分) | 社会效益(30分) | 服务人次 | ≥500人次 | 600人次 | 30 | ||||\n"
                 + "满意度指标(10分) | 服务对象 | 群众满意度调查\n")
    assert read.indicators[-1].level1 == "效益指标"
