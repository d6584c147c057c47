# ruff: noqa: E501
"""The ten reports of the seventeenth set: each function returns (expected facts, extension, content).

Every unit, person and figure is invented. Content is text (txt, md) or bytes (docx, xlsx; a docx for pdf).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import openpyxl
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment
from seventeenth_facts import D, Row, exec_fact, grade, indicator_fact, r2, rate, shown, total, yuan

Facts = dict[str, Any]
Made = tuple[Facts, str, Any]

HEAD = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]


def _doc() -> Any:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


_WIDTHS = {8: [1.6, 1.8, 3.0, 1.8, 1.8, 1.0, 1.2, 3.0], 7: [2.4, 2.6, 2.6, 2.6, 1.2, 1.8, 1.4]}


def _table(d: Any, rows: list[list[str]], merge_col0: bool = False) -> None:
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    ncols = max(len(r) for r in rows)
    widths = _WIDTHS.get(ncols, [15.0 / ncols] * ncols)
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = Cm(widths[j])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths[j])
            cell.text = v
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    for i, row in enumerate(rows):
        if row[0] == "项目名称" and len(row) > 2 and not any(row[2:]):
            text = row[1]
            t.cell(i, 1).merge(t.cell(i, len(row) - 1)).text = text
    if merge_col0:  # vertical merge of equal 一级 cells below the header
        start = 1
        for i in range(2, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0] or not rows[i][0]:
                if i - 1 > start and rows[start][0]:
                    text = rows[start][0]
                    merged = t.cell(start, 0).merge(t.cell(i - 1, 0))
                    merged.text = text
                start = i


def _bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _facts(kind: str, year: int, unit: Facts, budget: Facts, inds: list[Facts], stated_total: Decimal,
           project: Facts | None = None, full_mark: int | None = None, planted: list[str] | None = None) -> Facts:
    f: Facts = {"kind": kind, "year": year, "unit": unit}
    if project:
        f["project"] = project
    f["budget"] = budget
    f["indicators"] = inds
    f["stated_total"] = stated_total
    f["stated_grade"] = grade(stated_total)
    if full_mark:
        f["full_mark"] = full_mark
    f["planted"] = planted or []
    return f


# q01 河北 town, whole unit, txt prose per 一级 block ---------------------------------------------------------
Q01: list[Row] = [
    ("产出指标", "数量指标", "农村道路硬化里程", 10, "≥12公里", "12.6公里", "10", ""),
    ("产出指标", "数量指标", "农村人居环境整治村数", 10, "≥15个", "15个", "10", ""),
    ("产出指标", "质量指标", "高标准农田建设验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴资金发放及时率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "成本指标", "公用经费控制率", 10, "≤100%", "96.4%", "10", ""),
    ("效益指标", "社会效益指标", "信访事项按期办结率", 10, "≥95%", "93.5%", "9.84", "个别积案涉及历史遗留问题，办理周期较长"),
    ("效益指标", "社会效益指标", "安全生产事故发生起数", 10, "0起", "0起", "10", ""),
    ("效益指标", "生态效益指标", "森林覆盖率", 10, "≥62%", "62.8%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "94%", "10", ""),
]


def q01() -> Made:
    ini, adj, exe = "3126.40", "3498.72", "3385.16"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q01, es)
    blocks = ["产出指标", "效益指标", "满意度指标"]
    lines = [
        "平山县石窑岭镇人民政府2024年度部门整体支出绩效自评报告", "",
        "根据县财政局《关于开展2024年度预算绩效自评工作的通知》要求，我镇成立了由镇长任组长、分管副镇长任副组长、"
        "党政办和财政所负责人为成员的自评工作小组，对2024年度部门整体支出情况开展了自评，现将有关情况报告如下。", "",
        "一、部门基本情况", "",
        "（一）机构设置",
        "石窑岭镇人民政府内设党政综合办公室、党建工作办公室、经济发展办公室、社会事务办公室、综合行政执法队5个机构，"
        "下设便民服务中心、农业综合服务中心、退役军人服务站3个事业单位。",
        "（二）人员情况",
        "全镇核定编制46名，年末实有在职人员43人（其中行政人员26人、事业人员17人），另有退休人员12人。", "",
        "（三）预算及执行情况",
        f"2024年年初预算{D(ini):,}万元，年中追加调整后全年预算{D(adj):,}万元，全年实际支出{D(exe):,}万元，"
        f"预算执行率{rt}%。",
        "本年收入合计3,521.30万元，其中一般公共预算财政拨款收入3,106.85万元、政府性基金预算财政拨款收入380.00万元、"
        "其他收入25.45万元。",
        f"本年支出合计{D(exe):,}万元，其中基本支出1,842.37万元，项目支出1,542.79万元。", "",
        "二、绩效自评情况", "",
        "本次自评采用部门整体支出绩效指标体系，满分100分，其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分。", "",
        f"（一）预算执行情况（分值10分）。全年预算执行率{rt}%，该项得{es}分。",
    ]
    n = 1
    for l1 in blocks:
        rows = [r for r in Q01 if r[0] == l1]
        w = sum(r[3] for r in rows)
        s = sum(D(r[6]) for r in rows)
        lines.append(f"（{'二三四'[blocks.index(l1)]}）{l1}（分值{w}分，得分{s}分）。")
        for r in rows:
            tgt = r[4]
            text = (f"{n}.{r[1]}：{r[2]}，年度指标值{tgt}，实际完成{r[5]}，分值{r[3]}分，得分{r[6]}分。")
            if r[7]:
                text += f"扣分原因：{r[7]}。"
            lines.append(text)
            n += 1
    lines += ["", "三、自评结论", "",
              f"经自评，石窑岭镇2024年度部门整体支出绩效自评综合得分{tot}分，评价等级为“{grade(tot)}”。", "",
              "四、存在的问题及改进措施", "",
              "一是部分项目前期论证不够充分，年中调整幅度较大；二是信访积案化解仍需加力。下一步，我镇将加强预算编制的"
              "科学性，严格执行预算，提高资金使用效益。", "",
              "平山县石窑岭镇人民政府", "2025年3月18日", ""]
    unit = {"name": "平山县石窑岭镇人民政府", "staff_total": 43, "staff_establishment": 46,
            "staff_parts": [{"name": "行政人员", "count": 26}, {"name": "事业人员", "count": 17}],
            "internal_bodies": ["党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "综合行政执法队"],
            "internal_bodies_count": 5,
            "subordinate_bodies": ["便民服务中心", "农业综合服务中心", "退役军人服务站"], "subordinate_bodies_count": 3}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("3521.30"),
              "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("3106.85")},
                               {"name": "政府性基金预算财政拨款收入", "amount": D("380.00")},
                               {"name": "其他收入", "amount": D("25.45")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("1842.37")},
                                    {"name": "项目支出", "amount": D("1542.79")}]}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q01]
    return _facts("整体支出", 2024, unit, budget, inds, tot, planted=["INCOME_SUM_MISMATCH"]), "txt", "\n".join(lines)


# q02 贵州 street office, whole unit, 元 in prose, tab-separated 附件 table ----------------------------------------
Q02: list[Row] = [
    ("产出指标", "数量指标", "城镇新增就业人数", 10, "≥600人", "652人", "10", ""),
    ("产出指标", "数量指标", "老旧小区改造数量", 10, "≥4个", "4个", "10", ""),
    ("产出指标", "质量指标", "城市管理问题处置率", 10, "≥95%", "97.6%", "10", ""),
    ("产出指标", "时效指标", "低保金按月发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "辖区刑事案件发案率下降幅度", 10, "≥5%", "6.2%", "10", ""),
    ("效益指标", "可持续影响指标", "垃圾分类覆盖率", 10, "≥80%", "76%", "9.5", "部分老旧小区分类设施未配齐"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 20, "≥90%", "92.3%", "20", ""),
]


def q02() -> Made:
    ini, adj, exe = "1864.23", "2108.546", "2031.874256"
    rt = rate(exe, adj)
    es = r2(20 * rt / 100)
    tot = total(Q02, es)
    lines = [
        "遵义市红花岗区凤鸣街道办事处", "2024年度部门整体支出绩效自评报告", "",
        "一、部门概况",
        "凤鸣街道办事处是区人民政府的派出机关，辖8个社区，面积6.3平方公里。办事处编制数62人，实有人数58人。", "",
        "二、部门财政资金收支情况",
        "2024年度收入合计22,136,800.45元，其中：财政拨款收入21,086,800.45元，其他收入1,050,000.00元。",
        f"2024年度支出合计{yuan(exe)}元，其中：基本支出9,876,540.21元，项目支出10,442,202.35元。",
        f"年初预算数为{yuan(ini)}元，调整后预算数为{yuan(adj)}元，实际支出{yuan(exe)}元，预算执行率{rt}%。", "",
        "三、绩效自评结果",
        f"经对照年初设定的整体绩效目标逐项打分，本单位2024年度部门整体支出绩效自评得分为{tot}分，自评等级为{grade(tot)}。"
        "具体评分情况详见附件。", "",
        "四、存在问题和改进措施",
        "（一）垃圾分类设施配置还不均衡。（二）预算执行进度前松后紧。今后将加强与区直部门对接，均衡支出进度。", "",
        "附件：凤鸣街道办事处2024年度部门整体支出绩效自评表", "",
        "部门整体支出绩效自评表", "（2024年度）",
        "部门名称\t遵义市红花岗区凤鸣街道办事处\t\t自评总分\t" + str(tot),
        "年初预算数（元）\t全年预算数（元）\t全年执行数（元）\t执行率\t执行率权重\t执行率得分",
        f"{yuan(ini)}\t{yuan(adj)}\t{yuan(exe)}\t{rt}%\t20\t{es}",
        "\t".join(HEAD),
    ]
    for r in Q02:
        lines.append("\t".join([r[0], r[1], r[2], str(r[3]), r[4], r[5], r[6], r[7]]))
    lines += ["填报人：杨晓岚\t联系电话：0851-2863317", ""]
    unit = {"name": "遵义市红花岗区凤鸣街道办事处", "staff_total": 58, "staff_establishment": 62}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("2213.680045"),
              "income_items": [{"name": "财政拨款收入", "amount": D("2108.680045")},
                               {"name": "其他收入", "amount": D("105")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("987.654021")},
                                    {"name": "项目支出", "amount": D("1044.220235")}]}
    inds = [exec_fact(20, rt, es)] + [indicator_fact(r) for r in Q02]
    return _facts("整体支出", 2024, unit, budget, inds, tot), "txt", "\n".join(lines)


# q03 四川 CDC, project, prose + space-aligned form ---------------------------------------------------------------
Q03: list[Row] = [
    ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", 15, "≥95%", "97.8%", "15", ""),
    ("产出指标", "数量指标", "传染病疫情分析报告期数", 10, "≥12期", "12期", "10", ""),
    ("产出指标", "质量指标", "冷链设备温度监测合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "法定传染病网络直报及时率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "成本指标", "单剂次接种服务补助标准", 5, "≤5元", "5元", "5", ""),
    ("效益指标", "社会效益指标", "甲乙类传染病暴发疫情处置率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "免疫规划工作机制", 15, "T:长效运行", "T:基本建立", "13", "乡镇接种门诊信息化水平不一"),
    ("满意度指标", "服务对象满意度指标", "受种者家长满意度", 10, "≥90%", "93%", "10", ""),
]


def q03() -> Made:
    ini, adj, exe = "86", "92.5", "90.13"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q03, es)
    lines = [
        "古蔺县疾病预防控制中心", "2024年免疫规划及重大传染病防控项目支出绩效自评报告", "",
        "一、项目概况",
        f"本项目年初预算{ini}万元，年中追加{D(adj) - D(ini)}万元，全年预算{adj}万元，全年执行{exe}万元，执行率{rt}%。"
        "资金主要用于疫苗冷链运转、接种门诊督导、传染病监测和应急处置。", "",
        "二、绩效目标完成情况",
        "全年适龄儿童免疫规划疫苗接种率保持在95%以上，未发生重大传染病暴发疫情。免疫规划工作机制已基本建立，"
        "但部分乡镇接种门诊信息化水平不一，相应扣2分。", "",
        f"三、自评结论：项目自评得分{tot}分，等级为优。", "",
        "附：项目支出绩效自评表", "",
        "                            项目支出绩效自评表",
        "                             （2024年度）",
        "项目名称    2024年免疫规划及重大传染病防控项目",
        "主管部门    古蔺县卫生健康局                实施单位    古蔺县疾病预防控制中心",
        "项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分",
        f"年度资金总额        {ini}            {adj}          {exe}         10      {rt}%    {es}",
        "    ".join([*HEAD[:3], "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
    ]
    for r in Q03:
        cells = [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]
        lines.append("    ".join(c for c in cells if c))
    lines += [f"总分                                                      100     {tot}", "",
              "填报人：罗建川    审核人：何晓梅    填报日期：2025年2月26日", ""]
    unit = {"supervising_department": "古蔺县卫生健康局"}
    project = {"name": "2024年免疫规划及重大传染病防控项目", "implementing_unit": "古蔺县疾病预防控制中心"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q03]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "txt", "\n".join(lines)


# q04 江苏 middle school, project, docx with the form in the body ---------------------------------------------------
Q04: list[Row] = [
    ("产出指标", "数量指标", "新增高清监控点位", 10, "≥120个", "126个", "10", ""),
    ("产出指标", "数量指标", "一键报警装置安装数量", 10, "≥40套", "40套", "10", ""),
    ("产出指标", "质量指标", "设备验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024年8月底前", "T:2024年8月25日", "10", ""),
    ("产出指标", "成本指标", "单个监控点位综合成本", 10, "≤0.6万元", "0.58万元", "10", ""),
    ("效益指标", "社会效益指标", "校园安全责任事故发生数", 15, "0起", "0起", "15", ""),
    ("效益指标", "可持续影响指标", "设备正常运行率", 15, "≥95%", "98.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "师生及家长满意度", 10, "≥90%", "95.2%", "10", ""),
]


def _form_rows(rows: list[Row]) -> list[list[str]]:
    return [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]


def q04() -> Made:
    ini, adj, exe = "150", "150", "146.82"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q04, es)
    d = _doc()
    d.add_heading("泗阳县临河初级中学2024年校园安全技防设施提升改造项目绩效自评报告", level=1)
    for p in [
        "一、项目基本情况",
        "为落实校园安全“三个百分百”建设要求，经县教育局批准，我校实施校园安全技防设施提升改造项目，对教学区、"
        "宿舍区及校门周边监控和报警设施进行更新。",
        f"项目年初预算{ini}万元，全年预算{adj}万元，截至2024年12月31日实际支出{exe}万元，预算执行率{rt}%。",
        "二、绩效目标实现情况",
        "项目共新增高清监控点位126个，安装一键报警装置40套，于2024年8月25日完工并通过验收。各项指标完成情况见下表。",
    ]:
        d.add_paragraph(p)
    d.add_paragraph("项目支出绩效自评表")
    _table(d, [["项目名称", "2024年校园安全技防设施提升改造项目", "", ""],
               ["主管部门", "泗阳县教育局", "实施单位", "泗阳县临河初级中学"]])
    d.add_paragraph("")
    _table(d, [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    _table(d, [head, *_form_rows(Q04), ["总分", "", "", "", "", "100", str(tot), ""]], merge_col0=True)
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"经综合评价，本项目自评得分{tot}分，评价等级为“{grade(tot)}”。")
    d.add_paragraph("四、存在问题及下一步措施")
    d.add_paragraph("部分设备运维依赖厂家，学校自有技术力量不足。下一步将建立设备巡查台账，落实专人管理。")
    unit = {"supervising_department": "泗阳县教育局"}
    project = {"name": "2024年校园安全技防设施提升改造项目", "implementing_unit": "泗阳县临河初级中学"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q04]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "docx", _bytes(d)


# q05 湖南 health bureau, whole unit, docx prose + 附件 table (planted total) ------------------------------------
Q05: list[Row] = [
    ("产出指标", "数量指标", "65岁以上老年人健康管理人数", 10, "≥1.8万人", "1.86万人", "10", ""),
    ("产出指标", "数量指标", "家庭医生签约人数", 10, "≥9.5万人", "9.62万人", "10", ""),
    ("产出指标", "质量指标", "孕产妇系统管理率", 10, "≥90%", "92.4%", "10", ""),
    ("产出指标", "时效指标", "基本公共卫生补助资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", 10, "≥94元", "94元", "10", ""),
    ("效益指标", "社会效益指标", "婴儿死亡率", 10, "≤5‰", "3.2‰", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 10, "≥28%", "27.1%", "9.68", "农村老年人群健康知识知晓率偏低"),
    ("效益指标", "可持续影响指标", "县域内就诊率", 10, "≥90%", "90.6%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众就医满意度", 10, "≥90%", "91.5%", "10", ""),
]


def q05() -> Made:
    ini, adj, exe = "4862.55", "5310.20", "5206.47"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    stated = total(Q05, es) - 1  # planted: the stated total is one point below the sum of the scores
    d = _doc()
    d.add_heading("安仁县卫生健康局2024年度部门整体支出绩效自评报告", level=1)
    paras = [
        "一、部门基本情况",
        "（一）机构设置。局机关内设办公室、规划信息与财务股、医政医管股、疾病预防控制股、基层卫生股、综合监督股6个股室；"
        "下属二级单位有县人民医院、县中医医院、县妇幼保健计划生育服务中心、县疾病预防控制中心4个。",
        "（二）人员情况。局机关核定编制38名，实有在职人员33人。",
        "二、部门整体支出情况",
        "（一）收入情况。2024年度收入合计5,318.66万元，其中一般公共预算财政拨款收入5,042.16万元，"
        "政府性基金预算财政拨款收入210.00万元，其他收入66.50万元。",
        f"（二）支出情况。2024年度支出合计{D(exe):,}万元，其中基本支出1,236.88万元，项目支出3,969.59万元。",
        f"（三）预算执行情况。年初预算{D(ini):,}万元，全年调整预算{D(adj):,}万元，全年执行{D(exe):,}万元，"
        f"预算执行率为{rt}%。",
        "三、绩效自评情况",
        "我局对照年初绩效目标，从预算执行、产出、效益和满意度四个方面进行了自评，各项指标得分情况见附件1。",
        f"经自评，我局2024年度部门整体支出绩效自评得分{stated}分，等级为“优”。",
        "四、存在的问题",
        "一是居民健康素养水平提升较慢；二是基层医疗卫生机构人才短缺。",
        "五、改进措施",
        "加大健康教育投入，持续推进县域医共体建设。",
        "附件1：安仁县卫生健康局2024年度部门整体支出绩效自评表",
    ]
    for p in paras:
        d.add_paragraph(p)
    rows = [HEAD, ["投入管理", "预算执行", "预算执行率", "10", "100%", f"{rt}%", str(es), ""]]
    rows += [[r[0], r[1], r[2], str(r[3]), r[4], r[5], r[6], r[7]] for r in Q05]
    rows.append(["合计", "", "", "100", "", "", str(stated), ""])
    _table(d, rows, merge_col0=True)
    unit = {"name": "安仁县卫生健康局", "staff_total": 33, "staff_establishment": 38,
            "internal_bodies": ["办公室", "规划信息与财务股", "医政医管股", "疾病预防控制股", "基层卫生股", "综合监督股"],
            "internal_bodies_count": 6,
            "subordinate_bodies": ["县人民医院", "县中医医院", "县妇幼保健计划生育服务中心", "县疾病预防控制中心"],
            "subordinate_bodies_count": 4}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("5318.66"),
              "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("5042.16")},
                               {"name": "政府性基金预算财政拨款收入", "amount": D("210.00")},
                               {"name": "其他收入", "amount": D("66.50")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("1236.88")},
                                    {"name": "项目支出", "amount": D("3969.59")}]}
    inds = [exec_fact(10, rt, es, level1="投入管理", level2="预算执行", target={"value": D(100), "unit": "%"})]
    inds += [indicator_fact(r) for r in Q05]
    facts = _facts("整体支出", 2024, unit, budget, inds, stated, full_mark=100, planted=["TOTAL_MISMATCH"])
    return facts, "docx", _bytes(d)


# q06 浙江 cultural centre, project, docx prose only -------------------------------------------------------------
Q06: list[Row] = [
    ("产出指标", "数量指标", "公益培训班次", 10, "≥80期", "72期", "9", "受场馆改造影响，二季度暂停培训一个月"),
    ("产出指标", "数量指标", "举办展览场次", 10, "≥12场", "13场", "10", ""),
    ("产出指标", "质量指标", "培训学员结业率", 10, "≥90%", "88%", "9.78", "部分学员因工作调动中途退出"),
    ("产出指标", "时效指标", "免费开放天数", 10, "≥300天", "306天", "10", ""),
    ("产出指标", "成本指标", "场均活动成本", 10, "≤0.5万元", "0.46万元", "10", ""),
    ("效益指标", "社会效益指标", "年服务群众人次", 15, "≥8万人次", "6.9万人次", "12.94", "馆舍局部改造期间接待能力下降"),
    ("效益指标", "可持续影响指标", "群众文艺团队数量", 15, "≥30支", "31支", "15", ""),
    ("满意度指标", "服务对象满意度指标", "群众满意度", 10, "≥90%", "93%", "10", ""),
]


def q06() -> Made:
    ini, adj, exe = "65", "62", "55.8"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q06, es)
    d = _doc()
    d.add_heading("龙游县文化馆2024年度公共文化场馆免费开放项目支出绩效自评报告", level=1)
    d.add_paragraph("一、项目概况")
    d.add_paragraph("项目名称：2024年公共文化场馆免费开放项目")
    d.add_paragraph("主管部门：龙游县文化和广电旅游体育局    实施单位：龙游县文化馆")
    d.add_paragraph(f"资金情况：该项目年初预算安排{ini}万元，年中因馆舍局部改造调减{D(ini) - D(adj)}万元，调整后预算{adj}万元，"
                    f"全年实际支出{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效指标完成情况")
    d.add_paragraph(f"（一）预算执行（分值10分）：预算执行率{rt}%，得{es:f}分。".replace(".00分", "分"))
    for k, l1 in enumerate(["产出指标", "效益指标", "满意度指标"]):
        rows = [r for r in Q06 if r[0] == l1]
        w = sum(r[3] for r in rows)
        s = sum(D(r[6]) for r in rows)
        d.add_paragraph(f"（{'二三四'[k]}）{l1}（分值{w}分，自评得分{s}分）")
        for r in rows:
            text = f"{r[1]}：{r[2]}，目标值{r[4]}，实际完成{r[5]}，分值{r[3]}分，得{r[6]}分。"
            if r[7]:
                text += f"偏差原因：{r[7]}。"
            d.add_paragraph(text)
    d.add_paragraph("三、自评结论")
    d.add_paragraph(f"综上，该项目2024年度绩效自评总得分{tot}分，自评等级“{grade(tot)}”。")
    d.add_paragraph("四、下一步改进措施")
    d.add_paragraph("合理安排场馆改造时序，错峰开展培训；加强学员过程管理，提高结业率。")
    d.add_paragraph("龙游县文化馆（盖章）    2025年4月2日")
    unit = {"supervising_department": "龙游县文化和广电旅游体育局"}
    project = {"name": "2024年公共文化场馆免费开放项目", "implementing_unit": "龙游县文化馆"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q06]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project), "docx", _bytes(d)


# q07 云南 civil affairs, project, Markdown ---------------------------------------------------------------------
Q07: list[Row] = [
    ("产出指标", "数量指标", "城市低保保障人数", 10, "≥5200人", "5386人", "10", ""),
    ("产出指标", "数量指标", "农村低保保障人数", 10, "≥21000人", "20815人", "9.91", "动态调整中部分家庭收入提高退出保障"),
    ("产出指标", "质量指标", "低保对象认定准确率", 10, "≥98%", "99.3%", "10", ""),
    ("产出指标", "时效指标", "低保金按月足额发放率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "农村低保月人均补助水平", 10, "≥380元", "392元", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "低保动态管理机制", 15, "T:健全", "T:健全", "15", ""),
    ("满意度指标", "服务对象满意度指标", "低保对象满意度", 10, "≥95%", "97.1%", "10", ""),
]


def q07() -> Made:
    ini, adj, exe = "3620.00", "3812.45", "3812.45"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q07, es)
    lines = [
        "# 建水县民政局2024年城乡居民最低生活保障资金项目绩效自评报告", "",
        "## 一、项目基本情况", "",
        "- 项目名称：2024年城乡居民最低生活保障资金",
        "- 主管部门：建水县民政局",
        "- 实施单位：建水县民政局", "",
        "## 二、资金投入和使用情况", "",
        "| 资金 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |",
        "|---|---|---|---|---|",
        f"| 年度资金总额 | {D(ini):,} | {D(adj):,} | {D(exe):,} | {rt}% |", "",
        "资金全部通过“一卡通”系统按月发放到户。", "",
        "## 三、绩效自评情况", "",
        "### （一）自评得分", "",
        f"预算执行率{rt}%，分值10分，得10分。产出、效益、满意度指标合计得分{tot - es}分。项目自评总分**{tot}分**，等级为**{grade(tot)}**。", "",
        "### （二）绩效指标完成情况", "",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in _form_rows(Q07):
        lines.append("| " + " | ".join(r) + " |")
    lines += ["", "## 四、存在的问题和改进措施", "",
              "1. 低保对象动态管理工作量大，乡镇经办力量不足。",
              "2. 下一步将依托大数据比对，提高认定精准度。", "",
              "建水县民政局", "", "2025年3月"]
    unit = {"supervising_department": "建水县民政局"}
    project = {"name": "2024年城乡居民最低生活保障资金", "implementing_unit": "建水县民政局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q07]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project), "md", "\n".join(lines) + "\n"


# q08 山东 water bureau, project, xlsx form -----------------------------------------------------------------------
Q08: list[Row] = [
    ("产出指标", "数量指标", "更新改造供水管网长度", 15, "≥85公里", "86.3公里", "15", ""),
    ("产出指标", "数量指标", "新建加压泵站", 5, "≥3座", "3座", "5", ""),
    ("产出指标", "质量指标", "管网打压试验合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "工程完工率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "每公里管网改造成本", 10, "≤9万元", "8.7万元", "10", ""),
    ("效益指标", "社会效益指标", "受益人口", 15, "≥6.5万人", "6.8万人", "15", ""),
    ("效益指标", "生态效益指标", "管网漏损率", 15, "≤12%", "10.6%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "92%", "10", ""),
]


def q08() -> Made:
    ini, adj, exe = "780", "812.6", "791.02"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q08, es)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    rows: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2024年度）"],
        ["项目名称", None, "2024年农村供水管网更新改造项目"],
        ["主管部门", None, "莒南县水务局", None, None, "实施单位", "莒南县农村供水服务中心"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", None, float(ini), float(adj), float(exe), 10, float(rt) / 100, float(es)],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for r in Q08:
        rows.append([None, r[0], r[1], r[2], r[4], r[5], r[3], float(r[6]) if "." in r[6] else int(r[6]), r[7] or None])
    rows += [["总分", None, None, None, None, None, 100, float(tot)], ["自评等级", None, grade(tot)]]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                c = ws.cell(i, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["G6"].number_format = "0.00%"
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:I3")
    ws.merge_cells("A5:B5")
    ws.merge_cells("A6:B6")
    ws.merge_cells(f"A8:A{7 + len(Q08)}")
    ws["A8"] = "绩效指标"
    buf = io.BytesIO()
    wb.save(buf)
    unit = {"supervising_department": "莒南县水务局"}
    project = {"name": "2024年农村供水管网更新改造项目", "implementing_unit": "莒南县农村供水服务中心"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q08]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "xlsx", buf.getvalue()


# q09 河南 county hospital, whole unit, pdf from docx -------------------------------------------------------------
Q09: list[Row] = [
    ("产出指标", "数量指标", "门急诊人次", 10, "≥52万人次", "54.3万人次", "10", ""),
    ("产出指标", "数量指标", "出院人次", 10, "≥3.6万人次", "3.52万人次", "9.78", "平均住院日缩短，部分轻症转门诊治疗"),
    ("产出指标", "质量指标", "三四级手术占比", 10, "≥40%", "42.6%", "10", ""),
    ("产出指标", "质量指标", "医院感染发生率", 5, "≤3%", "1.8%", "5", ""),
    ("产出指标", "时效指标", "急诊抢救平均响应时间", 5, "≤10分钟", "7分钟", "5", ""),
    ("产出指标", "成本指标", "次均门诊费用增幅", 5, "≤5%", "3.1%", "5", ""),
    ("效益指标", "社会效益指标", "县域内住院率", 15, "≥90%", "91.2%", "15", ""),
    ("效益指标", "可持续影响指标", "医疗质量安全核心制度落实率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "患者满意度", 15, "≥90%", "93.6%", "15", ""),
]


def q09() -> Made:
    ini, adj, exe = "38650.00", "41208.36", "40126.83"
    rt = rate(exe, adj)
    es = r2(15 * rt / 100)
    tot = total(Q09, es)
    d = _doc()
    d.add_heading("息县人民医院2024年度单位整体支出绩效自评报告", level=1)
    for p in [
        "一、单位基本情况",
        "息县人民医院是一所集医疗、教学、科研、预防保健于一体的二级甲等综合医院，开放床位1,050张。"
        "年末在职职工612人，其中在编人员384人、合同制人员228人。",
        "二、预算收支情况",
        f"2024年年初预算{D(ini):,}万元，调整后全年预算{D(adj):,}万元，全年执行{D(exe):,}万元，预算执行率{rt}%。",
        "收支情况如下表（单位：万元）：",
    ]:
        d.add_paragraph(p)
    _table(d, [["收入项目", "金额", "支出项目", "金额"],
               ["财政拨款收入", "3,862.40", "基本支出", "35,240.61"],
               ["事业收入", "36,415.27", "项目支出", "4,886.22"],
               ["其他收入", "708.85", "", ""],
               ["收入合计", "40,986.52", "支出合计", f"{D(exe):,}"]])
    d.add_paragraph("三、绩效自评情况")
    d.add_paragraph("按照县财政局统一制定的单位整体支出绩效指标体系，医院从预算执行、产出、效益、满意度四个维度开展自评，"
                    "各指标完成情况如下表。")
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分", "未完成原因"],
            ["过程指标", "预算执行", "预算执行率", "≥95%", f"{rt}%", "15", str(es), ""]]
    rows += [[r[0], r[1], r[2], r[4], r[5], str(r[3]), r[6], r[7]] for r in Q09]
    rows.append(["总计", "", "", "", "", "100", str(tot), ""])
    _table(d, rows, merge_col0=True)
    d.add_paragraph(f"四、自评结论：医院2024年度单位整体支出绩效自评得分{tot}分，评价等级为{grade(tot)}。")
    d.add_paragraph("五、存在问题及改进措施：住院服务量未达预期，下一步将加强专科建设，提升县域内住院服务能力。")
    unit = {"name": "息县人民医院", "staff_total": 612,
            "staff_parts": [{"name": "在编人员", "count": 384}, {"name": "合同制人员", "count": 228}]}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
              "income_total": D("40986.52"),
              "income_items": [{"name": "财政拨款收入", "amount": D("3862.40")},
                               {"name": "事业收入", "amount": D("36415.27")},
                               {"name": "其他收入", "amount": D("708.85")}],
              "expenditure_total": D(exe),
              "expenditure_items": [{"name": "基本支出", "amount": D("35240.61")},
                                    {"name": "项目支出", "amount": D("4886.22")}]}
    inds = [exec_fact(15, rt, es, level1="过程指标", level2="预算执行",
                      target={"comparator": "≥", "value": D(95), "unit": "%"})]
    inds += [indicator_fact(r) for r in Q09]
    return _facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "pdf", _bytes(d)


# q10 陕西 police branch, project, pdf from docx, money form in 元 ------------------------------------------------
Q10: list[Row] = [
    ("产出指标", "数量指标", "运维监控点位数量", 10, "≥1500个", "1500个", "10", ""),
    ("产出指标", "数量指标", "设备巡检次数", 10, "≥24次", "20次", "8.33", "第四季度运维合同续签延迟，巡检次数减少"),
    ("产出指标", "质量指标", "前端设备在线率", 10, "≥95%", "88.5%", "9.32", "老旧设备故障率偏高，部分点位待更换"),
    ("产出指标", "时效指标", "故障修复时限", 10, "≤24小时", "30小时", "8", "偏远点位备件调配耗时较长"),
    ("产出指标", "成本指标", "单点位年运维成本", 10, "≤1600元", "1284元", "10", ""),
    ("效益指标", "社会效益指标", "视频监控协助破案数", 15, "≥120起", "96起", "12", "部分区域图像清晰度不足影响研判"),
    ("效益指标", "可持续影响指标", "系统运维管理制度完善程度", 10, "T:完善", "T:基本完善", "8", "运维考核细则尚未修订"),
    ("满意度指标", "服务对象满意度指标", "基层所队使用满意度", 15, "≥90%", "86%", "14.33", "部分派出所反映录像调阅速度慢"),
]


def q10() -> Made:
    ini, adj, exe = "238", "238", "192.64508"
    rt = rate(exe, adj)
    es = r2(10 * rt / 100)
    tot = total(Q10, es)
    d = _doc()
    d.add_heading("汉中市公安局汉台分局", level=1)
    d.add_heading("2024年社会治安视频监控系统运维项目绩效自评报告", level=2)
    for p in [
        "1. 项目概况",
        "本项目为延续性项目，用于辖区社会治安视频监控前端点位、传输链路和存储平台的日常运维。",
        f"1.1 资金安排：年初预算{yuan(ini)}元，全年预算{yuan(adj)}元，全年支付{yuan(exe)}元，执行率{rt}%。"
        "执行率偏低的原因是第四季度运维合同续签延迟，尾款未能在年内支付。",
        "2. 绩效自评结果",
        f"2.1 项目自评得分{tot}分，自评等级为“{grade(tot)}”。",
        "2.2 自评表如下：",
    ]:
        d.add_paragraph(p)
    _table(d, [["项目名称", "2024年社会治安视频监控系统运维项目", "", ""],
               ["主管部门", "汉中市公安局", "实施单位", "汉中市公安局汉台分局"]])
    d.add_paragraph("单位：元")
    _table(d, [["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               ["年度资金总额", yuan(ini), yuan(adj), yuan(exe), "10", f"{rt}%", str(es)]])
    d.add_paragraph("")
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    _table(d, [head, *_form_rows(Q10), ["总分", "", "", "", "", "100", str(tot), ""]], merge_col0=True)
    d.add_paragraph("3. 改进措施")
    d.add_paragraph("提前启动运维合同采购，分批更换老旧前端设备，修订运维考核细则。")
    d.add_paragraph("联系人：马志刚    电话：0916-2285143")
    unit = {"supervising_department": "汉中市公安局"}
    project = {"name": "2024年社会治安视频监控系统运维项目", "implementing_unit": "汉中市公安局汉台分局"}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt}
    inds = [exec_fact(10, rt, es)] + [indicator_fact(r) for r in Q10]
    return _facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "pdf", _bytes(d)


REPORTS: dict[str, Callable[[], Made]] = {
    "q01-he-pingshan-town-whole-txt-prose-blocks": q01,
    "q02-gz-honghuagang-street-whole-txt-yuan-tabs": q02,
    "q03-sc-gulin-cdc-project-txt-spaced-form": q03,
    "q04-js-siyang-school-project-docx-form": q04,
    "q05-hn-anren-health-whole-docx-appendix": q05,
    "q06-zj-longyou-culture-project-docx-prose": q06,
    "q07-yn-jianshui-civil-project-md": q07,
    "q08-sd-junan-water-project-xlsx": q08,
    "q09-ha-xixian-hospital-whole-pdf": q09,
    "q10-sn-hantai-police-project-pdf-yuan": q10,
}
