"""Shapes of the fourteenth set (docs/reader-corpora/fourteenth.md: real published forms as a web page, a
viewer, an OA system or a PDF text layer flattens them), each rebuilt from an invented snippet of the same
shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


_FORM = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
         "产出指标 数量指标 修缮校舍面积 ≥600平方米 640平方米 45 45\n"
         "效益指标 社会效益指标 办学条件 改善 明显改善 45 43\n"
         "总分 90 88\n\n")


def test_a_figure_in_the_template_s_notes_is_no_stated_total() -> None:
    for note in ("填表说明：1.得分=执行率×10分；2.绩效指标分值合计80分；3.本表一式2份。",
                 "注：\n1.预算执行率权重10分；\n2.权重合计为80分。",
                 "填报说明 评价等级为良的须说明原因，总分合计80分。"):
        evaluation = _read(_FORM + note + "\n")
        assert evaluation.stated_total == Decimal("88"), note
        assert evaluation.stated_grade is None, note


def test_the_unit_s_own_total_after_the_notes_is_still_read() -> None:
    evaluation = _read(_FORM + "填表说明：1.绩效指标分值合计80分。\n\n综上，本项目自评得分88分，评价等级为良。\n")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("88"), "良")
