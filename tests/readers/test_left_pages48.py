"""The real pages left at stop 39 and the conventions they settle (docs/reader-corpora/left-pages-48.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a transfer's self-evaluation under a portal's metadata rows (each label on a line of its own, its value on the
# next), the fund named only in the sentence under the outline's first heading, a programme's transfer
_PORTAL_ROWS = ["某县人民政府", "搜索", "您当前的位置: 首页>政务公开>预算/决算",
                *[row for label, value in (("索引号", "11500000000/2024-00001"), ("发文字号", ""),
                                           ("主题分类", "财政、金融、审计"), ("体裁分类", "财政预算、决算"),
                                           ("发布机构", "某县某镇"), ("有效性", "有效"),
                                           ("成文日期", "2024-05-20"), ("发布日期", "2024-05-20"))
                  for row in (f"[ {label} ]", value) if row],
                "", "某县某镇人民政府转移支付2023年度绩效自评报告", "字号:", "分享:",
                "某县某镇人民政府转移支付2023年度绩效自评报告"]
_HANDED_DOWN = "\n".join([
    *_PORTAL_ROWS,
    "一、绩效目标分解下达情况",
    "2023年某镇收到中央、市级下达水利设施改造转移支付预算共计80万元,主要用于某村灌溉渠修复。",
    "(一)资金下达预算及项目情况。",
]) + "\n"


def test_a_transfer_named_by_the_sum_handed_down_under_a_portals_rows() -> None:
    """The fund handed down as a total ("下达某某转移支付预算共计A万元") was not named: a name ending in 转移支付
    was refused and the sentence stood past the opening lines looked at (the portal's rows take twenty). A
    programme's transfer is named now (guessed), looked for in the lines right under the outline's first heading."""
    read = _read(_HANDED_DOWN)
    assert read.project is not None and read.project.name == "水利设施改造转移支付"
    assert read.budget.adjusted == Decimal("80")


def test_a_class_of_transfer_is_no_fund() -> None:
    """"下达专项转移支付预算共计…" names a class of transfer, no fund: no name is read from it."""
    read = _read(_HANDED_DOWN.replace("水利设施改造转移支付", "专项转移支付"))
    assert read.project is None or read.project.name != "专项转移支付"
