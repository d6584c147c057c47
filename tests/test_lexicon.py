import re

import pytest

from jixiao.lexicon import field_label, lexicon, pattern, roles
from jixiao.model import Evaluation


def test_field_labels_name_fields_in_chinese() -> None:
    assert field_label("unit.name") == "单位名称"
    assert field_label("indicators[3].weight") == "指标4 分值"
    assert field_label("indicators[0]") == "指标1"
    assert field_label("budget.income_items[1].amount") == "收入明细第2项 收入金额"


def test_every_model_field_has_a_label() -> None:
    """A new field in the model needs its Chinese name in lexicon.yaml."""
    schema = Evaluation.model_json_schema()
    defs = schema["$defs"]

    def paths(node: dict, prefix: str) -> list[str]:
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        for option in node.get("anyOf", []):
            if option.get("type") != "null":
                return paths(option, prefix)
        if node.get("type") == "array" and "items" in node:
            return paths(node["items"], prefix + "[0]")
        out = []
        for name, sub in node.get("properties", {}).items():
            path = f"{prefix}.{name}" if prefix else name
            out.append(path)
            if prefix.endswith("provenance") or name in ("provenance", "alternatives", "reading"):
                continue
            out.extend(paths(sub, path))
        return out

    known = lexicon()["fields"]
    missing = [p for p in paths(schema, "") if re.sub(r"\[\d+\]", "[]", p) not in known]
    assert missing == []


def test_the_forms_jixiao_writes_are_the_forms_it_reads() -> None:
    """Every header cell of the official forms (lexicon forms:, used by the writers) has its role in
    the reader's column vocabulary, in the form's order."""
    from jixiao.readers.extract.table_columns import cell_role, indicator_header, money_header, money_role

    forms = lexicon()["forms"]
    for kind in ("project", "whole_unit"):
        indicators, money = forms[kind]["indicators"], forms[kind]["money"]
        assert [cell_role(c) for c in indicators] == [
            "level1", "level2", "name", "target", "actual", "weight", "score", "deviation"], kind
        assert indicator_header(indicators) is not None
        assert [money_role(c) for c in money] in (
            ["initial", "adjusted", "executed", "rate_weight", "rate", "rate_score"],
            ["initial", "adjusted", "executed", "rate", "rate_weight", "rate_score"]), kind
        assert money_header(["项目", *money]) is not None
    assert cell_role(forms["core"]) == "core"


@pytest.mark.parametrize("name", ["template_marks", "page_furniture", "budget_note_words.cause"])
def test_patterns_searched_over_whole_texts_open_each_alternative_on_a_literal(name: str) -> None:
    """A search then skips to those characters (an anchor or a repeat first makes it try every place of
    the text: ten times slower on a report); the anchored furniture words still match only at the start."""
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern(name).pattern)
    (op, branches), = parsed.data
    assert op is _parser.BRANCH
    assert all(branch.data[0][0] is _parser.LITERAL for branch in branches[1]), name
    furniture = pattern("page_furniture")
    assert furniture.search("主办: 某市人民政府办公室") and furniture.search("地址：某路1号".replace("：", ":"))
    assert not furniture.search("本活动由区文化馆主办: 内容见附件") and not furniture.search("单位地址: 某路1号")
    marks = pattern("template_marks")
    assert [m.group(0) for m in marks.finditer("单位：××× 负责人：×")] == ["×××"]


def test_metadata_line_openings_are_furniture_only_at_a_line_start() -> None:
    """A breadcrumb and labels run on with their values are tried at the line's start only (never searched,
    so the searched pattern keeps its literal openings)."""
    from jixiao.lexicon import is_page_furniture

    assert is_page_furniture("信息公开 > 财政资金 > 部门决算")
    assert is_page_furniture("- 发布日期2024-06-20") and is_page_furniture("时效性有效") and is_page_furniture("文号")
    assert not is_page_furniture("实际完成值98% > 目标值 > 上年")  # figures: a comparison, no breadcrumb
    assert not is_page_furniture("本文号召各单位") and not is_page_furniture("按时效性有效原则执行")


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("下达某某村道养护资金1860万元", "下达某某村道养护资金"),
    ("某某衔接资金共下达105万元", "资金共下达"),
    ("2021年预算安排2700万元", "预算安排"),
    ("县财政列支179万元列入某年预算", "列支"),
    ("2023年度安排专项资金3,200万元", "安排专项资金"),
    ("资金来源:中央资金120万元、省级资金80万元,合计250万元", "资金来源:中央资金120万元、省级资金80万元,"),
])
def test_a_project_funds_allocation_is_one_of_the_lexicons_phrasings(sentence: str, phrase: str) -> None:
    """The phrase before a fund's allocated amount (project_allocation, joined from its list of alternatives)."""
    found = pattern("project_allocation").search(sentence)
    assert found is not None and found.group(0) == phrase
    assert pattern("project_allocation").search("年初预算经费3万元") is None  # 年初's budget is read before


