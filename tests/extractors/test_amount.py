from decimal import Decimal

import pytest

from extractors.amount import find_money, parse_amount
from extractors.normalize import capital_amount_to_yuan, normalize


@pytest.mark.parametrize(("text", "wan"), [
    ("3,256.78万元", "3256.78"),
    ("32,567,800.00元", "3256.78"),
    ("0.3257亿元", "3257"),
    ("人民币叁仟贰佰伍拾陆万柒仟捌佰元整", "3256.78"),
    ("￥1,234.00", "0.1234"),
    ("３２５６．７８万元", "3256.78"),
    ("总投入为 3256.78 万元", "3256.78"),
    ("RMB 500万", "500"),
    ("贰仟壹佰伍拾圆陆角叁分", "0.215063"),
])
def test_amount_forms(text: str, wan: str) -> None:
    money = parse_amount(normalize(text))
    assert money is not None
    assert money.wan == Decimal(wan)


@pytest.mark.parametrize("text", ["2022年5月20日", "增长10%", "第3项", "共12台设备", "2,456"])
def test_not_amounts(text: str) -> None:
    assert find_money(normalize(text)) == []


def test_bare_number_needs_a_unit_from_context() -> None:
    assert parse_amount("2,050.00") is None
    assert parse_amount("2,050.00", default_unit="万元").wan == Decimal("2050.00")


@pytest.mark.parametrize(("capital", "yuan"), [
    ("肆佰壹拾贰圆整", "412"), ("壹亿零伍拾万元整", "100500000"), ("伍角", "0.5"), ("叁拾元零伍分", "30.05"),
])
def test_capital_amounts(capital: str, yuan: str) -> None:
    assert capital_amount_to_yuan(capital) == Decimal(yuan)


def test_several_amounts_keep_their_order() -> None:
    found = find_money(normalize("项目总投入3,256.78万元，其中软件投入320万元"))
    assert [m.wan for m in found] == [Decimal("3256.78"), Decimal("320")]


@pytest.mark.parametrize("text", [
    "欧元7,500,000.00元", "750万欧元", "USD 1,200,000.00元", "美元120万元", "港币1,000万元", "EUR: 3,900,000.00元",
])
def test_an_amount_in_another_currency_is_not_a_renminbi_figure(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(("text", "wan"), [
    ("支付3,900,000.00欧元（汇率6.9952，折合人民币27,281,280.00元）", "2728.128"),
    ("实际出资额为7,500,000.00欧元，全部为现金，折合人民币52,609,440.00元", "5260.944"),
    ("项目总投入3,418.65万元", "3418.65"),
])
def test_the_renminbi_beside_a_foreign_amount_is_read(text: str, wan: str) -> None:
    assert [m.figure for m in find_money(text)] == [Decimal(wan)]
