"""What the review of stop 38's first round found in the extractors (docs/reader-corpora/review-38-extract.md), each
as an invented snippet: invented units and figures."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_BUREAU = "某县某某局2023年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_the_units_spending_total_after_a_carried_over_income_part_is_kept() -> None:
    """"…,上年结转50万元,支出总计480万元": the income's last part is a carried-over sum, then the unit's own 支出总计
    (a part's spending is a bare 支出 after its allocation; before, the total was dropped as that part's)."""
    read = _read(_BUREAU + "2023年收入总计500万元,其中财政拨款450万元,上年结转50万元,支出总计480万元,"
                           "其中基本支出300万元,项目支出180万元。\n")
    assert read.budget.expenditure_total == Decimal("480.00")


def test_a_subordinate_centre_introduced_in_a_bureaus_report_is_not_its_unit() -> None:
    """"某县某某推广中心是某县某某局下属二级事业单位" in the 局's own report: the title's unit stays (before, the centre
    was read for sure over the title's 局)."""
    read = _read(_BUREAU + "我局内设办公室、计财股等5个股室。\n"
                           "某县某某推广中心是某县某某局下属二级事业单位,负责技术推广。\n")
    assert read.unit.name == "某县某某局"


def test_a_centre_a_titleless_report_places_under_a_bureau_is_a_guessed_unit() -> None:
    """With no title or label naming the unit, the centre the opening sentence places under a 局 is the unit, as a
    guess (the 局's own report would introduce it so too)."""
    read = _read("一、基本情况\n某县某某局内设办公室、计财股等5个股室,下设二级单位1个。\n"
                 "某县某某推广中心是某县某某局下属二级事业单位,负责技术推广。\n")
    assert read.unit.name == "某县某某推广中心"
    assert read.provenance["unit.name"].guessed


def test_spaces_inside_a_cells_label_value_are_the_values() -> None:
    """"项目名称：某某村道路  硬化工程" / "主管部门：某县  交通运输局" in one cell each: the spaces are
    inside the value, no next label after them (before, the cell was cut at them into "某某村道路" and
    "某县")."""
    read = _read("2023年度项目支出绩效自评表\n"
                 "| 项目名称：某某村道路  硬化工程 | 实施单位：某县某某局 |\n| 主管部门：某县  交通运输局 | |\n"
                 "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                 "| 产出指标 | 数量指标 | 硬化里程 | 5公里 | 5公里 | 100 | 100 |\n")
    assert read.project.name.replace(" ", "") == "某某村道路硬化工程"
    assert read.unit.supervising_department.replace(" ", "") == "某县交通运输局"
