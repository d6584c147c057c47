# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Reports whose form is a document's text layer: the whole document on one line, cells separated by
single spaces, after a block of document metadata (author, dates, software version, ids); or each row
on its own line with single spaces between cells."""

from __future__ import annotations

from typing import Any

from fifth_cases import CentralCase
from fifth_facts import (
    D,
    Report,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    items_of,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
)
from fifth_forms import central_project, central_whole
from fifth_prose import sections
from fifth_shapes import one_line, row_lines


def _wps_meta(author: str, account: str, created: str, modified: str, build: str, guid: str, chars: int) -> str:
    """The docProps a text extractor prints before a WPS document's body."""
    return (f"{author} {account} 1 {created} 2018-07-02T08:14:26Z {modified} 12.00 2052-11.1.0.{build} {guid} "
            f"9300 {chars} 0 0 False False False")


# ---------------------------------------------------------------- p08
def p08() -> Report:
    unit, name = "池州市贵池区牌楼岭镇人民政府", "村级公益事业一事一议奖补项目"
    fa, fb, fe = D("120"), D("120"), D("118.56")
    blocks = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("奖补项目个数", "产出指标", "数量指标", 10, "≥", 8, "个", 8, 10, act_cell="8", actual_unit_shown=False),
        q("新建村内道路长度", "产出指标", "数量指标", 10, "≥", 3.5, "公里", 3.62, 10, act_cell="3.62", actual_unit_shown=False),
        q("项目验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10, act_cell="100", actual_unit_shown=False),
        t("项目完工及时性", "产出指标", "时效指标", 10, "按计划完成", "达成预期指标", 10),
        q("项目总成本", "产出指标", "成本指标", 10, "≤", 120, "万元", 118.56, 10, act_cell="118.56", actual_unit_shown=False),
        t("村民出行条件", "效益指标", "社会效益指标", 10, "明显改善", "达成预期指标", 10),
        q("群众筹资筹劳折资", "效益指标", "经济效益指标", 10, "≥", 15, "万元", 16.2, 10, act_cell="16.2", actual_unit_shown=False),
        t("工程长效管护机制", "效益指标", "可持续影响指标", 10, "长效管护", "部分达成", 9,
          note="个别村管护资金未落实，已督促纳入村级预算"),
        q("受益群众满意度", "满意度指标", "满意度指标", 10, "≥", 90, "%", 93, 10, act_cell="93", actual_unit_shown=False),
    ]
    total = sum_scores(inds, 0)
    grid = central_project("（2022年度）", name, "219-池州市贵池区牌楼岭镇人民政府", "219001-池州市贵池区牌楼岭镇人民政府",
                           [("年度资金总额：", D(0), D(0), D(0)), ("其中：本年财政拨款", fa, fb, fe),
                            ("上年结转资金", None, None, None), ("其他资金", None, None, None)],
                           ("10", "0", "0"),
                           ("本项目资金全部为本年财政拨款，用于8个行政村的村内道路、小型水利和村庄亮化等公益事业建设，由村民议事会民主议定，政府给予奖补。",
                            "8个奖补项目全部完工并通过镇级验收，新建村内道路3.62公里，带动群众筹资筹劳折资16.2万元。"),
                           inds, num(total), blocks, sub_marks="")
    prose = [f"{unit}{name}绩效自评报告", "一、项目基本情况",
             f"{name}是落实村级公益事业建设财政奖补政策的重点项目。2022年，我镇通过村民议事会议定项目8个，覆盖8个行政村，奖补资金由区财政局下达。",
             *sections(unit, "该项目"),
             "附件："]
    meta = _wps_meta("张晓岚", "zlnb210061", "2021-11-03T02:15:40Z", "2023-04-18T07:42:09Z", "14036",
                     "8C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F", 18452)
    body = meta + " " + " ".join(prose) + " " + one_line(grid) + " 填报人：王平 联系电话：0566-2716358 填报日期：2023年4月18日"
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2022,
        "unit": {"supervising_department": "池州市贵池区牌楼岭镇人民政府"},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": D(0), "adjusted": D(0), "executed": D(0), "stated_execution_rate": D(0),
                   "fund_rows": [{"name": "本年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, D(0), 0), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100), "stated_block_weights": blocks_of(blocks),
    }
    return Report("p08-ah-guichi-town-project-oneline", ".txt", body + "\n", facts,
                  "Anhui WPS text layer: metadata (author, account, dates, 2052-11.1.0.x, GUID) then report and form on ONE line; codes before names (219-…)",
                  ["ROWS_NOT_SUM"])


# ---------------------------------------------------------------- p09
def p09() -> Report:
    unit = "东至县香隅农业综合服务中心"
    a, b, e = D("386.20"), D("412.75"), D("405.18")
    rate = rate_of(e, b)
    es = exec_score(10, rate)
    income = [("其中：财政拨款：", D("398.75")), ("其他资金：", D("14.00"))]
    spend = [("其中：基本支出：", D("286.40")), ("项目支出：", D("118.78"))]
    inds = [
        q("农技推广服务农户数", "产出指标", "数量指标", 10, "≥", 2600, "户", 2714, 10),
        q("主推技术到位率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.2, 10),
        q("动物强制免疫密度", "产出指标", "质量指标", 10, "≥", 90, "%", 93.5, 10),
        q("农业灾情信息报送及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("公用经费支出", "产出指标", "成本指标", 10, "≤", 42, "万元", 40.6, 10),
        q("粮食播种面积", "效益指标", "经济效益指标", 10, "≥", 6.8, "万亩", 6.92, 10),
        t("农业面源污染", "效益指标", "生态效益指标", 10, "有效控制", "有效控制", 10),
        q("新型农业经营主体培育数", "效益指标", "可持续影响指标", 10, "≥", 12, "家", 11, 9.17,
          note="受市场行情影响两家合作社推迟注册"),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.7, 10),
    ]
    total = sum_scores(inds, es)
    grid = central_whole("（2023年度）", unit, (a, b, e, "10", pct(rate), num(es)),
                         [("按收入性质分：", b), *income], [("按支出性质分：", e), *spend],
                         ("做好全镇农业技术推广、动物防疫、农业防灾减灾和农村经营管理服务，保障粮食生产稳定。",
                          "全年服务农户2714户，主推技术到位率96.2%，粮食播种面积6.92万亩，未发生区域性重大动物疫情。"),
                         inds, num(total))
    prose = [f"{unit}2023年度部门整体支出绩效自评报告", "一、部门基本情况",
             "中心为镇属全额拨款事业单位，承担农业技术推广、动物防疫检疫、农村经营管理和农业综合执法协助等职能。",
             f"2023年年初预算{money(a)}万元，全年预算{money(b)}万元，全年执行{money(e)}万元，预算执行率{pct(rate)}。",
             *sections(unit, "本单位整体支出"), "附件："]
    meta = _wps_meta("香隅农服中心", "Administrator", "2024-03-11T01:22:05Z", "2024-04-02T09:03:51Z", "11691",
                     "3F2A9B7C1D4E5F60718293A4B5C6D7E8", 9816)
    body = meta + " " + " ".join(prose) + " " + one_line(grid)
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit},
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "income_total": b,
                   "income_items": items_of(income),
                   "expenditure_total": e,
                   "expenditure_items": items_of(spend)},
        "indicators": [execution_indicator(10, rate, es), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    }
    return Report("p09-ah-dongzhi-centre-whole-oneline", ".txt", body + "\n", facts,
                  "Anhui whole-unit report and form on ONE line after WPS metadata; label：value income/spend cells")


