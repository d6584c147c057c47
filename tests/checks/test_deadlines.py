"""FULL_SCORE_AFTER_DEADLINE: a deadline target compared with an actual date where both are dates
(docs/reader-corpora/left-pages-62.md). Invented units, figures and wording."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.checks import Severity, run_checks
from jixiao.checks.deadlines import actual_day, deadline_day
from jixiao.model import Actual, Evaluation, Indicator, Target
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

CODE = "FULL_SCORE_AFTER_DEADLINE"


def dated(target: str, actual: str, score: str = "10") -> Evaluation:
    return Evaluation(year=2024, indicators=[Indicator(
        name="资金拨付时间", level1="产出指标", level2="时效指标", weight=D("10"), stated_score=D(score),
        target=Target(text=target), actual=Actual(text=actual))])


@pytest.mark.parametrize(("target", "actual"), [
    ("2024年10月底前", "2024年11月12日"), ("2024年10月31日前", "2024年11月"),
    ("2024年底前", "2025年1月8日"), ("2024年9月前", "2024年10月"),
    ("２０２４年８月底前", "2024年9月3日"), ("2024 年 12 月底前", "2025 年 2 月"),
    ("2024年10月底前", "已于2024年11月6日完成"),
])
def test_full_score_after_the_deadline(found, target: str, actual: str) -> None:
    [f] = found(dated(target, actual), CODE)
    assert f.severity is Severity.ERROR
    assert f.location == "indicators[0].stated_score"
    assert "晚于年度指标值" in f.message and "却得满分 10 分" in f.message


@pytest.mark.parametrize(("target", "actual"), [("6月30日前完成", "7月5日"), ("≤6月30日", "7月2日完成"),
                                                ("3月底前", "12月")])
def test_late_with_no_year_on_either_side_is_a_warning(found, target: str, actual: str) -> None:
    """Neither date states its year: the deadline may be the next year's (a project running into it), a reading under
    which the row is met, so the finding only warns."""
    [f] = found(dated(target, actual), CODE)
    assert f.severity is Severity.WARNING
    assert "晚于年度指标值" in f.message


def test_the_message_names_both_dates(found) -> None:
    [f] = found(dated("2024年10月底前", "2024年11月12日"), CODE)
    assert f.message == "指标1“资金拨付时间”：实际完成时间 2024年11月12日 晚于年度指标值 2024年10月底前，却得满分 10 分"


@pytest.mark.parametrize(("target", "actual", "score"), [
    ("2024年10月底前", "2024年10月31日", "10"),  # on the last day
    ("2024年10月前", "2024年10月20日", "10"),  # "10月前" at its loosest: the month's end
    ("2024年10月底前", "2024年10月", "10"),  # the month itself: may be any day of it
    ("2024年10月底前", "2024年11月12日", "8"),  # late, and scored down
    ("2024年10月底前", "按期完成", "10"),  # the actual is no date
    ("按合同约定时间", "2024年11月12日", "10"),  # the target is no date
    ("次月15日前", "2024年11月20日", "10"),  # a deadline counted from each month: no one day
    ("5月、10月底前", "11月", "10"),  # two deadlines
    ("2025年3月底前", "12月20日", "10"),  # the actual's year not written: it may be the year before
    ("3月底前", "2024年4月2日", "10"),  # the target's year not written
    ("2024年12月14日前", "2024年12月14日前完工", "10"),  # an actual "…前完工" states no day to compare
    ("10月", "12月", "10"),  # a month alone: a count of months as well ("发放月数 10月"), no deadline
])
def test_no_finding_unless_late_under_every_reading(found, target: str, actual: str, score: str) -> None:
    assert found(dated(target, actual, score), CODE) == []


def test_a_figure_target_is_no_deadline(found) -> None:
    evaluation = Evaluation(year=2024, indicators=[Indicator(
        name="资金拨付时间", weight=D("10"), stated_score=D("10"), target=Target(value=D("30"), unit="天"),
        actual=Actual(text="2024年11月12日"))])
    assert found(evaluation, CODE) == []


def test_the_dates_read() -> None:
    assert deadline_day("2024年底前") is not None and deadline_day("2024年底前")[1].isoformat() == "2024-12-31"
    assert deadline_day("年底前完成") is not None
    assert deadline_day("2月底前")[1].day == 29  # no year: the loosest reading, a leap year's
    assert deadline_day("全年") is None and deadline_day("") is None
    assert deadline_day("9月") is None  # a month alone may be a count of months
    assert deadline_day("9月前")[1].day == 30 and deadline_day("在9月")[1].day == 30 and deadline_day("2024年9月")
    assert actual_day("2025年2月")[1].isoformat() == "2025-02-01"
    assert actual_day("按时完成") is None


def test_a_table_read_from_a_page_compares_its_dates() -> None:
    """A project form's deadline row, scored in full though paid after its deadline, read from text."""
    text = ("某县某中心2024年度项目支出绩效自评表\n项目名称：乡村道路养护项目\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
            "产出指标 | 数量指标 | 养护道路里程 | ≥42公里 | 43公里 | 20 | 20\n"
            "产出指标 | 时效指标 | 养护资金拨付时间 | 2024年9月底前 | 2024年10月16日 | 10 | 10\n")
    evaluation, _ = extract(text_to_document(text, "page.txt"))
    [late] = [f for f in run_checks(evaluation) if f.code == CODE]
    assert late.severity is Severity.ERROR
    assert "养护资金拨付时间" in late.message and "2024年10月16日" in late.message


def test_a_count_of_months_is_no_deadline() -> None:
    """A quantity row counting months ("补助发放月数 | 10月 | 12月") reads as a month too: no deadline missed."""
    text = ("某县某站2024年度项目支出绩效自评表\n项目名称：困难群众临时救助项目\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
            "产出指标 | 数量指标 | 救助金发放月数 | 10月 | 12月 | 20 | 20\n")
    evaluation, _ = extract(text_to_document(text, "page.txt"))
    assert [f for f in run_checks(evaluation) if f.code == CODE] == []
