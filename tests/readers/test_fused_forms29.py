"""An indicator form whose cells a document site ran together with no separator (docs/reader-corpora/fused-forms-29.md),
rebuilt from an invented snippet of the same shape (invented hospital, indicators and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import indicator_rows
from page_reading import read_page as _read

from jixiao.readers.fused_forms import fused_form_lines, fused_form_table

# the site's page chunks "1、" / "2、" cut the form inside a name; weight and score fused ("55", "1010", "108",
# "2016"); a 一级 word scrambled ("出标产指"); deviation notes glued after the figures
_PAGE = (
    "青石镇卫生院整体支出绩效自评表.docx\n"
    "1、青石镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县青石镇卫生院下属单位个数0"
    "分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标20"
    "预算编审管理编制准确率100%100%55政府采购管理采购执行率100%按规定执行55资产管理资产完好率≥90%95%1010"
    "出标产指30数量指标任务1:疫苗接种人次增加增210人次1010任务2:慢病随访率90%以上92%1010质量指标任务1:"
    "处方合格率按规定执行108部分处方书写不规范效果指标20社会效益指标居民建档率、\n"
    "2、老年人体检率建档率提高2%体检率提高3%建档率提高2%体检率提高1%2016个别老人外出务工满意度指标\n"
)


def test_the_form_goes_on_a_line_of_its_own_its_page_chunks_joined_back() -> None:
    lines = fused_form_lines(_PAGE).splitlines()
    assert lines[1].endswith("下属单位个数0")
    assert lines[2].startswith("分解目标自评权重") and "居民建档率、老年人体检率" in lines[2]
    assert len(lines) == 3


def test_rows_end_at_their_fused_weight_and_score_the_block_weights_adding_up() -> None:
    table = fused_form_table(fused_form_lines(_PAGE).splitlines()[2], "第3行")
    assert table is not None
    assert table.rows[0] == ["一级指标", "分值", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                             "偏差原因分析及改进措施"]
    assert table.rows[1:] == [
        ["管理指标", "20", "预算编审管理", "编制准确率", "100%", "100%", "5", "5", ""],
        ["管理指标", "20", "政府采购管理", "采购执行率", "100%", "按规定执行", "5", "5", ""],
        ["管理指标", "20", "资产管理", "资产完好率", "≥90%", "95%", "10", "10", ""],
        # "增加增210人次": target and actual cannot be told apart, so neither is kept
        ["产出指标", "30", "数量指标", "疫苗接种人次", "", "", "10", "10", ""],
        ["产出指标", "30", "数量指标", "慢病随访率", "90%以上", "92%", "10", "10", ""],
        ["产出指标", "30", "质量指标", "处方合格率", "按规定执行", "", "10", "8", "部分处方书写不规范"],
        ["效果指标", "20", "社会效益指标", "居民建档率、老年人体检率", "建档率提高2%体检率提高3%",
         "建档率提高2%体检率提高1%", "20", "16", "个别老人外出务工"],
    ]
    assert table.guessed == {(r, c) for r, row in enumerate(table.rows) for c, cell in enumerate(row) if r and cell}


def test_the_form_reads_as_indicators_and_block_weights_every_one_guessed_no_false_error() -> None:
    evaluation = _read(_PAGE)
    rows = indicator_rows(evaluation, "name", "level1", "level2", "weight", "stated_score")
    assert rows[0] == ("编制准确率", "管理指标", "预算编审管理", Decimal(5), Decimal(5))
    assert rows[5] == ("处方合格率", "产出指标", "质量指标", Decimal(10), Decimal(8))
    assert len(rows) == 7
    assert evaluation.stated_block_weights == {"管理指标": 20, "产出指标": 30, "效果指标": 20}
    assert evaluation.indicators[2].target is not None and evaluation.indicators[2].target.value == 90
    assert all(source.guessed for path, source in evaluation.provenance.items() if path.startswith("indicators["))
    assert not _errors(evaluation)


def test_a_block_whose_pairs_do_not_add_up_gives_no_row() -> None:
    # 管理指标20 over rows worth 5 and 5: no choice of pairs makes 20, so the block is left unread
    line = ("分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析"
            "管理指标20预算编审管理编制准确率100%100%55政府采购管理采购执行率100%100%55"
            "产出指标10数量指标接种人次200人次210人次55随访率90%92%54")
    table = fused_form_table(line, "第1行")
    assert table is not None
    assert [row[3] for row in table.rows[1:]] == ["接种人次", "随访率"]
    assert table.rows[1][4:8] == ["200人次", "210人次", "5", "5"]
    assert table.rows[2][4:8] == ["90%", "92%", "5", "4"]


def test_ordinary_text_is_left_alone() -> None:
    text = "一、基本情况\n二级指标三级指标见附表。\n"
    assert fused_form_lines(text) is text or fused_form_lines(text) == text
    assert fused_form_table("二级指标三级指标见附表。", "第2行") is None


# a form with no block weight column (一级 words alone), its 总分 row's full mark and total fused ("10098")
_UNWEIGHTED = ("某县柳河乡卫生院2023年度整体支出绩效自评表\n"
               "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标培训人次≥300人次"
               "320人次2020质量指标培训合格率≥95%97%3030效益指标社会效益指标群众知晓率≥90%88%3028宣传不足满意度指标"
               "服务对象满意度指标群众满意度≥90%95%2020总分10098优\n")


def test_a_form_without_block_weights_its_total_row_split_at_the_full_mark() -> None:
    evaluation = _read(_UNWEIGHTED)
    rows = indicator_rows(evaluation, "name", "level1", "level2", "weight", "stated_score")
    assert rows == [
        ("培训人次", "产出指标", "数量指标", Decimal(20), Decimal(20)),
        ("培训合格率", "产出指标", "质量指标", Decimal(30), Decimal(30)),
        ("群众知晓率", "效益指标", "社会效益指标", Decimal(30), Decimal(28)),
        ("群众满意度", "满意度指标", "服务对象满意度指标", Decimal(20), Decimal(20)),
    ]
    assert evaluation.stated_total == Decimal(98)
    assert evaluation.indicators[2].deviation_note == "宣传不足"
    assert not _errors(evaluation)


def test_half_point_weights_split_as_the_block_sum_allows() -> None:
    line = ("分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标10预算编审管理编制准确率"
            "100%100%2.52.5政府采购管理采购执行率100%98%7.57产出指标20数量指标培训人次≥300人次320人次2020")
    table = fused_form_table(line, "第1行")
    assert table is not None
    assert [row[6:8] for row in table.rows[1:]] == [["2.5", "2.5"], ["7.5", "7"], ["20", "20"]]
