"""Residual shapes of stop 25 (invented units and figures): a stated grade that only the unverified default
bands contradict, and ordinary prose phrasings of budget and score facts."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import run_checks
from jixiao.checks.finding import REVIEW_PROMPT, Finding, Severity
from jixiao.model import Evaluation
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document
from jixiao.scoring.packs import load_pack

CONCLUSION = "2024年度某镇文化站整体支出绩效自评报告\n四、自评结论\n经自评，综合得分{total}分，评价等级为“{grade}”。\n"


def _read(text: str) -> Evaluation:
    return extract(text_to_document(text, "report.txt"))[0]


def _grade_finding(total: str, grade: str, pack: str | None = None) -> Finding | None:
    evaluation = _read(CONCLUSION.format(total=total, grade=grade))
    assert (evaluation.stated_total, evaluation.stated_grade.value if evaluation.stated_grade else None) \
        == (Decimal(total), grade)
    return next((f for f in run_checks(evaluation, pack) if f.code == "GRADE_MISMATCH"), None)


def test_a_grade_another_common_banding_gives_is_flagged_for_review_not_an_error() -> None:
    finding = _grade_finding("84.47", "优")
    assert finding is not None and finding.severity is Severity.WARNING
    assert finding.message.startswith(REVIEW_PROMPT)
    assert "central-2020" in finding.message and "优 ≥ 90" in finding.message  # names the band it used
    assert [r.why for r in finding.readings] == ["按另一种常见等级区间（优 ≥ 80、良 ≥ 70、中 ≥ 60）"]


def test_a_grade_no_common_banding_gives_stays_an_error() -> None:
    for total, grade in (("95", "差"), ("93.5", "良"), ("58", "中"), ("72", "优")):
        finding = _grade_finding(total, grade)
        assert finding is not None and finding.severity is Severity.ERROR, (total, grade)
        assert not finding.readings


def test_a_matching_grade_raises_nothing() -> None:
    assert _grade_finding("84.47", "良") is None


def test_verified_bands_keep_the_error() -> None:
    text = load_pack(None).model_dump_json()
    pack = load_pack(None).model_validate_json(text).model_copy(update={"grade_source": "优 ≥ 90 [seen 某省文件]"})
    assert pack.grade_bands_verified
    evaluation = _read(CONCLUSION.format(total="84.47", grade="优"))
    [finding] = [f for f in run_checks(evaluation, pack) if f.code == "GRADE_MISMATCH"]
    assert finding.severity is Severity.ERROR


PROJECT = ("某县农业农村局2023年度农机购置补贴项目支出绩效自评报告\n一、项目概况\n项目预算80万元，实际支出76万元。\n"
           "二、自评结论\n")


def test_a_parts_sum_after_qizhong_is_not_the_total() -> None:
    for text in ("项目自评得分91.5分，其中项目决策、项目过程、产出和效益合计得分68分，满意度得分23.5分，自评等级为优。",
                 "项目自评得分91.5分。\n其中：产出指标、效益指标合计得分68分，满意度指标得分9分。",
                 "项目自评得分91.5分，其中：\n1.决策、过程指标合计得分14.5分；\n2.产出、效益指标合计得分68分；\n"
                 "3.满意度指标合计得分9分。"):
        evaluation = _read(PROJECT + text)
        assert evaluation.stated_total == Decimal("91.5"), text
        assert evaluation.provenance["stated_total"].text.endswith("91.5分")


def test_a_sum_stated_as_the_whole_is_still_the_total() -> None:
    assert _read(PROJECT + "项目合计得分91.5分，评价等级为优。").stated_total == Decimal("91.5")
    assert _read(PROJECT + "其中产出指标40分，效益指标30分，合计91.5分。").stated_total == Decimal("91.5")
