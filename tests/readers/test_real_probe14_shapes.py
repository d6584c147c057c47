"""Shapes found by the fourteenth real-page probe (docs/reader-corpora/real-probe-14.md: whole-unit reports of
party and congress organs, bureaus of petitions, archives and statistics, schools), each rebuilt from an invented
snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from page_reading import read_page as _read


def test_a_form_label_set_apart_by_one_space_is_a_field_not_the_title() -> None:
    """"部门(单位)名称 某某中心 部门预算编码 9020…" under the form's title: the label's value is the unit, and the
    line is no part of the title (it was joined to it, and the unit left empty)."""
    for row in ("部门(单位)名称 某某市地情资料中心 部门预算编码 902003017", "单位名称 某某市地情资料中心"):
        read = _read(f"部门整体支出绩效自评表\n(2019年度)\n{row}\n财政资金安排和使用情况\n")
        assert read.title == "部门整体支出绩效自评表(2019年度)"
        assert read.unit.name == "某某市地情资料中心"


def test_a_year_written_short_opens_no_unit_name() -> None:
    """"19年度部门整体支出绩效自评(原某某办)": "19年度" is a year written with two digits, never the unit."""
    read = _read("19年度部门整体支出绩效自评(原某某办)\n时间:2020-11-30 10:12\n一、部门概况\n")
    assert read.unit.name == ""


def test_offices_of_a_party_committee_and_working_bodies_are_counted() -> None:
    """"县委办内设组室9个" / "机关设工作机构6个" / "部机关内设 组室 11 个…所属事业单位 3 个" (a copy that keeps a
    Word file's line ends as spaces): the internal bodies' count, and the subordinate bodies' count."""
    title = "某某2021年度部门整体支出绩效自评报告\n"
    assert _read(title + "一、部门概况\n某县委办内设组室9个,全部纳入部门预算编制范围。\n"
                 ).unit.internal_bodies_count == 9
    assert _read(title + "一、部门概况\n某某委员会机关设工作机构6个。其中,专门委员会5个:甲委员会、乙委员会。\n"
                 ).unit.internal_bodies_count == 6
    unit = _read(title + "一、基本情况 某某部是县委的职能部门。部机关内设 组室 11 个,所属事业单位 3 个,部机关现有在 职"
                 "人员 28 人。\n").unit
    assert (unit.internal_bodies_count, unit.subordinate_bodies_count) == (11, 3)


def test_a_site_name_above_the_title_is_no_part_of_it() -> None:
    """"某某市人民政府门户网站" on its own line above "某某委员会2023年度部门整体支出绩效自评报告": the site's
    name, page furniture (it was joined to the title and opened the unit's name)."""
    read = _read("某某市人民政府门户网站\n某某市某某委员会2023年度部门整体支出绩效自评报告\n"
                 "发布机构: 某某市某某委员会\n一、单位基本情况\n")
    assert read.unit.name == "某某市某某委员会"
    read = _read("某某县门户网\n某某县某某局2023年度部门整体支出绩效自评报告\n一、单位基本情况\n")
    assert read.unit.name == "某某县某某局"


def test_a_file_name_title_gives_way_to_the_full_name_the_text_restates() -> None:
    """A sharing site's file name "某县宣传部2021年…报告.docx" over the document's own title "中共某县县委宣传部
    2021 年度…报告": the full name, which keeps the short one's characters in order and ends on the same word."""
    read = _read("某县宣传部2021年部门整体支出绩效报告.docx\n中共某县县委宣传部 2021 年度部门整体支出绩效评价报告 "
                 "根据县财政局《关于做好 2021 年度预算绩效自评工 作的通知》的要求,我部认真组织进行了自评,现将评价情况"
                 "报告如下: 一、基本情况\n")
    assert read.unit.name == "中共某县县委宣传部"
    other = _read("某县宣传部2021年部门整体支出绩效报告.docx\n某县农业农村局 2021 年度部门整体支出绩效评价报告 "
                  "根据县财政局《关于做好 2021 年度预算绩效自评工 作的通知》的要求,现将评价情况报告如下: "
                  "一、基本情况\n")
    assert other.unit.name == "某县宣传部"  # another unit's name, not a spelling out of this one


def test_a_viewer_cover_names_the_unit_before_the_next_label_with_no_colon() -> None:
    """"1、某区档案局2020年度…自评报告部门(单位)名称某市某区档案局预算编码015002报告日期:年月日…": a viewer's cover
    run together; the label's value ends where the next label (预算编码 / 报告日期) begins."""
    read = _read("某区档案局2020年度部门整体支出绩效评价自评报告.docx\n资源描述\n"
                 "1、某区档案局2020年度部门整体支出绩效评价自评报告部门(单位)名称某市某区档案局预算编码015002报告日期:"
                 "年月日某区财政局(制)部门整体支出绩效评价指标表\n")
    assert read.unit.name == "某市某区档案局"


def test_staff_in_a_word_split_by_a_line_end_kept_as_a_space() -> None:
    """"部机关现有在 职人员 28 人" (a copy that keeps a Word file's line ends as spaces): the staff in post; a space
    between two characters of the staff's word no longer hides the figure."""
    read = _read("某某2021年度部门整体支出绩效自评报告\n一、基本情况 某某部是县委的职能部门。部机关内设 组室 11 个,"
                 "部机关现有在 职人员 28 人,离退休人员 6 人。\n")
    assert read.unit.staff_total == 28
    assert _read("某某2021年度部门整体支出绩效自评报告\n一、基本情况 单位实有人 员 14 人。\n").unit.staff_total == 14


_ALLOCATION = (
    "部门整体支出绩效自评表\n(2019年度)\n部门(单位)名称 某某市地情资料中心 部门预算编码 902003017\n"
    "财政资金安排和使用情况  资金结构\n(万元)\n预算安排 拨付情况 结余情况\n年初部门预算安排金额\n历年结余结转\n"
    "年中调整金额③ 小计\n④ = ①+② +③\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n资金结余率\n(%)\n"
    "⑧=⑦/④\n财政资金小计 180 20 0 200 190 95% 10 5%\n①中央及省级财政资金\n"
    "②市级财政资金 180 20 0 200 190 95% 10 5%\n合 计 180 20 0 200 190 95% 10 5%\n年度\n总体\n目标\n")


def test_a_money_block_by_allocation_payment_and_balance_gives_the_budget() -> None:
    """The form's header cells one a line (年初部门预算安排金额 | 历年结余结转 | 年中调整金额③ | 小计④=①+②+③ | 年度
    拨付金额 | 支出实现率⑥=⑤/④ | 本年度结余金额 | 资金结余率), then "合 计" with eight figures: the initial budget, the
    year's budget (小计), what was paid out and the rate — read when the row's own sums hold."""
    budget = _read(_ALLOCATION).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (180, 200, 190, 95)
    in_yuan = _read(_ALLOCATION.replace("(万元)", "(元)").replace("180 20 0 200 190 95% 10 5%",
                                                                "1800000 200000 0 2000000 1900000 95% 100000 5%"))
    assert (in_yuan.budget.initial, in_yuan.budget.source_unit) == (180, "元")
    wrong = _ALLOCATION.replace("180 20 0 200", "181 20 0 200")  # 181 + 20 + 0 ≠ 200: nothing read
    assert _read(wrong).budget.adjusted is None
