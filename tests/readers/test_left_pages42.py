"""Shapes the real pages still below 90 % showed at stop 37 (docs/reader-corpora/left-pages-42.md), each as an
invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a list of one record flattened one cell a line under its column heads, 序号 empty, then a 总计 row
_SERIAL_LIST = ("2023年新增专项债券项目绩效评价情况\n\n"
                "我单位2023年新增专项债券项目1个,评价结果如下:\n\n"
                "2023年新增专项债券项目绩效评价表(单位:亿元)\n\n"
                "序号\n\n项目名称\n\n债券性质\n\n债券规模\n\n自评分数\n\n自评等级\n\n\n"
                "某镇老旧小区改造提升项目\n\n其他领域专项债券\n\n1.35\n\n94\n\n总计\n\n\n\n1.35\n")


def test_a_serial_list_reads_each_head_with_its_column() -> None:
    """"序号" / "项目名称" / "债券性质" … one a line are a record's column heads, not labels each paired with the
    next cell: 项目名称 is the record's name (it took "债券性质"), 自评分数 its stated total."""
    read = _read(_SERIAL_LIST)
    assert read.project is not None and read.project.name == "某镇老旧小区改造提升项目"
    assert read.stated_total == Decimal(94)


def test_a_serial_list_of_several_records_names_no_project() -> None:
    """Two records under the heads: neither is the report's project."""
    two = _SERIAL_LIST.replace("总计\n", "2\n\n某村道路硬化项目\n\n其他领域专项债券\n\n0.8\n\n92\n\n总计\n")
    read = _read(two)
    assert read.project is None or read.project.name not in ("某镇老旧小区改造提升项目", "债券性质")


def test_a_serial_lists_one_record_is_read_as_a_guess() -> None:
    """A department's report listing the one project it ran ("序号" / "项目名称" / "年初预算" … over one record and
    合计): the record may be the report's own or one of the unit's, so its cells are guesses (before, the project's
    50 / 60 / 30 stood as the department's budget, sure)."""
    read = _read("某县文化馆2024年度部门整体支出绩效自评报告\n一、部门基本情况\n某县文化馆为公益一类事业单位。\n"
                 "二、预算执行情况\n其中专项项目执行情况如下：\n序号\n项目名称\n年初预算\n全年预算\n全年执行\n"
                 "执行率\n1\n非遗展演补助\n50\n60\n30\n50%\n合计\n三、自评结论\n综合自评得分95分，等级为优。\n")
    assert read.budget is not None and read.budget.executed == Decimal(30)
    assert all(read.provenance[field].guessed for field in ("project.name", "budget.initial", "budget.executed"))


# a transfer's report under the template's first heading, its title naming the district's special transfer, the year's
# funds told as what each level handed over and the balance, closed by 共计
_TRANSFER_REPORT = ("某某管理区专项转移支付2023年度渔船更新补贴实施情况\n"
                    "绩效目标分解下达情况\n"
                    "2023年度省级拨付我区渔船更新补贴资金40万元,中央拨付12万元.上年度结余的资金3.5万元,共计55.5万元。"
                    "绩效目标完成情况分析\n"
                    "(一)资金投入情况分析\n"
                    "2023年实际使用补贴资金9.2万元,并已结算到位。\n")


def test_a_districts_special_transfer_title_names_the_fund_after_the_year() -> None:
    """"某某管理区专项转移支付2023年度渔船更新补贴实施情况" over "绩效目标分解下达情况": the heading is no part of the
    title; 专项转移支付 after the district is the kind of money, the fund is what follows the year, 实施情况 no part
    of its name."""
    read = _read(_TRANSFER_REPORT)
    assert read.project is not None and read.project.name == "渔船更新补贴"


def test_allocations_closed_by_their_sum_and_the_spending_used() -> None:
    """"省级拨付…A万元,中央拨付B万元.上年度结余的资金C万元,共计D万元": D, the year's funds; "实际使用补贴资金E万元":
    what was spent."""
    read = _read(_TRANSFER_REPORT)
    assert read.budget is not None
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("55.5"), Decimal("9.2"))


