# ruff: noqa: E501  (report lines are kept whole)
"""Seventh corpus, real files: a Shaanxi project form exported from an OA system to .xlsx (flow and
print lines around the form, merged cells, numbers stored as text with separators) (t06); a Gansu
project form as a Word table with 指标内容 / 年度目标值 and a stated total that is not the sum (t07); a
Liaoning whole-unit form saved from a site (.html) with a two-row <thead>, "10分" / "9.6分" cells and
<p><span> wrappers (t09); a Jilin project form printed to PDF with 指标名称 | 计量单位 | 目标值 | 完成值 |
完成率 | 权重 | 得分 columns (t12); a Zhejiang project form in Word with 标准分 / 自评分 and a 省级补助 /
县级配套 fund split (t15)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from seventh_base import (
    D,
    Report,
    cells_of,
    docx_bytes,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
)

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- t06
def t06() -> Report:
    """Shaanxi district education and sports bureau: a project form exported from the OA system as
    .xlsx; flow/print rows above and approval rows below, merged level cells, amounts stored as text
    with separators; the indicator weights add up to 105 (a real slip kept)."""
    name, dept, unit = "农村义务教育学校营养改善计划配套经费", "安康市汉滨区教育体育局", "安康市汉滨区教育体育局"
    fa, fb, fe = D("1036.80"), D("1104.25"), D("1089.47")
    rate = rate_of(fe, fb)
    es = D("9.87")
    inds = [
        q("受益学生人数", "产出指标", "数量指标", 15, "≥", 21500, "人", 21876, 15),
        q("供餐学校覆盖率", "产出指标", "数量指标", 10, "=", 100, "%", 100, 10),
        q("食品安全抽检合格率", "产出指标", "质量指标", 15, "=", 100, "%", 98.6, 13, note="1批次抽检不合格，已督促整改"),
        q("补助资金按月拨付率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("生均每天补助标准", "产出指标", "成本指标", 5, "=", 5, "元", 5, 5),
        q("学生营养健康状况改善率", "效益指标", "社会效益指标", 20, "≥", 85, "%", 82, 18),
        t("营养餐长效管理机制", "效益指标", "可持续影响指标", 10, "健全", "基本健全", 8),
        q("学生及家长满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.5, 10),
    ]
    total = sum_scores(inds, es)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["流程名称：项目支出绩效自评审批（汉滨区教体局）"])
    ws.append(["流水号：JXZP202400317", "", "", "发起人：计财股 周文静", "", "", "打印时间：2024-03-29 15:42:08"])
    ws.append(["项目支出绩效自评表"])
    ws.merge_cells("A3:H3")
    ws.append(["（2023年度）"])
    ws.merge_cells("A4:H4")
    ws.append(["项目名称", name, "", "", "", "", "", ""])
    ws.merge_cells("B5:H5")
    ws.append(["主管部门", dept, "", "", "实施单位", unit, "", ""])
    ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""])
    ws.append(["年度资金总额", sep(fa), sep(fb), sep(fe), "10", pct(rate), num(es), ""])
    ws.append(["其中：当年财政拨款", sep(fa), sep(fb), sep(fe), "—", "—", "—", ""])
    ws.append(["年度总体目标", "保障全区农村义务教育学校学生营养餐供应，改善学生营养健康状况。", "", "", "", "", "", ""])
    ws.merge_cells(f"B{ws.max_row}:H{ws.max_row}")
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重(%)", "得分", "偏差原因分析及改进措施"])
    first = ws.max_row + 1
    for row in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"], merged=()):
        ws.append([int(c) if c.isdigit() and k in (5,) else c for k, c in enumerate(row)])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # "=100%" is text in the export, not a formula
    last = ws.max_row
    for col in (1, 2):  # merge runs of equal level cells (the export keeps the value in the top cell only)
        start = first
        for r in range(first + 1, last + 2):
            if r > last or ws.cell(r, col).value != ws.cell(start, col).value:
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                start = r
    ws.append(["总分", "", "", "", "", 105, num(total), ""])
    ws.append(["自评等级", "优"])
    ws.append(["审批记录"])
    ws.append(["计财股", "周文静", "提交", "2024-03-27 09:12"])
    ws.append(["分管领导", "李向东", "同意", "2024-03-28 17:30"])
    out = io.BytesIO()
    wb.save(out)
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("t06-sn-hanbin-edu-project-oa-xlsx", ".xlsx", out.getvalue(), facts,
                  "Shaanxi project form exported from an OA system to .xlsx: 流程名称/流水号/打印时间 rows, merged level "
                  "cells, amounts as text \"1,104.25\", 权重(%) column, approval rows; weights add up to 105 (总分 row says 105)",
                  planted=["WEIGHTS_NOT_100"])


# ---------------------------------------------------------------- t07
def t07() -> Report:
    """Gansu district housing bureau: project form as a Word table with 指标内容 / 年度目标值 / 实际完成值,
    amounts "2,350.00"; the stated 总分 is one point above the sum of the scores."""
    name, dept, unit = "城镇老旧小区改造项目", "张掖市甘州区住房和城乡建设局", "张掖市甘州区住房和城乡建设局"
    fa, fb, fe = D("2350.00"), D("2786.40"), D("2652.18")
    rate = rate_of(fe, fb)
    es = D("9.52")
    inds = [
        q("改造老旧小区个数", "产出指标", "数量指标", 15, "≥", 24, "个", 24, 15),
        q("惠及居民户数", "产出指标", "数量指标", 10, "≥", 3200, "户", 3356, 10),
        q("工程竣工验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("年度开工率", "产出指标", "时效指标", 5, "=", 100, "%", 100, 5),
        q("户均改造成本", "产出指标", "成本指标", 10, "≤", 0.85, "万元", 0.79, 10),
        t("小区居住环境", "效益指标", "社会效益指标", 20, "明显改善", "明显改善", 20),
        t("长效管理机制", "效益指标", "可持续影响指标", 10, "建立", "部分小区未建立", 8, note="2个小区物业管理尚未落实，下一步督促街道完成"),
        q("居民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 91.3, 10),
    ]
    total = sum_scores(inds, es)
    stated = total + 1
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", sep(fa), sep(fb), sep(fe), "10", pct(rate), num(es), ""],
        ["其中：中央补助资金", sep(D("1980.00")), sep(D("2240.00")), sep(D("2128.36")), "", "", "", ""],
        ["地方配套资金", sep(D("370.00")), sep(D("546.40")), sep(D("523.82")), "", "", "", ""],
        ["一级指标", "二级指标", "指标内容", "年度目标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        *[[c for c in r] for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"], merged=())],
        ["总分", "", "", "", "", "100", num(stated), ""],
    ]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)]
    top = 7
    for col in (0, 1):
        start = top
        for r in range(top + 1, top + len(inds) + 1):
            if r == top + len(inds) or grid[r][col] != grid[start][col]:
                if r - 1 > start:
                    merges.append((start, col, r - 1, col))
                start = r
    body = docx_bytes(["项目支出绩效自评表", "（2023年度）"], grid, merges, ["自评等级：优", "填报日期：2024年4月8日"])
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "中央补助资金", "initial": D("1980.00"), "adjusted": D("2240.00"), "executed": D("2128.36")},
                                 {"name": "地方配套资金", "initial": D("370.00"), "adjusted": D("546.40"), "executed": D("523.82")}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("t07-gs-ganzhou-housing-project-docx-zhibiaoneirong", ".docx", body, facts,
                  "Gansu project form as a Word table: 指标内容 / 年度目标值 columns, merged level cells, amounts with "
                  "separators, 中央补助/地方配套 rows; 总分 stated one point above the sum",
                  planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- t09
def t09() -> Report:
    """Liaoning county-level city HR bureau: whole-unit form saved from the site (.html): a two-row
    <thead>, 一级/二级 cells with rowspan, every cell wrapped in <p><span>, weights "10分" and scores "9.6分"."""
    unit = "瓦房店市人力资源和社会保障局"
    fa, fb, fe = D("5216.70"), D("5630.25"), D("5498.02")
    rate = rate_of(fe, fb)
    es = D("9.77")
    inds = [
        q("城镇新增就业人数", "产出指标", "数量指标", 15, "≥", 6500, "人", 6812, 15),
        q("职业技能培训人次", "产出指标", "数量指标", 10, "≥", 3000, "人次", 3264, 10),
        q("社保待遇按时足额发放率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("劳动人事争议仲裁结案率", "产出指标", "时效指标", 10, "≥", 90, "%", 87.5, 9.6),
        q("城镇登记失业率", "效益指标", "社会效益指标", 20, "≤", 4.5, "%", 3.9, 20),
        t("根治欠薪长效机制", "效益指标", "可持续影响指标", 10, "健全", "健全", 10),
        q("办事群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 96.8, 10),
    ]
    total = sum_scores(inds, es)

    def td(text: str, extra: str = "") -> str:
        return f"<td{extra}><p><span>{text}</span></p></td>"

    body_rows = []
    groups: dict[tuple[str, str], int] = {}
    l1s: dict[str, int] = {}
    for i in inds:
        groups[(i.l1, i.l2)] = groups.get((i.l1, i.l2), 0) + 1
        l1s[i.l1] = l1s.get(i.l1, 0) + 1
    seen1: set[str] = set()
    seen2: set[tuple[str, str]] = set()
    for i in inds:
        cells = ""
        if i.l1 not in seen1:
            seen1.add(i.l1)
            cells += td(i.l1, f' rowspan="{l1s[i.l1]}"')
        if (i.l1, i.l2) not in seen2:
            seen2.add((i.l1, i.l2))
            cells += td(i.l2, f' rowspan="{groups[(i.l1, i.l2)]}"')
        cells += td(i.name) + td(i.target_text()) + td(i.actual_text()) + td(num(i.w) + "分") + td(num(i.sc) + "分") + td(i.note)
        body_rows.append(f"<tr>{cells}</tr>")
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}2023年度部门整体支出绩效自评报告_瓦房店市人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>
<h1>{unit}2023年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2024-06-14 10:25　来源：{unit}　【字号：大 中 小】</div>
<div class="article">
<p>一、部门概况</p>
<p>我局内设办公室、就业促进科、社会保险科、劳动关系科、仲裁院5个机构，核定编制46名，实有在职人员44人。</p>
<p>二、自评结论</p>
<p>经自评，我局2023年度部门整体支出绩效自评得分{num(total)}分，自评等级为优。</p>
<p>附：部门整体支出绩效自评表</p>
<table border="1">
<tr>{td("年度预算执行情况（万元）")}{td("年初预算数")}{td("全年预算数")}{td("全年执行数")}{td("分值")}{td("执行率")}{td("得分")}</tr>
<tr>{td("")}{td(sep(fa))}{td(sep(fb))}{td(sep(fe))}{td("10分")}{td(pct(rate))}{td(num(es) + "分")}</tr>
</table>
<table border="1">
<thead>
<tr>{td("绩效指标", ' colspan="3"')}{td("年度指标值", ' rowspan="2"')}{td("实际完成值", ' rowspan="2"')}{td("分值", ' rowspan="2"')}{td("得分", ' rowspan="2"')}{td("偏差原因分析及改进措施", ' rowspan="2"')}</tr>
<tr>{td("一级指标")}{td("二级指标")}{td("三级指标")}</tr>
</thead>
<tbody>
{chr(10).join(body_rows)}
<tr>{td("总分", ' colspan="5"')}{td("100分")}{td(num(total) + "分")}{td("")}</tr>
</tbody>
</table>
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer">主办：瓦房店市人民政府办公室　网站标识码：2102810001　辽ICP备xxxxxxxx号</div>
</body></html>
"""
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "internal_bodies": ["办公室", "就业促进科", "社会保险科", "劳动关系科", "仲裁院"],
                 "staff_total": 44, "staff_establishment": 46, "internal_bodies_count": 5},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    }
    return Report("t09-ln-wafangdian-hrss-whole-html-thead", ".html", html, facts,
                  "Liaoning whole-unit form saved from a site (.html): two-row <thead> (绩效指标 over 一级/二级/三级), rowspan "
                  "level cells, <p><span> in every cell, weights \"10分\" and scores \"9.6分\", money table apart")


