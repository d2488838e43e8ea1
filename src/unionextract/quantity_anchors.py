"""Cheap first: where the rules of the quantity kinds can begin (issue #7).

:class:`Anchors` gives the figures and number words of a text and the lead words before them
(counts tries its rules there); :class:`Stretch` reads back from a cue — a currency, "%" —
over the words a grammar allows before it (money and percents try their rules only there).
Re-exported by :mod:`unionextract.quantity`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from .numbers import _CORE_WORDS
from .rules import Candidate, Rule, alternation, run_at

if TYPE_CHECKING:
    from .context import Context

#: Put first in a quantity rule's pattern: simple case folding, about 20% faster than the full
#: folding of regex V1, and the same matches for these patterns, which contain no text that a
#: character folds to several letters ("ss" of "ß"; tests/test_quantity_anchors.py checks).
SIMPLE_FOLD = "(?-f)"


# --- cheap first: where a quantity can begin (issue #7) ---------------------------------------
# Every quantity rule matches a number (a figure or a number word) after a prefix of known words
# (qualifier, range opener, order of magnitude, currency code, money cue). The rules are tried
# only at the numbers and at the words that can begin a prefix within a prefix's length before
# one (rules.run_at); tests/test_quantity_anchors.py checks that this finds what a full scan does.

_LETTERS = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
# Numbers, runs of letters (as the rules' word boundaries see them) and currency signs.
_TOKEN = regex.compile(r"\d+|[\p{L}\p{M}]+|\p{Sc}", regex.V1)
_CORE_FOLDED = frozenset(w.casefold() for w in _CORE_WORDS)


def first_words(entries: Iterable[str]) -> frozenset[str]:
    """The case-folded first run of letters of each entry: what a prefix's first word can be.

    >>> sorted(first_words(["khoảng chừng", "VN$", "$"]))
    ['khoảng', 'vn']
    """
    out = set()
    for e in entries:
        m = _LETTERS.match(e)
        if m is not None:
            out.add(m.group().casefold())
    return frozenset(out)


def prefix_reach(*slots: Iterable[str], separators: int = 0) -> int:
    """The longest prefix made of one entry of each slot, each followed by one space (runs of
    spaces count as one, see :class:`Anchors`), plus ``separators`` more characters."""
    return sum(max(map(len, s), default=0) + 1 for s in slots) + separators


# Each word (numbers, runs of letters, currency signs) and the gap before it, by one split.
_SPLIT = regex.compile(r"(\d+|[\p{L}\p{M}]+|\p{Sc})", regex.V1)
_Tokens = tuple[list[int], list[str]]
_last: tuple[str, _Tokens] | None = None


def _tokens(text: str) -> _Tokens:
    """Where each word (a figure, a run of letters, a currency sign) begins, and the word
    case-folded; the last text's are kept for the next kind. One split and maps, not a loop
    (a third faster)."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    parts = _SPLIT.split(text)  # gap, word, gap, word, …, gap
    starts = list(accumulate(map(len, parts)))[:-1:2]  # where each word begins
    tokens = (starts, list(map(str.casefold, parts[1::2])))
    _last = (text, tokens)
    return tokens