def test_a_parts_sum_after_an_allocation_is_no_years_funds() -> None:
    """"省级拨付…A万元,主要用于购置设备,共计B万元用于设备,C万元用于培训": the 共计 after a clause that names no
    amount is a part's, not the allocations' sum (B was taken for the budget and raised a false
    EXECUTION_RATE_MISMATCH against the year's spending and rate)."""
    read = _read("某县2023年度某某设备购置补助资金项目支出绩效自评报告\n一、项目基本情况\n"
                 "2023年,省级拨付我县某某设备购置补助资金100万元,主要用于购置检测设备,共计60万元用于设备,"
                 "40万元用于培训。\n截至2023年12月31日,实际支出95万元,执行率95%。\n")
    assert read.budget is not None
    assert (read.budget.adjusted, read.budget.executed) == (Decimal(100), Decimal(95))


def test_one_funds_use_is_no_years_spending() -> None:
    """"实际使用中央资金A万元,省级资金B万元": one fund's use, not what the project spent (before, A was taken for the
    spending and raised a false EXECUTION_RATE_MISMATCH against the stated 100 %)."""
    read = _read("某县2023年度某某道路维修项目支出绩效自评报告\n一、项目基本情况\n"
                 "该项目全年预算50万元,其中中央资金30万元,省级资金20万元。\n二、项目资金使用情况\n"
                 "截至年底,实际使用中央资金30万元,省级资金20万元,执行率100%。\n")
    assert read.budget is not None and read.budget.executed in (None, Decimal(50))
    assert "EXECUTION_RATE_MISMATCH" not in errors(read)


# a fused form whose last block is an older framework's 长效管理指标, a carried row under it, and a 三级 name that
# opens on an older framework's level word
_OLDER_LEVELS = ("财政项目支出绩效自评表\n"
                 "2022年度\n"
                 "项目名称道路养护管理\n"
                 "主管部门某区某镇人民政府实施单位某区某镇人民政府\n"
                 "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
                 "产出指标数量指标道路养护完成率100%100%2020 \n"
                 "效益指标社会效益指标项目管理规范性100%95%1010宣传不够\n"
                 "满意度指标服务对象满意度指标沿线居民满意度≥90%≥85%1010 \n"
                 "长效管理指标养护管理制度健全情况健全较健全44制度不够完善\n"
                 "档案管理规范性规范规范66 \n"
                 "总分:96\n")


def test_an_older_frameworks_long_term_block_opens_its_rows() -> None:
    """"长效管理指标某某制度健全情况健全较健全44…": 长效管理 (a 二级 of the whole-unit framework's 可持续发展) is a
    level cell; the row is read, and the carried row under it takes that 二级 (the 一级 carried from above, a
    guess)."""
    read = _read(_OLDER_LEVELS)
    rows = {i.name: i for i in read.indicators}
    held = rows["养护管理制度健全情况"]
    assert held.level2 == "长效管理指标"
    assert (held.weight, held.stated_score, held.deviation_note) == (Decimal(4), Decimal(4), "制度不够完善")
    assert held.target is not None and held.target.text == "健全"
    assert rows["档案管理规范性"].level2 == "长效管理指标"


def test_an_older_level_word_after_a_level2_cell_opens_the_name() -> None:
    """"社会效益指标项目管理规范性…": 项目管理 (an older framework's 一级) right after a 二级 cell is the 三级
    name's first words, not a level cell."""
    read = _read(_OLDER_LEVELS)
    assert "项目管理规范性" in {i.name for i in read.indicators}


# a web form with no 分值 column, the excerpt ending inside its last indicator row's target cell
_CUT_WEB_FORM = ("某某救助资金转移支付项目绩效目标自评表 | |||||||\n(2023年度) | |||||||\n"
                 "转移支付(项目)名称 | 某某救助资金 | ||||||\n"
                 "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
                 "年度资金总额: | 120万 | 120万 | 100% | ||||\n"
                 "绩效指标 | 一级 指标 |\n二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |\n"
                 "产 出 指 标 |\n数量指标 | 救助困难群众人次 | ≥3000人次 | 3120 | |||\n"
                 "质量指标 | 救助资金发放准确率 | 10")


