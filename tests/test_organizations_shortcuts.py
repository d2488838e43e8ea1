"""The organization grammar's shortcuts give what the plain readings give (issue #7): the next
word of a name read without a regex where one space and a letter follow."""

from __future__ import annotations

import random

from unionextract.extractors import organizations_spans as spans

_PIECES = [
    "a",
    "Đ",
    "ỷ",
    "1",
    "²",
    " ",
    "  ",
    "\u00a0",
    "\u2003",
    "\u180e",
    "\x1c",
    "\t",
    "\n",
    "\r\n",
    "-",
    ".",
    "ǅ",
    "\u0301",
    "Ủy ban",
    "TỈNH",
]


def _space_reference(text: str, pos: int) -> int | None:
    m = spans._SPACE.match(text, pos)
    if m:
        return int(m.end())
    return spans.line_break(text, pos)


def test_space_equals_the_pattern() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 12)))
        for pos in range(len(text) + 1):
            assert spans.space(text, pos) == _space_reference(text, pos), (text, pos)


def test_blank_equals_strip() -> None:
    """The organizations extractor's test for a blank line start, read back from its end."""
    from unionextract.extractors import organizations as org

    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 8)))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert org._blank(text, start, end) == (not text[start:end].strip()), text
