"""Checks across reports, beyond duplicates: year over year for one unit and copied text between
units. Registered here (code, severity, title, reason, thresholds) so that every code is known with
the per-report checks; their functions take several reports and live in :mod:`jixiao.across`.
"""

from __future__ import annotations

from jixiao.checks.finding import Severity
from jixiao.checks.registry import batch_check

SIMILAR_PERCENT = 90  # TEXT_REPEATED / TEXT_COPIED: normalised Indel similarity (rapidfuzz ratio), in %
MIN_REPEATED_CHARS = 30  # TEXT_REPEATED: shorter sections (a sentence of boilerplate) are not compared
MIN_COPIED_CHARS = 80  # TEXT_COPIED: shorter sections are mostly common official phrasing, not copying
_SECTIONS = "绩效自评工作情况、主要经验及做法、存在的问题、改进措施，以及同名的其他部分"

TARGET_BELOW_LAST_ACTUAL = batch_check(
    "TARGET_BELOW_LAST_ACTUAL", Severity.WARNING, "年度指标值低于上年实际完成值",
    "年度指标值应参考上年实际完成情况设定：正向指标（≥、>）的目标低于上年实际完成值，或反向指标（≤、<）的目标"
    "高于上年实际完成值，即目标设置偏低。只比较同一单位相邻两个年度、名称相同且计量单位相同的指标。")
TARGET_UNCHANGED = batch_check(
    "TARGET_UNCHANGED", Severity.WARNING, "年度指标值连续三年未调整",
    "同一单位同一指标的年度指标值（比较符、数值和计量单位）连续三个年度完全相同，未随完成情况调整；"
    "已到上限、无法再提高的目标（≥100% 的比率、≤0 的次数）不在此列。")
TEXT_REPEATED = batch_check(
    "TEXT_REPEATED", Severity.WARNING, "报告内容与上年基本相同",
    f"同一单位相邻两个年度报告的同一叙述部分（{_SECTIONS}）去除空白后相似度不低于 {SIMILAR_PERCENT}%"
    f"（按编辑距离计算，rapidfuzz），即照搬上年内容；不足 {MIN_REPEATED_CHARS} 个字的部分不比较。")
TEXT_COPIED = batch_check(
    "TEXT_COPIED", Severity.WARNING, "报告内容与其他单位基本相同",
    f"一份报告的叙述部分与同一批中另一单位报告的同一部分（{_SECTIONS}）去除空白后相似度不低于 "
    f"{SIMILAR_PERCENT}%（rapidfuzz；报告多时先以 MinHash 签名（datasketch）分段比对找出候选，再逐对计算），"
    f"即套用其他单位的文字；不足 {MIN_COPIED_CHARS} 个字的部分多为通用表述，不比较。")
