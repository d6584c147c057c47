# ruff: noqa: E501
"""Reports a01, a02, b07, b08 of the twenty-fourth set (Word, Word 97, Word → PDF): each returns (facts, ext, content).

Every unit, person and figure is invented. The builders (Word tables, the facts record) are the eighteenth set's,
the value helpers the seventeenth set's, the money block and indicator list the twentieth set's, the Word → .doc
conversion the seventeenth set's.
"""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from eighteenth_facts import EARNED, Made, Row, doc, docx_bytes, facts, form_rows, grade, r2, table
from make_seventeenth import convert
from twentieth_facts import indicators, money, scored
from twentieth_word import _paras, blank_repeats
from twentyfourth_text import HEAD, project_facts, project_rows

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_NS = (f'{_W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _box_paras(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in lines)


def _text_box(d: Any, lines: list[str], n: int, body: str = "") -> None:
    """A floating text box as Word 2010+ writes it: the DrawingML shape (wps:txbx) and, for older readers, the same
    text again in a VML fallback (v:textbox) — both inside one mc:AlternateContent in an otherwise empty paragraph;
    ``body`` (WordprocessingML: paragraphs and tables) in place of the ``lines``, which then only size the box."""
    body = body or _box_paras(lines)
    xml = (f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>900000</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="4000000" cy="{400000 * len(lines)}"/>'
           f'<wp:wrapTopAndBottom/><wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
           f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4000000" cy="{400000 * len(lines)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict><v:shape id="box{n}" style="position:absolute;width:315pt;height:{32 * len(lines)}pt" stroked="f">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    d.add_paragraph()._p.append(parse_xml(xml))


def _complex_field(p: Any, instr: str, result: str) -> None:
    """A field as Word writes most of them: begin / instruction / separate / cached result / end runs."""
    for part in ("begin", instr, "separate", result, "end"):
        run = OxmlElement("w:r")
        if part in ("begin", "separate", "end"):
            ch = OxmlElement("w:fldChar")
            ch.set(qn("w:fldCharType"), part)
            run.append(ch)
        elif part == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            run.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = result
            run.append(t)
        p._p.append(run)


def _field_cell(cell: Any, instr: str, result: str) -> None:
    p = cell.paragraphs[0]
    for r in list(p.runs):
        p._p.remove(r._r)
    _complex_field(p, instr, result)


def _page_footer(section: Any, pages: str) -> None:
    p = section.footer.paragraphs[0]
    p.add_run("第 ")
    _complex_field(p, " PAGE ", "1")
    p.add_run(" 页 共 ")
    _complex_field(p, " NUMPAGES ", pages)
    p.add_run(" 页")


def _landscape(d: Any) -> Any:
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.6)
    return sec


# a01 陕西 county project, docx: a cover page whose facts stand in a floating text box (DrawingML with its VML
# fallback, so the box's text is in the file twice); a running header naming the compilation, not the unit; a PAGE /
# NUMPAGES footer of complex fields; a section break to a landscape section that holds the form ----------------------
A01: list[Row] = [
    ("产出指标", "数量指标", "新建食用菌标准化大棚", 10, "≥120座", "126座", "10", ""),
    ("产出指标", "数量指标", "带动脱贫户发展食用菌", 10, "≥300户", "312户", "10", ""),
    ("产出指标", "质量指标", "大棚建设验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "大棚交付使用时间", 5, "T:2024年8月底前", "T:2024年8月22日", "5", ""),
    ("产出指标", "成本指标", "单座大棚建设补助标准", 5, "≤2.8万元", "2.75万元", "5", ""),
    ("效益指标", "经济效益指标", "带动户均增收", 15, "≥3000元", "2860元", "13.5", "菌菇市场价格下行，增收略低于目标"),
    ("效益指标", "可持续影响指标", "大棚设施使用年限", 15, "≥10年", "10年", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", 20, "≥90%", "94.8%", "20", ""),
]


def a01() -> Made:
    ini, adj, exe = "348.00", "362.50", "351.86"
    rt, es, tot = scored(exe, adj, A01)
    name, dept, impl = "食用菌产业提升项目", "柞水县农业农村局", "柞水县食用菌产业发展中心"
    d = doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "柞水县2024年度财政支出绩效自评资料汇编"
    _page_footer(sec, "3")
    title = d.add_paragraph()
    run = title.add_run("2024年度项目支出绩效自评报告")
    run.font.size = Pt(22)
    run.bold = True
    _text_box(d, [f"项目名称：{name}", f"主管部门：{dept}", f"实施单位（盖章）：{impl}", "项目负责人：刘建军",
                  "联系电话：0914-43XXXXX", "填报日期：2025年3月12日"], 1)
    d.add_page_break()
    _paras(d, ["一、项目基本情况",
               f"项目年初预算{ini}万元，年中追加14.50万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
               "二、绩效目标完成情况", "项目新建大棚126座，带动312户发展食用菌，受益农户满意度94.8%。"])
    land = _landscape(d)
    land.header.is_linked_to_previous = True
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2024年度）")
    form = project_rows(name, dept, impl, (ini, adj, exe), rt, es, A01, tot)
    rows = [*form[:7], ["年度总体目标", "新建食用菌标准化大棚120座以上，带动脱贫户300户以上发展食用菌产业", "", "", "", "", "", ""],
            ["实际完成情况", "新建大棚126座，带动312户，户均增收2860元", "", "", "", "", "", ""], *form[7:]]
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (7, 1, 7, 7), (8, 1, 8, 7)])
    _paras(d, [f"自评等级：{grade(tot)}"])
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A01, tot)
    return made, "docx", docx_bytes(d)


# a02 贵州 county project, Word 97 .doc (a unit's older Office saves it so): a covering letter first — 文号, 主送, the
# request, 附件 list, 盖章 / 日期 / 联系人 —, then 附件1 the form; half-point scores; the grade as check boxes
# ("☑优  □良  □中  □差") ---------------------------------------------------------------------------------------------
A02: list[Row] = [
    ("产出指标", "数量指标", "新建集中供水工程处数", 10, "≥8处", "8处", "10", ""),
    ("产出指标", "数量指标", "改造供水管网长度", 10, "≥46公里", "43.5公里", "9.5", "一处管线穿越林地，审批延后"),
    ("产出指标", "质量指标", "工程竣工验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024年10月底前", "T:2024年11月15日", "8.5", "雨季施工受阻，完工推迟半个月"),
    ("效益指标", "社会效益指标", "新增受益人口", 15, "≥1.2万人", "1.26万人", "15", ""),
    ("效益指标", "可持续影响指标", "工程运行管护制度建立率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 20, "≥90%", "96.1%", "20", ""),
]


def a02() -> Made:
    ini, adj, exe = "1260.00", "1318.60", "1276.45"
    rt, es, tot = scored(exe, adj, A02)
    name, dept, impl = "农村饮水安全巩固提升工程", "岑巩县水务局", "岑巩县农村供水管理站"
    d = doc()
    _paras(d, ["岑巩县水务局", "岑水函〔2025〕9号", "",
               "岑巩县水务局关于报送2024年度农村饮水安全巩固提升工程绩效自评结果的函", "县财政局：",
               "根据《关于开展2024年度财政支出绩效自评工作的通知》要求，我局组织对农村饮水安全巩固提升工程开展了绩效自评，"
               "现将自评结果报送你局，请审核。",
               "附件：1.项目支出绩效自评表", "      2.项目支出绩效自评报告", "",
               "岑巩县水务局（盖章）", "2025年3月20日", "（联系人：杨光明，联系电话：0855-35XXXXX）"])
    d.add_page_break()
    _paras(d, ["附件1", "项目支出绩效自评表", "（2024年度）"])
    rows = [*project_rows(name, dept, impl, (ini, adj, exe), rt, es, A02, tot),
            ["自评等级", "☑优    □良    □中    □差", "", "", "", "", "", ""]]
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (len(rows) - 1, 1, len(rows) - 1, 7)])
    _paras(d, ["填表人：吴小芳        审核人：杨光明        单位负责人：潘德华"])
    made = project_facts(name, dept, impl, (ini, adj, exe), rt, es, A02, tot)
    return made, "doc", convert(docx_bytes(d), "a02", "docx", "doc")


