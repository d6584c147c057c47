"""Shapes the held-out pages of stop 71 showed (docs/reader-corpora/held-71.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_WHOLE_UNIT = ("某县某某服务中心2021年度部门整体支出绩效自评报告\n"
               "一、部门概况\n"
               "(一)机构、人员构成\n"
               "某县某某服务中心属财政全额拨款的事业单位,核定事业编制40人。2021年末,单位共有在职人员35人,"
               "其中在编在职31人,借调4人、临聘3人、公益性岗位2人,退休12人;下设科室3个:办公室、业务科、财务股。\n")


def test_staff_outside_the_establishment_listed_after_the_staff_raise_no_error() -> None:
    """"在职人员35人,其中在编在职31人,借调4人、临聘3人、公益性岗位2人,退休12人": 31 + 4 = 35; the 临聘 and
    公益性岗位 workers may stand beside the total, not inside it, so the staff sum is to be checked, not an error
    (before, STAFF_SUM_MISMATCH was an error)."""
    findings = [f for f in run_checks(_read(_WHOLE_UNIT)) if f.code == "STAFF_SUM_MISMATCH"]
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "临聘" in findings[0].message


def test_a_staff_sum_that_fails_without_the_outside_workers_is_still_an_error() -> None:
    """"在职人员36人,其中在编在职31人,借调4人、临聘3人": neither 38 nor 35 is 36, an error under every reading."""
    text = _WHOLE_UNIT.replace("在职人员35人", "在职人员36人")
    assert [f.severity for f in run_checks(_read(text)) if f.code == "STAFF_SUM_MISMATCH"] == [Severity.ERROR]
