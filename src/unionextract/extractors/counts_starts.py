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
  begins with a figure. A range goes on after its separator (a sign, or a word and its next
  word) with the second number, and a counted noun after it: the second number is read too
  (:meth:`RuleStarts._sep_may_go_on`, :meth:`RuleStarts._second_may_count`), without a
  second separator after it.

The gate begins with :data:`numbers.NUMBER_START`, as every rule does, so it never reads a run
of digits from inside it: each run is read from one start (two for a range's second number),
and the gate stays linear on any input.

:meth:`RuleStarts.find` gets the starts without the anchors of the whole text (whose reading
of every word costs more than the rest of the kind): figures by a scan for the gate, the few
number and lead words (the runs that case-fold to them) by string search, both in two passes
of the standard library's engine over the lower-cased text, which leave out lead words that
cannot go on (:mod:`.counts_scan`); the run after each read by that engine
(:mod:`.counts_runs`; the words: :mod:`.counts_words`); a number word inside a run of number
words, where :data:`numbers.WORDS` never begins, is not read at all; a lead word keeps only
the rules that a number within reach after it may begin (:meth:`RuleStarts.find`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import regex

from ..quantity import reach_back
from .counts_gates import _NEXT, _SIGN_GATE, FIGURE_GATE, NUMBER_IN_WORDS
from .counts_runs import VIETNAMESE_LOWER, next_run, trie
from .counts_scan import after_other, scan, scan_plain
from .counts_words import (
    _AMOUNT_FIRST,
    _FIGURE_NOUN,
    _FIGURE_RULES,
    _IN_LEADS,
    _LETTERS,
    _MAGNITUDE,
    _NUMBER_GOES_ON,
    _NUMBER_ONLY,
    _NUMBER_UNIT,
    _NUMBER_UNIT_OTHER,
    _NUMBER_WORDS,
    _RANGE,
    _RANGE_OTHER,
    _SEP_FIRST,
    _SEP_NEXT,
    _SEP_SIGNS,
    _ends_number,
    _numeric_at,
    _prefix_may_follow,
    _word_rules,
)

__all__ = ["FIGURE_GATE", "NUMBER_IN_WORDS", "VIETNAMESE_LOWER", "RuleStarts", "trie"]


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
        self._after: dict[str, tuple[int, str | None, bool]] = {}  # :meth:`_word_after`'s
        # non-units after which a figure begins no rule in any case but before a number
        heads = {h.casefold() for h in self._head_first}
        self._dead = [
            u for u in self._one_word_not_units if not {u} & (heads | _AMOUNT_FIRST | _SEP_FIRST)
        ]
        self._other = after_other(self._dead)

    def figure(self, text: str, s: int) -> int:
        """The rules (bits) that may match at the figure at ``s`` (see :meth:`_figure`)."""
        m = FIGURE_GATE.match(text, s)
        return 0 if m is None else self._figure(text, m)

    def _figure(self, text: str, m: regex.Match[str]) -> int:
        """:meth:`_figure_at` of the gate's match ``m``."""
        return self._figure_at(
            text, m.start(), m.group("grouped") is not None, m.group("next"), m.end()
        )

    def _figure_at(self, text: str, s: int, grouped: bool, nxt: str | None, end: int) -> int:
        """The rules (bits) that may match at the figure at ``s``, where the gate matched:
        it read "1 000" (``grouped``), or the run of letters ``nxt`` that ends at ``end``
        (``None``: a range sign and a second number follow).

        After a word that no amount begins with, the amount is the digits and that word comes
        next: a number and a noun needs it to begin a counted noun, a range a separator word
        followed by what may go on with it (:meth:`_sep_may_go_on`);
        a figure and a noun is rejected at once when it begins with a capital (its build) or is
        itself a one-word counted noun or non-unit not followed by a figure (its lookahead).
        """
        if nxt is None:
            if grouped:
                return _FIGURE_RULES
            second = _SIGN_GATE.match(text, s)
            return _RANGE if second is not None and self._second_may_count(text, second) else 0
        rules, sep, numeric = self._after.get(nxt) or self._word_after(nxt)
        if sep is not None and self._sep_may_go_on(text, end, sep):
            rules |= _RANGE
        if numeric and _numeric_at(text, end):
            rules |= _FIGURE_NOUN
        return rules

    def _word_after(self, nxt: str) -> tuple[int, str | None, bool]:
        """What the word ``nxt`` after a figure decides alone (:meth:`_figure_at`): the rules,
        the separator word (case-folded) that a range needs to go on, whether a figure and a
        noun needs a figure after the word. Kept (the last 4096 words: a pure answer)."""
        folded = nxt.casefold()
        rules, numeric = (_NUMBER_UNIT if nxt in self._head_first else 0), False
        if folded in _AMOUNT_FIRST:
            rules = _FIGURE_RULES
        elif nxt[0].islower():
            if nxt in self._one_word_heads or folded in self._one_word_not_units:
                numeric = True
            else:
                rules |= _FIGURE_NOUN
        sep = folded if folded in _SEP_FIRST and rules != _FIGURE_RULES else None
        if len(self._after) >= 4096:
            self._after.clear()
        self._after[nxt] = known = (rules, sep, numeric)
        return known

    def word(self, text: str, s: int, w: str, end: int) -> int:
        """The rules (bits) that may match at the word ``w`` (case-folded) at ``s``, a whole
        run of letters of ``text`` that ends at ``end``.

        A rule begins with ``w`` as the first word of one of its lead words, or as a number in
        words. As a lead word, only where :func:`_prefix_may_follow` (the next word can go on
        with the rule). As a number, the number is what :data:`numbers.WORDS` matches at ``s``
        (its repetitions are possessive and each number word must end where its run of letters
        does: one reading, the longest), and the rule goes on right after it: a number and a
        noun with a counted noun, a range with a separator (a sign, or a word followed by
        what may go on with it: :meth:`_sep_may_go_on`). No match at all (a word inside a
        run of number words, "năm" before a year) begins neither; nor a number after which
        the next run of letters shows that nothing of a rule follows (:meth:`_number_may_count`).
        """
        as_lead, as_number = self._word_parts(text, s, w, end)
        return as_lead | as_number

    def _word_parts(self, text: str, s: int, w: str, end: int) -> tuple[int, int]:
        """:meth:`word` in two parts: the rules that may begin with ``w`` as (the first word
        of) a lead word, and those that may begin with it as a number in words."""
        rules = _word_rules(w)
        if not rules:
            return 0, 0
        if w not in _NUMBER_WORDS:
            return (rules if _prefix_may_follow(text, end) else 0), 0
        unit_other, range_other = w in _NUMBER_UNIT_OTHER, w in _RANGE_OTHER
        as_lead = (
            (rules & (_FIGURE_NOUN | _MAGNITUDE))
            | (_NUMBER_UNIT if unit_other else 0)
            | (_RANGE if range_other else 0)
        )
        if as_lead and not _prefix_may_follow(text, end):
            as_lead = 0
        elif unit_other and range_other:
            return as_lead, rules
        if not self._number_may_count(text, end):
            return as_lead, 0
        after = None
        number = NUMBER_IN_WORDS.match(text, s)
        if number is not None:
            after = _NEXT.match(text, number.end())
        nxt = after.group("next") if after is not None else None
        as_number = _NUMBER_UNIT if nxt is not None and nxt in self._head_first else 0
        if after is not None and (
            not nxt
            or (
                (sep := nxt.casefold()) in _SEP_FIRST
                and self._sep_may_go_on(text, after.end(), sep)
            )
        ):
            as_number |= _RANGE
        return as_lead, as_number

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

    def _sep_may_go_on(self, text: str, end: int, first: str) -> bool:
        """Whether a range's separator whose first word ``first`` (case-folded; a whole run
        of letters) ends at ``end`` can go on to the second number and a counted noun.

        A separator word is words of letters, one space between (checked above), each ending
        at a word end that no digit follows. After its first word comes its next word, or,
        when it is a whole separator, spaces and the second number: a number in words (its
        first word a number word, a whole run) or a figure, then spaces and a counted noun —
        what a number and a noun reads at that figure, whose start no letter, mark or digit
        precedes: the gate lets it through with that rule there (read here without a second
        separator, so each run is read from two starts at most). So the run after the spaces
        (:func:`.counts_runs.next_run`: a run of Vietnamese letters) must be the next word or a
        number word, or no run of letters follow and the gate give a figure there that may
        begin a number and a noun; any other run passes.
        """
        run, k = next_run(text, end)
        if run is None:
            return True
        following, whole = _SEP_NEXT[first]
        if run:
            folded = run.casefold()
            return folded in following or (whole and folded in _NUMBER_WORDS)
        return whole and self._unit_may_follow(text, k)

    def _second_may_count(self, text: str, m: regex.Match[str]) -> bool:
        """Whether the second number after a range's separator sign, read by ``m``
        (:data:`_SIGN_GATE`), may be followed by a counted noun: a number in words begins
        with a number word (a whole run: the sign or spaces before it), a figure is read as
        in :meth:`_sep_may_go_on` (its start no letter, mark or digit precedes)."""
        k = m.start("second")
        if m.group("letter") is None:
            return self._unit_may_follow(text, k)
        run = next_run(text, k)[0]
        return run is None or run.casefold() in _NUMBER_WORDS

    def _unit_may_follow(self, text: str, k: int) -> bool:
        """Whether the gate lets a number and a noun begin at the figure at ``k`` (its start
        no letter, mark or digit precedes), read without a second separator."""
        m = FIGURE_GATE.match(text, k)
        if m is None:
            return False
        nxt = m.group("next")
        if nxt is None:
            return m.group("grouped") is not None
        return nxt in self._head_first or nxt.casefold() in _AMOUNT_FIRST

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
        for the gate, number words and lead words by string search (:mod:`.counts_scan`;
        ``None`` when case folding changes the text's length, so positions would not be the
        text's, and the scan reads none of it: use :meth:`of_anchors`). A lead word is kept
        only within ``reach`` before a number (a figure that may begin a count, or a number
        word), and only for the rules such a number may begin (an order of magnitude, whose scale word is no start of its
        rule, for any number): a rule that matches at a lead word reads its lead words and
        then a number that begins at most ``reach`` characters further (the guarantee of
        :class:`~quantity.Anchors`), after a space; with its optional lead words left out,
        the same pattern matches at that number (its start is a number's start, and what
        follows is read from the same position), so that number has the rule among its own.
        The numbers looked at are those up to the first one that no lead word holds (a figure,
        or a number word other than :data:`.counts_words._IN_LEADS`): the rule's number is
        no later. A number word that is also a lead word ("không" of "không quá") is refined
        the same way, the later numbers first.
        The result may lack starts that :meth:`of_anchors` gives (lead words before numbers
        that cannot count), never one where a rule matches: ``run_at`` gives the same
        candidates.

        >>> from unionextract.extractors.counts import STARTS
        >>> STARTS.find("Điều 5. trên 30 người, 5-7 hộ, hàng trăm hộ, trên 5%")
        ([8, 13, 25, 36], [], [23], [8, 31])
        """
        # the scan reads the text lower-cased (cheaper than case folding)
        scanned = scan(text, text.lower(), self._figure_at, self._other) or scan_plain(
            text, self._figure
        )
        if scanned is None:
            return None
        starts, found = scanned
        numbers = sorted([*starts, *(p for p, w in found.items() if w in _NUMBER_WORDS)])
        # lead words (position, word, rules as a lead word or -1 for a word that is no number)
        leads: list[tuple[int, str, int]] = []
        after = -9  # the end of the last number word found written as it folds (lower case)
        for p, w in found.items():  # in the order of the text
            if w not in _NUMBER_WORDS:
                leads.append((p, w, -1))
                continue
            gap = p - after
            inside = w in _NUMBER_ONLY and 0 < gap <= 4 and text.count(" ", after, p) == gap
            after = p + len(w) if text.startswith(w, p) else -9
            if inside:  # in a run of number words: numbers.WORDS does not begin here
                continue
            if w in _NUMBER_ONLY and (
                _ends_number(text, p + len(w)) or not self._number_may_count(text, p + len(w))
            ):
                continue  # "năm 2021", "đầu tư,", "tư pháp": no rule (what :meth:`word` gives)
            as_lead, starts[p] = self._word_parts(text, p, w, p + len(w))  # the run is ``w``
            if as_lead:
                leads.append((p, w, as_lead))
        reach, count = self.reach, len(numbers)
        for p, w, as_lead in reversed(leads):  # the numbers after a lead word come first
            # a rule other than an order of magnitude begins at a lead word only with a number
            # it also begins at (within reach: see the docstring)
            allowed = _MAGNITUDE
            i = first = bisect_right(numbers, p)
            while i < count:
                q = numbers[i]
                if q - p > reach and (
                    text.find("  ", q - reach, q) < 0 or reach_back(text, q, reach) > p
                ):  # (no run of spaces in reach: ``q - reach``, the first in reach, is past p)
                    break  # out of reach: a later number reaches no further
                allowed |= starts.get(q, 0)
                i += 1
                if found.get(q) not in _IN_LEADS:
                    break  # the number after the lead words, or beyond it
            if as_lead >= 0:  # a number word: a start as a number anyway
                starts[p] |= as_lead & allowed
                continue
            if i == first:
                continue  # no number within reach
            rules = _word_rules(w) & allowed
            if rules and _prefix_may_follow(text, p + len(w)):
                starts[p] = rules
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


def _add(out: tuple[list[int], ...], s: int, rules: int) -> None:
    for i, bit in enumerate((_NUMBER_UNIT, _FIGURE_NOUN, _RANGE, _MAGNITUDE)):
        if rules & bit:
            out[i].append(s)
