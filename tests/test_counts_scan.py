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
_ARGS = (_STARTS._figure_at, _STARTS._other)

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
    lower, folded = text.lower(), text.casefold()
    found = _STARTS.find(text)
    if len(folded) != len(text):  # the anchors (no plain scans), or the scan
        assert (found is None) == (counts_scan.scan(text, lower, *_ARGS) is None), raw
        return
    with mock.patch.object(counts_starts, "scan", lambda *_: None):
        assert found == _STARTS.find(text), raw  # with the plain scans
    if any(c in text for c in "\u017f\u212a") or (text and max(text) > "\uffff"):
        assert counts_scan.scan(text, lower, *_ARGS) is None
        return
    starts, words = counts_scan._scan(text, lower, *_ARGS)
    plain = counts_scan.scan_plain(text, _STARTS._figure)
    assert plain is not None
    plain_starts, plain_words = plain
    assert starts == plain_starts, raw
    assert list(words.items()) == [(p, w) for p, w in plain_words.items() if p in words], raw
    for p, w in plain_words.items():
        if p not in words:
            assert w in _LEADS_ONLY and not _prefix_may_follow(text, p + len(w)), (raw, p)


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


def test_a_text_whose_length_case_folding_changes_is_scanned() -> None:
    """Lowering keeps the length of "ß" (folding makes it "ss"): the scan reads the text, and
    the candidates are those of the anchored run and of the full scan."""
    text = "Straße 5 người, trên ß 5 hộ, ßnăm người, năm ß người, KHOẢNG 30 NGƯỜI, ẞ hai hộ" * 2
    assert len(text.casefold()) != len(text)
    assert counts_scan.scan(text, text.lower(), *_ARGS) is not None
    assert counts.STARTS.find(text) is not None
    _check(text)


def test_texts_the_scan_leaves_to_the_plain_scans() -> None:
    for text in ("5 người \U0001d7ce hộ", "ſáu người " * 9, "5 \u212a người " * 9, "İ 5 người" * 9):
        assert counts_scan.scan(text, text.lower(), *_ARGS) is None
        _check(text)
    assert counts_scan.scan("5 người" * 9, "5 người" * 9, *_ARGS) is not None


def test_lowering_keeps_letters_marks_numbers_and_figures() -> None:
    r"""The gate reads the lower-cased text: a character and its lower case are the same of
    ``\p{L}``, ``\p{M}``, ``\p{N}``, ``\d``; only U+0130 lowers to more than one character."""
    classes = [regex.compile(p, regex.V1) for p in (r"\p{L}", r"\p{M}", r"\p{N}", r"\d")]
    for code in range(0x110000):
        c = chr(code)
        f = c.lower()
        if len(f) != 1:
            assert code == 0x130
            continue
        if f != c:
            assert [bool(p.match(c)) for p in classes] == [bool(p.match(f)) for p in classes], code


def test_lowering_finds_the_words_folding_finds() -> None:
    """The scan reads the words and the runs after a lead word on the lower-cased text as
    :func:`.counts_words._words_at` and :func:`.counts_runs.next_run` read them (on the
    case-folded text and the text): a character lowers to a Vietnamese lower-case letter
    exactly when it folds to one, to the same (but U+017F), and only when it is one in either
    case (but U+212A: the scan leaves a text with either out), to a character of ASCII that
    is no letter only when it is that character; one whose folding is longer folds to no
    piece of a word of the search and lowers to no Vietnamese letter."""
    lower = set(re.sub("a-z", "abcdefghijklmnopqrstuvwxyz", counts_scan.VIETNAMESE_LOWER))
    either = lower | {c.upper() for c in lower}
    words = [*counts_scan._NUMBER_WORDS, *counts_scan._LEADS_ONLY]
    for code in range(0x110000):
        c = chr(code)
        f, low = c.casefold(), c.lower()
        if len(low) != 1:
            continue
        if len(f) != 1:
            assert low not in lower and not any(f in w for w in words), hex(code)
            continue
        if code != 0x17F:
            assert (f in lower) == (low in lower) and (f == low or f not in lower), hex(code)
        if low in lower:
            assert c in either or code == 0x212A, hex(code)
        if low < "\x80" and not low.isalpha():
            assert c == low, hex(code)
    assert all(c.lower() in lower for c in either)


def test_the_dead_words_are_lowered_to_by_their_own_cases_alone() -> None:
    """A character that lowers to a letter of a word the gate skips folds to it too, so a
    run that lowers to one of them folds to it (what :meth:`RuleStarts._figure_at` reads)."""
    letters = {c for w in _STARTS._dead for c in w}
    for code in range(0x110000):
        c = chr(code)
        if c.lower() in letters:
            assert c.casefold() == c.lower(), hex(code)


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
        return counts_scan.scan(text, text.lower(), *_ARGS)

    assert nonlinear(run, FAMILIES[family], SMALL) is None
