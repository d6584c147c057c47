"""Page furniture of saved government web pages: what is never report content.

Navigation, banners, breadcrumbs, accessibility and elder-mode bars (无障碍 / 适老化 / 长者模式), share
buttons, print/close/font-size tools, previous/next links, related-link lists and copyright/备案
footers are removed from the tree. The publication's metadata block (索引号, 发文字号, 发布机构,
发布日期 …, as a table, a list or labelled spans) is taken out into a label → value dict.

A page in traditional characters (a site's 繁體版: 發布機構, 打印本頁 …) is matched through its simplified
form. Every rule that removes an element by its looks (class names, links, words) only removes *small*
elements, never one holding a data table or a large share of the page's text, so a page that does
not follow the usual layout loses furniture rules, not report content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from jixiao.readers.html_table import SKIPPED_TAGS, collapse_space, tag_of, text_of
from jixiao.readers.textnorm import to_simplified

# Labels of the metadata block. Strong ones mark a block on their own (two different ones needed);
# weak ones are read only inside a block the strong ones found.
_STRONG_LABELS = (
    "索引号", "发文字号", "文号", "文件编号", "发文单位", "发文机关", "发布机构", "发布单位", "发布部门", "所属机构",
    "发布日期", "发布时间", "成文日期", "生成日期", "公开日期", "印发日期", "更新时间", "信息来源", "文章来源",
    "来源单位", "来源",
    "浏览量", "浏览次数", "访问量", "访问次数", "点击量", "点击数", "点击次数", "阅读量", "阅读数", "阅读次数",
    "时效性", "有效性", "主题分类", "体裁分类", "组配分类", "信息分类", "服务对象分类", "公开方式", "公开范围",
    "公开时限", "公开形式", "公开属性", "责任部门", "发文日期", "效力状态", "信息类别", "生效日期", "统一编号",
)
STRONG_LABELS = _STRONG_LABELS  # the text reader finds a metadata block copied as text by the same labels
_WEAK_LABELS = ("名称", "标题", "主题词", "关键词", "作者", "编辑", "责任编辑", "供稿", "撰稿", "审核", "摘要",
                "内容概述", "分类")
_LABELS = sorted(_STRONG_LABELS + _WEAK_LABELS, key=len, reverse=True)
# A label at the start of a piece of text or after a separator, followed by a colon or by nothing.
_LABEL = re.compile(r"(?:^|(?<=[\s|｜丨/【\[]))(" + "|".join(_LABELS) + r")\s*(?:[:：]\s*|$)")
_SPACED_LABEL = re.compile("|".join(r"\s*".join(map(re.escape, label)) for label in _LABELS))  # 索 引 号 / 名　　称
_PIECE_BREAK = re.compile(r"\s{2,}|[|｜丨]|[【】\[\]]")
_LABEL_LIKE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]?$")
# A page tool glued to the last value (来源：某局 字号：大 中 小) ends that value.
_VALUE_END = re.compile(r"\s*(?:[【\[]|(?:字号|字体|打印|分享|关闭|收藏)(?:[:：\s]|$)).*$")
_DATE_ONLY = re.compile(r"^[\d\s年月日:：/.\-]+$")

# Words of page tools; an element whose text is made of nothing else is furniture.
_TOOL_WORDS = re.compile(
    r"(?:字号|字体|文字)\s*[:：]?|(?:默认|超大|特大|大号|中号|小号|大|中|小)(?=\s|[】\]]|$)|A\+|A-|打印本页|打印此页|打印文章"
    r"|打印本文|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|设为首页|返回顶部|返回首页|返回|我要纠错|纠错|分享到|分享"
    r"|一键分享|微信朋友圈|朋友圈|微信|新浪微博|腾讯微博|人民微博|微博|QQ空间|QQ好友|QQ|扫一扫在手机打开当前页|扫一扫|二维码|手机版"
    r"|移动版|无障碍浏览|无障碍阅读|无障碍|适老化服务|适老化|长者模式|长者版|关怀版|关怀模式|老年模式"
    r"|简体版|繁體版|简体|繁體|繁体|English|登录|注册|个人中心|智能问答|网站地图|联系我们|RSS|政务微博|政务微信|当前位置|您的位置|您现在的位置|所在位置",
    re.IGNORECASE)
_LEFTOVER = re.compile(r"[\s:：|｜丨/·•●»>＞【】\[\]()（）<>,，。;；\-—_]+")
_FOOTER_MARKS = re.compile(r"网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©|技术支持[:：]"
                           r"|主办单位[:：]|承办单位[:：]|主办[:：]|承办[:：]|建议使用.{0,20}浏览器|分辨率",
                           re.IGNORECASE)
_LEADING_MARKS = re.compile(r"^\s*[【\[]?\s*(?:(?:您|你)?(?:当前|现在)(?:所在)?的?位置|(?:您|你)的位置|所在位置"
                            r"|上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关新闻|相关信息|相关文件|相关稿件|推荐阅读|热点推荐|热点新闻"
                            r"|友情链接|欢迎访问|欢迎来到|欢迎您|今天是)")
_CLASS_TOKENS = re.compile(
    r"^(?:nav|navbar|navigation|menu|menus|submenu|topbar|toolbar|tools|tool|breadcrumb|breadcrumbs|crumb|crumbs"
    r"|position|location|share|bdshare|jiathis|social|footer|foot|copyright|wza|aria|barrier|elder|oldman|sidebar"
    r"|side|aside|pager|pagination|prevnext|prev|next|related|relate|xglj|friendlink|links|print|fontsize|qrcode)$",
    re.IGNORECASE)
# ".hide { display: none }": a rule for one class alone (compound selectors are left to the browser)
_HIDDEN_CLASS = re.compile(r"(?:^|[}\s,])\.([A-Za-z][\w-]*)\s*\{[^}]*?(?:display\s*:\s*none|visibility\s*:\s*hidden)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_SMALL = 200  # characters: a furniture rule never removes an element with more text than this …
_SHARE = 0.3  # … or with more than this share of the page's text


@dataclass
class Measure:
    """Text held under an element (whitespace not counted), the part inside links, and tables."""

    chars: int = 0
    link_chars: int = 0
    links: int = 0
    tables: int = 0


def measure(root: Any) -> dict[Any, Measure]:
    """One pass over the tree, children before parents."""
    sizes: dict[Any, Measure] = {}

    def visit(element: Any, in_link: bool, depth: int) -> Measure:
        here = Measure()
        tag = tag_of(element)
        link = in_link or tag == "a"
        own = _count(element.text)
        here.chars += own
        here.link_chars += own if link else 0
        here.links += tag == "a"
        here.tables += tag == "table"
        for child in element:
            if tag_of(child) and depth < 256:
                inner = visit(child, link, depth + 1)
                here.chars += inner.chars
                here.link_chars += inner.link_chars
                here.links += inner.links
                here.tables += inner.tables
            tail = _count(child.tail)
            here.chars += tail
            here.link_chars += tail if link else 0
        sizes[element] = here
        return here

    visit(root, False, 0)
    return sizes


def _count(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def drop(element: Any) -> None:
    """Remove an element, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def strip_invisible(root: Any) -> None:
    """Scripts, styles, forms' controls, ruby annotations and hidden elements (the hidden attribute,
    an inline display:none, or a class that the page's own stylesheet hides): never shown as text."""
    hidden_classes = {m.group(1) for style in root.iter("style") for m in _HIDDEN_CLASS.finditer(style.text or "")}
    doomed = [e for e in root.iter() if not tag_of(e) or tag_of(e) in SKIPPED_TAGS or e.get("hidden") is not None
              or _HIDDEN_STYLE.search(e.get("style") or "") or (e.get("aria-hidden") or "").lower() == "true"
              or (hidden_classes and not hidden_classes.isdisjoint((e.get("class") or "").split()))]
    for element in doomed:
        if tag_of(element) not in ("html", "body"):
            drop(element)


