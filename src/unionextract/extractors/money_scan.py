"""Money's figure cues found by the standard library's engine (issue #7): a grouped figure
("1.200.000") and "đ" after a figure or a scale word ("50.000đ", "25 triệu đ").

Both patterns begin with a literal ("." or "đ"), which the standard engine looks for with a
plain loop in C, checking a digit around each hit with a lookaround: several times faster than
the ``regex`` module's scan of a digit at every position. They find a superset of what the
``regex`` patterns they stand for find (:func:`grouped_figures` and :func:`d_after`; checked by
tests/test_money_scan.py): the digits of ``regex`` (a newer Unicode) that ``re`` does not know
all lie beyond U+FFFF, so every character there counts as a digit (a cue more, never fewer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A decimal digit for ``regex`` (its ``\d``), or any character beyond U+FFFF: a superset.
DIGIT = r"[\d\U00010000-\U0010ffff]"
_DOT = re.compile(rf"\.(?<={DIGIT}\.)(?={DIGIT})")
_D = re.compile(rf"đ(?:(?<={DIGIT}đ)|(?<={DIGIT} đ))")


def grouped_figures(text: str) -> list[int]:
    """Where the first digit of each ``\\d\\.\\d`` begins ("1.200.000" holds one), every
    occurrence (overlapping too): every start of ``regex``'s non-overlapping scan among them.

    >>> grouped_figures("Điều 1.2.3, 1.200.000 và 5. 6")
    [5, 7, 12, 16]
    """
    return [m.start() - 1 for m in _DOT.finditer(text)]


def d_after(text: str, scale_starts: Iterable[int], scale_words: Iterable[str]) -> list[int]:
    """Every "đ" right after a figure or a scale word, one space between at most: what
    ``money_grammar.D_AFTER`` (case-sensitive) matches, and more (it also asks that no letter
    come before the scale word).

    ``scale_starts`` must hold the start of each scale word of the text (as written, lower
    case) — the lower-cased text's occurrences of the scale words or of prefixes of them do:
    each is compared with every word of ``scale_words`` as written.

    >>> d_after("5đ, 7 đ, 25 triệu đ, triệuđ, x đ", [12, 21], ["triệu", "tỷ"])
    [1, 6, 18, 26]
    """
    out = [m.start() for m in _D.finditer(text)]
    words = list(scale_words)
    starts = text.startswith
    for s in scale_starts:
        for w in words:
            if starts(w, s):
                e = s + len(w)
                if starts("đ", e):
                    out.append(e)
                elif starts(" đ", e):
                    out.append(e + 1)
    return sorted(out)
