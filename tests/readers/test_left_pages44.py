"""Two wrong readings of stop 37's real pages that no expected file counted, each able to feed a check
(docs/reader-corpora/left-pages-43.md, section left44), each as an invented snippet: invented units, places,
projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a bureau's summary of its project evaluations grouped "一是…二是…", each group with its own sum, spending and rate
_GROUPS = ("某县某某局2024年部门绩效自评工作情况总结\n\n一、自评工作开展情况\n\n"
           "{budget}项目支出绩效自评项目12个,分为两个方面,一是用于某某管理事务支出,即某某专项工作补助经费合计40万元,"
           "已于本年度支出40万元,预算完成率100%。主要用于某某工作支出;二是某某教育支出,即某某发展资金合计310.5万元,"
           "已于本年度支出300万元,预算完成率96.62%。主要用于某某补助。\n")


def test_an_enumerated_items_figures_are_the_units_only_guessed_when_nothing_else_gives_its_budget() -> None:
    """"一是…合计40万元,已于本年度支出40万元,预算完成率100%": before, the unit's spending and rate, marked sure;
    now the first item's figures stand in for the unit's, guessed, as nothing else gives its budget."""
    read = _read(_GROUPS.format(budget="2024年我单位"))
    assert read.budget.expenditure_total == Decimal(40)
    assert read.budget.stated_execution_rate == Decimal(100)
    assert read.provenance["budget.expenditure_total"].guessed
    assert read.provenance["budget.stated_execution_rate"].guessed


def test_an_enumerated_items_figures_give_way_to_the_units_own_budget_and_raise_no_error() -> None:
    """With the unit's "全年预算数为520万元,全年执行数为500万元" stated: before, the first item's 100 % was the unit's
    rate, sure, and 500 / 520 against it an error (EXECUTION_RATE_MISMATCH) the text does not hold; now the item's
    figures are not read as the unit's."""
    read = _read(_GROUPS.format(budget="2024年我单位全年预算数为520万元,全年执行数为500万元。"))
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(520), Decimal(500))
    assert read.budget.stated_execution_rate is None
    assert read.budget.expenditure_total is None
    assert not errors(read)


# a run-together project form whose fifth row opens on a level the reader does not know (so no reader takes it), and
# the row under it leaves its level cells empty
_UNREAD_ROW = ("某区某某镇2024年度财政项目支出绩效自评表\n项目名称某某道路养护\n"
               "主管部门某某镇人民政府实施单位某某镇建设管理办公室\n"
               "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
               "产出指标数量指标道路养护完成率100%100%2020 \n"
               "质量指标养护验收合格率100%90%1816管理不够到位\n"
               "效益指标社会效益指标通行条件改善程度改善有所改善1512宣传不够到位\n"
               "满意度指标服务对象满意度指标沿线居民满意度≥85%≥80%109宣传指导不到位\n"
               "附加考核类某某台账完整情况完整基本完整43台账不够完善\n"
               "某某资料归档及时性及时及时55 \n总分:85\n")


def test_a_carried_row_after_a_line_no_reader_took_carries_no_level() -> None:
    """"某某资料归档及时性…" under the unread "附加考核类…" line: before, it took the levels of the row above the
    unread line (满意度指标 / 服务对象满意度指标), a wrong guess; now it carries none. The rows above keep theirs."""
    rows = {i.name: i for i in _read(_UNREAD_ROW).indicators}
    carried = rows["某某资料归档及时性"]
    assert (carried.level1, carried.level2) == (None, None)
    assert carried.weight == Decimal(5)
    assert (rows["沿线居民满意度"].level1, rows["沿线居民满意度"].level2) == ("满意度指标", "服务对象满意度指标")
    assert rows["养护验收合格率"].level1 == "产出指标"


def test_a_carried_row_after_a_page_number_keeps_the_levels_above() -> None:
    """A page's number between two rows ("第2页") could not have been a row: the row under it carries the levels
    above as before."""
    text = _UNREAD_ROW.replace("附加考核类某某台账完整情况完整基本完整43台账不够完善\n", "第2页\n")
    carried = {i.name: i for i in _read(text).indicators}["某某资料归档及时性"]
    assert (carried.level1, carried.level2) == ("满意度指标", "服务对象满意度指标")


def test_a_carried_row_after_an_unread_row_with_no_level_head_keeps_the_levels_above() -> None:
    """An unread line that opens on no level-like cell (…指标 / …类) is one more row of the block above, never a row
    of another level: the row under it carries the levels above as before."""
    unread = "附加考核类某某台账完整情况完整基本完整43台账不够完善\n"
    text = _UNREAD_ROW.replace(unread, "某某巡查≥12次11次43台账不够完善\n")
    carried = {i.name: i for i in _read(text).indicators}["某某资料归档及时性"]
    assert (carried.level1, carried.level2) == ("满意度指标", "服务对象满意度指标")
