"""The run after a number word or a lead word, read without the ``regex`` module
(counts_runs.next_run): the same decisions as the plain reading with ``regex`` (issue #7)."""

from __future__ import annotations

import json
import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_counts_starts import _ATOMS, GAZETTE, HOSTILE, _check, _texts
from tests.test_linear_time import FAMILIES
from unionextract.extractors import counts, counts_starts
from unionextract.extractors.counts_runs import letter_or_mark
from unionextract.extractors.counts_starts import _NEXT, NUMBER_IN_WORDS
from unionextract.extractors.counts_words import _PREFIX_NEXT, _SEP_FIRST, _prefix_may_follow
from unionextract.normalize import normalize

_RUN = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_FOLLOW = regex.compile(r"[\p{L}\p{M}]++[ ]*+(?P<next>\p{L}[\p{L}\p{M}]*+)?", regex.V1)
_PLAIN = regex.compile(
    f"[{counts_starts.VIETNAMESE_LOWER}{counts_starts.VIETNAMESE_LOWER.upper()}]+"
)


def _plain_prefix_may_follow(text: str, s: int) -> bool:
    m = _FOLLOW.match(text, s)
    nxt = m.group("next") if m is not None else None
    return nxt is None or not _PLAIN.fullmatch(nxt) or nxt.casefold() in _PREFIX_NEXT


def _plain_as_number(text: str, s: int) -> int:
    """What :meth:`RuleStarts.word` reads for a number in words at ``s``, with ``regex``."""
    number = NUMBER_IN_WORDS.match(text, s)
    after = _NEXT.match(text, number.end()) if number is not None else None
    if after is None:
        return 0
    nxt = after.group("next")
    head = counts.STARTS._head_first
    return (1 if nxt is not None and nxt in head else 0) | (
        4 if not (nxt and nxt.casefold() not in _SEP_FIRST) else 0
    )


def _agree(text: str) -> None:
    for m in _RUN.finditer(text):
        s, end = m.span()
        assert _prefix_may_follow(text, end) == _plain_prefix_may_follow(text, s), (text, s)
        number = m.group().casefold() in counts_starts._NUMBER_WORDS
        if number and not counts.STARTS._number_may_count(text, end):
            assert _plain_as_number(text, s) == 0, (text, s)


def test_what_is_no_letter_or_mark_is_none_for_regex() -> None:
    """Every code point :func:`letter_or_mark` calls neither is neither for ``regex``."""
    either = regex.compile(r"[\p{L}\p{M}]", regex.V1)
    for code in range(0x110000):
        c = chr(code)
        if not letter_or_mark(c):
            assert not either.match(c), hex(code)
        elif code < 0x300 or unicodedata.category(c) != "Cn":
            assert either.match(c), hex(code)


@pytest.mark.parametrize("text", HOSTILE)
def test_next_run_agrees_on_hostile_text(text: str) -> None:
    _agree(text)
    _agree(normalize(text).text)


def test_next_run_agrees_on_generated_text() -> None:
    for text in _texts():
        _agree(normalize(text).text)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_next_run_agrees_on_adversarial_families(family: str) -> None:
    _agree(FAMILIES[family](600))


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_next_run_agrees_on_the_gazette() -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(4), f, strict=False)]
    for text in texts:
        _agree(normalize(text).text)


_MORE = ["–", "…", "\u0300", "ǵ", "\u2028", "~", "-", " ", "  ", "hai", "mươi", "phẩy", "rưỡi"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS + _MORE), max_size=24).map("".join))
def test_next_run_agrees_on_random_text(text: str) -> None:
    _agree(text)


def _inside_runs(text: str) -> list[int]:
    """Where :meth:`RuleStarts.find` skips a number word inside a run of number words."""
    out, after = [], -9
    for m in _RUN.finditer(text):
        s, w = m.start(), m.group().casefold()
        if w not in counts_starts._NUMBER_WORDS:
            continue
        gap = s - after
        if w in counts_starts._NUMBER_ONLY and 0 < gap <= 4 and text[after:s] == " " * gap:
            out.append(s)
        after = m.end() if m.group() == w else -9
    return out


_RUNS = [
    "hai mươi mốt hai  mươi mốt, Hai mươi người; hai     mươi người; năm  năm hộ, năm 2021",
    "một trăm linh năm hộ, MỘT TRĂM hộ, Ba Bốn người, ba phẩy năm người, không năm hộ",
    "Năm năm người, năm sáu người, sáu\tbảy người, tám\u00a0chín người, mười lăm    người",
    "hai không quá 5 người, ba  không đến 7 hộ, một không năm người",
]


@pytest.mark.parametrize("text", [*_RUNS, *HOSTILE])
def test_no_number_in_words_begins_inside_a_run(text: str) -> None:
    """numbers.WORDS begins no number where find skips a number word (and those texts give
    the same candidates as the anchored run: test_counts_starts)."""
    for s in _inside_runs(text):
        assert NUMBER_IN_WORDS.match(text, s) is None, (text, s)
        w = _RUN.match(text, s)
        assert w is not None
        assert counts.STARTS.word(text, s, w.group().casefold(), w.end()) == 0


@pytest.mark.parametrize("family", ["number words", "scale words"])
def test_no_number_in_words_begins_inside_a_run_of_a_family(family: str) -> None:
    text = FAMILIES[family](3000)
    skipped = _inside_runs(text)
    assert skipped
    for s in skipped:
        assert NUMBER_IN_WORDS.match(text, s) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_ATOMS, *_MORE, "Hai", "MƯƠI", "   "]), max_size=24).map("".join))
def test_no_number_in_words_begins_inside_a_run_of_random_text(text: str) -> None:
    for s in _inside_runs(text):
        assert NUMBER_IN_WORDS.match(text, s) is None, (text, s)


@pytest.mark.parametrize("text", _RUNS)
def test_runs_of_number_words_give_the_anchored_candidates(text: str) -> None:
    _check(text)


def _same_starts_without_the_skip(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = counts.STARTS.find(text)
    with monkeypatch.context() as m:
        m.setattr(counts_starts, "_NUMBER_ONLY", frozenset())
        assert counts.STARTS.find(text) == got, text


@pytest.mark.parametrize("text", [*_RUNS, *HOSTILE])
def test_the_skip_inside_runs_keeps_every_start(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _same_starts_without_the_skip(text, monkeypatch)
    _same_starts_without_the_skip(normalize(text).text, monkeypatch)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_skip_inside_runs_keeps_every_start_in_families(
    family: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_starts_without_the_skip(FAMILIES[family](3000), monkeypatch)


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_the_skip_inside_runs_keeps_every_start_in_the_gazette(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(4), f, strict=False)]
    for text in texts:
        _same_starts_without_the_skip(normalize(text).text, monkeypatch)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_ATOMS, *_MORE, "Hai", "MƯƠI", "   "]), max_size=24).map("".join))
def test_the_skip_inside_runs_keeps_every_start_in_random_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as m:
        got = counts.STARTS.find(text)
        m.setattr(counts_starts, "_NUMBER_ONLY", frozenset())
        assert counts.STARTS.find(text) == got
