"""The fused shape (a row's cells run together, no separator), stop 48, fused56: an outline of levels down a 绩效指标
column, a half-year column, a column of indicator codes, text values written twice, each from an invented snippet
(invented units, figures and wording; docs/reader-corpora/fused-56.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation

_HEAD = ["某县少儿图书馆2025年度部门整体支出绩效自评报告", "三、绩效自评情况", "部门整体支出绩效自评表"]
_OUTLINE = ["绩效指标分值年度指标值实际完成值得分偏差原因分析及改进措施",
            "一、产出指标6057.5",
            "（一）数量指标3030",
            "1.绘本借阅册次15≥8万册次8.6万册次15",
            "2.亲子讲座场次15≥24场26场15",
            "（二）预算执行3027.5",
            "3.预算执行率30100%91.67%27.5",
            "二、满意度指标4040",
            "（一）服务对象满意度指标4040",
            "4.小读者家长满意度40≥90%93.5%40",
            "合计10097.5"]


def _rows(page: Evaluation) -> list[tuple[object, ...]]:
    return [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in page.indicators]


def _no_error(page: Evaluation) -> bool:
    return not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_an_outline_whose_headings_run_onto_their_points_is_cut_by_its_sums(tmp_path: Path) -> None:
    """"一、产出指标6057.5": the heading's words, then its weight and score cut where the weight is the sum of the
    weights under it (60 | 57.5, not 605 | 7.5); "30100%" (a weight run onto its bare target: 30 | 100% or
    3010 | 0%) cut at the weight its heading's cut leaves it. Every such cell a guess."""
    page = read_saved_rows(tmp_path, [*_HEAD, *_OUTLINE])
    assert _rows(page) == [
        ("绘本借阅册次", "产出指标", "数量指标", Decimal(15), Decimal(15)),
        ("亲子讲座场次", "产出指标", "数量指标", Decimal(15), Decimal(15)),
        ("预算执行率", "产出指标", "预算执行", Decimal(30), Decimal("27.5")),
        ("小读者家长满意度", "满意度指标", "服务对象满意度指标", Decimal(40), Decimal(40))]
    assert [i.number for i in page.indicators] == [1, 2, 3, 4]
    rate = page.indicators[2]
    assert (rate.target.value, rate.target.unit, rate.actual.value) == (Decimal(100), "%", Decimal("91.67"))
    assert page.stated_block_weights == {"产出指标": Decimal(60), "满意度指标": Decimal(40)}
    assert page.provenance["stated_block_weights.产出指标"].guessed
    assert page.provenance["indicators[2].weight"].guessed
    assert _no_error(page)


def test_a_heading_whose_rows_do_not_settle_its_cut_keeps_no_points(tmp_path: Path) -> None:
    """A row under the heading that no reading fits (a text target and actual run together, "得到有效保障已实现":
    where one ends is not written), so its weight is unread: the heading's run is left unread, its words still the
    rows' level; no block weight is guessed."""
    lines = [*_HEAD, _OUTLINE[0], "一、产出指标3028.5", "（一）数量指标3028.5",
             "1.绘本借阅册次15≥8万册次8.6万册次15",
             "2.亲子讲座保障15得到有效保障已实现13.5", "合计3028.5"]
    page = read_saved_rows(tmp_path, lines)
    assert [(i.name, i.level1, i.level2) for i in page.indicators][:1] == [("绘本借阅册次", "产出指标", "数量指标")]
    assert page.stated_block_weights == {}


_MONEY = ["某县疾病预防控制中心2024年度慢病管理经费项目支出绩效自评表", "项目名称某县慢病管理经费",
          "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分",
          "年度资金总额420.00436.50431.271098.80%9.88"]


