# ruff: noqa: E501  (report lines are kept whole)
"""Sixth corpus, real files: a Ningxia four-block project form as a Word table (s04), a Hainan
evaluation workbook whose score sheet has a 分值 column at every level (s11), a saved 决算 page whose
self-evaluation is one section among the 决算 tables (s12), and a Hebei central form as a Word table
with "指标1工程…" names and empty 指标2 / …… rows (s15)."""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from sixth_base import D, Ind, Report, exec_score, exp, money, num, pct, q, rate_of, sum_scores, t


def docx_bytes(title: list[str], grid: list[list[str]], merges: list[tuple[int, int, int, int]], after: list[str],
               repeat_row: int | None = None, page_header: str = "") -> bytes:
    """A Word file: title paragraphs, one table (merged cells kept), closing paragraphs; ``repeat_row``
    marks a row Word repeats at the top of every page; ``page_header`` is the running page header."""
    doc = Document()
    if page_header:
        doc.sections[0].header.paragraphs[0].text = page_header
    for line in title:
        doc.add_paragraph(line)
    width = max(len(r) for r in grid)
    table = doc.add_table(rows=len(grid), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r1, c1, r2, c2 in merges:
        keep = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = keep
    if repeat_row is not None:
        props = table.rows[repeat_row]._tr.get_or_add_trPr()
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        props.append(mark)
    for line in after:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- s04
def s04() -> Report:
    name, dept, unit = "初中生均公用经费", "吴忠市教育局", "吴忠市第三中学"
    fa = fb = D("86.40")
    fe = D("85.18")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    groups: list[tuple[str, list[tuple[str, list[Ind]]]]] = [
        ("项目决策（10分）", [
            ("项目目标", [t("项目目标完整性", "项目决策", "项目目标", 4, "目标明确、内容细化", "目标明确、内容细化、目标量化", 4)]),
            ("项目立项", [t("相关性", "项目决策", "项目立项", 2, "符合学校职能", "符合", 2),
                       t("可行性", "项目决策", "项目立项", 2, "满足工作需求", "满足", 2),
                       t("资金测算标准", "项目决策", "项目立项", 2, "有测算标准", "有", 2)])]),
        ("项目管理（25分）", [
            ("投入管理", [q("预算执行率", "项目管理", "投入管理", 10, "=", 100, "%", rate, es, cmp_shown=False)]),
            ("财务管理", [t("财务管理制度有效性", "项目管理", "财务管理", 7, "制度健全", "制度健全、执行严格", 7)]),
            ("项目实施", [t("绩效监控有效性", "项目管理", "项目实施", 2, "持续有效", "持续有效", 2),
                       t("管理制度有效性", "项目管理", "项目实施", 6, "严格执行", "严格执行", 6)])]),
        ("项目产出（30分）", [
            ("数量指标（10分）", [q("保障学生人数", "项目产出", "数量指标", 10, "≥", 1860, "人", 1872, 10, cmp_shown=False)]),
            ("质量指标（5分）", [t("公用经费标准", "项目产出", "质量指标", 5, "符合文件要求", "符合", 5)]),
            ("时效指标（5分）", [t("资金支付完成时间", "项目产出", "时效指标", 5, "2023年12月", "2023年12月", 5)]),
            ("成本指标（10分）", [q("办公及水电成本", "项目产出", "成本指标", 4, "≤", 16, "万元", 15.6, 4),
                              q("维修维护成本", "项目产出", "成本指标", 3, "≤", 32, "万元", 31.2, 3),
                              q("绿化保洁成本", "项目产出", "成本指标", 3, "≤", 14, "万元", 13.8, 3)])]),
        ("项目效益（35分）", [
            ("经济效益指标", []),
            ("社会效益指标", [t("改善办学条件", "项目效益", "社会效益指标", 15, "明显改善", "明显改善", 14, note="部分功能室设备老化，已列入下年维修计划")]),
            ("可持续影响指标", [t("办学环境社会认可", "项目效益", "可持续影响指标", 10, "持续认可", "基本认可", 8, note="家校沟通渠道有待拓宽")]),
            ("服务对象满意度指标（10分）", [q("学生和家长满意度", "项目效益", "服务对象满意度指标", 10, "≥", 90, "%", 93, 10)])]),
    ]
    inds = [i for _, l2s in groups for _, items in l2s for i in items]
    total = sum_scores(inds)
    grid = [
        ["项目名称", name, "", "", "主管部门", dept, "", ""],
        ["实施单位", unit, "", "", "自评得分", num(total), "财政审定评分", ""],
        ["项目资金（万元）", "", "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）", "", ""],
        ["", "年度资金总额", money(fa), money(fb), money(fe), pct(rate), "", ""],
        ["年度总体目标", "年初设定目标", "保障学校教育教学和日常运转，改善办学条件。", "", "", "", "", ""],
        ["", "年度总体目标完成情况", "公用经费全部按标准拨付到位，学校运转正常，办学条件有所改善。", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "参考分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"],
    ]
    merges = [(0, 1, 0, 3), (0, 5, 0, 7), (1, 1, 1, 3), (2, 0, 3, 0), (4, 0, 5, 0), (4, 2, 4, 7), (5, 2, 5, 7)]
    for l1, l2s in groups:
        start = len(grid)
        for l2, items in l2s:
            first = len(grid)
            for ind in items or [None]:
                if ind is None:
                    grid.append(["", "", "指标1：", "", "", "", "", ""])
                else:
                    grid.append(["", "", ind.name, num(ind.w), ind.target_text(), ind.actual_text(), num(ind.sc), ind.note])
            grid[first][1] = l2
            if len(grid) - 1 > first:
                merges.append((first, 1, len(grid) - 1, 1))
        grid[start][0] = l1
        merges.append((start, 0, len(grid) - 1, 0))
    grid.append(["总分", "", "", "100", "", "", num(total), ""])
    body = docx_bytes(["吴忠市本级部门项目支出绩效自评表（2023年）"], grid, merges,
                 ["填表人：马丽  联系电话：0953-2031568  填报日期：2024年3月15日"])
    expected = [exp(i) for i in inds]
    for item in expected:
        item["level2"] = item["level2"].split("（")[0]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": expected, "stated_total": total, "full_mark": D(100),
        "stated_block_weights": {"项目决策": D(10), "项目管理": D(25), "项目产出": D(30), "项目效益": D(35)},
    }
    return Report("s04-nx-wuzhong-school-project-fourblock", ".docx", body, facts,
                  "Ningxia 项目支出绩效自评表 as a Word table: blocks 项目决策/项目管理/项目产出/项目效益 (10/25/30/35), columns "
                  "参考分值 | 指标值（A） | 全年实际值（B）, 二级 cells carrying weights (数量指标（10分）), 预算执行率 as a 项目管理 row "
                  "(the money block has no 分值), 自评得分 and a blank 财政审定评分 in the header, a \"指标1：\" placeholder row")


