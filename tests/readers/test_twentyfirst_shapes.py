"""Shapes of the twenty-first set (docs/reader-corpora/twentyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document as WordDocument
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.readers import read_any

_ROWS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "巡查次数", "≥{n}次", "{m}次", "50", "50"],
         ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "50", "{s}"]]


def _cells(rows: list[list[str]], n: int, m: int, s: str) -> list[list[str]]:
    return [[c.format(n=n, m=m, s=s) for c in row] for row in rows]


# A. a form nested in a one-cell frame table (title and signature lines in the frame's cell)
@pytest.mark.parametrize(("n", "m", "s"), [(40, 44, "48.5"), (120, 118, "50")])
def test_a_form_nested_in_a_frame_table(tmp_path: Path, n: int, m: int, s: str) -> None:
    word = WordDocument()
    word.add_paragraph("某乡人民政府2024年度部门整体支出绩效自评报告")
    cell = word.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "部门整体支出绩效自评表"
    rows = _cells(_ROWS, n, m, s)
    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            inner.cell(i, j).text = text
    cell.add_paragraph("填报人：某某")
    path = tmp_path / "frame.docx"
    word.save(str(path))
    found = _by_name(read_any(path).evaluation)
    assert set(found) == {"巡查次数", "群众满意度"}
    assert found["巡查次数"].target.value == Decimal(n) and found["巡查次数"].actual.value == Decimal(m)
    assert found["群众满意度"].stated_score == Decimal(s) and found["群众满意度"].level1 == "满意度指标"


# B. the 合计 row first under the header, before the rows it sums; a two-row <thead>
_THEAD = """<html><body><h1>某街道办事处2024年度部门整体支出绩效自评报告</h1><table border="1">
<thead><tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th>
<th colspan="2">指标值</th><th colspan="2">分值</th></tr>
<tr><th>年度目标</th><th>实际完成</th><th>满分</th><th>得分</th></tr></thead>
<tbody><tr><td>合计</td><td></td><td></td><td></td><td></td><td>100</td><td>{total}</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>巡查次数</td><td>≥40次</td><td>44次</td><td>50</td><td>50</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>95%</td><td>50</td><td>{score}</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize(("score", "total"), [("48.5", "98.5"), ("50", "100")])
def test_b_total_row_first(tmp_path: Path, score: str, total: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_THEAD.format(score=score, total=total), encoding="utf-8")
    evaluation = read_any(path).evaluation
    found = _by_name(evaluation)
    assert set(found) == {"巡查次数", "群众满意度"}
    assert found["群众满意度"].stated_score == Decimal(score) and found["巡查次数"].target.value == Decimal(40)
    assert evaluation.stated_total == Decimal(total)


# C. a mobile page: unit facts in <dt>/<dd>, each indicator a card of label / value spans under its title
_CARDS = """<html><body><h2>某市疾控中心2024年度部门整体支出绩效自评报告</h2>
<dl><dt>单位名称</dt><dd>某市疾控中心</dd><dt>编制人数</dt><dd>{staff}人</dd><dt>年初预算数</dt><dd>300.00万元</dd>
<dt>全年预算数</dt><dd>320.00万元</dd><dt>全年执行数</dt><dd>{executed}万元</dd><dt>预算执行率</dt><dd>{rate}%</dd></dl>
<div class="card"><h4>疫苗接种剂次</h4><p><span>一级指标</span><span>产出指标</span></p>
<p><span>年度指标值</span><span>≥9000剂次</span></p>
<p><span>实际完成值</span><span>{done}剂次</span></p><p><span>分值</span><span>50</span></p><p><span>得分</span><span>50</span></p></div>
<div class="card"><h4>服务对象满意度</h4><p><span>一级指标</span><span>满意度指标</span></p>
<p><span>年度指标值</span><span>≥90%</span></p>
<p><span>实际完成值</span><span>93%</span></p><p><span>分值</span><span>50</span></p><p><span>得分</span><span>50</span></p></div>
</body></html>"""


@pytest.mark.parametrize(("staff", "executed", "rate", "done"),
                         [(78, "310.40", "97.00", 9120), (12, "320.00", "100", 9800)])
