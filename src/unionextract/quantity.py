"""Qualifiers, bounds, ranges and orders of magnitude shared by money, counts and percents.

>>> bounds("over", 5)
(5, None)
>>> bounds("nearly", 5)
(None, 5)
>>> bounds("exact", 5)
(5, 5)
>>> magnitude_bounds("hàng", "chục tỷ")
(Decimal('10000000000'), Decimal('100000000000'))
>>> range_bounds("5", "7 triệu")
(Decimal('5000000'), Decimal('7000000'))
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from . import lexicons
from . import quantity_anchors as _anchors
from .numbers import (
    DIGIT_WORDS,
    HUNDRED_WORDS,
    NUMBER_START,
    SCALE_WORDS,
    SHORT_SCALES,
    TENS_WORDS,
    parse_number,
)
from .rules import Candidate, Rule, alternation

if TYPE_CHECKING:
    from .context import Context

# The anchors live in their own module; their names stay importable from here.
SIMPLE_FOLD = _anchors.SIMPLE_FOLD
Anchors = _anchors.Anchors
Stretch = _anchors.Stretch
cue_positions = _anchors.cue_positions
first_words = _anchors.first_words
prefix_free = _anchors.prefix_free
prefix_reach = _anchors.prefix_reach
reach_back = _anchors.reach_back
run_anchored = _anchors.run_anchored

T = TypeVar("T")

_WE = r"(?![\p{L}\p{M}\p{N}])"

QUALIFIER_WORDS: dict[str, str] = lexicons.mapping("qualifiers.tsv")
#: Any qualifier word, for patterns: ``(?P<qual>{QUALIFIER})[ ]+`` before a quantity.
QUALIFIER = rf"(?:{alternation(QUALIFIER_WORDS)}{_WE})"
#: Qualifier words that only say "about" (allowed before a range or an order of magnitude).
APPROX = rf"(?:{alternation(w for w, q in QUALIFIER_WORDS.items() if q == 'approx')}{_WE})"

TAIL_WORDS: dict[str, str] = lexicons.mapping("quantity_tails.tsv")
#: Words after a quantity that bound it: "trở lên", "trở xuống".
TAIL = rf"(?:{alternation(TAIL_WORDS)}{_WE})"

_RANGE = lexicons.mapping("range_words.tsv")
#: Every word of a range: openers ("từ", "giữa") and separators ("đến", "-", "và").
RANGE_WORDS: tuple[str, ...] = tuple(_RANGE)
#: The separators of a range only (what :data:`RANGE_SEP` matches, with spaces).
SEP_WORDS: tuple[str, ...] = tuple(w for w, r in _RANGE.items() if r in ("sep", "and_sep"))


def _range_words(*roles: str) -> str:
    words = [w for w, r in _RANGE.items() if r in roles]
    letters = [w for w in words if w[0].isalpha()]
    signs = [w for w in words if not w[0].isalpha()]
    return rf"(?:{alternation(letters)}{_WE}|{alternation(signs)})"


#: Word opening a range: "từ", "giữa" (the latter asks for "và").
RANGE_OPEN = _range_words("open", "and_open")
#: Separator between the two bounds: "đến", "tới", "-", "và" (checked by :func:`range_ok`).
RANGE_SEP = rf"(?:[ ]*{_range_words('sep', 'and_sep')}[ ]*)"
#: How a range rule begins: simple case folding, a number's start, "about" and an opener, each
#: optional ("khoảng từ 5 đến 7 …"; groups ``approx`` and ``open``).
RANGE_START = (
    rf"{SIMPLE_FOLD}{NUMBER_START}(?:(?P<approx>{APPROX})[ ]+)?(?:(?P<open>{RANGE_OPEN})[ ]+)?"
)


def range_words_ok(open_word: str | None, sep: str) -> bool:
    """ "giữa" goes with "và" and "và" with "giữa"; other separators stand alone."""
    opens_and = _RANGE.get(" ".join((open_word or "").lower().split())) == "and_open"
    is_and = _RANGE.get(sep.strip().lower()) == "and_sep"
    return opens_and == is_and


MAGNITUDE_WORDS: dict[str, tuple[int, int]] = {
    r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("order_of_magnitude.tsv")
}
#: "hàng", "vài", "mấy": words before a scale that make an order of magnitude.
MAGNITUDE = rf"(?:{alternation(MAGNITUDE_WORDS)}{_WE})"
_MAG_UNITS: dict[str, int] = {
    **{w: 10 for w in TENS_WORDS},
    **{w: 100 for w in HUNDRED_WORDS},
    **SCALE_WORDS,
}
#: The scale words after an order-of-magnitude word: "chục", "trăm nghìn", "chục tỷ".
MAGNITUDE_SCALES = rf"(?:{alternation(_MAG_UNITS)}{_WE}(?:[ ]+{alternation(_MAG_UNITS)}{_WE})*+)"


def qualifier_of(word: str | None) -> str:
    """The qualifier a word gives (case-insensitive); ``exact`` for none."""
    if not word:
        return "exact"
    return QUALIFIER_WORDS.get(" ".join(word.lower().split()), "exact")


def tail_qualifier(word: str | None) -> str | None:
    """The qualifier of a tail word ("trở lên" → ``at_least``), ``None`` for none."""
    if not word:
        return None
    return TAIL_WORDS.get(" ".join(word.lower().split()))


def bounds(qualifier: str, value: T) -> tuple[T | None, T | None]:
    """(low, high) implied by a qualifier on a point value."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("over", "at_least"):
        return value, None
    if qualifier in ("under", "at_most", "nearly"):
        return None, value
    return None, None