# b07 海南 town government, whole unit, docx: the form is one outer table whose 人员情况 and 预算资金 cells each hold a
# nested table (a table in a table cell); the indicator rows' 合计 and the money row's 执行率 are complex fields
# (fldChar begin / instrText / separate / result / end); header with the town's name, PAGE footer -----------------
B07: list[Row] = [
    ("产出指标", "数量指标", "农村人居环境整治村庄数", 10, "≥12个", "12个", "10", ""),
    ("产出指标", "数量指标", "基层矛盾纠纷排查化解件数", 10, "≥150件", "163件", "10", ""),
    ("产出指标", "质量指标", "惠民补贴发放准确率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "民生实事项目完成时间", 10, "T:2024年12月底前", "T:2024年12月20日", "10", ""),
    ("效益指标", "经济效益指标", "村集体经济收入10万元以上村占比", 10, "≥60%", "58.3%", "9.5", "两个村合作社项目投产延后"),
    ("效益指标", "社会效益指标", "群众信访事项按期办结率", 10, "≥95%", "97.4%", "10", ""),
    ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", 10, "≥90%", "92.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "辖区群众满意度", 20, "≥90%", "93.7%", "20", ""),
]


def _nested(cell: Any, rows: list[list[str]]) -> None:
    """A table inside ``cell`` (the cell's own paragraph left empty above it)."""
    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
    inner.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v


