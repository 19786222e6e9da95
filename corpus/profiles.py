"""What a packet of each category holds, and how applicants write its figures.

A profile names the documents of an eligible packet and the facts they state; scenarios
perturb one fact or drop one document. Phrases give each figure the labels applicants use
in a table and the sentences they write in prose; documents alternate between the two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal as D

# figure → (table label, sentence with {v})
PHRASES: dict[str, tuple[str, str]] = {
    "total_investment": ("项目总投入（万元）", "项目总投入{v}"),
    "planned_investment": ("计划总投资（万元）", "项目计划总投资{v}"),
    "invested_by_cutoff": ("截至2022年6月30日已完成投资（万元）", "截至2022年6月30日，项目已完成投资{v}"),
    "investment_budget": ("投资预算（万元）", "建设期内投资预算{v}"),
    "rd_investment": ("新增研发投入（万元）", "项目自2022年7月1日起新增研发投入{v}，资金全部由申报单位自筹"),
    "acquisition_total": ("实际出资额（万元）", "并购实际出资额{v}"),
    "acquisition_amount": ("其中现金支付（万元）", "其中以现金支付{v}"),
    "software_revenue": ("上年度软件和信息技术服务业务收入（万元）", "上年度软件和信息技术服务业务收入{v}"),
    "software_related_investment": ("上年度软件和信息技术相关投入（万元）", "上年度软件和信息技术相关投入{v}（不含税）"),
    "service_revenue": ("集群服务收入（万元）", "2021年7月1日至2022年6月30日期间开展集群服务收入{v}"),
    "hw_sw_investment": ("新增软硬件投入（万元，不含税）", "2021年1月1日至2022年6月30日期间新增软硬件投入{v}（不含税）"),
    "loan_interest": ("贷款利息（万元）", "同期实际支付商业银行贷款利息{v}"),
    "registered_capital": ("注册资本", "注册资本{v}"),
    "average_revenue": ("2019-2021年年均收入（万元）", "2019-2021年年均营业收入{v}"),
    "promotion_event_count": ("标识应用推广活动（场）", "累计开展标识应用推广活动{v}场"),
    "identifier_registrations": ("累计标识注册量（亿）", "累计标识注册量{v}亿"),
    "identifier_resolutions": ("累计标识解析量（亿）", "累计标识解析量{v}亿次"),
    "connected_enterprise_count": ("接入企业数量（家）", "接入企业{v}家"),
    "self_developed_app_count": ("自研标识应用软件（款）", "自研标识应用软件{v}款（均由二级节点接入使用）"),
    "free_app_count": ("免费供省内节点企业使用的软件（款）", "其中免费供省内节点企业使用的软件{v}款"),
    "discounted_app_count": ("以优惠价供节点企业使用的软件（款）", "以优惠价供省内节点企业使用的软件{v}款"),
    "listed_app_count": ("上架标识应用软件产品（款）", "上架标识应用软件产品{v}款"),
    "served_enterprise_count": ("服务企业数量（家）", "服务企业{v}家"),
    "served_node_count": ("服务二级节点数（家）", "服务二级节点{v}家"),
    "staff_count": ("服务团队人数（人）", "拥有专职服务团队{v}人"),
    "publication_count": ("编制发布图谱、白皮书等成果（个）", "牵头编制发布集群图谱、白皮书、咨询报告等{v}个"),
    "exchange_event_count": ("组织成员单位交流活动（场）", "牵头组织集群成员单位交流活动{v}场"),
    "public_event_count": ("公益性公共服务活动（场）", "开展公益性公共服务活动{v}场"),
    "joint_event_count": ("与工信部门联合开展的活动（场）", "其中与工信部门联合开展线下公益服务活动{v}场"),
    "software_copyright_count": ("上年度获得软件著作权（件，不含受让）", "上年度获得软件著作权{v}件（均为原始取得）"),
    "cooperation_years": ("合作期（年）", "合作期{v}年"),
    "annual_trainee_count": ("近三年年均培训人次", "近三年年均培训{v}人次"),
    "trainee_count": ("培训总人数（人）", "计划培训学员总人数{v}人"),
    "min_class_size": ("每班学员人数（人）", "每个班次学员不少于{v}人"),
    "class_count": ("3.5天（含）以上班次（个）", "时长3.5天（含）以上的班次{v}个"),
    "city_count": ("学员来源设区市（个）", "学员来自省内{v}个设区市"),
    "control_share": ("并购后持股比例", "并购完成后持股比例为{v}，系目标企业唯一控股的最大股东"),
    "satisfaction_rate": ("服务满意度", "中小微企业服务满意度{v}"),
    "software_revenue_growth": ("软件业务收入增速", "软件和信息技术服务业务收入同比增长{v}"),
    "free_service_share": ("免费及低收费服务占比", "免费公益性服务和低收费服务占总服务的比例为{v}"),
    "registration_date": ("成立日期", "成立于{v}"),
    "start_date": ("项目开始时间", "项目于{v}开工建设"),
    "completion_date": ("项目完成时间", "项目计划于{v}建成"),
    "declared_direction": ("攻关方向", "攻关方向：{v}"),
}
# How another applicant writes the same figure in prose (used by every other prose variant).
ALTERNATES: dict[str, str] = {
    "total_investment": "项目总投资为{v}",
    "planned_investment": "项目计划投资{v}",
    "invested_by_cutoff": "截止2022年6月30日，累计完成投资{v}",
    "investment_budget": "建设投资预算总额{v}",
    "rd_investment": "2022年7月1日以来项目新增研发经费投入{v}",
    "acquisition_total": "交易对价合计{v}",
    "acquisition_amount": "其中现金部分为{v}",
    "software_revenue": "上一年度实现软件业务收入{v}",
    "software_related_investment": "软件和信息技术相关投入合计{v}（不含税）",
    "service_revenue": "2021年7月1日至2022年6月30日期间集群服务收入合计{v}",
    "hw_sw_investment": "2021年1月1日至2022年6月30日期间新增设备及软件投入{v}（不含税）",
    "loan_interest": "支付银行贷款利息共计{v}",
    "average_revenue": "近三年年平均营业收入{v}",
    "promotion_event_count": "共举办标识应用推广会{v}场",
    "identifier_registrations": "标识注册总量达到{v}亿",
    "identifier_resolutions": "标识解析总量{v}亿次",
    "connected_enterprise_count": "已接入企业{v}家",
    "self_developed_app_count": "自主研发标识应用软件（模块）{v}款",
    "free_app_count": "免费提供给省内节点企业使用的软件模块{v}款",
    "discounted_app_count": "以优惠价格提供的软件模块{v}款",
    "listed_app_count": "平台上架标识应用软件产品共{v}款",
    "served_enterprise_count": "累计服务企业{v}家",
    "served_node_count": "为{v}个二级节点提供服务",
    "staff_count": "服务团队共有{v}人",
    "publication_count": "编制发布白皮书、图谱、报告等成果{v}个",
    "exchange_event_count": "组织成员单位交流对接活动{v}场",
    "public_event_count": "举办公益性服务活动{v}场次",
    "joint_event_count": "联合工信部门开展线下公益活动{v}场",
    "software_copyright_count": "取得软件著作权登记证书{v}项（不含受让）",
    "cooperation_years": "协议合作期限为{v}年",
    "annual_trainee_count": "2019—2021年年均培训{v}人次",
    "trainee_count": "参训学员总数{v}人",
    "min_class_size": "单班学员不少于{v}人",
    "class_count": "举办3.5天（含）以上班次{v}期",
    "city_count": "学员覆盖{v}个设区市",
    "control_share": "并购完成后持有目标企业{v}股权",
    "satisfaction_rate": "服务对象满意率为{v}",
    "software_revenue_growth": "软件业务收入增长率{v}",
    "free_service_share": "低收费及免费服务占比{v}",
    "start_date": "项目开工时间为{v}",
    "completion_date": "预计{v}完成建设",
    "declared_direction": "所属攻关方向：{v}",
}
YI = 10 ** 8  # counts written in 亿
RATIOS = frozenset({"control_share", "satisfaction_rate", "software_revenue_growth", "free_service_share"})
LICENSE_FACTS = frozenset({"registration_date", "registered_capital"})  # stated by the 营业执照
AGREEMENT_FACTS = frozenset({"cooperation_years"})  # stated by the cooperation agreement


@dataclass(frozen=True)
class Profile:
    code: str
    annex: str
    form_title: str
    app_title: str
    documents: tuple[str, ...]
    facts: dict[str, object]  # the eligible packet's facts; where each is written is `audit` or the application
    audit: tuple[str, ...] = ()  # facts the audit (or statement) report states rather than the application
    statements: tuple[str, ...] = ()  # sentences the application writes (text evidence)
    form_rows: tuple[tuple[str, str], ...] = ()  # rows of the performance form beyond the common ones
    applicant: str | None = None
    designations: tuple[tuple[str, str, int], ...] = ()  # (what, issuing region, year)
    valid_until: date | None = None
    invoices: str | None = None  # the fact the packet's invoices add up to (they support it)
    uses_standard_audit: bool = False  # the completed-project audit report of 标杆示范 (total, software)
    audit_notes: tuple[str, ...] = ()  # fixed sentences of the statement audit (its period …)
    phrases: dict[str, tuple[str, str]] = field(default_factory=dict)  # this category's wording of a figure
    expected_extra: dict[str, object] = field(default_factory=dict)
    spec: dict[str, object] = field(default_factory=dict)  # Spec fields the category sets (improved_indicators …)

    def phrase(self, figure: str, variant: int = 0) -> tuple[str, str]:
        """(table label, prose sentence); odd pairs of variants write the prose another way."""
        if figure in self.phrases:
            return self.phrases[figure]
        label, sentence = PHRASES[figure]
        return label, ALTERNATES.get(figure, sentence) if variant // 2 % 2 else sentence


IN_PROGRESS_DOCS = ("performance_form", "application_form")
PROCEDURES = ("filing", "eia", "energy")

PROFILES: dict[str, Profile] = {p.code: p for p in (
    Profile("major-tech-renovation", "附件1-1", "高端化改造升级项目绩效目标申报表", "重大技术改造项目",
            (*IN_PROGRESS_DOCS, "start_certificate", *PROCEDURES),
            {"total_investment": D("12500.00"), "start_date": date(2022, 5, 10), "completion_date": date(2023, 12, 31)},
            form_rows=(("项目类型", "重大技术改造项目"),)),
    Profile("industrial-foundation", "附件1-1", "高端化改造升级项目绩效目标申报表", "产业基础再造项目",
            (*IN_PROGRESS_DOCS, "start_certificate", *PROCEDURES),
            {"total_investment": D("6200.00"), "start_date": date(2022, 4, 18), "completion_date": date(2024, 3, 31)},
            form_rows=(("项目类型", "产业基础再造项目"),)),
    Profile("iiot-identifier-node", "附件1-6", "工业互联网标识解析项目绩效目标申报表", "工业互联网标识解析二级节点项目",
            (*IN_PROGRESS_DOCS, "expert_evaluation"),
            {"total_investment": D("1350.00"), "start_date": date(2022, 3, 1), "completion_date": date(2023, 11, 30),
             "promotion_event_count": 8, "identifier_registrations": 235 * YI // 100,
             "identifier_resolutions": 126 * YI // 100, "connected_enterprise_count": 1260},
            statements=("项目已通过中国信息通信研究院组织的专家评估。", "已建成标识解析展示体验中心，面向企业开放。"),
            form_rows=(("申报类型", "二级节点☑ 公共服务平台□"),)),
    Profile("iiot-identifier-platform", "附件1-6", "工业互联网标识解析项目绩效目标申报表", "工业互联网标识解析公共服务平台项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"total_investment": D("2600.00"), "invested_by_cutoff": D("780.00"), "start_date": date(2021, 11, 1),
             "completion_date": date(2023, 10, 31), "self_developed_app_count": 24, "free_app_count": 12,
             "discounted_app_count": 12, "promotion_event_count": 12, "listed_app_count": 66,
             "served_enterprise_count": 1350, "served_node_count": 12},
            audit=("invested_by_cutoff",),
            form_rows=(("申报类型", "二级节点□ 公共服务平台☑"),)),
    Profile("iiot-platform", "附件1-7", "工业互联网平台项目绩效目标申报表", "工业互联网平台项目",
            ("performance_form", "audit_report", "acceptance_opinion", "designation", "test_report"),
            {"total_investment": D("1500.00"), "software_investment": D("360.00")},
            designations=(("工业互联网平台", "江苏省", 2020),), uses_standard_audit=True,
            spec={"improved_indicators": 4}),
    Profile("iiot-security", "附件1-8", "工业互联网安全项目绩效目标申报表", "工业互联网安全项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"total_investment": D("860.00"), "invested_by_cutoff": D("260.00"), "start_date": date(2022, 1, 10),
             "completion_date": date(2023, 9, 30)},
            audit=("invested_by_cutoff",)),
    Profile("xinchuang-pilot-zone", "附件1-9", "信息技术应用创新先导区项目绩效目标申报表", "信息技术应用创新先导区",
            IN_PROGRESS_DOCS,
            {"investment_budget": D("12000.00"), "start_date": date(2022, 7, 1), "completion_date": date(2024, 6, 30)},
            applicant="无锡国家高新技术产业开发区管理委员会"),
    Profile("xinchuang-lab", "附件1-10", "信息技术应用创新实验室项目绩效目标申报表", "信息技术应用创新实验室",
            (*IN_PROGRESS_DOCS, "cooperation_agreement"),
            {"investment_budget": D("1200.00"), "start_date": date(2022, 4, 1), "completion_date": date(2024, 3, 31),
             "cooperation_years": 5},
            statements=("实验室围绕省高端软件关键技术产业化重点方向开展联合攻关。",),
            applicant="江苏云信软件技术有限公司"),
    Profile("data-productization", "附件1-11", "数据产品化项目绩效目标申报表", "数据产品化项目",
            ("performance_form", "audit_report", "acceptance_opinion", "designation", "commitment"),
            {"total_investment": D("1280.00"), "software_investment": D("300.00")},
            statements=("本项目未获得过本专项资金支持。",),
            designations=(("云计算、大数据、区块链企业库入库企业", "江苏省", 2021), ("大数据应用示范项目", "江苏省", 2021)),
            uses_standard_audit=True),
    Profile("core-tech", "附件1-12", "关键核心技术（装备）工程化攻关项目绩效目标申报表", "关键核心技术（装备）工程化攻关项目",
            IN_PROGRESS_DOCS,
            {"declared_direction": "面向云原生架构的中间件", "rd_investment": D("3600.00"),
             "start_date": date(2022, 7, 1), "completion_date": date(2024, 12, 31)},
            statements=("申报单位拥有与攻关项目相关的发明专利12项、软件著作权8项。",)),
    Profile("merger-acquisition", "附件1-13", "企业重大兼并重组项目绩效目标申报表", "企业重大兼并重组项目",
            (*IN_PROGRESS_DOCS, "statement_audit", "agreement", "payment_voucher", "registration_notice"),
            {"acquisition_total": D("8000.00"), "acquisition_amount": D("6000.00"), "control_share": D("0.51"),
             "completion_date": date(2022, 3, 15)},
            audit=("acquisition_total", "acquisition_amount", "control_share", "completion_date"),
            audit_notes=("并购完成后，申报单位为目标企业唯一控股50%（含）以上的最大股东。",),
            phrases={"completion_date": ("工商变更登记完成日期", "目标公司于{v}完成工商变更登记及股权变更手续")}),
    Profile("specialized-sme", "附件1-14", "专精特新中小企业能力提升项目绩效目标申报表", "专精特新中小企业能力提升项目",
            ("performance_form", "statement_audit", "contract", "payment_voucher", "loan_contract",
             "interest_statement", "designation", "commitment", *PROCEDURES),
            {"hw_sw_investment": D("650.00"), "loan_interest": D("210.00")},
            audit=("hw_sw_investment", "loan_interest"), audit_notes=("审计期间：2021年1月1日至2022年6月30日。",),
            statements=("本企业2021-2022年未获得过本专项资金支持。",),
            designations=(("专精特新小巨人企业", "江苏省", 2021),), valid_until=date(2024, 12, 31),
            invoices="hw_sw_investment"),
    Profile("lead-software-enterprise", "附件1-15", "头雁型软件企业培育项目绩效目标申报表", "头雁型软件企业培育项目",
            (*IN_PROGRESS_DOCS, "statement_audit", "designation"),
            {"software_revenue": D("6800.00"), "software_revenue_growth": D("0.125"),
             "software_related_investment": D("1450.00"), "software_copyright_count": 14},
            audit=("software_revenue", "software_revenue_growth", "software_related_investment"),
            designations=(("规划布局内重点软件企业", "江苏省", 2022),), applicant="江苏金陵软件技术有限公司"),
    Profile("major-exhibition", "附件1-16", "省委省政府部署的重大展会项目绩效目标申报表", "重大展会项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"total_investment": D("1680.00"), "completion_date": date(2022, 11, 20)},
            audit=("total_investment", "completion_date"), applicant="南京市工业和信息化局",
            phrases={"completion_date": ("展会结束时间", "展会结束时间为{v}"),
                     "total_investment": ("经审计展会实际支出（万元）", "经审计，展会实际支出合计{v}")}),
    Profile("major-event", "附件1-17", "省委省政府部署的重大活动项目绩效目标申报表", "重大活动项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"total_investment": D("560.00"), "completion_date": date(2022, 9, 28)},
            audit=("total_investment", "completion_date"), applicant="苏州市工业和信息化局",
            phrases={"completion_date": ("活动结束时间", "活动结束时间为{v}"),
                     "total_investment": ("经审计活动实际支出（万元）", "经审计，活动实际支出合计{v}")}),
    Profile("green-upgrade", "附件1-18", "绿色化改造升级项目绩效目标申报表", "绿色化改造升级项目",
            (*IN_PROGRESS_DOCS, "contract", "payment_voucher", *PROCEDURES),
            {"total_investment": D("3200.00"), "invested_by_cutoff": D("900.00"), "start_date": date(2022, 2, 15),
             "completion_date": date(2024, 3, 31)},
            invoices="invested_by_cutoff"),
    Profile("connected-vehicles", "附件1-19", "车联网示范应用项目绩效目标申报表", "车联网示范应用项目",
            ("performance_form", "audit_report", "acceptance_opinion", "application_form"),
            {"total_investment": D("1450.00"), "software_investment": D("300.00")},
            statements=("申报单位为项目建设和运营主体，建立了完善的软硬件建设和运营维护机制。",),
            uses_standard_audit=True),
    Profile("innovation-center", "附件1-21", "省级制造业创新中心创新能力建设项目绩效目标申报表", "省级制造业创新中心创新能力建设项目",
            (*IN_PROGRESS_DOCS, "designation"),
            {"total_investment": D("6000.00"), "start_date": date(2022, 9, 1), "completion_date": date(2024, 8, 31)},
            designations=(("制造业创新中心", "江苏省", 2021),), applicant="江苏省先进功能材料创新中心有限公司"),
    Profile("cluster-promotion", "附件1-22", "集群发展促进机构项目绩效目标申报表", "集群发展促进机构项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"staff_count": 15, "publication_count": 24, "exchange_event_count": 12, "served_enterprise_count": 160,
             "service_revenue": D("320.00")},
            audit=("service_revenue",), audit_notes=("审计期间：2021年7月1日至2022年6月30日。",),
            applicant="江苏省物联网产业促进会"),
    Profile("sme-service-platform", "附件1-23", "中小企业公共服务示范平台项目绩效目标申报表", "中小企业公共服务示范平台项目",
            (*IN_PROGRESS_DOCS, "statement_audit", "designation"),
            {"served_enterprise_count": 260, "public_event_count": 10, "joint_event_count": 2,
             "satisfaction_rate": D("0.95"), "free_service_share": D("0.35"), "total_investment": D("520.00")},
            audit=("total_investment",), audit_notes=("审计期间：2021年1月1日至2022年6月30日。",),
            phrases={"total_investment": ("项目投入（万元，不含税）", "2021年1月1日至2022年6月30日期间项目投入{v}（不含税）")},
            designations=(("中小企业公共服务示范平台", "江苏省", 2021),), valid_until=date(2024, 12, 31)),
    Profile("info-consumption", "附件1-24", "信息消费升级平台项目绩效目标申报表", "信息消费升级平台项目",
            (*IN_PROGRESS_DOCS, "statement_audit"),
            {"total_investment": D("720.00"), "invested_by_cutoff": D("200.00"), "start_date": date(2022, 3, 1),
             "completion_date": date(2023, 12, 31)},
            audit=("invested_by_cutoff",)),
    Profile("talent-training", "附件1-25", "产业人才培训项目绩效目标申报表", "“英才名匠”产业人才培训项目",
            (*IN_PROGRESS_DOCS, "business_license", "statement_audit"),
            {"planned_investment": D("280.00"), "trainee_count": 900, "min_class_size": 60, "class_count": 10,
             "city_count": 6, "annual_trainee_count": 1500, "registration_date": date(2015, 4, 20),
             "registered_capital": D("800.00"), "average_revenue": D("1200.00")},
            audit=("average_revenue",),
            statements=("培训班次覆盖苏南、苏中、苏北地区。", "本项目为公益性项目，不向学员收取任何费用。"),
            applicant="江苏现代企业管理培训有限公司", expected_extra={"total_investment": 280.0}),
)}