# ---------------------------------------------------------------- s11
def s11() -> Report:
    name, dept, unit = "2023年度热带特色高效农业发展项目", "琼海市人民政府", "琼海市农业农村局"
    plan, arrived, used = D("150"), D("142.6"), D("138.25")
    levels: list[tuple[str, int, list[tuple[str, int, list[tuple[str, int, Any, str]]]]]] = [
        ("项目决策", 20, [("项目目标", 4, [("目标内容", 4, 4, "目标明确（1分），目标细化（1.5分），目标量化（1.5分）")]),
                      ("决策过程", 8, [("决策依据", 3, 3, "符合发展规划和部门职能（3分）"), ("决策程序", 5, 5, "申报、批复程序规范（5分）")]),
                      ("资金分配", 8, [("分配办法", 2, 2, "办法健全、规范（2分）"), ("分配结果", 6, 5, "分配合理（6分），个别乡镇测算偏差扣1分")])]),
        ("项目管理", 30, [("资金到位", 5, [("到位率", 3, D("2.85"), "实际到位/计划投资×3分"), ("到位时效", 2, 2, "及时到位（2分）")]),
                      ("资金管理", 10, [("资金使用", 7, 7, "无截留、挤占、挪用（7分）"), ("财务管理", 3, 3, "财务制度健全、执行严格（3分）")]),
                      ("组织实施", 15, [("组织机构", 5, 5, "机构健全、分工明确（5分）"), ("管理制度", 10, 9, "制度健全（5分）、执行有效（5分），验收资料归档不及时扣1分")])]),
        ("项目绩效", 50, [("项目产出", 25, [("实际完成率", 10, 10, "实际完成/计划×10分"), ("完成及时率", 5, 5, "按期完成（5分）"),
                                          ("质量达标率", 5, 5, "验收合格（5分）"), ("成本节约率", 5, 5, "未超预算（5分）")]),
                      ("项目效益", 25, [("经济效益", 10, 9, "带动种植户增收，略低于目标扣1分"), ("社会效益", 5, 5, "带动就业明显（5分）"),
                                          ("生态效益", 5, 5, "化肥农药减量（5分）"), ("满意度", 5, 5, "满意度≥90%（5分）")])]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    for line in ["2023年度热带特色高效农业发展项目财政支出绩效评价报告", "评价类型：□实施过程评价 ☑完成结果评价",
                 f"项目名称：{name}", f"项目单位：{unit}", f"主管部门：{dept}", "评价时间：2024年3月10日至2024年3月20日",
                 "组织方式：□财政部门 □主管部门 ☑项目单位", "评价机构：□中介机构 □专家组 ☑项目单位评价组",
                 f"评价单位（盖章）：{unit}", "上报时间：2024年3月28日"]:
        ws.append([line])
    info = wb.create_sheet("项目基本信息")
    info.append(["一、项目基本情况"])
    info.append(["项目实施单位", unit, "主管部门", dept, "", ""])
    info.append(["项目负责人", "符晓东", "联系电话", "0898-62812306", "", ""])
    info.append(["项目类型", "经常性项目（√）  一次性项目（  ）", "", "", "", ""])
    info.append(["计划投资额（万元）", float(plan), "实际到位资金（万元）", float(arrived), "实际使用情况（万元）", float(used)])
    info.append(["其中：中央财政", None, "其中：中央财政", None, "其中：中央财政", None])
    info.append(["省财政预算", 60.0, "省财政预算", 60.0, "省财政预算", 58.4])
    info.append(["市县财政预算", 90.0, "市县财政预算", 82.6, "市县财政预算", 79.85])
    score = wb.create_sheet("绩效评价指标评分")
    score.append(["二、绩效评价指标评分"])
    score.append(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "评分标准"])
    expected: list[dict[str, Any]] = []
    total = D(0)
    for l1, w1, l2s in levels:
        top = score.max_row + 1
        for l2, w2, l3s in l2s:
            mid = score.max_row + 1
            for l3, w3, sc, rule in l3s:
                score.append([l1, w1, l2, w2, l3, w3, float(sc) if isinstance(sc, D) else sc, rule])
                expected.append({"name": l3, "level1": l1, "level2": l2, "weight": D(w3), "stated_score": D(str(sc))})
                total += D(str(sc))
            if score.max_row > mid:
                score.merge_cells(start_row=mid, start_column=3, end_row=score.max_row, end_column=3)
                score.merge_cells(start_row=mid, start_column=4, end_row=score.max_row, end_column=4)
        score.merge_cells(start_row=top, start_column=1, end_row=score.max_row, end_column=1)
        score.merge_cells(start_row=top, start_column=2, end_row=score.max_row, end_column=2)
    score.append(["合计", 100, "", "", "", 100, float(total), ""])
    score.append(["评价结论：综合评分" + num(total) + "分，评价等级为“优”。"])
    out = io.BytesIO()
    wb.save(out)
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"adjusted": plan, "executed": used,
                   "fund_rows": [{"name": "省财政预算", "adjusted": D(60), "executed": D("58.4")},
                                 {"name": "市县财政预算", "adjusted": D(90), "executed": D("79.85")}]},
        "indicators": expected, "stated_total": total, "stated_grade": "优", "full_mark": D(100),
        "stated_block_weights": {"项目决策": D(20), "项目管理": D(30), "项目绩效": D(50)},
    }
    return Report("s11-hi-qionghai-agri-project-levelweights", ".xlsx", out.getvalue(), facts,
                  "Hainan 财政支出绩效评价报告 workbook (cover sheet with ☑/□ choices, a 项目基本信息 sheet with 计划投资额 / 实际到位资金 / "
                  "实际使用情况 side by side, each with 中央/省/市县 rows), a score sheet 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | "
                  "得分 | 评分标准 with merged 一级/二级 cells and no 指标值/实际值")


