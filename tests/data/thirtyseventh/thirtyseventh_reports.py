# ruff: noqa: E501
"""Reports i01–i08 of the thirty-seventh set, each returning (facts, ext, content). Every unit, firm, person, project
and figure is invented (real provinces and counties, invented towns, townships, streets, firms, projects and figures).

Builders and value helpers are the eighteenth, twentieth, twenty-fifth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from corpus_build import total
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, rate, shown, table, yuan
from twentieth_facts import money
from twentyfifth_project import project_of, project_unit
from twentyninth_reports import pipe_row

SCORE_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"]
SUM_HEAD = ["一级指标", "分值", "得分", "得分率"]


def _standard(r: Row) -> str:
    """The 评分标准 text of a row, as a third party writes it in every row of its 评分表."""
    name, weight, target = r[2], r[3], shown(r[4])
    if name == "预算执行率":
        return f"预算执行率×{weight}分，最高{weight}分"
    if "满意" in name:
        return "满意度≥90%得满分，每低1个百分点扣1分，扣完为止"
    if target.endswith("%"):
        return "达到目标值得满分，每低1个百分点扣0.5分，扣完为止"
    if (target and target[0] in "≥≤") or target[:1].isdigit():
        return "完成目标值得满分，未完成的按完成比例计分"
    return "符合要求得满分，每发现一处不符合扣1分"


def _exec_row(l1: str, l2: str, rt: Any, weight: int = 10) -> Row:
    es = (weight * D(rt) / 100).quantize(D("0.01"))
    return (l1, l2, "预算执行率", weight, "100%", f"{rt}%", str(es), "")


def _score_rows(rows: list[Row], *, once: bool = False) -> list[list[str]]:
    """The 评分表's rows (一级 | 二级 | 三级 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分); ``once``: the 一级 and
    二级 written on the first row of their block only, as a web page copies merged cells."""
    out, prev = [], ("", "")
    for r in rows:
        l1 = r[0] if not once or r[0] != prev[0] else ""
        l2 = r[1] if not once or (r[0], r[1]) != prev else ""
        out.append([l1, l2, r[2], str(r[3]), _standard(r), shown(r[4]), shown(r[5]), r[6]])
        prev = (r[0], r[1])
    return out


def _summary(rows: list[Row], *, pct: bool = True) -> list[list[str]]:
    """The small table per 一级: 一级指标 | 分值 | 得分 | 得分率, and 合计."""
    out: list[list[str]] = []
    for l1 in dict.fromkeys(r[0] for r in rows):
        picked = [r for r in rows if r[0] == l1]
        w, s = sum(r[3] for r in picked), total(picked, None)
        share = (s / w * 100).quantize(D("0.01"))
        out.append([l1, str(w), str(s), f"{share}%" if pct else str(share)])
    tot = total(rows, None)
    out.append(["合计", "100", str(tot), f"{tot}%" if pct else str(tot)])
    return out


def _inds(rows: list[Row]) -> list[dict[str, Any]]:
    """The rows' expected facts; a negative actual ("-4.2%") is a value like any other (the shared value helper takes
    no sign)."""
    out = [indicator_fact(r) for r in rows]
    for fact in out:
        text = fact.get("actual", {}).get("text", "")
        if text.startswith("-") and text.endswith("%"):
            fact["actual"] = {"value": D(text[:-1]), "unit": "%"}
    return out


# i01 湖南 county water-supply project, .txt, written BY A CONSULTANCY for the bureau ("受…委托，我公司…"): 评价结论 first
# ("综合评分X分，评价等级为“良”"), 评价依据 / 评价方法 / 评价过程 sections, the budget in 元 with separators and two
# decimals (年初预算 / 调整预算 / 决算, a 结余 clause), the 评分表 a pipe table with 评分标准 text in every row, the scores
# also per 一级 in a small pipe table (一级指标 | 分值 | 得分 | 得分率), 问题 and 建议 numbered 一是 / 二是 with other
# years' figures --------------------------------------------------------------------------------------------------------
I01: list[Row] = [
    ("决策", "项目立项", "立项依据充分性", 5, "T:依据充分", "T:依据充分", "5", ""),
    ("决策", "绩效目标", "绩效目标明确性", 5, "T:目标明确", "T:部分目标未细化量化", "3", ""),
    ("决策", "资金投入", "预算编制科学性", 5, "T:编制科学", "T:基本科学", "4", ""),
    ("过程", "资金管理", "资金到位率", 5, "100%", "100%", "5", ""),
    ("过程", "组织实施", "管理制度执行有效性", 10, "T:执行有效", "T:维修台账不完整", "7", ""),
    ("产出", "产出数量", "维修养护集中供水工程处数", 15, "≥46处", "46处", "15", ""),
    ("产出", "产出质量", "维修工程验收合格率", 10, "100%", "95.7%", "8", ""),
    ("产出", "产出时效", "维修任务按期完成率", 10, "≥95%", "89.1%", "8", ""),
    ("效益", "社会效益", "农村自来水普及率", 10, "≥92%", "92.6%", "10", ""),
    ("效益", "可持续影响", "工程长效管护机制建立情况", 10, "T:建立", "T:已建立但未全面落实", "7", ""),
    ("效益", "满意度", "受益群众满意度", 10, "≥90%", "87.5%", "7.5", ""),
]


def i01() -> Made:
    ini, adj, exe = "386.00", "412.5463", "398.118215"
    rt = rate(exe, adj)
    rows = [*I01[:3], I01[3], _exec_row("过程", "资金管理", rt, 5), *I01[4:]]
    tot = total(rows, None)
    proj, impl, dept = "农村供水工程维修养护项目", "桂东县农村供水管理站", "桂东县水利局"
    left = D(adj) - D(exe)
    text = f"""{proj}2024年度绩效评价报告

