"""`extractors.tokens` segments and aligns as spaCy's blank Chinese pipeline did."""

from __future__ import annotations

import random

import pytest

from extractors.nlp import entities_in
from extractors.tokens import CharTokens


def test_tokens_of_spaces_and_characters():
    tokens = CharTokens("  合同 金额\n\n100 元 ")
    assert [(s, e) for s, e in zip(tokens.starts, tokens.ends, strict=True)] == [
        (0, 2), (2, 3), (3, 4), (5, 6), (6, 7), (7, 9), (9, 10), (10, 11), (11, 12), (13, 14)]
    assert tokens.expand(4, 7) == (3, 5)  # a start on a trailing space begins at the next token
    assert tokens.expand(0, 99) is None


def test_entities_keep_precedence_and_order():
    found = entities_in("2021-06-18 支付 100 万元", None)
    assert [(e.label, e.text) for e in found] == [("DATE", "2021-06-18"), ("MONEY", "100 万元")]


def test_alignment_matches_spacy():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    rng = random.Random(7)
    alphabet = list("ab中文 \n\t\u30001.元") + [" "] * 3
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        doc, tokens = nlp.make_doc(text), CharTokens(text)
        assert [(t.idx, t.idx + len(t)) for t in doc] == list(zip(tokens.starts, tokens.ends, strict=True))
        for start in range(-1, len(text) + 1):
            for end in range(start + 1, len(text) + 2):
                span = doc.char_span(start, end, alignment_mode="expand")
                assert tokens.expand(start, end) == (None if span is None else (span.start, span.end))
