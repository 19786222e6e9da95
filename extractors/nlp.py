"""Rule-based entities of a text: MONEY, DATE, ORG and USCC spans from the rule modules (amount.py,
date.py, party.py), each with its parsed value.

The spans are those the project's former spaCy pipeline gave (a blank `zh` pipeline with one rule
component), computed without spaCy: importing it and building a Doc per text cost more than the rules.
Its character segmentation is `tokens.py`'s; a mention is widened to the tokens it touches and dropped
where it overlaps a mention of higher precedence, as there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.amount import find_money
from extractors.date import find_dates
from extractors.party import find_orgs, find_uscc
from extractors.tokens import CharTokens


@dataclass(frozen=True)
class Entity:
    label: str  # MONEY | DATE | ORG | USCC
    start: int  # character offsets in the text
    end: int
    text: str
    value: object


def _candidates(text: str, default_unit: str | None) -> Iterator[tuple[str, int, int, object]]:
    """In order of precedence: a full date (2021-06-18) is never an amount, even under a 万元 header;
    a bare 2021.06 may be either and stays an amount there."""
    dates = find_dates(text)
    for mention in dates:
        if mention.precision == "day":
            yield "DATE", mention.start, mention.end, mention
    for money in find_money(text, default_unit):
        yield "MONEY", money.start, money.end, money
    for mention in dates:
        if mention.precision != "day":
            yield "DATE", mention.start, mention.end, mention
    for code in find_uscc(text):
        yield "USCC", code.start, code.end, code
    for name, start, end in find_orgs(text):
        yield "ORG", start, end, name


def entities_in(text: str, default_unit: str | None = None) -> list[Entity]:
    """The text's entities in order, none overlapping another (in tokens). A packet repeats its lines
    (thirty invoices of one layout, a table's captions page after page): each is looked at once."""
    return list(_entities_in(text, default_unit))


@lru_cache(maxsize=8192)
def _entities_in(text: str, default_unit: str | None) -> tuple[Entity, ...]:
    tokens: CharTokens | None = None
    found: list[tuple[int, int, Entity]] = []
    taken: set[int] = set()
    for label, start, end, value in _candidates(text, default_unit):
        tokens = tokens or CharTokens(text)
        span = tokens.expand(start, end)
        if span is None or taken.intersection(range(*span)):
            continue
        taken.update(range(*span))
        if span[0] < span[1]:  # an empty span marks nothing
            first, last = tokens.chars(*span)
            found.append((span[0], span[1], Entity(label, first, last, text[first:last], value)))
    return tuple(entity for _, _, entity in sorted(found, key=lambda item: item[0]))


def entities(texts: Iterable[tuple[str, str | None]]) -> list[list[Entity]]:
    """Entities of many (text, default money unit) pairs."""
    return [entities_in(text, unit) for text, unit in texts]