委托单位：{dept}
评价机构：湖南衡信项目管理咨询有限公司
报告日期：2025年5月18日

一、评价结论
评价组按照评分表逐项打分，{proj}综合评分{tot}分，评价等级为“良”。项目全年维修养护集中供水工程46处，农村自来水普及率达到92.6%，但部分绩效目标未细化量化，维修任务按期完成率未达目标。

二、项目基本情况
受{dept}委托，我公司组成评价组，对{impl}实施的{proj}2024年度资金使用情况开展了绩效评价。项目主管部门为{dept}，实施单位为{impl}。
（一）资金安排及使用情况
项目年初预算{yuan(ini)}元，年中追加山洪受损工程抢修资金后调整预算{yuan(adj)}元，全年决算支出{yuan(exe)}元，预算执行率{rt}%。年末结余{yuan(str(left))}元，已按规定收回县财政统筹使用。
（二）项目绩效目标
完成全县46处集中供水工程维修养护，维修工程验收合格率100%，农村自来水普及率不低于92%。

三、评价工作开展情况
（一）评价依据
《中华人民共和国预算法》、县财政局关于开展2024年度重点项目绩效评价的通知、项目实施方案及资金文件。
（二）评价方法
采用比较法、因素分析法和公众评判法，现场抽查工程12处，发放问卷320份，回收有效问卷306份。
（三）评价过程
评价组于2025年3月进场，经前期准备、现场核查、问卷调查、综合评分四个阶段完成评价。

四、评分情况
评分表如下：
{chr(10).join(pipe_row(r) for r in [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]])}

各一级指标得分情况：
{chr(10).join(pipe_row(r) for r in [SUM_HEAD, *_summary(rows)])}

五、主要问题
一是绩效目标细化不足。2024年设置的量化指标仅6项，与2023年的9项相比减少3项。
二是维修进度滞后。2024年按期完成41处，按期完成率89.1%，低于2023年的93.5%。
三是群众满意度下降。问卷满意度87.5%，较2022年的91.2%、2023年的89.8%连续下降。