class Anchors:
    """Where rules of the quantity kinds can begin in a text: each figure and number word, and
    each lead word or currency sign at most ``reach`` characters before one, a run of spaces
    counting as one character. A lead word is the whole run of letters it starts (the rules
    end their words there) compared case-folded, as the rules' full case folding does, or as
    written for a word the rules match with its case (``cased_words``).

    >>> from unionextract.quantity import QUALIFIER_WORDS
    >>> a = Anchors(first_words(QUALIFIER_WORDS), (), prefix_reach(QUALIFIER_WORDS))
    >>> a.starts("ở đây trên năm người, khoảng  10 hộ, trên đường")
    [6, 11, 22, 30]
    """

    def __init__(
        self,
        lead_words: Iterable[str],
        lead_signs: Iterable[str],
        reach: int,
        cased_words: Iterable[str] = (),
    ):
        self.reach = reach
        signs = {s[0] for s in lead_signs}
        if any(not _TOKEN.fullmatch(s) or s.isalnum() for s in signs):
            raise ValueError(f"lead signs must be currency signs: {sorted(signs)}")
        self.leads = frozenset(w.casefold() for w in lead_words) - _CORE_FOLDED | signs
        #: Lead words the rules match with their case ("ĐỒNG" of a currency code before the
        #: amount): a run of letters leads when it is one as written ("đồng" is none).
        cased_list = list(cased_words)
        self.cased = frozenset(w for w in cased_list if w.casefold() not in self.leads)
        if any(not _LETTERS.fullmatch(w) for w in self.cased):
            raise ValueError(f"cased lead words must be runs of letters: {sorted(self.cased)}")
        self._cased_folded = frozenset(w.casefold() for w in self.cased)

    def starts(self, text: str) -> list[int]:
        """Sorted positions where a rule may match (a superset of where one does)."""
        starts, words = _tokens(text)
        numbers = [
            p for p, w in zip(starts, words, strict=True) if w[0].isdecimal() or w in _CORE_FOLDED
        ]
        lead_words, cased, cased_folded = self.leads, self.cased, self._cased_folded
        leads = [
            p
            for p, w in zip(starts, words, strict=True)
            if w in lead_words or (w in cased_folded and _run_at(text, p) in cased)
        ]
        out = set(numbers)
        n = len(leads)
        for a in numbers:
            i = bisect_left(leads, self._back(text, a))
            while i < n and leads[i] < a:
                out.add(leads[i])
                i += 1
        return sorted(out)

    def _back(self, text: str, a: int) -> int:
        return reach_back(text, a, self.reach)

    def starts_in(self, text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
        """:meth:`starts` within ``spans`` (disjoint, each ``(first, last)`` included), reading
        the words of the spans and, past one, only as far as a lead word in it needs. A span
        that begins inside a word reads the rest of it as a word (a start more, never fewer).

        >>> from unionextract.quantity import QUALIFIER_WORDS
        >>> a = Anchors(first_words(QUALIFIER_WORDS), (), prefix_reach(QUALIFIER_WORDS))
        >>> text = "ở đây trên năm người, khoảng  10 hộ, trên đường"
        >>> a.starts_in(text, [(0, 9), (20, 40)]), a.starts(text)
        ([6, 22, 30], [6, 11, 22, 30])
        """
        order = sorted(spans)
        out: list[int] = []
        leads, reach, cased = self.leads, self.reach, self.cased
        pending: list[int] = []  # lead words waiting for a number within reach
        k, n = 0, len(order)
        tokens: Iterator[regex.Match[str]] = iter(())
        m = None
        if order:
            tokens = _TOKEN.finditer(text, order[0][0])
            m = next(tokens, None)
        while m is not None:
            p, w = m.start(), m.group()
            while k < n and order[k][1] < p:
                k += 1
            inside = k < n and order[k][0] <= p
            folded = w.casefold()
            number = w[0].isdecimal() or folded in _CORE_FOLDED
            if number and pending:
                first = reach_back(text, p, reach)  # later numbers reach no further
                out.extend(q for q in pending if q >= first)
                pending = []
            if inside:
                if number:
                    out.append(p)
                elif folded in leads or w in cased:
                    pending.append(p)
            elif pending and reach_back(text, p, reach) > pending[-1]:
                pending = []  # no number can reach back to them
            if not inside and not pending:
                if k == n:
                    break
                if order[k][0] > p:  # skip to the next span
                    tokens = _TOKEN.finditer(text, order[k][0])
            m = next(tokens, None)
        return out


def _run_at(text: str, p: int) -> str:
    m = _LETTERS.match(text, p)
    return m.group() if m else ""


def reach_back(text: str, a: int, reach: int) -> int:
    """The first position of the ``reach`` characters before ``a``, a run of spaces counting
    as one.

    >>> reach_back("ab   cd", 7, 3), reach_back("ab   cd", 7, 4)
    (4, 1)
    """
    lo = max(0, a - reach)
    if "  " not in text[lo:a]:
        return lo
    i, left = a, reach
    while i > 0 and left > 0:
        i -= 1
        while i > 0 and text[i] == " " and text[i - 1] == " ":
            i -= 1
        left -= 1
    return i


def run_anchored(rules: Iterable[Rule], ctx: Context, anchors: Anchors) -> list[Candidate]:
    """:func:`run` (equal to it), trying the rules only where ``anchors`` say a quantity can
    begin: :func:`rules.run_at` with ``retry``, which guards against slow matches itself."""
    return run_at(rules, ctx, anchors.starts(ctx.text), retry=True)


# --- cheaper still: back from a cue (issue #7) ---------------------------------------------
# Most numbers of running text (articles, clauses, dates, codes) are neither money nor percents.
# Every money or percent match holds a cue — a currency, "%", "phần trăm" — and between its
# first character and its first cue only the words and signs of its grammar. Cues are rare and
# found by plain string search; reading back from each over those words (one reversed regex)
# gives the span where a match holding it first can begin, and the rules are tried only at the
# numbers and lead words of these spans. A kind states which cues its rules hold and why.


def cue_positions(lowered: str, literals: Iterable[str]) -> list[int]:
    """Every position where one of ``literals`` (lower-case) begins in ``lowered``, the text
    lower-cased with its length kept (so positions are the text's): this finds a literal that
    a rule matches case-sensitively, or with simple case folding (tests/test_quantity_anchors.py
    checks that every character such a fold matches lower-cases to the literal's).

    >>> cue_positions("5% và 7 phần trăm, 9%", ["%", "phần trăm"])
    [1, 20, 8]
    """
    out: list[int] = []
    for lit in literals:
        find = lowered.find
        i = find(lit)
        while i >= 0:
            out.append(i)
            i = find(lit, i + 1)
    return out


def prefix_free(literals: Iterable[str]) -> list[str]:
    """The literals none of the others begins (they begin where a longer one would).

    >>> prefix_free(["đô la", "đô", "eur", "euro", "$"])
    ['$', 'eur', 'đô']
    """
    out: list[str] = []
    for lit in sorted(set(literals)):
        if not out or not lit.startswith(out[-1]):
            out.append(lit)
    return out


_NOT_LETTERS = regex.compile(r"[^\p{L}\p{M}]", regex.V1)


class Stretch:
    """The words and signs a quantity grammar puts before its cue: figures, spaces, ".", ","
    and every run of letters and sign of ``words`` (compared with simple case folding, so
    case-insensitively whatever case the rules ask). A run of letters counts whole, as the
    rules' word ends see it (a rule that glues two words, "USDhai", holds a cue between them).

    >>> s = Stretch(["trên", "hai", "mươi", "triệu"])
    >>> text = "Điều 5. Mức trên  hai mươi 5 triệu đồng; 7 đồng"
    >>> s.spans(text, [text.index("đồng"), text.rindex("đồng")])
    [(40, 43), (11, 35)]
    >>> text[11:35]
    ' trên  hai mươi 5 triệu '
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        runs = {r.group() for w in words for r in _LETTERS.finditer(w)}
        signs = {c for w in words for c in _NOT_LETTERS.findall(w)} - {" "}
        self._longest = max(map(len, runs), default=0)
        # What a stretch cannot end with, cheaply: an ASCII sign or space not among these.
        self._stops = frozenset(
            chr(i) for i in range(128) if not chr(i).isalnum() and chr(i) not in signs | set(" .,")
        )
        assert self._longest < _BACK_WINDOW
        self.pattern = regex.compile(
            rf"(?r){SIMPLE_FOLD}(?:[\d .,{''.join(map(regex.escape, sorted(signs)))}]"
            rf"|(?<![\p{{L}}\p{{M}}]){alternation(runs)}(?![\p{{L}}\p{{M}}]))*+",
            regex.V1 | regex.IGNORECASE,
        )

    def spans(self, text: str, cues: Iterable[int]) -> list[tuple[int, int]]:
        """Disjoint ``(first, cue)`` spans, the last first: for each cue, from where the stretch
        of words that ends at it begins, to the cue itself (both included).

        The stretch is read back from the cue, the text after it unseen (so a run of letters
        the cue cuts counts as a run). A cue inside the span of a later one is skipped: its
        own stretch, read back over the same words, would stop where that one stopped (or at
        itself), so its span lies inside. Each character is read back once: linear.
        """
        out: list[tuple[int, int]] = []
        frontier = len(text) + 1
        back, longest, stops = self.pattern.match, self._longest, self._stops
        for c in sorted(set(cues), reverse=True):
            if c < frontier:
                if not c or text[c - 1] in stops:  # "%%%": nothing to read back
                    frontier = c
                    out.append((c, c))
                    continue
                lo = c - _BACK_WINDOW if c > _BACK_WINDOW else 0
                first = back(text, lo, c).start()  # the first window, as in _first
                if lo and first != c and first <= lo + longest:
                    first = self._first(text, first)
                frontier = first
                out.append((first, c))
        return out

    def _first(self, text: str, end: int) -> int:
        """Where the stretch ending at ``end`` begins, read back :data:`_BACK_WINDOW`
        characters at a time (a reversed match costs the square of its length). A window
        stops the reading where it cuts a run of letters (the run's part fails the word
        start), so a stop within the longest run of the window's start reads on from there:
        a true stop then stops again at once."""
        back, longest = self.pattern.match, self._longest
        while True:
            lo = max(0, end - _BACK_WINDOW)
            m = back(text, lo, end)
            assert m is not None  # the pattern matches the empty string
            first = int(m.start())
            if lo == 0 or first == end or first > lo + longest:
                return first
            end = first


_BACK_WINDOW = 1024