def take_metadata(root: Any, sizes: dict[Any, Measure]) -> dict[str, str]:
    """Find the publication's metadata block(s), remove them from the tree and return label → value
    (``sizes``: the tree's measure before any removal)."""
    owners: list[Any] = []
    for element in root.iter():
        if not tag_of(element):
            continue
        if element.text and _LABEL.search(to_simplified(element.text)):
            owners.append(element)
        for child in element:
            if child.tail and _LABEL.search(to_simplified(child.tail)):
                owners.append(element)
    candidates: list[Any] = []
    for owner in owners:
        node, steps = owner, 0
        while node is not None and steps < 8 and tag_of(node) not in ("body", "html"):
            if node not in candidates and sizes.get(node, Measure()).chars < 1000:
                candidates.append(node)
            node, steps = node.getparent(), steps + 1
    blocks: list[Any] = []
    for candidate in candidates:
        pairs, covered = _metadata_pairs(candidate)
        if len({label for label, _ in pairs if label in _STRONG_LABELS}) < 2 or covered < 0.6:
            continue
        if any(b is candidate or candidate in b.iterancestors() for b in blocks):
            continue
        blocks = [b for b in blocks if b not in candidate.iterancestors()]
        blocks.append(candidate)
    blocks = [_grow(b, sizes) for b in blocks]
    metadata: dict[str, str] = {}
    for block in blocks:
        if block.getparent() is None:
            continue  # inside a block already taken
        for label, value in _metadata_pairs(block, loose=True)[0]:
            if value and label not in metadata:
                metadata[label] = value
        drop(block)
    return metadata


