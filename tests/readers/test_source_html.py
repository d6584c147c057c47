"""Saved government web pages (.html/.htm, .mhtml/.mht): the Document the reader gives (content in
order, furniture gone, metadata apart) and the facts ``jixiao parse`` reads from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from html_pages import (
    AFTER_FORM,
    GBK_PAGE,
    PROJECT_PAGE,
    SUBTITLE,
    TITLE,
    TRADITIONAL_PAGE,
    chrome_mhtml,
    form_docx,
    form_grid,
    ie_mht,
)
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.report import read_document

PROJECT_METADATA = {
    "索引号": "11513822MB0000000Q/2024-00087", "主题分类": "财政、金融、审计", "发布机构": "青禾县城市管理局",
    "成文日期": "2024年04月26日", "发布日期": "2024年04月28日", "名称": TITLE, "发布时间": "2024-04-28 09:30",
    "来源": "青禾县城市管理局", "浏览次数": "126",
}
# Words of the page's furniture; none may reach the Document's blocks.
FURNITURE = ["无障碍", "长者模式", "繁體", "登录", "请输入关键词", "搜索", "首页", "政务公开", "当前位置",
             "索引号", "发布机构", "浏览次数", "字号", "分享到", "微信", "微博", "QQ空间", "打印本页", "关闭窗口",
             "上一篇", "下一篇", "相关链接", "青禾县2023年度预算绩效管理工作要点", "网站地图", "主办单位",
             "网站标识码", "ICP备", "公网安备", "和平路88号", "分辨率", "内部编号", "青禾县人民政府"]


def _texts(document: Document) -> list[str]:
    return [b.text if isinstance(b, Paragraph) else " ".join(" ".join(r) for r in b.rows) for b in document.blocks]


def _facts(evaluation: Evaluation) -> dict[str, object]:
    return evaluation.model_dump(mode="json", exclude={"provenance"})


def test_saved_page_reads_as_title_form_and_lines_in_order() -> None:
    document = read_document(PROJECT_PAGE)
    assert [type(b).__name__ for b in document.blocks] == ["Paragraph", "Paragraph", "Table", "Paragraph", "Paragraph"]
    title, subtitle, form, *after = document.blocks
    assert isinstance(title, Paragraph) and (title.text, title.heading_level) == (TITLE, 1)
    assert isinstance(subtitle, Paragraph) and subtitle.text == SUBTITLE
    assert isinstance(form, Table) and form.rows == form_grid()
    assert [b.text for b in after if isinstance(b, Paragraph)] == AFTER_FORM
    assert document.warnings == []


def test_furniture_never_reaches_the_blocks() -> None:
    text = "\n".join(_texts(read_document(PROJECT_PAGE)))
    assert [word for word in FURNITURE if word in text] == []


def test_publication_metadata_is_kept_apart() -> None:
    document = read_document(PROJECT_PAGE)
    assert document.metadata == PROJECT_METADATA


def test_merged_cells_line_breaks_and_hard_wrapped_source_lines() -> None:
    form = read_document(PROJECT_PAGE).tables[0]
    assert form.rows[4][:3] == ["项目资金 （万元）", "", "年初预算数"]  # two <p> in one cell: one space
    assert form.rows[8][0] == "项目资金 （万元）"  # rowspan=5 repeated down
    assert form.rows[2] == ["项目名称"] * 2 + ["城乡生活垃圾分类收运补助项目"] * 7  # colspan
    # the page breaks this cell's source line inside a word (no space shown) and has a <br> (a space)
    assert form.rows[10][1] == "完成全县12个乡镇生活垃圾分类收运体系建设， 购置分类收运车辆12辆。"


def test_saved_page_gives_the_same_facts_as_the_word_file(tmp_path: Path) -> None:
    page = read_any(PROJECT_PAGE).evaluation
    word = read_any(form_docx(tmp_path / "form.docx")).evaluation
    assert _facts(page) == _facts(word)
    assert page.kind.value == "项目支出" and page.year == 2023
    assert page.unit.name == "青禾县环境卫生服务中心"  # the 实施单位, never the publishing bureau or the site
    assert page.unit.supervising_department == "青禾县城市管理局"
    assert page.project is not None
    assert page.project.name == "城乡生活垃圾分类收运补助项目"
    assert page.project.implementing_unit == "青禾县环境卫生服务中心"
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("320.00"), Decimal("356.40"), Decimal("341.15"), Decimal("95.72"))
    assert [(i.name, i.weight, i.stated_score) for i in page.indicators] == [
        ("预算执行率", 10, Decimal("9.57")), ("购置分类收运车辆", 15, 15), ("建设乡镇分类收运站点", 15, 15),
        ("车辆验收合格率", 10, 10), ("补助资金拨付及时率", 5, Decimal("4.5")), ("单车购置成本", 5, 5),
        ("生活垃圾分类收运覆盖率", 20, 20), ("垃圾无害化处理率", 10, 9), ("群众满意度", 10, 10)]
    assert page.stated_total == Decimal("98.07")
    assert page.provenance["budget.executed"].location == "表1第6行第5列"


def test_chrome_mhtml_of_the_page_reads_like_the_page(tmp_path: Path) -> None:
    archive = tmp_path / "page.mhtml"
    archive.write_bytes(chrome_mhtml(PROJECT_PAGE.read_bytes()))
    saved, page = read_document(archive), read_document(PROJECT_PAGE)
    assert (saved.blocks, saved.metadata) == (page.blocks, page.metadata)
    assert _facts(read_any(archive).evaluation) == _facts(read_any(PROJECT_PAGE).evaluation)


def test_gbk_page_in_a_layout_table() -> None:
    document = read_document(GBK_PAGE)
    assert document.metadata == {"发布时间": "2024-06-12", "信息来源": "松林镇人民政府", "点击数": "88"}
    texts = _texts(document)
    assert texts[0] == "松林镇人民政府2023年度部门整体支出绩效自评报告"
    assert texts[1] == "一、部门（单位）基本情况"
    assert texts[-2:] == ["松林镇人民政府", "2024年6月10日"]  # a <br> in running text starts a new line
    joined = "\n".join(texts)
    assert [w for w in ("欢迎访问", "设为首页", "适老化", "网站首页", "信息公开", "您现在的位置", "字体", "打印本页",
                        "版权所有", "ICP备", "点击数") if w in joined] == []
    (table,) = document.tables
    assert table.rows[0] == ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"]
    assert [row[0] for row in table.rows[1:]] == ["产出指标"] * 3 + ["效益指标"] * 2 + ["满意度指标", "合计"]
    assert table.rows[-1] == ["合计", "合计", "合计", "100", "", "", "99.7"]


def test_gbk_page_facts() -> None:
    evaluation = read_any(GBK_PAGE).evaluation
    assert (evaluation.unit.name, evaluation.year, evaluation.kind.value) == ("松林镇人民政府", 2023, "整体支出")
    assert evaluation.unit.staff_total == 58
    assert evaluation.unit.internal_bodies[-1] == "财政所" and len(evaluation.unit.subordinate_bodies) == 3
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("2873.52"), Decimal("2765.18"))
    assert [(i.amount) for i in evaluation.budget.income_items] == [Decimal("2530.06"), Decimal("235.12")]
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("农村人居环境整治村覆盖数", 20, 20), ("惠民资金发放准确率", 15, 15), ("预算执行率", 15, 15),
        ("辖区安全生产事故发生数", 15, 15), ("河长制巡河完成率", 15, Decimal("14.7")), ("群众满意度", 20, 20)]
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("99.70"), "优")


def test_ie_mht_with_the_charset_on_its_mime_part(tmp_path: Path) -> None:
    """IE's archive: base64, charset="gb2312" on the part (the page's own meta is also read, but the
    part's label comes first)."""
    archive = tmp_path / "page.mht"
    archive.write_bytes(ie_mht(GBK_PAGE.read_bytes(), "gb2312"))
    saved, page = read_document(archive), read_document(GBK_PAGE)
    assert (saved.blocks, saved.metadata) == (page.blocks, page.metadata)


def test_traditional_page_with_pinyin_reads_as_the_simplified_page() -> None:
    document, simplified = read_document(TRADITIONAL_PAGE), read_document(PROJECT_PAGE)
    assert document.blocks == simplified.blocks
    assert document.metadata == simplified.metadata
    assert len(document.warnings) == 1 and "繁体字" in document.warnings[0]
    assert _facts(read_any(TRADITIONAL_PAGE).evaluation) == _facts(read_any(PROJECT_PAGE).evaluation)


@pytest.mark.parametrize("saved", [PROJECT_PAGE, GBK_PAGE])
def test_parse_command_reads_saved_pages(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(app, ["parse", str(saved), "-o", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    assert "表1第" in result.output
    assert out.read_text(encoding="utf-8").startswith("kind:")
