"""False errors born of damage (stop 52, trust61): a range limit tried under ≤ at its upper end, and the harness's
table damages (a page break inside a table, a row shifted one column, a thousands separator read as a point, 万元 and
元 swapped in a header, a score table's last rows cut). Invented snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors
from page_reading import by_name, read_page, read_page_and_warnings, read_saved
from perturb_checks import damages

from jixiao.checks import robust, run_checks
from jixiao.checks.finding import Fact
from jixiao.checks.misread import implausible_quote
from jixiao.model import Comparator, Evaluation
from jixiao.readers.dotted_thousands import comma_thousands
from jixiao.readers.extract.forms import find_forms
from jixiao.readers.source_text import text_to_document
from jixiao.readers.spelled_figures import arabic_figures

_RANGE_FORM = ("某街道2024年便民服务中心运行经费项目绩效自评表\n"
               "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
               "产出指标 | 时效指标 | 群众事项办结时限 | 3-5天 | 5天 | 20 | 20 |\n")


def codes(evaluation: Evaluation) -> set[str]:
    """Every finding's code, whatever its level."""
    return {finding.code for finding in run_checks(evaluation)}


class _MetOnlyUpToFive:
    """A check whose error goes only when the target reads "≤5" (a rerun's stand-in)."""

    def holds(self, evaluation: Evaluation | None) -> bool:
        target = evaluation.indicators[0].target if evaluation else None
        return not (target and target.comparator is Comparator.LE and target.value == 5 and target.upper is None)


def test_a_range_limit_without_a_sign_is_tried_under_le_at_its_upper_end() -> None:
    """"3-5天" printed with no sign: under ≤ it is a limit met up to 5 days, not 3 (before: "≤3天" was tried, and an
    error that holds under ≥ and under ≤3 but not under ≤5 stayed an error)."""
    evaluation = read_page(_RANGE_FORM)
    target = by_name(evaluation)["群众事项办结时限"].target
    assert target is not None and (target.value, target.upper) == (Decimal(3), Decimal(5))
    fact = Fact(path="indicators[0].target", label="年度指标值", value="3-5天")
    readings = list(robust._other_comparators(evaluation, fact, _MetOnlyUpToFive()))  # type: ignore[arg-type]
    assert [r.value for r in readings] == ["≤5天"]


def test_the_harness_damages_tables_each_way() -> None:
    text = ("某局2024年度部门整体支出绩效自评报告\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n"
            "年度资金总额 | 1,234.50 | 1,260.00 | 1,200.00 |\n"
            "产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 30 | 30 |\n"
            "效益指标 | 社会效益指标 | 政策知晓率 | ≥90% | 95% | 30 | 30 |\n"
            "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | ≥90% | 95% | 40 | 40 |\n"
            "总分 | 100 | 100 |\n")
    found = {kind: damaged for kind, _, damaged in damages(text, full=True)}
    assert "1.234.50 | 1.260.00 | 1.200.00" in found["thousands"]
    assert "项目资金（元）" in found["unit_swap"]
    assert "- 2 -\n某局2024年度" in found["page_break"]
    assert "|  |" in found["shift"]
    assert "政策知晓率" not in found["cut_rows"] and "培训人次" in found["cut_rows"]


_SCORES = ("某镇2024年度部门整体支出绩效自评表\n"
           "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
           "产出指标 | 数量指标 | 修缮村级道路长度 | ≥8公里 | 8.4公里 | 40 | 40 |\n"
           "产出指标 | 预算执行 | 预算执行率 | 100% | 97.20% | {weight} | {score} |\n"
           "满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 93% | 50 | 50 |\n"
           "合计 | 100 | 99.50 |\n")