def test_a_result_in_words_follows_a_name_ending_on_an_indicators_noun() -> None:
    ends = pattern("indicator_name_ends")
    assert ends.fullmatch("水平") and ends.fullmatch("需求") and not ends.fullmatch("提升")


def test_a_headings_title_opens_the_first_section_whose_words_it_holds() -> None:
    from jixiao.readers.extract.section_keys import section_key

    assert [role for role, _ in roles("section_headings")][:2] == ["review", "work"]
    assert section_key("三、自评工作开展情况") == "work"
    assert section_key("（二）存在的问题和改进措施") == "problems"  # problems before measures
    assert section_key("复核意见") == "review" and section_key("附件：复核意见表") != "review"


def test_a_report_says_a_full_score_nothing_or_no_deduction_in_the_lexicons_words() -> None:
    nothing = pattern("score_phrasings.nothing")
    assert pattern("score_phrasings.full").search("该指标得满分")
    assert nothing.search("未完成的不得分") and nothing.search("得零分") and not nothing.search("得分10分")
    assert pattern("score_phrasings.no_deduction").search("按时完成，不扣分")


def test_a_score_columns_header_tells_the_units_own_score_from_a_reviewers() -> None:
    own, review = pattern("score_columns.own"), pattern("score_columns.review")
    assert own.search("单位自评得分") and not review.search("单位自评得分")
    assert review.search("财政复核得分") and review.search("专家评分") and not own.search("专家评分")


def test_a_survey_clause_and_a_figure_led_by_how_it_was_found_are_told_by_the_lexicons_words() -> None:
    from jixiao.readers.extract.prose_indicator_heads import SURVEY_LEAD

    evidence = pattern("survey_words.evidence")
    assert evidence.search("通过入户走访抽取200户") and not evidence.search("完成培训200人次")
    assert SURVEY_LEAD.match("通过电话回访,") and SURVEY_LEAD.match("第三方调查显示")


def test_a_fund_row_is_named_after_a_level_of_government_or_a_source() -> None:
    levels = pattern("fund_levels")
    assert levels.search("中央资金完成636.75万元") and levels.search("单位自筹") and not levels.search("本年实际支出")


def test_a_project_names_opening_tells_a_policy_task_or_works_on_a_facility() -> None:
    assert pattern("project_name_openings.policy").match("健全基层医疗管理制度")
    works = pattern("project_name_openings.works")
    assert works.match("改扩建某站房") and not works.match("某站提升改造")


def test_a_budget_notes_reason_and_topic_are_told_by_the_lexicons_words() -> None:
    cause, unspent, other = (pattern(f"budget_note_words.{k}") for k in ("cause", "unspent", "other_note"))
    assert cause.search("主要是项目进度滞后") and cause.search("因天气影响") and not cause.search("影响因素较多")
    assert unspent.search("年末结余12万元") and unspent.search("执行进度偏慢") and not unspent.search("已全部支出")
    assert other.search("未作说明") and other.search("偏差原因：无") and not other.search("预算调整原因")


def test_an_indicators_name_implies_its_unit_and_a_titles_head_its_activity() -> None:
    from jixiao.readers.extract.values import unit_hint

    assert unit_hint("资金拨付及时率") == "%" and unit_hint("培训场次") == "场次" and unit_hint("新建校舍") == ""
    assert pattern("indicator_name_units.count").search("举办讲座期数")
    assert pattern("activity_ends").search("某县农业面源污染调查") and not pattern("activity_ends").search("某县调查队")


