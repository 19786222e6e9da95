"""spaCy's character segmentation of Chinese (`spacy.blank("zh")`) and its `Doc.char_span(...,
alignment_mode="expand")`, without spaCy.

Each non-space character is a token, and a single space after it is that token's trailing whitespace;
any other run of whitespace is a token of its own (spacy.util.get_words_and_spaces).
"""

from __future__ import annotations


class CharTokens:
    def __init__(self, text: str) -> None:
        self.starts: list[int] = []  # each token's first character
        self.ends: list[int] = []  # ... and the end of its text, its trailing space excluded
        self.owner: list[int] = []  # each character's token (in its text or its trailing space)
        i, n = 0, len(text)
        while i < n:
            if text[i].isspace():
                end = i + 1
                while end < n and text[end].isspace():
                    end += 1
                after = end
            else:
                end = i + 1
                after = end + 1 if end < n and text[end] == " " else end
            self.owner.extend([len(self.starts)] * (after - i))
            self.starts.append(i)
            self.ends.append(end)
            i = after

    def expand(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens `text[start:end]` touches, as (first, past the last); None where it starts or ends
        outside the text. A start on a token's trailing space begins at the next token."""
        n = len(self.owner)
        if not (0 <= start < n and 0 <= end - 1 < n):
            return None
        first, last = self.owner[start], self.owner[end - 1]
        if start == self.ends[first]:
            first += 1
        if first > last + 1:
            raise IndexError(f"span from token {first} to {last + 1}")
        return first, last + 1

    def chars(self, first: int, past: int) -> tuple[int, int]:
        """The character offsets of tokens first..past-1, the last one's trailing space excluded."""
        return self.starts[first], self.ends[past - 1]