# ---------------------------------------------------------------- t12
def _pdf_of(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice (its source kept in sources/ for rebuilding)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found: t12 of the seventh set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()


def t12() -> Report:
    """Jilin county-level city youth league committee: project form with 指标类型 | 指标名称 | 计量单位 |
    目标值 | 完成值 | 完成率 | 权重 | 得分 (the unit in its own column, a 完成率 column), printed to PDF."""
    name, dept, unit = "青少年思想引领和关爱服务经费", "共青团珲春市委员会", "共青团珲春市委员会"
    fb, fe = D("32.00"), D("31.46")
    rate = rate_of(fe, fb)
    inds = [
        q("开展青少年主题教育活动场次", "产出指标", "数量指标", 15, "≥", 30, "场", 34, 15),
        q("关爱困境儿童人数", "产出指标", "数量指标", 15, "≥", 120, "人", 126, 15),
        q("志愿服务活动参与人次", "产出指标", "数量指标", 10, "≥", 2000, "人次", 1860, 9.3),
        q("活动方案审批通过率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("青少年参与率", "效益指标", "社会效益指标", 30, "≥", 60, "%", 66, 30),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95, 10),
    ]
    es = D("9.83")
    total = sum_scores(inds, es)
    head = ["一级指标", "二级指标", "指标名称", "计量单位", "目标值", "完成值", "完成率", "权重", "得分"]
    grid = [
        ["项目名称", name, "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", unit, "", ""],
        ["资金情况（万元）", "全年预算数", "", "全年执行数", "", "执行率", "", "权重", "得分"],
        ["", money(fb), "", money(fe), "", pct(rate), "", "10", num(es)],
        head,
        *[[i.l1, i.l2, i.name, i.unit, f"{i.cmp}{num(i.tv)}", num(i.av), pct(min(i.av / i.tv, 1) * 100 if i.cmp == "≥" else 100),
           num(i.w), num(i.sc)] for i in inds],
        ["合计", "", "", "", "", "", "", "100", num(total)],
    ]
    merges = [(0, 1, 0, 8), (1, 1, 1, 4), (1, 6, 1, 8)]
    docx = docx_bytes(["2023年度项目支出绩效自评表", f"填报单位：{unit}"], grid, merges, ["自评结论：优"])
    body = _pdf_of(docx, "t12-jl-hunchun-youth-project-pdf-unitcol")
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("t12-jl-hunchun-youth-project-pdf-unitcol", ".pdf", body, facts,
                  "Jilin youth league project form printed to PDF: 计量单位 in its own column, bare 目标值 \"≥30\" and 完成值 "
                  "\"34\", a 完成率 column, 权重 | 得分, 资金情况 row with 权重")


# ---------------------------------------------------------------- t15
def t15() -> Report:
    """Zhejiang county women's federation: project form in Word with 目标值（预期）/ 实际值 / 标准分 / 自评分
    and a 省级补助 / 县级配套 split of the money."""
    name, dept, unit = "妇女儿童之家阵地建设", "缙云县妇女联合会", "缙云县妇女联合会"
    fa, fb, fe = D("45.00"), D("48.50"), D("47.12")
    rate = rate_of(fe, fb)
    es = D("9.72")
    inds = [
        q("新建规范化妇女儿童之家数量", "产出指标", "数量指标", 20, "≥", 12, "个", 12, 20),
        q("阵地建设验收合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("项目完成时限", "产出指标", "时效指标", 5, "≤", 12, "月", 11, 5),
        q("开展家庭教育指导活动场次", "效益指标", "社会效益指标", 20, "≥", 48, "场", 45, 18.75),
        t("阵地常态化运行", "效益指标", "可持续影响指标", 20, "常态化", "常态化", 20),
        q("妇女儿童满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93, 10),
    ]
    total = sum_scores(inds, es)
    grid = [
        ["项目名称", name, "", "", "", "", ""],
        ["主管部门", dept, "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "标准分", "执行率", "自评分"],
        ["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)],
        ["其中：省级补助", "30.00", "30.00", "30.00", "", "", ""],
        ["县级配套", "15.00", "18.50", "17.12", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "目标值（预期）", "实际值", "标准分", "自评分"],
        *cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"]),
        ["合计", "", "", "", "", "100", num(total)],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6)]
    body = docx_bytes(["缙云县2023年度项目支出绩效自评表"], grid, merges, ["自评结果：优秀"])
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "省级补助", "initial": D(30), "adjusted": D(30), "executed": D(30)},
                                 {"name": "县级配套", "initial": D(15), "adjusted": D("18.50"), "executed": D("17.12")}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("t15-zj-jinyun-women-project-docx-biaozhunfen", ".docx", body, facts,
                  "Zhejiang project form in Word: 目标值（预期）/ 实际值 / 标准分 / 自评分 columns (also in the money row), "
                  "省级补助/县级配套 rows, blank merged level cells, 自评结果：优秀 under the table")


REPORTS = [t06, t07, t09, t12, t15]