六、有关建议
一是细化量化绩效目标，2025年量化指标不少于10项。
二是建立维修进度月报制度，将按期完成率提高到95%以上。
三是完善长效管护机制，对2025年计划维修的52处工程落实管护责任人。
"""
    b = money(ini, adj, exe, rt)
    f = facts("项目支出", 2024, project_unit(dept), b, _inds(rows), tot, project=project_of(proj, impl),
              full_mark=100, stated_grade="良")
    return f, "txt", text


# i02 湖北 town, .docx, the town's own whole-unit report in a Hubei habit: 村级运转 and 一事一议 figures in the 基本情况;
# the budget 年初预算 / 调整预算 / 决算 with a 结转 clause, in 万元; the 评分表 a Word table with 评分标准 text in every row
# and the 一级 cells merged; the per-一级 summary a second Word table; 问题 and 建议 numbered 一是 / 二是 with other years'
# figures ---------------------------------------------------------------------------------------------------------------
I02: list[Row] = [
    ("决策", "目标设定", "绩效目标合理性", 5, "T:合理", "T:合理", "5", ""),
    ("决策", "预算配置", "在职人员控制率", 5, "≤100%", "96.3%", "5", ""),
    ("过程", "预算执行", "“三公”经费变动率", 5, "≤0", "-4.2%", "5", ""),
    ("过程", "预算管理", "结转结余率", 5, "≤5%", "3.1%", "5", ""),
    ("过程", "资产管理", "固定资产利用率", 5, "≥90%", "93%", "5", ""),
    ("产出", "重点工作", "村级组织运转经费保障村数", 15, "22个", "22个", "15", ""),
    ("产出", "重点工作", "一事一议财政奖补项目完工率", 15, "100%", "92.9%", "12", ""),
    ("效益", "社会效益", "农村人居环境整治达标村比例", 15, "≥85%", "90.9%", "15", ""),
    ("效益", "满意度", "群众满意度", 20, "≥90%", "93.4%", "20", ""),
]


def i02() -> Made:
    ini, adj, exe = "2680.00", "3046.72", "2961.58"
    rt = rate(exe, adj)
    rows = [*I02[:2], _exec_row("过程", "预算执行", rt), *I02[2:]]
    tot = total(rows, None)
    unit = "通城县石南镇人民政府"
    carry = (D(adj) - D(exe)).quantize(D("0.01"))
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph("石南镇辖22个行政村、2个社区。镇党委、政府内设党政综合办公室、经济发展办公室、社会事务办公室、"
                    "平安建设办公室、自然资源和规划建设办公室5个办公室。核定行政编制38名、事业编制41名，年末实有在职人员76人。")
    d.add_paragraph("2024年全镇拨付村级组织运转经费352.00万元，保障22个行政村正常运转，村均16.00万元，较2023年的14.50万元增加1.50万元；"
                    "实施一事一议财政奖补项目14个，下达奖补资金238.60万元，完工13个。")
    d.add_paragraph("二、预算安排及执行情况")
    d.add_paragraph(f"2024年度年初预算{ini}万元，调整预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%。"
                    f"年末结转{carry}万元，为一事一议奖补项目未完工部分资金，结转下年继续使用。")
    d.add_paragraph("三、绩效评价指标评分情况")
    body = _score_rows(rows)
    table(d, [SCORE_HEAD, *body, ["合计", "", "", "100", "", "", "", str(tot)]], vmerge_cols=(0,))
    d.add_paragraph("各一级指标得分汇总如下：")
    table(d, [SUM_HEAD, *_summary(rows)])
    d.add_paragraph("四、存在的问题")
    d.add_paragraph("一是一事一议项目进度不均衡，2024年14个项目完工13个，2023年12个项目全部完工。"
                    "二是结转资金偏多，2024年结转85.14万元，比2023年的41.20万元增加43.94万元。")
    d.add_paragraph("五、改进建议")
    d.add_paragraph("一是提前谋划2025年一事一议项目，力争6月底前全部开工。二是加快资金拨付，将结转结余率控制在3%以内。")
    d.add_paragraph("六、自评结论")
    d.add_paragraph(f"经自评，石南镇2024年度部门整体支出绩效综合得分{tot}分，评价等级为“优”。")
    u = {"name": unit, "staff_total": 76,
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "自然资源和规划建设办公室"],
         "internal_bodies_count": 5}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), _inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# i03 贵州 township 衔接资金 project, .txt, in a COUNTY FINANCE BUREAU's voice ("县财政局评价组认为"): 评价结论 first;
# the budget in 万元 with 年初预算 / 调整预算 / 决算 and a 结转 clause; the 评分表 a pipe table whose 一级 and 二级 are
# written once per block; the per-一级 summary; planted TOTAL_MISMATCH (the stated 综合评分 1.50 above the rows' sum) ----
I03: list[Row] = [
    ("决策", "项目立项", "项目入库率", 5, "100%", "100%", "5", ""),
    ("决策", "绩效目标", "绩效目标与资金匹配度", 5, "T:匹配", "T:基本匹配", "4", ""),
    ("过程", "资金管理", "资金到位率", 5, "100%", "100%", "5", ""),
    ("产出", "产出数量", "新建蔬菜大棚面积", 15, "≥120亩", "120亩", "15", ""),
    ("产出", "产出质量", "大棚建设验收合格率", 10, "100%", "100%", "10", ""),
    ("产出", "产出时效", "项目按期完工率", 10, "100%", "80%", "6", ""),
    ("效益", "经济效益", "带动脱贫户户均增收", 15, "≥2000元", "1860元", "12", ""),
    ("效益", "社会效益", "带动脱贫人口就业人数", 10, "≥85人", "92人", "10", ""),
    ("效益", "满意度", "受益脱贫户满意度", 15, "≥90%", "86%", "9", ""),
]


def i03() -> Made:
    ini, adj, exe = "450.00", "486.00", "462.38"
    rt = rate(exe, adj)
    rows = [*I03[:3], _exec_row("过程", "资金管理", rt), *I03[3:]]
    tot = total(rows, None)
    stated = tot + D("1.50")
    proj, impl, dept = "2024年白果乡蔬菜产业基地建设项目", "黔西市白果乡人民政府", "黔西市农业农村局"
    carry = D(adj) - D(exe)
    text = f"""黔西市财政局关于{proj}的绩效评价报告

