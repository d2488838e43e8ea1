r"""The patterns of the dates' anchor scan (issue #7): one stdlib ``re`` pass over a text's lower
case that finds the anchors and lead words of :mod:`.dates_anchors`.

:func:`token` is the plain pattern: at the start of a word (``(?<![^\W_])``), a figure with its
date tail (:data:`FIGURE_TAIL`) where a figure rule's gate matches, or a word of the lexicons,
marked (``figure``) when a figure follows it. :func:`fast_token` is the same pattern, rewritten
for speed, read after the character before the word (:data:`SEP`, on ``" " + text``):

- ``re`` skips the characters that cannot be :data:`SEP` (the letters and figures of a word) in a
  fast loop instead of trying the pattern at each;
- each alternative begins with a literal or a class ("t", ``\d``, "q", one first letter of the
  words), which ``re`` checks before entering it: the words are split by their first letter,
  each group with its own mark (``figure_<i>``), and a figure's lookaheads are checked at its
  start from a lookbehind of one digit;
- a group that names nothing the caller reads is left out: a word without a mark has no group
  (``word`` in the plain scan), "T7/2021" ends with an empty ``t_fig``;
- :data:`SEP` holds exactly the characters of the Basic Multilingual Plane that are no letter
  or figure, so on a text without a character beyond it (what :func:`may_hold_astral` rules
  out) the lookbehind ``(?<![^\W_])`` can only repeat what ``SEP`` checked, and that scan
  (``astral=False``) leaves it out: a fifth of the scan's time, paid at every separator.

:data:`KINDS` maps the fast scan's group names to the plain one's; with it, both find the same
tokens, spans and kinds (tests/test_dates_scan.py, which also checks every character before a
word).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Collection, Sequence
from itertools import groupby
from typing import Any

from ..charclass import from_codepoints
from .dates_gates import trie

ROMAN = r"(?:iv|i{1,3})"  # QUARTER_NUM's numerals
#: Not glued to a letter or a digit (``[^\W_]``: a letter or a digit for ``re``).
B = r"(?<![^\W_])"
E = r"(?![^\W_])"
#: What follows the figure a date begins with (rules with "#" in their first words): a
#: slash or a dot and a figure ("27/7", "20 . 10 . 2021"), a dash ("2021-07-27", "20 - 25/7",
#: "20 - tối 25/7") or, after spaces, "tháng" ("27 tháng 7", "6 tháng đầu năm", "4 tháng này")
#: or the "đến"/"tới"/"cho đến" of a span of days; "T7/2021" starts at the T.
#: The kind of tail names the figure's key: the rules tried there (``dates_anchors._FIGURE_TAILS``).
FIGURE_TAIL = (
    r"(?P<f_sep> ?[/.] ?\d)|(?P<f_dash>[ \t\r\n]*[\-–])|(?P<f_month>\s+tháng)"
    r"|(?P<f_to>\s+(?:cho|đến|tới))"
)
ANY_TAIL = re.sub(r"\(\?P<\w+>", "(?:", FIGURE_TAIL)  # the tail without its groups
_LETTERS_MAX = 100  # first letters of the words: each has its own mark group
#: A word right before a figure (nothing but spaces and punctuation between).
_MARK = r"[\W_]*t?\d"


def token(words: Collection[str], figure_gates: str) -> str:
    """The plain scan; a figure is a token when ``figure_gates`` match at it."""
    return (
        # only at the start of a word: no date begins after a letter or a digit (WB)
        rf"{B}(?=[^\W_])(?:(?:t|(?=\d+(?:{ANY_TAIL}))(?={figure_gates}))\d+(?={FIGURE_TAIL})"
        # a word ("5" of "thứ 5" is a figure: without a tail, an anchor marked on the word before)
        rf"|(?!\d)(?:(?P<roman>quý\s+{ROMAN})|(?P<word>{trie(sorted(words))})){E}"
        rf"(?=(?P<figure>{_MARK})|))"
    )


def fast_token(
    words: Collection[str], anchors: Collection[str], figure_gates: str, astral: bool = True
) -> str:
    """:func:`token`, read after :data:`SEP` (module docstring). Every alternative begins with a
    letter or a figure, so ``(?=[^\\W_])`` is implied; the words that begin with a digit, which
    ``(?!\\d)`` excluded, are left out. A lead word (not one of ``anchors``) is a token only
    before a figure or another token (:func:`_lead_end`). Without ``astral``, for a text of the
    Basic Multilingual Plane only, the lookbehind after ``SEP`` is left out (module docstring).

    A figure's lookahead reads its tail with the tail's group (:data:`FIGURE_TAIL`), once, after
    the whole run of figures (``\\d*+``: no tail begins with a figure, so none follows a part
    of the run), then its gates from its first figure (a lookbehind of one character), and
    ``\\d*`` takes the run."""
    letter_words = sorted(w for w in words if not re.match(r"\d", w))
    by_letter = [list(ws) for _, ws in groupby(letter_words, key=lambda w: w[0])]
    assert len(by_letter) <= _LETTERS_MAX
    lead_end = _lead_end(letter_words)

    def end(word: str) -> str:
        return E if word in anchors else lead_end

    alternatives = [
        rf"t\d+(?={ANY_TAIL})(?P<t_fig>)",
        rf"\d(?=\d*+(?:{FIGURE_TAIL}))(?<=(?={figure_gates})\d)\d*",
        rf"quý\s+{ROMAN}{E}(?=(?P<figure_q>{_MARK})|(?P<roman>))",
        *(rf"{_trie(ws, end)}(?=(?P<figure_{i}>{_MARK})|)" for i, ws in enumerate(by_letter)),
    ]
    return f"{SEP}{B if astral else ''}(?:{'|'.join(alternatives)})"


def _lead_end(words: Sequence[str]) -> str:
    """The end of a lead word in the fast scan: a whole word (``E``), then, past spaces and
    punctuation, a figure (the mark) or a word of the scan (``quý`` of a Roman quarter too).

    A lead word followed by any other word is no start and starts nothing before it: the
    anchored run walks back from an anchor over adjacent lead words only, so that word cuts
    it off either way. So the scan leaves it out — about half of its tokens in official text.
    Lead words are single words of letters: when one fails here, no shorter word of the scan
    ends inside it, and no other token begins at that position (the test checks both scans
    walk to the same starts)."""
    return rf"{E}(?=[\W_]*(?:t?\d|{trie(words)}{E}))"


def _trie(words: Sequence[str], end: Callable[[str], str]) -> str:
    """:func:`.dates_gates.trie` of ``words`` (non-empty), each followed by ``end(word)``: a
    longer word is tried before its prefix, as there."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(end(node[""]))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


