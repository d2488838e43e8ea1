"""The fast anchor scan of the dates equals the plain one (issue #7).

``dates_anchors`` scans the text's lower case with :func:`dates_scan.fast_token` after a
separator (:data:`dates_scan.SEP`), on ``" " + text``; these tests check that it finds
the tokens of the plain pattern (:func:`dates_scan.token`, scanned from the start of the
text) — same spans, groups and words — on the fixtures, the held-out texts, hostile strings,
random strings of date words and every character before a date word; for a text of the Basic
Multilingual Plane, with the scan that leaves out the lookbehind too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unionextract.extractors import dates_anchors, dates_gates, dates_keys, dates_scan
from unionextract.normalize import normalize

from .test_dates_anchors import HOSTILE, _heldout, random_texts

ROOT = Path(__file__).resolve().parent.parent


def _plain(lunar: bool) -> re.Pattern[str]:
    names = [n for n in dates_keys._FIGURE_TAILS if lunar or n != dates_gates.LUNAR_RULE]
    gates = "(?:" + "|".join(f"(?:{dates_gates.PATTERNS[n]})" for n in names) + ")"
    words = dates_anchors._ANCHOR_WORDS | dates_anchors._LEAD_WORDS
    return re.compile(dates_scan.token(words, gates))


def _token(m: re.Match[str], fast: bool) -> tuple[object, ...]:
    """A token's span, kind and word in the text (the fast scan reads " " + text and begins
    with the character before the token). A tail's kind names the rules of a figure only: after
    "T7" (keyed by its first word) both scans tell merely that it has one."""
    if fast:
        start, end, kind, word = m.start(), m.end() - 1, m.lastgroup, m.group()[1:]
        kind = dates_scan.KINDS.get(kind, kind)
    else:
        start, end, kind, word = m.start(), m.end(), m.lastgroup, m.group()
    if kind in dates_keys._FIGURE_KEYS and not word[0].isdigit():
        kind = "a tail"
    return (start, end, kind, word)


def _same(text: str) -> None:
    norm = normalize(text).text
    low = norm.lower()
    # the scan without the lookbehind reads texts of the Basic Multilingual Plane only
    astral = (True,) if any(c > "\uffff" for c in low) else (True, False)
    for lunar, exact in [(lunar, exact) for lunar in (False, True) for exact in astral]:
        plain = [_token(m, False) for m in _plain(lunar).finditer(low)]
        scan = dates_anchors._scanner(lunar, exact)
        fast = [_token(m, True) for m in scan.finditer(" " + low)]
        # the fast scan leaves out the lead words followed by a word that is no token, or last
        ends = [t[0] for t in plain[1:]] + [len(low) + 1] * bool(plain)
        cut = [
            t
            for t, next_start in zip(plain, ends, strict=True)
            if t[2] == "word"
            and t[3] not in dates_anchors._ANCHOR_WORDS
            and (next_start > len(low) or re.search(r"[^\W_]", low[t[1] : next_start]))
        ]
        assert fast == [t for t in plain if t not in cut], text[:200]
        _same_starts(norm, lunar)


def _same_starts(text: str, lunar: bool) -> None:
    """The anchored run walks to the same keyed starts from either scan."""
    low = text.lower()
    names = [n for n in dates_keys._FIGURE_TAILS if lunar or n != dates_gates.LUNAR_RULE]
    gates = "(?:" + "|".join(f"(?:{dates_gates.PATTERNS[n]})" for n in names) + ")"
    words = dates_anchors._ANCHOR_WORDS | dates_anchors._LEAD_WORDS
    plain = re.compile(r"[\s\S]" + dates_scan.token(words, gates))  # read as the fast one
    fast = dates_anchors.keyed_starts(text, text.lower(), lunar)
    saved = dates_anchors._tokens
    try:
        dates_anchors._tokens = lambda t, lo, lu: plain.finditer(" " + low)  # type: ignore[assignment]
        assert fast == dates_anchors.keyed_starts(text, text.lower(), lunar), text[:200]
    finally:
        dates_anchors._tokens = saved


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(text: str) -> None:
    _same(text)
    _same(text.upper())


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*.txt")), ids=lambda p: p.name)
def test_fixtures(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


def test_heldout() -> None:
    for text, _ in _heldout():
        _same(text)


def test_random_strings() -> None:
    for text in random_texts(11, 400):
        _same(text)


def test_every_character_before_a_word() -> None:
    """Whatever character precedes a date word or a figure, both scans agree."""
    chars = [chr(c) for c in range(0x3000)] + ["\u3000", "\ufeff", "\uffff"]
    astral = ["\U0001d7ce", "\U00010000", "\U0001f600", "\U00020000", "\U000e0001"]
    for head in ("ngày 5/8", "5/8/2021", "t7/2021", "quý ii", "của tháng 9"):
        for some in (chars, astral, chars + astral):
            _same("".join(c + head for c in some if c.lower() == c and len(c.lower()) == 1))


def test_separator_holds_every_non_word_character() -> None:
    """``SEP`` matches every character that is not a letter or a figure for ``re`` (nor, so,
    for the scan's ``(?<![^\\W_])``): no word start is skipped."""
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    non_word = "".join(re.findall(r"[\W_]", chars))
    assert re.fullmatch(dates_scan.SEP + "*", non_word)


def test_separator_is_exact_on_the_basic_plane() -> None:
    """On the Basic Multilingual Plane ``SEP`` holds the non-word characters only, so the scan
    of a text without a character beyond it needs no ``(?<![^\\W_])``."""
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(dates_scan.SEP, chars) == re.findall(r"[\W_]", chars)


@pytest.mark.parametrize("size", [0, 1, 2, 13, 14, 15, 29, 30, 31, 40, 100, 5000])
def test_may_hold_astral_says_yes_to_every_astral_text(size: int) -> None:
    """A false "no" would let the scan without the lookbehind read a letter beyond the plane
    as a separator; a false "yes" costs time only (short texts)."""
    for base in ("a", "ạ", "\uffff"):
        text = base * size
        for at in range(0, size, max(1, size // 7)):
            assert dates_scan.may_hold_astral(text[:at] + "\U0001d7ce" + text[at + 1 :])
        if size >= 100:  # the header of a string is less than 2 bytes a character then
            assert not dates_scan.may_hold_astral(text)
    for raw in ("Ngày 5 tháng 8 năm 2021 " * 3, "١٢ tháng đầu năm 2022 " * 3):
        assert not dates_scan.may_hold_astral(normalize(raw).text.lower())


def test_tokens_end_with_a_word_character() -> None:
    """A token ends with a letter or a figure, so no token begins where the one before ends
    (the fast scan, which reads the character before a token, misses none)."""
    words = dates_anchors._ANCHOR_WORDS | dates_anchors._LEAD_WORDS
    assert all(w[-1].isalnum() and w[0].isalnum() for w in words)


def test_may_hold_astral_reads_the_text_off_cpython(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without CPython's string storage to read, the answer comes from the text itself."""
    monkeypatch.setattr(dates_scan, "_PEP393", False)
    assert not dates_scan.may_hold_astral("ngày 5/8 " * 9 + "\uffff")
    assert dates_scan.may_hold_astral("ngày 5/8 \U0001d7ce")