def test_a_half_year_column_is_cut_from_the_header(tmp_path: Path) -> None:
    """"…年度指标值上半年完成值全年完成值分值得分…": the half year's column word is a word of the form, so the header
    is cut whole (before, the cutter read "半年完成值" back as a second 全年完成值) and each row's half-year figure is
    read past."""
    lines = [*_MONEY, "一级指标二级指标三级指标年度指标值上半年完成值全年完成值分值得分偏差原因分析及改进措施",
             "产出指标数量指标高血压患者随访人次≥3600人次1750人次3712人次2020",
             "产出指标质量指标随访记录合格率≥95%47.2%96.1%2020",
             "效益指标社会效益指标居民慢病知晓率≥60%—63.5%3027",
             "合计10096.88"]
    page = read_saved_rows(tmp_path, lines)
    assert [(i.name, i.weight, i.actual.value, i.stated_score) for i in page.indicators if i.level1] == [
        ("高血压患者随访人次", Decimal(20), Decimal(3712), Decimal(20)),
        ("随访记录合格率", Decimal(20), Decimal("96.1"), Decimal(20)),
        ("居民慢病知晓率", Decimal(30), Decimal("63.5"), Decimal(27))]


def test_a_column_of_codes_before_the_levels_is_read_past(tmp_path: Path) -> None:
    """"指标编号一级指标…评分规则得分…" over "A1产出指标数量指标…", "B1效益指标…": each row's code is read past, so
    the row opens on its levels; a text target and actual written alike ("有效改善有效改善") are cut where the words
    before the weight are written twice; a row no reading fits ("…9.5年…": 9.5 | 年… or 9 | 5年…) gives no cell
    and the rows after it are still read."""
    lines = [*_MONEY, "指标编号一级指标二级指标三级指标年度指标值实际完成值分值评分规则得分偏差原因分析及改进措施",
             "A1产出指标数量指标慢病患者建档人数≥2400人2465人20达到目标值得满分，每少1%扣0.5分20",
             "A2入户随访人数≥1200人1180人10达到目标值得满分，每少1%扣0.5分9.5年末人员调整",
             "B1效益指标社会效益指标居民健康管理水平有效改善有效改善30达到预期得满分，部分达到酌情扣分30",
             "C1满意度指标服务对象满意度指标慢病患者满意度≥90%91.8%30≥90%得满分，每低1个百分点扣1分30",
             "合计9089.5"]
    page = read_saved_rows(tmp_path, lines)
    read = [(i.name, i.level1, i.weight, i.stated_score) for i in page.indicators if i.level1]
    assert read == [("慢病患者建档人数", "产出指标", Decimal(20), Decimal(20)),
                    ("居民健康管理水平", "效益指标", Decimal(30), Decimal(30)),
                    ("慢病患者满意度", "满意度指标", Decimal(30), Decimal(30))]
    worded = page.indicators[[i.name for i in page.indicators].index("居民健康管理水平")]
    assert (worded.target.text, worded.actual.text) == ("有效改善", "有效改善")
    assert _no_error(page)


def test_words_written_twice_at_the_end() -> None:
    """The words a name's text ends on twice: one count only, after a name of two characters at least."""
    from jixiao.readers.flat_value_recuts import echoed_tail

    assert echoed_tail("居民健康管理水平有效改善有效改善") == 4
    assert echoed_tail("居民健康管理水平") is None
    assert echoed_tail("好好") is None


def test_a_band_table_run_together_gives_the_bands_and_the_ticked_grade(tmp_path: Path) -> None:
    """"分值区间等次本项目" over "90（含）-100分优√" … "60分以下差": the head's words run onto the rule's column word,
    each row's range, grade and tick run together; cut after the range at the grade word ending the row, the
    ticked row's grade the report's, a guess."""
    lines = [*_MONEY, "合计10096.88", "评价等级（在对应等级栏内打“√”）", "分值区间等次本项目",
             "90（含）-100分优√", "75（含）-90分良", "60（含）-75分中", "60分以下差", "填表人：某某"]
    page = read_saved_rows(tmp_path, lines)
    assert [(b.grade.value, b.min, b.max) for b in page.stated_grade_bands] == [
        ("优", Decimal(90), Decimal(100)), ("良", Decimal(75), Decimal(90)), ("中", Decimal(60), Decimal(75)),
        ("差", Decimal(0), Decimal(60))]
    assert page.stated_grade is not None and page.stated_grade.value == "优"
    assert page.provenance["stated_grade"].guessed