def test_c_definition_list_and_cards(tmp_path: Path, staff: int, executed: str, rate: str, done: int) -> None:
    path = tmp_path / "m.html"
    path.write_text(_CARDS.format(staff=staff, executed=executed, rate=rate, done=done), encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.unit.staff_establishment == staff
    assert evaluation.budget.executed == Decimal(executed) and evaluation.budget.stated_execution_rate == Decimal(rate)
    found = _by_name(evaluation)
    assert {"疫苗接种剂次", "服务对象满意度"} <= set(found)
    assert found["疫苗接种剂次"].actual.value == Decimal(done) and found["疫苗接种剂次"].level1 == "产出指标"
    assert found["服务对象满意度"].weight == Decimal(50)


def test_c_word_runs_in_spans_are_not_labels(tmp_path: Path) -> None:
    """Two spans of one sentence (a Word-saved page splits runs) are not a label and its value."""
    path = tmp_path / "w.html"
    path.write_text("<html><body><p><span>项目名称</span><span>某某工程</span></p>"
                    "<p><span>本年度</span><span>完成道路养护</span></p></body></html>", encoding="utf-8")
    from jixiao.readers.source_html import read_html_document

    texts = [b.text for b in read_html_document(path).blocks]
    assert "本年度完成道路养护" in texts


# D. a WeChat post: emoji marks, a blank line after every paragraph, items "二级｜名称：目标…，完成…（分值…，得…）"
_WECHAT = """点击上方蓝字 关注我们

某县商务局2024年度电商示范项目绩效自评报告

🔹 一、项目基本情况

项目名称：电商示范项目
实施单位：某县电商服务中心

💰 项目全年预算300.00万元，全年执行{executed}万元。

🔹 二、绩效指标完成情况

📌 产出指标
✅ 数量指标｜新建服务点：目标≥30个，完成{done}个（分值40分，得40分）
✅ 质量指标｜验收合格率：目标100%，完成100%（分值20分，得20分）；偏差原因：无偏差说明的长句子在这里写完
📌 满意度指标
✅ 服务对象满意度指标｜服务对象满意度：目标≥90%，完成94%（分值40分，得{score}分）

长按识别二维码 关注我们

阅读原文
"""


@pytest.mark.parametrize(("executed", "done", "score"), [("290.10", 32, "40"), ("300.00", 28, "38.5")])
def test_d_wechat_post(executed: str, done: int, score: str) -> None:
    evaluation = _read(_WECHAT.format(executed=executed, done=done, score=score))
    assert evaluation.project.implementing_unit == "某县电商服务中心"
    found = _by_name(evaluation)
    assert set(found) == {"新建服务点", "验收合格率", "服务对象满意度"}
    assert (found["新建服务点"].level1, found["新建服务点"].level2) == ("产出指标", "数量指标")
    assert found["新建服务点"].actual.value == Decimal(done)
    assert found["服务对象满意度"].level1 == "满意度指标" and found["服务对象满意度"].stated_score == Decimal(score)


# E. a report printed in two text columns: PDFium's lines of both columns share their heights
def _two_column_word(path: Path, items: list[tuple[str, int, int, str]]) -> Path:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = WordDocument()
    cols = word.sections[0]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        word.sections[0]._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    word.add_paragraph("某县档案馆2024年度整体支出绩效自评报告")
    word.add_paragraph("一、单位概况")
    word.add_paragraph("某县档案馆为公益一类事业单位，负责全县档案的接收、保管、编研和利用工作，" * 4)
    word.add_paragraph("二、绩效指标完成情况")
    for k, (name, target, actual, score) in enumerate(items, 1):
        word.add_paragraph(f"{k}.{name}（产出指标—数量指标）：年度指标值≥{target}卷，实际完成值{actual}卷，"
                           f"分值10分，自评得分{score}分。")
    word.add_paragraph("三、自评结论")
    word.add_paragraph("本馆年度整体支出绩效自评等级为优。" * 3)
    word.save(str(path))
    return path


def test_e_two_text_columns_read_column_by_column(tmp_path: Path) -> None:
    from jixiao.writers.pdf import docx_to_pdf

    items = [(f"第{k}类档案接收数量", 100 * k, 100 * k + 5, "10" if k % 2 else "9.5") for k in range(1, 11)]
    pdf = docx_to_pdf(_two_column_word(tmp_path / "cols.docx", items), tmp_path / "cols.pdf")
    found = _by_name(read_any(pdf).evaluation)
    assert set(found) == {name for name, *_ in items}
    for name, target, actual, score in items:
        item = found[name]
        assert (item.level1, item.level2) == ("产出指标", "数量指标")
        assert (item.target.value, item.actual.value, item.stated_score) == (target, actual, Decimal(score))


def test_e_a_page_of_one_column_keeps_its_order() -> None:
    from jixiao.readers.page_layout import Line
    from jixiao.readers.pdf_columns import set_columns

    lines = [Line(f"第{k}行正文", 90, 520, 100 + 20 * k, (100 + 20 * k) / 842, 12, 1, k) for k in range(1, 20)]
    set_columns(lines, 612)
    assert [ln.number for ln in lines] == list(range(1, 20)) and {ln.column for ln in lines} == {0}


# F. an item's 一级 and 二级 in one bracket after its name: "名称（产出指标—数量指标）：年度指标值…"
@pytest.mark.parametrize(("mark", "level2"), [("—", "数量指标"), ("/", "社会效益指标"), ("——", "时效指标")])
def test_f_level_pair_in_a_bracket(mark: str, level2: str) -> None:
    text = ("某县档案馆2024年度整体支出绩效自评报告\n三、绩效指标完成情况\n"
            f"1.档案查阅人次（效益指标{mark}{level2}）：年度指标值≥6500人次，实际完成值6120人次，分值15分，自评得分14.1分。\n"
            "2.查档群众满意度（满意度指标—服务对象满意度指标）：年度指标值≥95%，实际完成值97.6%，分值10分，自评得分10分。\n")
    found = _by_name(_read(text))
    assert set(found) == {"档案查阅人次", "查档群众满意度"}
    assert (found["档案查阅人次"].level1, found["档案查阅人次"].level2) == ("效益指标", level2)
    assert found["档案查阅人次"].stated_score == Decimal("14.1")
    assert found["查档群众满意度"].level2 == "服务对象满意度指标"


# G. last year beside this year: the indicator table's later 完成值 column, the 收支 table's later year column
_TWO_YEARS = """某市医院2024年度部门整体支出绩效自评报告
表1 收支对比表（单位：万元）
| 项目 | 2023年 | 2024年 | 增减率 |
| --- | --- | --- | --- |
| 收入合计 | 900.00 | {income} | 5.00% |
| 财政拨款收入 | 300.00 | 320.00 | 6.67% |
| 事业收入 | 600.00 | {business} | 4.00% |
| 支出合计 | 880.00 | 930.00 | 5.68% |
| 基本支出 | 700.00 | 730.00 | 4.29% |
| 项目支出 | 180.00 | 200.00 | 11.11% |

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 2023年完成值 | 2024年完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 门诊人次 | ≥40万人次 | {last}万人次 | {this}万人次 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥90% | 91% | 94% | 50 | 50 |
"""


@pytest.mark.parametrize(("last", "this", "income", "business"),
                         [("38.5", "43.6", "945.00", "625.00"), ("44.0", "41.2", "930.00", "610.00")])
def test_g_this_year_beside_last(last: str, this: str, income: str, business: str) -> None:
    evaluation = _read(_TWO_YEARS.format(last=last, this=this, income=income, business=business), "r.md")
    found = _by_name(evaluation)
    assert found["门诊人次"].actual.value == Decimal(this) and found["患者满意度"].actual.value == Decimal(94)
    assert evaluation.budget.income_total == Decimal(income)
    items = {i.name: i.amount for i in evaluation.budget.income_items}
    assert items == {"财政拨款收入": Decimal(320), "事业收入": Decimal(business)}
    assert {i.name: i.amount for i in evaluation.budget.expenditure_items} == {"基本支出": Decimal(730),
                                                                               "项目支出": Decimal(200)}


# H. a level's name printed in two pieces by a page break through its merged cell
def test_h_level_cell_split_by_a_page_break() -> None:
    from jixiao.readers.page_layout import join_split_row

    first = [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["产出指", "数量指标", "门诊人次", "10", "10"]]
    more = [["标", "数量指标", "出院人次", "10", "9"], ["标", "质量指标", "手术占比", "10", "10"],
            ["效益指标", "社会效益指标", "转诊人次", "15", "15"]]
    rows = join_split_row(first, more)
    assert [row[0] for row in rows[1:]] == ["产出指标", "产出指标", "产出指标", "效益指标"]
    kept = join_split_row([first[0], ["产出指标", "数量指标", "门诊人次", "10", "10"]],
                          [["效益指标", "社会效益指标", "转诊人次", "15", "15"]])
    assert [row[0] for row in kept[1:]] == ["产出指标", "效益指标"]


# I. a department's money by unit (本级 and its units, one row each), the department's own the 合计 row
_BY_UNIT = """某县教育局2024年度部门整体支出绩效自评报告
部门编制人数（不含中小学校）{staff}人，实有在职人员120人。
| 单位名称 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
| --- | --- | --- | --- | --- |
| 某县教育局机关本级 | 1000.00 | 1100.00 | 1090.00 | 99.09% |
| 某县教师发展中心 | 400.00 | 450.00 | 430.00 | 95.56% |
| 合计 | 1400.00 | {adjusted} | {executed} | {rate}% |
"""


@pytest.mark.parametrize(("adjusted", "executed", "rate", "staff"),
                         [("1550.00", "1520.00", "98.06", 132), ("1550.00", "1550.00", "100.00", 18)])
def test_i_money_by_unit_total_row(adjusted: str, executed: str, rate: str, staff: int) -> None:
    evaluation = _read(_BY_UNIT.format(adjusted=adjusted, executed=executed, rate=rate, staff=staff), "r.md")
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("1400.00"), Decimal(adjusted), Decimal(executed))
    assert evaluation.budget.stated_execution_rate == Decimal(rate)
    assert evaluation.budget.fund_rows == []
    assert evaluation.unit.staff_establishment == staff


