# ruff: noqa: E501
"""Reports sw01, sw05, sw06 of the sixty-fifth set, each returning (facts, ext, content): a Guangdong museum's project
report as an .ofd (the national fixed-layout format: a zip of XML pages whose text objects stand at positions, the
form's cells each an object of its own); a Fujian cultural relics bureau's whole-unit form as a .docx whose first
column holds the three levels as an outline (一、 / （一） / 1.) with each level's points on its own row; a Guangdong
opera troupe's project form as a .docx with no 分值 column, each 三级 carrying its points in brackets after its name.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from corpus_build import Row
from eighteenth_facts import Made, doc, docx_bytes, table
from sixtyfirst_facts import HEAD, WORD, cells, whole_rows
from sixtyfourth_facts import money_rows, project, whole

# sw01 广东 广州, project, .ofd: the report as an OFD package; every line of prose and every table cell is a text
# object with its boundary in millimetres, the table's rules are path objects, the seal a stamp annotation -----------
SW01: list[Row] = [
    ("产出指标", "数量指标", "举办临时展览数量", 10, "≥6个", "7个", "10", ""),
    ("产出指标", "数量指标", "社教活动场次", 10, "≥150场", "168场", "10", ""),
    ("产出指标", "质量指标", "藏品保存环境达标率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "展览按期开展率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "年度观众接待量", 15, "≥45万人次", "41.8万人次", "13", "展厅改造闭馆两个月"),
    ("效益指标", "可持续影响指标", "数字化藏品数量", 10, "≥1200件", "1265件", "10", ""),
    ("满意度指标", "服务对象满意度指标", "观众满意度", 25, "≥92%", "95.6%", "25", ""),
]
_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
Line = list[tuple[float, str]]  # (x in mm, text) pieces of one printed line


def _width(text: str, size: float = 3.0) -> float:
    """A run's printed width: a full character for a Chinese one, half for a Latin letter or a digit."""
    return sum(size if ord(ch) > 0x2000 else size / 2 for ch in text)


def _text_objects(lines: list[Line], first_id: int) -> tuple[str, int]:
    out, oid, y = [], first_id, 20.0
    for line in lines:
        for x, text in line:
            if text:
                out.append(f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {y:g} {_width(text):g} 4.5" Font="2" Size="3">'
                           f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="3.5" DeltaX="g {max(len(text) - 1, 1)} 3">'
                           f"{escape(text)}</ofd:TextCode></ofd:TextObject>")
                oid += 1
        y += 6.5
    return "".join(out), oid


def ofd_bytes(pages: list[list[Line]], title: str, creator: str) -> bytes:
    """An OFD package: OFD.xml → Doc_0/Document.xml → one Content.xml per page of positioned text objects."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {_NS} Version="1.1" DocType="OFD">'
                   f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>a3f0c1d2e4b5</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>"
                   f"<ofd:Creator>{escape(creator)}</ofd:Creator><ofd:CreationDate>2025-04-18</ofd:CreationDate></ofd:DocInfo>"
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {_NS}><ofd:CommonData>'
                   '<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                   f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{refs}</ofd:Pages>'
                   '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {_NS} BaseLoc="Res">'
                   '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
        oid = 10
        for i, page in enumerate(pages):
            objs, oid = _text_objects(page, oid)
            rule = f'<ofd:PathObject ID="{oid}" Boundary="10 10 190 270" LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L 190 0</ofd:AbbreviatedData></ofd:PathObject>'
            oid += 1
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {_NS}>'
                       f'<ofd:Content><ofd:Layer ID="{oid}">{objs}{rule}</ofd:Layer></ofd:Content></ofd:Page>')
            oid += 1
        z.writestr("Doc_0/Annots/Annotations.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations {_NS}>'
                   '<ofd:Page PageID="2"><ofd:FileLoc>Page_1/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>')
        z.writestr("Doc_0/Annots/Page_1/Annotation.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot {_NS}>'
                   '<ofd:Annot ID="900" Type="Stamp"><ofd:Appearance Boundary="120 200 40 40"/></ofd:Annot></ofd:PageAnnot>')
    return buf.getvalue()


def _columns(rows: list[list[str]], left: float = 10.0, gap: float = 3.0) -> tuple[float, ...]:
    """Each column's left edge: the widest cell of the column before it and a gap further right."""
    widths = [max(_width(r[c]) if c < len(r) else 0 for r in rows) for c in range(max(map(len, rows)))]
    return tuple(left + sum(widths[:c]) + gap * c for c in range(len(widths)))


