"""The synthetic corpus: eligible, ineligible, incomplete and needs-review packets per category."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from corpus.profiles import PROFILES, YI
from corpus.spec import Invoice, Spec

APPLICANTS = ["江苏恒达智能装备有限公司", "苏州新锐精密制造股份有限公司", "无锡华信电子科技有限公司",
              "常州天润新材料有限公司", "南通海洋重工股份有限公司", "徐州华泰机械有限公司"]
PROJECTS = ["智能工厂建设项目", "数字化车间改造项目", "5G全连接工厂建设项目", "服务化转型升级项目"]


def _invoices(seed: int, count: int = 3, year: int = 2021) -> list[Invoice]:
    return [Invoice(number=f"{seed:03d}{i:05d}", code=f"32002211{30 + i}", issued=date(year, 3 + i, 10 + i),
                    amount_yuan=D("185000.00") * (i + 1)) for i in range(count)]


def _supporting_invoices(spec: Spec, total_wan: D, year: int) -> list[Invoice]:
    """Three invoices whose amounts (tax excluded) add up to `total_wan`."""
    parts = [(total_wan * 10000 / 6 * k).quantize(D("0.01")) for k in (1, 2)]
    parts.append(total_wan * 10000 - sum(parts))
    return [replace(item, amount_yuan=amount) for item, amount in zip(_invoices(spec.seed, year=year), parts, strict=True)]


def _profiled(spec: Spec) -> Spec:
    profile = PROFILES[spec.category]
    start = profile.facts.get("start_date")
    spec = replace(spec, designation=None, facts=dict(profile.facts), designations=profile.designations,
                   valid_until=profile.valid_until, applicant=profile.applicant or spec.applicant,
                   project=f"{profile.app_title.removesuffix('项目')}建设项目", invoices=[])
    spec = replace(spec, **profile.spec)  # type: ignore[arg-type]
    if profile.uses_standard_audit:
        spec = replace(spec, total=profile.facts["total_investment"], software=profile.facts["software_investment"])
    return spec


def _cat(name: str, category: str, seed: int, facts: dict[str, object] | None = None, **changes: object) -> Spec:
    """A packet of a profiled category: the eligible facts, some changed."""
    spec = _profiled(_base(name, category, seed))
    if facts:
        spec = replace(spec, facts={**spec.facts, **facts})
    supported = PROFILES[category].invoices
    if supported:
        start = spec.facts.get("start_date")
        year = start.year if isinstance(start, date) else 2021
        spec = replace(spec, invoices=_supporting_invoices(spec, spec.facts[supported], year))  # type: ignore[arg-type]
    return replace(spec, **changes)  # type: ignore[arg-type]


def _deals(*deals: tuple[D, D]) -> dict[str, object]:
    """Several acquisitions counted together: (出资额, 现金部分) each; the audit lists them and their 合计."""
    targets = ["常州精工传动科技有限公司", "南通远航船舶配件有限公司", "扬州华宇电子材料有限公司"]
    dated = [(targets[i], total, cash, date(2021, 6 + 4 * i, 18)) for i, (total, cash) in enumerate(deals)]
    return {"deals": dated, "acquisition_total": sum(d[1] for d in dated), "acquisition_amount": sum(d[2] for d in dated),
            "completion_date": max(d[3] for d in dated)}


def _missing(name: str, category: str, seed: int, key: str, check: str) -> Spec:
    return _cat(name, category, seed, missing=(key,), expected_outcome="incomplete",
                expected_checks={check: "missing"})


def _failing(name: str, category: str, seed: int, facts: dict[str, object], check: str, **changes: object) -> Spec:
    return _cat(name, category, seed, facts, expected_outcome="ineligible", expected_checks={check: "fail"},
                **changes)


def profiled_scenarios() -> list[Spec]:
    """Three packets per profiled category at least: eligible, failing one category-specific
    condition, missing one required material."""
    return [
        _cat("mt-01-eligible", "major-tech-renovation", 31),
        _failing("mt-02-total-below", "major-tech-renovation", 32, {"total_investment": D("9800.00")},
                 "total_investment_min"),
        _missing("mt-03-no-start-certificate", "major-tech-renovation", 33, "start_certificate",
                 "material.start_certificate"),
        _cat("if-01-eligible", "industrial-foundation", 34),
        _failing("if-02-already-completed", "industrial-foundation", 35, {"completion_date": date(2022, 12, 31)},
                 "started_not_completed"),
        _missing("if-03-no-filing", "industrial-foundation", 36, "filing", "material.filing"),
        _cat("in-01-eligible", "iiot-identifier-node", 37),
        _failing("in-02-registrations-below", "iiot-identifier-node", 38, {"identifier_registrations": 18 * YI // 10},
                 "registrations_min"),
        _missing("in-03-no-expert-evaluation", "iiot-identifier-node", 39, "expert_evaluation",
                 "material.expert_evaluation"),
        _cat("ip-01-eligible", "iiot-identifier-platform", 40),
        _failing("ip-02-invested-share-below", "iiot-identifier-platform", 41, {"invested_by_cutoff": D("420.00")},
                 "invested_by_cutoff_share"),
        _missing("ip-03-no-investment-evidence", "iiot-identifier-platform", 42, "statement_audit",
                 "material.investment_evidence"),
        _cat("pf-01-eligible", "iiot-platform", 43),
        _failing("pf-02-designation-2017", "iiot-platform", 44, {}, "designation_held",
                 designations=(("工业互联网平台", "江苏省", 2017),)),
        _missing("pf-03-no-test-report", "iiot-platform", 45, "test_report", "material.test_report"),
        _cat("sc-01-eligible", "iiot-security", 46),
        _failing("sc-02-period-over-two-years", "iiot-security", 47, {"completion_date": date(2024, 3, 31)},
                 "implementation_period"),
        _missing("sc-03-no-investment-evidence", "iiot-security", 48, "statement_audit",
                 "material.investment_evidence"),
        _cat("xz-01-eligible", "xinchuang-pilot-zone", 49),
        _failing("xz-02-budget-below", "xinchuang-pilot-zone", 50, {"investment_budget": D("8500.00")}, "budget_min"),
        _missing("xz-03-no-performance-form", "xinchuang-pilot-zone", 51, "performance_form",
                 "material.performance_form"),
        _cat("xl-01-eligible", "xinchuang-lab", 52),
        _failing("xl-02-cooperation-three-years", "xinchuang-lab", 53, {"cooperation_years": 3},
                 "cooperation_years_min"),
        _missing("xl-03-no-agreement", "xinchuang-lab", 54, "cooperation_agreement", "material.cooperation_agreement"),
        _cat("dp-01-eligible", "data-productization", 55),
        _failing("dp-02-demo-listed-2019", "data-productization", 56, {}, "demo_project_listed",
                 designations=(("云计算、大数据、区块链企业库入库企业", "江苏省", 2021), ("大数据应用示范项目", "江苏省", 2019))),
        _missing("dp-03-no-acceptance", "data-productization", 57, "acceptance_opinion",
                 "material.acceptance_opinion"),
        _cat("ct-01-eligible", "core-tech", 58),
        _failing("ct-02-direction-not-listed", "core-tech", 59, {"declared_direction": "工业机器人精密减速器"},
                 "direction_listed"),
        _missing("ct-03-no-performance-form", "core-tech", 60, "performance_form", "material.performance_form"),
        _failing("ct-04-rd-investment-below", "core-tech", 61, {"rd_investment": D("2800.00")}, "rd_investment_min"),
        _cat("ct-05-biomedicine-direction", "core-tech", 62, {"declared_direction": "核酸药物递送技术研发及产业化"}),
        _cat("ma-01-eligible", "merger-acquisition", 63),
        _failing("ma-02-minority-stake", "merger-acquisition", 64, {"control_share": D("0.45")}, "control_share_min"),
        _missing("ma-03-no-agreement", "merger-acquisition", 65, "agreement", "material.agreement"),
        _cat("ma-04-two-deals", "merger-acquisition", 103, _deals((D("6000.00"), D("6000.00")), (D("5500.00"), D("3000.00"))),
             expected_checks={"each_deal_over_floor": "pass"}),
        _failing("ma-05-small-deal-counted", "merger-acquisition", 104,
                 _deals((D("6000.00"), D("6000.00")), (D("4000.00"), D("4000.00"))), "each_deal_over_floor"),
        _cat("ss-01-eligible", "specialized-sme", 66),
        _failing("ss-02-sum-below", "specialized-sme", 67, {"hw_sw_investment": D("520.00")},
                 "investment_and_interest_min"),
        _missing("ss-03-no-interest-statement", "specialized-sme", 68, "interest_statement",
                 "material.interest_statement"),
        _cat("ss-04-no-loan", "specialized-sme", 69, {"hw_sw_investment": D("860.00"), "loan_interest": D("0")},
             missing=("loan_contract", "interest_statement")),
        _cat("ls-01-eligible", "lead-software-enterprise", 70),
        _failing("ls-02-eight-copyrights", "lead-software-enterprise", 71, {"software_copyright_count": 8},
                 "copyrights_min"),
        _missing("ls-03-no-audit", "lead-software-enterprise", 72, "statement_audit", "material.audit_report"),
        _cat("ex-01-eligible", "major-exhibition", 73),
        _failing("ex-02-held-after-application", "major-exhibition", 74, {"completion_date": date(2023, 5, 20)},
                 "completed_before_application"),
        _missing("ex-03-no-audit", "major-exhibition", 75, "statement_audit", "material.audit_report"),
        _cat("ev-01-eligible", "major-event", 76),
        _failing("ev-02-held-after-application", "major-event", 77, {"completion_date": date(2023, 4, 8)},
                 "completed_before_application"),
        _missing("ev-03-no-performance-form", "major-event", 78, "performance_form", "material.performance_form"),
        _cat("gu-01-eligible", "green-upgrade", 79),
        _failing("gu-02-invested-share-below", "green-upgrade", 80, {"invested_by_cutoff": D("500.00")},
                 "invested_by_cutoff_share"),
        _missing("gu-03-no-payment-voucher", "green-upgrade", 81, "payment_voucher", "material.payment_voucher"),
        _cat("gu-04-invoices-short-of-claim", "green-upgrade", 100, invoices=_invoices(100, year=2022),
             expected_outcome="needs_review", expected_checks={"invoices_support_cutoff": "review"}),
        _cat("cv-01-eligible", "connected-vehicles", 82),
        _failing("cv-02-completed-late", "connected-vehicles", 83, {}, "completion_window",
                 completion=date(2022, 8, 15)),
        _missing("cv-03-no-audit", "connected-vehicles", 84, "audit_report", "material.audit_report"),
        _cat("ic-01-eligible", "innovation-center", 85),
        _failing("ic-02-total-below-two-year-tier", "innovation-center", 86, {"total_investment": D("4600.00")},
                 "total_investment_by_period"),
        _missing("ic-03-no-designation", "innovation-center", 87, "designation", "material.designation"),
        _cat("cp-01-eligible", "cluster-promotion", 88),
        _failing("cp-02-eight-exchange-events", "cluster-promotion", 89, {"exchange_event_count": 8},
                 "exchange_events_min"),
        _missing("cp-03-no-audit", "cluster-promotion", 90, "statement_audit", "material.audit_report"),
        _cat("sp-01-eligible", "sme-service-platform", 91),
        _failing("sp-02-satisfaction-below", "sme-service-platform", 92, {"satisfaction_rate": D("0.86")},
                 "satisfaction_min"),
        _missing("sp-03-no-designation", "sme-service-platform", 93, "designation", "material.designation"),
        _cat("sp-04-local-service-center", "sme-service-platform", 101,
             {"total_investment": D("260.00"), "free_service_share": D("1")}, applicant="苏州市中小企业服务中心"),
        _cat("ic2-01-eligible", "info-consumption", 94),
        _failing("ic2-02-already-completed", "info-consumption", 95, {"completion_date": date(2022, 12, 31)},
                 "started_not_completed"),
        _missing("ic2-03-no-investment-evidence", "info-consumption", 96, "statement_audit",
                 "material.investment_evidence"),
        _cat("tt-01-eligible", "talent-training", 97),
        _failing("tt-02-trainees-below", "talent-training", 98, {"trainee_count": 700}, "trainees_min"),
        _missing("tt-03-no-license", "talent-training", 99, "business_license", "material.business_license"),
        _cat("tt-04-public-institution", "talent-training", 102,
             {"registered_capital": D("300.00"), "average_revenue": D("320.00")}, applicant="江苏省工业和信息化人才服务中心",
             expected_checks={"registered_capital_min": "pass", "average_revenue_min": "pass"}),
    ]


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
        _base("sf-10-acceptance-unsealed", sf, 40, seals={"acceptance_opinion": None}, expected_outcome="needs_review",
              expected_checks={"material.acceptance_opinion.seal": "review", "material.acceptance_opinion": "pass"}),
        _base("sf-11-procedures-unsealed", sf, 41, seals={"filing": None, "energy": None}, expected_outcome="needs_review",
              expected_checks={"material.filing.seal": "review", "material.energy.seal": "review",
                               "material.eia.seal": "pass"}),
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
        _base("sm-02-no-priority-designation", sm, 24, designation=None,
              expected_checks={"priority_designation": "pass"}),
        _base("sm-03-rejected", sm, 25, conclusion="rejected", expected_outcome="ineligible",
              expected_checks={"acceptance_passed": "fail"}),
        _base("sm-04-accepted-after-application", sm, 26, acceptance=date(2023, 4, 2), expected_outcome="ineligible",
              expected_checks={"acceptance_before_deadline": "fail"}),
        _base("sm-05-no-acceptance", sm, 27, missing=("acceptance_opinion",), expected_outcome="incomplete",
              expected_checks={"material.acceptance_opinion": "missing"}),
        _base("sm-06-completed-early", sm, 28, start=date(2019, 6, 1), completion=date(2020, 12, 31),
              expected_outcome="ineligible", expected_checks={"completion_window": "fail"}),
    ]
    # the same invoice uploaded twice is counted once and said so; it does not hold the packet up
    dup = _base("ib-05-duplicate-invoice", ib, 14, expected_outcome="eligible",
                expected_checks={"invoices_unique": "pass"})
    specs.append(replace(dup, invoices=_dup(dup)))
    mismatch = _base("fg-05-buyer-mismatch", fg, 20, expected_outcome="needs_review",
                     expected_checks={"invoice_buyer_is_applicant": "review"})
    bad = mismatch.invoices
    specs.append(replace(mismatch, invoices=[replace(bad[0], buyer="上海某某贸易有限公司"), *bad[1:]]))
    specs.append(_base("sf-10-two-categories", sf, 30, extra_forms=(ib,), expected_outcome="needs_review",
                       expected_checks={"category.detect": "review"}))
    return sorted(specs + profiled_scenarios(), key=lambda s: s.name)