def test_a_reverse_indicator_and_a_transcription_note_are_told_by_the_lexicons_words() -> None:
    words, sign = pattern("reverse_indicators.words"), pattern("reverse_indicators.target_sign")
    assert all("向指标" in m.group(0) for m in words.finditer("A为反向指标；B为逆向指标"))  # (the line's quick test)
    assert sign.search("控制在5%") and sign.search("≤3次") and not sign.search("100%")
    note = pattern("transcription_note")
    assert note.search("以下内容为附件图片识别,个别文字可能不准确,请以附件为准") and not note.search("详见附件")


def test_a_units_bodies_are_told_by_the_lexicons_office_nouns_and_words_before_bodies_under_it() -> None:
    from jixiao.readers.extract.body_lists import INTERNAL_BODIES, SUBORDINATE_UNITS

    offices, under = pattern("unit_bodies.offices"), pattern("unit_bodies.under")
    assert offices.fullmatch("股室") and offices.fullmatch("组室") and not offices.fullmatch("办公室")
    assert under.fullmatch("下辖") and under.fullmatch("所属") and not under.fullmatch("内设")
    assert INTERNAL_BODIES.search("局机关设有股室5个") and SUBORDINATE_UNITS.search("所属二级单位3个")
    assert not SUBORDINATE_UNITS.search("所属行业：教育") and not SUBORDINATE_UNITS.search("所属年度2023")
    nouns = pattern("unit_bodies.subordinate_nouns")
    assert nouns.fullmatch("中心") and nouns.fullmatch("大队") and not nouns.fullmatch("科")


def test_a_projects_spending_and_its_rate_told_in_the_lexicons_phrasings() -> None:
    spent, rate = pattern("project_spending_phrases"), pattern("project_use_rate_words")
    assert spent.search("资金预算25万元,支出24.6万元,余额0.4万元")
    assert not spent.search("资金预算25万元,支出24.6万元,主要用于维修")
    assert rate.search("年度资金使用完成比率99.9 %") and rate.search("资金使用率51.63%")
    assert spent.search("市级资金支出12万元、区级资金支出8万元,合计支出20万元").group() == "合计支出"
    assert spent.search("实际到位数40万元,支出36.5万元") and not spent.search("年初预算40万元,支出36.5万元")
    assert rate.search("资金已全部用于道路硬化,使用率100%") and not rate.search("道路使用率100%")


def test_a_funds_budget_spent_in_full_or_provided_by_the_initial_budget_in_the_lexicons_words() -> None:
    """The words after a fund's amount: "…补助资金120万元全部执行到位" (spent), "…已全部拨付到位" (only arrived);
    "每年安排30万元,列入当年年初部门预算" (the initial budget provides it)."""
    in_full, initial = pattern("spent_in_full.after_amount"), pattern("project_initial_source")
    assert "全部" in in_full.pattern and "年初" in initial.pattern  # (the words a line is tested for first)
    assert in_full.match("全部执行到位") and in_full.match("已全部使用") and not in_full.match("已全部拨付到位")
    assert initial.match(",列入当年年初部门预算") and initial.match(" , 由每年年初预算批复下达")
    assert not initial.match(",由年中追加预算安排")


def test_money_spent_in_full_after_its_amount_and_alone_in_one_entry() -> None:
    """One entry, two lists: after an amount ("…资金64万元全部执行到位") 全部执行 is spending; alone, a sentence
    later, only words saying it is finished ("年内全部用完"), never a noun ("全部支出用于…") nor a plan ("拟年底前全部
    支出")."""
    after, alone, not_done = (pattern(f"spent_in_full.{key}") for key in ("after_amount", "alone", "not_done"))
    assert after.match("全部执行到位") and not alone.search("全部执行到位")
    assert alone.search("年内全部用完") and not alone.search("全部支出用于校舍维修")
    assert not_done.search("拟年底前") and not not_done.search("已于年底前")


def test_a_funds_bracket_states_the_original_budget_before_an_addition() -> None:
    """The bracket's words before its budget and the addition's after it, as in "某某补助资金500万元(年初预算450万元,
    年中追加50万元)"."""
    opening, addition = pattern("project_original_in_bracket.opening"), pattern("project_original_in_bracket.addition")
    assert opening.match("(年初预算450万元") and opening.match("(预算450万元") and not opening.match("(自筹450万元")
    assert addition.search("年中追加50万元") and not addition.search("其余自筹")


