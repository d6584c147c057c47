"""A report that states its own grade bands (invented sentences in the wordings reports use): the reader keeps
them with their source line, and GRADE_MISMATCH judges the stated grade by them — an error only when the
report's own rule gives the stated total another grade, a warning naming both rules when they are not the
pack's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Finding, Severity
from jixiao.model import Evaluation

REPORT = ("2024年度某镇文化站整体支出绩效自评报告\n四、自评结论\n经自评，综合得分{total}分，评价等级为“{grade}”。\n"
          "{rule}\n")


def _read(rule: str, total: str = "87", grade: str = "良") -> Evaluation:
    return read_page(REPORT.format(total=total, grade=grade, rule=rule))


def _bands(evaluation: Evaluation) -> list[tuple[str, str, bool | None]]:
    return [(band.grade.value, format(band.min, "f"), band.min_inclusive) for band in evaluation.stated_grade_bands]


def _grade_findings(rule: str, total: str, grade: str) -> list[Finding]:
    evaluation = _read(rule, total, grade)
    assert evaluation.stated_total == Decimal(total)
    return [f for f in run_checks(evaluation, None) if f.code == "GRADE_MISMATCH"]


FOUR = [("优", "90", True), ("良", "80", True), ("中", "60", True), ("差", "0", True)]


@pytest.mark.parametrize(("rule", "bands"), [
    ("90分（含）以上为优、80-89分为良、60-79分为中、60分以下为差。", FOUR),
    ("总分满分100分，90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。", FOUR),
    ("评价结果分为四个等级：得分90分以上（含90分）的为优秀，80分（含）至90分（不含）的为良好，"
     "60分（含）至80分（不含）的为合格，60分以下的为不合格。", FOUR),
    ("分数段：优：90-100分；良：80-89分；中：60-79分；差：60分以下。", FOUR),
    ("优（90—100分）、良（80—89分）、中（60—79分）、差（59分及以下）", FOUR),
    ("得分≥90分为优秀，80分≤得分<90分为良好，60分≤得分<80分为合格，得分<60分为不合格。", FOUR),
    ("综合评分85分以上为优秀。", [("优", "85", None)]),
    ("90分以上（不含90分）为优秀，75分以上为良好，60分以上为合格，60分以下为不合格。",
     [("优", "90", False), ("良", "75", None), ("中", "60", None), ("差", "0", True)]),
])
def test_stated_bands_are_read_with_their_source_line(rule: str, bands: list[tuple[str, str, bool | None]]) -> None:
    evaluation = _read(rule)
    assert _bands(evaluation) == bands
    source = evaluation.provenance["stated_grade_bands"]
    assert source.location and rule[:8] in source.text


def test_bands_listed_one_a_line_are_one_statement() -> None:
    evaluation = _read("等级标准：\n（1）90分以上为优秀；\n（2）75分-89分为良好；\n（3）60分-74分为合格；\n"
                       "（4）60分以下为不合格。")
    assert _bands(evaluation) == [("优", "90", None), ("良", "75", True), ("中", "60", True), ("差", "0", True)]


@pytest.mark.parametrize("text", [
    "满意度90%以上为优，80%以上为良。",  # a rate's rule, not the total's
    "该指标满分10分，8分以上为优，6分以上为良。",  # an indicator's rule (a 100-point total's top band starts higher)
    "评价等级分为优、良、中、差四个等级。",  # no bounds
    "90分以上为良，80分以上为优。",  # a higher band for a lower grade: no rule
])
def test_what_is_no_rule_for_the_total_is_not_read(text: str) -> None:
    assert _read(text).stated_grade_bands == []


def test_a_grade_the_reports_own_bands_give_is_no_error_and_the_differing_pack_is_named() -> None:
    # 86 is 良 under the pack's default bands (优 ≥ 90) but 优 under the report's 85 / 75 / 60
    findings = _grade_findings("85分（含）以上为优秀，75分（含）至85分（不含）为良好，60分（含）至75分（不含）为合格，"
                               "60分以下为不合格。", "86", "优秀")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "优 ≥ 85、良 ≥ 75、中 ≥ 60" in findings[0].message and "优 ≥ 90、良 ≥ 80、中 ≥ 60" in findings[0].message


def test_a_grade_the_reports_own_bands_deny_is_an_error_naming_them() -> None:
    findings = _grade_findings("90分（含）以上为优、80-89分为良、60-79分为中、60分以下为差。", "92", "良")
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "按报告写明的等级标准（优 ≥ 90、良 ≥ 80、中 ≥ 60）应为“优”" in findings[0].message
    # the same bands as the pack's: no second finding, and a grade they give is fine
    assert _grade_findings("90分（含）以上为优、80-89分为良、60-79分为中、60分以下为差。", "89.5", "良") == []


def test_a_bound_the_wording_leaves_open_accuses_no_one() -> None:
    # "85分以上": whether 85 itself is 优 is not said — 良 at exactly 85 is one reading
    rule = "85分以上为优秀，75分以上为良好，60分以上为合格，60分以下为不合格。"
    assert [f.severity for f in _grade_findings(rule, "85", "良好")] == [Severity.WARNING]
    assert [f.severity for f in _grade_findings(rule, "85", "优秀")] == [Severity.WARNING]
    errors = [f for f in _grade_findings(rule, "85.5", "良好") if f.severity is Severity.ERROR]
    assert len(errors) == 1 and "应为“优”" in errors[0].message


def test_a_stated_band_the_total_is_outside_of_is_an_error() -> None:
    # only the top band is stated: 优 needs 85 or more under the report's own rule
    errors = [f for f in _grade_findings("综合评分85分以上为优秀。", "80", "优秀") if f.severity is Severity.ERROR]
    assert len(errors) == 1 and "不在“优”的区间内" in errors[0].message


def test_a_total_the_stated_bands_leave_out_goes_to_the_packs_bands() -> None:
    # 82 lies in no band the sentence states; 良 is what the pack's bands give it: no error
    findings = _grade_findings("综合评分85分以上为优秀。", "82", "良好")
    assert all(f.severity is not Severity.ERROR for f in findings)
    errors = [f for f in _grade_findings("综合评分85分以上为优秀。", "82", "差") if f.severity is Severity.ERROR]
    assert len(errors) == 1 and "central-2020" in errors[0].message


def test_a_bands_bound_is_no_stated_total() -> None:
    # "综合评分85分以上为优秀": the rule's bound, not another reading of the total (87)
    evaluation = _read("综合评分85分以上为优秀，75分至84分为良好。")
    assert evaluation.stated_total == Decimal(87) and "stated_total" not in evaluation.alternatives


def test_bounds_in_words_of_more_and_less() -> None:
    evaluation = _read("得分高于90分为优秀，不少于80分为良好，大于等于60分为合格，低于60分为不合格。")
    assert _bands(evaluation) == [("优", "90", False), ("良", "80", True), ("中", "60", True), ("差", "0", True)]


def test_a_band_stated_beside_the_grade_keeps_its_top() -> None:
    # "等级：良好（80≤得分<90）": one band, both its bounds; 95 is outside it, 90 may be either side of its top
    rule = "等级说明：良好（80≤得分<90）。"
    band = _read(rule, "84.5", "良好").stated_grade_bands[0]
    assert (band.grade.value, band.min, band.max) == ("良", Decimal(80), Decimal(90))
    errors = [f for f in _grade_findings(rule, "95", "良好") if f.severity is Severity.ERROR]
    assert len(errors) == 1 and "不在“良”的区间内" in errors[0].message
    assert not [f for f in _grade_findings(rule, "90", "优秀") if f.severity is Severity.ERROR]


def test_one_stated_band_the_packs_bands_agree_with_asks_for_review_only() -> None:
    # "85分以上为优秀" alone may be another rule's (a survey's): 87 graded 良好 is what the pack's bands give
    findings = _grade_findings("综合评分85分以上为优秀。", "87", "良好")
    assert Severity.ERROR not in [f.severity for f in findings]
    assert any("报告只写明一档标准" in f.message for f in findings)
    # the full rule stated: its own verdict stands
    rule = "85分以上为优秀，75分以上为良好，60分以上为合格，60分以下为不合格。"
    assert Severity.ERROR in [f.severity for f in _grade_findings(rule, "87", "良好")]
