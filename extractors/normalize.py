"""Text normalisation shared by every extractor: width, spacing, Chinese numerals."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_MULTISPACE = re.compile(r"[ \t\u00a0]+")
_YEAR_DIGITS = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def normalize(text: str) -> str:
    """Full-width → half-width (NFKC) and no white space next to CJK characters.

    Idempotent. Spaces between two ASCII tokens (digits, Latin words) are kept,
    since they separate columns of numbers.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _SPACE_NEAR_CJK.sub("", text)
    return _MULTISPACE.sub(" ", text).strip()


def year_from_chinese(text: str) -> int | None:
    """二〇二二 → 2022."""
    digits = "".join(_YEAR_DIGITS.get(ch, "") for ch in text)
    return int(digits) if len(digits) == 4 and len(text) == 4 else None


def small_from_chinese(text: str) -> int | None:
    """Month or day in Chinese numerals (五, 十二, 二十, 三十一) → int."""
    import cn2an  # slow to import; many packets never need it

    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if value == int(value) else None


def capital_amount_to_yuan(text: str) -> Decimal | None:
    """人民币叁仟贰佰伍拾陆万柒仟捌佰元整 / 贰仟壹佰伍拾圆陆角叁分 → yuan as Decimal."""
    text = text.replace("人民币", "").replace("圆", "元").replace("正", "整")
    match = re.fullmatch(
        r"(?P<int>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*?)元?(?:零?(?P<jiao>[零壹贰叁肆伍陆柒捌玖])角)?"
        r"(?:零?(?P<fen>[零壹贰叁肆伍陆柒捌玖])分)?整?",
        text,
    )
    if not match or not (match["int"] or match["jiao"] or match["fen"]):
        return None
    import cn2an

    total = Decimal(0)
    try:
        if match["int"]:
            total += Decimal(int(cn2an.cn2an(match["int"], "strict")))
        for part, scale in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
            if match[part]:
                total += Decimal(int(cn2an.cn2an(match[part], "strict"))) * scale
    except (ValueError, KeyError, TypeError):
        return None
    return total