def test_a_titles_head_naming_a_fund_or_a_transfer_names_no_unit() -> None:
    fund = pattern("fund_not_unit")
    assert fund.fullmatch("中央转移支付") and fund.match("中央支持地方某某公益金") and not fund.match("某县水利局")


def test_an_untitled_reports_opening_lines_name_its_fund_in_the_lexicons_phrasings() -> None:
    def named(key: str, text: str) -> str | None:
        found = pattern(f"opening_fund_names.{key}").search(text)
        return found.group(1) if found else None

    assert named("announced", "现将我办某某工作经费绩效自评情况报告如下") == "某某工作经费"
    assert named("announced_after_year", "现将某体育场2020免费开放补助资金使用和管理自评报告如下") == "免费开放补助资金"
    assert named("heading", "某某发展资金绩效自评") == "某某发展资金"
    assert named("heading", "某某资金绩效自评工作") is None
    assert named("handed_down", "(一)中央下达某某整治资金预算情况") == "某某整治资金"
    assert named("handed_down", "一、中央下达转移支付资金预算和绩效目标情况") is None


def test_a_numbered_goal_label_mid_line_opens_the_goals_first_sentence() -> None:
    found = pattern("goal_run_on").search("(二)项目绩效目标 1.项目年度总体目标 完成某某工 作。 2. 总体目标完成情况 …")
    assert found is not None and found.group(1) == "完成某某工 作。"


def test_a_run_together_covers_values_end_where_the_forms_next_label_opens() -> None:
    def value(key: str, text: str) -> str | None:
        found = pattern(f"cover_run_together.{key}").search(text)
        return found.group(1) if found else None

    assert value("unit", "自评报告表(实施单位用)填报单位:某中心填报日期:2022年5月") == "某中心"
    cover = "基本情况项目名称某某维修项目项目主要内容维修项目单位某县某中心主管部门某县某局单位负责人张某"
    assert value("project_name", cover) == "某某维修项目" and value("implementing_unit", cover) == "某县某中心"
    assert value("supervising_department", cover) == "某县某局"


def test_the_level1_names_are_listed_once_and_a_parts_lead_keeps_its_narrower_list() -> None:
    """levels.level1 holds the one list (``{levels.level1_names}`` in its pattern); part_lead keeps its own: a sentence
    led by 项目完成 / 项目绩效 speaks of the whole as often as of one part, and its score may be the total."""
    names = pattern("levels.level1_names").pattern
    assert "{" not in pattern("levels.level1").pattern and names in pattern("levels.level1").pattern
    assert pattern("levels.level1").match("履职效能指标") and pattern("part_lead").match("履职效能完成情况:")
    assert pattern("part_lead").match("预算执行情况:") and not pattern("part_lead").match("某某工作完成情况:")
    assert not pattern("part_lead").match("项目完成情况:") and not pattern("part_lead").match("项目绩效情况:")


def test_the_totals_spellings_are_listed_once() -> None:
    """总分's spellings (自评总分 / 总得分 / 综合得分 / 综合评分) are one entry, total_score: the stated
    total's label cell, the 总分 row's first cell and the sentences that state the total read it
    (``{total_score}`` in the lexicon's patterns, the entry's pattern in the extractors'), each adding the
    narrower words of its own."""
    from jixiao.readers.extract.block_titles import _TOTAL_WORD
    from jixiao.readers.extract.prose_indicator_heads import _WHOLE_WORDS, WHOLE_LINE
    from jixiao.readers.extract.totals import _BRACKET_CONTEXT, TOTALS

    words = pattern("total_score").pattern
    stated = next(found for field, found in roles("labels") if field == "stated_total")
    for read in (pattern("total_row"), stated, TOTALS[0], _BRACKET_CONTEXT, WHOLE_LINE, _WHOLE_WORDS, _TOTAL_WORD):
        assert words in read.pattern and "{total_score}" not in read.pattern
    assert stated.match("综合评分") and stated.match("自评总分分") and not stated.match("综合评价")
    assert pattern("total_row").fullmatch("总得分") and pattern("total_row").match("综合得分(100分)")
    found = TOTALS[0].search("经自评，本项目综合评分95.5分。")
    assert found is not None and found.group(1) == "95.5"
    assert WHOLE_LINE.match("综合评分96分，等级为优") and _TOTAL_WORD.search("项目综合评分96分，等级为优")


