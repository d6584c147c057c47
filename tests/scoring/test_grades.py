import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.model import Grade
from jixiao.numbers import round2
from jixiao.scoring import grade_for, load_pack


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        ("100", Grade.EXCELLENT), ("90", Grade.EXCELLENT), ("89.99", Grade.GOOD),
        ("80", Grade.GOOD), ("79.99", Grade.FAIR),
        ("60", Grade.FAIR), ("59.99", Grade.POOR), ("0", Grade.POOR),
        ("89.995", Grade.EXCELLENT),  # rounds half-up to 90.00 first
        ("89.994", Grade.GOOD),
    ],
)
def test_default_bands(total: str, grade: Grade) -> None:
    assert grade_for(D(total), load_pack(None)) is grade


def test_rounding_half_up() -> None:
    assert round2(D("0.005")) == D("0.01")
    assert round2(D("0.004")) == D("0.00")
    assert round2(D("89.995")) == D("90.00")
    assert load_pack(None).round(D("2.675")) == D("2.68")


def test_bands_are_data(tmp_path: Path) -> None:
    data = json.loads(load_pack(None).model_dump_json())
    data["grade_bands"] = [{"grade": "优", "min": 85}, {"grade": "良", "min": 75},
                           {"grade": "中", "min": 60}, {"grade": "差", "min": 0}]
    path = tmp_path / "old.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    old = load_pack(str(path))
    assert grade_for(D("86"), old) is Grade.EXCELLENT
    assert grade_for(D("84.99"), old) is Grade.GOOD
    assert grade_for(D("86"), load_pack(None)) is Grade.GOOD
