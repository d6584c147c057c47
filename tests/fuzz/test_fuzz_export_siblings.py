"""An XML export of many records of one tag (a system's flat export: "<行 …/>" a row, tens of thousands of rows) is
read in one pass: each record's head numbered among its siblings as before (行01, 行02 …; a lone one unnumbered),
the count of a tag's siblings taken once, not again for every sibling (quadratic: 200,000 rows took about two
minutes before). Invented tags and figures."""

from __future__ import annotations

from jixiao.readers.export_records import exported_pairs


def test_siblings_of_one_tag_are_numbered_and_a_lone_one_is_not() -> None:
    text = '<自评表><行 分值="10"/><行 分值="20"/><行 分值="30"/><合计 分值="60"/></自评表>'
    assert exported_pairs(text).splitlines() == [
        "【自评表】", "【行01】", "分值：10", "【行02】", "分值：20", "【行03】", "分值：30", "【合计】", "分值：60"]


def test_a_flat_export_of_many_rows_reads_in_one_pass() -> None:
    # (200,000 rows: about two minutes of counting before, far longer than this test runs now)
    rows = 200_000
    out = exported_pairs("<表>" + '<行 分值="1"/>' * rows + "</表>").splitlines()
    assert out[1] == "【行01】" and out[-2] == f"【行{rows:02d}】" and len(out) == 1 + 2 * rows
