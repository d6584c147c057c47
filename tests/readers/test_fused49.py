"""The fused shape (a row's cells run together, no separator), stop 43's fused49, each from an invented snippet
(invented units and figures; docs/reader-corpora/flat-shapes-30.md, "Stop 43: fused49")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_TITLE = "某县2024年度耕地地力补贴项目绩效自评表"
_HEADER = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"


def _rows(total: str) -> list[str]:
    """A form whose 时效 row runs its weight and score into a note opening on a figure and a unit:
    "109.52个村…" is 10 | 9.5 | "2个村…" and 10 | 9.52 | "个村…" alike."""
    return [_TITLE, _HEADER,
            "产出指标数量指标补贴发放面积≥3.5万亩3.6万亩3030",
            "质量指标补贴对象核准率≥98%99%2020",
            "时效指标补贴资金发放及时率=100%97%109.52个村材料补报后发放",
            "满意度指标服务对象满意度指标种植户满意度≥90%93%4040",
            total]


def test_the_stated_total_chooses_between_readings_of_a_run_into_a_note(tmp_path: Path) -> None:
    """Cut line by line, the run admits two readings and the row was lost. The form's 总分 is the sum of the rows'
    scores: read again with each reading, the one whose scores reach the stated total is taken, as a guess."""
    for total, score, note in (("总分10099.5", "9.5", "2个村材料补报后发放"),
                               ("总分10099.52", "9.52", "个村材料补报后发放")):
        page = read_saved_rows(tmp_path, _rows(total))
        timely = by_name(page)["补贴资金发放及时率"]
        assert (timely.level2, timely.weight, timely.stated_score, timely.deviation_note) == (
            "时效指标", 10, Decimal(score), note)
        at = [i.name for i in page.indicators].index("补贴资金发放及时率")
        assert page.provenance[f"indicators[{at}].stated_score"].guessed
        assert page.provenance[f"indicators[{at}].deviation_note"].guessed
        assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_no_reading_is_taken_when_the_total_chooses_none(tmp_path: Path) -> None:
    """A total that neither reading reaches, or no total at all: the run stays unread, as before."""
    for total in ("总分10098", "填报日期：2025年3月1日"):
        page = read_saved_rows(tmp_path, _rows(total))
        assert "补贴资金发放及时率" not in by_name(page)


def test_a_rate_row_scored_at_its_rate_keeps_its_weight_and_score_whole(tmp_path: Path) -> None:
    """"产出指标预算执行预算执行率96.43%109.64" (no target, the actual rate, 分值 10, 得分 9.64): the run after the
    rate was cut in three (an actual 10, a weight 9.6, a score 4) and the rate taken for the target. A score that is
    the weight times the row's actual rate (得分 = 分值 × 执行率, as far as the score is written) now speaks for the
    reading that puts the rate in the actual and the run in the weight and the score."""
    rows = [_TITLE, _HEADER,
            "产出指标预算执行预算执行率96.43%109.64",
            "数量指标补贴发放面积≥3.5万亩3.6万亩2020",
            "质量指标补贴对象核准率≥98%99%2020",
            "满意度指标服务对象满意度指标种植户满意度≥90%93%5050",
            "总分10099.64"]
    page = read_saved_rows(tmp_path, rows)
    spent = by_name(page)["预算执行率"]
    assert (spent.target, spent.actual.value, spent.actual.unit) == (None, Decimal("96.43"), "%")
    assert (spent.weight, spent.stated_score) == (10, Decimal("9.64"))
    at = [i.name for i in page.indicators].index("预算执行率")
    assert page.provenance[f"indicators[{at}].weight"].guessed
    assert page.provenance[f"indicators[{at}].stated_score"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