def _table(rows: list[list[str]]) -> list[Line]:
    cols = _columns(rows)
    return [list(zip(cols, r, strict=False)) for r in rows]


def _prose(text: str) -> Line:
    return [(20.0, text)]


def sw01() -> Made:
    unit, dept = "广州市越秀区博物馆", "广州市越秀区文化广电旅游体育局"
    proj = "2024年博物馆免费开放及陈列展览经费"
    money = ("286.00", "302.50", "295.84")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SW01)
    form = _table([HEAD, *map(cells, SW01), ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]])
    page1: list[Line] = [
        _prose(f"{proj}绩效自评报告"), [],
        _prose("一、项目基本情况"),
        _prose(f"项目名称：{proj}"), _prose(f"主管部门：{dept}"), _prose(f"实施单位：{unit}"),
        _prose("本项目用于基本陈列免费开放、临时展览引进和社会教育活动开展。"), [],
        _prose("二、项目资金使用情况"),
        *_table(money_rows(money, rt, es)), [],
        _prose("三、绩效指标完成情况"),
        *form[:5],
    ]
    page2: list[Line] = [
        *form[5:], [],
        _prose("四、自评结论"),
        _prose(f"本项目自评得分{tot}分，自评等级为“{WORD[f['stated_grade']]}”。"), [],
        _prose("五、问题及改进措施"),
        _prose("合理安排展厅改造工期，改造期间以流动展览补充服务。"), [],
        [(120.0, unit)], [(120.0, "2025年4月18日")],
    ]
    return f, "ofd", ofd_bytes([page1, page2], f"{proj}绩效自评报告", "WPS Office 版式文档")


# sw05 福建 泉州, whole unit, .docx: the form's first column an outline of the levels — "一、产出指标" and "（一）数量指标"
# rows carry their block's points and score, the 三级 rows are numbered "1." ----------------------------------------
SW05: list[Row] = [
    ("产出指标", "数量指标", "文物保护单位巡查次数", 10, "≥48次", "52次", "10", ""),
    ("产出指标", "数量指标", "可移动文物普查登记数", 10, "≥3500件", "3612件", "10", ""),
    ("产出指标", "质量指标", "文物安全事故发生数", 10, "=0起", "0起", "10", ""),
    ("产出指标", "时效指标", "文物修缮项目按期完工率", 10, "≥90%", "85.7%", "8.5", "一处修缮项目因雨季顺延"),
    ("效益指标", "社会效益指标", "文物保护宣传受众人次", 15, "≥20万人次", "23.4万人次", "15", ""),
    ("效益指标", "可持续影响指标", "文物保护长效机制", 10, "T:健全", "T:健全", "10", ""),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", 25, "≥90%", "92.4%", "25", ""),
]
_CN = "一二三四五六七八九十"


