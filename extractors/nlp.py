"""The one spaCy pipeline the extractors share: blank Chinese, rule-based entities.

A blank `zh` pipeline (character segmentation, no model download) with one
component that marks MONEY, DATE, ORG and USCC spans from the rule modules
(amount.py, date.py, party.py) and keeps each parsed value on the span.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.amount import find_money
from extractors.date import find_dates
from extractors.party import find_orgs, find_uscc

COMPONENT = "grantcheck_rule_entities"
if not Span.has_extension("value"):
    Span.set_extension("value", default=None)
if not Doc.has_extension("default_unit"):
    Doc.set_extension("default_unit", default=None)


@dataclass(frozen=True)
class Entity:
    label: str  # MONEY | DATE | ORG | USCC
    start: int  # character offsets in the text
    end: int
    text: str
    value: object


def _candidates(doc: Doc) -> Iterator[tuple[str, int, int, object]]:
    """In order of precedence: a full date (2021-06-18) is never an amount, even under a 万元 header;
    a bare 2021.06 may be either and stays an amount there."""
    text = doc.text
    dates = find_dates(text)
    for mention in dates:
        if mention.precision == "day":
            yield "DATE", mention.start, mention.end, mention
    for money in find_money(text, doc._.default_unit):
        yield "MONEY", money.start, money.end, money
    for mention in dates:
        if mention.precision != "day":
            yield "DATE", mention.start, mention.end, mention
    for code in find_uscc(text):
        yield "USCC", code.start, code.end, code
    for name, start, end in find_orgs(text):
        yield "ORG", start, end, name


def rule_entities(doc: Doc) -> Doc:
    spans: list[Span] = []
    taken: set[int] = set()
    for label, start, end, value in _candidates(doc):
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        span._.value = value
        taken.update(range(span.start, span.end))
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


Language.component(COMPONENT, func=rule_entities)


@cache
def pipeline() -> Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe(COMPONENT)
    return nlp


def entities_of(doc: Doc) -> list[Entity]:
    return [Entity(span.label_, span.start_char, span.end_char, span.text, span._.value) for span in doc.ents]


def entities(texts: Iterable[tuple[str, str | None]]) -> list[list[Entity]]:
    """Entities of many (text, default money unit) pairs in one pass through the pipeline."""
    nlp = pipeline()
    items = list(texts)
    docs = (nlp.make_doc(text) for text, _ in items)
    out = []
    for doc, (_, unit) in zip(docs, items, strict=True):
        doc._.default_unit = unit
        out.append(entities_of(nlp.get_pipe(COMPONENT)(doc)))
    return out