@pytest.mark.parametrize(("weight", "score"), [("十", "九点五"), ("十分", "九点五分"), ("10", "9.5")])
def test_a_weight_or_score_cell_typed_in_words_is_read_as_its_figure(weight: str, score: str) -> None:
    """"| 十 | 九点五 |": a clerk typed the 分值 and 得分 in words; read as cells of no figure the row lost its place
    (the next row's figures taken for it: WEIGHTS_NOT_100, TOTAL_MISMATCH). The figures in words are exact (the
    same form in figures: guard)."""
    evaluation = read_page(_SCORES.format(weight=weight, score=score))
    row = by_name(evaluation)["预算执行率"]
    assert (row.weight, row.stated_score) == (Decimal(10), Decimal("9.5"))
    assert not errors(evaluation)


@pytest.mark.parametrize("cell", ["10分", "10", "9.5"])
def test_a_weight_in_points_is_no_quantity(cell: str) -> None:
    evaluation = read_page(f"一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                           f"产出指标 | 数量指标 | 举办培训 | ≥6场 | 6场 | {cell} | {cell} |\n")
    assert implausible_quote(evaluation, "indicators[0].weight") is None


@pytest.mark.parametrize("text", ["| 一 | 产出指标 | 数量指标 |\n", "满意度 | 十分满意 |\n", "评价 | 七八 | 人 |\n"])
def test_a_serial_or_words_that_hold_a_numeral_stay_as_written(text: str) -> None:
    """A line's first cell may be a serial in words; a cell of words that holds a numeral is no figure; two digit
    words side by side are an estimate."""
    assert arabic_figures(text) == (text, 0)


_PROJECTS = ("某区卫生健康委员会2024年度部门整体支出绩效自评报告\n"
             "2024年部门年初预算4,860.20万元，全年预算5,120.40万元，全年执行5,011.36万元，预算执行率97.87%。\n"
             "项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 |\n"
             "家庭医生签约服务项目 | 2,146.80 | 2,146.80 | 100.00% | 96.40 |\n"
             "乡镇卫生院能力提升项目 | {amount} | 1,188.90 | 90.67% | 87.10 |\n"
             "慢性病防治项目 | 486.30 | 470.12 | 96.67% | 94.80 |\n")


def test_a_thousands_separator_read_as_a_point_is_read_as_a_separator() -> None:
    """"1.311.20": a viewer or OCR gave the thousands separator as a point; a figure has one point at most, so the
    cell is 1,311.20 (read with a warning to check). Before: the row was no project's, and the projects' table's
    scores were read as the unit's indicators (SCORE_OVER_WEIGHT, TOTAL_MISMATCH)."""
    dotted, warnings = read_page_and_warnings(_PROJECTS.format(amount="1.311.20"))
    assert not errors(dotted)
    assert any("千位分隔符" in warning for warning in warnings)
    assert dotted.indicators == read_page(_PROJECTS.format(amount="1,311.20")).indicators


@pytest.mark.parametrize("figure", ["2024.10.12", "192.168.1.1", "12.500", "1.2.3", "3.285.6"])
def test_a_figure_with_one_reading_only_is_rewritten(figure: str) -> None:
    """A date, an address, a section number, a figure of one point (either reading) or one whose last group is no
    cents stay as written."""
    assert comma_thousands(f"文号 {figure} 起\n") == (f"文号 {figure} 起\n", [])


def test_cells_run_together_are_no_dotted_thousands() -> None:
    """"年度资金总额320.00356.4095.720.50": cells a viewer ran together with no separator (95.72 and 0.50), not
    95,720.50; a figure standing alone after a colon, before its unit, is."""
    fused = "年度资金总额320.00356.40341.151095.720.50\n"
    assert comma_thousands(fused) == (fused, [])
    assert comma_thousands("全年执行数：1.302.32万元\n") == ("全年执行数：1,302.32万元\n", ["1,302.32"])


_YUAN_FORM = ("某市第二实验幼儿园2025年园舍改造提升项目绩效自评表\n"
              "本项目年初预算186.00万元，全年预算204.53万元，全年执行198.37万元，执行率96.99%。\n"
              "项目名称 | 2025年园舍改造提升项目 |\n"
              "项目资金（{unit}） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 1,860,000.00 | 2,045,286.00 | 1,983,712.00 | 10 | 96.99% | 9.70 |\n")


def test_a_table_amount_under_a_header_unit_read_the_other_way_is_no_error() -> None:
    """A header's （元） read as （万元）: the table's amounts are then 10,000 times the text's (rounded there to two
    places). The cells write no unit, so the table in 元 is a plausible reading and the text against the table a
    warning to check (before: TEXT_TABLE_MISMATCH). In （元） the form agrees with its text (guard)."""
    swapped = read_page(_YUAN_FORM.format(unit="万元"))
    assert "TEXT_TABLE_MISMATCH" not in errors(swapped)
    assert "TEXT_TABLE_MISMATCH" in codes(swapped)
    assert not errors(read_page(_YUAN_FORM.format(unit="元")))


_MIXED = ("某县2024年乡村道路养护项目支出绩效自评表\n"
          "项目类型\n经常性项目(√)一次性项目()\n"
          "计划投资额\n({planned})\n{budget}\n"
          "实际到位资金\n(万元)\n430\n"
          "实际使用情况\n(万元)\n412.60\n")


def test_amounts_of_one_form_under_both_yuan_and_wan_yuan_are_tried_in_one_unit() -> None:
    """One form's labels in （元） and （万元）: one form never mixes them, so one label is misread (a planned 430 read
    as 0.043万元, the 412.60 spent against it 9,595 times over: EXECUTION_RATE_OVER_100 before); the amounts read in one
    unit agree."""
    mixed = read_page(_MIXED.format(planned="元", budget="430"))
    assert mixed.budget.adjusted == Decimal("0.043")
    assert "EXECUTION_RATE_OVER_100" not in errors(mixed)
    assert "EXECUTION_RATE_OVER_100" in codes(mixed)
    assert not errors(read_page(_MIXED.format(planned="万元", budget="430")))


_TWO_FORMS = ("某县住房保障中心2023年度项目支出绩效自评结果公开\n"
              "一、2023年棚户区改造配套道路项目\n"
              "项目支出绩效自评表\n（2023年度）\n"
              "项目名称 | 2023年棚户区改造配套道路项目 |\n"
              "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 860.00 | 920.00 | 901.60 | 10 | 98.00% | 9.80 |\n"
              "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "产出指标 | 数量指标 | 新建道路长度 | ≥3.2公里 | 3.2公里 | 40 | 40 |\n"
              "效益指标 | 社会效益指标 | 受益居民户数 | ≥1800户 | 1865户 | 30 | 30 |\n"
              "满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 92% | 20 | 20 |\n"
              "总分 | 100 | 99.80 |\n"
              "二、2023年公共租赁住房维修经费\n"
              "项目支出绩效自评表\n（2023年度）\n"
              "{label}"
              "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 146.00 | 146.00 | 139.90 | 10 | 95.82% | 9.58 |\n"
              "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "产出指标 | 数量指标 | 维修公租房套数 | ≥620套 | 634套 | 40 | 40 |\n"
              "产出指标 | 质量指标 | 维修验收合格率 | =100% | 100% | 30 | 30 |\n"
              "满意度指标 | 服务对象满意度指标 | 承租户满意度 | ≥90% | 94% | 20 | 20 |\n"
              "总分 | 100 | 99.58 |\n")


@pytest.mark.parametrize("label", ["", "项目名称2023年公共租赁住房维修经费 |\n",
                                   "项目名称 | 2023年公共租赁住房维修经费 |\n"])
def test_a_second_form_that_lost_its_project_name_is_a_form_of_its_own(tmp_path: Path, label: str) -> None:
    """The second form's 项目名称 row dropped, or run into its value: the same title line over a money block again,
    after the first form's indicator table, opens a form (before: the two read as one, the second's money compared
    with the first's, TEXT_TABLE_MISMATCH, and its weights added to the first's, WEIGHTS_NOT_100). With its label the
    form was found already (guard)."""
    evaluation = read_saved(tmp_path, _TWO_FORMS.format(label=label))
    assert evaluation.budget.executed == Decimal("901.60")
    names = {x.name for x in evaluation.indicators}
    assert {"新建道路长度", "居民满意度"} <= names and not names & {"维修公租房套数", "承租户满意度"}
    assert not errors(evaluation)


def test_one_form_whose_title_is_said_again_stays_one() -> None:
    """A form's title said again over a page's repeated money block, with no indicator table between: one form."""
    page = ("项目支出绩效自评表\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n年度资金总额 | 10.00 | 10.00 | 9.00 |\n"
            "项目支出绩效自评表\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n年度资金总额 | 10.00 | 10.00 | 9.00 |\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 100 | 100 |\n")
    assert len(find_forms(text_to_document(page, "page.txt"))) == 1


_MD_FORM = ("| 一级指标 | 二级指标 | 三级指标 | 年度指标值实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            "| 产出指标 | 数量指标 | 举办全民健身活动 | ≥6场 | 6场 | 30 | 30 |  |\n"
            "| 效益指标 | 社会效益指标 | 参与群众人数 | ≥5000人 | 5400人 | 40 | 40 |  |\n"
            "| 满意度指标 | 服务对象满意度指标 | 参与群众满意度 | ≥90% | 95% | 30 | 30 |  |\n")


def test_a_weight_read_from_a_quantity_cell_is_doubted() -> None:
    """A Markdown header whose 年度指标值 and 实际完成值 cells ran together: the rows have one cell more than it names,
    and the actual "6场" is read as the weight (SCORE_OVER_WEIGHT 30 > 6 before). A cell in a quantity's unit holds
    no points: the row is marked as read shifted and the error is a warning to check."""
    evaluation = read_page(_MD_FORM, "page.md")
    assert "SCORE_OVER_WEIGHT" not in errors(evaluation)
    assert implausible_quote(evaluation, "indicators[0].weight") == "原文「6场」不是分值"
    assert implausible_quote(evaluation, "indicators[1].weight") == "原文「5400人」不是分值"


def test_a_block_weight_in_brackets_typed_in_words_is_read_as_its_figure() -> None:
    """"**效益指标（三十分）**": a level's heading row with its weight in words was no heading, its rows were counted in
    the block above (BLOCK_WEIGHTS_VS_RULE: 产出指标 50 against 80). "（N分）" is a score in brackets; an adverb
    ("（十分重要）") and an estimate ("（七八分）") stay as written."""
    assert arabic_figures("| **效益指标（三十分）** |  |\n") == ("| **效益指标（30分）** |  |\n", 1)
    assert arabic_figures("说明（十分重要）；约（七八分）\n")[1] == 0
    page = ("| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
            "| --- | --- | --- | --- | --- | --- | --- |\n"
            "| **产出指标（五十分）** |  |  |  |  |  |  |\n"
            "|  | 数量指标 | 审结案件数 | 30 | ≥1200件 | 1260件 | 30 |\n"
            "|  | 质量指标 | 发回改判率 | 20 | ≤2% | 1.5% | 20 |\n"
            "| **效益指标（三十分）** |  |  |  |  |  |  |\n"
            "|  | 社会效益指标 | 诉前调解成功率 | 30 | ≥30% | 31% | 30 |\n"
            "| **满意度指标（二十分）** |  |  |  |  |  |  |\n"
            "|  | 服务对象满意度指标 | 当事人满意度 | 20 | ≥90% | 92% | 20 |\n")
    evaluation = read_page(page, "page.md")
    assert by_name(evaluation)["诉前调解成功率"].level1 == "效益指标"
    assert not errors(evaluation)
