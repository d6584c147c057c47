# ruff: noqa: E501
"""Reports ss01, ss04, ss05, ss08 of the sixty-second set, each returning (facts, ext, content): a Shandong hospital's
project form as the 一体化 system's text print (tab-separated cells, 打印时间 / 操作员 lines, money in 元, 指标性质 /
指标方向 / 度量单位 columns, N/A cells); a Liaoning university's whole-unit report as a .docx whose form is only an
attachment listed at its end (file names in eight formats, one of the next year); a Liaoning CDC's whole-unit form as
the system's HTML print preview (the indicator table over two printed pages, its thead repeated, a page total under
each part); a Shandong university's project notice as a saved .mhtml, the 附件 list of the notice then the form its
page shows under it.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row
from eighteenth_facts import D, Made, doc, docx_bytes, yuan
from fifth_shapes import esc, html_table, paragraphs_html
from fourteenth_base import mhtml
from sixtyfirst_facts import WORD
from sixtysecond_facts import SYS_HEAD, YEAR, printed, project, project_rows, whole, whole_sys_rows, yuan_money

# ss01 山东 临沂, project, .txt: the system's print of a 项目支出绩效自评表 as text — cells separated by tabs, the
# running line (打印时间 / 操作员 / 第1页/共1页) first, money in 元, the indicator table in the system's columns --------------
SS01: list[Row] = [
    ("产出指标", "数量指标", "基层医务人员进修培训人数", 15, "≥120人", "126人", "15", ""),
    ("产出指标", "数量指标", "远程会诊覆盖乡镇卫生院数", 10, "≥18个", "18个", "10", ""),
    ("产出指标", "质量指标", "进修人员考核合格率", 10, "≥95%", "97.6%", "10", ""),
    ("产出指标", "时效指标", "培训任务完成时限", 10, "T:2022年11月底前", "T:2022年11月25日", "10", ""),
    ("产出指标", "成本指标", "人均进修补助标准", 5, "≤6500元", "6380元", "5", ""),
    ("效益指标", "社会效益指标", "基层首诊率提升", 15, "T:较上年提高", "T:提高2.1个百分点", "13", "部分乡镇卫生院人员流动较大"),
    ("效益指标", "可持续影响指标", "县域就诊率", 10, "≥90%", "88.4%", "9", "疫情期间部分患者外转"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", 15, "≥90%", "94.3%", "15", ""),
]


def ss01() -> Made:
    unit, dept = "临沂市兰陵县人民医院", "兰陵县卫生健康局"
    proj = "2022年县域医共体基层人才培训项目"
    money = ("186.00", "196.50", "187.42")
    f, rt, es, tot = project(unit, dept, proj, money, SS01)
    tab = "\t".join
    lines = [printed("371324_liuhm", "2023-04-11 09:36:52", 1, 1, "山东省"), "",
             "项目支出绩效自评表", f"（{YEAR}年度）", "",
             tab(["项目名称", proj]), tab(["主管部门", dept, "实施单位", unit]),
             *(tab(r) for r in yuan_money(money, rt, es)),
             tab(["年度总体目标", "预期目标", "实际完成情况"]),
             tab(["", "完成基层医务人员进修培训，扩大远程会诊覆盖面。", "完成进修培训126人，远程会诊覆盖全县乡镇卫生院。"]),
             tab(SYS_HEAD), *(tab(r) for r in project_rows(SS01, "N/A")),
             tab(["总分", "", "", "", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]), "",
             tab(["填报人：孔令娟", "审核人：颜廷伟", "联系电话：0539-5218846"]),
             "单据编号：JX2022-371324-000187    流程状态：已审核"]
    return f, "txt", "\r\n".join(lines) + "\r\n"


# ss04 辽宁 大连, whole unit, .docx: the report alone; its form stands only in the 附件 list at the end (eight files in
# .xlsx .pdf .docx .odt .xls .html .mhtml .txt, one of them the next year's 绩效目标表); money in 元 in the prose ---------
def ss04() -> Made:
    unit = "大连海湾职业技术学院"
    ini, adj, exe = "24860.00", "26315.40", "25472.96"
    rt_text = "96.80"
    f: dict[str, Any] = {"kind": "整体支出", "year": YEAR, "unit": {"name": unit},
                         "budget": {"initial": D(ini), "adjusted": D(adj), "executed": D(exe),
                                    "stated_execution_rate": D(rt_text)},
                         "stated_total": D("92.60"), "stated_grade": "优", "full_mark": 100, "planted": []}
    d = doc()
    d.add_heading(f"{unit}{YEAR}年度部门整体支出绩效自评报告", level=1)
    for p in [
        "一、部门基本情况",
        f"我院为市教育局所属全额拨款事业单位，设9个教学系部。{YEAR}年全日制在校生8,412人。",
        "二、预算安排及执行情况",
        f"{YEAR}年年初预算数为{yuan(ini)}元，年中追加后全年预算数为{yuan(adj)}元，全年执行数为{yuan(exe)}元，"
        f"预算执行率为{rt_text}%。",
        "三、绩效目标完成情况",
        "全年完成技能培训4,260人次，毕业生就业率95.2%，新增校企合作企业23家。各项指标完成情况详见附件1。",
        "四、自评结论",
        "经对照部门整体支出绩效评价指标体系逐项打分（满分100分），我院自评得分92.60分，自评等级为“优”。",
        "五、存在的问题及改进措施",
        "实训设备采购进度偏慢，下一年度将提前启动采购程序。",
        "附件：",
        f"1.{YEAR}年度部门整体支出绩效自评表.xlsx",
        f"2.{YEAR}年度部门整体支出绩效自评表（盖章版）.pdf",
        "3.绩效自评佐证材料清单.docx",
        "4.实训基地建设情况说明.odt",
        f"5.{YEAR}年度项目支出明细（系统导出）.xls",
        "6.学院信息公开页面截图.html",
        "7.就业质量年度报告网页存档.mhtml",
        f"8.{YEAR + 1}年度部门整体绩效目标表.txt",
        "",
        f"{unit}",
        f"{YEAR + 1}年3月20日",
    ]:
        d.add_paragraph(p)
    return f, "docx", docx_bytes(d)


# ss05 辽宁 鞍山, whole unit, .html: the system's print preview — the form in two printed pages, each a table with its own
# thead (the header repeated) and a 本页小计 row, the running line between them; money in 元, '——' cells --------------
SS05: list[Row] = [
    ("产出指标", "数量指标", "传染病监测哨点报告数", 10, "≥12个", "12个", "10", ""),
    ("产出指标", "数量指标", "重点人群免疫规划接种人次", 10, "≥5.6万人次", "5.83万人次", "10", ""),
    ("产出指标", "质量指标", "法定传染病报告及时率", 10, "=100%", "99.6%", "9.5", "个别医疗机构报告延迟"),
    ("产出指标", "质量指标", "实验室检测质控合格率", 10, "≥98%", "99%", "10", ""),
    ("产出指标", "时效指标", "突发公共卫生事件处置及时率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", 15, "≥95%", "96.4%", "15", ""),
    ("效益指标", "可持续影响指标", "疾病预防控制体系运行", 10, "T:持续有效", "T:运行有效", "10", ""),
    ("满意度指标", "服务对象满意度指标", "公众对疾控服务满意度", 15, "≥90%", "88.2%", "13", "宣传覆盖不足"),
]


def _preview_table(rows: list[list[str]], subtotal: str) -> str:
    body = html_table(rows).replace("<tbody>", "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in SYS_HEAD)
                                    + "</tr></thead>\n<tbody>", 1)
    return body.replace("</tbody>", f'<tr class="subtotal"><td colspan="8">本页小计</td><td>{subtotal}</td>'
                                    f"<td></td><td></td></tr></tbody>")


def ss05() -> Made:
    unit = "鞍山市疾病预防控制中心"
    money = ("5268.00", "5630.75", "5412.30")
    f, rt, es, tot = whole(unit, money, SS05, 5)
    rows = whole_sys_rows(SS05, 5, rt, es)
    first, second = rows[:5], rows[5:]

    def weights(part: list[list[str]]) -> str:
        return str(sum(int(r[8]) for r in part))

    def bar(page: int) -> str:
        return '<div class="print-bar">' + esc(printed("210300_zhaoyl", "2023-03-30 14:05:17", page, 2, "辽宁省")) + "</div>"

    html = "\n".join([
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>打印预览</title></head><body>',
        '<div class="toolbar"><button>打印</button><button>导出Excel</button><button>关闭</button></div>',
        bar(1),
        f"<h2>{YEAR}年度部门整体支出绩效自评表</h2>",
        html_table([["单位名称", unit, "", "", ""], *yuan_money(money, rt, None, na="——")]),
        "<p>年度总体目标完成情况：全年监测、免疫、应急处置任务全部完成。</p>",
        _preview_table(first, weights(first)),
        '<div class="page-break" style="page-break-after:always"></div>',
        bar(2),
        _preview_table(second, weights(second)),
        html_table([["总分", "100", str(tot), "自评等级", f["stated_grade"]]]),
        "<p>单位负责人：宫振宇　　财务负责人：孙晓梅　　填表人：于佳　　操作员ID：210300_zhaoyl</p>",
        "</body></html>"])
    return f, "html", html


# ss08 山东 淄博, project, .mhtml: a university's notice as a site page saved by the browser — site furniture, a short
# text, its 附件 list (.docx .xlsx .pdf), then the form the page shows (money in 元, the system's columns) ---------------
SS08: list[Row] = [
    ("产出指标", "数量指标", "新建实验实训室间数", 15, "≥6间", "6间", "15", ""),
    ("产出指标", "数量指标", "购置教学科研设备台套数", 10, "≥320台套", "334台套", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", 10, "=100%", "100%", "10", ""),
    ("产出指标", "时效指标", "设备安装调试完成时间", 10, "T:2022年10月前", "T:2022年12月", "8", "进口设备到货延迟"),
    ("效益指标", "社会效益指标", "实验开出率", 15, "≥95%", "96.5%", "15", ""),
    ("效益指标", "可持续影响指标", "设备年均使用机时", 10, "≥800小时", "765小时", "9", "部分设备年底投入使用"),
    ("满意度指标", "服务对象满意度指标", "师生满意度", 20, "≥90%", "93.8%", "20", ""),
]


def ss08() -> Made:
    unit, dept = "淄博齐鲁理工学院", "淄博市教育局"
    proj = "2022年实验实训条件改善项目"
    money = ("1500.00", "1620.00", "1533.06")
    f, rt, es, tot = project(unit, dept, proj, money, SS08)
    form = html_table([["项目名称", proj, "", "", "", "", ""], ["主管部门", dept, "", "实施单位", unit, "", ""],
                       *yuan_money(money, rt, es)]) + "\n" + html_table([SYS_HEAD, *project_rows(SS08)]) + "\n" + \
        html_table([["总分", "100", str(tot), "自评等级", WORD[f["stated_grade"]]]])
    html = "\n".join([
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于公开2022年度项目支出绩效自评结果的公告</title></head><body>',
        '<div class="header">淄博齐鲁理工学院 财务处 | 首页 | 通知公告 | 规章制度 | 办事指南</div>',
        '<div class="crumb">当前位置：首页 &gt; 通知公告 &gt; 正文</div>',
        "<h1>关于公开2022年度项目支出绩效自评结果的公告</h1>",
        '<div class="info">发布时间：2023-05-09 10:18　浏览次数：386　来源：财务处</div>',
        paragraphs_html([f"根据上级部门要求，现将我校{proj}绩效自评结果予以公开，自评表见附件。"]),
        "<p>附件：</p><ul>",
        f'<li><a href="/u/cms/2305/jxzp.docx">1.{proj}绩效自评报告.docx</a></li>',
        f'<li><a href="/u/cms/2305/jxzpb.xlsx">2.{proj}绩效自评表.xlsx</a></li>',
        '<li><a href="/u/cms/2305/jxzpb.pdf">3.绩效自评表（签章扫描件）.pdf</a></li>', "</ul>",
        f"<h3>附件2 {proj}绩效自评表</h3>", form,
        '<div class="footer">版权所有：淄博齐鲁理工学院财务处　鲁ICP备00000000号　技术支持：网络信息中心</div>',
        "</body></html>"])
    return f, "mhtml", mhtml("http://cwc.zbqlit.example/info/1021/3345.htm", "关于公开2022年度项目支出绩效自评结果的公告", html)


REPORTS: dict[str, Any] = {
    "ss01-sd-lanling-hospital-project-txt-system-print": ss01,
    "ss04-ln-dalian-college-whole-docx-form-attached-only": ss04,
    "ss05-ln-anshan-cdc-whole-html-print-preview-pages": ss05,
    "ss08-sd-zibo-university-project-mhtml-notice-attachments": ss08,
}
