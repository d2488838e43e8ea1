"""Money's shortcuts (issue #7): the figure cues found by the standard engine
(extractors/money_scan.py) hold every match of the ``regex`` patterns they stand for, and
PREFIX and MAGNITUDE, tried only at words, never match at a digit."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import regex

from unionextract.extractors import money, money_scan
from unionextract.extractors.money_grammar import D_AFTER
from unionextract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
_PIECES = [
    "5",
    "12",
    "1.2",
    "1.200.000",
    "3.5.7",
    ".",
    "..",
    "5.",
    ".5",
    "đ",
    "Đ",
    "đồng",
    "5đ",
    "7",
    "đ",
    "triệu",
    "tỷ",
    "tỉ",
    "nghìn",
    "ngàn",
    "vạn",
    "TRIỆU",
    "triệuđ",
    "xtriệu",
    "x",
    "²",
    "³",
    "٣",
    "𐵀",
    "𝟘",
    ",",
    ":",
    ";",
    "USD",
    "$",
    "-",
    "khoảng",
    "hàng",
    "vài",
]

#: What the money extractor scanned for before money_scan (the oracles): "đ" after a figure or a
#: scale word as CURRENCY reads it, and a grouped figure's "\d\.\d".
_DIGIT_D = regex.compile(rf"{D_AFTER}(?![\p{{L}}\p{{M}}\p{{N}}])", regex.V1)
_GROUPED = regex.compile(r"\d\.\d", regex.V1)


def _generated(seed: int, n: int = 200) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  "]) for _ in range(n))


def _texts(seed: int) -> list[str]:
    texts = [normalize(_generated(seed)).text, "", "đ", "5", "1.2", " 5 đ"]
    if seed < len(FIXTURES):
        texts.append(normalize(FIXTURES[seed].read_text(encoding="utf-8")).text)
    return texts


def test_every_regex_digit_is_a_digit_of_the_scan() -> None:
    """``regex``'s Unicode may be newer than ``re``'s: DIGIT holds all its digits."""
    theirs = regex.compile(r"\d", regex.V1)
    ours = re.compile(money_scan.DIGIT)
    missed = [c for c in map(chr, range(0x110000)) if theirs.match(c) and not ours.match(c)]
    assert missed == []


@pytest.mark.parametrize("seed", range(20))
def test_grouped_figures_give_stretches_holding_every_regex_match(seed: int) -> None:
    texts = [*_texts(seed), "1.2.3.4", "1.2\U00010d40.3", "1.2\U0001d400.3.4", "5.\U00010d40.6"]
    for text in texts:
        scales = money._CUE_SCAN.positions(text, text.lower())[1]
        regex_cues = [m.start() for m in _GROUPED.finditer(text)]
        got = money_scan.grouped_figures(text)
        assert all(text[p + 1] == "." for p in got)
        ours = money._CUED_STRETCH.spans(text, [*scales, *got])
        theirs = money._CUED_STRETCH.spans(text, [*scales, *regex_cues])
        assert all(any(a <= lo and hi <= b for a, b in ours) for lo, hi in theirs), text
        assert {lo for lo, _ in ours} == {lo for lo, _ in theirs}, text


@pytest.mark.parametrize("seed", range(20))
def test_d_after_holds_every_regex_match(seed: int) -> None:
    for text in _texts(seed):
        want = {m.start() for m in _DIGIT_D.finditer(text)}
        got = money_scan.d_after(text)
        assert want <= set(got), text
        assert all(text[p] == "đ" for p in got)


def test_prefix_and_magnitude_begin_with_no_digit() -> None:
    assert [w for w in money._WORD_FIRST if not w or w[0].isdecimal()] == []


@pytest.mark.parametrize("seed", range(10))
def test_prefix_and_magnitude_never_match_at_a_digit(seed: int) -> None:
    for text in _texts(seed):
        for rule in (money.PREFIX_RULE, money.MAGNITUDE_RULE):
            at_digits = [p for p, c in enumerate(text) if c.isdecimal()]
            assert [p for p in at_digits if rule.pattern.match(text, p)] == [], rule.name


def test_a_decimal_for_python_is_a_digit_for_regex() -> None:
    digit = regex.compile(r"\d", regex.V1)
    assert [c for c in map(chr, range(0x110000)) if c.isdecimal() and not digit.match(c)] == []


@pytest.mark.parametrize("seed", range(10))
def test_amount_and_range_never_match_after_a_digit_and_a_dot(seed: int) -> None:
    for text in _texts(seed):
        after = [p for p in range(2, len(text)) if text[p - 1] in ".," and text[p - 2].isdecimal()]
        for rule in (money.AMOUNT_RULE, money.RANGE_RULE):
            assert [p for p in after if rule.pattern.match(text, p)] == [], rule.name


def test_a_letter_or_digit_for_python_is_one_for_regex() -> None:
    """d_after drops "đ" before what Python's ``isalnum`` (``re``'s ``[^\\W_]``) accepts: a
    letter, mark or number for ``regex`` too, after which CURRENCY has no "đ"."""
    word = regex.compile(r"[\p{L}\p{M}\p{N}]", regex.V1)
    assert [c for c in map(chr, range(0x110000)) if c.isalnum() and not word.match(c)] == []
    ours = re.compile(r"[^\W_]")
    assert [c for c in map(chr, range(0x110000)) if ours.match(c) and not c.isalnum()] == []
