"""Every invoice file in ../shared/realdocs with the fields read off it by hand.

Values were read by a person from each file (PDF pages rendered to PNG and looked at,
OFD page text objects and embedded XML, the XML elements, the photos), never computed by
the code under test. Amounts are yuan as printed. `ocr` marks scans and photos, which
only an OCR reader can read (another part of issue 7).
"""

from __future__ import annotations

from pathlib import Path

REALDOCS = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdocs"

# path under realdocs → expected fields (CONTRACT names); absent keys are not printed on the invoice.
INVOICES: dict[str, dict[str, str]] = {
    "MARSCHEN-CN__FapiaoGO/test.pdf": {  # 数电票 普票 PDF, seal over the title
        "invoice_number": "25447000001115703415", "invoice_date": "2025-09-23",
        "buyer_name": "广州华栈天城科技有限公司", "buyer_tax_id": "91440106068698695J",
        "seller_name": "广州灵感之茶餐饮管理有限公司", "seller_tax_id": "91440101MA5AL52Y44",
        "amount_excl_tax": "47.17", "tax_amount": "2.83", "total_incl_tax": "50.00"},
    "erma0__fapiao-print/sample.ofd": {  # 数电票 专票 OFD, CustomTag map, no embedded XML
        "invoice_number": "24322000000489101796", "invoice_date": "2024-12-05",
        "buyer_name": "无锡天鹏菜篮子工程有限公司", "buyer_tax_id": "91320200796148368W",
        "seller_name": "无锡爱尔拓燃气技术设备有限公司", "seller_tax_id": "91320211739560225X",
        "amount_excl_tax": "17699.12", "tax_amount": "2300.88", "total_incl_tax": "20000.00"},
    "erma0__fapiao-print/安元科技股份有限公司_26322000004478296111_20670.00.xml": {  # 数电票 XML, 6% and 13%
        "invoice_number": "26322000004478296111", "invoice_date": "2026-06-04",
        "buyer_name": "江苏苏豪天鹏农产品集团有限公司", "buyer_tax_id": "9132020013590404XW",
        "seller_name": "安元科技股份有限公司", "seller_tax_id": "91320106751253359F",
        "amount_excl_tax": "18876.44", "tax_amount": "1793.56", "total_incl_tax": "20670.00"},
    "geekan__MetaGPT/invoice-1.pdf": {  # 普票 PDF, two tax rates
        "invoice_code": "00100210001", "invoice_number": "07099363", "invoice_date": "2023-02-03",
        "buyer_name": "北京AI科技有限公司", "buyer_tax_id": "91011111AA2AAAAA00",
        "seller_name": "深圳蛋糕餐饮有限公司", "seller_tax_id": "911100008000000000",
        "amount_excl_tax": "388.10", "tax_amount": "23.90", "total_incl_tax": "412.00"},
    "geekan__MetaGPT/invoice-2.png": {  # ocr: JPEG bytes under a .png name
        "invoice_code": "00100210001", "invoice_number": "07099363", "invoice_date": "2023-03-17",
        "buyer_name": "厦门起飞科技有限公司", "buyer_tax_id": "91011111AA2AAAAA00",
        "seller_name": "广州珍酒生产有限公司", "seller_tax_id": "911100008000000000",
        "amount_excl_tax": "794.69", "tax_amount": "103.31", "total_incl_tax": "898.00"},
    "geekan__MetaGPT/invoice-3.jpg": {  # ocr; 免税: the tax is printed as ***
        "invoice_code": "00100210001", "invoice_number": "07099363", "invoice_date": "2023-08-26",
        "buyer_name": "佛山建筑管理有限公司", "buyer_tax_id": "91011111AA2AAAAA00",
        "seller_name": "福州自助烤肉餐饮管理有限公司", "seller_tax_id": "911100008000000000",
        "amount_excl_tax": "2462.00", "total_incl_tax": "2462.00"},
    "guanshuicheng__invoice/机打普票.png": {  # ocr: phone photo of a paper 普票, 16%
        "invoice_code": "044031800104", "invoice_number": "41108527", "invoice_date": "2019-03-19",
        "buyer_name": "深圳市华云中盛科技有限公司", "buyer_tax_id": "91440300708436854B",
        "seller_name": "深圳市南山区江南百货商场", "seller_tax_id": "92440300L08175019R",
        "amount_excl_tax": "96.72", "tax_amount": "15.48", "total_incl_tax": "112.20"},
    "ofdrw__ofdrw/1.ofd": {  # OFD 普票 with original_invoice.xml and CustomTag map
        "invoice_code": "033002000211", "invoice_number": "83089647", "invoice_date": "2020-07-23",
        "buyer_name": "江苏京利华新材料有限公司", "buyer_tax_id": "91320115MA202UKD7X",
        "seller_name": "兰溪市悦济舫餐厅", "seller_tax_id": "92330781MA2EDMFU50",
        "amount_excl_tax": "510.68", "tax_amount": "15.32", "total_incl_tax": "526.00"},
    "ofdrw__ofdrw/20240531141733.ofd": {  # 数电票 专票 OFD, CustomTag map only
        "invoice_number": "24112000000048542163", "invoice_date": "2024-05-28",
        "buyer_name": "海南麒麟云服科技有限公司", "buyer_tax_id": "91460300MAA92DJN95",
        "seller_name": "北京互联三六五科技有限公司", "seller_tax_id": "91110108690017781B",
        "amount_excl_tax": "4197.17", "tax_amount": "251.83", "total_incl_tax": "4449.00"},
    "ofdrw__ofdrw/999.ofd": {  # 5 pages (invoice + 销货清单), buyer 个人 without tax id
        "invoice_code": "050001700111", "invoice_number": "12235358", "invoice_date": "2020-08-05",
        "buyer_name": "个人", "seller_name": "财天下科技有限公司", "seller_tax_id": "91500102563638729E",
        "amount_excl_tax": "10000.00", "tax_amount": "600.00", "total_incl_tax": "10600.00"},
    "ofdrw__ofdrw/fapiao-shili.ofd": {  # test invoice with original_invoice.xml
        "invoice_code": "050001700111", "invoice_number": "99999951", "invoice_date": "2020-10-10",
        "buyer_name": "科游迈利有限公司", "buyer_tax_id": "9150010807MGZHI002",
        "seller_name": "杭州融易算企业管理咨询有限公司", "seller_tax_id": "91500106MA2CE71F65",
        "amount_excl_tax": "300.00", "tax_amount": "18.00", "total_incl_tax": "318.00"},
    "ofdrw__ofdrw/fptpl.ofd": {  # templates only, no XML, no tags: page text and DocInfo metadata
        "invoice_code": "050001700111", "invoice_number": "12235358", "invoice_date": "2020-08-05",
        "buyer_name": "个人", "seller_name": "财天下科技有限公司", "seller_tax_id": "91500102563638729E",
        "amount_excl_tax": "10000.00", "tax_amount": "600.00", "total_incl_tax": "10600.00"},
    "renoyuan__easyofd/test.pdf": {  # 数电票 PDF drawn glyph by glyph, 1%
        "invoice_number": "23512000000005197325", "invoice_date": "2023-01-30",
        "buyer_name": "中国移动通信集团四川有限公司成都分公司", "buyer_tax_id": "91510000765055994P",
        "seller_name": "郫都区星讯通讯设备经营部", "seller_tax_id": "92510124MA6B1BBY1G",
        "amount_excl_tax": "2129.34", "tax_amount": "21.29", "total_incl_tax": "2150.63"},
    "renoyuan__easyofd/zengzhishui-dianzi-zhuanpiao-5.ofd": {  # 电子专票 OFD, JBIG2 image, 3%
        "invoice_code": "052002100113", "invoice_number": "00008006", "invoice_date": "2022-05-05",
        "buyer_name": "中国移动通信集团贵州有限公司黔南分公司", "buyer_tax_id": "91522701709696623X",
        "seller_name": "独山县城南网格刘梦阳通讯店", "seller_tax_id": "92522726MA7GNHJ07M",
        "amount_excl_tax": "24519.05", "tax_amount": "735.57", "total_incl_tax": "25254.62"},
    "sssxyd__rust-ofd2png/fapiao.ofd": {  # 数电票 专票 OFD, 13%
        "invoice_number": "24412000000243455703", "invoice_date": "2024-12-31",
        "buyer_name": "珠海仓链医药有限公司", "buyer_tax_id": "91440003MAE5YTFA9G",
        "seller_name": "洛阳市康祥医药有限责任公司", "seller_tax_id": "91410302721856239R",
        "amount_excl_tax": "159.29", "tax_amount": "20.71", "total_incl_tax": "180.00"},
}
OCR = frozenset({"geekan__MetaGPT/invoice-2.png", "geekan__MetaGPT/invoice-3.jpg",
                 "guanshuicheng__invoice/机打普票.png"})

AMOUNTS = frozenset({"amount_excl_tax", "tax_amount", "total_incl_tax"})


def expected_value(name: str, text: str) -> object:
    """The hand-read text as the fact's value type: 万元 Decimal, date, or text."""
    from datetime import date
    from decimal import Decimal

    if name in AMOUNTS:
        return Decimal(text) / Decimal(10000)
    if name == "invoice_date":
        return date.fromisoformat(text)
    return text
