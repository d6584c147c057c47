"""A quick test before a costly pattern never changes the pattern's answer: the pattern alone and the
pattern behind its quick test agree on every text, figures of any script and a final newline included."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers.flat_fused import WORD_FIGURES, word_figures

_PIECES = st.sampled_from(["年度资金总额", "项目名称", "合计", ":", "：", "356.40", "341.15", "1,568.20", "%", ".",
                           ",", "３２０", "٣٤٥", "७८९", "元", "万元", "\n", " ", "得分", "5", "12"])


@given(st.lists(_PIECES, max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_word_figures_agree_with_the_pattern(text: str) -> None:
    quick, full = word_figures(text), WORD_FIGURES.match(text)
    assert (quick and quick.span(), quick and quick.groups()) == (full and full.span(), full and full.groups())


def test_word_figures_found() -> None:
    found = word_figures("年度资金总额:356.40341.15")
    assert found is not None and found.groups() == ("年度资金总额", "356.40341.15")
    assert word_figures("年度资金总额356.40341.15\n") is not None  # "$" allows a final newline
    assert word_figures("年度资金总额356.40万元") is None


_SPACED = st.sampled_from(["2023", " ", "年", "3", "月", "9", "日", "市级", "资金", "10", "≤10月", "  ", "\u3000",
                           "合计", "100", "96", "项目名称"])


@given(st.lists(_SPACED, max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_spaced_dates_are_joined_only_where_a_line_has_inner_spaces(text: str) -> None:
    """A line holding 年 or 月 is cut at its spaces after a spaced-out date is joined ("2023 年 3 月" → one
    cell); the join is skipped for a line with no inner space, and the cut is the same as with the join made."""
    from jixiao.readers import flat_spaced

    joined = flat_spaced.SPACED_DATE.sub("", text) if "年" in text or "月" in text else text
    parts = joined.split()
    quick = text.split()
    if len(quick) > 1 and ("年" in text or "月" in text):
        quick = flat_spaced.SPACED_DATE.sub("", text).split()
    assert quick == parts
    assert flat_spaced.spaced_cells(text) == flat_spaced.spaced_cells(" ".join(parts))  # the function itself


def test_a_template_number_is_dropped_only_after_a_level_word_or_a_figure() -> None:
    from jixiao.readers.flat_fused import TEMPLATE_NUMBER

    assert TEMPLATE_NUMBER.sub("", "数量指标指标1免费发放良种") == "数量指标免费发放良种"
    assert TEMPLATE_NUMBER.sub("", "10万公斤20%指标2：验收合格率") == "10万公斤20%验收合格率"
    assert TEMPLATE_NUMBER.sub("", "项目指标1：完成") == "项目指标1：完成"  # after other words: a name's own words
    assert TEMPLATE_NUMBER.sub("", "数量指标指标1 ") == "数量指标指标1 "  # no name after it


def test_no_form_word_holds_a_space_or_a_1() -> None:
    """_fused_cells gives up on a line holding none of the form's words once its spaces are out: sound only while
    no word holds a space or a 1 (its steps take spaces out and turn a formula's 1 into a bracket)."""
    from jixiao.lexicon import lexicon

    words = lexicon()["cell_words"]
    assert words and not [w for w in words if "1" in w or any(c.isspace() for c in w)]


_SPLIT = st.sampled_from(["年度", "资金", "总额", "项目", "名称", "执行", "率", " ", "  ", "(", ")", "（", "）",
                          "A", "B", "/", "1", "指标", "项", "目", "名", "称", "万元", "得分", "预算数", "全年", "。",
                          "二〇二四"])


@given(st.lists(_SPLIT, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_a_line_without_form_words_stays_without_them_after_its_spaces_are_taken_out(text: str) -> None:
    """What _fused_cells does to a line before cutting it (notes and split words joined, a formula's 1 closed)
    finds a form's word only where its quick test, every space out, finds one."""
    from jixiao.readers import flat_text_repairs, flat_words
    from jixiao.readers.textnorm import match_text

    bare = text.replace(" ", "")
    bracketed = "(" in text or "（" in text
    quick = flat_words.form_words().search(match_text(
        flat_text_repairs.FORMULA_ONE.sub(r"\1)", bare) if "1" in bare and bracketed else bare))
    done = flat_text_repairs.join_split_words(flat_text_repairs.unspaced_notes(text) if bracketed else text)
    done = flat_text_repairs.FORMULA_ONE.sub(r"\1)", done) if "1" in done and bracketed else done
    assert quick is not None or flat_words.form_words().search(match_text(done)) is None


_CUT = st.sampled_from(["指标", "1", "12", " ", "数量指标", "得分", "分值", "执行率", "年初预算数", "全年执行数",
                        "项目名称", "项目主管部门", "说明", "该", "某某", "(", "（10分）", ":", "，", "。", "%",
                        "项目决策", "管理"])


@given(st.lists(_CUT, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_a_template_slot_is_looked_for_only_where_a_figure_follows_its_word(text: str) -> None:
    """fused_cells tries the two substitutions of the template's "指标1" only where "指标" has a figure after it: where
    it has none they change nothing ("该指标绩效评价得分为5分")."""
    from jixiao.readers.flat_fused import _EMPTY_SLOT, _SLOT, TEMPLATE_NUMBER

    assert _SLOT.search(text) is not None or _EMPTY_SLOT.sub("", TEMPLATE_NUMBER.sub("", text)) == text


@given(st.lists(_CUT, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_cut_points_from_the_first_word_are_those_from_the_start(text: str) -> None:
    """fused_cells looks for the form's words from the first one its quick test found: the same cut points."""
    from jixiao.readers.flat_cut_points import cut_points
    from jixiao.readers.flat_words import form_words
    from jixiao.readers.textnorm import match_text

    plain = match_text(text)
    first = form_words().search(plain)
    if first is not None:  # (none: fused_cells gives up before cutting)
        found = [(hit.span(), hit.group(0)) for hit in cut_points(plain, first.start())]
        assert found == [(hit.span(), hit.group(0)) for hit in cut_points(plain)]


_SCORED = st.sampled_from(["该指标得分", "得", "10", "9.5", "分", "。", "，", "（分值10分", "）", "其中", "上年",
                           "每低1%扣", "某某", "满分", "15"])


@given(st.lists(_SCORED, max_size=10).map("".join), st.sampled_from([None, "10", "9.5", "15"]))
@settings(max_examples=600, deadline=None)
def test_another_score_of_one_score_needs_no_clauses(text: str, taken: str | None) -> None:
    """another_score decides a narrative stating one score (or none) without placing it in its clause: the same
    answer as the walk over the clauses."""
    from decimal import Decimal

    from jixiao.readers.extract.scores import SCORE, _is_rule_text, about_last_year, another_in_clauses, another_score

    score = Decimal(taken) if taken is not None else None
    found = [m for m in SCORE.finditer(text)
             if not _is_rule_text(text, m.start()) and not about_last_year(text, m.start())]
    assert another_score(text, score) == another_in_clauses(text, score, found)


_LINE_PIECES = st.sampled_from(["编制", "人员", "下属", "内设机构", "职工", "某镇", "\n", " ", "。", "编", "制"])


@given(st.lists(st.lists(_LINE_PIECES, max_size=5).map("".join), max_size=8))
@settings(max_examples=300, deadline=None)
def test_lines_with_words_are_the_lines_a_search_of_each_finds(norms: list[str]) -> None:
    """Outline.lines_with searches the whole text once a line found, not each line: the same lines, in order (a
    line whose text holds a break of its own included)."""
    import re

    from jixiao.readers.extract.outline import Line, Outline

    words = re.compile("编制|人员|下属|内设(?:机构)?|职工")
    lines = [Line(i, norm, norm, f"第{i + 1}行") for i, norm in enumerate(norms)]
    found = Outline(lines, []).lines_with(words)
    assert [line.index for line in found] == [line.index for line in lines if words.search(line.norm)]


# speed44: a pattern searched only when the line holds a word (or an ending) the pattern cannot match without
_LINE_PIECES = st.sampled_from(["产出指标", "指标", "类", "(30分)", "(", ")", "分", "30", "５", "٣", " ", "\n",
                                "。", "……", "...", "··", "…", ".", "PAGEREF", "_Toc12", "目录", "绩效目标", "目标",
                                "完成情况", "情况", "年度", "实现", "某某中心", "所属", "事业单位", "单位", "部门",
                                "项目名称", "由", "主管", "自评"])


@given(st.lists(_LINE_PIECES, max_size=8).map("".join))
@settings(max_examples=600, deadline=None)
def test_word_guards_agree_with_their_patterns(text: str) -> None:
    from jixiao.readers import flat_tables
    from jixiao.readers.extract import outline, section_values
    from jixiao.readers.extract.level_headings import _POINTS

    assert outline._is_contents_line(text) == (outline._TOC.search(text) is not None)
    assert flat_tables._row_like(text) == (flat_tables._ROW_LIKE.match(text) is not None)
    title = text.strip()
    unguarded = "actual" if section_values._RESULTS.fullmatch(title) else (
        "target" if section_values._GOALS.fullmatch(title) else None)
    assert section_values.section_stating(text) == unguarded
    assert title.endswith(")") or _POINTS.sub("", title) == title  # (points only close a head)


@given(st.lists(_LINE_PIECES, max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_prose_fields_named_by_a_line_are_those_of_every_word_it_holds(text: str) -> None:
    from jixiao.readers.extract.text_labels import _FIELDS_BY_WORD, _fields_named

    assert _fields_named(text) == sorted({k for word, fields in _FIELDS_BY_WORD.items() if word in text
                                          for k in fields})


def test_a_field_placed_under_a_department_is_tried_only_on_a_line_naming_a_public_institution() -> None:
    """The fields read from "某某站是某某局下属的事业单位" need 事业单位 (their gate's word), not any 单位: a line
    that holds 单位 alone no longer tries them, and one that holds 事业单位 still reads them."""
    from jixiao.readers.extract.text_labels import _FIELDS_BY_WORD, PROSE_FIELDS, _fields_named

    placed = [k for k, field in enumerate(PROSE_FIELDS) if field.gate is not None and "事业单位" in field.gate.pattern]
    assert placed and all(PROSE_FIELDS[k].words == ("事业单位",) for k in placed)
    assert not set(placed) & set(_fields_named("本单位共有职工十二人"))
    assert set(placed) <= set(_fields_named("某某水文站是某县水务局下属的公益一类事业单位"))
    assert set(_FIELDS_BY_WORD["事业单位"]) == set(placed)


def _whole_key_pieces() -> st.SearchStrategy[str]:
    from jixiao.lexicon import whole_words

    words = sorted(whole_words("goal_row") | whole_words("form_end"))  # type: ignore[operator]
    halves = [w[: len(w) // 2] for w in words] + [w[len(w) // 2:] for w in words]
    return st.sampled_from([*words, *halves, " ", "：", ":", "（", "）", "(", ")", "。", "\n", "\u3000", "某站", "１",
                            "9", "%", "、", "—"])


@given(st.lists(st.deferred(_whole_key_pieces), max_size=5).map("".join))
@settings(max_examples=500, deadline=None)
def test_whole_key_words_answer_as_their_patterns(text: str) -> None:
    """A cell's key tried against the lexicon's goal row and form end words by a set lookup agrees with the
    entries' patterns: keys of the words alone, of a word with spaces and marks around it, of parts and pairs."""
    from jixiao.lexicon import pattern
    from jixiao.readers.flat_table_cells import is_form_end, is_goal
    from jixiao.readers.textnorm import compact

    key = compact(text)
    assert is_goal(text) == (bool(key) and pattern("goal_row").match(key) is not None)
    assert is_form_end(text) == (bool(key) and pattern("form_end").match(key) is not None)


def test_whole_words_only_for_an_entry_of_plain_words() -> None:
    """An entry written "^(a|b|…)$" of plain words gives its words; one with any other pattern gives None, so its
    callers run the pattern (a bracket, a repeat, a reference or no anchors)."""
    from jixiao.lexicon import whole_words

    goals = whole_words("goal_row")
    assert goals is not None and "年度目标" in goals and "年度" not in goals
    assert whole_words("total_row") is None and whole_words("template_note") is None


_GUARDED_PIECES = st.sampled_from(["2024", "年度", "年", ",", "该", "此", "本", "项", "项目", "指标", "该项", "情况",
                                   "支出", "绩效", "实施", "自评", "评价", "报告", "表", " ", "\n", "\u3000", "(",
                                   "（", ")", "）", "30", "分", "某某", '"', "“", "”", "下设", "中的", ":", "≥", "90",
                                   "%", "。", "二级指标", "٣"])


def _guarded_patterns() -> list[tuple[str, Callable[[str], object], Callable[[str], bool]]]:
    """Each pattern a line loop now asks only of a line holding the words (or ending) listed beside it: (where,
    the pattern's test, the guard)."""
    from jixiao.readers import flat_fused
    from jixiao.readers.extract import forms, outline, project_sections, prose_indicator_heads

    return [
        ("flat_fused template slot", flat_fused._SLOT.search, lambda t: "指标" in t),
        ("outline 该指标", outline._OF_THE_ONE_ABOVE.match, lambda t: "指标" in t[:5]),
        ("outline weighted name", lambda t: outline._WEIGHTED_NAME.match(t.strip()),
         lambda t: t.strip().endswith(("分)", "分）"))),
        ("projects heading", project_sections._PROJECTS.search, lambda t: "情况" in t),
        ("该项目 sentence", project_sections._THIS_PROJECT.match, lambda t: "项目" in t[:10]),
        ("report title", forms._REPORT_TITLE.search, lambda t: t.rstrip().endswith(("报告", "表"))),
        ("value after a heading", lambda t: any(prose_indicator_heads._VALUE_AFTER.match(t, k) for k in range(len(t))),
         lambda t: ":" in t),
        ("quoted level", prose_indicator_heads._QUOTED_LEVEL.match, lambda t: '"' in t or "“" in t),
    ]


@given(st.lists(_GUARDED_PIECES, max_size=10).map("".join))
@settings(max_examples=500, deadline=None)
def test_a_line_without_a_guards_words_never_matches_its_pattern(text: str) -> None:
    for where, found, guard in _guarded_patterns():
        assert guard(text) or not found(text), where


def test_guarded_patterns_still_match_where_their_words_are() -> None:
    """The guards let through what their patterns read (invented lines)."""
    from jixiao.readers.extract import forms, outline

    assert forms._report_title("某某县文化馆2023年度项目支出绩效自评报告 ")
    assert not forms._report_title("本报告由某某中心编写。")
    assert outline._weighted_name("图书外借人次（25分）")
    assert not outline._weighted_name("图书外借人次（25分），得25分。")
    guards = {where: (found, guard) for where, found, guard in _guarded_patterns()}
    for where, line in [("该项目 sentence", "2023年度,该项目完成投资"), ("projects heading", "重点项目实施情况"),
                        ("value after a heading", "服务对象满意度:≥90%"),
                        ("quoted level", '“质量指标”下设“验收合格率”'),
                        ("flat_fused template slot", "数量指标指标1 免费发放良种")]:
        found, guard = guards[where]
        assert guard(line) and found(line), where


_TITLE_PIECES = st.sampled_from(["2023", "1999", "年", "年度", "自评表", "评价", "表", "评分表", "某局", " ", "\n", "-",
                                 "“", "》", "（", "）", "12"])


@given(st.lists(_TITLE_PIECES, max_size=6).map("".join))
@settings(max_examples=400, deadline=None)
def test_an_other_years_title_is_found_as_by_the_one_pattern_it_was(text: str) -> None:
    """The form's title words searched for, a year alone matched at the start: as the pattern of both did."""
    import re

    from jixiao.readers.extract import other_year_forms as forms

    one = re.compile(r"自评表|评价表|评分表|^\W*(?:19|20)\d{2}\s*年度?\W*$")
    assert bool(forms._TITLE_WORDS.search(text) or forms._YEAR_ALONE.match(text)) == bool(one.search(text))


def test_numbered_goals_are_looked_for_only_on_a_line_naming_two_indicators(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line with fewer than two 指标 holds fewer than two "指标N:" marks: its marks are not searched for. A line
    numbering its items is still read."""
    from jixiao.readers.extract import prose_goal_lists
    from jixiao.readers.extract.outline import Line, Outline

    text, other = "绩效指标共设置2个,指标1:巡检次数12次;指标2:设备完好率95%", "本站年度绩效指标完成良好。"
    listed = Line(1, text, text, "第2段")
    outline = Outline([Line(0, other, other, "第1段"), listed], [])
    names = [d.name for d in prose_goal_lists._numbered_items(outline)]
    assert names == ["巡检次数", "设备完好率"]

    class Counted:
        def __init__(self) -> None:
            self.texts: list[str] = []

        def finditer(self, text: str) -> object:
            self.texts.append(text)
            return iter(())

    counted = Counted()
    monkeypatch.setattr(prose_goal_lists, "_NUMBER", counted)
    prose_goal_lists._numbered_items(outline)
    assert counted.texts == [listed.norm]


_NAME_END_PIECES = st.sampled_from(["(", "（", "分值", "权重", "满分", "标准分", ":", "为", "10", "0.5", " ", "  ",
                                    "\t", "\n", "指标", "指", "扣", "除", "减", "去", "。", ",", ";", "年度", "全年",
                                    "目标值", "目标", "完成值", "实际完成值", "某某率", "分"])


@given(st.lists(_NAME_END_PIECES, max_size=10).map("".join))
@settings(max_examples=800, deadline=None)
def test_a_names_end_is_found_where_the_pattern_of_its_alternatives_finds_it(text: str) -> None:
    """The name's end opening on the set of its alternatives' first characters: the same match as the alternatives
    written one after the other (the pattern as it was)."""
    import re

    from jixiao.readers.extract.bracketed_heads import VALUE_BRACKET
    from jixiao.readers.extract.prose_indicator_heads import _NAME_END

    plain = re.compile(r"\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d|[:。,;]|\s{2,}|(?:指标)?扣\s*(?:除|减|去)?\s*\d|"
                       + VALUE_BRACKET)
    found, expected = _NAME_END.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())