一、评价结论
根据评分表，{proj}综合评分{stated}分，评价等级为“良”。

二、项目概况
{proj}由{impl}组织实施，主管部门为{dept}。项目使用中央财政衔接推进乡村振兴补助资金，新建蔬菜大棚120亩，配套建设水肥一体化设施。
项目年初预算{ini}万元，追加后调整预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%。尚有{carry}万元工程尾款结转2025年支付。

三、评价依据、方法和过程
评价依据为财政衔接推进乡村振兴补助资金管理办法及项目实施方案；评价方法以成本效益分析法和比较法为主；评价组于2025年4月赴白果乡现场核查大棚建设和联农带农情况，走访脱贫户50户。

四、评价组认为
项目立项规范，资金到位及时，大棚建设质量合格，但2个标段延期完工，联农带农增收效果低于预期。各指标评分如下：
{chr(10).join(pipe_row(r) for r in [SCORE_HEAD, *_score_rows(rows, once=True), ["合计", "", "", "100", "", "", "", str(stated)]])}

一级指标得分汇总：
{chr(10).join(pipe_row(r) for r in [SUM_HEAD, *_summary(rows)[:-1]])}

五、存在问题
一是完工滞后，5个标段中2个延期约40天，按期完工率80%，2023年同类项目为100%。
二是增收不及预期，带动脱贫户户均增收1860元，低于2000元的目标，也低于2023年的2150元。

