"""What synthetic reports are made of: unit types, regions, projects and indicator specifications.

The whole-unit indicators follow the common framework (domain notes §7: 预算执行, 职责履行, 履职效益,
满意度); the project indicators follow the usual 产出数量/质量/时效/成本, 效益, 满意度 split.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

REGIONS = [
    "重庆市璧山区", "重庆市江津区", "四川省成都市武侯区", "四川省德阳市中江县", "湖北省武汉市江岸区",
    "江西省南昌市青山湖区", "安徽省池州市贵池区", "北京市大兴区", "浙江省杭州市余杭区",
    "广东省广州市天河区", "湖南省长沙市岳麓区", "河南省郑州市金水区", "山东省济南市历城区",
    "福建省泉州市晋江市", "陕西省西安市长安区", "贵州省遵义市汇川区",
]

TOWNS = ["大兴", "青杠", "丁家", "福禄", "七塘", "健龙", "三合", "正兴", "八塘", "广普", "金鹅", "石门"]
STREETS = ["璧城", "璧泉", "东林", "河边", "新华", "和平", "长安", "滨江", "城南", "望江"]
SCHOOL_NAMES = ["第一中学", "第二中学", "实验小学", "城关小学", "职业教育中心", "第三中学"]
CENTRES = ["疾病预防控制中心", "政务服务中心", "农业技术推广中心", "社会保险事务中心", "公共资源交易中心",
           "城市管理服务中心"]

# (kind of unit, name pattern); {region} is always prefixed, {town}/{street}/{school}/{centre} are drawn.
UNIT_PATTERNS = [
    ("town", "{town}镇人民政府"),
    ("street", "{street}街道办事处"),
    ("education", "教育委员会"),
    ("health", "卫生健康委员会"),
    ("school", "{school}"),
    ("hospital", "人民医院"),
    ("hospital", "中医院"),
    ("centre", "{centre}"),
    ("agriculture", "农业农村委员会"),
    ("civil", "民政局"),
]

INTERNAL_BODIES = ["办公室", "财务科", "综合科", "人事科", "业务一科", "业务二科", "党建办公室", "法规科",
                   "规划科", "安全监管科", "政策研究室", "信息中心"]
SUBORDINATE_BODIES = ["便民服务中心", "综合行政执法大队", "文化服务中心", "农业服务中心", "村镇建设服务中心",
                      "社会事务服务中心", "后勤服务中心", "培训中心"]


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator a report may carry.

    ``mode``: ``rate`` (a percentage, ≥ target), ``count`` (a count, ≥ target), ``reverse``
    (a percentage, ≤ target), ``zero`` (a count of incidents, target 0), ``survey`` (a satisfaction
    rate from a survey with a sample size), ``execution`` (the budget execution rate).
    """

    name: str
    mode: str
    unit: str
    targets: tuple[Decimal, ...]
    level1: str
    level2: str


def _d(*values: int | str) -> tuple[Decimal, ...]:
    return tuple(Decimal(str(v)) for v in values)


EXECUTION = IndicatorSpec("预算执行率", "execution", "%", (), "过程", "预算执行")

WHOLE_UNIT_INDICATORS = [
    IndicatorSpec("预决算信息公开率", "rate", "%", _d(100), "过程", "预算管理"),
    IndicatorSpec("政务信息公开率", "rate", "%", _d(95, 100), "过程", "预算管理"),
    IndicatorSpec("重点支出安排率", "rate", "%", _d(80, 85, 90), "投入", "预算配置"),
    IndicatorSpec("政府采购执行率", "rate", "%", _d(90, 95, 100), "过程", "预算执行"),
    IndicatorSpec("支付进度率", "rate", "%", _d(85, 90, 95), "过程", "预算执行"),
    IndicatorSpec("在职人员控制率", "reverse", "%", _d(100), "投入", "预算配置"),
    IndicatorSpec("结转结余率", "reverse", "%", _d(10, 15, 20), "过程", "预算执行"),
    IndicatorSpec("公用经费控制率", "reverse", "%", _d(100), "过程", "预算执行"),
    IndicatorSpec("重点工作实际完成率", "rate", "%", _d(90, 95, 100), "产出", "职责履行"),
    IndicatorSpec("重点工作办结率", "rate", "%", _d(90, 95), "产出", "职责履行"),
    IndicatorSpec("工作完成及时率", "rate", "%", _d(90, 95, 98), "产出", "职责履行"),
    IndicatorSpec("质量达标率", "rate", "%", _d(95, 98, 100), "产出", "职责履行"),
    IndicatorSpec("信访案件按期办结率", "rate", "%", _d(95, 100), "效果", "履职效益"),
    IndicatorSpec("固定资产利用率", "rate", "%", _d(85, 90, 95), "过程", "资产管理"),
    IndicatorSpec("安全生产事故发生次数", "zero", "次", _d(0), "效果", "履职效益"),
    IndicatorSpec("受助对象覆盖率", "rate", "%", _d(95, 100), "效果", "履职效益"),
    IndicatorSpec("群众满意度", "survey", "%", _d(85, 90), "效果", "满意度"),
    IndicatorSpec("职工满意度", "survey", "%", _d(85, 90), "效果", "满意度"),
]


