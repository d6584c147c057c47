"""Indicator rows a line each with no header on the page (a form's later page, its title, head and indicator header
cut off), read by content (``readers.flat_headless_lines``), and the guards that keep other rows out. Invented
snippets: invented names and figures, no text of any page."""

from __future__ import annotations

from corpus import errors
from page_reading import by_name, read_page

# a county's street-lamp upkeep form, its last rows only: pipe rows of the nature-column layout, each followed by a
# lone "|" line and a row of empty cells, a qualitative row whose grade stands on a line of its own
_TAIL = ("产出指标 | 数量指标 | 路灯维修数量 | ≥ | 120 | 盏 | 126 | 10 |\n|\n| |||\n"
         "时效指标 | 维修响应及时率 | = | 100 | % | 100 | 5 |\n|\n| ||\n"
         "巡查发现问题整改率 | ≥ | 95 | % | 97 | 5 |\n|\n| |||\n"
         "可持续影响指标 | 养护长效机制健全性 | 定性 | 优良中低差 |\n| 优 | 10 |\n|\n| ||\n"
         "满意度指标 | 服务对象满意度指标 | 沿街居民满意度 | ≥ | 90 | % | 94 | 10 |\n|\n| |\n"
         "合计 | 100 |\n|\n| |||||||\n评价结论 | 项目按计划实施,完成年度目标。 | |||||||\n"
         "项目负责人: | 财务负责人: |\n")


def test_headerless_rows_are_read_by_content() -> None:
    """Each row's levels (carried down as merged cells), name, target (sign, figure, unit) and actual (the unit its
    too) are read, every one a guess; the figure after the actual is no weight nor score: the page does not say which
    (before, none of the rows was read)."""
    read = read_page(_TAIL)
    found = by_name(read)
    assert list(found) == ["路灯维修数量", "维修响应及时率", "巡查发现问题整改率", "养护长效机制健全性",
                           "沿街居民满意度"]
    lamps = found["路灯维修数量"]
    assert (lamps.level1, lamps.level2) == ("产出指标", "数量指标")
    assert lamps.target is not None and (lamps.target.comparator, lamps.target.value, lamps.target.unit) == \
        ("≥", 120, "盏")
    assert lamps.actual is not None and (lamps.actual.value, lamps.actual.unit) == (126, "盏")
    fixes = found["巡查发现问题整改率"]  # its levels' cells merged above it
    assert (fixes.level1, fixes.level2) == ("产出指标", "时效指标")
    assert fixes.actual is not None and (fixes.actual.value, fixes.actual.unit) == (97, "%")
    assert all(i.weight is None and i.stated_score is None for i in read.indicators)
    assert all(read.provenance[f"indicators[{n}].name"].guessed  # type: ignore[attr-defined]
               for n in range(len(read.indicators)))
    assert not errors(read)


def test_a_qualitative_rows_grade_on_its_own_line_is_its_actual_and_its_scale_no_target() -> None:
    """"定性 | 优良中低差 |" over "| 优 | 10 |": the grade is the actual, the scale no target; the row's 二级 belongs
    to 效益指标 in the templates, so the 产出指标 carried down is not its 一级 (the merged cell above was cut)."""
    kept = by_name(read_page(_TAIL))["养护长效机制健全性"]
    assert kept.target is None
    assert kept.actual is not None and kept.actual.text == "优"
    assert (kept.level1, kept.level2) == ("效益指标", "可持续影响指标")


def test_no_rows_of_another_forms_tail_above_a_whole_form() -> None:
    """A page opening on the previous form's last rows, then a whole form with its header: the tail belongs to no
    form of the page, and only the whole form's rows are read (guard)."""
    whole = ("部门预算项目支出绩效自评表(2022年度)\n项目名称 | 某镇河道保洁项目 | |||\n"
             "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |\n"
             "产出指标 | 数量指标 | 河道保洁里程 | ≥ | 35 | 公里 | 36 | 20 | 20 |\n"
             "效益指标 | 社会效益指标 | 河面漂浮物清除率 | ≥ | 95 | % | 96 | 30 | 30 |\n")
    names = [i.name for i in read_page(_TAIL + whole).indicators]
    assert names == ["河道保洁里程", "河面漂浮物清除率"]