六、意见建议
一是严格合同工期管理，2025年新建项目按季度通报进度。二是完善利益联结机制，将分红比例由2024年的6%提高到8%。
"""
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), _inds(rows), stated,
              project=project_of(proj, impl), full_mark=100, stated_grade="良", planted=["TOTAL_MISMATCH"])
    return f, "txt", text


# i04 江苏 street office, .docx, a whole-unit evaluation BY A CONSULTANCY ("受…区财政局委托，我所…"): 评价结论 first with
# 综合评分 and 等级; the budget in 元 with separators (年初预算 / 调整预算 / 决算, a 结余 clause); 评价依据 / 评价方法 /
# 评价过程; the 评分表 a Word table with 评分标准 in every row, 一级 and 二级 merged; the per-一级 summary with 得分率
# written as a bare number; 问题 一是 / 二是 ---------------------------------------------------------------------------
I04: list[Row] = [
    ("决策", "部门职责", "职能职责与年度目标匹配性", 5, "T:匹配", "T:匹配", "5", ""),
    ("决策", "预算编制", "预算编制准确率", 5, "≥95%", "90.6%", "3", ""),
    ("过程", "预算执行", "结转结余变动率", 5, "≤0", "12.4%", "2", ""),
    ("过程", "资产管理", "资产管理规范性", 5, "T:规范", "T:部分资产未入账", "3", ""),
    ("产出", "重点工作", "老旧小区加装电梯台数", 15, "≥18台", "18台", "15", ""),
    ("产出", "重点工作", "社区养老服务站覆盖率", 10, "100%", "87.5%", "7", ""),
    ("效益", "社会效益", "辖区治安警情同比下降率", 15, "≥5%", "6.2%", "15", ""),
    ("效益", "满意度", "辖区居民满意度", 20, "≥90%", "88%", "18", ""),
]


def i04() -> Made:
    ini, adj, exe = "1856.30", "2104.958620", "1968.725314"
    rt = rate(exe, adj)
    rows = [*I04[:2], _exec_row("过程", "预算执行", rt, 10), ("过程", "预算执行", "“三公”经费控制率", 10, "≤100%", "94.2%", "10", ""), *I04[2:]]
    tot = total(rows, None)
    unit = "南京市江北新区葛塘街道办事处"
    left = D(adj) - D(exe)
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效评价报告", level=1)
    d.add_paragraph("评价机构：江苏正衡会计师事务所有限公司")
    d.add_paragraph("一、评价结论")
    d.add_paragraph(f"评价组认为，葛塘街道2024年度部门整体支出绩效综合评分{tot}分，评价等级为“良”。")
    d.add_paragraph("二、部门基本情况")
    d.add_paragraph(f"受江北新区财政局委托，我所对{unit}2024年度部门整体支出开展了绩效评价。街道下辖11个社区，"
                    "核定编制64名，年末实有在职人员61人。")
    d.add_paragraph(f"街道2024年年初预算{yuan(ini)}元，调整预算{yuan(adj)}元，全年决算支出{yuan(exe)}元，预算执行率{rt}%，"
                    f"年末结余{yuan(str(left))}元。")
    d.add_paragraph("三、评价工作情况")
    d.add_paragraph("（一）评价依据。新区预算绩效管理办法、街道年度工作要点及部门预算批复。")
    d.add_paragraph("（二）评价方法。采用比较法、公众评判法，抽查凭证186份，走访社区6个。")
    d.add_paragraph("（三）评价过程。前期调研、资料核查、现场评价、撰写报告。")
    d.add_paragraph("四、评分结果")
    table(d, [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]], vmerge_cols=(0, 1))
    table(d, [SUM_HEAD, *_summary(rows, pct=False)])
    d.add_paragraph("五、存在问题")
    d.add_paragraph("一是预算编制准确率不高，2024年调整幅度13.4%，2023年为9.8%。"
                    "二是养老服务站建设滞后，8个社区站点建成7个。")
    d.add_paragraph("六、建议")
    d.add_paragraph("一是提高年初预算编制精度，将2025年调整幅度控制在8%以内。二是2025年6月前建成剩余养老服务站。")
    u = {"name": unit, "staff_total": 61, "staff_establishment": 64}
    b = money(ini, adj, exe, rt)
    f = facts("整体支出", 2024, u, b, _inds(rows), tot, full_mark=100, stated_grade="良")
    return f, "docx", docx_bytes(d)


# i05 山东 town, .txt: ONE UNIT'S TWO PROJECTS told one after the other inside its whole-unit report (村级运转经费, then
# 一事一议财政奖补), each with its own 年初 / 调整 / 支出 figures, before the town's own budget; the 评分表
# TAB-separated with 评分标准; the per-一级 summary tab-separated; "综合评分X分，评价等级为“优”" closing -------------------
I05: list[Row] = [
    ("决策", "目标设定", "绩效目标合理性", 5, "T:合理", "T:合理", "5", ""),
    ("决策", "预算配置", "重点支出安排率", 5, "≥60%", "64.5%", "5", ""),
    ("过程", "预算管理", "资金使用合规性", 10, "T:合规", "T:合规", "10", ""),
    ("产出", "重点工作", "村级组织运转经费足额拨付率", 15, "100%", "100%", "15", ""),
    ("产出", "重点工作", "一事一议道路硬化里程", 15, "≥12公里", "12.6公里", "15", ""),
    ("效益", "社会效益", "村集体经济收入10万元以上村数", 15, "≥18个", "17个", "13", ""),
    ("效益", "满意度", "群众满意度", 15, "≥90%", "95.2%", "15", ""),
]


def i05() -> Made:
    ini, adj, exe = "3420.00", "3786.45", "3702.16"
    rt = rate(exe, adj)
    rows = [*I05[:2], _exec_row("过程", "预算执行", rt, 10), ("过程", "预算执行", "“三公”经费控制率", 10, "≤100%", "88.6%", "10", ""), *I05[2:]]
    tot = total(rows, None)
    unit = "莒南县坊前镇人民政府"
    tab = "\t".join
    text = f"""{unit}
2024年度部门整体支出绩效自评报告

一、部门概况
坊前镇辖26个行政村，镇政府内设党政办公室、经济发展办公室、社会事务办公室、综合执法办公室4个机构，下设便民服务中心、农业综合服务中心2个事业单位。全镇核定编制68名，实有在职人员65人。

二、重点项目情况
（一）村级组织运转经费项目
该项目年初预算416.00万元，调整预算428.80万元，全年支出428.80万元，执行率100%，全部拨付26个行政村，用于村干部报酬和办公经费。
（二）一事一议财政奖补项目
该项目年初预算300.00万元，调整预算326.40万元，全年支出311.56万元，执行率95.45%，硬化村内道路12.6公里，结转14.84万元下年继续使用。

