"""Which rule of the counts kind can match at each anchor (issue #7: cheap first).

:class:`quantity.Anchors` gives the starts where any quantity rule may begin; the counts rules
tried at every one of them cost a few microseconds each, and most anchors cannot begin a
count at all: a figure in "Điều 5.", "12/3/2021", "Covid-19", "5%" or a year "năm 2021".
:func:`rule_starts` keeps, for each rule, only the starts where the rule's pattern can match,
by a necessary condition read from the text at the start — never a start where it matches,
so ``run_at`` with these starts returns what it returns with all of them (a start where a rule
cannot match changes nothing in ``run_at``: no match, no build, the next start is tried;
tests/test_counts_starts.py compares the two).

The conditions follow from the shape of the patterns (:mod:`.counts`):

- **A letter start** (a run of letters ``w``, case-folded, as :class:`~quantity.Anchors` reads
  it). The first thing a pattern consumes is a lead word (range opener, qualifier, "about", an
  order of magnitude: each ends at a word end, so its first word is the whole run) or a number
  word (likewise): a rule can match only where ``w`` is the first word of one of its own
  leads, or a number word when it takes a number in words. The figure-and-noun rule takes no
  number in words, the order-of-magnitude rule no number at all.
- **A figure start** (a decimal digit). No lead begins with a digit (checked below), so the
  pattern begins with the figure (:data:`numbers.DIGITS`: digits with single "." or ","
  between groups, or groups of three after a space); what comes after it, in every rule, is
  spaces and then a letter (a scale, a point word, a counted noun, a range word) or, in a
  range, spaces and a separator sign, then spaces and the second number (a number word, or a
  figure followed again by spaces and a letter). A figure is a run of digits joined by single
  separators, so where it ends the run ends: the gate reads the whole run (possessively) and
  looks at what follows. Groups of three after a space ("1 000 người") pass without more.
  The order-of-magnitude rule never begins with a figure.

Each gate begins with :data:`numbers.NUMBER_START`, as every rule does, so it never reads a run
of digits from inside it: each run is read from one start (two for a range's second number),
and the gates stay linear on any input.

:func:`find_rule_starts` gets the same without the anchors of the whole text (whose reading of
every word costs more than the rest of the kind): figures by a scan for digits, the few number
and lead words by string search in the case-folded text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import regex

from .. import lexicons
from ..numbers import _CORE_WORDS, NUMBER_START
from ..quantity import (
    APPROX_WORDS,
    MAGNITUDE_WORDS,
    OPEN_WORDS,
    QUALIFIER_WORDS,
    first_words,
    reach_back,
)

_SEP_SIGNS = sorted(
    {
        w[0]
        for w, role in lexicons.mapping("range_words.tsv").items()
        if role in ("sep", "and_sep") and not w[0].isalpha()
    }
)


def _leads(*groups: Iterable[str]) -> frozenset[str]:
    words = [w for g in groups for w in g]
    if any(not w[:1].isalpha() for w in words):
        raise ValueError(f"a lead word must begin with a letter: {words}")
    return first_words(words)


_NUMBER_WORDS = frozenset(w.casefold() for w in _CORE_WORDS)
#: The first words each rule can begin with (in :data:`.counts.RULES` order).
_NUMBER_UNIT_LEADS = _leads(OPEN_WORDS, QUALIFIER_WORDS) | _NUMBER_WORDS
_FIGURE_NOUN_LEADS = _leads(OPEN_WORDS, QUALIFIER_WORDS)
_RANGE_LEADS = _leads(APPROX_WORDS, OPEN_WORDS) | _NUMBER_WORDS
_MAGNITUDE_LEADS = _leads(APPROX_WORDS, MAGNITUDE_WORDS)

#: Lead words that are not number words (a start only with a number after them, within reach).
_LEADS_ONLY = (
    _NUMBER_UNIT_LEADS | _FIGURE_NOUN_LEADS | _RANGE_LEADS | _MAGNITUDE_LEADS
) - _NUMBER_WORDS

_LETTERS = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_LETTER = regex.compile(r"[\p{L}\p{M}]", regex.V1)
_FIGURES = regex.compile(r"\d+", regex.V1)
_RUN = r"\d++(?:[.,]\d++)*+"  # a figure's digits and single separators, read whole
_GROUPED = r"\d{1,3}[ ]\d{3}"  # "1 000": groups after a space, let through
_SIGN = f"[{''.join(regex.escape(s) for s in _SEP_SIGNS)}]" if _SEP_SIGNS else "(?!)"
#: A figure followed by spaces and a letter (a figure and its noun).
FIGURE_THEN_WORD = regex.compile(rf"{NUMBER_START}(?:{_GROUPED}|{_RUN}[ ]*+\p{{L}})", regex.V1)
#: ... or by a separator sign and a second number (a range).
FIGURE_THEN_RANGE = regex.compile(
    rf"{NUMBER_START}(?:{_GROUPED}|{_RUN}[ ]*+"
    rf"(?:\p{{L}}|{_SIGN}[ ]*+(?:\p{{L}}|{_GROUPED}|{_RUN}[ ]*+\p{{L}})))",
    regex.V1,
)


def rule_starts(text: str, starts: Sequence[int]) -> tuple[list[int], ...]:
    """The starts (sorted, a subset of ``starts``) where each rule of :data:`.counts.RULES`
    may match: number and noun, figure and noun, range, order of magnitude.

    >>> rule_starts("Điều 5. trên 30 người, 5-7 hộ, hàng trăm hộ", [5, 8, 13, 23, 25, 31, 36])
    ([8, 13, 25, 36], [8, 13, 25], [8, 13, 23, 25, 36], [8, 31])
    """
    number_unit: list[int] = []
    figure_noun: list[int] = []
    ranges: list[int] = []
    magnitude: list[int] = []
    word_gate, range_gate, letters = FIGURE_THEN_WORD.match, FIGURE_THEN_RANGE.match, _LETTERS
    for s in starts:
        if text[s].isdecimal():
            if word_gate(text, s):
                number_unit.append(s)
                figure_noun.append(s)
                ranges.append(s)
            elif range_gate(text, s):
                ranges.append(s)
            continue
        m = letters.match(text, s)
        if m is None:
            continue
        w = m.group().casefold()
        if w in _NUMBER_UNIT_LEADS:
            number_unit.append(s)
        if w in _FIGURE_NOUN_LEADS:
            figure_noun.append(s)
        if w in _RANGE_LEADS:
            ranges.append(s)
        if w in _MAGNITUDE_LEADS:
            magnitude.append(s)
    return number_unit, figure_noun, ranges, magnitude


def find_rule_starts(text: str, reach: int) -> tuple[list[int], ...] | None:
    """:func:`rule_starts` without the anchors of the whole text: figures found by a plain
    scan for digits, number words and lead words by string search in the case-folded text
    (``None`` when case folding changes the text's length, so positions would not be the
    text's: call :func:`rule_starts`). Only the lead words within ``reach`` before a figure
    that passes a gate, or before a number word, are kept: a rule that matches at a lead word
    reads its prefix and then a number that begins at most ``reach`` characters further (the
    guarantee of :class:`~quantity.Anchors`); a figure there is preceded by a space and
    followed by what the rule puts after it, so it passes the gate.
    The result may lack starts that :func:`rule_starts` gives (lead words before figures that
    fail the gates), never one where a rule matches: ``run_at`` gives the same candidates.

    >>> find_rule_starts("Điều 5. trên 30 người, 5-7 hộ, hàng trăm hộ", 20)
    ([8, 13, 25, 36], [8, 13, 25], [8, 13, 23, 25, 36], [8, 31])
    """
    folded = text.casefold()
    if len(folded) != len(text):
        return None
    word_gate, range_gate = FIGURE_THEN_WORD.match, FIGURE_THEN_RANGE.match
    figures: list[int] = []  # figures that may begin a count of each rule but the magnitude
    range_figures: list[int] = []  # figures that may begin a range only
    for m in _FIGURES.finditer(text):
        s = m.start()
        if word_gate(text, s):
            figures.append(s)
        elif range_gate(text, s):
            range_figures.append(s)
    number_words = _words_at(text, folded, _NUMBER_WORDS)
    numbers = sorted([*figures, *range_figures, *number_words])
    words = dict(number_words)
    for p, w in _words_at(text, folded, _LEADS_ONLY).items():
        i = bisect_right(numbers, p)  # the next number: a later one reaches back no further
        if i < len(numbers) and reach_back(text, numbers[i], reach) <= p:
            words[p] = w
    number_unit: list[int] = list(figures)
    figure_noun: list[int] = list(figures)
    ranges: list[int] = [*figures, *range_figures]
    magnitude: list[int] = []
    for p, w in words.items():
        if w in _NUMBER_UNIT_LEADS:
            number_unit.append(p)
        if w in _FIGURE_NOUN_LEADS:
            figure_noun.append(p)
        if w in _RANGE_LEADS:
            ranges.append(p)
        if w in _MAGNITUDE_LEADS:
            magnitude.append(p)
    return sorted(number_unit), sorted(figure_noun), sorted(ranges), sorted(magnitude)


def _words_at(text: str, folded: str, words: Iterable[str]) -> dict[int, str]:
    """Where a whole run of letters (as :class:`~quantity.Anchors` reads runs) case-folds to
    one of ``words``, found in ``folded`` (``text`` case-folded, of the same length)."""
    out: dict[int, str] = {}
    letter = _LETTER.match
    n = len(text)
    for w in words:
        find, size = folded.find, len(w)
        i = find(w)
        while i >= 0:
            j = i + size
            if (j >= n or not letter(text, j)) and (i == 0 or not letter(text, i - 1)):
                out[i] = w
            i = find(w, i + 1)
    return out
