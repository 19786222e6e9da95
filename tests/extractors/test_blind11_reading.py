"""Reading families the eleventh blind set (corpus/frozen11) showed, in several wordings: a copyright register
running over two pages and two years, each registration read with its 登记日期 and its 取得方式."""

from __future__ import annotations

import pytest

from extractors.registry import extract
from ingest.model import Cell, DocStatus, Document, Line, Page, Table

HEADER = ["序号", "软件全称", "登记号", "首次发表日期", "登记日期", "取得方式"]


def _table(index: int, rows: list[list[str]]) -> Table:
    return Table(index=index, rows=tuple(tuple(Cell(row=r, col=c, text=t, locator=f"t{index}r{r + 1}c{c + 1}")
                                               for c, t in enumerate(row)) for r, row in enumerate(rows)))


def _register(pages: list[tuple[str, list[list[str]]]]) -> Document:
    built = tuple(Page(number=n, lines=(Line(text=title, locator="p0"),), tables=(_table(1, rows),))
                  for n, (title, rows) in enumerate(pages, start=1))
    return Document(path="软件著作权登记情况表.pdf", media_type="application/pdf", status=DocStatus.ok,
                    page_count=len(built), pages=built, kind="other", kind_confidence=0.5)


def _row(i: int, number: str, published: str, registered: str, how: str = "原始取得") -> list[str]:
    return [str(i), f"某某软件V{i}.0", number, published, registered, how]


FIRST_YEAR = [_row(i, f"2021SR{1073519 + i * 7001}", f"2021.0{i}.15" if i < 10 else "2021.10.15",
                   f"2021.{i + 1:02d}.08" if i < 11 else "2021.12.21", "受让取得" if i == 5 else "原始取得")
              for i in range(1, 10)]
SECOND_YEAR = [_row(i, f"2022SR{1735190 + i * 7001}", "2022.01.15", f"2022.{i - 9:02d}.18") for i in range(10, 17)]


def _facts(document: Document, name: str) -> list:
    return [f for f in extract(document) if f.name == name]


@pytest.mark.parametrize("continued", [
    ["软件著作权登记情况表（续表）", [HEADER, *SECOND_YEAR, ["", "合计：16件", "", "", "", ""]]],  # 续表 header
    ["软件著作权登记情况表（续）", [*SECOND_YEAR, ["合计", "16", "", "", "", ""]]],  # continued without a header
])
def test_a_register_over_two_pages_and_years_gives_each_registration_with_its_date(continued: list) -> None:
    document = _register([("软件著作权登记情况表", [HEADER, *FIRST_YEAR]), tuple(continued)])  # type: ignore[list-item]
    rows = _facts(document, "software_copyright_registration")
    assert len(rows) == 16
    assert sum(1 for f in rows if f.attrs["row_date"].startswith("2021")) == 9
    assert [f.value for f in rows if f.attrs.get("transferred")] == [FIRST_YEAR[4][2]]
    assert all(f.attrs["row_date"] != "2021-01-15" for f in rows)  # the 首次发表日期 is not the registration's
    assert not _facts(document, "software_copyright_count")  # the 合计 over two years is no year's count


@pytest.mark.parametrize(("registered", "meant"), [
    ("2021-03-01", "2021-03-01"), ("2021/3/1", "2021-03-01"), ("2021年3月1日", "2021-03-01"), ("2021.3.1", "2021-03-01"),
])
def test_a_register_of_one_year_keeps_its_count(registered: str, meant: str) -> None:
    header = ["序号", "软件名称", "登记号", "登记批准日期", "权利取得方式"]
    rows = [[str(i), f"平台{i}", f"2021SR0{112408 + i}", registered, "继受取得" if i == 1 else "原始取得"] for i in range(1, 13)]
    document = _register([("2021年度软件著作权登记清单", [header, *rows])])
    assert [f.value for f in _facts(document, "software_copyright_count")] == [11]
    assert {f.attrs["row_date"] for f in _facts(document, "software_copyright_registration")} == {meant}


CLASS_HEADER = ["班次", "举办地", "时间", "培训主题", "计划人数", "时长", "区域"]
CLASSES = [[str(i), "南京", f"2023.{i + 3}.29-{i + 4}.1" if i % 2 else f"2023.{i + 3}.10-{i + 3}.13", "智改数转", "80" if i % 2 else "90",
            "4天" if i <= 8 else "2天", "苏南"] for i in range(1, 11)]