三、部门预算执行情况
2024年度全镇年初预算{ini}万元，调整预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%，年末结转结余{D(adj) - D(exe)}万元。

四、绩效指标评分情况
{chr(10).join(tab(r) for r in [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]])}

一级指标得分：
{chr(10).join(tab(r) for r in [SUM_HEAD, *_summary(rows)])}

五、问题及建议
问题：一是村集体经济发展不平衡，2024年收入10万元以上村17个，2023年为15个，仍有9个村不足10万元。二是一事一议项目结转14.84万元，2023年结转为6.20万元。
建议：一是2025年力争集体经济收入10万元以上村达到20个。二是加快项目验收结算，减少资金结转。

六、自评结论
坊前镇2024年度部门整体支出综合评分{tot}分，评价等级为“优”。
"""
    u = {"name": unit, "staff_total": 65, "staff_establishment": 68,
         "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "综合执法办公室"], "internal_bodies_count": 4,
         "subordinate_bodies": ["便民服务中心", "农业综合服务中心"], "subordinate_bodies_count": 2}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), _inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# i06 四川 township 一事一议 project, .docx, the township's own project report with 评价依据 / 评价方法 / 评价过程
# sections; 年初预算 / 调整预算 / 决算 and a 结转 clause in 万元; the 评分表 a Word table with 评分标准, 一级 and 二级
# merged; no summary table but the 一级 scores in a sentence; planted EXECUTION_RATE_MISMATCH (the stated 执行率 two points
# above 决算 ÷ 调整预算, in the sentence and in the form) ----------------------------------------------------------------
I06: list[Row] = [
    ("决策", "项目立项", "村民议事程序规范性", 10, "T:规范", "T:规范", "10", ""),
    ("过程", "资金管理", "资金到位率", 5, "100%", "100%", "5", ""),
    ("过程", "组织实施", "项目公示率", 5, "100%", "100%", "5", ""),
    ("产出", "产出数量", "新建村内便民桥座数", 10, "≥4座", "4座", "10", ""),
    ("产出", "产出数量", "修建排水沟长度", 10, "≥3.5公里", "3.2公里", "8", ""),
    ("产出", "产出质量", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("效益", "社会效益", "受益农户数", 15, "≥860户", "872户", "15", ""),
    ("效益", "可持续影响", "工程管护责任落实率", 10, "100%", "100%", "10", ""),
    ("效益", "满意度", "受益群众满意度", 15, "≥90%", "94%", "15", ""),
]


def i06() -> Made:
    ini, adj, exe = "186.00", "204.50", "193.62"
    true_rt = rate(exe, adj)
    rt = true_rt + 2
    rows = [*I06[:1], _exec_row("过程", "资金管理", rt), *I06[1:]]
    tot = total(rows, None)
    proj, impl, dept = "2024年度一事一议财政奖补项目", "蓬溪县常乐乡人民政府", "蓬溪县财政局"
    carry = D(adj) - D(exe)
    d = doc()
    d.add_heading(f"常乐乡{proj}绩效自评报告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"项目名称：{proj}")
    d.add_paragraph(f"主管部门：{dept}")
    d.add_paragraph(f"实施单位：{impl}")
    d.add_paragraph(f"项目年初预算{ini}万元，调整预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%。年末结转{carry}万元，为排水沟工程质保金。")
    d.add_paragraph("二、绩效评价工作开展情况")
    d.add_paragraph("（一）评价依据：四川省村级公益事业一事一议财政奖补资金管理办法、县财政局年度绩效自评通知。")
    d.add_paragraph("（二）评价方法：采用目标比较法，对照年初绩效目标逐项核对完成情况。")
    d.add_paragraph("（三）评价过程：乡成立自评小组，查阅资料、实地查看7个村的建设点并召开村民代表座谈会。")
    d.add_paragraph("三、评分情况")
    table(d, [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]], vmerge_cols=(0, 1))
    blocks = _summary(rows)[:-1]
    d.add_paragraph("其中" + "，".join(f"{b[0]}指标得{b[2]}分" for b in blocks) + "。")
    d.add_paragraph("四、问题和建议")
    d.add_paragraph("一是排水沟修建3.2公里，未完成3.5公里的目标，2023年同类项目完成率为100%。二是质保金结转10.88万元。"
                    "建议2025年加强前期踏勘，合理确定建设规模。")
    d.add_paragraph("五、自评结论")
    d.add_paragraph(f"项目综合评分{tot}分，评价等级为“优”。")
    f = facts("项目支出", 2024, project_unit(dept), money(ini, adj, exe, rt), _inds(rows), tot,
              project=project_of(proj, impl), full_mark=100, stated_grade="优", planted=["EXECUTION_RATE_MISMATCH"])
    return f, "docx", docx_bytes(d)


# i07 河南 county 衔接资金 project, .txt, BY A CONSULTANCY for the county bureau: 评价结论 first; the money in 元 with
# separators in a small pipe table (资金来源 | 年初预算 | 调整预算 | 决算 | 结余); the 评分表 a pipe table WITHOUT leading
# pipes whose 评分标准 cells hold figures of their own; the per-一级 summary; 一是 / 二是 with other years' figures -------
I07: list[Row] = [
    ("决策", "项目立项", "立项程序规范性", 5, "T:规范", "T:规范", "5", ""),
    ("决策", "绩效目标", "绩效指标明确性", 5, "T:明确", "T:部分指标不可衡量", "3", ""),
    ("决策", "资金投入", "资金分配合理性", 5, "T:合理", "T:合理", "5", ""),
    ("过程", "资金管理", "资金使用合规性", 5, "T:合规", "T:个别凭证附件不全", "4", ""),
    ("产出", "产出数量", "改造提升冷库容量", 15, "≥3000吨", "3000吨", "15", ""),
    ("产出", "产出质量", "冷库设备验收合格率", 10, "100%", "100%", "10", ""),
    ("产出", "产出成本", "单位库容建设成本", 5, "≤900元/吨", "936元/吨", "3", ""),
    ("效益", "经济效益", "村集体年租金收入", 15, "≥36万元", "33万元", "9", ""),
    ("效益", "社会效益", "带动脱贫人口务工人数", 10, "≥60人", "64人", "10", ""),
    ("效益", "满意度", "受益群众满意度", 15, "≥90%", "91.3%", "15", ""),
]


def i07() -> Made:
    ini, adj, exe = "260.00", "286.4536", "271.921288"
    rt = rate(exe, adj)
    rows = [*I07[:3], _exec_row("过程", "资金管理", rt), *I07[3:]]
    tot = total(rows, None)
    proj, impl, dept = "2024年度马庄乡果蔬冷链仓储项目", "西华县马庄乡人民政府", "西华县乡村振兴局"
    left = D(adj) - D(exe)
    pline = " | ".join
    text = f"""{proj}绩效评价报告

