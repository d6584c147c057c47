"""Shapes the held-out pages of stop 86 showed (docs/reader-corpora/held-86.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.lexicon import is_page_furniture

# a form's goal rows as a page prints them, each row on one line with single spaces: the row's label, then the two
# heads of the columns under it ("年初设定目标 | 年度总体目标完成情况综述")
_FORM_HEAD = ("某省文化厅项目支出绩效评价表(2022年度)——某省戏曲扶持专项资金\n"
              "项目名称 某省戏曲扶持专项资金\n"
              "主管部门 某省文化厅 实施单位 某省文化厅机关\n"
              "资金情况\n(万元)\n"
              "  全年预算数(A 全年执行数(B 分值 执行率(B/A) 得分\n"
              "年度资金总额: 120 118 10 98.33% 9.83\n"
              " 其中:本年财政拨款 120 118 -   -\n"
              "年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述\n")


def test_one_goal_text_under_the_set_goal_and_its_completion_heads_is_the_set_goal_only() -> None:
    """"年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述" over one text (the page cut inside it): the text
    stands under 年初设定目标; what was done is not stated (before, the same text was read as both)."""
    read = _read(_FORM_HEAD + "   扶持全省戏曲院团新编剧目演出,丰富群众文化生活,打造一批\n")
    assert read.project.goal_expected == "扶持全省戏曲院团新编剧目演出,丰富群众文化生活,打造一批"
    assert read.project.goal_actual is None


def test_two_goal_texts_under_the_set_goal_and_its_completion_heads_stay_apart() -> None:
    """The same heads over the goal and what was done, one space apart: each under its head (guard)."""
    read = _read(_FORM_HEAD + "   扶持全省戏曲院团新编剧目演出,丰富群众文化生活 "
                 "全年扶持新编剧目6部,演出120场,观众满意\n")
    assert read.project.goal_expected == "扶持全省戏曲院团新编剧目演出,丰富群众文化生活"
    assert read.project.goal_actual == "全年扶持新编剧目6部,演出120场,观众满意"


def test_a_sharing_sites_page_list_is_page_furniture() -> None:
    """A document-sharing site's preview list ("某某.docx_第3页" / "第3页 / 共9页" / "亲,该文档总共9页…" / its
    "下载资源" and "资源描述" buttons) is furniture, never a title line; a sentence naming pages is not."""
    for line in ("某县道路养护项目.docx_第3页", "第3页 / 共9页", "亲,该文档总共9页,全部预览完了,如果喜欢就下载吧!",
                 "下载资源", "资源描述"):
        assert is_page_furniture(line), line
    assert not is_page_furniture("本报告共9页,附件另附。")
    assert not is_page_furniture("某县2019年度道路养护项目绩效评价自评报告")


def test_a_title_run_into_the_text_under_a_sharing_sites_page_list() -> None:
    """A sharing site's page list above the document, whose file name, short name, title and first sentence ran into
    one line ("某某项目.docx某某项目某县2019年度某某项目绩效评价自评报告为…"): the title is read from that line,
    the file name off it (before, the page list pushed the line past the document's opening and no title, no
    project was read)."""
    pages = "".join(f"某县道路养护项目.docx_第{n}页\n第{n}页 / 共9页\n" for n in range(1, 10))
    text = ("某县道路养护项目.docx\n\n上传人:a****1 文档编号:1234567 上传时间:2023-01-01\n下载 相关 举报\n" + pages +
            "亲,该文档总共9页,全部预览完了,如果喜欢就下载吧!\n下载资源\n资源描述\n\n某县道路养护项目.docx\n\n"
            "《某县道路养护项目.docx》由会员分享,可在线阅读。\n\n某县道路养护项目.docx\n\n某县道路养护项目\n\n"
            "某县2019年度道路养护项目\n\n绩效评价自评报告\n\n为规范财政资金管理,提高资金使用效益,根据《某县财政专项资金"
            "绩效管理办法》\n")
    read = _read(text)
    assert read.title == "某县2019年度道路养护项目绩效评价自评报告"  # (the file's name and short name off it)
    assert read.year == 2019
    assert read.project.name == "道路养护项目"
    assert read.unit.name is None or "项目" not in read.unit.name
