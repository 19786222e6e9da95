"""A figure the guide counts over a period (specialized-sme: interest 实际发生 2021-01-01..2022-06-30) is the sum
of a bank statement's rows inside that period; rows outside it and a 合计 over all of them are not the figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checklists.evaluate import evaluate_packet
from checklists.loader import load_guide
from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table


def _statement(path: str, header: list[str], rows: list[list[str]], title: str = "贷款利息清单") -> Document:
    table = [header, *rows]
    cells = tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t1r{r + 1}c{c + 1}") for c, t in enumerate(row))
                  for r, row in enumerate(table))
    page = Page(number=1, lines=(Line(text=title, locator="p0"), Line(text="借款人：某某精密机械有限公司", locator="p1"),
                                 Line(text="单位：元", locator="p2")), tables=(Table(index=1, rows=cells),))
    return Document(path=path, media_type="application/pdf", status=DocStatus.ok, page_count=1, pages=(page,),
                    kind="interest_statement", kind_confidence=0.9)


SETTLEMENTS = [  # settled on, period, interest in 元; the first and the last fall outside the window
    ("2020-12-21", "2020-09-21至2020-12-20", "306,213.75"),
    ("2021-03-21", "2020-12-21至2021-03-20", "298,613.75"),
    ("2021-06-21", "2021-03-21至2021-06-20", "312,405.00"),
    ("2021-09-21", "2021-06-21至2021-09-20", "312,405.00"),  # the same amount twice: two settlements, not one
    ("2022-06-21", "2022-03-21至2022-06-20", "330,000.00"),
    ("2022-09-21", "2022-06-21至2022-09-20", "333,600.00"),
]
INSIDE = Decimal("125.342375")  # 298,613.75 + 312,405.00 × 2 + 330,000.00 元
ALL = "1,893,237.50"


@pytest.mark.parametrize(("header", "row"), [
    (["序号", "结息日", "计息期间", "利息金额"], lambda i, s: [str(i), s[0], s[1], s[2]]),
    (["扣息日期", "计息起止日", "本金", "年利率", "应付利息"], lambda i, s: [s[0], s[1], "30,000,000.00", "4.15%", s[2]]),
    (["计息期间", "利息（元）"], lambda i, s: [s[1], s[2]]),  # only the period: its end says when
])
def test_interest_counts_only_the_settlements_inside_the_guides_period(header: list[str], row) -> None:
    rows = [row(i, s) for i, s in enumerate(SETTLEMENTS, 1)] + [["合计"] + [""] * (len(header) - 2) + [ALL]]
    statement = _statement("利息单.pdf", header, rows)
    guide = load_guide("jiangsu-2023")
    evaluation = evaluate_packet([statement], {statement.path: extract(statement)}, guide, "specialized-sme")
    interest = evaluation.figures["loan_interest"]
    assert interest.value == INSIDE
    assert interest.status == "ok" and interest.confidence >= 0.9  # its rows add up to the statement's 合计
    assert "2 笔不在期间内" in interest.note


def test_a_statement_whose_rows_all_fall_inside_keeps_its_total() -> None:
    inside = SETTLEMENTS[1:5]
    rows = [[s[0], s[1], s[2]] for s in inside] + [["合计", "", "1,253,423.75"]]
    statement = _statement("利息单.pdf", ["结息日", "计息期间", "利息金额"], rows)
    evaluation = evaluate_packet([statement], {statement.path: extract(statement)}, load_guide("jiangsu-2023"),
                                 "specialized-sme")
    assert evaluation.figures["loan_interest"].value == INSIDE


def test_an_interest_statement_citing_its_loan_contract_number_is_not_the_contract() -> None:
    from ingest.classify import classify

    document = _statement("贷款资料/江苏银行贷款利息清单.pdf", ["结息日", "利息金额"], [["2021-03-21", "1.00"]],
                          title="江苏银行贷款利息清单")
    document = document.model_copy(update={"pages": (document.pages[0].model_copy(update={"lines": (
        Line(text="江苏银行贷款利息清单", locator="p0"),
        Line(text="借款人：某某公司借款合同号：JSB-2020-0917贷款账号：9020", locator="p1"))}),), "kind": "other"})
    assert classify(document).kind == "interest_statement"