def test_a_weightless_forms_last_row_cut_in_its_target_names_its_indicator() -> None:
    """"质量指标 | 某某准确率 | 10" at the excerpt's end of a form with no 分值 column: the indicator, its levels and
    name read; the cell the cut went through ("10" of what may be "100%") is no target."""
    read = _read(_CUT_WEB_FORM)
    rows = {i.name: i for i in read.indicators}
    cut = rows["救助资金发放准确率"]
    assert (cut.level1, cut.level2, cut.target, cut.actual) == ("产出指标", "质量指标", None, None)
    assert rows["救助困难群众人次"].actual is not None


# a form's rows one a line, cells spaced: the money block's last row empty, then the indicator header on its own line
# and a first row opening on the table's merged "绩效指标" cell
_SPACED_ROWS = ("项目支出绩效自评表\n（2023年度） 金额单位：元\n"
                "项目名称 某某幼儿资助项目\n"
                "主管部门 某某教育局 实施单位 某某资助中心\n"
                "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
                "年度资金总额 500000 520000 520000 10 100% 10\n"
                "其中：当年财政拨款 500000 520000 520000\n"
                "上年结转资金\n"
                "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
                "绩效指标 产出指标 数量指标 资助幼儿人数 ≥500人 520人 40 40\n"
                "效益指标 社会效益指标 学前教育毛入园率 ≥90% 88.5% 30 29.5 山区幼儿分散，入园率略低\n"
                "满意度指标 服务对象满意度指标 受助家庭满意度 ≥90% 95% 20 20\n"
                "总分 100 99.5\n")


def test_a_first_rows_merged_cell_read_past_the_header_line_is_no_second_naming() -> None:
    """"上年结转资金" wrapped onto "绩效指标" above the header line, and the first row's own "绩效指标" after it: the
    header line does not name that cell's column again (the second one is the row's), so the header is read and
    the rows keep their deviation notes."""
    read = _read(_SPACED_ROWS)
    rows = {i.name: i for i in read.indicators}
    assert rows["学前教育毛入园率"].deviation_note == "山区幼儿分散，入园率略低"


# a data block of label lines with the unit in the label, each total's parts on the lines under it (the print lost
# their indentation, two of them joined on one line)
_DATA_BLOCK = ("某某乡2021年度整体支出绩效自评报告\n\n主要数据一览\n单位名称：某某乡人民政府\n"
               "调整预算（万元）：950.00\n实际支出（万元）：930.50\n"
               "收入合计（万元）：950.00\n一般公共预算拨款（万元）：900.00政府性基金拨款（万元）：50.00\n"
               "支出合计（万元）：930.50\n基本支出（万元）：610.30\n项目支出（万元）：320.20\n"
               "自评得分：96.50\n\n一、单位概况\n某某乡辖6个行政村。\n")


def test_a_data_blocks_totals_with_the_unit_in_the_label_and_their_parts_below() -> None:
    """"收入合计（万元）：A" over part lines "某某（万元）：B" whose amounts add up to A: the total and its items."""
    budget = _read(_DATA_BLOCK).budget
    assert budget is not None
    assert (budget.income_total, budget.expenditure_total) == (Decimal("950.00"), Decimal("930.50"))
    assert [(i.name, i.amount) for i in budget.income_items] == [("一般公共预算拨款", Decimal("900.00")),
                                                                ("政府性基金拨款", Decimal("50.00"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", Decimal("610.30")),
                                                                     ("项目支出", Decimal("320.20"))]


def test_lines_under_a_total_that_do_not_add_up_to_it_are_no_parts() -> None:
    """The same block with a part's amount that breaks the sum: no items (the lines may be the block's next
    entries, not parts)."""
    budget = _read(_DATA_BLOCK.replace("项目支出（万元）：320.20", "项目支出（万元）：300.20")).budget
    assert budget is not None and budget.expenditure_items == []
