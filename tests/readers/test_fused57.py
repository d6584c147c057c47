"""The fused shape (a row's cells run together, no separator), stop 49, fused57: a change against last year written
as the target and again, with its figure, as the actual; each from an invented snippet (invented units, figures and
wording; docs/reader-corpora/fused-57.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_level_heads import pointed_head, unpointed
from jixiao.readers.flat_value_runs import cells_between

_HEAD = ["某县河湖保护中心2025年度项目支出绩效自评表", "项目名称某某河道综合整治项目"]
_TABLE = ["一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
          "产出指标数量指标河道清淤长度≥12公里12.5公里3030",
          "效益指标生态效益指标入河污染物排放量同比下降下降4.6%3030",
          "满意度指标服务对象满意度指标沿岸居民满意度≥85%83%4036个别路段施工扬尘影响出行",
          "总分10096"]


def test_a_change_against_last_year_written_again_with_its_figure(tmp_path: Path) -> None:
    """"…排放量同比下降下降4.6%3030": the target is the change the name ends on ("同比下降"), the actual the word
    written again with its figure ("下降4.6%"), the points after them; the cut of the name a guess. Read before as
    name "…排放量同比" | 下降 | 下降 | 4.6% | 3030: the weight 4.6, no score, and the form's total unchecked."""
    page = read_saved_rows(tmp_path, [*_HEAD, *_TABLE])
    assert [(i.name, i.weight, i.stated_score) for i in page.indicators] == [
        ("河道清淤长度", Decimal(30), Decimal(30)), ("入河污染物排放量", Decimal(30), Decimal(30)),
        ("沿岸居民满意度", Decimal(40), Decimal(36))]
    change = page.indicators[1]
    assert (change.target.text, change.actual.text) == ("同比下降", "下降4.6%")
    assert page.provenance["indicators[1].name"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_the_cut_of_a_change_and_its_figure() -> None:
    """The run between two of the form's words: the comparison with last year goes with the target; a word written
    twice with no such comparison is cut as before, and a bare figure after it (the points) stays a cell of its own;
    a figure with its unit joins the actual only after such a change."""
    assert cells_between("某某用水量较上年降低降低8%2018") == ["某某用水量", "较上年降低", "降低8%", "2018"]
    assert cells_between("某某设施运行保持稳定保持稳定1515") == ["某某设施运行", "保持稳定", "保持稳定", "1515"]
    assert cells_between("某某排放量比去年减少减少") == ["某某排放量", "比去年减少", "减少"]
    # two worded values with no change against last year: a figure with % after them is a weight's ("5%"), not theirs
    assert cells_between("某某制度执行逐步完善不断完善5%5") == ["某某制度执行", "逐步完善", "不断完善", "5%", "5"]


_POINTED = ["某区图书馆2025年某某阅读推广项目绩效自评表",
            "一级指标二级指标三级指标（分值）年度指标值实际完成值得分偏差原因分析及改进措施",
            "产出指标数量指标阅读推广活动场次（20分）≥40场44场20",
            "新增馆藏图书册数（15分）≥6000册5800册14部分采购批次延后到货",
            "质量指标读者投诉事件数（15分）=0件0件15",
            "效益指标社会效益指标年度到馆人次（30分）≥15万人次16.1万人次30",
            "满意度指标服务对象满意度指标读者满意度（20分）≥90%92%20",
            "总分99"]


def test_points_in_brackets_after_each_name_with_no_points_column(tmp_path: Path) -> None:
    """"三级指标（分值）" and no 分值 column: each row's weight is the bracket after its name ("…场次（20分）≥40场…"),
    on a row with its levels and on one under them merged alike. Read before without the rows under merged levels (the
    header, with no weight column, was no header of level columns, so no such row was cut)."""
    page = read_saved_rows(tmp_path, _POINTED)
    assert [(i.name, i.level2, i.weight, i.stated_score) for i in page.indicators] == [
        ("阅读推广活动场次", "数量指标", Decimal(20), Decimal(20)),
        ("新增馆藏图书册数", "数量指标", Decimal(15), Decimal(14)),
        ("读者投诉事件数", "质量指标", Decimal(15), Decimal(15)),
        ("年度到馆人次", "社会效益指标", Decimal(30), Decimal(30)),
        ("读者满意度", "服务对象满意度指标", Decimal(20), Decimal(20))]
    short = page.indicators[1]
    assert (short.actual.value, short.deviation_note) == (Decimal(5800), "部分采购批次延后到货")
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_bracket_before_a_figure_is_left_as_written() -> None:
    """The bracket's points become the weight's cell only where something other than a figure follows them: before a
    bare figure ("（10分）100%") where the weight would end is unwritten."""
    assert unpointed("某某场次（20分）≥40场44场20") == "某某场次20≥40场44场20"
    assert unpointed("某某完成率（10分）100%98%9.8") == "某某完成率（10分）100%98%9.8"
    assert pointed_head(["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分"]) == [
        "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"]
    assert pointed_head(["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "分值", "得分"]) is None


_DEVIATED = ["某县水利站2025年度某某灌区维修项目绩效自评表",
             "一级指标二级指标三级指标指标值实际值偏差分值得分偏差原因分析及改进措施",
             "产出指标数量指标渠道维修长度≥12公里12.6公里+0.6公里1515",
             "渠道维修完成率100%100%01515",
             "产出指标质量指标工程验收合格率≥98%99%+1个百分点2020",
             "效益指标社会效益指标受益农户数≥1500户1470户-30户3028个别村组用水计划调整",
             "满意度指标服务对象满意度指标受益群众满意度≥90%93%+3个百分点2020",
             "总分10098"]


def test_a_bare_zero_deviation_before_the_weight_runs_onto_the_points(tmp_path: Path) -> None:
    """"…完成率100%100%01515" under the merged levels of the row above, under "…指标值实际值偏差分值得分…" (the 偏差
    column before the weight, not the score): the deviation 0, written bare, ran onto the points; the deviation's own
    constraint (the actual's departure from the target) cuts it 100% | 100% | 0 | 15 | 15, a guess. Read before as
    no row."""
    page = read_saved_rows(tmp_path, _DEVIATED)
    assert [(i.name, i.weight, i.stated_score) for i in page.indicators] == [
        ("渠道维修长度", Decimal(15), Decimal(15)), ("渠道维修完成率", Decimal(15), Decimal(15)),
        ("工程验收合格率", Decimal(20), Decimal(20)),
        ("受益农户数", Decimal(30), Decimal(28)), ("受益群众满意度", Decimal(20), Decimal(20))]
    second = page.indicators[1]
    assert (second.level2, second.target.value, second.actual.value) == ("数量指标", Decimal(100), Decimal(100))
    assert page.provenance["indicators[1].weight"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


_RATED = ["项目支出绩效自评表（2025年度）",
          "填报单位：某县非遗保护中心单位：元",
          "项目名称2025年某某非遗传承补助项目",
          "预算执行情况（10分）全年预算数（A）执行数（B）执行率（B/A）得分（10分×执行率）",
          "项目资金总额25000002318750.592.75%9.28",
          "年度绩效指标一级指标二级指标三级指标年初目标值（A）实际完成值（B）分值得分未完成原因",
          "年度绩效指标产出指标数量指标传承人带徒人数≥60人64人4545",
          "满意度指标服务对象满意度指标学员满意度≥90%91%4545",
          "总分10099.28"]


def test_amounts_run_onto_their_rate_cut_a_digit_wrong_are_cut_again_by_the_rate(tmp_path: Path) -> None:
    """"…25000002318750.592.75%": the figure cut took the rate's first digit for the outturn's second decimal
    (…2318750.59 | 2.75%). No split of the amounts gives 2.75 %, one split without that digit gives 92.75 %
    (2500000 | 2318750.5): the run is left to the money aligner, which splits it at that rate, a guess. Read before
    with the rate 2.75 % and no budget."""
    page = read_saved_rows(tmp_path, _RATED)
    assert (page.budget.adjusted, page.budget.executed, page.budget.stated_execution_rate) == (
        Decimal("250.00"), Decimal("231.87505"), Decimal("92.75"))
    assert page.provenance["budget.adjusted"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_rate_the_amounts_give_as_cut_is_left_as_cut() -> None:
    """Amounts whose split gives the rate as the figure cut read it keep their cells ("186.00179.24" at 96.37 %); a
    run whose split does not is one cell for the aligner."""
    assert cells_between("186.00179.2496.37%9.64") == ["186.00", "179.24", "96.37%", "9.64"]
    assert cells_between("25000002318750.592.75%9.28") == ["25000002318750.592.75%", "9.28"]
