"""False errors born of a viewer's, a cut's or a clerk's damage (stop 51, trust60): a figure a line break split at its
point, one fund source's row left alone under 资金来源 by a cut, a second form that lost its indicator table. Invented
snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors
from page_reading import by_name, read_page, read_saved

from jixiao.readers.split_figures import join_split_figures

_FORM = ("某县2024年农村饮水安全维修养护项目绩效自评表\n"
         "项目名称 | 2024年农村饮水安全维修养护项目 |\n"
         "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
         "年度资金总额 | 86.00 | 90.00 | 88.20 | 10 | 98.00% | 9.80 |\n"
         "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
         "产出指标 | 数量指标 | 维修供水管网长度 | ≥12公里 | 12.6公里 | 30 | 30 |\n"
         "产出指标 | 质量指标 | 维修工程验收合格率 | =100% | 100% | 30 | 30 |\n"
         "满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 88% | 30 | {score} |\n")


@pytest.mark.parametrize(("total", "score"), [("合计 | 100 | 97\n.13 |", "27.33"), ("合计 | 100 | 97.13 |", "27.33")])
def test_a_total_split_at_its_point_is_read_whole(total: str, score: str) -> None:
    """"97" / ".13 |": a narrow viewer broke the stated total at its point; read line by line it was 97 against the
    sums' 97.13 (a false TOTAL_MISMATCH). Joined back it is the total the form states (and the unsplit form reads the
    same: guard)."""
    evaluation = read_page(_FORM.format(score=score) + total + "\n本项目自评得分97.13分，等级为优。\n")
    assert evaluation.stated_total == Decimal("97.13")
    assert not errors(evaluation) & {"TOTAL_MISMATCH", "TEXT_TABLE_MISMATCH"}


def test_a_score_split_after_its_point_is_read_whole() -> None:
    """"27." / "33 |" (the point left on the first line): the score is 27.33 (before: none, the "27." a cut cell and
    "33" another line's)."""
    text = _FORM.format(score="27.").rstrip("|\n") + "\n33 |\n合计 | 100 | 97.13 |\n"
    assert by_name(read_page(text))["受益群众满意度"].stated_score == Decimal("27.33")


@pytest.mark.parametrize("text", ["二、得分情况\n1.\n2024年度完成维修12公里。\n",  # a numbered item's mark alone
                                  "本项目自评得分为97.\n2.存在的问题\n",  # a sentence's point, then an item
                                  "第一行 | 12\n第二行 | 13 |\n",  # two cells' figures, no point between
                                  # prose a viewer wrapped at a width: its paragraph's lines stay as they are
                                  "某局本年度预算执行率为97\n.5%，较上年有所提高。\n"])
def test_lines_that_are_no_split_figure_stay_apart(text: str) -> None:
    assert join_split_figures(text) == text


def test_a_split_figure_keeps_every_line_number() -> None:
    assert join_split_figures("合计 | 100 | 97\n.13 |\n下一行\n") == "合计 | 100 | 97.13 |\n\n下一行\n"


_SOURCES = ("2024年残疾人两项补贴资金绩效自评报告\n"
            "本年度资金年初860.00万元，全年902.00万元，实际支出884.50万元，执行率98.06%。分资金来源如下表：\n"
            "资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
            "中央资金 | 520.00 | 548.00 | 540.10 | 98.56% |\n")


def test_one_source_alone_under_a_cut_is_no_sure_total() -> None:
    """A page cut after the first row under 资金来源 (中央资金): that row may be the whole money (one source) or one
    part of it (its 省级, 县级 and 合计 rows cut off). Read as the total it is a guess, so the prose's 884.50 against
    the row's 540.10 asks to be checked, never accuses (before: a TEXT_TABLE_MISMATCH error)."""
    evaluation = read_page(_SOURCES)
    assert evaluation.provenance["budget.executed"].guessed or evaluation.budget.executed == Decimal("884.50")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_sources_with_their_total_row_read_the_total_surely() -> None:
    """Guard: with the 合计 row, the total is its row's, not guessed."""
    evaluation = read_page(_SOURCES + "省级资金 | 340.00 | 354.00 | 344.40 | 97.29% |\n"
                                      "合计 | 860.00 | 902.00 | 884.50 | 98.06% |\n")
    assert evaluation.budget.executed == Decimal("884.50")
    assert not evaluation.provenance["budget.executed"].guessed


_TWO_FORMS = ("某局2023年度项目支出绩效自评结果\n一、2023年城区路灯维护项目\n项目支出绩效自评表\n"
              "项目名称 | 2023年城区路灯维护项目 |\n"
              "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 150.00 | 160.00 | 156.80 | 10 | 98.00% | 9.80 |\n"
              "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
              "产出指标 | 数量指标 | 维护路灯盏数 | ≥3000盏 | 3120盏 | 45 | 45 |\n"
              "满意度指标 | 服务对象满意度指标 | 沿街居民满意度 | ≥90% | 93% | 45 | 45 |\n"
              "总分 | 100 | 99.80 |\n"
              "二、2023年公园绿地养护经费\n项目支出绩效自评表\n"
              "项目名称 | 2023年公园绿地养护经费 |\n"
              "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
              "年度资金总额 | 64.00 | 64.00 | 61.30 | 10 | 95.78% | 9.58 |\n")


def test_a_second_form_cut_before_its_indicators_is_a_form_of_its_own(tmp_path: Path) -> None:
    """The page cut after the second project's money row: its 项目名称 and money block still make it a form of its own,
    so the first form's budget is not compared with the second's (before: TEXT_TABLE_MISMATCH on each amount)."""
    evaluation = read_saved(tmp_path, _TWO_FORMS)
    assert evaluation.budget.executed == Decimal("156.80")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


_LOST_TOTAL = ("项目名称 | 2024年优抚对象节日走访慰问项目 |\n"
               "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
               "产出指标 | 数量指标 | 走访慰问对象人数 | ≥1800人 | 1850人 | 50 | 50 |\n"
               "满意度指标 | 服务对象满意度指标 | 慰问对象满意度 | ≥95% | 96% | 50 | 50 |\n"
               "资金支出明细表 |\n"
               "序号 | 支出内容 | 金额 |\n"
               "1 | 节日慰问金 | 860,000.00 |\n"
               "2 | 走访慰问物资 | 235,400.00 |\n")


def test_a_list_under_indicator_rows_that_lost_their_total_is_no_indicator() -> None:
    """The 总分 row lost (a dropped line, a cut): the expense list's "序号 | 支出内容 | 金额" header ends the indicator
    rows, so its serial numbers 1 and 2 are no weights (before: a false WEIGHTS_NOT_100 of 103)."""
    evaluation = read_page(_LOST_TOTAL)
    assert sorted(by_name(evaluation)) == ["慰问对象满意度", "走访慰问对象人数"]
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_a_list_under_a_markdown_tables_indicator_rows_is_no_indicator(tmp_path: Path) -> None:
    """The same as a Markdown table, read as one table: its 序号 header row ends the indicator rows too."""
    rows = ["| " + line.rstrip(" |").replace(" | ", " | ") + " |" for line in _LOST_TOTAL.splitlines()[1:]]
    text = "\n".join([rows[0], "| --- | --- | --- | --- | --- | --- | --- |", *rows[1:]]) + "\n"
    evaluation = read_saved(tmp_path, "项目名称：2024年优抚对象节日走访慰问项目\n\n" + text, "report.md")
    assert sorted(by_name(evaluation)) == ["慰问对象满意度", "走访慰问对象人数"]


def test_a_numbered_indicator_header_is_no_list() -> None:
    """Guard: an indicator header led by 序号 is the indicators' own (it is no list's: found as a header first)."""
    text = ("序号 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "1 | 走访慰问对象人数 | ≥1800人 | 1850人 | 50 | 50 |\n2 | 慰问对象满意度 | ≥95% | 96% | 50 | 50 |\n")
    assert sorted(by_name(read_page(text))) == ["慰问对象满意度", "走访慰问对象人数"]
