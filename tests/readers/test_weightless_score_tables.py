"""Score tables with a 得分 column and no 分值 / 权重 column (invented units and figures), as some
provinces' 项目自评表 print them (一级 | 二级 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分): every row
is kept with its name, levels, target, actual and stated score, and no weight (None: never invented)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import run_checks
from jixiao.model import Evaluation
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

HEAD = "2023年度项目自评表\n项目名称 河道保洁补助\n主管部门 某县水务局\n项目实施单位 某县河道所\n"


def _read(text: str) -> Evaluation:
    return extract(text_to_document(text, "form.txt"))[0]


def _rows(evaluation: Evaluation) -> dict[str, tuple[object, ...]]:
    return {i.name: (i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators}


def test_pipe_table_without_a_weight_column_keeps_every_row() -> None:
    text = (HEAD +
            "| 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            "| 产出指标 | 数量指标 | 保洁河道长度 | 36公里 | 38公里 | 15 |\n"
            "| 产出指标 | 质量指标 | 保洁验收合格率 | ≥95% | 97% | 15 |\n"
            "| 效益指标 | 社会效益指标 | 河道垃圾投诉次数 | ≤5次 | 7次 | 12 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | ≥90% | 93% | 10 |\n"
            "| 总分 | | | | | 52 |\n")
    evaluation = _read(text)
    rows = _rows(evaluation)
    assert rows["保洁河道长度"] == ("产出指标", "数量指标", None, Decimal(15))
    assert rows["河道垃圾投诉次数"] == ("效益指标", "社会效益指标", None, Decimal(12))
    assert rows["沿河群众满意度"][2:] == (None, Decimal(10))
    length = next(i for i in evaluation.indicators if i.name == "保洁河道长度")
    assert length.target is not None and length.target.value == Decimal(36) and length.target.unit == "公里"
    assert length.actual is not None and length.actual.value == Decimal(38)
    assert evaluation.stated_total == Decimal(52)
    assert "indicators[0].weight" not in evaluation.provenance  # nothing was read, nothing is cited


def test_one_cell_per_line_without_a_weight_column() -> None:
    cells = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分",
             "产出指标", "数量指标", "发放补助户数", "420户", "431户", "20",
             "产出指标", "时效指标", "补助发放时间", "11月底前", "11月20日", "10",
             "效益指标", "社会效益指标", "受益群众覆盖率", "≥90%", "95%", "20"]
    evaluation = _read(HEAD + "\n".join(cells) + "\n总分\n50\n")
    rows = _rows(evaluation)
    assert rows["发放补助户数"] == ("产出指标", "数量指标", None, Decimal(20))
    assert rows["补助发放时间"] == ("产出指标", "时效指标", None, Decimal(10))
    assert rows["受益群众覆盖率"] == ("效益指标", "社会效益指标", None, Decimal(20))


def test_space_separated_rows_of_a_text_layer_without_a_weight_column() -> None:
    text = (HEAD +
            "三级指标 年初目标值(A) 实际完成值(B) 得分\n"
            "清理河道垃圾量 1200吨 1260吨 20\n"
            "保洁验收合格率 95% 96% 20\n"
            "资金拨付及时率 100% 100% 10\n"
            "总分 50\n")
    evaluation = _read(text)
    rows = _rows(evaluation)
    assert rows["清理河道垃圾量"][2:] == (None, Decimal(20))
    assert rows["保洁验收合格率"][2:] == (None, Decimal(20))
    assert rows["资金拨付及时率"][2:] == (None, Decimal(10))


def test_the_stated_total_is_still_checked_against_the_scores() -> None:
    text = (HEAD +
            "| 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            "| 保洁河道长度 | 36公里 | 38公里 | 15 |\n"
            "| 保洁验收合格率 | ≥95% | 97% | 15 |\n"
            "| 总分 | | | 40 |\n")
    evaluation = _read(text)
    assert evaluation.stated_total == Decimal(40)
    codes = {f.code: f for f in run_checks(evaluation)}
    assert "TOTAL_MISMATCH" in codes and "30" in codes["TOTAL_MISMATCH"].message
    weights = codes["WEIGHTS_NOT_100"]  # no weights stated: the sum is not checked, and says why
    assert weights.severity.name == "INFO" and "未列分值" in weights.message
