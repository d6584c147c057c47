"""Builders of the red-team reports handed in as text or markdown: each returns (file name, bytes),
encoding included (UTF-8, GBK, UTF-8 with BOM)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from redteam_prose import concl, execution_sentence, pipe_summary, staff, two_line_title, whole_unit_text
from redteam_render import fw, md_project_table, money, pct, pdf_like, plain


def build_r01(f: dict[str, Any]) -> tuple[str, bytes]:
    st = {"title": two_line_title(), "h1": "一、", "h2": "（一）", "h3": "1．", "weight": "分",
          "score": "该指标", "staff": staff("全镇现有在职人员{total}人"),
          "execution": execution_sentence(("年初预算", "全年（调整）预算", "全年执行", "预算执行率")),
          "conclusion": concl("本次绩效自评综合得分{t}分，绩效评价等级为“良”。")}
    return "r01-town-liangshan.txt", whole_unit_text(f, st).encode("utf-8")


def build_r02(f: dict[str, Any]) -> tuple[str, bytes]:
    st = {"title": lambda f: [f"{f['unit']['name']}{f['year']}年度部门整体支出绩效自评报告"],
          "h1": "一.", "h2": "(一)", "h3": "1)", "weight": "分值", "score": "得", "money_unit": "元",
          "target_style": 1, "ind_inline": True,
          "staff": staff("本街道核定编制45名，实有人数{total}人", "，"),
          "execution": execution_sentence(("年初预算数为", "调整后预算数为", "预算执行数为", "执行率为")),
          "conclusion": concl("经综合评价，本街道{year}年度整体支出绩效自评得分为{t}分，自评等级为“优秀”。")}
    return "r02-street-xinzhu-gbk.txt", whole_unit_text(f, st).encode("gbk")


def build_r03(f: dict[str, Any]) -> tuple[str, bytes]:
    st = {"title": lambda f: [f"{f['unit']['name']}", f"{f['year']}年度部门整体支出绩效自评报告"],
          "h1": "第一部分", "h2": "（一）", "h3": "1、", "weight": "权重", "score": "评分", "sep": False,
          "staff": staff("本单位核定行政编制25名，实有在职人员{total}人", "，"),
          "execution": execution_sentence(("年初预算安排", "年中调整后预算", "实际支出", "预算执行率达")),
          "conclusion": concl("综上，本单位{year}年度整体支出绩效自评综合评分{t}分，评价等级：中。")}
    return "r03-district-agri-fullwidth.txt", fw(whole_unit_text(f, st)).encode("utf-8")


def build_r04(f: dict[str, Any]) -> tuple[str, bytes]:
    st = {"title": two_line_title(), "h1": "一、", "h2": "（一）", "h3": "（1）", "weight": "分",
          "score": "扣分", "staff": staff("学校核定事业编制186名，实有在职教职工{total}人", "，"),
          "execution": execution_sentence(("年初预算数", "全年预算数", "全年执行数", "预算执行率")),
          "conclusion": concl("对照评分标准，学校{year}年度整体支出绩效自评共扣16.15分，最终得分{t}分，等级为良好。")}
    text = whole_unit_text(f, st)
    title = f"{f['unit']['name']}{f['year']}年度整体支出绩效自评报告"
    return "r04-school-pdfcopy.txt", pdf_like(text, 31, title).encode("utf-8")


def build_r12(f: dict[str, Any]) -> tuple[str, bytes]:
    b = f["budget"]

    def execution(f: dict[str, Any], m: Callable[[Decimal], str]) -> str:
        return (f"{f['project']['name']}{f['year']}年年初预算{money(b['initial'], '亿元')}，调整后预算"
                f"{money(b['adjusted'], '亿元')}（含上年结转资金{money(b['carry_over'], '亿元')}），实际支出"
                f"{money(b['executed'], '亿元')}，预算执行率{pct(b['stated_execution_rate'])}。")

    st = {"title": lambda f: [f"{f['unit']['name']}{f['year']}年度{f['project']['name']}绩效自评报告"],
          "h1": "一、", "h2": "（一）", "h3": "1、", "weight": "分", "score": "扣分", "target_style": 1,
          "ind_inline": True, "execution": execution,
          "duties": f"为改善全区义务教育学校办学条件，区教育局实施{f['project']['name']}，"
                    "主要用于校舍维修改造和教学设备购置。",
          "conclusion": concl("项目自评得分{t}分，自评等级为“优”。")}
    return "r12-edu-project-yiyuan.txt", whole_unit_text(f, st).encode("utf-8")


def build_r14(f: dict[str, Any]) -> tuple[str, bytes]:
    st = {"title": two_line_title(), "h1": "一、", "h2": "（一）", "h3": "1)", "weight": "分",
          "score": "得分为", "staff": staff("全镇在编在岗干部职工{total}人", "，"),
          "execution": execution_sentence(("年初预算", "全年调整预算", "全年执行", "预算执行率")),
          "conclusion": concl("经自评，我镇{year}年度整体支出绩效自评综合得分为{t}分，等级为优。")}
    return "r14-town-shuidong-gbk-fullwidth.txt", fw(whole_unit_text(f, st)).encode("gbk")


def build_r17(f: dict[str, Any]) -> tuple[str, bytes]:
    """Hunan style: the score first, expenditure by 人员/公用/项目, the score table pasted from Word
    as tab-separated text (merged 一级/二级 cells left blank below their first row)."""
    b, u = f["budget"], f["unit"]
    inc = "，".join(f"{i['name']}{money(i['amount'])}" for i in b["income_items"])
    exp = "，".join(f"{i['name']}{money(i['amount'])}" for i in b["expenditure_items"])
    lines = [f"{u['name']}{f['year']}年度部门整体支出绩效评价报告", "",
             "一、自评得分情况",
             f"根据县财政局关于开展{f['year']}年度部门整体支出绩效评价工作的通知，按照部门整体支出绩效评价指标体系，"
             f"我局对{f['year']}年度部门整体支出开展了绩效自评，综合评分为{plain(f['stated_total'])}分，评价等级为“优秀”。",
             "二、单位基本概况",
             "（一）机构设置情况",
             "局机关内设办公室、法治督察股、人民参与和促进法治股等6个股室，下设司法所9个。",
             "（二）人员编制情况",
             f"核定编制42人，实有在职人员{u['staff_total']}人，其中"
             + "，".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"]) + "。",
             "三、部门整体支出情况",
             f"1、收入：{money(b['income_total'])}。其中：{inc}。",
             f"2、支出：{money(b['expenditure_total'])}。其中：{exp}。",
             f"3、预算执行：年初预算{money(b['initial'])}，调整预算{money(b['adjusted'])}，实际支出"
             f"{money(b['executed'])}，预算执行率{pct(b['stated_execution_rate'])}。",
             "四、存在的问题及整改措施",
             "部分项目支出绩效目标细化量化不够，下一步将完善绩效指标体系。", "",
             "附件：部门整体支出绩效评价评分表", "",
             "\t".join(["一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"])]
    prev1 = prev2 = None
    for ind in f["indicators"]:
        l1 = ind["level1"] if ind["level1"] != prev1 else ""
        l2 = ind["level2"] if (ind["level2"], ind["level1"]) != prev2 else ""
        prev1, prev2 = ind["level1"], (ind["level2"], ind["level1"])
        lines.append("\t".join([l1, l2, ind["name"], plain(ind["weight"]), plain(ind["stated_score"]), "按评分标准"]))
    lines.append("\t".join(["合计", "", "", "100", plain(f["stated_total"]), ""]))
    return "r17-justice-bureau-tabs.txt", ("\n".join(lines) + "\n").encode("utf-8")


def build_r21(f: dict[str, Any]) -> tuple[str, bytes]:
    """A hospital report saved from Word on Windows: UTF-8 with BOM, CRLF line ends; money in 亿元
    for the totals and 万元 for the execution; indicators grouped under 一级 headings, the weight
    in its own sentence, and only the deduction written (never the indicator's score)."""
    b, u = f["budget"], f["unit"]

    def y(v: Decimal) -> str:
        return money(v, "亿元", sep=False)

    lines = [f"{u['name']}{f['year']}年度部门整体支出绩效自评报告", "",
             "一、部门基本情况", "（一）部门职能",
             "承担县域内急危重症救治、常见病多发病诊疗、公共卫生服务和基层医疗机构业务指导等职能。",
             "（二）人员情况",
             f"核定编制人数520人，实有在职职工{u['staff_total']}人，其中"
             + "，".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"]) + "。",
             "（三）部门收支情况",
             f"{f['year']}年部门收入总计{y(b['income_total'])}，其中"
             + "，".join(f"{i['name']}{y(i['amount'])}" for i in b["income_items"])
             + f"。支出总计{y(b['expenditure_total'])}，其中"
             + "，".join(f"{i['name']}{y(i['amount'])}" for i in b["expenditure_items"]) + "。",
             f"财政拨款年初预算{money(b['initial'])}，调整预算{money(b['adjusted'])}，执行{money(b['executed'])}，"
             f"执行率{pct(b['stated_execution_rate'])}。",
             "二、绩效指标完成情况"]
    group = None
    n_group = 0
    k = 0
    for ind in f["indicators"]:
        if ind["level1"] != group:
            group = ind["level1"]
            n_group += 1
            k = 0
            lines.append(f"{n_group}. {group}")
        k += 1
        t, a = ind["target"], ind["actual"]
        word = "不低于" if t["comparator"] == "≥" else "不超过"
        ded = "不扣分" if ind["stated_deduction"] == 0 else f"扣{plain(ind['stated_deduction'])}分"
        sample = f"抽样调查患者{ind['evidence']['sample_size']}人，" if ind.get("evidence") else ""
        lines.append(f"（{k}）{ind['name']}。该指标分值为{plain(ind['weight'])}分。年度目标{word}"
                     f"{plain(t['value'])}{t['unit']}，{sample}实际完成{plain(a['value'])}{a['unit']}，{ded}。")
    lines += ["三、自评结论",
              f"综上，本院{f['year']}年度部门整体支出绩效自评共扣11.89分，自评得分{plain(f['stated_total'])}分，评价等级为良好。",
              "四、存在的问题及改进措施",
              "医疗纠纷发生数超出控制目标，将加强医疗质量安全管理和医患沟通。", ""]
    return "r21-hospital-bom-crlf.txt", ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


def build_r23(f: dict[str, Any]) -> tuple[str, bytes]:
    """Text saved from Word: a table of contents with PAGEREF field codes, a [bookmark: _GoBack] tag,
    amounts in parentheses (其中：…), indicators as （一）…（七） with no weight in the prose: the weights
    are only in the score table at the end."""
    b, u = f["budget"], f["unit"]
    m = money
    toc = ["目录", "一、部门基本情况\tPAGEREF _Toc25831 \\h 1", "二、绩效自评工作情况\tPAGEREF _Toc32310 \\h 2",
           "三、绩效指标完成情况\tPAGEREF _Toc8401 \\h 2", "四、自评结论\tPAGEREF _Toc2776 \\h 4", ""]
    inc = "，".join(f"{i['name']}{m(i['amount'])}" for i in b["income_items"])
    exp = "，".join(f"{i['name']}{m(i['amount'])}" for i in b["expenditure_items"])
    lines = [f"{u['name']}", f"{f['year']}年度部门整体支出绩效自评报告", "", *toc,
             "一、部门基本情况",
             "[bookmark: _GoBack]本街道办事处内设党政办公室、社会事务办公室、城市管理办公室等7个内设机构。"
             f"核定编制38名，实有在职人员{u['staff_total']}人，其中"
             + "、".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"]) + "。",
             f"{f['year']}年度部门收入{m(b['income_total'])}（其中：{inc}），支出{m(b['expenditure_total'])}"
             f"（其中：{exp}）。年初预算{m(b['initial'])}，全年预算{m(b['adjusted'])}，实际执行{m(b['executed'])}，"
             f"预算执行率{pct(b['stated_execution_rate'])}。",
             "二、绩效自评工作情况",
             "街道成立绩效自评工作领导小组，对照年初绩效目标逐项自评。",
             "三、绩效指标完成情况"]
    for i, item in enumerate(f["indicators"], start=1):
        text = f"（{'一二三四五六七八九十'[i - 1]}）{item['name']}。"
        if item.get("target"):
            text += f"年度目标{item['target']['comparator']}{plain(item['target']['value'])}{item['target']['unit']}，"
        if item.get("evidence"):
            text += f"共调查居民{item['evidence']['sample_size']}人，"
        text += (f"实际完成{plain(item['actual']['value'])}{item['actual']['unit']}，"
                 f"得分{plain(item['stated_score'])}分。")
        lines.append(text)
    lines += ["四、自评结论", f"自评总分{plain(f['stated_total'])}分，评价等级“优”。", "",
              "附表：绩效自评评分表", "",
              "| 序号 | 指标名称 | 分值 | 得分 |", "|---|---|---|---|"]
    for i, item in enumerate(f["indicators"], start=1):
        lines.append(f"| {i} | {item['name']} | {plain(item['weight'])} | {plain(item['stated_score'])} |")
    lines.append(f"| | 总分 | 100 | {plain(f['stated_total'])} |")
    return "r23-street-kaili-toc.txt", ("\n".join(lines) + "\n").encode("utf-8")


def build_r26(f: dict[str, Any]) -> tuple[str, bytes]:
    """An official letter: 文号, addressee, title “关于…的报告” without the unit, “我镇” in the body, the
    unit only in the signature; scores before the facts, “得满分”, “不得分”, targets after actuals."""
    b, u = f["budget"], f["unit"]
    m = money
    i = {x["name"]: x for x in f["indicators"]}
    lines = ["驷府〔2024〕15号", "", f"关于{f['year']}年度部门整体支出绩效自评情况的报告", "", "县财政局：",
             f"根据《关于开展{f['year']}年度预算绩效自评工作的通知》要求，我镇对{f['year']}年度部门整体支出开展了绩效自评，"
             "现将有关情况报告如下。",
             "一、基本情况",
             f"全镇机关事业单位在职干部职工{u['staff_total']}人，其中行政编制29人，事业编制38人。",
             f"{f['year']}年，我镇收入总计{m(b['income_total'])}，其中一般公共预算财政拨款收入"
             f"{m(b['income_items'][0]['amount'])}、政府性基金预算财政拨款收入{m(b['income_items'][1]['amount'])}；"
             f"支出总计{m(b['expenditure_total'])}，其中基本支出{m(b['expenditure_items'][0]['amount'])}、"
             f"项目支出{m(b['expenditure_items'][1]['amount'])}。年初预算{m(b['initial'])}，全年预算数"
             f"{m(b['adjusted'])}，执行数{m(b['executed'])}，执行率{pct(b['stated_execution_rate'])}。",
             "二、绩效指标完成情况",
             "（一）预算执行率（10分）。该项得分9.26分。全年预算执行率92.58%。",
             "（二）乡村振兴项目完成率（15分）。得满分15分。年度目标100%，全年实施项目12个，全部完工，完成率100%。",
             "（三）新增违法占用耕地面积（10分）。年度目标0亩，全年新增违法占用耕地2.3亩，不得分。",
             "（四）较大以上安全生产事故（10分）。得满分10分。全年未发生较大以上安全生产事故。",
             "（五）农村改厕完成户数（15分）。得分13.5分。年度目标不少于400户，实际完成360户。",
             "（六）政务服务好评率（15分）。得满分15分。年度目标≥95%，实际达到98.6%。",
             "（七）群众满意度（25分）。得分21.5分。发放问卷150份，满意度86%，低于目标值90%。",
             "三、自评结论",
             f"经自评，我镇{f['year']}年度部门整体支出绩效自评得分{plain(f['stated_total'])}分，评价等级为良好。",
             "四、存在的问题",
             "耕地保护压力较大，改厕进度滞后。",
             "", u["name"], f"{f['year'] + 1}年3月15日", ""]
    assert i["预算执行率"]["stated_score"] == Decimal("9.26")
    return "r26-town-letter-signature.txt", "\n".join(lines).encode("utf-8")


def build_r29(f: dict[str, Any]) -> tuple[str, bytes]:
    """Traps: last year's score, rate and income are quoted next to this year's; the weight appears
    only as “（满分X分）” after the score; “个百分点”; counts of indicators in a sentence."""
    b, u = f["budget"], f["unit"]
    m = money
    inc = "，".join(f"{i['name']}{m(i['amount'])}" for i in b["income_items"])
    exp = "，".join(f"{i['name']}{m(i['amount'])}" for i in b["expenditure_items"])
    lines = [f"{u['name']}{f['year']}年度整体支出绩效自评报告", "",
             "一、部门概况",
             f"本局编制人数56人，实有人数{u['staff_total']}人，其中"
             + "、".join(f"{p['name']}{p['count']}人" for p in u["staff_parts"]) + "。",
             f"{f['year']}年收入合计{m(b['income_total'])}（上年为3,512.60万元），其中{inc}；支出合计"
             f"{m(b['expenditure_total'])}，其中{exp}。",
             f"年初预算{m(b['initial'])}，调整后预算{m(b['adjusted'])}，全年执行{m(b['executed'])}，预算执行率"
             f"{pct(b['stated_execution_rate'])}，较上年（89.50%）提高5.66个百分点。",
             "二、上年度绩效自评结果应用情况",
             f"{f['year'] - 1}年度我局整体支出绩效自评得分92.30分，等级为优。"
             "针对上年自评发现的燃气安全隐患整治滞后问题，"
             "今年开展了专项整治。",
             "三、绩效指标完成情况",
             "本次自评共设置一级指标3个、二级指标6个、三级指标7个。"]
    for item in f["indicators"]:
        t, a = item.get("target"), item["actual"]
        text = f"{item['number']}.{item['name']}："
        if t:
            word = {"≥": "不少于", "≤": "不超过", "=": ""}[t["comparator"]]
            text += f"年度目标{word or '='}{plain(t['value'])}{t['unit']}，"
        if item.get("evidence"):
            text += f"调查群众{item['evidence']['sample_size']}人，满意度较上年提高2个百分点，"
        text += f"实际{'完成' if not t or t['comparator'] != '≤' else '为'}{plain(a['value'])}{a['unit']}，"
        text += f"得{plain(item['stated_score'])}分（满分{plain(item['weight'])}分）。"
        lines.append(text)
    lines += ["四、自评结论", f"{f['year']}年度自评综合得分{plain(f['stated_total'])}分，等级为“优”。", ""]
    return "r29-housing-bureau-traps.txt", "\n".join(lines).encode("utf-8")


def build_r30(f: dict[str, Any]) -> tuple[str, bytes]:
    """A Sichuan project table copied from a government web page: one cell per line, each ending in
    “ |”, empty cells as a lone “|” (the way the published pages come out as text)."""
    b, p, e = f["budget"], f["project"], f["indicators"][0]
    cells: list[str] = ["报表编号：510000_0013zp", "", "", f"部门预算项目支出绩效自评表（{f['year']}年度）",
                        "项目名称", p["name"], "主管部门", f["unit"]["supervising_department"], "实施单位 (盖章)",
                        p["implementing_unit"], "项目基本情况", "1.项目年度目标完成情况", "项目年度目标",
                        "年度目标完成情况",
                        "按时足额发放村（社区）干部报酬，保障基层组织正常运转。", "已按月足额发放。",
                        "预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数",
                        "预算执行率", "权重", "得分", "原因", "总额", f"{b['initial']:.2f}", f"{b['adjusted']:.2f}",
                        f"{b['executed']:.2f}", pct(b["stated_execution_rate"]), plain(e["weight"]),
                        plain(e["stated_score"]), "年中增人调增预算",
                        "其中：财政资金", f"{b['initial']:.2f}", f"{b['adjusted']:.2f}", f"{b['executed']:.2f}",
                        pct(b["stated_execution_rate"]), "/", "/", "", "其他资金", "", "", "", "", "/", "/",
                        "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                        "完成值",
                        "权重", "得分", "未完成原因分析"]
    for item in f["indicators"][1:]:
        t = item["target"]
        cells += [item["level1"], item["level2"], item["name"], t["comparator"], plain(t["value"]), t["unit"],
                  plain(item["actual"]["value"]), plain(item["weight"]), plain(item["stated_score"]), ""]
    cells += ["合计", "100", plain(f["stated_total"]), "",
              "评价结论", f"项目自评总分{plain(f['stated_total'])}分，自评等级为优。报酬按时足额发放。",
              "存在问题", "无", "改进措施", "无", "项目负责人：", "财务负责人：", ""]
    text = "\n".join(f"{c} |" if c else "|" for c in cells) + "\n"
    return "r30-sichuan-webcopy.txt", text.encode("utf-8")


def build_r05(f: dict[str, Any]) -> tuple[str, bytes]:
    b, p = f["budget"], f["project"]
    e = f["indicators"][0]
    lines = [
        f"# {f['unit']['name']}{f['year']}年度{p['name']}支出绩效自评报告", "",
        "## 一、项目基本情况", "",
        f"项目名称：{p['name']}  ", f"主管部门：{f['unit']['supervising_department']}  ",
        f"实施单位：{p['implementing_unit']}", "",
        f"项目年度总体目标：{p['goal_expected']}。实际完成情况：{p['goal_actual']}。", "",
        "## 二、项目资金情况", "",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "|---|---|---|---|---|---|---|",
        f"| 年度资金总额 | {b['initial']:.2f} | {b['adjusted']:.2f} | {b['executed']:.2f} | {plain(e['weight'])} | "
        f"{pct(b['stated_execution_rate'])} | {plain(e['stated_score'])} |",
        f"| 其中：当年财政拨款 | {b['initial']:.2f} | {b['adjusted'] - b['carry_over']:.2f} | "
        f"{b['executed'] - b['carry_over']:.2f} | — | — | — |",
        f"| 上年结转资金 | | {b['carry_over']:.2f} | {b['carry_over']:.2f} | — | — | — |",
        "", "## 三、绩效指标完成情况", "", md_project_table(f), "",
        "## 四、自评结论", "", f"项目自评得分{plain(f['stated_total'])}分，评价等级为优。", "",
        "## 五、存在问题及改进措施", "", "个别设备到货延迟。下一步将在采购合同中明确交货期限和违约责任。", "",
    ]
    return "r05-hospital-equipment.md", "\n".join(lines).encode("utf-8")


def build_r13(f: dict[str, Any]) -> tuple[str, bytes]:
    b = f["budget"]
    inc = "\n".join(f"| 其中：{i['name']} | {i['amount']:,.2f} |" for i in b["income_items"])
    exp = "\n".join(f"| 其中：{i['name']} | {i['amount']:,.2f} |" for i in b["expenditure_items"])
    body = [f"# {f['unit']['name']}{f['year']}年度部门整体支出绩效自评报告", "",
            "## 一、部门基本情况", "",
            "### （一）机构及人员", "",
            staff("本中心编制人数68人，实有人数{total}人")(f), "",
            "### （二）收支情况", "",
            "| 项目 | 金额（万元） |", "|---|---|",
            f"| 收入合计 | {b['income_total']:,.2f} |", inc,
            f"| 支出合计 | {b['expenditure_total']:,.2f} |", exp, "",
            execution_sentence(("年初预算", "调整后预算", "实际执行", "执行率"))(
                f, lambda v: money(v, "万元")), "",
            "## 二、绩效评价情况", ""]
    for ind in f["indicators"]:
        body.append(f"**{ind['number']}. {ind['name']}（{plain(ind['weight'])}分）**")
        body.append("")
        text = f"年度指标值{ind['target']['comparator']}{plain(ind['target']['value'])}%，" if ind.get("target") else ""
        if ind.get("evidence_text"):
            text += ind["evidence_text"] + "，"
        text += f"实际完成{plain(ind['actual']['value'])}%，得分为{plain(ind['stated_score'])}分。"
        body.extend([text, ""])
    body += ["## 三、评价结论", "", f"综合得分{plain(f['stated_total'])}分，评价等级为“良”。", "",
             "## 四、存在的问题及改进措施", "", "家庭医生签约覆盖率和疫苗接种率未达目标，将加强入户宣传。", "",
             pipe_summary(f), ""]
    return "r13-community-health.md", "\n".join(body).encode("utf-8")


TEXT_BUILDERS = {
    "r01": build_r01,
    "r02": build_r02,
    "r03": build_r03,
    "r04": build_r04,
    "r05": build_r05,
    "r12": build_r12,
    "r13": build_r13,
    "r14": build_r14,
    "r17": build_r17,
    "r21": build_r21,
    "r23": build_r23,
    "r26": build_r26,
    "r29": build_r29,
    "r30": build_r30,
}
