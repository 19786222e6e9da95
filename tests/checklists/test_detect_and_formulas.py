"""Category detection from the 25 performance-target forms and application forms; the subsidy formulas."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.conditions import evaluate_condition
from checklists.detect import categories_named, detect_category
from checklists.directions import match_direction
from checklists.formula import compute_subsidy
from checklists.loader import load_guide
from checklists.resolve import Resolved
from checklists.schema import Subsidy, Term
from extractors.model import Fact
from grantcheck.model import Provenance
from tests.checklists.test_categories import Packet

GUIDE = load_guide("jiangsu-2023")
TEMPLATE_1_1 = "新增知识产权数量（个）（产业基础再造项目必填） 项目关键技术参数（产业基础再造项目必填）"
TEMPLATE_1_6 = "数量指标 二级节点□ 公共服务平台□ 说明：2. 工业互联网标识解析二级节点项目可不填写主营业务收入和实缴税金。"

# (title as printed in 附件1-x, the form's other text, expected categories)
FORMS = [
    ("高端化改造升级项目绩效目标申报表", TEMPLATE_1_1 + " 项目类型：重大技术改造项目", ["major-tech-renovation"]),
    ("高端化改造升级项目绩效目标申报表", TEMPLATE_1_1 + " 项目类型：产业基础再造项目", ["industrial-foundation"]),
    ("高端化改造升级项目绩效目标申报表", TEMPLATE_1_1, ["major-tech-renovation", "industrial-foundation"]),
    ("智能制造示范工厂项目绩效目标申报表", "", ["smart-factory"]),
    ("工业互联网标杆工厂项目绩效目标申报表", "", ["iiot-benchmark-factory"]),
    ("“5G+工业互联网”融合应用项目绩效目标申报表", "", ["5g-iiot"]),
    ("服务化改造升级标杆示范项目绩效目标申报表", "", ["service-manufacturing"]),
    ("工业互联网标识解析项目绩效目标申报表", TEMPLATE_1_6.replace("二级节点□", "二级节点☑"), ["iiot-identifier-node"]),
    ("工业互联网标识解析项目绩效目标申报表", TEMPLATE_1_6.replace("公共服务平台□", "公共服务平台√"),
     ["iiot-identifier-platform"]),
    ("工业互联网标识解析项目绩效目标申报表", TEMPLATE_1_6, ["iiot-identifier-node", "iiot-identifier-platform"]),
    ("工业互联网平台项目绩效目标申报表", "", ["iiot-platform"]),
    ("工业互联网安全项目绩效目标申报表", "", ["iiot-security"]),
    ("信息技术应用创新先导区项目绩效目标申报表", "", ["xinchuang-pilot-zone"]),
    ("信息技术应用创新实验室项目绩效目标申报表", "", ["xinchuang-lab"]),
    ("数据产品化项目绩效目标申报表", "", ["data-productization"]),
    ("关键核心技术（装备）工程化攻关项目 绩效目标申报表", "", ["core-tech"]),
    ("企业重大兼并重组项目绩效目标申报表", "", ["merger-acquisition"]),
    ("专精特新中小企业能力提升项目绩效目标申报表", "", ["specialized-sme"]),
    ("头雁型软件企业培育项目绩效目标申报表", "", ["lead-software-enterprise"]),
    ("省委省政府部署的重大展会项目绩效目标申报表", "", ["major-exhibition"]),
    ("省委省政府部署的重大活动项目绩效目标申报表", "", ["major-event"]),
    ("绿色化改造升级项目绩效目标申报表", "", ["green-upgrade"]),
    ("车联网示范应用项目绩效目标申报表", "", ["connected-vehicles"]),
    ("充电设施建设运营及公交车购置补贴项目 绩效目标申报表", "", ["charging-facilities"]),
    ("省级制造业创新中心创新能力建设项目 绩效目标申报表", "", ["innovation-center"]),
    ("集群发展促进机构项目绩效目标申报表", "", ["cluster-promotion"]),
    ("中小企业公共服务示范平台项目绩效目标申报表", "", ["sme-service-platform"]),
    ("信息消费升级平台项目绩效目标申报表", "", ["info-consumption"]),
    ("产业人才培训项目绩效目标申报表", "", ["talent-training"]),
    # application forms name the category in their own words
    ("重大技术改造项目申报书", "", ["major-tech-renovation"]),
    ("工业互联网标识解析二级节点项目申报书", "", ["iiot-identifier-node"]),
    ("工业互联网标识解析二级节点（工程机械行业）建设项目申报书", "", ["iiot-identifier-node"]),
    ("工业互联网标识解析公共服务平台项目申报书", "", ["iiot-identifier-platform"]),
    ("“英才名匠”产业人才培训项目申报书", "", ["talent-training"]),
    ("数字经济卓越工程师培育项目申报书", "", ["digital-engineer"]),
    ("项目申报书", "", []),
]


@pytest.mark.parametrize(("title", "text", "expected"), FORMS, ids=[f"{t[:12]}-{i}" for i, (t, _, _) in enumerate(FORMS)])
def test_form_names_its_category(title: str, text: str, expected: list[str]) -> None:
    assert sorted(categories_named(title, text, GUIDE)) == sorted(expected)


def _title(text: str, document: str) -> Fact:
    return Fact(name="form_title", value=text, unit="text", confidence=0.9,
                provenance=Provenance(document=document, page=1, text=text))


def test_forms_pointing_at_two_categories_are_reported() -> None:
    forms = [("performance_form", _title("智能制造示范工厂项目绩效目标申报表", "01.docx"), ""),
             ("application_form", _title("工业互联网标杆工厂项目申报书", "00.docx"), "")]
    detection = detect_category(forms, GUIDE)
    assert detection.code == "smart-factory"
    assert [code for code, _ in detection.competing] == ["iiot-benchmark-factory"]


def _basis(**values: str) -> dict[str, Resolved]:
    return {name: Resolved(name, Decimal(v), "万元", 0.95) for name, v in values.items()}


SME = Subsidy(type="sum", terms=(Term(rate=Decimal("0.20"), basis="hw_sw_investment"),
                                 Term(rate=Decimal("0.40"), basis="loan_interest")), cap_wan=Decimal("500"))
PILOT = Subsidy(type="two_stage", rate=Decimal("0.30"), basis="investment_budget", first_cap_wan=Decimal("2000"),
                later_cap_wan=Decimal("1000"), cap_wan=Decimal("3000"))
LAB = Subsidy(type="two_stage", rate=Decimal("0.30"), basis="investment_budget", first_cap_wan=Decimal("300"),
              later_cap_wan=Decimal("200"), cap_wan=Decimal("500"))
TRAINING = Subsidy(type="actual", basis="total_investment", cap_wan=Decimal("300"))
NODE = Subsidy(type="fixed", amount_wan=Decimal("400"), first_payment_wan=Decimal("100"))


@pytest.mark.parametrize(("rule", "figures", "max_wan", "first"), [
    (SME, _basis(hw_sw_investment="650", loan_interest="210"), "214.00", None),  # 130 + 84
    (SME, _basis(hw_sw_investment="2000", loan_interest="600"), "500", None),  # 400 + 240, capped
    (SME, _basis(hw_sw_investment="900"), "180.00", None),  # no loan: interest counts as 0
    (PILOT, _basis(investment_budget="12000"), "3000", "2000"),  # 3600 → first 2000, + later 1000
    (PILOT, _basis(investment_budget="5000"), "2500.00", "1500.00"),
    (LAB, _basis(investment_budget="1200"), "500", "300"),  # 360 → 300 + 200
    (LAB, _basis(investment_budget="600"), "380.00", "180.00"),
    (TRAINING, _basis(total_investment="280"), "280.00", None),
    (TRAINING, _basis(total_investment="420"), "300", None),
    (NODE, {}, "400", "100"),
])
def test_subsidy_formulas(rule: Subsidy, figures: dict[str, Resolved], max_wan: str, first: str | None) -> None:
    result = compute_subsidy(rule, figures)
    assert result.max_wan == Decimal(max_wan)
    assert result.first_payment_wan == (Decimal(first) if first else None)
    assert result.steps


def test_formula_without_its_basis_says_so() -> None:
    result = compute_subsidy(PILOT, {})
    assert result.max_wan is None and "investment_budget" in result.steps[0]


DIRECTIONS = GUIDE.lists["core-tech-directions"]


@pytest.mark.parametrize(("declared", "number", "quotas"), [
    ("面向云原生架构的中间件", 83, []),
    ("面向云原生架构的中间件研发及产业化", 83, []),  # the listed name inside a longer title
    ("EDA设计工具", 40, []),  # spacing differs from the list
    ("核酸药物递送技术", 26, ["biomedicine"]),
    ("面向不同复杂场景的大流量应急排涝车", 13, ["disaster_safety"]),
    ("应用于汽车动力和安全系统的车规级芯片（可放宽攻关时间）", 39, []),
    ("工业机器人精密减速器", None, []),
    ("新能源汽车", None, []),
])
def test_direction_matching(declared: str, number: int | None, quotas: list[str]) -> None:
    found = match_direction(DIRECTIONS, declared, [])
    assert (found.direction.number if found.direction else None) == number
    assert found.quotas == quotas


def test_direction_found_in_the_application_text_when_not_declared() -> None:
    found = match_direction(DIRECTIONS, None, ["本项目研发高精度北斗三号车规级定位芯片，属于物联网集群。"])
    assert found.direction is not None and found.direction.number == 15


def test_a_generic_form_names_its_category_in_a_field() -> None:
    declared = Fact(name="declared_category", value="工业互联网安全项目", unit="text", confidence=0.8,
                    provenance=Provenance(document="00.docx", page=None, text="申报类别：工业互联网安全项目"))
    forms = [("application_form", _title("2023年度省工业和信息产业转型升级专项资金项目申报书", "00.docx"), ""),
             ("application_form", declared, "")]
    detection = detect_category(forms, GUIDE)
    assert (detection.code, detection.competing) == ("iiot-security", [])


@pytest.mark.parametrize(("declared", "status"), [
    ("集成电路—高端仪器", "pass"),  # 二（一）: the national directions are admitted beside 附件1-26
    ("高端仪器：晶圆级探针测试系统", "pass"),
    ("工业大数据分析平台关键技术", "pass"),
    ("面向云原生架构的中间件", "pass"),  # listed: 第83项
    ("工业机器人精密减速器", "fail"),
    ("新能源汽车整车", "fail"),
])
def test_core_tech_directions_the_guide_admits(declared: str, status: str) -> None:
    condition = next(c for c in GUIDE.categories["core-tech"].conditions if c.id == "direction_listed")
    check = evaluate_condition(condition, Packet(figures={"declared_direction": declared}).evidence())
    assert check is not None and check.status == status, check and check.message
