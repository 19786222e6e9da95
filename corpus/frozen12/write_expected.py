import json, os
from pathlib import Path
HERE = Path("/work/wt-blind12/corpus/frozen12")
def docs(pid):
    return sorted(str(p.relative_to(HERE / "packets" / pid)) for p in (HERE / "packets" / pid).rglob("*") if p.is_file())
def kind(name):
    rules = [("绩效目标", "performance_form"), ("申报表", "application_form"), ("申报书", "application_form"), ("绩效目标", "performance_form"),
             ("审计报告", "audit_report"), ("专审报告", "audit_report"), ("终验意见", "acceptance_opinion"),
             ("备案证及施工许可证", "project_filing"), ("备案证", "project_filing"), ("环评", "eia_approval"), ("节能审查", "energy_review"),
             ("相关手续的说明", "procedure_exemption"), ("营业执照", "business_license"), ("统一社会信用代码证书", "business_license"),
             ("法人登记证书", "business_license"), ("名单", "designation_certificate"), ("小巨人", "designation_certificate"),
             ("利息单", "interest_statement"), ("回单", "payment_voucher"), ("合同", "contract"), ("合作协议", "contract")]
    if name.endswith((".ofd", ".xml")) or "发票" in name.split("/")[-1] or name.split("/")[-1].startswith(("数电票", "dzfp")):
        return "invoice"
    if name.startswith("发票") or "/发票" in name:
        return "invoice"
    for k, v in rules:
        if k in name:
            return v
    return "other"
E = {}
def put(pid, category, given, outcome, figures, reasons, subsidy, notes, kinds_override=None):
    dd = {n: kind(n) for n in docs(pid)}
    dd.update(kinds_override or {})
    E[pid] = {"id": pid, "category": category, "given_category": given, "outcome": outcome, "figures": figures,
              "max_subsidy_wan": subsidy, "reasons": reasons, "notes": notes, "documents": dd}

put("s01", "smart-factory", "smart-factory", "eligible", {
    "applicant_name": "江苏鼎川精密机械有限公司", "applicant_uscc": "91320583712863541B", "recommending_unit": "苏州市工业和信息化局",
    "total_investment": 3486.5, "software_investment": 356.4, "start_date": "2020-09-15", "completion_date": "2022-04-26",
    "acceptance_date": "2022-08-19", "invoice_total": 285.6, "invoice_count": 3}, [], 348.65,
    "Audit is a DOCX whose 审定汇总表 (万元) is nested inside a one-cell layout table; the narrative says only '详见下表'. 3,486.50 ≥ 3,000, "
    "其中 software/集成/云 356.40 ≥ 300; 不含税 is stated only in the footnote under the table, which also says 土建 386.20 is not in it. "
    "Dates written 2020.09.15 — 2022.04.26 (dotted) in the 申报表; acceptance is called 项目终验 (苏州市工信局, 2022-08-19). The 2021 省级 list "
    "names the applicant without 有限公司 ('江苏鼎川精密机械') — the same company. Invoices: two OFD 数电票 (labels on a template layer, values "
    "on the page) 97.20 + 64.80 and one paper 专票 PDF 123.60 = 285.60 (the xlsx 设备购置清单 is a list, not invoices). 10% = 348.65.",
    {"设备购置清单.xlsx": "other"})
put("s02", "green-upgrade", "green-upgrade", "ineligible", {
    "applicant_name": "盐城澜江新材料股份有限公司", "applicant_uscc": "9132090379410285X2", "recommending_unit": "盐城市工业和信息化局",
    "total_investment": 1734.5, "invested_by_cutoff": 486.3, "completion_date": "2023-12-31"},
    [{"kind": "figure", "figure": "total_investment"}], None,
    "申报表 and 备案证 give 项目总投资 2,465.29 (2,465万元) incl. 土建 340.08 and 铺底 180 — tax included. The split is on the SECOND sheet "
    "('投资估算明细') of the xlsx budget: 不含税 column: items 1–5 = 612.40 + 586.20 + 168.50 + 324.80 + 42.60 = 1,734.50 (土建 312.00 and "
    "铺底 180.00 excluded) < 2,000 → fails. Even 2,465.29 − 340.08 − 180 = 1,945.21 (含税) fails. Cutoff 486.30 (audit 4,863,000元, = the "
    "sheet's column) would be 28% and completion '2023年12月' (month only → 2023-12-31) passes; both irrelevant to the outcome.",
    {"附件3 项目投资估算表.xlsx": "other"})