# J. the indicators in one table per 一级, each under its heading and a "表N …完成情况" caption; the money in prose
_THREE_TABLES = """某县农业农村局2024年度整治项目支出绩效自评报告
一、项目概况
项目年初预算800.00万元，全年预算900.00万元，全年执行{executed}万元，预算执行率{rate}%。按评分规则，预算执行率指标分值10分，得{score}分。
二、绩效指标完成情况
（一）产出指标（50分）
表1 产出指标完成情况
| 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- |
| 数量指标 | 改厕数量 | ≥3200户 | 3265户 | 50 | 50 |
（二）效益指标（40分）
表2 效益指标完成情况
| 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- |
| 生态效益指标 | 污水治理率 | ≥45% | 43.2% | 40 | 38.4 |
"""


@pytest.mark.parametrize(("executed", "rate", "score"), [("882.00", "98.00", "9.8"), ("900.00", "100.00", "10")])
def test_j_one_table_per_level_and_the_rate_in_the_overview(executed: str, rate: str, score: str) -> None:
    found = _by_name(_read(_THREE_TABLES.format(executed=executed, rate=rate, score=score), "r.md"))
    assert set(found) == {"预算执行率", "改厕数量", "污水治理率"}
    assert found["改厕数量"].level1 == "产出指标" and found["污水治理率"].level1 == "效益指标"
    assert found["预算执行率"].actual.value == Decimal(rate) and found["预算执行率"].stated_score == Decimal(score)


