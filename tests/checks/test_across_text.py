"""Checks across reports, between units: TEXT_COPIED (a section near-identical to another unit's),
pairwise for small batches and through MinHash LSH for large ones, with the same result."""

from __future__ import annotations

import random

import pytest

from jixiao.across import batch_findings, copied, record_of
from jixiao.model import Evaluation

PROBLEMS = ("单位工作人员对预算绩效管理的认识不深，个别指标权重设置不合理，导致预算管理与绩效管理脱节，"
            "预算管理精细化不够，绩效管理效果有待提高；部分项目前期论证不充分，绩效目标设置不够细化量化，"
            "绩效运行监控流于形式，评价结果应用不充分。")
# Characters to build unrelated texts of the same vocabulary (budget-performance prose).
VOCABULARY = ("预算绩效管理项目资金单位工作目标指标评价监控执行支出制度"
              "加强完善提高规范落实推进开展部门财政年度情况问题措施")


def unit_report(example: Evaluation, unit: str, problems: str, year: int = 2024) -> Evaluation:
    evaluation = example.model_copy(deep=True)
    evaluation.unit.name = unit
    evaluation.year = year
    evaluation.sections.problems = problems
    evaluation.sections.measures = None
    evaluation.sections.experience = None
    return evaluation


def copied_findings(evaluations: list[Evaluation]):
    records = [record_of(e, None, key=f"{e.unit.name}-{e.year}") for e in evaluations]
    return sorted((key, f.message) for key, f in batch_findings(records) if f.code == "TEXT_COPIED")


def test_identical_section_in_two_units_flags_both(example):
    found = copied_findings([unit_report(example, "甲县财政局", PROBLEMS), unit_report(example, "乙县教育局", PROBLEMS),
                             unit_report(example, "丙县民政局", "本年度未发现重大问题，" + PROBLEMS[::-1])])
    assert found == [
        ("乙县教育局-2024", "“存在的问题”与甲县财政局（2024年）报告的同一部分 100% 相同，请结合本单位实际撰写"),
        ("甲县财政局-2024", "“存在的问题”与乙县教育局（2024年）报告的同一部分 100% 相同，请结合本单位实际撰写"),
    ]


def test_near_identical_section_names_the_similarity_and_the_other_units(example):
    edited = PROBLEMS.replace("认识不深", "认识不足").replace("流于形式", "不够到位")
    found = copied_findings([unit_report(example, "甲县财政局", PROBLEMS), unit_report(example, "乙县教育局", edited),
                             unit_report(example, "丙县民政局", PROBLEMS)])
    messages = dict(found)
    assert messages["乙县教育局-2024"].startswith("“存在的问题”与甲县财政局（2024年）报告的同一部分 9")
    assert "另有 1 个单位的报告与此相同或相近" in messages["乙县教育局-2024"]
    assert messages["甲县财政局-2024"].startswith("“存在的问题”与丙县民政局（2024年）报告的同一部分 100% 相同")


def test_same_unit_other_year_and_short_text_are_not_copying(example):
    assert copied_findings([unit_report(example, "甲县财政局", PROBLEMS, 2023),
                            unit_report(example, "甲县财政局", PROBLEMS, 2024)]) == []
    short = "绩效目标设置不够细化，监控不到位。"
    assert copied_findings([unit_report(example, "甲县财政局", short), unit_report(example, "乙县教育局", short)]) == []


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(VOCABULARY) for _ in range(rng.randint(90, 200))) for _ in range(count)]


def _edit(text: str, rng: random.Random, share: float) -> str:
    chars = list(text)
    for i in rng.sample(range(len(chars)), int(len(chars) * share)):
        chars[i] = rng.choice(VOCABULARY)
    return "".join(chars)


def test_minhash_index_finds_what_pairwise_comparison_finds(example, monkeypatch):
    rng = random.Random(7)
    texts = _texts(60, seed=3)
    texts += [_edit(t, rng, 0.03) for t in texts[:10]]  # ten light copies (≈97% similar)
    texts += [_edit(t, rng, 0.4) for t in texts[10:20]]  # ten heavy rewrites (not copies)
    evaluations = [unit_report(example, f"第{i}号单位", t) for i, t in enumerate(texts)]
    pairwise = copied_findings(evaluations)
    assert len(pairwise) == 20
    monkeypatch.setattr(copied, "PAIRWISE_LIMIT", 5)  # force the LSH path
    assert copied_findings(evaluations) == pairwise


@pytest.mark.parametrize("units", [1, 3])
def test_one_finding_per_section_however_many_copies(example, units):
    evaluations = [unit_report(example, f"第{i % units}号单位", PROBLEMS, 2020 + i) for i in range(6)]
    found = copied_findings(evaluations)
    assert len(found) == (0 if units == 1 else 6)
    if units == 3:
        assert all("另有 1 个单位的报告与此相同或相近" in message for _, message in found)
