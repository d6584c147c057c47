# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Reports whose form reached the reviewer as a viewer's text preview: cells run together with no
separator at all, adjacent numbers fused (``1010`` = 分值 10 and 得分 10)."""

from __future__ import annotations

from typing import Any

from fifth_facts import (
    D,
    Ind,
    Report,
    blocks_of,
    execution_indicator,
    expected_indicator,
    money,
    num,
    pct,
    project_facts,
    q,
    r2,
    rate_of,
    sum_scores,
    t,
)
from fifth_forms import cq_whole, hubei_project, level_rows
from fifth_prose import doc_site, page_bottom, page_top, sections
from fifth_shapes import Grid, fused


def _pages(text: str, cuts: list[int]) -> str:
    """A document-sharing site's preview: the text in numbered chunks "1、…", cut mid-row (never inside
    a number, which would make the figure unreadable to a human too)."""
    def safe(i: int) -> int:
        while i < len(text) and (text[i - 1] in "0123456789.%" or text[i] in "0123456789.%"):
            i += 1
        return i

    out, start = [], 0
    for n, cut in enumerate([*(safe(x) for x in cuts), len(text)], start=1):
        out.append(f"{n}、{text[start:cut]}")
        start = cut
    return "\n".join(out)


# ---------------------------------------------------------------- p11
def p11() -> Report:
    unit, name = "射洪市农业农村局", "高标准农田灌排设施维修项目"
    b = e = D("48.00")
    printed = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("维修灌排渠道长度", "产出指标", "数量指标", 10, "≥", 12, "公里", 12.4, 10),
        q("新建排水闸门数量", "产出指标", "数量指标", 10, "≥", 6, "座", 6, 10, act_cell="≥6座", actual_cmp="≥"),
        q("工程验收合格率", "产出指标", "质量指标", 20, "=", 100, "%", 100, 20),
        q("工程按期完工率", "产出指标", "时效指标", 10, "≥", 90, "%", 95, 10),
        q("项目计划总投资", "产出指标", "成本指标", 10, "≤", 48, "万元", 48, 10),
        q("受益农户数", "效益指标", "社会效益指标", 10, "≥", 850, "户", 872, 10),
        q("农田灌溉水有效利用系数", "效益指标", "生态效益指标", 10, "≥", 0.55, "", 0.56, 10, expect_actual=False),
        q("受益农户满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 95, "%", 95, 10, act_cell="≥95%", actual_cmp="≥"),
    ]
    total = sum_scores(inds, 10)
    grid: Grid = [["绩效目标自评表"], ["（2022年度）"],
                  ["项目名称", name, "项目负责人及电话", "李国强13908261547（办公）"],
                  ["主管部门", unit, "实施单位", unit],
                  ["资金情况（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
                  ["年度资金总额：", money(b), money(e), "10", pct(rate_of(e, b)), "10"],
                  ["其中：本年财政拨款", money(b), money(e)], ["其他资金"],
                  ["年度总体目标", "年初设定目标", "年度总体目标完成情况综述"],
                  ["维修灌排渠道12公里以上，新建排水闸门6座，改善项目区农田灌排条件，保障粮食生产。",
                   "完成灌排渠道维修12.4公里，新建排水闸门6座，工程全部验收合格，项目区灌溉保证率明显提高。"],
                  ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                   "未完成原因及拟采取的改进措施"]]

    def tail(i: Ind) -> list[Any]:
        return [i.name, num(i.w), i.target_text(), i.actual_text(), num(i.sc), i.note]

    grid += level_rows(inds[:5], tail, printed)
    benefit = level_rows(inds[5:7], tail, printed)
    grid += [[benefit[0][0], "经济效益指标"], benefit[0][1:], *benefit[1:]]  # an empty 二级 row, as printed
    grid += level_rows(inds[7:], tail, printed)
    grid += [["……"], ["总分", "100", num(total)],
             ["注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项指标重要程度确定三级指标的分值，得分最高不能超过该指标分值上限；2.定性指标根据指标完成情况分为达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，分别按照该指标对应分值区间100-80%（含80%）、80-60%（含60%）、60-0%合理确定得分；3.定量指标若为正向指标，则得分计算方法为：全年实际值（B）/年度指标值（A）×该指标分值，最高不超过该指标分值上限。"]]
    notice = ("根据县财政局关于开展2022年度财政衔接推进乡村振兴补助资金项目绩效自评工作的要求，我局对实施的高标准农田灌排设施维修项目开展了绩效目标自评，现将自评结果予以公示，公示期5个工作日。"
              "公示期间如有异议，请向我局反映。意见收集人：罗文 联系电话：0825-6622418 "
              "附件：2022年财政衔接资金实施项目绩效自评表 射洪市农业农村局 2022年12月28日")
    top = page_top("射洪市人民政府", ["首页", "政务公开", "重点领域信息公开", "乡村振兴", "衔接资金项目公示公告"])
    bottom = page_bottom("射洪市人民政府", ["射洪市2022年度财政衔接推进乡村振兴补助资金项目计划调整公告",
                                           "射洪市农业农村局2022年度衔接资金项目实施情况公示",
                                           "射洪市2023年度巩固拓展脱贫攻坚成果和乡村振兴项目库公示"],
                         "5109810006", "蜀ICP备05028761号", "川公网安备51098102000093号")
    meta = ["射洪市农业农村局关于2022年度衔接资金项目绩效目标自评结果的公示",
            "信息来源：射洪市农业农村局    发布时间：2022-12-28 17:02    浏览次数：126    字体：[大 中 小]", ""]
    report = [f"{unit}{name}绩效自评报告", "一、项目基本情况",
              f"{name}是2022年度财政衔接推进乡村振兴补助资金支持项目，下达资金{money(b)}万元，用于项目区灌排渠道维修和排水闸门建设，由我局组织实施。",
              *sections(unit, "该项目", ("二", "三", "四", "五", "六"), use=False)]
    body = "\n".join([*top, *meta, notice + "".join(report) + fused(grid), *bottom])
    facts = project_facts(2022, unit, name, unit, {
        "budget": {"adjusted": b, "executed": e, "stated_execution_rate": D(100),
                   "fund_rows": [{"name": "本年财政拨款", "adjusted": b, "executed": e}]},
        "indicators": [execution_indicator(10, D(100), 10), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100), "stated_block_weights": blocks_of(printed),
    })
    return Report("p11-sc-shehong-farmland-project-fused", ".txt", body + "\n", facts,
                  "Sichuan 绩效目标自评表 fused with no separators (\"年度资金总额：48.0048.0010100.00%10\", \"总分100100\"); targets copied into 全年实际值; 产出 rows add to 60 under \"产出指标（50分）\"",
                  ["COMPARATOR_IN_ACTUAL", "BLOCK_WEIGHTS_VS_RULE"])


# ---------------------------------------------------------------- p12
def p12() -> Report:
    unit = "重庆市荣昌区融媒体中心"
    a, b, e = D("1286.40"), D("1342.75"), D("1302.67")
    rate = rate_of(e, b)
    es = r2(10 * rate / 100)
    inds = [
        q("财政供养人员控制率", "", "", 5, "≤", 100, "%", 96.5, 5),
        q("“三公”经费变动率", "", "", 3, "≤", 0, "%", -8.6, 3),
        q("预算调整率", "", "", 3, "≤", 5, "%", 4.38, 3),
        q("结转结余率", "", "", 2, "≤", 5, "%", 2.98, 2),
        q("政府采购执行率", "", "", 3, "=", 100, "%", 100, 3),
        t("管理制度健全性", "", "", 3, "健全", "健全", 3),
        t("资金使用合规性", "", "", 5, "合规", "合规", 5),
        q("固定资产利用率", "", "", 3, "≥", 90, "%", 100, 3),
        q("播发新闻稿件数量", "", "", 10, "≥", 2000, "篇", 2316, 10, core=True),
        q("新媒体平台粉丝增长数", "", "", 10, "≥", 5, "万人", 5.8, 10, core=True),
        q("节目制作时长", "", "", 10, "≥", 1800, "小时", 1712, 9.51, core=True),
        q("重大主题宣传活动次数", "", "", 10, "≥", 12, "次", 14, 10, core=True),
        q("安全播出事故次数", "", "", 5, "≤", 0, "次", 0, 5, act_cell="0", expect_actual=False),
        t("舆论引导能力", "", "", 8, "明显提升", "明显提升", 8),
        q("群众满意度", "", "", 10, "≥", 90, "%", 92.4, 10),
    ]
    for i in inds:
        i.cmp_shown = False
    total = sum_scores(inds, es)
    grid = cq_whole("（2022年度）", unit, "行政政法科", num(total), ("刘晓雯", "023-46736215"),
                    (a, b, e, pct(rate), "10", num(es)),
                    ("无", "保障中心正常运转，做好新闻采编播发、重大主题宣传和安全播出工作。",
                     "全年播发新闻稿件2316篇，开展重大主题宣传活动14次，新媒体平台粉丝增长5.8万人，安全播出无事故。"),
                    inds)
    report = [f"{unit}2022年度部门整体支出绩效自评报告", "一、部门基本情况",
              "中心为区委直属公益一类事业单位，承担全区新闻宣传、舆论引导、广播电视节目制作播出和新媒体平台运营等职能。",
              f"2022年部门年初预算{money(a)}万元，全年调整预算{money(b)}万元，全年执行{money(e)}万元，预算执行率{pct(rate)}。",
              *sections(unit, "本单位部门整体支出"), "七、自评结论", f"经自评，中心2022年度部门整体绩效自评总分{num(total)}分。"]
    text = "".join(report) + fused(grid)
    doc = _pages(text, [len(text) // 4, len(text) // 2 + 7, 3 * len(text) // 4 + 11])
    head, tail = doc_site("优选文库", "部门整体绩效自评表.docx", 6, "38.50KB",
                          ["部门整体支出绩效自评报告范文.docx", "2021年度部门整体绩效自评表(融媒体中心).docx",
                           "项目支出绩效自评表填写说明.doc", "绩效目标申报表模板.xls", "区级部门整体绩效评价指标体系.xlsx"])
    head = ["《部门整体绩效自评表.docx》由会员分享，可在线阅读，更多相关《部门整体绩效自评表.docx（6页珍藏版）》请在优选文库上搜索。", *head]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i, levels=False) for i in inds)],
        "stated_total": total,
    }
    return Report("p12-cq-rongchang-media-whole-fused", ".txt", "\n".join([*head, doc, *tail]) + "\n", facts,
                  "CQ 部门整体绩效自评表 from a document-sharing preview: fused cells in numbered chunks cut mid-row (\"100%1010是\", \"95.1%109.51是\")")


# ---------------------------------------------------------------- p13
def p13() -> Report:
    unit = "荆州市沙市区农业农村局"
    name = "耕地地力保护补贴项目"
    b = e = D("1856.20")
    blocks = {"产出指标": 40, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("补贴发放面积", "产出指标", "数量指标", 10, "≥", 42.5, "万亩", 43.1, 10),
        q("补贴农户户数", "产出指标", "数量指标", 10, "≥", 5.6, "万户", 5.74, 10),
        q("补贴面积核实准确率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("补贴资金兑付及时率", "产出指标", "时效指标", 10, "≥", 98, "%", 99.2, 10),
        q("种粮农户亩均增收", "效益指标", "经济效益指标", 10, "≥", 110, "元", 112.6, 10),
        q("耕地撂荒面积", "效益指标", "社会效益指标", 10, "≤", 0.3, "万亩", 0.26, 10),
        t("耕地地力", "效益指标", "可持续影响指标", 10, "保持稳定", "保持稳定", 9),
        q("补贴对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95.3, 10),
    ]
    total = sum_scores(inds, 20)
    grid = hubei_project(f"2023年{name}绩效目标自评表", name, unit, unit, (b, e, "100.00%", "20"), inds, blocks, num(total))
    grid[1] = ["填报日期：2024年3月20日", f"总分：{num(total)}分"]
    text = fused(grid)
    head, tail = doc_site("文档分享网", f"2023年{name}绩效自评报告.docx", 3, "27.12KB",
                          ["耕地地力保护补贴项目绩效自评报告（样本）.docx", "2022年耕地地力保护补贴资金绩效评价报告.pdf",
                           "农业农村局部门整体支出绩效自评表.xls"])
    head = ["1/1", "", *head]
    prose = [f"{unit}2023年{name}绩效自评报告", "",
             f"一、项目概况。2023年{name}资金{money(b)}万元，按照“谁种地补给谁”的原则，以二轮承包耕地面积为基础，扣除已改变用途的耕地后发放到实际种粮农户。",
             "二、资金使用情况。补贴资金通过“一卡通”系统于5月底前全部兑付到户，全年支出1856.20万元，执行率100%。",
             "三、绩效目标完成情况。全年核实补贴面积43.1万亩，惠及农户5.74万户，补贴面积核实准确率100%，种粮农户亩均增收112.6元，耕地撂荒面积控制在0.26万亩以内。",
             "四、存在的问题。部分土地流转后实际种粮主体信息更新不及时，面积核实工作量大。",
             "五、下一步措施。依托农业农村部耕地地力保护补贴信息系统，建立承包、流转、种植信息动态更新机制。",
             *sections(unit, "该项目", ("六", "七", "八", "九", "十")), ""]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023,
        "unit": {"supervising_department": unit},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"adjusted": b, "executed": e, "stated_execution_rate": D(100)},
        "indicators": [execution_indicator(20, D(100), 20), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "stated_block_weights": blocks_of(blocks),
    }
    body = "\n".join([*head, *prose, text, *tail]) + "\n"
    return Report("p13-hb-shashi-farmland-project-fused", ".txt", body, facts,
                  "Hubei 项目绩效目标自评表 fused (\"年度财政资金总额1856.201856.20100.00%20\", \"…112.6元1010\", \"…保持稳定109\") after a short prose report")


REPORTS = [p11, p12, p13]