#: What a word may begin after: any character of the Basic Multilingual Plane but its letters
#: and figures, and any character beyond it (a superset of the non-word characters, which
#: equals them on a text of the plane only; elsewhere the scan's ``(?<![^\W_])`` decides). ``re``
#: checks it on one table lookup. A token ends with a letter or a figure, so no token begins
#: where the one before ends, and reading the character before each loses none.
SEP = from_codepoints((c for c in range(0x10000) if chr(c).isalnum()), negate=True)


def may_hold_astral(text: str) -> bool:
    """Whether ``text`` may hold a character beyond the Basic Multilingual Plane, in constant
    time: CPython stores a string with such a character at four bytes a character, any other
    at one or two (a short string always answers yes: the answer may be a false yes, never a
    false no, so only the time of the scan depends on it).

    >>> may_hold_astral("ngày 5/8 " * 9), may_hold_astral("ngày 5/8 \U0001d7ce" * 9)
    (False, True)
    """
    if _PEP393:
        return sys.getsizeof(text) > 4 * len(text)
    return _ASTRAL.search(text) is not None  # another Python: read the text (a few ms a MB)


#: CPython's flexible string storage (PEP 393), which :func:`may_hold_astral` reads
_PEP393 = sys.implementation.name == "cpython"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


#: The fast scan's group names as the plain scan's: a mark is ``figure``, a word ``word``, a
#: "T7/2021" a figure with a tail (any: its key is its first word's).
KINDS: dict[str | None, str] = {
    None: "word",
    "t_fig": "f_sep",
    "figure_q": "figure",
    **{f"figure_{i}": "figure" for i in range(_LETTERS_MAX)},
}
