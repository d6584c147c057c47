# ruff: noqa: E501
"""Reports sv02 and sv06 of the fifty-seventh set, each returning (facts, ext, content): saved site pages in a
provincial finance department reviewer's 2025 inbox of county transfer-payment (转移支付) self-evaluations — a
Shanxi county's .htm 区域绩效自评表 of a transfer payment (资金使用单位 / 全年预算数（A） / 全年执行数（B） /
执行率（B/A）, rows 中央补助 / 地方资金, the target column named 指标值 and the note column 未完成原因和改进措施), an
Inner Mongolia banner's .mhtml notice whose metadata table (索引号 / 发布机构 / 效力属性) and 附件 list (file names
that hold 自评表 and 自评报告) stand above the form that follows as 附件1.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from corpus_build import Row, exec_fact, indicator_fact
from eighteenth_facts import EARNED, D, Made, facts, form_rows
from fiftysixth_forms import _project
from fortyeighth_reports import scored
from fortyninth_reports import _mht
from seventeenth_facts import r2

YEAR = 2024


def _tr(cells: list[str], spans: dict[int, int] | None = None) -> str:
    spans = spans or {}
    return "<tr>" + "".join(f'<td colspan="{spans[i]}">{c}</td>' if i in spans else f"<td>{c}</td>"
                            for i, c in enumerate(cells)) + "</tr>"


# sv02 山西 长治 沁源县, project, .htm: the 转移支付区域绩效自评表 of a forest-fire prevention transfer payment --------------
SV02: list[Row] = [
    ("产出指标", "数量指标", "森林防火视频监控点建设", 15, "≥36处", "36处", "15", ""),
    ("产出指标", "数量指标", "专业扑火队员培训人次", 10, "≥600人次", "580人次", "9.67", "一期培训因防火期提前而取消"),
    ("产出指标", "质量指标", "监控设备正常运行率", 10, "≥95%", "97.8%", "10", ""),
    ("产出指标", "时效指标", "火情响应到场时间", 10, "≤30分钟", "26分钟", "10", ""),
    ("效益指标", "社会效益指标", "森林火灾受害率", 15, "≤0.9‰", "0.3‰", "15", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 10, "≥58.5%", "58.7%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", 20, "≥90%", "92%", "20", ""),
]


def sv02() -> Made:
    unit, proj = "沁源县森林防火服务中心", "2024年林业草原防灾减灾转移支付"
    central, local = ("520.00", "506.74"), ("86.50", "82.12")
    adj, exe = str(D(central[0]) + D(local[0])), str(D(central[1]) + D(local[1]))
    rt, es, tot = scored(SV02, exe, adj)
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in SV02)]
    b = {"adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
         "fund_rows": [{"name": "中央补助", "adjusted": D(central[0]), "executed": D(central[1])},
                       {"name": "地方资金", "adjusted": D(local[0]), "executed": D(local[1])}]}
    f = facts("项目支出", YEAR, {}, b, inds, tot, project={"name": proj, "implementing_unit": unit},
              full_mark=100, planted=[], stated_grade=EARNED)
    head = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "未完成原因和改进措施"]
    rows = [_tr(["转移支付（项目）名称", proj], {1: 7}),
            _tr(["中央主管部门", "国家林业和草原局", "地方主管部门", "沁源县林业局", "资金使用单位", unit], {1: 2, 5: 2}),
            "<tr><td rowspan=\"4\">资金情况（万元）</td><td></td><td>全年预算数（A）</td><td>全年执行数（B）</td><td>分值</td><td colspan=\"2\">执行率（B/A）</td><td>得分</td></tr>",
            _tr(["年度资金总额", adj, exe, "10", f"{rt}%", str(es)], {4: 2}),
            _tr(["其中：中央补助", *central, "—", f"{r2(D(central[1]) / D(central[0]) * 100)}%", "—"], {4: 2}),
            _tr(["地方资金", *local, "—", f"{r2(D(local[1]) / D(local[0]) * 100)}%", "—"], {4: 2}),
            _tr(["年度总体目标", "建成视频监控点36处，培训扑火队员600人次以上，森林火灾受害率控制在0.9‰以内。",
                 "建成监控点36处，培训580人次，全年未发生较大森林火灾。"], {1: 3, 2: 4}),
            _tr(head), *(_tr(c) for c in form_rows(SV02)),
            _tr(["总分", "100", str(tot), f["stated_grade"]], {0: 5})]
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"gb2312\"><title>沁源县人民政府 政府信息公开</title></head><body>\n"
            "<div class=\"top\">沁源县人民政府　|　无障碍浏览　|　长者模式</div>\n"
            "<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 财政预决算 &gt; 绩效评价</div>\n"
            f"<h1>{proj}区域绩效自评表</h1>\n"
            f"<p align=\"center\">（{YEAR}年度）</p>\n"
            "<table border=\"1\" cellspacing=\"0\">\n" + "\n".join(rows) + "\n</table>\n"
            "<p>填报单位：沁源县林业局　　联系人：王某　　联系电话：0355-0000000</p>\n"
            "<div class=\"foot\">主办单位：沁源县人民政府办公室　网站标识码：1404310000　晋ICP备00000000号</div>\n"
            "</body></html>\n")
    return f, "htm", html.encode("gb18030")


# sv06 内蒙古 乌兰察布 察哈尔右翼前旗, project, .mhtml: a notice with a metadata table, a 附件 list naming the form and
# the report by file name, then 附件1 (the form) on the same page ------------------------------------------------------
SV06: list[Row] = [
    ("产出指标", "数量指标", "嘎查村集体经济扶持数量", 15, "≥12个", "12个", "15", ""),
    ("产出指标", "数量指标", "建设标准化暖棚面积", 10, "≥2.4万平方米", "2.46万平方米", "10", ""),
    ("产出指标", "质量指标", "项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目开工时间", 5, "T:2024年5月底前", "T:2024年5月16日", "5", ""),
    ("效益指标", "经济效益指标", "嘎查村集体经济年收入增加", 15, "≥5万元", "4.6万元", "13.8", "暖棚租赁价格低于预期"),
    ("效益指标", "社会效益指标", "带动农牧户就业人数", 15, "≥180人", "196人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", 20, "≥90%", "95%", "20", ""),
]


def sv06() -> Made:
    unit, dept, proj = "察哈尔右翼前旗农村牧区经营管理站", "察哈尔右翼前旗农牧和科技局", "2024年扶持嘎查村集体经济发展自治区补助资金项目"
    money = ("600.00", "600.00", "591.48")
    f, rt, es, tot = _project(unit, dept, proj, money, SV06)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [_tr(["项目名称", proj], {1: 7}), _tr(["主管部门", dept, "实施单位", unit], {1: 3, 3: 3}),
            _tr(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
            _tr(["", "年度资金总额", *money, "10", f"{rt}%", str(es)]),
            _tr(head), *(_tr(c) for c in form_rows(SV06)),
            _tr(["总分", "100", str(tot), f["stated_grade"]], {0: 5})]
    meta = ("<table class=\"xxgk\"><tr><td>索引号</td><td>qyqnmkjj/2025-00117</td><td>效力属性</td><td>有效</td></tr>"
            "<tr><td>发布机构</td><td>农牧和科技局</td><td>文　号</td><td></td></tr>"
            "<tr><td>成文日期</td><td>2025-04-21</td><td>发布日期</td><td>2025-04-23</td></tr></table>\n")
    html = ("<html><head><meta charset=\"utf-8\"><title>察哈尔右翼前旗人民政府</title></head><body>\n"
            "<div class=\"nav\">首页 | 政务公开 | 政策文件 | 互动交流</div>\n" + meta +
            f"<h2>关于公开{YEAR}年度{proj}绩效自评结果的公告</h2>\n"
            f"<p>根据旗财政局关于开展{YEAR}年度项目支出绩效自评工作的通知要求，现将我局{proj}绩效自评结果予以公开。</p>\n"
            "<p>附件：1、2024年度扶持嘎查村集体经济项目支出绩效自评表.xlsx</p>\n"
            "<p>2、2024年度扶持嘎查村集体经济项目绩效自评报告.pdf</p>\n"
            f"<p style=\"text-align:right\">{dept}<br/>2025年4月21日</p>\n"
            "<p>附件1：</p>\n"
            f"<p align=\"center\">项目支出绩效自评表</p>\n<p align=\"center\">（{YEAR}年度）</p>\n"
            "<table border=\"1\">\n" + "\n".join(rows) + "\n</table>\n"
            "<div class=\"share\">分享到：微信 微博　【打印本页】【关闭窗口】</div>\n"
            "</body></html>\n")
    return f, "mhtml", _mht(f"{proj}绩效自评结果公告", html)


REPORTS = {
    "sv02-sx-qinyuan-forest-fire-region-htm-transfer-form": sv02,
    "sv06-nm-chayouqianqi-village-economy-project-mhtml-attachment-list": sv06,
}