def _plan(pages: list[tuple[str, list[list[str]]]]) -> Document:
    built = tuple(Page(number=n, lines=(Line(text=title, locator="p0"),), tables=(_table(1, rows),))
                  for n, (title, rows) in enumerate(pages, start=1))
    return Document(path="培训实施方案.pdf", media_type="application/pdf", status=DocStatus.ok,
                    page_count=len(built), pages=built, kind="application_form", kind_confidence=0.9)


@pytest.mark.parametrize("second_page", [
    ("附表：培训班次安排表（续表）", [CLASS_HEADER, *CLASSES[9:], ["合计", "", "", "", "850", "", ""]]),  # header repeated
    ("附表（续）", [*CLASSES[8:], ["合计", "", "", "", "850", "", ""]]),  # no header, two classes
])
def test_a_class_table_continued_over_a_page_break_counts_every_class(second_page) -> None:
    first = CLASSES[:9] if second_page[1][0] == CLASS_HEADER else CLASSES[:8]
    document = _plan([("附表：培训班次安排表", [CLASS_HEADER, *first]), second_page])
    facts = extract(document)
    assert [f.value for f in facts if f.name == "trainee_count" and f.attrs.get("derived")] == [850]
    days = [f for f in facts if f.name == "class_days"]
    assert len(days) == 10 and sum(1 for f in days if f.value >= 4) == 8
    assert days[-1].provenance.page == 2  # the continued rows are cited on their own page


def test_a_second_table_of_another_kind_is_not_a_continuation() -> None:
    other = ["序号", "师资姓名", "单位", "职称"]
    document = _plan([("班次表", [CLASS_HEADER, *CLASSES[:10]]), ("师资表", [other, ["1", "张三", "某大学", "教授"],
                                                                   ["2", "李四", "某公司", "高工"]])])
    assert [f.value for f in extract(document) if f.name == "trainee_count" and f.attrs.get("derived")] == [850]


@pytest.mark.parametrize(("line", "count"), [
    ("四、组织方式：每班次4天（含报到半天、撤离半天，实际教学3天）或2天专题研讨。", None),
    ("六、师资安排：每班次配备授课教师不少于6名。", None),
    ("每班次设班主任1名、班务人员2名。", None),
    ("八、班次安排：全年举办10个班次，覆盖苏南、苏中、苏北。", 10),
    ("全年共举办培训班12期。", 12),
])
def test_a_length_or_a_headcount_per_class_is_no_number_of_classes(line: str, count: int | None) -> None:
    from extractors.context import ExtractContext
    from extractors.statements import statement_facts
    from tests.extractors.paper import paper

    found = {f.value for f in statement_facts(ExtractContext(paper([line], kind="application_form")), 0.8, "t")
             if f.name == "class_count"}
    assert found == ({count} if count is not None else set())


@pytest.mark.parametrize(("lines", "name"), [
    (["江苏省云计算、大数据、区块链企业库一入库企业查询", "企业名称 统一社会信用代码 库别 入库时间 状态镇江云智数据科技有限公司 "
      "913211023098157265 大数据企业库 2021-06-15 有效"], "镇江云智数据科技有限公司"),
    (["企业名称 所在地 级别 状态南京云衡数据科技有限公司 南京 省级 有效"], "南京云衡数据科技有限公司"),
    (["序号 企业名称 地址 联系人 联系电话 备注1苏州数岚信息技术有限公司 苏州工业园区 王某 0512-1234567"], "苏州数岚信息技术有限公司"),
])
def test_a_listings_column_headers_are_not_part_of_a_name(lines: list[str], name: str) -> None:
    from extractors.party import find_orgs

    assert [org for org, _, _ in find_orgs(lines[-1])][:1] == [name]


@pytest.mark.parametrize("name", ["江苏省软件行业协会", "南京时代智能装备有限公司", "常州市状元教育科技有限公司"])
def test_names_holding_common_words_stay_whole(name: str) -> None:
    from extractors.party import find_orgs

    assert [org for org, _, _ in find_orgs(f"申报单位：{name}")] == [name]
