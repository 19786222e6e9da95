import pytest

from extractors.party import find_orgs, find_uscc


@pytest.mark.parametrize(("code", "valid"), [
    ("91320115MA202UKD7X", True), ("91011111AA2AAAAA00", False), ("91320115MA202UKD7Y", False),
])
def test_uscc_validation(code: str, valid: bool) -> None:
    assert [(m.code, m.valid) for m in find_uscc(f"统一社会信用代码：{code}")] == [(code, valid)]


@pytest.mark.parametrize(("text", "names"), [
    ("2022年7月15日，市工信局组织专家对江苏恒达智能装备有限公司项目进行了验收",
     ["市工信局", "江苏恒达智能装备有限公司"]),
    ("购买方名称:北京AI科技有限公司", ["北京AI科技有限公司"]),
    ("名称:中国移动通信集团四川有限公司成都分公司", ["中国移动通信集团四川有限公司成都分公司"]),
    ("江苏省工业和信息化厅", ["江苏省工业和信息化厅"]),
    ("中汇会计师事务所(特殊普通合伙)", ["中汇会计师事务所(特殊普通合伙)"]),
    ("申报单位:江苏省工业和信息化人才服务中心", ["江苏省工业和信息化人才服务中心"]),  # 和 inside a name
    ("无锡华信电子科技有限公司和常州天润新材料有限公司", ["无锡华信电子科技有限公司", "常州天润新材料有限公司"]),
    ("南京市江宁经济技术开发区管理委员会", ["南京市江宁经济技术开发区管理委员会"]),
    ("江苏省物联网产业促进会", ["江苏省物联网产业促进会"]),
])
def test_organisation_names(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in find_orgs(text)] == names
