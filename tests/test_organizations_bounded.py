"""What the organizations extractor reads around a head is bounded (issue #8: a head far from
its line's start no longer copies or scans the text back to that start, which made one long
line quadratic), and reads the same as the unbounded reading: the segmentation window and the
blank-line test of a column header."""

from __future__ import annotations

import random

from unionextract.extractors import organizations as org

_LEFT = 24


def _window_reference(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos) + 1, text.rfind(" ", 0, max(0, pos - _LEFT)) + 1)


def _texts() -> list[str]:
    rng = random.Random(7)
    pieces = ["LĐLĐ", "tỉnh", "Cục", "a", " ", " ", "  ", "\n", "\t", "\u00a0", "xyz" * 12]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60))) for _ in range(250)]


def test_window_start_equals_the_unbounded_reading() -> None:
    for text in _texts():
        for pos in range(len(text) + 1):
            assert org._window(text, pos)[0] == _window_reference(text, pos), (text, pos)


def test_blank_equals_strip() -> None:
    for text in _texts():
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1):
                assert org._blank(text, start, end) == (not text[start:end].strip())
