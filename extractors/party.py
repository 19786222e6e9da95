"""Parties: organisation names and 统一社会信用代码 (validated with python-stdnum)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.cn import uscc

USCC = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
ORG_SUFFIX = (r"(?:股份有限公司|有限责任公司|有限公司|集团公司|分公司|研究院|研究所|会计师事务所(?:\(特殊普通合伙\))?"
              r"|事务所|工业和信息化厅|工业和信息化局|工信局|经济和信息化局|经信局|管理委员会|管委会|发展和改革委员会"
              r"|经济发展委员会|经济发展局|经发局|(?:工业和信息化|经济和信息化)委员会"
              r"|发改委|生态环境局|环境保护局|行政审批局|商务局|中心|大学|学院|经营部|商行|协会|促进会|联合会|联盟|基地"
              r"|软件园|产业园|信息产业园|经济技术开发区|经济开发区|高新技术产业开发区|高新区)")
_SUFFIX = re.compile(ORG_SUFFIX)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]")
# words no name holds; the column headers of a listing (企业名称 统一社会信用代码 库别 入库时间 状态) among them, so
# that a header row run into the first row's name by OCR is not part of it
_STOP = re.compile(r"其中|原名称|原名|曾用名|组织|委托|出具|根据|关于|会同|联合|收到|经过|通过|同意|认定|授予|现将|兹有|证明|名称|单位|甲方|乙方|"
                   r"购买方|销售方|申报主体|主体|和(?!信息化|改革)|代码|序号|批次|类别|年份|年度|编号|日期|"
                   r"库别|入库|状态|时间|地址|联系人|联系电话|电话|备注|级别|法定代表人|注册资本|所在地|[对由向经与及在为于将被把从给至是的:：,，、]")
_ROW_NUMBER = re.compile(r"\d+(?=[\u4e00-\u9fff])")  # a table's 序号 run into the name by OCR: "1苏州数岚…"
MAX_NAME = 40


def _name_start(text: str, suffix_start: int) -> int:
    start = suffix_start
    while start > 0 and suffix_start - start < MAX_NAME and _NAME_CHAR.match(text[start - 1]):
        start -= 1
    stops = list(_STOP.finditer(text, start, suffix_start))
    start = stops[-1].end() if stops else start
    number = _ROW_NUMBER.match(text, start) if stops else None
    return number.end() if number and number.end() < suffix_start else start


@dataclass(frozen=True)
class UsccMention:
    code: str
    valid: bool
    start: int
    end: int


def find_uscc(text: str) -> list[UsccMention]:
    return [UsccMention(m.group(0), uscc.is_valid(m.group(0)), m.start(), m.end()) for m in USCC.finditer(text)]


def find_orgs(text: str) -> list[tuple[str, int, int]]:
    """Organisation names: a known suffix, extended left to the nearest word that cannot be in a name."""
    found: list[tuple[str, int, int]] = []
    for match in _SUFFIX.finditer(text):
        start = _name_start(text, match.start())
        if found and start <= found[-1][2]:  # 某某有限公司 + 成都分公司: one name
            _, start, _ = found.pop()
        elif match.end() - start < 4 or start >= match.start():
            continue
        found.append((text[start:match.end()], start, match.end()))
    return found


def canonical_name(name: str) -> str:
    """Names compare equal across documents despite bracket width and spacing."""
    return re.sub(r"\s+", "", name).replace("（", "(").replace("）", ")")


# 企业名称 = 行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定): the 字号 follows the place.
_PLACE = re.compile(
    r"^(中国|(江苏|浙江|安徽|上海|北京|天津|重庆|山东|广东|福建|河南|河北|湖北|湖南|江西|四川|陕西|山西|辽宁|吉林|黑龙江"
    r"|云南|贵州|广西|海南|甘肃|青海|宁夏|新疆|内蒙古|西藏)(省|市|自治区)?|(南京|无锡|徐州|常州|苏州|南通|连云港|淮安|盐城"
    r"|扬州|镇江|泰州|宿迁|深圳|杭州|宁波|合肥|广州|武汉|成都|西安|青岛|厦门)市?|(工业园|高新|经济开发|经济技术开发|新)区"
    r"|[\u4e00-\u9fff]{2}(市|县|区))")
TRADE_NAME_CHARS = 2


def trade_name(name: str) -> str | None:
    """The 字号 of a company name (南京云衡数据科技有限公司 → 云衡), after up to two place names."""
    rest = canonical_name(name)
    for _ in range(2):
        place = _PLACE.match(rest)
        if not place:
            break
        rest = rest[place.end():]
    rest = rest.lstrip("(（")
    return rest[:TRADE_NAME_CHARS] if len(rest) > TRADE_NAME_CHARS + 2 else None


def related_orgs(applicant: str, text: str) -> list[str]:
    """Other organisations in `text` with the applicant's 字号: a parent, a subsidiary, an affiliate."""
    own, mark = canonical_name(applicant), trade_name(applicant)
    if not mark:
        return []
    return list(dict.fromkeys(org for org, _, _ in find_orgs(text)
                              if canonical_name(org) != own and trade_name(org) == mark))
