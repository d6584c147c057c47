"""Shapes of the sixty-fourth set (docs/reader-corpora/sixtyfourth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
from docx.oxml import parse_xml
from page_reading import by_name, read_saved

from jixiao.readers import read_any
from jixiao.readers.document import Table
from jixiao.readers.source_docx import read_docx_document

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_BOXED_FORM = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "某调解案件数", "≥300件", "318件", "40", "40"],
    ["效益指标", "社会效益指标", "某调解成功率", "≥50%", "46%", "30", "27"],
    ["满意度指标", "服务对象满意度指标", "某当事人满意度", "≥90%", "92%", "30", "30"],
    ["总分", "", "", "", "", "100", "97"],
]


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_form_in_a_floating_text_box(tmp_path: Path) -> None:
    """A report whose form stands in a floating text box (the drawing and its VML fallback both in the file): the
    box's table is read as a table, once (before, only a box's paragraphs were read: no indicator)."""
    grid = "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in _BOXED_FORM)
    body = ("<w:p><w:r><w:t>某区某中心2023年度某调解项目支出绩效自评表</w:t></w:r></w:p>"
            f"<w:tbl><w:tblGrid/>{grid}</w:tbl><w:p/>")
    xml = (f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><wps:txbx><w:txbxContent>{body}'
           "</w:txbxContent></wps:txbx></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
           f"{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    d = docx.Document()
    d.add_paragraph("某区某中心2023年度某调解项目绩效自评报告")
    d.add_paragraph("各项指标完成情况见下表。")
    d.add_paragraph()._p.append(parse_xml(xml))
    d.add_paragraph("某区某中心　2024年3月")
    path = tmp_path / "boxed.docx"
    d.save(path)
    assert sum(isinstance(b, Table) for b in read_docx_document(path).blocks) == 1
    read = read_any(path).evaluation
    assert list(by_name(read)) == ["某调解案件数", "某调解成功率", "某当事人满意度"]
    assert (read.indicators[1].weight, read.indicators[1].stated_score) == (Decimal(30), Decimal(27))
    assert read.stated_total == Decimal(97)


def test_merged_labels_on_the_middle_row_of_their_runs(tmp_path: Path) -> None:
    """A Word table copied out of a viewer as .csv: each merged 一级 / 二级 cell gives its text on the middle row of
    its run, the rows above it empty (before, those rows took the block above: a 社会效益 row read under 产出指标,
    a 二级 lost where its 一级 was written below it)."""
    rows = [
        "某县某院2024年度某办案经费项目支出绩效自评表",
        "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
        ",数量指标,某听证案件数,≥50件,56件,15,15",
        "产出指标,,某立案数,≥30件,31件,15,15",
        ",质量指标,某整改率,≥90%,92%,15,15",
        ",社会效益指标,某挽回损失,≥300万元,280万元,15,13",
        "效益指标,,某修复面积,≥80亩,85亩,10,10",
        ",可持续影响指标,某长效机制,健全,已建立,10,10",
        "满意度指标,服务对象满意度指标,某当事人满意度,≥90%,95%,20,20",
        "总分,,,,,100,98",
    ]
    read = by_name(read_saved(tmp_path, "\n".join(rows) + "\n", "form.csv"))
    levels = {name: (i.level1, i.level2) for name, i in read.items()}
    assert levels == {"某听证案件数": ("产出指标", "数量指标"), "某立案数": ("产出指标", "数量指标"),
                      "某整改率": ("产出指标", "质量指标"), "某挽回损失": ("效益指标", "社会效益指标"),
                      "某修复面积": ("效益指标", "社会效益指标"), "某长效机制": ("效益指标", "可持续影响指标"),
                      "某当事人满意度": ("满意度指标", "服务对象满意度指标")}


def test_labels_on_the_first_rows_of_their_runs_stay_read_top_down(tmp_path: Path) -> None:
    """The same rows with each label on its run's first row: read from the top, as before."""
    rows = [
        "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
        "产出指标,数量指标,某听证案件数,≥50件,56件,30,30",
        ",,某立案数,≥30件,31件,20,20",
        ",,某整改率,≥90%,92%,20,20",
        "效益指标,社会效益指标,某挽回损失,≥300万元,280万元,30,27",
        "总分,,,,,100,97",
    ]
    read = by_name(read_saved(tmp_path, "某县某院2024年度某项目支出绩效自评表\n" + "\n".join(rows) + "\n", "form.csv"))
    assert {name: i.level1 for name, i in read.items()} == {"某听证案件数": "产出指标", "某立案数": "产出指标",
                                                             "某整改率": "产出指标", "某挽回损失": "效益指标"}
