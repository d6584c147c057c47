from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.model import Grade, Kind, Target
from jixiao.modelio import dump_json, dump_yaml, load_evaluation, parse_evaluation_text, save_evaluation


def test_example_facts(example_path: Path) -> None:
    ev = load_evaluation(example_path)
    assert ev.kind is Kind.WHOLE_UNIT and ev.year == 2024
    assert ev.unit.staff_total == 131 and sum(p.count for p in ev.unit.staff_parts) == 131
    assert ev.budget.executed == Decimal("7693.91")
    assert [i.weight for i in ev.indicators] == [Decimal(w) for w in (5, 5, 15, 15, 5, 20, 10, 5, 10, 5, 5)]
    assert ev.stated_total == Decimal("93.19") and ev.stated_grade is Grade.EXCELLENT
    assert all(i.target is None for i in ev.indicators)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_round_trip_is_lossless(example_path: Path, tmp_path: Path, suffix: str) -> None:
    ev = load_evaluation(example_path)
    out = tmp_path / f"copy{suffix}"
    save_evaluation(ev, out)
    again = load_evaluation(out)
    assert again == ev
    assert again.budget.initial is not None and str(again.budget.initial) == "5504.00"


def test_dumps_keep_decimals_exact(example_path: Path) -> None:
    ev = load_evaluation(example_path)
    assert "7693.91" in dump_yaml(ev)
    assert '"7693.91"' in dump_json(ev)


def test_a_value_used_twice_is_written_twice_not_as_an_alias(example_path: Path) -> None:
    ev = load_evaluation(example_path)
    rate = Decimal("97.5")  # a reader puts one read value in two places (the rate and its indicator's actual)
    first = ev.indicators[0]
    assert first.actual is not None
    shared = ev.model_copy(update={
        "budget": ev.budget.model_copy(update={"stated_execution_rate": rate}),
        "indicators": [first.model_copy(update={"actual": first.actual.model_copy(update={"value": rate})}),
                       *ev.indicators[1:]],
    })
    text = dump_yaml(shared)
    assert "&id" not in text and "*id" not in text
    assert text.count("97.5") >= 2 and parse_evaluation_text(text, "yaml", "x.yaml") == shared


def test_a_target_is_written_with_its_default_comparator(example_path: Path) -> None:
    """A numeric target read as "≥600人" is written with its ≥ (before, the default was left out and the file said
    ``value: 600`` alone); a qualitative target gets none, and the file still loads back the same."""
    ev = load_evaluation(example_path)
    first, second = ev.indicators[0], ev.indicators[1]
    marked = ev.model_copy(update={"indicators": [
        first.model_copy(update={"target": Target(value=Decimal("600"), unit="人")}),
        second.model_copy(update={"target": Target(text="按期完成")}), *ev.indicators[2:]]})
    text = dump_yaml(marked)
    assert "comparator: ≥\n    value: 600" in text
    assert text.count("comparator:") == 1
    assert '"comparator": "≥"' in dump_json(marked)
    assert parse_evaluation_text(text, "yaml", "x.yaml") == marked
    assert parse_evaluation_text(dump_json(marked), "json", "x.json") == marked


def _bad(text: str) -> str:
    with pytest.raises(InputError) as info:
        parse_evaluation_text(text, "yaml", "bad.yaml")
    return str(info.value)


def test_message_negative_weight() -> None:
    msg = _bad("year: 2024\nindicators:\n- {name: a, weight: 5}\n- {name: b, weight: 5}\n"
               "- {name: c, weight: 5}\n- {name: d, weight: -5}\n")
    assert msg == 'bad.yaml：indicators[3].weight：分值必须是非负数（收到 "-5"）'


def test_message_missing_required_field() -> None:
    assert _bad("year: 2024\nindicators: [{weight: 5}]\n") == "bad.yaml：indicators[0].name：缺少必填项"


def test_an_evaluation_may_state_no_year() -> None:
    """A report that states no year is read with a warning; its evaluation file loads back."""
    assert parse_evaluation_text("kind: 整体支出\n", "yaml", "draft.yaml").year is None


def test_message_not_a_number() -> None:
    assert _bad("year: 2024\nbudget: {executed: 很多}\n") == 'bad.yaml：budget.executed：必须是数字（收到 "很多"）'


def test_message_unknown_kind() -> None:
    assert "kind：只能是" in _bad("year: 2024\nkind: 其他\n")


def test_message_unknown_field() -> None:
    assert _bad("year: 2024\nscore: 5\n") == 'bad.yaml：score：不是可识别的字段（收到 "5"）'


def test_message_yaml_syntax() -> None:
    assert _bad("year: [2024\n").startswith("bad.yaml：第 2 行 YAML 格式错误")


def test_message_not_a_mapping() -> None:
    assert "必须是一个键值表" in _bad("- 1\n- 2\n")


def test_grade_synonyms() -> None:
    ev = parse_evaluation_text("year: 2024\nstated_grade: 优秀\n", "yaml")
    assert ev.stated_grade is Grade.EXCELLENT


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件不存在"):
        load_evaluation(tmp_path / "none.yaml")
