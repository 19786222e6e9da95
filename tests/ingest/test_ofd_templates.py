# ruff: noqa: E501  (XML fixtures are written out on long lines)
"""OFD 数电票 whose labels are on a template page (GB/T 33190 TemplatePage) and whose values are separate
text objects on the page, letter-spaced with per-glyph DeltaX, with no amounts in CustomDatas: the page
reads as a viewer shows it, templates drawn in by their ZOrder, and the invoice's facts come with their
page and box. Several producer shapes, each built here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree

from extractors.registry import extract
from ingest.classify import classify
from ingest.model import DocStatus
from ingest.ofd_lines import page_lines
from ingest.ofd_page import drawn_objects
from ingest.ofd_text import text_objects
from ingest.read import read_file
from tests.ingest.test_ofd import HEAD, NS, write_ofd

MM = 72 / 25.4


def _obj(oid: int, x: float, y: float, text: str, size: float = 3.0, pitch: float = 0.9) -> str:
    """One placed text: every glyph `pitch` font sizes after the last (digits too, as 数电票 print them)."""
    step = round(size * pitch, 3)
    deltas = f' DeltaX="g {len(text) - 1} {step}"' if len(text) > 1 else ""
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {len(text) * step + 1:.2f} {size * 1.4:.2f}" Font="5" Size="{size}">'
            f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size}"{deltas}>{text}</ofd:TextCode></ofd:TextObject>')


HEAD_LABELS = [  # title, number, date, the two party blocks side by side
    (68, 6.5, "电子发票（普通发票）"), (140, 19, "发票号码："), (140, 24, "开票日期："),
    (4, 33, "购"), (4, 38, "买"), (4, 43, "方"), (10, 35, "名称："), (10, 42, "统一社会信用代码/纳税人识别号："),
    (106, 33, "销"), (106, 38, "售"), (106, 43, "方"), (112, 35, "名称："), (112, 42, "统一社会信用代码/纳税人识别号："),
]
AMOUNT_LABELS = [  # the item table's header and the 合计 / 价税合计 rows
    (12, 52, "项目名称"), (84, 52, "单 位"), (98, 52, "数 量"), (138, 52, "金 额"), (160, 52, "税率/征收率"), (182, 52, "税 额"),
    (12, 89, "合      计"), (12, 96, "价税合计（大写）"), (130, 96, "（小写）"),
]
VALUES = [
    (156, 19, "24322000000019283746"), (156, 24, "2022年05月12日"),
    (20, 35, "江苏澄衡智能装备有限公司"), (56, 42, "91320281MA1Q7BW53E"),
    (122, 35, "苏州铭拓软件有限公司"), (158, 42, "91320594MA1X2R8K0T"),
    (12, 58.2, "*信息技术服务*设备联网平台"), (84, 58.2, "套"), (98, 58.2, "1"),
    (138, 58.2, "250000.00"), (164, 58.2, "13%"), (182, 58.2, "32500.00"),
    (138, 89, "¥250000.00"), (182, 89, "¥32500.00"),
    (50, 96, "ⓧ贰拾捌万贰仟伍佰元整"), (146, 96, "¥282500.00"),
]


def _layer(items: list[tuple[float, float, str]], first_id: int, kind: str = "") -> str:
    layer_type = f' Type="{kind}"' if kind else ""
    body = "".join(_obj(first_id + n, x, y, text) for n, (x, y, text) in enumerate(items))
    return f'<ofd:Layer ID="{first_id - 1}"{layer_type}>{body}</ofd:Layer>'


def _template_part(items: list[tuple[float, float, str]], first_id: int) -> str:
    return f'{HEAD}<ofd:Page {NS}><ofd:Content>{_layer(items, first_id, "Background")}</ofd:Content></ofd:Page>'


def invoice_parts(templates: list[tuple[str, list, str]], page_refs: str, layer_kind: str = "",
                  drop: tuple[str, ...] = ()) -> dict[str, str]:
    """templates: (ID, labels, ZOrder on the TemplatePage or ''); page_refs: the page's <Template> elements."""
    declared = "".join(f'<ofd:TemplatePage ID="{tid}" BaseLoc="Tpls/Tpl_{n}/Content.xml"'
                       + (f' ZOrder="{zorder}"' if zorder else "") + "/>"
                       for n, (tid, _, zorder) in enumerate(templates))
    parts = {
        "OFD.xml": f'{HEAD}<ofd:OFD {NS} Version="1.2" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
                   "<ofd:DocID>9f2c</ofd:DocID><ofd:Creator>EIS</ofd:Creator><ofd:CustomDatas>"
                   '<ofd:CustomData Name="InvoiceNo">24322000000019283746</ofd:CustomData>'
                   '<ofd:CustomData Name="IssueDate">2022-05-12</ofd:CustomData></ofd:CustomDatas></ofd:DocInfo>'
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'{HEAD}<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>400</ofd:MaxUnitID>'
                              "<ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea>"
                              f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{declared}</ofd:CommonData>"
                              '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'{HEAD}<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="5" FontName="楷体" FamilyName="楷体"/>'
                               "</ofd:Fonts></ofd:Res>",
        "Doc_0/Pages/Page_0/Content.xml": f'{HEAD}<ofd:Page {NS}>{page_refs}<ofd:Content>'
                                          f"{_layer(VALUES, 101, layer_kind)}</ofd:Content></ofd:Page>",
    }
    for n, (_, labels, _) in enumerate(templates):
        parts[f"Doc_0/Tpls/Tpl_{n}/Content.xml"] = _template_part(labels, 20 + 30 * n)
    return {name: data for name, data in parts.items() if name not in drop}