# K. Markdown: a nested bullet list 一级（分）> 二级 > item, footnote marks after figures and notes at the end
_NESTED = """# 某市2024年度充电设施建设项目支出绩效自评报告

## 二、绩效指标完成情况

- 产出指标（50分）
  - 数量指标
    - 新建充电桩数量：目标值≥120个，完成值{done}个，分值50分，得分50分[^1]
- 满意度指标（50分）
  - 服务对象满意度指标
    - 车主满意度：目标值≥90%，完成值91.8%，分值50分，得分{score}分[^2]

[^1]: 数据来源：验收报告。
[^2]: 问卷调查结果。
"""


@pytest.mark.parametrize(("done", "score"), [(126, "50"), (118, "48.5")])
def test_k_nested_bullets_under_weighted_levels_with_footnotes(done: int, score: str) -> None:
    found = _by_name(_read(_NESTED.format(done=done, score=score), "r.md"))
    assert set(found) == {"新建充电桩数量", "车主满意度"}
    item = found["新建充电桩数量"]
    assert (item.level1, item.level2, item.actual.value) == ("产出指标", "数量指标", Decimal(done))
    assert found["车主满意度"].level1 == "满意度指标" and found["车主满意度"].stated_score == Decimal(score)


# L. a 扣分 column written with a minus sign, the money row's too; 扣分合计, then the total in its own row
_MINUS = """某县自然资源局2024年度部门整体支出绩效自评表
| 预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 扣分 | 扣分原因 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 年度资金总额 | 3800.00 | 4000.00 | 3880.00 | 97.00% | 10 | -0.3 | 预算执行率未达100% |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 扣分 | 扣分原因 |
| 产出指标 | 数量指标 | 登记业务量 | ≥2.6万件 | 2.73万件 | 50 | 0 | |
| 效益指标 | 生态效益指标 | 修复治理面积 | ≥600亩 | 560亩 | 40 | {minus} | 修复方案调整 |
| 扣分合计 | | | | | 100 | {sum} | |
| 自评得分 | {total} | | 自评等级 | 优 | | | |
"""


