"""Shapes of the real pages held46 left (docs/reader-corpora/left-pages-36.md), each rebuilt from an invented snippet
of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.prose_run_on_levels import run_on_level_items
from jixiao.readers.extract.section_keys import is_section_title
from jixiao.readers.letter_spaced import joined_letters
from jixiao.readers.source_text import text_to_document


def test_letter_spaced_copy_is_joined() -> None:
    """A viewer's copy with a space between every character: the characters are joined, figures kept whole."""
    text = ("2023 年 度 某 某 县 道 路 养 护 项 目 绩 效 自 评 报 告\n"
            "项 目 总 投 资 500 万 元 , 实 际 到 位 500 万 元 。")
    joined, count = joined_letters(text)
    assert joined == "2023年度某某县道路养护项目绩效自评报告\n项目总投资500万元,实际到位500万元。"
    assert count == 2


def test_letter_spaced_figures_join_when_the_text_spaces_its_figures() -> None:
    """Digits each between spaces ("2 0 2 3", "9 5 . 7 2 %") are one figure when the text spaces every figure;
    two or more spaces stay a word break."""
    text = "2 0 2 3 年 度 某 某 项 目 绩 效 自 评 报 告  执 行 率 9 5 . 7 2 %  得 分 9 . 5"
    assert joined_letters(text)[0] == "2023年度某某项目绩效自评报告 执行率95.72% 得分9.5"


def test_letter_spaced_text_keeping_its_figures_whole_keeps_side_by_side_figures_apart() -> None:
    text = "某 某 中 心 设 备 购 置 项 目 分 值 与 得 分 10 10 , 预 算 200 万 元 , 执 行 180 万 元 。"
    joined = joined_letters(text)[0]
    assert "10 10" in joined
    assert "预算200万元" in joined


def test_a_few_spaced_labels_in_a_normal_text_are_left() -> None:
    """"项 目 名 称" in a text written normally is left as it is, and read as before."""
    text = ("2023年度项目支出绩效自评表\n项 目 名 称：某某村道硬化项目\n主管部门：某某县交通运输局\n"
            "实施单位：某某县公路事务中心\n项目资金（万元）：年初预算数 120，全年预算数 120，全年执行数 110\n")
    assert joined_letters(text) == (text, 0)
    read = read_page(text)
    assert read.project.name == "某某村道硬化项目"


def test_letter_spaced_run_inside_a_normal_text_is_joined() -> None:
    """Five spaced lines in a row inside a text written normally are a spaced copy: they are joined, the rest left."""
    spaced = ["某 某 县 某 某 镇 农 村 饮 水 安 全 项 目 情 况 说 明"] * 5
    text = "\n".join(["附件一：某某县某某镇情况", "一、基本情况和说明文字较长的一段正文内容", *spaced, "二、结论"])
    joined, count = joined_letters(text)
    assert count == 5
    assert joined.split("\n")[2] == "某某县某某镇农村饮水安全项目情况说明"
    assert joined.split("\n")[0] == "附件一：某某县某某镇情况"


def test_letter_spaced_report_reads_as_the_same_report_written_normally() -> None:
    spaced = read_page("2 0 2 3 年 度 某 某 县 道 路 养 护 专 项 资 金 绩 效 自 评 报 告\n"
                       "一 、 项 目 基 本 情 况\n某 某 县 交 通 运 输 局 负 责 道 路 养 护 。\n"
                       "项 目 预 算 资 金 5 0 0 万 元 , 实 际 到 位 资 金 5 0 0 万 元 。\n")
    normal = read_page("2023年度某某县道路养护专项资金绩效自评报告\n一、项目基本情况\n某某县交通运输局负责道路养护。\n"
                       "项目预算资金500万元,实际到位资金500万元。\n")
    assert (spaced.year, spaced.kind, spaced.project.name) == (normal.year, normal.kind, normal.project.name)
    assert spaced.year == 2023
    assert spaced.kind == "项目支出"
    assert spaced.budget.adjusted == normal.budget.adjusted == Decimal("500")

def test_title_project_after_a_year_written_without_its_year_word() -> None:
    """A cover's unit over "2021某某普查经费项目绩效自评报告" (the year with no 年): the project without the year."""
    read = read_page("某某县统计局\n\n2021农业普查经费项目绩效自评报告\n\n评价小组\n\n"
                     "一、项目基本情况\n该项目2021年度资金预算80万元,支出79.5万元。\n")
    assert read.project.name == "农业普查经费项目"


def test_prose_indicators_run_on_after_their_level_with_no_stop() -> None:
    """"2.质量指标。某某率为98%某某率及某某率均为100%。" / "3.时效指标。某某指标为100%实际完成值为100%某某…": each
    clause an indicator under the 二级 that leads the line, no weight; "A及B均为V" gives both the value."""
    read = read_page("某某补助经费转移支付2023年度绩效自评报告\n(四)绩效指标完成情况分析\n"
                     "1.数量指标。120名服务对象发放补助金300万元,改善了他们的生活。\n"
                     "2.质量指标。补助发放率为97%覆盖率及资金拨付率均为100%。\n"
                     "3.时效指标。补助金每季度首月发放指标为100%实际完成值为100%慰问金每年1月、7月发放指标为100%"
                     "实际完成值为95%\n4.成本指标按标准发放指标为100%实际完成值为100%\n")
    named = {i.name: i for i in read.indicators}
    assert set(named) == {"补助发放率", "覆盖率", "资金拨付率", "补助金每季度首月发放", "慰问金每年1月、7月发放",
                          "按标准发放"}
    assert named["补助发放率"].actual.value == Decimal("97")
    assert named["资金拨付率"].actual.value == Decimal("100")
    assert named["覆盖率"].level2 == "质量指标"
    assert named["慰问金每年1月、7月发放"].target.value == Decimal("100")
    assert named["慰问金每年1月、7月发放"].actual.value == Decimal("95")
    assert named["按标准发放"].level2 == "成本指标"
    assert named["按标准发放"].weight is None


def test_run_on_name_joined_by_ji_without_jun_is_one_indicator() -> None:
    """"设备购置及安装完成率为100%": one rate whose name holds 及 (only "A及B均为V" names two)."""
    outline = build_outline(text_to_document("2.质量指标。设备购置及安装完成率为100%验收合格率为98%\n", "report.txt"),
                            is_section_title)
    assert [item.fields["name"] for item in run_on_level_items(outline)] == ["设备购置及安装完成率", "验收合格率"]


def test_level_line_with_its_clauses_stopped_is_left_to_the_other_readers() -> None:
    """"2.质量指标。某某率为98%,某某率为100%。": the clauses stop, so the run-on reader leaves the line."""
    outline = build_outline(text_to_document("2.质量指标。补助发放率为98%,覆盖率为100%。\n", "report.txt"),
                            is_section_title)
    assert run_on_level_items(outline) == []