# ---------------------------------------------------------------- s12
def s12() -> Report:
    unit = "东湖区百花洲街道办事处"
    inc = [("一般公共预算财政拨款收入", D("2096.18")), ("其他收入", D("88.45"))]
    spend = [("基本支出", D("1315.42")), ("项目支出", D("869.21"))]
    total_in = sum((v for _, v in inc), D(0))
    total_out = sum((v for _, v in spend), D(0))

    def yuan(x: Any) -> str:
        return f"{D(str(x)) * 10000:,.2f}"

    rows = [("一、一般公共预算财政拨款收入", 1, inc[0][1]), ("二、政府性基金预算财政拨款收入", 2, None),
            ("三、国有资本经营预算财政拨款收入", 3, None), ("四、上级补助收入", 4, None), ("五、事业收入", 5, None),
            ("六、经营收入", 6, None), ("七、附属单位上缴收入", 7, None), ("八、其他收入", 8, inc[1][1]),
            ("本年收入合计", 9, total_in), ("年初结转和结余", 10, None), ("总计", 11, total_in)]
    table = "".join(f"<tr><td>{n}</td><td>{i}</td><td>{yuan(v) if v is not None else ''}</td></tr>" for n, i, v in rows)
    projects = [("社区网格化服务管理经费", "412.60", "405.33", "95.2"), ("老旧小区环境提升经费", "318.40", "301.18", "92.6"),
                ("辖区防汛及应急保障经费", "138.21", "132.70", "94.0")]
    ptable = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in projects)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}2023年度部门决算_南昌市东湖区人民政府</title></head>