put("s03", "specialized-sme", "specialized-sme", "incomplete", {
    "applicant_name": "常州恒锐传感科技有限公司", "applicant_uscc": "91320412688157304G", "recommending_unit": "常州市工业和信息化局",
    "hw_sw_investment": 612.85, "loan_interest": 319.083334, "invoice_total": 260.2, "invoice_count": 2},
    [{"kind": "missing", "document": "loan_contract"}], None,
    "hw/sw 6,128,500.00元 = 612.85 (专审报告 PDF table in 元 + 大写; the xlsx 明细清单 repeats it). Interest only from '利息单 建行.pdf', which "
    "is a JPEG phone photo with a .pdf name: CCB 利息清单 of seven settlements; the 2020-12-21 one (536,666.67) is outside 2021-01-01..2022-06-30, "
    "the other six = 3,190,833.34元 = 319.083334 (the slip's 合计 3,727,500.01 includes the 2020 row). 612.85 + 319.08 = 931.93 ≥ 800 would pass, "
    "but the guide requires 贷款合同 and there is none (only its number on the slip) → incomplete. Invoices 186.40 + 73.80.",
    {"软硬件投入明细清单.xlsx": "other", "利息单 建行.pdf": "interest_statement", "小巨人企业证书.pdf": "designation_certificate"})
put("s04", "core-tech", None, "eligible", {
    "applicant_name": "无锡芯测半导体装备有限公司", "applicant_uscc": "913202145592841393", "recommending_unit": "无锡市工业和信息化局",
    "rd_investment": 3420.0, "start_date": "2022-07-01", "completion_date": "2024-12-31"}, [], 1026.0,
    "No --category: 申报书 title (关键核心技术（装备）工程化攻关项目申报书) and the xlsx 绩效目标申报表 (附件1-12). The 申报书 gives only 项目总投资 "
    "4,180 (incl. the university's 760); the applicant's own new R&D is on the budget workbook: sheet 1 by source (自筹 3,420 / 东南大学 760), "
    "sheet 2 the 费用化 2,236 + 资本化 1,184 = 3,420 from 2022-07-01 ≥ 3,000. Period '2022.07-2024.12' (month only) → 2022-07-01..2024-12-31, "
    "30 months, done by end-2024. 30% × 3,420 = 1,026.",
    {"附件3 项目研发投入预算表.xlsx": "other", "附件5 知识产权清单.pdf": "other"})
put("s05", "iiot-identifier-platform", "iiot-identifier-platform", "needs_review", {
    "applicant_name": "江苏联标数科技术有限公司", "applicant_uscc": "91320115744021867D", "recommending_unit": "南京市工业和信息化局",
    "total_investment": 1860.0, "invested_by_cutoff": 412.6, "completion_date": "2023-10-31", "invoice_total": 412.6, "invoice_count": 4},
    [{"kind": "figure", "figure": "invested_by_cutoff"}], None,
    "Plan 1,860.00 不含税 (备案证 1,980 is the gross filing figure), completion '2023年10月' ≤ 2023-12-31, counts in the xlsx 绩效目标表 all pass "
    "(24 modules: 12 free + 12 discounted; 12 trainings; 68 products; 1,260 firms; 13 nodes). The audit (DOCX, long file name, amounts in "
    "FULL-WIDTH digits ４１２．６０) certifies 412.60 by 2022-06-30 = 22.18%. But its 58.40 云资源 item is invoiced (OFD 数电票) to the PARENT "
    "江苏联标数科（集团）有限公司, not the applicant; the audit's own note says the group bought it and charged nothing. Without it 354.20 = 19.04% "
    "< 20%. Whether a parent's purchase counts as the applicant's investment is for a person → needs_review. Invoices: 2 OFD + 1 XML + 1 PDF 数电票 "
    "= 168.40 + 58.40 + 126.80 + 59.00 = 412.60.")
