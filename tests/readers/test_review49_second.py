"""Stop 49's second review (docs/reader-corpora/review-49-second.md): what the first round's new readers did on odd
input, each as an invented snippet (invented units, indicators and figures, no page text). The long lines are sizes
the old patterns took minutes on; the tests assert what is read, never how fast."""

from __future__ import annotations

from jixiao.lexicon import is_page_furniture
from jixiao.readers.ini_pairs import ini_pairs
from jixiao.readers.tree_outlines import tree_outlines

_TREE = ("绩效指标\n"
         "├── 产出指标\n"
         "│   └── 数量指标\n"
         "│       └── 某某站点数｜指标值：≥12个｜完成值：13个｜分值：10｜得分：10\n"
         "└── 满意度指标\n"
         "    └── 服务对象满意度指标\n"
         "        └── 某某居民满意度｜指标值：≥90%｜完成值：94%｜分值：10｜得分：10\n")


def test_indented_line_beside_a_tree_is_left_as_it_is() -> None:
    """A layout text's line indented by a long run of spaces (a column set to the right) in a text with a tree or a
    dashed rule: no tree node, left as it stands (before, the steps of three and four spaces were tried in every
    split, without end on 100 spaces)."""
    indented = " " * 100 + "丁区某某中心  2024年3月"
    text = "说明--见附表\n" + indented + "\n"
    assert tree_outlines(text) == text
    out = tree_outlines(_TREE + indented + "\n")
    assert indented in out.splitlines()
    assert "三级指标：某某站点数" in out and "二级指标：服务对象满意度指标" in out


def test_long_bracketed_line_is_no_ini_section() -> None:
    """An INI export's section heads are lines of their own ("[基本信息]"); a long line that opens on "[" with no
    closing bracket is none, and the export's blank lines stay (before, the pattern tried every split of the line:
    quadratic on 10,000 characters, and its spaces ran over line ends, taking a blank line into the head)."""
    opened = "[" + "某" * 20_000 + "\n"
    assert ini_pairs(opened + "[甲]\n[乙]\n得分 = 分值\n") == opened + "【甲】\n【乙】\n得分：分值\n"
    export = "[基本信息]\n\n项目名称 = 某某改造\n\n[指标01]\n三级指标 = 某某面积\n"
    assert ini_pairs(export) == "【基本信息】\n\n项目名称：某某改造\n\n【指标01】\n三级指标：某某面积\n"


def test_sharing_site_page_count_after_spaces() -> None:
    """A sharing site's "该文档总共M页" is page furniture after any run of spaces or a comma; a long line of spaces
    is none (before, the two runs of spaces around the optional comma split the line every way: quadratic)."""
    assert is_page_furniture("亲 ,  该文档总共12页")
    assert is_page_furniture("   该文档总共3页，到这已经超出免费预览范围")
    assert not is_page_furniture(" " * 200_000 + "某某")