@pytest.mark.parametrize(("minus", "sum_", "total", "score"), [("-1.5", "-1.8", "98.2", "38.5"),
                                                               ("-0.5", "-0.8", "99.2", "39.5")])
def test_l_minus_deductions(minus: str, sum_: str, total: str, score: str) -> None:
    evaluation = _read(_MINUS.format(minus=minus, sum=sum_, total=total), "r.md")
    found = _by_name(evaluation)
    assert found["预算执行率"].stated_score == Decimal("9.7") and evaluation.budget.executed == Decimal("3880.00")
    assert found["修复治理面积"].stated_score == Decimal(score)
    assert evaluation.stated_total == Decimal(total) and evaluation.full_mark == Decimal(100)


# M. the full mark in brackets right after the total, in prose ("自评总分98.92分（满分100分）")
@pytest.mark.parametrize(("total", "full"), [("98.92", "100"), ("100.72", "100"), ("87.5", "120")])
def test_m_full_mark_after_the_total(total: str, full: str) -> None:
    evaluation = _read("某县档案馆2024年度整体支出绩效自评报告\n四、自评结论\n"
                       f"本馆整体支出绩效自评总分{total}分（满分{full}分），等级为良。\n")
    assert evaluation.stated_total == Decimal(total) and evaluation.full_mark == Decimal(full)


# N. a date behind the 完成值 label; the department that manages a 事业单位 ("为县委办公室管理的…事业单位")
@pytest.mark.parametrize(("done", "dept"), [("2024年10月18日", "某县委办公室"), ("11月20日", "某县文化和旅游局")])
def test_n_date_actual_and_managing_department(done: str, dept: str) -> None:
    evaluation = _read("某县档案馆2024年度整体支出绩效自评报告\n一、单位概况\n"
                       f"某县档案馆为{dept}管理的公益一类事业单位。\n（一）产出指标\n"
                       f"1.项目完工时间：目标值2024年12月底前，完成值{done}，分值10分，得分10分。\n"
                       "2.接收档案数量：目标值≥1.2万卷，完成值1.26万卷，分值10分，得分10分。\n")
    found = _by_name(evaluation)
    assert found["项目完工时间"].actual.text == done and found["接收档案数量"].actual.value == Decimal("1.26")
    assert evaluation.unit.supervising_department == dept


def test_d_double_spaced_hard_wrap_still_joins() -> None:
    """A hard-wrapped text copied with a blank line after every line: its wrapped lines run to the longest's width
    and go on across the blank lines."""
    items = ["1.乡村道路养护里程：年度指标值≥30公里，实际完成值32公里，分值20分，得分20分。",
             "2.辖区群众满意度：年度指标值≥90%，实际完成值93%，分值20分，得分19.5分。",
             "3.河道保洁次数：年度指标值≥48次，实际完成值50次，分值20分，得分20分。"]
    width = 24
    wrapped = [item[k: k + width] for item in items for k in range(0, len(item), width)]
    text = "某镇人民政府2024年度部门整体支出绩效自评报告\n\n三、绩效指标完成情况\n\n" + "\n\n".join(wrapped) + "\n"
    found = _by_name(_read(text))
    assert {"乡村道路养护里程", "辖区群众满意度", "河道保洁次数"} <= set(found)
    assert found["河道保洁次数"].actual.value == Decimal(50) and found["辖区群众满意度"].stated_score == Decimal("19.5")


@pytest.mark.parametrize(("last", "this"), [("上年完成值", "本年完成值"), ("上年度实际完成值", "本年度实际完成值"),
                                            ("2023年完成值", "2024年完成值")])
def test_g_last_year_column_words(last: str, this: str) -> None:
    text = ("某市医院2024年度部门整体支出绩效自评报告\n"
            f"| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | {last} | {this} | 分值 | 得分 |\n"
            "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            "| 产出指标 | 数量指标 | 门诊人次 | ≥40万人次 | 38.5万人次 | 43.6万人次 | 50 | 50 |\n"
            "| 产出指标 | 时效指标 | 平均住院日 | ≤8.5天 | 8.6天 | 8.1天 | 50 | 50 |\n")
    found = _by_name(_read(text, "r.md"))
    assert found["门诊人次"].actual.value == Decimal("43.6") and found["平均住院日"].actual.value == Decimal("8.1")