一、评价结论
经评价，{proj}综合评分{tot}分，评价等级为“良”。

二、项目概况
受{dept}委托，河南中衡工程咨询有限公司（以下简称“我公司”）对{impl}实施的{proj}开展绩效评价。项目使用财政衔接推进乡村振兴补助资金，改造提升冷库容量3000吨，资产归村集体所有，租赁给合作社经营。

项目资金情况（单位：元）：
{pline(["资金来源", "年初预算", "调整预算", "决算", "结余"])} |
{pline(["衔接资金", yuan(ini), yuan(adj), yuan(exe), yuan(str(left))])} |
项目预算执行率{rt}%，结余资金已由县财政收回。

三、评价依据和方法
依据财政衔接推进乡村振兴补助资金管理办法、项目批复文件；采用成本效益分析法和比较法，抽查合同及凭证64份。

四、评价过程
2025年4月8日至4月26日，评价组完成资料核查、现场勘验和满意度调查。

五、评分表
{chr(10).join(pline(r) + " |" for r in [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]])}

一级指标得分情况：
{chr(10).join(pline(r) + " |" for r in [SUM_HEAD, *_summary(rows)])}

六、存在问题
一是建设成本偏高，单位库容成本936元/吨，高于2023年同类项目的860元/吨。
二是租金收入未达预期，2024年租金33万元，低于36万元的目标。

