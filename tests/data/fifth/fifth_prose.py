# ruff: noqa: E501  (long Chinese sentences and HTML lines are kept whole)
"""Invented report prose shared by the fifth corpus: the sections a self-evaluation report carries
around its figures (purpose, work done, problems, measures). Written for this corpus, not copied."""

from __future__ import annotations

PURPOSE = ("通过开展绩效自评，全面了解{subject}的资金使用情况和目标完成情况，查找预算编制、执行和管理中存在的薄弱环节，"
           "为下一年度预算安排和政策调整提供参考，进一步增强支出责任意识，提高财政资金使用效益。")

WORK = ("{unit}按照财政部门的统一部署，成立了由主要负责人任组长、分管财务负责人任副组长，财务、业务等相关股室负责人为成员的"
        "绩效自评工作小组。自评小组对照年初设定的绩效目标，逐项收集整理资金拨付凭证、项目验收资料、工作台账和满意度调查表，"
        "采取数据比对、现场查看与抽样回访相结合的方式开展评价，在此基础上按照评分标准逐项打分，形成自评结论。"
        "评价中，定量指标按实际完成值与年度指标值的比例计分，定性指标根据目标达成程度分档计分，满意度指标以问卷调查结果为准；"
        "自评结果经单位领导班子会议审定后报送主管部门和财政部门。")

EXPERIENCE = [
    "一是强化组织领导。单位领导班子定期研究预算执行和重点工作推进情况，将绩效目标分解到具体股室和责任人，形成了一级抓一级、层层抓落实的工作格局。",
    "二是规范资金管理。严格执行财务审批制度和政府采购有关规定，大额资金支出实行集体研究，做到专款专用、账目清晰。",
    "三是注重过程监控。每季度对照绩效目标开展一次运行监控，对进度滞后的事项及时督促整改，保证了年度目标如期完成。",
]

PROBLEMS = [
    "一是预算编制的精准度有待提高，部分项目年初预算测算不够细致，年中追加调整较多。",
    "二是绩效目标设置不够科学，个别指标以定性描述为主，可衡量性不强，难以准确反映资金使用效果。",
    "三是绩效管理专业力量不足，财务人员身兼多职，对绩效评价的方法掌握不够系统。",
    "四是佐证资料收集不够及时，部分指标的完成数据需要年底集中统计，过程留痕不足。",
]

MEASURES = [
    "一是提高预算编制质量。结合上年执行情况和本年工作计划科学测算，减少年中调整，增强预算的约束力。",
    "二是完善绩效指标体系。对照行业标准细化量化指标，做到目标明确、指标可测、数据可查。",
    "三是加强业务培训。定期组织财务和业务人员学习预算绩效管理政策，提升自评工作质量，强化评价结果应用。",
    "四是健全资料台账。按月归集指标完成佐证材料，做到数据来源清楚、过程可追溯。",
]

USE = ("自评结果将作为本单位下一年度预算编制和项目安排的重要依据，对自评中发现的问题建立整改台账，明确责任人和完成时限，"
       "并按要求在门户网站公开，接受社会监督。")


def sections(unit: str, subject: str, numbered: tuple[str, str, str, str, str] = ("二", "三", "四", "五", "六"),
             use: bool = True) -> list[str]:
    """The common closing sections, as paragraphs with Chinese-numbered headings."""
    a, b, c, d, e = numbered
    out = [f"{a}、绩效评价工作开展情况", "（一）评价目的", PURPOSE.format(subject=subject),
           "（二）评价组织及过程", WORK.format(unit=unit),
           f"{b}、主要经验及做法", *EXPERIENCE,
           f"{c}、存在的问题及原因分析", *PROBLEMS,
           f"{d}、下一步改进措施", *MEASURES]
    if use:
        out += [f"{e}、绩效自评结果应用", USE]
    return out


SITE_FOOTER = ("主办单位：{site}办公室  承办单位：{site}大数据发展中心  网站标识码：{code}  {icp}  "
               "{police}  建议使用1366×768分辨率浏览本网站")


def page_top(site: str, crumbs: list[str]) -> list[str]:
    """The furniture above a copied web page's article: banner, accessibility bar, navigation."""
    return [f"{site}", "无障碍 | 长者模式 | 繁體 | 登录 | 注册", "网站支持IPv6",
            "首页 | 政务公开 | 政务服务 | 互动交流 | 走进" + site.removesuffix("人民政府").removesuffix("政府网"),
            "请输入关键字  搜索", "您当前所在位置：" + " > ".join(crumbs), ""]


def page_bottom(site: str, related: list[str], code: str, icp: str, police: str) -> list[str]:
    """The furniture below: print/close links, share buttons, related articles, site footer."""
    return ["", "【打印本页】 【关闭窗口】", "分享到：微信 微博 QQ空间", "", "相关文章：", *related, "",
            "网站地图 | 联系我们 | 使用帮助 | 隐私声明",
            SITE_FOOTER.format(site=site, code=code, icp=icp, police=police)]


def doc_site(site: str, title: str, pages: int, size: str, related: list[str]) -> tuple[list[str], list[str]]:
    """A document-sharing site's furniture (above, below) around a text preview."""
    above = [f"{site} - 千万精品文档，你想要的都能搜到，下载即用。", "", title, "",
             f"上传人：w****{len(title) % 10}  文档编号：{1000000 + len(title) * 7919}  上传时间：2024-05-16  格式：DOCX  页数：{pages}  大小：{size}",
             "下载 相关 举报", *[f"{title}_第{n}页" for n in range(1, pages + 1)], f"亲，该文档总共{pages}页，全部预览完了，如果喜欢就下载吧！",
             "", "资源描述", ""]
    below = ["", "下载文档到电脑，查找使用更方便", "还剩页未读，继续阅读", "", "相关资源", *related, "",
             "关于本文", f"本文标题：{title}", "",
             "1、本站所有资源均由用户上传，仅供学习交流之用，本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺。",
             "2、文档内容仅供研究参考，付费前请自行鉴别；如您付费，意味着您自己接受本站规则且自行承担风险，本站不退款、不进行额外附加服务。",
             "3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等，请点击“版权申诉”，我们将在核实后第一时间处理。",
             "4、成为VIP后，下载本文档将扣除1次下载权益，下载后不支持退款、换文档，如有疑问请联系客服。",
             "", f"关于我们 - 网站声明 - 网站地图 - 资源地图 - 友情链接 - 网站客服 - 联系我们 © 2016-2024 {site} 版权所有",
             "温馨提示：如果因为网速或其他原因下载失败请重新下载，重复下载不扣分。"]
    return above, below
