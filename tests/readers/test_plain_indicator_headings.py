"""Indicator headings a copy lost the Word style of ("服务对象满意度" over "该指标分值…"), the deepest headings of
the report, before a section a table row stands for ("自评结论 | 综合自评得分…", read as a titled section): the section
stays above them, whichever comes first, so it is no part of the last indicator's body. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any

_REPORT = ["某县文化和旅游局2024年度部门整体支出绩效自评报告",
           "绩效指标完成情况",
           "文化下乡演出场次", "该指标分值40分，年度目标≥60场，实际完成64场，自评得40分。",
           "景区安全检查覆盖率", "该指标分值40分，年度目标=100%，实际完成100%，自评得40分。",
           "服务对象满意度", "该指标分值20分，年度目标≥90%，实际完成93.5%，自评得19分。",
           "自评结论", "综合自评得分99分，等级为优秀。"]


def test_the_last_indicator_before_a_titled_section_is_read(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("\n".join(_REPORT) + "\n", encoding="utf-8")
    indicators = read_any(path).evaluation.indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators] == [
        ("文化下乡演出场次", Decimal(40), Decimal(40)), ("景区安全检查覆盖率", Decimal(40), Decimal(40)),
        ("服务对象满意度", Decimal(20), Decimal(19))]
    assert (indicators[2].target.value, indicators[2].actual.value) == (Decimal(90), Decimal("93.5"))
