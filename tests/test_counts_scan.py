"""The two-pass scan of the counts' starts (extractors/counts_scan.py): the same figures, rules
and words as the ``regex`` gate and the word search at every position (issue #7)."""

from __future__ import annotations

import json
import random
import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_counts_starts import (
    _ATOMS,
    _PIECES,
    _SEPARATORS,
    FIXTURES,
    GAZETTE,
    HOSTILE,
    _check,
)
from tests.test_linear_time import FAMILIES, SMALL, nonlinear
from unionextract.extractors import counts, counts_scan
from unionextract.normalize import normalize

_STARTS = counts.STARTS

_MORE = [
    '5\n5 người\nnăm người\n(năm người)/hai hộ"ba hộ".bốn hộ,5người,(5 người)',
    "12.000 người\n1 000 hộ\n5 - 7 hộ\n5-\nbảy hộ\n5 ~ tám hộ (5-7 hộ) 1.2.3 người",
    "Trên 5 người (khoảng 7 hộ)\nKhoảng 30 người;TRÊN 30 HỘ\tnăm 2021\tnăm người",
    "١٢ người ٣-٤ hộ ５ người 5\u00a0người (\u0301năm người) –năm người “năm” người",
    "5ngưởi 5Người 5 Tổ, 5 tổ 5 của 5 đến 7 hộ, 5 và 7 hộ, 5 hay 7 hộ, 5 tới bảy hộ",
    # non-units after which a figure begins nothing (the scan skips them) in every case
    "5 năm 5 Năm 5 NĂM 5 nĂm 5 năm5 5 năm٣ 5 năm² 5 năm\u0301 5 nămx 5 của 5 CỦA 5 Của",
    "5 kg 5 Kg 5 KG 5 km2 5 km² 5 kmh 5 tuổi, 5 Tuổi 5 lần 5 Lần 5-7 năm 5 - Năm 1 000 năm",
]


def _same(raw: str) -> None:
    text = normalize(raw).text
    folded = text.casefold()
    if len(folded) != len(text):
        return
    if "\u0345" in text or (text and max(text) > "\uffff"):
        assert counts_scan.scan(text, folded, _STARTS._figure_at, _STARTS._other) is None
        return
    got = counts_scan._scan(text, folded, _STARTS._figure_at, _STARTS._other)  # a short text too
    want = _STARTS._scan_plain(text, folded)
    assert got == want, raw
    assert list(got[1]) == list(want[1]), raw  # the words in the order of the text


def _texts() -> list[str]:
    out = [*HOSTILE, *_MORE, *(p.read_text(encoding="utf-8") for p in FIXTURES)]
    for seed in range(40):
        rng = random.Random(seed)
        out.append("".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(60)))
    return out


def test_the_scan_finds_what_the_plain_scans_find() -> None:
    for text in _texts():
        _same(text)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_scan_finds_what_the_plain_scans_find_on_adversarial_families(family: str) -> None:
    _same(FAMILIES[family](600))


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_the_scan_finds_what_the_plain_scans_find_on_the_gazette() -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        for _, line in zip(range(6), f, strict=False):
            _same(json.loads(line)["text"])


_SEPS = [" ", "\n", "(", "/", '"', ".", ",", "-", "5", "x", "X", "\u0301", "–", "", "  ", "\t"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_ATOMS), st.sampled_from(_SEPS)), max_size=24))
def test_the_scan_finds_what_the_plain_scans_find_on_random_text(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(a + b for a, b in pieces)
    _same(text)
    _same(text + "\U0001d7ce")
    _check(text)


def test_texts_the_scan_leaves_to_the_plain_scans() -> None:
    for text in ("5 người \U0001d7ce hộ", "5 \u0345người, năm người"):
        assert counts_scan.scan(text, text.casefold(), _STARTS._figure_at, _STARTS._other) is None
        _check(text)
    assert (
        counts_scan.scan("5 người" * 9, "5 người" * 9, _STARTS._figure_at, _STARTS._other)
        is not None
    )


def test_case_folding_keeps_letters_marks_numbers_and_figures() -> None:
    """The gate reads the case-folded text: a character and its folding (one character) are
    the same of ``\\p{L}``, ``\\p{M}``, ``\\p{N}``, ``\\d`` but U+0345, which the scan leaves out."""
    classes = [regex.compile(p, regex.V1) for p in (r"\p{L}", r"\p{M}", r"\p{N}", r"\d")]
    for code in range(0x110000):
        c = chr(code)
        f = c.casefold()
        if len(f) != 1 or f == c or code == 0x345:
            continue
        assert [bool(p.match(c)) for p in classes] == [bool(p.match(f)) for p in classes], code


def test_the_classes_are_the_regex_modules_on_the_plane() -> None:
    pairs = [
        (counts_scan._D, r"\d"),
        (counts_scan._L, r"\p{L}"),
        (counts_scan._LM, r"[\p{L}\p{M}]"),
        (counts_scan._LMN, r"[\p{L}\p{M}\p{N}]"),
    ]
    plane = "".join(map(chr, range(0x10000)))
    for mine, theirs in pairs:
        assert re.findall(mine, plane) == regex.findall(theirs, plane, regex.V1)


def test_may_hold_astral_is_never_a_false_no() -> None:
    for text in ("", "a", "năm", "x" * 100, "ngày " * 50):
        assert counts_scan.may_hold_astral(text + "\U0001d7ce")


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_scan_is_linear(family: str) -> None:
    def run(text: str) -> object:
        return counts_scan.scan(text, text.casefold(), _STARTS._figure_at, _STARTS._other)

    assert nonlinear(run, FAMILIES[family], SMALL) is None
