"""Match a project's declared direction against a published list of directions (附件1-26).

Applicants copy the direction's wording, but not always exactly: spaces, brackets, a
word added or dropped. Names are compared on character bigrams (Dice coefficient)
after normalising; a name contained whole in the declared text is a match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from checklists.schema import Direction, DirectionList

_NOISE = re.compile(r"[\s\"'“”‘’()（）、,，。:：;；/\-—]+")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
CONTAINED = 1.0


def normalise(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).lower()


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or {text}


def similarity(declared: str, name: str) -> float:
    a, b = normalise(declared), normalise(name)
    core = normalise(_BRACKETED.sub("", name))
    if b and b in a or len(core) >= 4 and core in a:
        return CONTAINED
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


@dataclass
class DirectionFound:
    direction: Direction | None
    score: float
    declared: str | None
    quotas: list[str] = field(default_factory=list)


def _quotas(directions: DirectionList, direction: Direction, text: str) -> list[str]:
    keys = {direction.quota} if direction.quota else set()
    keys |= {key for key, words in directions.quota_words.items() if re.search(words, text)}
    return sorted(k for k in keys if k in directions.quotas)


def match_direction(directions: DirectionList, declared: str | None, texts: list[str],
                    threshold: float = 0.5) -> DirectionFound:
    """The declared direction's best match (None below `threshold`); with nothing declared,
    the first direction named whole in the application texts."""
    if declared:
        best = max(directions.items, key=lambda d: similarity(declared, d.name))
        score = similarity(declared, best.name)
        if score < threshold:
            return DirectionFound(None, score, declared)
        return DirectionFound(best, score, declared, _quotas(directions, best, declared + "".join(texts)))
    joined = normalise("".join(texts))
    for direction in directions.items:
        if similarity(joined, direction.name) == CONTAINED:
            return DirectionFound(direction, CONTAINED, direction.name, _quotas(directions, direction, "".join(texts)))
    return DirectionFound(None, 0.0, None)
