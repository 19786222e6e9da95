"""One party under several names: the registered name (licence, certificate, audit addressee) and the short
forms papers write ("联标数科技术公司", "常州国家高新区管委会", "江苏鼎川精密机械")."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from extractors.party import _PLACE, canonical_name

_DATA = Path(__file__).parent / "data" / "org_short_forms.yaml"
_PLACES_AT_MOST = 2


@cache
def _data() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    loaded = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    forms = tuple(sorted(loaded["short_forms"].items(), key=lambda kv: -len(kv[0])))
    legal = re.compile("(" + "|".join(sorted(map(re.escape, loaded["legal_forms"]), key=len, reverse=True)) + ")$")
    return forms, legal


def _expanded(name: str) -> str:
    text = canonical_name(name)
    for short, full in _data()[0]:
        if full not in text:
            text = text.replace(short, full)
    return text


def _places_and_rest(name: str) -> tuple[frozenset[str], str]:
    """The place names a name starts with (市/省 dropped), and what follows them without short forms and legal form."""
    rest, places = _data()[1].sub("", _expanded(name)), set()
    for _ in range(_PLACES_AT_MOST):
        place = _PLACE.match(rest)
        if not place or len(rest) - place.end() < 2:
            break
        places.add(re.sub("[市省]$", "", place.group(0)))
        rest = rest[place.end():]
    return frozenset(places), rest


def same_party(a: str, b: str) -> bool:
    """Two names of one party: the same once short forms and legal form are set aside, one naming at most the
    places the other does ("联标数科技术公司" is 江苏联标数科技术有限公司; 苏州云衡 is not 南京云衡, nor is a parent
    江苏联标数科（集团）有限公司 the company)."""
    if canonical_name(a) == canonical_name(b):
        return True
    (places_a, rest_a), (places_b, rest_b) = _places_and_rest(a), _places_and_rest(b)
    return len(rest_a) >= 2 and rest_a == rest_b and (places_a <= places_b or places_b <= places_a)


def fullness(name: str) -> tuple[bool, int]:
    """How fully a name is written: without short forms first, then the longer (with its place and legal form)."""
    text = canonical_name(name)
    return text == _expanded(text), len(text)


_TOKEN_SPLIT = re.compile(r"[\s,，、;；|]+")
_MIN_SHORT = 4


def names_party(text: str, name: str) -> bool:
    """`text` names the party `name` by a short form standing alone (a 名单's cell "江苏鼎川精密机械" for
    江苏鼎川精密机械有限公司); a longer name holding it ("江苏鼎川精密机械销售有限公司") is another party."""
    return any(len(token) >= _MIN_SHORT and same_party(token, name) for token in _TOKEN_SPLIT.split(text))
