# ruff: noqa: E501
"""Reports sy01, sy02, sy04, sy05 of the sixty-first set, each returning (facts, ext, content): a Beijing education
commission's whole-unit report as a Word file with a table of contents, running headers and footnotes and a
项目支出绩效自评结果汇总表 beside its own form; a Tianjin city-management commission's project report as a PDF whose
indicator table stands on a landscape page stored rotated; a Chongqing civil-affairs bureau's whole-unit report as
.rtf with targets worded 不低于 / 不超过 / 控制在…以内 / 较上年提高; a Beijing justice bureau's project report as .odt
whose grade is written 良好 and whose score is cited in the prose.
Every unit, person and figure is invented (real districts, invented bodies and figures).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pypdfium2 as pdfium
from corpus_build import Row
from docx.enum.section import WD_ORIENT, WD_SECTION
from eighteenth_facts import Made, doc, docx_bytes, table
from make_seventeenth import convert
from sixtyfirst_facts import (
    HEAD,
    WORD,
    YEAR,
    Project,
    cells,
    money_block,
    project_facts,
    summary_rows,
    whole_facts,
    whole_rows,
)

# sy01 北京 海淀区, whole unit, .docx: a 目录 of the report's sections with page numbers, a running header and a page
# footer in every section, three footnotes (one on the budget sentence); the 项目支出绩效自评结果汇总表 of six projects
# (grades 优秀 / 良好 / 中等) and a project's score cited in the prose before the unit's own form -----------------------
SY01: list[Row] = [
    ("产出指标", "数量指标", "新增中小学学位数", 10, "不少于3000个", "3260个", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥12000人次", "12850人次", "10", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 10, "≥99%", "99.6%", "10", ""),
    ("产出指标", "时效指标", "生均公用经费拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", 15, "≥90%", "88.2%", "13.5", "两所新建园开办推迟至次年春季"),
    ("效益指标", "可持续影响指标", "校舍安全隐患整改完成率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 10, "≥90%", "92.8%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "教职工满意度", 10, "≥85%", "87.5%", "10", ""),
]
SY01_PROJECTS: list[Project] = [
    ("学前教育普惠性资源扩增补助", "6820.00", "6412.36", "86.50"),
    ("中小学校舍维修改造", "9340.00", "9287.15", "95.20"),
    ("教师队伍培训经费", "1260.00", "1231.48", "93.00"),
    ("课后服务补助", "3580.00", "3496.20", "91.60"),
    ("学校食堂设备更新", "980.00", "702.34", "72.40"),
    ("教育信息化运维", "2150.00", "2104.77", "90.80"),
]


def _footnoted(body: bytes, notes: list[str]) -> bytes:
    """The docx ``body`` with each ``[[n]]`` marker replaced by a footnote reference whose text is ``notes[n]``."""
    zin = zipfile.ZipFile(io.BytesIO(body))
    files = {n: zin.read(n) for n in zin.namelist()}
    xml = files["word/document.xml"].decode()
    for i in range(len(notes)):
        ref = (f'</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i + 1}"/>'
               '</w:r><w:r><w:t xml:space="preserve">')
        xml = xml.replace(f"[[{i}]]", ref)
    files["word/document.xml"] = xml.encode()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body_notes = "".join(
        f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {n}</w:t></w:r></w:p></w:footnote>' for i, n in enumerate(notes))
    files["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {ns}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + body_notes + "</w:footnotes>").encode()
    files["[Content_Types].xml"] = files["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.footnotes+xml"/></Types>').encode()
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                            'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return out.getvalue()


def _running(d: Any, head: str) -> None:
    """A running header and a page footer on every section of ``d``."""
    for sec in d.sections:
        sec.header.paragraphs[0].text = head
        sec.footer.paragraphs[0].text = "— 教育委员会财务科编印 —"


def sy01() -> Made:
    unit = "北京市海淀区教育委员会"
    money = ("48620.35", "52184.60", "50962.18")
    income = [("财政拨款收入", "50318.42"), ("事业收入", "1246.30"), ("其他收入", "385.12")]
    spent = [("基本支出", "26415.88"), ("项目支出", "24546.30")]
    f, rt, es, tot = whole_facts(unit, money, SY01, 4, income=income, spent=spent, staff=(186, 171))
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("目　　录")
    for k, (entry, page) in enumerate([("一、部门基本情况", 1), ("二、部门收支情况", 1), ("三、项目支出绩效自评情况", 2),
                                       ("四、部门整体支出绩效自评表", 3), ("五、存在的问题及改进措施", 4)]):
        d.add_paragraph(f"{entry}\t{page}" if k % 2 == 0 else f"{entry}{'.' * 24}{page}")
    d.add_page_break()
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph(f"本委为区政府工作部门，负责全区学前教育、义务教育、高中阶段教育和教师队伍建设。年末编制{f['unit']['staff_establishment']}名，"
                    f"实有在职人员{f['unit']['staff_total']}名[[0]]；局机关设科室14个，所属中小学、幼儿园及直属事业单位共96个。")
    d.add_paragraph("二、部门收支情况")
    d.add_paragraph(f"{YEAR}年年初预算{money[0]}万元[[1]]，年中追加调整后全年预算{money[1]}万元，全年支出{money[2]}万元，"
                    f"预算执行率{rt}%。本年收入合计{f['budget']['income_total']}万元，其中：" + "，".join(f"{n}{a}万元" for n, a in income)
                    + f"。本年支出合计{f['budget']['expenditure_total']}万元，其中：" + "；".join(f"{n}{a}万元" for n, a in spent) + "。")
    d.add_paragraph("三、项目支出绩效自评情况")
    d.add_paragraph(f"本委{YEAR}年度纳入自评的项目共{len(SY01_PROJECTS)}个，自评结果见下表。其中“{SY01_PROJECTS[0][0]}”项目自评得分"
                    f"{SY01_PROJECTS[0][3]}分，等级为良好[[2]]；“{SY01_PROJECTS[4][0]}”项目因设备招标流标，执行率偏低，自评得分{SY01_PROJECTS[4][3]}分，等级中等。")
    d.add_paragraph("表1　项目支出绩效自评结果汇总表")
    table(d, summary_rows(SY01_PROJECTS))
    d.add_paragraph("四、部门整体支出绩效自评表")
    rows = [["部门名称", unit, "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""],
            ["", "年度资金总额", *money, f"{rt}%", "", ""],
            ["年度总体目标", "新增学位3000个以上，完成教师全员培训，普惠性幼儿园覆盖率达到90%。", "", "", "", "", "", ""],
            HEAD, *whole_rows(SY01, 4, rt, es),
            ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]
    last = len(rows) - 1
    table(d, rows, [(0, 1, 0, 7), (1, 0, 2, 0), (3, 1, 3, 7), (last, 0, last, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("五、存在的问题及改进措施")
    d.add_paragraph("新建幼儿园开办进度滞后、个别项目执行率偏低。下一步将加强项目前期论证，按月通报执行进度。")
    _running(d, f"海淀区教育委员会{YEAR}年度部门整体支出绩效自评报告")
    notes = ["实有人数含借调人员3名，不含劳务派遣人员。",
             "年初预算含上年结转资金1204.50万元。",
             "项目得分按区财政局项目支出绩效评价指标体系计算，满分100分。"]
    return f, "docx", _footnoted(docx_bytes(d), notes)


# sy02 天津 南开区, project, .pdf: the prose and money block on portrait pages, the indicator table on a landscape page
# stored as a portrait page turned a quarter (/Rotate 90 over content drawn sideways); targets with ＞ and ＜ ----------
SY02: list[Row] = [
    ("产出指标", "数量指标", "背街里巷环境整治条数", 15, "≥45条", "47条", "15", ""),
    ("产出指标", "数量指标", "新增公共停车泊位", 10, "＞600个", "640个", "10", ""),
    ("产出指标", "质量指标", "道路保洁质量达标率", 10, "≥95%", "96.4%", "10", ""),
    ("产出指标", "时效指标", "市民投诉处置时限", 10, "＜48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "每平方米整治成本", 5, "≤180元", "176元", "5", ""),
    ("效益指标", "社会效益指标", "城市管理考核排名", 15, "T:全市前五名", "T:全市第六名", "12", "市容秩序指标失分较多"),
    ("效益指标", "生态效益指标", "道路扬尘污染投诉下降率", 15, "≥10%", "12.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "周边居民满意度", 10, "≥90%", "91.2%", "10", ""),
]


def _rotated(pdf: bytes) -> bytes:
    """``pdf`` with each landscape page stored as a portrait page whose content is drawn a quarter turn round and whose
    /Rotate 90 turns it back for the reader."""
    src = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    for i in range(len(src)):
        w, h = src[i].get_size()
        if w <= h:
            out.import_pages(src, [i])
            continue
        page = out.new_page(h, w)
        obj: Any = src.page_as_xobject(i, out).as_pageobject()
        obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, h, 0))
        page.insert_obj(obj)
        page.gen_content()
        page.set_rotation(90)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def sy02() -> Made:
    unit, dept = "天津市南开区市容环境管理中心", "天津市南开区城市管理委员会"
    proj = "2023年背街里巷环境提升及停车设施建设项目"
    money = ("2380.00", "2516.40", "2447.92")
    f, rt, es, tot = project_facts(unit, dept, proj, money, SY02)
    d = doc()
    d.add_paragraph(f"{YEAR}年度项目支出绩效自评报告")
    d.add_paragraph(f"项目名称：{proj}")
    d.add_paragraph(f"主管部门：{dept}　　实施单位：{unit}")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph("项目用于全区背街里巷环境整治和老旧片区公共停车设施建设，年度计划整治背街里巷45条以上，新增停车泊位600个以上。")
    d.add_paragraph("二、项目资金情况")
    table(d, money_block(money, rt, es))
    d.add_paragraph("三、绩效指标完成情况见附表（横向页）。")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("附表：项目支出绩效指标自评表")
    table(d, [HEAD, *(cells(r) for r in SY02), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]],
          vmerge_cols=(0, 1))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph(f"四、自评结论：本项目自评总分{tot}分，等级为{f['stated_grade']}。城市管理考核排名未达目标，下一步将加强市容秩序巡查。")
    d.add_paragraph("填报人：刘思远　　审核人：马宏　　填报日期：2024年3月18日")
    return f, "pdf", _rotated(convert(docx_bytes(d), "sy02", "docx", "pdf"))


# sy04 重庆 渝北区, whole unit, .rtf: targets worded 不低于 / 不超过 / 控制在…以内 / 较上年提高 and the actuals as
# figures; the money and staff in prose, the form with its 预算执行率 row among the 管理效率 rows ----------------------
SY04: list[Row] = [
    ("产出指标", "运行成本", "“三公”经费支出", 5, "不超过12万元", "10.6万元", "5", ""),
    ("产出指标", "运行成本", "一般性支出压减比例", 5, "控制在5%以内", "4.2%", "5", ""),
    ("产出指标", "管理效率", "政府采购执行率", 5, "不低于95%", "98.3%", "5", ""),
    ("产出指标", "履职效能", "城乡低保动态管理率", 10, "100%", "100%", "10", ""),
    ("产出指标", "履职效能", "特困人员集中供养能力", 10, "T:较上年提高", "T:较上年提高6个百分点", "10", ""),
    ("产出指标", "履职效能", "社区养老服务站建成数", 10, "不少于18个", "16个", "8.5", "两处站点选址调整"),
    ("效益指标", "社会效应", "临时救助及时率", 15, "不低于98%", "99.1%", "15", ""),
    ("效益指标", "社会效应", "困难群众救助资金发放准确率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度", "救助对象满意度", 20, "不低于90%", "94.5%", "20", ""),
]


def sy04() -> Made:
    unit = "重庆市渝北区民政局"
    money = ("31420.50", "33106.80", "32688.45")
    spent = [("基本支出", "2865.30"), ("项目支出", "29823.15")]
    f, rt, es, tot = whole_facts(unit, money, SY04, 3, spent=spent, staff=(58, 55))
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("一、部门概况")
    d.add_paragraph(f"我局内设科室8个，下属事业单位5个，核定编制{f['unit']['staff_establishment']}人，年末实有人员{f['unit']['staff_total']}人。")
    d.add_paragraph("二、预算收支情况")
    d.add_paragraph(f"{YEAR}年年初预算{money[0]}万元，全年预算调整为{money[1]}万元，全年实际支出{money[2]}万元，预算执行率{rt}%。"
                    f"其中：基本支出{spent[0][1]}万元；项目支出{spent[1][1]}万元，主要用于城乡低保、特困供养和临时救助。")
    d.add_paragraph("三、部门整体支出绩效自评表")
    rows = [["单位名称", unit, "", "", "", "", "", ""], HEAD, *whole_rows(SY04, 3, rt, es),
            ["合计", "", "", "", "", "100", str(tot), f"等级：{WORD[f['stated_grade']]}"]]
    last = len(rows) - 1
    table(d, rows, [(0, 1, 0, 7), (last, 0, last, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：我局{YEAR}年度部门整体支出绩效自评得分{tot}分，评价等级为{WORD[f['stated_grade']]}。")
    return f, "rtf", convert(docx_bytes(d), "sy04", "docx", "rtf")


# sy05 北京 朝阳区, project, .odt: the form without its total row; the score and the grade (良好) cited in the prose of
# the conclusion only, the budget told in a sentence as well as the money block -------------------------------------
SY05: list[Row] = [
    ("产出指标", "数量指标", "法律援助案件办理数", 15, "≥2400件", "2286件", "13.5", "刑事案件通知辩护数量下降"),
    ("产出指标", "数量指标", "公共法律服务站点覆盖村居数", 10, "≥420个", "426个", "10", ""),
    ("产出指标", "质量指标", "法律援助案件质量评查合格率", 10, "≥95%", "93%", "8", "部分卷宗归档不规范"),
    ("产出指标", "时效指标", "援助申请审查办结时限", 10, "≤7个工作日", "5个工作日", "10", ""),
    ("效益指标", "社会效益指标", "为受援人挽回经济损失", 15, "≥3000万元", "2650万元", "12.5", "劳动争议案件标的额小于上年"),
    ("效益指标", "可持续影响指标", "村居法律顾问服务长效机制", 10, "T:健全", "T:基本健全", "8", "个别村居顾问到岗率低"),
    ("满意度指标", "服务对象满意度指标", "受援群众满意度", 20, "≥90%", "86.2%", "16", "部分受援人对办案周期不满意"),
]


def sy05() -> Made:
    unit, dept = "北京市朝阳区法律援助中心", "北京市朝阳区司法局"
    proj = "法律援助及公共法律服务体系建设经费"
    money = ("1860.00", "1920.00", "1786.42")
    f, rt, es, tot = project_facts(unit, dept, proj, money, SY05)
    del f["full_mark"]  # the form has no total row and the prose names no full mark
    d = doc()
    d.add_paragraph(f"{proj}{YEAR}年度绩效自评报告")
    d.add_paragraph(f"一、项目概况。本项目由{dept}主管、{unit}实施，用于法律援助案件补贴和村居法律顾问服务。")
    d.add_paragraph(f"二、资金使用。年初预算{money[0]}万元，调整后全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。")
    d.add_paragraph("三、项目支出绩效自评表")
    rows = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            *money_block(money, rt, es), HEAD, *(cells(r) for r in SY05)]
    table(d, rows, [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0)], vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论。经综合评价，本项目{YEAR}年度绩效自评得分为{tot}分，自评等级为“{WORD[f['stated_grade']]}”。"
                    "法律援助案件数量、挽回经济损失未达年度目标。")
    return f, "odt", convert(docx_bytes(d), "sy05", "docx", "odt")


REPORTS: dict[str, Any] = {
    "sy01-bj-haidian-education-whole-docx-toc-footnotes": sy01,
    "sy02-tj-nankai-citymgmt-project-pdf-rotated-page": sy02,
    "sy04-cq-yubei-civil-affairs-whole-rtf-worded-bounds": sy04,
    "sy05-bj-chaoyang-justice-project-odt-grade-in-prose": sy05,
}
