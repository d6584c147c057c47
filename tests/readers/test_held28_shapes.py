"""Shapes that pages of earlier real-page probes, measured and held-out, left below 90 % (docs/reader-corpora/
held-28.md), each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from page_reading import read_page as _read

_WHOLE_UNIT = (
    "某某市某某局2020年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    "目前某某局内设5个科室。现有某某局及下属事业单位共有编制41人。\n"
    "二、预算执行情况\n"
    "2020年本年支出1200.50万元,其中基本支出800.20万元,占本年支出的66.66%;项目支出400.30万元,占本年支出的33.34%。\n")


def test_an_establishment_held_by_a_unit_and_its_subordinates() -> None:
    """"现有某某局及下属事业单位共有编制41人": the 编制 of the bodies the sentence opens on."""
    assert _read(_WHOLE_UNIT).unit.staff_establishment == 41


def test_spending_items_each_followed_by_its_share() -> None:
    """"其中基本支出A万元,占本年支出的X%;项目支出B万元,占…的Y%": a share after each item describes it; the list goes
    on past the ";"."""
    items = [(i.name, str(i.amount)) for i in _read(_WHOLE_UNIT).budget.expenditure_items]
    assert items == [("基本支出", "800.20"), ("项目支出", "400.30")]


def test_a_clause_after_the_semicolon_that_is_no_item_still_ends_the_list() -> None:
    text = _WHOLE_UNIT.replace("项目支出400.30万元,占本年支出的33.34%", "比上年增加20.00万元,占本年支出的3.34%")
    items = [i.name for i in _read(text).budget.expenditure_items]
    assert "比上年增加" not in "".join(items)


_OPENING_SENTENCE = (
    "根据绩效管理有关文件要求,对2022年某某地区学校运转补助经费项目实施情况开展了自评,现将自评情况报告如下:\n"
    "一、基本情况\n(一)转移支付概况。\n"
    "2022年,全年下达某某地区学校运转补助经费321.50万元,其中中央专项资金200万元,本级配套资金121.50万元。\n"
    "(二)整体绩效目标情况。\n保障全区12所学校正常运转。\n")


def test_an_opening_sentence_is_no_title_and_names_the_evaluated_fund() -> None:
    """"根据…,对2022年X经费项目实施情况开展了自评,现将…报告如下:" opens the body (no title): X经费 is the project (a
    fund called its 项目 is the fund's name), and the report is a project's, whatever 整体绩效目标 says later."""
    read = _read(_OPENING_SENTENCE)
    assert read.title in (None, "")
    assert read.project.name == "某某地区学校运转补助经费"
    assert read.kind == "项目支出"
    assert str(read.budget.adjusted) == "321.50"
    assert read.unit.name in (None, "")


def test_a_project_evaluated_over_several_years_keeps_its_own_word() -> None:
    text = ("某某区财政局根据《某某区预算项目支出绩效评价管理办法》,对2020-2022年某某街巷清扫项目开展重点绩效评价,"
            "涉及资金1.2亿元,最终得分86.5分,等级为良。\n一、项目概况\n某某。\n")
    assert _read(text).project.name == "某某街巷清扫项目"


def test_an_evaluation_of_every_department_names_no_project() -> None:
    for lead in ("对各部门项目开展了自评", "对本单位专项资金开展了自评", "对其实施的某某补贴项目开展绩效评价"):
        read = _read(f"根据要求,{lead},现将2022年度自评情况报告如下:\n一、基本情况\n某某。\n")
        assert read.project is None or read.project.name in (None, ""), lead


_SUBTITLE = (
    "索引号 | 0000-2020-0001 | 发布机构 | 某某市某某局 |\n"
    "(某某检查站房屋租金项目)\n一、项目基本情况\n"
    "为保证某某秩序,2021年财政安排某某检查站房屋租金项目经费8.6万元。\n"
    "二、项目绩效自评工作开展情况\n某某。\n")


def test_a_bracketed_subtitle_names_the_project_and_its_own_fund_its_budget() -> None:
    read = _read(_SUBTITLE)
    assert read.project.name == "某某检查站房屋租金项目"
    assert str(read.budget.adjusted) == "8.60"


def test_works_named_as_the_first_subject_under_the_basics_heading() -> None:
    """"一、项目基本情况" / "某某公路某段改线工程起于某镇…": the works are the project, a marked guess."""
    text = ("一、项目基本情况\n某某公路甲段至乙段改线工程起于某某镇北侧,路线全长12.5公里,2021年到位资金300万元。\n"
            "二、项目绩效自评工作开展情况\n(1)前期准备:按照通知要求开展自评。\n")
    read = _read(text)
    assert read.project.name == "某某公路甲段至乙段改线工程"
    assert read.provenance["project.name"].guessed is True
    other = _read(text.replace("某某公路甲段至乙段改线工程起于", "本工程起于"))
    assert other.project is None or other.project.name in (None, "")


_RUN_ON_COVER = (
    "浏览记录\n"
    "《2019年某某苗木基地建设项目》由会员上传分享,免费在线阅读。\n"
    "1、2019年某某苗木基地建设项目财政支出绩效评价报告评价类型:完成结果评价项目名称:2019年某某苗木基地建设项目"
    "项目单位:某某县某某局主管部门:某某县人民政府评价时间:2020年5月10日\n"
    "2、的影响较好较好好一般差-15-项目基本信息一、项目基本情况项目实施单位某某县某某局主管部门某某县人民政府项目负责人"
    "张某联系电话12345678项目类型经常性项目(√)一次性项目()计划投资额(万元)80.00实际到位资金(万元)65.20"
    "实际使用情况(万元)63.10其中:中央财政其中:中央财\n")


def test_money_labels_run_together_with_their_figures() -> None:
    """"计划投资额(万元)80.00实际到位资金(万元)65.20实际使用情况(万元)63.10" on one line: the budget and what was
    spent, as the same labels side by side in a table give them."""
    read = _read(_RUN_ON_COVER)
    assert (str(read.budget.adjusted), str(read.budget.executed)) == ("80.00", "63.10")


def test_one_run_on_money_label_alone_is_not_read() -> None:
    read = _read(_RUN_ON_COVER.replace("实际使用情况(万元)63.10", ""))
    assert read.budget.adjusted is None and read.budget.executed is None


_RUN_ON_SCORING = (
    "某某区某某局2021年度部门整体支出绩效评价自评报告.docx\n"
    "1、某某区某某局2021年度部门整体支出绩效评价自评报告部门(单位)名称某某市某某区某某局预算编码012003"
    "报告日期:年月日某某区财政局(制)部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分"
    "投入15预算配置10财政供养人员控制率4以100%为标准。财政供养人员控制率100%,计4分;每超过一个百分点扣0.5分。\n")


def test_the_first_row_of_a_scoring_table_run_into_one_line() -> None:
    """"…三级指标分值评价标准指标说明得分投入15预算配置10某某控制率4以100%为标准。": the block's weight and the
    first indicator with its levels and weight; the criteria after it are no indicator."""
    read = _read(_RUN_ON_SCORING)
    assert read.stated_block_weights == {"投入": 15}
    first = read.indicators[0]
    assert (first.name, first.level1, first.level2, first.weight) == ("财政供养人员控制率", "投入", "预算配置", 4)


def test_a_run_on_row_whose_weights_do_not_nest_is_not_read() -> None:
    read = _read(_RUN_ON_SCORING.replace("投入15预算配置10", "投入15预算配置20"))
    assert not read.stated_block_weights and not read.indicators


_THUMBNAIL_PAGE = (
    "".join(f"av某某线甲段至乙段路面维修工程自评报告_第{k}页\n" for k in range(1, 6))
    + "已阅读5页,还剩10页未读\n文档简介\n"
    "1、某某线甲段至乙段路面维修工程项目项目绩效评价报告(2016 年度)评价类型:阶段评价结束评价项目编码:"
    "项目承担单位:某某市公路养护中心预算单位:某某市交通运输局填报日期:2017年6月1日某某市公路养护中心某某线甲段至乙段"
    "路面维修工程项目项目绩效评价一、项目概况(一)项目背景资料。1、项目名称:某某线 甲段至乙段路面维修工程, 起点桩号"
    "k10+100,终点桩号k12+300,路段全长2.2公里。\n")


def test_a_sharing_sites_first_chunk_with_its_year_in_brackets_after_the_title() -> None:
    """"1、某某工程项目项目绩效评价报告(2016 年度)评价类型:…": the title (year, kind); the numbered 项目名称 item
    names the project up to its comma; 项目承担单位's value ends where the run-on 预算单位 label opens."""
    read = _read(_THUMBNAIL_PAGE)
    assert (read.year, read.kind) == (2016, "项目支出")
    assert read.project.name.replace(" ", "") == "某某线甲段至乙段路面维修工程"
    assert read.project.implementing_unit == "某某市公路养护中心"
    assert read.unit.name == "某某市公路养护中心"


def test_a_blocks_weight_written_down_a_column() -> None:
    """"产出" / "指标" / "(40分)" one piece a line (a merged cell copied from a layout): the block's weight."""
    text = ("某某县某某中心2021年度部门整体支出绩效自评报告\n一、绩效指标完成情况\n一级\n指标\n二级\n指标\n"
            "三级指标 指标解释 绩效目标值 实际完成值 指标分值 得分\n产出\n指标\n(40分)\n数量\n指标\n"
            " 指标1  按月发放某某\n")
    assert _read(text).stated_block_weights == {"产出指标": 40}
    assert not _read(text.replace("产出\n指标\n", "某某\n事项\n")).stated_block_weights


def test_a_units_count_of_one_before_its_listed_offices() -> None:
    """"(一)部门机构设置、编制" run into "某部财政全供给单位1个,下设A、B、C3个内设机构": 设置 opens no list; the
    offices are the three listed."""
    text = ("某某县某某部2023年度部门整体支出绩效自评报告\n二、部门概况\n"
            "(一)部门机构设置、编制某某部财政全供给单位1个,下设办公室、综合科、业务科3个内设机构。较上年无变化。\n")
    read = _read(text)
    assert read.unit.internal_bodies_count == 3
    assert read.unit.internal_bodies == ["办公室", "综合科", "业务科"]


def test_the_projects_spending_stated_as_its_allocation_spent_in_total() -> None:
    """"财政安排支出共计N万元,余款安排下年支出" in a project's report: what it spent, even after a 其中 list of the
    budget's sources earlier in the same run-on text."""
    text = ("某某县第二中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个:某某公用经费项目"
            "(二)资金及项目绩效目标我校2022年按生均800元安排,共计120万元,其中上级资金90万元,本级30万元,项目绩效目标是"
            "保证学校正常运转二、预算支出组织实施情况我校2022年财政安排支出共计45.50万元,余款安排下年支出三、其他\n")
    read = _read(text)
    assert str(read.budget.executed) == "45.50"
    assert str(read.budget.adjusted) == "120.00"


_NAMED_AFTER_PROJECT = (
    "某某县某某乡中心学校2023年度某某学生生活补助专项资金绩效自评报告\n"
    "产出指标完成情况。四是成本指标:某某学生生活补助小学寄宿生人均补助标准指标值900元/生.年,全年实际完成值900元/生.年;"
    "某某学生生活补助初中寄宿生人均补助标准指标值1100元/生.年,全年实际完成值1100元/生.年。\n")


def test_a_prose_indicator_named_after_the_projects_own_words() -> None:
    """"某某学生生活补助小学寄宿生人均补助标准指标值900元…" in the report on 某某学生生活补助专项资金: the project's
    words before the indicator are no part of its name."""
    names = [i.name for i in _read(_NAMED_AFTER_PROJECT).indicators]
    assert names == ["小学寄宿生人均补助标准", "初中寄宿生人均补助标准"]


def test_a_prose_indicator_that_is_only_the_projects_words_keeps_them() -> None:
    text = _NAMED_AFTER_PROJECT.replace("某某学生生活补助小学寄宿生人均补助标准", "某某学生生活补助资金")
    assert _read(text).indicators[0].name == "某某学生生活补助资金"


def test_a_scoring_row_cut_inside_its_indicator_still_weighs_its_block() -> None:
    """"一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分" over "项目决策 | 20 | 项目目标 | 4 | 目 | |" (a
    viewer cut the row inside the indicator's name): no indicator, but the block's own weight."""
    text = ("某某县某某局2019年度某某苗木项目绩效评价报告\n二、绩效评价指标评分\n"
            "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分\n项目决策 | 20 | 项目目标 | 4 | 目 |  | \n")
    read = _read(text)
    assert read.stated_block_weights == {"项目决策": 20}
    assert not read.indicators