<body>
<div class="topbar">无障碍 | 长者模式 | 简 | 繁</div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算</div>
<table class="meta">
<tr><td>索引号:</td><td>x271728-0601-2024-0009</td><td>主题分类:</td><td>综合政务</td></tr>
<tr><td>发布机构:</td><td>{unit}</td><td>生成日期:</td><td>2024-09-20 10:31</td></tr>
<tr><td>文件编号:</td><td></td><td>有效性:</td><td>有效</td></tr>
<tr><td>公开范围:</td><td>面向全社会</td><td>公开方式:</td><td>主动公开</td></tr>
</table>
<h1>{unit}2023年度部门决算</h1>
<div class="article">
<p>目 录</p><p>第一部分 部门概况</p><p>第二部分 2023年度部门决算表</p><p>第三部分 2023年度部门决算情况说明</p><p>第四部分 名词解释</p>
<h2>第一部分 部门概况</h2>
<p>一、部门主要职责</p><p>统筹辖区发展，组织公共服务，实施综合管理，维护辖区平安，动员社会参与。</p>
<p>二、部门基本情况</p>
<p>本街道核定编制45名，年末实有在职人员41人，退休人员23人。内设党政综合办公室、社区建设办公室、城市管理办公室、平安建设办公室等6个办公室，下设便民服务中心1个事业单位。</p>
<h2>第二部分 2023年度部门决算表</h2>
<p>收入支出决算总表</p><p>公开01表 金额单位：元</p>
<table class="ys"><tr><td>项目</td><td>行次</td><td>金额</td></tr><tr><td>栏次</td><td></td><td>1</td></tr>{table}</table>
<h2>第三部分 2023年度部门决算情况说明</h2>
<p>一、收入支出决算总体情况说明</p>
<p>2023年度收、支总计均为{total_in:,}万元。与上年相比，收、支总计各增加126.37万元，增长6.14%，主要原因是老旧小区环境提升项目资金增加。</p>
<p>二、收入决算情况说明</p>
<p>本年收入合计{total_in:,}万元，其中：一般公共预算财政拨款收入{inc[0][1]:,}万元，占95.95%；其他收入{inc[1][1]}万元，占4.05%。</p>
<p>三、支出决算情况说明</p>
<p>本年支出合计{total_out:,}万元，其中：基本支出{spend[0][1]:,}万元，占60.21%；项目支出{spend[1][1]}万元，占39.79%。</p>
<p>十、预算绩效情况说明</p>
<p>（一）预算绩效管理工作开展情况。根据预算绩效管理要求，本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目3个，资金869.21万元，占一般公共预算项目支出总额的100%。本部门同时开展了部门整体支出绩效自评，自评得分94.5分，自评等级为“优”。</p>
<p>（二）项目绩效自评结果。</p>
<table class="ys"><tr><td>项目名称</td><td>预算数（万元）</td><td>执行数（万元）</td><td>自评得分</td></tr>{ptable}</table>
<p>第四部分 名词解释</p><p>一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。</p>
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="footer">主办单位：南昌市东湖区人民政府办公室 网站标识码：3601020001 赣ICP备05003452号</div>
</body></html>
"""
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "staff_total": 41, "staff_establishment": 45, "internal_bodies_count": 6},
        "budget": {"income_total": total_in, "income_items": [{"name": n, "amount": v} for n, v in inc],
                   "expenditure_total": total_out, "expenditure_items": [{"name": n, "amount": v} for n, v in spend]},
        "stated_total": D("94.5"), "stated_grade": "优",
    }
    return Report("s12-jx-baihuazhou-street-juesuan-html", ".html", html, facts,
                  "Jiangxi street office's 部门决算 page (.html): metadata table, 收入支出决算总表 in 元 with 行次/栏次, the "
                  "self-evaluation only as a sentence in 十、预算绩效情况说明 (\"部门整体支出绩效自评，自评得分94.5分，自评等级为“优”\") and a "
                  "small table of the projects' own scores (not indicators)")


# ---------------------------------------------------------------- s15
def s15() -> Report:
    name, dept, unit = "实训楼消防设施改造经费", "沧州市教育局", "沧州市交通运输学校"
    fa = fb = D("58.6")
    fe = D("52.74")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    note = "已完工，剩余10%质保金未付。"
    inds = [
        q("工程资金金额", "产出指标", "数量指标", 10, "≥", 58.6, "", 52.74, 9, cmp_shown=False, note=note),
        q("工程完工率", "产出指标", "质量指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("项目完成及时率", "产出指标", "时效指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("成本控制率", "产出指标", "成本指标", 10, "≤", 100, "", 100, 10, cmp_shown=False),
        q("安全率", "效益指标", "经济效益指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("学校实训能力", "效益指标", "社会效益指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("长期使用性", "效益指标", "可持续影响指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
        q("学生满意度", "满意度指标", "服务对象满意度指标", 10, "=", 100, "", 100, 10, cmp_shown=False),
    ]
    total = sum_scores(inds, es)
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", num(fa), num(fb), num(fe), "10", pct(rate).replace(".00", ""), num(es)],
        ["", "其中：当年财政拨款", num(fa), num(fb), num(fe), "", "", ""],
        ["", "上年结转资金", "", "", "", "", "", ""],
        ["", "其他资金", "", "", "", "", "", ""],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", num(fb), "", "", num(fe), "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 7), (8, 1, 8, 3), (8, 4, 8, 7)]
    plan: list[tuple[str, str, list[Ind | None]]] = [
        ("产出指标", "数量指标", [inds[0], None]), ("产出指标", "质量指标", [inds[1], inds[2]]),
        ("产出指标", "时效指标", [inds[3], None]), ("产出指标", "成本指标", [inds[4], None]),
        ("效益指标", "经济效益指标", [inds[5], None]), ("效益指标", "社会效益指标", [inds[6], None]),
        ("效益指标", "生态效益指标", [None, None]), ("效益指标", "可持续影响指标", [inds[7], None]),
        ("满意度指标", "服务对象满意度指标", [inds[8], None]),
    ]
    l1_start: dict[str, int] = {}
    for l1, l2, items in plan:
        first = len(grid)
        l1_start.setdefault(l1, first)
        for n, ind in enumerate(items, 1):
            if ind is None:
                grid.append(["", "", f"指标{n}", "", "", "", "", ""])
            else:
                dev = ind.note or ("0" if l1 != "产出指标" else "")
                grid.append(["", "", f"指标{n}{ind.name}", ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), dev])
        grid.append(["", "", "……", "", "", "", "", ""])
        grid[first][1] = l2
        merges.append((first, 1, len(grid) - 1, 1))
    ends = [*sorted(l1_start.values()), len(grid)]
    for l1, start in l1_start.items():
        grid[start][0] = l1
        merges.append((start, 0, ends[ends.index(start) + 1] - 1, 0))
    grid.append(["总分", "", "", "", "", "100", num(total), ""])
    body = docx_bytes(["附件1", "项目支出绩效自评表", "2023年度）"], grid, merges, ["填报人：孙立新    填报日期：2024年2月26日"])
    expected = [exp(i) for i in inds]
    for item in expected:  # no unit is printed: the expected value has none
        item["target"].pop("unit")
        item["actual"].pop("unit")
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [{"name": "预算执行率", "weight": D(10), "actual": {"value": rate, "unit": "%"}, "stated_score": es}, *expected],
        "stated_total": total, "full_mark": D(100),
    }
    return Report("s15-he-cangzhou-school-project-placeholders", ".docx", body, facts,
                  "Hebei central project form as a Word table: names glued to the template's numbering (\"指标1工程完工率\", "
                  "\"指标2工程验收合格率\"), empty \"指标2\" and \"……\" rows in every 二级 group, a whole empty 生态效益 group, targets and "
                  "actuals as bare \"100\" with no unit, \"0\" in the deviation column, 年度总体目标 filled with the two amounts, the "
                  "year line missing its opening bracket (\"2023年度）\")")


REPORTS = [s04, s11, s12, s15]
