# ruff: noqa: E501
"""Reports sv01, sv02, sv07, sv08 of the sixty-seventh set, each returning (facts, ext, content): a Hebei farmland
centre's 高标准农田 form printed to PDF with a 栏次 row of column numbers under the money header and a row of column
numbers under the indicator header; a Shandong reservoir centre's 维修养护 form printed to PDF with the 一级 and 二级
columns so narrow that their merged cells stand one or two characters a line; a Henan extension centre's 一喷三防 form
split into two Word tables by a page break inside the indicator block (the second table starts with blank level cells);
a Shandong soil-conservation centre's 小流域 form split into two Word tables inside the money block (年度资金总额 in the
first, the 其中 rows in the second).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row
from docx.enum.text import WD_BREAK
from docx.shared import Cm
from eighteenth_facts import Made, doc, docx_bytes, table
from sixtyfirst_facts import HEAD, WORD, cells, money_block
from sixtyfourth_facts import project

_SIGN = "单位负责人：{0}　　财务负责人：{1}　　填表人：{2}　　联系电话：{3}"


def _head_rows(proj: str, dept: str, unit: str) -> list[list[str]]:
    return [["项目名称", "", proj, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", unit, ""]]


_HEAD_MERGES = [(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7)]


def _goal(plan: str, done: str) -> list[list[str]]:
    return [["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""], ["", "", plan, "", "", done, "", ""]]


def _form_rows(rows: list[Row], tot: Decimal, grade: str) -> list[list[str]]:
    return [HEAD, *(cells(r) for r in rows), ["总分", "", "", "", "", "100", str(tot), WORD[grade]]]


def _page_break(d: Any) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _widths(d: Any, cms: list[float]) -> None:
    """The last table's column widths (Word and LibreOffice read each cell's width)."""
    t = d.tables[-1]
    t.autofit = False
    for col, w in zip(t.columns, cms, strict=False):
        col.width = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, cms, strict=False):
            cell.width = Cm(w)


# sv01 河北 衡水, project, .pdf: a 栏次 row (1 / 2 / 3 / 4 / 5=3÷2 / 6) under the money header and a row of column
# numbers (1 … 8) under the indicator header, as a finance bureau's printed template carries them ------------------
SV01: list[Row] = [
    ("产出指标", "数量指标", "新建高标准农田面积", 15, "≥2.6万亩", "2.63万亩", "15", ""),
    ("产出指标", "数量指标", "新增高效节水灌溉面积", 10, "≥1.2万亩", "1.18万亩", "9", "一处泵站电力配套滞后，部分地块未通水"),
    ("产出指标", "质量指标", "工程验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目按期完工率", 10, "≥95%", "96%", "10", ""),
    ("产出指标", "成本指标", "亩均财政投入", 5, "≤1500元/亩", "1480元/亩", "5", ""),
    ("效益指标", "经济效益指标", "项目区亩均粮食增产", 10, "≥50公斤", "56公斤", "10", ""),
    ("效益指标", "生态效益指标", "项目区灌溉水有效利用系数", 10, "≥0.65", "0.66", "10", ""),
    ("效益指标", "可持续影响指标", "工程设计使用年限", 10, "≥15年", "15年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", 10, "≥90%", "93.2%", "10", ""),
]


def sv01() -> Made:
    unit = "故城县农田建设服务中心"
    dept = "故城县农业农村局"
    proj = "2023年高标准农田建设项目"
    money = ("3860.00", "3900.00", "3842.75")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SV01)
    d = doc()
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2023年度）")
    mb = money_block(money, rt, es)
    col_no = ["", "栏次", "1", "2", "3", "4", "5=3÷2", "6"]
    table(d, [*_head_rows(proj, dept, unit), mb[0], col_no, *mb[1:], ["", "上年结转资金", "—", "—", "—", "—", "—", "—"],
              *_goal("新建高标准农田2.6万亩，配套灌排、田间道路和农田防护设施，提高粮食综合生产能力。",
                     "建成高标准农田2.63万亩，新增高效节水灌溉面积1.18万亩，工程全部通过县级验收。")],
          merges=[*_HEAD_MERGES, (2, 0, 6, 0), (7, 0, 8, 1), (7, 2, 7, 4), (7, 5, 7, 7), (8, 2, 8, 4), (8, 5, 8, 7)])
    d.add_paragraph("")
    numbers = [str(i) for i in range(1, 9)]
    table(d, [_form_rows(SV01, tot, f["stated_grade"])[0], numbers, *_form_rows(SV01, tot, f["stated_grade"])[1:]],
          vmerge_cols=(0, 1))
    d.add_paragraph(_SIGN.format("孙建国", "刘彩霞", "张振", "0318-5321467"))
    return f, "pdf", docx_bytes(d)


# sv02 山东 临沂, project, .pdf: the 一级 and 二级 columns a character or two wide, so each merged level cell is printed
# one or two characters a line down the height of its block --------------------------------------------------------
SV02: list[Row] = [
    ("产出指标", "数量指标", "维修养护小型水库座数", 15, "≥46座", "46座", "15", ""),
    ("产出指标", "数量指标", "完成溢洪道清淤土方", 10, "≥1.8万立方米", "1.86万立方米", "10", ""),
    ("产出指标", "质量指标", "维修养护项目验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "汛前维修养护完成率", 10, "100%", "93%", "8.5", "三座水库放水洞维修受汛期来水影响，延至汛后完成"),
    ("效益指标", "社会效益指标", "小型水库安全度汛", 15, "T:安全度汛", "T:全部安全度汛", "15", ""),
    ("效益指标", "可持续影响指标", "水库工程良性运行机制", 15, "T:逐步健全", "T:逐步健全", "15", ""),
    ("满意度指标", "服务对象满意度指标", "库区群众满意度", 15, "≥90%", "95%", "15", ""),
]


def sv02() -> Made:
    unit = "沂水县水利工程运行维护中心"
    dept = "沂水县水利局"
    proj = "2024年小型水库维修养护项目"
    money = ("412.00", "436.50", "428.16")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SV02)
    d = doc()
    d.add_heading("2024年度项目支出绩效自评表", level=1)
    table(d, [*_head_rows(proj, dept, unit), *money_block(money, rt, es)],
          merges=[*_HEAD_MERGES, (2, 0, 4, 0)])
    d.add_paragraph("")
    table(d, _form_rows(SV02, tot, f["stated_grade"]), vmerge_cols=(0, 1))
    _widths(d, [0.75, 0.75, 3.8, 2.4, 2.4, 1.2, 1.2, 4.4])
    d.add_paragraph(_SIGN.format("高秀兰", "王立新", "崔敏", "0539-2256318"))
    return f, "pdf", docx_bytes(d)


# sv07 河南 周口, project, .docx: the form split into two Word tables by a page break inside the 产出 block; the
# second table has no header and its first row leaves the 一级 and 二级 cells blank (they continue the first's) -------
SV07: list[Row] = [
    ("产出指标", "数量指标", "小麦“一喷三防”作业面积", 15, "≥112万亩", "113.6万亩", "15", ""),
    ("产出指标", "数量指标", "统防统治服务组织数量", 10, "≥35个", "38个", "10", ""),
    ("产出指标", "质量指标", "病虫害防治效果", 10, "≥90%", "91.5%", "10", ""),
    ("产出指标", "质量指标", "药剂叶面肥质量抽检合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "作业完成时限", 5, "T:5月20日前", "T:5月16日", "5", ""),
    ("效益指标", "经济效益指标", "亩均挽回小麦产量损失", 10, "≥25公斤", "27公斤", "10", ""),
    ("效益指标", "生态效益指标", "化学农药使用量", 10, "T:较上年减少", "T:减少3.2%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", 20, "≥90%", "88%", "18", "个别乡镇作业时间与农户浇水时间冲突"),
]
_SPLIT7 = 3  # rows before the page break


def sv07() -> Made:
    unit = "郸城县农业技术推广中心"
    dept = "郸城县农业农村局"
    proj = "2024年小麦“一喷三防”补助项目"
    money = ("1680.00", "1704.00", "1691.38")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SV07)
    d = doc()
    d.add_heading(f"{proj}绩效自评表", level=1)
    d.add_paragraph("填报单位（盖章）：" + unit + "　　　　　　　　　　　　金额单位：万元")
    form = _form_rows(SV07, tot, f["stated_grade"])
    first = [*_head_rows(proj, dept, unit), *money_block(money, rt, es),
             *_goal("完成小麦“一喷三防”作业112万亩以上，病虫害防治效果达到90%以上。",
                    "完成作业113.6万亩，防治效果91.5%，挽回产量损失明显。"), *form[:1 + _SPLIT7]]
    table(d, first, merges=[*_HEAD_MERGES, (2, 0, 4, 0), (5, 0, 6, 1), (5, 2, 5, 4), (5, 5, 5, 7), (6, 2, 6, 4),
                            (6, 5, 6, 7)], vmerge_cols=(0, 1))
    _page_break(d)
    rest = [["", "", *r[2:]] if i == 0 else r for i, r in enumerate(form[1 + _SPLIT7:])]
    table(d, rest, vmerge_cols=(0, 1))
    d.add_paragraph(_SIGN.format("李红军", "赵春梅", "刘洋", "0394-3216620"))
    return f, "docx", docx_bytes(d)


# sv08 山东 潍坊, project, .docx: the form split into two Word tables by a page break inside the money block — the
# first ends with 年度资金总额, the second opens with 其中：当年财政拨款 / 上年结转资金 / 其他资金 -------------------
SV08: list[Row] = [
    ("产出指标", "数量指标", "治理水土流失面积", 15, "≥12平方公里", "12.4平方公里", "15", ""),
    ("产出指标", "数量指标", "新建谷坊塘坝", 10, "≥18座", "18座", "10", ""),
    ("产出指标", "质量指标", "林草措施成活率", 10, "≥85%", "82%", "9", "春季干旱少雨，部分坡面苗木补植后成活偏低"),
    ("产出指标", "时效指标", "工程完工及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "项目区林草覆盖率提高", 15, "≥3个百分点", "3.5个百分点", "15", ""),
    ("效益指标", "社会效益指标", "受益群众人数", 15, "≥8600人", "8920人", "15", ""),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", 15, "≥90%", "94%", "15", ""),
]


def sv08() -> Made:
    unit = "昌乐县水土保持服务中心"
    dept = "昌乐县水利局"
    proj = "2023年小流域综合治理项目"
    money = ("760.00", "812.40", "795.63")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SV08)
    d = doc()
    d.add_heading(f"{proj}支出绩效自评表", level=1)
    d.add_paragraph("（2023年度）")
    mb = money_block(money, rt, es)
    table(d, [*_head_rows(proj, dept, unit), *mb[:2]], merges=[*_HEAD_MERGES, (2, 0, 3, 0)])
    _page_break(d)
    second = [*mb[2:], ["", "上年结转资金", "—", "—", "—", "—", "—", "—"], ["", "其他资金", "—", "—", "—", "—", "—", "—"],
              *_goal("综合治理水土流失面积12平方公里，建设谷坊塘坝18座，改善项目区生态和生产条件。",
                     "治理水土流失面积12.4平方公里，建成谷坊塘坝18座，林草覆盖率提高3.5个百分点。"),
              *_form_rows(SV08, tot, f["stated_grade"])]
    table(d, second, merges=[(3, 0, 4, 1), (3, 2, 3, 4), (3, 5, 3, 7), (4, 2, 4, 4), (4, 5, 4, 7)], vmerge_cols=())
    d.add_paragraph(_SIGN.format("马国庆", "韩丽", "周晓东", "0536-6218835"))
    return f, "docx", docx_bytes(d)


REPORTS: dict[str, Any] = {
    "sv01-he-gucheng-farmland-project-pdf-column-number-rows": sv01,
    "sv02-sd-yishui-reservoir-project-pdf-narrow-level-columns": sv02,
    "sv07-ha-dancheng-wheat-project-docx-split-in-indicators": sv07,
    "sv08-sd-changle-watershed-project-docx-split-in-money": sv08,
}