put("s06", "info-consumption", None, "ineligible", {
    "applicant_name": "南通智养云科技有限公司", "applicant_uscc": "913206026943057139", "recommending_unit": "南通市工业和信息化局",
    "total_investment": 826.4, "invested_by_cutoff": 238.5, "start_date": "2021-09-01", "completion_date": "2023-12-31",
    "invoice_total": 238.5, "invoice_count": 3},
    [{"kind": "figure", "figure": "completion_date", "alt": ["start_date", "implementation_months", "implementation_period"]}], None,
    "No --category: 申报表 申报类别 line + xlsx 绩效目标申报表 (附件1-24). Under way, 826.40 ≥ 500, 238.50 by 2022-06-30 = 28.86% ≥ 20% (audit "
    "is a JPEG phone photo saved as .pdf; invoices: 1 OFD + 2 XML 数电票 = 48.50 + 128.00 + 62.00). But every document gives the period as months "
    "only, 2021年9月 — 2023年12月: 28 months (even read as 2021-09-30..2023-12-01 it is 26) > 实施周期不超过2年 → ineligible.",
    {"3.截至2022年6月30日投入专项审计报告.pdf": "audit_report"})
put("s07", "major-exhibition", "major-exhibition", "eligible", {
    "applicant_name": "徐州市工业和信息化局", "applicant_uscc": "11320300014328912X", "total_investment": 1386.445}, [], 693.2225,
    "Applicant a 设区市工信局 (机关, USCC 11…), 承办 named by the 省政府办公厅 复函. The basis is 经专项审计后 total meeting the 方案 standards: the "
    "audit is printed 2-UP (two A4 pages on one landscape sheet) and scanned, image only: reported 15,326,800 − 1,462,350 (礼品/宴请 over standard) "
    "= 13,864,450.00元 = 1,386.445 (大写 too). The xlsx 支出明细表 has items in 万元 under a '金额（万元）' header and its 合计 row in 元 "
    "('合计（元）' 15,326,800) = the REPORTED total, not the basis. 50% = 693.2225 < 1,000. No recommending unit.",
    {"03-省政府办公厅复函.pdf": "other", "05-博览会支出明细表.xlsx": "other", "06-办展方案.pdf": "other"})
put("s08", "major-event", None, "eligible", {
    "applicant_name": "常州国家高新技术产业开发区管理委员会", "applicant_uscc": "11320400015081261P", "recommending_unit": "常州市工业和信息化局",
    "total_investment": 328.645, "invoice_total": 192.8, "invoice_count": 2}, [], 328.645,
    "No --category: 申报表 title (省委省政府部署的重大活动项目申报表) + 附件1-17. A 国家级高新区 管委会 (省级（含）以上 ✓), event deployed by "
    "省委省政府 (办公厅函). The audit and two XML 数电票 come only inside '专项审计报告及附件.zip' in the packet folder: reported 3,412,650 − 126,200 "
    "(餐费 over standard) = 3,286,450.00元 = 328.645. 重大活动 are paid on 审计后的实际支出 with no rate/cap → the most is 328.645. "
    "The 申报表 names the applicant in short (常州国家高新区管委会); the certificate gives the full name.",
    {"省政府办公厅关于举办活动的函.pdf": "other", "专项审计报告及附件.zip": "other"})
