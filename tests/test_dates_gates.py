"""The per-rule gates of the anchored date run let every match through (issue #7).

A gate (``dates_gates``) is checked before a rule's pattern at a start; it must match wherever
the pattern matches. These tests check that directly — at every position where a rule's
pattern matches, its gate matches too — on the rules' examples, the fixtures, the held-out
texts, hostile strings and random strings of date words; and the assumptions the gates rest
on (case folding, digits, letters of the lexicon words).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import regex

from unionextract.context import Context
from unionextract.extractors import dates, dates_anchors, dates_gates
from unionextract.extractors.dates_common import FLAGS, MONTH_WORDS, RELATIVE, WB
from unionextract.normalize import normalize
from unionextract.numbers import NUMBER_WORDS
from unionextract.rules import run_rules

from .test_dates_anchors import HOSTILE, REF, _heldout, _key, random_texts

ROOT = Path(__file__).resolve().parent.parent
RULES = {r.name: r for r in dates.RULES}
_ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


#: Rules whose gate also leaves out matches their build always rejects (a day with dots and no
#: year after a dash: dates_gates._to; the month or year of a day or a month); for them a miss
#: is a match whose build gives a date.
#: (That the skipped, rejected match hid nothing from later starts is shown by the anchored
#: run's equality with the plain run: tests/test_dates_anchors.py.)
_BUILD_LEVEL = {"từ <date> đến <date>", "<d>-<d>/<m>/<y>", "tháng <m>/<y>", "năm <y>"}


def _gated_misses(text: str) -> list[tuple[str, int]]:
    """(rule, position) where the rule's pattern matches and its gate does not."""
    text = normalize(text).text
    contexts = [Context(normalize(text), None), Context(normalize(text), REF)]
    misses = []
    for name, rule in RULES.items():
        gate = dates_gates.gate(name)
        lunar = name == dates_gates.LUNAR_RULE and not dates_gates.has_lunar(text.lower())
        for p in range(len(text)):
            m = rule.pattern.match(text, p)
            if m is None or (not lunar and gate.match(text, p) is not None):
                continue
            if name in _BUILD_LEVEL and all(rule.build(m, ctx) is None for ctx in contexts):
                continue
            misses.append((name, p))
    return misses


def test_every_rule_has_a_gate() -> None:
    assert set(dates_gates.PATTERNS) == set(RULES)
    assert dates_gates.LUNAR_RULE in RULES


def test_rules_begin_at_a_word_boundary() -> None:
    """The gates' lookbehind is the rules' WB (or their own, for two)."""
    for name, rule in RULES.items():
        own = dates_gates.OWN_LOOKBEHIND.get(name)
        if own is None:
            assert WB in rule.pattern.pattern, name
        else:
            assert r"(?<![\p{L}\p{N}/.-])" in rule.pattern.pattern, name


@pytest.mark.parametrize("name", sorted(RULES))
def test_examples_pass_their_gate(name: str) -> None:
    for example in RULES[name].examples:
        surface = example.replace("[", "").replace("]", "")
        assert _gated_misses(surface) == [], surface


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(text: str) -> None:
    assert _gated_misses(text) == []


#: Long forms: the most words a gate allows before its keyword or joint.
LONG = [
    "kể từ 12 giờ 00 phút rạng sáng, ngày mồng hai mươi tư tháng mười hai năm hai không hai"
    " mốt cho đến hết 18h ngày 2/1/2022",
    "từ 21h30 tối ngày 5 đến 6h sáng ngày 9/8/2021; từ tháng mười một của năm hai không hai"
    " mươi đến tháng 3/2021; từ quý II/2021 - quý IV năm 2022",
    "từ tháng 7/2021-tháng 9/2021, tháng 7 năm nay đến tháng 9 năm sau, từ hôm nay đến ngày"
    " mai, từ tuần này tới tuần sau, năm học 2021 - 22, các năm 2019 – năm 2021",
    "ngày 3, 4 và 5/8/2021; tháng 7, tháng mười một và 12/2021; năm 2019, 2020 và năm 2021;"
    " ngày 28 tháng 7 và ngày 3 tháng 8 năm 2021; ngày 2/8, 5/8 và 9/8/2021",
    "tháng mười hai tới, tháng Giêng vừa qua, 6 tháng cuối năm nay, hai mươi tư tháng bảy,"
    " nửa đầu năm, 15/8 (âm lịch), ngày 15 tháng 8 ÂL, tháng 7 Âm lịch",
    "Ngày\n20\t-\n25 / 7 / 2021, 20 . 10 . 2021, ngày  20  –  25 tháng 7, 5 cho\nđến 9/8",
]


