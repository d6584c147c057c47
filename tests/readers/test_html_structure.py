"""The HTML reader on small pages: tables (merged, nested, layout, hostile sizes), the content region,
metadata blocks in their usual shapes, encodings and damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao import limits
from jixiao.errors import InputError
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.html_table import MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, html_tables
from jixiao.readers.report import read_document

REPORT = ("<p>某县农业农村局2024年度部门整体支出绩效自评报告</p>"
          "<p>一、基本情况</p><p>本单位2024年度全年预算1,200.00万元，全年执行1,150.00万元，预算执行率95.83%。</p>")


def _page(tmp_path: Path, body: str, head: str = '<meta charset="utf-8">', name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return read_document(path)


def _paragraphs(document: Document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


def test_nested_table_is_read_after_its_parent_not_into_its_cell() -> None:
    markup = ("<table><tr><th>项目名称</th><td>乡村道路养护</td></tr>"
              "<tr><th>绩效指标</th><td><table><tr><td>三级指标</td><td>分值</td><td>得分</td></tr>"
              "<tr><td>道路完好率</td><td>20</td><td>18</td></tr></table></td></tr>"
              "<tr><th>总分</th><td>18</td></tr></table>")
    assert html_tables(markup) == [
        [["项目名称", "乡村道路养护"], ["绩效指标", ""], ["总分", "18"]],
        [["三级指标", "分值", "得分"], ["道路完好率", "20", "18"]],
    ]


def test_rowspan_and_colspan_expand_like_the_word_reader() -> None:
    markup = ('<table><tr><td rowspan="3">产出指标</td><td colspan="2">数量指标</td><td>10</td></tr>'
              "<tr><td>a</td><td>b<br>c</td><td>5</td></tr><tr><td>d</td><td></td><td>5</td></tr></table>")
    assert html_tables(markup) == [[["产出指标", "数量指标", "数量指标", "10"], ["产出指标", "a", "b c", "5"],
                                    ["产出指标", "d", "", "5"]]]


def test_hostile_spans_are_capped() -> None:
    rows = "".join(f"<tr><td>{i}</td></tr>" for i in range(MAX_TABLE_ROWS + 50))
    markup = f'<table><tr><td rowspan="65534" colspan="100000">x</td><td>y</td></tr>{rows}</table>'
    with pytest.raises(limits.LimitError, match="网页表格合计 400,000 个单元格"):  # more than a workbook may hold
        html_tables(markup)
    with limits.using(limits.current().replace(sheet_cells=MAX_TABLE_ROWS * MAX_TABLE_COLUMNS)):
        (grid,) = html_tables(markup)
    assert len(grid) == MAX_TABLE_ROWS
    assert len(grid[0]) == MAX_TABLE_COLUMNS


def test_oversized_table_is_cut_with_a_warning(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>第{i}行</td><td>{i}</td></tr>" for i in range(MAX_TABLE_ROWS + 10))
    document = _page(tmp_path, REPORT + f"<table>{rows}</table>")
    (table,) = document.tables
    assert len(table.rows) == MAX_TABLE_ROWS
    assert document.warnings == ["表1过大，只读取了前面的行列"]


def test_layout_tables_are_read_as_text(tmp_path: Path) -> None:
    body = (f'<table width="1000"><tr><td>{REPORT}'
            "<table border=1><tr><td>三级指标</td><td>得分</td></tr><tr><td>道路完好率</td><td>18</td></tr></table>"
            "</td></tr></table>")
    document = _page(tmp_path, body)
    assert _paragraphs(document)[:2] == ["某县农业农村局2024年度部门整体支出绩效自评报告", "一、基本情况"]
    assert [t.rows for t in document.tables] == [[["三级指标", "得分"], ["道路完好率", "18"]]]


def test_grade_and_size_words_inside_a_data_table_are_kept(tmp_path: Path) -> None:
    """A lone 中 is a grade, not a font-size button; 打印 inside a report sentence is report text."""
    body = (REPORT + "<table><tr><td>总分</td><td>72</td><td>中</td></tr><tr><td>等级</td><td>中</td><td>小</td></tr>"
            "</table><p>为群众打印社保缴费证明1,200份。</p>")
    document = _page(tmp_path, body)
    assert document.tables[0].rows == [["总分", "72", "中"], ["等级", "中", "小"]]
    assert _paragraphs(document)[-1] == "为群众打印社保缴费证明1,200份。"


@pytest.mark.parametrize("meta", [
    # a <ul> of labelled items, each label in its own element
    "<ul class='xxgk'><li><b>索引号：</b><span>000014349/2025-00002</span></li><li><b>发布机构：</b>"
    "<span>某县农业农村局</span></li><li><b>文号：</b><span></span></li><li><b>发布日期：</b><span>2025-04-29</span></li>"
    "<li><b>时效性：</b><span>有效</span></li></ul>",
    # labelled spans on one line
    "<div class='info'><span>发布日期：2025-04-29</span>&nbsp;&nbsp;<span>发布机构：某县农业农村局</span>"
    "&nbsp;&nbsp;<span>索引号：000014349/2025-00002</span>&nbsp;&nbsp;时效性：有效</div>",
    # a table of label cells without colons
    "<table class='meta'><tr><td>索引号</td><td>000014349/2025-00002</td><td>发布机构</td><td>某县农业农村局</td></tr>"
    "<tr><td>发布日期</td><td>2025-04-29</td><td>时效性</td><td>有效</td></tr></table>",
])
def test_metadata_blocks_in_their_usual_shapes(tmp_path: Path, meta: str) -> None:
    document = _page(tmp_path, f"<div class='main'>{meta}<div class='content'>{REPORT}</div></div>")
    assert document.metadata == {"索引号": "000014349/2025-00002", "发布机构": "某县农业农村局",
                                 "发布日期": "2025-04-29", "时效性": "有效"}
    assert document.tables == []
    assert _paragraphs(document)[0] == "某县农业农村局2024年度部门整体支出绩效自评报告"


def test_metadata_name_is_never_the_title(tmp_path: Path) -> None:
    meta = ("<table><tr><td>名称：</td><td>关于公开某县农业农村局预算信息的通知</td></tr>"
            "<tr><td>发布机构：</td><td>某县财政局</td></tr><tr><td>发布日期：</td><td>2025-04-29</td></tr></table>")
    document = _page(tmp_path, meta + REPORT)
    assert document.metadata["名称"] == "关于公开某县农业农村局预算信息的通知"
    assert "关于公开" not in " ".join(_paragraphs(document))


def test_a_report_table_with_a_source_column_is_not_metadata(tmp_path: Path) -> None:
    body = REPORT + ("<table><tr><td>资金来源</td><td>金额</td></tr><tr><td>来源</td><td>上级补助</td></tr>"
                     "<tr><td>发布日期</td><td>2024-03-01</td></tr><tr><td>道路养护</td><td>120.00万元</td></tr>"
                     "<tr><td>河道清淤</td><td>80.00万元</td></tr><tr><td>合计</td><td>200.00万元</td></tr></table>")
    document = _page(tmp_path, body)
    assert document.metadata == {}
    assert len(document.tables[0].rows) == 6


def test_headline_outside_the_content_and_title_tag_fallback(tmp_path: Path) -> None:
    title = "<p>某县农业农村局2024年度部门整体支出绩效自评报告</p>"
    content = "<div class='zw'>" + REPORT.replace(title, "") + "</div>"
    with_h1 = _page(tmp_path, "<div class='wrap'><h1>某县农业农村局2024年度部门整体支出绩效自评报告</h1>"
                              "<div class='tools'>【打印】【关闭】</div>" + content + "</div>")
    assert with_h1.blocks[0] == Paragraph("某县农业农村局2024年度部门整体支出绩效自评报告", "网页标题", 1)
    from_title = _page(tmp_path, content, head="<meta charset='utf-8'><title>某县农业农村局2024年度部门整体支出绩效"
                                               "自评报告_财政信息_某县人民政府</title>", name="t.html")
    assert _paragraphs(from_title)[0] == "某县农业农村局2024年度部门整体支出绩效自评报告"
    no_report_title = _page(tmp_path, content, head="<title>某县人民政府</title>", name="n.html")
    assert _paragraphs(no_report_title)[0] == "一、基本情况"


def test_lists_and_headings_keep_their_levels(tmp_path: Path) -> None:
    body = ("<div class='content'><h2>三、绩效指标完成情况</h2><ol><li>道路完好率（20分）：完成98%，得20分。</li>"
            "<li>群众满意度（10分）<ul><li>调查样本200份</li></ul></li></ol></div>")
    document = _page(tmp_path, REPORT + body)
    blocks = [b for b in document.blocks if isinstance(b, Paragraph)][-4:]
    assert [(b.text, b.heading_level, b.list_level) for b in blocks] == [
        ("三、绩效指标完成情况", 2, None), ("1. 道路完好率（20分）：完成98%，得20分。", None, 0),
        ("2. 群众满意度（10分）", None, 0), ("调查样本200份", None, 2)]


def test_declared_charset_that_lies_and_undeclared_gbk(tmp_path: Path) -> None:
    html = f"<html><head><meta charset='gb2312'></head><body>{REPORT}</body></html>"
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes(html.encode("utf-8"))  # saved again as UTF-8, the old meta kept
    bare = tmp_path / "bare.htm"
    bare.write_bytes(html.replace("<meta charset='gb2312'>", "").encode("gb18030"))
    for path in (utf8, bare):
        assert _paragraphs(read_document(path))[0] == "某县农业农村局2024年度部门整体支出绩效自评报告"


def test_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    document = _page(tmp_path, REPORT + "<div>" * 5000 + "深处" + "</div>" * 5000)
    assert _paragraphs(document)[0] == "某县农业农村局2024年度部门整体支出绩效自评报告"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.html", b"  \n", "文件是空的"),
    ("nothing.html", b"<html><head><title></title></head><body><script>x()</script></body></html>", "没有可读取的文字"),
    ("noparts.mhtml", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                      b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n", "没有网页"),
])
def test_unreadable_pages_get_one_sentence(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    from jixiao.readers import read_any

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_any(path)


def test_oversized_page_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from jixiao.readers.html_page import MAX_PAGE_BYTES

    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.truncate(MAX_PAGE_BYTES + 1)
    with pytest.raises(InputError, match="网页文件过大"):
        read_document(path)


def test_table_blocks_are_named_in_order(tmp_path: Path) -> None:
    table = "<table><tr><td>三级指标</td><td>得分</td></tr><tr><td>道路完好率</td><td>18</td></tr></table>"
    document = _page(tmp_path, REPORT + table + "<p>说明</p>" + table)
    assert [b.name for b in document.blocks if isinstance(b, Table)] == ["表1", "表2"]


def test_label_cells_without_colons_take_unknown_labels_too(tmp_path: Path) -> None:
    """A metadata table the known labels find also gives its other label cells (分类, 效力状态)."""
    meta = ("<table class='xxgk'><tr><td>索引号</td><td>011054726/2023-06315</td><td>发布机构</td>"
            "<td>某县民政局</td></tr><tr><td>发文日期</td><td>2023-09-20</td><td>分类</td><td>财政预决算</td></tr>"
            "<tr><td>文号</td><td></td><td>效力状态</td><td>有效</td></tr>"
            "<tr><td>公开目录</td><td>预算绩效</td><td>浏览量</td><td></td></tr></table>")
    document = _page(tmp_path, meta + "<div class='content'>" + REPORT + "</div>")
    assert document.metadata == {"索引号": "011054726/2023-06315", "发布机构": "某县民政局", "发文日期": "2023-09-20",
                                 "分类": "财政预决算", "效力状态": "有效", "公开目录": "预算绩效"}
    assert document.tables == []


def test_page_tools_glued_to_the_info_line_end_its_values(tmp_path: Path) -> None:
    info = ("<div class='info'>发布时间：2023-09-20 15:37\u3000来源：某县民政局\u3000浏览次数： 字号："
            "<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a></div>")
    crumb = "<div>您当前所在位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>财政信息</a></div>"
    document = _page(tmp_path, crumb + info + REPORT)
    assert document.metadata == {"发布时间": "2023-09-20 15:37", "来源": "某县民政局"}
    assert _paragraphs(document)[0] == "某县农业农村局2024年度部门整体支出绩效自评报告"
