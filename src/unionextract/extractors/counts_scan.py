"""The scan of :meth:`.counts_starts.RuleStarts.find` in two passes of the standard library's
engine over the lower-cased text (issue #7): the same figures the gate
(:data:`.counts_starts.FIGURE_GATE`) matches, with the same groups, and the words
:func:`.counts_words._words_at` finds but lead words (no number words) that cannot go on
(below), at about half the cost of the ``regex`` scan and the word search at every position.

``re`` goes fast over a text only to a literal (a space: a plain loop) or, at about three
times the cost a character, to a class; trying a pattern where it stops costs more. So:

- **After a space** (:data:`_AFTER_SPACE`): a word of the search, read after the space (the
  literal), which is most of them (92 % on the gazette), at no other position.
- **After anything else** (:func:`after_other`): the pass stops at every character that is
  no space and no letter of :data:`.counts_runs.VIETNAMESE_LOWER` (in the lower-cased text:
  figures, punctuation, line breaks, other letters), and reads there a figure's gate when
  the character is a figure, and a word of the search right after it. A word is found
  whole only after a character that is no letter or mark (for this pass checked on
  ``text`` as :func:`.counts_words._words_at` does; the character after a word is read in
  the pattern): a space (the first pass), or a character of this pass (no Vietnamese
  letter); so the two passes find every word the search finds whole, and no word twice. A figure's start is a figure, a stop of this pass. (Where every
  character is a stop, "((((" or "1111", the pass costs 10-40 ns a character: linear.)

Both passes read ``" " + lower`` (a word at the text's start follows the space put there),
so a position there is one past the text's. The gate there begins with its first figure
(a class ``re`` skips to) and checks what :data:`numbers.NUMBER_START` checks before it in
look-behinds; the rest is a look-ahead, so the pass goes on after that figure and finds the
next gate inside the match (a range's second number), as the overlapped scan does.

Lower case instead of case folding (a third cheaper), checked for every code point by
tests/test_counts_scan.py: a character and its lower case (one character; only U+0130 has
more, and a text whose length lowering changes is not scanned here) are the same of letter,
mark, number and figure, so the gate matches at the same figures with the same spans (the
word after a figure is sliced from ``text``); a character lowers to a Vietnamese letter
exactly when it folds to it, but U+017F (folds to "s"), and to an ASCII non-letter only when
it is one. The classes are the ``regex`` module's own (read from it over the Basic
Multilingual Plane at import), which Python's Unicode tables need not equal: a text that may
hold a character beyond that plane, or holds U+017F or U+212A (below), is not scanned here
(:func:`scan` gives ``None``).

A lead word that is no number word is left out where :func:`.counts_words._prefix_may_follow`
is false (:data:`_LEAD_GOES_ON`): :meth:`~.counts_starts.RuleStarts.find` drops it there, and
reads such a word for nothing else (it is no number). The run after it is read on the
lower-cased text only where it ends at a character of ASCII that is no letter, or at the
end (there ``next_run`` reads no more letter or mark, whatever its tables say); the run's
letters lower to Vietnamese letters exactly when they are ones, in either case, but for
U+212A (the Kelvin sign, which lowers to "k").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Collection

import regex

from ..charclass import from_ranges
from .counts_gates import _SIGN, FIGURE_GATE
from .counts_runs import VIETNAMESE_LOWER, trie
from .counts_words import (
    _LEADS_ONLY,
    _LETTER,
    _NUMBER_WORDS,
    _PREFIX_NEXT,
    _SEP_SIGNS,
    _words_at,
)


def _classes(*patterns: str) -> list[str]:
    """The characters of the Basic Multilingual Plane that each of ``patterns`` (a ``regex``
    class) matches, as a ``re`` class."""
    plane = "".join(map(chr, range(0x10000)))
    return [
        from_ranges((m.start(), m.end() - 1) for m in regex.finditer(f"{p}+", plane, regex.V1))
        for p in patterns
    ]


_D, _L, _LM, _LMN = _classes(r"\d", r"\p{L}", r"[\p{L}\p{M}]", r"[\p{L}\p{M}\p{N}]")

_RUN = rf"{_D}++(?:[.,]{_D}++)*+"  # a figure's digits and single separators, read whole
#: :data:`.counts_starts.FIGURE_GATE` after its first figure (consumed): the same look-behinds
#: (:data:`numbers.NUMBER_START` before that figure), the rest a look-ahead from that figure
#: on; ``gate`` (empty) says it matched.
_GATE = (
    rf"(?<={_D})(?<!{_LMN}{_D})(?<!{_D}[.,]{_D})"
    rf"(?=(?P<grouped>{_D}{{0,2}}[ ]{_D}{{3}})|{_D}*+(?:[.,]{_D}++)*+[ ]*+"
    rf"(?:(?P<next>{{dead}}{_L}{_LM}*+)|{_SIGN}[ ]*+"
    rf"(?:{_L}|{_D}{{1,3}}[ ]{_D}{{3}}|{_RUN}[ ]*+{_L})))(?P<gate>)"
)
_END = r"(?:[\x00-\x40\x5b-\x60\x7b-\x7f]|\Z)"  # no letter or mark: ASCII, or the end
#: After a lead word that is no number word: not the spaces and a whole run of Vietnamese
#: letters that no lead, number or scale word is (:func:`.counts_words._prefix_may_follow`
#: is false there), read only where the run ends before a character of ASCII or the text's.
_LEAD_GOES_ON = rf"(?![ ]*+(?!{trie(_PREFIX_NEXT)}{_END})[{VIETNAMESE_LOWER}]++{_END})"
_MARK = "\x00"  # ends a lead word in the trie below (no word holds it): there its check
_WORDS = trie([*_NUMBER_WORDS, *(w + _MARK for w in _LEADS_ONLY)])
#: A word of the search, not followed by a letter or a mark (a whole run's end).
_WORD = rf"(?P<word>{_WORDS.replace(re.escape(_MARK), _LEAD_GOES_ON)})(?!{_LM})"
_AFTER_SPACE = re.compile(f" {_WORD}")


def after_other(dead: Collection[str] = ()) -> re.Pattern[str]:
    """The pattern of the pass after anything but a space: a stop, then the gate and a word,
    or the gate, or a word (named ``other`` there, ``re`` naming each group once); ``(?:X|)``
    is ``X?`` on the cheaper branch opcode.

    The gate does not match where the run of letters after the figure is one of ``dead``
    (lower-cased; each of its letters lowered to by its own cases alone) and no number follows
    it: words that leave a figure before them no rule in any case they may be written in but
    before a number (the caller's to choose: :meth:`.counts_starts.RuleStarts._figure_at`
    gives none there), so the scan reads none of those figures (a third of the gazette's)."""
    skip = rf"(?!{trie(dead)}(?!{_LMN}))" if dead else ""
    gate = _GATE.replace("{dead}", skip)
    other = _WORD.replace("?P<word>", "?P<other>")
    return re.compile(
        f"[^ {VIETNAMESE_LOWER}](?={_NEXT_TO_STOP})(?:{gate}(?:{_WORD}|)|(?={_FIRSTS}){other})"
    )


#: What follows a stop where the pass matches (checked first, so that "((((" costs half): a
#: figure's gate reads after the first figure a figure, "." or ",", spaces, a letter or a
#: sign; a word begins with a letter.
_NEXT_TO_STOP = f"[{_D[1:-1]}{_L[1:-1]}., {_SIGN[1:-1] if _SEP_SIGNS else ''}]"
_FIRSTS = "[" + "".join(sorted({re.escape(w[0]) for w in (*_NUMBER_WORDS, *_LEADS_ONLY)})) + "]"


#: A figure's rules from its start, whether the gate read "1 000" (``grouped``), the run of
#: letters after it and where that run ends.
Figure = Callable[[str, int, bool, "str | None", int], int]


def may_hold_astral(text: str) -> bool:
    """Whether ``text`` may hold a character beyond the Basic Multilingual Plane, in constant
    time: CPython stores such a string at four bytes a character (a short string may answer
    a false yes, never a false no)."""
    return sys.getsizeof(text) > 4 * len(text)


def scan(
    text: str, lower: str, figure: Figure, other: re.Pattern[str]
) -> tuple[dict[int, int], dict[int, str]] | None:
    """The figures where the gate matches with their rules from ``figure`` (those with some
    rule), and the words the search finds whole (the start of each, in the order of the
    text: :func:`.counts_words._words_at`); ``None`` for a text not scanned here (module
    docstring). ``lower`` is ``text`` lower-cased."""
    if len(lower) != len(text) or may_hold_astral(text) or "\u017f" in text or "\u212a" in text:
        return None
    return _scan(text, lower, figure, other)


def _scan(
    text: str, lower: str, figure: Figure, other: re.Pattern[str]
) -> tuple[dict[int, int], dict[int, str]]:
    """:func:`scan` of a text it scans."""
    spaced = " " + lower
    # a word after a space, and before no letter or mark: a whole run
    words = {m.start(): m.group(1) for m in _AFTER_SPACE.finditer(spaced)}
    starts: dict[int, int] = {}
    letter = _LETTER.match
    others: dict[int, str] = {}
    for m in other.finditer(spaced):
        grouped, nxt, gate, word, alone = m.groups()
        if gate is not None:
            s = m.start() - 1  # the figure (at m.start() in ``spaced``)
            if nxt is None:
                rules = figure(text, s, grouped is not None, None, s)
            else:
                end = m.end("next") - 1
                rules = figure(text, s, False, text[end - len(nxt) : end], end)
            if rules:
                starts[s] = rules
        word = word or alone
        if word is not None:  # before no letter or mark; a whole run after none
            i = m.end() - 1 - len(word)
            c = text[i - 1]  # the stop
            if not (c.isalpha() if c < "\u0300" else letter(c)):
                others[i] = word
    if others:
        words.update(others)
        words = {p: words[p] for p in sorted(words)}
    return starts, words


def scan_plain(
    text: str, figure: Callable[[str, regex.Match[str]], int]
) -> tuple[dict[int, int], dict[int, str]] | None:
    """What :func:`scan` gives (with every lead word), read by the ``regex`` gate at every
    position (``figure`` gives the rules of its match) and the word search at every position
    in the case-folded text (any text; ``None`` when case folding changes its length)."""
    folded = text.casefold()
    if len(folded) != len(text):
        return None
    starts: dict[int, int] = {}
    for m in FIGURE_GATE.finditer(text, overlapped=True):  # at each position: linear
        rules = figure(text, m)
        if rules:
            starts[m.start()] = rules
    return starts, _words_at(text, folded)