七、建议
一是严格控制2025年新建项目单位成本。二是完善租赁合同，约定2025年起租金每年不低于36万元。
"""
    b = money(ini, adj, exe, rt)
    # (the bureau commissioned the evaluation; no line names it the project's 主管部门)
    f = facts("项目支出", 2024, {}, b, _inds(rows), tot, project=project_of(proj, impl), full_mark=100, stated_grade="良")
    return f, "txt", text


# i08 云南 township, .docx, a whole-unit evaluation IN A COUNTY FINANCE BUREAU's voice ("县财政局组织评价组…，评价组认为");
# 评价结论 first; 年初预算 / 调整预算 / 决算 and 结转 in 万元; the 评分表 a Word table with 评分标准, 一级 merged; the
# summary table; 问题 and 建议 under 一是 / 二是 with other years' figures --------------------------------------------
I08: list[Row] = [
    ("决策", "目标设定", "绩效目标合理性", 5, "T:合理", "T:基本合理", "4", ""),
    ("决策", "预算配置", "在职人员控制率", 5, "≤100%", "97.4%", "5", ""),
    ("过程", "预算管理", "政府采购执行率", 5, "100%", "100%", "5", ""),
    ("过程", "资产管理", "资产账实相符率", 5, "100%", "96%", "4", ""),
    ("产出", "重点工作", "衔接资金项目完工率", 15, "100%", "94.1%", "10", ""),
    ("产出", "重点工作", "村级活动场所维修数", 10, "≥6个", "6个", "10", ""),
    ("效益", "社会效益", "脱贫人口人均纯收入增幅", 15, "≥10%", "8.6%", "9", ""),
    ("效益", "可持续影响", "村集体经济空壳村数", 10, "0个", "0个", "10", ""),
    ("效益", "满意度", "群众满意度", 20, "≥90%", "92%", "20", ""),
]


def i08() -> Made:
    ini, adj, exe = "1528.00", "1706.36", "1634.92"
    rt = rate(exe, adj)
    rows = [*I08[:3], _exec_row("过程", "预算管理", rt), *I08[3:]]
    tot = total(rows, None)
    unit = "凤庆县新华彝族苗族乡人民政府"
    carry = D(adj) - D(exe)
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效评价报告", level=1)
    d.add_paragraph("凤庆县财政局")
    d.add_paragraph("一、评价结论")
    d.add_paragraph(f"县财政局组织评价组对{unit}2024年度部门整体支出开展绩效评价。评价组认为，该乡预算管理较规范，"
                    f"综合评分{tot}分，评价等级为“良”。")
    d.add_paragraph("二、基本情况")
    d.add_paragraph("新华乡辖9个村委会。乡党委、政府内设党政综合办公室、经济发展办公室、社会事务办公室3个办公室，"
                    "核定编制45名，年末实有在职人员42人。")
    d.add_paragraph(f"2024年度年初预算{ini}万元，调整预算{adj}万元，决算支出{exe}万元，预算执行率{rt}%；"
                    f"结转{carry}万元，主要为衔接资金项目尾款。其中乡村振兴衔接资金安排526.00万元，已支出489.64万元。")
    d.add_paragraph("三、评价依据、方法和过程")
    d.add_paragraph("依据县级部门整体支出绩效评价办法，采用比较法和因素分析法，评价组于2025年5月完成资料审核和现场核查。")
    d.add_paragraph("四、评分情况")
    table(d, [SCORE_HEAD, *_score_rows(rows), ["合计", "", "", "100", "", "", "", str(tot)]], vmerge_cols=(0,))
    table(d, [SUM_HEAD, *_summary(rows)])
    d.add_paragraph("五、问题和建议")
    d.add_paragraph("问题：一是衔接资金项目完工率94.1%，17个项目完工16个，2023年为100%。"
                    "二是脱贫人口人均纯收入增幅8.6%，低于2023年的11.2%。")
    d.add_paragraph("建议：一是2025年衔接资金项目于10月底前全部完工。二是发展核桃、茶叶产业，力争增幅回升到10%以上。")
    u = {"name": unit, "staff_total": 42, "staff_establishment": 45,
         "internal_bodies": ["党政综合办公室", "经济发展办公室", "社会事务办公室"], "internal_bodies_count": 3}
    f = facts("整体支出", 2024, u, money(ini, adj, exe, rt), _inds(rows), tot, full_mark=100, stated_grade="良")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "i01-hn-guidong-water-project-txt-consultancy-yuan-scoring": i01,
    "i02-hb-tongcheng-town-whole-docx-village-funds-scoring": i02,
    "i03-gz-qianxi-greenhouse-project-txt-bureau-voice-planted": i03,
    "i04-js-getang-street-whole-docx-consultancy-yuan": i04,
    "i05-sd-junan-town-whole-txt-two-projects-tab": i05,
    "i06-sc-pengxi-yishiyiyi-project-docx-planted": i06,
    "i07-ha-xihua-coldchain-project-txt-consultancy-yuan-table": i07,
    "i08-yn-fengqing-township-whole-docx-bureau-voice": i08,
}
