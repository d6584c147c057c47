# ruff: noqa: E501  (long Chinese sentences and HTML lines are kept whole)
"""A government site's article page as a browser saves it: header bars, navigation, the publication
metadata block, the article (paragraphs and tables), share buttons, related links and the footer.
Every site, code and number here is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from fifth_shapes import esc

CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,serif;background:#f4f6f9;}
.top-bar{height:32px;line-height:32px;background:#1b4f9c;color:#fff;font-size:12px;}
.top-bar a{color:#fff;margin:0 6px;}
.nav ul{list-style:none;margin:0;padding:0;background:#2161b8;}
.nav li{display:inline-block;padding:0 22px;line-height:44px;}
.nav li a{color:#fff;font-size:16px;}
.crumb{font-size:13px;color:#666;padding:10px 0;}
.xxgk-table{width:100%;border-collapse:collapse;font-size:13px;background:#f8fbff;}
.xxgk-table td{border:1px solid #d6e2f0;padding:6px 10px;}
.article h1{font-size:24px;text-align:center;color:#222;}
.info{text-align:center;color:#888;font-size:13px;}
.TRS_Editor p{font-size:16px;line-height:2;}
.share{margin:20px 0;font-size:13px;color:#555;}
.footer{background:#1b4f9c;color:#dce6f5;font-size:12px;text-align:center;padding:18px 0;line-height:24px;}
"""


@dataclass
class Site:
    name: str
    domain: str
    code: str
    icp: str
    police: str
    nav: list[str] = field(default_factory=lambda: ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进本地"])


def page(site: Site, crumbs: list[str], meta: list[tuple[str, str]], title: str, info: str, body: str,
         related: list[str], charset: str = "utf-8", duplicate_meta: bool = False) -> str:
    """The whole saved page. ``meta`` is the 索引号/发文字号/发布机构… block (a two-column table, and with
    ``duplicate_meta`` also repeated as a list, as some sites print it twice for screen readers)."""
    meta_rows = []
    for i in range(0, len(meta), 2):
        cells = "".join(f'<td class="t1">{esc(k)}</td><td class="t2">{esc(v)}</td>' for k, v in meta[i:i + 2])
        meta_rows.append(f"<tr>{cells}</tr>")
    meta_list = "".join(f"<li><b>[ {esc(k)} ]</b> {esc(v)}</li>" for k, v in meta) if duplicate_meta else ""
    nav = "".join(f'<li><a href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(site.nav))
    rel = "".join(f'<li><a href="/art/{sum(map(ord, r)) % 90000 + 10000}.html">{esc(r)}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="{esc(site.name)}">
<meta name="SiteDomain" content="{site.domain}">
<meta name="SiteIDCode" content="{site.code}">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="ContentSource" content="{esc(meta[1][1] if len(meta) > 1 else site.name)}">
<title>{esc(title)}_{esc(site.name)}</title>
<link rel="stylesheet" href="/css/content.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];(function(){{var hm = document.createElement("script");hm.src = "https://hm.example-stat.cn/hm.js?3f9c2a1b";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200">
<span>欢迎访问{esc(site.name)}！</span>
<a href="javascript:void(0);" id="assist-open">无障碍</a>|<a href="javascript:void(0);" class="elder">适老化模式</a>|<a href="javascript:void(0);">长者模式</a>|<a href="javascript:void(0);" id="st">繁體</a>|<a href="/wap/">手机版</a>|<a href="/login/">登录</a>
</div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{esc(site.name)}"></div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="w1200 main">
<div class="crumb">您当前所在位置：{" &gt; ".join(esc(c) for c in crumbs)}</div>
<div class="xxgk-head"><table class="xxgk-table"><tbody>{"".join(meta_rows)}</tbody></table>
<ul class="xxgk-list" style="display:none">{meta_list}</ul></div>
<div class="article">
<h1>{esc(title)}</h1>
<div class="info">{esc(info)} 字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_tsina" title="分享到新浪微博">微博</a> <a class="bds_qzone" title="分享到QQ空间">QQ空间</a>
<span class="fr"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></span></div>
<div class="related"><h3>相关文章</h3><ul>{rel}</ul></div>
</div></div>
<div class="footer">
<p><a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/help/">使用帮助</a> | <a href="/privacy/">隐私声明</a></p>
<p>主办单位：{esc(site.name.removesuffix("网"))}办公室　承办单位：{esc(site.name.removesuffix("网"))}大数据中心　联系电话：0000-00000000</p>
<p>网站标识码：{site.code}　<a href="https://beian.miit.gov.cn/">{esc(site.icp)}</a>　<img src="/images/ga.png" alt="">{esc(site.police)}</p>
<p>建议使用IE9及以上版本或Chrome、Firefox浏览器，1366×768以上分辨率浏览本网站</p>
<div class="jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></div>
</div>
<script type="text/javascript" src="/js/assist.js"></script>
</body>
</html>
"""
