"""Which rule of the counts kind can match where (issue #7: cheap first).

:class:`quantity.Anchors` gives the starts where any quantity rule may begin; the counts rules
tried at every one of them cost a few microseconds each, and most anchors cannot begin a
count at all: a figure in "Điều 5.", "12/3/2021", "Covid-19", "5%" or a year "năm 2021".
:class:`RuleStarts` keeps, for each rule, only the starts where the rule's pattern can match
and its build not reject at once, by a necessary condition read from the text at the start —
never a start where it matches, so ``run_at`` with these starts returns what it returns with
all of them (with ``retry``, a start where a rule does not match or its build rejects changes
nothing: the next start is tried; tests/test_counts_starts.py compares the two).

The conditions follow from the shape of the patterns (:mod:`.counts`):

- **A letter start** (a run of letters ``w``, case-folded, as :class:`~quantity.Anchors` reads
  it). The first thing a pattern consumes is a lead word (range opener, qualifier, "about", an
  order of magnitude: each ends at a word end, so its first word is the whole run) or a number
  word (likewise): a rule can match only where ``w`` is the first word of one of its own
  leads, or a number word when it takes a number in words. The figure-and-noun rule takes no
  number in words, the order-of-magnitude rule no number at all. A lead goes on with its next
  word, another lead or a number, so the run after ``w`` must be one of those words (or no
  run of letters: a figure); a number in words must be followed by what the rule puts there
  (:meth:`RuleStarts.word`).
- **A figure start** (a decimal digit). No lead begins with a digit (checked below), so the
  pattern begins with the figure (:data:`numbers.DIGITS`: digits with single "." or ","
  between groups, or groups of three after a space); what comes after it, in every rule, is
  spaces and then a word (a scale, a point word, a counted noun, a range word) or, in a
  range, spaces and a separator sign, then spaces and the second number (a number word, or a
  figure followed again by spaces and a letter). A figure is a run of digits joined by single
  separators, so where it ends the run ends: the gate reads the whole run (possessively) and
  the word after it (:meth:`RuleStarts.figure` says what each rule needs there). Groups of
  three after a space ("1 000 người") pass without more. The order-of-magnitude rule never
  begins with a figure.

The gate begins with :data:`numbers.NUMBER_START`, as every rule does, so it never reads a run
of digits from inside it: each run is read from one start (two for a range's second number),
and the gate stays linear on any input.

:meth:`RuleStarts.find` gets the starts without the anchors of the whole text (whose reading
of every word costs more than the rest of the kind): figures by a scan for the gate, the few
number and lead words by string search in the case-folded text, the run after each read by
the standard library's engine (:mod:`.counts_runs`); a number word inside a run of number
words, where :data:`numbers.WORDS` never begins, is not read at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

import regex

from .. import lexicons
from ..numbers import (
    _CORE_WORDS,
    HALF_WORDS,
    HUNDRED_WORDS,
    NUMBER_START,
    NUMBER_WORDS,
    POINT_WORDS,
    SCALE_WORDS,
    SHORT_SCALES,
    TENS_WORDS,
    WORDS,
)
from ..quantity import (
    APPROX_WORDS,
    MAGNITUDE_WORDS,
    OPEN_WORDS,
    QUALIFIER_WORDS,
    SIMPLE_FOLD,
    first_words,
    reach_back,
)
from .counts_runs import VIETNAMESE_LOWER, next_run, trie

_RANGE_WORDS = lexicons.mapping("range_words.tsv")
_SEPS = [w for w, role in _RANGE_WORDS.items() if role in ("sep", "and_sep")]
_SEP_SIGNS = sorted({w[0] for w in _SEPS if not w[0].isalpha()})


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
#: First words of what a figure's amount puts after its digits (a point word, a short scale, a
#: scale): after any other word the amount is the digits alone.
_AMOUNT_FIRST = first_words(
    [*POINT_WORDS, *SHORT_SCALES, *HUNDRED_WORDS, *TENS_WORDS, *SCALE_WORDS]
)
_SEP_FIRST = first_words(w for w in _SEPS if w[0].isalpha())

_LETTERS = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_LETTER = regex.compile(r"[\p{L}\p{M}]", regex.V1)
_NUMERIC = regex.compile(r"\p{N}", regex.V1)


_WORD_SEARCH = re.compile(trie(_NUMBER_WORDS | _LEADS_ONLY) + f"(?![{VIETNAMESE_LOWER}])")
_RUN = r"\d++(?:[.,]\d++)*+"  # a figure's digits and single separators, read whole
_GROUPED = r"\d{1,3}[ ]\d{3}"  # "1 000": groups after a space, let through
_SIGN = f"[{''.join(regex.escape(s) for s in _SEP_SIGNS)}]" if _SEP_SIGNS else "(?!)"
#: A figure followed by spaces and a word (``next``: the whole run of letters), or by a range
#: sign and a second number; or groups of three after a space (``grouped``).
FIGURE_GATE = regex.compile(
    rf"{NUMBER_START}(?:(?P<grouped>{_GROUPED})|{_RUN}[ ]*+"
    rf"(?:(?P<next>\p{{L}}[\p{{L}}\p{{M}}]*+)|{_SIGN}[ ]*+(?:\p{{L}}|{_GROUPED}|{_RUN}[ ]*+\p{{L}})))",
    regex.V1,
)

#: A number in words, as the rules read it at a start (the same pattern and flags).
NUMBER_IN_WORDS = regex.compile(rf"{SIMPLE_FOLD}{WORDS}", regex.V1 | regex.IGNORECASE)
_NEXT = regex.compile(rf"[ ]*+(?:(?P<next>\p{{L}}[\p{{L}}\p{{M}}]*+)|{_SIGN})", regex.V1)
#: What may follow the first word of a lead word (case-folded runs): :func:`_prefix_may_follow`.
_PREFIX_NEXT = frozenset(
    r.casefold()
    for w in (
        *OPEN_WORDS,
        *QUALIFIER_WORDS,
        *MAGNITUDE_WORDS,
        *NUMBER_WORDS,
        *SCALE_WORDS,
        *HUNDRED_WORDS,
        *TENS_WORDS,
    )
    for r in _LETTERS.findall(w)
)
#: The words that go on a number in words after its first word (case-folded runs): more words
#: of its integer part, a point word, a half word (what :data:`numbers.WORDS` puts there).
_NUMBER_GOES_ON = frozenset(
    r.casefold() for w in (*_CORE_WORDS, *POINT_WORDS, *HALF_WORDS) for r in _LETTERS.findall(w)
)
#: First words of the leads other than a number, per rule that also takes a number in words.
_NUMBER_UNIT_OTHER = _leads(OPEN_WORDS, QUALIFIER_WORDS)  # "không" of "không quá" among them
_RANGE_OTHER = _leads(APPROX_WORDS, OPEN_WORDS)

#: Number words that begin no lead word: a start only as a number in words, which
#: :data:`numbers.WORDS` (its ``_RUN_START``) never begins one to four spaces after a whole run
#: that is a number word (a run of letters found whole and written as its case folding, so
#: the case-insensitive alternation matches it): :meth:`RuleStarts.find` skips them there.
_NUMBER_ONLY = frozenset(
    w
    for w in _NUMBER_WORDS
    if w not in _NUMBER_UNIT_OTHER
    and w not in _RANGE_OTHER
    and w not in _FIGURE_NOUN_LEADS
    and w not in _MAGNITUDE_LEADS
)

# Bits of the rules a start may begin (a figure never begins an order of magnitude).
_NUMBER_UNIT, _FIGURE_NOUN, _RANGE, _MAGNITUDE = 1, 2, 4, 8
_FIGURE_RULES = _NUMBER_UNIT | _FIGURE_NOUN | _RANGE


class RuleStarts:
    """Where each rule of :data:`.counts.RULES` may begin, given the words the rules' patterns
    read after a figure: the counted nouns (``heads``, matched with their case) and the words
    that a figure before them does not count (``not_units``, any case)."""

    def __init__(self, heads: Iterable[str], not_units: Iterable[str], reach: int) -> None:
        heads, not_units = list(heads), list(not_units)
        if any(not h[:1].isalpha() for h in heads):
            raise ValueError(f"a counted noun must begin with a letter: {heads}")
        self.reach = reach
        # the first run of letters of each counted noun, with its case (the rules match it so)
        self._head_first = frozenset(m.group() for h in heads if (m := _LETTERS.match(h)))
        # one-word entries only: a longer one may fail where its first word stands alone
        self._one_word_heads = frozenset(h for h in heads if _LETTERS.fullmatch(h))
        self._one_word_not_units = frozenset(
            u.casefold() for u in not_units if _LETTERS.fullmatch(u)
        )

    def figure(self, text: str, s: int) -> int:
        """The rules (bits) that may match at the figure at ``s`` (see :meth:`_figure`)."""
        m = FIGURE_GATE.match(text, s)
        return 0 if m is None else self._figure(text, m)

    def _figure(self, text: str, m: regex.Match[str]) -> int:
        """The rules (bits) that may match at the figure at ``s``.

        After a word that no amount begins with, the amount is the digits and that word comes
        next: a number and a noun needs it to begin a counted noun, a range a separator word;
        a figure and a noun is rejected at once when it begins with a capital (its build) or is
        itself a one-word counted noun or non-unit not followed by a figure (its lookahead).
        """
        nxt = m.group("next")
        if nxt is None:
            return _FIGURE_RULES if m.group("grouped") is not None else _RANGE
        folded = nxt.casefold()
        if folded in _AMOUNT_FIRST:
            return _FIGURE_RULES
        rules = (_NUMBER_UNIT if nxt in self._head_first else 0) | (
            _RANGE if folded in _SEP_FIRST else 0
        )
        if nxt[0].islower() and not (
            (nxt in self._one_word_heads or folded in self._one_word_not_units)
            and not _NUMERIC.match(text, m.end())
        ):
            rules |= _FIGURE_NOUN
        return rules

    def word(self, text: str, s: int, w: str, end: int) -> int:
        """The rules (bits) that may match at the word ``w`` (case-folded) at ``s``, a whole
        run of letters of ``text`` that ends at ``end``.

        A rule begins with ``w`` as the first word of one of its lead words, or as a number in
        words. As a lead word, only where :func:`_prefix_may_follow` (the next word can go on
        with the rule). As a number, the number is what :data:`numbers.WORDS` matches at ``s``
        (its repetitions are possessive and each number word must end where its run of letters
        does: one reading, the longest), and the rule goes on right after it: a number and a
        noun with a counted noun, a range with a separator. No match at all (a word inside a
        run of number words, "năm" before a year) begins neither; nor a number after which
        the next run of letters shows that nothing of a rule follows (:meth:`_number_may_count`).
        """
        rules = _word_rules(w)
        if not rules:
            return 0
        if w not in _NUMBER_WORDS:
            return rules if _prefix_may_follow(text, end) else 0
        unit_other, range_other = w in _NUMBER_UNIT_OTHER, w in _RANGE_OTHER
        as_lead = (
            (rules & (_FIGURE_NOUN | _MAGNITUDE))
            | (_NUMBER_UNIT if unit_other else 0)
            | (_RANGE if range_other else 0)
        )
        if as_lead and not _prefix_may_follow(text, end):
            as_lead = 0
        elif unit_other and range_other:
            return rules
        if not self._number_may_count(text, end):
            return as_lead
        after = None
        number = NUMBER_IN_WORDS.match(text, s)
        if number is not None:
            after = _NEXT.match(text, number.end())
        nxt = after.group("next") if after is not None else None
        as_number = (_NUMBER_UNIT if nxt is not None and nxt in self._head_first else 0) | (
            _RANGE if after is not None and not (nxt and nxt.casefold() not in _SEP_FIRST) else 0
        )
        return as_lead | as_number

    def _number_may_count(self, text: str, end: int) -> bool:
        """Whether a number in words whose first run of letters ends at ``end`` may be
        followed by what a rule puts after it (:meth:`word`), read from the next run alone.

        The number, if :data:`NUMBER_IN_WORDS` matches there, ends where that run ends (its
        first word ends at a word end) unless spaces and a word of :data:`_NUMBER_GOES_ON`
        follow (each of its words begins with a letter and is a whole run). So where the run
        after the spaces is a run of Vietnamese letters (:func:`.counts_runs.next_run`) that
        goes on no number, or where no letter or mark follows the spaces, the number ends
        there and :data:`_NEXT` reads that same run or that character: without a counted
        noun's first word, a separator word or a separator sign there, neither a number and a
        noun nor a range. Anything else is read in full by :meth:`word`.
        """
        run, k = next_run(text, end)
        if run is None:
            return True
        if not run:
            return k < len(text) and text[k] in _SEP_SIGNS
        folded = run.casefold()
        return folded in _NUMBER_GOES_ON or run in self._head_first or folded in _SEP_FIRST

    def of_anchors(self, text: str, starts: Sequence[int]) -> tuple[list[int], ...]:
        """The starts (sorted, a subset of ``starts``) where each rule may match: number and
        noun, figure and noun, range, order of magnitude."""
        out: tuple[list[int], ...] = ([], [], [], [])
        for s in starts:
            if text[s].isdecimal():
                rules = self.figure(text, s)
            else:
                m = _LETTERS.match(text, s)
                rules = self.word(text, s, m.group().casefold(), m.end()) if m else 0
            _add(out, s, rules)
        return out

    def find(self, text: str) -> tuple[list[int], ...] | None:
        """:meth:`of_anchors` without the anchors of the whole text: figures found by a scan
        for the gate, number words and lead words by string search in the case-folded text
        (``None`` when case folding changes the text's length, so positions would not be the
        text's: use :meth:`of_anchors`). Only the lead words within ``reach`` before a figure
        that may begin a count, or before a number word, are kept: a rule that matches at a
        lead word reads its prefix and then a number that begins at most ``reach`` characters
        further (the guarantee of :class:`~quantity.Anchors`); a figure there is preceded by a
        space and followed by what the rule puts after it, so the gate lets it through.
        The result may lack starts that :meth:`of_anchors` gives (lead words before figures
        that cannot count), never one where a rule matches: ``run_at`` gives the same
        candidates.

        >>> from unionextract.extractors.counts import STARTS
        >>> STARTS.find("Điều 5. trên 30 người, 5-7 hộ, hàng trăm hộ, trên 5%")
        ([8, 13, 25, 36], [8], [8, 23], [8, 31])
        """
        folded = text.casefold()
        if len(folded) != len(text):
            return None
        starts: dict[int, int] = {}
        for m in FIGURE_GATE.finditer(text, overlapped=True):  # at each position: linear
            rules = self._figure(text, m)
            if rules:
                starts[m.start()] = rules
        found = _words_at(text, folded)
        numbers = sorted([*starts, *(p for p, w in found.items() if w in _NUMBER_WORDS)])
        after = -9  # the end of the last number word found written as it folds (lower case)
        for p, w in found.items():  # in the order of the text
            if w not in _NUMBER_WORDS:
                i = bisect_right(numbers, p)  # the next number: a later one reaches no further
                if i == len(numbers) or reach_back(text, numbers[i], self.reach) > p:
                    continue
            else:
                gap = p - after
                inside = w in _NUMBER_ONLY and 0 < gap <= 4 and text.count(" ", after, p) == gap
                after = p + len(w) if text.startswith(w, p) else -9
                if inside:  # in a run of number words: numbers.WORDS does not begin here
                    continue
            starts[p] = self.word(text, p, w, p + len(w))  # the run is as long as ``w``
        out: tuple[list[int], ...] = ([], [], [], [])
        unit, noun, ranges, magnitude = out
        for s in sorted(starts):
            rules = starts[s]
            if rules & _NUMBER_UNIT:
                unit.append(s)
            if rules & _FIGURE_NOUN:
                noun.append(s)
            if rules & _RANGE:
                ranges.append(s)
            if rules & _MAGNITUDE:
                magnitude.append(s)
        return out


def _prefix_may_follow(text: str, end: int) -> bool:
    """Whether a rule's lead word whose first run of letters ends at ``end`` can go on.

    Every lead word of the rules (range opener, qualifier, "about", an order of magnitude) is
    made of words of letters, one space between them, and is followed by spaces and then a
    number (a figure, or a number word), another lead word, or (after an order of magnitude)
    a scale word. So the run after the first one, past spaces, is a word of a lead word, a
    number word or a scale word (:data:`_PREFIX_NEXT`) — or no run of letters at all (a
    figure: not read here). A run of Vietnamese letters (:func:`.counts_runs.next_run`) that
    is none of these begins no rule's lead here; anything else passes.
    """
    run = next_run(text, end)[0]
    return not run or run.casefold() in _PREFIX_NEXT


def _word_rules(w: str) -> int:
    """The rules (bits) that may begin with the word ``w`` (case-folded)."""
    return (
        (_NUMBER_UNIT if w in _NUMBER_UNIT_LEADS else 0)
        | (_FIGURE_NOUN if w in _FIGURE_NOUN_LEADS else 0)
        | (_RANGE if w in _RANGE_LEADS else 0)
        | (_MAGNITUDE if w in _MAGNITUDE_LEADS else 0)
    )


def _add(out: tuple[list[int], ...], s: int, rules: int) -> None:
    for i, bit in enumerate((_NUMBER_UNIT, _FIGURE_NOUN, _RANGE, _MAGNITUDE)):
        if rules & bit:
            out[i].append(s)


def _words_at(text: str, folded: str) -> dict[int, str]:
    """Where a whole run of letters (as :class:`~quantity.Anchors` reads runs) case-folds to a
    number word or a lead word, found in ``folded`` (``text`` case-folded, of the same length,
    so each character folded to one). The search is the standard library's, for the literal
    words alone, longest first, not before a letter of :data:`VIETNAMESE_LOWER`: a run that is
    one of the words is found at its first letter (a longer word would reach past the run, and
    what follows the run folds to no such letter; what a match consumes is letters, so the
    next run is never inside it), and the runs are checked whole: the characters on either
    side must be no letter or mark, which below U+0300 (where there is no mark) is
    ``str.isalpha`` (tests/test_counts_starts_next.py checks every code point there), above
    it the ``regex`` class."""
    out: dict[int, str] = {}
    letter = _LETTER.match
    n = len(text)
    for m in _WORD_SEARCH.finditer(folded):
        i, j = m.span()
        if j < n:
            c = text[j]
            if c.isalpha() if c < "\u0300" else letter(c):
                continue
        if i:
            c = text[i - 1]
            if c.isalpha() if c < "\u0300" else letter(c):
                continue
        out[i] = m.group()
    return out