@pytest.mark.parametrize("text", LONG)
def test_long_forms(text: str) -> None:
    assert _gated_misses(text) == []


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*.txt")), ids=lambda p: p.name)
def test_fixtures(path: Path) -> None:
    assert _gated_misses(path.read_text(encoding="utf-8")) == []


def test_heldout() -> None:
    for text, _ in _heldout()[:150]:
        assert _gated_misses(text) == [], text[:200]


_VOCAB = [
    *sorted(dates_anchors._LEAD_WORDS),
    *sorted(dates_anchors._ANCHOR_WORDS),
    *("Ngày", "Tháng", "tháng", "năm", "quý", "II", "IV", "từ", "kể từ", "đến", "tới", "cho"),
    *("hết", "và", "&", "của", "18h", "6 giờ", "30 phút", "rạng sáng", "tối", "âm lịch", "ÂL"),
    *("2021", "7", "27", "5", "12", "30", "2/8", "20-25", "7/2021", "15/8", "3", "22", "05"),
]
_SEPS = (" ", " ", " ", "  ", ", ", " - ", "–", "/", "-", ".", "\n", " (", ") ", " và ", "\t")


def test_random_strings() -> None:
    for text in random_texts(11, 300, _VOCAB, _SEPS, most=16):
        assert _gated_misses(text) == [], text
        ctx = Context(normalize(text), REF)
        assert _key(dates_anchors.run(dates.RULES, ctx)) == _key(run_rules(dates.RULES, ctx))


# --- what the gates rest on -------------------------------------------------------------------


def _letters(pattern: str) -> set[str]:
    return {c for c in pattern if c.isalpha()}


def test_re_ignorecase_folds_what_regex_folds() -> None:
    """Each letter of a gate matches, under ``re.IGNORECASE``, every character the ``regex``
    module's simple case folding matches to it."""
    letters = set().union(*(_letters(p) for p in dates_gates.PATTERNS.values()))
    for letter in sorted(letters):
        folded = {m.group() for m in regex.finditer(regex.escape(letter), _ALL_CHARS, FLAGS)}
        stdlib = {m.group() for m in re.finditer(re.escape(letter), _ALL_CHARS, re.IGNORECASE)}
        assert folded <= stdlib, letter


def test_lunar_letters_fold_to_their_cases_only() -> None:
    for letter in sorted(set().union(*map(_letters, dates_gates.LUNAR_CORES))):
        folded = {m.group() for m in regex.finditer(regex.escape(letter), _ALL_CHARS, FLAGS)}
        assert folded <= {letter.lower(), letter.upper()}, letter
        assert all(c.lower() == letter for c in folded), letter


def test_lookbehind_letters_fold_no_more_than_the_rules() -> None:
    """The month and year gates leave a match out when "tháng" is right before: ``re`` must
    not fold a letter of it that the rules' ``regex`` does not."""
    for letter in "tháng":
        folded = {m.group() for m in regex.finditer(regex.escape(letter), _ALL_CHARS, FLAGS)}
        stdlib = {m.group() for m in re.finditer(re.escape(letter), _ALL_CHARS, re.IGNORECASE)}
        assert stdlib <= folded, letter


def test_lookbehind_letters_lower_from_no_more_than_the_rules_fold() -> None:
    """The same on the lower case the anchored run reads: a character that lowers to a letter
    of "tháng" is one the rules fold to it."""
    for letter in "tháng":
        folded = {m.group() for m in regex.finditer(regex.escape(letter), _ALL_CHARS, FLAGS)}
        assert {c for c in _ALL_CHARS if c.lower() == letter} <= folded, letter