def _read(tmp_path: Path, parts: dict[str, str]):
    path = write_ofd(tmp_path / "数电票.ofd", parts)
    document = classify(read_file(path, path.name))
    assert document.status == DocStatus.ok, document.error
    facts: dict[str, list] = {}
    for fact in extract(document):
        facts.setdefault(fact.name, []).append(fact)
    return document, facts


def _top_mm(fact) -> float:
    return fact.provenance.bbox[1] / MM


def _assert_party_and_header(facts: dict[str, list]) -> None:
    expected = {"invoice_number": "24322000000019283746", "invoice_date": date(2022, 5, 12),
                "buyer_name": "江苏澄衡智能装备有限公司", "buyer_tax_id": "91320281MA1Q7BW53E",
                "seller_name": "苏州铭拓软件有限公司", "seller_tax_id": "91320594MA1X2R8K0T"}
    for name, value in expected.items():
        assert [f.value for f in facts[name]] == [value], name
        assert facts[name][0].provenance.page == 1, name
    # the number's line is the one printed at y = 19 mm (baseline 22 mm), the names' at 35 mm
    assert 19 <= _top_mm(facts["invoice_number"][0]) <= 21
    assert 35 <= _top_mm(facts["buyer_name"][0]) <= 37 and 35 <= _top_mm(facts["seller_name"][0]) <= 37


def _assert_amounts(facts: dict[str, list]) -> None:
    assert [f.value for f in facts["amount_excl_tax"]] == [Decimal("25")]
    assert [f.value for f in facts["tax_amount"]] == [Decimal("3.25")]
    assert [f.value for f in facts["total_incl_tax"]] == [Decimal("28.25")]
    amount, total = facts["amount_excl_tax"][0], facts["total_incl_tax"][0]
    assert amount.provenance.page == 1 and 89 <= _top_mm(amount) <= 91  # the 合计 row
    # the 价税合计 row (the text units run the full-width 合计 row on into it, so its box may start above)
    assert total.provenance.page == 1 and 89 <= _top_mm(total) <= 97 <= total.provenance.bbox[3] / MM <= 100
    assert "¥282500.00" in total.provenance.text
    assert total.attrs.get("capital_check") == "ok"
    # the 合计 line's box spans its label on the template and its values on the page
    x0, _, x1, _ = amount.provenance.bbox
    assert x0 / MM <= 13 and x1 / MM >= 190


def test_labels_on_a_background_template_values_letter_spaced(tmp_path: Path) -> None:
    parts = invoice_parts([("8", HEAD_LABELS + AMOUNT_LABELS, "")], '<ofd:Template TemplateID="8" ZOrder="Background"/>')
    document, facts = _read(tmp_path, parts)
    assert document.kind == "invoice" and document.page_count == 1
    assert not document.fields or {f.name for f in document.fields} <= {"invoice_number", "invoice_date"}
    _assert_party_and_header(facts)
    _assert_amounts(facts)
    lines = [line.segments for line in document.pages[0].lines]
    assert ("合计", "¥250000.00", "¥32500.00") in lines  # "合      计" and the values as one row
    assert any(segments[-1] == "¥282500.00" for segments in lines)  # not "¥2 8 2 5 0 0 . 0 0"
    assert any({"单位", "数量", "金额"} <= set(segments) for segments in lines)  # letter-spaced labels: columns


def test_foreground_template_declared_on_the_template_page(tmp_path: Path) -> None:
    """ZOrder only on the document's TemplatePage (the page's <Template> has none): drawn over the page."""
    parts = invoice_parts([("3", HEAD_LABELS + AMOUNT_LABELS, "Foreground")], '<ofd:Template TemplateID="3"/>')
    _, facts = _read(tmp_path, parts)
    _assert_party_and_header(facts)
    _assert_amounts(facts)


