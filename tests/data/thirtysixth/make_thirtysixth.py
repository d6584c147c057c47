"""Write the thirty-sixth set: 8 项目支出绩效自评报告 of project kinds no earlier set has (a school's 维修改造 with
its 工程进度 and 结算 story, a 政府购买服务 contract, 补助 paid to persons in 人次 / 元/人, an 信息化 platform, a
cadre-training fund, a 专项债券 project over several years, a 人大会议 fund, a 危房改造 subsidy per 户), written by
another hand: the 自评表 with units in their own column, 权重 in %, an extra 评分标准 column, 偏差原因 split into 原因
and 改进措施; several funds (中央 / 省级 / 市级 / 县级) each with its own 执行率; 年度目标 / 实际完成 as numbered lists;
indicators told in prose per 一级 with their points; the score told as 扣X分 from 100; a unit named only in the
sign-off. Two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtysixth/make_thirtysixth.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyninth", "twentyfifth", "twentieth", "eighteenth"),
                               ("thirtysixth_reports:REPORTS",)))
