"""Shapes found by the twentieth real-page probe (docs/reader-corpora/real-probe-20.md: whole-unit self-evaluation
pages), each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from page_reading import read_page as _read

_STREET_BODIES = (
    "2022年度某区某某街道办事处整体支出绩效自评报告\n"
    "现将2022年度某市某区某某街道办事处(以下简称“我单位”)整体绩效自我评价报告如下:\n"
    "一、单位基本情况\n"
    "本街道为正科级,设置党政机构4个:即综合办公室、党群工作办公室(宣传办公室)、"
    "平安建设办公室、城市管理办公室(环境卫生办公室、物业管理办公室);新增下属事业单位两个:某某街道综合服务中心和"
    "某某街道文体服务中心(非独立法人),撤销原劳动保障所,下辖社区4个和村2个。\n")


def test_a_street_office_sets_its_offices_and_names_itself_in_the_opening_sentence() -> None:
    """"设置党政机构4个:即A、B(…)…": a street office's own offices (the colon then 即 opens the list, an aside in
    brackets stays with its name however long); "新增下属事业单位两个:A和B(…),撤销…,下辖社区4个…": the names are
    not cut from the clauses after them, the count is read; "现将…某市某区某某街道办事处(以下简称…)整体绩效自我
    评价报告如下": the unit's full name, not the title's short form."""
    read = _read(_STREET_BODIES)
    assert read.unit.name == "某市某区某某街道办事处"
    assert read.unit.internal_bodies == ["综合办公室", "党群工作办公室(宣传办公室)", "平安建设办公室",
                                         "城市管理办公室(环境卫生办公室、物业管理办公室)"]
    assert read.unit.internal_bodies_count == 4
    assert read.unit.subordinate_bodies == []
    assert read.unit.subordinate_bodies_count == 2


_BUREAU_BODIES = (
    "某县某某局2021年度机关整体支出绩效评价报告\n"
    "(一)机构设置情况\n"
    "内设正科级事业单位2个,某某事务中心和某某服务中心。下设办公室、计划股、法规股、综合股等12个股室;"
    "直属事业单位4个,即县某某信息中心、县某某评审中心、县某某服务中心、县某某管理所。\n")


def test_offices_listed_before_their_count_and_noun_after_xiashe() -> None:
    """"下设A、B、C等12个股室": 下设 most often names bodies under the unit, but the noun after the count (股室, 科室,
    处室) says these are its own offices; the 直属事业单位 listed after 即 are the subordinate bodies."""
    read = _read(_BUREAU_BODIES)
    assert read.unit.internal_bodies == ["办公室", "计划股", "法规股", "综合股"]
    assert read.unit.internal_bodies_count == 12
    assert read.unit.subordinate_bodies == ["县某某信息中心", "县某某评审中心", "县某某服务中心", "县某某管理所"]
    assert read.unit.subordinate_bodies_count == 4


_COURT_BODIES = (
    "某市中级人民法院2017年度整体支出绩效自评报告\n"
    "一、单位概况\n"
    "本院共设有5个内设机构:即综合办公室、队伍建设部(含组织人事科、教育培训科、老干部服务科、宣传文化科、警务保障科)、"
    "诉讼服务中心、执行局(执行指挥中心)、审判管理办公室;1个副科级事业单位,即后勤保障中心。"
    "本年实有人数58人(其中:在编在职人员56人,聘用人员2人),退休人员12人。\n")


def test_a_long_bracketed_aside_and_the_institutions_counted_after_a_semicolon() -> None:
    """An office whose brackets list its sections is one name (the length limit on a name leaves its aside out);
    "…;1个副科级事业单位,即后勤保障中心": the unit's own institution, counted then named after 即."""
    read = _read(_COURT_BODIES)
    assert read.unit.internal_bodies == [
        "综合办公室", "队伍建设部(含组织人事科、教育培训科、老干部服务科、宣传文化科、警务保障科)", "诉讼服务中心",
        "执行局(执行指挥中心)", "审判管理办公室"]
    assert read.unit.internal_bodies_count == 5
    assert read.unit.subordinate_bodies == ["后勤保障中心"]
    assert read.unit.subordinate_bodies_count == 1
    assert read.unit.staff_total == 58


def test_teachers_on_the_establishment_counted() -> None:
    """"在编教师数为24 人": the school's staff on the establishment (a PDF's space before 人)."""
    read = _read("某市第九中学校2024年度部门整体和项目支出绩效自评报告\n2.机构设置及人员情况\n"
                 "学校现有教学班12个。在编教师数为24 人。\n")
    assert read.unit.staff_total == 24


_RUN_TOGETHER_UNIT_FORM = (
    "1、某某卫生院整体支出绩效自评表(2022年度)评价部门名称某县某乡某某卫生院下属单位个数0整体支出规模全年预算数"
    "全年执行数执行率资金来源:(1)财政拨款98.50%资金结构:(1)基本支出98.50%(2)项目支出\n")


def test_a_run_together_unit_form_names_its_unit_under_its_own_label() -> None:
    """A province's whole-unit form run together by a document site: "评价部门名称" is the unit's label and
    "下属单位个数" / "整体支出规模" end its value (the unit is not "…卫生院下属单位个数", nor the title's short
    name)."""
    read = _read(_RUN_TOGETHER_UNIT_FORM)
    assert read.unit.name == "某县某乡某某卫生院"
    assert read.unit.subordinate_bodies_count == 0


_SCRAMBLED_HEADER_FORM = (
    "1、部门整体绩效自评表主管部门财政处室自评总分(分)96.5部门联系人某某联系电话\n"
    "2、指标名称计量单位指标性质年初指标值调整指标值值完成全年值得分系数(%)指标权重(分)指标得分(分)是否核心指标"
    "基本公卫建档率%定量指标90%93%100%1010是病历书写合格率%定量指标95%97%100%55否"
    "药品采购执行率%定量指标100%88%100%55否\n")


def test_a_header_word_scrambled_with_a_character_doubled_between_two_form_words() -> None:
    """A document site's OCR printed 全年完成值 with its characters out of order and one of them twice; the whole cell
    between 调整指标值 and 得分系数 is that header read back (a guess), so each row's three values are the initial
    target, the actual and the coefficient (调整指标值 left empty), not a target taken from the actual."""
    read = _read(_SCRAMBLED_HEADER_FORM)
    got = [(i.name, i.target.value if i.target else None, i.actual.value if i.actual else None, i.weight,
            i.stated_score) for i in read.indicators]
    assert got == [("基本公卫建档率", 90, 93, 10, 10), ("病历书写合格率", 95, 97, 5, 5),
                   ("药品采购执行率", 100, 88, 5, 5)]


def test_a_list_counted_as_institutions_before_offices_stays_subordinate() -> None:
    """"下设A、B等2个事业单位和5个股室": the list's own count and noun (事业单位) decide; the offices' count after it
    does not make the listed institutions offices."""
    read = _read("某县某局2021年度整体支出绩效评价报告\n本局下设某某中心、某某站等2个事业单位和5个股室。\n")
    assert read.unit.internal_bodies == []
    assert read.unit.subordinate_bodies == ["某某中心", "某某站"]
