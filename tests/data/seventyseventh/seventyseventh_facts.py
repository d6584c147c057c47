# ruff: noqa: E501
"""What the seventy-seventh set's reports share: 2021–2025 self-evaluations of towns, street offices and special
transfer funds of Hubei, Anhui, Fujian, Sichuan, Chongqing and Yunnan — the indicator rows of each report (half-point
weights and scores, rates written as decimals "0.95", "/" and "—" for an empty cell, a 改进措施 column beside the
偏差原因分析), and what Word and Excel keep outside the body: page headers and footers, text boxes, footnotes, a table
inside a table's cell.

Every unit, person and figure here is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

D = Decimal
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "改进措施"]
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def note_cells(rows: list[list[str]], measures: dict[str, str], empty: str = "") -> list[list[str]]:
    """Indicator rows as cells with a 改进措施 column after the 偏差原因分析 one; ``empty`` fills a blank note."""
    return [[*r[:7], r[7] or empty, measures.get(r[2], empty)] for r in rows]


def page_header_footer(d: Any, header: str, footer: tuple[str, str] = ("第 ", " 页")) -> None:
    """A running header line and a footer with a PAGE field ("第 1 页"), as Word keeps them: outside the body."""
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    p = sec.footer.paragraphs[0]
    p.add_run(footer[0])
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    p._p.append(fld)
    p.add_run(footer[1])


def text_box(d: Any, lines: list[str]) -> None:
    """A paragraph anchoring a VML text box (as WPS and older Word save one) holding ``lines``."""
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)
    xml = (f'<w:p xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           '<v:shape id="txbx1" type="#_x0000_t202" style="width:420pt;height:90pt">'
           f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    d.element.body.append(parse_xml(xml))
    sect = d.element.body.find(qn("w:sectPr"))
    if sect is not None:  # the section's properties stay last
        d.element.body.remove(sect)
        d.element.body.append(sect)


def footnotes(d: Any, notes: list[str]) -> None:
    """The document's footnotes part, footnote i + 1 holding ``notes[i]``."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>' for i, text in enumerate(notes, 1))
    xml = (f'<w:footnotes xmlns:w="{_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           f"</w:r></w:p></w:footnote>{body}</w:footnotes>")
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    d.part.relate_to(Part(PackURI("/word/footnotes.xml"), ctype, xml.encode(), d.part.package), RT.FOOTNOTES)


def footnote_mark(paragraph: Any, number: int) -> None:
    """A footnote reference (superscript number) at the end of ``paragraph``."""
    run = OxmlElement("w:r")
    rpr, va, ref = OxmlElement("w:rPr"), OxmlElement("w:vertAlign"), OxmlElement("w:footnoteReference")
    va.set(qn("w:val"), "superscript")
    ref.set(qn("w:id"), str(number))
    rpr.append(va)
    run.append(rpr)
    run.append(ref)
    paragraph._p.append(run)


def fraction(text: str) -> float:
    """A "91.2%" cell as the fraction Excel stores under a percent format."""
    return float(D(text.removesuffix("%")) / 100)


# jw01 湖北 仙桃 某镇, whole unit, 2024: half-point weights and scores, 偏差原因分析 and 改进措施 apart ------------------------
JW01: list[Row] = [
    ("产出指标", "数量指标", "农村人居环境整治村数", 10, "≥28个", "28个", "10", ""),
    ("产出指标", "数量指标", "高标准农田建设面积", D("7.5"), "≥1.2万亩", "1.15万亩", "7", "部分地块权属调整，建设进度滞后"),
    ("产出指标", "质量指标", "农村公路优良路率", D("7.5"), "≥85%", "87.2%", "7.5", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 5, "=100%", "98%", "4.5", "个别农户银行账户信息变更，补发延后"),
    ("效益指标", "经济效益指标", "集体经济收入10万元以上村占比", 10, "≥80%", "78.6%", "9.5", "两个村产业项目投产推迟"),
    ("效益指标", "社会效益指标", "农村生活垃圾无害化处理率", 10, "≥95%", "96.3%", "10", ""),
    ("效益指标", "可持续影响指标", "河湖长制巡查覆盖率", 10, "=100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 20, "≥90%", "91.5%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "辖区企业满意度", 10, "≥85%", "88%", "10", ""),
]
JW01_MEASURES = {"高标准农田建设面积": "加快权属调整，次年一季度前完工", "惠农补贴发放及时率": "发放前集中核对账户信息",
                 "集体经济收入10万元以上村占比": "跟踪产业项目投产进度，按月调度"}

# jw02 安徽 六安 金安, project (special fund), 2023 (GRADE_MISMATCH planted: 优秀 on a total under 90) -------------------------
JW02: list[Row] = [
    ("产出指标", "数量指标", "维修养护供水工程处数", 15, "≥36处", "38处", "15", ""),
    ("产出指标", "数量指标", "更换老旧管网长度", 10, "≥45公里", "41公里", "9", "部分管网与道路改造同步实施，顺延至次年"),
    ("产出指标", "质量指标", "水质检测合格率", 10, "≥95%", "93%", "7.5", "枯水期两处水源浊度超标"),
    ("产出指标", "时效指标", "维修项目完工及时率", 10, "≥90%", "84%", "7", "雨季施工受阻"),
    ("效益指标", "社会效益指标", "农村自来水普及率", 15, "≥92%", "92.4%", "15", ""),
    ("效益指标", "可持续影响指标", "工程长效运行管护机制", 10, "T:健全", "T:基本健全", "8.5", "部分村级管水员报酬未落实"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, "≥90%", "88.5%", "17.5", "部分片区停水检修时间较长"),
]

# jw03 福建 厦门 思明 某街道, whole unit, 2022: rates written as decimals ("≥0.95", "0.968") ---------------------------------
JW03: list[Row] = [
    ("产出指标", "数量指标", "社区网格化巡查次数", 10, "≥1200次", "1260次", "10", ""),
    ("产出指标", "质量指标", "居民诉求办结率", 10, "≥0.95", "0.968", "10", ""),
    ("产出指标", "质量指标", "垃圾分类准确率", 10, "≥0.9", "0.874", "9.5", "老旧小区分类设施不足"),
    ("产出指标", "时效指标", "民生项目按期完成率", 10, "≥0.9", "0.92", "10", ""),
    ("效益指标", "社会效益指标", "辖区治安案件下降率", 10, "≥0.05", "0.062", "10", ""),
    ("效益指标", "社会效益指标", "老年助餐服务覆盖率", 10, "≥0.6", "0.58", "9.5", "部分社区助餐点未完成改造"),
    ("效益指标", "可持续影响指标", "社区志愿服务队伍数", 10, "≥25支", "27支", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 20, "≥0.9", "0.935", "20", ""),
]

# jw04 四川 凉山 昭觉, project (transfer fund), 2024: "/" and "N/A" cells, a letter grade with its key ---------------------
JW04: list[Row] = [
    ("产出指标", "数量指标", "新建产业路里程", 15, "≥18公里", "18.6公里", "15", ""),
    ("产出指标", "数量指标", "脱贫户小额信贷贴息户数", 10, "≥850户", "836户", "9.5", "部分农户提前还款"),
    ("产出指标", "质量指标", "项目验收合格率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "成本指标", "产业路每公里补助标准", 5, "≤45万元", "44.2万元", "5", ""),
    ("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", 10, "≥10%", "11.3%", "10", ""),
    ("效益指标", "社会效益指标", "带动脱贫人口就业人数", 15, "≥600人", "588人", "14.5", "季节性务工人员返乡"),
    ("效益指标", "可持续影响指标", "帮扶产业持续发展", 5, "T:持续发挥效益", "T:持续发挥效益", "5", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, "≥90%", "94.2%", "20", ""),
]

# jw05 重庆 江北 某街道, project, 2023: the year only in the page header; "/" in empty note cells --------------------------
JW05: list[Row] = [
    ("产出指标", "数量指标", "改造老旧小区个数", 15, "≥12个", "12个", "15", ""),
    ("产出指标", "数量指标", "加装楼道扶手单元数", 10, "≥180个", "164个", "9", "部分单元居民意见不统一"),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "改造工程按期完工率", 10, "≥95%", "83%", "7.5", "雨季延误及管线迁改"),
    ("效益指标", "社会效益指标", "老年居民出行便利度", 15, "T:明显提升", "T:有所提升", "12.5", "部分小区坡道改造未完成"),
    ("效益指标", "可持续影响指标", "小区长效管理机制建立率", 10, "≥80%", "75%", "8.5", "物业服务覆盖不足"),
    ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", 20, "≥90%", "86.5%", "17.5", "施工扰民投诉较多"),
]

# jw06 云南 大理 某镇, whole unit, 2025 (TOTAL_MISMATCH planted: the 总分 two points below its rows): percent cells ----------
JW06: list[Row] = [
    ("产出指标", "数量指标", "农田退水治理面积", 15, "≥3000亩", "2680亩", "10", "部分农田流转未完成"),
    ("产出指标", "数量指标", "村庄污水收集管网新建长度", 10, "≥12公里", "9.5公里", "7.5", "征地协调滞后"),
    ("产出指标", "质量指标", "污水处理设施正常运行率", 10, "≥95%", "91.2%", "9", "两座设施停运检修"),
    ("产出指标", "时效指标", "项目开工及时率", 5, "≥90%", "80%", "4", "环评批复延后"),
    ("效益指标", "生态效益指标", "入湖河道水质达标率", 15, "≥90%", "86.7%", "11", "雨季面源污染加重"),
    ("效益指标", "社会效益指标", "农村卫生户厕普及率", 10, "≥85%", "82.3%", "8.5", "山区村改厕意愿较低"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 15, "≥90%", "85%", "12", "政策宣传不到位"),
    ("满意度指标", "服务对象满意度指标", "下游村组满意度", 10, "≥85%", "80%", "8", "退水治理进度慢"),
]
JW06_MEASURES = {"农田退水治理面积": "加快土地流转，次年6月前完成",
                 "村庄污水收集管网新建长度": "建立征地协调专班", "群众满意度": "入户宣传政策"}

# jw07 湖北 宜昌 夷陵, project (transfer fund), 2022 (SCORE_OVER_WEIGHT planted: 5.5 on a weight of 5) ----------------------
JW07: list[Row] = [
    ("产出指标", "数量指标", "耕地地力保护补贴面积", 15, "≥46万亩", "46.3万亩", "15", ""),
    ("产出指标", "数量指标", "农机购置补贴机具台数", 10, "≥520台", "498台", "9.5", "部分农户购机推迟"),
    ("产出指标", "质量指标", "补贴资金发放准确率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴资金兑付及时率", 5, "≥95%", "100%", "5.5", ""),
    ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", 15, "≥72%", "70.4%", "12", "丘陵山区机械化难度大"),
    ("效益指标", "可持续影响指标", "耕地质量等级提升", 10, "≥0.2等", "0.15等", "7.5", "土壤改良周期较长"),
    ("满意度指标", "服务对象满意度指标", "受补贴农户满意度", 20, "≥90%", "87%", "16", "部分农户对补贴标准有意见"),
    ("满意度指标", "服务对象满意度指标", "农机合作社满意度", 5, "≥85%", "88%", "5", ""),
]

# jw08 福建 宁德 蕉城 某镇, project (special fund), 2021: the year and the unit only in the sheet's page header -------------
JW08: list[Row] = [
    ("产出指标", "数量指标", "清理整治违规养殖渔排面积", 20, "≥1500亩", "1620亩", "20", ""),
    ("产出指标", "数量指标", "新型环保浮球更换口数", 10, "≥8000口", "7650口", "9.5", "部分养殖户更换意愿不足"),
    ("产出指标", "质量指标", "整治区域验收合格率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "整治任务完成时限", 10, "T:2021年10月底前", "T:2021年10月完成", "10", ""),
    ("效益指标", "生态效益指标", "海域水质优良比例", 15, "≥85%", "88.6%", "15", ""),
    ("效益指标", "社会效益指标", "养殖户转产转业人数", 5, "≥60人", "54人", "4.5", "转产培训报名不足"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", 20, "≥85%", "91%", "20", ""),
]