put("s09", "xinchuang-pilot-zone", "xinchuang-pilot-zone", "ineligible", {
    "applicant_name": "昆山高新技术产业开发区管理委员会", "applicant_uscc": "11320583014632754J", "recommending_unit": "苏州市工业和信息化局",
    "total_investment": 9580.0, "completion_date": "2024-06-30"},
    [{"kind": "figure", "figure": "total_investment"}], None,
    "A 高新区 管委会 may apply; creation by 2024-06 ('2024年6月') passes. The 申报书 only says the 2-year budget is '约1亿元'; the workbook's year "
    "sheets (sheet 2 '2023年度' 4,860; sheet 3 '2024年度' 4,720; sheet 1 is a cover) add to 9,580, and the 实施方案 repeats 4,860 + 4,720. "
    "9,580 < 10,000 (不低于1亿元) → ineligible. '约1亿元' is a rounded claim, not a budget.",
    {"附件3：先导区建设投资预算表.xlsx": "other", "附件4：先导区实施方案.pdf": "other"})
put("s10", "cluster-promotion", "cluster-promotion", "eligible", {
    "applicant_name": "无锡市物联网产业集群促进会", "applicant_uscc": "51320200509317465D", "recommending_unit": "无锡市工业和信息化局",
    "service_revenue": 286.43}, [], 143.215,
    "A 社会团体 (USCC 51…) serving one cluster (无锡物联网, a 2021 national competition winner). Audit (DOCX) typed with FULL-WIDTH digits: "
    "２，８６４，３００．００元 for 2021-07-01..2022-06-30 (大写 too) = 286.43 ≥ 200. The xlsx 收入明细 has two sheets (2021年度 incl. Mar/May "
    "2021 rows outside the window, 合计 2,024,300; 2022年1-6月 1,370,000): in-window rows 1,494,300 + 1,370,000 = 2,864,300 agree. Counts: 23 "
    "outputs ≥ 20, 12 events ≥ 10, 186 firms ≥ 100, team 14 ≥ 10. 50% = 143.215 ≤ 300.",
    {"04_服务收入明细表.xlsx": "other", "05_成果及活动清单.pdf": "other"})
put("s11", "sme-service-platform", None, "ineligible", {
    "applicant_name": "泰州科创企业服务有限公司", "applicant_uscc": "91321202661830271U", "recommending_unit": "泰州市工业和信息化局",
    "total_investment": 372.2}, [{"kind": "figure", "figure": "total_investment"}], None,
    "No --category: 申报表 title + 附件1-23. 2021 省级示范平台 (valid), 236 firms, 11 events (2 with 工信局), 95.2%, 32% free/low-fee, funded "
    "only in 2020. The audit (DOCX) states 441.50 and puts its breakdown in a TABLE INSIDE A TEXT BOX, with '其中：' sub-rows the guide excludes: "
    "办公用房装修改造 42.60, 固定资产折旧 19.40, 业务招待费 7.30 → 441.50 − 69.30 = 372.20 < 400 → ineligible.",
    {"附件四  2021年省级中小企业公共服务示范平台名单.pdf": "designation_certificate", "附件五  服务活动及满意度统计.pdf": "other"})
put("s12", "industrial-foundation", "industrial-foundation", "incomplete", {
    "applicant_name": "镇江宏拓精密轴承有限公司", "applicant_uscc": "91321191783265143Q", "recommending_unit": "镇江市工业和信息化局",
    "total_investment": 5842.6}, [{"kind": "missing", "document": "construction_start_certificate"}], None,
    "计划投资 7,260 − 土建 1,120 − 铺底 297.40 = 5,842.60 ≥ 5,000; the xlsx 设备购置清单 has items in 万元 under '金额（万元）' but its 合计 row in 元 "
    "('合计（元）' 58,426,000), 不含税 only in the note under it. 备案证 + 建筑工程施工许可证 printed 2-UP on one scanned landscape sheet; 环评批复 is a "
    "JPEG photo named .pdf; 节能审查意见 present. Started, not completed (2023年12月). The guide requires a 开工证明 issued by the local 工信部门; "
    "the packet has only the 住建局 施工许可证 and the company's own 开工情况说明 → incomplete.",
    {"附件４　设备购置清单.xlsx": "other", "附件５　项目开工情况说明.pdf": "other"})
for pid, d in E.items():
    (HERE / "expected" / f"{pid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(pid, d["outcome"], {k: v for k, v in d["documents"].items()})
