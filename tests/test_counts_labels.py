"""The label before a number (extractors/counts.py ``_is_label``) is read only where its
pattern can begin: the same match as the pattern's search over the whole text before the
number (issue #7)."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_counts_starts import GAZETTE, HOSTILE
from unionextract.extractors import counts

_LABEL_WORDS = sorted({w for label in counts._LABELS for w in label.split(" ")})


def _same(before: str) -> None:
    tail = before[:-1] if before.endswith("\n") else before
    want = counts._LABEL_BEFORE.search(before)
    got = counts._label_before(before, tail)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


_ATOMS = [
    *_LABEL_WORDS,
    *[w.upper() for w in _LABEL_WORDS[:20]],
    *["mỗi", "từng", "tổng", "của", "người", "x", "5", "ß", "\u0301", "-", ",", "\n", "(", ""],
]
_GAPS = [" ", " ", "  ", "", "\n", ", ", " - "]


@pytest.mark.parametrize("seed", range(300))
def test_the_label_read_where_it_can_begin_is_the_searched_one(seed: int) -> None:
    rng = random.Random(seed)
    words = [rng.choice(_ATOMS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 8))]
    text = "".join(words) + rng.choice([" ", "  ", " \n", ""])
    _same(text)
    _same(text[-counts._LOOK_BEHIND :])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_ATOMS, *_GAPS]), max_size=12).map("".join))
def test_the_label_read_where_it_can_begin_on_random_text(text: str) -> None:
    _same(text)
    _same(text + " ")


def test_the_label_read_where_it_can_begin_before_every_figure() -> None:
    texts = list(HOSTILE)
    if GAZETTE.is_file():
        with GAZETTE.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(4), f, strict=False)]
    for text in texts:
        for i, c in enumerate(text):
            if c.isdigit() and (i == 0 or not text[i - 1].isdigit()):
                before = text[max(0, i - counts._LOOK_BEHIND) : i]
                _same(before)
                assert counts._is_label(before) == _old_is_label(before)


def _old_is_label(before: str) -> bool:
    m = counts._LABEL_BEFORE.search(before)
    if m is None:
        return False
    prev = (m.group("prev") or "").lower()
    return (
        prev not in counts._LABEL_CANCELLERS
        and prev not in counts._LABELS[m.group("label").lower()]
    )
