# ruff: noqa: E501
"""Reports sx01, sx03, sx07 of the sixtieth set, each returning (facts, ext, content): 2024 project self-evaluations
of special-bond (专项债券) and government-fund (政府性基金) projects — a Jiangsu district's bond form as a Word file
still holding its reviewer's tracked changes (w:ins / w:del) and comments, a Hubei district's bond form copied out of a
document viewer with the page header and the 第 N 页 共 M 页 footer repeated inside the table, a Hubei district's
government-fund report as a .wps whose indicator table has 指标解释 / 评分标准 / 扣分原因 columns.
Every unit, person and figure is invented (real provinces and districts, invented bodies, projects and figures).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from corpus_build import Row
from eighteenth_facts import D, Made, doc, docx_bytes, table
from make_seventeenth import convert
from seventeenth_facts import shown
from sixtieth_facts import HEAD, YEAR, Funds, cells, money_block, project_facts

# sx01 江苏 盐城市大丰区, project, .docx: a special-bond form a reviewer went over with Word's change tracking on — a
# score, an actual and the total each deleted and rewritten (w:del / w:ins), a whole 其中 row's executed figure
# corrected, two comments anchored on cells; the money block has 债券资金 / 配套资金 / 自筹资金 rows ---------------------
SX01: list[Row] = [
    ("产出指标", "数量指标", "新建污水收集管网长度", 15, "≥22公里", "22.6公里", "15", ""),
    ("产出指标", "数量指标", "新建提升泵站数量", 10, "T:3-5座", "4座", "10", ""),
    ("产出指标", "质量指标", "管网闭水试验合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "主体工程完工时间", 10, "T:2024年12月31日前", "T:2025年2月", "7.5", "冬季停工两个月，主体工程延至次年完工"),
    ("效益指标", "经济效益指标", "污水处理费收入", 10, "≥380万元", "352万元", "8.5", "接管企业投产晚于预期，收费不足"),
    ("效益指标", "生态效益指标", "城镇污水集中收集率", 15, "T:85%–95%", "88.4%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线居民满意度", 10, "≥90%", "93%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "接管企业满意度", 10, "≥90%", "91.5%", "9.5", "部分企业对接管费用有异议"),
]
# (row index, column index, the text deleted, the text inserted): what the reviewer changed
SX01_CHANGES = [(4, 4, "368万元", "352万元"), (4, 6, "10", "8.5"), (7, 6, "10", "9.5")]


def _revised(body: bytes, marks: dict[str, tuple[str, str]], comments: dict[str, str]) -> bytes:
    """The docx ``body`` with each ``@@Kn@@`` run replaced by a tracked deletion and insertion, and each ``@@Cn@@``
    run's text given a comment."""
    zin = zipfile.ZipFile(io.BytesIO(body))
    files = {n: zin.read(n) for n in zin.namelist()}
    xml = files["word/document.xml"].decode()
    run = r"<w:r>((?:(?!</w:r>).)*?)<w:t[^>]*>{}</w:t></w:r>"
    for i, (key, (old, new)) in enumerate(marks.items()):
        def change(m: re.Match[str], i: int = i, old: str = old, new: str = new) -> str:
            rpr = m.group(1)
            return (f'<w:del w:id="{100 + 2 * i}" w:author="区财政局 周审核" w:date="2025-04-08T10:12:00Z"><w:r>{rpr}'
                    f"<w:delText>{old}</w:delText></w:r></w:del>"
                    f'<w:ins w:id="{101 + 2 * i}" w:author="区财政局 周审核" w:date="2025-04-08T10:12:00Z"><w:r>{rpr}'
                    f"<w:t>{new}</w:t></w:r></w:ins>")
        xml = re.sub(run.format(re.escape(key)), change, xml, count=1)
    notes = []
    for i, (key, (text, note)) in enumerate(((k, v) for k, v in comments.items())):
        def anchor(m: re.Match[str], i: int = i, text: str = text) -> str:
            return (f'<w:commentRangeStart w:id="{i}"/><w:r>{m.group(1)}<w:t>{text}</w:t></w:r>'
                    f'<w:commentRangeEnd w:id="{i}"/><w:r><w:commentReference w:id="{i}"/></w:r>')
        xml = re.sub(run.format(re.escape(key)), anchor, xml, count=1)
        notes.append(f'<w:comment w:id="{i}" w:author="区财政局 周审核" w:date="2025-04-08T10:20:00Z" w:initials="周">'
                     f"<w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:comment>")
    files["word/document.xml"] = xml.encode()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    files["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {ns}>'
                                  + "".join(notes) + "</w:comments>").encode()
    ct = files["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.comments+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode()
    rels = files["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                            'relationships/comments" Target="comments.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return out.getvalue()


def sx01() -> Made:
    funds: Funds = [("债券资金", "1800.00", "1800.00", "1764.20"), ("配套资金", "420.00", "465.00", "448.36"),
                    ("自筹资金", "120.00", "120.00", "96.50")]
    unit, dept = "盐城市大丰区城镇污水处理管理所", "盐城市大丰区住房和城乡建设局"
    proj = "大丰区西团片区污水管网完善工程（专项债券项目）"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX01)
    old_tot = tot + D(2)  # the two rewritten scores were 10 each
    rows = [cells(r) for r in SX01]
    marks: dict[str, tuple[str, str]] = {}
    for n, (i, j, old, new) in enumerate(SX01_CHANGES):
        rows[i][j] = f"@@K{n}@@"
        marks[f"@@K{n}@@"] = (old, new)
    marks["@@KT@@"] = (str(old_tot), str(tot))
    marks["@@KE@@"] = ("95.80", "96.50")
    d = doc()
    d.add_paragraph(f"{YEAR}年度地方政府专项债券项目绩效自评表")
    d.add_paragraph("填报单位（盖章）：" + unit + "　　　　金额单位：万元")
    block = money_block(funds, money, rt, es)
    block[-1][4] = "@@KE@@"
    block[1][4] = "@@C0@@"
    head = [["项目名称", proj, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            *block,
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "新建污水收集管网22公里、提升泵站3至5座，片区城镇污水集中收集率达到85%以上。", "", "",
             "建成管网22.6公里、泵站4座，收集率88.4%；主体工程于2025年2月完工。", "", "", ""],
            HEAD, *rows, ["总分", "", "", "", "", "100", "@@KT@@", "@@C1@@"]]
    n = len(head)
    table(d, head, [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (n - 1, 0, n - 1, 4)])
    d.add_paragraph("填表人：陈晓岚　　联系电话：0515-8352XXXX　　填报日期：2025年3月31日")
    comments = {"@@C0@@": (money[2], "执行数请与国库支付系统核对，已核对无误。"),
                "@@C1@@": (f["stated_grade"], "修改后总分请同步更新自评报告正文。")}
    return f, "docx", _revised(docx_bytes(d), marks, comments)


# sx03 湖北 孝感市孝南区, project, .txt: a special-bond form copied out of a document viewer — each table row one line of
# cells a space apart, the viewer's running header (the site's column name) and its 第 N 页 共 M 页 footer repeated
# where the pages broke, twice inside the indicator table ---------------------------------------------------------------
SX03: list[Row] = [
    ("产出指标", "数量指标", "新建教学楼建筑面积", 15, "≥8600平方米", "8720平方米", "15", ""),
    ("产出指标", "数量指标", "新增学位数", 10, "≥900个", "900个", "10", ""),
    ("产出指标", "质量指标", "单位工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目竣工时间", 10, "T:2024年8月31日前", "T:2024年8月26日", "10", ""),
    ("产出指标", "成本指标", "每平方米建安成本", 5, "≤3200元", "3185元", "5", ""),
    ("效益指标", "社会效益指标", "大班额化解比例", 15, "≥90%", "86%", "12.5", "两所小学生源增长快于预期"),
    ("效益指标", "可持续影响指标", "校舍设计使用年限", 10, "≥50年", "50年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 15, "≥90%", "94.2%", "15", ""),
]


def sx03() -> Made:
    funds: Funds = [("债券资金", "3000.00", "3000.00", "3000.00"), ("配套资金", "650.00", "712.40", "688.15")]
    unit, dept = "孝感市孝南区教育基建服务中心", "孝感市孝南区教育局"
    proj = "孝南区城区义务教育学校扩容建设项目"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX03)
    running = "孝南区人民政府门户网站 > 信息公开 > 财政预决算"

    def page(n: int) -> list[str]:
        return ["", f"第 {n} 页 共 3 页", "", running, ""]

    lines = [running, "", f"{YEAR}年度专项债券项目支出绩效自评表", "",
             f"项目名称 {proj}", f"主管部门 {dept} 实施单位 {unit}",
             *(" ".join(c for c in row if c) for row in money_block(funds, money, rt, es)),
             "年度总体目标 预期目标 实际完成情况",
             "新建教学楼8600平方米以上，新增学位900个，化解城区学校大班额。 建成教学楼8720平方米，新增学位900个，大班额化解比例86%。",
             *page(1),
             " ".join(HEAD)]
    for k, r in enumerate(SX03):
        lines.append(" ".join(c for c in cells(r) if c))
        if k == 4:
            lines.extend(page(2))
    lines += [f"总分 100 {tot} {f['stated_grade']}", "填报人：胡立新 审核人：汪敏 填报日期：2025年4月2日", *page(3)]
    return f, "txt", "\n".join(lines) + "\n"


# sx07 湖北 荆州市沙市区, project, .wps: a government-fund (国有土地使用权出让收入安排) report whose indicator table has
# 指标解释 / 评分标准 / 扣分原因 columns after the names and no 偏差 column; the fund sources in the prose -----------------
# (一级, 二级, 三级, 指标解释, 评分标准, 分值, 年度指标值, 实际完成值, 得分, 扣分原因)
SX07: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "改造老旧小区数量", "年度内完成改造的小区个数", "完成得满分，每少1个扣2分", "15", "≥12个", "12个", "15", ""),
    ("产出指标", "数量指标", "加装电梯部数", "完成安装并通过验收的电梯部数", "按完成比例计分", "10", "T:20-25部", "22部", "10", ""),
    ("产出指标", "质量指标", "竣工验收合格率", "验收合格小区/完工小区", "100%得满分", "10", "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "改造任务完成时限", "全部小区完工时间", "按期得满分，逾期一月扣1分", "10", "T:2024年11月30日前", "T:2024年12月25日", "9", "两个小区管线迁改延误"),
    ("效益指标", "社会效益指标", "受益居民户数", "改造小区内住户数", "达到目标得满分", "15", "≥2600户", "2684户", "15", ""),
    ("效益指标", "可持续影响指标", "小区长效管理机制建立率", "建立物业或自治管理的小区比例", "≥90%得满分，每低5个百分点扣1分", "15", "≥90%", "83.3%", "13.5", "两个小区业主委员会尚未成立"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "抽样问卷满意比例", "≥90%得满分", "15", "≥90%", "92.4%", "15", ""),
]