def test_no_rows_from_prose_or_a_budget_table() -> None:
    """Sentences with signs and units, and a budget table's pipe rows, are no headerless indicator rows (guard)."""
    prose = ("年度目标:路灯维修数量 ≥ 120 盏,实际完成 126 盏。\n维修响应及时率 = 100 %,实际 100 %。\n"
             "服务对象满意度 ≥ 90 %,调查结果 94 %。\n")
    budget = ("年度资金总额 | 52 | 52 | 50.6 | 10 | 97.31% | 9.73 |\n|\n"
              "其中:财政拨款 | 52 | 52 | 50.6 | - | - | - |\n|\n上年结转资金 | 0 | 0 | 0 | - | - | - |\n")
    for text in (prose, budget):
        assert read_page("某县2022年度路灯维修项目绩效自评报告\n" + text).indicators == [], text


def test_parts_of_money_followed_by_what_they_pay_for_are_no_income_items() -> None:
    """"其中:养老服务类资金A万元支持…;儿童关爱类资金B万元用于…" after the money was allocated: uses of the
    money, not income items it came from (before, both were read as income items)."""
    read = read_page(_FUND + "及时将资金52.40万元分配至具体项目。其中:养老服务类资金30.10万元支持社区食堂建设;"
                     "儿童关爱类资金22.30万元用于留守儿童课后托管。\n")
    assert read.budget.income_items == []


def test_parts_of_money_by_their_sources_stay_income_items() -> None:
    """The same parts with no use after their amounts ("…类资金A万元;…类资金B万元。") stay items (guard)."""
    read = read_page(_FUND + "其中:养老服务类资金30.10万元;儿童关爱类资金22.30万元。\n")
    assert [item.name for item in read.budget.income_items] == ["养老服务类资金", "儿童关爱类资金"]


_FUND = "某县2022年度福利彩票公益金项目绩效自评报告\n一、基本情况\n2022年共下达我县福利彩票公益金52.40万元。"


# a whole form after the tail, its indicator header line lost (a page's copy that dropped it)
_HEADLESS_WHOLE = ("部门预算项目支出绩效自评表(2023年度)\n项目名称 | 某乡渡口安全管护项目 | |||\n"
                   "产出指标 | 数量指标 | 渡船安全检查次数 | ≥ | 24 | 次 | 26 | 30 | 30 |\n"
                   "效益指标 | 社会效益指标 | 渡运安全事故发生率 | = | 0 | % | 0 | 30 | 30 |\n"
                   "满意度指标 | 服务对象满意度指标 | 过渡群众满意度 | ≥ | 90 | % | 92 | 40 | 38 |\n")


def test_a_tail_above_a_form_that_lost_its_header_lends_it_no_rows() -> None:
    """The previous form's tail, then a form whose 项目名称 row stands above rows that lost their header line: the
    tail's rows are that earlier form's (its head follows them), and only the later form's rows are read (before,
    the tail's five rows were read into it)."""
    names = [i.name for i in read_page(_TAIL + _HEADLESS_WHOLE).indicators]
    assert names == ["渡船安全检查次数", "渡运安全事故发生率", "过渡群众满意度"]


def test_a_filers_label_below_the_rows_is_no_other_form() -> None:
    """"填报单位:" in a form's foot after headerless rows names who filed it, not a form's head: the rows are read
    (guard)."""
    names = [i.name for i in read_page(_TAIL + "填报单位: | 某县市政设施管护所 |\n").indicators]
    assert names[0] == "路灯维修数量" and len(names) == 5


def test_no_error_rests_on_headerless_rows_under_damage() -> None:
    """Each line of the headerless rows dropped, each joined to the next, each row's last cell cut: every cell is a
    guess and no weight or score is read, so no error-level finding rests on them (guard)."""
    lines = [line for line in _TAIL.splitlines() if line.strip()]
    damaged = [lines[:k] + lines[k + 1:] for k in range(len(lines))]
    damaged += [[*lines[:k], f"{lines[k]} {lines[k + 1]}", *lines[k + 2:]] for k in range(len(lines) - 1)]
    damaged += [[*lines[:k], lines[k].rstrip(" |")[: lines[k].rstrip(" |").rfind("|") + 1], *lines[k + 1:]]
                for k in range(len(lines)) if lines[k].rstrip(" |").count("|")]
    for version in damaged:
        assert not errors(read_page("\n".join(version) + "\n")), version
