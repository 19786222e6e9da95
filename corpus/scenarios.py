"""The synthetic corpus: eligible, ineligible, incomplete and needs-review packets per category."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from corpus.spec import Invoice, Spec

APPLICANTS = ["江苏恒达智能装备有限公司", "苏州新锐精密制造股份有限公司", "无锡华信电子科技有限公司",
              "常州天润新材料有限公司", "南通海洋重工股份有限公司", "徐州华泰机械有限公司"]
PROJECTS = ["智能工厂建设项目", "数字化车间改造项目", "5G全连接工厂建设项目", "服务化转型升级项目"]


def _invoices(seed: int, count: int = 3) -> list[Invoice]:
    return [Invoice(number=f"{seed:03d}{i:05d}", code=f"32002211{30 + i}", issued=date(2021, 3 + i, 10 + i),
                    amount_yuan=D("185000.00") * (i + 1)) for i in range(count)]


def _base(name: str, category: str, seed: int, **changes: object) -> Spec:
    spec = Spec(name=name, category=category, seed=seed, applicant=APPLICANTS[seed % len(APPLICANTS)],
                project=PROJECTS[seed % len(PROJECTS)], invoices=_invoices(seed), variant=seed)
    if category == "iiot-benchmark-factory":
        spec = replace(spec, designation=("工业互联网标杆工厂", "江苏省", 2019), integration_grade="AA",
                       improved_indicators=3)
    elif category == "5g-iiot":
        spec = replace(spec, designation=None, devices_5g=120, devices_wireless=200, scenarios_5g=9,
                       total=D("2180.40"), software=D("330.00"))
    elif category == "service-manufacturing":
        spec = replace(spec, designation=("服务型制造示范企业", "江苏省", 2021), total=D("2050.00"))
    return replace(spec, **changes)  # type: ignore[arg-type]


def _dup(spec: Spec) -> list[Invoice]:
    return spec.invoices + [spec.invoices[0]]


def scenarios() -> list[Spec]:
    sf, ib, fg, sm = "smart-factory", "iiot-benchmark-factory", "5g-iiot", "service-manufacturing"
    specs = [
        _base("sf-01-eligible", sf, 1),
        _base("sf-02-eligible-exemption", sf, 2, exemption=("eia", "energy"), missing=("eia", "energy")),
        _base("sf-03-total-below", sf, 3, total=D("2999.50"), expected_outcome="ineligible",
              expected_checks={"total_investment_min": "fail"}),
        _base("sf-04-completed-late", sf, 4, completion=date(2022, 7, 1), expected_outcome="ineligible",
              expected_checks={"completion_window": "fail"}),
        _base("sf-05-construction-included", sf, 5, total=D("2900.00"), construction=D("450.00"),
              expected_outcome="ineligible", expected_checks={"total_investment_min": "fail"}),
        _base("sf-06-no-audit", sf, 6, missing=("audit_report",), expected_outcome="incomplete",
              expected_checks={"material.audit_report": "missing"}),
        _base("sf-07-tax-included", sf, 7, tax_included_only=True, total=D("3390.00"),
              expected_outcome="needs_review", expected_checks={"total_investment_min": "review"}),
        _base("sf-08-municipal-designation", sf, 8, designation=("智能制造示范工厂", "苏州市", 2021),
              expected_outcome="ineligible", expected_checks={"designation_held": "fail"}),
        _base("sf-09-software-below", sf, 9, software=D("298.00"), expected_outcome="ineligible",
              expected_checks={"software_investment_min": "fail"}),
        _base("ib-01-eligible", ib, 10),
        _base("ib-02-designation-2017", ib, 11, designation=("工业互联网标杆工厂", "江苏省", 2017),
              expected_outcome="ineligible", expected_checks={"designation_held": "fail"}),
        _base("ib-03-two-indicators", ib, 12, improved_indicators=2, expected_outcome="ineligible",
              expected_checks={"improved_indicators_min": "fail"}),
        _base("ib-04-test-report-unreadable", ib, 13, unreadable=("test_report",), expected_outcome="incomplete",
              expected_checks={"material.test_report": "missing"}),
        _base("ib-06-exemption-all", ib, 15, exemption=("filing", "eia", "energy"),
              missing=("filing", "eia", "energy"), zip_packet=True),
        _base("fg-01-eligible", fg, 16),
        _base("fg-02-ratio-below", fg, 17, devices_5g=90, expected_outcome="ineligible",
              expected_checks={"wireless_5g_ratio_min": "fail"}),
        _base("fg-03-seven-scenarios", fg, 18, scenarios_5g=7, expected_outcome="ineligible",
              expected_checks={"scenario_count_min": "fail"}),
        _base("fg-04-no-eia", fg, 19, missing=("eia",), expected_outcome="incomplete",
              expected_checks={"material.eia": "missing"}),
        _base("fg-06-software-below", fg, 21, software=D("290.00"), expected_outcome="ineligible",
              expected_checks={"software_investment_min": "fail"}),
        _base("fg-07-total-at-threshold", fg, 22, total=D("2000.00")),
        _base("sm-01-eligible", sm, 23),
        _base("sm-02-no-priority-designation", sm, 24, designation=None, expected_outcome="needs_review",
              expected_checks={"priority_designation": "review"}),
        _base("sm-03-rejected", sm, 25, conclusion="rejected", expected_outcome="ineligible",
              expected_checks={"acceptance_passed": "fail"}),
        _base("sm-04-accepted-after-application", sm, 26, acceptance=date(2023, 4, 2), expected_outcome="ineligible",
              expected_checks={"acceptance_before_deadline": "fail"}),
        _base("sm-05-no-acceptance", sm, 27, missing=("acceptance_opinion",), expected_outcome="incomplete",
              expected_checks={"material.acceptance_opinion": "missing"}),
        _base("sm-06-completed-early", sm, 28, start=date(2019, 6, 1), completion=date(2020, 12, 31),
              expected_outcome="ineligible", expected_checks={"completion_window": "fail"}),
    ]
    dup = _base("ib-05-duplicate-invoice", ib, 14, expected_outcome="needs_review",
                expected_checks={"invoices_unique": "review"})
    specs.append(replace(dup, invoices=_dup(dup)))
    mismatch = _base("fg-05-buyer-mismatch", fg, 20, expected_outcome="needs_review",
                     expected_checks={"invoice_buyer_is_applicant": "review"})
    bad = mismatch.invoices
    specs.append(replace(mismatch, invoices=[replace(bad[0], buyer="上海某某贸易有限公司"), *bad[1:]]))
    return sorted(specs, key=lambda s: s.name)
