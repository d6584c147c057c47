"""A document's metadata row copied above its title (author, file number, dates, software version: "admin 2024lx05 1
2025-02-11T09:30:00Z … False False"), as long as the text's wrapped lines: no line of a Chinese text wraps onto the
next with no Chinese character in it, so the title after it keeps its line."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.document import Paragraph
from jixiao.readers.wrapped_lines import rejoin_wrapped

_META = "admin 2024lx05 1 2025-02-11T09:30:00Z 2025-02-12T01:05:10Z 12.00 2052-11.1.0.14036 False False"


def _lines(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(text, f"第{n}行") for n, text in enumerate(texts, start=1)]


def test_the_title_after_a_metadata_row_is_no_wrapped_line() -> None:
    wrapped = "某县林业局认真落实年度重点工作任务全面完成造林和森林防火等各项工作目标并加强资金管理使用" * 3
    width = len(_META) // 2  # (display width: a Chinese character takes two columns)
    texts = [_META, "部门整体支出绩效自评报告", wrapped[:width], wrapped[width: 2 * width], wrapped[2 * width:] + "。"]
    joined = [block.text for block in rejoin_wrapped(_lines(texts))]
    assert joined[:2] == [_META, "部门整体支出绩效自评报告"]
    assert joined[2:] == ["".join(texts[2:])]  # a Chinese line as long as the wrap still goes on


def test_a_spaced_form_under_a_metadata_row_keeps_its_title(tmp_path: Path) -> None:
    rows = [_META, "部门整体支出绩效自评报告", "单位名称： 某县林业局", "评价年度： 2024年度",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析",
            "产出指标 数量指标 新增造林面积 ≥1200亩 1260亩 20 20",
            "产出指标 质量指标 苗木成活率 ≥90% 93.5% 20 20",
            "效益指标 生态效益指标 森林覆盖率提高 ≥0.5个百分点 0.6个百分点 30 30",
            "满意度指标 服务对象满意度指标 林农满意度 ≥90% 95% 30 30",
            "合计 100 100"]
    evaluation = _read_rows(tmp_path, rows)
    assert evaluation.title == "部门整体支出绩效自评报告"
