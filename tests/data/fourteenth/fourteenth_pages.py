# ruff: noqa: E501  (report lines are kept whole)
"""Fourteenth corpus, saved pages: a Shandong street office's whole-unit form on a portal page, 一级 and 二级
cells with rowspan, names broken by <br>, the grade as check boxes “☑优 □良” (r04); a Jilin town's project
form as an OA system's detail view saved as MHTML, label / value fields before the indicator grid (r08);
a Jiangxi town's project form saved by Word as a web page (.htm): MsoNormal paragraphs, numbers split across
spans, &nbsp; padding (r10)."""

from __future__ import annotations

from fourteenth_base import (
    D,
    Ind,
    Report,
    budget,
    exec_score,
    execution_indicator,
    exp,
    mhtml,
    money,
    num,
    pct,
    project,
    q,
    rate_of,
    sum_scores,
    t,
    whole_facts,
)


def grid_rows(inds: list[Ind], cell: str, broken: bool = False) -> list[str]:
    """Indicator rows as HTML with rowspan on the 一级 and 二级 cells (``cell`` formats one cell's text)."""
    rows = []
    for k, i in enumerate(inds):
        tds = []
        if k == 0 or inds[k - 1].l1 != i.l1:
            span = sum(1 for j in inds[k:] if j.l1 == i.l1)
            tds.append(f'<td rowspan="{span}">{cell.format(i.l1)}</td>')
        if k == 0 or inds[k - 1].l2 != i.l2 or inds[k - 1].l1 != i.l1:
            span = 0
            for j in inds[k:]:
                if j.l2 != i.l2 or j.l1 != i.l1:
                    break
                span += 1
            tds.append(f'<td rowspan="{span}">{cell.format(i.l2)}</td>')
        name = i.name[:4] + "<br>" + i.name[4:] if broken and len(i.name) > 6 else i.name
        for text in (name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note or "&nbsp;"):
            tds.append(f"<td>{cell.format(text)}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return rows


# ---------------------------------------------------------------- r04
def r04() -> Report:
    """Shandong, Weifang: a street office's whole-unit form on a portal page. Planted: ☑良 ticked for 94.6."""
    fa, fb, fe = D("1268.40"), D("1392.75"), D("1355.12")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("城乡环卫保洁覆盖率", "产出指标", "数量指标", 10, "=", 100, "%", 100, 10),
        q("老旧小区改造个数", "产出指标", "数量指标", 10, "≥", 6, "个", 6, 10),
        q("矛盾纠纷调解成功率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.8, 10),
        q("民生实事按期完成率", "产出指标", "时效指标", 10, "≥", 90, "%", 87.5, 9, note="1项实事受审批影响延期"),
        q("人均公用经费", "成本指标", "经济成本指标", 10, "≤", 1.6, "万元", 1.52, 10),
        t("辖区社会治安状况", "效益指标", "社会效益指标", 15, "持续向好", "持续向好", 15),
        t("农村人居环境", "效益指标", "生态效益指标", 10, "明显改善", "有所改善", 8, note="2个村污水管网未完工"),
        q("辖区群众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 92.6, 15),
    ]
    total = sum_scores(inds, es)
    rows = grid_rows(inds, "{}", broken=True)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>昌乐县宝城街道办事处2024年度部门整体支出绩效自评表_财政预决算_昌乐县人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="#">无障碍浏览</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效评价</div>
<h1>昌乐县宝城街道办事处2024年度部门整体支出绩效自评表</h1>
<div class="info">发布时间：2025-05-16 来源：宝城街道 浏览次数：<span id="hits">126</span></div>
<div class="content">
<table border="1" cellspacing="0">
<tr><td colspan="3">部门（单位）名称</td><td colspan="6">昌乐县宝城街道办事处</td></tr>
<tr><td colspan="3">年度预算执行情况（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td colspan="3">年度资金总额</td><td>{money(fa)}</td><td>{money(fb)}</td><td>{money(fe)}</td><td>10</td><td>{pct(rate)}</td><td>{num(es)}</td></tr>
<tr><td colspan="3">部门职责</td><td colspan="6">承担辖区党的建设、经济发展服务、社会治理、公共服务、平安建设和城乡环境管理等职责。</td></tr>
<tr><td colspan="3">年度总体目标</td><td colspan="6">完成6个老旧小区改造，环卫保洁全覆盖，群众满意度90%以上。</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td><td></td></tr>
{chr(10).join(rows)}
<tr><td colspan="5">总分</td><td>100</td><td>{num(total)}</td><td colspan="2"></td></tr>
<tr><td colspan="3">自评等级</td><td colspan="6">□优 ☑良 □中 □差</td></tr>
</table>
</div>
<div class="share">分享到：微信 微博</div>
<div class="foot">主办：昌乐县人民政府办公室 鲁ICP备05012345号</div>
</body></html>
"""
    facts = whole_facts(2024, "昌乐县宝城街道办事处", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "良",
    })
    return Report("r04-sd-baocheng-street-whole-html-rowspan-boxes", ".html", html, facts,
                  note="portal page; rowspan 一级/二级; names broken by <br>; 成本指标 in a whole-unit form; grade as ☑ among □",
                  planted=["GRADE_MISMATCH"])


# ---------------------------------------------------------------- r08
def r08() -> Report:
    """Jilin, Siping: a town's project as an OA detail view saved as MHTML: label / value divs, then the grid."""
    fa, fb, fe = D("96.00"), D("112.00"), D("108.64")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("清运垃圾量", "产出指标", "数量指标", 20, "≥", 5200, "吨", 5416, 20),
        q("配备保洁人员", "产出指标", "数量指标", 10, "≥", 46, "人", 46, 10),
        q("垃圾日产日清率", "产出指标", "质量指标", 15, "≥", 98, "%", 98.6, 15),
        q("垃圾清运费用", "成本指标", "经济成本指标", 10, "≤", 112, "万元", 108.64, 10),
        t("村容村貌", "效益指标", "社会效益指标", 15, "明显改善", "明显改善", 15),
        q("村民满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 85.3, 18, note="偏远屯清运频次偏低"),
    ]
    total = sum_scores(inds, es)
    fields = [("项目名称", "农村生活垃圾收集清运"), ("主管部门", "梨树县住房和城乡建设局"), ("实施单位", "梨树县孤家子镇人民政府"),
              ("年初预算数(万元)", money(fa)), ("全年预算数(万元)", money(fb)), ("全年执行数(万元)", money(fe)),
              ("预算执行率", pct(rate)), ("预算执行分值", "10"), ("预算执行得分", num(es)), ("自评得分", num(total)), ("自评等级", "优")]
    divs = "\n".join(f'<div class="form-item"><label class="lbl">{k}：</label><span class="val">{v}</span></div>' for k, v in fields)
    rows = grid_rows(inds, '<div class="cell">{}</div>')
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>绩效自评详情 - 预算管理一体化系统</title></head>
<body><div class="oa-header">预算管理一体化系统 &gt; 绩效管理 &gt; 项目绩效自评 &gt; 查看</div>
<div class="panel"><div class="panel-title">2023年度项目支出绩效自评（已审核）</div>
{divs}
</div>
<div class="panel"><div class="panel-title">绩效指标完成情况</div>
<table class="grid"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div>
<div class="oa-footer">操作人：刘晓彤 操作时间：2024-03-21 15:42:07 <button>返回</button> <button>打印</button></div>
</body></html>
"""
    body = mhtml("http://10.22.8.15/pbm/perf/selfeval/view?id=2023-0417", "绩效自评详情", html)
    facts = project(2023, "梨树县住房和城乡建设局", "农村生活垃圾收集清运", "梨树县孤家子镇人民政府", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("r08-jl-lishu-town-project-oa-mhtml", ".mhtml", body, facts,
                  note="OA detail view saved as MHTML (quoted-printable): label/value divs incl. 自评得分/等级, then a grid with rowspan")


# ---------------------------------------------------------------- r10
def r10() -> Report:
    """Jiangxi, Ganzhou: a town's project form saved by Word as 'Web page' (.htm, UTF-8): every cell a
    MsoNormal paragraph, some numbers split across spans, &nbsp; padding."""
    fb, fe = D("158.00"), D("149.37")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("新建产业路长度", "产出指标", "数量指标", 20, "≥", 6.5, "公里", 6.8, 20),
        q("工程验收合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        t("完工时间", "产出指标", "时效指标", 10, "2023年11月前", "2023年10月", 10),
        q("受益脐橙种植户", "效益指标", "经济效益指标", 15, "≥", 260, "户", 271, 15),
        t("道路长期通行", "效益指标", "可持续影响指标", 10, "≥5年", "正常通行", 10),  # a quantitative target over a text outcome
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 89, 19, note="雨季部分路段积水"),
    ]
    total = sum_scores(inds, es)

    def p(text: str) -> str:
        if text and text[0].isdigit() and len(text) > 3:  # Word splits a number across runs
            text = f'{text[:2]}</span><span lang=EN-US style="font-size:10.5pt">{text[2:]}'
        return f'<p class=MsoNormal align=center style="text-align:center"><span style="font-size:10.5pt;font-family:仿宋_GB2312">{text or "&nbsp;"}</span><span lang=EN-US><o:p></o:p></span></p>'

    def tr(cells: list[str]) -> str:
        return "<tr style='height:20.0pt'>" + "".join(f"<td width=80 valign=center style='border:solid windowtext 1.0pt'>{p(c)}</td>" for c in cells) + "</tr>"
    rows = [tr([i.l1, i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note]) for i in inds]
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<title>兴国县埠头乡2023年度项目支出绩效自评表</title>
<style><!-- p.MsoNormal {{margin:0cm; font-size:10.5pt; font-family:"Times New Roman";}} @page WordSection1 {{size:841.9pt 595.3pt; mso-page-orientation:landscape;}} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>兴国县埠头乡2023年度项目支出绩效自评表</span></b></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>项目名称：脐橙产业路建设项目&nbsp;&nbsp;&nbsp;&nbsp;主管部门：兴国县农业农村局&nbsp;&nbsp;&nbsp;&nbsp;实施单位：兴国县埠头乡人民政府</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
{tr(["项目资金（万元）", "", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""])}
{tr(["年度资金总额", "", money(fb), money(fe), "10", pct(rate), num(es), ""])}
{tr(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])}
{chr(10).join(rows)}
{tr(["总分", "", "", "", "", "100", num(total), ""])}
</table>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>填报人：曾凡林&nbsp;&nbsp;联系电话：0797-5321876</span></p>
</div></body></html>
"""
    facts = project(2023, "兴国县农业农村局", "脐橙产业路建设项目", "兴国县埠头乡人民政府", {
        "budget": budget(None, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds[:4]),
                       exp(inds[4], target={"comparator": "≥", "value": D(5), "unit": "年"}), exp(inds[5])],
        "stated_total": total,
    })
    return Report("r10-jx-xingguo-town-project-word-htm", ".htm", html, facts,
                  note="Word 'save as web page' .htm: MsoNormal per cell, numbers split across spans, &nbsp;")


REPORTS = [r04, r08, r10]