def outline_rows(grid: list[list[str]]) -> list[list[str]]:
    """Indicator rows (一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差) as an outline in one column: a row
    per 一级 and per 二级 with its points and its score summed, the 三级 numbered "1."."""
    out: list[list[str]] = []
    l1 = l2 = ""
    n1 = n2 = 0
    for n3, c in enumerate(grid, 1):
        if c[0] != l1:
            l1, l2, n2 = c[0], "", 0
            n1 += 1
            block = [g for g in grid if g[0] == l1]
            out.append([f"{_CN[n1 - 1]}、{l1}", _sum(block, 5), "", "", _sum(block, 6), ""])
        if c[1] != l2:
            l2 = c[1]
            n2 += 1
            block = [g for g in grid if g[0] == l1 and g[1] == l2]
            out.append([f"（{_CN[n2 - 1]}）{l2}", _sum(block, 5), "", "", _sum(block, 6), ""])
        out.append([f"{n3}.{c[2]}", c[5], c[3], c[4], c[6], c[7]])
    return out


def _sum(block: list[list[str]], col: int) -> str:
    return f"{sum(Decimal(g[col]) for g in block):g}"


def sw05() -> Made:
    unit = "泉州市文物局"
    money = ("1862.50", "1946.30", "1901.27")
    f, rt, es, tot = whole(2024, unit, money, SW05, 4)
    d = doc()
    d.add_paragraph(f"{unit}2024年度部门整体支出绩效自评报告")
    d.add_paragraph("一、部门概况")
    d.add_paragraph(f"{unit}负责全市文物保护、考古管理和博物馆行业指导等工作。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"2024年度年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，"
                    f"预算执行率{rt}%。")
    d.add_paragraph("三、绩效自评情况")
    d.add_paragraph("部门整体支出绩效自评表")
    head = ["绩效指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]
    table(d, [head, *outline_rows(whole_rows(SW05, 4, rt, es)), ["合计", "100", "", "", str(tot), ""]])
    d.add_paragraph(f"经综合评定，{unit}2024年度部门整体支出绩效自评得分{tot}分，等级为{WORD[f['stated_grade']]}。")
    d.add_paragraph(unit)
    d.add_paragraph("2025年4月25日")
    return f, "docx", docx_bytes(d)


# sw06 广东 佛山, project, .docx: a form with no 分值 column; each 三级 gives its points in brackets after its name
# ("惠民演出场次（10分）"), the head reading 三级指标（分值） ------------------------------------------------------
SW06: list[Row] = [
    ("产出指标", "数量指标", "惠民演出场次", 15, "≥80场", "86场", "15", ""),
    ("产出指标", "数量指标", "新创排剧目数量", 10, "≥2部", "2部", "10", ""),
    ("产出指标", "质量指标", "演出安全事故发生率", 5, "=0", "0", "5", ""),
    ("产出指标", "时效指标", "演出计划完成及时率", 10, "≥95%", "92%", "8.5", "两场下乡演出因台风改期"),
    ("效益指标", "社会效益指标", "观演群众人次", 15, "≥12万人次", "13.2万人次", "15", ""),
    ("效益指标", "可持续影响指标", "粤剧传承人才培养人数", 15, "≥20人", "22人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "观众满意度", 20, "≥90%", "94.5%", "20", ""),
]


def sw06() -> Made:
    unit, dept = "佛山市粤剧院", "佛山市文化广电旅游体育局"
    proj = "2024年粤剧惠民演出及剧目创排经费"
    money = ("450.00", "472.00", "463.18")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SW06)
    del f["full_mark"]  # the form never states its full mark
    d = doc()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
              *money_rows(money, rt, es)])
    head = ["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]
    grid = [[c[0], c[1], f"{c[2]}（{c[5]}分）", c[3], c[4], c[6], c[7]] for c in map(cells, SW06)]
    table(d, [head, *grid, ["总分", "", "", "", "", str(tot), WORD[f["stated_grade"]]]], vmerge_cols=(0, 1))
    d.add_paragraph("填报单位（盖章）：" + unit + "　　填报人：梁嘉欣　　填报日期：2025年3月31日")
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "sw01-gd-yuexiu-museum-project-ofd-positioned-text": sw01,
    "sw05-fj-quanzhou-relics-whole-docx-level-outline-column": sw05,
    "sw06-gd-foshan-opera-project-docx-points-in-name": sw06,
}