def test_drawing_order_follows_zorder_and_layer_type() -> None:
    """Background templates, then Body layers, then Foreground templates; same type: as the page names them."""

    class Templates:
        objects_by_id = {"1": "甲", "2": "乙", "3": "丙"}

        def zorder(self, template_id: str) -> str:
            return "Background"

        def objects(self, template_id: str):
            return text_objects(etree.fromstring(
                f'<ofd:Page {NS}><ofd:Content><ofd:Layer>{_obj(1, 0, 0, self.objects_by_id[template_id])}'
                "</ofd:Layer></ofd:Content></ofd:Page>"))

    page = etree.fromstring(
        f'<ofd:Page {NS}><ofd:Template TemplateID="3" ZOrder="Foreground"/><ofd:Template TemplateID="2"/>'
        '<ofd:Template TemplateID="1" ZOrder="Background"/><ofd:Content>'
        f'<ofd:Layer Type="Foreground">{_obj(9, 0, 0, "前")}</ofd:Layer><ofd:Layer>{_obj(8, 0, 0, "页")}</ofd:Layer>'
        f'<ofd:Layer Type="Background">{_obj(7, 0, 0, "底")}</ofd:Layer></ofd:Content></ofd:Page>')
    drawn, own = drawn_objects(Templates(), page)  # type: ignore[arg-type]
    assert [obj.text for obj in drawn] == ["乙", "甲", "底", "页", "丙", "前"]
    assert [obj.text for obj in own] == ["前", "页", "底"]


def test_a_page_drawn_on_two_templates(tmp_path: Path) -> None:
    parts = invoice_parts([("8", HEAD_LABELS, ""), ("9", AMOUNT_LABELS, "")],
                          '<ofd:Template TemplateID="8" ZOrder="Background"/><ofd:Template TemplateID="9" ZOrder="Background"/>',
                          layer_kind="Body")
    _, facts = _read(tmp_path, parts)
    _assert_party_and_header(facts)
    _assert_amounts(facts)


def test_a_missing_template_still_reads_what_is_there(tmp_path: Path) -> None:
    """The amounts' template is declared but its part is not in the file, a third is not declared at all:
    the page and the template that exists are still read (the amounts by the pair that adds up to the 大写)."""
    parts = invoice_parts([("8", HEAD_LABELS, ""), ("9", AMOUNT_LABELS, "")],
                          '<ofd:Template TemplateID="8"/><ofd:Template TemplateID="9"/><ofd:Template TemplateID="77"/>',
                          drop=("Doc_0/Tpls/Tpl_1/Content.xml",))
    document, facts = _read(tmp_path, parts)
    assert document.kind == "invoice"
    _assert_party_and_header(facts)
    assert "¥282500.00" in {s for line in document.pages[0].lines for s in line.segments}
    assert not any("合计" in line.text for line in document.pages[0].lines)  # its labels are not made up
    assert [f.value for f in facts["amount_excl_tax"]] == [Decimal("25")]
    assert [f.value for f in facts["total_incl_tax"]] == [Decimal("28.25")]


def _run(text: str, deltas: str, size: float = 3.175) -> str:
    page = etree.fromstring(f'<ofd:Page {NS}><ofd:Content><ofd:Layer><ofd:TextObject ID="1" Boundary="10 10 80 5" Size="{size}">'
                            f'<ofd:TextCode X="0" Y="4" DeltaX="{deltas}">{text}</ofd:TextCode></ofd:TextObject>'
                            "</ofd:Layer></ofd:Content></ofd:Page>")
    return page_lines(text_objects(page))[0].text


def test_a_letter_spaced_run_is_one_word_a_grouped_one_keeps_its_gaps() -> None:
    assert _run("¥1098360.00", "g 10 2.86") == "¥1098360.00"  # every glyph 0.9 em after the last
    # the 校验码 printed in groups of five: the longer steps are gaps the producer left
    assert _run("16630282980991510014", "g 4 1.5875 3 g 4 1.5875 3 g 4 1.5875 3 g 4 1.5875") == "16630 28298 09915 10014"


def test_a_page_of_one_glyph_objects_is_read_by_geometry_alone() -> None:
    """Converters that place every glyph as its own object (here over a full em apart): objects say nothing
    about columns, the row's even spacing does."""
    glyphs = "".join(_obj(n, 10 + 6.5 * n, 10, ch) for n, ch in enumerate("开票日期"))
    page = etree.fromstring(f'<ofd:Page {NS}><ofd:Content><ofd:Layer>{glyphs}</ofd:Layer></ofd:Content></ofd:Page>')
    assert page_lines(text_objects(page))[0].segments == ("开票日期",)


def test_a_template_pointing_outside_the_file_still_refuses_it(tmp_path: Path) -> None:
    parts = invoice_parts([("8", HEAD_LABELS, "")], '<ofd:Template TemplateID="8"/>')
    parts["Doc_0/Document.xml"] = parts["Doc_0/Document.xml"].replace("Tpls/Tpl_0/Content.xml", "../../../etc/passwd")
    document = read_file(write_ofd(tmp_path / "bad.ofd", parts), "bad.ofd")
    assert document.status == DocStatus.unreadable and "包外" in (document.error or "")
