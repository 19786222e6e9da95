"""A pattern searched in text OCR read, allowing one character read wrong or dropped: an issuer's name under its
own seal loses a stroke or a character ("江阴市业和信息化局", "江阴市工业和信惠化局")."""

from __future__ import annotations

import re

MAX_CANDIDATE = 30  # a signature line or a seal's words, not a paragraph
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _variants(text: str, alphabet: set[str]) -> set[str]:
    """`text` with one character replaced or one inserted, from the pattern's own characters."""
    out = set()
    for i in range(len(text) + 1):
        for char in alphabet:
            out.add(text[:i] + char + text[i:])
            if i < len(text):
                out.add(text[:i] + char + text[i + 1:])
    return out


def search_allowing_one_error(pattern: str, texts: list[str]) -> bool:
    """Exact first; then, in short texts only, with one character wrong or missing."""
    compiled = re.compile(pattern)
    if any(compiled.search(t) for t in texts):
        return True
    alphabet = set(_HAN.findall(pattern))
    return any(compiled.search(variant) for t in texts if len(t) <= MAX_CANDIDATE
               for variant in _variants(t, alphabet))
