"""The two-pass scan of the counts' starts (extractors/counts_scan.py): the same figures, rules
and words as the ``regex`` gate and the word search at every position (issue #7)."""

from __future__ import annotations

import json
import random
import re
from unittest import mock

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
from unionextract.extractors import counts, counts_scan, counts_starts
from unionextract.extractors.counts_words import _LEADS_ONLY, _prefix_may_follow
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
    # lead words before what may or may not go on with them
    "trong các 5 hộ, trong  các. 5 hộ trong cácx 5 hộ trong các– 5 hộ Trong CÁC 5 hộ trong",
    "trên khoảng 5 hộ; từ ngày 5 hộ, từ\nnăm người, từ, 5 hộ; dưới năm hộ; dưới nămx 5 hộ",
    "hơn chục người, hơn chụcx người, gần trăm hộ, gần trăm\u0301 hộ, trên Năm người, trên",
    "vài ngườiΩ 5 hộ, vài người€ 5 hộ, vài người٣ 5 hộ, khoảng người 5, khoảng\tngười 5 hộ",
]


def _same(raw: str) -> None:
    """The scan gives the figures of the plain scans and their words but lead words after
    which no lead can go on (:func:`_prefix_may_follow`); ``find`` gives the same with it as
    with the plain scans."""
    text = normalize(raw).text
    folded = text.casefold()
    if len(folded) != len(text):
        return
    if any(c in text for c in "\u0345\u017f\u212a") or (text and max(text) > "\uffff"):
        assert counts_scan.scan(text, folded, _STARTS._figure_at, _STARTS._other) is None
        return
    starts, words = counts_scan._scan(text, folded, _STARTS._figure_at, _STARTS._other)
    plain_starts, plain_words = _STARTS._scan_plain(text, folded)
    assert starts == plain_starts, raw
    assert list(words.items()) == [(p, w) for p, w in plain_words.items() if p in words], raw
    for p, w in plain_words.items():
        if p not in words:
            assert w in _LEADS_ONLY and not _prefix_may_follow(text, p + len(w)), (raw, p)
    found = _STARTS.find(text)
    with mock.patch.object(counts_starts, "scan", lambda *_: None):
        assert found == _STARTS.find(text), raw


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


def test_folding_makes_no_vietnamese_letter_or_ascii_of_anything_else() -> None:
    """The scan reads the runs after a lead word on the case-folded text as
    :func:`.counts_runs.next_run` reads them on the text: a character folds to a Vietnamese
    lower-case letter only when it is one in either case (but U+017F and U+212A: the scan
    leaves a text with them out), to a character of ASCII that is no letter only when it is
    that character."""
    lower = set(re.sub("a-z", "abcdefghijklmnopqrstuvwxyz", counts_scan.VIETNAMESE_LOWER))
    either = lower | {c.upper() for c in lower}
    for code in range(0x110000):
        c = chr(code)
        f = c.casefold()
        if len(f) != 1:
            continue
        if f in lower:
            assert c in either or code in (0x17F, 0x212A), hex(code)
        if f < "\x80" and not f.isalpha():
            assert c == f, hex(code)
    assert all(c.casefold() in lower for c in either)


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