# ---------------------------------------------------------------- p26
def p26() -> Report:
    unit, dept, name = "绩溪县上庄镇综合文化站", "绩溪县上庄镇人民政府", "送戏下乡文化惠民项目"
    a = b = D("25.00")
    e = D("24.30")
    inds = [
        q("送戏下乡演出场次", "产出指标", "数量指标", 15, "≥", 12, "场", 12, 15, tgt_cell="≥**", expect_target=False),
        q("公益文化培训人次", "产出指标", "数量指标", 10, "≥", 300, "人次", 326, 10),
        q("演出节目验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        t("演出任务完成时限", "产出指标", "时效指标", 5, "年底前完成", "已完成", 5),
        q("单场演出补助标准", "产出指标", "成本指标", 10, "≤", 2, "万元", 1.9, 10),
        q("受益群众人次", "效益指标", "社会效益指标", 15, "≥", 6000, "人次", 6480, 15),
        t("乡村文化氛围", "效益指标", "可持续影响指标", 15, "持续改善", "持续改善", 15),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94, 10),
    ]
    case = CentralCase(2023, name, dept, unit, a, b, e,
                       ("全年组织送戏下乡演出XX场次，开展公益文化培训，丰富农村群众精神文化生活，受益群众XX人次以上。",
                        "全年组织送戏下乡演出12场，开展公益文化培训326人次，受益群众6480人次。"),
                       inds, first="其中：本年财政拨款")
    rate = case.rate
    grid = case.grid()
    prose = [f"{unit}2023年度{name}绩效自评报告", "一、项目概况",
             f"{name}由县文化旅游体育局下达资金{money(b)}万元，主要用于剧团演出补助、舞台设备租赁和公益培训。",
             f"全年实际支出{money(e)}万元，预算执行率{pct(rate)}。",
             *sections(unit, "该项目"), "附件："]
    meta = _wps_meta("文化站", "wzz2023", "2024-02-26T07:40:12Z", "2024-03-15T02:55:30Z", "14036",
                     "A7B8C9D0E1F2031425364758697A8B9C", 10233)
    body = meta + " " + " ".join(prose) + " " + one_line(grid)
    facts = case.facts()
    return Report("p26-ah-jixi-culture-project-template-oneline", ".txt", body + "\n", facts,
                  "Anhui ONE-line text layer with template text left: \"XX场次\" in the goal, \"≥**\" as a target",
                  ["TEMPLATE_LEFT"])


