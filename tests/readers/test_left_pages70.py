"""What the real pages of stops 91 and 92 left (docs/reader-corpora/left-pages-70.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import by_name, read_docx, read_page, read_page_and_warnings

from jixiao.readers.extract.sentence_values import sentence_figure

# a 项目支出绩效目标表 copied as " |" lines: its indicator header mid-form under the money and goal rows, after the
# form's side label; rows printing only the cells they open; the template's slots between
_GOAL_FORM = ("项目支出绩效目标表 | |||||\n(2022年度) | |||||\n项目名称 | 乡村医生岗位补贴 | ||||\n"
              "主管预算部门 | 柏溪区卫健委 | 项目实施单位 | 柏溪镇卫生院 | ||\n"
              "项目资金 (万元) | 12.5 | 其中:财政拨款 | 12.5 | ||\n其他资金 | 0.0 | ||||\n"
              "绩 效 目 标 | 目标1:稳定乡村医生队伍 | ||||\n"
              "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | |\n"
              "产出指标 | 数量指标 | 指标1:补贴乡村医生人数 | 25人 | ||\n指标2: | |||||\n…… | |||||\n"
              "质量指标 | 指标1:补贴发放准确率 | 100% | |||\n指标2: | |||||\n…… | |||||\n"
              "成本指标 | 指标1:人均补贴标准 | 0.5万元 | |||\n…… | |||||\n"
              "效益指标 | 社会效益指标 | 村卫生室在岗率 | ≥95% | ||\n生态效益指标 | … | ||||\n"
              "满意度指标 | 服务对象满意度指标 | 乡村医生满意度 | ≥90% | ||\n… |\n")
# the 自评表 after it, cut after its money row
_CUT_SCORE_FORM = ("项目支出绩效自评表 | |||||||||\n(2022年度) | |||||||||\n项目名称 | 乡村医生岗位补贴 | ||||||||\n"
                   "项目资金 (万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 得分 | 执行率(B/A) | ||\n"
                   "年度资金总额: | 12.5 | 12.5 | 12 | 10 | 9.6 | 96.00% | |||\n其中:中央补助 | - | - | |||||||\n")
_TARGET_ROWS = [("产出指标", "数量指标", "补贴乡村医生人数", Decimal("25"), "人"),
                ("产出指标", "质量指标", "补贴发放准确率", Decimal("100"), "%"),
                ("产出指标", "成本指标", "人均补贴标准", Decimal("0.5"), "万元"),
                ("效益指标", "社会效益指标", "村卫生室在岗率", Decimal("95"), "%"),
                ("满意度指标", "服务对象满意度指标", "乡村医生满意度", Decimal("90"), "%")]


def _targets(read: object) -> list[tuple[object, ...]]:
    return [(i.level1, i.level2, i.name, i.target.value if i.target else None, i.target.unit if i.target else None)
            for i in read.indicators if i.name != "预算执行率"]  # type: ignore[attr-defined]


def test_a_target_form_beside_a_score_form_with_no_indicator_rows() -> None:
    """The 目标表's block (" |" lines, "指标1:" names, slots between) beside a 自评表 cut after its money row: the
    target table's rows are the indicators the unit published, with levels and targets, no actual and no score,
    said in a warning; no error-level finding (before, the one indicator was the money row's 预算执行率)."""
    assert_target_only(_GOAL_FORM + _CUT_SCORE_FORM, _TARGET_ROWS, Decimal("9.6"))


def assert_target_only(text: str, rows: list[tuple[object, ...]], rate_score: Decimal) -> None:
    """The text's indicators are the target rows (no actual, no score, no weight) beside the money row's 预算执行率
    scored ``rate_score``, said in a warning, with no error-level finding."""
    read, warnings = read_page_and_warnings(text)
    assert _targets(read) == rows
    for indicator in read.indicators:
        if indicator.name != "预算执行率":
            assert indicator.actual is None and indicator.stated_score is None and indicator.weight is None
    assert by_name(read)["预算执行率"].stated_score == rate_score
    assert any("绩效目标表" in warning for warning in warnings)
    assert not errors(read)


def test_a_target_form_beside_a_score_form_with_its_indicators() -> None:
    """With a 自评表 stating its own indicator rows nothing changes: its rows are the indicators, the 目标表's only
    add their levels and targets by name (a target row the 自评表 does not name is no indicator of its own)."""
    scored = ("一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | |\n"
              "产出指标 | 数量指标 | 补贴乡村医生人数 | 25人 | 25人 | 45 | 45 ||\n"
              "效益指标 | 社会效益指标 | 村卫生室在岗率 | ≥95% | 96% | 45 | 44 ||\n")
    read, warnings = read_page_and_warnings(_GOAL_FORM + _CUT_SCORE_FORM + scored)
    assert sorted(i.name for i in read.indicators) == ["村卫生室在岗率", "补贴乡村医生人数", "预算执行率"]
    assert by_name(read)["村卫生室在岗率"].actual.value == Decimal("96")  # type: ignore[union-attr]
    assert not any("绩效目标表" in warning for warning in warnings)


def test_a_target_forms_block_alone_read_as_a_goal_table() -> None:
    """The block with no form around it: the same rows (the slots passed over, "指标1:" cut, a lone level word of
    either level the 二级 of the block above), read as a goal table."""
    block = _GOAL_FORM[_GOAL_FORM.index("绩 效 指 标"):]
    read = read_page("某某补助项目绩效目标\n" + block + _CUT_SCORE_FORM)
    assert _targets(read) == _TARGET_ROWS


def test_a_target_form_in_a_word_file(tmp_path: Path) -> None:
    """The same forms as Word tables (the side label and the levels merged down, repeated in each cell): the
    target-only rule reads the goal rows the same way."""
    goal = [["项目名称", *["乡村医生岗位补贴"] * 4],
            ["项目资金（万元）", "12.5", "其中：财政拨款", "12.5", "12.5"],
            ["绩效目标", *["目标1：稳定乡村医生队伍"] * 4],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["绩效指标", "产出指标", "数量指标", "指标1：补贴乡村医生人数", "25人"],
            ["绩效指标", "产出指标", "数量指标", "指标2：", ""],
            ["绩效指标", "产出指标", "质量指标", "指标1：补贴发放准确率", "100%"],
            ["绩效指标", "产出指标", "成本指标", "指标1：人均补贴标准", "0.5万元"],
            ["绩效指标", "效益指标", "社会效益指标", "村卫生室在岗率", "≥95%"],
            ["绩效指标", "满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%"]]
    money = [["项目资金（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "得分", "执行率（B/A）"],
             ["年度资金总额：", "12.5", "12.5", "12", "10", "9.6", "96.00%"]]
    read = read_docx(tmp_path, ["项目支出绩效目标表（2022年度）", goal, "项目支出绩效自评表（2022年度）", money])
    assert _targets(read) == _TARGET_ROWS
    assert not errors(read)


def test_a_goal_header_with_a_column_after_it_is_no_block() -> None:
    """A header line with a column after its 指标值 (a 完成值 the flattened text may carry) is no target block."""
    read = read_page("绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 说明 |\n"
                     "产出指标 | 数量指标 | 指标1:补贴乡村医生人数 | 25人 | 按月发放 |\n" + _CUT_SCORE_FORM)
    assert "补贴乡村医生人数" not in by_name(read)


_SENTENCE_ROWS = ("柏溪县某某补助资金项目绩效目标自评表\n(2022年度)\n"
                  "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n年度资金总额: 680.5 680.5 100%\n"
                  "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施\n"
                  "数量指标  指标1:乡镇卫生院补助覆盖数 补助全县乡镇卫生院24个。 本年度已完成24个乡镇卫生院的补助。\n"
                  " 指标2:村卫生室补助覆盖数 补助村卫生室215个。 本年度已补助村卫生室208个。\n")


def test_a_target_and_an_actual_as_sentences_of_one_figure() -> None:
    """Rows "数量指标 指标1:名称 目标句 完成句" (no 分值, no 得分): target and actual are the sentences, each with its
    one figure read beside it, marked guessed (before, the text alone); the 一级 the lexicon maps the 二级 to, a guess
    too; no error-level finding, though the second row's actual falls short."""
    read = read_page(_SENTENCE_ROWS)
    first, second = by_name(read)["乡镇卫生院补助覆盖数"], by_name(read)["村卫生室补助覆盖数"]
    assert (first.target.value, first.target.unit, first.actual.value, first.actual.unit) \
        == (Decimal("24"), "个", Decimal("24"), "个")  # type: ignore[union-attr]
    assert first.target.text == "补助全县乡镇卫生院24个。"  # type: ignore[union-attr]
    assert (second.target.value, second.actual.value) == (Decimal("215"), Decimal("208"))  # type: ignore[union-attr]
    at = read.indicators.index(first)
    assert read.provenance[f"indicators[{at}].target"].guessed
    assert read.provenance[f"indicators[{at}].actual"].guessed
    assert first.level2 == "数量指标" and read.provenance[f"indicators[{at}].level1"].guessed
    assert not errors(read)


def test_a_sentence_figure_needs_one_figure_of_a_count() -> None:
    """One figure with its unit is the sentence's; two figures, a date or no unit give none."""
    assert sentence_figure("补助全县乡镇卫生院24个。") == (Decimal("24"), "个")
    assert sentence_figure("开展培训3期,培训乡村医生120人。") is None
    assert sentence_figure("2022年12月底前完成补助发放。") is None
    assert sentence_figure("按季度发放,6月底前发放上半年。") is None
    assert sentence_figure("补助按时足额发放到位。") is None


def test_sentences_whose_figures_count_different_things_stay_text() -> None:
    """A target sentence counting 个 over an actual counting 人: no figure is read from either (text, as before)."""
    read = read_page(_SENTENCE_ROWS.replace("本年度已完成24个乡镇卫生院的补助。", "本年度已补助乡村医生310人。"))
    first = by_name(read)["乡镇卫生院补助覆盖数"]
    assert first.target.value is None and first.actual.value is None  # type: ignore[union-attr]


def test_a_sentence_giving_a_reason_gives_no_figure() -> None:
    """"因3个村卫生室撤并,其余全部补助到位。" under 全年完成值: its figure counts what the reason is about, not what
    was done — no value is read from it (the text stays), and so none from the target beside it."""
    assert sentence_figure("因3个村卫生室撤并,其余全部补助到位。") is None
    read = read_page(_SENTENCE_ROWS.replace("本年度已补助村卫生室208个。", "因7个村卫生室撤并,其余全部补助到位。"))
    second = by_name(read)["村卫生室补助覆盖数"]
    assert second.actual.value is None and second.target.value is None  # type: ignore[union-attr]
    assert second.actual.text == "因7个村卫生室撤并,其余全部补助到位。"  # type: ignore[union-attr]