def test_lower_case_keeps_every_class_of_the_gates() -> None:
    """The anchored run checks the gates on the text's lower case: each character class and
    class escape of the gates holds a character exactly when it holds its lower case (for
    every character normalization leaves: "ſ" and "İ" it replaces)."""
    classes = set()
    for pattern in dates_gates.PATTERNS.values():
        classes |= set(re.findall(r"\\[dDsSwW]|\[(?:\\.|[^\]\\])*\]", pattern))
    assert {r"\s", r"\d", r"[^\W_]"} <= classes
    chars = [c for c in _ALL_CHARS if c not in "ſİ"]
    assert all(len(c.lower()) == 1 for c in chars)
    text, low = "".join(chars), "".join(c.lower() for c in chars)
    for cls in sorted(classes):
        p = re.compile(cls)
        assert [m.start() for m in p.finditer(text)] == [m.start() for m in p.finditer(low)], cls


def test_gate_digits_hold_the_rules_digits() -> None:
    """``_D`` holds every digit of the rules' ``\\d``; ``re``'s ``\\d`` (in negative
    lookaheads) holds no more than it."""
    rules_digits = set(regex.findall(r"\d", _ALL_CHARS, FLAGS))
    assert rules_digits <= set(re.findall(dates_gates._D, _ALL_CHARS))
    assert set(re.findall(r"\d", _ALL_CHARS)) <= rules_digits


def test_word_characters_are_letters_and_figures_for_the_rules() -> None:
    """A gate's word ends before no ``[^\\W_]``; a rule's word before no ``[\\p{L}\\p{N}]``."""
    python = set(re.findall(r"[^\W_]", _ALL_CHARS))
    assert python <= set(regex.findall(r"[\p{L}\p{N}]", _ALL_CHARS))


def test_lexicon_words_are_letters_and_figures() -> None:
    """A gate reads a month, quarter, relative or number word as ``[^\\W_]+`` tokens."""
    for word in (*MONTH_WORDS, *RELATIVE, *NUMBER_WORDS):
        assert all(re.fullmatch(r"[^\W_]+", w) for w in word.split()), word


@pytest.mark.parametrize("family", ["digits", "dashes", "slashes", "date words", "number words"])
def test_gates_stay_linear(family: str) -> None:
    """A gate reads a bounded stretch from a start: tried at every position of 4× the text it
    takes about 4× the time (tests/test_linear_time.py checks whole extraction too)."""
    from .test_linear_time import FAMILIES

    def cost(n: int) -> float:
        text = FAMILIES[family](n)
        t0 = time.process_time()
        for name in dates_gates.PATTERNS:
            match = dates_gates.gate(name).match
            for i in range(len(text)):
                match(text, i)
        return time.process_time() - t0

    small, large = cost(2_000), cost(8_000)
    assert large < 6 * small + 0.02, (family, small, large)


def test_has_lunar_finds_any_core() -> None:
    """``has_lunar`` (one search) tells whether any lunar core is in the lower case."""
    texts = [*HOSTILE, "âm lịch", "ngày 5 (ÂL)".lower(), "âm  lịch", "â", "tâm lý", "âl"]
    texts += [p.read_text(encoding="utf-8").lower() for p in (ROOT / "fixtures").glob("*.txt")]
    for low in texts:
        want = any(core in low for core in dates_gates.LUNAR_CORES)
        assert dates_gates.has_lunar(low) == want, low[:80]


def test_optional_as_branch_changes_no_match() -> None:
    """The gates are written for ``re`` with ``(?:X|)`` for ``(?:X)?``: each matches where, and
    as far as, the pattern as written does — at every position of the test texts."""
    texts = [*HOSTILE, *(p.read_text(encoding="utf-8") for p in (ROOT / "fixtures").glob("*.txt"))]
    texts += [t for t, _ in _heldout()[:60]]
    lows = [normalize(t).text.lower() for t in texts]
    for name, pattern in dates_gates._PATTERNS.items():
        written = re.compile(dates_gates.OWN_LOOKBEHIND.get(name, dates_gates._WB) + pattern)
        fast = re.compile(dates_gates.PATTERNS[name])
        for low in lows:
            for i in range(len(low)):
                a, b = written.match(low, i), fast.match(low, i)
                assert (a and a.end()) == (b and b.end()), (name, low[i : i + 40])
