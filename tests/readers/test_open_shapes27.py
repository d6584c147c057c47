"""Shapes earlier probes left open (docs/reader-corpora/open-shapes-27.md), each rebuilt from an invented snippet
of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page as _read


def _rows(text: str) -> list[tuple[str | None, ...]]:
    return [(i.name, i.level1, i.level2, str(i.weight), str(i.stated_score)) for i in _read(text).indicators]


# A spreadsheet flattened in the order of each cell's height: the money rows' labels before their header, the
# indicator rows' figures before or after their names, names cut at the cell's width.
_MONEY = ("某县项目支出绩效自评表 (2022年度) 项目名称 乡村道路养护补助资金 主管部门 某县交通运输局 "
          "项目资金 年初预算数 (万元) "
          "年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 120 114 10 95% 9.5 "
          "120 114 — 95% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 完成道路养护 完成了道路养护 ")
_ROWS = ("年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:养护道路里程 绩 效 指 标 某县公路养护中心 "
         "产出 指标 (50分 ) "
         "实际 指标值 完成值 300公里 分值 得分 偏差原因分析及改进措 施 290公里 20 18 部分路段雨季 延期施工 质量指标 "
         "指标1:养护路段验收合格 率 98% 98% 20 20 时效指标 指标1:养护任务按期完成 率 100% 100% 10 10 "
         "95% 96% 30 30 90% 92% 10 10 100 97.5 效益指 标(30 分) 年度 社会效益 指标1:出行道路条件改善 度 "
         "满意度 指标 服务对象满 指标1:群众满意度 (10分 意度指标 ) 总分")


def test_a_form_flattened_by_height_pairs_names_and_figures_in_order_all_guessed() -> None:
    evaluation = _read(_MONEY + _ROWS)
    assert _rows(_MONEY + _ROWS)[1:] == [
        ("养护道路里程", "产出指标", "数量指标", "20", "18"),
        ("养护路段验收合格率", "产出指标", "质量指标", "20", "20"),
        ("养护任务按期完成率", "产出指标", "时效指标", "10", "10"),
        ("出行道路条件改善度", "效益指标", "社会效益", "30", "30"),
        ("群众满意度", "满意度指标", None, "10", "10"),
    ]
    assert evaluation.indicators[1].target is not None and evaluation.indicators[1].target.value == Decimal(300)
    assert evaluation.indicators[1].actual is not None and evaluation.indicators[1].actual.value == Decimal(290)
    assert evaluation.indicators[1].deviation_note == "部分路段雨季延期施工"
    assert evaluation.stated_total == Decimal("97.5")
    assert evaluation.provenance["indicators[1].weight"].guessed
    assert evaluation.provenance["stated_total"].guessed
    assert not _errors(evaluation)


def test_money_rows_whose_labels_wait_before_the_header_take_the_runs_in_order() -> None:
    evaluation = _read(_MONEY + _ROWS)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal(120), Decimal(114))
    assert evaluation.budget.stated_execution_rate == Decimal(95)
    assert _rows(_MONEY + _ROWS)[0] == ("预算执行率", None, None, "10", "9.5")


def test_figures_that_do_not_come_four_a_name_stay_text() -> None:
    short = _ROWS.replace(" 95% 96% 30 30", " 96% 30 30")  # a target cell empty: which row lost it is unknown
    assert _rows(_MONEY + short)[1:] == []


def test_block_weights_the_rows_cannot_sum_to_leave_the_rows_as_text() -> None:
    doubtful = _ROWS.replace("(50分 )", "(60分 )")
    assert _rows(_MONEY + doubtful)[1:] == []


def test_a_score_above_its_weight_leaves_the_rows_as_text() -> None:
    assert _rows(_MONEY + _ROWS.replace("90% 92% 10 10", "90% 92% 10 12"))[1:] == []


def test_names_are_joined_only_when_cut_at_the_widest_name() -> None:
    # every name of its own length: none was cut, so the word after one is not its tail
    rows = _ROWS.replace("养护路段验收合格 率", "验收合格率 优良").replace("养护任务按期完成 率", "按期完成率 保质") \
        .replace("出行道路条件改善 度", "出行改善 便利")
    names = ["养护道路里程", "验收合格率", "按期完成率", "出行改善", "群众满意度"]
    assert [r[0] for r in _rows(_MONEY + rows)[1:]] == names


def test_money_labels_that_do_not_fit_the_run_leave_the_money_rows_unread() -> None:
    # three labels waiting, two rows of figures: which label has no row is not known
    three = _MONEY.replace("其中:当年财政拨款 实施单位", "其中:当年财政拨款 上年结转资金 实施单位")
    assert _read(three + _ROWS).budget.adjusted is None


# A viewer's run of a Word form whose 参考分值 header cell came out with its characters out of order.
_SCRAMBLED = ("1、某市本级部门项目支出绩效自评表(2022年)项目名称小学运转经费主管部门某市教育局"
              "实施单位某市第三小学自评得分96"
              "项目资金(万元)年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)52.452.452.4100%"
              "年度总体目标完成情况保障学校正常运转一级指标二级指标三级指标考值参分指标值(A)全年实际值(B)得分"
              "未完成原因分析及改进措施项目产出(30分)数量指标(10分)在校学生人数101850人1850人10"
              "质量指标(10分)经费使用合规率10100%100%10成本指标(10分)水电费支出612万元12万元6项目效益(30分)")


def test_a_header_word_with_its_characters_out_of_order_is_read_back_guessed() -> None:
    evaluation = _read(_SCRAMBLED)
    assert [(i.name, str(i.weight), i.target.value if i.target else None) for i in evaluation.indicators] == [
        ("在校学生人数", "10", Decimal(1850)), ("经费使用合规率", "10", Decimal(100)), ("水电费支出", "6", Decimal(12))]
    assert evaluation.provenance["indicators[0].weight"].guessed


def test_a_scrambled_word_is_read_back_only_beside_the_form_s_words() -> None:
    from jixiao.readers.ocr_words import read_back_words

    # the same characters in a name, with no header word beside them, stay as written
    line = "项目名称某某考值参分课题主管部门某市教育局实施单位某某中心"
    assert read_back_words(line) == line


def _bar_cells(cells: list[str]) -> str:
    """A web table copied one cell a line, each cell ending in its rule ("" for an empty cell, "||" a row's end)."""
    return "\n".join(cell if cell == "||" else f"{cell} |".lstrip() for cell in cells) + "\n"


_SCORE_SHEET = ["一级 指标", "二级 指标", "三级 指标", "自评分", "具体指标", "评价标准", "得分",
                "项 目 决 策 (20分)", "决策 过程 (10分)", "决策 依据 (5分)", "5", "项目依据相关规划;部门年度计划",
                "符合规划(3分) 符合计划(2分)", "", "决策 程序 (5分)", "5", "申报程序规范;批复手续完备",
                "程序规范(5分)", "", "||",
                "资金 分配 (10分)", "分配 办法 (4分)", "4", "制定了资金管理办法", "有办法(2分) 办法健全(2分)", "", "",
                "分配 结果 (6分)", "5", "分配结果公平合理", "公平(3分) 合理(3分)", "", "||",
                "项 目 管 理 (20分)", "资金 管理 (20分)", "资金 使用 (12分)", "12", "支出依据合规;无截留挪用",
                "虚列扣4分 挪用扣6分", "", "", "财务 管理 (8分)", "7", "财务制度健全;核算规范"]


def test_a_second_name_column_is_a_text_column_so_a_row_cut_by_the_page_end_keeps_its_cells() -> None:
    # 三级指标 | 自评分 | 具体指标 | 评价标准 | 得分: 具体指标 (a name heading too) holds the indicator's particulars
    text = "某某调查2022年预算绩效自评\n2022年项目支出绩效自评指标计分表\n" + _bar_cells([*_SCORE_SHEET, "财务"])
    rows = _rows(text)
    assert rows[-2:] == [("资金使用", "项目管理", "资金管理", "12", "12"),
                         ("财务管理", "项目管理", "资金管理", "8", "7")]
    assert len(rows) == 6


_CUT = ("某县2022年度生猪养殖项目绩效自评表\n\n一级指标\n\n二级指标\n\n三级指标\n\n年初目标值(A)\n\n"
        "实际完成值(B)\n\n得分\n\n"
        "产出指标(20分)\n\n数量指标\n\n猪舍面积(≥平方米)\n\n120\n\n120\n\n6\n\n饲料仓库(≥平方米)\n\n40\n\n40\n\n5\n\n"
        "消毒设备(≥台)\n\n2\n\n2\n\n4\n\n种猪(≥头)\n\n30\n\n30\n")


def test_a_last_row_whose_score_would_pass_its_block_weight_is_read_as_cut_by_the_page_end() -> None:
    evaluation = _read(_CUT)
    last = evaluation.indicators[-1]
    assert last.name == "种猪(≥头)" and last.stated_score is None
    assert last.target is not None and last.target.value == Decimal(30)
    assert last.actual is not None and last.actual.value == Decimal(30)
    assert evaluation.provenance[f"indicators[{len(evaluation.indicators) - 1}].target"].guessed


def test_a_short_last_row_the_form_cannot_settle_is_read_as_before_its_disputed_cells_guessed() -> None:
    # a block of 50 points: 30 may be the score of a row with no target, or the actual of a row cut short
    evaluation = _read(_CUT.replace("(20分)", "(50分)"))
    last, at = evaluation.indicators[-1], len(evaluation.indicators) - 1
    assert last.name == "种猪(≥头)" and last.stated_score == Decimal(30) and last.target is None
    assert evaluation.provenance[f"indicators[{at}].stated_score"].guessed
    assert not evaluation.provenance[f"indicators[{at}].name"].guessed


def test_a_short_row_followed_by_more_text_is_a_row_with_an_empty_cell() -> None:
    last = _read(_CUT.replace("(20分)", "(50分)") + "\n说明:以上为自评结果。\n").indicators[-1]
    assert last.name == "种猪(≥头)" and last.stated_score == Decimal(30) and last.target is None


def test_qualitative_targets_count_as_the_row_s_cells() -> None:
    worded = _ROWS.replace("95% 96% 30 30", "显著 显著 30 30")
    rows = _rows(_MONEY + worded)[1:]
    assert rows[3] == ("出行道路条件改善度", "效益指标", "社会效益", "30", "30")
    assert _read(_MONEY + worded).indicators[4].target is not None


def test_money_rows_read_from_labels_waiting_before_the_header_are_guessed() -> None:
    # (the unit stated in the header: an amount is not guessed for its unit)
    evaluation = _read(_MONEY.replace("全年预算数 全年执行数", "全年预算数(万元) 全年执行数(万元)") + _ROWS)
    assert evaluation.budget.adjusted == Decimal(120)
    assert evaluation.provenance["budget.adjusted"].guessed
    assert evaluation.provenance["budget.executed"].guessed


def test_the_text_after_the_scattered_rows_is_still_read() -> None:
    evaluation = _read(_MONEY + _ROWS + " 评价等级 良")
    assert evaluation.stated_grade == "良" and len(evaluation.indicators) == 6


def test_part_of_a_longer_scrambled_cell_is_not_read_back_as_a_word() -> None:
    from jixiao.readers.ocr_words import read_back_words

    # "年成值全完" holds the characters of 全年完成值, but another 值 follows: the cell is longer than the word, and
    # reading it back would leave "全年完成值值", a header no column matches
    line = "指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数指标权重指标得分是否核心指标"
    assert "全年完成值值" not in read_back_words(line)
    assert read_back_words("三级指标考值参分全年实际值得分") == "三级指标参考分值全年实际值得分"
