"""The words of the counts rules for :mod:`.counts_starts`: the first words each rule can
begin with, what may follow them, and where they stand in a text (issue #7)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .. import lexicons
from ..numbers import (
    _CORE_WORDS,
    HALF_WORDS,
    HUNDRED_WORDS,
    NUMBER_WORDS,
    POINT_WORDS,
    SCALE_WORDS,
    SHORT_SCALES,
    TENS_WORDS,
)
from ..quantity import (
    APPROX_WORDS,
    MAGNITUDE_WORDS,
    OPEN_WORDS,
    QUALIFIER_WORDS,
    first_words,
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
if any(w[0].isalpha() and not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", w) for w in _SEPS):
    raise ValueError(f"a separator word must be words of letters, one space between: {_SEPS}")

_LETTERS = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
#: For the first word of each separator word (case-folded): the words that may come next in
#: a longer separator word ("cho" of "cho đến"), and whether it is a whole one, after which
#: the second number comes (:meth:`RuleStarts._sep_may_go_on`).
_SEP_NEXT: dict[str, tuple[frozenset[str], bool]] = {}
for _sep in _SEPS:
    if _sep[0].isalpha():
        _first, *_rest = _sep.casefold().split(" ")
        _next, _whole = _SEP_NEXT.get(_first, (frozenset(), False))
        _SEP_NEXT[_first] = (_next | frozenset(_rest[:1]), _whole or not _rest)
_LETTER = regex.compile(r"[\p{L}\p{M}]", regex.V1)
_NUMERIC = regex.compile(r"\p{N}", regex.V1)


_WORD_SEARCH = re.compile(trie(_NUMBER_WORDS | _LEADS_ONLY) + f"(?![{VIETNAMESE_LOWER}])")
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
#: the case-insensitive alternation matches it): :meth:`.counts_starts.RuleStarts.find` skips them there.
_NUMBER_ONLY = frozenset(
    w
    for w in _NUMBER_WORDS
    if w not in _NUMBER_UNIT_OTHER
    and w not in _RANGE_OTHER
    and w not in _FIGURE_NOUN_LEADS
    and w not in _MAGNITUDE_LEADS
)

#: Number words that are words of a lead word ("không" of "không quá"): a number word may
#: stand inside a rule's lead words, a figure or any other number word only after them.
_IN_LEADS = _NUMBER_WORDS & frozenset(
    r.casefold()
    for w in (*OPEN_WORDS, *QUALIFIER_WORDS, *APPROX_WORDS, *MAGNITUDE_WORDS)
    for r in _LETTERS.findall(w)
)

# Bits of the rules a start may begin (a figure never begins an order of magnitude).
_NUMBER_UNIT, _FIGURE_NOUN, _RANGE, _MAGNITUDE = 1, 2, 4, 8
_FIGURE_RULES = _NUMBER_UNIT | _FIGURE_NOUN | _RANGE


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


def _numeric_at(text: str, i: int) -> bool:
    """Whether a number character (``\\p{N}``) stands at ``i``: below U+0080 a digit."""
    c = text[i : i + 1]
    if c < "\x80":
        return "0" <= c <= "9"
    return _NUMERIC.match(c) is not None


def _ends_number(text: str, end: int) -> bool:
    """Whether a number word that begins no lead word (:data:`_NUMBER_ONLY`), a whole run
    that ends at ``end``, is seen to begin no rule from the one or two characters after it:
    the end of the text, or, after at most one space, a character below U+0080 that is no
    space, no letter and no separator sign. There :func:`.counts_runs.next_run` reads no run
    of letters, so ``RuleStarts._number_may_count`` is false (no sign) and
    :meth:`.counts_starts.RuleStarts.word` gives no rule; anything else is read in full."""
    c = text[end : end + 1]
    if c == " ":
        c = text[end + 1 : end + 2]
        if not c:
            return False
    return not c or (c < "\x80" and c != " " and not c.isalpha() and c not in _SEP_SIGNS)
