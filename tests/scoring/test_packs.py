from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.model import Grade
from jixiao.scoring import RULE_TYPES, list_packs, load_pack
from jixiao.scoring.packs import PACKS_DIR


def test_shipped_packs() -> None:
    assert list_packs() == ["central-2020", "chongqing-whole-unit"]
    default = load_pack(None)
    assert default.id == "central-2020" and default.version
    assert load_pack("chongqing-whole-unit").rules["execution_rate"].params["method"] == "proportional"


def test_thresholds_and_bands_of_the_default() -> None:
    pack = load_pack(None)
    t = pack.thresholds
    assert (t.tolerance, t.large_adjustment_percent, t.low_execution_percent, t.over_achievement_percent) == (
        D("0.01"), D(20), D(90), D(130))
    assert (t.qualitative.achieved, t.qualitative.partial) == (D(80), D(50))
    assert [(b.grade, b.min) for b in pack.grade_bands] == [
        (Grade.EXCELLENT, D(90)), (Grade.GOOD, D(80)), (Grade.FAIR, D(60)), (Grade.POOR, D(0))]
    assert "unverified" in pack.grade_source and "财预〔2020〕10号" in pack.grade_source
    assert pack.total_cap.enabled is False and len(pack.total_cap.bands) == 4


def test_every_rule_cites_a_source_and_uses_a_registered_type() -> None:
    for name in list_packs():
        for rule in load_pack(name).rules.values():
            assert rule.source and rule.title and rule.type in RULE_TYPES


def test_load_pack_by_path(tmp_path: Path) -> None:
    path = tmp_path / "copy.yaml"
    path.write_text((PACKS_DIR / "central-2020.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_pack(str(path)).id == "central-2020"


def test_loaded_packs_are_independent_copies() -> None:
    first = load_pack(None)
    first.total_cap.enabled = True
    assert load_pack(None).total_cap.enabled is False


def _broken(tmp_path: Path, old: str, new: str) -> str:
    text = (PACKS_DIR / "central-2020.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bad.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_pack(str(path))
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_malformed_unknown_rule_type(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "type: reverse_linear", "type: backwards")
    assert msg.startswith(f"规则包 {tmp_path / 'bad.yaml'}：rules.reverse_linear.type：未知的规则类型 \"backwards\"")


def test_malformed_default_names_missing_rule(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "  - rule: reverse\n", "  - rule: nowhere\n")
    assert msg.endswith("defaults[4].rule：规则包中没有名为 \"nowhere\" 的规则")


def test_malformed_rule_params(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "params: {points: 1, step: 5", "params: {points: 1, step: -5")
    assert msg.endswith("rules.satisfaction_step.params.step：必须大于 0（收到 \"-5\"）")


def test_malformed_regex(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "name_pattern: (预算|资金|支出)执行率", "name_pattern: (预算")
    assert "defaults[0].name_pattern：不是有效的正则表达式" in msg


def test_malformed_grade(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "{grade: 良, min: 80}", "{grade: 很好, min: 80}")
    assert "grade_bands[1].grade：只能是" in msg


def test_malformed_qualitative_bands(tmp_path: Path) -> None:
    msg = _broken(tmp_path, "qualitative: {achieved: 80, partial: 50}", "qualitative: {achieved: 50, partial: 80}")
    assert "thresholds.qualitative" in msg and "部分达成下限 < 达成下限" in msg


def test_malformed_yaml_and_missing_field(tmp_path: Path) -> None:
    assert "YAML 格式错误" in _broken(tmp_path, "id: central-2020", "id: [central")
    assert _broken(tmp_path, "id: central-2020\n", "").endswith("id：缺少必填项")


def test_unknown_pack_name_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="找不到名为 nonesuch 的规则包（可用：central-2020、chongqing-whole-unit"):
        load_pack("nonesuch")
    with pytest.raises(InputError, match="不存在"):
        load_pack(str(tmp_path / "none.yaml"))


def test_qualitative_short_form(tmp_path: Path) -> None:
    text = (PACKS_DIR / "central-2020.yaml").read_text(encoding="utf-8")
    path = tmp_path / "sichuan.yaml"
    path.write_text(text.replace("qualitative: {achieved: 80, partial: 50}", 'qualitative: "80/60"'), encoding="utf-8")
    assert load_pack(str(path)).thresholds.qualitative.partial == D(60)
