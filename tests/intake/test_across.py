"""Claims across packets, on plain data."""

from __future__ import annotations

from grantcheck.batch.across import (
    Entry,
    flag_report,
    invoice_keys,
    invoice_matches,
    project_matches,
    similar_projects,
)


def invoice(number: str, code: str | None = None, seller: str = "甲公司", amount: float = 10.0) -> dict:
    return {
        "document": f"发票/{number}.pdf",
        "invoice_code": code,
        "invoice_number": number,
        "seller_name": seller,
        "amount_excl_tax": amount,
    }


def result(invoices: list[dict], project: dict | None = None) -> dict:
    return {"invoices": invoices, "project": project, "report": None}


def test_keys_by_code_and_number_or_by_number_seller_amount() -> None:
    assert invoice_keys(invoice("1", "32")) == [("code", "32", "1"), ("seller", "1", "甲公司", 10.0)]
    assert invoice_keys({"document": "x", "invoice_number": None}) == []


def test_same_number_seller_and_amount_without_code_matches_both_ways() -> None:
    entries = [
        Entry("/a", "a", result([invoice("24320000000000000001")])),
        Entry("/b", "b", result([invoice("24320000000000000001", seller="甲 公司")])),
        Entry("/c", "c", result([invoice("24320000000000000001", amount=11.0, seller="乙公司")])),
    ]
    matches = invoice_matches(entries)
    assert (
        set(matches) == {0, 1} and matches[0][0].other.label == "b" and "材料包「b」" in matches[0][0].message
    )


def test_earlier_intakes_are_compared_but_not_flagged() -> None:
    entries = [
        Entry("/a", "a", result([invoice("1", "32")])),
        Entry("/old", "old", result([invoice("1", "32")]), current=False, intake="/round1"),
    ]
    matches = invoice_matches(entries)
    assert set(matches) == {0} and "往期受理批次 /round1" in matches[0][0].message


def test_same_project_under_two_categories() -> None:
    assert similar_projects("数字化车间改造项目", "数字化车间改造")
    assert not similar_projects("数字化车间改造项目", "绿色工厂建设")
    project = {
        "name": "数字化车间改造项目",
        "applicant_uscc": "91320500MA1XXXXX0X",
        "category": "smart-factory",
    }
    entries = [
        Entry("/a", "a", result([], project)),
        Entry("/b", "b", result([], dict(project, name="数字化车间改造", category="green-upgrade"))),
        Entry("/c", "c", result([], dict(project, category="smart-factory"))),
    ]
    matches = project_matches(
        entries, {"green-upgrade": "绿色化改造升级项目", "smart-factory": "智能制造示范工厂项目"}
    )
    assert [m.other.label for m in matches[0]] == ["b"] and "绿色化改造升级项目" in matches[0][0].message
    assert sorted(m.other.label for m in matches[1]) == ["a", "c"]  # a and c share b's applicant and project


def test_flag_report_adds_one_review_check_and_needs_review() -> None:
    report = {"category": "smart-factory", "outcome": "eligible", "checks": []}
    entries = [Entry("/a", "a", result([invoice("1", "32")])), Entry("/b", "b", result([invoice("1", "32")]))]
    flagged = flag_report(report, invoice_matches(entries)[0])
    assert flagged["outcome"] == "needs_review" and report["outcome"] == "eligible"
    assert [c["id"] for c in flagged["checks"]] == ["smart-factory.invoices_across_packets"]
    assert flag_report(flagged, [])["checks"] == []