def magnitude_bounds(prefix: str, scales: str) -> tuple[Decimal, Decimal]:
    """(low, high) of an order of magnitude: "hàng" + "chục tỷ" → 10¹⁰ … 10¹¹."""
    low, high = MAGNITUDE_WORDS[" ".join(prefix.lower().split())]
    mult = Decimal(1)
    for w in scales.lower().split():
        mult *= _MAG_UNITS[w]
    return low * mult, high * mult


# Digit words that make an estimate in pairs ("ba bốn", "năm sáu"); "mốt", "tư", "lăm", "nhăm"
# only follow tens ("hai mốt" = 21, "ba tư" = 34, "bốn lăm" = 45), so a pair with them is a number.
_PAIR_DIGITS = {
    w: d for w, d in DIGIT_WORDS.items() if 0 < d < 10 and w not in ("mốt", "tư", "lăm", "nhăm")
}


def digit_pair_bounds(text: str) -> tuple[Decimal, Decimal] | None:
    """Bounds of an estimate written as two digit words in a row, the second one more, with
    optional scale words after them: "năm sáu" → 5 … 6, "hai ba triệu" → 2 … 3 million.
    ``None`` for anything else ("bốn lăm" is 45, "hai mốt" is 21).

    >>> digit_pair_bounds("năm sáu"), digit_pair_bounds("bốn lăm")
    ((Decimal('5'), Decimal('6')), None)
    >>> digit_pair_bounds("hai ba trăm nghìn")
    (Decimal('200000'), Decimal('300000'))
    """
    words = text.lower().split()
    if len(words) < 2 or words[0] not in _PAIR_DIGITS or words[1] not in _PAIR_DIGITS:
        return None
    low, high = _PAIR_DIGITS[words[0]], _PAIR_DIGITS[words[1]]
    if high != low + 1:
        return None
    mult = Decimal(1)
    for w in words[2:]:
        if w not in _MAG_UNITS:
            return None
        mult *= _MAG_UNITS[w]
    return low * mult, high * mult


def _trailing_scale(text: str) -> Decimal:
    """The product of the scale words that end ``text`` ("7 nghìn tỷ" → 10¹²), else 1."""
    mult = Decimal(1)
    for w in reversed(text.split()):
        scale = SCALE_WORDS.get(w.lower()) or SHORT_SCALES.get(w)
        if scale is None:
            break
        mult *= scale
    return mult


def _has_scale(text: str) -> bool:
    return any(w.lower() in SCALE_WORDS or w in SHORT_SCALES for w in text.split()) or any(
        text.rstrip().endswith(s) and text.rstrip()[: -len(s)][-1:].isdigit() for s in SHORT_SCALES
    )


def range_bounds(first: str, second: str) -> tuple[Decimal, Decimal] | None:
    """Bounds of "first - second"; the second's scale carries over ("5 - 7 triệu").

    ``None`` when either side is not a number or the bounds are not increasing.

    >>> range_bounds("500 nghìn", "1 triệu")
    (Decimal('500000'), Decimal('1000000'))
    >>> range_bounds("7", "5") is None
    True
    """
    try:
        low, high = parse_number(first), parse_number(second)
    except ValueError:
        return None
    if not _has_scale(first):
        scaled = low * _trailing_scale(second)
        if scaled <= high:
            low = scaled
    if low >= high:
        return None
    return low, high


def run(rules: Iterable[Rule], ctx: Context) -> list[Candidate]:
    """Run rules like :func:`rules.run_rules`, but after a rejected match look again one
    character further, so that "không một đồng" still finds "một đồng"."""
    out: list[Candidate] = []
    text = ctx.text
    for rule in rules:
        pos = 0
        while pos <= len(text):
            m = rule.pattern.search(text, pos)
            if m is None:
                break
            built = rule.build(m, ctx)
            if built is None:
                pos = m.start() + 1
                continue
            if isinstance(built, Candidate):
                out.append(built)
            else:
                out.extend(built)
            pos = max(m.end(), m.start() + 1)
    return out


#: Words that open a range ("từ", "giữa", "trong khoảng"), and qualifiers meaning "about".
OPEN_WORDS: tuple[str, ...] = tuple(w for w, r in _RANGE.items() if r in ("open", "and_open"))
APPROX_WORDS: tuple[str, ...] = tuple(w for w, q in QUALIFIER_WORDS.items() if q == "approx")
