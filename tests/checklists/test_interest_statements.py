"""Interest the guide counts: 商业银行 loans only, settled inside its window, across every statement of the
packet; an audit total that is those rows plus a 小额贷款公司's interest is not the figure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from checklists.loader import load_guide
from checklists.resolve import Resolved
from checklists.windows import within_windows
from extractors.lenders import interest_not_counted, non_bank_lender
from extractors.model import Fact
from grantcheck.model import Provenance
from ingest.model import DocStatus, Document, Line, Page

CATEGORY = load_guide("jiangsu-2023").categories["specialized-sme"]


def _rows(document: str, settled: list[tuple[str, str]], name: str = "loan_interest") -> list[tuple[str, Fact]]:
    rows = [Fact(name=name, value=Decimal(amount), unit="万元", confidence=0.64, attrs={"row_date": day},
                 provenance=Provenance(document=document, page=1, locator=f"t1r{i}c4", text=amount))
            for i, (day, amount) in enumerate(settled, start=2)]
    total = sum((f.value for f in rows), Decimal(0))  # type: ignore[misc]
    rows.append(Fact(name=name, value=total, unit="万元", confidence=0.64, attrs={"row": "合计"},
                     provenance=Provenance(document=document, page=1, locator=f"t1r{len(rows) + 2}c4", text=str(total))))
    return [("interest_statement", f) for f in rows]


ICBC = [("2021-03-21", "16.12"), ("2021-06-21", "16.49"), ("2022-06-21", "16.31"), ("2022-09-21", "16.31")]
JSB = [("2021-09-21", "8.46"), ("2021-12-21", "10.24")]


def _audit(value: str) -> Resolved:
    fact = Fact(name="loan_interest", value=Decimal(value), unit="万元", confidence=0.95,
                provenance=Provenance(document="专审报告.pdf", page=2, text=f"贷款利息{value}万元"))
    return Resolved("loan_interest", fact.value, "万元", 0.95, [fact], kinds=("audit_report",))


def test_rows_of_every_bank_statement_inside_the_window_are_summed() -> None:
    facts = _rows("工行利息回单.pdf", ICBC) + _rows("江苏银行结息单.pdf", JSB)
    got = within_windows({}, facts, CATEGORY)["loan_interest"]
    assert got.value == Decimal("16.12") + Decimal("16.49") + Decimal("16.31") + Decimal("8.46") + Decimal("10.24")
    assert "2 份清单" in got.note and "1 笔不在期间内" in got.note


@pytest.mark.parametrize(("slip", "audited"), [
    ([("2021-06-20", "20.00"), ("2021-12-20", "38.80")], "126.42"),  # dated rows
    (None, "126.42"),  # an OCR'd slip whose total alone was read
])
def test_an_audit_counting_a_small_loan_companys_interest_gives_way(slip, audited: str) -> None:
    bank = _rows("工行利息回单.pdf", ICBC) + _rows("江苏银行结息单.pdf", JSB)
    not_counted = _rows("小贷利息结算单.jpg", slip, "loan_interest_not_counted") if slip else [
        ("interest_statement", Fact(name="loan_interest_not_counted", value=value, unit="万元", confidence=0.5,
                                    provenance=Provenance(document="小贷利息结算单.jpg", page=1, text="…")))
        for value in (Decimal("800"), Decimal("58.80"))]  # the principal read too
    got = within_windows({"loan_interest": _audit(audited)}, bank + not_counted, CATEGORY)["loan_interest"]
    assert got.value == Decimal("67.62") and "非商业银行" in got.note


def test_an_audit_that_made_its_own_selection_stands() -> None:
    facts = _rows("工行利息回单.pdf", ICBC) + _rows("江苏银行结息单.pdf", JSB)
    assert within_windows({"loan_interest": _audit("60.00")}, facts, CATEGORY)["loan_interest"].value == Decimal("60.00")


def _statement(header: list[str]) -> Document:
    page = Page(number=1, lines=tuple(Line(text=t) for t in header + ["计息期间 利息金额", "2021-06-20 200,000.00"]))
    return Document(path="利息单.pdf", media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind="interest_statement", kind_confidence=0.9)


@pytest.mark.parametrize(("header", "lender"), [
    (["无锡市梁溪区科技小额贷款有限公司利息结算单", "借款人：某公司"], "无锡市梁溪区科技小额贷款有限公司"),
    (["利息结算通知", "出借人：江苏金达融资租赁有限公司"], "江苏金达融资租赁有限公司"),
    (["中国工商银行无锡分行", "贷款利息回单"], None),
    (["江苏银行股份有限公司结息单", "借款人：某公司"], None),
    (["某农村商业银行股份有限公司", "利息清单"], None),
])
def test_who_lent_the_money(header: list[str], lender: str | None) -> None:
    document = _statement(header)
    assert non_bank_lender(document) == lender
    fact = Fact(name="loan_interest", value=Decimal("20"), unit="万元", confidence=0.6,
                provenance=Provenance(document="利息单.pdf", page=1, text="200,000.00"))
    renamed = interest_not_counted(document, [fact])[0].name
    assert renamed == ("loan_interest_not_counted" if lender else "loan_interest")


def test_the_window_is_the_guides() -> None:
    window = CATEGORY.figure_windows["loan_interest"]
    assert (window.start, window.end) == (date(2021, 1, 1), date(2022, 6, 30))