def _grow(block: Any, sizes: dict[Any, Measure]) -> Any:
    """The largest ancestor that is still nothing but metadata (the table around labelled rows, one
    of them with a label not in the lists above): no heading, no other table, all label/value pieces."""
    while True:
        parent = block.getparent()
        if parent is None or tag_of(parent) in ("body", "html") or sizes.get(parent, Measure()).chars > 1500:
            return block
        if any(tag_of(e) in ("h1", "h2", "h3") for e in parent.iter()):
            return block
        if any(t is not parent and t is not block and block not in t.iterancestors() and t not in block.iter()
               for t in parent.iter("table")):
            return block
        if _metadata_pairs(parent, loose=True)[1] < 0.9:
            return block
        block = parent


def _metadata_pairs(element: Any, loose: bool = False) -> tuple[list[tuple[str, str]], float]:
    """Label/value pairs in the element's text pieces, and the share of its text they cover. Only the
    known labels count, unless ``loose`` (reading a block they already found): then any short bare
    word is a label too (效力状态 | 有效)."""
    pieces = [p.strip() for raw in element.itertext()
              for p in _PIECE_BREAK.split(_SPACED_LABEL.sub(lambda m: "".join(m.group(0).split()), to_simplified(raw)))]
    pieces = [collapse_space(p).strip() for p in pieces if p and p.strip()]
    total = sum(len(p) for p in pieces) or 1
    pairs: list[tuple[str, str]] = []
    covered = 0
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        labels = _labels_in(piece, loose)
        if labels:
            covered += len(piece)
            for n, (label, _, end) in enumerate(labels):
                stop = labels[n + 1][1] if n + 1 < len(labels) else len(piece)
                raw = piece[end:stop]
                value = _VALUE_END.sub("", raw).strip()
                following = pieces[i + 1] if i + 1 < len(pieces) else ""
                if not raw.strip() and n + 1 == len(labels) and following and not _LABEL.match(following) \
                        and not following.endswith((":", "：")) and not _VALUE_END.match(following):
                    i += 1
                    value = following
                    covered += len(value)
                pairs.append((label, value))
        elif _DATE_ONLY.match(piece):
            covered += len(piece)
        i += 1
    return pairs, covered / total


def _labels_in(piece: str, loose: bool) -> list[tuple[str, int, int]]:
    """(label, start, end) of the labels in a piece that starts with one."""
    found = [(m.group(1), m.start(), m.end()) for m in _LABEL.finditer(piece)]
    if found and found[0][1] == 0:
        return found
    if loose and _LABEL_LIKE.match(piece):
        label = piece.rstrip(":： ")
        return [(label, 0, len(piece))]
    return []


def drop_furniture(root: Any, sizes: dict[Any, Measure]) -> None:
    """Remove navigation, tool bars, share buttons, breadcrumbs, previous/next links, link lists and
    footers (see the module's docstring for the guard that keeps report content). ``sizes`` may be
    from before the metadata was taken out: what it over-counts is small."""
    for element in [e for e in root.iter("nav", "footer", "aside")]:
        if element.getparent() is not None and not any(True for _ in element.iter("table")):
            drop(element)
    for element in [e for e in root.iter("header")]:  # the site's banner, not an article's own header
        inside_article = any(tag_of(a) in ("article", "main") for a in element.iterancestors())
        if element.getparent() is not None and not inside_article:
            drop(element)
    total = sizes[root].chars or 1
    for element in list(root.iter()):
        if element.getparent() is None or tag_of(element) in ("body", "html", "") or _detached(element, root):
            continue
        size = sizes.get(element)
        if size is not None and not size.tables and _is_furniture(element, size, total):
            drop(element)


def _detached(element: Any, root: Any) -> bool:
    return all(ancestor is not root for ancestor in element.iterancestors())


def _is_furniture(element: Any, size: Measure, total: int) -> bool:
    small = size.chars <= _SMALL
    if size.links >= 3 and size.link_chars >= 0.7 * size.chars and size.chars <= _SHARE * total:
        return True  # a menu, a list of related or friendly links
    if not small:
        return False
    tokens = set(re.split(r"[\s_\-]+", f"{element.get('class') or ''} {element.get('id') or ''}".strip()))
    if any(_CLASS_TOKENS.match(t) for t in tokens if t) and (size.chars < 150 or size.link_chars * 2 > size.chars):
        return True
    text = to_simplified(collapse_space(text_of(element)))
    if _FOOTER_MARKS.search(text) or _LEADING_MARKS.match(text):
        return True
    # made of tool words only, at least two of them (a lone "中" is a grade cell, not a font-size button)
    return len(_TOOL_WORDS.findall(text)) >= 2 and not _LEFTOVER.sub("", _TOOL_WORDS.sub(" ", text))