@dataclass(frozen=True)
class ProjectSpec:
    """A project theme with its output, benefit and satisfaction indicators."""

    name: str
    output: tuple[IndicatorSpec, ...]
    benefit: tuple[IndicatorSpec, ...]
    satisfaction: IndicatorSpec


def _out(name: str, mode: str, unit: str, targets: tuple[Decimal, ...], level2: str) -> IndicatorSpec:
    return IndicatorSpec(name, mode, unit, targets, "产出指标", level2)


def _ben(name: str, mode: str, unit: str, targets: tuple[Decimal, ...], level2: str = "社会效益") -> IndicatorSpec:
    return IndicatorSpec(name, mode, unit, targets, "效益指标", level2)


def _sat(name: str) -> IndicatorSpec:
    return IndicatorSpec(name, "survey", "%", _d(85, 90, 95), "满意度指标", "服务对象满意度")


PROJECTS = [
    ProjectSpec("农村人居环境整治", (
        _out("改造农村户厕数量", "count", "户", _d(120, 200, 350), "数量指标"),
        _out("整治村庄个数", "count", "个", _d(8, 12, 15), "数量指标"),
        _out("工程验收合格率", "rate", "%", _d(95, 100), "质量指标"),
        _out("项目完成及时率", "rate", "%", _d(90, 95), "时效指标"),
        _out("成本控制率", "reverse", "%", _d(100), "成本指标"),
    ), (
        _ben("农村卫生厕所普及率", "rate", "%", _d(85, 90)),
        _ben("环境污染事件发生次数", "zero", "次", _d(0), "生态效益"),
    ), _sat("受益群众满意度")),
    ProjectSpec("学生资助", (
        _out("资助学生人数", "count", "人", _d(800, 1200, 2500), "数量指标"),
        _out("资助对象认定准确率", "rate", "%", _d(98, 100), "质量指标"),
        _out("资金发放及时率", "rate", "%", _d(95, 100), "时效指标"),
        _out("资助标准执行率", "rate", "%", _d(100), "成本指标"),
    ), (
        _ben("家庭经济困难学生资助覆盖率", "rate", "%", _d(95, 100)),
        _ben("因贫辍学学生人数", "zero", "人", _d(0)),
    ), _sat("受助学生满意度")),
    ProjectSpec("基本公共卫生服务", (
        _out("居民健康档案建档人数", "count", "人", _d(50000, 80000, 120000), "数量指标"),
        _out("老年人健康管理率", "rate", "%", _d(65, 70, 75), "质量指标"),
        _out("高血压患者规范管理率", "rate", "%", _d(60, 65, 70), "质量指标"),
        _out("服务项目完成及时率", "rate", "%", _d(90, 95), "时效指标"),
    ), (
        _ben("居民健康素养水平", "rate", "%", _d(25, 28, 30)),
        _ben("重大公共卫生事件发生次数", "zero", "次", _d(0)),
    ), _sat("服务对象满意度")),
    ProjectSpec("老旧小区改造", (
        _out("改造小区数量", "count", "个", _d(6, 10, 16), "数量指标"),
        _out("改造建筑面积", "count", "万平方米", _d(12, 20, 35), "数量指标"),
        _out("竣工验收合格率", "rate", "%", _d(100), "质量指标"),
        _out("按期开工率", "rate", "%", _d(90, 95), "时效指标"),
        _out("工程预算控制率", "reverse", "%", _d(100), "成本指标"),
    ), (
        _ben("受益居民户数", "count", "户", _d(1500, 2600, 4000)),
        _ben("安全事故发生次数", "zero", "次", _d(0)),
    ), _sat("居民满意度")),
    ProjectSpec("高标准农田建设", (
        _out("新建高标准农田面积", "count", "亩", _d(5000, 8000, 12000), "数量指标"),
        _out("田间道路建设长度", "count", "公里", _d(15, 24, 40), "数量指标"),
        _out("工程质量达标率", "rate", "%", _d(95, 100), "质量指标"),
        _out("项目完工及时率", "rate", "%", _d(90, 95), "时效指标"),
    ), (
        _ben("粮食亩产提高率", "rate", "%", _d(5, 8, 10), "经济效益"),
        _ben("耕地质量等级提升率", "rate", "%", _d(80, 90)),
    ), _sat("农户满意度")),
    ProjectSpec("城乡居民医疗救助", (
        _out("救助人次", "count", "人次", _d(3000, 5000, 8000), "数量指标"),
        _out("救助对象信息准确率", "rate", "%", _d(98, 100), "质量指标"),
        _out("救助资金发放及时率", "rate", "%", _d(95, 100), "时效指标"),
    ), (
        _ben("困难群众医疗费用负担减轻率", "rate", "%", _d(60, 70)),
        _ben("因病致贫返贫户数", "zero", "户", _d(0)),
    ), _sat("救助对象满意度")),
]

INCOME_ITEMS = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入"]
EXPENDITURE_ITEMS = ["基本支出", "项目支出"]