def b07() -> Made:
    ini, adj, exe = "1865.30", "2046.72", "1987.15"
    rt, es, tot = scored(exe, adj, B07)
    name = "琼中黎族苗族自治县湾岭镇人民政府"
    d = doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "湾岭镇人民政府"
    _page_footer(sec, "2")
    d.add_heading("湾岭镇2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, ["一、部门基本情况", "湾岭镇人民政府内设党政办公室、经济发展办公室、社会事务办公室、社会治理办公室4个综合办事机构，"
               "下设镇农业服务中心、镇社会事务服务中心2个事业单位。", "二、部门整体支出绩效自评表"])
    rows = [["部门（单位）名称", name, "", "", "", "", "", ""],
            ["人员情况", "", "", "", "", "", "", ""],
            ["预算资金（万元）", "", "", "", "", "", "", ""],
            HEAD, *blank_repeats(form_rows(B07)),
            ["合计", "", "", "", "", "90", "", ""]]
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 7), (2, 1, 2, 7)])
    t = d.tables[-1]
    _nested(t.cell(1, 1), [["编制数", "实有人数"], ["62", "58"]])
    _nested(t.cell(2, 1), [["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                           [ini, adj, exe, "10", "", str(es)]])
    inner = t.cell(2, 1).tables[0]
    _field_cell(inner.cell(1, 4), " =C2/B2*100 \\# \"0.00'%'\" ", f"{rt}%")
    _field_cell(t.cell(len(rows) - 1, 6), " =SUM(ABOVE) ", str(r2(tot - es)))
    _paras(d, ["三、自评结论", f"经自评，湾岭镇2024年度部门整体支出绩效自评得分{tot}分（预算执行率得分{es}分，绩效指标得分{r2(tot - es)}分），"
               f"自评等级为“{grade(tot)}”。"])
    unit = {"name": name, "staff_establishment": 62, "staff_total": 58,
            "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "社会治理办公室"], "internal_bodies_count": 4,
            "subordinate_bodies": ["镇农业服务中心", "镇社会事务服务中心"], "subordinate_bodies_count": 2}
    return facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B07), tot, stated_grade=EARNED), "docx", docx_bytes(d)


# b08 黑龙江 county bureau, whole unit, Word → PDF in landscape: a two-row header (绩效指标 over 一级 / 二级 / 三级, 指标值
# over 年度目标值 / 实际完成值), the money columns headed with their unit ("年初预算数（万元）"), the staff sentence with the
# establishment's own parts in brackets, half-point scores, and a signature block (签字 lines, 盖章, 填报日期 of 2025) ---
B08: list[Row] = [
    ("产出指标", "数量指标", "农机购置补贴受益户数", 10, "≥1800户", "1862户", "10", ""),
    ("产出指标", "数量指标", "黑土地保护性耕作面积", 10, "≥42万亩", "43.6万亩", "10", ""),
    ("产出指标", "质量指标", "耕地质量等级提升", 10, "≥0.2等", "0.18等", "9", "当年有机肥施用推广面积不足"),
    ("产出指标", "时效指标", "补贴资金兑付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "粮食总产量", 10, "≥68万吨", "69.2万吨", "10", ""),
    ("效益指标", "社会效益指标", "农业社会化服务覆盖率", 10, "≥65%", "61.5%", "9.5", "部分乡镇服务组织培育不足"),
    ("效益指标", "生态效益指标", "秸秆综合利用率", 10, "≥93%", "94.2%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 20, "≥90%", "92.8%", "20", ""),
]


def b08() -> Made:
    ini, adj, exe = "3126.40", "3482.16", "3395.07"
    rt, es, tot = scored(exe, adj, B08)
    name = "桦南县农业农村局"
    d = doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.6)
    d.add_heading(f"{name}2024年度部门整体支出绩效自评报告", level=1)
    _paras(d, ["一、基本情况",
               "我局现有编制45个（行政编制38个、工勤编制7个），实有人员43人，内设办公室、计划财务股、种植业股、畜牧兽医股、农村经营管理股5个股室。",
               f"2024年度年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
               "二、部门整体支出绩效自评表"])
    head1 = ["绩效指标", "", "", "指标值", "", "分值", "得分", "偏差原因分析及改进措施"]
    head2 = ["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "", "", ""]
    money_rows = [["预算资金", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分", ""],
                  ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""]]
    rows = [*money_rows, head1, head2, *blank_repeats(form_rows(B08)), ["总分", "", "", "", "", "100", str(tot), ""]]
    table(d, rows, merges=[(2, 0, 2, 2), (2, 3, 2, 4), (2, 5, 3, 5), (2, 6, 3, 6), (2, 7, 3, 7)])
    _paras(d, [f"自评得分：{tot}分        自评等级：{grade(tot)}", "",
               "单位负责人（签字）：                财务负责人（签字）：                填表人：赵丽娟",
               "联系电话：0454-62XXXXX                                    填报日期：2025年3月26日",
               "（单位盖章）"])
    unit = {"name": name, "staff_establishment": 45, "staff_total": 43,
            "internal_bodies": ["办公室", "计划财务股", "种植业股", "畜牧兽医股", "农村经营管理股"], "internal_bodies_count": 5}
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), indicators(rt, es, B08), tot, full_mark=100, stated_grade=EARNED)
    return made, "pdf", docx_bytes(d)


WORD = {
    "a01-sn-zhashui-mushroom-project-docx-text-box-cover": a01,
    "a02-gz-cengong-water-project-doc-covering-letter": a02,
    "b07-hi-wanling-town-whole-docx-nested-cell-tables": b07,
    "b08-hl-huanan-agriculture-whole-pdf-two-row-header-signatures": b08,
}
