"""Money's figure cues found by the standard library's engine (issue #7): a grouped figure
("1.200.000") and "đ" after a figure or a scale word ("50.000đ", "25 triệu đ").

Both patterns begin with a literal ("." or "đ"), which the standard engine looks for with a
plain loop in C, checking a digit around each hit with a lookaround: several times faster than
the ``regex`` module's scan of a digit at every position. :func:`d_after` finds a superset of what
the ``regex`` pattern it stands for finds, :func:`grouped_figures` what gives stretches
holding theirs (both checked by tests/test_money_scan.py): the digits of ``regex`` (a newer
Unicode) that ``re`` does not know all lie beyond U+FFFF, so every character there counts as a
digit around a dot or before "đ" (a cue more, never fewer).
"""

from __future__ import annotations

import re

from ..numbers import SCALE_WORDS

#: A decimal digit for ``regex`` (its ``\d``), or any character beyond U+FFFF: a superset.
DIGIT = r"[\d\U00010000-\U0010ffff]"
# a dot between two digits, then every further dot of the chain of digits and dots
_DOT = re.compile(rf"\.(?<={DIGIT}\.)(?={DIGIT})(?:\d+\.(?={DIGIT}))*")
# "đ" with no letter or digit for Python after it (a currency "đ" has none for ``regex``, whose
# letters and numbers hold Python's), then what comes before it: a digit, or a scale word's
# last letter (a set, which fails at once at most "đ" of the text) and the scale word, as
# written (D_AFTER is case-sensitive)
_ENDS = "".join(sorted({re.escape(w[-1]) for w in SCALE_WORDS}))


def _after_scale(gap: str) -> str:
    return "|".join(f"(?<={re.escape(w + gap)}đ)" for w in SCALE_WORDS)


_D = re.compile(
    rf"đ(?![^\W_])(?:(?<={DIGIT}đ)|(?<={DIGIT} đ)"
    rf"|(?<=[{_ENDS}]đ)(?:{_after_scale('')})|(?<=[{_ENDS}] đ)(?:{_after_scale(' ')}))"
)


def grouped_figures(text: str) -> list[int]:
    """For each chain of digits and dots, where the first digit of its last ``\\d\\.\\d``
    begins ("1.200.000" holds two): as cues of a stretch (``quantity.Stretch.spans``), the
    spans of every start of ``regex``'s scan of ``\\d\\.\\d`` or spans holding them (a
    later end: more text read, never less). A start of that scan is either given or lies
    before a given one with only digits and dots between (of ``re``'s digits, which ``regex``
    reads as digits too): the stretch read back from the given one holds it, so its span is
    held (tests/test_money_scan.py).

    >>> grouped_figures("Điều 1.2.3, 1.200.000 và 5. 6")
    [7, 16]
    """
    return [m.end() - 2 for m in _DOT.finditer(text)]


def d_after(text: str) -> list[int]:
    """Every "đ" right after a figure or a scale word, one space between at most, and before
    no letter or digit: where ``money_grammar.CURRENCY`` matches "đ" (``D_AFTER`` and no
    letter, mark or number after it), and more (it also asks that no letter come before the
    scale word, and no "/c" after "đ").

    >>> d_after("5đ, 7 đ, 25 triệu đ, triệuđ, x đ, ban đầu, 13 đã, 5đ5")
    [1, 6, 18, 26]
    """
    return [m.start() for m in _D.finditer(text)]
