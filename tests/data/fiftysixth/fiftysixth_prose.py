# ruff: noqa: E501
"""Reports cc02–cc05 of the fifty-sixth set, each returning (facts, ext, content): reports a provincial finance
department's 2025 spot check (抽查) drew — a Jilin (延边) bureau's whole-unit .doc with Korean and Chinese headings and a
评分表 scored by a 扣分 column only, a Qinghai county project .wps whose money is written in Chinese numerals with a
conclusion table of 权重 / 得分 / 得分率 per 一级, a Xinjiang county project page (.mht) with Uyghur beside the Chinese in
every heading and label cell, a Tibet county whole-unit .odt with Tibetan-first headings and staff parts that overlap
(少数民族 / 女性 / 援藏).
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row, indicator_fact, items
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, r2, rate, table
from fortyeighth_reports import budget, scored
from fortyninth_reports import _mht
from make_seventeenth import convert
from seventeenth_facts import shown

YEAR = 2024
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _cells(r: Row) -> list[str]:
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def _exec_row(rt: Decimal, es: Decimal) -> Row:
    return ("预算执行", "", "预算执行率", 10, "100%", f"{rt}%", str(es), "")


# cc02 吉林 延边 和龙市民政局, whole unit, .doc: every heading in Korean then Chinese, a 评分表 whose only score column is
# 扣分 (no 得分 column), the total in a closing sentence ----------------------------------------------------------------
# (一级, 二级, 三级, 分值, 评分标准, 完成情况, 扣分, 扣分原因)
CC02: list[tuple[str, str, str, int, str, str, str, str]] = [
    ("产出指标", "数量指标", "城乡低保对象保障人数", 15, "按实际保障人数与计划比例计分", "3268人", "0", ""),
    ("产出指标", "数量指标", "特困人员集中供养床位数", 10, "达到计划数得满分", "420张", "0", ""),
    ("产出指标", "质量指标", "救助资金发放准确率", 10, "100%得满分，每低1个百分点扣1分", "100%", "0", ""),
    ("产出指标", "时效指标", "临时救助审批办结时限", 10, "≤5个工作日得满分，每超1日扣2分", "4个工作日", "0", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 15, "100%得满分", "100%", "0", ""),
    ("效益指标", "可持续影响指标", "村级养老服务设施覆盖率", 15, "≥80%得满分，每低1个百分点扣1分", "76%", "4", "两个村级互助幸福院尚未建成"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 15, "≥90%得满分，每低1个百分点扣0.5分", "88%", "1", "部分对象对办理时限不满意"),
]


def _actual(text: str) -> dict[str, Any]:
    num = text.rstrip("人张%个工作日")
    return {"value": D(num), "unit": text[len(num):]}


def cc02() -> Made:
    unit = "和龙市民政局"
    ini, adj, exe = "1862.40", "2036.75", "1984.12"
    rt = rate(exe, adj)
    exec_ded = r2((100 - rt) * D("0.5"))
    ded = exec_ded + sum((D(r[6]) for r in CC02), D(0))
    tot = 100 - ded
    bodies = ["办公室", "社会救助股", "养老服务股", "社会事务股"]
    inds: list[dict[str, Any]] = [{"name": "预算执行率", "level1": "过程指标", "level2": "预算执行", "weight": 10,
                                   "actual": {"value": rt, "unit": "%"}, "stated_deduction": exec_ded,
                                   "deviation_note": "两个项目资金年底未完成支付"}]
    for r in CC02:
        fact: dict[str, Any] = {"name": r[2], "level1": r[0], "level2": r[1], "weight": r[3], "actual": _actual(r[5]),
                                "stated_deduction": D(r[6])}
        if r[7]:
            fact["deviation_note"] = r[7]
        inds.append(fact)
    f = facts("整体支出", YEAR, {"name": unit, "internal_bodies": bodies, "staff_establishment": 18, "staff_total": 17,
                               "internal_bodies_count": 4}, budget(ini, adj, exe, rt), inds, tot, full_mark=100, planted=[], stated_grade=EARNED)
    d = doc()
    d.add_paragraph("화룡시민정국 2024년도 부문 전체지출 성과 자체평가 보고서")
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("1. 기본 상황")
    d.add_paragraph("一、基本情况")
    d.add_paragraph(f"本局内设{'、'.join(bodies)}4个股室，核定行政编制18名，年末实有在职人员17人。主要负责全市社会救助、养老服务和社会事务管理。")
    d.add_paragraph("2. 예산 집행 상황")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"{YEAR}年年初预算{ini}万元，年中追加后全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("3. 성과 자체평가 결과")
    d.add_paragraph("三、绩效自评结果")
    d.add_paragraph("本局按部门整体支出绩效评价评分表逐项自评，各项指标满分扣减后得分如下表。")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "完成情况", "扣分", "扣分原因"],
            ["过程指标", "预算执行", "预算执行率", "10", "执行率100%得满分，每低1个百分点扣0.5分", f"{rt}%", str(exec_ded), "两个项目资金年底未完成支付"],
            *([r[0], r[1], r[2], str(r[3]), r[4], r[5], r[6], r[7]] for r in CC02),
            ["合计", "", "", "100", "", "", str(ded), ""]]
    table(d, rows, [(len(rows) - 1, 0, len(rows) - 1, 2)], vmerge_cols=(0, 1))
    d.add_paragraph(f"经自评，本局{YEAR}年度部门整体支出绩效自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("4. 존재하는 문제 및 개선 조치")
    d.add_paragraph("四、存在的问题及改进措施")
    d.add_paragraph("村级养老服务设施建设滞后。下一步将加快互助幸福院建设，缩短临时救助办理时限。")
    d.add_paragraph("화룡시민정국　　和龙市民政局")
    d.add_paragraph("2025년 3월 20일　　2025年3月20日")
    return f, "doc", convert(docx_bytes(d), "cc02", "docx", "doc")


# cc03 青海 称多县, project, .wps: the money in Chinese numerals (三百二十万元, 三百五十二万八千元), a conclusion table of
# 一级 | 权重 | 得分 | 得分率, then the indicator table --------------------------------------------------------------------
CC03: list[Row] = [
    ("产出指标", "数量指标", "受助在园幼儿人数", 20, "≥3200人", "3247人", "20", ""),
    ("产出指标", "数量指标", "补助幼儿园数", 10, "26所", "26所", "10", ""),
    ("产出指标", "质量指标", "补助资金足额发放率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "资金拨付时限", 10, "T:按学期拨付", "T:春季学期延迟拨付", "8", "春季学期资金到位较晚"),
    ("效益指标", "社会效益指标", "学前三年毛入园率", 15, "≥88%", "86.5%", "14.74", "牧区幼儿居住分散，入园率提升较慢"),
    ("效益指标", "可持续影响指标", "家庭教育负担减轻", 15, "T:有效减轻", "T:有效减轻", "15", ""),
    ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", 10, "≥90%", "92.3%", "10", ""),
]


def cc03() -> Made:
    unit, proj = "称多县教育局", "学前教育保教费补助资金"
    ini, adj, exe = "320", "365", "352.8"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    rows = [_exec_row(rt, es), *CC03]
    tot = sum((D(r[6]) for r in rows), D(0))
    inds = [indicator_fact(r) for r in rows]
    blocks: dict[str, tuple[int, Decimal]] = {}
    for r in rows:
        w, s = blocks.get(r[0], (0, D(0)))
        blocks[r[0]] = (w + int(r[3]), s + D(r[6]))
    f = facts("项目支出", YEAR, {"name": unit}, budget(ini, adj, exe, rt), inds, tot,
              project={"name": proj}, full_mark=100, planted=[],
              stated_block_weights={k: D(w) for k, (w, _) in blocks.items() if k != "预算执行"}, stated_grade=EARNED)
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度{proj}绩效自评报告")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph("本项目用于全县二十六所幼儿园在园幼儿保教费补助，惠及在园幼儿三千二百余人。")
    d.add_paragraph("二、项目资金情况")
    d.add_paragraph("该项目年初预算下达资金三百二十万元，年中追加四十五万元，全年预算三百六十五万元，"
                    f"全年实际支出三百五十二万八千元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效自评结论")
    d.add_paragraph("本项目按预算执行、产出、效益、满意度四个方面开展自评，结果如下：")
    concl = [["一级指标", "权重", "得分", "得分率"],
             *([k, str(w), str(s), f"{r2(s / w * 100)}%"] for k, (w, s) in blocks.items()),
             ["合计", "100", str(tot), f"{r2(tot)}%"]]
    table(d, concl)
    d.add_paragraph(f"项目自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("四、绩效指标完成情况")
    ind_rows = [HEAD, *(_cells(r) for r in rows), ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    table(d, ind_rows, [(len(ind_rows) - 1, 0, len(ind_rows) - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("五、存在问题及改进措施")
    d.add_paragraph("牧区幼儿入园率仍低于目标，下一步在三个乡镇增设流动幼教点。")
    return f, "wps", convert(convert(docx_bytes(d), "cc03", "docx", "odt"), "cc03", "odt", "doc")


# cc04 新疆 于田县, project, .mht: a county site's page whose headings and label cells carry the Uyghur under the Chinese
# ("项目名称<br>تۈر نامى", "年初预算数<br>…") -------------------------------------------------------------------------------
CC04: list[Row] = [
    ("产出指标", "数量指标", "农村户厕改造户数", 15, "≥1800户", "1826户", "15", ""),
    ("产出指标", "数量指标", "村庄生活垃圾收运点建设", 10, "≥45个", "45个", "10", ""),
    ("产出指标", "质量指标", "改厕工程验收合格率", 10, "≥95%", "97.4%", "10", ""),
    ("产出指标", "时效指标", "年度任务完成时间", 10, "T:2024年10月底前", "T:2024年10月25日", "10", ""),
    ("效益指标", "社会效益指标", "农村卫生厕所普及率", 15, "≥75%", "72.8%", "14.56", "部分偏远村落施工条件差，2025年续建"),
    ("效益指标", "生态效益指标", "生活垃圾收运处置覆盖率", 15, "≥90%", "91.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", 15, "≥90%", "93.6%", "15", ""),
]
UY = {"项目名称": "تۈر نامى", "主管部门": "باشقۇرغۇچى تارماق", "实施单位": "ئىجرا قىلغۇچى ئورۇن",
      "项目资金（万元）": "تۈر مەبلىغى (ئون مىڭ يۈەن)", "年初预算数": "يىل بېشىدىكى مۆلچەر", "全年预算数": "يىللىق مۆلچەر",
      "全年执行数": "يىللىق ئىجرا", "分值": "نومۇر قىممىتى", "执行率": "ئىجرا نىسبىتى", "得分": "ئالغان نومۇر",
      "一级指标": "1-دەرىجىلىك كۆرسەتكۈچ", "二级指标": "2-دەرىجىلىك كۆرسەتكۈچ", "三级指标": "3-دەرىجىلىك كۆرسەتكۈچ",
      "年度指标值": "يىللىق كۆرسەتكۈچ قىممىتى", "实际完成值": "ئەمەلىي ئورۇندالغىنى", "偏差原因分析及改进措施": "پەرق سەۋەبى ۋە تەدبىر",
      "总分": "ئومۇمىي نومۇر", "年度总体目标": "يىللىق ئومۇمىي نىشان"}


def _bi(label: str) -> str:
    return f"{label}<br/><span dir=\"rtl\">{UY[label]}</span>" if label in UY else label


def _tr(cells: list[str], spans: dict[int, int] | None = None) -> str:
    spans = spans or {}
    return "<tr>" + "".join(f"<td colspan=\"{spans[i]}\">{_bi(c)}</td>" if i in spans else f"<td>{_bi(c)}</td>"
                            for i, c in enumerate(cells)) + "</tr>"


def cc04() -> Made:
    money = ("680.00", "712.30", "695.84")
    unit, dept, proj = "于田县农村人居环境整治服务中心", "于田县农业农村局", "2024年农村人居环境整治提升项目"
    rt, es, tot = scored(CC04, money[2], money[1])
    inds = [{"name": "预算执行率", "weight": 10, "actual": {"value": rt, "unit": "%"}, "stated_score": es},
            *(indicator_fact(r) for r in CC04)]
    f = facts("项目支出", YEAR, {"supervising_department": dept}, budget(*money, rt), inds, tot,
              project={"name": proj, "implementing_unit": unit}, full_mark=100, planted=[], stated_grade=EARNED)
    rows = [_tr(["项目名称", proj], {1: 7}), _tr(["主管部门", dept, "实施单位", unit], {1: 3, 3: 3}),
            _tr(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
            _tr(["", "年度资金总额", *money, "10", f"{rt}%", str(es)]),
            _tr(["年度总体目标", "完成户厕改造1800户以上，建设垃圾收运点45个，农村卫生厕所普及率达到75%。",
                 "改造户厕1826户，建成收运点45个，普及率72.8%。"], {1: 3, 2: 4}),
            _tr(HEAD), *(_tr(_cells(r)) for r in CC04),
            _tr(["总分", "100", str(tot), f"{f['stated_grade']}　<span dir=\"rtl\">ئەلا</span>"], {0: 5})]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{proj}绩效自评报告</title></head><body>\n"
            "<div class=\"nav\">首页 | 政务公开 | 财政资金 | <span dir=\"rtl\">باش بەت</span></div>\n"
            f"<h1>{unit}{YEAR}年度{proj}绩效自评报告</h1>\n"
            "<h2 dir=\"rtl\">كېرىيە ناھىيەلىك يېزا ئولتۇراق مۇھىتىنى تۈزەش مۇلازىمەت مەركىزى 2024-يىللىق تۈر ئۈنۈمىنى ئۆزى باھالاش دوكلاتى</h2>\n"
            "<p>发布时间：2025-04-16　来源：于田县财政局</p>\n"
            "<h3>一、项目基本情况<br/><span dir=\"rtl\">1. تۈرنىڭ ئاساسىي ئەھۋالى</span></h3>\n"
            f"<p>本项目由{dept}主管、{unit}实施，覆盖全县15个乡镇。</p>\n"
            "<h3>二、项目资金使用情况<br/><span dir=\"rtl\">2. مەبلەغ ئىشلىتىش ئەھۋالى</span></h3>\n"
            f"<p>项目年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%。</p>\n"
            "<h3>三、绩效自评表<br/><span dir=\"rtl\">3. ئۈنۈمنى ئۆزى باھالاش جەدۋىلى</span></h3>\n"
            "<table border=\"1\">\n" + "\n".join(rows) + "\n</table>\n"
            "<h3>四、存在问题及改进措施<br/><span dir=\"rtl\">4. مەۋجۇت مەسىلىلەر ۋە ياخشىلاش تەدبىرلىرى</span></h3>\n"
            "<p>部分偏远村落改厕进度滞后，2025年继续推进。</p>\n"
            "<div class=\"footer\">主办：于田县人民政府办公室　<span dir=\"rtl\">كېرىيە ناھىيەلىك خەلق ھۆكۈمىتى ئىشخانىسى</span></div>\n"
            "</body></html>\n")
    return f, "mht", _mht(f"{proj}绩效自评报告", html)


# cc05 西藏 定日县, whole unit, .odt: the title and every heading in Tibetan first, then Chinese; staff parts that overlap
# (少数民族 / 女性 / 援藏 干部 among the 在职); 收入 / 支出 items ---------------------------------------------------------------
CC05: list[Row] = [
    ("产出指标", "数量指标", "基层医疗机构培训人次", 15, "≥300人次", "326人次", "15", ""),
    ("产出指标", "数量指标", "家庭医生签约服务人数", 10, "≥1.2万人", "1.26万人", "10", ""),
    ("产出指标", "质量指标", "孕产妇系统管理率", 10, "≥90%", "93.2%", "10", ""),
    ("产出指标", "时效指标", "包虫病筛查完成时间", 10, "T:9月底前", "T:9月20日", "10", ""),
    ("效益指标", "社会效益指标", "农牧民健康档案建档率", 15, "≥95%", "96.1%", "15", ""),
    ("效益指标", "可持续影响指标", "乡镇卫生院标准化达标率", 15, "100%", "92.3%", "13.85", "一所卫生院改扩建工程未完工"),
    ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", 15, "≥90%", "94%", "15", ""),
]
TIBETAN = {
    "title": "དིང་རི་རྫོང་འཕྲོད་བསྟེན་ཨུ་ཡོན་ལྷན་ཁང་གི་ལོ་ ༢༠༢༤ ལོའི་ལས་དོན་གྲུབ་འབྲས་རང་དཔྱད་སྙན་ཞུ།",
    "一、基本情况": "གཅིག  གཞི་རྩའི་གནས་ཚུལ།", "二、预算执行情况": "གཉིས།  མ་དངུལ་ལག་བསྟར་གྱི་གནས་ཚུལ།",
    "三、绩效指标完成情况": "གསུམ།  ལས་དོན་གྲུབ་འབྲས་ཀྱི་གནས་ཚུལ།", "四、自评结论": "བཞི།  མཇུག་སྡོམ།",
}


def cc05() -> Made:
    unit = "定日县卫生健康委员会"
    ini, adj, exe = "1538.60", "1624.90", "1589.47"
    rt, es, tot = scored(CC05, exe, adj)
    inc = [("财政拨款收入", "1602.30"), ("其他收入", "22.60")]
    spent = [("基本支出", "846.25"), ("项目支出", "743.22")]
    bud = {**budget(ini, adj, exe, rt), "income_total": D(adj), "income_items": items(*inc),
           "expenditure_total": D(exe), "expenditure_items": items(*spent)}
    inds = [indicator_fact(_exec_row(rt, es)), *(indicator_fact(r) for r in CC05)]
    f = facts("整体支出", YEAR, {"name": unit, "staff_establishment": 32, "staff_total": 29}, bud, inds, tot,
              full_mark=100, planted=[], stated_grade=EARNED)
    d = doc()
    d.add_paragraph(TIBETAN["title"])
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph(TIBETAN["一、基本情况"])
    d.add_paragraph("一、基本情况")
    d.add_paragraph("本委核定编制32名，年末实有在职人员29人，其中少数民族干部24人、女性干部13人、援藏干部2人。"
                    "下辖县人民医院、县疾控中心和13个乡镇卫生院。")
    d.add_paragraph(TIBETAN["二、预算执行情况"])
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph(f"{YEAR}年年初预算{ini}万元，全年预算{adj}万元。全年收入合计{adj}万元，其中：{inc[0][0]}{inc[0][1]}万元，"
                    f"{inc[1][0]}{inc[1][1]}万元。全年支出合计{exe}万元，其中：{spent[0][0]}{spent[0][1]}万元，"
                    f"{spent[1][0]}{spent[1][1]}万元，预算执行率{rt}%。")
    d.add_paragraph(TIBETAN["三、绩效指标完成情况"])
    d.add_paragraph("三、绩效指标完成情况")
    rows = [HEAD, _cells(_exec_row(rt, es)), *(_cells(r) for r in CC05),
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    table(d, rows, [(len(rows) - 1, 0, len(rows) - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(TIBETAN["四、自评结论"])
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"本委{YEAR}年度部门整体支出绩效自评得分{tot}分，等级为“{f['stated_grade']}”。")
    return f, "odt", convert(docx_bytes(d), "cc05", "docx", "odt")


REPORTS = {
    "cc02-jl-helong-civil-affairs-whole-doc-korean-deductions": cc02,
    "cc03-qh-chenduo-preschool-project-wps-chinese-numeral-money": cc03,
    "cc04-xj-yutian-living-environment-project-mht-uyghur-labels": cc04,
    "cc05-xz-dingri-health-whole-odt-tibetan-headings": cc05,
}