# ---------------------------------------------------------------- p10
def p10() -> Report:
    unit, dept, name = "瑞金市青峰乡卫生院", "瑞金市卫生健康委员会", "基本药物制度补助资金"
    a = b = D("62.00")
    e = D("59.86")
    inds = [
        q("基本药物配备使用率", "产出指标", "数量指标", 10, "≥", 90, "%", 93.4, 10),
        q("补助村卫生室个数", "产出指标", "数量指标", 10, "≥", 14, "个", 14, 10),
        q("基本药物零差率销售执行率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("补助资金拨付及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 100, 10),
        q("村卫生室补助标准", "产出指标", "成本指标", 10, "≤", 1.8, "万元/个", 1.8, 10),
        q("群众基本药物费用负担下降率", "效益指标", "社会效益指标", 15, "≥", 5, "%", 4.2, 12.6,
          note="慢病用药需求增加，单次就诊费用有所上升"),
        t("基层医疗机构运行", "效益指标", "可持续影响指标", 15, "平稳运行", "平稳运行", 15),
        q("患者满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 91.8, 10),
    ]
    case = CentralCase(2021, name, dept, unit, a, b, e,
                       ("落实国家基本药物制度，乡卫生院和村卫生室全部配备使用基本药物并实行零差率销售，减轻群众用药负担。",
                        "全乡14个村卫生室全部实行基本药物零差率销售，补助资金按季度拨付到位。"),
                       inds)
    total = case.total
    grade = case.grade
    grid = case.grid(grade=True)
    prose = [f"{unit}{name}绩效自评报告", "", "一、项目基本情况",
             f"本年度上级下达{name}{money(b)}万元，用于弥补乡卫生院和村卫生室实施基本药物制度后的收入减少。截至年底支出{money(e)}万元，结余{money(b - e)}万元结转下年使用。",
             *sections(unit, "该项资金"), "七、自评结论",
             f"经自评，该项目满分100分，自评得分{num(total)}分，等级为{grade}。", "", "附件：项目支出绩效自评表", ""]
    tail = ["", "填报单位（盖章）：瑞金市青峰乡卫生院    填报人：杨晓东    填报日期：2022年3月15日"]
    facts = case.facts(grade=True)
    return Report("p10-jx-ruijin-clinic-project-rowlines", ".txt",
                  "\n".join(prose) + "\n" + row_lines(grid) + "\n" + "\n".join(tail) + "\n", facts,
                  "Jiangxi project form, each row one line with single spaces; the year only in \"（2021年度）\" and a 2022 填报日期; \"总分 100 X 优\"; 满分100分 in prose")


# ---------------------------------------------------------------- p30
def p30() -> Report:
    unit, dept, name = "曲靖市麒麟区青松街道社区卫生服务中心", "曲靖市麒麟区卫生健康局", "基层医疗卫生机构能力提升补助资金"
    a = b = D("120.00")
    e = D("126.36")
    rate = rate_of(e, b)
    blocks = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    inds = [
        q("购置诊疗设备台套数", "产出指标", "数量指标", 15, "≥", 12, "台套", 13, 15),
        q("医务人员培训人次", "产出指标", "数量指标", 10, "≥", 80, "人次", 86, 10),
        q("设备验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("设备安装调试完成时间", "产出指标", "时效指标", 5, "≤", 10, "月", 9, 5),
        q("设备平均购置成本", "产出指标", "成本指标", 10, "≤", 9.5, "万元/台套", 9.2, 10),
        q("门急诊人次增长率", "效益指标", "社会效益指标", 15, "≥", 8, "%", 9.6, 15),
        t("基层首诊能力", "效益指标", "可持续影响指标", 15, "明显提升", "明显提升", 15),
        q("就诊居民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.1, 10),
    ]
    total = sum_scores(inds, 10)
    grid = central_project("（2023年度）", name, dept, unit,
                           [("年度资金总额", a, b, e), ("其中：当年财政拨款", a, b, b), ("上年结转资金", None, None, None),
                            ("其他资金", None, None, e - b)],
                           ("10", pct(rate), "10"),
                           ("购置数字化X光机、全自动生化分析仪等诊疗设备，开展医务人员培训，提升社区常见病、多发病诊疗能力。",
                            "全年购置诊疗设备13台套，培训医务人员86人次，门急诊人次同比增长9.6%。"),
                           inds, num(total), blocks)
    prose = ["监督索引号53030200651207000", "", f"{unit}{name}2023年度项目支出绩效自评报告", "",
             "一、项目基本情况",
             f"区卫生健康局下达我中心{name}{money(b)}万元，用于购置诊疗设备和开展人员培训。因设备配套安装需要，中心以医疗收入补充支出6.36万元，全年实际支出{money(e)}万元。",
             *sections(unit, "该项资金"), "附件：项目支出绩效自评表", ""]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": a, "adjusted": b, "executed": e, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": a, "adjusted": b, "executed": b},
                                 {"name": "其他资金", "executed": e - b}]},
        "indicators": [execution_indicator(10, rate, 10), *(expected_indicator(i) for i in inds)],
        "stated_total": total, "full_mark": D(100), "stated_block_weights": blocks_of(blocks),
    })
    return Report("p30-yn-qilin-clinic-project-rowlines", ".txt", "\n".join(prose) + "\n" + row_lines(grid) + "\n", facts,
                  "Yunnan project form, each row one line; 执行数 above 全年预算数 (其他资金 executed without a budget)",
                  ["EXECUTION_RATE_OVER_100"])


REPORTS = [p08, p09, p26, p10, p30]