def test_a_fund_sources_column_head_is_a_level_of_government_or_the_units_own_money() -> None:
    source = pattern("fund_rows.source_column")
    assert source.match("中央") and source.match("省级财政补助资金") and source.match("单位自筹")
    assert source.match("县配套万元")
    assert not source.match("年度资金总额") and not source.match("合计") and not source.match("其中：中央")


def test_a_money_tables_parts_column_head_names_the_parts_not_a_fund_source_or_total() -> None:
    part = pattern("fund_rows.part_column")
    assert part.match("资金分项") and part.match("资金构成") and part.match("经费明细") and part.match("分项名称")
    assert not part.match("资金来源") and not part.match("合计") and not part.match("项目名称") \
        and not part.match("资金分项汇总表")


def test_the_levels_of_government_are_listed_once() -> None:
    """中央 / 省级 / 市级 / 县级 / 区级 are one entry, government_levels: a fund row's level or source, a title's fund
    head, a fund row's name and the project names' level words read it (``{government_levels}`` in the lexicon's
    patterns, the entry's pattern in the extractors'), each adding the words of its own."""
    from jixiao.readers.extract.budget_items import _FUND_SOURCE
    from jixiao.readers.extract.project_names import _LEVELS_LEAD, _NOT_A_PROJECT, _PAID_FROM

    levels = pattern("government_levels").pattern
    for read in (pattern("fund_levels"), pattern("fund_not_unit"), pattern("fund_rows.parts"), _FUND_SOURCE,
                 _LEVELS_LEAD, _NOT_A_PROJECT, _PAID_FROM):
        assert levels in read.pattern and "{government_levels}" not in read.pattern
    assert pattern("fund_rows.parts").search("其中：区级资金") and not pattern("fund_rows.parts").search("乡级资金")
    assert pattern("fund_not_unit").fullmatch("县级财政专项资金") and _FUND_SOURCE.search("央省资金")
    assert _PAID_FROM.match("市级财政资金某某补助项目") and not _PAID_FROM.match("市级财政资金")


def test_the_sum_rows_words_are_listed_once() -> None:
    """合计 / 总计 are one entry, sum_row: an indicator table's 总分 row, a list of projects' closing row, a
    questionnaire's total row, a money table's closing row read it (``{sum_row}`` in the lexicon's patterns, the
    entry's pattern or words in the readers), each adding the words of its own table."""
    from jixiao.readers.extract.category_tables import _TOTAL as CATEGORY_TOTAL
    from jixiao.readers.extract.flow_columns import _TOTAL as FLOW_TOTAL
    from jixiao.readers.extract.income_spending_blocks import _TOTAL as BLOCK_TOTAL
    from jixiao.readers.extract.table_spending import _TOTAL as SPENDING_TOTAL
    from jixiao.readers.flat_serial_records import _TOTAL as SERIAL_TOTAL
    from jixiao.readers.flat_side_items import _TOTALS as SIDE_TOTALS
    from jixiao.readers.question_tables import _TOTAL as QUESTION_TOTAL

    words = pattern("sum_row").pattern
    listed = pattern("project_result_table.sum")
    for read in (pattern("total_row"), listed, QUESTION_TOTAL, CATEGORY_TOTAL, FLOW_TOTAL, BLOCK_TOTAL,
                 SPENDING_TOTAL, SERIAL_TOTAL):
        assert words in read.pattern and "{sum_row}" not in read.pattern
        assert all(read.search(word) for word in ("合计", "总计"))
    assert frozenset(("合计", "总计")) == SIDE_TOTALS
    # each table's own words: a list of projects closes on 小计 or 汇总 too, never on 总分 (it scores no indicator);
    # a questionnaire's total row is a bare word, not one a question may hold (自评得分)
    assert listed.fullmatch("汇总") and listed.fullmatch("小计") and not listed.fullmatch("总分")
    assert pattern("total_row").fullmatch("总分") and pattern("total_row").fullmatch("得分合计")
    assert QUESTION_TOTAL.match("总分") and not QUESTION_TOTAL.match("自评得分")
    assert CATEGORY_TOTAL.match("支出合计") and BLOCK_TOTAL.match("小计") and not FLOW_TOTAL.match("小计")
