"""One function per report: returns (facts, file extension, document text / bytes / source path)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import fifteenth_reports as R
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SOURCES = Path(__file__).resolve().parent / "sources"
Facts = dict[str, Any]


def _doc() -> Any:
    d = docx.Document()
    d.styles["Normal"].font.name = "宋体"
    d.styles["Normal"].font.size = Pt(10.5)
    return d


def _table(d: Any, rows: list[list[str]], header_repeat: bool = False) -> Any:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    if header_repeat:
        trpr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)
    return t


def _bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _levels(inds: list[Facts]) -> list[tuple[str, str, Facts]]:
    """Level cells as a merged form shows them once copied out: a level only where it changes."""
    out, l1, l2 = [], None, None
    for i in inds:
        out.append((i["l1"] if i["l1"] != l1 else "", i["l2"] if (i["l1"], i["l2"]) != (l1, l2) else "", i))
        l1, l2 = i["l1"], i["l2"]
    return out


# f01 ------------------------------------------------------------------------------------------------------
def f01() -> tuple[Facts, str, Any]:
    inds = R.F01
    lines = ["2023年度项目支出绩效自评表", "",
             "项目名称\t2023年桑植县农村饮水安全工程维修养护",
             "主管部门\t桑植县水利局\t实施单位\t桑植县农村供水管理站",
             "项目负责人\t覃德明\t联系电话\t0744-6221587",
             "项目资金（万元）\t资金来源\t预算安排数\t调整后预算数\t实际支出数\t权重\t执行率\t评分",
             "\t年度资金总额\t320\t356.8\t341.26\t10\t95.64%\t9.56",
             "年度总体目标\t预期目标\t实际完成情况",
             "\t完成全县48处农村集中供水工程维修养护，保障农村居民饮水安全。\t完成48处供水工程维修养护，更换管网24.5公里，水质达标。",
             "一级指标\t二级指标\t三级指标\t预期指标值\t实际指标值\t权重\t评分\t偏差原因分析及改进措施"]
    for l1, l2, i in _levels(inds):
        lines.append("\t".join([l1, l2, i["name"], i["target"], i["actual"], str(i["weight"]), i["score"],
                                i["note"]]))
    lines += ["合计\t\t\t\t\t100\t98.98\t", "自评等级\t优", "",
              "填报人：向春燕    审核人：覃德明    填报日期：2024年3月18日"]
    facts = {"kind": "项目支出", "year": 2023, "unit": {"supervising_department": "桑植县水利局"},
             "project": {"name": "2023年桑植县农村饮水安全工程维修养护", "implementing_unit": "桑植县农村供水管理站"},
             "budget": {"initial": "320", "adjusted": "356.8", "executed": "341.26", "stated_execution_rate": "95.64"},
             "exec": (10, "95.64", "9.56"), "indicators": inds, "stated_total": "98.98", "stated_grade": "优"}
    return facts, "txt", "\n".join(lines) + "\n"


# f02 ------------------------------------------------------------------------------------------------------
def f02() -> tuple[Facts, str, Any]:
    d = _doc()
    d.add_heading("涞源县自然资源和规划局2023年度部门整体支出绩效自评报告", level=1)
    for text in [
        "第一部分  部门基本情况",
        "（一）部门职能",
        "1.主要职能",
        "（1）贯彻执行国家和省、市关于自然资源和国土空间规划的法律法规，拟订全县相关政策措施并组织实施。",
        "（2）负责全县自然资源调查监测评价、统一确权登记和不动产登记工作。",
        "（3）负责全县耕地保护和土地执法监察工作。",
        "2.年度重点工作",
        "（1）完成国土空间总体规划编制报批；（2）完成耕地卫片执法图斑核查整改。",
        "（二）机构设置及人员情况",
        "局机关内设办公室、财务股、规划股、耕地保护股、确权登记股、矿产资源股共6个股室，下属事业单位2个："
        "涞源县不动产登记中心、涞源县土地储备中心。核定编制58名，年末实有在职人员53名。",
        "第二部分  预算安排及执行情况",
        "（一）收入情况",
        "2023年度收入合计18,426,305.60元，其中：一般公共预算财政拨款收入16,902,115.60元，"
        "政府性基金预算财政拨款收入1,224,190.00元，其他收入300,000.00元。",
        "（二）支出情况",
        "2023年度支出合计17,985,412.35元，其中：基本支出9,652,318.35元，项目支出8,433,094.00元。",
        "（三）预算执行情况",
        "年初预算15,860,000.00元，全年预算数18,426,305.60元，全年执行数17,985,412.35元，预算执行率97.61%。",
        "第三部分  绩效目标完成情况",
        "部门整体支出绩效指标完成情况见下表（金额单位：元）。",
    ]:
        d.add_paragraph(text)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["预算执行", "预算执行率", "预算执行率", "——", "97.61%", "15", "14.64", ""]]
    for l1, l2, i in _levels(R.F02):
        rows.append([l1, l2, i["name"], i["target"], i["actual"], str(i["weight"]), i["score"], i["note"]])
    rows.append(["合计", "", "", "", "", "100", "97.64", ""])
    _table(d, rows)
    d.add_paragraph("第四部分  自评结论")
    d.add_paragraph("经自评，本部门2023年度整体支出绩效自评综合得分97.64分（满分100分），评价等级为“优”。")
    d.add_paragraph("第五部分  存在的问题及改进措施")
    d.add_paragraph("（一）乡镇国土空间规划编制进度滞后；（二）部分项目资金支付进度不均衡。下一步将加强预算执行监控。")
    facts = {"kind": "整体支出", "year": 2023,
             "unit": {"name": "涞源县自然资源和规划局", "staff_establishment": 58, "staff_total": 53,
                      "internal_bodies": ["办公室", "财务股", "规划股", "耕地保护股", "确权登记股", "矿产资源股"],
                      "internal_bodies_count": 6,
                      "subordinate_bodies": ["涞源县不动产登记中心", "涞源县土地储备中心"],
                      "subordinate_bodies_count": 2},
             "budget": {"initial": "1586", "adjusted": "1842.63056", "executed": "1798.541235",
                        "stated_execution_rate": "97.61", "income_total": "1842.63056",
                        "income_items": [("一般公共预算财政拨款收入", "1690.21156"),
                                         ("政府性基金预算财政拨款收入", "122.419"), ("其他收入", "30")],
                        "expenditure_total": "1798.541235",
                        "expenditure_items": [("基本支出", "965.231835"), ("项目支出", "843.3094")]},
             "exec": (15, "97.61", "14.64"), "indicators": R.F02, "stated_total": "97.64", "stated_grade": "优",
             "full_mark": 100, "planted": ["EXPENDITURE_SUM_MISMATCH"]}
    return facts, "docx", _bytes(d)


# f03 ------------------------------------------------------------------------------------------------------
def f03() -> tuple[Facts, str, Any]:
    d = _doc()
    d.add_heading("苍溪县教育和科技局2024年度项目支出绩效自评报告", level=1)
    para = ("为改善全县义务教育学校办学条件，2024年我局实施义务教育薄弱环节改善校舍维修改造项目，"
            "对城郊及农村12所学校的教学楼、宿舍、厕所和消防设施进行维修改造，利用暑期集中施工，"
            "项目于2024年11月全部完成并通过竣工验收。项目实施中严格执行招投标和政府采购规定，"
            "资金实行专账核算、专款专用，按工程进度拨付。")
    for title in ["一、项目基本情况", "二、项目资金使用及管理情况", "三、项目组织实施情况", "四、项目绩效目标完成情况"]:
        d.add_paragraph(title)
        d.add_paragraph(para)
        d.add_paragraph(para)
    d.add_paragraph("附表：项目支出绩效自评表")
    _table(d, [["项目名称", "2024年义务教育薄弱环节改善校舍维修改造项目", "", ""],
               ["主管部门", "苍溪县教育和科技局", "实施单位", "苍溪县教育和科技局"],
               ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
               ["年度资金总额", "560", "560", "548.3"],
               ["执行率", "97.91%", "分值 / 得分", "10 / 9.79"]])
    d.add_paragraph("")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for l1, l2, i in _levels(R.F03):
        rows.append([l1, l2, i["name"], i["target"], i["actual"], str(i["weight"]), i["score"], i["note"]])
    rows.append(["总分", "", "", "", "", "100", "99.23", ""])
    _table(d, rows, header_repeat=True)
    d.add_paragraph("自评等级：优")
    d.add_paragraph("联系人：王海峰  联系电话：0839-5221036")
    src = SOURCES / "f03-sc-cangxi-school-project-pdf-splittable.docx"
    src.write_bytes(_bytes(d))
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "苍溪县教育和科技局"},
             "project": {"name": "2024年义务教育薄弱环节改善校舍维修改造项目",
                         "implementing_unit": "苍溪县教育和科技局"},
             "budget": {"initial": "560", "adjusted": "560", "executed": "548.3", "stated_execution_rate": "97.91"},
             "exec": (10, "97.91", "9.79"), "indicators": R.F03, "stated_total": "99.23", "stated_grade": "优"}
    return facts, "pdf", src


# f04 ------------------------------------------------------------------------------------------------------
def f04() -> tuple[Facts, str, Any]:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填报说明"
    for r, text in enumerate(["填报说明", "1.本表由项目实施单位填写，主管部门审核。",
                              "2.各项指标分值合计为100分，其中预算执行率10分。",
                              "3.定量指标按实际完成值与年度指标值的比例计分，定性指标按完成程度计分。",
                              "4.评价等级：90分（含）以上为优，80分（含）至90分为良，"
                              "60分（含）至80分为中，60分以下为差。"], 1):
        notes.cell(r, 1, text)
    ws = wb.create_sheet("自评表")
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2024年度）"],
        ["项目名称", "2024年于都县脐橙黄龙病防控补助项目"],
        ["主管部门", "于都县农业农村局", None, None, "实施单位", "于都县果业发展中心"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", None, 480, 452, 452, 10, "100%", 10],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"]]
    for l1, l2, i in _levels(R.F04):
        rows.append([None, l1, l2, i["name"], i["target"], i["actual"], i["weight"], float(i["score"]), i["note"]])
    rows += [["总分", None, None, None, None, None, 100, 98.67], ["自评等级", "优"]]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    buf = io.BytesIO()
    wb.save(buf)
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "于都县农业农村局"},
             "project": {"name": "2024年于都县脐橙黄龙病防控补助项目", "implementing_unit": "于都县果业发展中心"},
             "budget": {"initial": "480", "adjusted": "452", "executed": "452", "stated_execution_rate": "100"},
             "exec": (10, "100", "10"), "indicators": R.F04, "stated_total": "98.67", "stated_grade": "优"}
    return facts, "xlsx", buf.getvalue()


# f05 ------------------------------------------------------------------------------------------------------
def f05() -> tuple[Facts, str, Any]:
    out = ["# 平遥县东关小学2024年度部门整体支出绩效自评报告", "",
           "## 一、部门基本情况", "",
           "我校为全额拨款事业单位，主要承担全日制小学义务教育。核定编制64名，2024年末实有在职教职工61名。", "",
           "## 二、部门预算执行情况", "",
           "| 项目 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |",
           "|:---|---:|---:|---:|:---:|",
           "| 合计 | 1126.5 | 1208.37 | 1196.02 | 98.98% |",
           "| 基本支出 | 1012.5 | 1047.85 | 1042.12 | 99.45% |",
           "| 项目支出 | 114 | 160.52 | 153.9 | 95.88% |", "",
           "## 三、绩效指标完成情况", "",
           "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |",
           "|:---:|:---:|:---|:---:|:---:|---:|---:|:---|",
           "| 预算执行 | 预算执行率 | 预算执行率 | ≥95% | 98.98% | 10 | 9.9 |  |"]
    for l1, l2, i in _levels(R.F05):
        out.append("| " + " | ".join([l1, l2, i["name"].replace("|", "\\|"), i["target"], i["actual"],
                                      str(i["weight"]), i["score"], i["note"]]) + " |")
    out += ["| **合计** |  |  |  |  | **100** | **99.74** |  |", "",
            "## 四、自评结论", "", "综合自评得分99.74分，自评等级为**优**。", ""]
    exec_row = {"l1": "", "l2": "", "name": "预算执行率", "target": "≥95%", "actual": "98.98%", "weight": 10,
                "score": "9.9", "note": ""}
    facts = {"kind": "整体支出", "year": 2024,
             "unit": {"name": "平遥县东关小学", "staff_establishment": 64, "staff_total": 61},
             "budget": {"initial": "1126.5", "adjusted": "1208.37", "executed": "1196.02",
                        "stated_execution_rate": "98.98"},
             "indicators": [exec_row, *R.F05], "stated_total": "99.74", "stated_grade": "优"}
    return facts, "md", "\n".join(out)


# f06 ------------------------------------------------------------------------------------------------------
def f06() -> tuple[Facts, str, Any]:
    def tr(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    money_t = ("<table border='1'>" + tr(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "th")
               + tr(["年度资金总额", "860", "905.6", "887.49", "10", "98.00%", "9.8"]) + "</table>")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    ind_rows = [tr(head, "th")]
    for l1, l2, i in _levels(R.F06):
        ind_rows.append(tr([l1, l2, i["name"], i["target"], i["actual"], str(i["weight"]), i["score"], i["note"]]))
    ind_rows.append(tr(["总分", "", "", "", "", "100", "99.8", ""]))
    form = ("<table class='form' border='1'>"
            + tr(["项目名称", "2024年容县城乡环境卫生保洁项目"])
            + tr(["主管部门", "容县住房和城乡建设局"]) + tr(["实施单位", "容县环境卫生管理站"])
            + f"<tr><td>项目资金（万元）</td><td>{money_t}</td></tr>"
            + f"<tr><td>绩效指标</td><td><table border='1'>{''.join(ind_rows)}</table></td></tr>"
            + tr(["自评等级", "优"]) + "</table>")
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<title>2024年容县城乡环境卫生保洁项目绩效自评表</title></head>"
            "<body><table width='100%'><tr><td class='nav'>首页 &gt; 政务公开 &gt; 预算绩效</td></tr>"
            "<tr><td><table width='960'><tr><td><h2>2024年容县城乡环境卫生保洁项目支出绩效自评表</h2>"
            "<p>发布时间：2025-04-16　来源：容县环境卫生管理站</p></td></tr>"
            f"<tr><td>{form}</td></tr></table></td></tr>"
            "<tr><td class='foot'>主办：容县人民政府办公室</td></tr></table></body></html>")
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "容县住房和城乡建设局"},
             "project": {"name": "2024年容县城乡环境卫生保洁项目", "implementing_unit": "容县环境卫生管理站"},
             "budget": {"initial": "860", "adjusted": "905.6", "executed": "887.49", "stated_execution_rate": "98.00"},
             "exec": (10, "98", "9.8"), "indicators": R.F06, "stated_total": "99.8", "stated_grade": "优"}
    return facts, "html", page


# f07 ------------------------------------------------------------------------------------------------------
def _wrap(text: str, width: int = 35) -> list[str]:
    """Hard-wrap as a PDF copy does, at ``width`` characters, but never inside a run of digits."""
    lines, rest = [], text
    while len(rest) > width:
        cut = width
        while cut > 1 and re.match(r"[\d.]", rest[cut]) and re.match(r"[\d.]", rest[cut - 1]):
            cut -= 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    return [*lines, rest]


def f07() -> tuple[Facts, str, Any]:
    inds = R.F07
    paras = [
        "岳西县响肠镇人民政府2024年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "响肠镇人民政府为一级预算单位，内设党政办公室、经济发展办公室、社会事务办公室、平安建设办公室、"
        "自然资源和规划建设办公室共5个办公室，下设便民服务中心、农业综合服务中心、文化旅游服务中心共3个事业单位。"
        "全镇核定编制42名，其中行政编制28名、事业编制14名，2024年末实有在职人员39人。",
        "二、部门预算收支情况",
        "2024年度收入合计2731.6万元，其中一般公共预算财政拨款收入2488.2万元，政府性基金预算财政拨款收入215.4万元，"
        "其他收入28万元。2024年度支出合计2654.08万元，其中基本支出1426.53万元，项目支出1227.55万元。",
        "年初预算2386.5万元，全年预算2715.34万元，全年支出2654.08万元，预算执行率97.74%。"
        "预算执行率指标分值10分，得9.77分。",
        "三、绩效指标完成情况",
    ]
    blocks: dict[str, list[Facts]] = {}
    for i in inds:
        blocks.setdefault(i["l1"], []).append(i)
    cn = "一二三四"
    for n, (l1, items) in enumerate(blocks.items()):
        w = sum(i["weight"] for i in items)
        s = sum(float(i["score"]) for i in items)
        text = f"（{cn[n]}）{l1}（分值{w}分，得分{s:g}分）。"
        for k, i in enumerate(items, 1):
            text += (f"{i['l2']}：{k}.{i['name']}，年度目标值{i['target']}，实际完成{i['actual']}，"
                     f"分值{i['weight']}分，得分{i['score']}分" + (f"，{i['note']}" if i["note"] else "") + "。")
        paras.append(text)
    paras += ["四、自评结论",
              "经综合评价，响肠镇人民政府2024年度部门整体支出绩效自评得分99.77分，自评等级为“优”。",
              "五、存在的问题及下步措施",
              "一是部分项目前期准备不足，资金支付进度前慢后快；二是绩效目标设置不够细化。下一步将加强项目储备和绩效运行监控。"]
    lines: list[str] = []
    for p in paras:
        lines += _wrap(p)
    facts = {"kind": "整体支出", "year": 2024,
             "unit": {"name": "岳西县响肠镇人民政府", "staff_establishment": 42, "staff_total": 39,
                      "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室",
                                          "自然资源和规划建设办公室"], "internal_bodies_count": 5,
                      "subordinate_bodies": ["便民服务中心", "农业综合服务中心", "文化旅游服务中心"],
                      "subordinate_bodies_count": 3},
             "budget": {"initial": "2386.5", "adjusted": "2715.34", "executed": "2654.08",
                        "stated_execution_rate": "97.74", "income_total": "2731.6",
                        "income_items": [("一般公共预算财政拨款收入", "2488.2"),
                                         ("政府性基金预算财政拨款收入", "215.4"),
                                         ("其他收入", "28")],
                        "expenditure_total": "2654.08",
                        "expenditure_items": [("基本支出", "1426.53"), ("项目支出", "1227.55")]},
             "exec": (10, "97.74", "9.77"), "indicators": inds, "stated_total": "99.77", "stated_grade": "优"}
    return facts, "txt", "\n".join(lines) + "\n"


# f08 ------------------------------------------------------------------------------------------------------
def f08() -> tuple[Facts, str, Any]:
    d = _doc()
    d.add_heading("长汀县水土保持事业中心2024年度水土流失综合治理项目绩效自评报告", level=1)
    for text in ["一、项目概况", "2024年我中心实施水土流失综合治理项目，在河田、三洲等乡镇开展小流域综合治理。",
                 "二、绩效自评结论",
                 "项目自评得分99.47分，自评等级为优，详见附件1。附件2为2025年度该项目绩效目标，供对照。",
                 "附件1", "项目支出绩效自评表（2024年度）"]:
        d.add_paragraph(text)
    _table(d, [["项目名称", "2024年长汀县水土流失综合治理项目", "", "", "", "", ""],
               ["主管部门", "长汀县水利局", "", "实施单位", "长汀县水土保持事业中心", "", ""],
               ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["年度资金总额", "1250", "1320", "1286.4", "10", "97.45%", "9.75"]])
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for l1, l2, i in _levels(R.F08):
        rows.append([l1, l2, i["name"], i["target"], i["actual"], str(i["weight"]), i["score"], i["note"]])
    rows += [["总分", "", "", "", "", "100", "99.47", ""], ["自评等级", "优", "", "", "", "", "", ""]]
    _table(d, rows)
    d.add_page_break()
    d.add_paragraph("附件2")
    d.add_paragraph("项目绩效目标申报表（2025年度）")
    _table(d, [["项目名称", "2025年长汀县水土流失综合治理项目"], ["年度资金总额（万元）", "1180"]])
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "权重"]]
    rows += [[a, b, c, t, str(w)] for a, b, c, t, w in R.F08_NEXT]
    _table(d, rows)
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "长汀县水利局"},
             "project": {"name": "2024年长汀县水土流失综合治理项目", "implementing_unit": "长汀县水土保持事业中心"},
             "budget": {"initial": "1250", "adjusted": "1320", "executed": "1286.4", "stated_execution_rate": "97.45"},
             "exec": (10, "97.45", "9.75"), "indicators": R.F08, "stated_total": "99.47", "stated_grade": "优"}
    return facts, "docx", _bytes(d)


# f09 ------------------------------------------------------------------------------------------------------
def f09() -> tuple[Facts, str, Any]:
    out = ["弥勒市2024年度城乡居民健康体检项目绩效自评报告", "",
           "主管部门：弥勒市卫生健康局", "实施单位：弥勒市疾病预防控制中心", "",
           "一、项目资金情况",
           "本项目年初预算386万元，调整后预算386万元，实际支出372.9万元，预算执行率96.61%。", "",
           "二、绩效指标完成情况",
           "预算执行率（权重10%）：实际96.61%，得分9.66分。"]
    cn = {"产出指标": "（一）产出指标", "成本指标": "（二）成本指标", "效益指标": "（三）效益指标",
          "满意度指标": "（四）满意度指标"}
    last1, last2 = "", ""
    for n, i in enumerate(R.F09, 1):
        if i["l1"] != last1:
            out.append(cn[i["l1"]])
            last1, last2 = i["l1"], ""
        if i["l2"] != last2:
            out.append(i["l2"])
            last2 = i["l2"]
        line = (f"指标{n}：{i['name']}（权重{i['weight']}%）。年度目标值：{i['target']}；实际完成值：{i['actual']}；"
                f"自评得分：{i['score']}分。")
        if i["note"]:
            line += f"偏差原因：{i['note']}。"
        out.append(line)
    out += ["", "三、自评结论", "本项目自评总得分98.19分，自评等级：优。", "",
            "四、存在问题", "部分乡镇体检组织动员不足，孕前优生健康检查人数未达目标。"]
    facts = {"kind": "项目支出", "year": 2024, "unit": {"supervising_department": "弥勒市卫生健康局"},
             "project": {"name": "城乡居民健康体检项目", "implementing_unit": "弥勒市疾病预防控制中心"},
             "budget": {"initial": "386", "adjusted": "386", "executed": "372.9", "stated_execution_rate": "96.61"},
             "exec": (10, "96.61", "9.66"), "indicators": R.F09, "stated_total": "98.19", "stated_grade": "优",
             "planted": ["TOTAL_MISMATCH"]}
    return facts, "txt", "\n".join(out) + "\n"


# f10 ------------------------------------------------------------------------------------------------------
def f10() -> tuple[Facts, str, Any]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体支出自评表"
    rows: list[list[Any]] = [
        ["部门整体支出绩效自评表"], ["（2024年度）"],
        ["单位名称", "郧西县中医医院", None, None, "主管部门", "郧西县卫生健康局"],
        ["人员编制数", 210, None, None, "实有人数", 236],
        ["预算资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", None, 8650, 9127.8, 8936.41, 10, "=E6/D6", "=ROUND(F6*G6,2)"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    first = len(rows) + 1
    for l1, l2, i in _levels(R.F10):
        rows.append([l1, l2, i["name"], i["target"], i["actual"], i["weight"], float(i["score"]), i["note"]])
    last = len(rows)
    rows.append(["合计", None, None, None, None, f"=SUM(F{first}:F{last})+F6", f"=SUM(G{first}:G{last})+H6"])
    tot = len(rows)
    rows.append(["自评等级", f'=IF(G{tot}>=90,"优",IF(G{tot}>=80,"良",IF(G{tot}>=60,"中","差")))'])
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    ws["G6"].number_format = "0.00%"
    src = SOURCES / "f10-hb-yunxi-hospital-whole-xlsx-formulas.xlsx"
    wb.save(src)
    facts = {"kind": "整体支出", "year": 2024,
             "unit": {"name": "郧西县中医医院", "supervising_department": "郧西县卫生健康局",
                      "staff_establishment": 210, "staff_total": 236},
             "budget": {"initial": "8650", "adjusted": "9127.8", "executed": "8936.41",
                        "stated_execution_rate": "97.9"},
             "exec": (10, "97.9", "9.79"), "indicators": R.F10, "stated_total": "99.61", "stated_grade": "优"}
    return facts, "xlsx", src


RENDERERS = {
    "f01-hn-sangzhi-water-project-2023-yuqi-quanzhong": f01,
    "f02-he-laiyuan-land-whole-docx-yuan-diyibufen": f02,
    "f03-sc-cangxi-school-project-pdf-splittable": f03,
    "f04-jx-yudu-orange-project-xlsx-secondsheet": f04,
    "f05-sx-pingyao-school-whole-md-align-escpipe": f05,
    "f06-gx-rongxian-sanitation-project-html-nested-th": f06,
    "f07-ah-yuexi-town-whole-prose-hardwrap": f07,
    "f08-fj-changting-soil-project-docx-appendix-next-year": f08,
    "f09-yn-mile-health-project-quanzhong-percent": f09,
    "f10-hb-yunxi-hospital-whole-xlsx-formulas": f10,
}
