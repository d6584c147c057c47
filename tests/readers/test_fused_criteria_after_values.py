"""A fused indicator table whose criteria column stands between the weight and the score, the target and the actual
before the weight (… | 三级指标 | 指标值 | 实际完成值 | 分值 | 评分标准 | 得分 | 原因 | 改进措施): "某服务人数≥800人
826人20完成目标得满分，每少2%扣1分20" is read from both ends as a row under a criteria column is, the values before
the weight from the left; a row the form's words cut at the criteria's own signs is read again as one text; a level
cell repeating the name's words is no OCR misread (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_criteria_rows import criteria_cells, criteria_row
from jixiao.readers.flat_words import column_words
from jixiao.readers.fused_money import GuessedCell

_REST: list[str | None] = ["target", "actual", "weight", "scoring_rule", "score", "deviation", "deviation"]


def test_the_values_before_the_weight_are_read_from_the_left() -> None:
    assert column_words("评分标准得分原因") == ["评分标准", "得分", "原因"]
    row = criteria_row("某服务人数≥800人826人20完成目标得满分，每少2%扣1分20", _REST)
    assert row == ["某服务人数", "≥800人", "826人", "20", "完成目标得满分，每少2%扣1分", "20"]
    assert row is not None and all(isinstance(cell, GuessedCell) for cell in row)
    # the criteria opening on a comparison, the notes run together after the score (one cell)
    assert criteria_row("群众满意度≥90%92.4%10≥90%得满分，每低1个百分点扣1分9部分村组宣传不足加强入户宣传", _REST) == \
        ["群众满意度", "≥90%", "92.4%", "10", "≥90%得满分，每低1个百分点扣1分", "9", "部分村组宣传不足加强入户宣传"]
    # an actual in another unit than the target's, a score above the weight: a row that opens as one (its name,
    # values and weight) but no reading fits gives no cell (fused56: the rows after it are still read); values
    # without a unit open no row
    assert criteria_row("某服务人数≥800人826次20完成目标得满分，每少2%扣1分20", _REST) == []
    assert criteria_row("某服务人数≥80082620完成目标得满分，每少2%扣1分20", _REST) is None
    assert criteria_row("某服务人数≥800人826人20完成目标得满分，每少2%扣1分25", _REST) == []


def test_a_row_cut_at_the_criteria_signs_is_read_again() -> None:
    roles: list[str | None] = ["level1", "level2", "name", *_REST]
    cells = ["效益指标", "社会效益指标", "某覆盖率≥", "80%", "78%", "15",
             "达到目标得满分，未达到按比例扣分14部分新增对象未覆盖"]
    assert criteria_cells(cells, roles) == ["效益指标", "社会效益指标", "某覆盖率", "≥80%", "78%", "15",
                                            "达到目标得满分，未达到按比例扣分", "14", "部分新增对象未覆盖"]
    assert criteria_cells(["某覆盖率≥", "80%", "78%", "15", "达到目标得满分"], roles) is None  # no level cell first


def test_a_form_with_the_criteria_after_the_weight(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [
        "某街道居家助餐服务项目2024年度绩效自评报告",
        "一级指标二级指标三级指标指标值实际完成值分值评分标准得分原因改进措施",
        "产出指标预算执行预算执行率100%96.2%10执行率×分值9.62结余资金已收回加强预算编制",
        "数量指标助餐服务人数≥800人826人20完成目标得满分，每少2%扣1分20",
        "质量指标餐食抽检合格率≥98%99.1%20达到目标得满分，每低1个百分点扣1分20",
        "效益指标社会效益指标助餐点覆盖率≥80%78%20达到目标得满分，未达到按比例扣分19部分新增对象未覆盖增设流动助餐点",
        "满意度指标服务对象满意度指标老人满意度≥90%94%30≥90%得满分，每低1个百分点扣1分30",
        "合计10098.62",
    ])
    got = indicator_rows(evaluation)
    assert got == [("产出指标", "预算执行", "预算执行率", 10, Decimal("9.62")),
                   ("产出指标", "数量指标", "助餐服务人数", 20, 20), ("产出指标", "质量指标", "餐食抽检合格率", 20, 20),
                   ("效益指标", "社会效益指标", "助餐点覆盖率", 20, 19),
                   ("满意度指标", "服务对象满意度指标", "老人满意度", 30, 30)]
    second = evaluation.indicators[1]
    assert second.target is not None and second.actual is not None
    assert (second.target.value, second.actual.value) == (Decimal("800"), Decimal("826"))
    assert evaluation.provenance["indicators[1].stated_score"].guessed


def test_a_criteria_column_before_the_weight_is_no_row_of_this_reader() -> None:
    # (指标值 | 计分方法 | 分值 | 实际完成值 | 得分): the weight no longer opens the columns after the criteria
    roles: list[str | None] = ["target", "scoring_rule", "weight", "actual", "score"]
    assert criteria_row("某完成率≥95%完成得满分10100%10", roles) is None
