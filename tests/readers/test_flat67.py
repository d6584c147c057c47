"""Stop 47, flat67: a whole-unit form whose name column, headed 绩效指标, holds the levels as an outline ("一、产出指标"
and "（一）数量指标" rows with their block's points and score, the names numbered "1."), flattened. Invented unit,
figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_HEAD = ["某县少儿图书馆2025年度部门整体支出绩效自评报告", "三、绩效自评情况", "部门整体支出绩效自评表"]
_OUTLINE = [["绩效指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"],
            ["一、产出指标", "60", "57.5"],
            ["（一）数量指标", "30", "30"],
            ["1.绘本借阅册次", "30", "≥8万册次", "8.6万册次", "30"],
            ["（二）时效指标", "30", "27.5"],
            ["2.新书上架及时率", "30", "≥95%", "91%", "27.5", "采购合同签订推迟"],
            ["二、满意度指标", "40", "40"],
            ["（一）服务对象满意度指标", "40", "40"],
            ["3.小读者家长满意度", "40", "≥90%", "93.5%", "40"],
            ["合计", "100", "97.5"]]
_TAIL = ["经综合评定，自评得分97.5分，等级为优秀。"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_an_outline_of_levels_under_a_names_column_headed_with_its_column_word(tmp_path: Path, shape: str) -> None:
    """"绩效指标" opening the header is the names' column (no caption over a header with none), and each outline
    heading's row takes the figures after it as its block's points and score, as a Word file's row gives them."""
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _OUTLINE, _TAIL, shape))
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("绘本借阅册次", "产出指标", "数量指标", Decimal(30), Decimal(30)),
        ("新书上架及时率", "产出指标", "时效指标", Decimal(30), Decimal("27.5")),
        ("小读者家长满意度", "满意度指标", "服务对象满意度指标", Decimal(40), Decimal(40))]
    assert evaluation.stated_block_weights == {"产出指标": Decimal(60), "满意度指标": Decimal(40)}


_SCORES_LINE = ["项目支出绩效自评表", "预算执行率得分（满分20分）：19.40 绩效指标得分（满分80分）：76.5 总分：95.90",
                "项目名称 某县少儿图书馆数字阅读推广经费"]
_LEVEL_TABLE = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "数字阅读推广活动场次", "≥24场", "26场", "40", "40"],
                ["满意度指标", "服务对象满意度指标", "参与读者满意度", "≥90%", "88%", "40", "36.5"]]


@pytest.mark.parametrize("shape", ["cells", "spaced"])
def test_a_scores_label_before_the_form_opens_no_header(tmp_path: Path, shape: str) -> None:
    """"绩效指标得分（满分80分）：76.5": a label and its figure (a score and its full mark), no names' column heading
    a table of 得分 and 满分 (guard: the first cut read it as one and lost the form's indicator table)."""
    evaluation = read_saved_rows(tmp_path, flattened(_SCORES_LINE, _LEVEL_TABLE, [], shape))
    assert [(i.name, i.level1, i.stated_score) for i in evaluation.indicators] == [
        ("数字阅读推广活动场次", "产出指标", Decimal(40)), ("参与读者满意度", "满意度指标", Decimal("36.5"))]