def sx07() -> Made:
    funds: Funds = [("政府性基金预算资金", "1500.00", "1680.00", "1612.74"), ("自筹资金", "200.00", "200.00", "185.30")]
    unit, dept = "荆州市沙市区城市更新服务中心", "荆州市沙市区住房和城乡建设局"
    proj = "2024年城镇老旧小区改造项目"
    rows: list[Row] = [(r[0], r[1], r[2], int(r[5]), r[6], r[7], r[8], r[9]) for r in SX07]
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, rows, full_mark=None)
    f["budget"]["fund_rows"] = [{"name": n, "initial": D(ini)} for n, ini, _, _ in funds]  # the prose states the parts of the initial budget only
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度{proj}绩效自评报告")
    d.add_paragraph("一、项目概况")
    d.add_paragraph(f"本项目由{dept}主管、{unit}实施，资金来源为政府性基金预算（国有土地使用权出让收入安排）及单位自筹。"
                    "年内计划改造老旧小区12个，加装电梯20至25部。")
    d.add_paragraph("二、资金投入和使用情况")
    d.add_paragraph(f"项目年初预算{money[0]}万元，其中政府性基金预算资金{funds[0][1]}万元、自筹资金{funds[1][1]}万元；"
                    f"年中追加政府性基金{D(funds[0][2]) - D(funds[0][1])}万元，全年预算{money[1]}万元。"
                    f"全年执行{money[2]}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效目标完成情况")
    d.add_paragraph("项目预算执行率分值10分，按执行率计分得" + str(es) + "分。各项指标完成情况见下表：")
    ind = [["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "年度指标值", "实际完成值", "得分", "扣分原因"],
           *([r[0], r[1], r[2], r[3], r[4], r[5], shown(r[6]), shown(r[7]), r[8], r[9]] for r in SX07),
           ["合计", "", "", "", "", "90", "", "", str(tot - es), ""]]
    table(d, ind, vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：项目自评得分{tot}分（含预算执行率得分），自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("五、存在的问题及改进措施")
    d.add_paragraph("部分小区管线迁改协调周期长，长效管理机制建立滞后，下一步将提前开展管线摸排。")
    return f, "wps", convert(convert(docx_bytes(d), "sx07", "docx", "odt"), "sx07", "odt", "doc")


REPORTS: dict[str, Any] = {
    "sx01-js-dafeng-bond-sewer-project-docx-tracked-changes": sx01,
    "sx03-hb-xiaonan-bond-school-project-txt-viewer-pages": sx03,
    "sx07-hb-shashi-fund-estate-project-wps-deduction-reasons": sx07,
}
