"""Score tables with a 得分 column and no 分值 / 权重 column (invented units and figures), as some
provinces' 项目自评表 print them (一级 | 二级 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分): every row
is kept with its name, levels, target, actual and stated score, and no weight (None: never invented)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.model import Evaluation
from jixiao.readers import read_any

HEAD = "2023年度项目自评表\n项目名称 河道保洁补助\n主管部门 某县水务局\n项目实施单位 某县河道所\n"


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


def test_the_rate_row_and_the_stated_total_are_read_and_the_total_checked() -> None:
    form = (HEAD +
            "| 预算执行情况 | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n"
            "| 年度财政资金总额 | 80.00 | 80.00 | 100% | 10 |\n"
            "| 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            "| 保洁河道长度 | 36公里 | 38公里 | 15 |\n"
            "| 保洁验收合格率 | ≥95% | 97% | 15 |\n"
            "| 总分 | | | {total} |\n")
    evaluation = _read(form.format(total=40))
    # the money row's 得分 with no 分值 beside its 执行率 is the rate's stated score, still with no weight
    assert _rows(evaluation) == {"预算执行率": (None, None, None, Decimal(10)),
                                 "保洁河道长度": (None, None, None, Decimal(15)),
                                 "保洁验收合格率": (None, None, None, Decimal(15))}
    assert evaluation.budget.adjusted == Decimal(80) and evaluation.stated_total == Decimal(40)
    codes = {f.code: f for f in run_checks(evaluation)}
    assert "TOTAL_MISMATCH" not in codes  # 10 + 15 + 15
    weights = codes["WEIGHTS_NOT_100"]  # no weights stated: the sum is not checked, and says why
    assert weights.severity.name == "INFO" and "未列分值" in weights.message
    wrong = {f.code: f for f in run_checks(_read(form.format(total=45)))}
    assert "各指标得分之和 40 分" in wrong["TOTAL_MISMATCH"].message


def test_word_table_with_merged_levels_and_no_weight_column(tmp_path: Path) -> None:
    import docx

    rows = [["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            ["产出指标", "数量指标", "新增绿化面积", "2.5万平方米", "2.6万平方米", "25"],
            ["", "质量指标", "苗木成活率", "≥90%", "94%", "25"],
            ["效益指标", "生态效益指标", "建成区绿化覆盖率", "≥40%", "41.2%", "18"],
            ["总分", "", "", "", "", "68"]]
    document = docx.Document()
    document.add_paragraph("2023年度项目自评表")
    document.add_paragraph("项目名称：城区绿化提升补助")
    table = document.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))  # 产出指标 spans its two rows, as the forms print it
    table.cell(4, 0).merge(table.cell(4, 4))
    path = tmp_path / "form.docx"
    document.save(str(path))
    evaluation = read_any(str(path)).evaluation
    rows_read = _rows(evaluation)
    assert rows_read["新增绿化面积"] == ("产出指标", "数量指标", None, Decimal(25))
    assert rows_read["苗木成活率"] == ("产出指标", "质量指标", None, Decimal(25))
    assert rows_read["建成区绿化覆盖率"] == ("效益指标", "生态效益指标", None, Decimal(18))
    assert evaluation.stated_total == Decimal(68)


def test_a_list_of_project_scores_beside_their_money_is_no_rate_score() -> None:
    text = ("某街道办事处2023年度部门决算\n项目支出绩效自评结果\n"
            "| 项目名称 | 预算数（万元） | 执行数（万元） | 自评得分 |\n"
            "| 背街小巷保洁经费 | 210.50 | 204.10 | 93.5 |\n"
            "| 社区养老驿站运营补助 | 96.00 | 90.24 | 91.0 |\n")
    assert "预算执行率" not in _rows(_read(text))  # no 执行率 column: 93.5 is a whole project's score
